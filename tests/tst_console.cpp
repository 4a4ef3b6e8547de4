// SPDX-License-Identifier: GPL-3.0-or-later
// The console: the course's telnet sessions typed by hand into a real server
// of a world, through the gate, and the engine that names their phases.
#include "gui/consolewidget.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "protocol/consolesession.h"
#include "scenario/scenarioparser.h"
#include "world/world.h"

#include <QHostAddress>

#include "testworlds.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

namespace {

std::unique_ptr<World> startWorld()
{
    return TestWorlds::start();
}

template<typename T>
T *child(QWidget *widget, const char *name)
{
    T *found = widget->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

QStringList serverLines(const ConsoleWidget &console)
{
    QStringList out;
    for (const QString &line : console.outputText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("S: ")))
            out.append(line);
    }
    return out;
}

bool waitForOutput(const ConsoleWidget &console, const QString &line, int ms = 5000)
{
    return QTest::qWaitFor([&] { return console.outputText().split(QLatin1Char('\n')).contains(line); }, ms);
}

// Types into the line edit and presses Enter.
void typeInto(ConsoleWidget *console, const QString &text)
{
    QLineEdit *input = child<QLineEdit>(console, "input");
    input->clear();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

// Chooses the service in the combo and clicks Connect.
bool connectVia(ConsoleWidget *console, const QString &host, const QString &service)
{
    QComboBox *combo = child<QComboBox>(console, "serviceCombo");
    const QString prefix = host + QLatin1Char(' ') + service + QLatin1Char(' ');
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(prefix)) {
            combo->setCurrentIndex(i);
            QTest::mouseClick(child<QPushButton>(console, "connectButton"), Qt::LeftButton);
            return true;
        }
    }
    return false;
}

QList<TranscriptEvent> consoleLines(const World *world)
{
    QList<TranscriptEvent> out;
    for (const TranscriptEvent &e : world->transcript()->events()) {
        if (e.kind == TranscriptEvent::Kind::Line && e.from == QLatin1String("console"))
            out.append(e);
    }
    return out;
}

// Feeds an engine a server line, as the connection would.
void serverSays(ConsoleSession &session, const QByteArray &line)
{
    session.receive(line + "\r\n");
}

Protocol sessionProtocol(const ConsoleWidget &console)
{
    return console.connection() && console.connection()->engine() ? console.connection()->engine()->protocol()
                                                                  : Protocol::None;
}

Utterance typed(ConsoleSession &session, const QByteArray &line)
{
    session.type(line);
    const QList<Utterance> out = session.takeOutput();
    return out.size() == 1 ? out.first() : Utterance();
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The engine alone, line by line.
    void smtpPhases();
    void smtpRefusedDataEndsContent();
    void pop3Phases();
    void imapStatesTagsAndLiterals();
    void serverLinesReachTheHandlerWithCodes();
    // The panel over a real world.
    void listsEveryServiceWithTelnetHint();
    void courseSmtpDialogue();
    void coursePop3Dialogue();
    void imapTypedByHand();
    void stepModeHoldsTypedLine();
    void refusedConnection();
    void worldResetDropsConnection();
    void historyUpAndDown();
    void followsThePalette();
    void netstatWithoutAConnection();
    void netstatFollowsAServiceTakenDown();
    void telnetCommandConnects();
    void telnetReachesARealServer();
};

void TestConsole::smtpPhases()
{
    ConsoleSession s(Protocol::Smtp);
    serverSays(s, "220 servidor.edu");
    QCOMPARE(typed(s, "HELO cliente.fr").phase, Phase::Opening);
    serverSays(s, "250 Hello cliente.fr, pleased to meet you");
    QCOMPARE(typed(s, "MAIL FROM: <ana@cliente.fr>").phase, Phase::Transfer);
    serverSays(s, "250 ok");
    QCOMPARE(typed(s, "DATA").phase, Phase::Transfer);
    QVERIFY(s.isInContent());
    serverSays(s, "354 Enter mail, end with \".\" on a line by itself");
    // A content line that looks like a command is still the message.
    QCOMPARE(typed(s, "QUIT").phase, Phase::Transfer);
    QCOMPARE(typed(s, "HELO there").phase, Phase::Transfer);
    QCOMPARE(typed(s, ".").phase, Phase::Transfer);
    QVERIFY(!s.isInContent());
    serverSays(s, "250 Message accepted for delivery");
    QCOMPARE(typed(s, "QUIT").phase, Phase::Closing);
    // Passwords are marked.
    QVERIFY(typed(s, "AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==").sensitive);
    QVERIFY(!typed(s, "NOOP").sensitive);
}

