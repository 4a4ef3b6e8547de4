// SPDX-License-Identifier: GPL-3.0-or-later
// The explanations catalogue: every command, reply code, header and event the
// hosts produce has a title, a plain text and the exact RFC section; lines are
// told apart by their place in the conversation, not by their words alone.
#include "explain/explanations.h"
#include "testevents.h"
#include "transcript/transcript.h"

#include <QRegularExpression>
#include <QTest>

using Direction = TranscriptEvent::Direction;
using Explanations::LineContext;
using Explanations::LineRole;

namespace {

bool hasDetail(const Explanation &e, const QString &rfc, QString *title = nullptr)
{
    for (const ExplanationDetail &d : e.details) {
        if (d.rfc == rfc) {
            if (title)
                *title = d.title;
            return true;
        }
    }
    return false;
}

LineContext withRole(LineRole role)
{
    LineContext c;
    c.role = role;
    return c;
}

TranscriptEvent line(int connection, Protocol protocol, Direction direction, const QByteArray &raw,
                     Phase phase)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = connection;
    e.protocol = protocol;
    e.direction = direction;
    e.raw = raw;
    e.phase = phase;
    const bool client = direction == Direction::ClientToServer;
    e.from = client ? QStringLiteral("ana") : QStringLiteral("cliente.fr");
    e.to = client ? QStringLiteral("cliente.fr") : QStringLiteral("ana");
    if (!client && protocol == Protocol::Smtp)
        e.code = raw.left(3);
    return e;
}

// Sentences in a text: a full stop, question or exclamation mark followed by
// a space or the end ("…" does not count).
int sentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    int count = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

void checkComplete(const Explanation &e)
{
    QVERIFY2(!e.title.isEmpty(), "empty title");
    QVERIFY2(!e.text.isEmpty(), qPrintable(e.title));
    QVERIFY2(sentences(e.text) >= 1 && sentences(e.text) <= 4,
             qPrintable(QStringLiteral("%1: %2 sentences").arg(e.title).arg(sentences(e.text))));
}

} // namespace

class TestExplanations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpCommands_data();
    void smtpCommands();
    void notOfferedCommands_data();
    void notOfferedCommands();
    void smtpReplyCodes_data();
    void smtpReplyCodes();
    void unknownReplyCodeUsesItsClass();
    void enhancedStatusCodes_data();
    void enhancedStatusCodes();
    void replyWithoutEnhancedCodeHasNoDetail();
    void ehloKeywords_data();
    void ehloKeywords();
    void firstLineOfEhloReplyIsTheGreeting();
    void realPostfixAndDovecotLines();
    void authExchange();
    void mailParameters();
    void pop3Commands_data();
    void pop3Commands();
    void pop3Responses_data();
    void pop3Responses();
    void headers_data();
    void headers();
    void events_data();
    void events();
    void tlsMessages_data();
    void tlsMessages();
    void tlsEvents();
    void unknownCommand_data();
    void unknownCommand();
    void contentVersusCommand_data();
    void contentVersusCommand();
    void caseInsensitive_data();
    void caseInsensitive();
    void smtpContextFromTranscript();
    void pop3ContextFromTranscript();
    void credentialsInsideTls();
    void loginChallengesInContext();
    void phaseTitles_data();
    void phaseTitles();
};

// --- SMTP commands ------------------------------------------------------------------

void TestExplanations::smtpCommands_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("titleStart");

    QTest::newRow("HELO") << QByteArray("HELO cliente.fr") << Phase::Opening
                          << QStringLiteral("RFC 5321 §4.1.1.1") << QStringLiteral("HELO");
    QTest::newRow("EHLO") << QByteArray("EHLO [127.0.0.4]") << Phase::Opening
                          << QStringLiteral("RFC 5321 §4.1.1.1") << QStringLiteral("EHLO");
    QTest::newRow("MAIL") << QByteArray("MAIL FROM:<ana@cliente.fr>") << Phase::Transfer
                          << QStringLiteral("RFC 5321 §4.1.1.2") << QStringLiteral("MAIL FROM");
    QTest::newRow("MAIL, course spacing")
        << QByteArray("MAIL FROM: <ana@cliente.fr>") << Phase::Transfer << QStringLiteral("RFC 5321 §4.1.1.2")
        << QStringLiteral("MAIL FROM");
    QTest::newRow("RCPT") << QByteArray("RCPT TO:<fran@servidor.edu>") << Phase::Transfer
                          << QStringLiteral("RFC 5321 §4.1.1.3") << QStringLiteral("RCPT TO");
    QTest::newRow("DATA") << QByteArray("DATA") << Phase::Transfer << QStringLiteral("RFC 5321 §4.1.1.4")
                          << QStringLiteral("DATA");
    QTest::newRow("RSET") << QByteArray("RSET") << Phase::Transfer << QStringLiteral("RFC 5321 §4.1.1.5")
                          << QStringLiteral("RSET");
    QTest::newRow("VRFY") << QByteArray("VRFY fran") << Phase::Transfer << QStringLiteral("RFC 5321 §4.1.1.6")
                          << QStringLiteral("VRFY");
    QTest::newRow("HELP") << QByteArray("HELP") << Phase::Opening << QStringLiteral("RFC 5321 §4.1.1.8")
                          << QStringLiteral("HELP");
    QTest::newRow("NOOP") << QByteArray("NOOP") << Phase::Transfer << QStringLiteral("RFC 5321 §4.1.1.9")
                          << QStringLiteral("NOOP");
    QTest::newRow("QUIT") << QByteArray("QUIT") << Phase::Closing << QStringLiteral("RFC 5321 §4.1.1.10")
                          << QStringLiteral("QUIT");
    QTest::newRow("AUTH PLAIN") << QByteArray("AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==") << Phase::Opening
                                << QStringLiteral("RFC 4954 §4") << QStringLiteral("AUTH");
    QTest::newRow("AUTH LOGIN") << QByteArray("AUTH LOGIN") << Phase::Opening << QStringLiteral("RFC 4954 §4")
                                << QStringLiteral("AUTH");
    QTest::newRow("EXPN") << QByteArray("EXPN staff") << Phase::Transfer
                          << QStringLiteral("RFC 5321 §4.1.1.7") << QStringLiteral("EXPN");
    QTest::newRow("STARTTLS") << QByteArray("STARTTLS") << Phase::Opening << QStringLiteral("RFC 3207 §4")
                              << QStringLiteral("STARTTLS");
    QTest::newRow("BDAT") << QByteArray("BDAT 100 LAST") << Phase::Transfer << QStringLiteral("RFC 3030 §2")
                          << QStringLiteral("BDAT");
    QTest::newRow("TURN (RFC 821)") << QByteArray("TURN") << Phase::Transfer
                                    << QStringLiteral("RFC 821 §4.1.1") << QString();
}

void TestExplanations::smtpCommands()
{
    QFETCH(QByteArray, line);
    QFETCH(Phase, phase);
    QFETCH(QString, rfc);
    QFETCH(QString, titleStart);
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, line, phase);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    if (!titleStart.isEmpty())
        QVERIFY2(e.title.startsWith(titleStart), qPrintable(e.title));
    // The same with the role known from the transcript.
    const Explanation known = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, line, phase,
                                                    withRole(LineRole::Command));
    QCOMPARE(known.title, e.title);
}

void TestExplanations::notOfferedCommands_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("STARTTLS") << QByteArray("STARTTLS");
    QTest::newRow("EXPN") << QByteArray("EXPN staff");
    QTest::newRow("BDAT") << QByteArray("BDAT 100");
    QTest::newRow("ETRN") << QByteArray("ETRN servidor.edu");
    QTest::newRow("SOML") << QByteArray("SOML FROM:<a@b>");
}

void TestExplanations::notOfferedCommands()
{
    QFETCH(QByteArray, line);
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, line,
                                                Phase::Transfer);
    checkComplete(e);
    QVERIFY2(e.title.contains(QStringLiteral("not offered")), qPrintable(e.title));
    QVERIFY2(e.text.contains(QStringLiteral("502")), qPrintable(e.text));
}

