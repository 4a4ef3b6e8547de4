// SPDX-License-Identifier: GPL-3.0-or-later
// connection.h — one TCP connection between a socket and a protocol engine.
//
// Reads octets (in bounded chunks) and feeds them to the engine; submits every
// utterance the engine produces to the gate; when the gate releases one, writes
// it and records each line in the transcript. Writes are always recorded here;
// what the peer says is recorded here only when the peer is outside the process
// (a telnet, a real mail client), because an in-process peer records its own
// writes — so each line appears in the transcript exactly once.
//
// Limits against a hostile peer (docs/security.md lists them with their
// Postfix anchors):
// - Reads: at most readChunk octets are held by the socket (Qt's read buffer
//   is capped), and the engine's LineReader keeps at most one line.
// - Writes: when more than outputHighWater octets wait to be written (a peer
//   that reads nothing but keeps sending commands), no further line is
//   handled and nothing more is read until the backlog drains below
//   outputLowWater, so TCP pushes back on the peer and memory stays bounded
//   by the high-water mark plus one reply.
// - Time: a complete line (or progress writing to the peer) must come within
//   the idle deadline (Postfix's smtpd_timeout with smtpd_per_record_deadline
//   = yes: a peer sending a byte a second does not keep the session alive);
//   a server session may also have an overall deadline. When either passes,
//   the engine's timeout() says 421 or -ERR; a peer that does not read even
//   that is cut off after a short grace.
#pragma once

#include "net/link.h"
#include "protocol/protocolsession.h"
#include "tls/tlslayer.h"
#include "transcript/transcriptevent.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;
class DiskCommitter;
class Gate;
class Transcript;

