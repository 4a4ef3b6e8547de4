// SPDX-License-Identifier: GPL-3.0-or-later
// Our client engines through a real Connection over a real socket, against a
// fake server on a port the OS picks that plays a C:/S: script; and a server
// Connection holding a reply until the disk write it carries is durable.
#include "mail/mailserver.h"
#include "protocol/httpserversession.h"
#include "protocol/pop3clientsession.h"
#include "protocol/smtpclientsession.h"
#include "scenario/scenarioparser.h"
#include "scriptpeer.h"
#include "storage/diskcommitter.h"
#include "tls/classroomca.h"
#include "transcript/pcapngexport.h"
#include "world/world.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString script(const char *name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QString::fromUtf8(file.readAll());
}

std::unique_ptr<World> makeWorld()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(
        QStringLiteral("test.scenario"),
        "server cliente.fr\nuser ana@cliente.fr password claveana\nclient ana user ana@cliente.fr\n",
        &errors);
    Q_ASSERT(errors.isEmpty());
    World::Options options;
    options.ephemeralPorts = true;
    auto world = std::make_unique<World>(scenario, options);
    world->start(nullptr);
    return world;
}

SmtpClientJob courseJob()
{
    SmtpClientJob job;
    job.heloName = "cliente.fr";
    job.useEhlo = false;
    job.mailFrom = "ana@cliente.fr";
    job.recipients = {"fran@servidor.edu"};
    job.content = "Quedamos hoxe?\r\nA que hora e onde?\r\n";
    return job;
}

// The last line of StoringEngine's answer to "SAY n": n octets in all.
QByteArray sayLastLine(qsizetype n)
{
    QByteArray last = "250 " + QByteArray::number(n) + ' ';
    for (qsizetype i = last.size(); i < n; ++i)
        last += char('a' + i % 26);
    return last;
}

// A server engine that stores: "STORE" writes a file through the committer
// and answers "250 stored" carrying the write's ticket; "OTHER" writes one
// too but answers without it; "SAY n" answers three lines, the last of n
// octets in all; anything else is "250 ok"; "QUIT" closes.
class StoringEngine : public ProtocolSession
{
public:
    StoringEngine(DiskCommitter *committer, const Maildir &maildir)
        : m_committer(committer)
        , m_maildir(maildir)
    {
    }
    Protocol protocol() const override { return Protocol::Smtp; }
    Phase phase() const override { return Phase::None; }

    quint64 ticket = 0; // of the last write
    QString file; // where it goes once durable

protected:
    void handleLine(const LineReader::Line &line) override
    {
        Utterance reply = Utterance::line("250 ok", Phase::None, "250");
        if (line.text == "STORE" || line.text == "OTHER") {
            const Maildir::Staged staged = m_maildir.plan("Subject: x\r\n\r\nbody\r\n");
            file = staged.finalPath;
            ticket = m_committer->commit(staged);
            if (line.text == "STORE") {
                reply.lines = {"250 stored"};
                reply.durableTicket = ticket;
            }
        } else if (line.text.startsWith("SAY ")) {
            reply.lines = {"250-" + line.text, "250-", sayLastLine(line.text.mid(4).toLongLong())};
        } else if (line.text == "QUIT") {
            sayLine("221 bye", Phase::None, "221");
            requestClose(); // after the 221 is written
            return;
        }
        say(reply);
    }

private:
    DiskCommitter *m_committer;
    Maildir m_maildir;
};

// A listener whose connections are served as a world's are (an accepted
// descriptor under a DescriptorLink) or as QTcpSockets (a QtLink): the
// server tests run over both.
class TestListener : public QTcpServer
{
public:
    bool keepDescriptors = false;
    QList<qintptr> descriptors;

    Connection *serve(std::unique_ptr<ProtocolSession> engine, const Connection::Endpoints &ends, Gate *gate,
                      Transcript *transcript)
    {
        if (!keepDescriptors)
            return new Connection(1, nextPendingConnection(), std::move(engine), ends, gate, transcript,
                                  gate);
        AcceptedSocket accepted;
        if (descriptors.isEmpty() || !accepted.prepare(int(descriptors.takeFirst())))
            return nullptr;
        return new Connection(1, accepted, std::move(engine), ends, gate, transcript, gate);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (keepDescriptors)
            descriptors.append(descriptor);
        else
            QTcpServer::incomingConnection(descriptor);
    }
};

// Which link the server tests' rows use.
void linkRows()
{
    QTest::addColumn<bool>("descriptor");
    QTest::newRow("QTcpSocket") << false;
    QTest::newRow("descriptor") << true;
}

