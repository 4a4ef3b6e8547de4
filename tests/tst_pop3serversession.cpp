// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Pop3ServerSession: RFC 1939 states, commands and replies, driven
// line by line against an in-memory maildrop; the course's transcript is the
// golden case (scripts/pop3-course.script).
#include "enginescript.h"
#include "fakemaildrop.h"
#include "protocol/pop3serversession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// The RFC 1939 §7 APOP example: this timestamp and secret give this digest.
const QByteArray rfcTimestamp = "<1896.697170952@dbc.mtview.ca.us>";

// Sizes: 32, 57 and 65 octets (154 in all); the second has lines that
// begin with a dot.
void fillStandardMaildrop(FakeMaildrop *maildrop)
{
    maildrop->passwords.insert("fran", "claveejemplo");
    maildrop->passwords.insert("mrose", "tanstaaf");
    maildrop->boxes.insert("fran",
                           {{"uid-1", "Subject: one\r\n\r\nFirst message.\r\n"},
                            {"uid-2",
                             "Subject: two\r\n\r\n"
                             ".starts with a dot\r\n..two dots\r\n.\r\nlast\r\n"},
                            {"uid-3",
                             "Subject: three\r\nFrom: ana@exemplo.org\r\n\r\n"
                             "body 1\r\nbody 2\r\nbody 3\r\n"}});
    maildrop->boxes.insert("mrose", {{"rose-1", "Subject: hi\r\n\r\nhi\r\n"}});
}

Pop3ServerConfig standardConfig()
{
    Pop3ServerConfig config;
    config.timestamp = rfcTimestamp;
    return config;
}

const QString greeting = QStringLiteral("S: +OK POP3 servidor listo <1896.697170952@dbc.mtview.ca.us>\n");
const QString loggedIn = greeting
    + QStringLiteral("C: USER fran\n"
                     "S: +OK\n"
                     "C: PASS claveejemplo\n"
                     "S: +OK user successfully logged on\n");

QString readScript(const QString &name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// The messages a script's RETR responses carry: the lines after
// "S: +OK n octets" up to "S: .", un-stuffed, with CR LF.
QList<QByteArray> retrievedContents(const QString &script)
{
    static const QRegularExpression status(QStringLiteral("^S: \\+OK \\d+ octets$"));
    QList<QByteArray> contents;
    bool inside = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!inside) {
            if (status.match(line).hasMatch()) {
                inside = true;
                contents.append(QByteArray());
            }
            continue;
        }
        QString text = line.mid(2);
        if (text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
        if (text == QLatin1String(".")) {
            inside = false;
            continue;
        }
        if (text.startsWith(QLatin1Char('.')))
            text.remove(0, 1);
        contents.last() += text.toUtf8() + "\r\n";
    }
    return contents;
}

} // namespace

class TestPop3ServerSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void courseTranscript();
    void courseTranscriptDroppedAfterDele();
    void scripts_data();
    void scripts();
    void malformedLines_data();
    void malformedLines();
    void commandLengthLimit();
    void pipelinedCommandsAnsweredInOrder();
    void utterancesCarryPhaseCodeAndSensitivity();
    void snapshotTakenAtLogin();
    void destructorUnlocks();
    void allowedCommandsFollowState();
    void generatedTimestampsAreUnique();
    void quitAfterDeleCarriesTheRemovalTicket();
    void wholeAddressNamesTheMaildrop_data();
    void wholeAddressNamesTheMaildrop();
    void wholeAddressSharesTheLock();
};

