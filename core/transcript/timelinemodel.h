// timelinemodel.h — the transcript as a sequence diagram: lanes and rows.
//
// One lane (lifeline) per host, one row per event worth drawing: an arrow per
// command or reply line, a mark for a TCP connection opening or closing, an
// arrow to the DNS lane for a lookup, a note for queue and delivery decisions,
// and a caption row for the scenario's narration. Phase bands group the rows
// of one connection in one phase (SMTP opening/transfer/closing, POP3
// AUTHORIZATION/TRANSACTION/UPDATE). Knows nothing of painting (Wireshark's
// sequence-diagram split): the view and the exporters draw it.
//
// Every event makes exactly one row, in transcript order, so the rows are
// sorted by event and rowOfEvent() is a binary search (O(log n), no index
// to keep). A band grows while its connection stays in one phase, even when
// another connection's rows come in between (connections interleave when one
// closes while the next opens); it is drawn between its connection's lanes.
#pragma once

#include "transcript/transcript.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

struct Scenario;

class TimelineModel : public QObject
{
    Q_OBJECT
public:
    enum class RowType {
        Arrow,
        ConnectionOpened,
        ConnectionClosed,
        Lookup,
        Note,
        Caption
    };
    struct Row {
        qsizetype event = -1; // index in the transcript
        RowType type = RowType::Note;
        int fromLane = -1; // -1: no lane (a caption, a note about no host)
        int toLane = -1; // == fromLane for a note on one lane
    };
    struct Band {
        int connectionId = 0;
        Phase phase = Phase::None;
        qsizetype firstRow = 0;
        qsizetype lastRow = 0;
        int leftLane = 0; // the two lanes the connection joins
        int rightLane = 0;
        Protocol protocol = Protocol::None;
        // 0, or 1 when the band starts while another connection's band is still
        // open (one closing as the next opens): the view draws it apart.
        int track = 0;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Reads every event so far and follows new ones.
    void setTranscript(const Transcript *transcript);
    const Transcript *transcript() const { return m_transcript; }
    // Lanes in this order first (the scenario's: ana, cliente.fr, DNS,
    // servidor.edu, fran); hosts not listed are added at the right as they appear.
    void setPreferredLanes(const QStringList &hosts);
    QStringList preferredLanes() const { return m_preferred; }
    // The order that reads like the course's figure: the first server's
    // clients, that server, the DNS, then each other server followed by its
    // clients (ana, cliente.fr, DNS, servidor.edu, fran).
    static QStringList lanesFor(const Scenario &scenario);

    int laneCount() const { return int(m_lanes.size()); }
    QString lane(int index) const { return m_lanes.at(index); }
    int laneOf(const QString &host) const { return int(m_lanes.indexOf(host)); }
    qsizetype rowCount() const { return m_rows.size(); }
    const Row &row(qsizetype index) const { return m_rows.at(index); }
    // The transcript event a row draws (the transcript must be set).
    const TranscriptEvent &event(qsizetype row) const { return m_transcript->at(m_rows.at(row).event); }
    // The row drawing this event, or -1.
    qsizetype rowOfEvent(qsizetype event) const;
    QList<Band> bands() const { return m_bands; }
    qsizetype bandCount() const { return m_bands.size(); }
    const Band &band(qsizetype index) const { return m_bands.at(index); }

Q_SIGNALS:
    void rowsAppended(qsizetype first, qsizetype last);
    void lanesChanged();
    void reset();

private:
    void rebuild();
    void appendEvent(const TranscriptEvent &event);
    int ensureLane(const QString &host);

    QPointer<const Transcript> m_transcript;
    QMetaObject::Connection m_appendConnection;
    QStringList m_preferred;
    QStringList m_lanes;
    QList<Row> m_rows;
    QList<Band> m_bands;
    // Per open connection: its latest band (index in m_bands).
    QHash<int, qsizetype> m_openBands;
    bool m_lanesGrew = false;
    bool m_rebuilding = false;
};
