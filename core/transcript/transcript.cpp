// SPDX-License-Identifier: GPL-3.0-or-later
// transcript.cpp — events stored in fixed blocks, and announced.
//
// Each event is stamped with its sequence (its index) and the clock and moved
// into a block of 4,096 that never moves. The listener is called and
// eventAppended() emitted (when anything is connected to it) for each event at
// once; eventsAdded() is coalesced by a zero timer into one signal per
// event-loop turn. With a keep limit, whole old blocks are dropped when a
// new one starts (the last one dropped is filled again, slot by slot), as
// long as the rest still holds the limit or holds more text than the byte
// bound; restore() keeps the saved times and sets the clock on from where the
// saved world stopped.
#include "transcript.h"

#include <QMetaMethod>
#include <QTimer>

#include <utility>

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TranscriptEvent>();
    m_clock.start();
    // A timer of 0 ms rather than a posted call (QTimer::singleShot(0)):
    // each post writes to the event loop's wake-up descriptor and the next
    // turn reads it back, two system calls for every turn that records
    // anything; a due timer fires at the end of the turn, before the loop
    // waits again, for nothing.
    m_announceTimer = new QTimer(this);
    m_announceTimer->setSingleShot(true);
    m_announceTimer->setInterval(0);
    connect(m_announceTimer, &QTimer::timeout, this, [this] {
        const qsizetype first = m_firstUnannounced;
        m_firstUnannounced = -1;
        if (first >= firstIndex() && first < m_size)
            Q_EMIT eventsAdded(first, m_size - 1);
    });
}

Transcript::~Transcript() = default;

const TranscriptEvent &Transcript::append(TranscriptEvent event)
{
    event.timeMs = elapsedMs();
    const TranscriptEvent &stored = store(std::move(event));
    announce(stored);
    return stored;
}

void Transcript::announce(const TranscriptEvent &stored)
{
    if (m_firstUnannounced < 0) {
        m_firstUnannounced = stored.sequence;
        m_announceTimer->start();
    }
    if (m_listener) {
        const qsizetype index = m_size - 1;
        if (!m_inRun)
            m_listener(index, index);
        else if (m_runFirst < 0)
            m_runFirst = index;
    }
    if (m_appendedReceivers > 0)
        Q_EMIT eventAppended(stored);
}

void Transcript::endRun()
{
    m_inRun = false;
    hearRun();
}

void Transcript::hearRun()
{
    if (m_runFirst < 0)
        return;
    const qsizetype first = m_runFirst;
    m_runFirst = -1;
    if (m_listener)
        m_listener(first, m_size - 1);
}

void Transcript::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Transcript::eventAppended))
        ++m_appendedReceivers;
}

void Transcript::disconnectNotify(const QMetaMethod &signal)
{
    // Told once for one or more connections, or not at all (a receiver
    // destroyed, everything disconnected at once): the count can only be too
    // high, which costs an emission that nobody hears, never a lost one.
    if (signal == QMetaMethod::fromSignal(&Transcript::eventAppended))
        --m_appendedReceivers;
}

void Transcript::restore(const QList<TranscriptEvent> &events, qint64 clockMs)
{
    Q_ASSERT(m_size == 0);
    for (const TranscriptEvent &event : events)
        store(event); // keeps its time; the sequence is its place here
    m_clockOffsetMs = clockMs;
    m_clock.restart();
}

const TranscriptEvent &Transcript::store(TranscriptEvent event)
{
    slot() = std::move(event);
    return seal();
}

void Transcript::setBlockBits(int bits)
{
    if (m_size != 0 || !m_blocks.empty() || bits < 4 || bits > 20)
        return;
    m_blockBits = bits;
    m_blockSize = qsizetype(1) << bits;
}

TranscriptEvent &Transcript::slot()
{
    // A new block when the slot is the first of one not made yet (next()
    // called twice before commitNext() makes it once).
    if ((m_size & (m_blockSize - 1)) == 0
        && qsizetype(m_blocks.size()) + m_droppedBlocks == (m_size >> m_blockBits)) {
        dropOldBlocks();
        m_lastBlockRecycled = bool(m_spareBlock);
        m_blocks.push_back(m_lastBlockRecycled ? std::move(m_spareBlock)
                                               : std::make_unique<TranscriptEvent[]>(size_t(m_blockSize)));
        m_blockBytes.push_back(0);
    }
    return m_blocks.back()[m_size & (m_blockSize - 1)];
}

