// SPDX-License-Identifier: GPL-3.0-or-later
// smtpserversession.h — the server side of SMTP, RFC 5321, as an engine.
//
// Commands: EHLO (advertising PIPELINING, SIZE, 8BITMIME, SMTPUTF8,
// ENHANCEDSTATUSCODES, HELP, and AUTH PLAIN LOGIN on submission), HELO, MAIL
// FROM (SIZE=, BODY=, SMTPUTF8),
// RCPT TO, DATA (dot-unstuffing, §4.5.2), RSET, NOOP, QUIT, VRFY (252), HELP,
// AUTH (RFC 4954). Limits are explicit values in SmtpServerConfig, each one a
// teaching point. Policy (who may relay, who exists, where mail is stored)
// belongs to the SmtpServerDelegate: the engine only speaks the protocol.
//
// Replies. After HELO they are exactly the course's ("250 Hello cliente.fr,
// pleased to meet you", "250 ana@cliente.fr... Sender ok", "250
// fran@servidor.edu ... Recipient ok", "354 Enter mail, end with "." on a line
// by itself", "250 Message accepted for delivery", "221 servidor.edu closing
// connection"). RFC 3463 enhanced codes ("250 2.1.0 …") are added only after
// EHLO, when ENHANCEDSTATUSCODES is configured (RFC 2034 §3); before any
// EHLO, 421s carry none either. 334, 354 and the EHLO reply never carry one.
//
// Decisions worth knowing:
// - Sequence errors are 503 5.5.1; DATA when every RCPT was refused is 554
//   5.5.1 "no valid recipients" (RFC 5321 §3.3). A command that cannot be
//   parsed ("MAIL FROM" without <>) is 501 5.5.4; a well-formed command whose
//   mailbox is not a valid address ("<ana@@x>") is 553 5.1.7 (sender) or
//   553 5.1.3 (recipient), RFC 5321 §4.2.3's "mailbox syntax incorrect". A
//   path longer than 256 octets is 501 5.5.4 "Path too long" (§4.5.3.1.3).
// - Unknown commands: 500 5.5.1 "Command unrecognized"; commands that exist in
//   RFC 5321 or common extensions but are not offered (EXPN, TURN, BDAT,
//   STARTTLS without a certificate, and AUTH when not on submission):
//   502 5.5.1. Unknown MAIL/RCPT parameters, and any parameter after HELO:
//   555 5.5.4 (§4.1.1.11).
// - Command lines: longer than maximumCommandLength (CR LF included), or with a
//   bare LF, a bare CR, a NUL or an 8-bit octet, get 500 5.5.2 with a text
//   naming the fault; the line is not executed and the session stays in sync.
//   The one exception is 8-bit octets in MAIL and RCPT (RFC 6531 §3.3): a
//   UTF-8 address is accepted when MAIL carried the SMTPUTF8 parameter (only
//   offered after EHLO when smtpUtf8 is configured); otherwise, or when the
//   octets are not UTF-8, it is 553 5.6.7 "non-ASCII addresses not permitted
//   for that sender/recipient" (RFC 6531 §3.7.4.1). SMTPUTF8 takes no value:
//   "SMTPUTF8=x" is 501 5.5.4.
// - DATA content (RFC 5321 §4.5.2): "." alone ends it and a leading "." is
//   removed. 8-bit octets, NULs and bare CRs are kept as they came. A line
//   ended by a bare LF is accepted as content and stored with CR LF (as
//   Postfix's smtpd_forbid_bare_newline = normalize), but "." followed by a
//   bare LF does NOT end the data and is kept as a "." line: only CR LF . CR LF
//   ends a message, which defeats "SMTP smuggling". A text line longer than
//   maximumTextLineLength makes the whole message fail with 500 5.5.2 "Line
//   too long" (§4.5.3.1.6) once "." arrives; content beyond
//   maximumMessageSize makes it fail with 552 5.3.4 (RFC 1870 §6.3), and from
//   then on nothing more is buffered. In both cases nothing is stored.
// - The error counter (Postfix's smtpd_hard_error_limit) counts replies caused
//   by the client's mistakes: 500, 501, 502, 503, 504, 530, 535 (guessing
//   passwords is what the limit is for), 553, 554 "no valid recipients", 555.
//   It does not count the delegate's refusals, 452 "Too many recipients"
//   (§4.5.3.1.10: the client should send the rest later), 552 or a client
//   cancelling AUTH with "*". When it reaches maximumErrors the engine says
//   "421 4.7.0 <domain> Error: too many errors" and closes.
// - AUTH (RFC 4954) is offered and accepted only on submission, only after
//   EHLO and outside a mail transaction. The AUTH line and every continuation
//   line are recorded as heard with sensitive = true. Continuation lines are
//   held to maximumCommandLength too (RFC 4954 §4 would allow 12288 octets).
// - STARTTLS (RFC 3207), when tlsOffered: listed in EHLO outside TLS,
//   answered "220 2.0.0 Ready to start TLS", after which the session starts
//   again from nothing (§4.2: HELO/EHLO, the envelope and AUTH are
//   forgotten) and whatever the client pipelined after STARTTLS is dropped
//   unread (CVE-2011-0411). As Postfix's smtpd: 502 5.5.1 when not offered,
//   501 5.5.4 with a parameter, 554 5.5.1 "Error: TLS already active" inside
//   TLS. With tlsAuthOnly, AUTH outside TLS is not advertised and gets
//   530 5.7.0 "Must issue a STARTTLS command first" (§4).
// - The delegate's reply is said as it is; when its text is empty the engine
//   fills in its standard text (and enhanced code, for the expected code), so
//   a delegate may simply return SmtpReply(250, {}, {}).
#pragma once