// One server Connection with a StoringEngine over a real socket, and its client.
struct StoringServer {
    explicit StoringServer(const Maildir &maildir, bool descriptor = false)
    {
        listener.keepDescriptors = descriptor;
        listener.listen(QHostAddress(QHostAddress::LocalHost), 0);
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.serverPort());
        if (!listener.waitForNewConnection(5000))
            return;
        auto owned = std::make_unique<StoringEngine>(&committer, maildir);
        engine = owned.get();
        Connection::Endpoints ends;
        ends.localHost = QStringLiteral("servidor.edu");
        ends.peerHost = QStringLiteral("outside 127.0.0.1");
        ends.peerIsOutside = true;
        ends.service = QStringLiteral("smtp");
        connection = listener.serve(std::move(owned), ends, &gate, &transcript);
        if (!connection)
            return;
        connection->setCommitter(&committer);
        connection->begin();
    }
    // What the client has read so far.
    QByteArray read()
    {
        received += client.readAll();
        return received;
    }

    DiskCommitter committer;
    Transcript transcript;
    Gate gate; // owns the connection, which goes first
    TestListener listener;
    QTcpSocket client;
    Connection *connection = nullptr;
    StoringEngine *engine = nullptr;
    QByteArray received;
};

// A server Connection (a StoringEngine, peer outside) whose peer is a plain
// POSIX socket: the test sees what its recv() gets (ECONNRESET after a
// reset, 0 after a FIN) and can reset the connection itself (SO_LINGER 0).
struct RawPeerServer {
    explicit RawPeerServer(const Maildir &maildir, bool descriptor = false)
    {
        listener.keepDescriptors = descriptor;
        listener.listen(QHostAddress(QHostAddress::LocalHost), 0);
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(listener.serverPort());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return;
        if (!listener.waitForNewConnection(5000))
            return;
        auto owned = std::make_unique<StoringEngine>(&committer, maildir);
        engine = owned.get();
        Connection::Endpoints ends;
        ends.localHost = QStringLiteral("servidor.edu");
        ends.peerHost = QStringLiteral("outside 127.0.0.1");
        ends.peerIsOutside = true;
        ends.service = QStringLiteral("smtp");
        connection = listener.serve(std::move(owned), ends, &gate, &transcript);
        if (!connection)
            return;
        connection->setCommitter(&committer);
        connection->begin();
    }
    ~RawPeerServer()
    {
        if (fd >= 0)
            ::close(fd);
    }
    void send(const QByteArray &bytes) const
    {
        QCOMPARE(::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL), ssize_t(bytes.size()));
    }
    // Reads until the end: the octets, and errno of the last recv() (0: a FIN).
    QByteArray readToEnd(int *error) { return read(-1, error); }
    // Reads until `wanted` octets came (-1: until the end), or the end.
    QByteArray read(qsizetype wanted, int *error)
    {
        QByteArray got;
        *error = -1;
        for (int round = 0; round < 100 && (wanted < 0 || got.size() < wanted); ++round) {
            // The event loop runs the server's side meanwhile.
            QCoreApplication::processEvents();
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            char buffer[4096];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                got.append(buffer, qsizetype(n));
                continue;
            }
            *error = n == 0 ? 0 : errno;
            break;
        }
        return got;
    }
    // The peer resets: SO_LINGER 0, then close(2) sends RST instead of FIN.
    void reset()
    {
        linger l{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        ::close(fd);
        fd = -1;
    }
    const TranscriptEvent *closeEvent() const
    {
        for (qsizetype i = transcript.size() - 1; i >= transcript.firstIndex(); --i) {
            if (transcript.at(i).kind == TranscriptEvent::Kind::ConnectionClosed)
                return &transcript.at(i);
        }
        return nullptr;
    }

    DiskCommitter committer;
    Transcript transcript;
    Gate gate; // owns the connection, which goes first
    TestListener listener;
    int fd = -1;
    Connection *connection = nullptr;
    StoringEngine *engine = nullptr;
};

struct CapturedPacket {
    quint8 flags = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
};

// The TCP packets of a capture (its Enhanced Packet Blocks), in order.
QList<CapturedPacket> capturedPackets(const QByteArray &capture)
{
    QList<CapturedPacket> out;
    for (qsizetype at = 0; at + 12 <= capture.size();) {
        const quint32 type = qFromLittleEndian<quint32>(capture.constData() + at);
        const quint32 total = qFromLittleEndian<quint32>(capture.constData() + at + 4);
        if (total < 12)
            break;
        if (type == 6) {
            const char *tcp = capture.constData() + at + 28 + 20; // block header, EPB fields, IPv4
            out.append({quint8(tcp[13]), qFromBigEndian<quint16>(tcp), qFromBigEndian<quint16>(tcp + 2)});
        }
        at += total;
    }
    return out;
}

// A minimal HTTP client for the TLS test: one GET, then the response's
// head as lines and its body as exact octets (Content-Length).
class HttpFetch : public ProtocolSession
{
public:
    Protocol protocol() const override { return Protocol::Http; }
    Phase phase() const override { return Phase::Exchange; }
    // Implicit TLS: the request once the handshake is done.
    void tlsEstablished() override
    {
        ProtocolSession::tlsEstablished();
        Utterance request;
        request.lines = {"GET /foto HTTP/1.1", "Host: servidor.edu", ""};
        request.phase = Phase::Exchange;
        request.role = LineRole::RequestLine;
        request.restRole = LineRole::HeaderField;
        say(request);
    }