// --- SMTP replies ---------------------------------------------------------------------

void TestExplanations::smtpReplyCodes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rfc");

    const struct {
        const char *line;
        const char *rfc;
    } rows[] = {
        {"211 System status", "RFC 5321 §4.2.3"},
        {"214 2.0.0 Commands: HELO EHLO MAIL RCPT DATA", "RFC 5321 §4.1.1.8"},
        {"220 servidor.edu", "RFC 5321 §3.1"},
        {"221 servidor.edu closing connection", "RFC 5321 §4.1.1.10"},
        {"235 2.7.0 Authentication successful", "RFC 4954 §6"},
        {"250 Message accepted for delivery", "RFC 5321 §4.2.3"},
        {"251 2.1.5 User not local; will forward", "RFC 5321 §3.4"},
        {"252 2.0.0 Cannot VRFY user", "RFC 5321 §3.5.3"},
        {"334 VXNlcm5hbWU6", "RFC 4954 §4"},
        {"354 Enter mail, end with \".\" on a line by itself", "RFC 5321 §4.1.1.4"},
        {"421 4.4.2 servidor.edu Error: timeout exceeded", "RFC 5321 §3.8"},
        {"450 4.2.1 Mailbox busy", "RFC 5321 §4.2.3"},
        {"451 4.3.0 Requested action aborted: local error in processing", "RFC 5321 §4.2.3"},
        {"452 4.5.3 Too many recipients", "RFC 5321 §4.2.3"},
        {"500 5.5.1 Command unrecognized", "RFC 5321 §4.2.3"},
        {"501 5.5.4 Syntax: MAIL FROM:<address>", "RFC 5321 §4.2.3"},
        {"502 5.5.1 Command not implemented", "RFC 5321 §4.2.4"},
        {"503 5.5.1 Error: need MAIL command", "RFC 5321 §4.2.3"},
        {"504 5.5.4 Unrecognized authentication type", "RFC 5321 §4.2.3"},
        {"530 5.7.0 Authentication required", "RFC 4954 §6"},
        {"535 5.7.8 Authentication credentials invalid", "RFC 4954 §6"},
        {"550 5.1.1 pepe@servidor.edu... User unknown", "RFC 5321 §4.2.3"},
        {"551 5.1.6 User not local; please try <x@y>", "RFC 5321 §3.4"},
        {"552 5.3.4 Message size exceeds fixed maximum message size", "RFC 5321 §4.2.3"},
        {"553 5.1.7 Bad sender address syntax", "RFC 5321 §4.2.3"},
        {"554 5.7.1 x@y.org... Relaying denied", "RFC 5321 §4.2.3"},
        {"555 5.5.4 Unsupported parameter: FOO", "RFC 5321 §4.1.1.11"},
    };
    for (const auto &row : rows)
        QTest::newRow(row.line) << QByteArray(row.line) << QString::fromUtf8(row.rfc);
}

void TestExplanations::smtpReplyCodes()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, rfc);
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, line,
                                                Phase::Transfer);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    QVERIFY2(e.title.startsWith(QString::fromLatin1(line.left(3))), qPrintable(e.title));
    // The code alone gives the same.
    QCOMPARE(Explanations::forSmtpReplyCode(line.left(3).toInt()).rfc, rfc);
}

void TestExplanations::unknownReplyCodeUsesItsClass()
{
    const Explanation temporary = Explanations::forSmtpReplyCode(471);
    const Explanation permanent = Explanations::forSmtpReplyCode(599);
    checkComplete(temporary);
    checkComplete(permanent);
    QCOMPARE(temporary.rfc, QStringLiteral("RFC 5321 §4.2.1"));
    QVERIFY(temporary.title.contains(QStringLiteral("temporary")));
    QVERIFY(permanent.title.contains(QStringLiteral("permanent")));
    const Explanation garbage = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                                                      "hello there", Phase::Opening);
    checkComplete(garbage);
    QCOMPARE(garbage.rfc, QStringLiteral("RFC 5321 §4.2"));
}

void TestExplanations::enhancedStatusCodes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("titleStart");

    QTest::newRow("5.1.1 bad destination mailbox")
        << QByteArray("550 5.1.1 pepe@servidor.edu... User unknown") << QStringLiteral("RFC 3463 §3.2")
        << QStringLiteral("5.1.1: bad destination mailbox");
    QTest::newRow("2.1.5 destination valid")
        << QByteArray("250 2.1.5 fran@servidor.edu ... Recipient ok") << QStringLiteral("RFC 3463 §3.2")
        << QStringLiteral("2.1.5: destination address valid");
    QTest::newRow("2.0.0 other") << QByteArray("250 2.0.0 Message accepted for delivery")
                                 << QStringLiteral("RFC 3463 §3.1") << QStringLiteral("2.0.0");
    QTest::newRow("5.3.4 too big") << QByteArray("552 5.3.4 Message size exceeds fixed maximum message size")
                                   << QStringLiteral("RFC 3463 §3.4") << QStringLiteral("5.3.4");
    QTest::newRow("4.5.3 too many recipients")
        << QByteArray("452 4.5.3 Too many recipients") << QStringLiteral("RFC 3463 §3.6")
        << QStringLiteral("4.5.3: too many recipients");
    QTest::newRow("5.5.2 syntax") << QByteArray("500 5.5.2 Line too long") << QStringLiteral("RFC 3463 §3.6")
                                  << QStringLiteral("5.5.2: syntax error");
    QTest::newRow("5.7.1 not authorised") << QByteArray("554 5.7.1 x@y... Relaying denied")
                                          << QStringLiteral("RFC 3463 §3.8") << QStringLiteral("5.7.1");
    QTest::newRow("5.7.8 bad credentials (RFC 4954)")
        << QByteArray("535 5.7.8 Authentication credentials invalid") << QStringLiteral("RFC 4954 §6")
        << QStringLiteral("5.7.8");
    QTest::newRow("4.4.2 bad connection")
        << QByteArray("421 4.4.2 servidor.edu Error: timeout exceeded") << QStringLiteral("RFC 3463 §3.5")
        << QStringLiteral("4.4.2: bad connection");
    QTest::newRow("unlisted detail falls back to its subject")
        << QByteArray("550 5.1.99 Odd") << QStringLiteral("RFC 3463 §3.2") << QStringLiteral("5.1.99");
    QTest::newRow("multi-line reply") << QByteArray("250-2.0.0 first line of several")
                                      << QStringLiteral("RFC 3463 §3.1") << QStringLiteral("2.0.0");
}

void TestExplanations::enhancedStatusCodes()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, rfc);
    QFETCH(QString, titleStart);
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, line,
                                                Phase::Transfer);
    QString title;
    QVERIFY2(hasDetail(e, rfc, &title), qPrintable(e.title));
    QVERIFY2(title.startsWith(titleStart), qPrintable(title));
    const ExplanationDetail alone = Explanations::forEnhancedStatusCode(line.mid(4).split(' ').first());
    QCOMPARE(alone.rfc, rfc);
    QVERIFY(!alone.text.isEmpty());
}

void TestExplanations::replyWithoutEnhancedCodeHasNoDetail()
{
    // After HELO the course's texts come without RFC 3463 codes.
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                                                "250 ana@cliente.fr... Sender ok", Phase::Transfer);
    QVERIFY(e.details.isEmpty());
    QVERIFY(Explanations::forEnhancedStatusCode("9.1.1").title.isEmpty());
    QVERIFY(Explanations::forEnhancedStatusCode("5.1").title.isEmpty());
    QVERIFY(Explanations::forEnhancedStatusCode("a.b.c").title.isEmpty());
}

