// SPDX-License-Identifier: GPL-3.0-or-later
// connection.cpp — one socket and its engine: bounded reads fed to the engine
// a line at a time, every utterance through the gate, writes held until the
// disk has what a reply promises, each line recorded once with its role and
// the line it answers, deadlines and the close.
#include "connection.h"

#include "gate.h"
#include "storage/diskcommitter.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <QTimerEvent>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#endif

namespace {
qint64 utteranceBytes(const Utterance &utterance)
{
    if (!utterance.wire.isEmpty())
        return utterance.wire.size();
    if (!utterance.octets.isEmpty())
        return utterance.octets.size();
    qint64 size = 0;
    for (const QByteArray &line : utterance.lines)
        size += line.size() + 2;
    return size;
}
// An utterance's lines as they go on the wire, each ended by CR LF, written
// at `out`, which has room for them (utteranceBytes()).
void packLines(const QList<QByteArray> &lines, char *out)
{
    for (const QByteArray &line : lines) {
        std::memcpy(out, line.constData(), size_t(line.size()));
        out += line.size();
        *out++ = '\r';
        *out++ = '\n';
    }
}
// A peer that does not read even the 421 is cut off after this long.
constexpr int closeGraceMs = 5000;
} // namespace

Connection::Connection(int id, std::unique_ptr<ProtocolSession> engine, const Endpoints &endpoints,
                       Gate *gate, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_engine(std::move(engine))
    , m_endpoints(endpoints)
    , m_gate(gate)
    , m_transcript(transcript)
{
}

Connection::Connection(int id, QTcpSocket *socket, std::unique_ptr<ProtocolSession> engine,
                       const Endpoints &endpoints, Gate *gate, Transcript *transcript, QObject *parent)
    : Connection(id, std::move(engine), endpoints, gate, transcript, parent)
{
    m_link = std::make_unique<QtLink>(this, socket);
    setUp();
}

Connection::Connection(int id, const AcceptedSocket &accepted, std::unique_ptr<ProtocolSession> engine,
                       const Endpoints &endpoints, Gate *gate, Transcript *transcript, QObject *parent)
    : Connection(id, std::move(engine), endpoints, gate, transcript, parent)
{
    m_link = std::make_unique<DescriptorLink>(this, accepted);
    setUp();
}

void Connection::setUp()
{
    if (m_endpoints.peerIsOutside) {
        // Recorded as soon as the engine has read it, before what it causes
        // (a delivery, a reply) is recorded.
        m_engine->setHeardHandler([this](Utterance &u) {
            // Lines nobody else holds are moved, not counted twice.
            record(u, false, u.lines.isDetached() ? &u.lines : nullptr);
        });
        // A long answer (IMAP's FETCH of many messages) leaves as it is made,
        // 32 utterances at a time, so the client reads while the rest is made.
        m_engine->setOutputHandler(
            [this] {
                if (m_closed || m_closing || !m_held.isEmpty())
                    return;
                flushEngine();
                m_link->flush();
            },
            32);
    }
}

void Connection::onSocketError(int error)
{
    if (m_closed || error == QAbstractSocket::RemoteHostClosedError)
        return;
    QTcpSocket *socket = m_link->socket();
    if (!m_begun) {
        // Never connected (refused, unreachable): a note, not a closing.
        m_closed = true;
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Note;
        event.from = m_endpoints.localHost;
        event.to = m_endpoints.peerHost;
        event.protocol = m_engine->protocol();
        event.noteCode = NoteCode::CannotConnect;
        // Why, in the reader's language (a phrase): Qt's own text is in
        // the language of the moment, or English where Qt has no catalogue.
        const QString why = error == QAbstractSocket::ConnectionRefusedError
            ? Notes::phrase(NoteCode::ConnectionRefused)
            : socket->errorString();
        event.noteArguments = {m_endpoints.peerHost, m_endpoints.service, why};
        m_transcript->append(std::move(event));
        m_engine->connectionLost();
        m_engine->takeOutput();
        Q_EMIT finished(this);
    } else if (socket->state() == QAbstractSocket::UnconnectedState) {
        onDisconnected();
    }
}

namespace {
// The connections of this thread with octets to flush at the end of this
// turn of the event loop, and whether that flush is asked for already.
struct QueuedFlushes {
    QList<QPointer<Connection>> connections;
    bool posted = false;
};
thread_local QueuedFlushes queuedFlushes;
} // namespace

Connection::~Connection() = default;

void Connection::flushSoon()
{
    if (m_link->bytesToWrite() <= 0 || m_flushQueued)
        return;
    m_flushQueued = true;
    queuedFlushes.connections.append(this);
    if (!queuedFlushes.posted) {
        queuedFlushes.posted = true;
        // Posted events come before the next wait for sockets: after every
        // connection made ready with this one has been read. (Connections
        // live in the application's thread, as the world does.)
        Q_ASSERT(QCoreApplication::instance() && QCoreApplication::instance()->thread() == thread());
        QMetaObject::invokeMethod(QCoreApplication::instance(), &Connection::flushQueued,
                                  Qt::QueuedConnection);
    }
}

void Connection::flushQueued()
{
    queuedFlushes.posted = false;
    const QList<QPointer<Connection>> connections = std::exchange(queuedFlushes.connections, {});
    for (const QPointer<Connection> &connection : connections) {
        if (!connection)
            continue;
        connection->m_flushQueued = false;
        if (!connection->m_closed)
            connection->m_link->flush();
    }
}

namespace {
// Writes an IPv4 address's dotted quad at `p`; returns the end.
char *writeIPv4(char *p, quint32 v4)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (v4 >> shift) & 0xffu;
        if (octet >= 100)
            *p++ = char('0' + octet / 100);
        if (octet >= 10)
            *p++ = char('0' + octet / 10 % 10);
        *p++ = char('0' + octet % 10);
        if (shift > 0)
            *p++ = '.';
    }
    return p;
}
} // namespace

