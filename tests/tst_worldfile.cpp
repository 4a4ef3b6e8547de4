// SPDX-License-Identifier: GPL-3.0-or-later
// World files: a world saved and loaded again is the same world (mailboxes
// byte for byte, the transcript event for event, queues with their retry
// state, what the clients downloaded) and is live again over real sockets;
// a broken, truncated or foreign file is refused with a message that names
// what is wrong, and nothing is half-loaded.
#include "testworlds.h"

#include "classroom/scenariorunner.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "persist/classpasswords.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

// Ana sends Fran a message; it waits in his mailbox (not fetched yet).
QByteArray waitingInTheMailbox()
{
    return TestWorlds::twoDomains + R"(
title en "Waiting for Fran"
say en "Ana writes to Fran"
send ana to fran@servidor.edu subject "Quedamos hoxe?" body "A que hora e onde?"
wait
say en "The message waits in Fran's mailbox"
expect mailbox fran@servidor.edu count 1
)";
}

// Runs a scenario's steps to the end on a started world.
bool runToTheEnd(World *world)
{
    ScenarioRunner runner(world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    return finished.wait(20000) && finished.first().first().toBool();
}

void compareEvents(const Transcript *a, const Transcript *b)
{
    QCOMPARE(b->size(), a->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        const TranscriptEvent &x = a->at(i);
        const TranscriptEvent &y = b->at(i);
        const QByteArray where = "event " + QByteArray::number(i);
        QVERIFY2(x.sequence == y.sequence && x.timeMs == y.timeMs && x.connectionId == y.connectionId, where);
        QVERIFY2(x.kind == y.kind && x.protocol == y.protocol && x.direction == y.direction, where);
        QVERIFY2(x.phase == y.phase && x.sensitive == y.sensitive, where);
        QVERIFY2(x.from == y.from && x.to == y.to && x.note == y.note && x.noteCode == y.noteCode
                     && x.noteArguments == y.noteArguments,
                 where);
        QVERIFY2(x.raw == y.raw && x.code == y.code, where);
        QVERIFY2(x.role == y.role && x.continued == y.continued && x.answers == y.answers, where);
    }
}

void compareMailboxes(const World &a, const World &b)
{
    QCOMPARE(b.servers().size(), a.servers().size());
    for (qsizetype s = 0; s < a.servers().size(); ++s) {
        const MailStore *x = a.servers().at(s)->store();
        const MailStore *y = b.servers().at(s)->store();
        QCOMPARE(b.servers().at(s)->domain(), a.servers().at(s)->domain());
        QList<QByteArray> users = x->users();
        std::sort(users.begin(), users.end());
        for (const QByteArray &user : std::as_const(users)) {
            const QList<MailStore::Message> mx = x->mailbox(user);
            const QList<MailStore::Message> my = y->mailbox(user);
            QCOMPARE(my.size(), mx.size());
            for (qsizetype m = 0; m < mx.size(); ++m) {
                QCOMPARE(my.at(m).uid, mx.at(m).uid);
                QCOMPARE(my.at(m).content(), mx.at(m).content());
                QCOMPARE(my.at(m).receivedMs, mx.at(m).receivedMs);
            }
        }
        QCOMPARE(y->nextUid(), x->nextUid());
    }
}

} // namespace

class TestWorldFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anaFranRoundTrip();
    void loadedWorldGoesOn();
    void queueKeepsItsRetryStateAndDownHost();
    void octetsThatAreNotTextSurvive();
    void imapFoldersUidsAndFlagsSurvive();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void missingAndHugeFiles();
    void expectationsSavedBeforeOutcomeKeepTheirVerdict();
    void versionOneFilesGetTheirLineRoles();
    void versionOneNotesWithoutCodesGetThem();
    void unknownWordsAreNamed_data();
    void unknownWordsAreNamed();
    void eavesdroppersSurvive();
    void realServersSurvive();
    void classPasswordsAreKept();
};

