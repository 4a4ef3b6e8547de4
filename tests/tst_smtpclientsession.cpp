// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for SmtpClientSession: scripted conversations (tests/scripts/
// smtp-client-*.script, the course's transcript first), then the shape of
// what the engine says and hears: one utterance per command and per reply.
#include "enginescript.h"
#include "protocol/smtpclientsession.h"

#include <QFile>
#include <QTest>

Q_DECLARE_METATYPE(SmtpClientJob)

namespace {

QByteArray outcomeName(SmtpClientResult::Outcome outcome)
{
    switch (outcome) {
    case SmtpClientResult::Outcome::Pending: return "Pending";
    case SmtpClientResult::Outcome::Delivered: return "Delivered";
    case SmtpClientResult::Outcome::TransientFailure: return "TransientFailure";
    case SmtpClientResult::Outcome::PermanentFailure: return "PermanentFailure";
    }
    return "?";
}

QString readScript(const QString &name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA "/smtp-client-%1.script").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// The course's example (servizo-de-correo-e.txt, section 3).
SmtpClientJob courseJob()
{
    SmtpClientJob job;
    job.useEhlo = false;
    job.heloName = "cliente.fr";
    job.mailFrom = "ana@cliente.fr";
    job.recipients = {"fran@servidor.edu"};
    job.content = "Quedamos hoxe?\r\nA que hora e onde?\r\n";
    return job;
}

SmtpClientJob helloJob(bool useEhlo, const QList<QByteArray> &recipients = {"fran@servidor.edu"})
{
    SmtpClientJob job;
    job.useEhlo = useEhlo;
    job.heloName = "cliente.fr";
    job.mailFrom = "ana@cliente.fr";
    job.recipients = recipients;
    job.content = "Ola\r\n";
    return job;
}

SmtpClientJob authJob()
{
    SmtpClientJob job = helloJob(true);
    job.authUser = "ana@cliente.fr";
    job.authPassword = "segredo";
    return job;
}

SmtpClientJob eightBitJob()
{
    SmtpClientJob job = helloJob(true);
    job.content = "Ola, Fran.\r\nCaf\xc3\xa9?\r\n";
    job.eightBit = true;
    return job;
}

// How the last fallback was told the server had been greeted ("" when none ran).
QByteArray fallbackToldGreeting;

// A stand-in for MimeComposer::downgradeToSevenBit: each 8-bit octet as =XX.
QByteArray escapeEightBit(const QByteArray &content, SmtpGreeting greeting)
{
    fallbackToldGreeting = greeting == SmtpGreeting::Helo ? "HELO" : "EHLO";
    QByteArray out;
    for (const char c : content) {
        const auto octet = static_cast<unsigned char>(c);
        if (octet > 0x7f)
            out += '=' + QByteArray::number(octet, 16).toUpper();
        else
            out += c;
    }
    return out;
}

SmtpClientJob fallbackJob()
{
    SmtpClientJob job = eightBitJob();
    job.sevenBitFallback = escapeEightBit;
    return job;
}

// Feeds reply lines and returns what the engine wrote in answer.
QList<Utterance> feed(SmtpClientSession *engine, const QByteArray &wire)
{
    engine->receive(wire);
    return engine->takeOutput();
}

} // namespace

class TestSmtpClientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversation_data();
    void conversation();
    void ehloRefusal_data();
    void ehloRefusal();
    void contentLines_data();
    void contentLines();
    void oneUtterancePerCommand();
    void heardRepliesAreWhole();
    void authIsSensitive();
    void extensionsAndEnhancedCodes();
    void statesAndPhases();
    void replyCodeChangingMidReplyIsAnError();
    void sevenBitAndUtf8_data();
    void sevenBitAndUtf8();
    void needsSmtpUtf8_data();
    void needsSmtpUtf8();
};