QString Connection::addressText(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return address.toString();
    char text[16];
    return QString::fromLatin1(text, writeIPv4(text, address.toIPv4Address()) - text);
}

QString Connection::endText(const QHostAddress &address, quint16 port)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return address.toString() + QLatin1Char(':') + QString::number(port);
    char text[24];
    char *p = writeIPv4(text, address.toIPv4Address());
    *p++ = ':';
    char digits[5];
    int count = 0;
    do {
        digits[count++] = char('0' + port % 10);
        port /= 10;
    } while (port > 0);
    while (count > 0)
        *p++ = digits[--count];
    return QString::fromLatin1(text, p - text);
}

void Connection::setIdleTimeout(int milliseconds)
{
    m_idleMs = milliseconds;
    if (m_idle.isActive()) {
        m_progress.start();
        m_idle.start(milliseconds, this);
    }
}

void Connection::touchIdle()
{
    // Progress is a time stamp; the timer is moved only when it fires before
    // the deadline. Restarting a timer on every read and write cost a timer
    // unregistered and registered again each time (a few per cent of the
    // SMTP bench's CPU).
    m_progress.start();
    if (!m_idle.isActive())
        m_idle.start(m_idleMs, this);
}

void Connection::timerEvent(QTimerEvent *event)
{
    // Each timer is single-shot: stopped before what it starts is done
    // (which may start it again).
    const int id = event->timerId();
    if (id == m_idle.timerId()) {
        m_idle.stop();
        onIdleTimer();
    } else if (id == m_delay.timerId()) {
        m_delay.stop();
        writeDelayed();
    } else if (id == m_session.timerId()) {
        m_session.stop();
        onDeadline();
    } else if (id == m_closeGrace.timerId()) {
        m_closeGrace.stop();
        if (!m_closed)
            abort(); // the peer reads nothing, not even the goodbye
    } else {
        QObject::timerEvent(event);
    }
}

void Connection::onIdleTimer()
{
    const qint64 quiet = m_progress.isValid() ? m_progress.elapsed() : qint64(m_idleMs);
    if (quiet < m_idleMs) {
        m_idle.start(int(m_idleMs - quiet), this);
        return;
    }
    onDeadline();
}

void Connection::setSessionTimeout(int milliseconds)
{
    m_sessionMs = milliseconds;
    if (milliseconds <= 0)
        m_session.stop();
    else if (m_session.isActive())
        m_session.start(milliseconds, this);
}

qint64 Connection::outputBacklog() const
{
    return m_heldBytes + m_link->bytesToWrite();
}

