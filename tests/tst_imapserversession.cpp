// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for ImapServerSession and ImapParser: RFC 3501 states, commands and
// responses, driven line by line (C:/S: scripts, tests/enginescript.h)
// against a real MailStore; RFC 3501 §8's sample session as a golden case;
// literals (synchronising and LITERAL+), limits and hostile input.
#include "enginescript.h"
#include "mail/imapstructure.h"
#include "mail/mailstore.h"
#include "message/mimemessage.h"
#include "protocol/imapclientsession.h"
#include "protocol/imapparser.h"
#include "protocol/imapserversession.h"

#include <QTest>

namespace {

const QByteArray courseMessage = "From: ana@cliente.fr\r\n"
                                 "To: fran@servidor.edu\r\n"
                                 "Subject: Quedamos hoxe?\r\n"
                                 "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
                                 "\r\n"
                                 "A que hora e onde?\r\n";

const QByteArray withAttachment =
    "From: \"Ana\" <ana@cliente.fr>\r\n"
    "To: fran@servidor.edu\r\n"
    "Subject: A foto\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Mira a foto.\r\n"
    "--b1\r\n"
    "Content-Type: image/png; name=\"praia.png\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "Content-Disposition: attachment; filename=\"praia.png\"\r\n"
    "\r\n"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\r\n"
    "--b1--\r\n";

struct Server {
    MailStore store;
    std::unique_ptr<ImapServerSession> session;
    explicit Server(ImapServerConfig config = {})
    {
        store.addUser("fran", "claveejemplo");
        store.addUser("ana", "claveana");
        store.deliver("fran", courseMessage);
        store.deliver("fran", withAttachment);
        config.hostname = "servidor.edu";
        config.domain = "servidor.edu";
        session = std::make_unique<ImapServerSession>(config, &store);
    }
    QString run(const QString &script)
    {
        return EngineScript::run(session.get(), script, EngineScript::Role::EngineIsServer);
    }
};

const QString greeting = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN ID ENABLE "
                                        "IDLE] servidor.edu IMAP4rev1 ready\n");
const QString loggedIn =
    greeting
    + QStringLiteral(
        "C: a1 LOGIN fran claveejemplo\n"
        "S: a1 OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE UIDPLUS MOVE NAMESPACE ID ENABLE SPECIAL-USE "
        "UNSELECT] Logged in\n");
const QString selectedInbox =
    loggedIn
    + QStringLiteral(
        "C: a2 SELECT INBOX\n"
        "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
        "S: * OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted\n"
        "S: * 2 EXISTS\n"
        "S: * 0 RECENT\n"
        "S: * OK [UNSEEN 1] First unseen\n"
        "S~ \\* OK \\[UIDVALIDITY \\d+\\] UIDs valid\n"
        "S: * OK [UIDNEXT 3] Predicted next UID\n"
        "S: a2 OK [READ-WRITE] SELECT completed\n");

} // namespace

class TestImapServerSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parserReadsValues();
    void parserRefusesWhatIsNotIMAP_data();
    void parserRefusesWhatIsNotIMAP();
    void sequenceSets();
    void rfc3501SampleSession();
    void statesAreEnforced();
    void loginWithFullAddressAndLiterals();
    void literalPlusNeedsNoContinuation();
    void hugeLiteralIsRefusedWithoutKeepingIt();
    void authenticatePlain();
    void fetchSectionsAndPartialFetch();
    void peekKeepsUnseenAndBodySetsSeen();
    void searchKeys();
    void storeExpungeAndNumbers();
    void searchReadsDecodedText();
    void structureComesFromGMime();
    void foldersCopyMoveAppend();
    void idleTellsNewMailAtOnce();
    void pop3DeletionsShowAsExpunge();
    void tooManyErrorsEndTheSession();
    void deepNestingIsRefused();
    void clientDownloadsOnlyTheText();
    void appendedBareLineEndsBecomeCrLf();
    void uidExpungeRemovesOnlyTheNamedUids();
    void clientTextCannotForgeResponses();
    void brokenTagIsNotEchoedWithControls();
    void partialFetchCuttingCrLfKeepsItsOctets();
};

void TestImapServerSession::parserReadsValues()
{
    ImapCommand c;
    QByteArray error;
    QVERIFY2(
        ImapParser::parse(
            "A7 fetch 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (FROM \"TO\")]<0.100> \"q\\\"x\" NIL {3}\r\nabc)",
            &c, &error),
        error.constData());
    QCOMPARE(c.tag, QByteArray("A7"));
    QCOMPARE(c.name, QByteArray("FETCH"));
    QCOMPARE(c.arguments.size(), 2);
    QCOMPARE(c.arguments.at(0).text, QByteArray("1:*"));
    const ImapValue &list = c.arguments.at(1);
    QCOMPARE(list.kind, ImapValue::Kind::List);
    QCOMPARE(list.items.size(), 5);
    QCOMPARE(list.items.at(1).text, QByteArray("BODY.PEEK[HEADER.FIELDS (FROM \"TO\")]<0.100>"));
    QCOMPARE(list.items.at(2).kind, ImapValue::Kind::Quoted);
    QCOMPARE(list.items.at(2).text, QByteArray("q\"x"));
    QCOMPARE(list.items.at(3).kind, ImapValue::Kind::Nil);
    QCOMPARE(list.items.at(4).kind, ImapValue::Kind::Literal);
    QCOMPARE(list.items.at(4).text, QByteArray("abc"));
    const auto literal = ImapParser::trailingLiteral("A1 LOGIN {12+}");
    QVERIFY(literal && literal->size == 12 && literal->nonSynchronizing);
    QVERIFY(!ImapParser::trailingLiteral("A1 LOGIN fran"));
    QCOMPARE(ImapParser::trailingLiteral("A1 APPEND x {4294967295000000000000}")->size, qint64(-1));
    QCOMPARE(ImapParser::quoted("a\"b"), QByteArray("\"a\\\"b\""));
    QCOMPARE(ImapParser::quoted("á"), QByteArray("{2}\r\ná"));
}

