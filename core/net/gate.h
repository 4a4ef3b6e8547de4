// SPDX-License-Identifier: GPL-3.0-or-later
// gate.h — every write in the world passes through here.
//
// So that a student can go "command by command", no engine writes to a socket
// itself: a Connection submits each utterance to the gate, and the gate
// releases it. In free-run it is released at once; in step mode it waits for
// step(), and the peer — a real socket on the other side — truly waits with
// it; in paced mode one utterance is released per delay divided by the speed.
#pragma once

#include "protocol/utterance.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class Connection;

class Gate : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        FreeRun,
        Step,
        Paced
    };
    Q_ENUM(Mode)

    explicit Gate(QObject *parent = nullptr);

    // Decides, for each utterance submitted, whether it is held for a
    // question before it goes (predict-the-reply): when it is next in line,
    // holding() is emitted and nothing is released until releaseHold().
    using HoldHook = std::function<bool(Connection *, const Utterance &)>;
    void setHoldHook(HoldHook hook) { m_holdHook = std::move(hook); }
    // The utterance held is released (at once, whatever the mode) and the
    // world goes on as the mode says.
    void releaseHold();
    // An utterance is held and next in line.
    bool isHolding() const;

    // Connections that step and pace never hold (a class's students while
    // the teacher steps the story on the projector): what they submit goes
    // at once, unless something of their own waits before it (a reply held
    // for a question). Null: every connection follows the mode.
    using Unpaced = std::function<bool(const Connection *)>;
    // A connection that inherits the status (Connection::inheritsUnpaced:
    // a relay a student's message caused) is unpaced whenever a test is set.
    void setUnpaced(Unpaced unpaced) { m_unpaced = std::move(unpaced); }
    // Whether the test (or the inherited status) names this connection.
    bool isUnpaced(const Connection *connection) const;

    // A slow link: the lines a host writes leave this much later (0: at once).
    void setHostDelay(const QString &host, int milliseconds);
    int hostDelay(const QString &host) const { return m_hostDelays.value(host); }

    Mode mode() const { return m_mode; }
    // Leaving step or paced mode for free-run releases what is waiting, in order.
    void setMode(Mode mode);
    // Paced mode: delay per utterance at speed 1 (default 600 ms).
    void setPaceMs(int milliseconds);
    int paceMs() const { return m_paceMs; }
    // 0.25 … 16; the delay is divided by it.
    void setSpeed(double factor);
    double speed() const { return m_speed; }

    void submit(Connection *connection, const Utterance &utterance);
    // Releases the oldest waiting utterance; false if nothing waits.
    bool step();
    qsizetype pendingCount() const { return m_pending.size(); }
    // The oldest waiting utterance's first line (for "next: …" in a UI).
    QByteArray nextLine() const;

Q_SIGNALS:
    void pendingChanged(qsizetype count);
    // An utterance held by the hold hook is next in line.
    void holding(Connection *connection, const Utterance &utterance);

private:
    struct Pending {
        QPointer<Connection> connection;
        Utterance utterance;
        bool hold = false;
    };
    void releaseAll();
    void schedule();
    // Whether this connection's writes go without waiting for step() or the pace.
    bool goesFree(const Connection *connection) const;
    // Releases, in order, every waiting utterance whose connection goes free
    // and has nothing held or stepped before it; true if one went.
    bool releaseFree();

    Mode m_mode = Mode::FreeRun;
    int m_paceMs = 600;
    double m_speed = 1.0;
    QList<Pending> m_pending;
    QTimer m_timer;
    HoldHook m_holdHook;
    Unpaced m_unpaced;
    bool m_holdAnnounced = false;
    QHash<QString, int> m_hostDelays;
};
