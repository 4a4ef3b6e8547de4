// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: whole worlds over real loopback sockets — the walkthrough, the
// gate holding real bytes, outside clients, the queue's retries and bounces.
#include "classroom/scenariorunner.h"
#include "explain/explanations.h"
#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "mail/webbrowser.h"
#include "mail/webmailserver.h"
#include "scenario/scenarioparser.h"
#include "testworlds.h"
#include "world/world.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

using TestWorlds::parse;
using TestWorlds::twoDomains;

World::Options testOptions()
{
    return TestWorlds::fastOptions();
}

// The lines of one connection between two hosts, as "C: …" / "S: …".
QStringList linesBetween(const Transcript *t, const QString &client, const QString &server)
{
    QStringList out;
    for (const TranscriptEvent &e : t->events()) {
        if (e.kind != TranscriptEvent::Kind::Line)
            continue;
        const bool c2s = e.direction == TranscriptEvent::Direction::ClientToServer;
        if ((c2s && e.from == client && e.to == server) || (!c2s && e.from == server && e.to == client))
            out.append((c2s ? QStringLiteral("C: ") : QStringLiteral("S: ")) + QString::fromUtf8(e.raw));
    }
    return out;
}

bool waitIdle(World *world, int ms = 10000)
{
    return QTest::qWaitFor([world] { return !world->hasWork(); }, ms);
}

} // namespace

class TestWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anaFranRunsToTheEnd();
    void privateWorldHasItsOwnAddressesOrPorts();
    void browserRepliesThroughTheWebmail();
    void serverToServerLegIsTheCourseTranscript();
    void everyLineIsRecordedOnce();
    void stepModeHoldsTheRealSocket();
    void pacedModeReleasesOverTime();
    void outsideClientAppearsInTranscript();
    void imapSessionIsRecordedAndExplained();
    void imapOutlastsTheIdleTimeout();
    void unknownUserBouncesToSender();
    void unreachableDomainRetriesThenBounces();
    void hostBackUpGetsTheQueuedMessage();
    void relayWithoutAuthIsRefused();
    void keepModeLetsAnotherClientReadAgain();
    void sharedAddressFallbackStillKnowsEachHost();
    void listenAddressServesEveryHost();
    void recipientRefusedForNowIsRetriedAlone();
    void takenPortsFailOrMoveToTheNextOffset();
    void droppedPeersDoNotCountAgainstTheLimit();
};