    QList<QByteArray> head;
    QByteArray body;
    bool done = false;

protected:
    void handleLine(const LineReader::Line &line) override
    {
        head.append(line.text);
        if (!line.text.isEmpty())
            return;
        for (const QByteArray &field : std::as_const(head)) {
            if (field.startsWith("Content-Length: "))
                m_reader.expectOctets(field.mid(16).toLongLong());
        }
    }
    void handleOctets(const QByteArray &octets) override
    {
        body += octets;
        done = m_reader.octetsExpected() == 0;
    }
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressesAreWrittenAsQtWritesThem();
    void smtpClientPlaysTheCourseOverASocket();
    void pop3ClientPlaysTheCourseOverASocket();
    void stepModeHoldsTheClientsCommand();
    void droppedInDataIsATransientFailure();
    void refusedConnectionIsReported();
    void replyWaitsForItsDurableWriteAndNothingOvertakesIt_data() { linkRows(); }
    void replyWaitsForItsDurableWriteAndNothingOvertakesIt();
    void failedWriteClosesWithoutItsReply_data() { linkRows(); }
    void failedWriteClosesWithoutItsReply();
    void abortSendsAResetAndRecordsIt_data() { linkRows(); }
    void abortSendsAResetAndRecordsIt();
    void failedWriteResetsThePeer_data() { linkRows(); }
    void failedWriteResetsThePeer();
    void peerResetIsRecordedAsAReset_data() { linkRows(); }
    void peerResetIsRecordedAsAReset();
    void orderlyClosesStayFins_data() { linkRows(); }
    void orderlyClosesStayFins();
    void halfClosedPeerStillGetsItsReply_data() { linkRows(); }
    void halfClosedPeerStillGetsItsReply();
    void repliesOfEverySizeLeaveWholeAndInOrder_data() { linkRows(); }
    void repliesOfEverySizeLeaveWholeAndInOrder();
    void writeTheReplyDoesNotCarryHoldsNothing_data() { linkRows(); }
    void writeTheReplyDoesNotCarryHoldsNothing();
    void httpAnswersLaterInOrderWithExactOctets();
    void httpsCarriesABinaryBodyAcrossRecords();
};

void TestConnection::addressesAreWrittenAsQtWritesThem()
{
    // The transcript's "connect: TCP a:p -> b:p" and the world's keys for
    // its own connections: the same text QHostAddress::toString() gives.
    const QStringList addresses = {
        QStringLiteral("0.0.0.0"),      QStringLiteral("127.0.0.1"),     QStringLiteral("127.0.0.10"),
        QStringLiteral("10.20.30.4"),   QStringLiteral("192.168.1.100"), QStringLiteral("255.255.255.255"),
        QStringLiteral("1.0.99.250"),   QStringLiteral("::1"),           QStringLiteral("::ffff:127.0.0.1"),
        QStringLiteral("2001:db8::25"), QStringLiteral("fe80::1%lo"),
    };
    for (const QString &text : addresses) {
        const QHostAddress address(text);
        QVERIFY2(!address.isNull(), qPrintable(text));
        QCOMPARE(Connection::addressText(address), address.toString());
        QCOMPARE(Connection::endText(address, 2525), address.toString() + QStringLiteral(":2525"));
    }
    QCOMPARE(Connection::endText(QHostAddress(QStringLiteral("127.0.0.3")), 0),
             QStringLiteral("127.0.0.3:0"));
    QCOMPARE(Connection::endText(QHostAddress(QStringLiteral("127.0.0.3")), 65535),
             QStringLiteral("127.0.0.3:65535"));
    // A random sweep of IPv4 addresses against Qt's own text.
    quint32 v4 = 0x9e3779b9u;
    for (int i = 0; i < 2000; ++i) {
        v4 = v4 * 1664525u + 1013904223u;
        const QHostAddress address(v4);
        QCOMPARE(Connection::addressText(address), address.toString());
        const quint16 port = quint16(v4 >> 7);
        QCOMPARE(Connection::endText(address, port),
                 address.toString() + QLatin1Char(':') + QString::number(port));
    }
}

