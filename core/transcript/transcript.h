// SPDX-License-Identifier: GPL-3.0-or-later
// transcript.h — the world's append-only event stream.
//
// Everything that crosses a socket, every connection opened and closed, every
// DNS lookup and every queue or delivery decision is appended here, once. The
// GUI, the command line, the tests and the exporters all read this one stream.
//
// Events are kept in fixed blocks rather than one growing array, so that
// appending never moves what is already stored (a busy --serve records
// hundreds of thousands of lines) and a reference to an event stays valid.
//
// A long run can cap what is kept (setKeepLimit; in --serve --keep-bytes, a
// bound in octets of memory, and optionally --keep-lines, a count): the
// oldest whole blocks are dropped, so the kept events cost at most the bound
// plus the block being filled (and one dropped block, whose events are
// replaced as the next block fills it). Indexes and sequence numbers do not
// change: events before firstIndex() are simply gone. The window keeps
// everything (its views index the whole transcript), except on a class
// (--class), bounded as --serve: its timeline reads again what is kept.
#pragma once

#include "transcriptevent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

class QTimer;

class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);
    ~Transcript() override;

    // Stamps sequence and time, stores, emits eventAppended().
    const TranscriptEvent &append(TranscriptEvent event);
    // The same without moving an event in (the hot path: a connection records
    // each line it writes, hundreds of thousands in a long FETCH): next() is
    // the slot the next event goes to, filled in place by the caller; it is a
    // default event, except that from, to, raw and code may still hold a
    // dropped event's text (with a keep limit, old slots are reused): the
    // caller sets all four. commitNext() stamps its sequence and the given
    // time, stores and announces it as append() does. Nothing may be
    // appended between the two calls.
    TranscriptEvent &next();
    // The same for a line (Connection::record()): its caller also sets
    // every field a line has (kind, connection, protocol, direction, phase,
    // role, continued, answers, sensitive, tls), so a reused slot only loses
    // what a line never has (a note, an outcome, a reset).
    TranscriptEvent &nextLine();
    const TranscriptEvent &commitNext(qint64 timeMs);
    qsizetype size() const { return m_size; }
    // index from firstIndex() to size() - 1.
    const TranscriptEvent &at(qsizetype index) const
    {
        Q_ASSERT(index >= firstIndex() && index < m_size);
        return m_blocks[size_t((index >> m_blockBits) - m_droppedBlocks)][index & (m_blockSize - 1)];
    }
    // The world's clock: milliseconds since it started (a loaded world's clock
    // goes on from the moment it was saved).
    qint64 elapsedMs() const { return m_clockOffsetMs + m_clock.elapsed(); }
    // World files (core/persist): puts back the events of a saved world into an
    // empty transcript, keeping their times, and sets the clock to `clockMs`.
    // Emits nothing: views attached afterwards read what is there.
    void restore(const QList<TranscriptEvent> &events, qint64 clockMs);
    // Bounds what is kept; 0 for both, the default, keeps everything.
    // `events` > 0: no more than this many events beyond those the block
    // being filled holds (at least that many stay). `bytes` > 0: the kept
    // events cost no more than this beyond the block being filled, counted as
    // memory (costOf(): the event itself, its line and its note), so a 10 MB
    // DATA recorded line by line costs 10 MB, and a million short lines
    // their 200-odd octets each. Whole blocks go, oldest first, as soon as
    // either bound is passed.
    void setKeepLimit(qsizetype events, qint64 bytes = 0);
    qsizetype keepLimit() const { return m_keepLimit; }
    qint64 keepBytes() const { return m_keepBytes; }
    // Octets of memory (costOf()) of the events kept.
    qint64 keptBytes() const { return m_keptBytes; }
    // What an event costs in memory, as the byte bound counts it: the event
    // itself, and the heap blocks of its line, note and note arguments.
    static qint64 costOf(const TranscriptEvent &event);
    // The oldest event still kept (0 unless a keep limit dropped some).
    qsizetype firstIndex() const { return m_droppedBlocks << m_blockBits; }
    // Events per block: 4096 (about 800 KB, made at the first event) unless
    // set otherwise, as a power of two (bits), before the first event: a
    // class's thirty private worlds take 256 (about 50 KB each).
    static constexpr qsizetype eventsPerBlock() { return qsizetype(1) << defaultBlockBits; }
    qsizetype blockEvents() const { return m_blockSize; }
    void setBlockBits(int bits);
    // Lines only (commands, replies, content), in order.
    QList<TranscriptEvent> lines() const;

    // for (const TranscriptEvent &e : transcript->events())
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = TranscriptEvent;
        using difference_type = qsizetype;
        using pointer = const TranscriptEvent *;
        using reference = const TranscriptEvent &;
        const_iterator(const Transcript *transcript, qsizetype index)
            : m_t(transcript)
            , m_i(index)
        {
        }
        reference operator*() const { return m_t->at(m_i); }
        pointer operator->() const { return &m_t->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }

    private:
        const Transcript *m_t;
        qsizetype m_i;
    };
    struct Range {
        const Transcript *transcript;
        const_iterator begin() const { return {transcript, transcript->firstIndex()}; }
        const_iterator end() const { return {transcript, transcript->size()}; }
    };
    Range events() const { return {this}; }

    // One listener called directly with the events as they are stored,
    // before eventAppended() is emitted for each (--serve's stream: a signal
    // emitted for each of the hundreds of thousands of lines of a long FETCH
    // cost more than printing them): the indexes of the first and the last.
    // Each event on its own, but the events of a run (beginRun() to
    // endRun(): the lines of one write or read, Connection::record) are
    // heard together when it ends. An empty function: none.
    using Listener = std::function<void(qsizetype first, qsizetype last)>;
    void setListener(Listener listener) { m_listener = std::move(listener); }
    // Called before old blocks are dropped or filled again (a keep limit),
    // with the index of the first event that stays: whoever reads stored
    // events from another thread (--serve's stream writer) is done with
    // those before it when it returns.
    using DropGuard = std::function<void(qsizetype firstKept)>;
    void setDropGuard(DropGuard guard) { m_dropGuard = std::move(guard); }
    void beginRun() { m_inRun = true; }
    void endRun();

    // Which event a reply answers (TranscriptEvent::answers). The side that
    // records a client's line that awaits a reply (a command, the "." after
    // DATA, an AUTH response) remembers where it went, under the line's number
    // on its connection (Utterance::lastLine); the side that records the reply
    // looks it up by the number its engine answered. Both ends of an
    // in-process connection count the same lines. Replies come in the order
    // of their commands (RFC 2920 §3), so a lookup forgets the lines before
    // the one it answers: only the lines still awaiting a reply are kept, and
    // all of a connection's when it closes.
    void rememberClientLine(int connectionId, qint64 line, qint64 sequence);
    // A write in clear whose octets are not its lines each ended by CR LF (an
    // HTTP message: the lines of its body are what a person reads, a summary
    // for a binary one; the octets are what was sent), kept beside the events
    // for the capture export (PcapngExport) under the sequence of the write's
    // first line, with how many lines it carried. Only while the process
    // runs (a world file keeps the lines), and dropped with their events
    // under a keep limit.
    struct WriteOctets {
        QByteArray octets;
        qsizetype lines = 0;
    };
    void setWriteOctets(qint64 firstLine, const QByteArray &octets, qsizetype lines);
    // Off (a --serve that exports no capture): setWriteOctets keeps nothing.
    void setKeepsWriteOctets(bool keep) { m_keepsWriteOctets = keep; }
    const WriteOctets *writeOctets(qint64 firstLine) const; // null: the lines are the octets
    qint64 sequenceOfClientLine(int connectionId, qint64 line); // -1: unknown
    void forgetClientLines(int connectionId);