void TestConsole::smtpRefusedDataEndsContent()
{
    ConsoleSession s(Protocol::Smtp);
    serverSays(s, "220 servidor.edu");
    typed(s, "DATA");
    QVERIFY(s.isInContent());
    serverSays(s, "503 Need RCPT command");
    QVERIFY(!s.isInContent());
    QCOMPARE(typed(s, "QUIT").phase, Phase::Closing);
    // AUTH LOGIN's base64 answers are sensitive and not commands.
    ConsoleSession a(Protocol::Smtp);
    serverSays(a, "220 cliente.fr");
    typed(a, "AUTH LOGIN");
    serverSays(a, "334 VXNlcm5hbWU6");
    const Utterance user = typed(a, "YW5h");
    QVERIFY(user.sensitive);
    QCOMPARE(user.phase, Phase::Opening);
    serverSays(a, "334 UGFzc3dvcmQ6");
    QVERIFY(typed(a, "Y2xhdmVhbmE=").sensitive);
    serverSays(a, "235 2.7.0 Authentication successful");
    QVERIFY(!typed(a, "MAIL FROM:<ana@cliente.fr>").sensitive);
}

void TestConsole::pop3Phases()
{
    ConsoleSession s(Protocol::Pop3);
    serverSays(s, "+OK POP3 servidor listo");
    // QUIT before logging in leaves nothing to update (RFC 1939 §6).
    QCOMPARE(s.phaseOf("QUIT"), Phase::Authorization);
    QCOMPARE(typed(s, "user fran").phase, Phase::Authorization);
    serverSays(s, "+OK");
    const Utterance pass = typed(s, "pass claveejemplo");
    QCOMPARE(pass.phase, Phase::Authorization);
    QVERIFY(pass.sensitive);
    QVERIFY(!s.isLoggedIn());
    // An APOP digest is not a password (RFC 1939 §7): typed, it is not marked.
    ConsoleSession apop(Protocol::Pop3);
    serverSays(apop, "+OK POP3 servidor listo <1896.697170952@dbc.mtview.ca.us>");
    const Utterance digest = typed(apop, "APOP fran c4c9334bac560ecc979e58001b3e22fb");
    QCOMPARE(digest.phase, Phase::Authorization);
    QVERIFY(!digest.sensitive);
    serverSays(s, "+OK user successfully logged on");
    QVERIFY(s.isLoggedIn());
    QCOMPARE(typed(s, "list").phase, Phase::Transaction);
    serverSays(s, "+OK 1 messages");
    serverSays(s, "1 498");
    serverSays(s, ".");
    QCOMPARE(typed(s, "retr 1").phase, Phase::Transaction);
    serverSays(s, "+OK 498 octets");
    serverSays(s, "-ERR this line is the message, not a reply");
    serverSays(s, ".");
    QCOMPARE(typed(s, "quit").phase, Phase::Update);
}