void TestSmtpClientSession::conversation_data()
{
    using Outcome = SmtpClientResult::Outcome;
    QTest::addColumn<QString>("script");
    QTest::addColumn<SmtpClientJob>("job");
    QTest::addColumn<QByteArray>("outcome");
    QTest::addColumn<QByteArrayList>("accepted");
    QTest::addColumn<QByteArrayList>("rejected");
    QTest::addColumn<QByteArray>("failedCommand");
    QTest::addColumn<int>("lastCode");
    QTest::addColumn<bool>("closes"); // the engine asked to close (false: the peer did)

    const QByteArrayList fran{"fran@servidor.edu"};
    const QByteArrayList none;
    SmtpClientJob dots = helloJob(false);
    dots.content = ".hidden\r\n.\r\nplain\n..two\r\nno final line end";

    QTest::newRow("course transcript with HELO") << "course" << courseJob() << outcomeName(Outcome::Delivered)
                                                 << fran << none << QByteArray() << 250 << true;
    QTest::newRow("EHLO refused falls back to HELO")
        << "ehlo-fallback" << helloJob(true) << outcomeName(Outcome::Delivered) << fran << none
        << QByteArray() << 250 << true;
    QTest::newRow("pipelining groups MAIL RCPT and DATA")
        << "pipelining" << helloJob(true, {"fran@servidor.edu", "eva@servidor.edu"})
        << outcomeName(Outcome::Delivered) << QByteArrayList{"fran@servidor.edu", "eva@servidor.edu"} << none
        << QByteArray() << 250 << true;
    QTest::newRow("without pipelining one command at a time")
        << "no-pipelining" << helloJob(true, {"fran@servidor.edu", "eva@servidor.edu"})
        << outcomeName(Outcome::Delivered) << QByteArrayList{"fran@servidor.edu", "eva@servidor.edu"} << none
        << QByteArray() << 250 << true;
    QTest::newRow("leading dots are stuffed") << "dot-stuffing" << dots << outcomeName(Outcome::Delivered)
                                              << fran << none << QByteArray() << 250 << true;
    QTest::newRow("one recipient refused one accepted")
        << "mixed-recipients" << helloJob(false, {"ninguen@servidor.edu", "fran@servidor.edu"})
        << outcomeName(Outcome::Delivered) << fran << QByteArrayList{"ninguen@servidor.edu"} << QByteArray()
        << 250 << true;
    QTest::newRow("every recipient refused permanently")
        << "all-refused" << helloJob(false, {"ninguen@servidor.edu", "fran@outro.example"})
        << outcomeName(Outcome::PermanentFailure) << none
        << QByteArrayList{"ninguen@servidor.edu", "fran@outro.example"} << QByteArray("RCPT") << 554 << true;
    QTest::newRow("mailbox full makes the refusal transient")
        << "refused-transient" << helloJob(false, {"ninguen@servidor.edu", "fran@outro.example"})
        << outcomeName(Outcome::TransientFailure) << none
        << QByteArrayList{"ninguen@servidor.edu", "fran@outro.example"} << QByteArray("RCPT") << 452 << true;
    QTest::newRow("pipelined DATA refused when nobody was accepted")
        << "pipelined-all-refused" << helloJob(true, {"ninguen@servidor.edu"})
        << outcomeName(Outcome::PermanentFailure) << none << QByteArrayList{"ninguen@servidor.edu"}
        << QByteArray("RCPT") << 550 << true;
    QTest::newRow("pipelined DATA accepted when nobody was gets only the dot")
        << "pipelined-empty-data" << helloJob(true, {"ninguen@servidor.edu"})
        << outcomeName(Outcome::PermanentFailure) << none << QByteArrayList{"ninguen@servidor.edu"}
        << QByteArray("RCPT") << 550 << true;
    QTest::newRow("pipelined MAIL refused waits for the other replies")
        << "pipelined-mail-refused" << helloJob(true) << outcomeName(Outcome::PermanentFailure) << none
        << none << QByteArray("MAIL") << 553 << true;
    QTest::newRow("MAIL refused") << "mail-refused" << helloJob(false)
                                  << outcomeName(Outcome::PermanentFailure) << none << none
                                  << QByteArray("MAIL") << 553 << true;
    QTest::newRow("message refused with 451 after the dot")
        << "content-451" << helloJob(false) << outcomeName(Outcome::TransientFailure) << fran << none
        << QByteArray("DATA") << 451 << true;
    QTest::newRow("message refused with 554 after the dot")
        << "content-554" << helloJob(false) << outcomeName(Outcome::PermanentFailure) << fran << none
        << QByteArray("DATA") << 554 << true;
    QTest::newRow("greeting 421 closes without QUIT")
        << "greeting-421" << helloJob(true) << outcomeName(Outcome::TransientFailure) << none << none
        << QByteArray() << 421 << true;
    QTest::newRow("greeting 554 still says QUIT")
        << "greeting-554" << helloJob(true) << outcomeName(Outcome::PermanentFailure) << none << none
        << QByteArray() << 554 << true;
    QTest::newRow("AUTH PLAIN accepted") << "auth-plain" << authJob() << outcomeName(Outcome::Delivered)
                                         << fran << none << QByteArray() << 250 << true;
    QTest::newRow("AUTH PLAIN refused with 535")
        << "auth-535" << authJob() << outcomeName(Outcome::PermanentFailure) << none << none
        << QByteArray("AUTH") << 535 << true;
    QTest::newRow("AUTH PLAIN not offered")
        << "auth-not-offered" << authJob() << outcomeName(Outcome::PermanentFailure) << none << none
        << QByteArray("AUTH") << 0 << true;
    QTest::newRow("SIZE and BODY parameters when offered")
        << "size-8bitmime" << eightBitJob() << outcomeName(Outcome::Delivered) << fran << none << QByteArray()
        << 250 << true;
    QTest::newRow("8-bit content without 8BITMIME nor a fallback")
        << "no-8bitmime" << eightBitJob() << outcomeName(Outcome::PermanentFailure) << none << none
        << QByteArray("MAIL") << 554 << true;
    QTest::newRow("connection lost after the content")
        << "lost-in-data" << helloJob(false) << outcomeName(Outcome::TransientFailure) << fran << none
        << QByteArray("DATA") << 0 << false;
    QTest::newRow("malformed reply") << "malformed-reply" << helloJob(false)
                                     << outcomeName(Outcome::TransientFailure) << none << none
                                     << QByteArray("MAIL") << 0 << true;
    QTest::newRow("421 in the middle closes without QUIT")
        << "421-midway" << helloJob(false) << outcomeName(Outcome::TransientFailure) << none << none
        << QByteArray("MAIL") << 421 << true;
    QTest::newRow("timeout waiting for RCPT reply")
        << "timeout" << helloJob(false) << outcomeName(Outcome::TransientFailure) << none << none
        << QByteArray("RCPT") << 0 << true;
    QTest::newRow("server closes after QUIT without 221")
        << "closed-before-221" << helloJob(false) << outcomeName(Outcome::Delivered) << fran << none
        << QByteArray() << 250 << false;
}