void TestExplanations::ehloKeywords_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("titleStart");
    QTest::newRow("PIPELINING") << QByteArray("250-PIPELINING") << QStringLiteral("RFC 2920 §3")
                                << QStringLiteral("PIPELINING");
    QTest::newRow("SIZE") << QByteArray("250-SIZE 10485760") << QStringLiteral("RFC 1870 §3")
                          << QStringLiteral("SIZE");
    QTest::newRow("8BITMIME") << QByteArray("250-8BITMIME") << QStringLiteral("RFC 6152 §2")
                              << QStringLiteral("8BITMIME");
    QTest::newRow("ENHANCEDSTATUSCODES")
        << QByteArray("250-ENHANCEDSTATUSCODES") << QStringLiteral("RFC 2034 §3")
        << QStringLiteral("ENHANCEDSTATUSCODES");
    QTest::newRow("HELP") << QByteArray("250-HELP") << QStringLiteral("RFC 5321 §4.1.1.8")
                          << QStringLiteral("HELP");
    QTest::newRow("AUTH, last line") << QByteArray("250 AUTH PLAIN LOGIN") << QStringLiteral("RFC 4954 §3")
                                     << QStringLiteral("AUTH");
    // Postfix's, which ours do not offer.
    QTest::newRow("VRFY") << QByteArray("250-VRFY")
                          << QStringLiteral("RFC 5321 §3.5; Postfix postconf(5) disable_vrfy_command")
                          << QStringLiteral("VRFY");
    QTest::newRow("ETRN") << QByteArray("250-ETRN") << QStringLiteral("RFC 1985 §3")
                          << QStringLiteral("ETRN");
}

// What a real Postfix and Dovecot say (tests/realserver/test_real_host.py
// sees these very lines), explained as ours are.
void TestExplanations::realPostfixAndDovecotLines()
{
    const auto titles = [](const Explanation &e) {
        QStringList list;
        for (const ExplanationDetail &d : e.details)
            list.append(d.title);
        return list;
    };
    LineContext data = withRole(LineRole::Reply);
    data.answeredVerb = ".";
    const Explanation queued = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                                                     "250 2.0.0 Ok: queued as CF3AFA780C4", Phase::Transfer,
                                                     data);
    checkComplete(queued);
    QVERIFY2(titles(queued).contains(QStringLiteral("Postfix: queued as… (the queue id)")),
             qPrintable(titles(queued).join(QLatin1Char('|'))));
    // A student after AUTH giving a classmate's address (reject_sender_login_mismatch).
    LineContext mail = withRole(LineRole::Reply);
    mail.answeredVerb = "MAIL";
    const Explanation mismatch = Explanations::forLine(
        Protocol::Smtp, Direction::ServerToClient,
        "553 5.7.1 <alumno2@2esi.org>: Sender address rejected: not owned by user alumno1", Phase::Transfer,
        mail);
    checkComplete(mismatch);
    QVERIFY2(titles(mismatch).contains(QStringLiteral("Postfix: the sender address belongs to another user")),
             qPrintable(titles(mismatch).join(QLatin1Char('|'))));
    LineContext quit = withRole(LineRole::Reply);
    quit.answeredVerb = "QUIT";
    checkComplete(Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, "221 2.0.0 Bye",
                                        Phase::Closing, quit));
    LineContext pass = withRole(LineRole::Reply);
    pass.answeredVerb = "PASS";
    checkComplete(Explanations::forLine(Protocol::Pop3, Direction::ServerToClient, "+OK Logged in.",
                                        Phase::Authorization, pass));

    LineContext greeting = withRole(LineRole::Reply);
    const Explanation imap = Explanations::forLine(
        Protocol::Imap, Direction::ServerToClient,
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] "
        "Dovecot (Debian) ready.",
        Phase::NotAuthenticated, greeting);
    checkComplete(imap);
    const QStringList imapDetails = titles(imap);
    for (const char *title :
         {"IMAP4rev1: the protocol's version", "SASL-IR: log in in one line", "IDLE: news without asking",
          "LITERAL+: no waiting before long texts", "STARTTLS: encryption available",
          "AUTH=…: a way of logging in", "Dovecot's IMAP greeting"}) {
        QVERIFY2(imapDetails.contains(QString::fromUtf8(title)),
                 qPrintable(imapDetails.join(QLatin1Char('|'))));
    }
    LineContext login = withRole(LineRole::Reply);
    login.answeredVerb = "LOGIN";
    const Explanation loggedIn = Explanations::forLine(
        Protocol::Imap, Direction::ServerToClient,
        "a1 OK [CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE SORT NAMESPACE UIDPLUS MOVE LITERAL+ NOTIFY] "
        "Logged in",
        Phase::NotAuthenticated, login);
    checkComplete(loggedIn);
    const QStringList loginDetails = titles(loggedIn);
    QVERIFY2(loginDetails.contains(QStringLiteral("[CAPABILITY]: the abilities, said in passing"))
                 && loginDetails.contains(QStringLiteral("MOVE: move messages between folders"))
                 && loginDetails.contains(QStringLiteral("UIDPLUS: the new messages' UIDs")),
             qPrintable(loginDetails.join(QLatin1Char('|'))));
}

void TestExplanations::ehloKeywords()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, rfc);
    QFETCH(QString, titleStart);
    const Explanation guessed = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, line,
                                                      Phase::Opening);
    checkComplete(guessed);
    QCOMPARE(guessed.rfc, rfc);
    QVERIFY2(guessed.title.startsWith(titleStart), qPrintable(guessed.title));

    LineContext context = withRole(LineRole::Reply);
    context.answeredVerb = "EHLO";
    context.firstLineOfReply = false;
    const Explanation known = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, line,
                                                    Phase::Opening, context);
    QCOMPARE(known.rfc, rfc);
    QCOMPARE(known.title, guessed.title);
}

void TestExplanations::firstLineOfEhloReplyIsTheGreeting()
{
    LineContext context = withRole(LineRole::Reply);
    context.answeredVerb = "EHLO";
    context.firstLineOfReply = true;
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                                                "250-cliente.fr Hello [127.0.0.4], pleased to meet you",
                                                Phase::Opening, context);
    checkComplete(e);
    QCOMPARE(e.rfc, QStringLiteral("RFC 5321 §4.1.1.1"));
    QVERIFY2(e.title.contains(QStringLiteral("extensions")), qPrintable(e.title));
    // An unknown keyword still reads as an extension line, not as "250 OK".
    context.firstLineOfReply = false;
    const Explanation other = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, "250-XFOO bar",
                                                    Phase::Opening, context);
    checkComplete(other);
    QCOMPARE(other.rfc, QStringLiteral("RFC 5321 §4.1.1.1"));
    QVERIFY(!other.title.startsWith(QStringLiteral("250")));
}

void TestExplanations::authExchange()
{
    const Explanation plain = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer,
                                                    "AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==", Phase::Opening);
    QVERIFY(hasDetail(plain, QStringLiteral("RFC 4616 §2")));
    const Explanation login = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, "auth login",
                                                    Phase::Opening);
    QVERIFY(!login.details.isEmpty());
    QVERIFY(login.details.first().title.startsWith(QStringLiteral("LOGIN")));

    const Explanation challenge = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                                                        "334 VXNlcm5hbWU6", Phase::Opening);
    QCOMPARE(challenge.rfc, QStringLiteral("RFC 4954 §4"));
    QVERIFY(!challenge.details.isEmpty());
    QVERIFY2(challenge.details.first().text.contains(QStringLiteral("Username:")),
             qPrintable(challenge.details.first().text));

    const Explanation answer = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, "YW5h",
                                                     Phase::Opening, withRole(LineRole::AuthResponse));
    checkComplete(answer);
    QCOMPARE(answer.rfc, QStringLiteral("RFC 4954 §4"));
    const Explanation cancel = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, "*",
                                                     Phase::Opening, withRole(LineRole::AuthResponse));
    checkComplete(cancel);
    QVERIFY(cancel.title != answer.title);
}

void TestExplanations::mailParameters()
{
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer,
                                                "MAIL FROM:<ana@cliente.fr> SIZE=290 BODY=8BITMIME",
                                                Phase::Transfer);
    QCOMPARE(e.rfc, QStringLiteral("RFC 5321 §4.1.1.2"));
    QVERIFY(hasDetail(e, QStringLiteral("RFC 1870 §6")));
    QVERIFY(hasDetail(e, QStringLiteral("RFC 6152 §2")));
    const Explanation bounce = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer,
                                                     "MAIL FROM:<>", Phase::Transfer);
    QVERIFY(hasDetail(bounce, QStringLiteral("RFC 5321 §4.5.5")));
    const Explanation plain = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer,
                                                    "MAIL FROM:<ana@cliente.fr>", Phase::Transfer);
    QVERIFY(plain.details.isEmpty());
}