class Connection : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Client,
        Server
    };

    struct Endpoints {
        QString localHost; // the host this side belongs to ("cliente.fr")
        QString peerHost; // the other side ("servidor.edu", "outside 127.0.0.1")
        bool peerIsOutside = false;
        Role role = Role::Server;
        QString service; // "smtp", "submission", "pop3"
        // TLS: the settings this end uses when TLS starts (a server's
        // certificate, a client's trust); null: it cannot start TLS.
        std::shared_ptr<TlsContext> tls;
        // TLS from the first octet (RFC 8314: 465, 993, 995), not after STARTTLS.
        bool implicitTls = false;
        // A client: whom the server's certificate must name, and whether a
        // certificate that does not verify ends the session.
        TlsLayer::ClientOptions tlsClient;
        // A tap's leg facing the real server (core/world/tap.h): the leg
        // facing the client records both directions, so this one records
        // no line and no opening or closing (a failure to connect it does).
        bool silent = false;
    };

    // Takes ownership of the engine; the socket becomes a child of this object.
    Connection(int id, QTcpSocket *socket, std::unique_ptr<ProtocolSession> engine,
               const Endpoints &endpoints, Gate *gate, Transcript *transcript, QObject *parent = nullptr);
    // A connection a server accepted (AcceptedSocket::prepare): its
    // descriptor is read and written without QTcpSocket (link.h).
    Connection(int id, const AcceptedSocket &accepted, std::unique_ptr<ProtocolSession> engine,
               const Endpoints &endpoints, Gate *gate, Transcript *transcript, QObject *parent = nullptr);
    ~Connection() override;

    int id() const { return m_id; }
    ProtocolSession *engine() const { return m_engine.get(); }
    const Endpoints &endpoints() const { return m_endpoints; }
    // Qt's socket: a connection this side opened (null for an accepted one).
    QTcpSocket *socket() const { return m_link->socket(); }
    qintptr descriptor() const { return m_link->descriptor(); }
    QHostAddress peerAddress() const { return m_link->peerAddress(); }
    quint16 peerPort() const { return m_link->peerPort(); }
    bool isClosed() const { return m_closed; }
    // Opened for work a connection the gate does not pace caused (a relay
    // of a student's message while the teacher steps the story; on the
    // server side, the end that relay reached): it is not paced either.
    void setInheritsUnpaced(bool inherits) { m_inheritsUnpaced = inherits; }
    bool inheritsUnpaced() const { return m_inheritsUnpaced; }

    // Idle deadline: the engine's timeout() runs after this long without a
    // complete line from the peer or progress in writing to it.
    void setIdleTimeout(int milliseconds);
    // Overall deadline from begin() on; 0 (the default) for none.
    void setSessionTimeout(int milliseconds);
    // Octets waiting to be written: held by the gate or by the socket.
    qint64 outputBacklog() const;
    // True while input is not read because the peer does not read its replies.
    bool isReadingPaused() const { return m_paused; }

    // An address as QHostAddress::toString() writes it, and "address:port":
    // an IPv4 address without going through Qt's general formatter (a tenth
    // of the instructions; three of them for each connection accepted).
    static QString addressText(const QHostAddress &address);
    static QString endText(const QHostAddress &address, quint16 port);

    static constexpr qint64 readChunk = 64 * 1024;
    static constexpr qint64 outputHighWater = 256 * 1024;
    static constexpr qint64 outputLowWater = 64 * 1024;
    // Start: records the opening, lets a server engine greet. Call once connected.
    void begin();
    // Called by the gate: write the utterance now and record it.
    void release(const Utterance &utterance);
    // Close at once with a TCP reset (RST, SO_LINGER 0), not a FIN: the
    // world is shutting down, a peer does not read even the 421, a durable
    // write failed. The close is recorded with `reset` set.
    void abort();
    // Durable writes: a reply that promises something is on disk carries the
    // ticket of the committer's write (Utterance::durableTicket: the 250 to
    // the end of DATA, the +OK to POP3 QUIT after DELE). That reply and every
    // utterance after it are held until the committer reports the ticket
    // done, so 250 is never said before the message is on disk and nothing
    // overtakes it. If the write failed the connection is closed without the
    // reply (the client will try again).
    void setCommitter(DiskCommitter *committer);
    // Someone on the wire changes what this side writes before the peer reads
    // it (a man in the middle; returns true when it changed something). The
    // changed lines are what is recorded: they are what crossed the wire.
    using Tamper = std::function<bool(Utterance *)>;
    void setTamper(Tamper tamper, const QString &who)
    {
        m_tamper = std::move(tamper);
        m_tamperer = who;
    }
    // The engine produced output on its own (a console line was typed, an
    // HTTP handler answered later): pass it to the gate now, and read on if
    // the engine held its input meanwhile (ProtocolSession::isInputHeld).
    void pump();
    // Connected and begun, and not closed yet.
    bool isOpen() const { return m_begun && !m_closed; }
    // Inside TLS (after the handshake), and the session's TLS (null before STARTTLS).
    bool isEncrypted() const { return m_tls && m_tls->isEstablished(); }
    const TlsLayer *tls() const { return m_tls.get(); }
    // A TLS record that passed through without this side reading it (a
    // tap's): recorded as heard from the peer or as said to it.
    void recordPassingTlsRecord(const TlsRecord &record, bool saidToPeer)
    {
        recordTlsRecord(record, saidToPeer);
    }