void TestConnection::smtpClientPlaysTheCourseOverASocket()
{
    auto world = makeWorld();
    ScriptPeer peer(script("smtp-client-course.script"));
    SmtpClientResult result;
    bool done = false;
    world->connectToAddress(QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu"),
                            QHostAddress(QHostAddress::LocalHost), peer.port(), QStringLiteral("smtp"),
                            std::make_unique<SmtpClientSession>(courseJob()), [&](Connection *c) {
                                result = static_cast<SmtpClientSession *>(c->engine())->result();
                                done = true;
                            });
    QVERIFY(QTest::qWaitFor([&] { return done && peer.isDone(); }, 10000));
    QVERIFY2(peer.error().isEmpty(), qPrintable(peer.error()));
    QCOMPARE(result.outcome, SmtpClientResult::Outcome::Delivered);
    // The peer is outside the process: both directions are in the transcript,
    // each line once, with the course's C:/S: sides.
    QStringList lines;
    for (const TranscriptEvent &e : world->transcript()->events()) {
        if (e.kind == TranscriptEvent::Kind::Line)
            lines.append((e.direction == TranscriptEvent::Direction::ClientToServer ? QStringLiteral("C: ")
                                                                                    : QStringLiteral("S: "))
                         + QString::fromUtf8(e.raw));
    }
    QStringList expected;
    for (const QString &line : script("smtp-client-course.script").split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("C: ")) || line.startsWith(QLatin1String("S: ")))
            expected.append(line);
    }
    QCOMPARE(lines, expected);
}

void TestConnection::pop3ClientPlaysTheCourseOverASocket()
{
    auto world = makeWorld();
    // The course's dialogue (section 5.1) as our client speaks it: upper case,
    // and the +OK lines the course leaves out.
    ScriptPeer peer(QStringLiteral("S: +OK POP3 servidor listo\n"
                                   "C: USER fran\nS: +OK\n"
                                   "C: PASS claveejemplo\nS: +OK user successfully logged on\n"
                                   "C: LIST\nS: +OK 2 messages (27 octets)\nS: 1 12\nS: 2 15\nS: .\n"
                                   "C: RETR 1\nS: +OK 12 octets\nS: Subject: a\nS: .\n"
                                   "C: DELE 1\nS: +OK message 1 deleted\n"
                                   "C: RETR 2\nS: +OK 15 octets\nS: ..dot first\nS: .\n"
                                   "C: DELE 2\nS: +OK message 2 deleted\n"
                                   "C: QUIT\nS: +OK POP3 server signing off\n"));
    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    Pop3ClientResult result;
    bool done = false;
    world->connectToAddress(QStringLiteral("ana"), QStringLiteral("servidor.edu"),
                            QHostAddress(QHostAddress::LocalHost), peer.port(), QStringLiteral("pop3"),
                            std::make_unique<Pop3ClientSession>(job), [&](Connection *c) {
                                result = static_cast<Pop3ClientSession *>(c->engine())->result();
                                done = true;
                            });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(peer.error().isEmpty(), qPrintable(peer.error()));
    QVERIFY(result.ok);
    QCOMPARE(result.messages.size(), 2);
    QCOMPARE(result.messages.at(1).content, QByteArray(".dot first\r\n")); // byte-unstuffed
}

void TestConnection::stepModeHoldsTheClientsCommand()
{
    auto world = makeWorld();
    world->gate()->setMode(Gate::Mode::Step);
    ScriptPeer peer(script("smtp-client-course.script"));
    bool done = false;
    world->connectToAddress(QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu"),
                            QHostAddress(QHostAddress::LocalHost), peer.port(), QStringLiteral("smtp"),
                            std::make_unique<SmtpClientSession>(courseJob()),
                            [&](Connection *) { done = true; });
    // HELO is ready but held: the real peer has received nothing.
    QVERIFY(QTest::qWaitFor([&] { return world->gate()->pendingCount() == 1; }, 5000));
    QTest::qWait(150);
    QVERIFY(peer.received().isEmpty());
    QCOMPARE(world->gate()->nextLine(), QByteArray("HELO cliente.fr"));
    QVERIFY(world->gate()->step());
    QVERIFY(QTest::qWaitFor([&] { return peer.received().size() == 1; }, 5000));
    QCOMPARE(peer.received().first(), QByteArray("HELO cliente.fr"));
    // One step per command (the content with its "." is one step).
    int steps = 1;
    while (!done && steps < 20) {
        if (world->gate()->pendingCount() > 0) {
            world->gate()->step();
            ++steps;
        }
        QTest::qWait(10);
    }
    QVERIFY(done);
    QCOMPARE(steps, 6); // HELO, MAIL, RCPT, DATA, content, QUIT
    QVERIFY2(peer.error().isEmpty(), qPrintable(peer.error()));
}

void TestConnection::droppedInDataIsATransientFailure()
{
    auto world = makeWorld();
    ScriptPeer peer(QStringLiteral("S: 220 x\nC: HELO cliente.fr\nS: 250 ok\nC~ MAIL FROM:.*\nS: 250 ok\n"
                                   "C~ RCPT TO:.*\nS: 250 ok\nC: DATA\nS: 354 go\nC: Quedamos hoxe?\nX\n"));
    SmtpClientResult result;
    bool done = false;
    world->connectToAddress(QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu"),
                            QHostAddress(QHostAddress::LocalHost), peer.port(), QStringLiteral("smtp"),
                            std::make_unique<SmtpClientSession>(courseJob()), [&](Connection *c) {
                                result = static_cast<SmtpClientSession *>(c->engine())->result();
                                done = true;
                            });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(result.outcome, SmtpClientResult::Outcome::TransientFailure);
    bool closedByPeer = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        closedByPeer |= e.kind == TranscriptEvent::Kind::ConnectionClosed
            && e.from == QLatin1String("servidor.edu");
    QVERIFY(closedByPeer);
}

