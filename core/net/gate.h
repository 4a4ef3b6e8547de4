// gate.h — every write in the world passes through here.
//
// So that a student can go "command by command", no engine writes to a socket
// itself: a Connection submits each utterance to the gate, and the gate
// releases it. In free-run it is released at once; in step mode it waits for
// step(), and the peer — a real socket on the other side — truly waits with
// it; in paced mode one utterance is released per delay divided by the speed.
#pragma once

#include "protocol/utterance.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Connection;

class Gate : public QObject
{
    Q_OBJECT
public:
    enum class Mode { FreeRun, Step, Paced };
    Q_ENUM(Mode)

    explicit Gate(QObject *parent = nullptr);

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

private:
    struct Pending {
        QPointer<Connection> connection;
        Utterance utterance;
    };
    void releaseAll();
    void schedule();

    Mode m_mode = Mode::FreeRun;
    int m_paceMs = 600;
    double m_speed = 1.0;
    QList<Pending> m_pending;
    QTimer m_timer;
};
