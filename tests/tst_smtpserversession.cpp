// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for SmtpServerSession: the course's transcript byte for byte, every
// reply code, the limits (line length, size, recipients, errors, timeout),
// pipelining, AUTH PLAIN/LOGIN on submission, dot-unstuffing and odd octets.
#include "enginescript.h"
#include "protocol/smtpserversession.h"

#include <QFile>
#include <QSet>
#include <QTest>

namespace {

const QByteArray domain = "servidor.edu";

// A mail host in miniature: fran@servidor.edu (and user1…user150) exist,
// other local users are 550 5.1.1, other domains are not relayed.
class FakeDelegate : public SmtpServerDelegate
{
public:
    FakeDelegate()
    {
        users.insert("fran@servidor.edu");
        for (int i = 1; i <= 150; ++i)
            users.insert("user" + QByteArray::number(i) + "@servidor.edu");
        users.insert("jos\xc3\xa9@servidor.edu"); // RFC 6531: josé
    }

    bool authenticate(const QByteArray &user, const QByteArray &password) override
    {
        return user == "ana@cliente.fr" && password == "claveejemplo";
    }

    SmtpReply checkSender(const SmtpEnvelope &, const QByteArray &sender) override
    {
        if (sender == "spammer@example.com")
            return SmtpReply(550, "5.7.1", "Sender rejected");
        return SmtpReply(250, QByteArray(), QByteArray()); // the engine's text
    }

    SmtpReply checkRecipient(const SmtpEnvelope &, const QByteArray &recipient) override
    {
        if (users.contains(recipient) || recipient.compare("postmaster", Qt::CaseInsensitive) == 0)
            return SmtpServerSession::recipientOk(recipient);
        if (recipient == "full@servidor.edu")
            return SmtpReply(452, "4.2.2", "Mailbox full");
        if (!recipient.endsWith("@servidor.edu"))
            return SmtpReply(554, "5.7.1", "Relay access denied");
        return SmtpReply(550, "5.1.1", "User unknown");
    }

    SmtpReply acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content) override
    {
        stored.append(content);
        envelopes.append(envelope);
        SmtpReply accepted = SmtpServerSession::messageAccepted();
        accepted.durableTicket = durableTicket;
        return accepted;
    }

    QSet<QByteArray> users;
    quint64 durableTicket = 0; // as a store on disk gives: the 250 waits for it
    QList<QByteArray> stored;
    QList<SmtpEnvelope> envelopes;
};

// "submission maxErrors=3 maxSize=64 maxRecipients=2 noEnhanced no8bitmime noSmtputf8"
SmtpServerConfig configFrom(const QString &options)
{
    SmtpServerConfig config;
    config.domain = domain;
    const QStringList words = options.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString name = word.section(QLatin1Char('='), 0, 0);
        const qint64 value = word.section(QLatin1Char('='), 1).toLongLong();
        if (name == QLatin1String("submission"))
            config.submission = true;
        else if (name == QLatin1String("maxErrors"))
            config.maximumErrors = int(value);
        else if (name == QLatin1String("maxSize"))
            config.maximumMessageSize = value;
        else if (name == QLatin1String("maxRecipients"))
            config.maximumRecipients = int(value);
        else if (name == QLatin1String("noEnhanced"))
            config.enhancedStatusCodes = false;
        else if (name == QLatin1String("no8bitmime"))
            config.eightBitMime = false;
        else if (name == QLatin1String("noSmtputf8"))
            config.smtpUtf8 = false;
        else
            qFatal("unknown option %s", qPrintable(word));
    }
    return config;
}

QString readScript(const QString &name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Output lines of a list of utterances.
QList<QByteArray> linesOf(const QList<Utterance> &utterances)
{
    QList<QByteArray> lines;
    for (const Utterance &u : utterances)
        lines += u.lines;
    return lines;
}

const char ehloSession[] = "S: 220 servidor.edu\n"
                           "C: EHLO cliente.fr\n"
                           "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\n"
                           "S~ 250 .*\n";
const char heloSession[] = "S: 220 servidor.edu\n"
                           "C: HELO cliente.fr\n"
                           "S: 250 Hello cliente.fr, pleased to meet you\n";
const char authedSession[] = "S: 220 servidor.edu\n"
                             "C: EHLO cliente.fr\n"
                             "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\n"
                             "S~ 250-.*\nS: 250 AUTH PLAIN LOGIN\n"
                             "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\n"
                             "S: 235 2.7.0 Authentication successful\n";

} // namespace

class TestSmtpServerSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void courseTranscript();
    void replyLines();
    void submissionScript();
    void scripts_data();
    void scripts();
    void hundredRecipients();
    void pipelining();
    void textAfterQuitIsIgnored();
    void malformedCommandLines_data();
    void malformedCommandLines();
    void commandLineLengthLimit();
    void megabyteCommandLine();
    void megabyteTextLine();
    void oversizedMessageIsNotBuffered();
    void contentOctets();
    void heardUtterances();
    void replyUtterances();
    void allowedCommands();
    void envelope();
    void connectionLostDuringData();
    void smtpUtf8Script();
    void smtpUtf8Octets_data();
    void smtpUtf8Octets();
    void acceptedReplyCarriesItsDurableTicket();
};

void TestSmtpServerSession::courseTranscript()
{
    const QString script = readScript(QStringLiteral("smtp-server-course.script"));
    QVERIFY(!script.isEmpty());
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    QCOMPARE(EngineScript::run(&engine, script, EngineScript::Role::EngineIsServer), QString());

    // Byte-exact: what the engine wrote is exactly the course's S: lines.
    QByteArray expected;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("S: ")))
            expected += line.mid(3).toUtf8() + "\r\n";
    }
    QByteArray written;
    for (const QByteArray &line : EngineScript::lastOutput())
        written += line + "\r\n";
    QCOMPARE(written, expected);

    QCOMPARE(delegate.stored.size(), 1);
    QCOMPARE(delegate.stored.first(), QByteArray("Quedamos hoxe?\r\nA que hora e onde?\r\n"));
    const SmtpEnvelope &stored = delegate.envelopes.first();
    QCOMPARE(stored.heloName, QByteArray("cliente.fr"));
    QVERIFY(!stored.extended);
    QCOMPARE(stored.mailFrom, QByteArray("ana@cliente.fr"));
    QCOMPARE(stored.recipients, QList<QByteArray>{"fran@servidor.edu"});
    QVERIFY(engine.wantsClose());
    QCOMPARE(engine.state(), SmtpServerSession::State::Closed);
    QCOMPARE(engine.phase(), Phase::Closing);
}

void TestSmtpServerSession::submissionScript()
{
    const QString script = readScript(QStringLiteral("smtp-server-submission.script"));
    QVERIFY(!script.isEmpty());
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QStringLiteral("submission")), &delegate);
    QCOMPARE(EngineScript::run(&engine, script, EngineScript::Role::EngineIsServer), QString());
    QCOMPARE(delegate.stored, QList<QByteArray>{"Subject: hoxe\r\n\r\nQuedamos hoxe?\r\n"});
    QCOMPARE(delegate.envelopes.first().authenticatedUser, QByteArray("ana@cliente.fr"));
    QCOMPARE(delegate.envelopes.first().bodyType, QByteArray("8BITMIME"));
    QCOMPARE(delegate.envelopes.first().declaredSize, qint64(43));
}