void TestSmtpClientSession::conversation()
{
    QFETCH(QString, script);
    QFETCH(SmtpClientJob, job);
    QFETCH(QByteArray, outcome);
    QFETCH(QByteArrayList, accepted);
    QFETCH(QByteArrayList, rejected);
    QFETCH(QByteArray, failedCommand);
    QFETCH(int, lastCode);
    QFETCH(bool, closes);

    const QString text = readScript(script);
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no script %1").arg(script)));
    SmtpClientSession engine(job);
    const QString error = EngineScript::run(&engine, text, EngineScript::Role::EngineIsClient);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(engine.isFinished());
    QCOMPARE(engine.state(), SmtpClientSession::State::Done);
    QCOMPARE(engine.wantsClose(), closes);
    const SmtpClientResult &result = engine.result();
    QCOMPARE(outcomeName(result.outcome), outcome);
    QCOMPARE(result.acceptedRecipients, accepted);
    QByteArrayList rejectedAddresses;
    for (const auto &refusal : result.rejectedRecipients) {
        rejectedAddresses.append(refusal.first);
        QVERIFY2(refusal.second.code >= 400, refusal.first.constData());
    }
    QCOMPARE(rejectedAddresses, rejected);
    QCOMPARE(result.failedCommand, failedCommand);
    QCOMPARE(result.lastReply.code, lastCode);
    if (lastCode == 0)
        QVERIFY(!result.lastReply.text().isEmpty()); // says why
}

void TestSmtpClientSession::ehloRefusal_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("next"); // the command the client sends then
    QTest::addColumn<QByteArray>("outcome");

    // RFC 5321 §4.1.4: these mean "EHLO not understood", so HELO is tried.
    QTest::newRow("500 falls back to HELO")
        << QByteArray("500 What?") << QByteArray("HELO cliente.fr") << QByteArray("Pending");
    QTest::newRow("502 falls back to HELO")
        << QByteArray("502 No") << QByteArray("HELO cliente.fr") << QByteArray("Pending");
    QTest::newRow("504 falls back to HELO")
        << QByteArray("504 No") << QByteArray("HELO cliente.fr") << QByteArray("Pending");
    QTest::newRow("550 falls back to HELO")
        << QByteArray("550 No") << QByteArray("HELO cliente.fr") << QByteArray("Pending");
    // Anything else is a refusal of the client itself.
    QTest::newRow("554 gives up") << QByteArray("554 Go away") << QByteArray("QUIT")
                                  << QByteArray("PermanentFailure");
    QTest::newRow("451 gives up for now")
        << QByteArray("451 Later") << QByteArray("QUIT") << QByteArray("TransientFailure");
}

