// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for TLS in the protocol engines, without crypto (EngineScript
// pretends the handshake happened): the servers' STARTTLS (RFC 3207), STLS
// (RFC 2595) and IMAP STARTTLS (RFC 3501 §6.2.1) with their capability
// lists before and after, the session starting again inside TLS, the
// auth-only refusals, and what was pipelined after the go-ahead dropped
// unread (CVE-2011-0411); the clients' policies None, May and Encrypt
// against servers that offer TLS or not, and a failed handshake.
#include "enginescript.h"
#include "explain/explanations.h"
#include "fakemaildrop.h"
#include "mail/mailstore.h"
#include "protocol/imapclientsession.h"
#include "protocol/imapserversession.h"
#include "protocol/pop3clientsession.h"
#include "protocol/pop3serversession.h"
#include "protocol/smtpclientsession.h"
#include "protocol/smtpserversession.h"

#include <QTest>

namespace {

// fran@servidor.edu exists; ana@cliente.fr logs in with "claveejemplo".
class Delegate : public SmtpServerDelegate
{
public:
    bool authenticate(const QByteArray &user, const QByteArray &password) override
    {
        return user == "ana@cliente.fr" && password == "claveejemplo";
    }
    SmtpReply checkSender(const SmtpEnvelope &, const QByteArray &) override
    {
        return SmtpReply(250, QByteArray(), QByteArray());
    }
    SmtpReply checkRecipient(const SmtpEnvelope &, const QByteArray &recipient) override
    {
        if (recipient == "fran@servidor.edu")
            return SmtpServerSession::recipientOk(recipient);
        return SmtpReply(550, "5.1.1", "User unknown");
    }
    SmtpReply acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content) override
    {
        stored.append(content);
        envelopes.append(envelope);
        return SmtpServerSession::messageAccepted();
    }
    QList<QByteArray> stored;
    QList<SmtpEnvelope> envelopes;
};

SmtpServerConfig smtpConfig(bool tlsOffered, bool tlsAuthOnly = false, bool submission = false)
{
    SmtpServerConfig config;
    config.domain = "servidor.edu";
    config.tlsOffered = tlsOffered;
    config.tlsAuthOnly = tlsAuthOnly;
    config.submission = submission;
    return config;
}

QString runServer(ProtocolSession *engine, const QString &script,
                  EngineScript::Feeding feeding = EngineScript::Feeding::LineByLine)
{
    return EngineScript::run(engine, script, EngineScript::Role::EngineIsServer, feeding);
}

QList<QByteArray> linesOf(const QList<Utterance> &utterances)
{
    QList<QByteArray> lines;
    for (const Utterance &u : utterances)
        lines += u.lines;
    return lines;
}

// The first word of each line an engine heard, upper case: the commands.
QList<QByteArray> verbsHeard(ProtocolSession *engine, bool tagged = false)
{
    QList<QByteArray> verbs;
    for (const Utterance &u : engine->takeHeard()) {
        if (u.lines.isEmpty())
            continue;
        const QList<QByteArray> words = u.lines.first().split(' ');
        verbs.append(words.value(tagged ? 1 : 0).toUpper());
    }
    return verbs;
}

const char smtpPlainEhlo[] = "S: 250-servidor.edu Hello cliente.fr, pleased to meet you\n"
                             "S: 250-PIPELINING\n"
                             "S: 250-SIZE 10485760\n"
                             "S: 250-8BITMIME\n"
                             "S: 250-SMTPUTF8\n"
                             "S: 250-ENHANCEDSTATUSCODES\n";

SmtpClientJob smtpJob(TlsPolicy tls)
{
    SmtpClientJob job;
    job.heloName = "cliente.fr";
    job.mailFrom = "ana@cliente.fr";
    job.recipients = {"fran@servidor.edu"};
    job.content = "Subject: ola\r\n\r\nOla\r\n";
    job.tls = tls;
    return job;
}

void converseSmtp(SmtpClientSession *client, SmtpServerSession *server)
{
    server->start();
    EngineScript::converse(client, server, [client] { return client->isFinished(); });
}

Pop3ServerConfig pop3Config(bool tlsOffered, bool tlsAuthOnly = false)
{
    Pop3ServerConfig config;
    config.timestamp = "<1896.697170952@dbc.mtview.ca.us>";
    config.tlsOffered = tlsOffered;
    config.tlsAuthOnly = tlsAuthOnly;
    return config;
}

void fillMaildrop(FakeMaildrop *maildrop)
{
    maildrop->passwords.insert("fran", "claveejemplo");
    maildrop->boxes.insert("fran", {{"uid-1", "Subject: one\r\n\r\nFirst message.\r\n"}});
}

Pop3ClientJob pop3Job(TlsPolicy tls)
{
    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    job.tls = tls;
    return job;
}

void conversePop3(Pop3ClientSession *client, Pop3ServerSession *server)
{
    server->start();
    EngineScript::converse(client, server, [client] { return client->isFinished(); });
}

struct ImapServer {
    MailStore store;
    std::unique_ptr<ImapServerSession> session;
    explicit ImapServer(bool tlsOffered, bool tlsAuthOnly = false)
    {
        store.addUser("fran", "claveejemplo");
        store.deliver("fran", "From: ana@cliente.fr\r\nSubject: Quedamos hoxe?\r\n\r\nA que hora?\r\n");
        ImapServerConfig config;
        config.hostname = "servidor.edu";
        config.domain = "servidor.edu";
        config.tlsOffered = tlsOffered;
        config.tlsAuthOnly = tlsAuthOnly;
        session = std::make_unique<ImapServerSession>(config, &store);
    }
};