void TestConsole::imapStatesTagsAndLiterals()
{
    // RFC 3501 §3: a command's phase is the state it is typed in; the
    // completion with its tag answers it, and moves the state on.
    ConsoleSession s(Protocol::Imap);
    QList<Utterance> heard;
    s.setHeardHandler([&](const Utterance &u) { heard.append(u); });
    serverSays(s, "* OK [CAPABILITY IMAP4rev1] servidor.edu IMAP4rev1 ready");
    QCOMPARE(heard.last().role, LineRole::Greeting);
    const Utterance login = typed(s, "a1 login fran claveejemplo");
    QCOMPARE(login.phase, Phase::NotAuthenticated);
    QVERIFY(login.sensitive);
    QVERIFY(!s.isLoggedIn());
    // Another tag's completion answers nothing typed here.
    serverSays(s, "zz OK not yours");
    QCOMPARE(heard.last().answersLine, qint64(-1));
    QVERIFY(!s.isLoggedIn());
    serverSays(s, "a1 OK Logged in");
    QCOMPARE(heard.last().code, QByteArray("OK"));
    QCOMPARE(heard.last().role, LineRole::Reply);
    QCOMPARE(heard.last().answersLine, qint64(0)); // the first line typed
    QVERIFY(s.isLoggedIn());
    QCOMPARE(typed(s, "a2 select INBOX").phase, Phase::Authenticated);
    serverSays(s, "* 1 EXISTS");
    QCOMPARE(heard.last().role, LineRole::Untagged);
    serverSays(s, "a2 OK [READ-WRITE] SELECT completed");
    // A literal in a response: its lines, and the ")" after it, are the
    // response's, not a completion (the first literal ends inside a line,
    // the second with a line's CR LF).
    QCOMPARE(typed(s, "a3 fetch 1 (body.peek[header.fields (subject)] body.peek[text]<0.4>)").phase,
             Phase::Selected);
    serverSays(s, "* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {27}");
    serverSays(s, "Subject: Quedamos hoxe?");
    serverSays(s, "");
    serverSays(s, " BODY[TEXT]<0> {4}");
    serverSays(s, "A qu)");
    QCOMPARE(heard.last().role, LineRole::Literal);
    serverSays(s, "a3 OK FETCH completed");
    QCOMPARE(heard.last().role, LineRole::Reply);
    // A literal typed: after the go-ahead its line is part of APPEND.
    QCOMPARE(typed(s, "a4 append Traballo {11}").phase, Phase::Selected);
    serverSays(s, "+ Ready for literal data");
    QCOMPARE(heard.last().role, LineRole::Continuation);
    const Utterance octets = typed(s, "Ola, Fran!!");
    QCOMPARE(octets.role, LineRole::Literal);
    QVERIFY(octets.continuesPrevious);
    serverSays(s, "a4 OK [APPENDUID 1 1] APPEND completed");
    // IDLE (RFC 2177): DONE goes on with it; the next line is a command.
    typed(s, "a5 idle");
    serverSays(s, "+ idling");
    serverSays(s, "* 2 EXISTS");
    const Utterance done = typed(s, "DONE");
    QCOMPARE(done.role, LineRole::Command);
    QVERIFY(done.continuesPrevious);
    serverSays(s, "a5 OK IDLE terminated");
    QCOMPARE(heard.last().answersLine, qint64(6)); // DONE, the seventh line typed
    QCOMPARE(typed(s, "a6 close").phase, Phase::Selected);
    serverSays(s, "a6 OK CLOSE completed");
    QCOMPARE(s.phaseOf("a7 list \"\" *"), Phase::Authenticated);
    QCOMPARE(typed(s, "a7 logout").phase, Phase::Logout);
    serverSays(s, "* BYE servidor.edu logging out");
    QCOMPARE(heard.last().code, QByteArray("BYE"));
    // AUTHENTICATE's SASL response is a password.
    ConsoleSession a(Protocol::Imap);
    serverSays(a, "* OK ready");
    typed(a, "b1 authenticate plain");
    serverSays(a, "+ ");
    const Utterance sasl = typed(a, "AGZyYW4AY2xhdmVlamVtcGxv");
    QCOMPARE(sasl.role, LineRole::AuthResponse);
    QVERIFY(sasl.sensitive);
    serverSays(a, "b1 OK Logged in");
    QVERIFY(a.isLoggedIn());
}

void TestConsole::serverLinesReachTheHandlerWithCodes()
{
    ConsoleSession s(Protocol::Smtp);
    QList<QByteArray> lines;
    s.setLineHandler([&](const QByteArray &line) { lines.append(line); });
    QList<Utterance> heard;
    s.setHeardHandler([&](const Utterance &u) { heard.append(u); });
    serverSays(s, "220 servidor.edu");
    typed(s, "EHLO cliente.fr");
    s.receive("250-servidor.edu\r\n250 PIPELINING\r\n");
    QCOMPARE(lines, (QList<QByteArray>{"220 servidor.edu", "250-servidor.edu", "250 PIPELINING"}));
    QCOMPARE(heard.size(), 3);
    QCOMPARE(heard.at(0).code, QByteArray("220"));
    QCOMPARE(heard.at(2).code, QByteArray("250"));
    QCOMPARE(heard.at(2).phase, Phase::Opening);

    ConsoleSession p(Protocol::Pop3);
    QList<Utterance> pop;
    p.setHeardHandler([&](const Utterance &u) { pop.append(u); });
    serverSays(p, "+OK ready");
    typed(p, "USER nobody");
    serverSays(p, "-ERR no such user");
    QCOMPARE(pop.size(), 2);
    QCOMPARE(pop.at(0).code, QByteArray("+OK"));
    QCOMPARE(pop.at(1).code, QByteArray("-ERR"));

    p.connectionLost();
    QVERIFY(p.isClosed());
    p.type("QUIT"); // after the close: dropped
    QVERIFY(p.takeOutput().isEmpty());
}

void TestConsole::listsEveryServiceWithTelnetHint()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    QComboBox *combo = child<QComboBox>(&console, "serviceCombo");
    QCOMPARE(combo->count(), world->services().size());
    QCOMPARE(combo->count(), 14); // two servers: smtp, submission, pop3, imap, submissions, imaps, pop3s
    const World::Service *smtp = world->service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    const QString item =
        QStringLiteral("servidor.edu smtp %1:%2").arg(smtp->address.toString()).arg(smtp->port);
    const int index = combo->findText(item);
    QVERIFY2(index >= 0, qPrintable(item));
    combo->setCurrentIndex(index);
    const QString hint = child<QLabel>(&console, "hintLabel")->text();
    QVERIFY2(hint.contains(QStringLiteral("telnet %1 %2").arg(smtp->address.toString()).arg(smtp->port)),
             qPrintable(hint));
    // Not connected: the line runs netstat -tl or ss -tl, the prompt says so.
    QVERIFY(child<QLineEdit>(&console, "input")->isEnabled());
    QCOMPARE(child<QLabel>(&console, "prompt")->text(), QStringLiteral("$"));
}