void TestWorld::anaFranRunsToTheEnd()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    QVERIFY(errors.isEmpty());
    World world(scenario, testOptions());
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    ScenarioRunner runner(&world, QStringLiteral("gl"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    QSignalSpy captions(&runner, &ScenarioRunner::narration);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(runner.outcomes().size() >= 4);
    // The six numbered steps of the course, in Galician.
    QCOMPARE(captions.size(), 6);
    QVERIFY(captions.at(0).first().toString().startsWith(QStringLiteral("1. Ana usa")));
    QVERIFY(captions.at(5).first().toString().startsWith(QStringLiteral("6. Fran")));
    MailClient *fran = world.client(QStringLiteral("fran"));
    QVERIFY(fran);
    QCOMPARE(fran->inbox().size(), 1);
    QCOMPARE(fran->inbox().first().subject, QStringLiteral("Quedamos hoxe?"));
    QVERIFY(fran->inbox().first().content.contains("\r\nA que hora e onde?\r\n"));
    // The journey is readable from the headers: delivery, then two hops.
    const QByteArray content = fran->inbox().first().content;
    QVERIFY(content.startsWith("Return-Path: <ana@cliente.fr>\r\nReceived: from cliente.fr"));
    QCOMPARE(content.count("\r\nReceived: ") + (content.startsWith("Received: ") ? 1 : 0), 2);
}

void TestWorld::browserRepliesThroughTheWebmail()
{
    // A scenario's browser: logs in to the webmail, reads Ana's message,
    // replies; the reply leaves by SMTP and lands in Ana's mailbox.
    const QByteArray text = twoDomains
        + "client fran-movil user fran@servidor.edu\n"
          "webmail webmail.servidor.edu for servidor.edu\n"
          "send ana to fran@servidor.edu subject \"Quedamos hoxe?\" body \"A que hora e onde?\"\n"
          "wait\n"
          "browse fran login\n"
          "expect browser fran page contains \"Quedamos hoxe?\"\n"
          "browse fran read 1\n"
          "expect browser fran page contains \"A que hora e onde?\"\n"
          "browse fran reply 1 body \"Ás oito, na praza.\"\n"
          "wait\n"
          "expect browser fran status 200\n"
          "browse fran read 9\n"
          "expect browser fran status 404\n";
    World world(parse(text), testOptions());
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    ScenarioRunner runner(&world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    for (const ScenarioRunner::Outcome &o : runner.outcomes())
        QVERIFY2(o.passed, qPrintable(o.descriptionText() + QStringLiteral(": ") + o.detailText()));
    QCOMPARE(finished.first().first().toBool(), true);

    MailServer *cliente = world.server(QStringLiteral("cliente.fr"));
    QVERIFY(cliente);
    const QList<MailStore::Message> box = cliente->store()->mailbox("ana");
    QCOMPARE(box.size(), 1);
    QCOMPARE(MailMessage::decodedHeader(box.first().content(), "Subject"),
             QStringLiteral("Re: Quedamos hoxe?"));
    QCOMPARE(MailMessage::decodedHeader(box.first().content(), "From"), QStringLiteral("fran@servidor.edu"));
    // The browser spoke HTTP to the webmail; the webmail, SMTP submission to servidor.edu.
    const QStringList http = linesBetween(world.transcript(), QStringLiteral("fran"),
                                          QStringLiteral("webmail.servidor.edu"));
    QVERIFY(http.contains(QStringLiteral("C: POST /send HTTP/1.1")));
    const QStringList smtp = linesBetween(world.transcript(), QStringLiteral("webmail.servidor.edu"),
                                          QStringLiteral("servidor.edu"));
    QVERIFY(!smtp.filter(QStringLiteral("C: MAIL FROM:<fran@servidor.edu>")).isEmpty());
    WebBrowser *browser = world.browser(QStringLiteral("fran"));
    QVERIFY(browser);
    // No message 9: a page all the same (404), and a note, as a failed fetch's error.
    QVERIFY(!browser->lastResult().ok);
    QVERIFY(TestWorlds::noted(world, QStringLiteral("did not get the page it asked for")));
    QVERIFY(browser->cookies().size() >= 1); // the session

    // An address in To and in Cc: one RCPT, one copy.
    BrowseAction send;
    send.kind = BrowseAction::Kind::Send;
    send.to = QStringLiteral("ana@cliente.fr");
    send.cc = QStringLiteral("Ana@cliente.fr");
    send.subject = QStringLiteral("Fotos");
    send.body = QStringLiteral("Velaquí.");
    bool sent = false;
    browser->run(send, [&](const BrowseResult &) { sent = true; });
    QVERIFY(QTest::qWaitFor([&] { return sent && !world.hasWork(); }, 20000));
    QCOMPARE(cliente->store()->mailbox("ana").size(), 2);

    // A wrong password: the log-in page again, with the error, and no session.
    WebBrowser *other = world.browser(QStringLiteral("fran-movil"));
    QVERIFY(other);
    other->setPassword("claveerrada");
    BrowseResult result;
    bool done = false;
    BrowseAction login;
    login.kind = BrowseAction::Kind::Login;
    other->run(login, [&](const BrowseResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done && !world.isBusy(); }, 20000));
    QVERIFY2(result.ok, result.error.constData());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.url, QByteArray("/login"));
    QVERIFY(WebBrowser::pageText(result.page).contains(QStringLiteral("Wrong user name or password.")));
    QVERIFY(!result.page.contains("Quedamos hoxe?"));
    // Without a session the inbox is not shown: the webmail sends it to the log-in page.
    BrowseAction inbox;
    inbox.kind = BrowseAction::Kind::Open;
    inbox.path = "/folder?name=INBOX";
    done = false;
    other->run(inbox, [&](const BrowseResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done && !world.isBusy(); }, 20000));
    QCOMPARE(result.url, QByteArray("/login"));
    QVERIFY(!result.page.contains("Quedamos hoxe?"));
}

void TestWorld::serverToServerLegIsTheCourseTranscript()
{
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), testOptions());
    QVERIFY(world.start(nullptr));
    ScenarioRunner runner(&world, QStringLiteral("gl"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));

    // The course's transcript (section 3); the message content differs only in
    // that a real message has headers, so content lines are compared apart.
    const QStringList course = {
        QStringLiteral("S: 220 servidor.edu"),
        QStringLiteral("C: HELO cliente.fr"),
        QStringLiteral("S: 250 Hello cliente.fr, pleased to meet you"),
        QStringLiteral("C: MAIL FROM:<ana@cliente.fr>"),
        QStringLiteral("S: 250 ana@cliente.fr... Sender ok"),
        QStringLiteral("C: RCPT TO:<fran@servidor.edu>"),
        QStringLiteral("S: 250 fran@servidor.edu ... Recipient ok"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 Enter mail, end with \".\" on a line by itself"),
        QStringLiteral("C: ."),
        QStringLiteral("S: 250 Message accepted for delivery"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 servidor.edu closing connection"),
    };
    const QStringList leg = linesBetween(world.transcript(), QStringLiteral("cliente.fr"),
                                         QStringLiteral("servidor.edu"));
    QStringList withoutContent;
    QStringList content;
    bool inData = false;
    for (const QString &line : leg) {
        if (inData && line != QLatin1String("C: .")) {
            content.append(line);
            continue;
        }
        inData = line.startsWith(QLatin1String("S: 354"));
        withoutContent.append(line);
    }
    QCOMPARE(withoutContent, course);
    QVERIFY(content.contains(QStringLiteral("C: Subject: Quedamos hoxe?")));
    QCOMPARE(content.last(), QStringLiteral("C: A que hora e onde?"));
}

