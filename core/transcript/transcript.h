// transcript.h — the world's append-only event stream.
//
// Everything that crosses a socket, every connection opened and closed, every
// DNS lookup and every queue or delivery decision is appended here, once. The
// GUI, the command line, the tests and the exporters all read this one stream.
//
// Events are kept in fixed blocks rather than one growing array, so that
// appending never moves what is already stored (a busy --serve records
// hundreds of thousands of lines) and a reference to an event stays valid.
#pragma once

#include "transcriptevent.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);
    ~Transcript() override;

    // Stamps sequence and time, stores, emits eventAppended().
    const TranscriptEvent &append(TranscriptEvent event);
    qsizetype size() const { return m_size; }
    const TranscriptEvent &at(qsizetype index) const
    {
        return m_blocks[size_t(index >> blockBits)][index & (blockSize - 1)];
    }
    // The world's clock: milliseconds since it started (a loaded world's clock
    // goes on from the moment it was saved).
    qint64 elapsedMs() const { return m_clockOffsetMs + m_clock.elapsed(); }
    // World files (core/persist): puts back the events of a saved world into an
    // empty transcript, keeping their times, and sets the clock to `clockMs`.
    // Emits nothing: views attached afterwards read what is there.
    void restore(const QList<TranscriptEvent> &events, qint64 clockMs);
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
        const_iterator(const Transcript *transcript, qsizetype index) : m_t(transcript), m_i(index) {}
        reference operator*() const { return m_t->at(m_i); }
        pointer operator->() const { return &m_t->at(m_i); }
        const_iterator &operator++() { ++m_i; return *this; }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }
    private:
        const Transcript *m_t;
        qsizetype m_i;
    };
    struct Range {
        const Transcript *transcript;
        const_iterator begin() const { return {transcript, 0}; }
        const_iterator end() const { return {transcript, transcript->size()}; }
    };
    Range events() const { return {this}; }

Q_SIGNALS:
    void eventAppended(const TranscriptEvent &event);
    // Coalesced: emitted once per event-loop turn for the events added in it.
    void eventsAdded(qsizetype first, qsizetype last);

private:
    static constexpr int blockBits = 12;
    static constexpr qsizetype blockSize = qsizetype(1) << blockBits;
    std::vector<std::unique_ptr<TranscriptEvent[]>> m_blocks;
    qsizetype m_size = 0;
    QElapsedTimer m_clock;
    qint64 m_clockOffsetMs = 0;
    qsizetype m_firstUnannounced = -1;
};