void Connection::begin()
{
    m_begun = true;
    // The side that records the close keeps what tells a reset from a FIN
    // when the close comes (Link::peerReset()).
    if (recordsConnectionEvents())
        m_link->watchClose();
    // Each gate step is one write, and a step often follows another before
    // the peer's ACK: with Nagle's algorithm it would wait for that ACK,
    // which the peer delays (40 ms on Linux). Dovecot and Postfix turn it
    // off too (TCP_NODELAY).
    m_link->setLowDelay();
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::ConnectionOpened;
    event.connectionId = m_id;
    const bool client = m_endpoints.role == Role::Client;
    event.from = client ? m_endpoints.localHost : m_endpoints.peerHost;
    event.to = client ? m_endpoints.peerHost : m_endpoints.localHost;
    event.protocol = m_engine->protocol();
    const Link *s = m_link.get();
    const QString serverEnd = client ? endText(s->peerAddress(), s->peerPort())
                                     : endText(s->localAddress(), s->localPort());
    const QString clientEnd = client ? endText(s->localAddress(), s->localPort())
                                     : endText(s->peerAddress(), s->peerPort());
    event.noteCode = NoteCode::ConnectionOpened;
    event.noteArguments = {clientEnd, serverEnd, m_endpoints.service};
    if (recordsConnectionEvents())
        m_transcript->append(std::move(event));
    // (With implicit TLS the client speaks first: its ClientHello. In HTTP
    // it always does: a server has no greeting, RFC 9112 §2.1.)
    if (m_endpoints.role == Role::Server && m_endpoints.peerIsOutside && !m_endpoints.implicitTls
        && m_engine->protocol() != Protocol::Http)
        noteEarlyTalker();
    touchIdle();
    if (m_sessionMs > 0 && m_endpoints.role == Role::Server)
        m_session.start(m_sessionMs, this);
    if (m_endpoints.implicitTls && m_endpoints.tls) {
        // RFC 8314: TLS from the first octet; a server greets once it is done.
        startTls();
        if (m_endpoints.role == Role::Client)
            m_engine->start();
    } else {
        m_engine->start();
    }
    flushEngine();
    if (m_link->mayHaveInput())
        readAvailable();
}

void Connection::noteEarlyTalker()
{
#ifdef Q_OS_UNIX
    // Octets waiting before the greeting is written were sent before the
    // peer could have read it (RFC 5321 §4.3.1: a client waits for 220).
    // Postfix's smtpd answers such a client as usual and logs "improper
    // command pipelining after CONNECT"; so do we, in the transcript.
    int waiting = 0;
    const qintptr fd = m_link->descriptor();
    if (fd < 0 || ::ioctl(int(fd), FIONREAD, &waiting) != 0 || waiting <= 0)
        return;
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Note;
    event.connectionId = m_id;
    event.from = m_endpoints.peerHost;
    event.to = m_endpoints.localHost;
    event.protocol = m_engine->protocol();
    event.noteCode = NoteCode::EarlyTalker;
    event.noteArguments = {m_endpoints.peerHost};
    m_transcript->append(std::move(event));
#endif
}

void Connection::readAvailable()
{
    if (m_closed || m_paused)
        return;
    bool handled = false;
    while (!m_engine->wantsClose()) {
        // A peer that does not read its replies gets no more of them: stop
        // between lines, and let TCP push back until it reads.
        if (outputBacklog() > outputHighWater) {
            m_paused = true;
            break;
        }
        if (m_engine->handleNextLine()) {
            handled = true;
            flushEngine();
            continue;
        }
        // Asked for TLS, not started yet (the go-ahead is held): what comes
        // next is the handshake's, not the engine's.
        if (!m_tls && m_engine->tlsRequested())
            break;
        if (m_tls && m_tls->hasFailed())
            break;
        // The engine waits for its owner (an HTTP handler's response):
        // what else the peer sent stays in TCP until pump().
        if (m_engine->isInputHeld())
            break;
        QByteArray &chunk = readBuffer();
        const qint64 got = m_link->read(chunk.data(), readChunk);
        if (got <= 0)
            break;
        chunk.resize(got);
        if (m_tls)
            receiveCiphertext(chunk);
        else
            m_engine->feed(chunk);
    }
    // The deadline is per complete line, not per octet (Postfix's
    // smtpd_per_record_deadline): a byte a second does not keep a session.
    if (handled)
        touchIdle();
    if (m_engine->wantsClose())
        m_link->readAll(); // RFC 5321 §4.1.1.10: nothing after QUIT counts
    // Answer in this turn of the event loop, not the next, once every
    // connection ready in it has been read (flushSoon()). Replies to
    // pipelined commands read in one go still leave in one write.
    flushSoon();
}

