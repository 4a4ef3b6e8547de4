// SPDX-License-Identifier: GPL-3.0-or-later
// gate.cpp — one queue of utterances for every connection, released by mode.
//
// Utterances wait in a single FIFO across all connections, so step mode moves
// the whole world on one utterance at a time. In free-run an utterance goes
// straight to its Connection when nothing of its own connection waits and it
// is not held: a reply held for a question holds its own connection only, so
// a class's other sessions go on meanwhile. Connections the Unpaced test
// names go free in every mode (releaseFree()). step()
// skips entries whose connection has gone (QPointer), stops at a held head
// and emits holding() once for it; paced mode is a single-shot timer started
// again after each release, at the pace divided by the speed. Host delays are
// only recorded here: the Connection delays what it was given.
#include "gate.h"

#include "connection.h"

#include <QSet>

#include <algorithm>

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
    if (!hold && goesFree(connection)) {
        const bool ownWaiting = std::any_of(
            m_pending.cbegin(), m_pending.cend(),
            [connection](const Pending &p) { return p.connection == connection; });
        if (!ownWaiting) {
            connection->release(utterance);
            return;
        }
    }
    m_pending.append({connection, utterance, hold});
    Q_EMIT pendingChanged(m_pending.size());
    if (m_mode == Mode::FreeRun)
        releaseAll();
    else {
        releaseFree();
        if (m_mode == Mode::Paced && !m_timer.isActive())
            schedule();
    }
}

bool Gate::isUnpaced(const Connection *connection) const
{
    return m_unpaced && connection && (connection->inheritsUnpaced() || m_unpaced(connection));
}

bool Gate::goesFree(const Connection *connection) const
{
    return m_mode == Mode::FreeRun || isUnpaced(connection);
}

bool Gate::releaseFree()
{
    if (m_mode != Mode::FreeRun && !m_unpaced)
        return false; // every connection waits for step() or the pace
    // From the start each time: a release may submit more (or close).
    bool any = false;
    for (;;) {
        QSet<const Connection *> blocked;
        qsizetype next = -1;
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            const Pending &p = m_pending.at(i);
            const Connection *c = p.connection.data();
            if (!c) {
                next = i; // gone: dropped below
                break;
            }
            if (blocked.contains(c))
                continue;
            if (p.hold) {
                if (!m_holdAnnounced && goesFree(c)) {
                    // Next in line for its own connection: the question is asked.
                    m_holdAnnounced = true;
                    const Pending held = p;
                    Q_EMIT holding(held.connection, held.utterance);
                    next = -2; // the slot may have changed what waits: look again
                    break;
                }
                blocked.insert(c);
                continue;
            }
            if (!goesFree(c)) {
                blocked.insert(c);
                continue;
            }
            next = i;
            break;
        }
        if (next == -2)
            continue;
        if (next < 0)
            return any;
        const Pending taken = m_pending.takeAt(next);
        Q_EMIT pendingChanged(m_pending.size());
        if (taken.connection) {
            taken.connection->release(taken.utterance);
            any = true;
        }
    }
}

bool Gate::isHolding() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return p.hold; });
}

void Gate::releaseHold()
{
    const auto held = std::find_if(m_pending.begin(), m_pending.end(),
                                   [](const Pending &p) { return p.hold; });
    if (held == m_pending.end())
        return;
    const bool first = held == m_pending.begin();
    held->hold = false;
    m_holdAnnounced = false;
    if (first)
        step(); // the reply goes at once, whatever the mode
    if (m_mode == Mode::FreeRun)
        releaseAll();
    else {
        releaseFree();
        if (m_mode == Mode::Paced)
            schedule();
    }
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
    // Free-run: every connection goes, each behind what it has held.
    releaseFree();
}

void Gate::schedule()
{
    if (m_mode != Mode::Paced || m_pending.isEmpty())
        return;
    m_timer.start(int(m_paceMs / m_speed));
}