void TestSmtpServerSession::scripts_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QList<QByteArray>>("stored");

    const QString ehlo = QLatin1String(ehloSession);
    const QString helo = QLatin1String(heloSession);
    const QString authed = QLatin1String(authedSession);
    const QList<QByteArray> none;

    // --- Greeting and EHLO ---
    QTest::newRow("EHLO advertises the extensions")
        << QString()
        << QStringLiteral("S: 220 servidor.edu\n"
                          "C: EHLO cliente.fr\n"
                          "S: 250-servidor.edu Hello cliente.fr, pleased to meet you\n"
                          "S: 250-PIPELINING\n"
                          "S: 250-SIZE 10485760\n"
                          "S: 250-8BITMIME\n"
                          "S: 250-SMTPUTF8\n"
                          "S: 250-ENHANCEDSTATUSCODES\n"
                          "S: 250 HELP\n")
        << none;
    QTest::newRow("EHLO on submission advertises AUTH")
        << QStringLiteral("submission maxSize=2048")
        << QStringLiteral("S: 220 servidor.edu\n"
                          "C: EHLO cliente.fr\n"
                          "S: 250-servidor.edu Hello cliente.fr, pleased to meet you\n"
                          "S: 250-PIPELINING\n"
                          "S: 250-SIZE 2048\n"
                          "S: 250-8BITMIME\n"
                          "S: 250-SMTPUTF8\n"
                          "S: 250-ENHANCEDSTATUSCODES\n"
                          "S: 250-HELP\n"
                          "S: 250 AUTH PLAIN LOGIN\n")
        << none;
    QTest::newRow("EHLO without enhanced status codes")
        << QStringLiteral("noEnhanced")
        << QStringLiteral("S: 220 servidor.edu\n"
                          "C: EHLO cliente.fr\n"
                          "S: 250-servidor.edu Hello cliente.fr, pleased to meet you\n"
                          "S: 250-PIPELINING\n"
                          "S: 250-SIZE 10485760\n"
                          "S: 250-8BITMIME\n"
                          "S: 250-SMTPUTF8\n"
                          "S: 250 HELP\n"
                          "C: MAIL FROM:<ana@cliente.fr>\n"
                          "S: 250 ana@cliente.fr... Sender ok\n")
        << none;
    QTest::newRow("whole message after EHLO has enhanced codes") << QString()
                                                                 << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 250 2.1.5 fran@servidor.edu ... Recipient ok\n"
                             "C: DATA\n"
                             "S: 354 Enter mail, end with \".\" on a line by itself\n"
                             "C: Ola\n"
                             "C: .\n"
                             "S: 250 2.0.0 Message accepted for delivery\n"
                             "C: QUIT\n"
                             "S: 221 2.0.0 servidor.edu closing connection\n")
                                                                 << QList<QByteArray>{"Ola\r\n"};
    QTest::newRow("commands in lower case") << QString()
                                            << QStringLiteral("S: 220 servidor.edu\n"
                                                              "C: helo cliente.fr\n"
                                                              "S: 250 Hello cliente.fr, pleased to meet you\n"
                                                              "C: mail from:<ana@cliente.fr>\n"
                                                              "S: 250 ana@cliente.fr... Sender ok\n"
                                                              "C: rcpt to:<fran@servidor.edu>\n"
                                                              "S: 250 fran@servidor.edu ... Recipient ok\n"
                                                              "C: data\n"
                                                              "S~ 354 .*\n"
                                                              "C: x\n"
                                                              "C: .\n"
                                                              "S: 250 Message accepted for delivery\n"
                                                              "C: quit\n"
                                                              "S: 221 servidor.edu closing connection\n")
                                            << QList<QByteArray>{"x\r\n"};
    QTest::newRow("greeting text after the domain")
        << QStringLiteral("greeting") << QStringLiteral("S: 220 servidor.edu ESMTP Carteiro\n") << none;
    QTest::newRow("HELO without a name") << QString()
                                         << QStringLiteral("S: 220 servidor.edu\n"
                                                           "C: HELO\n"
                                                           "S: 501 Syntax: HELO hostname\n"
                                                           "C: EHLO\n"
                                                           "S: 501 Syntax: EHLO hostname\n")
                                         << none;
    QTest::newRow("HELO again resets the transaction") << QString()
                                                       << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 ana@cliente.fr... Sender ok\n"
                             "C: HELO outro.fr\n"
                             "S: 250 Hello outro.fr, pleased to meet you\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 503 Error: need MAIL command\n")
                                                       << none;

    // --- Addresses ---
    QTest::newRow("MAIL with and without a space after the colon") << QString()
                                                                   << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 ana@cliente.fr... Sender ok\n"
                             "C: RSET\n"
                             "S: 250 Ok\n"
                             "C: MAIL FROM: <ana@cliente.fr>\n"
                             "S: 250 ana@cliente.fr... Sender ok\n")
                                                                   << none;
    QTest::newRow("null sender") << QString()
                                 << helo
            + QStringLiteral("C: MAIL FROM:<>\n"
                             "S: 250 <>... Sender ok\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 250 fran@servidor.edu ... Recipient ok\n")
                                 << none;
    QTest::newRow("RCPT to postmaster without a domain") << QString()
                                                         << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 ana@cliente.fr... Sender ok\n"
                             "C: RCPT TO:<Postmaster>\n"
                             "S: 250 Postmaster ... Recipient ok\n")
                                                         << none;
    QTest::newRow("source route is ignored") << QString()
                                             << helo
            + QStringLiteral("C: MAIL FROM:<@relay.fr:ana@cliente.fr>\n"
                             "S: 250 ana@cliente.fr... Sender ok\n")
                                             << none;
    QTest::newRow("MAIL without angle brackets") << QString()
                                                 << ehlo
            + QStringLiteral("C: MAIL FROM:ana@cliente.fr\n"
                             "S: 501 5.5.4 Syntax: MAIL FROM:<address>\n"
                             "C: MAIL ana@cliente.fr\n"
                             "S: 501 5.5.4 Syntax: MAIL FROM:<address>\n"
                             "C: MAIL FROM:<ana@cliente.fr\n"
                             "S: 501 5.5.4 Syntax: MAIL FROM:<address>\n")
                                                 << none;
    QTest::newRow("bad sender mailbox") << QString()
                                        << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@@cliente.fr>\n"
                             "S: 553 5.1.7 Bad sender address syntax\n"
                             "C: MAIL FROM:<ana>\n"
                             "S: 553 5.1.7 Bad sender address syntax\n"
                             "C: MAIL FROM:<ana..b@cliente.fr>\n"
                             "S: 553 5.1.7 Bad sender address syntax\n"
                             "C: MAIL FROM:<\"ana b\"@cliente.fr>\n"
                             "S: 250 2.1.0 \"ana b\"@cliente.fr... Sender ok\n")
                                        << none;
    QTest::newRow("bad recipient mailbox") << QString()
                                           << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@-servidor.edu>\n"
                             "S: 553 5.1.3 Bad recipient address syntax\n"
                             "C: RCPT TO:<>\n"
                             "S: 553 5.1.3 Bad recipient address syntax\n"
                             "C: RCPT TO:fran@servidor.edu\n"
                             "S: 501 5.5.4 Syntax: RCPT TO:<address>\n")
                                           << none;
    QTest::newRow("path too long") << QString()
                                   << ehlo
            + QStringLiteral("C: MAIL FROM:<%1@cliente.fr>\n"
                             "S: 501 5.5.4 Path too long\n")
                  .arg(QString(300, QLatin1Char('a')))
                                   << none;

    // --- Parameters (RFC 1870, RFC 6152, RFC 5321 §4.1.1.11) ---
    QTest::newRow("SIZE within the maximum") << QStringLiteral("maxSize=1000")
                                             << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr> SIZE=1000\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n")
                                             << none;
    QTest::newRow("SIZE over the maximum") << QStringLiteral("maxSize=1000")
                                           << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr> SIZE=1001\n"
                             "S: 552 5.3.4 Message size exceeds fixed maximum message size\n"
                             "C: MAIL FROM:<ana@cliente.fr> SIZE=99999999999999999999999\n"
                             "S: 501 5.5.4 Bad SIZE parameter\n"
                             "C: MAIL FROM:<ana@cliente.fr> SIZE=ten\n"
                             "S: 501 5.5.4 Bad SIZE parameter\n")
                                           << none;
    QTest::newRow("BODY parameter") << QString()
                                    << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr> BODY=BINARYMIME\n"
                             "S: 501 5.5.4 Bad BODY parameter\n"
                             "C: MAIL FROM:<ana@cliente.fr> body=7bit\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n")
                                    << none;
    QTest::newRow("unknown MAIL parameter") << QString()
                                            << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr> RET=HDRS\n"
                             "S: 555 5.5.4 Unsupported parameter: RET\n")
                                            << none;
    QTest::newRow("parameter after HELO") << QString()
                                          << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr> SIZE=10\n"
                             "S: 555 Unsupported parameter: SIZE\n")
                                          << none;
    // --- 8BITMIME and SMTPUTF8 (RFC 6152, RFC 6531) ---
    QTest::newRow("EHLO without 8BITMIME and SMTPUTF8")
        << QStringLiteral("no8bitmime noSmtputf8")
        << QStringLiteral("S: 220 servidor.edu\n"
                          "C: EHLO cliente.fr\n"
                          "S: 250-servidor.edu Hello cliente.fr, pleased to meet you\n"
                          "S: 250-PIPELINING\n"
                          "S: 250-SIZE 10485760\n"
                          "S: 250-ENHANCEDSTATUSCODES\n"
                          "S: 250 HELP\n"
                          "C: MAIL FROM:<ana@cliente.fr> BODY=8BITMIME\n"
                          "S: 555 5.5.4 Unsupported parameter: BODY\n"
                          "C: MAIL FROM:<ana@cliente.fr> SMTPUTF8\n"
                          "S: 555 5.5.4 Unsupported parameter: SMTPUTF8\n"
                          "C: MAIL FROM:<añá@cliente.fr> SMTPUTF8\n"
                          "S: 553 5.6.7 Non-ASCII addresses not permitted for that sender\n")
        << none;
    QTest::newRow("UTF-8 sender without SMTPUTF8") << QString()
                                                   << ehlo
            + QStringLiteral("C: MAIL FROM:<añá@cliente.fr>\n"
                             "S: 553 5.6.7 Non-ASCII addresses not permitted for that sender\n"
                             "C: MAIL FROM:<ana@cliénte.fr> BODY=8BITMIME\n"
                             "S: 553 5.6.7 Non-ASCII addresses not permitted for that sender\n")
                                                   << none;
    QTest::newRow("UTF-8 recipient without SMTPUTF8") << QString()
                                                      << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<josé@servidor.edu>\n"
                             "S: 553 5.6.7 Non-ASCII addresses not permitted for that recipient\n")
                                                      << none;
    QTest::newRow("UTF-8 address after HELO") << QString()
                                              << helo
            + QStringLiteral("C: MAIL FROM:<añá@cliente.fr> SMTPUTF8\n"
                             "S: 553 Non-ASCII addresses not permitted for that sender\n")
                                              << none;
    QTest::newRow("SMTPUTF8 with a value") << QString()
                                           << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr> SMTPUTF8=yes\n"
                             "S: 501 5.5.4 Bad SMTPUTF8 parameter\n"
                             "C: MAIL FROM:<ana@cliente.fr> smtputf8\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n"
                             "C: RCPT TO:<josé@servidor.edu>\n"
                             "S: 250 2.1.5 josé@servidor.edu ... Recipient ok\n"
                             "C: RCPT TO:<ninguén@servidor.edu>\n"
                             "S: 550 5.1.1 User unknown\n"
                             "C: RCPT TO:<fran@sérvidor..edu>\n"
                             "S: 553 5.1.3 Bad recipient address syntax\n")
                                           << none;
    QTest::newRow("RCPT parameter") << QString()
                                    << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu> NOTIFY=NEVER\n"
                             "S: 555 5.5.4 Unsupported parameter: NOTIFY\n")
                                    << none;

    // --- Sequence (503, 554) ---
    QTest::newRow("MAIL before HELO") << QString()
                                      << QStringLiteral("S: 220 servidor.edu\n"
                                                        "C: MAIL FROM:<ana@cliente.fr>\n"
                                                        "S: 503 Error: send HELO/EHLO first\n"
                                                        "C: RCPT TO:<fran@servidor.edu>\n"
                                                        "S: 503 Error: send HELO/EHLO first\n"
                                                        "C: DATA\n"
                                                        "S: 503 Error: send HELO/EHLO first\n")
                                      << none;
    QTest::newRow("RCPT before MAIL") << QString()
                                      << ehlo
            + QStringLiteral("C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 503 5.5.1 Error: need MAIL command\n")
                                      << none;
    QTest::newRow("DATA before MAIL") << QString()
                                      << ehlo
            + QStringLiteral("C: DATA\n"
                             "S: 503 5.5.1 Error: need MAIL command\n")
                                      << none;
    QTest::newRow("DATA with no valid recipients") << QString()
                                                   << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S: 554 5.5.1 Error: no valid recipients\n"
                             "C: RCPT TO:<nobody@servidor.edu>\n"
                             "S: 550 5.1.1 User unknown\n"
                             "C: DATA\n"
                             "S: 554 5.5.1 Error: no valid recipients\n")
                                                   << none;
    QTest::newRow("nested MAIL") << QString()
                                 << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 503 5.5.1 Error: nested MAIL command\n")
                                 << none;
    QTest::newRow("DATA with an argument") << QString()
                                           << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA now\n"
                             "S: 501 5.5.4 Syntax: DATA\n")
                                           << none;
    QTest::newRow("RSET forgets the transaction") << QString()
                                                  << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: RSET\n"
                             "S: 250 2.0.0 Ok\n"
                             "C: DATA\n"
                             "S: 503 5.5.1 Error: need MAIL command\n"
                             "C: RSET all\n"
                             "S: 501 5.5.4 Syntax: RSET\n")
                                                  << none;

    // --- Other commands ---
    QTest::newRow("unknown command") << QString()
                                     << helo
            + QStringLiteral("C: FOO bar\n"
                             "S: 500 Command unrecognized\n"
                             "C: \n"
                             "S: 500 Command unrecognized\n")
                                     << none;
    QTest::newRow("commands not implemented") << QString()
                                              << ehlo
            + QStringLiteral("C: EXPN staff\n"
                             "S: 502 5.5.1 Command not implemented\n"
                             "C: STARTTLS\n"
                             "S: 502 5.5.1 Command not implemented\n"
                             "C: AUTH PLAIN\n"
                             "S: 502 5.5.1 Command not implemented\n")
                                              << none;
    QTest::newRow("NOOP VRFY and HELP")
        << QString()
        << QStringLiteral("S: 220 servidor.edu\n"
                          "C: NOOP\n"
                          "S: 250 Ok\n"
                          "C: VRFY fran\n"
                          "S: 252 Cannot VRFY user, but will accept message and attempt delivery\n"
                          "C: VRFY\n"
                          "S: 501 Syntax: VRFY address\n"
                          "C: HELP\n"
                          "S: 214 Commands: HELO EHLO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP\n"
                          "C: EHLO cliente.fr\n"
                          "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
                          "C: NOOP anything\n"
                          "S: 250 2.0.0 Ok\n"
                          "C: VRFY fran\n"
                          "S: 252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery\n")
        << none;
    QTest::newRow("QUIT during a transaction stores nothing") << QString()
                                                              << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: QUIT\n"
                             "S: 221 servidor.edu closing connection\n")
                                                              << none;

    // --- The delegate's policy ---
    QTest::newRow("recipients refused by the delegate") << QString()
                                                        << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<nobody@servidor.edu>\n"
                             "S: 550 5.1.1 User unknown\n"
                             "C: RCPT TO:<someone@elsewhere.org>\n"
                             "S: 554 5.7.1 Relay access denied\n"
                             "C: RCPT TO:<full@servidor.edu>\n"
                             "S: 452 4.2.2 Mailbox full\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 250 2.1.5 fran@servidor.edu ... Recipient ok\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: ola\n"
                             "C: .\n"
                             "S: 250 2.0.0 Message accepted for delivery\n")
                                                        << QList<QByteArray>{"ola\r\n"};
    QTest::newRow("sender refused by the delegate") << QString()
                                                    << ehlo
            + QStringLiteral("C: MAIL FROM:<spammer@example.com>\n"
                             "S: 550 5.7.1 Sender rejected\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 503 5.5.1 Error: need MAIL command\n")
                                                    << none;
    QTest::newRow("delegate refusals do not count as errors") << QStringLiteral("maxErrors=2")
                                                              << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<nobody1@servidor.edu>\n"
                             "S: 550 5.1.1 User unknown\n"
                             "C: RCPT TO:<nobody2@servidor.edu>\n"
                             "S: 550 5.1.1 User unknown\n"
                             "C: RCPT TO:<nobody3@servidor.edu>\n"
                             "S: 550 5.1.1 User unknown\n"
                             "C: NOOP\n"
                             "S: 250 2.0.0 Ok\n") << none;

    // --- Limits ---
    QTest::newRow("too many recipients") << QStringLiteral("maxRecipients=2")
                                         << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<user1@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<user2@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<user3@servidor.edu>\n"
                             "S: 452 4.5.3 Too many recipients\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: .\n"
                             "S: 250 2.0.0 Message accepted for delivery\n")
                                         << QList<QByteArray>{""};
    QTest::newRow("error limit") << QStringLiteral("maxErrors=3")
                                 << helo
            + QStringLiteral("C: FOO\n"
                             "S: 500 Command unrecognized\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S: 503 Error: need MAIL command\n"
                             "C: MAIL FROM:ana\n"
                             "S: 501 Syntax: MAIL FROM:<address>\n"
                             "S: 421 servidor.edu Error: too many errors\n")
                                 << none;
    QTest::newRow("error limit after EHLO") << QStringLiteral("maxErrors=2")
                                            << ehlo
            + QStringLiteral("C: FOO\n"
                             "S: 500 5.5.1 Command unrecognized\n"
                             "C: BAR\n"
                             "S: 500 5.5.1 Command unrecognized\n"
                             "S: 421 4.7.0 servidor.edu Error: too many errors\n")
                                            << none;
    QTest::newRow("timeout") << QString()
                             << ehlo
            + QStringLiteral("T\n"
                             "S: 421 4.4.2 servidor.edu Error: timeout exceeded\n")
                             << none;
    QTest::newRow("timeout before EHLO") << QString()
                                         << QStringLiteral("S: 220 servidor.edu\n"
                                                           "T\n"
                                                           "S: 421 servidor.edu Error: timeout exceeded\n"
                                                           "T\n")
                                         << none;
    QTest::newRow("timeout during DATA stores nothing") << QString()
                                                        << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: half a message\n"
                             "T\n"
                             "S: 421 4.4.2 servidor.edu Error: timeout exceeded\n")
                                                        << none;
    QTest::newRow("connection lost during DATA stores nothing") << QString()
                                                                << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: half a message\n"
                             "X\n") << none;
    QTest::newRow("message over the maximum size") << QStringLiteral("maxSize=64")
                                                   << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: 0123456789012345678901234567890123456789\n"
                             "C: 0123456789012345678901234567890123456789\n"
                             "C: .\n"
                             "S: 552 5.3.4 Message size exceeds fixed maximum message size\n"
                             "C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n")
                                                   << none;
    QTest::newRow("message exactly at the maximum size") << QStringLiteral("maxSize=12")
                                                         << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: 0123\n"
                             "C: ..456\n"
                             "C: .\n"
                             "S: 250 2.0.0 Message accepted for delivery\n")
                                                         << QList<QByteArray>{"0123\r\n.456\r\n"};
    QTest::newRow("text line over 998 octets") << QString()
                                               << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: %1\n"
                             "C: short line\n"
                             "C: .\n"
                             "S: 500 5.5.2 Line too long\n"
                             "C: NOOP\n"
                             "S: 250 2.0.0 Ok\n")
                  .arg(QString(999, QLatin1Char('x')))
                                               << none;
    QTest::newRow("text line of 998 octets") << QString()
                                             << ehlo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: %1\n"
                             "C: .\n"
                             "S: 250 2.0.0 Message accepted for delivery\n")
                  .arg(QString(998, QLatin1Char('x')))
                                             << QList<QByteArray>{QByteArray(998, 'x') + "\r\n"};

    // --- DATA (RFC 5321 §4.5.2) ---
    QTest::newRow("dot-unstuffing") << QString()
                                    << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: ..\n"
                             "C: ...\n"
                             "C: .leading dot\n"
                             "C: middle . dot\n"
                             "C: \n"
                             "C:  .\n"
                             "C: .\n"
                             "S: 250 Message accepted for delivery\n")
                                    << QList<QByteArray>{
                                           ".\r\n..\r\nleading dot\r\nmiddle . dot\r\n\r\n .\r\n"};
    QTest::newRow("two messages in one session") << QString()
                                                 << helo
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: one\n"
                             "C: .\n"
                             "S~ 250 .*\n"
                             "C: MAIL FROM:<>\n"
                             "S~ 250 .*\n"
                             "C: RCPT TO:<fran@servidor.edu>\n"
                             "S~ 250 .*\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: QUIT\n"
                             "C: .\n"
                             "S~ 250 .*\n") << QList<QByteArray>{"one\r\n", "QUIT\r\n"};

    // --- AUTH (RFC 4954) ---
    QTest::newRow("submission requires AUTH before MAIL")
        << QStringLiteral("submission")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: MAIL FROM:<ana@cliente.fr>\n"
               "S: 530 5.7.0 Authentication required\n")
        << none;
    QTest::newRow("AUTH PLAIN with an initial response") << QStringLiteral("submission")
                                                         << authed
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n")
                                                         << none;
    QTest::newRow("AUTH PLAIN with a continuation")
        << QStringLiteral("submission")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: auth plain\n"
               "S: 334 \n"
               "C: AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\n"
               "S: 235 2.7.0 Authentication successful\n")
        << none;
    QTest::newRow("AUTH PLAIN with a wrong password")
        << QStringLiteral("submission")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAHdyb25n\n"
               "S: 535 5.7.8 Authentication credentials invalid\n"
               "C: AUTH PLAIN =\n"
               "S: 535 5.7.8 Authentication credentials invalid\n"
               "C: AUTH PLAIN b3RoZXIAYW5hQGNsaWVudGUuZnIAY2xhdmVlamVtcGxv\n"
               "S: 535 5.7.8 Authentication credentials invalid\n"
               "C: AUTH PLAIN YW5hQGNsaWVudGUuZnIAYW5hQGNsaWVudGUuZnIAY2xhdmVlamVtcGxv\n"
               "S: 235 2.7.0 Authentication successful\n")
        << none;
    QTest::newRow("AUTH LOGIN")
        << QStringLiteral("submission")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: AUTH LOGIN\n"
               "S: 334 VXNlcm5hbWU6\n"
               "C: YW5hQGNsaWVudGUuZnI=\n"
               "S: 334 UGFzc3dvcmQ6\n"
               "C: d3Jvbmc=\n"
               "S: 535 5.7.8 Authentication credentials invalid\n"
               "C: AUTH LOGIN YW5hQGNsaWVudGUuZnI=\n"
               "S: 334 UGFzc3dvcmQ6\n"
               "C: Y2xhdmVlamVtcGxv\n"
               "S: 235 2.7.0 Authentication successful\n"
               "C: AUTH LOGIN\n"
               "S: 503 5.5.1 Error: already authenticated\n")
        << none;
    QTest::newRow("AUTH cancelled")
        << QStringLiteral("submission maxErrors=1")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: AUTH LOGIN\n"
               "S: 334 VXNlcm5hbWU6\n"
               "C: *\n"
               "S: 501 5.7.0 Authentication aborted\n"
               "C: AUTH PLAIN\n"
               "S: 334 \n"
               "C: *\n"
               "S: 501 5.7.0 Authentication aborted\n")
        << none;
    QTest::newRow("AUTH errors")
        << QStringLiteral("submission")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: AUTH PLAIN\n"
               "S: 503 Error: send EHLO first\n"
               "C: HELO cliente.fr\n"
               "S~ 250 .*\n"
               "C: AUTH PLAIN\n"
               "S: 503 Error: send EHLO first\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: AUTH CRAM-MD5\n"
               "S: 504 5.5.4 Unrecognized authentication type\n"
               "C: AUTH\n"
               "S: 501 5.5.4 Syntax: AUTH mechanism [initial-response]\n"
               "C: AUTH PLAIN not*base64\n"
               "S: 501 5.5.2 Cannot decode response\n"
               "C: AUTH LOGIN\n"
               "S: 334 VXNlcm5hbWU6\n"
               "C: %%%\n"
               "S: 501 5.5.2 Cannot decode response\n"
               "C: NOOP\n"
               "S: 250 2.0.0 Ok\n")
        << none;
    QTest::newRow("AUTH again during a transaction") << QStringLiteral("submission")
                                                     << authed
            + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                             "S~ 250 .*\n"
                             "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\n"
                             "S: 503 5.5.1 Error: already authenticated\n")
                                                     << none;
    QTest::newRow("failed AUTH counts as an error")
        << QStringLiteral("submission maxErrors=2")
        << QStringLiteral(
               "S: 220 servidor.edu\n"
               "C: EHLO cliente.fr\n"
               "S~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250-.*\nS~ 250 .*\n"
               "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAHdyb25n\n"
               "S: 535 5.7.8 Authentication credentials invalid\n"
               "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAHdyb25n\n"
               "S: 535 5.7.8 Authentication credentials invalid\n"
               "S: 421 4.7.0 servidor.edu Error: too many errors\n")
        << none;
}