QByteArray &Connection::readBuffer()
{
    // One buffer for every connection of the thread, kept between reads.
    // QIODevice::read(qint64) would allocate a fresh array of a chunk per
    // read, rounded up by QByteArray's growth to 128 KiB: at --serve's
    // M_MMAP_THRESHOLD that is an mmap and a munmap per read, and the
    // munmap's TLB shootdown interrupts every core the process runs on (in
    // the SMTP bench it took half of carteiro's CPU). Reserved at its exact
    // size, it stays on the heap. Whoever kept what was read (a copy that
    // shares it) keeps it: the next read starts a new one.
    static thread_local QByteArray buffer;
    if (!buffer.isDetached() || buffer.capacity() < readChunk) {
        buffer = QByteArray();
        buffer.reserve(readChunk);
    }
    buffer.resize(readChunk);
    return buffer;
}

void Connection::onBytesWritten()
{
    if (m_closed)
        return;
    if (!m_unflushedReceipts.isEmpty() && m_link->bytesToWrite() == 0) {
        for (const QByteArray &receipt : std::exchange(m_unflushedReceipts, {}))
            m_engine->replyWritten(receipt);
    }
    // The peer reads: that is progress too (Postfix's deadline covers writes).
    touchIdle();
    if (m_paused && outputBacklog() < outputLowWater) {
        m_paused = false;
        readAvailable();
    }
}

void Connection::onDeadline()
{
    if (m_closed)
        return;
    if (m_engine->isInputHeld()) {
        // The engine waits for its owner (an HTTP handler whose IMAP legs
        // are being stepped), not for the peer: the peer is not idle.
        touchIdle();
        return;
    }
    m_idle.stop();
    m_session.stop();
    m_paused = false;
    m_engine->timeout();
    flushEngine();
    m_link->flush();
    if (m_engine->wantsClose() && !m_closed)
        m_closeGrace.start(closeGraceMs, this);
}

void Connection::setCommitter(DiskCommitter *committer)
{
    m_committer = committer;
}

void Connection::submit(const Utterance &utterance)
{
    if (m_tls && !m_tls->isEstablished() && utterance.wire.isEmpty()) {
        // Nothing can be said before the handshake is done (an idle
        // deadline that passed while a client sent no ClientHello): only
        // the close is kept.
        if (utterance.closeAfter)
            m_gate->submit(this, Utterance::closeOnly());
    } else if (m_tls && utterance.wire.isEmpty() && !utterance.lines.isEmpty()) {
        submitEncrypted(utterance);
    } else if (!utterance.lines.isEmpty() || utterance.closeAfter || !utterance.wire.isEmpty()) {
        m_heldBytes += utteranceBytes(utterance);
        m_gate->submit(this, utterance);
    }
    // After the go-ahead (a server's 220 to STARTTLS) or once it was heard (a client).
    if (utterance.startsTls)
        startTls();
}

void Connection::flushEngine()
{
    // Nothing said and nothing kept: a line of a message's content (a hot
    // path, seventy lines a message).
    if (!m_engine->hasOutput() && !m_engine->hasHeard())
        return;
    m_engine->takeHeard(); // an in-process peer recorded its own writes
    // Taken into a list kept from the last time, emptied but with its room
    // (a reply a command: no list allocated for each). Taken out of the
    // member while it is read: what submit() leads to may flush again.
    QList<Utterance> output = std::exchange(m_spareOutput, {});
    m_engine->takeOutput(&output);
    for (qsizetype i = 0; i < output.size(); ++i) {
        const Utterance &u = output.at(i);
        // A reply that waits for a durable write holds back everything after it.
        if (m_held.isEmpty() && (u.durableTicket == 0 || !m_committer)) {
            // The long utterances of one batch (a FETCH's messages) leave in
            // one send(2) after the last of them, not one each.
            m_moreFollows = i + 1 < output.size();
            submit(u);
            m_moreFollows = false;
            continue;
        }
        if (m_held.isEmpty()) {
            // Listened to only while holding: 200 idle sessions cost nothing per round.
            m_committedConnection = connect(m_committer, &DiskCommitter::committed, this,
                                            &Connection::onCommitted);
            // Done already (nothing will say so again): decided on the next turn.
            if (m_committer->doneTicket() >= u.durableTicket)
                QMetaObject::invokeMethod(this, &Connection::onCommitted, Qt::QueuedConnection);
        }
        m_held.append(u);
    }
    // Kept with its room when that is small (a FETCH's batch gives it back).
    if (output.capacity() <= spareOutputRoom) {
        output.clear();
        m_spareOutput = std::move(output);
    }
}