void TestConnection::refusedConnectionIsReported()
{
    auto world = makeWorld();
    quint16 port = 0;
    {
        ScriptPeer closed{QString()}; // take a free port, then let it go
        port = closed.port();
    }
    SmtpClientResult result;
    bool done = false;
    world->connectToAddress(QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu"),
                            QHostAddress(QHostAddress::LocalHost), port, QStringLiteral("smtp"),
                            std::make_unique<SmtpClientSession>(courseJob()), [&](Connection *c) {
                                result = static_cast<SmtpClientSession *>(c->engine())->result();
                                done = true;
                            });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(result.outcome, SmtpClientResult::Outcome::TransientFailure);
    bool noted = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        noted |= e.kind == TranscriptEvent::Kind::Note
            && e.noteText().contains(QLatin1String("servidor.edu"));
    QVERIFY(noted);
    QCOMPARE(world->openConnections(), 0);
}

void TestConnection::replyWaitsForItsDurableWriteAndNothingOvertakesIt()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    const Maildir maildir(dir.path() + QStringLiteral("/box"));
    QVERIFY(maildir.create(nullptr));
    StoringServer server(maildir, descriptor);
    QVERIFY(server.connection);
    QVERIFY(server.client.waitForConnected(5000));
    // A pipelined command after the one that stores.
    server.client.write("STORE\r\nNOOP\r\n");
    bool durableWhenRead = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (server.client.bytesAvailable() > 0 && server.received.isEmpty())
                durableWhenRead = QFile::exists(server.engine->file)
                    && server.committer.doneTicket() >= server.engine->ticket;
            return server.read().size() >= 20;
        },
        10000));
    QVERIFY(server.engine->ticket != 0);
    QVERIFY(durableWhenRead); // the 250 left once the file was in new/
    QCOMPARE(server.received, QByteArray("250 stored\r\n250 ok\r\n"));
    QVERIFY(server.connection->isOpen());
}

void TestConnection::failedWriteClosesWithoutItsReply()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    const Maildir missing(dir.path() + QStringLiteral("/never-created")); // the write fails
    StoringServer server(missing, descriptor);
    QVERIFY(server.connection);
    QVERIFY(server.client.waitForConnected(5000));
    QSignalSpy closed(&server.client, &QTcpSocket::disconnected);
    server.client.write("STORE\r\nNOOP\r\n");
    QVERIFY(closed.wait(10000) || !closed.isEmpty());
    // Neither the 250 that would have lied nor the reply after it.
    QCOMPARE(server.read(), QByteArray());
    QVERIFY(server.committer.failedBetween(server.engine->ticket, server.engine->ticket));
    QVERIFY(!server.connection->isOpen());
}

void TestConnection::writeTheReplyDoesNotCarryHoldsNothing()
{
    QFETCH(bool, descriptor);
    // A write during a line that no reply waits for (it failed, even) holds
    // nothing back: only the ticket a reply carries does.
    QTemporaryDir dir;
    const Maildir missing(dir.path() + QStringLiteral("/never-created"));
    StoringServer server(missing, descriptor);
    QVERIFY(server.connection);
    QVERIFY(server.client.waitForConnected(5000));
    server.client.write("OTHER\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.read().size() >= 8; }, 10000));
    QCOMPARE(server.received, QByteArray("250 ok\r\n"));
    QVERIFY(QTest::qWaitFor([&] { return server.committer.doneTicket() >= server.engine->ticket; }, 10000));
    QVERIFY(server.committer.failedBetween(server.engine->ticket, server.engine->ticket));
    server.client.write("QUIT\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.read().endsWith("221 bye\r\n"); }, 10000));
    QCOMPARE(server.received, QByteArray("250 ok\r\n221 bye\r\n"));
}

// Our abort (the world shutting down, a peer that does not read the 421) is
// a real reset: the peer's recv() gets ECONNRESET, the transcript says the
// close was a reset by us, and the capture has one RST from the server.
void TestConnection::abortSendsAResetAndRecordsIt()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    RawPeerServer server{Maildir(dir.path()), descriptor};
    QVERIFY(server.connection);
    server.send("NOOP\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.transcript.size() >= 2; }, 5000)); // opened, 250
    QSignalSpy finished(server.connection, &Connection::finished);
    server.connection->abort();
    QCOMPARE(finished.size(), 1);
    int error = -1;
    QCOMPARE(server.readToEnd(&error), QByteArray("250 ok\r\n"));
    QCOMPARE(error, ECONNRESET);
    const TranscriptEvent *close = server.closeEvent();
    QVERIFY(close);
    QVERIFY(close->reset);
    QCOMPARE(close->from, QStringLiteral("servidor.edu"));
    PcapngExport::Summary summary;
    const QList<CapturedPacket> p = capturedPackets(
        PcapngExport::capture(server.transcript, {}, 0, &summary));
    QCOMPARE(summary.resets, 1);
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.last().flags, quint8(Pcapng::TcpFlag::rst | Pcapng::TcpFlag::ack));
    QCOMPARE(p.last().sourcePort, quint16(25));
    for (const CapturedPacket &packet : p)
        QVERIFY(!(packet.flags & Pcapng::TcpFlag::fin));
}

// A durable write that failed closes without the 250: with a reset, as a
// crash would, and the transcript says so.
void TestConnection::failedWriteResetsThePeer()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    RawPeerServer server{Maildir(dir.path() + QStringLiteral("/never-created")), descriptor};
    QVERIFY(server.connection);
    QSignalSpy finished(server.connection, &Connection::finished);
    server.send("STORE\r\n");
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    int error = -1;
    QCOMPARE(server.readToEnd(&error), QByteArray());
    QCOMPARE(error, ECONNRESET);
    const TranscriptEvent *close = server.closeEvent();
    QVERIFY(close);
    QVERIFY(close->reset);
    QCOMPARE(close->from, QStringLiteral("servidor.edu"));
}