void TestWorld::everyLineIsRecordedOnce()
{
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), testOptions());
    QVERIFY(world.start(nullptr));
    ScenarioRunner runner(&world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    int helo = 0, greetings = 0, opened = 0, closed = 0;
    QSet<int> ids;
    for (const TranscriptEvent &e : world.transcript()->events()) {
        helo += e.raw == "HELO cliente.fr" ? 1 : 0;
        greetings += e.raw == "220 servidor.edu" ? 1 : 0;
        opened += e.kind == TranscriptEvent::Kind::ConnectionOpened ? 1 : 0;
        closed += e.kind == TranscriptEvent::Kind::ConnectionClosed ? 1 : 0;
        if (e.kind == TranscriptEvent::Kind::Line)
            ids.insert(e.connectionId);
        QVERIFY(e.sequence >= 0);
    }
    QCOMPARE(helo, 1);
    QCOMPARE(greetings, 1);
    QCOMPARE(opened, 3); // submission, relay, POP3
    QCOMPARE(closed, 3);
    QCOMPARE(ids.size(), 3); // both ends of a connection share its id
    // Phases as the course names them.
    for (const TranscriptEvent &e : world.transcript()->events()) {
        if (e.raw == "HELO cliente.fr")
            QCOMPARE(e.phase, Phase::Opening);
        if (e.raw == "DATA")
            QCOMPARE(e.phase, Phase::Transfer);
        if (e.raw == "QUIT" && e.protocol == Protocol::Smtp)
            QCOMPARE(e.phase, Phase::Closing);
        if (e.raw == "USER fran")
            QCOMPARE(e.phase, Phase::Authorization);
        if (e.raw == "RETR 1")
            QCOMPARE(e.phase, Phase::Transaction);
    }
}

void TestWorld::stepModeHoldsTheRealSocket()
{
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    world.gate()->setMode(Gate::Mode::Step);
    const World::Service *smtp = world.service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    QTcpSocket telnet;
    telnet.connectToHost(smtp->address, smtp->port);
    QVERIFY(telnet.waitForConnected(5000));
    // The greeting is ready but held at the gate: nothing reaches the socket.
    QVERIFY(QTest::qWaitFor([&] { return world.gate()->pendingCount() == 1; }, 5000));
    QTest::qWait(200);
    QCOMPARE(telnet.bytesAvailable(), qint64(0));
    QCOMPARE(world.gate()->nextLine(), QByteArray("220 servidor.edu"));
    QVERIFY(world.gate()->step());
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QCOMPARE(telnet.readLine(), QByteArray("220 servidor.edu\r\n"));
    telnet.write("HELO outside.test\r\n");
    QVERIFY(QTest::qWaitFor([&] { return world.gate()->pendingCount() == 1; }, 5000));
    QTest::qWait(100);
    QCOMPARE(telnet.bytesAvailable(), qint64(0));
    QVERIFY(world.gate()->step());
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QVERIFY(telnet.readLine().startsWith("250 Hello outside.test"));
    // Back to free-run: what waits is released in order, and nothing more waits.
    telnet.write("QUIT\r\n");
    QVERIFY(QTest::qWaitFor([&] { return world.gate()->pendingCount() == 1; }, 5000));
    world.gate()->setMode(Gate::Mode::FreeRun);
    QCOMPARE(world.gate()->pendingCount(), 0);
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QVERIFY(telnet.readLine().startsWith("221 "));
}

void TestWorld::pacedModeReleasesOverTime()
{
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    world.gate()->setMode(Gate::Mode::Paced);
    world.gate()->setPaceMs(400);
    world.gate()->setSpeed(4.0); // 100 ms per utterance
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("Texto"));
    // Paced: lines appear one by one, not all in the same instant.
    QVERIFY(QTest::qWaitFor([&] { return !world.transcript()->lines().isEmpty(); }, 5000));
    const qsizetype early = world.transcript()->lines().size();
    QVERIFY(early <= 2);
    QVERIFY(waitIdle(&world, 30000));
    QVERIFY(world.transcript()->lines().size() > early + 10);
    QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
}