void Connection::onCommitted()
{
    if (m_held.isEmpty() || m_closed)
        return;
    // Tickets are done in the order they were given: pass on, in order, what
    // no longer waits, up to the first reply whose write is not durable yet.
    const quint64 done = m_committer->doneTicket();
    qsizetype ready = 0;
    for (; ready < m_held.size(); ++ready) {
        const quint64 ticket = m_held.at(ready).durableTicket;
        if (ticket == 0)
            continue;
        if (ticket > done)
            break;
        if (m_committer->failedBetween(ticket, ticket) && !m_held.at(ready).notDurableLine.isEmpty()) {
            // A reply with an answer for this case (IMAP's tagged NO): said
            // instead, with the reason, and the session goes on.
            QByteArray why = m_committer->failure(ticket).toUtf8().left(400);
            for (char &ch : why) {
                if (uchar(ch) < 0x20 || ch == 0x7f)
                    ch = '?';
            }
            Utterance &instead = m_held[ready];
            instead.lines = {instead.notDurableLine + why};
            instead.code = "NO";
            instead.durableTicket = 0;
            continue;
        }
        if (m_committer->failedBetween(ticket, ticket)) {
            // No 250 for a message that is not on disk: close without a reply,
            // as a crash would; the client keeps the message and tries again
            // (RFC 5321 §4.1.1.4, §6.1). The reason is in the server's notes.
            m_held.clear();
            disconnect(m_committedConnection);
            abort();
            return;
        }
    }
    if (ready == 0)
        return;
    const QList<Utterance> released = m_held.first(ready);
    m_held.remove(0, ready);
    if (m_held.isEmpty())
        disconnect(m_committedConnection);
    for (const Utterance &u : released)
        submit(u);
    flushEngine();
    // The 250 leaves in this turn of the event loop, with the others whose
    // writes became durable together (flushSoon()).
    flushSoon();
}

void Connection::release(const Utterance &utterance)
{
    if (m_closed) {
        m_heldBytes = qMax<qint64>(0, m_heldBytes - utteranceBytes(utterance));
        return;
    }
    // A slow link: the utterance leaves later, and in order with the others
    // (it still counts as held until it is written).
    const int delay = m_gate->hostDelay(m_endpoints.localHost);
    if (delay > 0 || !m_delayed.isEmpty()) {
        m_delayed.append(utterance);
        if (!m_delay.isActive())
            m_delay.start(delay, this);
        return;
    }
    write(utterance);
}

void Connection::writeDelayed()
{
    if (m_delayed.isEmpty() || m_closed)
        return;
    write(m_delayed.takeFirst());
    if (!m_delayed.isEmpty())
        m_delay.start(m_gate->hostDelay(m_endpoints.localHost), this);
}

void Connection::write(const Utterance &utterance)
{
    const qint64 size = utteranceBytes(utterance);
    m_heldBytes = qMax<qint64>(0, m_heldBytes - size);
    if (m_tamper && utterance.wire.isEmpty() && utterance.octets.isEmpty() && !utterance.lines.isEmpty()) {
        Utterance changed = utterance;
        if (m_tamper(&changed)) {
            TranscriptEvent event;
            event.kind = TranscriptEvent::Kind::Note;
            event.connectionId = m_id;
            event.from = m_tamperer;
            event.to = m_endpoints.peerHost;
            event.protocol = m_engine->protocol();
            event.noteCode = NoteCode::ManInTheMiddle;
            event.noteArguments = {m_tamperer, m_endpoints.localHost, m_endpoints.peerHost};
            m_transcript->append(std::move(event));
            m_tamper = {}; // once: the attack has done its work
            m_heldBytes += utteranceBytes(changed) - size;
            write(changed);
            return;
        }
    }
    if (!utterance.wire.isEmpty()) {
        writeRecord(utterance);
    } else if (!utterance.lines.isEmpty() && utterance.octets.isEmpty() && size <= smallWrite) {
        // A reply or a command (most writes): its lines packed in this
        // thread's array and copied into the link's buffer, which keeps
        // its room (DescriptorLink): nothing allocated for each.
        static thread_local QByteArray packed(smallWrite, Qt::Uninitialized);
        packLines(utterance.lines, packed.data());
        m_link->write(packed.constData(), size);
        record(utterance, true);
        tellReceipt(utterance);
    } else if (!utterance.lines.isEmpty()) {
        // Exact octets (an HTTP message) as they are; lines copied in one
        // pass (a FETCH's message is a hundred lines).
        QByteArray bytes = utterance.octets;
        if (bytes.isEmpty()) {
            bytes = QByteArray(size, Qt::Uninitialized);
            packLines(utterance.lines, bytes.data());
        }
        put(bytes);
        record(utterance, true);
        tellReceipt(utterance);
    }
    if (utterance.closeAfter && !m_closing) {
        m_closing = true;
        m_link->disconnectFromHost(); // after the pending octets are written
        // A peer that never reads would keep the socket in ClosingState.
        if (!m_closed && m_link->bytesToWrite() > 0)
            m_closeGrace.start(closeGraceMs, this);
    }
}

