// SPDX-License-Identifier: GPL-3.0-or-later
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
// Every event makes one row, in transcript order, so the rows are sorted by
// event and rowOfEvent() is a binary search (O(log n), no index to keep) —
// except a TLS record (TranscriptEvent::Kind::TlsRecord), which is folded
// into the rows it carried: the handshake messages and lines after it on
// its connection and direction each know it as their Row::record (a row
// per record as well would double every line inside TLS). A record that
// carried nothing of its own (a ChangeCipherSpec, the first part of a line
// longer than a record) is kept as a loose record of the next row of its
// connection (looseRecords()), so none is lost. A TLS session's
// TlsEstablished note is a row of its own on the connection's lanes
// (RowType::TlsEstablished: "encrypted from here"), and the span knows it. A band grows while its connection stays in one phase, even when
// another connection's rows come in between (connections interleave when one
// closes while the next opens); it is drawn between its connection's lanes.
//
// One connection, one story: each connection gets a span (its rows from the
// first to the last) and a sub-lane. Connections whose lanes overlap and that
// are open at the same time (two messages relayed together between the same
// two hosts) get different sub-lanes, so the view draws each one's arrows,
// activation bars and band side by side instead of on top of each other, and
// tags every arrow with its connection's #n.
//
// A class's window folds the students' computers into one lane
// (foldOutsideHosts()): every outside host (OutsideHosts, as the network map
// tells them) is drawn on one lane named as the map's class box, so 30
// students do not push the story's hosts off the screen. Only the lane is
// shared: each row's event keeps its real ends.
#pragma once

#include "transcript/outsidehosts.h"
#include "transcript/transcript.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
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
        Caption,
        // The TLS handshake on this connection ended: encrypted from here.
        TlsEstablished
    };
    struct Row {
        qsizetype event = -1; // index in the transcript
        RowType type = RowType::Note;
        int fromLane = -1; // -1: no lane (a caption, a note about no host)
        int toLane = -1; // == fromLane for a note on one lane
        int connection = 0; // the connection's #n (TranscriptEvent::connectionId), 0: none
        int subLane = 0; // the connection's sub-lane (0 unless another was open beside it)
        // The TlsRecord event that carried this row (a handshake message, a
        // line inside TLS) across the wire; -1: none (a line in clear).
        qsizetype record = -1;
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
        // The row of its TlsEstablished mark: encrypted from there on; -1: not (yet).
        qsizetype tlsRow = -1;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Reads every event so far and follows new ones. When the transcript has
    // a keep limit and drops old events, the rows are read again from those
    // kept (reset()): no row ever draws an event that is gone.
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
    // The lane a host's rows are drawn on (a folded host's: the fold's), or -1.
    int laneOf(const QString &host) const;
    qsizetype rowCount() const { return m_rows.size(); }
    const Row &row(qsizetype index) const { return m_rows.at(index); }
    // The transcript event a row draws (the transcript must be set).
    const TranscriptEvent &event(qsizetype row) const { return m_transcript->at(m_rows.at(row).event); }
    // The row drawing this event, or -1. A TLS record: the first row it
    // carried (or the row it is a loose record of).
    qsizetype rowOfEvent(qsizetype event) const;
    // The TLS records before this row on its connection that carried no
    // message or line of their own (sequences of TlsRecord events, in order).
    QList<qsizetype> looseRecords(qsizetype row) const { return m_looseRecords.value(row); }
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

    // Only the rows of these connections (a class window: one student's
    // sessions), read again from the transcript, so a connection added later
    // shows its rows from its first; events of no connection (notes, lookups,
    // captions) are left out too. clearConnectionFilter(): every row again.
    void setConnectionFilter(const QSet<int> &connections);
    void clearConnectionFilter();
    bool isFiltered() const { return m_filtered; }
    const QSet<int> &connectionFilter() const { return m_filter; }

    // Every outside host (named, none of `worldHosts`: a student's
    // computer, a telnet) on one lane called `name` (the network map's
    // class box, "The class"), added at the right when the first one is
    // seen. The rows are read again; each row's event keeps its real ends
    // (the inspector, the tooltips and the connection's label say whose),
    // only the lane is shared. unfoldOutsideHosts(): a lane each again.
    void foldOutsideHosts(const QStringList &worldHosts, const QString &name);
    void unfoldOutsideHosts();
    bool foldsOutsideHosts() const { return m_folding; }
    // The folded lane's name; empty when not folding.
    QString foldedLaneName() const { return m_folding ? m_foldName : QString(); }
    // The hosts drawn on the folded lane so far, sorted.
    QStringList foldedHosts() const;

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
    // Takes a TlsRecord event in (no row); false when the event makes a row.
    bool foldTlsRecord(const TranscriptEvent &event);
    void attachTlsRecords(const TranscriptEvent &event, Row &row, qsizetype rowIndex);

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
    // The next event appendEvent() takes (records make no row of their own).
    qsizetype m_nextEvent = 0;
    // Per connection inside TLS: the latest record each way and whether a
    // row has claimed it yet, and the records that carried nothing, waiting
    // for the connection's next row.
    struct TlsCarrier {
        qsizetype current[2] = {-1, -1}; // [0]: client to server, [1]: server to client
        bool claimed[2] = {false, false};
        QList<qsizetype> loose;
    };
    QHash<int, TlsCarrier> m_tlsCarriers;
    QHash<qsizetype, QList<qsizetype>> m_looseRecords; // row -> records
    bool m_lanesGrew = false;
    bool m_rebuilding = false;
    bool m_filtered = false;
    QSet<int> m_filter; // the connections shown while m_filtered
    // Folding the outside hosts: each new host name is judged once and a
    // folded one remembered (ensureLane() then finds it by hash).
    bool m_folding = false;
    OutsideHosts m_outsideHosts;
    QString m_foldName;
    int m_foldLane = -1; // -1: no outside host seen yet
    QSet<QString> m_folded;
};
