#include "transcript.h"

#include <QTimer>

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TranscriptEvent>();
    m_clock.start();
}

const TranscriptEvent &Transcript::append(TranscriptEvent event)
{
    event.sequence = m_events.size();
    event.timeMs = m_clock.elapsed();
    m_events.append(event);
    if (m_firstUnannounced < 0) {
        m_firstUnannounced = event.sequence;
        QTimer::singleShot(0, this, [this] {
            const qsizetype first = m_firstUnannounced;
            m_firstUnannounced = -1;
            if (first >= 0 && first < m_events.size())
                Q_EMIT eventsAdded(first, m_events.size() - 1);
        });
    }
    Q_EMIT eventAppended(m_events.last());
    return m_events.last();
}

QList<TranscriptEvent> Transcript::lines() const
{
    QList<TranscriptEvent> out;
    for (const TranscriptEvent &event : m_events) {
        if (event.kind == TranscriptEvent::Kind::Line)
            out.append(event);
    }
    return out;
}