// --- POP3 -----------------------------------------------------------------------------

void TestExplanations::pop3Commands_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("titleStart");
    QTest::newRow("USER") << QByteArray("USER fran") << Phase::Authorization << QStringLiteral("RFC 1939 §7")
                          << QStringLiteral("USER");
    QTest::newRow("PASS") << QByteArray("PASS claveejemplo") << Phase::Authorization
                          << QStringLiteral("RFC 1939 §7") << QStringLiteral("PASS");
    QTest::newRow("APOP") << QByteArray("APOP fran c4c9334bac560ecc979e58001b3e22fb") << Phase::Authorization
                          << QStringLiteral("RFC 1939 §7") << QStringLiteral("APOP");
    QTest::newRow("STAT") << QByteArray("STAT") << Phase::Transaction << QStringLiteral("RFC 1939 §5")
                          << QStringLiteral("STAT");
    QTest::newRow("LIST") << QByteArray("LIST") << Phase::Transaction << QStringLiteral("RFC 1939 §5")
                          << QStringLiteral("LIST");
    QTest::newRow("RETR") << QByteArray("RETR 1") << Phase::Transaction << QStringLiteral("RFC 1939 §5")
                          << QStringLiteral("RETR");
    QTest::newRow("DELE") << QByteArray("DELE 1") << Phase::Transaction << QStringLiteral("RFC 1939 §5")
                          << QStringLiteral("DELE");
    QTest::newRow("NOOP") << QByteArray("NOOP") << Phase::Transaction << QStringLiteral("RFC 1939 §5")
                          << QStringLiteral("NOOP");
    QTest::newRow("RSET") << QByteArray("RSET") << Phase::Transaction << QStringLiteral("RFC 1939 §5")
                          << QStringLiteral("RSET");
    QTest::newRow("QUIT entering UPDATE")
        << QByteArray("QUIT") << Phase::Update << QStringLiteral("RFC 1939 §6") << QStringLiteral("QUIT");
    QTest::newRow("QUIT before logging in") << QByteArray("QUIT") << Phase::Authorization
                                            << QStringLiteral("RFC 1939 §4") << QStringLiteral("QUIT");
    QTest::newRow("TOP") << QByteArray("TOP 1 0") << Phase::Transaction << QStringLiteral("RFC 1939 §7")
                         << QStringLiteral("TOP");
    QTest::newRow("UIDL") << QByteArray("UIDL") << Phase::Transaction << QStringLiteral("RFC 1939 §7")
                          << QStringLiteral("UIDL");
    QTest::newRow("CAPA") << QByteArray("CAPA") << Phase::Authorization << QStringLiteral("RFC 2449 §5")
                          << QStringLiteral("CAPA");
}

void TestExplanations::pop3Commands()
{
    QFETCH(QByteArray, line);
    QFETCH(Phase, phase);
    QFETCH(QString, rfc);
    QFETCH(QString, titleStart);
    const Explanation e = Explanations::forLine(Protocol::Pop3, Direction::ClientToServer, line, phase);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    QVERIFY2(e.title.startsWith(titleStart), qPrintable(e.title));
}

void TestExplanations::pop3Responses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("detailRfc");
    QTest::newRow("greeting") << QByteArray("+OK POP3 servidor listo <1.2.3@servidor.edu>")
                              << Phase::Authorization << QStringLiteral("RFC 1939 §4") << QString();
    QTest::newRow("+OK") << QByteArray("+OK message 1 deleted") << Phase::Transaction
                         << QStringLiteral("RFC 1939 §3") << QString();
    QTest::newRow("-ERR") << QByteArray("-ERR no such message") << Phase::Transaction
                          << QStringLiteral("RFC 1939 §3") << QString();
    QTest::newRow("-ERR [IN-USE]") << QByteArray("-ERR [IN-USE] maildrop already locked")
                                   << Phase::Authorization << QStringLiteral("RFC 1939 §3")
                                   << QStringLiteral("RFC 2449 §8.1.1");
    QTest::newRow("-ERR [AUTH]") << QByteArray("-ERR [AUTH] invalid user name or password")
                                 << Phase::Authorization << QStringLiteral("RFC 1939 §3")
                                 << QStringLiteral("RFC 3206 §5");
    QTest::newRow("-ERR [SYS/TEMP]") << QByteArray("-ERR [SYS/TEMP] try later") << Phase::Authorization
                                     << QStringLiteral("RFC 1939 §3") << QStringLiteral("RFC 3206 §4");
    QTest::newRow("listing line") << QByteArray("1 616") << Phase::Transaction
                                  << QStringLiteral("RFC 1939 §5") << QString();
    QTest::newRow("UIDL line") << QByteArray("1 a1b2c3") << Phase::Transaction
                               << QStringLiteral("RFC 1939 §7") << QString();
    QTest::newRow("end of multi-line")
        << QByteArray(".") << Phase::Transaction << QStringLiteral("RFC 1939 §3") << QString();
    QTest::newRow("a header of a retrieved message")
        << QByteArray("Return-Path: <ana@cliente.fr>") << Phase::Transaction
        << QStringLiteral("RFC 5321 §4.4") << QString();
    QTest::newRow("byte-stuffed content") << QByteArray("..hidden") << Phase::Transaction
                                          << QStringLiteral("RFC 5322 §2.3") << QStringLiteral("RFC 1939 §3");
}

void TestExplanations::pop3Responses()
{
    QFETCH(QByteArray, line);
    QFETCH(Phase, phase);
    QFETCH(QString, rfc);
    QFETCH(QString, detailRfc);
    const Explanation e = Explanations::forLine(Protocol::Pop3, Direction::ServerToClient, line, phase);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    if (!detailRfc.isEmpty())
        QVERIFY2(hasDetail(e, detailRfc), qPrintable(e.title));
    else
        QVERIFY(e.details.isEmpty());
}

// --- message content --------------------------------------------------------------------

void TestExplanations::headers_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rfc");
    QTest::newRow("From") << QByteArray("From: ana@cliente.fr") << QStringLiteral("RFC 5322 §3.6.2");
    QTest::newRow("To") << QByteArray("To: fran@servidor.edu") << QStringLiteral("RFC 5322 §3.6.3");
    QTest::newRow("Subject") << QByteArray("Subject: Quedamos hoxe?") << QStringLiteral("RFC 5322 §3.6.5");
    QTest::newRow("Date") << QByteArray("Date: Fri, 27 Nov 2026 03:52:37 +0000")
                          << QStringLiteral("RFC 5322 §3.6.1");
    QTest::newRow("Message-ID") << QByteArray("Message-ID: <bc38@cliente.fr>")
                                << QStringLiteral("RFC 5322 §3.6.4");
    QTest::newRow("Received") << QByteArray("Received: from [127.0.0.4] ([127.0.0.4])")
                              << QStringLiteral("RFC 5321 §4.4");
    QTest::newRow("Return-Path") << QByteArray("Return-Path: <ana@cliente.fr>")
                                 << QStringLiteral("RFC 5321 §4.4");
    QTest::newRow("MIME-Version") << QByteArray("MIME-Version: 1.0") << QStringLiteral("RFC 2045 §4");
    QTest::newRow("Content-Type") << QByteArray("Content-Type: text/plain; charset=us-ascii")
                                  << QStringLiteral("RFC 2045 §5");
    QTest::newRow("Content-Transfer-Encoding")
        << QByteArray("Content-Transfer-Encoding: 7bit") << QStringLiteral("RFC 2045 §6");
    QTest::newRow("lower-case name") << QByteArray("subject: hi") << QStringLiteral("RFC 5322 §3.6.5");
    QTest::newRow("unknown field") << QByteArray("X-Mailer: Carteiro") << QStringLiteral("RFC 5322 §3.6.8");
}