void TestPop3ServerSession::courseTranscript()
{
    const QString script = readScript(QStringLiteral("pop3-course.script"));
    QVERIFY(!script.isEmpty());
    const QList<QByteArray> contents = retrievedContents(script);
    QCOMPARE(contents.size(), 2);
    // The course's LIST: "1 498", "2 912".
    QCOMPARE(contents.at(0).size(), 498);
    QCOMPARE(contents.at(1).size(), 912);

    FakeMaildrop maildrop;
    maildrop.passwords.insert("fran", "claveejemplo");
    maildrop.boxes.insert("fran", {{"course-1", contents.at(0)}, {"course-2", contents.at(1)}});

    // Everything before quit: both messages are marked, none is removed yet.
    const qsizetype quitAt = script.indexOf(QLatin1String("\nC: quit\n"));
    QVERIFY(quitAt > 0);
    Pop3ServerSession session({}, &maildrop);
    QString failure = EngineScript::run(&session, script.left(quitAt + 1),
                                        EngineScript::Role::EngineIsServer);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(session.state(), Pop3ServerSession::State::Transaction);
    QCOMPARE(maildrop.removeCalls, 0);
    QCOMPARE(maildrop.boxes.value("fran").size(), 2);
    QVERIFY(maildrop.locked.contains("fran"));

    // quit: UPDATE (§6) removes both, then the lock is released.
    failure = EngineScript::run(&session, script.mid(quitAt + 1), EngineScript::Role::EngineIsServer);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(maildrop.removeCalls, 1);
    QCOMPARE(maildrop.removed, QList<QByteArray>({"course-1", "course-2"}));
    QVERIFY(maildrop.boxes.value("fran").isEmpty());
    QVERIFY(maildrop.locked.isEmpty());
    QVERIFY(session.wantsClose());
    QCOMPARE(session.phase(), Phase::Update);
}

void TestPop3ServerSession::courseTranscriptDroppedAfterDele()
{
    const QString script = readScript(QStringLiteral("pop3-course.script"));
    const QList<QByteArray> contents = retrievedContents(script);
    QCOMPARE(contents.size(), 2);
    FakeMaildrop maildrop;
    maildrop.passwords.insert("fran", "claveejemplo");
    maildrop.boxes.insert("fran", {{"course-1", contents.at(0)}, {"course-2", contents.at(1)}});

    // The course's conversation up to "dele 2" and its reply, then the
    // connection drops instead of quit: §6, nothing is removed.
    const qsizetype quitAt = script.indexOf(QLatin1String("\nC: quit\n"));
    QVERIFY(quitAt > 0);
    Pop3ServerSession session({}, &maildrop);
    const QString failure = EngineScript::run(&session, script.left(quitAt + 1) + "X\n",
                                              EngineScript::Role::EngineIsServer);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(session.state(), Pop3ServerSession::State::Closed);
    QCOMPARE(maildrop.removeCalls, 0);
    QCOMPARE(maildrop.boxes.value("fran").size(), 2);
    QVERIFY(maildrop.locked.isEmpty());
}

