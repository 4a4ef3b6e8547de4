// SPDX-License-Identifier: GPL-3.0-or-later
// smtpserversession.cpp — RFC 5321 server engine with SIZE (RFC 1870),
// PIPELINING (RFC 2920), 8BITMIME (RFC 6152), SMTPUTF8 (RFC 6531),
// ENHANCEDSTATUSCODES (RFC 2034, RFC 3463) and AUTH PLAIN/LOGIN (RFC 4954,
// RFC 4616).
//
// One handler per command, found through a table whose flags also say when
// each command may run (the 503s come from there, in refusal()) and how its
// line is recorded. Every reply goes through reply(), which writes enhanced
// codes only after EHLO and counts the client's errors. This file holds the
// session and the commands of the envelope; path and mailbox syntax is in
// smtpaddress.cpp, DATA content in smtpservercontent.cpp, AUTH in
// smtpserverauth.cpp.
#include "smtpserversession.h"

#include "smtpaddress.h"

#include <utility>

namespace {

// The course's texts (section 3 of the course, its SMTP transcript).
const QByteArray pleasedText = ", pleased to meet you";
const QByteArray closingText = " closing connection";

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// RFC 5321 §4.2.2/§4.2.3 texts, for a delegate's reply that came without one.
QByteArray standardText(int code)
{
    switch (code) {
    case 250: return "Ok";
    case 251: return "User not local; will forward";
    case 252: return "Cannot VRFY user, but will accept message and attempt delivery";
    case 450: return "Requested mail action not taken: mailbox unavailable";
    case 451: return "Requested action aborted: local error in processing";
    case 452: return "Requested action not taken: insufficient system storage";
    case 550: return "Requested action not taken: mailbox unavailable";
    case 551: return "User not local";
    case 552: return "Requested mail action aborted: exceeded storage allocation";
    case 553: return "Requested action not taken: mailbox name not allowed";
    case 554: return "Transaction failed";
    default: return QByteArray();
    }
}

// A reply's code as its text: the four of every message (and the greeting
// and the goodbye) are static, shared by every reply, not made for each.
QByteArray codeText(int code)
{
    switch (code) {
    case 220: return QByteArrayLiteral("220");
    case 221: return QByteArrayLiteral("221");
    case 250: return QByteArrayLiteral("250");
    case 354: return QByteArrayLiteral("354");
    default: return QByteArray::number(code);
    }
}

} // namespace

SmtpServerSession::SmtpServerSession(const SmtpServerConfig &config, SmtpServerDelegate *delegate)
    : m_config(config)
    , m_delegate(delegate)
{
    m_reader.setMaximumLength(m_config.maximumCommandLength - 2);
}

// One row per command: its name, its handler, when it may run and how its
// line is treated (CommandFlag). The 503s and their kin come from here.
const SmtpServerSession::Command SmtpServerSession::commandTable[] = {
    {"EHLO", &SmtpServerSession::commandEhlo, CommandFlag::OpeningPhase},
    {"HELO", &SmtpServerSession::commandHelo, CommandFlag::OpeningPhase},
    {"AUTH", &SmtpServerSession::commandAuth,
     CommandFlag::SubmissionOnly | CommandFlag::TlsForSecrets | CommandFlag::NeedsEhlo
         | CommandFlag::NotAuthenticated | CommandFlag::OutsideTransaction | CommandFlag::OpeningPhase
         | CommandFlag::Sensitive},
    {"STARTTLS", &SmtpServerSession::commandStartTls,
     CommandFlag::NeedsTlsOffered | CommandFlag::NoArgument | CommandFlag::OpeningPhase},
    {"MAIL", &SmtpServerSession::commandMail,
     CommandFlag::NeedsHello | CommandFlag::OpensTransaction | CommandFlag::NeedsAuthentication
         | CommandFlag::EightBitAddresses},
    {"RCPT", &SmtpServerSession::commandRcpt,
     CommandFlag::NeedsHello | CommandFlag::NeedsMail | CommandFlag::EightBitAddresses},
    {"DATA", &SmtpServerSession::commandData,
     CommandFlag::NeedsHello | CommandFlag::NoArgument | CommandFlag::NeedsMail
         | CommandFlag::NeedsRecipient},
    {"RSET", &SmtpServerSession::commandRset, CommandFlag::NoArgument},
    {"NOOP", &SmtpServerSession::commandNoop, {}},
    {"VRFY", &SmtpServerSession::commandVrfy, {}},
    {"HELP", &SmtpServerSession::commandHelp, {}},
    {"QUIT", &SmtpServerSession::commandQuit, CommandFlag::ClosingPhase},
    // Known to RFC 5321 or common extensions, not offered here: 502.
    {"EXPN", nullptr, CommandFlag::NotOffered},
    {"TURN", nullptr, CommandFlag::NotOffered},
    {"ETRN", nullptr, CommandFlag::NotOffered},
    {"SEND", nullptr, CommandFlag::NotOffered},
    {"SOML", nullptr, CommandFlag::NotOffered},
    {"SAML", nullptr, CommandFlag::NotOffered},
    {"BDAT", nullptr, CommandFlag::NotOffered},
};