void TestExplanations::headers()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, rfc);
    for (const Protocol protocol : {Protocol::Smtp, Protocol::Pop3}) {
        const Direction direction = protocol == Protocol::Smtp ? Direction::ClientToServer
                                                               : Direction::ServerToClient;
        const Phase phase = protocol == Protocol::Smtp ? Phase::Transfer : Phase::Transaction;
        const Explanation e = Explanations::forLine(protocol, direction, line, phase,
                                                    withRole(LineRole::MessageContent));
        checkComplete(e);
        QCOMPARE(e.rfc, rfc);
        QVERIFY2(e.title.startsWith(QString::fromLatin1(line.left(line.indexOf(':'))), Qt::CaseInsensitive),
                 qPrintable(e.title));
    }
}

// --- events ----------------------------------------------------------------------------

void TestExplanations::events_data()
{
    QTest::addColumn<TranscriptEvent::Kind>("kind");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("connection opened") << TranscriptEvent::Kind::ConnectionOpened
                                       << QStringLiteral("RFC 9293 §3.5") << QStringLiteral("three-way");
    QTest::newRow("connection closed") << TranscriptEvent::Kind::ConnectionClosed
                                       << QStringLiteral("RFC 9293 §3.6") << QStringLiteral("QUIT");
    QTest::newRow("DNS lookup") << TranscriptEvent::Kind::DnsLookup << QStringLiteral("RFC 5321 §5.1")
                                << QStringLiteral("MX");
    QTest::newRow("queue") << TranscriptEvent::Kind::Queue << QStringLiteral("RFC 5321 §4.5.4.1")
                           << QStringLiteral("back-off");
    QTest::newRow("delivery") << TranscriptEvent::Kind::Delivery << QStringLiteral("RFC 5321 §4.4")
                              << QStringLiteral("bounce");
    QTest::newRow("caption") << TranscriptEvent::Kind::Caption << QString() << QString();
    QTest::newRow("expectation") << TranscriptEvent::Kind::Expectation << QString() << QStringLiteral("OK");
    QTest::newRow("note") << TranscriptEvent::Kind::Note << QString() << QString();
}

void TestExplanations::events()
{
    QFETCH(TranscriptEvent::Kind, kind);
    QFETCH(QString, rfc);
    QFETCH(QString, mentions);
    TranscriptEvent event;
    event.kind = kind;
    event.note = QStringLiteral("something happened");
    const Explanation e = Explanations::forEvent(event);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    if (!mentions.isEmpty())
        QVERIFY2(e.text.contains(mentions), qPrintable(e.text));
    if (kind == TranscriptEvent::Kind::Delivery)
        QVERIFY(hasDetail(e, QStringLiteral("RFC 5321 §6.1")));
}

void TestExplanations::tlsMessages_data()
{
    // The name and section the TLS layer records, the section shown, a word
    // of the explanation.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, const char *recorded, const char *rfc, const char *mentions) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(recorded)
                            << QString::fromUtf8(rfc) << QString::fromUtf8(mentions);
    };
    row("ClientHello", "RFC 8446 §4.1.2", "RFC 8446 §4.1.2", "cipher suites");
    row("ClientHello (TLS 1.2)", "RFC 5246 §7.4.1.2", "RFC 5246 §7.4.1.2", "cipher suites");
    row("ServerHello", "RFC 8446 §4.1.3", "RFC 8446 §4.1.3", "picks one version");
    row("EncryptedExtensions", "RFC 8446 §4.3.1", "RFC 8446 §4.3.1", "first encrypted message");
    row("Certificate", "RFC 8446 §4.4.2", "RFC 8446 §4.4.2", "classroom CA");
    row("CertificateVerify", "RFC 8446 §4.4.3", "RFC 8446 §4.4.3", "private key");
    row("Finished", "RFC 8446 §4.4.4", "RFC 8446 §4.4.4", "changed a message");
    row("NewSessionTicket", "RFC 8446 §4.6.1", "RFC 8446 §4.6.1", "ticket");
    row("ServerKeyExchange", "RFC 5246 §7.4.3", "RFC 5246 §7.4.3", "Diffie-Hellman");
    row("ServerHelloDone", "RFC 5246 §7.4.5", "RFC 5246 §7.4.5", "waits");
    row("ClientKeyExchange", "RFC 5246 §7.4.7", "RFC 5246 §7.4.7", "never cross the wire");
    row("ChangeCipherSpec", "RFC 5246 §7.1", "RFC 5246 §7.1", "next records");
    row("ChangeCipherSpec (TLS 1.3)", "RFC 8446 §D.4", "RFC 8446 §D.4", "middleboxes");
    row("Alert: close_notify", "RFC 8446 §6", "RFC 8446 §6.1", "cut off");
    row("Alert: bad_certificate", "RFC 8446 §6", "RFC 8446 §6.2", "another host");
    row("Alert: certificate_expired", "RFC 8446 §6", "RFC 8446 §6.2", "validity");
    row("Alert: unknown_ca", "RFC 8446 §6", "RFC 8446 §6.2", "self-signed");
    row("Alert: bad_certificate (TLS 1.2)", "RFC 5246 §7.2", "RFC 5246 §7.2", "another host");
    row("Alert: record_overflow", "RFC 8446 §6", "RFC 8446 §6", "ends the connection");
}

void TestExplanations::tlsMessages()
{
    QFETCH(QString, name);
    QFETCH(QString, recorded);
    QFETCH(QString, rfc);
    QFETCH(QString, mentions);
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::TlsHandshake;
    event.noteCode = NoteCode::TlsMessage;
    event.noteArguments = {name.section(QStringLiteral(" ("), 0, 0), recorded, QString(), QString()};
    const Explanation e = Explanations::forEvent(event);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    QVERIFY2(e.text.contains(mentions), qPrintable(e.text));
    // Its own title, not the note's fallback; protocol names untranslated in it.
    QVERIFY2(e.title != Explanations::forEvent(TranscriptEvent()).title, qPrintable(e.title));
    const QString bare = name.section(QStringLiteral(" ("), 0, 0).section(QStringLiteral(": "), -1);
    QVERIFY2(e.title.contains(bare), qPrintable(e.title));
}

void TestExplanations::tlsEvents()
{
    // A Certificate names its subject and issuer; a record, the handshake's
    // end and a failure have their own explanations.
    TranscriptEvent certificate;
    certificate.kind = TranscriptEvent::Kind::TlsHandshake;
    certificate.noteCode = NoteCode::TlsCertificate;
    certificate.noteArguments = {QStringLiteral("Certificate"), QStringLiteral("RFC 8446 §4.4.2"),
                                 QStringLiteral("CN=servidor.edu, O=Carteiro"),
                                 QStringLiteral("CN=Carteiro classroom CA, O=Carteiro")};
    const Explanation e = Explanations::forEvent(certificate);
    QCOMPARE(e.details.size(), 1);
    QVERIFY(e.details.first().text.contains(QStringLiteral("CN=servidor.edu, O=Carteiro")));
    QVERIFY(e.details.first().text.contains(QStringLiteral("CN=Carteiro classroom CA")));

    TranscriptEvent record;
    record.kind = TranscriptEvent::Kind::TlsRecord;
    checkComplete(Explanations::forEvent(record));
    QCOMPARE(Explanations::forEvent(record).rfc, QStringLiteral("RFC 8446 §5.1"));

    TranscriptEvent established;
    established.kind = TranscriptEvent::Kind::Note;
    established.noteCode = NoteCode::TlsEstablished;
    const Explanation encrypted = Explanations::forEvent(established);
    checkComplete(encrypted);
    QVERIFY(encrypted.text.contains(QStringLiteral("encrypted records")));
    QVERIFY(encrypted.details.isEmpty());
    established.noteCode = NoteCode::TlsEstablishedUnverified;
    QCOMPARE(Explanations::forEvent(established).details.size(), 1);
    established.noteCode = NoteCode::TlsFailed;
    QVERIFY(Explanations::forEvent(established).text.contains(QStringLiteral("alert")));
}

// --- roles ----------------------------------------------------------------------------------