void TestWorldFile::anaFranRoundTrip()
{
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), TestWorlds::fastOptions());
    QVERIFY(errors.isEmpty());
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    QVERIFY(runToTheEnd(&world));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ana-fran.carteiro"));
    QVERIFY2(WorldFile::save(world, path, &error), qPrintable(error));
    const std::unique_ptr<World> loaded = WorldFile::load(path, TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));

    QCOMPARE(loaded->scenario().name, QStringLiteral("ana-fran"));
    QCOMPARE(loaded->scenario().title, world.scenario().title);
    // The scenario's text travels with the world, to be shown.
    QVERIFY(WorldFile::scenarioText(*loaded).contains(QStringLiteral("send ana to fran@servidor.edu")));
    compareEvents(world.transcript(), loaded->transcript());
    compareMailboxes(world, *loaded);
    // Captions and expectation outcomes are events like the others.
    int captions = 0;
    int expectations = 0;
    for (const TranscriptEvent &e : loaded->transcript()->events()) {
        captions += e.kind == TranscriptEvent::Kind::Caption ? 1 : 0;
        expectations += e.kind == TranscriptEvent::Kind::Expectation ? 1 : 0;
    }
    QCOMPARE(captions, 6);
    QVERIFY(expectations >= 4);
    // What Fran's client had downloaded.
    MailClient *fran = loaded->client(QStringLiteral("fran"));
    QVERIFY(fran);
    QCOMPARE(fran->inbox().size(), 1);
    QCOMPARE(fran->inbox().first().content, world.client(QStringLiteral("fran"))->inbox().first().content);
    QCOMPARE(fran->inbox().first().subject, QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(loaded->hosts().size(), world.hosts().size());
    for (qsizetype i = 0; i < world.hosts().size(); ++i) {
        QCOMPARE(loaded->hosts().at(i).name, world.hosts().at(i).name);
        QCOMPARE(loaded->hosts().at(i).address, world.hosts().at(i).address);
    }
    // Saved again, the same file (but for the moment it was saved).
    QJsonObject first = QJsonDocument::fromJson(WorldFile::toJson(world)).object();
    QJsonObject second = QJsonDocument::fromJson(WorldFile::toJson(*loaded)).object();
    for (QJsonObject *o : {&first, &second}) {
        o->remove(QStringLiteral("savedAt"));
        o->remove(QStringLiteral("clockMs"));
    }
    QCOMPARE(second, first);
}