void TestSmtpServerSession::scripts()
{
    QFETCH(QString, options);
    QFETCH(QString, script);
    QFETCH(QList<QByteArray>, stored);

    SmtpServerConfig config;
    if (options == QLatin1String("greeting")) {
        config.domain = domain;
        config.greetingText = "ESMTP Carteiro";
    } else {
        config = configFrom(options);
    }
    FakeDelegate delegate;
    SmtpServerSession engine(config, &delegate);
    QCOMPARE(EngineScript::run(&engine, script, EngineScript::Role::EngineIsServer), QString());
    QCOMPARE(delegate.stored, stored);
}

void TestSmtpServerSession::hundredRecipients()
{
    QString script = QLatin1String(ehloSession)
        + QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                         "S~ 250 .*\n");
    for (int i = 1; i <= 100; ++i) {
        script += QStringLiteral("C: RCPT TO:<user%1@servidor.edu>\n"
                                 "S: 250 2.1.5 user%1@servidor.edu ... Recipient ok\n")
                      .arg(i);
    }
    script += QStringLiteral("C: RCPT TO:<user101@servidor.edu>\n"
                             "S: 452 4.5.3 Too many recipients\n"
                             "C: DATA\n"
                             "S~ 354 .*\n"
                             "C: para todos\n"
                             "C: .\n"
                             "S: 250 2.0.0 Message accepted for delivery\n");
    FakeDelegate delegate;
    SmtpServerConfig config = configFrom(QString());
    QCOMPARE(config.maximumRecipients, 100);
    SmtpServerSession engine(config, &delegate);
    QCOMPARE(EngineScript::run(&engine, script, EngineScript::Role::EngineIsServer), QString());
    QCOMPARE(delegate.envelopes.size(), 1);
    QCOMPARE(delegate.envelopes.first().recipients.size(), 100);
    QCOMPARE(delegate.envelopes.first().recipients.last(), QByteArray("user100@servidor.edu"));
    QCOMPARE(engine.errorCount(), 0);
}

