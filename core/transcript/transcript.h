// transcript.h — the world's append-only event stream.
//
// Everything that crosses a socket, every connection opened and closed, every
// DNS lookup and every queue or delivery decision is appended here, once. The
// GUI, the command line, the tests and the exporters all read this one stream.
#pragma once

#include "transcriptevent.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    // Stamps sequence and time, stores, emits eventAppended().
    const TranscriptEvent &append(TranscriptEvent event);
    qsizetype size() const { return m_events.size(); }
    const TranscriptEvent &at(qsizetype index) const { return m_events.at(index); }
    const QList<TranscriptEvent> &events() const { return m_events; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // Lines only (commands, replies, content), in order.
    QList<TranscriptEvent> lines() const;

Q_SIGNALS:
    void eventAppended(const TranscriptEvent &event);
    // Coalesced: emitted once per event-loop turn for the events added in it.
    void eventsAdded(qsizetype first, qsizetype last);

private:
    QList<TranscriptEvent> m_events;
    QElapsedTimer m_clock;
    qsizetype m_firstUnannounced = -1;
};