void TestWorldFile::loadedWorldGoesOn()
{
    const std::unique_ptr<World> world = TestWorlds::start(waitingInTheMailbox());
    QVERIFY(world);
    QVERIFY(runToTheEnd(world.get()));
    QCOMPARE(world->server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
    const QByteArray stored =
        world->server(QStringLiteral("servidor.edu"))->store()->mailbox("fran").first().content();
    const QByteArray json = WorldFile::toJson(*world);
    const int connectionsBefore = world->nextConnectionId();
    world->shutdown();

    QString error;
    const std::unique_ptr<World> loaded = WorldFile::fromJson(json, TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(WorldFile::start(loaded.get(), &error), qPrintable(error));
    QVERIFY(loaded->isListening(QStringLiteral("servidor.edu"), QStringLiteral("pop3")));
    QCOMPARE(loaded->server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
    QVERIFY(loaded->client(QStringLiteral("fran"))->inbox().isEmpty());

    // Fran fetches, over a real POP3 connection, the message saved in his mailbox.
    const qsizetype eventsBefore = loaded->transcript()->size();
    MailClient *fran = loaded->client(QStringLiteral("fran"));
    QSignalSpy fetched(fran, &MailClient::fetched);
    fran->fetch();
    QVERIFY(fetched.wait(10000));
    QCOMPARE(fran->inbox().size(), 1);
    QCOMPARE(fran->inbox().first().content, stored);
    QCOMPARE(fran->inbox().first().subject, QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(loaded->server(QStringLiteral("servidor.edu"))->store()->count("fran"), 0);
    // The new conversation follows the saved transcript: its own connection id,
    // later times, and the course's POP3 commands on the wire.
    QVERIFY(loaded->transcript()->size() > eventsBefore);
    const TranscriptEvent &opened = loaded->transcript()->at(eventsBefore);
    QVERIFY(opened.connectionId >= connectionsBefore);
    QVERIFY(opened.timeMs >= loaded->transcript()->at(eventsBefore - 1).timeMs);
    bool retr = false;
    for (qsizetype i = eventsBefore; i < loaded->transcript()->size(); ++i)
        retr = retr || loaded->transcript()->at(i).raw == "RETR 1";
    QVERIFY(retr);
}

void TestWorldFile::queueKeepsItsRetryStateAndDownHost()
{
    World::Options options = TestWorlds::fastOptions();
    options.queue.retryBaseMs = 1500;
    options.queue.maximumAttempts = 5;
    const std::unique_ptr<World> world = TestWorlds::start(TestWorlds::twoDomains, options);
    QVERIFY(world);
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    MailServer *clienteFr = world->server(QStringLiteral("cliente.fr"));
    MailClient *ana = world->client(QStringLiteral("ana"));
    QSignalSpy sent(ana, &MailClient::sent);
    ana->send({"fran@servidor.edu"}, QStringLiteral("Quedamos?"), QStringLiteral("Ás sete."));
    QVERIFY(sent.wait(10000));
    // The first attempt is refused: the message waits for its retry.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !clienteFr->queue().isEmpty() && clienteFr->queue().first().attempts >= 1
                && !clienteFr->queue().first().sending;
        },
        10000));
    const MailServer::QueueEntry entry = clienteFr->queue().first();
    const QByteArray json = WorldFile::toJson(*world);
    world->shutdown();

    QString error;
    const std::unique_ptr<World> loaded = WorldFile::fromJson(json, options, &error);
    QVERIFY2(loaded, qPrintable(error));
    const QList<MailServer::QueueEntry> queue = loaded->server(QStringLiteral("cliente.fr"))->queue();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().id, entry.id);
    QCOMPARE(queue.first().sender, entry.sender);
    QCOMPARE(queue.first().domain, entry.domain);
    QCOMPARE(queue.first().recipients, entry.recipients);
    QCOMPARE(queue.first().content, entry.content);
    QCOMPARE(queue.first().attempts, entry.attempts);
    QCOMPARE(queue.first().nextAttemptMs, entry.nextAttemptMs);
    QCOMPARE(queue.first().lastError, entry.lastError);

    // Live again, servidor.edu still down as it was; once it is back, the retry delivers.
    QVERIFY2(WorldFile::start(loaded.get(), &error), qPrintable(error));
    QVERIFY(!loaded->isListening(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(loaded->isListening(QStringLiteral("cliente.fr"), QStringLiteral("smtp")));
    QVERIFY(loaded->setHostListening(QStringLiteral("servidor.edu"), World::Listening::On));
    MailStore *store = loaded->server(QStringLiteral("servidor.edu"))->store();
    QVERIFY(QTest::qWaitFor([&] { return store->count("fran") == 1; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return loaded->server(QStringLiteral("cliente.fr"))->queue().isEmpty(); },
                            5000));
}

void TestWorldFile::imapFoldersUidsAndFlagsSurvive()
{
    // IMAP's state (optional fields of version 2): folders with their
    // UIDVALIDITY, UIDNEXT, subscription and messages; each message's UID and flags.
    const std::unique_ptr<World> world = TestWorlds::start(waitingInTheMailbox());
    QVERIFY(world);
    QVERIFY(runToTheEnd(world.get()));
    MailStore *store = world->server(QStringLiteral("servidor.edu"))->store();
    QByteArray why;
    QVERIFY(store->createFolder("fran", "Work/2026", &why));
    QVERIFY(store->subscribe("fran", "Junk", false, &why));
    QCOMPARE(store->append("fran", "Work/2026", "Subject: a\r\n\r\nb\r\n", {"\\Seen"}, 1000, &why, nullptr),
             1u);
    QCOMPARE(store->append("fran", "Work/2026", "Subject: c\r\n\r\nd\r\n", {}, 2000, &why, nullptr), 2u);
    store->expunge("fran", "Work/2026", {1});
    store->setFlags("fran", "INBOX", store->mailbox("fran").first().imapUid, {"\\Flagged", "$Forwarded"});
    ImapFolderState inboxBefore;
    ImapFolderState workBefore;
    QVERIFY(store->folderState("fran", "INBOX", &inboxBefore));
    QVERIFY(store->folderState("fran", "Work/2026", &workBefore));
    const QByteArray json = WorldFile::toJson(*world);
    world->shutdown();

    QString error;
    const std::unique_ptr<World> loaded = WorldFile::fromJson(json, TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    MailStore *back = loaded->server(QStringLiteral("servidor.edu"))->store();
    for (const auto &[name, before] :
         {std::pair{QByteArray("INBOX"), inboxBefore}, {"Work/2026", workBefore}}) {
        ImapFolderState after;
        QVERIFY(back->folderState("fran", name, &after));
        QCOMPARE(after.uidValidity, before.uidValidity);
        QCOMPARE(after.uidNext, before.uidNext);
        QCOMPARE(after.messages.size(), before.messages.size());
        for (qsizetype i = 0; i < before.messages.size(); ++i) {
            QCOMPARE(after.messages.at(i).uid, before.messages.at(i).uid);
            QCOMPARE(after.messages.at(i).flags, before.messages.at(i).flags);
            QCOMPARE(after.messages.at(i).internalDateMs, before.messages.at(i).internalDateMs);
        }
    }
    QCOMPARE(workBefore.messages.first().uid, 2u);
    QCOMPARE(inboxBefore.messages.first().flags, (QList<QByteArray>{"\\Flagged", "$Forwarded"}));
    bool junkSubscribed = true;
    for (const ImapFolderInfo &f : back->folders("fran")) {
        if (f.name == "Junk")
            junkSubscribed = f.subscribed;
    }
    QVERIFY(!junkSubscribed);
    // A UID at or above its folder's UIDNEXT is refused.
    QByteArray broken = json;
    broken.replace("\"uidNext\":3", "\"uidNext\":2").replace("\"uidNext\": 3", "\"uidNext\": 2");
    QVERIFY(broken != json);
    QVERIFY(!WorldFile::fromJson(broken, TestWorlds::fastOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("uidNext")), qPrintable(error));
}

void TestWorldFile::octetsThatAreNotTextSurvive()
{
    // A line that is not UTF-8 (a peer's Latin-1, a NUL) is kept octet for octet.
    const std::unique_ptr<World> world = TestWorlds::start();
    QVERIFY(world);
    TranscriptEvent odd;
    odd.kind = TranscriptEvent::Kind::Line;
    odd.from = QStringLiteral("outside 127.0.0.1");
    odd.to = QStringLiteral("servidor.edu");
    odd.protocol = Protocol::Smtp;
    odd.direction = TranscriptEvent::Direction::ClientToServer;
    odd.raw = QByteArray("HELO m\xe1quina\0x", 14); // a NUL inside, then x
    odd.code = "\xff";
    world->transcript()->append(odd);
    QString error;
    const std::unique_ptr<World> loaded = WorldFile::fromJson(WorldFile::toJson(*world),
                                                              TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    compareEvents(world->transcript(), loaded->transcript());
}

void TestWorldFile::brokenFilesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << "empty"
                                << "empty";
    QTest::newRow("truncated in the middle") << "truncate"
                                             << "offset";
    QTest::newRow("not JSON at all") << "garbage"
                                     << "broken JSON at offset 1 (line 1, column 2)";
    QTest::newRow("foreign JSON") << "foreign"
                                  << "\"format\"";
    QTest::newRow("a JSON list") << "list"
                                 << "not a JSON object";
    QTest::newRow("a newer version") << "version 3"
                                     << "version 3 is not supported";
    QTest::newRow("version as text") << "version text"
                                     << "version: expected a whole number, found a string";
    QTest::newRow("attempts as text") << "attempts text"
                                      << "servers[0].queue[0].attempts: expected a whole number";
    QTest::newRow("huge attempts") << "attempts huge"
                                   << "servers[0].queue[0].attempts: 1000000000000 is out of range";
    QTest::newRow("huge connection id") << "connection huge"
                                        << "nextConnectionId: 1e+300 is out of range";
    QTest::newRow("negative time") << "negative ms"
                                   << "transcript[3].ms: -5 is out of range";
    QTest::newRow("events out of order") << "seq"
                                         << "transcript[2].seq: expected 2, found 7";
    QTest::newRow("unknown event kind") << "kind"
                                        << "transcript[1].kind: unknown kind \"telegram\"";
    QTest::newRow("mailbox not base64")
        << "base64"
        << "servers[1].mailboxes[0].messages[0].contentBase64: not valid base64";
    QTest::newRow("mailbox of nobody")
        << "nobody"
        << "servers[1].mailboxes[0].user: eva@servidor.edu is not one of the users";
    QTest::newRow("servers missing") << "no servers"
                                     << "servers: missing";
    QTest::newRow("client of an unknown user") << "client user"
                                               << "clients[0].user: eva@cliente.fr is not one of the users";
    QTest::newRow("pop3 mode") << "pop3"
                               << "clients[1].pop3: expected \"delete\" or \"keep\"";
    QTest::newRow("two messages with one UID") << "uid twice"
                                               << "servers[1].mailboxes[0].messages[1].uid: \"";
    QTest::newRow("event is a number") << "event number"
                                       << "transcript[0]: expected an object, found a number";
}

void TestWorldFile::brokenFilesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    // A world with a queued message and a message in Fran's mailbox.
    World::Options options = TestWorlds::fastOptions();
    options.queue.retryBaseMs = 60000;
    const std::unique_ptr<World> world = TestWorlds::start(TestWorlds::twoDomains, options);
    QVERIFY(world);
    MailServer *servidor = world->server(QStringLiteral("servidor.edu"));
    servidor->store()->deliver("fran", "Subject: hola\r\n\r\nhola\r\n");
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    MailClient *ana = world->client(QStringLiteral("ana"));
    QSignalSpy sent(ana, &MailClient::sent);
    ana->send({"fran@servidor.edu"}, QStringLiteral("Quedamos?"), QStringLiteral("Ás sete."));
    QVERIFY(sent.wait(10000));
    MailServer *clienteFr = world->server(QStringLiteral("cliente.fr"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !clienteFr->queue().isEmpty() && clienteFr->queue().first().attempts >= 1
                && !clienteFr->queue().first().sending;
        },
        10000));
    const QByteArray good = WorldFile::toJson(*world);
    QJsonObject root = QJsonDocument::fromJson(good).object();
    QVERIFY(!root.isEmpty());
    QVERIFY(root.value(QStringLiteral("transcript")).toArray().size() > 8);

    // Changes a value deep in the document.
    const auto edit = [&root](const QStringList &path, const std::function<QJsonValue(QJsonValue)> &f) {
        std::function<QJsonValue(QJsonValue, int)> walk = [&](QJsonValue v, int depth) -> QJsonValue {
            if (depth == path.size())
                return f(v);
            bool isIndex = false;
            const int index = path.at(depth).toInt(&isIndex);
            if (isIndex) {
                QJsonArray a = v.toArray();
                a[index] = walk(a.at(index), depth + 1);
                return a;
            }
            QJsonObject o = v.toObject();
            o[path.at(depth)] = walk(o.value(path.at(depth)), depth + 1);
            return o;
        };
        root = walk(root, 0).toObject();
    };
    const auto set = [&](const QStringList &path, const QJsonValue &value) {
        edit(path, [value](const QJsonValue &) { return value; });
    };

    QByteArray bytes;
    if (change == QLatin1String("empty")) {
        bytes = "  \n";
    } else if (change == QLatin1String("truncate")) {
        bytes = good.left(good.size() / 2);
    } else if (change == QLatin1String("garbage")) {
        bytes = "\x89PNG\r\n\x1a\n";
    } else if (change == QLatin1String("foreign")) {
        bytes = R"({"name": "carteiro", "version": "1.0"})";
    } else if (change == QLatin1String("list")) {
        bytes = "[1, 2, 3]";
    } else {
        if (change == QLatin1String("version 3"))
            set({QStringLiteral("version")}, 3);
        else if (change == QLatin1String("version text"))
            set({QStringLiteral("version")}, QStringLiteral("1"));
        else if (change == QLatin1String("attempts text"))
            set({QStringLiteral("servers"), QStringLiteral("0"), QStringLiteral("queue"), QStringLiteral("0"),
                 QStringLiteral("attempts")},
                QStringLiteral("three"));
        else if (change == QLatin1String("attempts huge"))
            set({QStringLiteral("servers"), QStringLiteral("0"), QStringLiteral("queue"), QStringLiteral("0"),
                 QStringLiteral("attempts")},
                1e12);
        else if (change == QLatin1String("connection huge"))
            set({QStringLiteral("nextConnectionId")}, 1e300);
        else if (change == QLatin1String("negative ms"))
            set({QStringLiteral("transcript"), QStringLiteral("3"), QStringLiteral("ms")}, -5);
        else if (change == QLatin1String("seq"))
            set({QStringLiteral("transcript"), QStringLiteral("2"), QStringLiteral("seq")}, 7);
        else if (change == QLatin1String("kind"))
            set({QStringLiteral("transcript"), QStringLiteral("1"), QStringLiteral("kind")},
                QStringLiteral("telegram"));
        else if (change == QLatin1String("base64"))
            set({QStringLiteral("servers"), QStringLiteral("1"), QStringLiteral("mailboxes"),
                 QStringLiteral("0"), QStringLiteral("messages"), QStringLiteral("0"),
                 QStringLiteral("contentBase64")},
                QStringLiteral("not base64 at all!"));
        else if (change == QLatin1String("nobody"))
            set({QStringLiteral("servers"), QStringLiteral("1"), QStringLiteral("mailboxes"),
                 QStringLiteral("0"), QStringLiteral("user")},
                QStringLiteral("eva"));
        else if (change == QLatin1String("no servers"))
            root.remove(QStringLiteral("servers"));
        else if (change == QLatin1String("client user"))
            set({QStringLiteral("clients"), QStringLiteral("0"), QStringLiteral("user")},
                QStringLiteral("eva@cliente.fr"));
        else if (change == QLatin1String("pop3"))
            set({QStringLiteral("clients"), QStringLiteral("1"), QStringLiteral("pop3")},
                QStringLiteral("sometimes"));
        else if (change == QLatin1String("uid twice"))
            edit({QStringLiteral("servers"), QStringLiteral("1"), QStringLiteral("mailboxes"),
                  QStringLiteral("0"), QStringLiteral("messages")},
                 [](QJsonValue v) {
                     QJsonArray messages = v.toArray();
                     messages.append(messages.first());
                     return QJsonValue(messages);
                 });
        else if (change == QLatin1String("event number"))
            set({QStringLiteral("transcript"), QStringLiteral("0")}, 42);
        else
            QFAIL("unknown change");
        bytes = QJsonDocument(root).toJson();
    }
    QString error;
    const std::unique_ptr<World> loaded = WorldFile::fromJson(bytes, options, &error,
                                                              QStringLiteral("aula.carteiro"));
    QVERIFY(!loaded);
    QVERIFY2(error.startsWith(QStringLiteral("aula.carteiro: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestWorldFile::missingAndHugeFiles()
{
    QString error;
    QVERIFY(
        !WorldFile::load(QStringLiteral("/nonexistent/aula.carteiro"), TestWorlds::fastOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/aula.carteiro")), qPrintable(error));
    // A list longer than a world file may hold is refused before any of it is read.
    QByteArray json = R"({"format": "carteiro-world", "version": 1, "clockMs": 0, "nextConnectionId": 1,
        "scenario": {"name": "x"}, "users": [], "dns": [], "servers": [], "clients": [],
        "transcript": [], "hosts": [)";
    for (qsizetype i = 0; i <= WorldFile::MaximumHosts; ++i)
        json += i == 0 ? "{}" : ",{}";
    json += "]}";
    QVERIFY(!WorldFile::fromJson(json, TestWorlds::fastOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("hosts: 1001 entries")), qPrintable(error));
    // A well-formed empty world loads.
    json = R"({"format": "carteiro-world", "version": 1, "clockMs": 0, "nextConnectionId": 1,
        "scenario": {"name": "x"}, "hosts": [], "users": [], "dns": [], "servers": [], "clients": [],
        "transcript": []})";
    QVERIFY2(WorldFile::fromJson(json, TestWorlds::fastOptions(), &error), qPrintable(error));
}

// A world with two checked expectations, one passed and one failed, as JSON.
QJsonObject withTwoExpectations()
{
    const std::unique_ptr<World> world = TestWorlds::start();
    if (!world)
        return QJsonObject();
    const auto expectation = [&](TranscriptEvent::Outcome outcome, const char *note) {
        TranscriptEvent e;
        e.kind = TranscriptEvent::Kind::Expectation;
        e.outcome = outcome;
        e.note = QString::fromUtf8(note);
        world->transcript()->append(e);
    };
    expectation(TranscriptEvent::Outcome::Passed, "OK the mailbox of fran@servidor.edu holds 1 message(s)");
    expectation(TranscriptEvent::Outcome::Failed, "FALLOU a caixa de fran@servidor.edu ten 2 mensaxe(s)");
    return QJsonDocument::fromJson(WorldFile::toJson(*world)).object();
}

void TestWorldFile::expectationsSavedBeforeOutcomeKeepTheirVerdict()
{
    // Files saved before "outcome" existed have the verdict in the note's
    // first word (docs/world-file.md): "OK" is passed, anything else failed.
    QJsonObject root = withTwoExpectations();
    QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    QCOMPARE(transcript.size(), 2);
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        QJsonObject event = transcript.at(i).toObject();
        QVERIFY(event.contains(QStringLiteral("outcome")));
        event.remove(QStringLiteral("outcome"));
        transcript[i] = event;
    }
    root.insert(QStringLiteral("transcript"), transcript);
    QString error;
    const std::unique_ptr<World> loaded = WorldFile::fromJson(QJsonDocument(root).toJson(),
                                                              TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->transcript()->size(), 2);
    QCOMPARE(loaded->transcript()->at(0).outcome, TranscriptEvent::Outcome::Passed);
    QCOMPARE(loaded->transcript()->at(1).outcome, TranscriptEvent::Outcome::Failed);
}

void TestWorldFile::versionOneFilesGetTheirLineRoles()
{
    // Version 1 did not record what each line is; such a file loads with the
    // roles worked out from the lines' text, the same as the engines record.
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), TestWorlds::fastOptions());
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    QVERIFY(runToTheEnd(&world));
    QJsonObject root = QJsonDocument::fromJson(WorldFile::toJson(world)).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
    root.insert(QStringLiteral("version"), 1);
    QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    int withRole = 0;
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        QJsonObject event = transcript.at(i).toObject();
        withRole += event.contains(QStringLiteral("role")) ? 1 : 0;
        event.remove(QStringLiteral("role"));
        event.remove(QStringLiteral("continued"));
        event.remove(QStringLiteral("answers"));
        transcript[i] = event;
    }
    QVERIFY(withRole > 50);
    root.insert(QStringLiteral("transcript"), transcript);
    const std::unique_ptr<World> loaded = WorldFile::fromJson(QJsonDocument(root).toJson(),
                                                              TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    compareEvents(world.transcript(), loaded->transcript());
}

void TestWorldFile::versionOneNotesWithoutCodesGetThem()
{
    // Before notes had codes, a service going down or up was a note with the
    // code "DOWN" or "LISTEN", the service in raw and the sentence in the
    // language of the day; a connection's ends were only in its note.
    World world(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::fastOptions());
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off, &error));
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::On, &error));
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    QVERIFY(QTest::qWaitFor([&world] { return !world.hasWork(); }, 20000));
    QJsonObject root = QJsonDocument::fromJson(WorldFile::toJson(world)).object();
    root.insert(QStringLiteral("version"), 1);
    QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    int listening = 0;
    int connections = 0;
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        QJsonObject event = transcript.at(i).toObject();
        const QString code = event.value(QStringLiteral("noteCode")).toString();
        const QJsonArray arguments = event.value(QStringLiteral("noteArgs")).toArray();
        if (code == QLatin1String("listening-again") || code == QLatin1String("stopped-listening")) {
            event.insert(QStringLiteral("code"),
                         code == QLatin1String("listening-again") ? "LISTEN" : "DOWN");
            event.insert(QStringLiteral("raw"), arguments.at(3));
            ++listening;
        } else if (code == QLatin1String("connection-opened")) {
            ++connections;
        } else {
            continue;
        }
        event.remove(QStringLiteral("noteCode"));
        event.remove(QStringLiteral("noteArgs"));
        transcript[i] = event;
    }
    QVERIFY(listening >= 4 && listening % 2 == 0); // each service of servidor.edu, down and up
    QVERIFY(connections >= 2);
    root.insert(QStringLiteral("transcript"), transcript);
    const std::unique_ptr<World> loaded = WorldFile::fromJson(QJsonDocument(root).toJson(),
                                                              TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    compareEvents(world.transcript(), loaded->transcript());
}