void TestSmtpServerSession::pipelining()
{
    // RFC 2920: a client may send several commands without waiting; the
    // replies come in the same order, one utterance each.
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.takeOutput();
    engine.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nRCPT TO:<nobody@servidor.edu>\r\n"
                   "RCPT TO:<user1@servidor.edu>\r\nDATA\r\n");
    QList<Utterance> out = engine.takeOutput();
    QCOMPARE(out.size(), 6);
    QCOMPARE(out.at(0).lines.size(), 7);
    QCOMPARE(out.at(1).lines.first(), QByteArray("250 2.1.0 ana@cliente.fr... Sender ok"));
    QCOMPARE(out.at(2).code, QByteArray("250"));
    QCOMPARE(out.at(3).lines.first(), QByteArray("550 5.1.1 User unknown"));
    QCOMPARE(out.at(4).code, QByteArray("250"));
    QCOMPARE(out.at(5).code, QByteArray("354"));
    QCOMPARE(engine.state(), SmtpServerSession::State::Data);

    // The content arrives split at odd places, the end and QUIT together.
    engine.receive("Subject: pi");
    engine.receive("pe\r\n\r\n..dot\r");
    QVERIFY(engine.takeOutput().isEmpty());
    engine.receive("\n.\r\nRSET\r\nQUIT\r\n");
    out = engine.takeOutput();
    QCOMPARE(linesOf(out),
             (QList<QByteArray>{"250 2.0.0 Message accepted for delivery", "250 2.0.0 Ok",
                                "221 2.0.0 servidor.edu closing connection"}));
    QVERIFY(out.last().closeAfter);
    QCOMPARE(delegate.stored, QList<QByteArray>{"Subject: pipe\r\n\r\n.dot\r\n"});
    QCOMPARE(delegate.envelopes.first().recipients,
             (QList<QByteArray>{"fran@servidor.edu", "user1@servidor.edu"}));
}