void TestConsole::courseSmtpDialogue()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QVERIFY(connectVia(&console, QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));
    QVERIFY(child<QLineEdit>(&console, "input")->isEnabled());
    QVERIFY(!child<QPushButton>(&console, "connectButton")->isEnabled());

    // The course's section 3, typed line by line, each after the reply before it.
    const QList<QPair<QString, QString>> dialogue = {
        {QStringLiteral("HELO cliente.fr"), QStringLiteral("S: 250 Hello cliente.fr, pleased to meet you")},
        {QStringLiteral("MAIL FROM: <ana@cliente.fr>"), QStringLiteral("S: 250 ana@cliente.fr... Sender ok")},
        {QStringLiteral("RCPT TO: <fran@servidor.edu>"),
         QStringLiteral("S: 250 fran@servidor.edu ... Recipient ok")},
        {QStringLiteral("DATA"), QStringLiteral("S: 354 Enter mail, end with \".\" on a line by itself")},
        {QStringLiteral("Quedamos hoxe?"), QString()},
        {QStringLiteral("A que hora e onde?"), QString()},
        {QStringLiteral("."), QStringLiteral("S: 250 Message accepted for delivery")},
        {QStringLiteral("QUIT"), QStringLiteral("S: 221 servidor.edu closing connection")},
    };
    for (const auto &step : dialogue) {
        typeInto(&console, step.first);
        if (!step.second.isEmpty())
            QVERIFY2(waitForOutput(console, step.second), qPrintable(console.outputText()));
    }
    const QStringList course = {
        QStringLiteral("S: 220 servidor.edu"),
        QStringLiteral("S: 250 Hello cliente.fr, pleased to meet you"),
        QStringLiteral("S: 250 ana@cliente.fr... Sender ok"),
        QStringLiteral("S: 250 fran@servidor.edu ... Recipient ok"),
        QStringLiteral("S: 354 Enter mail, end with \".\" on a line by itself"),
        QStringLiteral("S: 250 Message accepted for delivery"),
        QStringLiteral("S: 221 servidor.edu closing connection"),
    };
    QCOMPARE(serverLines(console), course);
    QVERIFY(console.outputText().contains(QLatin1String("C: MAIL FROM: <ana@cliente.fr>")));

    // The server closes after 221: shown, and typing is off.
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    QVERIFY(console.outputText().contains(QLatin1String("Connection closed by servidor.edu")));
    QCOMPARE(child<QLabel>(&console, "prompt")->text(), QStringLiteral("$"));
    QVERIFY(child<QPushButton>(&console, "connectButton")->isEnabled());
    QVERIFY(QTest::qWaitFor(
        [&] { return world->server(QStringLiteral("servidor.edu"))->store()->count("fran") == 1; }, 5000));

    // The transcript holds the console's lines, as the console host's, with the course's phases.
    const QList<TranscriptEvent> lines = consoleLines(world.get());
    QStringList raw;
    for (const TranscriptEvent &e : lines)
        raw.append(QString::fromUtf8(e.raw));
    QCOMPARE(raw,
             (QStringList{QStringLiteral("HELO cliente.fr"), QStringLiteral("MAIL FROM: <ana@cliente.fr>"),
                          QStringLiteral("RCPT TO: <fran@servidor.edu>"), QStringLiteral("DATA"),
                          QStringLiteral("Quedamos hoxe?"), QStringLiteral("A que hora e onde?"),
                          QStringLiteral("."), QStringLiteral("QUIT")}));
    QCOMPARE(lines.first().to, QStringLiteral("servidor.edu"));
    QCOMPARE(lines.first().direction, TranscriptEvent::Direction::ClientToServer);
    QCOMPARE(lines.at(0).phase, Phase::Opening);
    QCOMPARE(lines.at(1).phase, Phase::Transfer);
    QCOMPARE(lines.at(5).phase, Phase::Transfer);
    QCOMPARE(lines.at(7).phase, Phase::Closing);
    // Each line once: the server's replies are the server's, not the console's.
    int replies = 0;
    for (const TranscriptEvent &e : world->transcript()->events())
        replies += e.raw == "250 Hello cliente.fr, pleased to meet you" ? 1 : 0;
    QCOMPARE(replies, 1);
}

