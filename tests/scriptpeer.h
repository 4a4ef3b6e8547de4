// SPDX-License-Identifier: GPL-3.0-or-later
// scriptpeer.h — a fake server on a port the OS picks, playing a C:/S: script.
//
// As KSMTP's FakeServer, in the script notation (core/scenario/scriptnotation.h,
// docs/testing.md): "S: text" lines are sent to the client, "C: text" lines
// are what the client must send next (exactly; "C~ regex" for a pattern), "X"
// closes the connection, "W: ms" waits. The first line that does not match
// (or that a peer cannot play: "S~", "T") stops the script and is kept as the
// error. Used to test our client engines through a real Connection over a
// real socket.
#pragma once

#include "scenario/scriptnotation.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

class ScriptPeer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptPeer(const QString &script, QObject *parent = nullptr);
    ~ScriptPeer() override;

    quint16 port() const;
    // True once the script ran to its end, or failed.
    bool isDone() const { return m_done; }
    // Empty when every line matched; else the script line and what came.
    QString error() const { return m_error; }
    // Every line the client sent, in order.
    QList<QByteArray> received() const { return m_received; }

private:
    void accept();
    void advance();
    void readLines();
    void fail(const QString &why);
    QString lineOf(const ScriptStep &step) const;

    QTcpServer *m_server;
    QTcpSocket *m_socket = nullptr;
    QStringList m_text; // the script's lines as written, for messages
    QList<ScriptStep> m_steps;
    QString m_scriptError; // a line after the last step that is not in the notation
    int m_scriptErrorLine = 0;
    int m_next = 0;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QString m_error;
    bool m_done = false;
    bool m_waiting = false;
};