#include "protocolsession.h"
#include "smtpreply.h"

#include <QByteArray>
#include <QFlags>
#include <QList>

#include <functional>
#include <optional>

struct SmtpServerConfig {
    QByteArray domain = "localhost"; // in the greeting and in replies
    QByteArray greetingText; // after the domain in 220; may be empty
    qint64 maximumMessageSize = 10 * 1024 * 1024; // SIZE, RFC 1870; 552 beyond it
    int maximumRecipients = 100; // RFC 5321 §4.5.3.1.8; 452 beyond it
    int maximumErrors = 10; // then 421 and close (Postfix smtpd_hard_error_limit)
    int maximumCommandLength = 512; // §4.5.3.1.4, CR LF included
    int maximumTextLineLength = 1000; // §4.5.3.1.6, CR LF included
    bool submission = false; // port 587 (RFC 6409): offer AUTH, require it for MAIL
    bool pipelining = true; // RFC 2920
    bool eightBitMime = true; // RFC 6152
    bool smtpUtf8 = true; // RFC 6531: UTF-8 addresses and headers
    bool enhancedStatusCodes = true; // RFC 2034
    // RFC 3207: a certificate is configured, so STARTTLS is advertised and
    // accepted (502 otherwise, as before TLS existed here).
    bool tlsOffered = false;
    // Postfix's smtpd_tls_auth_only: AUTH neither advertised nor accepted
    // before TLS (530 5.7.0), so no password crosses the wire in clear.
    bool tlsAuthOnly = false;
};

// What the engine gathered for one message.
struct SmtpEnvelope {
    QByteArray heloName; // argument of HELO/EHLO
    bool extended = false; // EHLO rather than HELO
    QByteArray peerAddress; // "127.0.0.3:41234", set by the connection
    QByteArray authenticatedUser; // after a successful AUTH, else empty
    QByteArray mailFrom; // reverse-path without <>; empty for <>
    QList<QByteArray> recipients; // forward-paths without <>
    QByteArray bodyType; // "7BIT" or "8BITMIME" (BODY=), empty if absent
    bool smtpUtf8 = false; // MAIL carried SMTPUTF8 (RFC 6531 §3.4)
    qint64 declaredSize = -1; // SIZE= value, -1 if absent
};

