// timelinemodel.h — the transcript as a sequence diagram: lanes and rows.
//
// One lane (lifeline) per host, one row per event worth drawing: an arrow per
// command or reply line, a mark for a TCP connection opening or closing, an
// arrow to the DNS lane for a lookup, a note for queue and delivery decisions,
// and a caption row for the scenario's narration. Phase bands group the rows
// of one connection in one phase (SMTP opening/transfer/closing, POP3
// AUTHORIZATION/TRANSACTION/UPDATE). Knows nothing of painting (Wireshark's
// sequence-diagram split): the view and the exporters draw it.
#pragma once

#include "transcript/transcript.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class TimelineModel : public QObject
{
    Q_OBJECT
public:
    enum class RowType { Arrow, ConnectionOpened, ConnectionClosed, Lookup, Note, Caption };
    struct Row {
        qsizetype event = -1;  // index in the transcript
        RowType type = RowType::Note;
        int fromLane = -1;     // -1: no lane (a caption)
        int toLane = -1;       // == fromLane for a note on one lane
    };
    struct Band {
        int connectionId = 0;
        Phase phase = Phase::None;
        qsizetype firstRow = 0;
        qsizetype lastRow = 0;
        int leftLane = 0;      // the two lanes the connection joins
        int rightLane = 0;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Reads every event so far and follows new ones.
    void setTranscript(const Transcript *transcript);
    const Transcript *transcript() const { return m_transcript; }
    // Lanes in this order first (the scenario's: ana, cliente.fr, DNS,
    // servidor.edu, fran); hosts not listed are added at the right as they appear.
    void setPreferredLanes(const QStringList &hosts);

    int laneCount() const { return int(m_lanes.size()); }
    QString lane(int index) const { return m_lanes.at(index); }
    int laneOf(const QString &host) const { return int(m_lanes.indexOf(host)); }
    qsizetype rowCount() const { return m_rows.size(); }
    const Row &row(qsizetype index) const { return m_rows.at(index); }
    // The row drawing this event, or -1.
    qsizetype rowOfEvent(qsizetype event) const;
    QList<Band> bands() const { return m_bands; }

Q_SIGNALS:
    void rowsAppended(qsizetype first, qsizetype last);
    void lanesChanged();
    void reset();

private:
    void appendEvent(const TranscriptEvent &event);

    QPointer<const Transcript> m_transcript;
    QStringList m_lanes;
    QList<Row> m_rows;
    QList<Band> m_bands;
};