const SmtpServerSession::Command *SmtpServerSession::findCommand(const QByteArray &verb)
{
    for (const Command &command : commandTable) {
        if (verb == command.name)
            return &command;
    }
    return nullptr;
}

std::optional<SmtpReply> SmtpServerSession::refusal(const Command &command, const QByteArray &argument) const
{
    const CommandFlags flags = command.flags;
    const QByteArray notImplemented = QByteArrayLiteral("Command not implemented"); // no allocation a command
    if (flags.testFlag(CommandFlag::NotOffered))
        return SmtpReply(502, "5.5.1", notImplemented);
    if (flags.testFlag(CommandFlag::SubmissionOnly) && !m_config.submission)
        return SmtpReply(502, "5.5.1", notImplemented);
    // Without a certificate STARTTLS is as unknown as before (Postfix's 502).
    if (flags.testFlag(CommandFlag::NeedsTlsOffered) && !m_config.tlsOffered)
        return SmtpReply(502, "5.5.1", notImplemented);
    // RFC 3207 §4: 530 for a command refused until STARTTLS; the words are
    // Postfix's (smtpd_tls_auth_only).
    if (flags.testFlag(CommandFlag::TlsForSecrets) && m_config.tlsAuthOnly && !isTlsActive())
        return SmtpReply(530, "5.7.0", "Must issue a STARTTLS command first");
    if (flags.testFlag(CommandFlag::NeedsHello) && !isGreeted())
        return SmtpReply(503, "5.5.1", "Error: send HELO/EHLO first");
    if (flags.testFlag(CommandFlag::NeedsEhlo) && (!isGreeted() || !m_envelope.extended))
        return SmtpReply(503, "5.5.1", "Error: send EHLO first");
    if (flags.testFlag(CommandFlag::NoArgument) && !argument.isEmpty())
        return SmtpReply(501, "5.5.4", QByteArray("Syntax: ") + command.name);
    // RFC 3207 §4.2: STARTTLS once; Postfix's reply to a second one.
    if (flags.testFlag(CommandFlag::NeedsTlsOffered) && isTlsActive())
        return SmtpReply(554, "5.5.1", "Error: TLS already active");
    // RFC 4954 §4: AUTH once only, and not during a mail transaction.
    if (flags.testFlag(CommandFlag::NotAuthenticated) && !m_envelope.authenticatedUser.isEmpty())
        return SmtpReply(503, "5.5.1", "Error: already authenticated");
    if (flags.testFlag(CommandFlag::OpensTransaction) && inTransaction())
        return SmtpReply(503, "5.5.1", "Error: nested MAIL command");
    if (flags.testFlag(CommandFlag::OutsideTransaction) && inTransaction())
        return SmtpReply(503, "5.5.1", "Error: MAIL transaction in progress");
    if (flags.testFlag(CommandFlag::NeedsMail) && !inTransaction())
        return SmtpReply(503, "5.5.1", "Error: need MAIL command");
    // §3.3: every RCPT was refused (or none came).
    if (flags.testFlag(CommandFlag::NeedsRecipient) && m_state != State::RecipientGiven)
        return SmtpReply(554, "5.5.1", "Error: no valid recipients");
    // RFC 6409 §4.3 / RFC 4954 §6: submission requires authentication.
    if (flags.testFlag(CommandFlag::NeedsAuthentication) && m_config.submission
        && m_envelope.authenticatedUser.isEmpty())
        return SmtpReply(530, "5.7.0", "Authentication required");
    return std::nullopt;
}