void TestImapServerSession::parserRefusesWhatIsNotIMAP_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("why");
    QTest::newRow("no tag") << QByteArray("") << QByteArray("tag");
    QTest::newRow("plus tag") << QByteArray("+ NOOP") << QByteArray("tag");
    QTest::newRow("no command") << QByteArray("A1") << QByteArray("command must follow");
    QTest::newRow("two spaces") << QByteArray("A1 LOGIN  fran x") << QByteArray("atom is missing");
    QTest::newRow("open list") << QByteArray("A1 FETCH 1 (FLAGS") << QByteArray("not closed");
    QTest::newRow("open quote") << QByteArray("A1 LOGIN \"fran") << QByteArray("not closed");
    QTest::newRow("bad escape") << QByteArray("A1 LOGIN \"fr\\an\" x") << QByteArray("may only escape");
    QTest::newRow("short literal") << QByteArray("A1 LOGIN {10}\r\nfran") << QByteArray("shorter");
    QTest::newRow("open bracket") << QByteArray("A1 FETCH 1 BODY[HEADER") << QByteArray("[ is not closed");
}

void TestImapServerSession::parserRefusesWhatIsNotIMAP()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, why);
    ImapCommand c;
    QByteArray error;
    QVERIFY(!ImapParser::parse(wire, &c, &error));
    QVERIFY2(error.contains(why), error.constData());
}

void TestImapServerSession::sequenceSets()
{
    QList<ImapParser::Range> ranges;
    QVERIFY(ImapParser::sequenceSet("4:2,7,9:*,8", 12, &ranges));
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0).first, 2u);
    QCOMPARE(ranges.at(0).last, 4u);
    QCOMPARE(ranges.at(1).first, 7u);
    QCOMPARE(ranges.at(1).last, 12u);
    QVERIFY(ImapParser::contains(ranges, 8));
    QVERIFY(!ImapParser::contains(ranges, 5));
    QVERIFY(!ImapParser::sequenceSet("0", 3, &ranges));
    QVERIFY(!ImapParser::sequenceSet("1:x", 3, &ranges));
    QVERIFY(!ImapParser::sequenceSet("", 3, &ranges));
}

void TestImapServerSession::rfc3501SampleSession()
{
    // RFC 3501 §8's sample session, with this store's messages: CAPABILITY,
    // LOGIN, SELECT, FETCH of flags, internal date, size and envelope,
    // FETCH BODY[HEADER], STORE +FLAGS \Deleted, LOGOUT.
    Server server;
    const QString script =
        greeting
        + QStringLiteral(
            "C: abcd CAPABILITY\n"
            "S: * CAPABILITY IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN IDLE UIDPLUS MOVE NAMESPACE ID ENABLE "
            "SPECIAL-USE UNSELECT\n"
            "S: abcd OK CAPABILITY completed\n"
            "C: a001 login fran claveejemplo\n"
            "S: a001 OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE UIDPLUS MOVE NAMESPACE ID ENABLE SPECIAL-USE "
            "UNSELECT] Logged in\n"
            "C: a002 select inbox\n"
            "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
            "S: * OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted\n"
            "S: * 2 EXISTS\n"
            "S: * 0 RECENT\n"
            "S: * OK [UNSEEN 1] First unseen\n"
            "S~ \\* OK \\[UIDVALIDITY \\d+\\] UIDs valid\n"
            "S: * OK [UIDNEXT 3] Predicted next UID\n"
            "S: a002 OK [READ-WRITE] SELECT completed\n"
            "C: a003 fetch 1 (flags rfc822.size envelope)\n"
            "S: * 1 FETCH (FLAGS () RFC822.SIZE 131 ENVELOPE (\"Tue, 01 Dec 2026 10:00:00 +0000\" "
            "\"Quedamos hoxe?\" ((NIL NIL \"ana\" \"cliente.fr\")) ((NIL NIL \"ana\" \"cliente.fr\")) "
            "((NIL NIL \"ana\" \"cliente.fr\")) ((NIL NIL \"fran\" \"servidor.edu\")) NIL NIL NIL NIL))\n"
            "S: a003 OK FETCH completed\n"
            "C: a004 fetch 1 body[header]\n"
            "S: * 1 FETCH (BODY[HEADER] {111}\n"
            "S: From: ana@cliente.fr\n"
            "S: To: fran@servidor.edu\n"
            "S: Subject: Quedamos hoxe?\n"
            "S: Date: Tue, 01 Dec 2026 10:00:00 +0000\n"
            "S: \n"
            "S:  FLAGS (\\Seen))\n"
            "S: a004 OK FETCH completed\n"
            "C: a005 store 1 +flags \\deleted\n"
            "S: * 1 FETCH (FLAGS (\\Seen \\Deleted))\n"
            "S: a005 OK STORE completed\n"
            "C: a006 logout\n"
            "S: * BYE servidor.edu logging out\n"
            "S: a006 OK LOGOUT completed\n");
    const QString failure = server.run(script);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(server.session->wantsClose());
    // The flags are the store's: a POP3 or another IMAP session sees them.
    QCOMPARE(server.store.mailbox("fran").first().flags, (QList<QByteArray>{"\\Seen", "\\Deleted"}));
}