void TestPop3ServerSession::scripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("maximumErrors");
    QTest::addColumn<bool>("alreadyLocked");
    QTest::addColumn<QList<QByteArray>>("removed");

    const QList<QByteArray> none;

    QTest::newRow("DELE then RETR same message") << loggedIn
            + QStringLiteral("C: DELE 1\n"
                             "S: +OK message 1 deleted\n"
                             "C: RETR 1\n"
                             "S: -ERR message 1 already deleted\n"
                             "C: DELE 1\n"
                             "S: -ERR message 1 already deleted\n"
                             "C: LIST 1\n"
                             "S: -ERR message 1 already deleted\n"
                             "C: QUIT\n"
                             "S: +OK POP3 server signing off\n")
                                                 << 10 << false << QList<QByteArray>{"uid-1"};

    QTest::newRow("nonexistent or malformed message number") << loggedIn
            + QStringLiteral("C: RETR 4\n"
                             "S: -ERR no such message\n"
                             "C: RETR 0\n"
                             "S: -ERR no such message\n"
                             "C: DELE 99999999999999\n"
                             "S: -ERR no such message\n"
                             "C: RETR one\n"
                             "S: -ERR invalid message number\n"
                             "C: LIST -1\n"
                             "S: -ERR invalid message number\n"
                             "C: RETR\n"
                             "S: -ERR missing message number\n"
                             "C: RETR 1 2\n"
                             "S: -ERR too many arguments\n") << 10
                                                             << false << none;

    QTest::newRow("RSET undeletes") << loggedIn
            + QStringLiteral("C: DELE 1\n"
                             "S: +OK message 1 deleted\n"
                             "C: DELE 3\n"
                             "S: +OK message 3 deleted\n"
                             "C: STAT\n"
                             "S: +OK 1 57\n"
                             "C: RSET\n"
                             "S: +OK maildrop has 3 messages (154 octets)\n"
                             "C: RETR 1\n"
                             "S: +OK 32 octets\n"
                             "S: Subject: one\n"
                             "S:\n"
                             "S: First message.\n"
                             "S: .\n"
                             "C: QUIT\n"
                             "S: +OK POP3 server signing off\n")
                                    << 10 << false << none;

    QTest::newRow("STAT counts exact octets") << loggedIn
            + QStringLiteral("C: STAT\n"
                             "S: +OK 3 154\n"
                             "C: DELE 2\n"
                             "S: +OK message 2 deleted\n"
                             "C: STAT\n"
                             "S: +OK 2 97\n") << 10
                                              << false << none;

    QTest::newRow("LIST and LIST n skip deleted messages") << loggedIn
            + QStringLiteral("C: LIST 2\n"
                             "S: +OK 2 57\n"
                             "C: DELE 2\n"
                             "S: +OK message 2 deleted\n"
                             "C: LIST\n"
                             "S: +OK 2 messages (97 octets)\n"
                             "S: 1 32\n"
                             "S: 3 65\n"
                             "S: .\n") << 10 << false << none;

    QTest::newRow("RETR byte-stuffs lines beginning with a dot") << loggedIn
            + QStringLiteral("C: RETR 2\n"
                             "S: +OK 57 octets\n"
                             "S: Subject: two\n"
                             "S:\n"
                             "S: ..starts with a dot\n"
                             "S: ...two dots\n"
                             "S: ..\n"
                             "S: last\n"
                             "S: .\n") << 10 << false << none;

    QTest::newRow("TOP sends the header and n body lines") << loggedIn
            + QStringLiteral("C: TOP 3 2\n"
                             "S: +OK top of message follows\n"
                             "S: Subject: three\n"
                             "S: From: ana@exemplo.org\n"
                             "S:\n"
                             "S: body 1\n"
                             "S: body 2\n"
                             "S: .\n"
                             "C: TOP 2 0\n"
                             "S: +OK top of message follows\n"
                             "S: Subject: two\n"
                             "S:\n"
                             "S: .\n"
                             "C: TOP 1 100\n"
                             "S: +OK top of message follows\n"
                             "S: Subject: one\n"
                             "S:\n"
                             "S: First message.\n"
                             "S: .\n"
                             "C: TOP 1\n"
                             "S: -ERR TOP needs a message number and a number of lines\n"
                             "C: TOP 1 many\n"
                             "S: -ERR invalid number of lines\n")
                                                           << 10 << false << none;

    QTest::newRow("UIDL lists unique-ids of live messages") << loggedIn
            + QStringLiteral("C: UIDL\n"
                             "S: +OK unique-id listing follows\n"
                             "S: 1 uid-1\n"
                             "S: 2 uid-2\n"
                             "S: 3 uid-3\n"
                             "S: .\n"
                             "C: UIDL 3\n"
                             "S: +OK 3 uid-3\n"
                             "C: DELE 2\n"
                             "S: +OK message 2 deleted\n"
                             "C: UIDL\n"
                             "S: +OK unique-id listing follows\n"
                             "S: 1 uid-1\n"
                             "S: 3 uid-3\n"
                             "S: .\n"
                             "C: UIDL 2\n"
                             "S: -ERR message 2 already deleted\n")
                                                            << 10 << false << none;

    QTest::newRow("wrong password then right one") << greeting
            + QStringLiteral("C: USER fran\n"
                             "S: +OK\n"
                             "C: PASS wrong\n"
                             "S: -ERR [AUTH] invalid user name or password\n"
                             "C: STAT\n"
                             "S: -ERR STAT is not valid in the AUTHORIZATION state: log in first\n"
                             "# §7: PASS only right after a successful USER.\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR PASS must follow a successful USER\n"
                             "C: USER fran\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: +OK user successfully logged on\n"
                             "C: STAT\n"
                             "S: +OK 3 154\n") << 10
                                                   << false << none;

    QTest::newRow("unknown user gets the same answer as a wrong password") << greeting
            + QStringLiteral("C: USER nobody\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR [AUTH] invalid user name or password\n")
                                                                           << 10 << false << none;

    QTest::newRow("maildrop in use") << greeting
            + QStringLiteral("C: USER fran\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR [IN-USE] maildrop already locked\n"
                             "C: LIST\n"
                             "S: -ERR LIST is not valid in the AUTHORIZATION state: log in first\n"
                             "C: QUIT\n"
                             "S: +OK POP3 server signing off\n")
                                     << 10 << true << none;

    QTest::newRow("APOP with the RFC 1939 example digest") << greeting
            + QStringLiteral("C: APOP mrose c4c9334bac560ecc979e58001b3e22fb\n"
                             "S: +OK user successfully logged on\n"
                             "C: STAT\n"
                             "S: +OK 1 19\n") << 10 << false
                                                           << none;

    QTest::newRow("APOP with a wrong digest") << greeting
            + QStringLiteral("C: APOP mrose c4c9334bac560ecc979e58001b3e22fa\n"
                             "S: -ERR [AUTH] invalid user name or password\n"
                             "C: APOP nobody c4c9334bac560ecc979e58001b3e22fb\n"
                             "S: -ERR [AUTH] invalid user name or password\n"
                             "C: APOP mrose\n"
                             "S: -ERR APOP needs a name and a digest\n")
                                              << 10 << false << none;

    QTest::newRow("commands are case-insensitive") << greeting
            + QStringLiteral("C: user fran\n"
                             "S: +OK\n"
                             "C: Pass claveejemplo\n"
                             "S: +OK user successfully logged on\n"
                             "C: sTaT\n"
                             "S: +OK 3 154\n"
                             "C: noop\n"
                             "S: +OK\n") << 10 << false
                                                   << none;

    QTest::newRow("password with spaces") << greeting
            + QStringLiteral("C: USER fran\n"
                             "S: +OK\n"
                             "C: PASS clave con espazos\n"
                             "S: -ERR [AUTH] invalid user name or password\n")
                                          << 10 << false << none;

    QTest::newRow("commands in the wrong state") << loggedIn
            + QStringLiteral("C: USER fran\n"
                             "S: -ERR USER is not valid in the TRANSACTION state: already logged in\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR PASS is not valid in the TRANSACTION state: already logged in\n"
                             "C: STAT now\n"
                             "S: -ERR this command takes no argument\n")
                                                 << 10 << false << none;

    QTest::newRow("unknown command") << greeting
            + QStringLiteral("C: HELO fran\n"
                             "S: -ERR unknown command\n"
                             "C: LAST\n"
                             "S: -ERR unknown command\n"
                             "C:\n"
                             "S: -ERR empty command\n")
                                     << 10 << false << none;

    QTest::newRow("CAPA lists what is implemented") << greeting
            + QStringLiteral("C: CAPA\n"
                             "S: +OK Capability list follows\n"
                             "S: TOP\n"
                             "S: UIDL\n"
                             "S: USER\n"
                             "S: RESP-CODES\n"
                             "S: PIPELINING\n"
                             "S: IMPLEMENTATION Carteiro\n"
                             "S: .\n") << 10 << false
                                                    << none;

    QTest::newRow("QUIT in AUTHORIZATION does not enter UPDATE") << greeting
            + QStringLiteral("C: USER fran\n"
                             "S: +OK\n"
                             "C: QUIT\n"
                             "S: +OK POP3 server signing off\n") << 10
                                                                 << false << none;

    QTest::newRow("QUIT without DELE removes nothing") << loggedIn
            + QStringLiteral("C: RETR 1\n"
                             "S: +OK 32 octets\n"
                             "S: Subject: one\n"
                             "S:\n"
                             "S: First message.\n"
                             "S: .\n"
                             "C: QUIT\n"
                             "S: +OK POP3 server signing off\n")
                                                       << 10 << false << none;

    QTest::newRow("autologout timer deletes nothing") << loggedIn
            + QStringLiteral("C: DELE 1\n"
                             "S: +OK message 1 deleted\n"
                             "T\n"
                             "S: -ERR autologout timer expired\n")
                                                      << 10 << false << none;

    QTest::newRow("connection dropped after DELE deletes nothing") << loggedIn
            + QStringLiteral("C: DELE 1\n"
                             "S: +OK message 1 deleted\n"
                             "C: DELE 2\n"
                             "S: +OK message 2 deleted\n"
                             "X\n") << 10 << false << none;

    QTest::newRow("too many errors closes without UPDATE") << loggedIn
            + QStringLiteral("C: DELE 1\n"
                             "S: +OK message 1 deleted\n"
                             "C: RETR 9\n"
                             "S: -ERR no such message\n"
                             "C: BOGUS\n"
                             "S: -ERR unknown command\n"
                             "C: RETR 1\n"
                             "S: -ERR message 1 already deleted\n"
                             "S: -ERR too many errors\n") << 3
                                                           << false << none;
}