Q_SIGNALS:
    void eventAppended(const TranscriptEvent &event);
    // Coalesced: emitted once per event-loop turn for the events added in it.
    void eventsAdded(qsizetype first, qsizetype last);

protected:
    // Count eventAppended()'s receivers (never fewer than there are): with
    // none (--serve, whose stream is the listener), the signal is not emitted
    // for each line at all.
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    int m_appendedReceivers = 0;
    static constexpr int defaultBlockBits = 12;
    int m_blockBits = defaultBlockBits;
    qsizetype m_blockSize = qsizetype(1) << defaultBlockBits;
    std::vector<std::unique_ptr<TranscriptEvent[]>> m_blocks;
    // The last block dropped, kept to be filled again: its events are
    // replaced one by one as their slots come round (each slot's memory is
    // touched once, not once to destroy and once to build), so at most one
    // block of dropped events outlives firstIndex().
    std::unique_ptr<TranscriptEvent[]> m_spareBlock;
    bool m_lastBlockRecycled = false;
    void dropOldBlocks();
    // Puts the event at the end (sequence set, bytes counted, old blocks dropped).
    const TranscriptEvent &store(TranscriptEvent event);
    // The slot at m_size (a new block started when it needs one) and, once
    // it is filled, its sequence set, its bytes counted and the size grown.
    TranscriptEvent &slot();
    // A reused slot back to a default event, but for from, to, raw and code.
    static void clearRecycled(TranscriptEvent &event);
    static void clearRecycledForLine(TranscriptEvent &event);
    inline TranscriptEvent &nextSlot(); // next()'s slot, not cleared yet
    inline TranscriptEvent &seal();
    void announce(const TranscriptEvent &stored);

    qsizetype m_size = 0;
    qsizetype m_keepLimit = 0;
    qint64 m_keepBytes = 0;
    qint64 m_keptBytes = 0;
    std::vector<qint64> m_blockBytes; // text octets per block, parallel to m_blocks
    qsizetype m_droppedBlocks = 0;
    QElapsedTimer m_clock;
    qint64 m_clockOffsetMs = 0;
    qsizetype m_firstUnannounced = -1;
    QTimer *m_announceTimer = nullptr; // eventsAdded() at the end of the turn
    Listener m_listener;
    DropGuard m_dropGuard;
    bool m_inRun = false;
    qsizetype m_runFirst = -1; // the first event of the run stored, if any
    void hearRun(); // the listener hears the run's events stored so far
    // Open connections' lines that await a reply, in order: (line number, sequence).
    QHash<int, std::deque<std::pair<qint64, qint64>>> m_clientLines;
    std::map<qint64, WriteOctets> m_writeOctets;
    bool m_keepsWriteOctets = true;
};