void TestConsole::coursePop3Dialogue()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("pop3")));
    QVERIFY(QTest::qWaitFor([&] { return console.outputText().contains(QLatin1String("S: +OK")); }, 5000));
    console.typeLine(QStringLiteral("user fran"));
    QVERIFY(QTest::qWaitFor([&] { return serverLines(console).size() == 2; }, 5000));
    console.typeLine(QStringLiteral("pass claveejemplo"));
    QVERIFY(QTest::qWaitFor([&] { return serverLines(console).size() == 3; }, 5000));
    QVERIFY2(serverLines(console).last().startsWith(QLatin1String("S: +OK")),
             qPrintable(console.outputText()));
    console.typeLine(QStringLiteral("list"));
    QVERIFY(waitForOutput(console, QStringLiteral("S: .")));
    console.typeLine(QStringLiteral("quit"));
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    const QList<TranscriptEvent> lines = consoleLines(world.get());
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).phase, Phase::Authorization);
    QVERIFY(lines.at(1).sensitive);
    QCOMPARE(lines.at(2).phase, Phase::Transaction);
    QCOMPARE(lines.at(3).phase, Phase::Update);
}

void TestConsole::imapTypedByHand()
{
    // The console on servidor.edu's IMAP port, as telnet-imap asks: the
    // lines typed are drawn in their states, the password marked.
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("imap")));
    QVERIFY(QTest::qWaitFor([&] { return console.outputText().contains(QLatin1String("S: * OK")); }, 5000));
    console.typeLine(QStringLiteral("a1 login fran claveejemplo"));
    QVERIFY(waitForOutput(console,
                          QStringLiteral("S: a1 OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE UIDPLUS MOVE "
                                         "NAMESPACE ID ENABLE SPECIAL-USE UNSELECT] Logged in")));
    console.typeLine(QStringLiteral("a2 select inbox"));
    QVERIFY(waitForOutput(console, QStringLiteral("S: a2 OK [READ-WRITE] SELECT completed")));
    console.typeLine(QStringLiteral("a3 create Traballo"));
    QVERIFY(waitForOutput(console, QStringLiteral("S: a3 OK CREATE completed")));
    console.typeLine(QStringLiteral("a4 logout"));
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    const QList<TranscriptEvent> lines = consoleLines(world.get());
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).phase, Phase::NotAuthenticated);
    QVERIFY(lines.at(0).sensitive);
    QCOMPARE(lines.at(1).phase, Phase::Authenticated);
    QCOMPARE(lines.at(2).phase, Phase::Selected);
    QCOMPARE(lines.at(3).phase, Phase::Logout);
    MailServer *server = world->server(QStringLiteral("servidor.edu"));
    QVERIFY(server->store()->folderNames("fran").contains("Traballo"));
}

void TestConsole::stepModeHoldsTypedLine()
{
    auto world = startWorld();
    QVERIFY(world);
    world->gate()->setMode(Gate::Mode::Step);
    ConsoleWidget console;
    console.setWorld(world.get());
    console.show();
    QVERIFY(connectVia(&console, QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    // The greeting waits at the gate like everything else.
    QVERIFY(QTest::qWaitFor([&] { return world->gate()->pendingCount() == 1; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return child<QLineEdit>(&console, "input")->isEnabled(); }, 5000));
    QVERIFY(!console.outputText().contains(QLatin1String("S: 220")));
    QVERIFY(world->gate()->step());
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));

    typeInto(&console, QStringLiteral("HELO cliente.fr"));
    QCOMPARE(world->gate()->pendingCount(), qsizetype(1));
    QCOMPARE(world->gate()->nextLine(), QByteArray("HELO cliente.fr"));
    QVERIFY(child<QLabel>(&console, "statusLabel")->text().contains(QLatin1String("Step")));
    // Not on the wire (watched all along): not in the transcript, and the
    // server has not answered.
    QVERIFY(!QTest::qWaitFor([&] { return !consoleLines(world.get()).isEmpty(); }, 200));
    QVERIFY(!console.outputText().contains(QLatin1String("S: 250")));
    QCOMPARE(world->gate()->pendingCount(), qsizetype(1));

    QVERIFY(world->gate()->step()); // HELO goes out
    QCOMPARE(consoleLines(world.get()).size(), 1);
    // The server's answer is held in turn.
    QVERIFY(QTest::qWaitFor([&] { return world->gate()->pendingCount() == 1; }, 5000));
    QVERIFY(!console.outputText().contains(QLatin1String("S: 250")));
    QVERIFY(world->gate()->step());
    QVERIFY(waitForOutput(console, QStringLiteral("S: 250 Hello cliente.fr, pleased to meet you")));
    world->gate()->setMode(Gate::Mode::FreeRun);
}