// A peer that resets (SO_LINGER 0 and close, as a killed client's kernel
// does): Qt reports it as the peer's close; the kernel, asked through the
// connection's own descriptor, tells it was a reset.
void TestConnection::peerResetIsRecordedAsAReset()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    RawPeerServer server{Maildir(dir.path()), descriptor};
    QVERIFY(server.connection);
    server.send("NOOP\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.transcript.size() >= 2; }, 5000));
    QSignalSpy finished(server.connection, &Connection::finished);
    server.reset();
    QVERIFY(finished.wait(5000) || !finished.isEmpty());
    const TranscriptEvent *close = server.closeEvent();
    QVERIFY(close);
    QVERIFY(close->reset);
    QCOMPARE(close->from, QStringLiteral("outside 127.0.0.1"));
    const QList<CapturedPacket> p = capturedPackets(PcapngExport::capture(server.transcript, {}, 0));
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.last().flags, quint8(Pcapng::TcpFlag::rst | Pcapng::TcpFlag::ack));
    QCOMPARE(p.last().destinationPort, quint16(25)); // from the client
}

// QUIT (our FIN after the 221) and a peer that closes (its FIN) are no resets.
void TestConnection::orderlyClosesStayFins()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    {
        RawPeerServer server{Maildir(dir.path()), descriptor};
        QVERIFY(server.connection);
        server.send("QUIT\r\n");
        int error = -1;
        QCOMPARE(server.readToEnd(&error), QByteArray("221 bye\r\n"));
        QCOMPARE(error, 0); // a FIN
        QVERIFY(QTest::qWaitFor([&] { return server.closeEvent() != nullptr; }, 5000));
        QVERIFY(!server.closeEvent()->reset);
        QCOMPARE(server.closeEvent()->from, QStringLiteral("servidor.edu"));
    }
    {
        RawPeerServer server{Maildir(dir.path()), descriptor};
        QVERIFY(server.connection);
        QSignalSpy finished(server.connection, &Connection::finished);
        ::close(server.fd);
        server.fd = -1;
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        const TranscriptEvent *close = server.closeEvent();
        QVERIFY(close);
        QVERIFY(!close->reset);
        QCOMPARE(close->from, QStringLiteral("outside 127.0.0.1"));
        PcapngExport::Summary summary;
        const QList<CapturedPacket> p = capturedPackets(
            PcapngExport::capture(server.transcript, {}, 0, &summary));
        QCOMPARE(summary.resets, 0);
        for (const CapturedPacket &packet : p)
            QVERIFY(!(packet.flags & Pcapng::TcpFlag::rst));
        QCOMPARE(p.last().flags, Pcapng::TcpFlag::ack);
    }
}

// A peer that sends its last command and shuts its side (shutdown(SHUT_WR),
// as `nc -N` does) still reads the reply: the server answers, then closes,
// and the close is the peer's, a FIN, not a reset.
void TestConnection::halfClosedPeerStillGetsItsReply()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    RawPeerServer server{Maildir(dir.path()), descriptor};
    QVERIFY(server.connection);
    QSignalSpy finished(server.connection, &Connection::finished);
    server.send("NOOP\r\n");
    QCOMPARE(::shutdown(server.fd, SHUT_WR), 0);
    int error = -1;
    QCOMPARE(server.readToEnd(&error), QByteArray("250 ok\r\n"));
    QCOMPARE(error, 0); // our FIN after the reply
    QVERIFY(finished.wait(5000) || !finished.isEmpty());
    const TranscriptEvent *close = server.closeEvent();
    QVERIFY(close);
    QVERIFY(!close->reset);
    QCOMPARE(close->from, QStringLiteral("outside 127.0.0.1"));
}