void Connection::put(const QByteArray &bytes)
{
    // In a batch (a FETCH's messages) the utterance is copied into the
    // socket's buffer, where the batch packs into its 32 KB chunks: one
    // send(2) each, not one per message (an array of 4 KB or more handed
    // over whole would stay a chunk of its own).
    if (m_moreFollows)
        m_link->write(bytes.constData(), bytes.size());
    else
        m_link->write(bytes);
    // A long answer (a message for RETR) leaves before it is recorded: the
    // client waiting for it need not wait for the transcript as well. In
    // a batch, the last utterance's flush takes the others along.
    if (bytes.size() >= 4096 && !m_moreFollows)
        m_link->flush();
}

void Connection::tellReceipt(const Utterance &utterance)
{
    if (utterance.receipt.isEmpty())
        return;
    // Only once the kernel has it can a command after it prove it was read.
    if (m_link->bytesToWrite() == 0)
        m_engine->replyWritten(utterance.receipt);
    else
        m_unflushedReceipts.append(utterance.receipt);
}

void Connection::record(const Utterance &utterance, bool ours, QList<QByteArray> *takeLines)
{
    Q_ASSERT(!takeLines || takeLines == &utterance.lines);
    if (m_endpoints.silent)
        return;
    // Direction on the wire: a client's own writes and a server's reads go C→S.
    const bool clientSide = m_endpoints.role == Role::Client;
    const bool clientToServer = ours == clientSide;
    const qint64 answers = !clientToServer && utterance.answersLine >= 0
        ? m_transcript->sequenceOfClientLine(m_id, utterance.answersLine)
        : -1;
    // The lines of one utterance cross the socket in one write: one time for
    // all. Each event is made in its place in the transcript (no temporary
    // moved in: a long FETCH records hundreds of thousands of lines).
    const qint64 timeMs = m_transcript->elapsedMs();
    const QString &from = ours ? m_endpoints.localHost : m_endpoints.peerHost;
    const QString &to = ours ? m_endpoints.peerHost : m_endpoints.localHost;
    const Protocol protocol = m_engine->protocol();
    const auto direction = clientToServer ? TranscriptEvent::Direction::ClientToServer
                                          : TranscriptEvent::Direction::ServerToClient;
    // Inside TLS: a line we wrote went in a record; one heard was decrypted.
    const bool inTls = ours ? !utterance.wire.isEmpty() : isEncrypted();
    // A reused slot may hold these very strings already (Transcript::next()):
    // then assigning them again would only count references, atomically.
    // (The same characters at the same address are the same string.)
    const auto set = [](auto &field, const auto &value) {
        if (field.constData() != value.constData() || field.size() != value.size()
            || field.isNull() != value.isNull())
            field = value;
    };
    // An HTTP message in clear: its exact octets beside its lines, for the
    // capture export, when the lines (a body's, for reading) are not them.
    if (ours && !inTls && !utterance.octets.isEmpty() && !utterance.lines.isEmpty()) {
        qsizetype size = 0;
        for (const QByteArray &line : utterance.lines)
            size += line.size() + 2;
        bool same = size == utterance.octets.size();
        const char *at = utterance.octets.constData();
        for (qsizetype i = 0; same && i < utterance.lines.size(); ++i) {
            const QByteArray &line = utterance.lines.at(i);
            same = std::memcmp(at, line.constData(), size_t(line.size())) == 0 && at[line.size()] == '\r'
                && at[line.size() + 1] == '\n';
            at += line.size() + 2;
        }
        if (!same)
            m_transcript->setWriteOctets(m_transcript->size(), utterance.octets, utterance.lines.size());
    }
    m_transcript->beginRun();
    for (qsizetype i = 0; i < utterance.lines.size(); ++i) {
        // Every field a line has is set here (Transcript::nextLine()).
        TranscriptEvent &event = m_transcript->nextLine();
        event.kind = TranscriptEvent::Kind::Line;
        event.connectionId = m_id;
        set(event.from, from);
        set(event.to, to);
        event.protocol = protocol;
        event.direction = direction;
        event.role = utterance.roleOfLine(i); // before the line may be taken
        if (takeLines)
            event.raw = std::move((*takeLines)[i]);
        else
            event.raw = utterance.lines.at(i);
        event.phase = utterance.phase;
        set(event.code, utterance.code);
        event.sensitive = utterance.sensitive;
        event.tls = inTls;
        event.continued = i > 0 || utterance.continuesPrevious;
        event.answers = answers;
        const bool awaitsReply = clientToServer && i == utterance.lines.size() - 1 && utterance.lastLine >= 0
            && LineRoles::awaitsReply(event.role);
        const qint64 sequence = m_transcript->commitNext(timeMs).sequence;
        if (awaitsReply)
            m_transcript->rememberClientLine(m_id, utterance.lastLine, sequence);
    }
    m_transcript->endRun();
}