void TestWorldFile::unknownWordsAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("protocol") << "protocol"
                              << "NNTP"
                              << "transcript[1].protocol: unknown protocol \"NNTP\"";
    QTest::newRow("direction") << "dir"
                               << "X"
                               << "transcript[1].dir: expected \"C\" or \"S\", found \"X\"";
    QTest::newRow("phase") << "phase"
                           << "greeting"
                           << "transcript[1].phase: unknown phase \"greeting\"";
    QTest::newRow("role") << "role"
                          << "chorus"
                          << "transcript[1].role: unknown line role \"chorus\"";
    QTest::newRow("outcome") << "outcome"
                             << "maybe"
                             << "transcript[1].outcome: expected \"passed\" or \"failed\", found \"maybe\"";
    QTest::newRow("kind") << "kind"
                          << ""
                          << "transcript[1].kind: unknown kind \"\"";
}

void TestWorldFile::unknownWordsAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QJsonObject root = withTwoExpectations();
    QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    QJsonObject event = transcript.at(1).toObject();
    event.insert(field, value);
    transcript[1] = event;
    root.insert(QStringLiteral("transcript"), transcript);
    QString error;
    QVERIFY(!WorldFile::fromJson(QJsonDocument(root).toJson(), TestWorlds::fastOptions(), &error));
    QCOMPARE(error, expected);
}