void TestWorld::outsideClientAppearsInTranscript()
{
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    const World::Service *pop3 = world.service(QStringLiteral("servidor.edu"), QStringLiteral("pop3"));
    QTcpSocket telnet;
    telnet.connectToHost(pop3->address, pop3->port);
    QVERIFY(telnet.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QVERIFY(telnet.readLine().startsWith("+OK"));
    telnet.write("user fran\r\n");
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QCOMPARE(telnet.readLine(), QByteArray("+OK\r\n"));
    telnet.write("quit\r\n");
    QVERIFY(QTest::qWaitFor([&] { return world.openConnections() == 0; }, 5000));
    const QStringList lines = linesBetween(world.transcript(), QStringLiteral("outside 127.0.0.1"),
                                           QStringLiteral("servidor.edu"));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(1), QStringLiteral("C: user fran"));
    QCOMPARE(lines.at(2), QStringLiteral("S: +OK"));
    QCOMPARE(lines.at(3), QStringLiteral("C: quit"));
}

void TestWorld::imapSessionIsRecordedAndExplained()
{
    // An IMAP client on servidor.edu's imap port: every line recorded with
    // its role, the tagged OK answering its command (after a literal too),
    // IDLE told of Ana's message the moment servidor.edu stores it, and each
    // line explained from the IMAP catalogue.
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    const World::Service *imap = world.service(QStringLiteral("servidor.edu"), QStringLiteral("imap"));
    QVERIFY(imap);
    QTcpSocket client;
    client.connectToHost(imap->address, imap->port);
    QVERIFY(client.waitForConnected(5000));
    const auto readLine = [&client] {
        if (!QTest::qWaitFor([&] { return client.canReadLine(); }, 5000))
            return QByteArray();
        return client.readLine();
    };
    QVERIFY(readLine().startsWith("* OK"));
    client.write("a1 LOGIN fran {12}\r\n");
    QCOMPARE(readLine(), QByteArray("+ Ready for literal data\r\n"));
    client.write("claveejemplo\r\n");
    QVERIFY(readLine().startsWith("a1 OK"));
    client.write("a2 SELECT INBOX\r\n");
    QByteArray line;
    while (!(line = readLine()).startsWith("a2 ")) {
        QVERIFY(!line.isEmpty());
    }
    client.write("a3 IDLE\r\n");
    QCOMPARE(readLine(), QByteArray("+ idling\r\n"));
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    QCOMPARE(readLine(), QByteArray("* 1 EXISTS\r\n"));
    client.write("DONE\r\n");
    QCOMPARE(readLine(), QByteArray("a3 OK IDLE terminated\r\n"));
    client.write("a4 FETCH 1 BODY.PEEK[HEADER.FIELDS (SUBJECT)]\r\n");
    QVERIFY(readLine().startsWith("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {"));
    client.write("a5 LOGOUT\r\n");
    QVERIFY(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 5000));

    const Transcript *t = world.transcript();
    const auto find = [t](const QByteArray &raw) {
        for (qsizetype i = 0; i < t->size(); ++i) {
            if (t->at(i).kind == TranscriptEvent::Kind::Line && t->at(i).raw == raw)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype login = find("a1 LOGIN fran {12}");
    const qsizetype go = find("+ Ready for literal data");
    const qsizetype password = find("claveejemplo");
    const qsizetype loginOk = [&] {
        for (qsizetype i = 0; i < t->size(); ++i) {
            if (t->at(i).raw.startsWith("a1 OK"))
                return i;
        }
        return qsizetype(-1);
    }();
    QVERIFY(login >= 0 && go > login && password > go && loginOk > password);
    QCOMPARE(t->at(login).protocol, Protocol::Imap);
    QCOMPARE(t->at(login).role, LineRole::Command);
    QCOMPARE(t->at(login).phase, Phase::NotAuthenticated);
    QCOMPARE(t->at(go).role, LineRole::Continuation);
    QCOMPARE(t->at(password).role, LineRole::Literal);
    QCOMPARE(t->at(loginOk).role, LineRole::Reply);
    QVERIFY(t->at(loginOk).answers >= login); // the command's last line
    const qsizetype exists = find("* 1 EXISTS");
    QVERIFY(exists >= 0);
    QCOMPARE(t->at(exists).role, LineRole::Untagged);
    QCOMPARE(t->at(exists).phase, Phase::Selected);
    // Stored by servidor.edu before the EXISTS was said.
    bool deliveredBefore = false;
    for (qsizetype i = 0; i < exists; ++i)
        deliveredBefore = deliveredBefore || t->at(i).kind == TranscriptEvent::Kind::Delivery;
    QVERIFY(deliveredBefore);

    using Explanations::forEvent;
    QCOMPARE(forEvent(*t, login).rfc, QStringLiteral("RFC 3501 §6.2.3"));
    QCOMPARE(forEvent(*t, go).rfc, QStringLiteral("RFC 3501 §7.5"));
    QCOMPARE(forEvent(*t, password).rfc, QStringLiteral("RFC 3501 §4.3"));
    const Explanation ok = forEvent(*t, loginOk);
    QCOMPARE(ok.rfc, QStringLiteral("RFC 3501 §7.1.1"));
    QVERIFY(!ok.details.isEmpty());
    QCOMPARE(ok.details.first().rfc, QStringLiteral("RFC 3501 §6.2.3")); // what it answers: LOGIN
    QCOMPARE(forEvent(*t, exists).rfc, QStringLiteral("RFC 3501 §7.3.1"));
    const Explanation peek = forEvent(*t, find("a4 FETCH 1 BODY.PEEK[HEADER.FIELDS (SUBJECT)]"));
    QCOMPARE(peek.rfc, QStringLiteral("RFC 3501 §6.4.5"));
    QVERIFY(!peek.details.isEmpty());
    const qsizetype greeting = [&] {
        for (qsizetype i = 0; i < t->size(); ++i) {
            if (t->at(i).raw.startsWith("* OK [CAPABILITY"))
                return i;
        }
        return qsizetype(-1);
    }();
    QCOMPARE(forEvent(*t, greeting).rfc, QStringLiteral("RFC 3501 §7.1.1"));
    QVERIFY(forEvent(*t, greeting).text.contains(QStringLiteral("not authenticated")));
}

void TestWorld::imapOutlastsTheIdleTimeout()
{
    // With a one-second idle deadline a quiet POP3 session is closed, while
    // an IMAP one (in IDLE, waiting for mail) is kept: RFC 3501 §5.4 wants
    // at least 30 minutes.
    World::Options options = testOptions();
    options.idleTimeoutMs = 1000;
    World world(parse(twoDomains), options);
    QVERIFY(world.start(nullptr));
    const World::Service *imap = world.service(QStringLiteral("servidor.edu"), QStringLiteral("imap"));
    const World::Service *pop3 = world.service(QStringLiteral("servidor.edu"), QStringLiteral("pop3"));
    QTcpSocket idler;
    QTcpSocket quiet;
    idler.connectToHost(imap->address, imap->port);
    quiet.connectToHost(pop3->address, pop3->port);
    QVERIFY(idler.waitForConnected(5000) && quiet.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([&] { return idler.canReadLine() && quiet.canReadLine(); }, 5000));
    idler.readAll();
    idler.write("a1 LOGIN fran claveejemplo\r\na2 SELECT INBOX\r\na3 IDLE\r\n");
    QVERIFY(QTest::qWaitFor([&] { return quiet.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QTest::qWait(1500); // well past the deadline for the IMAP session too
    QCOMPARE(idler.state(), QAbstractSocket::ConnectedState);
    idler.readAll();
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    QVERIFY(QTest::qWaitFor([&] { return idler.readAll().contains("* 1 EXISTS"); }, 5000));
}

void TestWorld::unknownUserBouncesToSender()
{
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    world.client(QStringLiteral("ana"))
        ->send({"nadie@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    QVERIFY(waitIdle(&world));
    // cliente.fr accepted it (it relays for Ana), servidor.edu said 550, so
    // cliente.fr returns a report to Ana's mailbox.
    MailStore *anaBox = world.server(QStringLiteral("cliente.fr"))->store();
    QCOMPARE(anaBox->count("ana"), 1);
    const QByteArray bounce = anaBox->mailbox("ana").first().content();
    QVERIFY(bounce.contains("Return-Path: <>"));
    QVERIFY(bounce.contains("Subject: Undelivered Mail Returned to Sender"));
    QVERIFY(bounce.contains("nadie@servidor.edu: 550"));
    QVERIFY(world.server(QStringLiteral("cliente.fr"))->queue().isEmpty());
}

void TestWorld::unreachableDomainRetriesThenBounces()
{
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
    QCOMPARE(world.client(QStringLiteral("ana"))->lastSendResult().outcome,
             SmtpClientResult::Outcome::Delivered);
    int deferred = 0, refused = 0;
    for (const TranscriptEvent &e : world.transcript()->events()) {
        // What a note means is its code, whatever language it reads in.
        deferred += e.kind == TranscriptEvent::Kind::Queue
                && (e.noteCode == NoteCode::Deferred || e.noteCode == NoteCode::DeferredGivingUp)
            ? 1
            : 0;
        refused += e.kind == TranscriptEvent::Kind::Note
                && e.noteText().contains(QLatin1String("cannot connect"))
            ? 1
            : 0;
    }
    QCOMPARE(refused, 3); // maximumAttempts in testOptions()
    QCOMPARE(deferred, 3); // two "deferred … attempt n", then "deferred 3 times; giving up"
    MailStore *anaBox = world.server(QStringLiteral("cliente.fr"))->store();
    QCOMPARE(anaBox->count("ana"), 1);
    QVERIFY(anaBox->mailbox("ana").first().content().contains("Undelivered Mail Returned to Sender"));
}

void TestWorld::hostBackUpGetsTheQueuedMessage()
{
    World::Options options = testOptions();
    options.queue.retryBaseMs = 300;
    World world(parse(twoDomains), options);
    QVERIFY(world.start(nullptr));
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const TranscriptEvent &e : world.transcript()->events()) {
                if (e.kind == TranscriptEvent::Kind::Queue
                    && e.noteText().contains(QLatin1String("deferred")))
                    return true;
            }
            return false;
        },
        10000));
    QCOMPARE(world.server(QStringLiteral("cliente.fr"))->queue().size(), 1);
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::On));
    QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
    QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
    QCOMPARE(world.server(QStringLiteral("cliente.fr"))->store()->count("ana"), 0); // no bounce
}

