// SPDX-License-Identifier: GPL-3.0-or-later
// smtpclientsession.h — the client side of SMTP, RFC 5321, as an engine.
//
// Used by a mail client to submit (port 587, with AUTH PLAIN, RFC 4954) and by
// a mail server to relay to the MX of the recipient's domain (port 25). Greets
// with EHLO and falls back to HELO on 500/502 (§4.1.4), or greets with HELO
// alone when asked to (the course's transcript does). With PIPELINING (RFC
// 2920) MAIL, every RCPT and DATA go out as one group, each still its own
// utterance. The content is dot-stuffed here (§4.5.2), in one place.
//
// SMTP was made for 7-bit ASCII (RFC 5321 §2.4). Before MAIL the engine checks
// what the message needs against what the server offered:
// - 8-bit octets in the content need 8BITMIME (RFC 6152 §3): MAIL gets
//   BODY=8BITMIME. Without it the job's sevenBitFallback turns the message
//   into a 7-bit one (quoted-printable text) and that is sent instead
//   (result.downgraded; the fallback is told whether HELO was the reason); with no fallback the job fails for good, 554 5.6.3
//   ("conversion required but not supported", RFC 3463) and MAIL is not sent.
// - A non-ASCII address (sender or recipient) or 8-bit octets in the header
//   section need SMTPUTF8 (RFC 6531 §3.4): MAIL gets the SMTPUTF8 parameter.
//   Without it the job fails for good, 553 5.6.7 (RFC 6531 §3.7.4.1); a
//   downgrade cannot help, an address cannot be re-encoded.
// Such a verdict answers no server reply: it carries the code a server would
// have given, so that a bounce reads like one, and failedCommand is "MAIL".
//
// TLS (RFC 3207), as the job's TlsPolicy says (Postfix's
// smtp_tls_security_level). With May or Encrypt, when EHLO's reply lists
// STARTTLS and TLS is not on yet, the client sends STARTTLS; after 220 it
// asks for TLS, and once the handshake is done it says EHLO again and
// forgets what the first EHLO said (§4.2). Without STARTTLS in the reply
// (or after a HELO), or when STARTTLS is refused, May goes on in clear;
// Encrypt says QUIT and the attempt fails for now, as Postfix defers it:
// "450 4.7.4 TLS is required, but was not offered by host X" (X: the name
// in the server's greeting), or the refusal itself. A failed handshake
// (tlsFailed()) is "450 4.7.5 TLS handshake failed: <reason>". These are
// verdicts of the client that answer no server reply, with the code Postfix
// uses for them, so the queue shows them like a server's. With implicit
// TLS (port 465) the handshake is done before the greeting: STARTTLS is
// never sent then.
#pragma once

#include "protocolsession.h"
#include "smtpreply.h"
#include "tlspolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

// How a session greeted the server, as the 7-bit fallback is told: after HELO
// (asked for, or after a refused EHLO) a server offers no extensions at all
// (RFC 5321 §4.1.1.1), 8BITMIME included, whatever it could have offered.
enum class SmtpGreeting {
    Ehlo,
    Helo
};

struct SmtpClientJob {
    QByteArray heloName = "localhost";
    bool useEhlo = true; // false: HELO only, as in the course
    QByteArray authUser; // empty: no AUTH
    QByteArray authPassword;
    QByteArray mailFrom; // without <>; empty gives MAIL FROM:<>
    QList<QByteArray> recipients; // without <>
    QByteArray content; // the message, CR LF line ends, not stuffed
    bool eightBit = false; // content has 8-bit octets (also found by the engine)
    // Called when the content has 8-bit octets and the server does not offer
    // 8BITMIME: returns the message made 7-bit (RFC 6152 §3). Empty: no
    // fallback. `greeting` says whether the server was greeted with HELO,
    // which gets no extensions (the reason there was no 8BITMIME).
    std::function<QByteArray(const QByteArray &message, SmtpGreeting greeting)> sevenBitFallback;
    // Called as soon as the end of DATA is answered 2xx, before QUIT is
    // written: a relay forgets its queue file here, so that the next hop,
    // which takes QUIT as proof that its 250 was read, is never wrong.
    std::function<void(const struct SmtpClientResult &)> accepted;
    // When to use STARTTLS (see above); None: never, as the course does.
    TlsPolicy tls = TlsPolicy::None;
};

