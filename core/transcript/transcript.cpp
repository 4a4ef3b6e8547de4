#include "transcript.h"

#include <QTimer>

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TranscriptEvent>();
    m_clock.start();
}

Transcript::~Transcript() = default;

const TranscriptEvent &Transcript::append(TranscriptEvent event)
{
    event.sequence = m_size;
    event.timeMs = elapsedMs();
    if ((m_size & (blockSize - 1)) == 0)
        m_blocks.push_back(std::make_unique<TranscriptEvent[]>(size_t(blockSize)));
    TranscriptEvent &stored = m_blocks.back()[m_size & (blockSize - 1)];
    stored = std::move(event);
    ++m_size;
    if (m_firstUnannounced < 0) {
        m_firstUnannounced = stored.sequence;
        QTimer::singleShot(0, this, [this] {
            const qsizetype first = m_firstUnannounced;
            m_firstUnannounced = -1;
            if (first >= 0 && first < m_size)
                Q_EMIT eventsAdded(first, m_size - 1);
        });
    }
    Q_EMIT eventAppended(stored);
    return stored;
}

void Transcript::restore(const QList<TranscriptEvent> &events, qint64 clockMs)
{
    Q_ASSERT(m_size == 0);
    for (const TranscriptEvent &event : events) {
        if ((m_size & (blockSize - 1)) == 0)
            m_blocks.push_back(std::make_unique<TranscriptEvent[]>(size_t(blockSize)));
        TranscriptEvent &stored = m_blocks.back()[m_size & (blockSize - 1)];
        stored = event;
        stored.sequence = m_size;
        ++m_size;
    }
    m_clockOffsetMs = clockMs;
    m_clock.restart();
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