void TestWorld::relayWithoutAuthIsRefused()
{
    World world(parse(twoDomains), testOptions());
    QVERIFY(world.start(nullptr));
    const World::Service *smtp = world.service(QStringLiteral("cliente.fr"), QStringLiteral("smtp"));
    QTcpSocket telnet;
    telnet.connectToHost(smtp->address, smtp->port);
    QVERIFY(telnet.waitForConnected(5000));
    auto reply = [&] {
        if (!QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000))
            return QByteArray("(no reply in time)");
        return telnet.readLine();
    };
    QVERIFY(reply().startsWith("220"));
    telnet.write("HELO spammer.test\r\nMAIL FROM:<x@spammer.test>\r\nRCPT TO:<fran@servidor.edu>\r\n");
    QVERIFY(reply().startsWith("250"));
    QVERIFY(reply().startsWith("250"));
    const QByteArray refused = reply();
    QVERIFY2(refused.startsWith("554") || refused.startsWith("550"), refused.constData());
    QVERIFY(world.server(QStringLiteral("cliente.fr"))->queue().isEmpty());
}

void TestWorld::keepModeLetsAnotherClientReadAgain()
{
    World world(parse(twoDomains + "client fran2 user fran@servidor.edu pop3 keep\n"), testOptions());
    QVERIFY(world.start(nullptr));
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("Texto"));
    QVERIFY(waitIdle(&world));
    MailClient *keep = world.client(QStringLiteral("fran2"));
    keep->fetch(Pop3Mode::DownloadAndKeep);
    QVERIFY(waitIdle(&world));
    QCOMPARE(keep->inbox().size(), 1);
    keep->fetch(Pop3Mode::DownloadAndKeep); // again: nothing new, nothing twice
    QVERIFY(waitIdle(&world));
    QCOMPARE(keep->inbox().size(), 1);
    QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
    MailClient *del = world.client(QStringLiteral("fran"));
    del->fetch(Pop3Mode::DownloadAndDelete);
    QVERIFY(waitIdle(&world));
    QCOMPARE(del->inbox().size(), 1);
    QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 0);
}