// Small replies leave from a kept buffer (Connection::write(),
// DescriptorLink::emptyOut()), big ones as their own array: replies that
// alternate between the two, around the size where one path ends, get
// every octet, in order, one command at a time (the buffer emptied and
// kept between them) and pipelined (packed together), and the transcript
// has each line.
void TestConnection::repliesOfEverySizeLeaveWholeAndInOrder()
{
    QFETCH(bool, descriptor);
    QTemporaryDir dir;
    RawPeerServer server{Maildir(dir.path()), descriptor};
    QVERIFY(server.connection);
    const QList<qsizetype> sizes = {10, 2030, 12, 2031, 2048, 30, 5000, 12, 70000, 3, 2100, 40, 8};
    QList<QByteArray> lastLines;
    const auto exchange = [&](qsizetype n) {
        const QByteArray command = "SAY " + QByteArray::number(n);
        const QByteArray last = sayLastLine(n);
        lastLines.append(last);
        return std::make_pair(command + "\r\n", "250-" + command + "\r\n250-\r\n" + last + "\r\n");
    };
    // One at a time: each reply read whole before the next command.
    for (const qsizetype n : sizes) {
        const auto [command, reply] = exchange(n);
        server.send(command);
        int error = -1;
        const QByteArray got = server.read(reply.size(), &error);
        QCOMPARE(got.size(), reply.size());
        QVERIFY2(got == reply, command.constData());
    }
    // Pipelined: every reply of the batch in one buffer.
    QByteArray commands;
    QByteArray expected;
    for (const qsizetype n : sizes) {
        const auto [command, reply] = exchange(n);
        commands += command;
        expected += reply;
    }
    server.send(commands + "NOOP\r\nQUIT\r\n");
    expected += "250 ok\r\n221 bye\r\n";
    int error = -1;
    const QByteArray got = server.readToEnd(&error);
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(error, 0);
    qsizetype found = 0;
    for (qsizetype i = server.transcript.firstIndex(); i < server.transcript.size(); ++i) {
        const TranscriptEvent &e = server.transcript.at(i);
        if (e.kind == TranscriptEvent::Kind::Line && found < lastLines.size() && e.raw == lastLines.at(found))
            ++found;
    }
    QCOMPARE(found, lastLines.size());
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"

// An HTTP engine whose handler answers later: pipelined requests wait in TCP
// (the engine holds its input), each response leaves when given, after
// pump(), as its exact octets (a binary body), and the transcript has each
// request and response with their roles, the response answering its request.
void TestConnection::httpAnswersLaterInOrderWithExactOctets()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.serverPort());
    QVERIFY(listener.waitForNewConnection(5000));
    QList<HttpRequest> requests;
    QList<HttpResponder> responders;
    auto owned = std::make_unique<HttpServerSession>(
        HttpServerConfig{}, [&](const HttpRequest &request, HttpResponder responder) {
            requests.append(request);
            responders.append(responder);
        });
    HttpServerSession *engine = owned.get();
    Transcript transcript;
    Gate gate;
    Connection::Endpoints ends;
    ends.localHost = QStringLiteral("webmail.edu");
    ends.peerHost = QStringLiteral("outside 127.0.0.1");
    ends.peerIsOutside = true;
    ends.service = QStringLiteral("http");
    auto *connection = new Connection(1, listener.nextPendingConnection(), std::move(owned), ends, &gate,
                                      &transcript, &gate);
    engine->setAnsweredLater([connection] { connection->pump(); });
    connection->begin();
    QVERIFY(client.waitForConnected(5000));

    client.write("GET /foto HTTP/1.1\r\nHost: webmail.edu\r\n\r\n"
                 "GET /texto HTTP/1.1\r\nHost: webmail.edu\r\nConnection: close\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return !requests.isEmpty(); }, 10000));
    // The handler takes longer than the idle deadline: the peer is not idle.
    connection->setIdleTimeout(100);
    QTest::qWait(350);
    QVERIFY(connection->isOpen());
    QCOMPARE(requests.size(), 1); // the second waits
    QCOMPARE(client.bytesAvailable(), 0);

    QByteArray photo;
    for (int i = 0; i < 300; ++i)
        photo.append(char(i & 0xff));
    responders.takeFirst().respond(HttpResponse::withBody(200, "image/png", photo));
    QCOMPARE(requests.size(), 2);
    responders.takeFirst().respond(HttpResponse::withBody(200, "text/plain; charset=utf-8", "Ola\r\n"));
    const QByteArray expected = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 300\r\n\r\n"
        + photo
        + "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n"
          "Connection: close\r\n\r\nOla\r\n";
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += client.readAll();
            return received.size() >= expected.size() && client.state() != QAbstractSocket::ConnectedState;
        },
        10000));
    QCOMPARE(received, expected);

    qint64 requestEnd = -1;
    QList<TranscriptEvent> lines;
    for (qsizetype i = transcript.firstIndex(); i < transcript.size(); ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.kind != TranscriptEvent::Kind::Line)
            continue;
        if (e.raw.isEmpty() && e.direction == TranscriptEvent::Direction::ClientToServer && requestEnd < 0)
            requestEnd = e.sequence;
        lines.append(e);
    }
    QCOMPARE(lines.first().raw, QByteArray("GET /foto HTTP/1.1"));
    QCOMPARE(lines.first().role, LineRole::RequestLine);
    QCOMPARE(lines.first().protocol, Protocol::Http);
    QCOMPARE(lines.first().phase, Phase::Exchange);
    QCOMPARE(lines.at(3).raw, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(lines.at(3).role, LineRole::StatusLine);
    QCOMPARE(lines.at(3).answers, requestEnd);
    QCOMPARE(lines.at(7).raw, QByteArray("[binary body, 300 octets]"));
    QCOMPARE(lines.at(7).role, LineRole::Body);
    QCOMPARE(lines.constLast().raw, QByteArray("Ola"));
}

