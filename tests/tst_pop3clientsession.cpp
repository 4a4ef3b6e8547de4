// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Pop3ClientSession: the course's "download and delete" transcript,
// "download and keep" with UIDL, failures, and round trips against
// Pop3ServerSession (byte-stuffing by one, un-stuffing by the other).
#include "enginescript.h"
#include "fakemaildrop.h"
#include "protocol/pop3clientsession.h"
#include "protocol/pop3serversession.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Moves octets between the two engines until neither has more to say.
void converse(Pop3ServerSession *server, Pop3ClientSession *client)
{
    server->start();
    for (int round = 0; round < 1000; ++round) {
        bool moved = false;
        const QList<Utterance> fromServer = server->takeOutput();
        for (const Utterance &utterance : fromServer) {
            QByteArray bytes;
            for (const QByteArray &line : utterance.lines)
                bytes += line + "\r\n";
            if (!bytes.isEmpty()) {
                client->receive(bytes);
                moved = true;
            }
        }
        const QList<Utterance> fromClient = client->takeOutput();
        for (const Utterance &utterance : fromClient) {
            QByteArray bytes;
            for (const QByteArray &line : utterance.lines)
                bytes += line + "\r\n";
            if (!bytes.isEmpty()) {
                server->receive(bytes);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

QString readScript(const QString &name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

const QString greeting = QStringLiteral("S: +OK POP3 servidor listo <1.2@localhost>\n");
const QString login = greeting
    + QStringLiteral("C: USER fran\n"
                     "S: +OK\n"
                     "C: PASS claveejemplo\n"
                     "S: +OK user successfully logged on\n");

struct Expected {
    bool ok = true;
    QByteArray error;
    QList<int> numbers; // messages fetched, in order
    QList<QByteArray> uids; // their unique-ids
    QList<QByteArray> deletedUids;
    int messagesOnServer = 0;
    QByteArray firstContent; // checked when not empty
};

} // namespace

Q_DECLARE_METATYPE(Pop3ClientJob)
Q_DECLARE_METATYPE(Expected)

class TestPop3ClientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void courseTranscript();
    void scripts_data();
    void scripts();
    void utterancesCarryPhaseCodeAndSensitivity();
    void byteStuffingRoundTrip();
    void keepModeRoundTripsFetchOnlyNewMail();
};

void TestPop3ClientSession::courseTranscript()
{
    // The course's transcript seen from the client: its commands are the
    // course's in upper case (RFC 1939 §3: keywords are case-insensitive) and
    // the greeting is a fixed one instead of the S~ pattern.
    const QString course = readScript(QStringLiteral("pop3-course.script"));
    QVERIFY(!course.isEmpty());
    QStringList lines;
    for (QString line : course.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("S~")))
            line = QStringLiteral("S: +OK POP3 servidor listo <1.2@localhost>");
        if (line.startsWith(QLatin1String("C: "))) {
            const qsizetype space = line.indexOf(QLatin1Char(' '), 3);
            const qsizetype end = space < 0 ? line.size() : space;
            line = line.left(3) + line.mid(3, end - 3).toUpper() + line.mid(end);
        }
        lines.append(line);
    }

    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    Pop3ClientSession client(job);
    const QString failure = EngineScript::run(&client, lines.join(QLatin1Char('\n')),
                                              EngineScript::Role::EngineIsClient);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The golden sequence of the course's "download and delete".
    QCOMPARE(EngineScript::lastOutput(),
             QList<QByteArray>(
                 {"USER fran", "PASS claveejemplo", "LIST", "RETR 1", "DELE 1", "RETR 2", "DELE 2", "QUIT"}));
    QVERIFY(client.isFinished());
    QVERIFY(client.wantsClose());
    QCOMPARE(client.state(), Pop3ClientSession::State::Done);
    const Pop3ClientResult &result = client.result();
    QVERIFY(result.ok);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.messagesOnServer, 2);
    QCOMPARE(result.messages.size(), 2);
    QCOMPARE(result.messages.at(0).number, 1);
    QCOMPARE(result.messages.at(0).content.size(), 498);
    QCOMPARE(result.messages.at(1).number, 2);
    QCOMPARE(result.messages.at(1).content.size(), 912);
    QVERIFY(result.messages.at(0).content.startsWith("Return-Path: <ana@exemplo.org>\r\n"));
    QVERIFY(result.messages.at(1).content.endsWith("\r\nXoan, desde o laboratorio 2\r\n"));
    // Delete mode sends no UIDL, as in the course, so no unique-ids are known.
    QVERIFY(result.deletedUids.isEmpty());
}