void TestWorld::sharedAddressFallbackStillKnowsEachHost()
{
    // Where a platform refuses 127.0.0.x, every host shares 127.0.0.1 and is
    // told apart by its ports; the walkthrough must read the same.
    World::Options options = testOptions();
    options.forceSharedAddress = true;
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), options);
    QVERIFY(world.start(nullptr));
    for (const World::Service &s : world.services())
        QCOMPARE(s.address, QHostAddress(QHostAddress::LocalHost));
    ScenarioRunner runner(&world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QStringList leg = linesBetween(world.transcript(), QStringLiteral("cliente.fr"),
                                         QStringLiteral("servidor.edu"));
    QVERIFY(leg.contains(QStringLiteral("C: HELO cliente.fr")));
    for (const TranscriptEvent &e : world.transcript()->events())
        QVERIFY2(!e.from.startsWith(QLatin1String("outside")), qPrintable(e.from));

    // Fixed ports in this mode: each host gets its own thousand.
    World::Options fixed;
    fixed.forceSharedAddress = true;
    // Below Linux's ephemeral range (32768–60999): a client socket of a busy
    // test running beside this one cannot hold one of these ports.
    fixed.portOffset = 20000 + int(QCoreApplication::applicationPid() % 1000) * 10;
    World second(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), fixed);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    QCOMPARE(second.service(QStringLiteral("cliente.fr"), QStringLiteral("smtp"))->port,
             quint16(fixed.portOffset + 25));
    QCOMPARE(second.service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"))->port,
             quint16(fixed.portOffset + 1025));
}