void SmtpServerSession::start()
{
    if (m_state != State::Greeting)
        return;
    m_state = State::Ready;
    m_phase = Phase::Opening;
    QByteArray text = m_config.domain;
    if (!m_config.greetingText.isEmpty())
        text += ' ' + m_config.greetingText;
    reply(220, QByteArray(), text, Phase::Opening);
}

void SmtpServerSession::timeout()
{
    if (m_state == State::Closed || wantsClose())
        return;
    // RFC 5321 §4.5.3.2: the server may close after its timeout, with 421.
    closeWith(421, "4.4.2", m_config.domain + " Error: timeout exceeded");
}

void SmtpServerSession::connectionLost()
{
    if (m_state == State::Data && !m_dataLines.isEmpty()) {
        // What arrived is recorded for the transcript; nothing is stored.
        Utterance partial;
        partial.lines = std::move(m_dataLines);
        partial.phase = Phase::Transfer;
        partial.role = LineRole::MessageContent;
        heard(partial);
    }
    resetTransaction();
    m_authStep = AuthStep::None;
    m_state = State::Closed;
    if (!m_receipt.isEmpty())
        settleReceipt(false);
}

void SmtpServerSession::replyWritten(const QByteArray &receipt)
{
    if (!m_receipt.isEmpty() && receipt == m_receipt)
        m_receiptWritten = true;
}

void SmtpServerSession::settleReceipt(bool confirmed)
{
    const QByteArray receipt = std::exchange(m_receipt, {});
    m_receiptWritten = false;
    if (!m_delegate)
        return;
    if (confirmed)
        m_delegate->messageConfirmed(receipt);
    else
        m_delegate->messageUnconfirmed(receipt);
}

Phase SmtpServerSession::phase() const
{
    return m_phase;
}

SmtpServerSession::State SmtpServerSession::state() const
{
    return m_state;
}

const SmtpEnvelope &SmtpServerSession::envelope() const
{
    return m_envelope;
}

void SmtpServerSession::setPeerAddress(const QByteArray &address)
{
    m_envelope.peerAddress = address;
}

void SmtpServerSession::setMessageAdmission(const QByteArray &clientAddress, std::function<bool()> admit)
{
    m_clientAddress = clientAddress;
    m_admitMessage = std::move(admit);
}

int SmtpServerSession::errorCount() const
{
    return m_errors;
}

QList<QByteArray> SmtpServerSession::allowedCommands() const
{
    switch (m_state) {
    case State::Ready:
    case State::Greeted:
    case State::MailGiven:
    case State::RecipientGiven: break;
    case State::Greeting:
    case State::Data:
    case State::AuthLogin:
    case State::Closed: return {};
    }
    // The commands the table would not refuse now (an argument aside).
    QList<QByteArray> commands;
    for (const Command &command : commandTable) {
        if (!refusal(command, QByteArray()))
            commands.append(command.name);
    }
    return commands;
}

qint64 SmtpServerSession::bufferedDataSize() const
{
    return m_dataLines.isEmpty() ? 0 : m_contentSize;
}

SmtpReply SmtpServerSession::senderOk(const QByteArray &sender)
{
    return SmtpReply(250, "2.1.0", (sender.isEmpty() ? QByteArray("<>") : sender) + "... Sender ok");
}

