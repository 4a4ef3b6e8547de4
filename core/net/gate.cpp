// SPDX-License-Identifier: GPL-3.0-or-later
// gate.cpp — one queue of utterances for every connection, released by mode.
//
// Utterances wait in a single FIFO across all connections, so step mode moves
// the whole world on one utterance at a time. In free-run an utterance goes
// straight to its Connection when nothing waits and it is not held. step()
// skips entries whose connection has gone (QPointer), stops at a held head
// and emits holding() once for it; paced mode is a single-shot timer started
// again after each release, at the pace divided by the speed. Host delays are
// only recorded here: the Connection delays what it was given.
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
    const bool hold = m_holdHook && m_holdHook(connection, utterance);
    if (m_mode == Mode::FreeRun && m_pending.isEmpty() && !hold) {
        connection->release(utterance);
        return;
    }
    m_pending.append({connection, utterance, hold});
    Q_EMIT pendingChanged(m_pending.size());
    if (m_mode == Mode::FreeRun)
        releaseAll();
    else if (m_mode == Mode::Paced && !m_timer.isActive())
        schedule();
}

bool Gate::isHolding() const
{
    return !m_pending.isEmpty() && m_pending.first().hold;
}

void Gate::releaseHold()
{
    if (!isHolding())
        return;
    m_pending.first().hold = false;
    m_holdAnnounced = false;
    step();
    if (m_mode == Mode::FreeRun)
        releaseAll();
    else if (m_mode == Mode::Paced)
        schedule();
}

void Gate::setHostDelay(const QString &host, int milliseconds)
{
    if (milliseconds > 0)
        m_hostDelays.insert(host, milliseconds);
    else
        m_hostDelays.remove(host);
}

bool Gate::step()
{
    bool released = false;
    while (!m_pending.isEmpty()) {
        if (!m_pending.first().connection) {
            // Its connection went away meanwhile: nothing to write, take the next.
            m_pending.removeFirst();
            Q_EMIT pendingChanged(m_pending.size());
            continue;
        }
        if (m_pending.first().hold) {
            // A held utterance waits for its question to be answered.
            if (!m_holdAnnounced) {
                m_holdAnnounced = true;
                const Pending head = m_pending.first();
                Q_EMIT holding(head.connection, head.utterance);
            }
            return released;
        }
        if (released)
            return true;
        const Pending next = m_pending.takeFirst();
        Q_EMIT pendingChanged(m_pending.size());
        next.connection->release(next.utterance);
        released = true;
    }
    return released;
}

QByteArray Gate::nextLine() const
{
    for (const Pending &p : m_pending) {
        if (p.connection && !p.utterance.lines.isEmpty())
            return p.utterance.lines.first();
        if (p.connection && !p.utterance.wireLabel.isEmpty())
            return p.utterance.wireLabel;
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