void TestSmtpClientSession::ehloRefusal()
{
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, next);
    QFETCH(QByteArray, outcome);
    SmtpClientSession engine(helloJob(true));
    feed(&engine, "220 servidor.edu ESMTP\r\n");
    const QList<Utterance> out = feed(&engine, reply + "\r\n");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).lines, QByteArrayList{next});
    QCOMPARE(out.at(0).phase, next == "QUIT" ? Phase::Closing : Phase::Opening);
    QCOMPARE(outcomeName(engine.result().outcome), outcome);
    if (next == "QUIT")
        QCOMPARE(engine.result().failedCommand, QByteArray("EHLO"));
}

void TestSmtpClientSession::contentLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArrayList>("lines");

    QTest::newRow("empty content is just the dot") << QByteArray() << QByteArrayList{"."};
    QTest::newRow("CR LF lines") << QByteArray("a\r\nb\r\n") << QByteArrayList{"a", "b", "."};
    QTest::newRow("bare LF is a line end") << QByteArray("a\nb\n") << QByteArrayList{"a", "b", "."};
    QTest::newRow("bare CR is a line end") << QByteArray("a\rb") << QByteArrayList{"a", "b", "."};
    QTest::newRow("missing final line end is added") << QByteArray("a\r\nb") << QByteArrayList{"a", "b", "."};
    QTest::newRow("empty lines are kept")
        << QByteArray("a\r\n\r\nb\r\n") << QByteArrayList{"a", "", "b", "."};
    QTest::newRow("lone dot is doubled") << QByteArray(".\r\n") << QByteArrayList{"..", "."};
    QTest::newRow("leading dot is doubled")
        << QByteArray(".hidden\r\n..x\r\n") << QByteArrayList{"..hidden", "...x", "."};
    QTest::newRow("dot inside a line is left alone")
        << QByteArray("a.b .\r\n") << QByteArrayList{"a.b .", "."};
}

void TestSmtpClientSession::contentLines()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArrayList, lines);
    QCOMPARE(SmtpClientSession::contentLines(content), lines);
}

void TestSmtpClientSession::oneUtterancePerCommand()
{
    SmtpClientSession engine(helloJob(true, {"fran@servidor.edu", "eva@servidor.edu"}));
    QList<Utterance> out = feed(&engine, "220 servidor.edu ESMTP\r\n");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).lines, QByteArrayList{"EHLO cliente.fr"});
    QCOMPARE(out.at(0).phase, Phase::Opening);

    // RFC 2920: the whole group in one go, each command its own utterance.
    out = feed(&engine, "250-servidor.edu\r\n250 PIPELINING\r\n");
    QCOMPARE(out.size(), 4);
    const QByteArrayList expected{"MAIL FROM:<ana@cliente.fr>", "RCPT TO:<fran@servidor.edu>",
                                  "RCPT TO:<eva@servidor.edu>", "DATA"};
    for (int i = 0; i < out.size(); ++i) {
        QCOMPARE(out.at(i).lines, QByteArrayList{expected.at(i)});
        QCOMPARE(out.at(i).phase, Phase::Transfer);
        QVERIFY(out.at(i).code.isEmpty());
        QVERIFY(!out.at(i).closeAfter);
        QVERIFY(!out.at(i).sensitive);
    }

    // Replies split across reads still match in order.
    QVERIFY(feed(&engine, "250 Ok\r\n250 O").isEmpty());
    QCOMPARE(engine.state(), SmtpClientSession::State::Rcpt);
    QVERIFY(feed(&engine, "k\r\n250 Ok\r\n").isEmpty());
    QCOMPARE(engine.state(), SmtpClientSession::State::Data);

    // The content and its final "." are one utterance.
    out = feed(&engine, "354 Go ahead\r\n");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).lines, (QByteArrayList{"Ola", "."}));
    QCOMPARE(out.at(0).phase, Phase::Transfer);

    out = feed(&engine, "250 Queued\r\n");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).lines, QByteArrayList{"QUIT"});
    QCOMPARE(out.at(0).phase, Phase::Closing);
    QVERIFY(!out.at(0).closeAfter); // QUIT is written; the close waits for 221
    QVERIFY(!engine.wantsClose());
    QVERIFY(!engine.isFinished());

    // After 221 the client closes: an empty utterance that only closes.
    out = feed(&engine, "221 Bye\r\n");
    QCOMPARE(out.size(), 1);
    QVERIFY(out.at(0).lines.isEmpty());
    QVERIFY(out.at(0).closeAfter);
    QVERIFY(engine.wantsClose());
    QVERIFY(engine.isFinished());
    QCOMPARE(outcomeName(engine.result().outcome), QByteArray("Delivered"));
}