void Transcript::clearRecycled(TranscriptEvent &event)
{
    // The dropped event that was here goes now, field by field: no default
    // event built, moved in and destroyed for each line, and a field that is
    // already empty costs nothing. Its text fields that every line sets
    // (from, to, raw, code) are left to the caller, who overwrites them: in a
    // long answer the hosts and the code are the very strings the dropped
    // line held, and clearing them first would cost two atomic reference
    // counts each for nothing.
    // Every field is listed here: one added to TranscriptEvent changes its
    // size, and this reminds whoever adds it to clear it too (and in
    // clearRecycledForLine(), unless Connection::record() sets it on every line).
    static_assert(sizeof(void *) != 8 || sizeof(TranscriptEvent) == 200,
                  "a new TranscriptEvent field must be cleared here as well");
    static const TranscriptEvent defaults;
    event.sequence = defaults.sequence;
    event.timeMs = defaults.timeMs;
    event.connectionId = defaults.connectionId;
    event.kind = defaults.kind;
    event.protocol = defaults.protocol;
    event.direction = defaults.direction;
    event.phase = defaults.phase;
    event.outcome = defaults.outcome;
    event.role = defaults.role;
    event.continued = defaults.continued;
    event.answers = defaults.answers;
    event.sensitive = defaults.sensitive;
    event.tls = defaults.tls;
    event.reset = defaults.reset;
    event.noteCode = defaults.noteCode;
    if (!event.note.isNull())
        event.note = QString();
    if (!event.noteArguments.isEmpty())
        event.noteArguments.clear();
}

qint64 Transcript::costOf(const TranscriptEvent &event)
{
    // A heap block: its header (Qt's, about 16 octets) and malloc's rounding
    // and bookkeeping, about 16 more.
    constexpr qint64 heapBlock = 32;
    qint64 bytes = qint64(sizeof(TranscriptEvent));
    if (!event.raw.isEmpty())
        bytes += event.raw.size() + heapBlock;
    if (!event.note.isEmpty())
        bytes += event.note.size() * qint64(sizeof(QChar)) + heapBlock;
    for (const QString &word : std::as_const(event.noteArguments)) // no detach: most events have none
        bytes += word.size() * qint64(sizeof(QChar)) + heapBlock;
    return bytes;
}

void Transcript::setKeepLimit(qsizetype events, qint64 bytes)
{
    m_keepLimit = qMax<qsizetype>(0, events);
    m_keepBytes = qMax<qint64>(0, bytes);
}

void Transcript::dropOldBlocks()
{
    if (m_keepLimit <= 0 && m_keepBytes <= 0)
        return;
    // The listener hears what a run stored so far before any of it can go.
    hearRun();
    // Called when a new block is about to start: drop whole blocks while the
    // ones left still hold at least the event limit, or while they cost more
    // than the byte bound.
    qsizetype drop = 0;
    qint64 bytes = m_keptBytes;
    while (drop < qsizetype(m_blocks.size())
           && ((m_keepLimit > 0 && m_size - firstIndex() - (drop + 1) * m_blockSize >= m_keepLimit)
               || (m_keepBytes > 0 && bytes > m_keepBytes))) {
        bytes -= m_blockBytes[size_t(drop)];
        ++drop;
    }
    if (drop == 0)
        return;
    if (m_dropGuard)
        m_dropGuard((m_droppedBlocks + drop) << m_blockBits);
    m_keptBytes = bytes;
    if (!m_spareBlock)
        m_spareBlock = std::move(m_blocks[size_t(drop - 1)]); // the least cold one
    m_blocks.erase(m_blocks.begin(), m_blocks.begin() + drop);
    m_blockBytes.erase(m_blockBytes.begin(), m_blockBytes.begin() + drop);
    m_droppedBlocks += drop;
    m_writeOctets.erase(m_writeOctets.begin(), m_writeOctets.lower_bound(firstIndex()));
    if (m_firstUnannounced >= 0 && m_firstUnannounced < firstIndex())
        m_firstUnannounced = firstIndex();
}

void Transcript::setWriteOctets(qint64 firstLine, const QByteArray &octets, qsizetype lines)
{
    if (m_keepsWriteOctets && firstLine >= firstIndex())
        m_writeOctets[firstLine] = WriteOctets{octets, lines};
}

const Transcript::WriteOctets *Transcript::writeOctets(qint64 firstLine) const
{
    const auto it = m_writeOctets.find(firstLine);
    return it == m_writeOctets.end() ? nullptr : &it->second;
}

QList<TranscriptEvent> Transcript::lines() const
{
    QList<TranscriptEvent> out;
    for (const TranscriptEvent &event : events()) {
        if (event.kind == TranscriptEvent::Kind::Line)
            out.append(event);
    }
    return out;
}

void Transcript::rememberClientLine(int connectionId, qint64 line, qint64 sequence)
{
    m_clientLines[connectionId].emplace_back(line, sequence);
}

qint64 Transcript::sequenceOfClientLine(int connectionId, qint64 line)
{
    const auto connection = m_clientLines.find(connectionId);
    if (connection == m_clientLines.end())
        return -1;
    // The lines before it were answered already (or never will be).
    std::deque<std::pair<qint64, qint64>> &lines = *connection;
    while (!lines.empty() && lines.front().first < line)
        lines.pop_front();
    return !lines.empty() && lines.front().first == line ? lines.front().second : -1;
}

void Transcript::forgetClientLines(int connectionId)
{
    m_clientLines.remove(connectionId);
}