void TestSmtpServerSession::textAfterQuitIsIgnored()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.takeOutput();
    engine.receive("HELO cliente.fr\r\nQUIT\r\nNOOP\r\nMAIL FROM:<ana@cliente.fr>\r\n");
    QCOMPARE(linesOf(engine.takeOutput()),
             (QList<QByteArray>{"250 Hello cliente.fr, pleased to meet you",
                                "221 servidor.edu closing connection"}));
    engine.receive("NOOP\r\n");
    QVERIFY(engine.takeOutput().isEmpty());
    QCOMPARE(engine.takeHeard().size(), 2);
}

void TestSmtpServerSession::malformedCommandLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bare LF") << QByteArray("NOOP\n")
                             << QByteArray(
                                    "500 5.5.2 Syntax error: bare LF received, lines must end with CR LF"
                                    " (RFC 5321 section 2.3.8; use nc -C or telnet)");
    QTest::newRow("bare CR") << QByteArray("NO\rOP\r\n")
                             << QByteArray(
                                    "500 5.5.2 Syntax error: bare CR received, CR must be followed by LF"
                                    " (RFC 5321 section 2.3.8)");
    QTest::newRow("NUL octet") << QByteArray(
        "NOOP\0x\r\n",
        8) << QByteArray("500 5.5.2 Syntax error: NUL octet received, commands are printable ASCII");
    QTest::newRow("8-bit octet") << QByteArray("HELO cliente\xe9.fr\r\n")
                                 << QByteArray(
                                        "500 5.5.2 Syntax error: 8-bit octet received, commands are ASCII"
                                        " (RFC 5321 section 2.4)");
    QTest::newRow("8-bit octet in NOOP")
        << QByteArray("NOOP caf\xc3\xa9\r\n")
        << QByteArray("500 5.5.2 Syntax error: 8-bit octet received, commands are ASCII"
                      " (RFC 5321 section 2.4)");
}

