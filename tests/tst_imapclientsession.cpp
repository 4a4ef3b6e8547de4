// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for ImapClientSession's actions and IDLE: each action is its own
// tagged command (C:/S: scripts, tests/enginescript.h), MOVE's fallback
// without the capability, a search on the server (CHARSET UTF-8 with a
// LITERAL+ literal), IDLE woken by "* N EXISTS" and ended by stop(); and a
// round trip against ImapServerSession over a real MailStore.
#include "enginescript.h"
#include "mail/mailstore.h"
#include "protocol/imapclientsession.h"
#include "protocol/imapcommandsession.h"
#include "protocol/imapserversession.h"

#include <QTest>

namespace {

const QByteArray message1 = "From: ana@cliente.fr\r\n"
                            "To: fran@servidor.edu\r\n"
                            "Subject: Quedamos hoxe?\r\n"
                            "\r\n"
                            "A que hora e onde?\r\n";
const QByteArray message2 = "From: luis@cliente.fr\r\n"
                            "To: fran@servidor.edu\r\n"
                            "Subject: Apuntes\r\n"
                            "\r\n"
                            "Os apuntes da praia.\r\n";

const QString login = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE] servidor.edu ready\n"
                                     "C: a1 LOGIN \"fran\" \"claveejemplo\"\n");

ImapClientJob job()
{
    ImapClientJob j;
    j.user = "fran";
    j.password = "claveejemplo";
    return j;
}

QString run(ImapClientSession *client, const QString &script)
{
    return EngineScript::run(client, script, EngineScript::Role::EngineIsClient);
}

// Joins a client engine and a server engine in memory until both are quiet.
void converse(ImapClientSession *client, ImapServerSession *server)
{
    EngineScript::converse(client, server, [client] { return client->isFinished(); });
}

} // namespace

class TestImapClientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutActionsTheJobIsAsBefore();
    void dovecotsTimedStatusTextIsRead();
    void actionsAreEachTheirOwnCommand();
    void moveWithoutMoveCopiesStoresAndExpunges();
    void nonAsciiSearchNamesItsCharset();
    void idleWakesOnExistsAndStopEndsIt();
    void stopBeforeIdleLogsOut();
    void roundTripWithTheServer();
    void roundTripIdle();
    void roundTripNonAsciiSearch();
    void commandSessionChainsCommands();
    void commandSessionTellsWaitingCommandsWhyItEnded();
    void commandSessionRoundTrip();
    void commandSessionReadsLongLines();
    void commandSessionReadsALongFetchLineFromTheServer();
};

