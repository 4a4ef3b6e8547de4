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
//
// One connection, one story: each connection gets a span (its rows from the
// first to the last) and a sub-lane. Connections whose lanes overlap and that
// are open at the same time (two messages relayed together between the same
// two hosts) get different sub-lanes, so the view draws each one's arrows,
// activation bars and band side by side instead of on top of each other, and
// tags every arrow with its connection's #n.
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
        int connection = 0; // the connection's #n (TranscriptEvent::connectionId), 0: none
        int subLane = 0; // the connection's sub-lane (0 unless another was open beside it)
    };
    struct Band {
        int connectionId = 0;
        Phase phase = Phase::None;
        qsizetype firstRow = 0;
        qsizetype lastRow = 0;
        int leftLane = 0; // the two lanes the connection joins
        int rightLane = 0;
        Protocol protocol = Protocol::None;
        // The gutter track: the lowest one no other live band holds when this
        // one starts (one connection closing as the next opens): the view
        // draws its bracket and title apart.
        int track = 0;
        int subLane = 0; // its connection's sub-lane
    };
    // A connection from its first row to its last (so far), on its sub-lane.
    struct Span {
        int connectionId = 0;
        qsizetype firstRow = 0;
        qsizetype lastRow = 0;
        int leftLane = 0;
        int rightLane = 0;
        Protocol protocol = Protocol::None;
        int subLane = 0;
        bool closed = false;
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
    // Spans in order of their first row.
    qsizetype spanCount() const { return m_spans.size(); }
    const Span &span(qsizetype index) const { return m_spans.at(index); }
    // The span of a connection, or nullptr.
    const Span *spanOf(int connectionId) const;
    // The most sub-lanes open at once so far (1 when connections never overlapped).
    int subLaneCount() const { return m_subLaneCount; }

Q_SIGNALS:
    void rowsAppended(qsizetype first, qsizetype last);
    void lanesChanged();
    void reset();

private:
    void rebuild();
    void appendEvent(const TranscriptEvent &event);
    int ensureLane(const QString &host);
    int subLaneFor(int connectionId, const Row &row, qsizetype rowIndex, Protocol protocol);
    void addToBands(const TranscriptEvent &event, const Row &row, qsizetype rowIndex);

    QPointer<const Transcript> m_transcript;
    QMetaObject::Connection m_appendConnection;
    QStringList m_preferred;
    QStringList m_lanes;
    QList<Row> m_rows;
    QList<Band> m_bands;
    // Per open connection: its latest band (index in m_bands).
    QHash<int, qsizetype> m_openBands;
    QList<Span> m_spans;
    // Per connection: its span (index in m_spans).
    QHash<int, qsizetype> m_spanOf;
    // Spans not yet closed (indexes in m_spans); few at once.
    QList<qsizetype> m_openSpans;
    int m_subLaneCount = 1;
    bool m_lanesGrew = false;
    bool m_rebuilding = false;
};