void TestSmtpServerSession::malformedCommandLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\n");
    engine.takeOutput();
    engine.receive(bytes);
    const QList<Utterance> out = engine.takeOutput();
    QCOMPARE(linesOf(out), QList<QByteArray>{expected});
    QCOMPARE(out.first().code, QByteArray("500"));
    QCOMPARE(engine.errorCount(), 1);
    // Still in sync: the next command is read as usual.
    engine.receive("MAIL FROM:<ana@cliente.fr>\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"250 2.1.0 ana@cliente.fr... Sender ok"});
}

void TestSmtpServerSession::commandLineLengthLimit()
{
    // RFC 5321 §4.5.3.1.4: 512 octets with CR LF; 510 without.
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\n");
    engine.takeOutput();
    const QByteArray noop510 = "NOOP " + QByteArray(505, 'a');
    QCOMPARE(noop510.size(), 510);
    engine.receive(noop510 + "\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"250 2.0.0 Ok"});
    engine.receive(noop510 + "a\r\nNOOP\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), (QList<QByteArray>{"500 5.5.2 Line too long", "250 2.0.0 Ok"}));
    QCOMPARE(engine.errorCount(), 1);
}

void TestSmtpServerSession::megabyteCommandLine()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("HELO cliente.fr\r\n");
    engine.takeOutput();
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 16; ++i)
        engine.receive(chunk);
    QVERIFY(engine.takeOutput().isEmpty());
    engine.receive("\r\nNOOP\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), (QList<QByteArray>{"500 Line too long", "250 Ok"}));
    // The record of the line is bounded too.
    const QList<Utterance> heard = engine.takeHeard();
    QCOMPARE(heard.size(), 3);
    QVERIFY(heard.at(1).lines.first().size() <= 512);
}

void TestSmtpServerSession::megabyteTextLine()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nDATA\r\n");
    engine.takeOutput();
    engine.receive("first line\r\n");
    const QByteArray chunk(64 * 1024, 'y');
    for (int i = 0; i < 16; ++i) {
        engine.receive(chunk);
        QVERIFY(engine.bufferedDataSize() < 4096);
    }
    engine.receive("\r\nlast line\r\n.\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"500 5.5.2 Line too long"});
    QVERIFY(delegate.stored.isEmpty());
    QCOMPARE(engine.state(), SmtpServerSession::State::Greeted);
    QCOMPARE(engine.bufferedDataSize(), qint64(0));
    engine.receive("NOOP\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"250 2.0.0 Ok"});
}

void TestSmtpServerSession::oversizedMessageIsNotBuffered()
{
    // RFC 1870 §6.3: the size is checked as the data arrives, and once over
    // the limit nothing more is kept.
    FakeDelegate delegate;
    SmtpServerConfig config = configFrom(QStringLiteral("maxSize=1048576"));
    SmtpServerSession engine(config, &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nDATA\r\n");
    engine.takeOutput();
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += QByteArray(98, 'z') + "\r\n";
    qint64 largest = 0;
    for (int i = 0; i < 50; ++i) { // 5 MB
        engine.receive(block);
        largest = qMax(largest, engine.bufferedDataSize());
    }
    QVERIFY2(largest <= config.maximumMessageSize + config.maximumTextLineLength,
             QByteArray::number(largest).constData());
    engine.receive(".\r\n");
    QCOMPARE(linesOf(engine.takeOutput()),
             QList<QByteArray>{"552 5.3.4 Message size exceeds fixed maximum message size"});
    QVERIFY(delegate.stored.isEmpty());
    QCOMPARE(engine.bufferedDataSize(), qint64(0));
    QCOMPARE(engine.errorCount(), 0);
}

void TestSmtpServerSession::contentOctets()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr> BODY=8BITMIME\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nDATA\r\n");
    engine.takeOutput();
    // 8-bit text, a NUL, a bare CR, and a bare LF: all kept as content. A
    // "." ended by a bare LF is not the end (SMTP smuggling defence).
    engine.receive(QByteArray("Ol\xc3\xa1 mundo\r\nnul") + '\0'
                   + "here\r\nbare\rcr\r\nbare lf\n.\nMAIL FROM:<evil@example.com>\r\n..\n.\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"250 2.0.0 Message accepted for delivery"});
    QCOMPARE(delegate.stored.size(), 1);
    QCOMPARE(delegate.stored.first(),
             QByteArray("Ol\xc3\xa1 mundo\r\nnul") + '\0'
                 + "here\r\nbare\rcr\r\nbare lf\r\n.\r\nMAIL FROM:<evil@example.com>\r\n.\r\n");
    QCOMPARE(delegate.envelopes.first().mailFrom, QByteArray("ana@cliente.fr"));
    QCOMPARE(engine.errorCount(), 0);
    // The record keeps the lines as they came: stuffed, CR and NUL included.
    const QList<Utterance> heard = engine.takeHeard();
    QCOMPARE(heard.last().lines,
             (QList<QByteArray>{"Ol\xc3\xa1 mundo", QByteArray("nul") + '\0' + "here", "bare\rcr", "bare lf",
                                ".", "MAIL FROM:<evil@example.com>", "..", "."}));
}

void TestSmtpServerSession::heardUtterances()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QStringLiteral("submission")), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\nAUTH LOGIN\r\n");
    engine.receive("YW5hQGNsaWVudGUuZnI=\r\nY2xhdmVlamVtcGxv\r\n");
    engine.receive("MAIL FROM:<ana@cliente.fr>\r\nRCPT TO:<fran@servidor.edu>\r\nDATA\r\n");
    engine.receive("..un\r\ndous\r\n.\r\nQUIT\r\n");
    const QList<Utterance> heard = engine.takeHeard();
    QCOMPARE(heard.size(), 9);
    const QList<Phase> phases = {Phase::Opening,  Phase::Opening,  Phase::Opening,
                                 Phase::Opening,  Phase::Transfer, Phase::Transfer,
                                 Phase::Transfer, Phase::Transfer, Phase::Closing};
    const QList<bool> sensitive = {false, true, true, true, false, false, false, false, false};
    for (int i = 0; i < heard.size(); ++i) {
        QCOMPARE(heard.at(i).phase, phases.at(i));
        QCOMPARE(heard.at(i).sensitive, sensitive.at(i));
        QVERIFY(heard.at(i).code.isEmpty());
    }
    QCOMPARE(heard.at(0).lines, QList<QByteArray>{"EHLO cliente.fr"});
    QCOMPARE(heard.at(3).lines, QList<QByteArray>{"Y2xhdmVlamVtcGxv"});
    // The content as it crossed the wire (still stuffed), "." included.
    QCOMPARE(heard.at(7).lines, (QList<QByteArray>{"..un", "dous", "."}));
    QCOMPARE(delegate.stored, QList<QByteArray>{".un\r\ndous\r\n"});
}

void TestSmtpServerSession::replyUtterances()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    QCOMPARE(engine.phase(), Phase::Opening);
    engine.receive("NOOP\r\nEHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nDATA\r\nx\r\n.\r\nNOOP\r\nQUIT\r\n");
    const QList<Utterance> out = engine.takeOutput();
    QCOMPARE(out.size(), 9);
    const QList<QByteArray> codes = {"220", "250", "250", "250", "250", "354", "250", "250", "221"};
    const QList<Phase> phases = {Phase::Opening,  Phase::Opening,  Phase::Opening,
                                 Phase::Transfer, Phase::Transfer, Phase::Transfer,
                                 Phase::Transfer, Phase::Transfer, Phase::Closing};
    for (int i = 0; i < out.size(); ++i) {
        QCOMPARE(out.at(i).code, codes.at(i));
        QCOMPARE(out.at(i).phase, phases.at(i));
        QCOMPARE(out.at(i).closeAfter, i == out.size() - 1);
        QVERIFY(!out.at(i).sensitive);
    }
    // The EHLO reply is one utterance of several lines.
    QCOMPARE(out.at(2).lines.size(), 7);
    QCOMPARE(out.at(2).lines.first(), QByteArray("250-servidor.edu Hello cliente.fr, pleased to meet you"));
    QCOMPARE(engine.phase(), Phase::Closing);
}