// The hot path (every line a connection writes or reads) inline; the rare
// cases (a new block, the first event of a turn, a listener to tell) are not.
inline TranscriptEvent &Transcript::nextSlot()
{
    // Only a block's first slot may need a new block (slot()).
    return (m_size & (m_blockSize - 1)) == 0 ? slot() : m_blocks.back()[m_size & (m_blockSize - 1)];
}

inline TranscriptEvent &Transcript::next()
{
    TranscriptEvent &event = nextSlot();
    if (m_lastBlockRecycled)
        clearRecycled(event);
    return event;
}

inline TranscriptEvent &Transcript::nextLine()
{
    TranscriptEvent &event = nextSlot();
    if (m_lastBlockRecycled)
        clearRecycledForLine(event);
    return event;
}

inline void Transcript::clearRecycledForLine(TranscriptEvent &event)
{
    // As clearRecycled(), for the fields a line leaves as they are by default
    // (the static_assert there lists them all when one is added).
    event.outcome = TranscriptEvent::Outcome::None;
    event.reset = false;
    event.noteCode = NoteCode::None;
    if (!event.note.isNull())
        event.note = QString();
    if (!event.noteArguments.isEmpty())
        event.noteArguments.clear();
}

inline const TranscriptEvent &Transcript::commitNext(qint64 timeMs)
{
    TranscriptEvent &stored = seal();
    stored.timeMs = timeMs;
    // Announced already: the turn's first event started the timer, and the
    // run's first told the listener where the run starts.
    if (m_firstUnannounced >= 0 && m_appendedReceivers == 0 && (!m_listener || (m_inRun && m_runFirst >= 0)))
        return stored;
    announce(stored);
    return stored;
}

inline TranscriptEvent &Transcript::seal()
{
    TranscriptEvent &stored = m_blocks.back()[m_size & (m_blockSize - 1)];
    stored.sequence = m_size;
    const qint64 bytes = costOf(stored);
    m_blockBytes.back() += bytes;
    m_keptBytes += bytes;
    ++m_size;
    return stored;
}