Q_SIGNALS:
    // The connection is over; the engine's result can be read in a slot.
    void finished(Connection *connection);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class QtLink;
    friend class DescriptorLink;
    // What both public constructors share; each then makes its link.
    Connection(int id, std::unique_ptr<ProtocolSession> engine, const Endpoints &endpoints, Gate *gate,
               Transcript *transcript, QObject *parent);
    void setUp();
    void onSocketError(int error); // QAbstractSocket::SocketError
    void readAvailable();
    static QByteArray &readBuffer(); // where reads go, kept between them
    void onBytesWritten();
    void onDeadline();
    void noteEarlyTalker();
    void flushEngine();
    // `takeLines`: the utterance's own lines (not shared), moved into the
    // transcript instead of copied (a heard message's content).
    void record(const Utterance &utterance, bool ours, QList<QByteArray> *takeLines = nullptr);
    void write(const Utterance &utterance);
    void writeDelayed();
    void onDisconnected();
    bool recordsConnectionEvents() const;
    void submit(const Utterance &utterance); // to the gate
    void onCommitted(); // passes on the held utterances whose writes are durable
    // TLS (connectiontls.cpp)
    void startTls(); // after the go-ahead, or at once for implicit TLS
    void submitEncrypted(const Utterance &utterance); // one record per piece of lines
    qsizetype submitTlsRecords(bool closeAfter = false); // what the layer made on its own; how many
    void receiveCiphertext(const QByteArray &bytes); // into the layer, a record at a time
    void receiveRecord(const QByteArray &bytes); // plaintext to the engine
    void writeRecord(const Utterance &utterance); // a record on the wire, recorded with its lines
    void put(const QByteArray &bytes); // to the socket (a batch packs)
    void tellReceipt(const Utterance &utterance); // the engine learns its receipt left
    void recordTlsRecord(const TlsRecord &record, bool ours);
    void recordTlsEstablished();
    void recordTlsFailed();
    bool recordsTlsSummary() const;
    void touchIdle();
    void onIdleTimer();

    int m_id;
    std::unique_ptr<Link> m_link;
    std::unique_ptr<ProtocolSession> m_engine;
    Endpoints m_endpoints;
    Gate *m_gate;
    Transcript *m_transcript;
    // The timers are QBasicTimers, not QTimers (objects of their own, which
    // cost as much to make, connect and destroy as the rest of an SMTP
    // connection's set-up): each fires timerEvent(), single-shot by hand.
    QBasicTimer m_idle; // fires at the idle deadline, or earlier (see touchIdle)
    QElapsedTimer m_progress; // since the peer's last read or write
    int m_idleMs = 5 * 60 * 1000;
    QBasicTimer m_delay; // a slow link (Gate::hostDelay): writes wait here
    QList<Utterance> m_delayed;
    QBasicTimer m_session; // overall deadline (server side), if set
    int m_sessionMs = 0;
    QBasicTimer m_closeGrace; // after a close was asked with octets unwritten
    qint64 m_heldBytes = 0; // submitted to the gate, not released yet
    QList<QByteArray> m_unflushedReceipts; // written, not yet with the kernel
    bool m_paused = false; // input left unread: the peer does not read
    bool m_begun = false; // connected and begin() ran
    bool m_closing = false; // we asked to close after the last write
    bool m_closed = false;
    bool m_inheritsUnpaced = false;
    bool m_aborted = false; // abort(): our close is a reset
    bool m_moreFollows = false; // flushEngine() submits more utterances after this one
    bool m_flushQueued = false; // in the thread's list of sockets to flush (flushSoon())
    // What was written leaves once every connection ready in this turn of
    // the event loop has been served (flushQueued()), not one send(2) each
    // as soon as it is made.
    void flushSoon();
    static void flushQueued();
    DiskCommitter *m_committer = nullptr;
    // From the first reply whose durableTicket is not done yet, in order.
    QList<Utterance> m_held;
    // What the engine said, emptied, with its room kept (flushEngine()).
    QList<Utterance> m_spareOutput;
    static constexpr qsizetype spareOutputRoom = 16;
    // An utterance up to this size is written from a thread's array (write()).
    static constexpr qint64 smallWrite = 2048;
    QMetaObject::Connection m_committedConnection;
    std::unique_ptr<TlsLayer> m_tls;
    Tamper m_tamper;
    QString m_tamperer;
    // Records submitted to the gate, in order, until written (what they carried).
    QList<TlsRecord> m_recordsOut;
    QByteArray m_cipherIn; // ciphertext read, not yet a whole record
    bool m_tlsFailedRecorded = false;
};