void TestSmtpServerSession::allowedCommands()
{
    using List = QList<QByteArray>;
    const List always = {"RSET", "NOOP", "VRFY", "HELP", "QUIT"};
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QStringLiteral("submission")), &delegate);
    QCOMPARE(engine.allowedCommands(), List());
    engine.start();
    QCOMPARE(engine.allowedCommands(), List({"EHLO", "HELO"}) + always);
    engine.receive("EHLO cliente.fr\r\n");
    QCOMPARE(engine.allowedCommands(), List({"EHLO", "HELO", "AUTH"}) + always);
    engine.receive("AUTH PLAIN\r\n");
    QCOMPARE(engine.state(), SmtpServerSession::State::AuthLogin);
    QCOMPARE(engine.allowedCommands(), List());
    engine.receive("AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\r\n");
    QCOMPARE(engine.state(), SmtpServerSession::State::Greeted);
    QCOMPARE(engine.allowedCommands(), List({"EHLO", "HELO", "MAIL"}) + always);
    engine.receive("MAIL FROM:<ana@cliente.fr>\r\n");
    QCOMPARE(engine.allowedCommands(), List({"EHLO", "HELO", "RCPT"}) + always);
    engine.receive("RCPT TO:<fran@servidor.edu>\r\n");
    QCOMPARE(engine.allowedCommands(), List({"EHLO", "HELO", "RCPT", "DATA"}) + always);
    engine.receive("DATA\r\n");
    QCOMPARE(engine.allowedCommands(), List());
    engine.receive(".\r\nQUIT\r\n");
    QCOMPARE(engine.allowedCommands(), List());
}

void TestSmtpServerSession::envelope()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QStringLiteral("submission")), &delegate);
    engine.setPeerAddress("127.0.0.3:41234");
    engine.start();
    engine.receive("EHLO cliente.fr\r\n"
                   "AUTH PLAIN AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\r\n"
                   "MAIL FROM:<ana@cliente.fr> SIZE=300 BODY=7BIT AUTH=<>\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nRCPT TO:<user7@servidor.edu>\r\n");
    const SmtpEnvelope &current = engine.envelope();
    QCOMPARE(current.heloName, QByteArray("cliente.fr"));
    QVERIFY(current.extended);
    QCOMPARE(current.peerAddress, QByteArray("127.0.0.3:41234"));
    QCOMPARE(current.authenticatedUser, QByteArray("ana@cliente.fr"));
    QCOMPARE(current.mailFrom, QByteArray("ana@cliente.fr"));
    QCOMPARE(current.recipients, (QList<QByteArray>{"fran@servidor.edu", "user7@servidor.edu"}));
    QCOMPARE(current.bodyType, QByteArray("7BIT"));
    QCOMPARE(current.declaredSize, qint64(300));
    engine.receive("DATA\r\nx\r\n.\r\n");
    QCOMPARE(delegate.envelopes.size(), 1);
    QCOMPARE(delegate.envelopes.first().peerAddress, QByteArray("127.0.0.3:41234"));
    QCOMPARE(delegate.envelopes.first().declaredSize, qint64(300));
    // After the message the transaction is over, the session is not.
    QVERIFY(engine.envelope().mailFrom.isEmpty());
    QVERIFY(engine.envelope().recipients.isEmpty());
    QCOMPARE(engine.envelope().declaredSize, qint64(-1));
    QCOMPARE(engine.envelope().authenticatedUser, QByteArray("ana@cliente.fr"));
    QCOMPARE(engine.errorCount(), 0);
}