void TestWorld::privateWorldHasItsOwnAddressesOrPorts()
{
    // Student 3's private world ("class … private"): every host on 127.1.3.x.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    World::Options options = testOptions();
    options.addressBlock = 3;
    World mine(scenario, options);
    QString error;
    QVERIFY2(mine.start(&error), qPrintable(error));
    QVERIFY(!mine.services().isEmpty());
    QSet<QString> addresses;
    for (const World::Service &s : mine.services()) {
        QVERIFY2(s.address.toString().startsWith(QLatin1String("127.1.3.")),
                 qPrintable(s.address.toString()));
        addresses.insert(s.host + QLatin1Char(' ') + s.address.toString());
    }
    for (const World::Host &h : mine.hosts()) {
        if (h.kind == World::HostKind::MailClient || h.kind == World::HostKind::MailServer)
            QVERIFY2(h.address.toString().startsWith(QLatin1String("127.1.3.")), qPrintable(h.name));
    }
    QCOMPARE(addresses.size(), 2); // cliente.fr and servidor.edu, each its own
    // Beyond 255 students the count carries into the second octet.
    options.addressBlock = 300;
    const World far(scenario, options);
    QCOMPARE(far.addressOf(QStringLiteral("cliente.fr")), QHostAddress(QStringLiteral("127.2.44.2")));
    QVERIFY(mine.privatePortsFit(500, nullptr)); // own addresses: the same ports for all

    // Hosts sharing an address: ports of its own above the teacher's, ten
    // per student at least (two servers: 14 slots, 20 a student).
    World::Options shared;
    shared.forceSharedAddress = true;
    shared.addressBlock = 2;
    shared.portOffset = 20000 + int(QCoreApplication::applicationPid() % 1000) * 10;
    World second(scenario, shared);
    QCOMPARE(second.privatePortBase(), shared.portOffset + 2000);
    QCOMPARE(second.privatePortStride(), 20);
    const int base = shared.portOffset + 2000 + 20; // student 2
    QCOMPARE(second.plannedPort(QStringLiteral("cliente.fr"), QStringLiteral("smtp")), quint16(base + 0));
    QCOMPARE(second.plannedPort(QStringLiteral("cliente.fr"), QStringLiteral("pop3s")), quint16(base + 6));
    QCOMPARE(second.plannedPort(QStringLiteral("servidor.edu"), QStringLiteral("smtp")), quint16(base + 7));
    QCOMPARE(second.plannedPort(QStringLiteral("servidor.edu"), QStringLiteral("imap")), quint16(base + 10));
    QCOMPARE(second.plannedPort(QStringLiteral("nowhere.org"), QStringLiteral("smtp")), quint16(0));
    QVERIFY2(second.start(&error), qPrintable(error));
    for (const World::Service &s : second.services()) {
        QCOMPARE(s.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(s.port, second.plannedPort(s.host, s.name));
    }
    QVERIFY(second.privatePortsFit(30, &error));
    QVERIFY(!second.privatePortsFit(1000, &error));
    QVERIFY2(error.contains(QLatin1String("temporary ports")), qPrintable(error));
    // The teacher's world (no block) as ever: a thousand per host.
    shared.addressBlock = 0;
    const World teacher(scenario, shared);
    QCOMPARE(teacher.plannedPort(QStringLiteral("servidor.edu"), QStringLiteral("smtp")),
             quint16(shared.portOffset + 1025));
}

void TestWorld::listenAddressServesEveryHost()
{
    // --listen ADDRESS: every server on that one address (loopback here; the
    // tests never listen beyond it), each host told apart by its ports, and
    // the walkthrough reads the same. Loopback is not "beyond loopback".
    World::Options options = testOptions();
    options.listenAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), options);
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    for (const World::Service &s : world.services())
        QCOMPARE(s.address, options.listenAddress);
    QVERIFY(!world.listensBeyondLoopback());
    QVERIFY(world.servicesBeyondLoopback().isEmpty());
    ScenarioRunner runner(&world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    for (const TranscriptEvent &e : world.transcript()->events())
        QVERIFY2(!e.from.startsWith(QLatin1String("outside")), qPrintable(e.from));
}