void TestExplanations::unknownCommand_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("rfc");
    QTest::newRow("SMTP, in the opening") << Protocol::Smtp << QByteArray("HLEO cliente.fr") << Phase::Opening
                                          << QStringLiteral("RFC 5321 §4.2.4");
    QTest::newRow("SMTP, a word in the transfer phase")
        << Protocol::Smtp << QByteArray("SEND2 now") << Phase::Transfer << QStringLiteral("RFC 5321 §4.2.4");
    QTest::newRow("SMTP, known role")
        << Protocol::Smtp << QByteArray("XYZZY") << Phase::Closing << QStringLiteral("RFC 5321 §4.2.4");
    QTest::newRow("POP3") << Protocol::Pop3 << QByteArray("XYZZY") << Phase::Transaction
                          << QStringLiteral("RFC 1939 §3");
    QTest::newRow("POP3, IMAP habit") << Protocol::Pop3 << QByteArray("a1 LOGIN fran x")
                                      << Phase::Authorization << QStringLiteral("RFC 1939 §3");
}

void TestExplanations::unknownCommand()
{
    QFETCH(Protocol, protocol);
    QFETCH(QByteArray, line);
    QFETCH(Phase, phase);
    QFETCH(QString, rfc);
    const Explanation e = Explanations::forLine(protocol, Direction::ClientToServer, line, phase);
    checkComplete(e);
    QCOMPARE(e.title, QStringLiteral("Unknown command"));
    QCOMPARE(e.rfc, rfc);
    const Explanation known = Explanations::forLine(protocol, Direction::ClientToServer, line, phase,
                                                    withRole(LineRole::Command));
    QCOMPARE(known.title, QStringLiteral("Unknown command"));
}

void TestExplanations::contentVersusCommand_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("inBody");
    QTest::addColumn<QString>("rfc");
    QTest::addColumn<QString>("detailRfc");

    const int auto_ = int(LineRole::Unknown);
    const int content = int(LineRole::MessageContent);
    const int end = int(LineRole::EndOfContent);
    const int command = int(LineRole::Command);
    QTest::newRow("DATA as a command")
        << QByteArray("DATA") << command << false << QStringLiteral("RFC 5321 §4.1.1.4") << QString();
    QTest::newRow("DATA as a line of the body")
        << QByteArray("DATA") << content << true << QStringLiteral("RFC 5322 §2.3") << QString();
    QTest::newRow("QUIT as a line of the body")
        << QByteArray("QUIT") << content << true << QStringLiteral("RFC 5322 §2.3") << QString();
    QTest::newRow("QUIT as a command")
        << QByteArray("QUIT") << auto_ << false << QStringLiteral("RFC 5321 §4.1.1.10") << QString();
    QTest::newRow("the course's body line")
        << QByteArray("Quedamos hoxe?") << content << true << QStringLiteral("RFC 5322 §2.3") << QString();
    QTest::newRow("header in the header section")
        << QByteArray("Subject: hi") << content << false << QStringLiteral("RFC 5322 §3.6.5") << QString();
    QTest::newRow("header-like text in the body")
        << QByteArray("Subject: hi") << content << true << QStringLiteral("RFC 5322 §2.3") << QString();
    QTest::newRow("header guessed in the transfer phase")
        << QByteArray("Subject: hi") << auto_ << false << QStringLiteral("RFC 5322 §3.6.5") << QString();
    QTest::newRow("blank line ends the header")
        << QByteArray() << content << false << QStringLiteral("RFC 5322 §2.1") << QString();
    QTest::newRow("blank line guessed")
        << QByteArray() << auto_ << false << QStringLiteral("RFC 5322 §2.1") << QString();
    QTest::newRow("folded header line") << QByteArray("\tby cliente.fr (Carteiro) with ESMTPA id Q1")
                                        << content << false << QStringLiteral("RFC 5322 §2.2.3") << QString();
    QTest::newRow("end of data") << QByteArray(".") << end << false << QStringLiteral("RFC 5321 §4.1.1.4")
                                 << QStringLiteral("RFC 5321 §4.5.2");
    QTest::newRow("end of data guessed")
        << QByteArray(".") << auto_ << false << QStringLiteral("RFC 5321 §4.1.1.4")
        << QStringLiteral("RFC 5321 §4.5.2");
    QTest::newRow("dot-stuffed line") << QByteArray("..a line starting with a dot") << content << true
                                      << QStringLiteral("RFC 5322 §2.3") << QStringLiteral("RFC 5321 §4.5.2");
}

void TestExplanations::contentVersusCommand()
{
    QFETCH(QByteArray, line);
    QFETCH(int, role);
    QFETCH(bool, inBody);
    QFETCH(QString, rfc);
    QFETCH(QString, detailRfc);
    LineContext context = withRole(LineRole(role));
    context.inBody = inBody;
    const Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, line,
                                                Phase::Transfer, context);
    checkComplete(e);
    QCOMPARE(e.rfc, rfc);
    if (!detailRfc.isEmpty())
        QVERIFY2(hasDetail(e, detailRfc), qPrintable(e.title));
}

void TestExplanations::caseInsensitive_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QByteArray>("upper");
    QTest::addColumn<QByteArray>("other");
    QTest::newRow("mail from") << Protocol::Smtp << QByteArray("MAIL FROM:<a@b.c>")
                               << QByteArray("mail from:<a@b.c>");
    QTest::newRow("Rcpt To") << Protocol::Smtp << QByteArray("RCPT TO:<a@b.c>")
                             << QByteArray("Rcpt To:<a@b.c>");
    QTest::newRow("eHlO") << Protocol::Smtp << QByteArray("EHLO x") << QByteArray("eHlO x");
    QTest::newRow("quit") << Protocol::Smtp << QByteArray("QUIT") << QByteArray("quit");
    QTest::newRow("auth plain") << Protocol::Smtp << QByteArray("AUTH PLAIN AGEAYg==")
                                << QByteArray("auth plain AGEAYg==");
    QTest::newRow("user") << Protocol::Pop3 << QByteArray("USER fran") << QByteArray("user fran");
    QTest::newRow("retr") << Protocol::Pop3 << QByteArray("RETR 1") << QByteArray("retr 1");
    QTest::newRow("Dele") << Protocol::Pop3 << QByteArray("DELE 1") << QByteArray("Dele 1");
}

void TestExplanations::caseInsensitive()
{
    QFETCH(Protocol, protocol);
    QFETCH(QByteArray, upper);
    QFETCH(QByteArray, other);
    const Phase phase = protocol == Protocol::Smtp ? Phase::Transfer : Phase::Transaction;
    const Explanation a = Explanations::forLine(protocol, Direction::ClientToServer, upper, phase);
    const Explanation b = Explanations::forLine(protocol, Direction::ClientToServer, other, phase);
    QVERIFY(a.title != QStringLiteral("Unknown command"));
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.rfc, a.rfc);
    QCOMPARE(b.details.size(), a.details.size());
}

// --- context from a transcript -------------------------------------------------------------