void TestPop3ServerSession::scripts()
{
    QFETCH(QString, script);
    QFETCH(int, maximumErrors);
    QFETCH(bool, alreadyLocked);
    QFETCH(QList<QByteArray>, removed);

    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    if (alreadyLocked)
        maildrop.locked.insert("fran");
    Pop3ServerConfig config = standardConfig();
    config.maximumErrors = maximumErrors;
    {
        Pop3ServerSession session(config, &maildrop);
        const QString failure = EngineScript::run(&session, script, EngineScript::Role::EngineIsServer);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(maildrop.removed, removed);
    }
    // Whatever happened, the session leaves the maildrop as it found it.
    QCOMPARE(maildrop.locked.contains("fran"), alreadyLocked);
}

void TestPop3ServerSession::malformedLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reply");

    QTest::newRow("line longer than 255 octets")
        << QByteArray("NOOP " + QByteArray(300, 'x') + "\r\n")
        << QByteArray("-ERR line too long: a command is at most 255 octets with CR LF "
                      "(RFC 2449 section 4)");
    QTest::newRow("megabyte line") << QByteArray(QByteArray(1 << 20, 'y') + "\r\n")
                                   << QByteArray(
                                          "-ERR line too long: a command is at most 255 octets with CR LF "
                                          "(RFC 2449 section 4)");
    QTest::newRow("bare LF") << QByteArray("STAT\n")
                             << QByteArray("-ERR line must end with CR LF (RFC 1939 section 3)");
    QTest::newRow("NUL octet") << QByteArray("ST\0AT\r\n", 7) << QByteArray("-ERR NUL octet in command");
    QTest::newRow("bare CR") << QByteArray("ST\rAT\r\n") << QByteArray("-ERR CR without LF in command");
}