// Any of its replies may be 421: the session says it and closes (RFC 5321 §3.8).
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
    // An address without a domain in MAIL FROM or RCPT TO ("fran"): the
    // whole address it stands for (Postfix qualifies it with @$myorigin,
    // append_at_myorigin), which the checks below then see; empty (the
    // default) refuses it as RFC 5321 §4.1.2 does (553 "Bad … address syntax").
    // Asked only for a local part that is valid on its own.
    virtual QByteArray qualifyAddress(const QByteArray &localPart)
    {
        Q_UNUSED(localPart);
        return QByteArray();
    }
    // The end of DATA: content is the unstuffed message (CR LF line ends, no final
    // "."). Return 250 only once the message is stored in a mailbox or a queue;
    // stored through a durable write, the reply carries that write's ticket
    // (SmtpReply::durableTicket) and leaves only once it is durable.
    virtual SmtpReply acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content) = 0;
    // Asked once the first line of the content has arrived: true drops the
    // connection there, in the middle of DATA (a simulated network cut). A
    // reply with code 0 from the checks above drops it instead of answering.
    virtual bool cutDuringData(const SmtpEnvelope &envelope)
    {
        Q_UNUSED(envelope);
        return false;
    }
    // For a reply to the end of DATA that carried a receipt: a command came
    // after the reply had been written, so the client read it (confirmed), or
    // the session ended without one (the client may send the message again).
    virtual void messageConfirmed(const QByteArray &receipt) { Q_UNUSED(receipt); }
    virtual void messageUnconfirmed(const QByteArray &receipt) { Q_UNUSED(receipt); }
};

class SmtpServerSession : public ProtocolSession
{
public:
    enum class State {
        Greeting, // before 220 was said
        Ready, // 220 said, waiting for HELO/EHLO
        Greeted, // HELO/EHLO accepted: MAIL may come
        MailGiven, // MAIL accepted: RCPT may come
        RecipientGiven, // at least one RCPT accepted: DATA may come
        Data, // 354 said: reading the content up to "."
        AuthLogin, // inside AUTH LOGIN or AUTH PLAIN's continuation
        Closed // 221 or 421 said
    };

    SmtpServerSession(const SmtpServerConfig &config, SmtpServerDelegate *delegate);

    Protocol protocol() const override { return Protocol::Smtp; }
    void start() override;
    void timeout() override;
    void connectionLost() override;
    void replyWritten(const QByteArray &receipt) override;
    Phase phase() const override;
    QByteArray loggedInUser() const override { return m_envelope.authenticatedUser; }

    State state() const;
    const SmtpEnvelope &envelope() const;
    // The recipients of the last message whose data ended (the transaction
    // is over when its reply is said).
    QList<QByteArray> lastRecipients() const { return m_lastRecipients; }
    void setPeerAddress(const QByteArray &address);
    // Asked on each MAIL command: false refuses it with Postfix's "450 4.7.1
    // Error: too much mail from ADDRESS" (a per-client message rate).
    void setMessageAdmission(const QByteArray &clientAddress, std::function<bool()> admit);
    int errorCount() const;
    // Commands valid in the current state (upper case), for the GUI. Empty
    // while reading DATA content or an AUTH continuation, and once closed.
    QList<QByteArray> allowedCommands() const;
    // Octets held for the DATA in progress (content and its record): bounded
    // by maximumMessageSize plus one text line, however much the client sends.
    qint64 bufferedDataSize() const;