SmtpReply SmtpServerSession::recipientOk(const QByteArray &recipient)
{
    return SmtpReply(250, "2.1.5", recipient + " ... Recipient ok");
}

SmtpReply SmtpServerSession::messageAccepted()
{
    return SmtpReply(250, "2.0.0", "Message accepted for delivery");
}

void SmtpServerSession::handleLine(const LineReader::Line &line)
{
    // RFC 1047: a line after the 250 was written means the client read it (a
    // line pipelined before then proves nothing; the session's end decides).
    if (m_receiptWritten)
        settleReceipt(true);
    switch (m_state) {
    case State::Closed: return;
    case State::Data: handleContentLine(line); return;
    case State::AuthLogin: handleAuthResponse(line); return;
    default: handleCommandLine(line); return;
    }
}

bool SmtpServerSession::rejectMalformedLine(const LineReader::Line &line, Phase phase, bool eightBitAllowed)
{
    // Postfix's smtp_get(): the rest of an over-long line was skipped up to LF,
    // so the next line is read in sync (RFC 5321 §4.5.3.1.4, "500 Line too long").
    QByteArray text;
    if (line.overlong)
        text = "Line too long";
    else if (line.bareLineFeed)
        text = "Syntax error: bare LF received, lines must end with CR LF"
               " (RFC 5321 section 2.3.8; use nc -C or telnet)";
    else if (line.bareCarriageReturn)
        text = "Syntax error: bare CR received, CR must be followed by LF (RFC 5321 section 2.3.8)";
    else if (line.hasNul)
        text = "Syntax error: NUL octet received, commands are printable ASCII";
    else if (line.hasEightBit && !eightBitAllowed)
        text = "Syntax error: 8-bit octet received, commands are ASCII (RFC 5321 section 2.4)";
    else
        return false;
    reply(500, "5.5.2", text, phase, ErrorCount::Count);
    return true;
}