void TestSmtpServerSession::connectionLostDuringData()
{
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("HELO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"
                   "RCPT TO:<fran@servidor.edu>\r\nDATA\r\nunfinished\r\n");
    engine.takeHeard();
    engine.takeOutput();
    engine.connectionLost();
    QVERIFY(delegate.stored.isEmpty());
    QCOMPARE(engine.state(), SmtpServerSession::State::Closed);
    QVERIFY(engine.takeOutput().isEmpty());
    // What arrived is still recorded, without a final ".".
    const QList<Utterance> heard = engine.takeHeard();
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.first().lines, QList<QByteArray>{"unfinished"});
    engine.receive(".\r\n");
    QVERIFY(delegate.stored.isEmpty());
    QVERIFY(engine.takeOutput().isEmpty());
}

void TestSmtpServerSession::smtpUtf8Script()
{
    const QString script = readScript(QStringLiteral("smtp-server-smtputf8.script"));
    QVERIFY(!script.isEmpty());
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    QCOMPARE(EngineScript::run(&engine, script, EngineScript::Role::EngineIsServer), QString());
    QCOMPARE(delegate.envelopes.size(), 1);
    const SmtpEnvelope &stored = delegate.envelopes.first();
    QVERIFY(stored.smtpUtf8);
    QCOMPARE(stored.bodyType, QByteArray("8BITMIME"));
    QCOMPARE(stored.mailFrom, QByteArray("a\xc3\xb1\xc3\xa1@cliente.fr"));
    QCOMPARE(stored.recipients, QList<QByteArray>{"jos\xc3\xa9@servidor.edu"});
    QCOMPARE(delegate.stored.first(),
             QByteArray("From: a\xc3\xb1\xc3\xa1@cliente.fr\r\nSubject: \xc3\x81 tarde\r\n\r\n"
                        "Na cafeter\xc3\xad"
                        "a.\r\n"));
    QVERIFY(!engine.envelope().smtpUtf8); // the transaction after it was ASCII
    QCOMPARE(engine.errorCount(), 1); // the 553 5.6.7
}

void TestSmtpServerSession::smtpUtf8Octets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("expected");

    // The octets themselves, where a script (UTF-8 text) cannot go.
    QTest::newRow("Latin-1 address with SMTPUTF8 is bad syntax")
        << QByteArray("MAIL FROM:<an\xe1@cliente.fr> SMTPUTF8\r\n")
        << QList<QByteArray>{"553 5.1.7 Bad sender address syntax"};
    QTest::newRow("Latin-1 address without SMTPUTF8 is not allowed")
        << QByteArray("MAIL FROM:<an\xe1@cliente.fr>\r\n")
        << QList<QByteArray>{"553 5.6.7 Non-ASCII addresses not permitted for that sender"};
    QTest::newRow("UTF-8 quoted local part") << QByteArray("MAIL FROM:<\"a\xc3\xb1"
                                                           "a b\"@cliente.fr> SMTPUTF8\r\n")
                                             << QList<QByteArray>{"250 2.1.0 \"a\xc3\xb1"
                                                                  "a b\"@cliente.fr... Sender ok"};
    QTest::newRow("8-bit octet in DATA's line is still 500")
        << QByteArray("MAIL FROM:<ana@cliente.fr> SMTPUTF8\r\n"
                      "RCPT TO:<fran@servidor.edu>\r\nDATA \xc3\xa9\r\n")
        << QList<QByteArray>{"250 2.1.0 ana@cliente.fr... Sender ok",
                             "250 2.1.5 fran@servidor.edu ... Recipient ok",
                             "500 5.5.2 Syntax error: 8-bit octet received, commands are "
                             "ASCII (RFC 5321 section 2.4)"};
    QTest::newRow("8-bit octet in EHLO is still 500")
        << QByteArray("EHLO cli\xc3\xa9nte.fr\r\n")
        << QList<QByteArray>{"500 5.5.2 Syntax error: 8-bit octet received, commands are "
                             "ASCII (RFC 5321 section 2.4)"};
}

void TestSmtpServerSession::smtpUtf8Octets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, expected);
    FakeDelegate delegate;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\n");
    engine.takeOutput();
    engine.receive(bytes);
    QCOMPARE(linesOf(engine.takeOutput()), expected);
}

void TestSmtpServerSession::acceptedReplyCarriesItsDurableTicket()
{
    // The 250 to the end of DATA carries the ticket of the write that stored
    // the message, and nothing else does: the Connection holds that reply
    // (and what follows it) until the write is durable.
    FakeDelegate delegate;
    delegate.durableTicket = 42;
    SmtpServerSession engine(configFrom(QString()), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\nRCPT TO:<fran@servidor.edu>\r\n"
                   "DATA\r\n");
    QList<Utterance> before = engine.takeOutput();
    QCOMPARE(before.size(), 5); // 220, EHLO, MAIL, RCPT, 354
    for (const Utterance &u : std::as_const(before))
        QCOMPARE(u.durableTicket, quint64(0));
    engine.receive("Subject: Ola\r\n\r\nQue tal?\r\n.\r\nQUIT\r\n");
    const QList<Utterance> after = engine.takeOutput();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).code, QByteArray("250"));
    QCOMPARE(after.at(0).durableTicket, quint64(42));
    QCOMPARE(after.at(1).code, QByteArray("221"));
    QCOMPARE(after.at(1).durableTicket, quint64(0));
    QCOMPARE(delegate.stored.size(), 1);
}

void TestSmtpServerSession::replyLines()
{
    // RFC 5321 §4.2: "code-text" but for the last line, "code text" on it;
    // the enhanced code (RFC 3463) after the code when asked for; no
    // trailing space on a line without text.
    SmtpReply ehlo(250, "2.0.0", "servidor.edu");
    ehlo.lines << "PIPELINING"
               << ""
               << "8BITMIME";
    QCOMPARE(ehlo.toLines(false),
             QList<QByteArray>({"250-servidor.edu", "250-PIPELINING", "250-", "250 8BITMIME"}));
    QCOMPARE(ehlo.toLines(true),
             QList<QByteArray>(
                 {"250-2.0.0 servidor.edu", "250-2.0.0 PIPELINING", "250-2.0.0", "250 2.0.0 8BITMIME"}));
    QCOMPARE(SmtpReply(354, "", "").toLines(true), QList<QByteArray>({"354"}));
    QCOMPARE(SmtpReply(221, "2.0.0", "").toLines(true), QList<QByteArray>({"221 2.0.0"}));
    QCOMPARE(SmtpReply(250, "", "text ends in a space ").toLines(true),
             QList<QByteArray>({"250 text ends in a space"}));
    SmtpReply none;
    none.code = 421;
    QCOMPARE(none.toLines(false), QList<QByteArray>({"421"}));
}

QTEST_GUILESS_MAIN(TestSmtpServerSession)
#include "tst_smtpserversession.moc"