void TestPop3ServerSession::malformedLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reply);

    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerSession session(standardConfig(), &maildrop);
    session.start();
    session.receive("USER fran\r\nPASS claveejemplo\r\n");
    session.takeOutput();
    session.receive(input);
    // The session stays in sync: the next line is a command of its own.
    session.receive("NOOP\r\n");
    const QList<Utterance> out = session.takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).lines, QList<QByteArray>{reply});
    QCOMPARE(out.at(0).code, QByteArray("-ERR"));
    QCOMPARE(out.at(1).lines, QList<QByteArray>{"+OK"});
    QCOMPARE(session.state(), Pop3ServerSession::State::Transaction);
}

void TestPop3ServerSession::commandLengthLimit()
{
    // RFC 2449 §4: 255 octets with CR LF, so 253 before it.
    QCOMPARE(Pop3ServerSession::maximumCommandLength, 253);
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerSession session(standardConfig(), &maildrop);
    session.start();
    session.takeOutput();
    session.receive("NOOP" + QByteArray(249, ' ') + "\r\n"); // 253 octets: accepted
    session.receive("NOOP" + QByteArray(250, ' ') + "\r\n"); // 254 octets: refused
    const QList<Utterance> out = session.takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).code, QByteArray("-ERR")); // NOOP is not valid before login...
    QVERIFY(out.at(0).lines.first().startsWith("-ERR NOOP is not valid"));
    QVERIFY(out.at(1).lines.first().startsWith("-ERR line too long")); // ...this is cut
}