void SmtpServerSession::handleCommandLine(const LineReader::Line &line)
{
    // RFC 5321 §2.4: verbs are case-insensitive.
    const qsizetype space = line.text.indexOf(' ');
    const QByteArray verb = (space < 0 ? line.text : line.text.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.text.mid(space + 1).trimmed();

    const Command *found = findCommand(verb);
    const CommandFlags flags = found ? found->flags : CommandFlags();

    Phase phase = isGreeted() ? Phase::Transfer : Phase::Opening;
    if (flags.testFlag(CommandFlag::OpeningPhase))
        phase = Phase::Opening;
    else if (flags.testFlag(CommandFlag::ClosingPhase))
        phase = Phase::Closing;
    m_phase = phase;

    Utterance command = Utterance::line(line.text, phase);
    command.sensitive = flags.testFlag(CommandFlag::Sensitive); // AUTH's initial response (RFC 4954 §4)
    heard(command);

    // RFC 6531 §3.3: MAIL and RCPT may carry UTF-8 addresses; their handlers
    // decide whether SMTPUTF8 allows them.
    if (rejectMalformedLine(line, phase, flags.testFlag(CommandFlag::EightBitAddresses)))
        return;
    if (!found) {
        reply(500, "5.5.1", "Command unrecognized", phase, ErrorCount::Count);
        return;
    }
    if (const std::optional<SmtpReply> refused = refusal(*found, argument)) {
        reply(*refused, phase, ErrorCount::Count);
        return;
    }
    (this->*found->handler)(argument, phase);
}

void SmtpServerSession::commandHelo(const QByteArray &argument, Phase phase)
{
    greet(argument, phase, false);
}

void SmtpServerSession::commandEhlo(const QByteArray &argument, Phase phase)
{
    greet(argument, phase, true);
}

void SmtpServerSession::greet(const QByteArray &argument, Phase phase, bool extended)
{
    bool valid = !argument.isEmpty();
    for (const char c : argument) {
        if (c < 33 || c > 126)
            valid = false;
    }
    if (!valid) {
        reply(501, "5.5.4", extended ? "Syntax: EHLO hostname" : "Syntax: HELO hostname", phase,
              ErrorCount::Count);
        return;
    }
    // RFC 5321 §4.1.4: a later HELO/EHLO also resets the mail transaction.
    resetTransaction();
    m_envelope.heloName = argument;
    m_envelope.extended = extended;
    m_state = State::Greeted;
    const QByteArray hello = "Hello " + argument + pleasedText;
    if (!extended) {
        reply(250, QByteArray(), hello, phase);
        return;
    }
    // RFC 5321 §4.1.1.1: the first line names the server, each other line is
    // one extension keyword with its parameters.
    SmtpReply ehlo;
    ehlo.code = 250;
    ehlo.lines.append(m_config.domain + ' ' + hello);
    if (m_config.pipelining)
        ehlo.lines.append("PIPELINING");
    ehlo.lines.append("SIZE " + QByteArray::number(m_config.maximumMessageSize));
    if (m_config.eightBitMime)
        ehlo.lines.append("8BITMIME");
    if (m_config.smtpUtf8)
        ehlo.lines.append("SMTPUTF8");
    if (m_config.enhancedStatusCodes)
        ehlo.lines.append("ENHANCEDSTATUSCODES");
    ehlo.lines.append("HELP");
    // RFC 3207 §4.2: not offered again once inside TLS.
    if (m_config.tlsOffered && !isTlsActive())
        ehlo.lines.append("STARTTLS");
    // smtpd_tls_auth_only: a client must not even be tempted to send a
    // password in clear.
    if (m_config.submission && (!m_config.tlsAuthOnly || isTlsActive()))
        ehlo.lines.append("AUTH PLAIN LOGIN");
    reply(ehlo, phase);
}

bool SmtpServerSession::parsePath(const QByteArray &argument, const QByteArray &keyword, Phase phase,
                                  QByteArray *path, QList<QByteArray> *parameters)
{
    const SmtpAddress::Path parsed = SmtpAddress::parsePath(argument, keyword);
    switch (parsed.status) {
    case SmtpAddress::Path::Status::Ok: break;
    case SmtpAddress::Path::Status::BadSyntax:
        reply(501, "5.5.4", keyword == "FROM:" ? "Syntax: MAIL FROM:<address>" : "Syntax: RCPT TO:<address>",
              phase, ErrorCount::Count);
        return false;
    case SmtpAddress::Path::Status::TooLong:
        reply(501, "5.5.4", "Path too long", phase, ErrorCount::Count);
        return false;
    }
    *path = parsed.mailbox;
    *parameters = parsed.parameters;
    return true;
}

void SmtpServerSession::commandMail(const QByteArray &argument, Phase phase)
{
    // Postfix asks its anvil before reading the command: every MAIL counts
    // toward the client's message rate, accepted or not.
    if (m_admitMessage && !m_admitMessage()) {
        reply(450, "4.7.1", "Error: too much mail from " + m_clientAddress, phase);
        return;
    }
    QByteArray sender;
    QList<QByteArray> parameters;
    if (!parsePath(argument, "FROM:", phase, &sender, &parameters))
        return;
    // RFC 6531 §3.4: SMTPUTF8 on MAIL allows UTF-8 in this transaction's
    // addresses; looked for first, as the sender's address depends on it.
    bool smtpUtf8 = false;
    for (const QByteArray &parameter : std::as_const(parameters)) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = (equals < 0 ? parameter : parameter.left(equals)).toUpper();
        if (name == "SMTPUTF8" && m_envelope.extended && m_config.smtpUtf8)
            smtpUtf8 = true;
    }
    // §4.5.5: the null reverse-path "<>" is allowed (bounces).
    if (!sender.isEmpty())
        sender = qualified(sender, smtpUtf8);
    if (!sender.isEmpty() && !checkMailbox(sender, smtpUtf8, "5.1.7", "sender", phase))
        return;
    SmtpEnvelope candidate = m_envelope;
    candidate.bodyType.clear();
    candidate.declaredSize = -1;
    candidate.smtpUtf8 = false;
    for (const QByteArray &parameter : std::as_const(parameters)) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = (equals < 0 ? parameter : parameter.left(equals)).toUpper();
        const QByteArray value = equals < 0 ? QByteArray() : parameter.mid(equals + 1);
        // §4.1.1.11: parameters exist only as EHLO extensions.
        if (!m_envelope.extended) {
            reply(555, "5.5.4", "Unsupported parameter: " + name, phase, ErrorCount::Count);
            return;
        }
        if (name == "SIZE") {
            // RFC 1870 §6: SIZE=<octets>; 552 at once if it will not fit.
            if (!isDigits(value) || value.size() > 18) {
                reply(501, "5.5.4", "Bad SIZE parameter", phase, ErrorCount::Count);
                return;
            }
            candidate.declaredSize = value.toLongLong();
            if (candidate.declaredSize > m_config.maximumMessageSize) {
                reply(552, "5.3.4", "Message size exceeds fixed maximum message size", phase);
                return;
            }
        } else if (name == "BODY" && m_config.eightBitMime) {
            // RFC 6152 §2: BODY=7BIT or BODY=8BITMIME.
            const QByteArray body = value.toUpper();
            if (body != "7BIT" && body != "8BITMIME") {
                reply(501, "5.5.4", "Bad BODY parameter", phase, ErrorCount::Count);
                return;
            }
            candidate.bodyType = body;
        } else if (name == "SMTPUTF8" && m_config.smtpUtf8) {
            // RFC 6531 §3.4: a keyword without a value.
            if (equals >= 0) {
                reply(501, "5.5.4", "Bad SMTPUTF8 parameter", phase, ErrorCount::Count);
                return;
            }
            candidate.smtpUtf8 = true;
        } else if (name == "AUTH" && m_config.submission) {
            // RFC 4954 §5: accepted; the identity it names is not trusted here.
        } else {
            reply(555, "5.5.4", "Unsupported parameter: " + name, phase, ErrorCount::Count);
            return;
        }
    }
    candidate.mailFrom = sender;
    SmtpReply answer = m_delegate ? m_delegate->checkSender(candidate, sender)
                                  : SmtpReply(250, QByteArray(), QByteArray());
    answer = completeReply(answer, senderOk(sender));
    if (answer.code / 100 == 2) {
        m_envelope = candidate;
        m_state = State::MailGiven;
    }
    reply(answer, phase); // a refusal is policy, not the client's error
}