void TestWorldFile::realServersSurvive()
{
    // "server servidor.edu real 127.0.0.1 smtp 2525 pop3 1110": where the
    // student's own server is, saved and read back; nothing of its mail.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("real"),
                                                    "server cliente.fr\n"
                                                    "server servidor.edu real 127.0.0.1 smtp 2525 pop3 1110\n"
                                                    "user ana@cliente.fr password claveana\n"
                                                    "user fran@servidor.edu password claveejemplo\n"
                                                    "client ana user ana@cliente.fr\n"
                                                    "client fran user fran@servidor.edu\n",
                                                    &errors);
    QVERIFY(errors.isEmpty());
    World world(scenario, TestWorlds::fastOptions());
    QCOMPARE(world.servers().size(), 1); // no simulated servidor.edu
    QCOMPARE(world.addressOf(QStringLiteral("servidor.edu")), QHostAddress(QStringLiteral("127.0.0.1")));
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.carteiro"));
    QVERIFY2(WorldFile::save(world, path, &error), qPrintable(error));
    {
        const std::unique_ptr<World> loaded = WorldFile::load(path, TestWorlds::fastOptions(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const ScenarioServer *real = loaded->scenario().server(QStringLiteral("servidor.edu"));
        QVERIFY(real);
        QVERIFY(real->isReal());
        QCOMPARE(real->realAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(real->realPort(QStringLiteral("smtp")), 2525);
        QCOMPARE(real->realPort(QStringLiteral("pop3")), 1110);
        QCOMPARE(real->realPort(QStringLiteral("imap")), 143);
        QCOMPARE(loaded->servers().size(), 1);
        QCOMPARE(loaded->servers().first()->domain(), QStringLiteral("cliente.fr"));
        bool shown = false;
        for (const World::Host &h : loaded->hosts())
            shown = shown
                || (h.name == QLatin1String("servidor.edu") && h.kind == World::HostKind::RealServer);
        QVERIFY(shown);
    }
    // A port out of range is refused, naming where.
    QJsonObject root = QJsonDocument::fromJson(WorldFile::toJson(world)).object();
    QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.size(), 2);
    QJsonObject real = servers.at(1).toObject();
    QCOMPARE(real.value(QStringLiteral("real")).toString(), QStringLiteral("127.0.0.1"));
    real.insert(QStringLiteral("realPorts"), QJsonObject{{QStringLiteral("smtp"), 70000}});
    servers.replace(1, real);
    root.insert(QStringLiteral("servers"), servers);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QVERIFY(!WorldFile::load(path, TestWorlds::fastOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("servers[1].realPorts.smtp")), qPrintable(error));
}

void TestWorldFile::eavesdroppersSurvive()
{
    // "eavesdropper eva between fran servidor.edu" is part of the world's
    // description: saved and read back, and a link to nobody refused.
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("eavesdropper"), &errors), TestWorlds::fastOptions());
    QVERIFY(errors.isEmpty());
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eva.carteiro"));
    QVERIFY2(WorldFile::save(world, path, &error), qPrintable(error));
    {
        const std::unique_ptr<World> loaded = WorldFile::load(path, TestWorlds::fastOptions(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const QList<ScenarioEavesdropper> &saved = world.scenario().eavesdroppers;
        const QList<ScenarioEavesdropper> &read = loaded->scenario().eavesdroppers;
        QCOMPARE(read.size(), saved.size());
        QVERIFY(read.size() >= 2);
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read.at(i).name, saved.at(i).name);
            QCOMPARE(read.at(i).a, saved.at(i).a);
            QCOMPARE(read.at(i).b, saved.at(i).b);
        }
    }
    QJsonObject root = QJsonDocument::fromJson(WorldFile::toJson(world)).object();
    QJsonArray list = root.value(QStringLiteral("eavesdroppers")).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(QStringLiteral("a"), QStringLiteral("nadie"));
    list.replace(0, first);
    root.insert(QStringLiteral("eavesdroppers"), list);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QVERIFY(!WorldFile::load(path, TestWorlds::fastOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("eavesdroppers[0].a")) && error.contains(QStringLiteral("nadie")),
             qPrintable(error));

    // Without eavesdroppers the field is not written at all.
    World plain(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), TestWorlds::fastOptions());
    QVERIFY(!QJsonDocument::fromJson(WorldFile::toJson(plain))
                 .object()
                 .contains(QStringLiteral("eavesdroppers")));
}