ImapClientJob imapJob(TlsPolicy tls)
{
    ImapClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    job.tls = tls;
    return job;
}

void converseImap(ImapClientSession *client, ImapServerSession *server)
{
    server->start();
    EngineScript::converse(client, server, [client] { return client->isFinished(); });
}

const QByteArray privacyRequired =
    "NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.";

} // namespace

class TestTlsEngines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // SMTP server (RFC 3207).
    void smtpServerStartTls();
    void smtpServerForgetsEverythingAtStartTls();
    void smtpServerWithoutCertificate();
    void smtpServerDropsWhatWasPipelinedAfterStartTls();
    void smtpServerImplicitTls();
    // POP3 server (RFC 2595).
    void pop3ServerStls();
    void pop3ServerWithoutCertificate();
    void pop3ServerDropsWhatWasPipelinedAfterStls();
    // IMAP server (RFC 3501 §6.2.1).
    void imapServerStartTls();
    void imapServerWithoutCertificate();
    void imapServerDropsWhatWasPipelinedAfterStartTls();
    // SMTP client.
    void smtpClientPolicies_data();
    void smtpClientPolicies();
    void smtpClientAsksEhloAgainInsideTls();
    void smtpClientStartTlsRefused_data();
    void smtpClientStartTlsRefused();
    void smtpClientAuthOnlyInsideTls();
    void smtpClientHandshakeFailed();
    void smtpClientImplicitTls();
    // POP3 client.
    void pop3ClientPolicies_data();
    void pop3ClientPolicies();
    void pop3ClientHandshakeFailed();
    void pop3AndImapImplicitTls();
    // IMAP client.
    void imapClientPolicies_data();
    void imapClientPolicies();
    void imapClientRespectsLoginDisabled();
    void imapClientHandshakeFailed();
    // The inspector's explanations.
    void explanations();
};

// --- SMTP server ---------------------------------------------------------------------