    // The course's positive replies, for delegates that want to return them.
    static SmtpReply senderOk(const QByteArray &sender); // 250 2.1.0
    static SmtpReply recipientOk(const QByteArray &recipient); // 250 2.1.5
    static SmtpReply messageAccepted(); // 250 2.0.0

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // One row of the command table (Postfix's smtpd command table): the
    // handler gets the text after the verb, leading and trailing spaces
    // removed, once the row's flags allow the command in the current state.
    using Handler = void (SmtpServerSession::*)(const QByteArray &argument, Phase phase);
    enum class CommandFlag {
        // When the command may run, checked in this order (refusal()); each
        // refusal counts as the client's error.
        NotOffered = 0x1, // known to RFC 5321 or an extension, not offered: 502 5.5.1
        SubmissionOnly = 0x2, // offered on submission only, else 502 5.5.1 (AUTH)
        NeedsHello = 0x4, // after HELO or EHLO, else 503 5.5.1 "send HELO/EHLO first"
        NeedsEhlo = 0x8, // after EHLO, else 503 5.5.1 "send EHLO first" (RFC 4954 §4)
        NoArgument = 0x10, // takes no argument, else 501 5.5.4 "Syntax: <verb>"
        NotAuthenticated = 0x20, // before a successful AUTH, else 503 5.5.1 (RFC 4954 §4)
        OpensTransaction = 0x40, // not in a transaction, else 503 5.5.1 "nested MAIL command"
        OutsideTransaction = 0x80, // not in a transaction, else 503 5.5.1 "MAIL transaction in progress"
        NeedsMail = 0x100, // in a transaction, else 503 5.5.1 "need MAIL command"
        NeedsRecipient = 0x200, // after an accepted RCPT, else 554 5.5.1 "no valid recipients" (§3.3)
        NeedsAuthentication = 0x400, // on submission after AUTH, else 530 5.7.0 (RFC 6409 §4.3)
        // How the command line is treated.
        OpeningPhase = 0x800, // in the opening whatever the state (HELO, EHLO, AUTH), not the transfer
        ClosingPhase = 0x1000, // in the closing (QUIT)
        EightBitAddresses = 0x2000, // may carry UTF-8 addresses (RFC 6531 §3.3): MAIL, RCPT
        Sensitive = 0x4000, // may carry a secret, heard as sensitive (AUTH's initial response)
        // TLS (RFC 3207).
        NeedsTlsOffered = 0x8000, // a certificate is configured, else 502 5.5.1; not in TLS, else 554 5.5.1
        TlsForSecrets = 0x10000 // with tlsAuthOnly, inside TLS only, else 530 5.7.0 (AUTH)
    };
    Q_DECLARE_FLAGS(CommandFlags, CommandFlag)
    // Q_DECLARE_OPERATORS_FOR_FLAGS, kept private: "A | B" in the table.
    friend constexpr CommandFlags operator|(CommandFlag a, CommandFlag b) { return CommandFlags(a) | b; }
    struct Command {
        const char *name;
        Handler handler; // null for NotOffered
        CommandFlags flags;
    };
    static const Command commandTable[]; // in the order allowedCommands() lists them
    static const Command *findCommand(const QByteArray &verb);
    // The reply refusing `command` now (a sequence error, 501 to an argument
    // where none belongs, 502, 530, 554), from its flags and the state; none
    // when it may run.
    std::optional<SmtpReply> refusal(const Command &command, const QByteArray &argument) const;

    // Whether a reply counts towards maximumErrors.
    enum class ErrorCount {
        Ignore,
        Count
    };
    enum class AuthStep {
        None,
        PlainResponse,
        LoginUser,
        LoginPassword
    };

    void handleCommandLine(const LineReader::Line &line);
    void handleContentLine(const LineReader::Line &line);
    // One line of content; false when the content is over (".", a cut).
    bool takeContentLine(LineReader::Line &line);
    void handleAuthResponse(const LineReader::Line &line);
    // A 500 5.5.2 naming what is wrong with the octets of a command line
    // (too long, bare LF, bare CR, NUL, 8-bit unless allowed); false if the
    // line is sound.
    bool rejectMalformedLine(const LineReader::Line &line, Phase phase, bool eightBitAllowed = false);
    // Replies 553 and returns false when a MAIL/RCPT mailbox is not allowed:
    // 5.6.7 for non-ASCII without SMTPUTF8, `syntaxCode` for bad syntax.
    // `mailbox` as the delegate qualifies it when it has no domain (else as it is).
    QByteArray qualified(const QByteArray &mailbox, bool utf8) const;
    bool checkMailbox(const QByteArray &mailbox, bool utf8, const QByteArray &syntaxCode,
                      const QByteArray &role, Phase phase);