void TestPop3ServerSession::pipelinedCommandsAnsweredInOrder()
{
    // RFC 2449 §6.6: several commands in one read, answered one by one.
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerSession session(standardConfig(), &maildrop);
    session.start();
    session.takeOutput();
    session.receive("USER fran\r\nPASS claveejemplo\r\nSTAT\r\nLIST\r\nDELE 1\r\n"
                    "QUIT\r\nNOOP\r\n");
    const QList<Utterance> out = session.takeOutput();
    QCOMPARE(out.size(), 6); // nothing after QUIT is read
    QCOMPARE(out.at(2).lines, QList<QByteArray>{"+OK 3 154"});
    QCOMPARE(out.at(3).lines.size(), 5);
    QCOMPARE(out.at(5).lines, QList<QByteArray>{"+OK POP3 server signing off"});
    QVERIFY(out.at(5).closeAfter);
    QCOMPARE(maildrop.removed, QList<QByteArray>{"uid-1"});
}

void TestPop3ServerSession::utterancesCarryPhaseCodeAndSensitivity()
{
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerSession session(standardConfig(), &maildrop);
    QCOMPARE(session.protocol(), Protocol::Pop3);
    session.start();
    session.receive("USER fran\r\nPASS claveejemplo\r\nLIST\r\nRETR 9\r\nQUIT\r\n");

    const QList<Utterance> said = session.takeOutput();
    QCOMPARE(said.size(), 6);
    QCOMPARE(said.at(0).phase, Phase::Authorization); // greeting
    QCOMPARE(said.at(0).code, QByteArray("+OK"));
    QCOMPARE(said.at(2).phase, Phase::Authorization); // the reply to PASS
    QCOMPARE(said.at(3).phase, Phase::Transaction); // LIST: one utterance
    QCOMPARE(said.at(3).lines,
             QList<QByteArray>({"+OK 3 messages (154 octets)", "1 32", "2 57", "3 65", "."}));
    QCOMPARE(said.at(3).code, QByteArray("+OK"));
    QCOMPARE(said.at(4).code, QByteArray("-ERR"));
    QCOMPARE(said.at(5).phase, Phase::Update); // §6: QUIT's reply
    for (const Utterance &u : said)
        QVERIFY(!u.sensitive);

    const QList<Utterance> heard = session.takeHeard();
    QCOMPARE(heard.size(), 5);
    QCOMPARE(heard.at(0).lines, QList<QByteArray>{"USER fran"});
    QVERIFY(!heard.at(0).sensitive);
    QCOMPARE(heard.at(1).lines, QList<QByteArray>{"PASS claveejemplo"});
    QVERIFY(heard.at(1).sensitive);
    QCOMPARE(heard.at(1).phase, Phase::Authorization);
    QCOMPARE(heard.at(2).phase, Phase::Transaction);
    QCOMPARE(heard.at(4).phase, Phase::Update);
    QVERIFY(heard.at(4).code.isEmpty());

    Pop3ServerSession apop(standardConfig(), &maildrop);
    apop.start();
    apop.receive("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n");
    const QList<Utterance> apopHeard = apop.takeHeard();
    QCOMPARE(apopHeard.size(), 1);
    // The digest is not the secret (RFC 1939 §7): the line is not sensitive.
    QVERIFY(!apopHeard.at(0).sensitive);
}

void TestPop3ServerSession::snapshotTakenAtLogin()
{
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerSession session(standardConfig(), &maildrop);
    session.start();
    session.receive("USER fran\r\nPASS claveejemplo\r\n");
    session.takeOutput();
    maildrop.boxes["fran"].append(Pop3StoredMessage{"uid-4", "Subject: late\r\n\r\nlate\r\n"});
    session.receive("STAT\r\nRETR 4\r\n");
    const QList<Utterance> out = session.takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).lines, QList<QByteArray>{"+OK 3 154"});
    QCOMPARE(out.at(1).lines, QList<QByteArray>{"-ERR no such message"});
}

