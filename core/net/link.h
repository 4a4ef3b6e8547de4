// SPDX-License-Identifier: GPL-3.0-or-later
// link.h — the socket under a Connection.
//
// Two kinds: Qt's QTcpSocket (a connection this side opens, a tap's legs, a
// quiz's page), and a descriptor a server accepted, read with read(2) and
// written with send(2) on a QSocketNotifier of its own (DescriptorLink).
// A server's connections are most of a class server's work, and QTcpSocket
// costs a third of what accepting, serving and closing one takes (its
// engine, buffers, notifiers and signals, and a dozen system calls more:
// docs/benchmarks.md, "Session 24"). Both say the same to the Connection,
// in the same order: what was read, what was written, the close.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QtGlobal>

#include <memory>

class Connection;
class QSocketNotifier;
class QTcpSocket;

// A connection a server accepted, before it is served: the descriptor
// (non-blocking) and its two ends, asked of the kernel once.
struct AcceptedSocket {
    int descriptor = -1;
    QHostAddress local;
    QHostAddress peer;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    // Makes `descriptor` non-blocking and reads its ends; false when the
    // kernel cannot (the peer is gone already): then close it.
    bool prepare(int descriptor);
};

class Link
{
public:
    virtual ~Link() = default;
    // At most `max` octets read now; 0 when none wait (or the peer closed:
    // the close is told to the Connection on its own).
    virtual qint64 read(char *data, qint64 max) = 0;
    // Octets may wait that nobody will announce again: read them.
    virtual bool mayHaveInput() const = 0;
    // What remains to read now, at most a chunk (Connection::readChunk).
    virtual QByteArray readAll() = 0;
    // Queued, and sent by flush() or on the next turn of the event loop.
    virtual void write(const char *data, qint64 size) = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual void flush() = 0;
    virtual qint64 bytesToWrite() const = 0;
    // A FIN once what waits is written; the Connection hears of the close.
    virtual void disconnectFromHost() = 0;
    // A reset now (SO_LINGER 0); the Connection records the close itself.
    virtual void abort() = 0;
    virtual qintptr descriptor() const = 0;
    virtual void setLowDelay() = 0;
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    // Keep what tells a reset from a FIN until the close is recorded.
    virtual void watchClose() { }
    // Whether the peer reset the connection (RST) rather than closing it (FIN).
    virtual bool peerReset() const = 0;
    // The close is recorded: what kept the socket for peerReset() goes.
    virtual void closeWatch() { }
    // Qt's socket, for what needs it (a client's connect, the console); null
    // for a descriptor.
    virtual QTcpSocket *socket() const { return nullptr; }
};

// QTcpSocket, its signals told to the Connection.
class QtLink final : public Link
{
public:
    QtLink(Connection *owner, QTcpSocket *socket);
    ~QtLink() override;
    qint64 read(char *data, qint64 max) override;
    bool mayHaveInput() const override;
    QByteArray readAll() override;
    void write(const char *data, qint64 size) override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    qint64 bytesToWrite() const override;
    void disconnectFromHost() override;
    void abort() override;
    qintptr descriptor() const override;
    void setLowDelay() override;
    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    void watchClose() override;
    bool peerReset() const override;
    void closeWatch() override;
    QTcpSocket *socket() const override { return m_socket; }

private:
    QTcpSocket *m_socket;
    // A second descriptor of the socket (Linux): it keeps the socket until
    // the close is recorded, so that the kernel can still say whether the
    // peer reset it (Qt reports a reset as the peer's close, and its read
    // has already taken the socket's ECONNRESET).
    int m_watch = -1;
};

// An accepted descriptor (non-blocking), with its own read notifier and a
// write notifier while send(2) cannot take everything.
class DescriptorLink final : public Link
{
public:
    // Takes the descriptor; the notifiers are children of `owner`.
    DescriptorLink(Connection *owner, const AcceptedSocket &accepted);
    ~DescriptorLink() override;
    qint64 read(char *data, qint64 max) override;
    bool mayHaveInput() const override;
    QByteArray readAll() override;
    void write(const char *data, qint64 size) override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    qint64 bytesToWrite() const override { return m_out.size() - m_outAt; }
    void disconnectFromHost() override;
    void abort() override;
    qintptr descriptor() const override { return m_fd; }
    void setLowDelay() override;
    QHostAddress localAddress() const override { return m_local; }
    quint16 localPort() const override { return m_localPort; }
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_peerPort; }
    bool peerReset() const override { return m_reset; }

private:
    void onReadable();
    void endOfInput(); // the peer's FIN or RST was read
    void failed(int error); // send(2) or read(2) said the peer is gone
    void closeNow();
    void stopReading();
    void finishIfDone(); // a close asked for, and nothing left to write
    void emptyOut(); // all of m_out is sent: a small block's room is kept

    // A block up to this size stays with the link once sent (a reply a
    // command: no allocation each); a bigger one (a message) is given back.
    static constexpr qsizetype keptOutRoom = 2048;

    Connection *m_owner;
    int m_fd;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr; // made the first time send(2) is short
    QByteArray m_out; // what waits to be sent, from m_outAt on
    qsizetype m_outAt = 0;
    QHostAddress m_local;
    QHostAddress m_peer;
    quint16 m_localPort = 0;
    quint16 m_peerPort = 0;
    // Read to the end of what the kernel had since the notifier last fired:
    // a short read says so, and the next read would only say EAGAIN.
    bool m_drained = false;
    bool m_atEnd = false; // the peer's FIN (or RST) was read
    bool m_reset = false; // ECONNRESET or EPIPE: the peer reset
    bool m_closing = false; // a close asked for, after the last octet
    bool m_inWritten = false; // telling the Connection of a write
};