QByteArray SmtpServerSession::qualified(const QByteArray &mailbox, bool utf8) const
{
    if (!m_delegate || mailbox.contains('@'))
        return mailbox;
    const SmtpAddress::Charset charset = utf8 ? SmtpAddress::Charset::Utf8 : SmtpAddress::Charset::Ascii;
    // A valid local part: valid as the local part of any domain.
    if (!SmtpAddress::isValidMailbox(mailbox + "@example.org", charset))
        return mailbox;
    const QByteArray full = m_delegate->qualifyAddress(mailbox);
    return !full.isEmpty() && SmtpAddress::isValidMailbox(full, charset) ? full : mailbox;
}

bool SmtpServerSession::checkMailbox(const QByteArray &mailbox, bool utf8, const QByteArray &syntaxCode,
                                     const QByteArray &role, Phase phase)
{
    if (SmtpAddress::hasEightBit(mailbox) && !utf8) {
        // RFC 6531 §3.7.4.1: without SMTPUTF8 an address must be ASCII.
        reply(553, "5.6.7", "Non-ASCII addresses not permitted for that " + role, phase, ErrorCount::Count);
        return false;
    }
    if (!SmtpAddress::isValidMailbox(mailbox,
                                     utf8 ? SmtpAddress::Charset::Utf8 : SmtpAddress::Charset::Ascii)) {
        // RFC 5321 §4.2.3 "mailbox syntax incorrect".
        reply(553, syntaxCode, "Bad " + role + " address syntax", phase, ErrorCount::Count);
        return false;
    }
    return true;
}