struct SmtpClientResult {
    enum class Outcome {
        Pending, // not finished
        Delivered, // 250 after the final "." for at least one recipient
        TransientFailure, // 4xx or connection lost: try again later
        PermanentFailure // 5xx: bounce
    };
    Outcome outcome = Outcome::Pending;
    QList<QByteArray> acceptedRecipients;
    QList<QPair<QByteArray, SmtpReply>> rejectedRecipients; // each with its reply
    SmtpReply lastReply; // the reply that decided the outcome
    QByteArray failedCommand; // the command that reply answered ("RCPT", "DATA" …)
    QList<QByteArray> extensions; // EHLO keywords the server advertised
    bool downgraded = false; // the content was made 7-bit by the job's fallback
    bool smtpUtf8 = false; // MAIL carried SMTPUTF8 (RFC 6531)
};

class SmtpClientSession : public ProtocolSession
{
public:
    enum class State {
        WaitGreeting,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        Content,
        Quit,
        Done
    };

    explicit SmtpClientSession(const SmtpClientJob &job);

    Protocol protocol() const override { return Protocol::Smtp; }
    void connectionLost() override;
    void timeout() override;
    void tlsEstablished() override;
    void tlsFailed(const QString &reason) override;
    Phase phase() const override;

    State state() const;
    bool isFinished() const;
    const SmtpClientResult &result() const;

    // True if the server's EHLO reply listed this keyword ("PIPELINING").
    bool hasExtension(const QByteArray &keyword) const;
    // The lines of the message as sent after 354: line ends normalised to CR LF
    // (a bare LF or CR counts as one, §2.3.8), dot-stuffed (§4.5.2) and ended
    // by the "." line.
    static QList<QByteArray> contentLines(const QByteArray &content);
    // Whether the message needs SMTPUTF8: a non-ASCII address or 8-bit octets
    // in its header section (RFC 6531 §3.4, RFC 6532).
    static bool needsSmtpUtf8(const SmtpClientJob &job);

    // When no reply decided the outcome (connection lost, timeout, a malformed
    // reply, AUTH not offered), result().lastReply has code 0 and says why.
    // A refused greeting answers no command: failedCommand stays empty. The
    // reply after the final "." counts as DATA's.

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // What a command is waiting for; the queue holds one entry per command sent
    // and not yet answered, so pipelined replies are matched in order (RFC 2920).
    struct Pending {
        State command = State::WaitGreeting;
        int recipient = -1; // index into m_job.recipients for RCPT
        qint64 line = -1; // the number of the line sent (Utterance::lastLine); -1: the greeting
    };

    void handleReply(const Pending &pending, const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleHelo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleMail(const SmtpReply &reply);
    void handleRecipient(int index, const SmtpReply &reply);
    void handleData(const SmtpReply &reply);
    void handleContent(const SmtpReply &reply);

    void sendCommand(State command, const QByteArray &text, int recipient = -1);
    void sendGreeting(bool extended);
    // After HELO/EHLO: STARTTLS as the TLS policy asks, else AUTH or MAIL.
    void afterGreeting();
    void sendAuthOrMail();
    void sendMail();
    bool prepareContent();
    void sendRecipient(int index);
    void sendData();
    void sendContent(bool empty);
    void sendQuit();
    void afterRecipients();
    void closeNow();
    void fail(SmtpClientResult::Outcome outcome, const QByteArray &command, const SmtpReply &reply);
    void failFromReply(const QByteArray &command, const SmtpReply &reply);
    void protocolError(const QByteArray &reason);
    void parseExtensions(const SmtpReply &reply);
    SmtpReply recipientsVerdict(SmtpClientResult::Outcome *outcome) const;
    static Phase phaseOf(State command);
    static QByteArray commandName(State command);

    SmtpClientJob m_job;
    SmtpClientResult m_result;
    QList<Pending> m_pending; // commands awaiting a reply, oldest first
    QList<QByteArray> m_replyWire; // raw lines of the reply being read
    SmtpReply m_reply; // the reply being read (multi-line: §4.2.1)
    bool m_extended = false; // greeted with EHLO and it was accepted
    bool m_pipelining = false; // MAIL/RCPT/DATA sent as one group
    bool m_mailFailed = false; // MAIL refused (pipelined: replies still due)
    bool m_eightBit = false; // the content sent has 8-bit octets: BODY=8BITMIME
    bool m_awaitingTls = false; // STARTTLS answered 220: the handshake is under way
    QByteArray m_serverName; // the first word of the greeting, for reasons
    bool m_done = false;
};