void TestSmtpClientSession::heardRepliesAreWhole()
{
    SmtpClientSession engine(helloJob(true));
    feed(&engine,
         "220 servidor.edu ESMTP\r\n250-servidor.edu\r\n250-SIZE 1000\r\n"
         "250 HELP\r\n250 Ok\r\n");
    const QList<Utterance> heard = engine.takeHeard();
    QCOMPARE(heard.size(), 3);
    QCOMPARE(heard.at(0).lines, QByteArrayList{"220 servidor.edu ESMTP"});
    QCOMPARE(heard.at(0).code, QByteArray("220"));
    QCOMPARE(heard.at(0).phase, Phase::Opening);
    QCOMPARE(heard.at(1).lines, (QByteArrayList{"250-servidor.edu", "250-SIZE 1000", "250 HELP"}));
    QCOMPARE(heard.at(1).code, QByteArray("250"));
    QCOMPARE(heard.at(1).phase, Phase::Opening);
    QCOMPARE(heard.at(2).lines, QByteArrayList{"250 Ok"});
    QCOMPARE(heard.at(2).phase, Phase::Transfer); // answers MAIL
}

void TestSmtpClientSession::authIsSensitive()
{
    SmtpClientSession engine(authJob());
    feed(&engine, "220 servidor.edu ESMTP\r\n");
    const QList<Utterance> out = feed(&engine, "250-servidor.edu\r\n250 AUTH LOGIN PLAIN\r\n");
    QCOMPARE(out.size(), 1);
    QVERIFY(out.at(0).sensitive);
    QCOMPARE(out.at(0).phase, Phase::Opening);
    const QByteArray line = out.at(0).lines.value(0);
    QVERIFY(line.startsWith("AUTH PLAIN "));
    QCOMPARE(QByteArray::fromBase64(line.mid(11)), QByteArray("\0ana@cliente.fr\0segredo", 23));
    QCOMPARE(engine.state(), SmtpClientSession::State::Auth);
}

void TestSmtpClientSession::extensionsAndEnhancedCodes()
{
    SmtpClientSession engine(helloJob(true));
    feed(&engine, "220 servidor.edu ESMTP\r\n");
    feed(&engine,
         "250-servidor.edu greets cliente.fr\r\n250-pipelining\r\n"
         "250-Size 10485760\r\n250-ENHANCEDSTATUSCODES\r\n250 8bitmime\r\n");
    QCOMPARE(engine.result().extensions,
             (QByteArrayList{"PIPELINING", "SIZE 10485760", "ENHANCEDSTATUSCODES", "8BITMIME"}));
    QVERIFY(engine.hasExtension("pipelining"));
    QVERIFY(engine.hasExtension("SIZE"));
    QVERIFY(!engine.hasExtension("AUTH"));

    feed(&engine,
         "250 2.1.0 Ok\r\n550-5.1.1 No such user\r\n550 5.1.1 here\r\n"
         "554 5.5.1 No valid recipients\r\n221 2.0.0 Bye\r\n");
    const SmtpClientResult &result = engine.result();
    QCOMPARE(outcomeName(result.outcome), QByteArray("PermanentFailure"));
    QCOMPARE(result.rejectedRecipients.size(), 1);
    const SmtpReply &refusal = result.rejectedRecipients.first().second;
    QCOMPARE(refusal.code, 550);
    QCOMPARE(refusal.enhanced, QByteArray("5.1.1"));
    QCOMPARE(refusal.lines, (QByteArrayList{"No such user", "here"}));
    QCOMPARE(result.lastReply.enhanced, QByteArray("5.1.1"));
}