void Connection::onDisconnected()
{
    if (m_closed) {
        m_link->closeWatch();
        return;
    }
    m_closed = true;
    m_idle.stop();
    m_session.stop();
    m_closeGrace.stop();
    // What arrived just before the close is still the peer's to say.
    m_held.clear(); // nobody is left to hear them
    if (m_link->mayHaveInput() && !m_engine->wantsClose()) {
        if (m_tls)
            receiveCiphertext(m_link->readAll());
        else if (!m_engine->tlsRequested())
            m_engine->feed(m_link->readAll());
        while (!m_engine->wantsClose() && m_engine->handleNextLine()) {
        }
        m_engine->takeHeard();
        m_engine->takeOutput(); // nobody is left to hear it
    }
    // Who closed, and how: our abort is a reset by us; otherwise the kernel
    // says whether the peer reset (then it was the peer's close, even if we
    // had asked for ours).
    bool byUs = m_closing;
    bool reset = m_aborted;
    if (!reset && m_link->peerReset()) {
        reset = true;
        byUs = false;
    }
    m_link->closeWatch();
    if (!m_closing)
        m_engine->connectionLost();
    m_engine->takeOutput();
    m_transcript->forgetClientLines(m_id);
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::ConnectionClosed;
    event.connectionId = m_id;
    event.from = byUs ? m_endpoints.localHost : m_endpoints.peerHost;
    event.to = byUs ? m_endpoints.peerHost : m_endpoints.localHost;
    event.protocol = m_engine->protocol();
    event.noteCode = NoteCode::ConnectionClosedBy;
    event.noteArguments = {byUs ? m_endpoints.localHost : m_endpoints.peerHost};
    event.reset = reset;
    if (recordsConnectionEvents())
        m_transcript->append(std::move(event));
    Q_EMIT finished(this);
}

void Connection::pump()
{
    if (!m_begun || m_closed)
        return;
    flushEngine();
    // An engine that held its input (an HTTP server that waited for its
    // handler) reads again what waited in TCP meanwhile.
    if (!m_engine->isInputHeld() && (m_engine->pendingInputSize() > 0 || m_link->mayHaveInput()))
        readAvailable();
}

bool Connection::recordsConnectionEvents() const
{
    // Both ends of an in-process connection are Connections: the server end
    // tells of opening and closing (it accepts before anything is said), so
    // each appears once; a client talking to an outside server tells itself.
    return !m_endpoints.silent && (m_endpoints.role == Role::Server || m_endpoints.peerIsOutside);
}

void Connection::abort()
{
    if (m_closed)
        return;
    m_closing = true;
    m_aborted = true;
    // What was said before the abort goes first (flushSoon() may hold it
    // to the end of this turn of the event loop): the transcript has it.
    m_link->flush();
    if (!m_closed)
        m_link->abort();
    onDisconnected();
}