QTEST_GUILESS_MAIN(TestWorldFile)
void TestWorldFile::classPasswordsAreKept()
{
    // A class's passwords: made once, then read back from DIR/class-passwords
    // by every later start (and by --export-access-sheet), a newcomer
    // getting one of their own; the world's server takes them, a world file keeps them.
    QList<ScenarioError> errors;
    const Scenario clase = ScenarioParser::parse(QStringLiteral("clase.scenario"),
                                                 "server 2esi.org\nstudents 3 on 2esi.org\n", &errors);
    QVERIFY(errors.isEmpty());
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QString error;
    Scenario first = clase;
    QVERIFY2(ClassPasswords::assign(&first, data.path(), &error), qPrintable(error));
    const QString path = ClassPasswords::path(data.path());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    Scenario again = clase;
    QVERIFY(ClassPasswords::assign(&again, data.path(), &error));
    for (int i = 0; i < first.users.size(); ++i) {
        QVERIFY(!first.users.at(i).password.isEmpty());
        QCOMPARE(again.users.at(i).password, first.users.at(i).password);
    }
    // One more student: a new password for them only.
    const Scenario bigger = ScenarioParser::parse(QStringLiteral("clase.scenario"),
                                                  "server 2esi.org\nstudents 4 on 2esi.org\n", &errors);
    Scenario grown = bigger;
    QVERIFY(ClassPasswords::assign(&grown, data.path(), &error));
    QCOMPARE(grown.user(QStringLiteral("alumno3@2esi.org"))->password,
             first.user(QStringLiteral("alumno3@2esi.org"))->password);
    QVERIFY(!grown.user(QStringLiteral("alumno4@2esi.org"))->password.isEmpty());
    // Without a directory: new ones each time.
    Scenario fresh = clase;
    QVERIFY(ClassPasswords::assign(&fresh, QString(), &error));
    QVERIFY(fresh.users.first().password != first.users.first().password);

    // The world's server logs them in; a world file keeps them.
    World::Options options;
    options.ephemeralPorts = true;
    World world(again, options);
    QVERIFY(world.server(QStringLiteral("2esi.org"))
                ->authenticate("alumno2", again.users.at(1).password.toUtf8()));
    QVERIFY(!world.server(QStringLiteral("2esi.org"))
                 ->authenticate("alumno2", again.users.at(0).password.toUtf8()));
    std::unique_ptr<World> loaded = WorldFile::fromJson(WorldFile::toJson(world), options, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->server(QStringLiteral("2esi.org"))
                ->authenticate("alumno2", again.users.at(1).password.toUtf8()));

    // A broken file is named, with its line, and nothing is made up instead.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("just-one-word\n");
    file.close();
    Scenario broken = clase;
    QVERIFY(!ClassPasswords::assign(&broken, data.path(), &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":6: ")), qPrintable(error));
}

#include "tst_worldfile.moc"
