// smtpclientsession.h — the client side of SMTP, RFC 5321, as an engine.
//
// Used by a mail client to submit (port 587, with AUTH PLAIN, RFC 4954) and by
// a mail server to relay to the MX of the recipient's domain (port 25). Greets
// with EHLO and falls back to HELO on 500/502 (§4.1.4), or greets with HELO
// alone when asked to (the course's transcript does). With PIPELINING (RFC
// 2920) MAIL, every RCPT and DATA go out as one group, each still its own
// utterance. The content is dot-stuffed here (§4.5.2), in one place.
#pragma once

#include "protocolsession.h"
#include "smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QPair>

struct SmtpClientJob {
    QByteArray heloName = "localhost";
    bool useEhlo = true;              // false: HELO only, as in the course
    QByteArray authUser;              // empty: no AUTH
    QByteArray authPassword;
    QByteArray mailFrom;              // without <>; empty gives MAIL FROM:<>
    QList<QByteArray> recipients;     // without <>
    QByteArray content;               // the message, CR LF line ends, not stuffed
    bool eightBit = false;            // content has 8-bit octets: BODY=8BITMIME if offered
};

struct SmtpClientResult {
    enum class Outcome {
        Pending,            // not finished
        Delivered,          // 250 after the final "." for at least one recipient
        TransientFailure,   // 4xx or connection lost: try again later
        PermanentFailure    // 5xx: bounce
    };
    Outcome outcome = Outcome::Pending;
    QList<QByteArray> acceptedRecipients;
    QList<QPair<QByteArray, SmtpReply>> rejectedRecipients; // each with its reply
    SmtpReply lastReply;      // the reply that decided the outcome
    QByteArray failedCommand; // the command that reply answered ("RCPT", "DATA" …)
    QList<QByteArray> extensions; // EHLO keywords the server advertised
};

class SmtpClientSession : public ProtocolSession
{
public:
    enum class State {
        WaitGreeting, Ehlo, Helo, Auth, Mail, Rcpt, Data, Content, Quit, Done
    };

    explicit SmtpClientSession(const SmtpClientJob &job);

    Protocol protocol() const override { return Protocol::Smtp; }
    void connectionLost() override;
    void timeout() override;
    Phase phase() const override;

    State state() const;
    bool isFinished() const;
    const SmtpClientResult &result() const;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // (members chosen by the engine's implementation)
};