void TestImapClientSession::withoutActionsTheJobIsAsBefore()
{
    ImapClientSession client(job());
    const QString error = run(&client,
                              login
                                  + QStringLiteral("S: a1 OK Logged in\n"
                                                   "C: a2 LIST \"\" \"*\"\n"
                                                   "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                                                   "S: a2 OK LIST completed\n"
                                                   "C: a3 SELECT INBOX\n"
                                                   "S: * 0 EXISTS\n"
                                                   "S: a3 OK [READ-WRITE] SELECT completed\n"
                                                   "C: a4 UID SEARCH ALL\n"
                                                   "S: * SEARCH\n"
                                                   "S: a4 OK SEARCH completed\n"
                                                   "C: a5 LOGOUT\n"
                                                   "S: * BYE\n"
                                                   "S: a5 OK LOGOUT completed\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(client.result().ok);
    QVERIFY(client.result().outcomes.isEmpty());
    QCOMPARE(client.result().rounds, 1);
}

void TestImapClientSession::dovecotsTimedStatusTextIsRead()
{
    // Dovecot ends its tagged replies with "(0.001 + 0.000 secs).": a dot
    // straight after the parenthesis is free text, not a broken response.
    ImapClientSession client(job());
    const QString error = run(
        &client,
        login
            + QStringLiteral("S: a1 OK Logged in\n"
                             "C: a2 LIST \"\" \"*\"\n"
                             "S: * LIST (\\HasNoChildren) \".\" INBOX\n"
                             "S: a2 OK List completed (0.001 + 0.000 secs).\n"
                             "C: a3 SELECT INBOX\n"
                             "S: * 0 EXISTS\n"
                             "S: a3 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\n"
                             "C: a4 UID SEARCH ALL\n"
                             "S: * SEARCH\n"
                             "S: a4 OK Search completed (0.001 + 0.000 secs).\n"
                             "C: a5 LOGOUT\n"
                             "S: * BYE Logging out\n"
                             "S: a5 OK Logout completed (0.001 + 0.000 secs).\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(client.result().ok, client.result().error.constData());
}

void TestImapClientSession::actionsAreEachTheirOwnCommand()
{
    ImapClientJob j = job();
    j.folder = "Traballo";
    j.readFlags = true;
    j.knownUids = {1};
    j.uidValidity = 7;
    // Folder actions first (LIST shows them), message actions after SELECT.
    j.actions = {ImapAction::store(1, {"\\Flagged"}, true),
                 ImapAction::create("Traballo"),
                 ImapAction::move(2, "Arquivo vello"),
                 ImapAction::search(ImapAction::searchKey("FROM", "ana")),
                 ImapAction::rename("Vello", "Arquivo vello"),
                 ImapAction::expunge()};
    ImapClientSession client(j);
    const QString error = run(
        &client,
        QStringLiteral(
            "S: * OK servidor.edu ready\n"
            "C: a1 LOGIN \"fran\" \"claveejemplo\"\n"
            "S: a1 OK [CAPABILITY IMAP4rev1 IDLE UIDPLUS MOVE] Logged in\n"
            "C: a2 CREATE Traballo\n"
            "S: a2 OK CREATE completed\n"
            "C: a3 RENAME Vello \"Arquivo vello\"\n"
            "S: a3 NO No such folder\n"
            "C: a4 LIST \"\" \"*\"\n"
            "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
            "S: * LIST (\\HasNoChildren \\Trash) \"/\" Trash\n"
            "S: * LIST (\\HasNoChildren) \"/\" Traballo\n"
            "S: a4 OK LIST completed\n"
            "C: a5 SELECT Traballo\n"
            "S: * 2 EXISTS\n"
            "S: * OK [UIDVALIDITY 7] UIDs valid\n"
            "S: a5 OK [READ-WRITE] SELECT completed\n"
            "C: a6 UID STORE 1 +FLAGS (\\Flagged)\n"
            "S: * 1 FETCH (UID 1 FLAGS (\\Flagged))\n"
            "S: a6 OK STORE completed\n"
            "C: a7 UID MOVE 2 \"Arquivo vello\"\n"
            "S: a7 NO [TRYCREATE] No such folder\n"
            "C: a8 UID SEARCH FROM ana\n"
            "S: * SEARCH 1\n"
            "S: a8 OK SEARCH completed\n"
            "C: a9 EXPUNGE\n"
            "S: a9 OK EXPUNGE completed\n"
            "C: a10 UID SEARCH ALL\n"
            "S: * SEARCH 1 2\n"
            "S: a10 OK SEARCH completed\n"
            "C: a11 UID FETCH 1:* (FLAGS)\n"
            "S: * 1 FETCH (UID 1 FLAGS (\\Flagged))\n"
            "S: * 2 FETCH (UID 2 FLAGS (\\Seen))\n"
            "S: a11 OK FETCH completed\n"
            "C: a12 UID FETCH 2 (UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER])\n"
            "S: * 2 FETCH (UID 2 FLAGS (\\Seen) RFC822.SIZE 20 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL "
            "NIL \"7bit\" 4 1) BODY[HEADER] {12}\n"
            "S: Subject: x\n"
            "S: )\n"
            "S: a12 OK FETCH completed\n"
            "C: a13 UID FETCH 2 (BODY.PEEK[])\n"
            "S: * 2 FETCH (UID 2 BODY[] {5}\n"
            "S: ola\n"
            "S: )\n"
            "S: a13 OK FETCH completed\n"
            "C: a14 LOGOUT\n"
            "S: a14 OK bye\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ImapClientResult &r = client.result();
    QVERIFY(r.ok);
    QCOMPARE(r.folder, QByteArray("Traballo"));
    QCOMPARE(r.folderEntries.size(), 3);
    QVERIFY(r.folderEntries.at(1).attributes.contains("\\Trash"));
    QCOMPARE(r.outcomes.size(), 6);
    QCOMPARE(r.outcomes.at(0).action.kind, ImapAction::Kind::Create);
    QVERIFY(r.outcomes.at(0).ok);
    QVERIFY(!r.outcomes.at(1).ok); // the rename
    QVERIFY(r.outcomes.at(1).reply.contains("No such folder"));
    QCOMPARE(r.outcomes.at(2).action.kind, ImapAction::Kind::Store);
    QVERIFY(!r.outcomes.at(3).ok); // the move
    QVERIFY(r.searched);
    QCOMPARE(r.searchHits, QList<quint32>{1});
    QCOMPARE(r.uids, (QList<quint32>{1, 2}));
    QCOMPARE(r.flags.value(1), QList<QByteArray>{"\\Flagged"});
    QCOMPARE(r.flags.value(2), QList<QByteArray>{"\\Seen"});
    QCOMPARE(r.messages.size(), 1); // only the new one
    QCOMPARE(r.messages.first().uid, 2u);
}

void TestImapClientSession::moveWithoutMoveCopiesStoresAndExpunges()
{
    ImapClientJob j = job();
    j.actions = {ImapAction::move(1, "Trash")};
    ImapClientSession client(j);
    const QString error = run(&client,
                              login
                                  + QStringLiteral("S: a1 OK [CAPABILITY IMAP4rev1 IDLE UIDPLUS] Logged in\n"
                                                   "C: a2 LIST \"\" \"*\"\n"
                                                   "S: a2 OK LIST completed\n"
                                                   "C: a3 SELECT INBOX\n"
                                                   "S: a3 OK SELECT completed\n"
                                                   "C: a4 UID COPY 1 Trash\n"
                                                   "S: a4 OK [COPYUID 1 1 1] COPY completed\n"
                                                   "C: a5 UID STORE 1 +FLAGS.SILENT (\\Deleted)\n"
                                                   "S: a5 OK STORE completed\n"
                                                   "C: a6 UID EXPUNGE 1\n"
                                                   "S: * 1 EXPUNGE\n"
                                                   "S: a6 OK EXPUNGE completed\n"
                                                   "C: a7 UID SEARCH ALL\n"
                                                   "S: * SEARCH\n"
                                                   "S: a7 OK SEARCH completed\n"
                                                   "C: a8 LOGOUT\n"
                                                   "S: a8 OK bye\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.result().outcomes.size(), 1);
    QVERIFY(client.result().outcomes.first().ok);
}

void TestImapClientSession::nonAsciiSearchNamesItsCharset()
{
    QCOMPARE(ImapAction::searchKey("TEXT", QStringLiteral("praia")), QByteArray("TEXT praia"));
    QCOMPARE(ImapAction::searchKey("TEXT", QStringLiteral("a praia")), QByteArray("TEXT \"a praia\""));
    ImapClientJob j = job();
    j.actions = {ImapAction::search(ImapAction::searchKey("SUBJECT", QStringLiteral("cafés")) + " UNSEEN")};
    ImapClientSession client(j);
    const QString error = run(&client,
                              login
                                  + QStringLiteral("S: a1 OK Logged in\n"
                                                   "C: a2 LIST \"\" \"*\"\n"
                                                   "S: a2 OK LIST completed\n"
                                                   "C: a3 SELECT INBOX\n"
                                                   "S: a3 OK SELECT completed\n"
                                                   "C: a4 UID SEARCH CHARSET UTF-8 SUBJECT {6+}\n"
                                                   "C: cafés UNSEEN\n"
                                                   "S: * SEARCH 3\n"
                                                   "S: a4 OK SEARCH completed\n"
                                                   "C: a5 UID SEARCH ALL\n"
                                                   "S: * SEARCH 3\n"
                                                   "S: a5 OK SEARCH completed\n"
                                                   "C: a6 UID FETCH 3 (UID FLAGS RFC822.SIZE BODYSTRUCTURE "
                                                   "BODY.PEEK[HEADER])\n"
                                                   "S: a6 OK FETCH completed\n"
                                                   "C: a7 LOGOUT\n"
                                                   "S: a7 OK bye\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.result().searchHits, QList<quint32>{3});
}

void TestImapClientSession::idleWakesOnExistsAndStopEndsIt()
{
    ImapClientJob j = job();
    j.idle = true;
    ImapClientSession client(j);
    int rounds = 0;
    client.setRoundHandler([&rounds](const ImapClientResult &) { ++rounds; });
    QString error = run(
        &client,
        login
            + QStringLiteral("S: a1 OK Logged in\n"
                             "C: a2 LIST \"\" \"*\"\n"
                             "S: a2 OK LIST completed\n"
                             "C: a3 SELECT INBOX\n"
                             "S: * 0 EXISTS\n"
                             "S: a3 OK SELECT completed\n"
                             "C: a4 UID SEARCH ALL\n"
                             "S: * SEARCH\n"
                             "S: a4 OK SEARCH completed\n"
                             "C: a5 IDLE\n"
                             "S: + idling\n"
                             // servidor.edu stores Ana's message
                             "S: * 1 EXISTS\n"
                             "C: DONE\n"
                             "S: a5 OK IDLE terminated\n"
                             "C: a6 UID SEARCH ALL\n"
                             "S: * SEARCH 4\n"
                             "S: a6 OK SEARCH completed\n"
                             "C: a7 UID FETCH 4 (UID FLAGS RFC822.SIZE BODYSTRUCTURE "
                             "BODY.PEEK[HEADER])\n"
                             "S: * 1 FETCH (UID 4 FLAGS () RFC822.SIZE 20 BODYSTRUCTURE (\"text\" "
                             "\"plain\" NIL NIL NIL \"7bit\" 4 1) BODY[HEADER] {12}\n"
                             "S: Subject: x\n"
                             "S: )\n"
                             "S: a7 OK FETCH completed\n"
                             "C: a8 UID FETCH 4 (BODY.PEEK[])\n"
                             "S: * 1 FETCH (UID 4 BODY[] {5}\n"
                             "S: ola\n"
                             "S: )\n"
                             "S: a8 OK FETCH completed\n"
                             "C: a9 IDLE\n"
                             "S: + idling\n"
                             // an expunge elsewhere is no new mail
                             "S: * 1 EXPUNGE\n"
                             "S: * 0 EXISTS\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rounds, 2);
    QVERIFY(client.result().idling);
    QCOMPARE(client.result().messages.size(), 1);
    QCOMPARE(client.result().messages.first().uid, 4u);
    QVERIFY(!client.isFinished());
    client.stop();
    error = run(&client,
                QStringLiteral("C: DONE\n"
                               "S: a9 OK IDLE terminated\n"
                               "C: a10 LOGOUT\n"
                               "S: * BYE\n"
                               "S: a10 OK LOGOUT completed\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(client.isFinished());
    QVERIFY(client.result().ok);
}

void TestImapClientSession::stopBeforeIdleLogsOut()
{
    ImapClientJob j = job();
    j.idle = true;
    ImapClientSession client(j);
    QString error = run(&client, login);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    client.stop(); // while the job is still under way: LOGOUT instead of IDLE
    error = run(&client,
                QStringLiteral("S: a1 OK Logged in\n"
                               "C: a2 LIST \"\" \"*\"\n"
                               "S: a2 OK LIST completed\n"
                               "C: a3 SELECT INBOX\n"
                               "S: a3 OK SELECT completed\n"
                               "C: a4 UID SEARCH ALL\n"
                               "S: a4 OK SEARCH completed\n"
                               "C: a5 LOGOUT\n"
                               "S: a5 OK bye\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(client.isFinished());
}

void TestImapClientSession::roundTripWithTheServer()
{
    MailStore store;
    store.addUser("fran", "claveejemplo");
    store.deliver("fran", message1);
    store.deliver("fran", message2);
    ImapServerConfig config;
    config.hostname = "servidor.edu";
    config.domain = "servidor.edu";
    {
        ImapClientJob j = job();
        j.actions = {ImapAction::create("Traballo"), ImapAction::store(1, {"\\Seen", "\\Flagged"}, true),
                     ImapAction::move(2, "Traballo"),
                     ImapAction::search(ImapAction::searchKey("TEXT", "hora"))};
        ImapServerSession server(config, &store);
        server.start();
        ImapClientSession client(j);
        converse(&client, &server);
        const ImapClientResult &r = client.result();
        QVERIFY2(r.ok, r.error.constData());
        QCOMPARE(r.outcomes.size(), 4);
        for (const ImapActionOutcome &o : r.outcomes)
            QVERIFY2(o.ok, o.reply.constData());
        QCOMPARE(r.searchHits, QList<quint32>{1});
        QCOMPARE(r.uids, QList<quint32>{1});
        QVERIFY(r.folders.contains("Traballo"));
    }
    QVERIFY(store.folderNames("fran").contains("Traballo"));
    ImapFolderState state;
    QVERIFY(store.folderState("fran", "Traballo", &state));
    QCOMPARE(state.messages.size(), 1);
    QVERIFY(store.folderState("fran", "INBOX", &state));
    QCOMPARE(state.messages.size(), 1);
    QCOMPARE(state.messages.first().flags, (QList<QByteArray>{"\\Seen", "\\Flagged"}));
    // The folder holds it; reading it there reads its flags too.
    ImapClientJob j = job();
    j.folder = "Traballo";
    ImapServerSession server(config, &store);
    server.start();
    ImapClientSession client(j);
    converse(&client, &server);
    QVERIFY(client.result().ok);
    QCOMPARE(client.result().messages.size(), 1);
    QVERIFY(client.result().messages.first().content.contains("Apuntes"));
}

void TestImapClientSession::roundTripIdle()
{
    MailStore store;
    store.addUser("fran", "claveejemplo");
    ImapServerConfig config;
    config.hostname = "servidor.edu";
    ImapServerSession server(config, &store);
    server.start();
    ImapClientJob j = job();
    j.idle = true;
    ImapClientSession client(j);
    converse(&client, &server);
    QVERIFY(client.result().idling);
    store.deliver("fran", message1);
    server.mailboxChanged(); // what the World does, queued, when the store changes
    converse(&client, &server);
    QVERIFY(client.result().idling);
    QCOMPARE(client.result().rounds, 2);
    QCOMPARE(client.result().messages.size(), 1);
    client.stop();
    converse(&client, &server);
    QVERIFY(client.isFinished());
    QVERIFY2(client.result().ok, client.result().error.constData());
}

void TestImapClientSession::roundTripNonAsciiSearch()
{
    // "á" goes as UTF-8 in a LITERAL+ literal after CHARSET UTF-8; the server
    // finds it in an 8-bit body (it does not decode RFC 2047 words in a
    // header field: SUBJECT with an accent misses an encoded subject).
    MailStore store;
    store.addUser("fran", "claveejemplo");
    store.deliver("fran", message1);
    store.deliver("fran",
                  QStringLiteral("From: ana@cliente.fr\r\nSubject: Praia\r\nContent-Type: text/plain; "
                                 "charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nImos á "
                                 "praia?\r\n")
                      .toUtf8());
    ImapServerConfig config;
    config.hostname = "servidor.edu";
    ImapServerSession server(config, &store);
    server.start();
    ImapClientJob j = job();
    j.actions = {ImapAction::search(ImapAction::searchKey("TEXT", QStringLiteral("á PRAIA")))};
    ImapClientSession client(j);
    converse(&client, &server);
    QVERIFY2(client.result().ok, client.result().error.constData());
    QVERIFY(client.result().outcomes.first().ok);
    QCOMPARE(client.result().searchHits, QList<quint32>{2});
}

void TestImapClientSession::commandSessionReadsLongLines()
{
    // A FETCH of a message with attachments is one line of a thousand octets
    // and more (its BODYSTRUCTURE): read whole, not refused as overlong.
    ImapCommandSession client;
    ImapCommandResult result;
    client.command("FETCH 1 (BODYSTRUCTURE)", [&](const ImapCommandResult &r) {
        result = r;
        client.logout();
    });
    const QByteArray name(2000, 'a');
    const QString error = EngineScript::run(
        &client,
        QStringLiteral("S: * OK ready\n"
                       "C: a1 FETCH 1 (BODYSTRUCTURE)\n"
                       "S: * 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 4 1)"
                       "(\"IMAGE\" \"PNG\" (\"NAME\" \"%1.png\") NIL NIL \"BASE64\" 12 NIL) \"MIXED\"))\n"
                       "S: a1 OK FETCH completed\n"
                       "C: a2 LOGOUT\n"
                       "S: * BYE\n"
                       "S: a2 OK LOGOUT completed\n")
            .arg(QString::fromLatin1(name)),
        EngineScript::Role::EngineIsClient);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(result.ok, result.error.constData());
    QCOMPARE(result.untagged.size(), 1);
}

void TestImapClientSession::commandSessionChainsCommands()
{
    // The webmail's way: each command chosen from what the last one said.
    ImapCommandSession client;
    QList<QByteArray> said;
    QList<Phase> phases; // the state after each completion (RFC 3501 §3)
    int exists = -1;
    QByteArray body;
    QByteArray refused;
    client.command(
        "LOGIN fran claveejemplo",
        [&](const ImapCommandResult &r) {
            said.append(r.status);
            phases.append(client.phase());
            client.command("SELECT INBOX", [&](const ImapCommandResult &r) {
                said.append(r.status);
                phases.append(client.phase());
                for (const ImapCommand &u : r.untagged) {
                    if (u.arguments.value(0).upperAtom() == "EXISTS")
                        exists = u.name.toInt();
                }
                client.command("UID FETCH 7 (BODY[1])", [&](const ImapCommandResult &r) {
                    said.append(r.status);
                    body = r.untagged.value(0).arguments.value(1).items.value(3).text;
                    client.command("SELECT Nowhere", [&](const ImapCommandResult &r) {
                        refused = r.error;
                        phases.append(client.phase());
                        client.logout();
                    });
                });
            });
        },
        true);
    // Nothing is said before the greeting.
    QVERIFY(!client.hasOutput());
    const QString error = EngineScript::run(&client,
                                            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\n"
                                                           "C: a1 LOGIN fran claveejemplo\n"
                                                           "S: a1 OK Logged in\n"
                                                           "C: a2 SELECT INBOX\n"
                                                           "S: * 3 EXISTS\n"
                                                           "S: a2 OK [READ-WRITE] SELECT completed\n"
                                                           "C: a3 UID FETCH 7 (BODY[1])\n"
                                                           "S: * 3 FETCH (UID 7 BODY[1] {6}\n"
                                                           "S: Ola!\n"
                                                           "S: )\n"
                                                           "S: a3 OK FETCH completed\n"
                                                           "C: a4 SELECT Nowhere\n"
                                                           "S: a4 NO [NONEXISTENT] No such mailbox\n"
                                                           "C: a5 LOGOUT\n"
                                                           "S: * BYE Logging out\n"
                                                           "S: a5 OK LOGOUT completed\n"),
                                            EngineScript::Role::EngineIsClient);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(said, (QList<QByteArray>{"OK", "OK", "OK"}));
    QCOMPARE(phases, (QList<Phase>{Phase::Authenticated, Phase::Selected, Phase::Authenticated}));
    QCOMPARE(exists, 3);
    QCOMPARE(body, QByteArray("Ola!\r\n"));
    QCOMPARE(refused, QByteArray("[NONEXISTENT] No such mailbox"));
    QVERIFY(client.isFinished());
    QVERIFY(client.wantsClose());
    QVERIFY(client.error().isEmpty());
}

void TestImapClientSession::commandSessionTellsWaitingCommandsWhyItEnded()
{
    ImapCommandSession client;
    QList<QByteArray> errors;
    const auto keep = [&errors](const ImapCommandResult &r) {
        QVERIFY(!r.ok);
        errors.append(r.error);
    };
    client.command("LOGIN fran x", keep, true);
    client.command("SELECT INBOX", keep);
    client.receive("* OK ready\r\n");
    QVERIFY(client.hasOutput());
    client.connectionLost();
    QCOMPARE(errors, (QList<QByteArray>{"the connection was lost", "the connection was lost"}));
    // Asked after the end: told at once.
    client.command("NOOP", keep);
    QCOMPARE(errors.size(), 3);

    // A greeting that is not OK ends it too, without a word sent.
    ImapCommandSession refused;
    errors.clear();
    refused.command("LOGIN fran x", keep, true);
    refused.receive("* BYE too many connections\r\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains("BYE too many"));
    QVERIFY(refused.takeOutput().isEmpty() || refused.wantsClose());
}

void TestImapClientSession::commandSessionReadsALongFetchLineFromTheServer()
{
    // A FETCH line longer than 512 octets (the webmail's list of a message
    // with an attachment showed nothing, the session ended as "overlong").
    ImapCommandSession client;
    QByteArray subject;
    QByteArray error;
    const QByteArray longSubject(900, 'x');
    client.command("FETCH 1 (ENVELOPE)", [&](const ImapCommandResult &r) {
        error = r.error;
        subject = r.untagged.value(0).arguments.value(1).items.value(1).items.value(1).text;
    });
    client.receive("* OK ready\r\n");
    const QList<Utterance> said = client.takeOutput();
    QVERIFY(!said.isEmpty() && said.first().lines.value(0).startsWith("a1 FETCH"));
    client.receive("* 1 FETCH (ENVELOPE (NIL \"" + longSubject
                   + "\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"
                     "a1 OK FETCH completed\r\n");
    QVERIFY2(error.isEmpty(), error.constData());
    QCOMPARE(subject, longSubject);
}

void TestImapClientSession::commandSessionRoundTrip()
{
    MailStore store;
    store.addUser("fran", "claveejemplo");
    store.deliver("fran", message1);
    store.deliver("fran", message2);
    ImapServerConfig config;
    config.hostname = "servidor.edu";
    config.domain = "servidor.edu";
    ImapServerSession server(config, &store);
    server.start();
    ImapCommandSession client;
    QByteArray subjects;
    bool loggedOut = false;
    client.command(
        "LOGIN fran claveejemplo",
        [&](const ImapCommandResult &) {
            client.command("EXAMINE INBOX", [&](const ImapCommandResult &) {
                client.command("FETCH 1:* (UID ENVELOPE)", [&](const ImapCommandResult &r) {
                    for (const ImapCommand &u : r.untagged) {
                        const ImapValue fetch = u.arguments.value(1);
                        for (qsizetype i = 0; i + 1 < fetch.items.size(); i += 2) {
                            if (fetch.items.at(i).upperAtom() == "ENVELOPE")
                                subjects += fetch.items.at(i + 1).items.value(1).text + ';';
                        }
                    }
                    client.logout([&] { loggedOut = true; });
                });
            });
        },
        true);
    EngineScript::converse(&client, &server, [&client] { return client.isFinished(); });
    QCOMPARE(subjects, QByteArray("Quedamos hoxe?;Apuntes;"));
    QVERIFY(loggedOut);
    QVERIFY(client.error().isEmpty());
}

QTEST_MAIN(TestImapClientSession)
#include "tst_imapclientsession.moc"
