#include "connection.h"

#include "gate.h"
#include "mail/diskcommitter.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace {
// Bounded reads: a flood of octets is handled a chunk at a time (Postfix's
// bounded reads); LineReader then keeps at most one line per chunk.
constexpr qint64 readChunk = 64 * 1024;
}

Connection::Connection(int id, QTcpSocket *socket, std::unique_ptr<ProtocolSession> engine,
                       const Endpoints &endpoints, Gate *gate, Transcript *transcript,
                       QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_engine(std::move(engine))
    , m_endpoints(endpoints)
    , m_gate(gate)
    , m_transcript(transcript)
{
    m_socket->setParent(this);
    if (m_endpoints.peerIsOutside) {
        // Recorded as soon as the engine has read it, before what it causes
        // (a delivery, a reply) is recorded.
        m_engine->setHeardHandler([this](const Utterance &u) { record(u, false); });
    }
    m_idle.setSingleShot(true);
    m_idle.setInterval(5 * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_engine->timeout();
        flushEngine();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_closed || error == QAbstractSocket::RemoteHostClosedError)
            return;
        if (!m_begun) {
            // Never connected (refused, unreachable): a note, not a closing.
            m_closed = true;
            TranscriptEvent event;
            event.kind = TranscriptEvent::Kind::Note;
            event.from = m_endpoints.localHost;
            event.to = m_endpoints.peerHost;
            event.protocol = m_engine->protocol();
            event.note = tr("cannot connect to %1 (%2): %3")
                             .arg(m_endpoints.peerHost, m_endpoints.service, m_socket->errorString());
            m_transcript->append(std::move(event));
            m_engine->connectionLost();
            m_engine->takeOutput();
            Q_EMIT finished(this);
        } else if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            onDisconnected();
        }
    });
}

Connection::~Connection() = default;

void Connection::setIdleTimeout(int milliseconds)
{
    m_idle.setInterval(milliseconds);
    if (m_idle.isActive())
        m_idle.start();
}