void TestPop3ClientSession::scripts_data()
{
    QTest::addColumn<Pop3ClientJob>("job");
    QTest::addColumn<QString>("script");
    QTest::addColumn<Expected>("expected");

    Pop3ClientJob deleteJob;
    deleteJob.user = "fran";
    deleteJob.password = "claveejemplo";
    Pop3ClientJob keepJob = deleteJob;
    keepJob.mode = Pop3Mode::DownloadAndKeep;

    {
        Pop3ClientJob job = keepJob;
        job.knownUids = {"uid-1", "uid-3"};
        Expected expected;
        expected.numbers = {2};
        expected.uids = {"uid-2"};
        expected.messagesOnServer = 3;
        expected.firstContent = "new one\r\n";
        QTest::newRow("keep mode skips known uids and never sends DELE") << job
                                                                         << login
                + QStringLiteral("C: UIDL\n"
                                 "S: +OK unique-id listing follows\n"
                                 "S: 1 uid-1\n"
                                 "S: 2 uid-2\n"
                                 "S: 3 uid-3\n"
                                 "S: .\n"
                                 "C: RETR 2\n"
                                 "S: +OK 9 octets\n"
                                 "S: new one\n"
                                 "S: .\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n") << expected;
    }
    {
        Pop3ClientJob job = keepJob;
        job.knownUids = {"uid-1"};
        Expected expected;
        expected.numbers = {1, 2};
        expected.uids = {QByteArray(), QByteArray()};
        expected.messagesOnServer = 2;
        QTest::newRow("keep mode with UIDL refused fetches every message") << job
                                                                           << login
                + QStringLiteral("C: UIDL\n"
                                 "S: -ERR unknown command\n"
                                 "C: LIST\n"
                                 "S: +OK 2 messages (10 octets)\n"
                                 "S: 1 5\n"
                                 "S: 2 5\n"
                                 "S: .\n"
                                 "C: RETR 1\n"
                                 "S: +OK 5 octets\n"
                                 "S: one\n"
                                 "S: .\n"
                                 "C: RETR 2\n"
                                 "S: +OK 5 octets\n"
                                 "S: two\n"
                                 "S: .\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n") << expected;
    }
    {
        Pop3ClientJob job = keepJob;
        job.knownUids = {"uid-1"};
        Expected expected;
        expected.messagesOnServer = 1;
        QTest::newRow("keep mode with nothing new goes to QUIT") << job
                                                                 << login
                + QStringLiteral("C: UIDL\n"
                                 "S: +OK\n"
                                 "S: 1 uid-1\n"
                                 "S: .\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                                 << expected;
    }
    {
        Expected expected;
        QTest::newRow("empty maildrop goes to QUIT") << deleteJob
                                                     << login
                + QStringLiteral("C: LIST\n"
                                 "S: +OK 0 messages (0 octets)\n"
                                 "S: .\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                     << expected;
    }
    {
        Expected expected;
        expected.numbers = {1};
        expected.messagesOnServer = 1;
        expected.firstContent = ".starts with a dot\r\n.\r\n..\r\nend\r\n";
        QTest::newRow("RETR content is un-stuffed") << deleteJob
                                                    << login
                + QStringLiteral("C: LIST\n"
                                 "S: +OK 1 messages (32 octets)\n"
                                 "S: 1 32\n"
                                 "S: .\n"
                                 "C: RETR 1\n"
                                 "S: +OK 32 octets\n"
                                 "S: ..starts with a dot\n"
                                 "S: ..\n"
                                 "S: ...\n"
                                 "S: end\n"
                                 "S: .\n"
                                 "C: DELE 1\n"
                                 "S: +OK message 1 deleted\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                    << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "-ERR [AUTH] invalid user name or password";
        QTest::newRow("wrong password ends with QUIT") << deleteJob
                                                       << greeting
                + QStringLiteral("C: USER fran\n"
                                 "S: +OK\n"
                                 "C: PASS claveejemplo\n"
                                 "S: -ERR [AUTH] invalid user name or password\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                       << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "-ERR [IN-USE] maildrop already locked";
        QTest::newRow("maildrop in use ends with QUIT") << deleteJob
                                                        << greeting
                + QStringLiteral("C: USER fran\n"
                                 "S: +OK\n"
                                 "C: PASS claveejemplo\n"
                                 "S: -ERR [IN-USE] maildrop already locked\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                        << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "-ERR server busy";
        QTest::newRow("greeting refused") << deleteJob << QStringLiteral("S: -ERR server busy\n") << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "hello there";
        QTest::newRow("reply that is neither +OK nor -ERR") << deleteJob
                                                            << greeting
                + QStringLiteral("C: USER fran\n"
                                 "S: hello there\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                            << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "connection lost while waiting for the reply to RETR";
        expected.messagesOnServer = 1;
        QTest::newRow("connection lost in the middle of RETR") << deleteJob
                                                               << login
                + QStringLiteral("C: LIST\n"
                                 "S: +OK 1 messages (32 octets)\n"
                                 "S: 1 32\n"
                                 "S: .\n"
                                 "C: RETR 1\n"
                                 "S: +OK 32 octets\n"
                                 "S: Subject: one\n"
                                 "X\n") << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "no reply from the server in time (waiting for the reply to LIST)";
        QTest::newRow("timeout waiting for LIST") << deleteJob
                                                  << login
                + QStringLiteral("C: LIST\n"
                                 "T\n") << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "-ERR no such message";
        expected.numbers = {2};
        expected.messagesOnServer = 2;
        QTest::newRow("RETR refused: that message is not deleted") << deleteJob
                                                                   << login
                + QStringLiteral("C: LIST\n"
                                 "S: +OK 2 messages (10 octets)\n"
                                 "S: 1 5\n"
                                 "S: 2 5\n"
                                 "S: .\n"
                                 "C: RETR 1\n"
                                 "S: -ERR no such message\n"
                                 "C: RETR 2\n"
                                 "S: +OK 5 octets\n"
                                 "S: two\n"
                                 "S: .\n"
                                 "C: DELE 2\n"
                                 "S: +OK message 2 deleted\n"
                                 "C: QUIT\n"
                                 "S: +OK POP3 server signing off\n")
                                                                   << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "-ERR some deleted messages not removed";
        QTest::newRow("QUIT answered with -ERR") << deleteJob
                                                 << login
                + QStringLiteral("C: LIST\n"
                                 "S: +OK 0 messages (0 octets)\n"
                                 "S: .\n"
                                 "C: QUIT\n"
                                 "S: -ERR some deleted messages not removed\n")
                                                 << expected;
    }
    {
        Expected expected;
        expected.ok = false;
        expected.error = "connection lost before the reply to QUIT: deletions may not have "
                         "happened";
        QTest::newRow("connection lost before the reply to QUIT") << deleteJob
                                                                  << login
                + QStringLiteral("C: LIST\n"
                                 "S: +OK 0 messages (0 octets)\n"
                                 "S: .\n"
                                 "C: QUIT\n"
                                 "X\n") << expected;
    }
    {
        Pop3ClientJob job = deleteJob;
        job.user = "mrose";
        job.password = "tanstaaf";
        job.useApop = true;
        Expected expected;
        QTest::newRow("APOP with the RFC 1939 example digest")
            << job
            << QStringLiteral("S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\n"
                              "C: APOP mrose c4c9334bac560ecc979e58001b3e22fb\n"
                              "S: +OK user successfully logged on\n"
                              "C: LIST\n"
                              "S: +OK 0 messages (0 octets)\n"
                              "S: .\n"
                              "C: QUIT\n"
                              "S: +OK POP3 server signing off\n")
            << expected;
    }
    {
        Pop3ClientJob job = deleteJob;
        job.useApop = true;
        Expected expected;
        QTest::newRow("APOP without a timestamp falls back to USER and PASS")
            << job
            << QStringLiteral("S: +OK POP3 server ready\n"
                              "C: USER fran\n"
                              "S: +OK\n"
                              "C: PASS claveejemplo\n"
                              "S: +OK user successfully logged on\n"
                              "C: LIST\n"
                              "S: +OK 0 messages (0 octets)\n"
                              "S: .\n"
                              "C: QUIT\n"
                              "S: +OK POP3 server signing off\n")
            << expected;
    }
}

void TestPop3ClientSession::scripts()
{
    QFETCH(Pop3ClientJob, job);
    QFETCH(QString, script);
    QFETCH(Expected, expected);

    Pop3ClientSession client(job);
    const QString failure = EngineScript::run(&client, script, EngineScript::Role::EngineIsClient);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Keep mode never deletes anything.
    if (job.mode == Pop3Mode::DownloadAndKeep) {
        for (const QByteArray &line : EngineScript::lastOutput())
            QVERIFY(!line.startsWith("DELE"));
    }
    const Pop3ClientResult &result = client.result();
    QVERIFY(result.finished);
    QVERIFY(client.isFinished());
    QCOMPARE(result.ok, expected.ok);
    QCOMPARE(result.error, expected.error);
    QList<int> numbers;
    QList<QByteArray> uids;
    for (const Pop3FetchedMessage &message : result.messages) {
        numbers.append(message.number);
        uids.append(message.uid);
    }
    QCOMPARE(numbers, expected.numbers);
    if (!expected.uids.isEmpty())
        QCOMPARE(uids, expected.uids);
    QCOMPARE(result.deletedUids, expected.deletedUids);
    QCOMPARE(result.messagesOnServer, expected.messagesOnServer);
    if (!expected.firstContent.isEmpty())
        QCOMPARE(result.messages.first().content, expected.firstContent);
}

void TestPop3ClientSession::utterancesCarryPhaseCodeAndSensitivity()
{
    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    Pop3ClientSession client(job);
    QCOMPARE(client.protocol(), Protocol::Pop3);
    client.start();
    QVERIFY(!client.hasOutput());

    client.receive("+OK ready\r\n");
    QList<Utterance> said = client.takeOutput();
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.at(0).lines, QList<QByteArray>{"USER fran"});
    QCOMPARE(said.at(0).phase, Phase::Authorization);
    QVERIFY(!said.at(0).sensitive);

    client.receive("+OK\r\n");
    said = client.takeOutput();
    QCOMPARE(said.at(0).lines, QList<QByteArray>{"PASS claveejemplo"});
    QVERIFY(said.at(0).sensitive);

    client.receive("+OK logged on\r\n");
    said = client.takeOutput();
    QCOMPARE(said.at(0).lines, QList<QByteArray>{"LIST"});
    QCOMPARE(said.at(0).phase, Phase::Transaction);
    QCOMPARE(client.phase(), Phase::Transaction);

    // A multi-line response may arrive in pieces; it is heard as one.
    client.receive("+OK 1 messages (4 octets)\r\n1 4");
    QVERIFY(!client.hasOutput());
    client.receive("\r\n.\r\n");
    said = client.takeOutput();
    QCOMPARE(said.at(0).lines, QList<QByteArray>{"RETR 1"});
    client.receive("+OK 4 octets\r\n..x\r\n.\r\n+OK message 1 deleted\r\n");
    said = client.takeOutput();
    QCOMPARE(said.size(), 2);
    QCOMPARE(said.at(0).lines, QList<QByteArray>{"DELE 1"});
    QCOMPARE(said.at(1).lines, QList<QByteArray>{"QUIT"});
    QCOMPARE(said.at(1).phase, Phase::Update); // §6
    client.receive("+OK POP3 server signing off\r\n");
    QVERIFY(client.result().ok);
    QCOMPARE(client.result().messages.first().content, QByteArray(".x\r\n"));

    const QList<Utterance> heard = client.takeHeard();
    QCOMPARE(heard.size(), 7);
    QCOMPARE(heard.at(0).code, QByteArray("+OK"));
    QCOMPARE(heard.at(0).phase, Phase::Authorization);
    QCOMPARE(heard.at(3).lines, QList<QByteArray>({"+OK 1 messages (4 octets)", "1 4", "."}));
    QCOMPARE(heard.at(3).phase, Phase::Transaction);
    QCOMPARE(heard.at(4).lines, QList<QByteArray>({"+OK 4 octets", "..x", "."}));
    QCOMPARE(heard.at(6).phase, Phase::Update);
    for (const Utterance &u : heard)
        QVERIFY(!u.sensitive);

    // The APOP command carries a digest, not the secret (RFC 1939 §7): not marked.
    Pop3ClientJob apopJob = job;
    apopJob.useApop = true;
    Pop3ClientSession apop(apopJob);
    apop.receive("+OK ready <1.2@localhost>\r\n");
    said = apop.takeOutput();
    QVERIFY(said.at(0).lines.first().startsWith("APOP fran "));
    QVERIFY(!said.at(0).sensitive);
}

void TestPop3ClientSession::byteStuffingRoundTrip()
{
    // The server stuffs lines that begin with ".", the client un-stuffs them:
    // what arrives is exactly what was stored.
    FakeMaildrop maildrop;
    maildrop.passwords.insert("fran", "claveejemplo");
    const QList<Pop3StoredMessage> stored = {
        {"a", "Subject: dots\r\n\r\n.\r\n..\r\n.leading\r\n. space\r\nend\r\n"},
        {"b", "Subject: plain\r\n\r\nno dots here\r\n"},
        {"c", ".\r\n"},
    };
    maildrop.boxes.insert("fran", stored);

    Pop3ServerSession server({}, &maildrop);
    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    Pop3ClientSession client(job);
    converse(&server, &client);

    const Pop3ClientResult &result = client.result();
    QVERIFY2(result.ok, result.error.constData());
    QCOMPARE(result.messages.size(), stored.size());
    for (int i = 0; i < stored.size(); ++i)
        QCOMPARE(result.messages.at(i).content, stored.at(i).content);
    // Download and delete: UPDATE removed them all, and the lock is gone.
    QVERIFY(maildrop.boxes.value("fran").isEmpty());
    QVERIFY(maildrop.locked.isEmpty());
}

void TestPop3ClientSession::keepModeRoundTripsFetchOnlyNewMail()
{
    FakeMaildrop maildrop;
    maildrop.passwords.insert("fran", "claveejemplo");
    maildrop.boxes.insert("fran", {{"a", "Subject: a\r\n\r\none\r\n"}, {"b", "Subject: b\r\n\r\ntwo\r\n"}});

    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    job.mode = Pop3Mode::DownloadAndKeep;
    {
        Pop3ServerSession server({}, &maildrop);
        Pop3ClientSession client(job);
        converse(&server, &client);
        QVERIFY2(client.result().ok, client.result().error.constData());
        QCOMPARE(client.result().messages.size(), 2);
        for (const Pop3FetchedMessage &message : client.result().messages)
            job.knownUids.insert(message.uid);
    }
    // Nothing was deleted: another client could read the same mail again.
    QCOMPARE(maildrop.boxes.value("fran").size(), 2);
    QCOMPARE(job.knownUids, QSet<QByteArray>({"a", "b"}));

    maildrop.boxes["fran"].append(Pop3StoredMessage{"c", "Subject: c\r\n\r\nthree\r\n"});
    Pop3ServerSession server({}, &maildrop);
    Pop3ClientSession client(job);
    converse(&server, &client);
    const Pop3ClientResult &result = client.result();
    QVERIFY2(result.ok, result.error.constData());
    QCOMPARE(result.messagesOnServer, 3);
    QCOMPARE(result.messages.size(), 1);
    QCOMPARE(result.messages.first().number, 3);
    QCOMPARE(result.messages.first().uid, QByteArray("c"));
    QCOMPARE(maildrop.boxes.value("fran").size(), 3);
}

QTEST_GUILESS_MAIN(TestPop3ClientSession)
#include "tst_pop3clientsession.moc"
