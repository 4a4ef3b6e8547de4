// scriptpeer.h — a fake server on a port the OS picks, playing a C:/S: script.
//
// As KSMTP's FakeServer: "S: text" lines are sent to the client, "C: text"
// lines are what the client must send next (exactly; "C~ regex" for a
// pattern), "X" closes the connection, "W: ms" waits. The first line that
// does not match stops the script and is kept as the error. Used to test our
// client engines through a real Connection over a real socket.
#pragma once

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

    QTcpServer *m_server;
    QTcpSocket *m_socket = nullptr;
    QStringList m_lines;
    int m_next = 0;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QString m_error;
    bool m_done = false;
    bool m_waiting = false;
};