void TestTlsEngines::smtpServerStartTls()
{
    // Submission with smtpd_tls_auth_only: no AUTH in clear, STARTTLS listed;
    // inside TLS the other way round.
    Delegate delegate;
    SmtpServerSession engine(smtpConfig(true, true, true), &delegate);
    const QString failure = runServer(
        &engine,
        QStringLiteral("S: 220 servidor.edu\n"
                       "C: EHLO cliente.fr\n")
            + QLatin1String(smtpPlainEhlo)
            + QStringLiteral("S: 250-HELP\n"
                             "S: 250 STARTTLS\n"
                             "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\n"
                             "S: 530 5.7.0 Must issue a STARTTLS command first\n"
                             "C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 530 5.7.0 Authentication required\n"
                             "C: STARTTLS now\n"
                             "S: 501 5.5.4 Syntax: STARTTLS\n"
                             "C: STARTTLS\n"
                             "S: 220 2.0.0 Ready to start TLS\n"
                             "C: EHLO cliente.fr\n")
            + QLatin1String(smtpPlainEhlo)
            + QStringLiteral("S: 250-HELP\n"
                             "S: 250 AUTH PLAIN LOGIN\n"
                             "C: STARTTLS\n"
                             "S: 554 5.5.1 Error: TLS already active\n"
                             "C: AUTH PLAIN AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\n"
                             "S: 235 2.7.0 Authentication successful\n"
                             "C: MAIL FROM:<ana@cliente.fr>\n"
                             "S: 250 2.1.0 ana@cliente.fr... Sender ok\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 1);
    QVERIFY(engine.isTlsActive());
    QCOMPARE(engine.envelope().authenticatedUser, QByteArray("ana@cliente.fr"));
}

void TestTlsEngines::smtpServerForgetsEverythingAtStartTls()
{
    // RFC 3207 §4.2: EHLO, the envelope and AUTH are forgotten.
    Delegate delegate;
    SmtpServerSession engine(smtpConfig(true, false, true), &delegate);
    engine.setPeerAddress("127.0.0.3:41234");
    engine.start();
    engine.receive("EHLO cliente.fr\r\nAUTH PLAIN AGFuYUBjbGllbnRlLmZyAGNsYXZlZWplbXBsbw==\r\n"
                   "MAIL FROM:<ana@cliente.fr>\r\n");
    QCOMPARE(engine.envelope().authenticatedUser, QByteArray("ana@cliente.fr"));
    QCOMPARE(engine.state(), SmtpServerSession::State::MailGiven);
    engine.takeOutput();
    engine.receive("STARTTLS\r\n");
    const QList<Utterance> out = engine.takeOutput();
    QCOMPARE(linesOf(out), QList<QByteArray>{"220 2.0.0 Ready to start TLS"});
    QVERIFY(out.last().startsTls);
    QVERIFY(engine.tlsRequested());
    QCOMPARE(engine.state(), SmtpServerSession::State::Ready);
    QVERIFY(engine.envelope().heloName.isEmpty());
    QVERIFY(engine.envelope().authenticatedUser.isEmpty());
    QVERIFY(engine.envelope().mailFrom.isEmpty());
    QCOMPARE(engine.envelope().peerAddress, QByteArray("127.0.0.3:41234"));
    engine.tlsBegun();
    engine.tlsEstablished();
    // Before a new EHLO, a transaction is out of sequence (no enhanced codes:
    // none was agreed inside TLS yet).
    engine.receive("RCPT TO:<fran@servidor.edu>\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"503 Error: send HELO/EHLO first"});
    engine.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n");
    const QList<QByteArray> lines = linesOf(engine.takeOutput());
    QVERIFY(!lines.contains("250-STARTTLS"));
    QCOMPARE(lines.last(), QByteArray("530 5.7.0 Authentication required"));
}

void TestTlsEngines::smtpServerWithoutCertificate()
{
    Delegate delegate;
    SmtpServerSession engine(smtpConfig(false, true, true), &delegate);
    const QString failure = runServer(&engine,
                                      QStringLiteral("S: 220 servidor.edu\n"
                                                     "C: EHLO cliente.fr\n")
                                          + QLatin1String(smtpPlainEhlo)
                                          + QStringLiteral("S: 250 HELP\n"
                                                           "C: STARTTLS\n"
                                                           "S: 502 5.5.1 Command not implemented\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 0);
    QVERIFY(!engine.allowedCommands().contains("STARTTLS"));
    SmtpServerSession offering(smtpConfig(true), &delegate);
    offering.start();
    QVERIFY(offering.allowedCommands().contains("STARTTLS"));
}

void TestTlsEngines::smtpServerDropsWhatWasPipelinedAfterStartTls()
{
    // CVE-2011-0411: the RSET (and the garbage) came in clear in the same
    // segment as STARTTLS; inside TLS they must not be executed.
    Delegate delegate;
    SmtpServerSession engine(smtpConfig(true), &delegate);
    engine.start();
    engine.receive("EHLO cliente.fr\r\n");
    engine.takeOutput();
    engine.receive("STARTTLS\r\nGARBAGE\r\nRSET\r\n");
    const QList<Utterance> out = engine.takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines, QList<QByteArray>{"220 2.0.0 Ready to start TLS"});
    QVERIFY(out.first().startsTls);
    QCOMPARE(engine.pendingInputSize(), 0);
    engine.tlsBegun();
    engine.tlsEstablished();
    QVERIFY(!engine.handleNextLine());
    QVERIFY(engine.takeOutput().isEmpty());
    // The first line inside TLS is the first one answered.
    engine.receive("NOOP\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"250 Ok"});
    QCOMPARE(engine.errorCount(), 0);

    // The same through a script fed in one read.
    SmtpServerSession scripted(smtpConfig(true), &delegate);
    const QString failure = runServer(&scripted,
                                      QStringLiteral("S: 220 servidor.edu\n"
                                                     "C: STARTTLS\n"
                                                     "C: RSET\n"
                                                     "S: 220 Ready to start TLS\n"
                                                     "C: HELO cliente.fr\n"
                                                     "S: 250 Hello cliente.fr, pleased to meet you\n"),
                                      EngineScript::Feeding::Pipelined);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestTlsEngines::smtpServerImplicitTls()
{
    // Port 465 (RFC 8314): TLS before the greeting, so STARTTLS is not listed
    // and AUTH is, even with smtpd_tls_auth_only.
    Delegate delegate;
    SmtpServerSession engine(smtpConfig(true, true, true), &delegate);
    engine.tlsEstablished();
    engine.start();
    engine.receive("EHLO cliente.fr\r\n");
    const QList<QByteArray> lines = linesOf(engine.takeOutput());
    QVERIFY(!lines.contains("250-STARTTLS") && !lines.contains("250 STARTTLS"));
    QCOMPARE(lines.last(), QByteArray("250 AUTH PLAIN LOGIN"));
}

// --- POP3 server ---------------------------------------------------------------------

void TestTlsEngines::pop3ServerStls()
{
    FakeMaildrop maildrop;
    fillMaildrop(&maildrop);
    Pop3ServerSession engine(pop3Config(true, true), &maildrop);
    const QString failure = runServer(
        &engine,
        QStringLiteral(
            "S: +OK POP3 servidor listo <1896.697170952@dbc.mtview.ca.us>\n"
            "C: CAPA\n"
            "S: +OK Capability list follows\n"
            "S: TOP\n"
            "S: UIDL\n"
            "S: STLS\n"
            "S: RESP-CODES\n"
            "S: PIPELINING\n"
            "S: IMPLEMENTATION Carteiro\n"
            "S: .\n"
            "C: USER fran\n"
            "S: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.\n"
            "C: PASS claveejemplo\n"
            "S: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.\n"
            "C: STLS now\n"
            "S: -ERR this command takes no argument\n"
            "C: STLS\n"
            "S: +OK Begin TLS negotiation\n"
            "C: CAPA\n"
            "S: +OK Capability list follows\n"
            "S: TOP\n"
            "S: UIDL\n"
            "S: USER\n"
            "S: RESP-CODES\n"
            "S: PIPELINING\n"
            "S: IMPLEMENTATION Carteiro\n"
            "S: .\n"
            "C: STLS\n"
            "S: -ERR TLS is already active.\n"
            "C: USER fran\n"
            "S: +OK\n"
            "C: PASS claveejemplo\n"
            "S: +OK user successfully logged on\n"
            "C: STLS\n"
            "S: -ERR STLS is not valid in the TRANSACTION state: already logged in\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 1);
    QCOMPARE(engine.state(), Pop3ServerSession::State::Transaction);
}

void TestTlsEngines::pop3ServerWithoutCertificate()
{
    FakeMaildrop maildrop;
    fillMaildrop(&maildrop);
    Pop3ServerSession engine(pop3Config(false), &maildrop);
    const QString failure = runServer(
        &engine,
        QStringLiteral("S: +OK POP3 servidor listo <1896.697170952@dbc.mtview.ca.us>\n"
                       "C: STLS\n"
                       "S: -ERR TLS support isn't enabled.\n"
                       "C: USER fran\n"
                       "S: +OK\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 0);
    QVERIFY(!engine.allowedCommands().contains("STLS"));
    Pop3ServerSession offering(pop3Config(true, true), &maildrop);
    offering.start();
    QCOMPARE(offering.allowedCommands(), (QList<QByteArray>{"STLS", "CAPA", "QUIT"}));
}

void TestTlsEngines::pop3ServerDropsWhatWasPipelinedAfterStls()
{
    FakeMaildrop maildrop;
    fillMaildrop(&maildrop);
    Pop3ServerSession engine(pop3Config(true), &maildrop);
    engine.start();
    engine.takeOutput();
    // A USER before STLS is forgotten too: PASS inside TLS needs its own USER.
    engine.receive("USER fran\r\n");
    engine.takeOutput();
    engine.receive("STLS\r\nCAPA\r\n");
    const QList<Utterance> out = engine.takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines, QList<QByteArray>{"+OK Begin TLS negotiation"});
    QVERIFY(out.first().startsTls);
    engine.tlsBegun();
    engine.tlsEstablished();
    QVERIFY(!engine.handleNextLine());
    QVERIFY(engine.takeOutput().isEmpty());
    engine.receive("PASS claveejemplo\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"-ERR PASS must follow a successful USER"});
}

// --- IMAP server ---------------------------------------------------------------------

void TestTlsEngines::imapServerStartTls()
{
    ImapServer server(true, true);
    const QString failure = runServer(
        server.session.get(),
        QStringLiteral(
            "S: * OK [CAPABILITY IMAP4rev1 STARTTLS LITERAL+ SASL-IR LOGINDISABLED ID ENABLE IDLE] "
            "servidor.edu IMAP4rev1 ready\n"
            "C: a1 CAPABILITY\n"
            "S: * CAPABILITY IMAP4rev1 STARTTLS LITERAL+ SASL-IR LOGINDISABLED IDLE UIDPLUS MOVE "
            "NAMESPACE ID ENABLE SPECIAL-USE UNSELECT\n"
            "S: a1 OK CAPABILITY completed\n"
            "C: a2 LOGIN fran claveejemplo\n"
            "S: a2 ")
            + QLatin1String(privacyRequired)
            + QStringLiteral("\n"
                             "C: a3 AUTHENTICATE PLAIN AGZyYW4AY2xhdmVlamVtcGxv\n"
                             "S: a3 ")
            + QLatin1String(privacyRequired)
            + QStringLiteral(
                "\n"
                "C: a4 STARTTLS now\n"
                "S: a4 BAD Wrong number of arguments for STARTTLS\n"
                "C: a5 STARTTLS\n"
                "S: a5 OK Begin TLS negotiation now\n"
                "C: a6 CAPABILITY\n"
                "S: * CAPABILITY IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN IDLE UIDPLUS MOVE NAMESPACE "
                "ID ENABLE SPECIAL-USE UNSELECT\n"
                "S: a6 OK CAPABILITY completed\n"
                "C: a7 STARTTLS\n"
                "S: a7 BAD TLS is already active.\n"
                "C: a8 LOGIN fran claveejemplo\n"
                "S~ a8 OK \\[CAPABILITY .*\\] Logged in\n"
                "C: a9 STARTTLS\n"
                "S: a9 BAD STARTTLS is not valid in this state: already logged in\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 1);
    QCOMPARE(server.session->user(), QByteArray("fran"));
}

void TestTlsEngines::imapServerWithoutCertificate()
{
    ImapServer server(false);
    const QString failure = runServer(
        server.session.get(),
        QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN ID ENABLE IDLE] "
                       "servidor.edu IMAP4rev1 ready\n"
                       "C: a1 STARTTLS\n"
                       "S: a1 BAD Unknown command STARTTLS\n"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 0);
}

void TestTlsEngines::imapServerDropsWhatWasPipelinedAfterStartTls()
{
    ImapServer server(true);
    ImapServerSession &engine = *server.session;
    engine.start();
    engine.takeOutput();
    engine.receive("a1 STARTTLS\r\na2 LOGIN fran claveejemplo\r\n");
    const QList<Utterance> out = engine.takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().lines, QList<QByteArray>{"a1 OK Begin TLS negotiation now"});
    QVERIFY(out.first().startsTls);
    engine.tlsBegun();
    engine.tlsEstablished();
    QVERIFY(!engine.handleNextLine());
    QVERIFY(engine.takeOutput().isEmpty());
    QVERIFY(engine.user().isEmpty());
    engine.receive("a3 NOOP\r\n");
    QCOMPARE(linesOf(engine.takeOutput()), QList<QByteArray>{"a3 OK NOOP completed"});
}

// --- SMTP client ---------------------------------------------------------------------

void TestTlsEngines::smtpClientPolicies_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("none, offered") << int(TlsPolicy::None) << true << true << false;
    QTest::newRow("none, not offered") << int(TlsPolicy::None) << false << true << false;
    QTest::newRow("may, offered") << int(TlsPolicy::May) << true << true << true;
    QTest::newRow("may, not offered") << int(TlsPolicy::May) << false << true << false;
    QTest::newRow("encrypt, offered") << int(TlsPolicy::Encrypt) << true << true << true;
    QTest::newRow("encrypt, not offered") << int(TlsPolicy::Encrypt) << false << false << false;
}

void TestTlsEngines::smtpClientPolicies()
{
    QFETCH(int, policy);
    QFETCH(bool, offered);
    QFETCH(bool, delivered);
    QFETCH(bool, encrypted);
    Delegate delegate;
    SmtpServerSession server(smtpConfig(offered), &delegate);
    SmtpClientSession client(smtpJob(TlsPolicy(policy)));
    converseSmtp(&client, &server);
    QVERIFY(client.isFinished());
    const SmtpClientResult &result = client.result();
    QCOMPARE(client.isTlsActive(), encrypted);
    QCOMPARE(server.isTlsActive(), encrypted);
    const QList<QByteArray> verbs = verbsHeard(&server);
    QCOMPARE(verbs.contains("STARTTLS"), encrypted);
    QCOMPARE(verbs.count("EHLO"), encrypted ? 2 : 1);
    if (delivered) {
        QCOMPARE(result.outcome, SmtpClientResult::Outcome::Delivered);
        QCOMPARE(delegate.stored.size(), 1);
        return;
    }
    // Postfix's deferral: nothing went in clear, the mail waits.
    QCOMPARE(result.outcome, SmtpClientResult::Outcome::TransientFailure);
    QCOMPARE(result.lastReply.code, 450);
    QCOMPARE(result.lastReply.enhanced, QByteArray("4.7.4"));
    QCOMPARE(result.lastReply.text(),
             QByteArray("TLS is required, but was not offered by host servidor.edu"));
    QVERIFY(!verbs.contains("MAIL"));
    QCOMPARE(verbs.last(), QByteArray("QUIT"));
    QVERIFY(delegate.stored.isEmpty());
}

void TestTlsEngines::smtpClientAsksEhloAgainInsideTls()
{
    // RFC 3207 §4.2: what the first EHLO said is forgotten. Before TLS the
    // server claimed SIZE and PIPELINING; inside TLS it offers neither, so
    // MAIL carries no SIZE= and every command waits for its reply.
    SmtpClientSession client(smtpJob(TlsPolicy::May));
    const QString failure = EngineScript::run(&client,
                                              QStringLiteral("S: 220 servidor.edu ESMTP\n"
                                                             "C: EHLO cliente.fr\n"
                                                             "S: 250-servidor.edu\n"
                                                             "S: 250-PIPELINING\n"
                                                             "S: 250-SIZE 100000\n"
                                                             "S: 250 STARTTLS\n"
                                                             "C: STARTTLS\n"
                                                             "S: 220 2.0.0 Ready to start TLS\n"
                                                             "C: EHLO cliente.fr\n"
                                                             "S: 250 servidor.edu\n"
                                                             "C: MAIL FROM:<ana@cliente.fr>\n"
                                                             "S: 250 ok\n"
                                                             "C: RCPT TO:<fran@servidor.edu>\n"
                                                             "S: 250 ok\n"
                                                             "C: DATA\n"
                                                             "S: 354 go ahead\n"
                                                             "C: Subject: ola\n"
                                                             "C: \n"
                                                             "C: Ola\n"
                                                             "C: .\n"
                                                             "S: 250 ok\n"
                                                             "C: QUIT\n"
                                                             "S: 221 bye\n"),
                                              EngineScript::Role::EngineIsClient);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 1);
    QVERIFY(client.isTlsActive());
    QCOMPARE(client.result().outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY(!client.hasExtension("STARTTLS"));
}

void TestTlsEngines::smtpClientStartTlsRefused_data()
{
    QTest::addColumn<int>("policy");
    QTest::newRow("may") << int(TlsPolicy::May);
    QTest::newRow("encrypt") << int(TlsPolicy::Encrypt);
}

void TestTlsEngines::smtpClientStartTlsRefused()
{
    QFETCH(int, policy);
    const bool encrypt = TlsPolicy(policy) == TlsPolicy::Encrypt;
    SmtpClientSession client(smtpJob(TlsPolicy(policy)));
    QString script = QStringLiteral("S: 220 servidor.edu ESMTP\n"
                                    "C: EHLO cliente.fr\n"
                                    "S: 250-servidor.edu\n"
                                    "S: 250 STARTTLS\n"
                                    "C: STARTTLS\n"
                                    "S: 454 4.7.0 TLS not available due to local problem\n");
    if (encrypt)
        script += QStringLiteral("C: QUIT\n"
                                 "S: 221 bye\n");
    else
        script += QStringLiteral("C: MAIL FROM:<ana@cliente.fr>\n"
                                 "S: 250 ok\n"
                                 "C: RCPT TO:<fran@servidor.edu>\n"
                                 "S: 250 ok\n"
                                 "C: DATA\n"
                                 "S: 354 go ahead\n"
                                 "C: Subject: ola\n"
                                 "C: \n"
                                 "C: Ola\n"
                                 "C: .\n"
                                 "S: 250 ok\n"
                                 "C: QUIT\n"
                                 "S: 221 bye\n");
    const QString failure = EngineScript::run(&client, script, EngineScript::Role::EngineIsClient);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(EngineScript::lastTlsStarts(), 0);
    QVERIFY(!client.isTlsActive());
    const SmtpClientResult &result = client.result();
    if (!encrypt) {
        QCOMPARE(result.outcome, SmtpClientResult::Outcome::Delivered);
        return;
    }
    QCOMPARE(result.outcome, SmtpClientResult::Outcome::TransientFailure);
    QCOMPARE(result.failedCommand, QByteArray("STARTTLS"));
    QCOMPARE(result.lastReply.code, 454);
    // No ENHANCEDSTATUSCODES in the EHLO reply: the 4.7.0 is part of the text.
    QCOMPARE(result.lastReply.text(), QByteArray("4.7.0 TLS not available due to local problem"));
}

void TestTlsEngines::smtpClientAuthOnlyInsideTls()
{
    // Submission with smtpd_tls_auth_only: AUTH is offered only inside TLS,
    // and the client logs in there.
    Delegate delegate;
    SmtpServerSession server(smtpConfig(true, true, true), &delegate);
    SmtpClientJob job = smtpJob(TlsPolicy::Encrypt);
    job.authUser = "ana@cliente.fr";
    job.authPassword = "claveejemplo";
    SmtpClientSession client(job);
    converseSmtp(&client, &server);
    QCOMPARE(client.result().outcome, SmtpClientResult::Outcome::Delivered);
    QCOMPARE(
        verbsHeard(&server),
        (QList<QByteArray>{"EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "DATA", "SUBJECT:", "QUIT"}));
    QCOMPARE(delegate.envelopes.first().authenticatedUser, QByteArray("ana@cliente.fr"));
}

void TestTlsEngines::smtpClientHandshakeFailed()
{
    SmtpClientSession client(smtpJob(TlsPolicy::May));
    client.receive("220 servidor.edu ESMTP\r\n");
    QCOMPARE(linesOf(client.takeOutput()), QList<QByteArray>{"EHLO cliente.fr"});
    client.receive("250-servidor.edu\r\n250 STARTTLS\r\n");
    QCOMPARE(linesOf(client.takeOutput()), QList<QByteArray>{"STARTTLS"});
    client.receive("220 2.0.0 Ready to start TLS\r\n");
    const QList<Utterance> out = client.takeOutput();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().startsTls);
    QVERIFY(out.first().lines.isEmpty());
    client.tlsBegun();
    client.tlsFailed(QStringLiteral("certificate has expired"));
    QVERIFY(client.isFinished());
    QVERIFY(!client.isTlsActive());
    const SmtpClientResult &result = client.result();
    QCOMPARE(result.outcome, SmtpClientResult::Outcome::TransientFailure);
    QCOMPARE(result.failedCommand, QByteArray("STARTTLS"));
    QCOMPARE(result.lastReply.code, 450);
    QCOMPARE(result.lastReply.text(), QByteArray("TLS handshake failed: certificate has expired"));
    // Nothing more is said in clear: the Connection closes the socket.
    QVERIFY(client.takeOutput().isEmpty());
}

void TestTlsEngines::smtpClientImplicitTls()
{
    // Port 465: both ends are in TLS before the greeting; Encrypt is
    // satisfied without STARTTLS, which the server does not list then.
    Delegate delegate;
    SmtpServerSession server(smtpConfig(true), &delegate);
    SmtpClientSession client(smtpJob(TlsPolicy::Encrypt));
    server.tlsEstablished();
    client.tlsEstablished();
    converseSmtp(&client, &server);
    QCOMPARE(client.result().outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY(!verbsHeard(&server).contains("STARTTLS"));
}

// --- POP3 client ---------------------------------------------------------------------

void TestTlsEngines::pop3ClientPolicies_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<bool>("authOnly");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("none, offered") << int(TlsPolicy::None) << true << false << true << false;
    QTest::newRow("none, auth only") << int(TlsPolicy::None) << true << true << false << false;
    QTest::newRow("may, offered") << int(TlsPolicy::May) << true << false << true << true;
    QTest::newRow("may, auth only") << int(TlsPolicy::May) << true << true << true << true;
    QTest::newRow("may, not offered") << int(TlsPolicy::May) << false << false << true << false;
    QTest::newRow("encrypt, offered") << int(TlsPolicy::Encrypt) << true << false << true << true;
    QTest::newRow("encrypt, not offered") << int(TlsPolicy::Encrypt) << false << false << false << false;
}

void TestTlsEngines::pop3ClientPolicies()
{
    QFETCH(int, policy);
    QFETCH(bool, offered);
    QFETCH(bool, authOnly);
    QFETCH(bool, ok);
    QFETCH(bool, encrypted);
    FakeMaildrop maildrop;
    fillMaildrop(&maildrop);
    Pop3ServerSession server(pop3Config(offered, authOnly), &maildrop);
    Pop3ClientSession client(pop3Job(TlsPolicy(policy)));
    conversePop3(&client, &server);
    QVERIFY(client.isFinished());
    QCOMPARE(client.isTlsActive(), encrypted);
    QCOMPARE(server.isTlsActive(), encrypted);
    const QList<QByteArray> verbs = verbsHeard(&server);
    QCOMPARE(verbs.contains("STLS"), TlsPolicy(policy) != TlsPolicy::None);
    const Pop3ClientResult &result = client.result();
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.messages.size(), 1);
        return;
    }
    QVERIFY(result.messages.isEmpty());
    if (TlsPolicy(policy) == TlsPolicy::Encrypt) {
        // The user name does not cross the wire in clear either.
        QVERIFY(!verbs.contains("USER"));
        QCOMPARE(result.error,
                 QByteArray("TLS is required, but the server refused STLS: -ERR TLS support isn't enabled."));
        QCOMPARE(verbs.last(), QByteArray("QUIT"));
    } else {
        QVERIFY(result.error.startsWith("-ERR [AUTH] Plaintext authentication disallowed"));
    }
}

void TestTlsEngines::pop3ClientHandshakeFailed()
{
    Pop3ClientSession client(pop3Job(TlsPolicy::Encrypt));
    client.receive("+OK POP3 servidor listo <1.2@servidor.edu>\r\n");
    QCOMPARE(linesOf(client.takeOutput()), QList<QByteArray>{"STLS"});
    client.receive("+OK Begin TLS negotiation\r\n");
    const QList<Utterance> out = client.takeOutput();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().startsTls);
    client.tlsBegun();
    client.tlsFailed(QStringLiteral("unknown CA"));
    QVERIFY(client.isFinished());
    QVERIFY(!client.result().ok);
    QCOMPARE(client.result().error, QByteArray("TLS handshake failed: unknown CA"));
    QVERIFY(client.takeOutput().isEmpty());
}

void TestTlsEngines::pop3AndImapImplicitTls()
{
    // POP3S (995) and IMAPS (993): TLS from the first octet, before the
    // greeting. Encrypt is satisfied without STLS/STARTTLS, which the
    // servers do not offer then; auth-only servers take the password.
    FakeMaildrop maildrop;
    fillMaildrop(&maildrop);
    Pop3ServerSession pop3Server(pop3Config(true, true), &maildrop);
    Pop3ClientSession pop3Client(pop3Job(TlsPolicy::Encrypt));
    pop3Server.tlsEstablished();
    pop3Client.tlsEstablished();
    conversePop3(&pop3Client, &pop3Server);
    QVERIFY2(pop3Client.result().ok, pop3Client.result().error.constData());
    QCOMPARE(verbsHeard(&pop3Server).first(), QByteArray("USER"));

    ImapServer imapServer(true, true);
    ImapClientSession imapClient(imapJob(TlsPolicy::Encrypt));
    imapServer.session->tlsEstablished();
    imapClient.tlsEstablished();
    converseImap(&imapClient, imapServer.session.get());
    QVERIFY2(imapClient.result().ok, imapClient.result().error.constData());
    QCOMPARE(verbsHeard(imapServer.session.get(), true).first(), QByteArray("LOGIN"));
}

// --- IMAP client ---------------------------------------------------------------------

void TestTlsEngines::imapClientPolicies_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("none, offered") << int(TlsPolicy::None) << true << true << false;
    QTest::newRow("may, offered") << int(TlsPolicy::May) << true << true << true;
    QTest::newRow("may, not offered") << int(TlsPolicy::May) << false << true << false;
    QTest::newRow("encrypt, offered") << int(TlsPolicy::Encrypt) << true << true << true;
    QTest::newRow("encrypt, not offered") << int(TlsPolicy::Encrypt) << false << false << false;
}

void TestTlsEngines::imapClientPolicies()
{
    QFETCH(int, policy);
    QFETCH(bool, offered);
    QFETCH(bool, ok);
    QFETCH(bool, encrypted);
    ImapServer server(offered);
    ImapClientSession client(imapJob(TlsPolicy(policy)));
    converseImap(&client, server.session.get());
    QVERIFY(client.isFinished());
    QCOMPARE(client.isTlsActive(), encrypted);
    QCOMPARE(server.session->isTlsActive(), encrypted);
    const QList<QByteArray> verbs = verbsHeard(server.session.get(), true);
    QCOMPARE(verbs.contains("STARTTLS"), encrypted);
    const ImapClientResult &result = client.result();
    QCOMPARE(result.ok, ok);
    if (encrypted) {
        // §6.2.1: the capabilities asked again inside TLS, before LOGIN.
        QCOMPARE(verbs.mid(0, 3), (QList<QByteArray>{"STARTTLS", "CAPABILITY", "LOGIN"}));
    }
    if (ok) {
        QCOMPARE(result.messages.size(), 1);
        return;
    }
    QVERIFY(!verbs.contains("LOGIN"));
    QCOMPARE(result.error, QByteArray("TLS is required, but the server does not offer STARTTLS"));
    QCOMPARE(verbs.last(), QByteArray("LOGOUT"));
}

void TestTlsEngines::imapClientRespectsLoginDisabled()
{
    // §6.2.3: a client without TLS must not send LOGIN to a server that
    // said LOGINDISABLED; with May it goes through TLS and logs in.
    {
        ImapServer server(true, true);
        ImapClientSession client(imapJob(TlsPolicy::None));
        converseImap(&client, server.session.get());
        QVERIFY(!client.result().ok);
        QVERIFY(client.result().error.contains("LOGINDISABLED"));
        QVERIFY(!verbsHeard(server.session.get(), true).contains("LOGIN"));
    }
    ImapServer server(true, true);
    ImapClientSession client(imapJob(TlsPolicy::May));
    converseImap(&client, server.session.get());
    QVERIFY2(client.result().ok, client.result().error.constData());
    QCOMPARE(server.session->user(), QByteArray("fran"));
}

void TestTlsEngines::imapClientHandshakeFailed()
{
    ImapClientSession client(imapJob(TlsPolicy::May));
    client.receive("* OK [CAPABILITY IMAP4rev1 STARTTLS] servidor.edu ready\r\n");
    QCOMPARE(linesOf(client.takeOutput()), QList<QByteArray>{"a1 STARTTLS"});
    client.receive("a1 OK Begin TLS negotiation now\r\n");
    const QList<Utterance> out = client.takeOutput();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().startsTls);
    client.tlsBegun();
    client.tlsFailed(QStringLiteral("wrong host name"));
    QVERIFY(client.isFinished());
    QVERIFY(!client.result().ok);
    QCOMPARE(client.result().error, QByteArray("TLS handshake failed: wrong host name"));
    QVERIFY(client.takeOutput().isEmpty());
}

// --- explanations --------------------------------------------------------------------

void TestTlsEngines::explanations()
{
    using Direction = TranscriptEvent::Direction;
    const auto reply = [](const QByteArray &verb) {
        Explanations::LineContext c;
        c.role = LineRole::Reply;
        c.answeredVerb = verb;
        return c;
    };
    const auto hasDetail = [](const Explanation &e, const QString &rfc) {
        for (const ExplanationDetail &d : e.details) {
            if (d.rfc == rfc)
                return true;
        }
        return false;
    };
    // SMTP: the command, and the replies that mean something else after it.
    Explanation e = Explanations::forLine(Protocol::Smtp, Direction::ClientToServer, "STARTTLS",
                                          Phase::Opening);
    QCOMPARE(e.rfc, QStringLiteral("RFC 3207 §4"));
    QVERIFY(e.text.contains(QStringLiteral("220")));
    e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, "220 2.0.0 Ready to start TLS",
                              Phase::Opening, reply("STARTTLS"));
    QCOMPARE(e.title, QStringLiteral("220: ready to start TLS"));
    QCOMPARE(e.rfc, QStringLiteral("RFC 3207 §4.2"));
    // The greeting's 220 is still the greeting.
    e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, "220 servidor.edu", Phase::Opening,
                              reply(QByteArray()));
    QVERIFY2(e.title.contains(QStringLiteral("greeting")), qPrintable(e.title));
    e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                              "530 5.7.0 Must issue a STARTTLS command first", Phase::Opening, reply("AUTH"));
    QCOMPARE(e.title, QStringLiteral("530: STARTTLS first"));
    e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient, "530 5.7.0 Authentication required",
                              Phase::Transfer, reply("MAIL"));
    QCOMPARE(e.rfc, QStringLiteral("RFC 4954 §6"));
    e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                              "454 4.7.0 TLS not available due to local problem", Phase::Opening,
                              reply("STARTTLS"));
    QCOMPARE(e.title, QStringLiteral("454: TLS not available right now"));
    e = Explanations::forLine(Protocol::Smtp, Direction::ServerToClient,
                              "554 5.5.1 Error: TLS already active", Phase::Opening, reply("STARTTLS"));
    QCOMPARE(e.title, QStringLiteral("554: TLS is already active"));
    QCOMPARE(Explanations::forSmtpReplyCode(454).rfc, QStringLiteral("RFC 3207 §4"));
    // POP3.
    e = Explanations::forLine(Protocol::Pop3, Direction::ClientToServer, "STLS", Phase::Authorization);
    QCOMPARE(e.rfc, QStringLiteral("RFC 2595 §4"));
    e = Explanations::forLine(Protocol::Pop3, Direction::ServerToClient, "+OK Begin TLS negotiation",
                              Phase::Authorization, reply("STLS"));
    QCOMPARE(e.title, QStringLiteral("+OK: begin TLS"));
    Explanations::LineContext capa;
    capa.role = LineRole::ListingLine;
    capa.answeredVerb = "CAPA";
    e = Explanations::forLine(Protocol::Pop3, Direction::ServerToClient, "STLS", Phase::Authorization, capa);
    QCOMPARE(e.title, QStringLiteral("Capability: STLS"));
    // IMAP.
    e = Explanations::forLine(Protocol::Imap, Direction::ClientToServer, "a1 STARTTLS",
                              Phase::NotAuthenticated);
    QCOMPARE(e.rfc, QStringLiteral("RFC 3501 §6.2.1"));
    e = Explanations::forLine(Protocol::Imap, Direction::ServerToClient,
                              "a2 NO [PRIVACYREQUIRED] Plaintext authentication disallowed",
                              Phase::NotAuthenticated, reply("LOGIN"));
    QVERIFY(hasDetail(e, QStringLiteral("RFC 9051 §7.1")));
    Explanations::LineContext untagged;
    untagged.role = LineRole::Untagged;
    e = Explanations::forLine(Protocol::Imap, Direction::ServerToClient,
                              "* CAPABILITY IMAP4rev1 STARTTLS LITERAL+ LOGINDISABLED",
                              Phase::NotAuthenticated, untagged);
    QVERIFY(hasDetail(e, QStringLiteral("RFC 3501 §6.2.3")));
    QVERIFY(hasDetail(e, QStringLiteral("RFC 3501 §6.2.1")));
    e = Explanations::forLine(Protocol::Imap, Direction::ServerToClient,
                              "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] servidor.edu ready",
                              Phase::NotAuthenticated, reply(QByteArray()));
    QVERIFY(hasDetail(e, QStringLiteral("RFC 3501 §6.2.3")));
}

QTEST_GUILESS_MAIN(TestTlsEngines)
#include "tst_tlsengines.moc"