void TestConsole::refusedConnection()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    QVERIFY2(console.outputText().contains(QLatin1String("Could not connect to servidor.edu (smtp)")),
             qPrintable(console.outputText()));
    QCOMPARE(child<QLabel>(&console, "prompt")->text(), QStringLiteral("$"));
    QVERIFY(child<QPushButton>(&console, "connectButton")->isEnabled());
    // Back on the network: connecting works again.
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::On));
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));
}

void TestConsole::worldResetDropsConnection()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));
    QVERIFY(console.isConnected());
    console.setWorld(nullptr);
    QVERIFY(!console.connection());
    QVERIFY(!child<QLineEdit>(&console, "input")->isEnabled());
    QCOMPARE(child<QComboBox>(&console, "serviceCombo")->count(), 0);
    QVERIFY(!child<QPushButton>(&console, "connectButton")->isEnabled());
    // The old world's server saw the close.
    QVERIFY(QTest::qWaitFor([&] { return world->openConnections() == 0; }, 5000));

    // A new world: its services, and connecting works.
    auto next = startWorld();
    QVERIFY(next);
    console.setWorld(next.get());
    QCOMPARE(child<QComboBox>(&console, "serviceCombo")->count(), 14);
    QVERIFY(console.connectToService(QStringLiteral("cliente.fr"), QStringLiteral("submission")));
    QVERIFY(QTest::qWaitFor([&] { return console.outputText().contains(QLatin1String("S: 220 cliente.fr")); },
                            5000));
    // The new world goes away under the panel while connected: no crash, no connection left.
    next.reset();
    QVERIFY(!console.connection());
    console.setWorld(nullptr);
}

void TestConsole::historyUpAndDown()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    console.show();
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));
    typeInto(&console, QStringLiteral("HELO cliente.fr"));
    typeInto(&console, QStringLiteral("NOOP"));
    QLineEdit *input = child<QLineEdit>(&console, "input");
    QCOMPARE(input->text(), QString());
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("NOOP"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("HELO cliente.fr"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("HELO cliente.fr"));
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->text(), QStringLiteral("NOOP"));
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->text(), QString());
    // Disconnect: the server sees the console leave.
    QTest::mouseClick(child<QPushButton>(&console, "disconnectButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    QVERIFY(console.outputText().contains(QLatin1String("You closed the connection")));
    QVERIFY(QTest::qWaitFor([&] { return world->openConnections() == 0; }, 5000));
}

void TestConsole::followsThePalette()
{
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));
    console.typeLine(QStringLiteral("HELO cliente.fr"));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 250 Hello cliente.fr, pleased to meet you")));
    // A dark palette: what the student typed and what the server said take its colours.
    QPalette dark = console.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Link, QColor(0x80, 0xc0, 0xff));
    console.setPalette(dark);
    QPlainTextEdit *output = child<QPlainTextEdit>(&console, "output");
    auto colourOf = [&](const QString &line) {
        for (QTextBlock b = output->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text() == line)
                return b.begin().fragment().charFormat().foreground().color();
        }
        return QColor();
    };
    QCOMPARE(colourOf(QStringLiteral("C: HELO cliente.fr")), QColor(0x80, 0xc0, 0xff));
    QCOMPARE(colourOf(QStringLiteral("S: 220 servidor.edu")), QColor(0xee, 0xee, 0xee));
}

namespace {

// A world on the standard ports plus an offset (the next free one), as the window's.
std::unique_ptr<World> offsetWorld()
{
    World::Options options = TestWorlds::fastOptions();
    options.ephemeralPorts = false;
    options.portOffset = 11000 + int(QCoreApplication::applicationPid() % 15) * 1000;
    options.takenPorts = World::Options::TakenPorts::TryNextOffset;
    return TestWorlds::start(TestWorlds::twoDomains, options);
}

// netstat's row for a listening socket, as net-tools prints it.
QString netstatRow(const QHostAddress &address, const QString &port)
{
    return QString::asprintf("tcp        0      0 %-23s 0.0.0.0:*               LISTEN     ",
                             qPrintable(address.toString() + QLatin1Char(':') + port));
}

// The output rows after the last "$ command" line.
QStringList afterLastCommand(const ConsoleWidget &console)
{
    const QStringList all = console.outputText().split(QLatin1Char('\n'));
    qsizetype last = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).startsWith(QLatin1String("$ ")))
            last = i;
    }
    return all.mid(last + 1);
}

} // namespace