void TestPop3ServerSession::destructorUnlocks()
{
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    {
        Pop3ServerSession session(standardConfig(), &maildrop);
        session.start();
        session.receive("USER fran\r\nPASS claveejemplo\r\nDELE 1\r\n");
        QVERIFY(maildrop.locked.contains("fran"));
        // A second session for the same user is refused while the first lives.
        Pop3ServerSession second(standardConfig(), &maildrop);
        second.start();
        second.receive("USER fran\r\nPASS claveejemplo\r\n");
        QCOMPARE(second.takeOutput().last().lines,
                 QList<QByteArray>{"-ERR [IN-USE] maildrop already locked"});
        QCOMPARE(second.state(), Pop3ServerSession::State::Authorization);
    }
    QVERIFY(maildrop.locked.isEmpty());
    QVERIFY(maildrop.removed.isEmpty());
}

void TestPop3ServerSession::allowedCommandsFollowState()
{
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerSession session(standardConfig(), &maildrop);
    session.start();
    QCOMPARE(session.state(), Pop3ServerSession::State::Authorization);
    QCOMPARE(session.allowedCommands(), QList<QByteArray>({"USER", "APOP", "CAPA", "QUIT"}));
    session.receive("USER fran\r\n");
    QVERIFY(session.allowedCommands().contains("PASS"));
    session.receive("PASS claveejemplo\r\n");
    QCOMPARE(session.state(), Pop3ServerSession::State::Transaction);
    QCOMPARE(session.phase(), Phase::Transaction);
    QCOMPARE(session.user(), QByteArray("fran"));
    QCOMPARE(
        session.allowedCommands(),
        QList<QByteArray>({"CAPA", "QUIT", "STAT", "LIST", "RETR", "DELE", "NOOP", "RSET", "TOP", "UIDL"}));
    session.receive("QUIT\r\n");
    QCOMPARE(session.state(), Pop3ServerSession::State::Closed);
    QVERIFY(session.allowedCommands().isEmpty());
}

void TestPop3ServerSession::generatedTimestampsAreUnique()
{
    FakeMaildrop maildrop;
    Pop3ServerSession first({}, &maildrop);
    Pop3ServerSession second({}, &maildrop);
    first.start();
    second.start();
    // §7: a msg-id-like timestamp, different for every greeting.
    const QRegularExpression form(QStringLiteral("^<\\d+\\.\\d+\\.\\d+@localhost>$"));
    QVERIFY(form.match(QString::fromLatin1(first.timestamp())).hasMatch());
    QVERIFY(first.timestamp() != second.timestamp());
    QCOMPARE(first.takeOutput().first().lines.first(), "+OK POP3 servidor listo " + first.timestamp());
}

void TestPop3ServerSession::quitAfterDeleCarriesTheRemovalTicket()
{
    // UPDATE's removal on disk returns a ticket: the +OK to QUIT carries it,
    // so it is said only once the files are gone.
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    maildrop.removalTicket = 7;
    Pop3ServerSession session(standardConfig(), &maildrop);
    session.start();
    session.receive("USER fran\r\nPASS claveejemplo\r\nDELE 2\r\nQUIT\r\n");
    const QList<Utterance> out = session.takeOutput();
    QCOMPARE(out.size(), 5); // greeting, USER, PASS, DELE, QUIT
    for (int i = 0; i < 4; ++i)
        QCOMPARE(out.at(i).durableTicket, quint64(0));
    QCOMPARE(out.last().code, QByteArray("+OK"));
    QCOMPARE(out.last().durableTicket, quint64(7));
    QCOMPARE(maildrop.removed, QList<QByteArray>{"uid-2"});

    // Nothing marked: UPDATE removes nothing and the +OK waits for nothing.
    FakeMaildrop untouched;
    fillStandardMaildrop(&untouched);
    untouched.removalTicket = 8;
    Pop3ServerSession reader(standardConfig(), &untouched);
    reader.start();
    reader.receive("USER fran\r\nPASS claveejemplo\r\nQUIT\r\n");
    const QList<Utterance> read = reader.takeOutput();
    QCOMPARE(read.last().code, QByteArray("+OK"));
    QCOMPARE(read.last().durableTicket, quint64(0));
    QCOMPARE(untouched.removeCalls, 0);
}