void TestExplanations::smtpContextFromTranscript()
{
    TestEvents::HandMadeTranscript t;
    const auto c2s = Direction::ClientToServer;
    const auto s2c = Direction::ServerToClient;
    TranscriptEvent opened;
    opened.kind = TranscriptEvent::Kind::ConnectionOpened;
    opened.connectionId = 7;
    opened.protocol = Protocol::Smtp;
    t.append(opened);
    t.append(line(7, Protocol::Smtp, s2c, "220 cliente.fr", Phase::Opening)); // 1
    t.append(line(7, Protocol::Smtp, c2s, "EHLO [127.0.0.4]", Phase::Opening)); // 2
    t.append(line(7, Protocol::Smtp, s2c, "250-cliente.fr Hello", Phase::Opening)); // 3
    t.append(line(7, Protocol::Smtp, s2c, "250-PIPELINING", Phase::Opening)); // 4
    t.append(line(7, Protocol::Smtp, s2c, "250 HELP", Phase::Opening)); // 5
    // Another connection's line in between must not confuse the replay.
    t.append(line(8, Protocol::Smtp, s2c, "354 go ahead", Phase::Transfer)); // 6
    t.append(line(7, Protocol::Smtp, c2s, "MAIL FROM:<ana@cliente.fr>", Phase::Transfer)); // 7
    t.append(line(7, Protocol::Smtp, c2s, "RCPT TO:<fran@servidor.edu>", Phase::Transfer)); // 8
    t.append(line(7, Protocol::Smtp, c2s, "DATA", Phase::Transfer)); // 9
    t.append(line(7, Protocol::Smtp, s2c, "250 2.1.0 Sender ok", Phase::Transfer)); // 10
    t.append(line(7, Protocol::Smtp, s2c, "250 2.1.5 Recipient ok", Phase::Transfer)); // 11
    t.append(line(7, Protocol::Smtp, s2c, "354 End data with <CR><LF>.<CR><LF>", Phase::Transfer)); // 12
    t.append(line(7, Protocol::Smtp, c2s, "Received: from x", Phase::Transfer)); // 13
    t.append(line(7, Protocol::Smtp, c2s, "\tby cliente.fr", Phase::Transfer)); // 14
    t.append(line(7, Protocol::Smtp, c2s, "Subject: DATA", Phase::Transfer)); // 15
    t.append(line(7, Protocol::Smtp, c2s, "", Phase::Transfer)); // 16
    t.append(line(7, Protocol::Smtp, c2s, "QUIT", Phase::Transfer)); // 17
    t.append(line(7, Protocol::Smtp, c2s, "To: not a header here", Phase::Transfer)); // 18
    t.append(line(7, Protocol::Smtp, c2s, ".", Phase::Transfer)); // 19
    t.append(line(7, Protocol::Smtp, s2c, "250 2.0.0 Message accepted for delivery", Phase::Transfer)); // 20
    t.append(line(7, Protocol::Smtp, c2s, "QUIT", Phase::Closing)); // 21
    t.append(line(7, Protocol::Smtp, s2c, "221 2.0.0 cliente.fr closing connection", Phase::Closing)); // 22
    t.done();

    using Explanations::contextOf;
    QCOMPARE(contextOf(t, 1).role, LineRole::Reply);
    QVERIFY(contextOf(t, 1).answeredVerb.isEmpty());
    QCOMPARE(contextOf(t, 2).role, LineRole::Command);
    QCOMPARE(contextOf(t, 3).answeredVerb, QByteArray("EHLO"));
    QVERIFY(contextOf(t, 3).firstLineOfReply);
    QVERIFY(!contextOf(t, 4).firstLineOfReply);
    QVERIFY(!contextOf(t, 5).firstLineOfReply);
    QCOMPARE(contextOf(t, 7).role, LineRole::Command);
    QCOMPARE(contextOf(t, 9).role, LineRole::Command);
    // Pipelined replies answer the commands in order (RFC 2920 §3).
    QCOMPARE(contextOf(t, 10).answeredVerb, QByteArray("MAIL"));
    QCOMPARE(contextOf(t, 10).answeredIndex, qsizetype(7));
    QCOMPARE(contextOf(t, 11).answeredVerb, QByteArray("RCPT"));
    QCOMPARE(contextOf(t, 12).answeredVerb, QByteArray("DATA"));
    QCOMPARE(contextOf(t, 13).role, LineRole::MessageContent);
    QCOMPARE(contextOf(t, 14).foldedField, QByteArray("Received"));
    QCOMPARE(contextOf(t, 15).role, LineRole::MessageContent);
    QVERIFY(!contextOf(t, 15).inBody);
    QCOMPARE(contextOf(t, 17).role, LineRole::MessageContent);
    QVERIFY(contextOf(t, 17).inBody);
    QCOMPARE(contextOf(t, 19).role, LineRole::EndOfContent);
    QCOMPARE(contextOf(t, 20).answeredVerb, QByteArray("."));
    QCOMPARE(contextOf(t, 21).role, LineRole::Command);
    QCOMPARE(contextOf(t, 22).answeredVerb, QByteArray("QUIT"));

    using Explanations::forEvent;
    QCOMPARE(forEvent(t, 0).rfc, QStringLiteral("RFC 9293 §3.5"));
    QCOMPARE(forEvent(t, 3).rfc, QStringLiteral("RFC 5321 §4.1.1.1"));
    QCOMPARE(forEvent(t, 4).rfc, QStringLiteral("RFC 2920 §3"));
    QCOMPARE(forEvent(t, 5).rfc, QStringLiteral("RFC 5321 §4.1.1.8"));
    QCOMPARE(forEvent(t, 10).rfc, QStringLiteral("RFC 5321 §4.1.1.2"));
    QVERIFY(forEvent(t, 10).title.contains(QStringLiteral("sender")));
    QVERIFY(forEvent(t, 11).title.contains(QStringLiteral("recipient")));
    QCOMPARE(forEvent(t, 13).rfc, QStringLiteral("RFC 5321 §4.4"));
    QCOMPARE(forEvent(t, 14).rfc, QStringLiteral("RFC 5322 §2.2.3"));
    QCOMPARE(forEvent(t, 15).rfc, QStringLiteral("RFC 5322 §3.6.5"));
    QCOMPARE(forEvent(t, 16).rfc, QStringLiteral("RFC 5322 §2.1"));
    QCOMPARE(forEvent(t, 17).rfc, QStringLiteral("RFC 5322 §2.3")); // "QUIT" in the body
    QCOMPARE(forEvent(t, 18).rfc, QStringLiteral("RFC 5322 §2.3")); // header-like, in the body
    QCOMPARE(forEvent(t, 19).rfc, QStringLiteral("RFC 5321 §4.1.1.4"));
    QVERIFY(forEvent(t, 20).title.contains(QStringLiteral("message accepted")));
    QCOMPARE(forEvent(t, 21).rfc, QStringLiteral("RFC 5321 §4.1.1.10")); // the real QUIT
    QVERIFY(forEvent(t, 99).isEmpty());
    QVERIFY(forEvent(t, -1).isEmpty());
}

void TestExplanations::credentialsInsideTls()
{
    // The same PASS, LOGIN and AUTH answer, in clear and inside TLS: only
    // in clear does the inspector say anyone on the network reads them.
    TestEvents::HandMadeTranscript t;
    const auto c2s = Direction::ClientToServer;
    const auto s2c = Direction::ServerToClient;
    const auto add = [&t](TranscriptEvent e, bool tls) {
        e.tls = tls;
        t.append(e);
    };
    for (const bool tls : {false, true}) {
        const int id = tls ? 2 : 1;
        add(line(id, Protocol::Pop3, s2c, "+OK POP3 server ready", Phase::Authorization), tls);
        add(line(id, Protocol::Pop3, c2s, "USER fran", Phase::Authorization), tls);
        add(line(id, Protocol::Pop3, s2c, "+OK", Phase::Authorization), tls);
        add(line(id, Protocol::Pop3, c2s, "PASS claveejemplo", Phase::Authorization), tls); // 3, 11
        add(line(id + 10, Protocol::Imap, c2s, "A1 LOGIN fran claveejemplo", Phase::NotAuthenticated), tls);
        add(line(id + 20, Protocol::Smtp, c2s, "AUTH PLAIN", Phase::Opening), tls); // 5, 13
        add(line(id + 20, Protocol::Smtp, s2c, "334 ", Phase::Opening), tls);
        add(line(id + 20, Protocol::Smtp, c2s, "AGZyYW4AY2xhdmVlamVtcGxv", Phase::Opening), tls); // 7, 15
    }
    t.done();
    using Explanations::forEvent;
    const QString anyone = QStringLiteral("Anyone watching the network can read this line");
    const QString insideTls = QStringLiteral("Inside TLS");
    const auto hasTlsDetail = [&](const Explanation &e) {
        return std::any_of(e.details.cbegin(), e.details.cend(),
                           [&](const ExplanationDetail &d) { return d.title.contains(insideTls); });
    };
    // In clear.
    QVERIFY(forEvent(t, 3).text.contains(anyone));
    QVERIFY(forEvent(t, 4).text.contains(QStringLiteral("in clear text")));
    QVERIFY(forEvent(t, 7).text.contains(QStringLiteral("it hides nothing")));
    for (const qsizetype i : {0, 3, 4, 7})
        QVERIFY(!hasTlsDetail(forEvent(t, i)));
    // Inside TLS: the same commands, read only by the server.
    for (const qsizetype i : {11, 12, 15}) {
        const Explanation e = forEvent(t, i);
        checkComplete(e);
        QVERIFY2(!e.text.contains(anyone) && !e.text.contains(QStringLiteral("in clear")),
                 qPrintable(e.text));
        QVERIFY2(e.text.contains(QStringLiteral("TLS")), qPrintable(e.text));
        QVERIFY(hasTlsDetail(e));
    }
    QCOMPARE(forEvent(t, 11).title, forEvent(t, 3).title);
    QCOMPARE(forEvent(t, 12).rfc, QStringLiteral("RFC 3501 §6.2.3"));
    // Any other line inside TLS keeps its own explanation, plus the detail.
    QCOMPARE(forEvent(t, 9).title, forEvent(t, 1).title);
    QVERIFY(hasTlsDetail(forEvent(t, 9)));
}