void TestConsole::netstatWithoutAConnection()
{
    auto world = offsetWorld();
    QVERIFY(world);
    const int offset = world->options().portOffset;
    ConsoleWidget console;
    console.setWorld(world.get());
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QVERIFY(child<QLineEdit>(&console, "input")->isEnabled());

    // As the course types it: names, the standard port's (10025 = 25 + offset is smtp).
    typeInto(&console, QStringLiteral("netstat -tl"));
    const QHash<int, QString> names{{25, QStringLiteral("smtp")},         {587, QStringLiteral("submission")},
                                    {110, QStringLiteral("pop3")},        {143, QStringLiteral("imap2")},
                                    {465, QStringLiteral("submissions")}, {993, QStringLiteral("imaps")},
                                    {995, QStringLiteral("pop3s")}};
    QStringList expected{QStringLiteral("Active Internet connections (only servers)"),
                         QStringLiteral("Proto Recv-Q Send-Q Local Address           Foreign Address         "
                                        "State      ")};
    for (const World::Service &s : world->services()) {
        QCOMPARE(int(s.port), s.standardPort + offset);
        QVERIFY(names.contains(s.standardPort));
        expected.append(netstatRow(s.address, names.value(s.standardPort)));
    }
    QStringList shown = afterLastCommand(console);
    QVERIFY2(shown.size() >= expected.size(), qPrintable(console.outputText()));
    QCOMPARE(shown.mid(0, expected.size()), expected);
    QVERIFY(console.outputText().contains(QStringLiteral("$ netstat -tl")));
    // The note after it says what the names stand for.
    QVERIFY2(shown.value(expected.size()).contains(QString::number(offset)),
             qPrintable(console.outputText()));

    // -n: the real numbers.
    typeInto(&console, QStringLiteral("netstat -tln"));
    expected = expected.mid(0, 2);
    for (const World::Service &s : world->services())
        expected.append(netstatRow(s.address, QString::number(s.port)));
    QCOMPARE(afterLastCommand(console), expected);

    // ss -tl: its own header and the same sockets.
    typeInto(&console, QStringLiteral("ss -tl"));
    shown = afterLastCommand(console);
    QVERIFY(shown.first().startsWith(QLatin1String("State  Recv-Q Send-Q Local Address:Port")));
    const World::Service *smtp = world->service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    QVERIFY2(shown.filter(QRegularExpression(QStringLiteral("^LISTEN 0 +\\d+ +%1:smtp +0\\.0\\.0\\.0:\\*")
                                                 .arg(QRegularExpression::escape(smtp->address.toString()))))
                     .size()
                 == 1,
             qPrintable(shown.join(QLatin1Char('\n'))));
    typeInto(&console, QStringLiteral("ss -tln"));
    QVERIFY(afterLastCommand(console)
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("%1:%2 ").arg(smtp->address.toString()).arg(smtp->port)));

    // Anything else is named, and nothing is sent anywhere.
    typeInto(&console, QStringLiteral("netstat -an"));
    QVERIFY2(console.outputText().contains(QLatin1String("-a")), qPrintable(console.outputText()));
    typeInto(&console, QStringLiteral("HELO cliente.fr"));
    QVERIFY(console.outputText().contains(QLatin1String("Not connected")));
    QVERIFY(consoleLines(world.get()).isEmpty());

    // Connected, the line goes to the server again.
    QVERIFY(console.connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")));
    QCOMPARE(child<QLabel>(&console, "prompt")->text(), QStringLiteral("C:"));
    typeInto(&console, QStringLiteral("netstat -tl"));
    QVERIFY(QTest::qWaitFor([&] { return !consoleLines(world.get()).isEmpty(); }, 5000));
    QCOMPARE(consoleLines(world.get()).constLast().raw, QByteArray("netstat -tl"));
}

void TestConsole::netstatFollowsAServiceTakenDown()
{
    auto world = offsetWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    const World::Service *smtp = world->service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    const QString smtpRow = netstatRow(smtp->address, QString::number(smtp->port));
    console.typeLine(QStringLiteral("netstat -tln"));
    QVERIFY(afterLastCommand(console).contains(smtpRow));
    QCOMPARE(afterLastCommand(console).size(), 2 + world->services().size());

    // servidor.edu off the network: none of its lines.
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    console.typeLine(QStringLiteral("netstat -tln"));
    QStringList shown = afterLastCommand(console);
    QVERIFY(!shown.contains(smtpRow));
    int servidor = 0;
    for (const World::Service &s : world->services()) {
        if (s.host == QLatin1String("servidor.edu"))
            ++servidor;
        QCOMPARE(shown.contains(netstatRow(s.address, QString::number(s.port))),
                 s.host != QLatin1String("servidor.edu"));
    }
    QVERIFY(servidor > 0);
    QCOMPARE(shown.size(), 2 + world->services().size() - servidor);

    // Back: listed again.
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::On));
    console.typeLine(QStringLiteral("netstat -tln"));
    QVERIFY(afterLastCommand(console).contains(smtpRow));
}