// Inside TLS a response's exact octets are cut into records anywhere (a
// 40,000-octet binary body needs three), and what arrives is them, byte for
// byte; its lines are recorded once, after the last record.
void TestConnection::httpsCarriesABinaryBodyAcrossRecords()
{
    QTemporaryDir dir;
    QString error;
    const std::shared_ptr<ClassroomCa> ca = ClassroomCa::open(dir.filePath(QStringLiteral("ca")), &error);
    QVERIFY2(ca, qPrintable(error));
    const TlsIdentity identity = ca->issue(QStringLiteral("servidor.edu"),
                                           {QHostAddress(QHostAddress::LocalHost)}, ClassroomCa::Flaw::None,
                                           &error);
    QVERIFY2(!identity.isNull(), qPrintable(error));
    const std::shared_ptr<TlsContext> serverTls = TlsContext::server(identity.certificate.get(),
                                                                     identity.key.get(), nullptr, &error);
    const std::shared_ptr<TlsContext> clientTls = TlsContext::client(ca->certificate(), &error);
    QVERIFY2(serverTls && clientTls, qPrintable(error));

    QByteArray photo;
    for (int i = 0; i < 40000; ++i)
        photo.append(char((i * 31 + i / 7) & 0xff));
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress(QHostAddress::LocalHost), 0));
    auto *clientSocket = new QTcpSocket;
    clientSocket->connectToHost(QHostAddress(QHostAddress::LocalHost), listener.serverPort());
    QVERIFY(listener.waitForNewConnection(5000));
    QVERIFY(clientSocket->waitForConnected(5000));
    Transcript transcript;
    Gate gate;

    Connection::Endpoints serverEnds;
    serverEnds.localHost = QStringLiteral("servidor.edu");
    serverEnds.peerHost = QStringLiteral("cliente.fr");
    serverEnds.service = QStringLiteral("https");
    serverEnds.tls = serverTls;
    serverEnds.implicitTls = true;
    auto server = std::make_unique<HttpServerSession>(
        HttpServerConfig{}, [&](const HttpRequest &, HttpResponder responder) {
            responder.respond(HttpResponse::withBody(200, "image/png", photo));
        });
    auto *serverConnection = new Connection(1, listener.nextPendingConnection(), std::move(server),
                                            serverEnds, &gate, &transcript, &gate);

    Connection::Endpoints clientEnds;
    clientEnds.localHost = QStringLiteral("cliente.fr");
    clientEnds.peerHost = QStringLiteral("servidor.edu");
    clientEnds.role = Connection::Role::Client;
    clientEnds.service = QStringLiteral("https");
    clientEnds.tls = clientTls;
    clientEnds.implicitTls = true;
    clientEnds.tlsClient.peerName = QStringLiteral("servidor.edu");
    auto fetch = std::make_unique<HttpFetch>();
    HttpFetch *client = fetch.get();
    auto *clientConnection = new Connection(1, clientSocket, std::move(fetch), clientEnds, &gate, &transcript,
                                            &gate);
    serverConnection->begin();
    clientConnection->begin();

    QVERIFY(QTest::qWaitFor([&] { return client->done; }, 10000));
    QVERIFY(serverConnection->isEncrypted());
    QCOMPARE(client->head.first(), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(client->body.size(), photo.size());
    QVERIFY(client->body == photo);

    int statusLines = 0;
    int records = 0;
    for (qsizetype i = transcript.firstIndex(); i < transcript.size(); ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.raw == "HTTP/1.1 200 OK") {
            ++statusLines;
            QVERIFY(e.tls);
            QCOMPARE(e.role, LineRole::StatusLine);
        }
        if (e.kind == TranscriptEvent::Kind::TlsRecord
            && e.direction == TranscriptEvent::Direction::ServerToClient
            && e.noteArguments.join(QLatin1Char(' ')).contains(QStringLiteral("application_data")))
            ++records;
    }
    QCOMPARE(statusLines, 1);
    QVERIFY2(records >= 3, qPrintable(QString::number(records)));
}