void TestSmtpClientSession::statesAndPhases()
{
    SmtpClientSession engine(courseJob());
    QCOMPARE(engine.state(), SmtpClientSession::State::WaitGreeting);
    QCOMPARE(engine.phase(), Phase::Opening);
    QCOMPARE(outcomeName(engine.result().outcome), QByteArray("Pending"));
    feed(&engine, "220 servidor.edu\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Helo);
    feed(&engine, "250 Hello\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Mail);
    QCOMPARE(engine.phase(), Phase::Transfer);
    feed(&engine, "250 Ok\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Rcpt);
    feed(&engine, "250 Ok\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Data);
    feed(&engine, "354 Go\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Content);
    feed(&engine, "250 Ok\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Quit);
    QCOMPARE(engine.phase(), Phase::Closing);
    QCOMPARE(outcomeName(engine.result().outcome), QByteArray("Delivered"));
    feed(&engine, "221 Bye\r\n");
    QCOMPARE(engine.state(), SmtpClientSession::State::Done);
    // Late events change nothing once finished.
    engine.connectionLost();
    engine.timeout();
    QCOMPARE(outcomeName(engine.result().outcome), QByteArray("Delivered"));
}

void TestSmtpClientSession::replyCodeChangingMidReplyIsAnError()
{
    SmtpClientSession engine(helloJob(true));
    feed(&engine, "220 servidor.edu ESMTP\r\n");
    const QList<Utterance> out = feed(&engine, "250-servidor.edu\r\n251 PIPELINING\r\n");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).lines, QByteArrayList{"QUIT"});
    QCOMPARE(outcomeName(engine.result().outcome), QByteArray("TransientFailure"));
    QCOMPARE(engine.result().failedCommand, QByteArray("EHLO"));
    QCOMPARE(engine.result().lastReply.code, 0);
    // Whatever the server says next, the client closes.
    feed(&engine, "junk\r\n");
    QVERIFY(engine.isFinished());
    QVERIFY(engine.wantsClose());
}

void TestSmtpClientSession::sevenBitAndUtf8_data()
{
    using Outcome = SmtpClientResult::Outcome;
    QTest::addColumn<QString>("script");
    QTest::addColumn<SmtpClientJob>("job");
    QTest::addColumn<QByteArray>("outcome");
    QTest::addColumn<QByteArray>("failedCommand");
    QTest::addColumn<QByteArray>("enhanced"); // of result.lastReply
    QTest::addColumn<bool>("downgraded");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QByteArray>("greeting"); // what the fallback was told; empty: not called

    SmtpClientJob helo = fallbackJob();
    helo.useEhlo = false;
    SmtpClientJob utf8 = helloJob(true, {"jos\xc3\xa9@servidor.edu"});
    utf8.content = "Subject: Ol\xc3\xa1\r\n\r\nOla\r\n";
    SmtpClientJob utf8Sender = helloJob(true);
    utf8Sender.mailFrom = "a\xc3\xb1\xc3\xa1@cliente.fr";
    utf8Sender.sevenBitFallback = escapeEightBit;
    SmtpClientJob utf8Header = fallbackJob();
    utf8Header.content = "Subject: Ol\xc3\xa1\r\n\r\nOla\r\n";

    QTest::newRow("8BITMIME offered: the content as is, the fallback unused")
        << "size-8bitmime" << fallbackJob() << outcomeName(Outcome::Delivered) << QByteArray() << QByteArray()
        << false << false << QByteArray();
    QTest::newRow("no 8BITMIME: the fallback's 7-bit message is sent")
        << "8bitmime-fallback" << fallbackJob() << outcomeName(Outcome::Delivered) << QByteArray()
        << QByteArray() << true << false << QByteArray("EHLO");
    QTest::newRow("no 8BITMIME and no fallback: nothing is sent")
        << "no-8bitmime" << eightBitJob() << outcomeName(Outcome::PermanentFailure) << QByteArray("MAIL")
        << QByteArray("5.6.3") << false << false << QByteArray();
    QTest::newRow("HELO has no 8BITMIME: the fallback's message is sent")
        << "helo-fallback" << helo << outcomeName(Outcome::Delivered) << QByteArray() << QByteArray() << true
        << false << QByteArray("HELO");
    QTest::newRow("EHLO refused, then HELO: the fallback is told HELO")
        << "ehlo-refused-8bit" << fallbackJob() << outcomeName(Outcome::Delivered) << QByteArray()
        << QByteArray() << true << false << QByteArray("HELO");
    QTest::newRow("SMTPUTF8 offered: UTF-8 recipient and header")
        << "smtputf8" << utf8 << outcomeName(Outcome::Delivered) << QByteArray() << QByteArray() << false
        << true << QByteArray();
    QTest::newRow("SMTPUTF8 not offered: a UTF-8 sender fails")
        << "no-smtputf8" << utf8Sender << outcomeName(Outcome::PermanentFailure) << QByteArray("MAIL")
        << QByteArray("5.6.7") << false << false << QByteArray();
    QTest::newRow("SMTPUTF8 not offered: a UTF-8 header fails, fallback or not")
        << "no-smtputf8" << utf8Header << outcomeName(Outcome::PermanentFailure) << QByteArray("MAIL")
        << QByteArray("5.6.7") << false << false << QByteArray();
}

void TestSmtpClientSession::sevenBitAndUtf8()
{
    QFETCH(QString, script);
    QFETCH(SmtpClientJob, job);
    QFETCH(QByteArray, outcome);
    QFETCH(QByteArray, failedCommand);
    QFETCH(QByteArray, enhanced);
    QFETCH(bool, downgraded);
    QFETCH(bool, smtpUtf8);
    QFETCH(QByteArray, greeting);

    fallbackToldGreeting.clear();
    const QString text = readScript(script);
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no script %1").arg(script)));
    SmtpClientSession engine(job);
    const QString error = EngineScript::run(&engine, text, EngineScript::Role::EngineIsClient);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(engine.isFinished());
    const SmtpClientResult &result = engine.result();
    QCOMPARE(outcomeName(result.outcome), outcome);
    QCOMPARE(result.failedCommand, failedCommand);
    QCOMPARE(result.downgraded, downgraded);
    QCOMPARE(result.smtpUtf8, smtpUtf8);
    QCOMPARE(fallbackToldGreeting, greeting);
    if (!enhanced.isEmpty()) {
        // A verdict of the client's own, worded for the bounce it causes.
        QCOMPARE(result.lastReply.enhanced, enhanced);
        QVERIFY(result.lastReply.text().contains(enhanced == "5.6.3" ? "8BITMIME" : "SMTPUTF8"));
    }
    if (downgraded) {
        // What went after 354 is 7-bit, every line of it.
        for (const QByteArray &line : EngineScript::lastOutput()) {
            for (const char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, line.constData());
        }
    }
}

void TestSmtpClientSession::needsSmtpUtf8_data()
{
    QTest::addColumn<QByteArray>("mailFrom");
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("needed");

    const QByteArray ana = "ana@cliente.fr";
    const QByteArray fran = "fran@servidor.edu";
    QTest::newRow("ASCII everywhere") << ana << fran << QByteArray("Subject: Ola\r\n\r\nOla\r\n") << false;
    QTest::newRow("8-bit body only") << ana << fran << QByteArray("Subject: Ola\r\n\r\nCaf\xc3\xa9\r\n")
                                     << false;
    QTest::newRow("bare text without headers (the course's)")
        << ana << fran << QByteArray("Caf\xc3\xa9?\r\nOla: si\r\n") << false;
    QTest::newRow("8-bit header") << ana << fran << QByteArray("Subject: Caf\xc3\xa9\r\n\r\nOla\r\n") << true;
    QTest::newRow("8-bit folded header")
        << ana << fran << QByteArray("Subject: Ola\r\n caf\xc3\xa9\r\n\r\nOla\r\n") << true;
    QTest::newRow("UTF-8 sender") << QByteArray("an\xc3\xa1@cliente.fr") << fran << QByteArray("x") << true;
    QTest::newRow("UTF-8 recipient") << ana
                                     << QByteArray("fran@servidor.\xc3\xa9"
                                                   "du")
                                     << QByteArray("x") << true;
}

void TestSmtpClientSession::needsSmtpUtf8()
{
    QFETCH(QByteArray, mailFrom);
    QFETCH(QByteArray, recipient);
    QFETCH(QByteArray, content);
    QFETCH(bool, needed);
    SmtpClientJob job;
    job.mailFrom = mailFrom;
    job.recipients = {recipient};
    job.content = content;
    QCOMPARE(SmtpClientSession::needsSmtpUtf8(job), needed);
}

QTEST_GUILESS_MAIN(TestSmtpClientSession)
#include "tst_smtpclientsession.moc"