void TestExplanations::pop3ContextFromTranscript()
{
    TestEvents::HandMadeTranscript t;
    const auto c2s = Direction::ClientToServer;
    const auto s2c = Direction::ServerToClient;
    const auto P = Protocol::Pop3;
    t.append(line(3, P, s2c, "+OK POP3 servidor listo <1.2@servidor.edu>", Phase::Authorization)); // 0
    t.append(line(3, P, c2s, "USER fran", Phase::Authorization)); // 1
    t.append(line(3, P, s2c, "+OK", Phase::Authorization)); // 2
    t.append(line(3, P, c2s, "PASS claveejemplo", Phase::Authorization)); // 3
    t.append(line(3, P, s2c, "+OK user successfully logged on", Phase::Authorization)); // 4
    t.append(line(3, P, c2s, "LIST", Phase::Transaction)); // 5
    t.append(line(3, P, s2c, "+OK 1 messages (616 octets)", Phase::Transaction)); // 6
    t.append(line(3, P, s2c, "1 616", Phase::Transaction)); // 7
    t.append(line(3, P, s2c, ".", Phase::Transaction)); // 8
    t.append(line(3, P, c2s, "RETR 1", Phase::Transaction)); // 9
    t.append(line(3, P, s2c, "+OK 616 octets", Phase::Transaction)); // 10
    t.append(line(3, P, s2c, "From: ana@cliente.fr", Phase::Transaction)); // 11
    t.append(line(3, P, s2c, "", Phase::Transaction)); // 12
    t.append(line(3, P, s2c, "1 616", Phase::Transaction)); // 13 body text
    t.append(line(3, P, s2c, "..", Phase::Transaction)); // 14 stuffed "."
    t.append(line(3, P, s2c, ".", Phase::Transaction)); // 15
    t.append(line(3, P, c2s, "CAPA", Phase::Transaction)); // 16
    t.append(line(3, P, s2c, "+OK Capability list follows", Phase::Transaction)); // 17
    t.append(line(3, P, s2c, "UIDL", Phase::Transaction)); // 18
    t.append(line(3, P, s2c, ".", Phase::Transaction)); // 19
    t.append(line(3, P, c2s, "QUIT", Phase::Update)); // 20
    t.append(line(3, P, s2c, "+OK POP3 server signing off", Phase::Update)); // 21
    t.done();

    using Explanations::contextOf;
    using Explanations::forEvent;
    QVERIFY(contextOf(t, 0).answeredVerb.isEmpty());
    QCOMPARE(forEvent(t, 0).rfc, QStringLiteral("RFC 1939 §4"));
    QCOMPARE(contextOf(t, 2).answeredVerb, QByteArray("USER"));
    QCOMPARE(contextOf(t, 4).answeredVerb, QByteArray("PASS"));
    QVERIFY(forEvent(t, 4).text.contains(QStringLiteral("TRANSACTION")));
    QCOMPARE(contextOf(t, 7).role, LineRole::ListingLine);
    QCOMPARE(forEvent(t, 7).rfc, QStringLiteral("RFC 1939 §5"));
    QCOMPARE(contextOf(t, 8).role, LineRole::EndOfContent);
    QCOMPARE(contextOf(t, 11).role, LineRole::MessageContent);
    QCOMPARE(forEvent(t, 11).rfc, QStringLiteral("RFC 5322 §3.6.2"));
    QCOMPARE(forEvent(t, 12).rfc, QStringLiteral("RFC 5322 §2.1"));
    QCOMPARE(contextOf(t, 13).role, LineRole::MessageContent); // not a listing line here
    QCOMPARE(forEvent(t, 13).rfc, QStringLiteral("RFC 5322 §2.3"));
    QVERIFY(hasDetail(forEvent(t, 14), QStringLiteral("RFC 1939 §3")));
    QCOMPARE(contextOf(t, 15).role, LineRole::EndOfContent);
    QCOMPARE(contextOf(t, 18).role, LineRole::ListingLine);
    QCOMPARE(forEvent(t, 18).rfc, QStringLiteral("RFC 2449 §6.8"));
    QCOMPARE(forEvent(t, 20).rfc, QStringLiteral("RFC 1939 §6"));
    QCOMPARE(contextOf(t, 21).answeredVerb, QByteArray("QUIT"));
}

void TestExplanations::loginChallengesInContext()
{
    TestEvents::HandMadeTranscript t;
    const auto c2s = Direction::ClientToServer;
    const auto s2c = Direction::ServerToClient;
    const auto S = Protocol::Smtp;
    t.append(line(4, S, s2c, "220 cliente.fr", Phase::Opening)); // 0
    t.append(line(4, S, c2s, "AUTH LOGIN", Phase::Opening)); // 1
    t.append(line(4, S, s2c, "334 VXNlcm5hbWU6", Phase::Opening)); // 2
    t.append(line(4, S, c2s, "YW5h", Phase::Opening)); // 3
    t.append(line(4, S, s2c, "334 UGFzc3dvcmQ6", Phase::Opening)); // 4
    t.append(line(4, S, c2s, "Y2xhdmVhbmE=", Phase::Opening)); // 5
    t.append(line(4, S, s2c, "235 2.7.0 Authentication successful", Phase::Opening)); // 6
    t.append(line(4, S, c2s, "HELP", Phase::Opening)); // 7
    t.done();

    using Explanations::contextOf;
    QCOMPARE(contextOf(t, 2).answeredVerb, QByteArray("AUTH"));
    QCOMPARE(contextOf(t, 3).role, LineRole::AuthResponse);
    QCOMPARE(contextOf(t, 5).role, LineRole::AuthResponse);
    QCOMPARE(contextOf(t, 6).answeredVerb, QByteArray("AUTH"));
    QCOMPARE(contextOf(t, 7).role, LineRole::Command);
    QVERIFY(Explanations::forEvent(t, 4).details.first().text.contains(QStringLiteral("Password:")));
    QCOMPARE(Explanations::forEvent(t, 5).rfc, QStringLiteral("RFC 4954 §4"));
    QCOMPARE(Explanations::forEvent(t, 7).rfc, QStringLiteral("RFC 5321 §4.1.1.8"));
}

void TestExplanations::phaseTitles_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("title");
    QTest::newRow("opening") << Phase::Opening << QStringLiteral("Opening (handshake)");
    QTest::newRow("transfer") << Phase::Transfer << QStringLiteral("Mail transfer");
    QTest::newRow("closing") << Phase::Closing << QStringLiteral("Closing");
    QTest::newRow("AUTHORIZATION") << Phase::Authorization << QStringLiteral("AUTHORIZATION state");
    QTest::newRow("TRANSACTION") << Phase::Transaction << QStringLiteral("TRANSACTION state");
    QTest::newRow("UPDATE") << Phase::Update << QStringLiteral("UPDATE state");
    QTest::newRow("none") << Phase::None << QString();
}

void TestExplanations::phaseTitles()
{
    QFETCH(Phase, phase);
    QFETCH(QString, title);
    QCOMPARE(Explanations::phaseTitle(phase), title);
}

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