void SmtpServerSession::commandRcpt(const QByteArray &argument, Phase phase)
{
    QByteArray recipient;
    QList<QByteArray> parameters;
    if (!parsePath(argument, "TO:", phase, &recipient, &parameters))
        return;
    recipient = qualified(recipient, m_envelope.smtpUtf8);
    // §4.1.1.3: "<Postmaster>" without a domain must be accepted.
    if (recipient.compare("postmaster", Qt::CaseInsensitive) != 0
        && !checkMailbox(recipient, m_envelope.smtpUtf8, "5.1.3", "recipient", phase)) {
        return;
    }
    if (!parameters.isEmpty()) {
        const QByteArray first = parameters.first();
        const qsizetype equals = first.indexOf('=');
        reply(555, "5.5.4", "Unsupported parameter: " + (equals < 0 ? first : first.left(equals)), phase,
              ErrorCount::Count);
        return;
    }
    // §4.5.3.1.8 and §4.5.3.1.10: 452, and the client sends the rest later.
    if (m_envelope.recipients.size() >= m_config.maximumRecipients) {
        reply(452, "4.5.3", "Too many recipients", phase);
        return;
    }
    SmtpReply answer = m_delegate ? m_delegate->checkRecipient(m_envelope, recipient)
                                  : SmtpReply(250, QByteArray(), QByteArray());
    answer = completeReply(answer, recipientOk(recipient));
    if (answer.code / 100 == 2) {
        m_envelope.recipients.append(recipient);
        m_state = State::RecipientGiven;
    }
    reply(answer, phase);
}

void SmtpServerSession::cut()
{
    resetTransaction();
    m_authStep = AuthStep::None;
    m_state = State::Closed;
    requestClose();
}

void SmtpServerSession::commandRset(const QByteArray &, Phase phase)
{
    // §4.1.1.5: the transaction is forgotten, the greeting is kept.
    resetTransaction();
    if (isGreeted())
        m_state = State::Greeted;
    reply(250, "2.0.0", "Ok", phase);
}

void SmtpServerSession::commandNoop(const QByteArray &, Phase phase)
{
    // §4.1.1.9: a parameter string is ignored.
    reply(250, "2.0.0", "Ok", phase);
}

void SmtpServerSession::commandQuit(const QByteArray &, Phase phase)
{
    // §4.1.1.10: the transaction in progress, if any, is discarded.
    resetTransaction();
    m_state = State::Closed;
    reply(221, "2.0.0", m_config.domain + closingText, phase);
    requestClose();
}

void SmtpServerSession::commandVrfy(const QByteArray &argument, Phase phase)
{
    if (argument.isEmpty()) {
        reply(501, "5.5.4", "Syntax: VRFY address", phase, ErrorCount::Count);
        return;
    }
    // §3.5.3: 252 without saying whether the user exists (no harvesting).
    reply(252, "2.0.0", standardText(252), phase);
}

void SmtpServerSession::commandHelp(const QByteArray &, Phase phase)
{
    QByteArray text = "Commands: HELO EHLO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP";
    if (m_config.submission)
        text += " AUTH";
    // §4.1.1.8: 214 is the help reply.
    reply(214, "2.0.0", text, phase);
}

void SmtpServerSession::commandStartTls(const QByteArray &, Phase phase)
{
    // Said with what EHLO agreed (enhanced codes), before it is forgotten.
    reply(220, "2.0.0", "Ready to start TLS", phase);
    // RFC 3207 §4.2: the server discards what it knew from the client (the
    // HELO/EHLO argument, the envelope, an AUTH), and the client starts
    // again with EHLO. Only the address of the peer stays.
    resetTransaction();
    const QByteArray peer = m_envelope.peerAddress;
    m_envelope = SmtpEnvelope();
    m_envelope.peerAddress = peer;
    m_authStep = AuthStep::None;
    m_authUser.clear();
    m_state = State::Ready;
    // Whatever came after STARTTLS in the same read is dropped unread
    // (CVE-2011-0411): it was sent in clear and could be anybody's.
    requestTls();
}