void TestConsole::telnetCommandConnects()
{
    // As the course types it: telnet HOST 25 reaches the simulated smtp
    // service, whatever port (offset) it really listens on.
    auto world = startWorld();
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    typeInto(&console, QStringLiteral("telnet nowhere.example 25"));
    QVERIFY2(console.outputText().contains(QLatin1String("could not resolve nowhere.example/25")),
             qPrintable(console.outputText()));
    typeInto(&console, QStringLiteral("telnet servidor.edu 9"));
    QVERIFY2(console.outputText().contains(QLatin1String("Unable to connect to remote host")),
             qPrintable(console.outputText()));
    QVERIFY(!console.connection());
    typeInto(&console, QStringLiteral("telnet servidor.edu 25"));
    QVERIFY(console.connection());
    QVERIFY2(waitForOutput(console, QStringLiteral("S: 220 servidor.edu")), qPrintable(console.outputText()));
    typeInto(&console, QStringLiteral("QUIT"));
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    // A service name and the host's address do too.
    const World::Service *pop3 = world->service(QStringLiteral("servidor.edu"), QStringLiteral("pop3"));
    QVERIFY(pop3);
    typeInto(&console, QStringLiteral("telnet %1 pop3").arg(pop3->address.toString()));
    QVERIFY(console.connection());
    QVERIFY2(QTest::qWaitFor([&] { return console.outputText().contains(QLatin1String("S: +OK")); }, 5000),
             qPrintable(console.outputText()));
    QCOMPARE(sessionProtocol(console), Protocol::Pop3);
}

void TestConsole::telnetReachesARealServer()
{
    // The student's own Postfix, here a stand-in listening on loopback.
    QTcpServer fake;
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    QList<QByteArray> heard;
    connect(&fake, &QTcpServer::newConnection, &fake, [&] {
        QTcpSocket *socket = fake.nextPendingConnection();
        socket->write("220 real.example ESMTP Postfix (Debian/GNU)\r\n");
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &heard] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed();
                heard.append(line);
                if (line == "QUIT") {
                    socket->write("221 2.0.0 Bye\r\n");
                    socket->disconnectFromHost();
                } else {
                    socket->write("250 real.example\r\n");
                }
            }
        });
    });
    const QByteArray text = "server cliente.fr\n"
                            "server servidor.edu real 127.0.0.1 smtp "
        + QByteArray::number(fake.serverPort())
        + "\n"
          "user ana@cliente.fr password claveana\n"
          "client ana user ana@cliente.fr\n";
    auto world = TestWorlds::start(text);
    QVERIFY(world);
    ConsoleWidget console;
    console.setWorld(world.get());
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    // Listed with its real address and port.
    QComboBox *combo = child<QComboBox>(&console, "serviceCombo");
    const QString item = QStringLiteral("servidor.edu smtp 127.0.0.1:%1").arg(fake.serverPort());
    QVERIFY2(combo->findText(item) >= 0, qPrintable(item));
    // telnet servidor.edu 25: the standard port stands for the real one.
    typeInto(&console, QStringLiteral("telnet servidor.edu 25"));
    QVERIFY(console.connection());
    QVERIFY2(waitForOutput(console, QStringLiteral("S: 220 real.example ESMTP Postfix (Debian/GNU)")),
             qPrintable(console.outputText()));
    typeInto(&console, QStringLiteral("HELO cliente.fr"));
    QVERIFY2(waitForOutput(console, QStringLiteral("S: 250 real.example")), qPrintable(console.outputText()));
    typeInto(&console, QStringLiteral("QUIT"));
    QVERIFY2(waitForOutput(console, QStringLiteral("S: 221 2.0.0 Bye")), qPrintable(console.outputText()));
    QVERIFY(QTest::qWaitFor([&] { return !console.connection(); }, 5000));
    QCOMPARE(heard, (QList<QByteArray>{"HELO cliente.fr", "QUIT"}));
    QVERIFY(console.outputText().contains(QLatin1String("a real server")));
    // Drawn as any session: the console's lines and the real server's replies.
    const QList<TranscriptEvent> lines = consoleLines(world.get());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first().to, QStringLiteral("servidor.edu"));
    bool greeting = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        greeting = greeting
            || (e.kind == TranscriptEvent::Kind::Line
                && e.raw == "220 real.example ESMTP Postfix (Debian/GNU)"
                && e.from == QLatin1String("servidor.edu"));
    QVERIFY(greeting);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
