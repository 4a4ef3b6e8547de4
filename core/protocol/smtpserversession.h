// smtpserversession.h — the server side of SMTP, RFC 5321, as an engine.
//
// Commands: EHLO (advertising PIPELINING, SIZE, 8BITMIME, ENHANCEDSTATUSCODES,
// HELP, and AUTH PLAIN LOGIN on submission), HELO, MAIL FROM (SIZE=, BODY=),
// RCPT TO, DATA (dot-unstuffing, §4.5.2), RSET, NOOP, QUIT, VRFY (252), HELP,
// AUTH (RFC 4954). Limits are explicit values in SmtpServerConfig, each one a
// teaching point. Policy (who may relay, who exists, where mail is stored)
// belongs to the SmtpServerDelegate: the engine only speaks the protocol.
#pragma once

#include "protocolsession.h"
#include "smtpreply.h"

#include <QByteArray>
#include <QList>

struct SmtpServerConfig {
    QByteArray domain = "localhost";   // in the greeting and in replies
    QByteArray greetingText;           // after the domain in 220; may be empty
    qint64 maximumMessageSize = 10 * 1024 * 1024; // SIZE, RFC 1870; 552 beyond it
    int maximumRecipients = 100;       // RFC 5321 §4.5.3.1.8; 452 beyond it
    int maximumErrors = 10;            // then 421 and close (Postfix smtpd_hard_error_limit)
    int maximumCommandLength = 512;    // §4.5.3.1.4, CR LF included
    int maximumTextLineLength = 1000;  // §4.5.3.1.6, CR LF included
    bool submission = false;           // port 587 (RFC 6409): offer AUTH, require it for MAIL
    bool pipelining = true;            // RFC 2920
    bool eightBitMime = true;          // RFC 6152
    bool enhancedStatusCodes = true;   // RFC 2034
};

// What the engine gathered for one message.
struct SmtpEnvelope {
    QByteArray heloName;               // argument of HELO/EHLO
    bool extended = false;             // EHLO rather than HELO
    QByteArray peerAddress;            // "127.0.0.3:41234", set by the connection
    QByteArray authenticatedUser;      // after a successful AUTH, else empty
    QByteArray mailFrom;               // reverse-path without <>; empty for <>
    QList<QByteArray> recipients;      // forward-paths without <>
    QByteArray bodyType;               // "7BIT" or "8BITMIME" (BODY=), empty if absent
    qint64 declaredSize = -1;          // SIZE= value, -1 if absent
};

class SmtpServerDelegate
{
public:
    virtual ~SmtpServerDelegate() = default;
    // RFC 4954 AUTH PLAIN/LOGIN.
    virtual bool authenticate(const QByteArray &user, const QByteArray &password) = 0;
    // MAIL FROM: 250 to accept, or a refusal.
    virtual SmtpReply checkSender(const SmtpEnvelope &envelope, const QByteArray &sender) = 0;
    // RCPT TO: 250 (local user or allowed relay), 550 5.1.1 (no such user),
    // 554 5.7.1 (relay denied), 452 4.2.2 (mailbox full) …
    virtual SmtpReply checkRecipient(const SmtpEnvelope &envelope, const QByteArray &recipient) = 0;
    // The end of DATA: content is the unstuffed message (CR LF line ends, no final
    // "."). Return 250 only once the message is stored in a mailbox or a queue.
    virtual SmtpReply acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content) = 0;
};

class SmtpServerSession : public ProtocolSession
{
public:
    enum class State {
        Greeting,      // before 220 was said
        Ready,         // 220 said, waiting for HELO/EHLO
        Greeted,       // HELO/EHLO accepted: MAIL may come
        MailGiven,     // MAIL accepted: RCPT may come
        RecipientGiven,// at least one RCPT accepted: DATA may come
        Data,          // 354 said: reading the content up to "."
        AuthLogin,     // inside AUTH LOGIN or AUTH PLAIN's continuation
        Closed         // 221 or 421 said
    };

    SmtpServerSession(const SmtpServerConfig &config, SmtpServerDelegate *delegate);

    Protocol protocol() const override { return Protocol::Smtp; }
    void start() override;
    void timeout() override;
    void connectionLost() override;
    Phase phase() const override;

    State state() const;
    const SmtpEnvelope &envelope() const;
    void setPeerAddress(const QByteArray &address);
    int errorCount() const;
    // Commands valid in the current state (upper case), for the GUI.
    QList<QByteArray> allowedCommands() const;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // (members chosen by the engine's implementation)
};
