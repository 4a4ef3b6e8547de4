#include "gate.h"

#include "connection.h"

Gate::Gate(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        step();
        schedule();
    });
}

void Gate::setMode(Mode mode)
{
    m_mode = mode;
    m_timer.stop();
    if (mode == Mode::FreeRun)
        releaseAll();
    else if (mode == Mode::Paced)
        schedule();
}

void Gate::setPaceMs(int milliseconds)
{
    m_paceMs = qMax(0, milliseconds);
}

void Gate::setSpeed(double factor)
{
    m_speed = qBound(0.25, factor, 16.0);
}

void Gate::submit(Connection *connection, const Utterance &utterance)
{
    if (m_mode == Mode::FreeRun && m_pending.isEmpty()) {
        connection->release(utterance);
        return;
    }
    m_pending.append({connection, utterance});
    Q_EMIT pendingChanged(m_pending.size());
    if (m_mode == Mode::FreeRun)
        releaseAll();
    else if (m_mode == Mode::Paced && !m_timer.isActive())
        schedule();
}

bool Gate::step()
{
    while (!m_pending.isEmpty()) {
        const Pending next = m_pending.takeFirst();
        Q_EMIT pendingChanged(m_pending.size());
        if (next.connection) {
            next.connection->release(next.utterance);
            return true;
        }
        // Its connection went away meanwhile: nothing to write, take the next.
    }
    return false;
}

QByteArray Gate::nextLine() const
{
    for (const Pending &p : m_pending) {
        if (p.connection && !p.utterance.lines.isEmpty())
            return p.utterance.lines.first();
    }
    return QByteArray();
}

void Gate::releaseAll()
{
    while (step()) {
    }
}

void Gate::schedule()
{
    if (m_mode != Mode::Paced || m_pending.isEmpty())
        return;
    m_timer.start(int(m_paceMs / m_speed));
}
