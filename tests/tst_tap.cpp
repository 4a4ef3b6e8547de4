// SPDX-License-Identifier: GPL-3.0-or-later
// tst_tap.cpp — the tap's sessions (octets passed on exactly, lines drawn
// with their roles) and --tap's LISTEN=TARGET, without sockets; then a
// whole tap in a world, with a scripted server and client on real sockets.
#include "protocol/tapsession.h"
#include "world/tap.h"
#include "world/world.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {

// Both sides of one tapped conversation, with what each passed on.
struct Pair {
    std::shared_ptr<TapDialogue> dialogue;
    TapSession client; // facing the real client
    TapSession server; // facing the real server
    QList<Utterance> toServer; // what the client side passed on
    QList<Utterance> toClient;
    QList<QByteArray> records;
    int encrypted = 0;

    explicit Pair(Protocol protocol, bool implicitTls = false)
        : dialogue(std::make_shared<TapDialogue>(protocol, implicitTls))
        , client(TapSession::Side::FacingClient, dialogue)
        , server(TapSession::Side::FacingServer, dialogue)
    {
        client.setForward([this](const Utterance &u) { toServer.append(u); });
        server.setForward([this](const Utterance &u) { toClient.append(u); });
        client.setRecordHandler([this](const QByteArray &r) { records.append(r); });
        server.setRecordHandler([this](const QByteArray &r) { records.append(r); });
        server.setEncryptedHandler([this] { ++encrypted; });
    }
};

// The octets an utterance puts on the wire.
QByteArray wire(const Utterance &u)
{
    if (!u.wire.isEmpty())
        return u.wire;
    if (!u.octets.isEmpty())
        return u.octets;
    QByteArray bytes;
    for (const QByteArray &line : u.lines)
        bytes += line + "\r\n";
    return bytes;
}

QByteArray wire(const QList<Utterance> &list)
{
    QByteArray bytes;
    for (const Utterance &u : list)
        bytes += wire(u);
    return bytes;
}

} // namespace