// Thunderbird's account wizard sends the whole address as the user name:
// "fran" and "fran@servidor.edu" (the server's own domain, any case) open the
// same maildrop, with USER/PASS and with APOP; another domain opens nothing.
void TestPop3ServerSession::wholeAddressNamesTheMaildrop_data()
{
    QTest::addColumn<QString>("script");
    const QString served = QStringLiteral("S: +OK POP3 servidor listo <1896.697170952@dbc.mtview.ca.us>\n");
    // MD5(timestamp + "claveejemplo"), RFC 1939 §7.
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(rfcTimestamp + "claveejemplo", QCryptographicHash::Md5).toHex());
    QTest::newRow("USER with the whole address") << served
            + QStringLiteral("C: USER fran@servidor.edu\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: +OK user successfully logged on\n"
                             "C: STAT\n"
                             "S: +OK 3 154\n");
    QTest::newRow("the domain in any case") << served
            + QStringLiteral("C: USER fran@SERVIDOR.Edu\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: +OK user successfully logged on\n");
    QTest::newRow("another domain is refused") << served
            + QStringLiteral("C: USER fran@cliente.fr\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR [AUTH] invalid user name or password\n"
                             "C: USER @servidor.edu\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR [AUTH] invalid user name or password\n"
                             "C: USER fran@servidor.edu.evil\n"
                             "S: +OK\n"
                             "C: PASS claveejemplo\n"
                             "S: -ERR [AUTH] invalid user name or password\n");
    QTest::newRow("APOP with the whole address") << served + QStringLiteral("C: APOP fran@servidor.edu ")
            + digest
            + QStringLiteral("\n"
                             "S: +OK user successfully logged on\n"
                             "C: STAT\n"
                             "S: +OK 3 154\n");
    QTest::newRow("APOP with another domain is refused") << served
            + QStringLiteral("C: APOP fran@cliente.fr ") + digest
            + QStringLiteral("\n"
                             "S: -ERR [AUTH] invalid user name or password\n"
                             "C: APOP fran ")
            + digest + QStringLiteral("\nS: +OK user successfully logged on\n");
}

void TestPop3ServerSession::wholeAddressNamesTheMaildrop()
{
    QFETCH(QString, script);
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerConfig config = standardConfig();
    config.domain = "servidor.edu";
    Pop3ServerSession session(config, &maildrop);
    const QString failure = EngineScript::run(&session, script, EngineScript::Role::EngineIsServer);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The maildrop was asked for "fran", never for the address.
    if (session.state() == Pop3ServerSession::State::Transaction) {
        QCOMPARE(session.user(), QByteArray("fran"));
        QCOMPARE(maildrop.locked, QSet<QByteArray>{"fran"});
    }
}

void TestPop3ServerSession::wholeAddressSharesTheLock()
{
    // Both forms name one maildrop, so they share its lock (§8).
    FakeMaildrop maildrop;
    fillStandardMaildrop(&maildrop);
    Pop3ServerConfig config = standardConfig();
    config.domain = "servidor.edu";
    Pop3ServerSession first(config, &maildrop);
    first.start();
    first.receive("USER fran\r\nPASS claveejemplo\r\n");
    QCOMPARE(first.state(), Pop3ServerSession::State::Transaction);
    Pop3ServerSession second(config, &maildrop);
    second.start();
    second.receive("USER fran@servidor.edu\r\nPASS claveejemplo\r\n");
    QCOMPARE(second.takeOutput().last().lines, QList<QByteArray>{"-ERR [IN-USE] maildrop already locked"});
}

QTEST_GUILESS_MAIN(TestPop3ServerSession)
#include "tst_pop3serversession.moc"