void SmtpServerSession::resetTransaction()
{
    m_envelope.mailFrom.clear();
    m_envelope.recipients.clear();
    m_envelope.bodyType.clear();
    m_envelope.smtpUtf8 = false;
    m_envelope.declaredSize = -1;
    m_dataLines.clear();
    m_contentSize = 0;
    m_dataTooBig = false;
    m_dataLineTooLong = false;
}

void SmtpServerSession::closeWith(int code, const QByteArray &enhanced, const QByteArray &text)
{
    resetTransaction();
    m_authStep = AuthStep::None;
    m_state = State::Closed;
    m_phase = Phase::Closing;
    reply(code, enhanced, text, Phase::Closing);
    requestClose();
}

void SmtpServerSession::reply(const SmtpReply &answer, Phase phase, ErrorCount count)
{
    if (answer.code == 0) {
        // A delegate's "cut": the connection drops instead of an answer.
        cut();
        return;
    }
    Utterance utterance;
    utterance.lines = answer.toLines(withEnhancedCodes());
    utterance.phase = phase;
    utterance.code = codeText(answer.code);
    utterance.durableTicket = answer.durableTicket;
    if (!answer.receipt.isEmpty()) {
        if (answer.isPositive()) {
            // A second message before the first was shown read: the first
            // stays unconfirmed (its client may still send it again).
            if (!m_receipt.isEmpty())
                settleReceipt(false);
            m_receipt = answer.receipt;
            utterance.receipt = answer.receipt;
        } else if (m_delegate) {
            m_delegate->messageUnconfirmed(answer.receipt);
        }
    }
    say(std::move(utterance));
    if (answer.code == 421 && m_state != State::Closed) {
        // RFC 5321 §3.8: 421 says the service is closing the channel.
        resetTransaction();
        m_authStep = AuthStep::None;
        m_state = State::Closed;
        m_phase = Phase::Closing;
        requestClose();
        return;
    }
    if (count == ErrorCount::Ignore || m_state == State::Closed)
        return;
    // Postfix's smtpd_hard_error_limit: a client that keeps failing is dropped.
    if (++m_errors >= m_config.maximumErrors)
        closeWith(421, "4.7.0", m_config.domain + " Error: too many errors");
}

void SmtpServerSession::reply(int code, const QByteArray &enhanced, const QByteArray &text, Phase phase,
                              ErrorCount count)
{
    reply(SmtpReply(code, enhanced, text), phase, count);
}

SmtpReply SmtpServerSession::completeReply(SmtpReply answer, const SmtpReply &standard)
{
    if (answer.code == 0)
        return answer; // a cut (see SmtpServerDelegate)
    if (answer.code < 200 || answer.code > 599) {
        // A delegate bug must not put a nonsense code on the wire.
        SmtpReply fixed(451, "4.3.0", standardText(451));
        fixed.receipt = answer.receipt;
        fixed.durableTicket = answer.durableTicket;
        return fixed;
    }
    if (answer.text().isEmpty()) {
        if (answer.code == standard.code) {
            answer.lines = standard.lines;
            if (answer.enhanced.isEmpty())
                answer.enhanced = standard.enhanced;
        } else {
            answer.lines = {standardText(answer.code)};
        }
    }
    return answer;
}

bool SmtpServerSession::withEnhancedCodes() const
{
    // RFC 2034 §3: only for a client that said EHLO and saw the keyword.
    return m_envelope.extended && m_config.enhancedStatusCodes;
}

bool SmtpServerSession::isGreeted() const
{
    return m_state == State::Greeted || m_state == State::MailGiven || m_state == State::RecipientGiven
        || m_state == State::Data || m_state == State::AuthLogin;
}

bool SmtpServerSession::inTransaction() const
{
    return m_state == State::MailGiven || m_state == State::RecipientGiven || m_state == State::Data;
}