class TestTap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesListenAndTarget_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<int>("listenPort");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("targetPort");
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("smtp by the target's port")
            << "2525=127.0.0.1:25"
            << "127.0.0.1" << 2525 << "127.0.0.1" << 25 << "smtp" << false;
        QTest::newRow("pop3 on an address") << "127.0.0.5:1110=10.0.0.7:110"
                                            << "127.0.0.5" << 1110 << "10.0.0.7" << 110 << "pop3" << false;
        QTest::newRow("imaps, implicit TLS") << "1993=127.0.0.1:993"
                                             << "127.0.0.1" << 1993 << "127.0.0.1" << 993 << "imaps" << true;
        QTest::newRow("named service, odd port")
            << "imap:1143=127.0.0.1:10143"
            << "127.0.0.1" << 1143 << "127.0.0.1" << 10143 << "imap" << false;
        QTest::newRow("target without a port") << "pop3s:0=127.0.0.1"
                                               << "127.0.0.1" << 0 << "127.0.0.1" << 995 << "pop3s" << true;
        QTest::newRow("by the listening port")
            << "localhost:587=192.0.2.9:10587"
            << "127.0.0.1" << 587 << "192.0.2.9" << 10587 << "submission" << false;
        QTest::newRow("ipv6") << "[::1]:2525=[::1]:25"
                              << "::1" << 2525 << "::1" << 25 << "smtp" << false;
    }
    void parsesListenAndTarget()
    {
        QFETCH(QString, text);
        QFETCH(QString, listen);
        QFETCH(int, listenPort);
        QFETCH(QString, target);
        QFETCH(int, targetPort);
        QFETCH(QString, service);
        QFETCH(bool, implicitTls);
        TapSpec spec;
        QString error;
        QVERIFY2(TapSpec::parse(text, &spec, &error), qPrintable(error));
        QCOMPARE(spec.listenAddress, QHostAddress(listen));
        QCOMPARE(int(spec.listenPort), listenPort);
        QCOMPARE(spec.targetAddress, QHostAddress(target));
        QCOMPARE(int(spec.targetPort), targetPort);
        QCOMPARE(spec.service, service);
        QCOMPARE(spec.implicitTls, implicitTls);
    }

    void refusesWhatIsNotATap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("no equals") << "2525"
                                   << "LISTEN=TARGET";
        QTest::newRow("unknown port") << "1234=127.0.0.1:10025"
                                      << "which protocol does port 10025 speak";
        QTest::newRow("unknown service") << "gopher:70=127.0.0.1:70"
                                         << "unknown service \"gopher\"";
        QTest::newRow("bad target") << "2525=nowhere:25"
                                    << "\"nowhere:25\" is not a server";
        QTest::newRow("bad listen port") << "99999=127.0.0.1:25"
                                         << "\"99999\" is not a port to listen on";
        QTest::newRow("empty listen") << "=127.0.0.1:25"
                                      << "is not a port to listen on";
    }
    void refusesWhatIsNotATap()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        TapSpec spec;
        QString error;
        QVERIFY(!TapSpec::parse(text, &spec, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--tap")), qPrintable(error));
    }

    void passesOctetsExactlyAndDrawsLines()
    {
        Pair p(Protocol::Smtp);
        p.server.receive("220 mail.example ESMTP Postfix\r\n");
        QCOMPARE(p.toClient.size(), 1);
        QCOMPARE(p.toClient.at(0).role, LineRole::Greeting);
        QCOMPARE(p.toClient.at(0).code, QByteArray("220"));
        // A line in pieces waits for its end; a bare LF is passed on as it came.
        const QByteArray typed = "EHLO cli";
        p.client.receive(typed);
        QVERIFY(p.toServer.isEmpty());
        QCOMPARE(p.client.pendingOctets(), typed.size());
        p.client.receive("ente.fr\r\nNOOP\n");
        QCOMPARE(wire(p.toServer), QByteArray("EHLO cliente.fr\r\nNOOP\n"));
        QCOMPARE(p.toServer.size(), 2); // two commands, two utterances
        QCOMPARE(p.toServer.at(0).lines, QList<QByteArray>{"EHLO cliente.fr"});
        QCOMPARE(p.toServer.at(1).lines, QList<QByteArray>{"NOOP"});
        QCOMPARE(p.toServer.at(1).octets, QByteArray("NOOP\n"));
        // What the client said is also what its side heard (recorded by the Connection).
        const QList<Utterance> heard = p.client.takeHeard();
        QCOMPARE(heard.size(), 2);
        QCOMPARE(heard.at(0).role, LineRole::Command);
        QCOMPARE(heard.at(0).phase, Phase::Opening);
        // A multi-line reply is one utterance.
        p.server.receive("250-mail.example\r\n250-PIPELINING\r\n250 STARTTLS\r\n250 2.0.0 Ok\r\n");
        QCOMPARE(p.toClient.size(), 3);
        QCOMPARE(p.toClient.at(1).lines.size(), 3);
        QCOMPARE(p.toClient.at(1).role, LineRole::Reply);
        QCOMPARE(p.toClient.at(2).lines, QList<QByteArray>{"250 2.0.0 Ok"});
    }

    void smtpContentIsOneUtteranceUpToTheDot()
    {
        Pair p(Protocol::Smtp);
        p.server.receive("220 hi\r\n");
        p.client.receive("DATA\r\n");
        p.server.receive("354 End data with <CR><LF>.<CR><LF>\r\n");
        const QByteArray content = "Subject: ola\r\n\r\nDATA\r\n..punto\r\n.\r\nQUIT\r\n";
        p.client.receive(content);
        QCOMPARE(wire(p.toServer), "DATA\r\n" + content);
        QCOMPARE(p.toServer.size(), 3); // DATA; the content with its "."; QUIT
        const Utterance &message = p.toServer.at(1);
        QCOMPARE(message.role, LineRole::MessageContent);
        QCOMPARE(message.roleOfLine(2), LineRole::MessageContent); // "DATA" inside the message is content
        QCOMPARE(message.roleOfLine(4), LineRole::EndOfContent);
        QCOMPARE(p.toServer.at(2).role, LineRole::Command);
        QCOMPARE(p.toServer.at(2).phase, Phase::Closing);
    }

    void passwordsAreMarkedSensitive()
    {
        Pair p(Protocol::Pop3);
        p.server.receive("+OK Dovecot ready.\r\n");
        p.client.receive("USER fran\r\nPASS segredo\r\n");
        QCOMPARE(p.toServer.size(), 2);
        QVERIFY(!p.toServer.at(0).sensitive);
        QVERIFY(p.toServer.at(1).sensitive);
        QCOMPARE(p.toServer.at(1).phase, Phase::Authorization);
    }

    void pop3MultiLineResponses()
    {
        Pair p(Protocol::Pop3);
        p.server.receive("+OK ready\r\n");
        p.client.receive("LIST\r\n");
        p.server.receive("+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n");
        p.client.receive("RETR 1\r\n");
        p.server.receive("+OK 120 octets\r\nSubject: x\r\n\r\n+OK not a status\r\n.\r\n");
        p.client.receive("DELE 1\r\n");
        p.server.receive("+OK deleted\r\n");
        QCOMPARE(p.toClient.size(), 4);
        QCOMPARE(p.toClient.at(1).roleOfLine(1), LineRole::ListingLine);
        QCOMPARE(p.toClient.at(1).roleOfLine(3), LineRole::EndOfContent);
        // Inside a message a "+OK" is content, not a status.
        QCOMPARE(p.toClient.at(2).lines.size(), 5);
        QCOMPARE(p.toClient.at(2).roleOfLine(3), LineRole::MessageContent);
        QCOMPARE(p.toClient.at(3).role, LineRole::Reply);
        QCOMPARE(p.toClient.at(3).lines.size(), 1);
    }

    void imapLiteralsGoWithTheirCommandAndResponse()
    {
        Pair p(Protocol::Imap);
        p.server.receive("* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n");
        QCOMPARE(p.toClient.at(0).role, LineRole::Greeting);
        p.client.receive("a1 LOGIN fran {6}\r\n");
        p.server.receive("+ OK\r\n");
        p.client.receive("segr\ro\r\n"); // a literal's octets: a CR inside them passes as it is
        p.server.receive("a1 OK Logged in\r\n");
        QCOMPARE(wire(p.toServer), QByteArray("a1 LOGIN fran {6}\r\nsegr\ro\r\n"));
        QCOMPARE(p.toServer.at(1).role, LineRole::Literal);
        QCOMPARE(p.dialogue->phase(), Phase::Authenticated);
        p.client.receive("a2 SELECT INBOX\r\n");
        p.server.receive("* 1 EXISTS\r\na2 OK [READ-WRITE] Select completed\r\n");
        QCOMPARE(p.dialogue->phase(), Phase::Selected);
        p.client.receive("a3 FETCH 1 BODY[]\r\n");
        p.server.receive("* 1 FETCH (BODY[] {12}\r\nSubject: x\r\n)\r\na3 OK Fetch completed\r\n");
        const Utterance &fetch = p.toClient.at(p.toClient.size() - 2);
        QCOMPARE(fetch.role, LineRole::Untagged);
        QCOMPARE(fetch.lines.size(), 3);
        QCOMPARE(fetch.roleOfLine(1), LineRole::Literal);
        QCOMPARE(p.toClient.constLast().role, LineRole::Reply);
        QCOMPARE(p.toClient.constLast().code, QByteArray("OK"));
    }

    void afterStartTlsOnlyRecordsPass()
    {
        Pair p(Protocol::Smtp);
        p.server.receive("220 hi\r\n");
        p.client.receive("STARTTLS\r\n");
        QVERIFY(!p.dialogue->isEncrypted());
        p.server.receive("220 2.0.0 Ready to start TLS\r\n");
        QVERIFY(p.dialogue->isEncrypted());
        QCOMPARE(p.encrypted, 1);
        // A ClientHello in two pieces: passed on whole, once it is.
        QByteArray hello("\x16\x03\x01\x00\x08", 5);
        hello += QByteArray("\x01\x00\x00\x04\x03\x03\x00\x00", 8);
        const qsizetype before = p.toServer.size();
        p.client.receive(hello.left(7));
        QCOMPARE(p.toServer.size(), before);
        p.client.receive(hello.mid(7));
        QCOMPARE(p.toServer.size(), before + 1);
        QCOMPARE(p.toServer.constLast().wire, hello);
        QVERIFY(p.toServer.constLast().lines.isEmpty());
        QCOMPARE(p.records, QList<QByteArray>{hello});
        // A line-like text after TLS began is not drawn as a line.
        QByteArray data("\x17\x03\x03\x00\x06MAIL F", 11);
        p.client.receive(data);
        QCOMPARE(p.toServer.constLast().wire, data);
        QVERIFY(p.client.takeHeard().size() == 1); // only the STARTTLS line was heard as a line
    }

    void refusedStartTlsStaysInClear()
    {
        Pair p(Protocol::Pop3);
        p.server.receive("+OK ready\r\n");
        p.client.receive("STLS\r\n");
        p.server.receive("-ERR TLS not available\r\n");
        QVERIFY(!p.dialogue->isEncrypted());
        p.client.receive("USER fran\r\n");
        QCOMPARE(p.toServer.constLast().lines, QList<QByteArray>{"USER fran"});
    }

    void aLineThatNeverEndsIsPassedOnInPieces()
    {
        Pair p(Protocol::Smtp);
        const QByteArray flood(TapSession::pieceLimit + 10, 'x');
        p.client.receive(flood);
        QCOMPARE(wire(p.toServer), flood);
        QCOMPARE(p.client.pendingOctets(), 0);
    }

    // A whole tap in a world: a scripted "real server" and a client on real
    // loopback sockets; what each receives is exactly what the other sent,
    // and the transcript has every line once, between the client and the server.
    void tapsARealConversation()
    {
        QTcpServer realServer;
        QVERIFY(realServer.listen(QHostAddress::LocalHost, 0));
        Scenario scenario;
        World::Options options;
        options.ephemeralPorts = true;
        options.tls = false;
        TapSpec spec;
        QString error;
        QVERIFY2(
            TapSpec::parse(QStringLiteral("smtp:0=127.0.0.1:%1").arg(realServer.serverPort()), &spec, &error),
            qPrintable(error));
        options.taps = {spec};
        World world(scenario, options);
        QVERIFY2(world.start(&error), qPrintable(error));
        QCOMPARE(world.taps().size(), 1);
        Tap *tap = world.taps().first();
        QVERIFY(tap->listenPort() != 0);

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, tap->listenPort());
        QVERIFY(client.waitForConnected(5000));
        QTRY_VERIFY(realServer.hasPendingConnections());
        QTcpSocket *server = realServer.nextPendingConnection();
        server->write("220 real.example ESMTP\r\n");
        QByteArray atClient;
        QTRY_VERIFY((atClient += client.readAll()).contains("ESMTP\r\n"));
        client.write("HELO cliente.fr\r\nQUIT\n");
        QByteArray atServer;
        QTRY_COMPARE((atServer += server->readAll()), QByteArray("HELO cliente.fr\r\nQUIT\n"));
        server->write("250 real.example\r\n221 Bye\r\n");
        server->disconnectFromHost();
        QTRY_VERIFY((atClient += client.readAll()).contains("221 Bye\r\n"));
        QCOMPARE(atClient, QByteArray("220 real.example ESMTP\r\n250 real.example\r\n221 Bye\r\n"));
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);

        QList<QByteArray> lines;
        QStringList ends;
        int opened = 0;
        int closed = 0;
        for (const TranscriptEvent &e : world.transcript()->events()) {
            if (e.kind == TranscriptEvent::Kind::Line) {
                lines.append(e.raw);
                ends.append(e.from + QStringLiteral(">") + e.to);
            }
            opened += e.kind == TranscriptEvent::Kind::ConnectionOpened;
            closed += e.kind == TranscriptEvent::Kind::ConnectionClosed;
        }
        QCOMPARE(lines,
                 (QList<QByteArray>{"220 real.example ESMTP", "HELO cliente.fr", "QUIT", "250 real.example",
                                    "221 Bye"}));
        QCOMPARE(ends.first(), QStringLiteral("127.0.0.1>outside 127.0.0.1"));
        QCOMPARE(ends.at(1), QStringLiteral("outside 127.0.0.1>127.0.0.1"));
        QCOMPARE(opened, 1); // the leg facing the server records nothing
        QTRY_COMPARE(tap->openSessions(), 0);
        world.shutdown();
    }

    // Stepping holds a tapped conversation too: its writes pass the gate.
    void aTappedConversationSteps()
    {
        QTcpServer realServer;
        QVERIFY(realServer.listen(QHostAddress::LocalHost, 0));
        Scenario scenario;
        World::Options options;
        options.ephemeralPorts = true;
        options.tls = false;
        TapSpec spec;
        QString error;
        QVERIFY(TapSpec::parse(QStringLiteral("pop3:0=127.0.0.1:%1").arg(realServer.serverPort()), &spec,
                               &error));
        options.taps = {spec};
        World world(scenario, options);
        QVERIFY2(world.start(&error), qPrintable(error));
        world.gate()->setMode(Gate::Mode::Step);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, world.taps().first()->listenPort());
        QVERIFY(client.waitForConnected(5000));
        QTRY_VERIFY(realServer.hasPendingConnections());
        QTcpSocket *server = realServer.nextPendingConnection();
        server->write("+OK ready\r\n");
        QTRY_COMPARE(world.gate()->pendingCount(), qsizetype(1));
        QTest::qWait(100);
        QCOMPARE(client.bytesAvailable(), 0); // held at the gate
        QCOMPARE(world.gate()->nextLine(), QByteArray("+OK ready"));
        QVERIFY(world.gate()->step());
        QByteArray atClient;
        QTRY_COMPARE((atClient += client.readAll()), QByteArray("+OK ready\r\n"));
        world.shutdown();
    }

    void aTakenListeningPortIsNamed()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        Scenario scenario;
        World::Options options;
        options.ephemeralPorts = true;
        options.tls = false;
        TapSpec spec;
        QString error;
        QVERIFY(TapSpec::parse(QStringLiteral("%1=127.0.0.1:25").arg(taken.serverPort()), &spec, &error));
        options.taps = {spec};
        World world(scenario, options);
        QVERIFY(!world.start(&error));
        QVERIFY2(error.contains(QStringLiteral("--tap"))
                     && error.contains(QString::number(taken.serverPort())),
                 qPrintable(error));
        QCOMPARE(world.startProblem(), World::StartProblem::PortTaken);
    }
};

QTEST_GUILESS_MAIN(TestTap)
#include "tst_tap.moc"