    void commandHelo(const QByteArray &argument, Phase phase);
    void commandEhlo(const QByteArray &argument, Phase phase);
    void commandMail(const QByteArray &argument, Phase phase);
    void commandRcpt(const QByteArray &argument, Phase phase);
    void commandData(const QByteArray &argument, Phase phase);
    void commandRset(const QByteArray &argument, Phase phase);
    void commandNoop(const QByteArray &argument, Phase phase);
    void commandQuit(const QByteArray &argument, Phase phase);
    void commandVrfy(const QByteArray &argument, Phase phase);
    void commandHelp(const QByteArray &argument, Phase phase);
    void commandAuth(const QByteArray &argument, Phase phase);
    void commandStartTls(const QByteArray &argument, Phase phase);

    void greet(const QByteArray &argument, Phase phase, bool extended);
    // Parses "FROM:<path> params" / "TO:<path> params" (§4.1.2); replies and
    // returns false on a syntax error.
    bool parsePath(const QByteArray &argument, const QByteArray &keyword, Phase phase, QByteArray *path,
                   QList<QByteArray> *parameters);
    void finishData();
    void finishAuthPlain(const QByteArray &response);
    void finishAuthentication(const QByteArray &user, const QByteArray &password);
    void leaveAuthentication();
    void resetTransaction();
    // Drop the connection without a word (a simulated network cut).
    void cut();
    void closeWith(int code, const QByteArray &enhanced, const QByteArray &text);

    void reply(const SmtpReply &reply, Phase phase, ErrorCount count = ErrorCount::Ignore);
    void reply(int code, const QByteArray &enhanced, const QByteArray &text, Phase phase,
               ErrorCount count = ErrorCount::Ignore);
    // The delegate's reply, its empty text filled from `standard`.
    static SmtpReply completeReply(SmtpReply reply, const SmtpReply &standard);
    bool withEnhancedCodes() const;
    bool isGreeted() const;
    bool inTransaction() const;

    SmtpServerConfig m_config;
    SmtpServerDelegate *m_delegate;
    State m_state = State::Greeting;
    State m_stateBeforeAuth = State::Greeted;
    Phase m_phase = Phase::Opening; // of the last command; kept once Closed
    SmtpEnvelope m_envelope;
    QList<QByteArray> m_lastRecipients;
    int m_errors = 0;
    // The receipt of the last message accepted, until the client shows it
    // read the 250 (a command after it was written) or the session ends.
    QByteArray m_receipt;
    bool m_receiptWritten = false;
    void settleReceipt(bool confirmed);

    AuthStep m_authStep = AuthStep::None;
    QByteArray m_authUser; // AUTH LOGIN: the user name, until the password

    // The DATA lines as they came (still dot-stuffed, without their endings).
    // The heard utterance (the transcript) and the unstuffed content to store
    // are both made from them at ".": one copy of the message is held while
    // it arrives, not two.
    QList<QByteArray> m_dataLines; // DATA lines as received (transcript and message)
    // How many lines the last message had: room made for as many. A new
    // session starts from the last message of any session on its thread (a
    // client sending one message a connection sends alike messages too).
    qsizetype m_lastDataLines = 0;
    qint64 m_contentSize = 0; // octets of the unstuffed content so far
    bool m_dataTooBig = false; // over maximumMessageSize: nothing more kept
    bool m_dataLineTooLong = false; // a line over maximumTextLineLength came
    std::function<bool()> m_admitMessage; // a per-client message rate (the world's anvil)
    QByteArray m_clientAddress;
};