void TestWorld::recipientRefusedForNowIsRetriedAlone()
{
    World::Options options = testOptions();
    options.queue.retryBaseMs = 200;
    World world(parse(twoDomains + "user pepe@servidor.edu password clavepepe\n"), options);
    QVERIFY(world.start(nullptr));
    MailServer *fran = world.server(QStringLiteral("servidor.edu"));
    fran->addFault({QStringLiteral("RCPT"), QStringLiteral("fran@servidor.edu"),
                    QStringLiteral("452 4.2.2 Mailbox full")});
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu", "pepe@servidor.edu"}, QStringLiteral("Ola"),
               QStringLiteral("Para os dous"));
    // Pepe gets it at once; Fran's 452 keeps the message queued for him alone.
    QVERIFY(QTest::qWaitFor([&] { return fran->store()->count("pepe") == 1; }, 10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto queue = world.server(QStringLiteral("cliente.fr"))->queue();
            return queue.size() == 1 && !queue.first().sending;
        },
        10000));
    QCOMPARE(world.server(QStringLiteral("cliente.fr"))->queue().first().recipients,
             QList<QByteArray>{"fran@servidor.edu"});
    fran->clearFaults(); // the mailbox has room again
    QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
    QCOMPARE(fran->store()->count("fran"), 1);
    QCOMPARE(fran->store()->count("pepe"), 1); // not sent twice
    QCOMPARE(world.server(QStringLiteral("cliente.fr"))->store()->count("ana"), 0); // no bounce
}

void TestWorld::takenPortsFailOrMoveToTheNextOffset()
{
    // Another process holds one port of the offset (a window, a --serve).
    World::Options options;
    options.portOffset = 21000 + int(QCoreApplication::applicationPid() % 500) * 10;
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QStringLiteral("127.0.0.3")), quint16(options.portOffset + 110)));
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    QVERIFY(errors.isEmpty());

    // --serve: fails, and says which port.
    World fixed(scenario, options);
    QString error;
    QVERIFY(!fixed.start(&error));
    QCOMPARE(fixed.startProblem(), World::StartProblem::PortTaken);
    QCOMPARE(fixed.failedService().port, quint16(options.portOffset + 110));
    QVERIFY2(error.contains(QString::number(options.portOffset + 110)), qPrintable(error));
    QVERIFY(fixed.services().isEmpty()); // nothing half open
    QCOMPARE(fixed.options().portOffset, options.portOffset);

    // The window: the next offset, every service on it.
    options.takenPorts = World::Options::TakenPorts::TryNextOffset;
    World moving(scenario, options);
    QVERIFY2(moving.start(&error), qPrintable(error));
    QCOMPARE(moving.startProblem(), World::StartProblem::None);
    QCOMPARE(moving.options().portOffset, options.portOffset + 1000);
    QCOMPARE(moving.services().size(), 14); // smtp, submission, pop3, imap and the secure three on each
    for (const World::Service &s : moving.services())
        QCOMPARE(int(s.port), options.portOffset + 1000 + s.standardPort);

    // The offsets tried stay below the system's ephemeral ports.
    const QList<int> offsets = moving.candidatePortOffsets();
    QVERIFY(offsets.size() >= 2 && offsets.size() <= World::maxOffsetTries);
    QCOMPARE(offsets.at(1) - offsets.at(0), 1000);
    QVERIFY(offsets.last() + 587 < 32768);
}

void TestWorld::droppedPeersDoNotCountAgainstTheLimit()
{
    // Accepted, then dropped before the event loop has read the closes:
    // they are open no more (QTcpServer accepts a burst in one go).
    World::Options options = testOptions();
    options.maximumConnections = 5;
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), options);
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    const World::Service *smtp = world.service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    QList<QTcpSocket *> held;
    for (int i = 0; i < 5; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(smtp->address, smtp->port);
        QVERIFY(socket->waitForConnected(5000));
        held.append(socket);
    }
    QVERIFY(QTest::qWaitFor([&] { return world.openConnections() == 5; }, 5000));
    QCOMPARE(world.openServerConnections(), 5);
    for (QTcpSocket *socket : held)
        socket->abort(); // the server's event loop has not turned since
    QTest::qSleep(100); // the resets reach the server's sockets, unread
    QCOMPARE(world.openConnections(), 5);
    QCOMPARE(world.openServerConnections(), 0);
    qDeleteAll(held);
    QVERIFY(QTest::qWaitFor([&] { return world.openConnections() == 0; }, 5000));
}

QTEST_GUILESS_MAIN(TestWorld)
#include "tst_world.moc"