void TestImapServerSession::statesAreEnforced()
{
    Server server;
    const QString failure = server.run(
        greeting
        + QStringLiteral("C: a1 SELECT INBOX\n"
                         "S: a1 BAD SELECT is not valid in this state: log in first (LOGIN or AUTHENTICATE)\n"
                         "C: a2 LOGIN fran wrong\n"
                         "S: a2 NO [AUTHENTICATIONFAILED] Invalid user name or password\n"
                         "C: a3 LOGIN fran claveejemplo\n"
                         "S~ a3 OK .*Logged in\n"
                         "C: a4 FETCH 1 FLAGS\n"
                         "S: a4 BAD FETCH is not valid in this state: select a mailbox first (SELECT)\n"
                         "C: a5 LOGIN fran claveejemplo\n"
                         "S: a5 BAD LOGIN is not valid in this state: already logged in\n"
                         "C: a6 FROB\n"
                         "S: a6 BAD Unknown command FROB\n"
                         "C: a7 SELECT Nowhere\n"
                         "S: a7 NO [NONEXISTENT] Mailbox does not exist\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestImapServerSession::loginWithFullAddressAndLiterals()
{
    // Thunderbird's whole address as the user name; the password as a
    // synchronising literal: the server says "+" before its octets.
    Server server;
    const QString failure = server.run(greeting
                                       + QStringLiteral("C: a1 LOGIN \"fran@servidor.edu\" {12}\n"
                                                        "S: + Ready for literal data\n"
                                                        "C: claveejemplo\n"
                                                        "S~ a1 OK .*Logged in\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(server.session->user(), QByteArray("fran"));
    // Another domain's address opens nothing.
    Server other;
    const QString refused = other.run(
        greeting
        + QStringLiteral("C: a1 LOGIN fran@cliente.fr claveejemplo\n"
                         "S: a1 NO [AUTHENTICATIONFAILED] Invalid user name or password\n"));
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
}

void TestImapServerSession::literalPlusNeedsNoContinuation()
{
    Server server;
    const QString failure = server.run(
        loggedIn
        + QStringLiteral("C: a2 APPEND Sent (\\Seen) {13+}\n"
                         "C: Subject: hi\n"
                         "C: \n"
                         "S~ a2 OK \\[APPENDUID \\d+ 1\\] APPEND completed\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    ImapFolderState sent;
    QVERIFY(server.store.folderState("fran", "Sent", &sent));
    QCOMPARE(sent.messages.size(), 1);
    QCOMPARE(server.store.content("fran", "Sent", 1), QByteArray("Subject: hi\r\n"));
    QCOMPARE(sent.messages.first().flags, QList<QByteArray>{"\\Seen"});
}

void TestImapServerSession::hugeLiteralIsRefusedWithoutKeepingIt()
{
    ImapServerConfig config;
    config.literalLimit = 1000;
    Server server(config);
    QVERIFY(server.run(loggedIn).isEmpty());
    // {4294967295}: refused before a byte is read; the session goes on.
    server.session->receive("a2 APPEND INBOX {4294967295}\r\n");
    QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines.first(), QByteArray("a2 BAD Literal too large (the limit is 1000 octets)"));
    // A LITERAL+ one that is too large: its octets come anyway and are skipped.
    server.session->receive("a3 APPEND INBOX {5000+}\r\n");
    server.session->receive(QByteArray(5000, 'x'));
    server.session->receive("a4 NOOP\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).lines.first(), QByteArray("a3 BAD Literal too large (the limit is 1000 octets)"));
    QCOMPARE(out.at(1).lines.first(), QByteArray("a4 OK NOOP completed"));
    QCOMPARE(server.session->pendingInputSize(), 0);
    QCOMPARE(server.store.count("fran"), 2); // nothing appended
    // A never-ending line is cut, not kept.
    server.session->receive("a5 NOOP " + QByteArray(200 * 1024, 'y'));
    QVERIFY(server.session->pendingInputSize() <= 64 * 1024 + 1);
}

void TestImapServerSession::authenticatePlain()
{
    Server server;
    const QByteArray response = QByteArray("\0fran\0claveejemplo", 18).toBase64();
    const QString failure = server.run(greeting
                                       + QStringLiteral("C: a1 AUTHENTICATE PLAIN\n"
                                                        "S: + \n"
                                                        "C: %1\n"
                                                        "S: a1 OK Logged in\n")
                                             .arg(QString::fromLatin1(response)));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // SASL-IR: the response in the command itself.
    Server second;
    const QString inline_ = second.run(greeting
                                       + QStringLiteral("C: a1 AUTHENTICATE PLAIN %1\n"
                                                        "S: a1 OK Logged in\n")
                                             .arg(QString::fromLatin1(response)));
    QVERIFY2(inline_.isEmpty(), qPrintable(inline_));
}

void TestImapServerSession::fetchSectionsAndPartialFetch()
{
    // The course's point: the text without the attachment, the structure
    // first, then BODY.PEEK[1] only; a partial fetch of the first octets.
    Server server;
    const QString failure = server.run(
        selectedInbox
        + QStringLiteral(
            "C: a3 FETCH 2 BODYSTRUCTURE\n"
            "S: * 2 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 12 1 "
            "NIL "
            "NIL NIL NIL)(\"IMAGE\" \"PNG\" (\"NAME\" \"praia.png\") NIL NIL \"BASE64\" 96 NIL "
            "(\"ATTACHMENT\" "
            "(\"FILENAME\" \"praia.png\")) NIL NIL) \"MIXED\" (\"BOUNDARY\" \"b1\") NIL NIL NIL))\n"
            "S: a3 OK FETCH completed\n"
            "C: a4 FETCH 2 BODY.PEEK[1]\n"
            "S: * 2 FETCH (BODY[1] {12}\n"
            "S: Mira a foto.)\n"
            "S: a4 OK FETCH completed\n"
            "C: a5 FETCH 2 (BODY.PEEK[1.MIME] BODY.PEEK[HEADER.FIELDS (subject)])\n"
            "S: * 2 FETCH (BODY[1.MIME] {43}\n"
            "S: Content-Type: text/plain; charset=utf-8\n"
            "S: \n"
            "S:  BODY[HEADER.FIELDS (SUBJECT)] {19}\n"
            "S: Subject: A foto\n"
            "S: \n"
            "S: )\n"
            "S: a5 OK FETCH completed\n"
            "C: a6 UID FETCH 1 BODY.PEEK[TEXT]<2.5>\n"
            "S: * 1 FETCH (UID 1 BODY[TEXT]<2> {5}\n"
            "S~ .*\n"
            "S: a6 OK UID FETCH completed\n"
            "C: a7 FETCH 2 BODY.PEEK[9]\n"
            "S: * 2 FETCH (BODY[9] NIL)\n"
            "S: a7 OK FETCH completed\n"
            "C: a8 FETCH 2 BODY[SIDEWAYS]\n"
            "S: a8 BAD Unknown section SIDEWAYS: HEADER, HEADER.FIELDS, TEXT, MIME or a part number\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestImapServerSession::peekKeepsUnseenAndBodySetsSeen()
{
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    server.session->receive("a3 FETCH 1 BODY.PEEK[]\r\n");
    const QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.first().lines.first(), QByteArray("* 1 FETCH (BODY[] {131}"));
    QCOMPARE(out.first().lines.constLast(), QByteArray(")")); // no FLAGS: nothing changed
    QVERIFY(server.store.mailbox("fran").first().flags.isEmpty());
    server.session->receive("a4 FETCH 1 BODY[TEXT]\r\n");
    QCOMPARE(server.store.mailbox("fran").first().flags, QList<QByteArray>{"\\Seen"});
    server.session->receive("a5 FETCH 2 RFC822.HEADER\r\n");
    QVERIFY(server.store.mailbox("fran").at(1).flags.isEmpty()); // the header alone does not
}

void TestImapServerSession::searchKeys()
{
    Server server;
    server.store.setFlags("fran", "INBOX", 2, {"\\Flagged"});
    const QString failure = server.run(
        selectedInbox
        + QStringLiteral("C: a3 SEARCH ALL\n"
                         "S: * SEARCH 1 2\n"
                         "S: a3 OK SEARCH completed\n"
                         "C: a4 SEARCH FROM \"ANA\" SUBJECT foto\n"
                         "S: * SEARCH 2\n"
                         "S: a4 OK SEARCH completed\n"
                         "C: a5 SEARCH CHARSET UTF-8 OR FLAGGED BODY hora\n"
                         "S: * SEARCH 1 2\n"
                         "S: a5 OK SEARCH completed\n"
                         "C: a6 SEARCH NOT (FLAGGED) LARGER 100 SINCE 1-Jan-2000\n"
                         "S: * SEARCH 1\n"
                         "S: a6 OK SEARCH completed\n"
                         "C: a7 UID SEARCH TEXT praia.png UID 1:*\n"
                         "S: * SEARCH 2\n"
                         "S: a7 OK UID SEARCH completed\n"
                         "C: a8 SEARCH HEADER To fran SENTON 1-Dec-2026\n"
                         "S: * SEARCH 1\n"
                         "S: a8 OK SEARCH completed\n"
                         "C: a9 SEARCH CHARSET KOI8-R ALL\n"
                         "S: a9 NO [BADCHARSET (UTF-8 US-ASCII)] Unsupported charset\n"
                         "C: b1 SEARCH FROB\n"
                         "S: b1 BAD Unknown SEARCH key FROB\n"
                         "C: b2 SEARCH SINCE yesterday\n"
                         "S: b2 BAD SINCE takes a date: 1-Feb-2026\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestImapServerSession::searchReadsDecodedText()
{
    // RFC 3501 §6.4.4: SEARCH matches the text as people read it. "Canción
    // de ángulo" is in an RFC 2047 subject; "Niño" in a quoted-printable
    // ISO-8859-1 body; "praia" in a base64 UTF-8 body. None is in the raw
    // bytes as written, so a raw search finds none of them.
    Server server;
    server.store.deliver("fran",
                         "From: =?UTF-8?Q?Ana_Iglesias?= <ana@cliente.fr>\r\n"
                         "Subject: =?UTF-8?B?Q2FuY2nDs24gZGUgw6FuZ3Vsbw==?=\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: text/plain; charset=iso-8859-1\r\n"
                         "Content-Transfer-Encoding: quoted-printable\r\n"
                         "\r\n"
                         "O Ni=F1o est=E1 na praza.\r\n");
    server.store.deliver("fran",
                         "Subject: base64\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: text/plain; charset=utf-8\r\n"
                         "Content-Transfer-Encoding: base64\r\n"
                         "\r\n"
                         "VmVtb3Mgbm9zIG5hIHByYWlhLg==\r\n"); // "Vemos nos na praia."
    // 8bit UTF-8 (RFC 6532): the raw bytes, capitals aside beyond ASCII.
    server.store.deliver("fran", "Subject: Ma\xc3\xb1\xc3\xa1 hai exame\r\n\r\nNa aula \xc3\x81NXELES.\r\n");
    const QString failure = server.run(
        loggedIn
        + QStringLiteral("C: a2 SELECT INBOX\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S: a2 OK [READ-WRITE] SELECT completed\n"
                         "C: a3 SEARCH CHARSET UTF-8 SUBJECT \"\u00c1NGULO\"\n"
                         "S: * SEARCH 3\n"
                         "S: a3 OK SEARCH completed\n"
                         "C: a4 SEARCH CHARSET UTF-8 BODY \"ni\u00f1o est\u00e1\"\n"
                         "S: * SEARCH 3\n"
                         "S: a4 OK SEARCH completed\n"
                         "C: a5 SEARCH TEXT \"nos na praia\"\n"
                         "S: * SEARCH 4\n"
                         "S: a5 OK SEARCH completed\n"
                         "C: a6 SEARCH FROM iglesias\n"
                         "S: * SEARCH 3\n"
                         "S: a6 OK SEARCH completed\n"
                         "C: a7 SEARCH TEXT \"canci\u00f3n\"\n"
                         "S: * SEARCH 3\n"
                         "S: a7 OK SEARCH completed\n"
                         "C: a8 SEARCH BODY Q2FuY2nDs24\n"
                         "S: * SEARCH\n"
                         "S: a8 OK SEARCH completed\n"
                         "C: a9 SEARCH CHARSET UTF-8 SUBJECT \"MA\u00d1\u00c1\"\n"
                         "S: * SEARCH 5\n"
                         "S: a9 OK SEARCH completed\n"
                         "C: b1 SEARCH CHARSET UTF-8 BODY \"\u00e1nxeles\"\n"
                         "S: * SEARCH 5\n"
                         "S: b1 OK SEARCH completed\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestImapServerSession::structureComesFromGMime()
{
    // Address lists and parameters are GMime's reading (groups, quoted
    // names with commas, RFC 2231 file names), given back as 7-bit text.
    const ImapStructure s = ImapStructures::of(
        "From: =?UTF-8?Q?Ana_Garc=C3=ADa?= <ana@cliente.fr>\r\n"
        "To: Amigos: eva@cliente.fr, \"Xan, o de Lugo\" <xan@cliente.fr>;, fran@servidor.edu\r\n"
        "Subject: foto\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: image/png; name=\"praia.png\"\r\n"
        "Content-Disposition: attachment;\r\n"
        " filename*0*=utf-8''praia%20%C3%A1;\r\n"
        " filename*1=\".png\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        "iVBORw0KGgo=\r\n");
    QCOMPARE(s.envelope.from.size(), 1);
    QVERIFY(s.envelope.from.first().name.has_value());
    QCOMPARE(MimeMessage::decodeHeaderValue(*s.envelope.from.first().name),
             QStringLiteral("Ana Garc\u00eda"));
    QCOMPARE(s.envelope.to.size(), 3);
    QVERIFY(!s.envelope.to.at(0).name.has_value());
    QCOMPARE(s.envelope.to.at(0).mailbox, QByteArray("eva"));
    QCOMPARE(*s.envelope.to.at(1).name, QByteArray("Xan, o de Lugo"));
    QCOMPARE(s.envelope.to.at(1).host, QByteArray("cliente.fr"));
    QCOMPARE(s.envelope.to.at(2).mailbox, QByteArray("fran"));
    QCOMPARE(s.body.disposition.value_or(QByteArray()), QByteArray("attachment"));
    QCOMPARE(s.body.dispositionParameters.size(), 1);
    QCOMPARE(s.body.dispositionParameters.first().first, QByteArray("filename"));
    const QByteArray encoded = s.body.dispositionParameters.first().second;
    const bool sevenBit = std::all_of(encoded.cbegin(), encoded.cend(),
                                      [](char c) { return uchar(c) < 0x80; });
    QVERIFY2(sevenBit && encoded.contains("=?"), encoded.constData());
    QCOMPARE(MimeMessage::decodeHeaderValue(encoded), QStringLiteral("praia \u00e1.png"));
    QCOMPARE(s.body.parameters, (QList<QPair<QByteArray, QByteArray>>{{"name", "praia.png"}}));
}

void TestImapServerSession::storeExpungeAndNumbers()
{
    Server server;
    server.store.deliver("fran", "Subject: three\r\n\r\n3\r\n");
    const QString failure = server.run(
        loggedIn
        + QStringLiteral("C: a2 EXAMINE INBOX\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S: * 3 EXISTS\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S: a2 OK [READ-ONLY] EXAMINE completed\n"
                         "C: a3 STORE 1 +FLAGS (\\Deleted)\n"
                         "S: a3 NO [READ-ONLY] Mailbox was selected with EXAMINE\n"
                         "C: a4 SELECT INBOX\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S~ \\* .*\n"
                         "S: a4 OK [READ-WRITE] SELECT completed\n"
                         "C: a5 STORE 1,3 +FLAGS.SILENT (\\Deleted)\n"
                         "S: a5 OK STORE completed\n"
                         "C: a6 EXPUNGE\n"
                         // From the highest number down: each number is right when it is read.
                         "S: * 3 EXPUNGE\n"
                         "S: * 1 EXPUNGE\n"
                         "S: a6 OK EXPUNGE completed\n"
                         "C: a7 FETCH 1 (UID FLAGS)\n"
                         "S: * 1 FETCH (UID 2 FLAGS ())\n"
                         "S: a7 OK FETCH completed\n"
                         "C: a8 STORE 1 FLAGS (\\Flagged $Label1)\n"
                         "S: * 1 FETCH (FLAGS (\\Flagged $Label1))\n"
                         "S: a8 OK STORE completed\n"
                         "C: a9 CLOSE\n"
                         "S: a9 OK CLOSE completed\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // POP3 sees what IMAP left: one message.
    QCOMPARE(server.store.messages("fran").size(), 1);
}

void TestImapServerSession::foldersCopyMoveAppend()
{
    Server server;
    const QString failure = server.run(
        selectedInbox
        + QStringLiteral("C: a3 CREATE Escola/\n"
                         "S: a3 OK CREATE completed\n"
                         "C: a4 CREATE Escola/Redes\n"
                         "S: a4 OK CREATE completed\n"
                         "C: a5 CREATE escola\n"
                         "S: a5 OK CREATE completed\n"
                         "C: a6 LIST \"\" \"Escola/%\"\n"
                         "S: * LIST (\\HasNoChildren) \"/\" \"Escola/Redes\"\n"
                         "S: a6 OK LIST completed\n"
                         "C: a7 LIST \"\" %\n"
                         "S: * LIST (\\HasNoChildren) \"/\" \"INBOX\"\n"
                         "S: * LIST (\\Drafts \\HasNoChildren) \"/\" \"Drafts\"\n"
                         "S: * LIST (\\HasChildren) \"/\" \"Escola\"\n"
                         "S: * LIST (\\Junk \\HasNoChildren) \"/\" \"Junk\"\n"
                         "S: * LIST (\\Sent \\HasNoChildren) \"/\" \"Sent\"\n"
                         "S: * LIST (\\Trash \\HasNoChildren) \"/\" \"Trash\"\n"
                         "S: * LIST (\\HasNoChildren) \"/\" \"escola\"\n"
                         "S: a7 OK LIST completed\n"
                         "C: a8 LIST \"\" \"\"\n"
                         "S: * LIST (\\Noselect) \"/\" \"\"\n"
                         "S: a8 OK LIST completed\n"
                         "C: a9 COPY 1:2 Escola/Redes\n"
                         "S~ a9 OK \\[COPYUID \\d+ 1,2 1,2\\] COPY completed\n"
                         "C: b1 MOVE 1 Trash\n"
                         "S~ \\* OK \\[COPYUID \\d+ 1 1\\] Moved\n"
                         "S: * 1 EXPUNGE\n"
                         "S: b1 OK MOVE completed\n"
                         "C: b2 STATUS Escola/Redes (MESSAGES UNSEEN UIDNEXT)\n"
                         "S: * STATUS \"Escola/Redes\" (MESSAGES 2 UNSEEN 2 UIDNEXT 3)\n"
                         "S: b2 OK STATUS completed\n"
                         "C: b3 DELETE Escola\n"
                         "S: b3 NO [INUSE] Mailbox has children; delete them first\n"
                         "C: b4 RENAME Escola Clase\n"
                         "S: b4 OK RENAME completed\n"
                         "C: b5 LSUB \"\" Clase/*\n"
                         "S: * LSUB (\\HasNoChildren) \"/\" \"Clase/Redes\"\n"
                         "S: b5 OK LSUB completed\n"
                         "C: b6 COPY 1 Nowhere\n"
                         "S: b6 NO [TRYCREATE] Mailbox does not exist\n"
                         "C: b7 DELETE INBOX\n"
                         "S: b7 NO [CANNOT] INBOX cannot be deleted\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(server.store.count("fran"), 1); // one moved to Trash
}

void TestImapServerSession::idleTellsNewMailAtOnce()
{
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    server.session->receive("a3 IDLE\r\n");
    QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines.first(), QByteArray("+ idling"));
    QCOMPARE(out.first().role, LineRole::Continuation);
    QVERIFY(server.session->isIdling());
    // Ana's message arrives: "* 3 EXISTS" at once, before any command.
    server.store.deliver("fran", courseMessage);
    server.session->mailboxChanged();
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines.first(), QByteArray("* 3 EXISTS"));
    QCOMPARE(out.first().role, LineRole::Untagged);
    server.session->receive("DONE\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines.first(), QByteArray("a3 OK IDLE terminated"));
    QVERIFY(!server.session->isIdling());
    // Not idling: nothing until a command asks (RFC 3501 §5.3).
    server.store.deliver("fran", courseMessage);
    server.session->mailboxChanged();
    QVERIFY(server.session->takeOutput().isEmpty());
    server.session->receive("a4 NOOP\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).lines.first(), QByteArray("* 4 EXISTS"));
}

void TestImapServerSession::pop3DeletionsShowAsExpunge()
{
    // A POP3 session's DELE takes effect at its QUIT (UPDATE); an IMAP
    // session then sees the message go as an EXPUNGE, as with Dovecot.
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    const QList<Pop3StoredMessage> maildrop = server.store.messages("fran");
    server.store.remove("fran", {maildrop.first().uid});
    server.session->receive("a3 NOOP\r\n");
    const QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).lines.first(), QByteArray("* 1 EXPUNGE"));
    QCOMPARE(out.at(1).lines.first(), QByteArray("a3 OK NOOP completed"));
}

void TestImapServerSession::tooManyErrorsEndTheSession()
{
    Server server;
    QVERIFY(server.run(greeting).isEmpty());
    for (int i = 0; i < 10; ++i)
        server.session->receive("x" + QByteArray::number(i) + " GARBAGE\r\n");
    const QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.constLast().lines.first(), QByteArray("* BYE Too many invalid commands"));
    QVERIFY(out.constLast().closeAfter);
    QVERIFY(server.session->wantsClose());
}

void TestImapServerSession::deepNestingIsRefused()
{
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    server.session->receive("a3 SEARCH " + QByteArray(500, '(') + "ALL" + QByteArray(500, ')') + "\r\n");
    const QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines.first(), QByteArray("a3 BAD lists are nested too deeply"));
}

namespace {

// Joins a client engine and a server engine in memory until both are quiet.
void converse(ImapClientSession *client, ImapServerSession *server)
{
    server->start();
    EngineScript::converse(client, server, [client] { return client->isFinished(); });
}

} // namespace

void TestImapServerSession::clientDownloadsOnlyTheText()
{
    // The course's point: with IMAP, Fran's client asks for the structure
    // first, then only the text; the photo stays on the server.
    Server server;
    ImapClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    ImapClientSession client(job);
    converse(&client, server.session.get());
    QVERIFY(client.isFinished());
    const ImapClientResult &r = client.result();
    QVERIFY2(r.ok, r.error.constData());
    QCOMPARE(r.messagesOnServer, 2);
    QVERIFY(r.folders.contains("Sent"));
    QCOMPARE(r.messages.size(), 2);
    const ImapFetchedMessage &plain = r.messages.at(0);
    QCOMPARE(plain.content, courseMessage); // a single part: the whole message is its text
    QVERIFY(!plain.partial);
    const ImapFetchedMessage &photo = r.messages.at(1);
    QVERIFY(photo.partial);
    QCOMPARE(photo.attachments.size(), 1);
    QCOMPARE(photo.attachments.first().fileName, QByteArray("praia.png"));
    QCOMPARE(photo.attachments.first().part, QByteArray("2"));
    QVERIFY(photo.content.contains("Subject: A foto\r\n"));
    QVERIFY(photo.content.contains("Content-Type: text/plain; charset=utf-8\r\n\r\nMira a foto."));
    QVERIFY(!photo.content.contains("iVBORw0KGgo")); // the photo's base64 never crossed
    QVERIFY(!photo.content.contains("multipart/mixed"));
    QVERIFY(photo.downloaded < photo.size);
    // Nothing changed on the server: both messages are there, unread.
    QCOMPARE(server.store.count("fran"), 2);
    QVERIFY(server.store.mailbox("fran").at(1).flags.isEmpty());

    // A second run against the same server knows both UIDs: nothing is
    // downloaded again. (Another server would have another UIDVALIDITY as
    // soon as the clock's second turned, and then everything is new.)
    job.uidValidity = r.uidValidity;
    job.knownUids = {1, 2};
    ImapServerConfig config;
    config.hostname = "servidor.edu";
    config.domain = "servidor.edu";
    ImapServerSession again(config, &server.store);
    ImapClientSession second(job);
    converse(&second, &again);
    QVERIFY(second.result().ok);
    QVERIFY(second.result().messages.isEmpty());
}

void TestImapServerSession::appendedBareLineEndsBecomeCrLf()
{
    // A literal is taken as it comes, but a message is stored with CR LF
    // line ends: FETCH writes its lines with CR LF, so a bare LF kept would
    // make the announced {n} shorter than what goes on the wire and the
    // client would lose its place in the stream (found with a raw APPEND).
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    server.session->receive("a3 APPEND INBOX {24}\r\nSubject: x\n\nbare lf\rcr\r\n\r\n");
    QList<Utterance> out = server.session->takeOutput();
    QVERIFY(out.constLast().lines.first().startsWith("a3 OK [APPENDUID "));
    QCOMPARE(server.store.content("fran", "INBOX", 3), QByteArray("Subject: x\r\n\r\nbare lf\r\ncr\r\n"));
    server.session->receive("a4 FETCH 3 (RFC822.SIZE BODY.PEEK[])\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(
        out.at(0).lines,
        (QList<QByteArray>{"* 3 FETCH (RFC822.SIZE 27 BODY[] {27}", "Subject: x", "", "bare lf", "cr", ")"}));
}

void TestImapServerSession::uidExpungeRemovesOnlyTheNamedUids()
{
    // RFC 4315 §2.1: UID EXPUNGE removes the \\Deleted messages of its UID
    // set, no others (found with imaplib's uid("EXPUNGE", "2"), which
    // expunged every \\Deleted message).
    Server server;
    server.store.deliver("fran", courseMessage);
    const QString failure = server.run(loggedIn
                                       + QStringLiteral("C: a2 SELECT INBOX\n"
                                                        "S~ .*\n"
                                                        "S~ .*\n"
                                                        "S: * 3 EXISTS\n"
                                                        "S~ .*\n"
                                                        "S~ .*\n"
                                                        "S~ .*\n"
                                                        "S~ .*\n"
                                                        "S~ a2 OK .*\n"
                                                        "C: a3 STORE 1:3 +FLAGS.SILENT (\\Deleted)\n"
                                                        "S: a3 OK STORE completed\n"
                                                        "C: a4 UID EXPUNGE 2\n"
                                                        "S: * 2 EXPUNGE\n"
                                                        "S: a4 OK UID EXPUNGE completed\n"
                                                        "C: a5 UID EXPUNGE 7:9\n"
                                                        "S: a5 OK UID EXPUNGE completed\n"
                                                        "C: a6 UID SEARCH ALL\n"
                                                        "S: * SEARCH 1 3\n"
                                                        "S: a6 OK UID SEARCH completed\n"
                                                        "C: a7 UID EXPUNGE\n"
                                                        "S~ a7 BAD .*\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(server.store.count("fran"), 2);
}

void TestImapServerSession::clientTextCannotForgeResponses()
{
    // Found by fuzz_imapserver: an error that quotes the client's words must
    // not carry its CR LF (a forged line) nor end in "{n}" (the client would
    // wait for a literal), and a flag is an atom, never a literal with CR LF.
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    server.session->receive("a3 SEARCH {17}\r\nx\r\n* 9 EXISTS\r\nab\r\n");
    QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 2); // the "+" and the answer
    QCOMPARE(out.at(1).lines.size(), 1);
    QVERIFY(out.at(1).lines.first().startsWith("a3 BAD "));
    QVERIFY(!out.at(1).lines.first().contains('\r'));
    server.session->receive("a4 SEARCH \"x{5}\"\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().lines.first().startsWith("a4 BAD "));
    QVERIFY(!out.first().lines.first().endsWith('}'));
    server.session->receive("a5 STORE 1 +FLAGS ({5+}\r\na\r\nbc)\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().lines.first().startsWith("a5 BAD "));
    server.session->receive("a6 FETCH 1 (FLAGS)\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.first().lines, QList<QByteArray>{"* 1 FETCH (FLAGS ())"});
}

void TestImapServerSession::brokenTagIsNotEchoedWithControls()
{
    // Found by fuzz_imapserver: a line too large a literal for is answered
    // with the tag as the client wrote it, bare CR and all.
    Server server;
    QVERIFY(server.run(loggedIn).isEmpty());
    server.session->receive("a\rb APPEND INBOX {4294967295}\r\n");
    const QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines,
             QList<QByteArray>{"a?b BAD Literal too large (the limit is 33554432 octets)"});
}

void TestImapServerSession::partialFetchCuttingCrLfKeepsItsOctets()
{
    // Found by fuzz_imapserver: a partial fetch that starts between CR and LF
    // is a literal beginning with a bare LF. The lines are written each with
    // CR LF, so they must be cut at CR LF only: cut at the LF, the client
    // got one octet more than {3} said and lost its place in the stream.
    Server server;
    QVERIFY(server.run(selectedInbox).isEmpty());
    server.session->receive("a3 FETCH 1 (BODY.PEEK[]<21.3>)\r\n");
    QList<Utterance> out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.first().lines, (QList<QByteArray>{"* 1 FETCH (BODY[]<21> {3}", "\nTo)"}));
    // One that ends between them: the CR stays inside the line, exact.
    server.session->receive("a4 FETCH 1 (BODY.PEEK[]<19.2>)\r\n");
    out = server.session->takeOutput();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.first().lines, (QList<QByteArray>{"* 1 FETCH (BODY[]<19> {2}", "r\r)"}));
}

QTEST_GUILESS_MAIN(TestImapServerSession)
#include "tst_imapserversession.moc"