void Connection::begin()
{
    m_begun = true;
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::ConnectionOpened;
    event.connectionId = m_id;
    const bool client = m_endpoints.role == Role::Client;
    event.from = client ? m_endpoints.localHost : m_endpoints.peerHost;
    event.to = client ? m_endpoints.peerHost : m_endpoints.localHost;
    event.protocol = m_engine->protocol();
    const QTcpSocket *s = m_socket;
    const QString serverEnd = client ? QStringLiteral("%1:%2").arg(s->peerAddress().toString()).arg(s->peerPort())
                                     : QStringLiteral("%1:%2").arg(s->localAddress().toString()).arg(s->localPort());
    const QString clientEnd = client ? QStringLiteral("%1:%2").arg(s->localAddress().toString()).arg(s->localPort())
                                     : QStringLiteral("%1:%2").arg(s->peerAddress().toString()).arg(s->peerPort());
    event.note = QStringLiteral("TCP %1 -> %2 (%3)").arg(clientEnd, serverEnd, m_endpoints.service);
    if (recordsConnectionEvents())
        m_transcript->append(std::move(event));
    m_idle.start();
    m_engine->start();
    flushEngine();
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

void Connection::readAvailable()
{
    if (m_closed)
        return;
    m_idle.start();
    while (m_socket->bytesAvailable() > 0 && !m_engine->wantsClose()) {
        const QByteArray chunk = m_socket->read(readChunk);
        if (chunk.isEmpty())
            break;
        receive(chunk);
        flushEngine();
    }
    if (m_engine->wantsClose())
        m_socket->readAll(); // RFC 5321 §4.1.1.10: nothing after QUIT counts
    // Answer now rather than on the next turn of the event loop. Replies to
    // pipelined commands read in one go still leave in one write.
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void Connection::setCommitter(DiskCommitter *committer)
{
    m_committer = committer;
}

void Connection::receive(const QByteArray &bytes)
{
    if (!m_committer) {
        m_engine->receive(bytes);
        return;
    }
    // Nothing else runs on this thread meanwhile: the tickets taken during
    // this call are this connection's.
    const quint64 before = m_committer->lastTicket();
    m_engine->receive(bytes);
    const quint64 after = m_committer->lastTicket();
    if (after != before) {
        if (m_holdUntil == 0) {
            m_holdFrom = before + 1;
            // Listened to only while holding: 200 idle sessions cost nothing per round.
            m_committedConnection = connect(m_committer, &DiskCommitter::committed, this,
                                            &Connection::onCommitted);
        }
        m_holdUntil = after;
    }
}

void Connection::flushEngine()
{
    m_engine->takeHeard(); // an in-process peer recorded its own writes
    const QList<Utterance> output = m_engine->takeOutput();
    if (m_holdUntil != 0 && m_committer->doneTicket() < m_holdUntil) {
        m_held += output;
        return;
    }
    for (const Utterance &u : output)
        m_gate->submit(this, u);
}

void Connection::onCommitted(quint64 ticket)
{
    if (m_holdUntil == 0 || ticket < m_holdUntil || m_closed)
        return;
    const bool failed = m_committer->failedBetween(m_holdFrom, m_holdUntil);
    m_holdFrom = m_holdUntil = 0;
    disconnect(m_committedConnection);
    const QList<Utterance> held = std::exchange(m_held, {});
    if (failed) {
        // No 250 for a message that is not on disk: close without a reply,
        // as a crash would; the client keeps the message and tries again
        // (RFC 5321 §4.1.1.4, §6.1). The reason is in the server's notes.
        abort();
        return;
    }
    for (const Utterance &u : held)
        m_gate->submit(this, u);
    flushEngine();
    // The 250 leaves now, not on the next turn of the event loop.
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void Connection::release(const Utterance &utterance)
{
    if (m_closed)
        return;
    if (!utterance.lines.isEmpty()) {
        QByteArray bytes;
        qsizetype size = 0;
        for (const QByteArray &line : utterance.lines)
            size += line.size() + 2;
        bytes.reserve(size);
        for (const QByteArray &line : utterance.lines) {
            bytes += line;
            bytes += "\r\n";
        }
        m_socket->write(bytes);
        // A long answer (a message for RETR) leaves before it is recorded: the
        // client waiting for it need not wait for the transcript as well.
        if (bytes.size() >= 4096)
            m_socket->flush();
        record(utterance, true);
    }
    if (utterance.closeAfter && !m_closing) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the pending octets are written
    }
}

void Connection::record(const Utterance &utterance, bool ours)
{
    // Direction on the wire: a client's own writes and a server's reads go C→S.
    const bool clientSide = m_endpoints.role == Role::Client;
    const bool clientToServer = ours == clientSide;
    for (const QByteArray &line : utterance.lines) {
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Line;
        event.connectionId = m_id;
        event.from = ours ? m_endpoints.localHost : m_endpoints.peerHost;
        event.to = ours ? m_endpoints.peerHost : m_endpoints.localHost;
        event.protocol = m_engine->protocol();
        event.direction = clientToServer ? TranscriptEvent::Direction::ClientToServer
                                         : TranscriptEvent::Direction::ServerToClient;
        event.raw = line;
        event.phase = utterance.phase;
        event.code = utterance.code;
        event.sensitive = utterance.sensitive;
        m_transcript->append(std::move(event));
    }
}

void Connection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_idle.stop();
    // What arrived just before the close is still the peer's to say.
    m_held.clear(); // nobody is left to hear them
    if (m_socket->bytesAvailable() > 0 && !m_engine->wantsClose()) {
        receive(m_socket->readAll());
        m_engine->takeHeard();
        m_engine->takeOutput(); // nobody is left to hear it
    }
    if (!m_closing)
        m_engine->connectionLost();
    m_engine->takeOutput();
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::ConnectionClosed;
    event.connectionId = m_id;
    event.from = m_closing ? m_endpoints.localHost : m_endpoints.peerHost;
    event.to = m_closing ? m_endpoints.peerHost : m_endpoints.localHost;
    event.protocol = m_engine->protocol();
    event.note = tr("closed by %1").arg(m_closing ? m_endpoints.localHost : m_endpoints.peerHost);
    if (recordsConnectionEvents())
        m_transcript->append(std::move(event));
    Q_EMIT finished(this);
}

void Connection::pump()
{
    if (m_begun && !m_closed)
        flushEngine();
}

bool Connection::recordsConnectionEvents() const
{
    // Both ends of an in-process connection are Connections: the server end
    // tells of opening and closing (it accepts before anything is said), so
    // each appears once; a client talking to an outside server tells itself.
    return m_endpoints.role == Role::Server || m_endpoints.peerIsOutside;
}

void Connection::abort()
{
    if (m_closed)
        return;
    m_closing = true;
    m_socket->abort();
    onDisconnected();
}
