// SPDX-License-Identifier: GPL-3.0-or-later
// timelinemodel.cpp — turns each transcript event into a row, lanes and bands.
//
// appendEvent() takes only the event that follows the last row (rebuild()
// reads the rest), so rows stay in event order for rowOfEvent()'s binary
// search. Lanes start as the preferred ones and grow as new hosts appear (a
// lookup without a target goes to the "DNS" lane). A line extends its
// connection's open band while the phase stays the same, else starts a new
// one, on the lowest gutter track no other live band holds (grown within the
// last 64 rows); a close ends the connection's band. A connection's first row
// gives it a sub-lane: the lowest one no live connection across the same
// lanes holds. A TLS record makes no row: foldTlsRecord() remembers it as
// its connection's latest record that way, and the rows after it claim it
// (attachTlsRecords()); one nobody claimed before the next record that way
// (or the close) becomes a loose record of the connection's next row.
#include "timelinemodel.h"

#include "scenario/scenario.h"

#include <algorithm>

namespace {

// The lane every DNS lookup points at (World records lookups to "DNS").
const QString dnsLane = QStringLiteral("DNS");

// A band that has not grown for this many rows no longer keeps another
// connection's band off its track (a connection that never closed).
constexpr qsizetype staleBandRows = 64;

bool isTlsEstablished(const TranscriptEvent &event)
{
    return event.kind == TranscriptEvent::Kind::Note
        && (event.noteCode == NoteCode::TlsEstablished || event.noteCode == NoteCode::TlsEstablishedUnverified
            || event.noteCode == NoteCode::TlsEstablishedServer);
}

int directionIndex(TranscriptEvent::Direction direction)
{
    return direction == TranscriptEvent::Direction::ServerToClient ? 1 : 0;
}

TimelineModel::RowType rowTypeOf(const TranscriptEvent &event)
{
    if (event.connectionId != 0 && isTlsEstablished(event))
        return TimelineModel::RowType::TlsEstablished;
    switch (event.kind) {
    case TranscriptEvent::Kind::Line:
    case TranscriptEvent::Kind::TlsHandshake: return TimelineModel::RowType::Arrow;
    case TranscriptEvent::Kind::ConnectionOpened: return TimelineModel::RowType::ConnectionOpened;
    case TranscriptEvent::Kind::ConnectionClosed: return TimelineModel::RowType::ConnectionClosed;
    case TranscriptEvent::Kind::DnsLookup: return TimelineModel::RowType::Lookup;
    case TranscriptEvent::Kind::Caption: return TimelineModel::RowType::Caption;
    case TranscriptEvent::Kind::Queue:
    case TranscriptEvent::Kind::Delivery:
    case TranscriptEvent::Kind::Expectation:
    case TranscriptEvent::Kind::Note:
    case TranscriptEvent::Kind::TlsRecord:
    case TranscriptEvent::Kind::TcpSegment: break;
    }
    return TimelineModel::RowType::Note;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QObject(parent)
{
}

void TimelineModel::setTranscript(const Transcript *transcript)
{
    if (m_appendConnection)
        disconnect(m_appendConnection);
    m_transcript = transcript;
    if (transcript) {
        m_appendConnection = connect(transcript, &Transcript::eventAppended, this,
                                     &TimelineModel::appendEvent);
    }
    rebuild();
}

void TimelineModel::setPreferredLanes(const QStringList &hosts)
{
    m_preferred = hosts;
    rebuild();
}

QStringList TimelineModel::lanesFor(const Scenario &scenario)
{
    QStringList lanes;
    const auto clientsOf = [&scenario](const QString &domain) {
        QStringList names;
        for (const ScenarioClient &client : scenario.clients) {
            if (client.user.section(QLatin1Char('@'), 1).compare(domain, Qt::CaseInsensitive) == 0)
                names.append(client.name);
        }
        return names;
    };
    for (qsizetype i = 0; i < scenario.servers.size(); ++i) {
        const QString &domain = scenario.servers.at(i).domain;
        if (i == 0) {
            lanes += clientsOf(domain);
            lanes.append(domain);
            lanes.append(dnsLane);
        } else {
            lanes.append(domain);
            lanes += clientsOf(domain);
        }
    }
    if (scenario.servers.isEmpty())
        lanes.append(dnsLane);
    // Clients of a domain the scenario serves elsewhere (or nowhere) go last.
    for (const ScenarioClient &client : scenario.clients) {
        if (!lanes.contains(client.name))
            lanes.append(client.name);
    }
    return lanes;
}

qsizetype TimelineModel::rowOfEvent(qsizetype event) const
{
    // Rows are appended in event order: binary search.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), event,
                                     [](const Row &row, qsizetype e) { return row.event < e; });
    if (it != m_rows.cend() && it->event == event)
        return qsizetype(it - m_rows.cbegin());
    // A TLS record: the rows it carried follow it closely on its connection.
    if (!m_transcript || event < m_transcript->firstIndex() || event >= m_transcript->size()
        || m_transcript->at(event).kind != TranscriptEvent::Kind::TlsRecord)
        return -1;
    constexpr qsizetype lookAhead = 256;
    for (auto row = it; row != m_rows.cend() && row - it < lookAhead; ++row) {
        const qsizetype index = qsizetype(row - m_rows.cbegin());
        if (row->record == event || m_looseRecords.value(index).contains(event))
            return index;
    }
    return -1;
}

void TimelineModel::rebuild()
{
    m_lanes = m_preferred;
    m_rows.clear();
    m_bands.clear();
    m_openBands.clear();
    m_spans.clear();
    m_spanOf.clear();
    m_openSpans.clear();
    m_subLaneCount = 1;
    m_nextEvent = m_transcript ? m_transcript->firstIndex() : 0;
    m_tlsCarriers.clear();
    m_looseRecords.clear();
    m_foldLane = -1;
    m_folded.clear();
    if (m_transcript) {
        m_rebuilding = true;
        m_rows.reserve(m_transcript->size());
        for (const TranscriptEvent &event : m_transcript->events())
            appendEvent(event);
        m_rebuilding = false;
    }
    m_lanesGrew = false;
    Q_EMIT reset();
}

void TimelineModel::setConnectionFilter(const QSet<int> &connections)
{
    if (m_filtered && m_filter == connections)
        return;
    m_filtered = true;
    m_filter = connections;
    rebuild();
}

void TimelineModel::clearConnectionFilter()
{
    if (!m_filtered)
        return;
    m_filtered = false;
    m_filter.clear();
    rebuild();
}

void TimelineModel::foldOutsideHosts(const QStringList &worldHosts, const QString &name)
{
    const OutsideHosts outside(worldHosts);
    if (m_folding && m_foldName == name && m_outsideHosts.worldHosts() == outside.worldHosts())
        return;
    m_folding = true;
    m_outsideHosts = outside;
    m_foldName = name;
    rebuild();
}

void TimelineModel::unfoldOutsideHosts()
{
    if (!m_folding)
        return;
    m_folding = false;
    m_outsideHosts = OutsideHosts();
    m_foldName.clear();
    rebuild();
}

QStringList TimelineModel::foldedHosts() const
{
    QStringList hosts(m_folded.cbegin(), m_folded.cend());
    hosts.sort();
    return hosts;
}

int TimelineModel::laneOf(const QString &host) const
{
    const qsizetype index = m_lanes.indexOf(host);
    if (index >= 0)
        return int(index);
    return m_folded.contains(host) ? m_foldLane : -1;
}

int TimelineModel::ensureLane(const QString &host)
{
    if (host.isEmpty())
        return -1;
    // Few lanes: a linear search beats hashing the host name.
    const qsizetype index = m_lanes.indexOf(host);
    if (index >= 0)
        return int(index);
    if (m_folding) {
        // A student's computer: judged once, then found by hash.
        if (m_folded.contains(host))
            return m_foldLane;
        if (m_outsideHosts.isOutside(host)) {
            m_folded.insert(host);
            if (m_foldLane < 0) {
                m_lanes.append(m_foldName);
                m_lanesGrew = true;
                m_foldLane = int(m_lanes.size() - 1);
            }
            return m_foldLane;
        }
    }
    m_lanes.append(host);
    m_lanesGrew = true;
    return int(m_lanes.size() - 1);
}

const TimelineModel::Span *TimelineModel::spanOf(int connectionId) const
{
    const auto it = m_spanOf.constFind(connectionId);
    return it == m_spanOf.cend() ? nullptr : &m_spans.at(*it);
}

int TimelineModel::subLaneFor(int connectionId, const Row &row, qsizetype rowIndex, Protocol protocol)
{
    const int left = qMin(row.fromLane, row.toLane);
    const int right = qMax(row.fromLane, row.toLane);
    const auto known = m_spanOf.constFind(connectionId);
    if (known != m_spanOf.cend()) {
        Span &span = m_spans[*known];
        span.lastRow = rowIndex;
        span.leftLane = qMin(span.leftLane, left);
        span.rightLane = qMax(span.rightLane, right);
        if (span.protocol == Protocol::None)
            span.protocol = protocol;
        return span.subLane;
    }
    // A new connection: the lowest sub-lane that no live connection across
    // the same lanes holds. Sharing only a lifeline's end (ana -> cliente.fr
    // beside cliente.fr -> servidor.edu) is no overlap; two connections
    // between the same two hosts are.
    QList<int> taken;
    for (qsizetype i = m_openSpans.size() - 1; i >= 0; --i) {
        const Span &other = m_spans.at(m_openSpans.at(i));
        if (rowIndex - other.lastRow >= staleBandRows) {
            m_openSpans.removeAt(i); // a connection that never closed
            continue;
        }
        const bool sameHosts = other.leftLane == left && other.rightLane == right;
        if (sameHosts || (left < other.rightLane && other.leftLane < right))
            taken.append(other.subLane);
    }
    Span span;
    span.connectionId = connectionId;
    span.firstRow = rowIndex;
    span.lastRow = rowIndex;
    span.leftLane = left;
    span.rightLane = right;
    span.protocol = protocol;
    while (taken.contains(span.subLane))
        ++span.subLane;
    m_subLaneCount = qMax(m_subLaneCount, span.subLane + 1);
    m_spans.append(span);
    m_spanOf.insert(connectionId, m_spans.size() - 1);
    m_openSpans.append(m_spans.size() - 1);
    return span.subLane;
}

void TimelineModel::addToBands(const TranscriptEvent &event, const Row &row, qsizetype rowIndex)
{
    if (row.type == RowType::ConnectionClosed) {
        m_openBands.remove(event.connectionId);
        return;
    }
    if (row.type != RowType::Arrow || event.connectionId == 0 || event.phase == Phase::None
        || row.fromLane < 0 || row.toLane < 0)
        return;
    const auto open = m_openBands.constFind(event.connectionId);
    if (open != m_openBands.cend() && m_bands.at(*open).phase == event.phase) {
        m_bands[*open].lastRow = rowIndex;
        return;
    }
    Band band;
    band.connectionId = event.connectionId;
    band.phase = event.phase;
    band.protocol = event.protocol;
    band.firstRow = rowIndex;
    band.lastRow = rowIndex;
    band.leftLane = qMin(row.fromLane, row.toLane);
    band.rightLane = qMax(row.fromLane, row.toLane);
    band.subLane = row.subLane;
    QList<int> taken;
    for (auto it = m_openBands.cbegin(); it != m_openBands.cend(); ++it) {
        const Band &other = m_bands.at(it.value());
        if (it.key() != event.connectionId && rowIndex - other.lastRow < staleBandRows)
            taken.append(other.track);
    }
    while (taken.contains(band.track))
        ++band.track;
    m_bands.append(band);
    m_openBands.insert(event.connectionId, m_bands.size() - 1);
}

void TimelineModel::appendEvent(const TranscriptEvent &event)
{
    // Only events of our transcript, in order (rebuild() reads the rest).
    if (event.sequence != m_nextEvent)
        return;
    // A bounded transcript (a class window, as --serve) dropped its oldest
    // events: the rows are read again from what is kept (once per block).
    if (!m_rebuilding && m_transcript && !m_rows.isEmpty()
        && m_rows.constFirst().event < m_transcript->firstIndex()) {
        rebuild();
        return;
    }
    m_nextEvent = event.sequence + 1;
    if (m_filtered && !m_filter.contains(event.connectionId))
        return;
    if (foldTlsRecord(event))
        return;
    Row row;
    row.event = event.sequence;
    row.type = rowTypeOf(event);
    switch (row.type) {
    case RowType::Caption: break;
    case RowType::Lookup:
        row.fromLane = ensureLane(event.from);
        row.toLane = ensureLane(event.to.isEmpty() ? dnsLane : event.to);
        break;
    case RowType::Note:
        row.fromLane = ensureLane(event.from);
        row.toLane = row.fromLane;
        break;
    case RowType::Arrow:
    case RowType::ConnectionOpened:
    case RowType::ConnectionClosed:
    case RowType::TlsEstablished:
        row.fromLane = ensureLane(event.from);
        row.toLane = event.to.isEmpty() ? row.fromLane : ensureLane(event.to);
        break;
    }
    const qsizetype rowIndex = m_rows.size();
    if (event.connectionId != 0 && row.fromLane >= 0 && row.toLane >= 0 && row.type != RowType::Note
        && row.type != RowType::Caption) {
        row.connection = event.connectionId;
        row.subLane = subLaneFor(event.connectionId, row, rowIndex, event.protocol);
    }
    attachTlsRecords(event, row, rowIndex);
    if (row.type == RowType::TlsEstablished && row.connection != 0) {
        const auto span = m_spanOf.constFind(row.connection);
        if (span != m_spanOf.cend() && m_spans.at(*span).tlsRow < 0)
            m_spans[*span].tlsRow = rowIndex;
    }
    m_rows.append(row);
    addToBands(event, row, rowIndex);
    if (row.type == RowType::ConnectionClosed && row.connection != 0) {
        const auto span = m_spanOf.constFind(row.connection);
        if (span != m_spanOf.cend()) {
            m_spans[*span].closed = true;
            m_openSpans.removeOne(*span);
        }
    }

    if (m_rebuilding)
        return; // rebuild() says reset() once
    if (m_lanesGrew) {
        m_lanesGrew = false;
        Q_EMIT lanesChanged();
    }
    Q_EMIT rowsAppended(rowIndex, rowIndex);
}

bool TimelineModel::foldTlsRecord(const TranscriptEvent &event)
{
    if (event.kind != TranscriptEvent::Kind::TlsRecord || event.connectionId == 0)
        return false;
    TlsCarrier &carrier = m_tlsCarriers[event.connectionId];
    const int way = directionIndex(event.direction);
    if (carrier.current[way] >= 0 && !carrier.claimed[way])
        carrier.loose.append(carrier.current[way]);
    carrier.current[way] = event.sequence;
    carrier.claimed[way] = false;
    return true;
}

void TimelineModel::attachTlsRecords(const TranscriptEvent &event, Row &row, qsizetype rowIndex)
{
    if (event.connectionId == 0)
        return;
    const auto found = m_tlsCarriers.find(event.connectionId);
    if (found == m_tlsCarriers.end())
        return;
    TlsCarrier &carrier = *found;
    const int way = directionIndex(event.direction);
    const bool carried = event.kind == TranscriptEvent::Kind::TlsHandshake
        || (event.kind == TranscriptEvent::Kind::Line && event.tls);
    if (carried && carrier.current[way] >= 0) {
        row.record = carrier.current[way];
        carrier.claimed[way] = true;
    }
    const bool closed = event.kind == TranscriptEvent::Kind::ConnectionClosed;
    if (closed) {
        // What nobody claimed by the close was carried by nothing we drew.
        for (int w : {0, 1}) {
            if (carrier.current[w] >= 0 && !carrier.claimed[w])
                carrier.loose.append(carrier.current[w]);
        }
        std::sort(carrier.loose.begin(), carrier.loose.end());
    }
    if (!carrier.loose.isEmpty()) {
        m_looseRecords.insert(rowIndex, carrier.loose);
        carrier.loose.clear();
    }
    if (closed)
        m_tlsCarriers.erase(found);
}
