// smtpserversession.cpp — RFC 5321 server engine with SIZE (RFC 1870),
// PIPELINING (RFC 2920), 8BITMIME (RFC 6152), SMTPUTF8 (RFC 6531),
// ENHANCEDSTATUSCODES (RFC 2034, RFC 3463) and AUTH PLAIN/LOGIN (RFC 4954,
// RFC 4616).
//
// One handler per command, found through a table. Every reply goes through
// reply(), which writes enhanced codes only after EHLO and counts the
// client's errors; dot-unstuffing happens in one place (handleContentLine).
#include "smtpserversession.h"

#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace {

// The course's texts (section 3 of the course, its SMTP transcript).
const QByteArray pleasedText = ", pleased to meet you";
const QByteArray closingText = " closing connection";
const QByteArray dataText = "Enter mail, end with \".\" on a line by itself";

// RFC 4954 §4: the LOGIN mechanism's challenges, "Username:" and "Password:".
const QByteArray loginUserChallenge = "VXNlcm5hbWU6";
const QByteArray loginPasswordChallenge = "UGFzc3dvcmQ6";

// RFC 5321 §4.5.3.1.3: a path is at most 256 octets, angle brackets included.
constexpr int maximumPathLength = 256;
// §4.5.3.1.1 and §4.5.3.1.2.
constexpr int maximumLocalPartLength = 64;
constexpr int maximumDomainLength = 255;

bool isAtext(char c)
{
    // RFC 5322 §3.2.3.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArray("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isLetterOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isNonAscii(char c)
{
    return static_cast<unsigned char>(c) > 0x7f;
}

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), isNonAscii);
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() is lazy: the conversion to QString is what runs it.
    const QString text = decoder.decode(bytes);
    return !text.isNull() && !decoder.hasError();
}

// RFC 5321 §4.1.2 Dot-string / Quoted-string; with `utf8`, RFC 6531 §3.3
// adds UTF8-non-ascii to atext and qtext.
bool isValidLocalPart(const QByteArray &local, bool utf8)
{
    if (local.isEmpty() || local.size() > maximumLocalPartLength)
        return false;
    if (local.startsWith('"')) {
        if (local.size() < 2 || !local.endsWith('"'))
            return false;
        for (qsizetype i = 1; i + 1 < local.size(); ++i) {
            const char c = local.at(i);
            if (c == '\\') {
                ++i;
                if (i + 1 >= local.size() || local.at(i) < 32 || local.at(i) > 126)
                    return false;
            } else if (utf8 && isNonAscii(c)) {
                continue;
            } else if (c < 32 || c > 126 || c == '"') {
                return false;
            }
        }
        return true;
    }
    if (local.startsWith('.') || local.endsWith('.') || local.contains(".."))
        return false;
    for (const char c : local) {
        if (c != '.' && !isAtext(c) && !(utf8 && isNonAscii(c)))
            return false;
    }
    return true;
}

// RFC 5321 §4.1.2 Domain / address-literal (§4.1.3); with `utf8`, labels may
// be U-labels (RFC 6531 §3.3), checked here only as UTF-8 letters.
bool isValidDomain(const QByteArray &domain, bool utf8)
{
    if (domain.isEmpty() || domain.size() > maximumDomainLength)
        return false;
    if (domain.startsWith('[')) {
        if (!domain.endsWith(']') || domain.size() < 3)
            return false;
        for (qsizetype i = 1; i + 1 < domain.size(); ++i) {
            const char c = domain.at(i);
            if (c < 33 || c > 126 || c == '[' || c == ']' || c == '\\')
                return false;
        }
        return true;
    }
    const QList<QByteArray> labels = domain.split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        const auto letter = [utf8](char c) { return isLetterOrDigit(c) || (utf8 && isNonAscii(c)); };
        if (!letter(label.front()) || !letter(label.back()))
            return false;
        for (const char c : label) {
            if (!letter(c) && c != '-')
                return false;
        }
    }
    return true;
}

bool isValidMailbox(const QByteArray &mailbox, bool utf8)
{
    // The domain follows the last "@": a quoted local part may contain "@".
    const qsizetype at = mailbox.lastIndexOf('@');
    if (at <= 0)
        return false;
    if (utf8 && !isUtf8(mailbox))
        return false;
    return isValidLocalPart(mailbox.left(at), utf8) && isValidDomain(mailbox.mid(at + 1), utf8);
}

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

QByteArray decodeBase64(const QByteArray &text, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return result.decoded;
}

} // namespace

SmtpServerSession::SmtpServerSession(const SmtpServerConfig &config, SmtpServerDelegate *delegate)
    : m_config(config)
    , m_delegate(delegate)
{
    m_reader.setMaximumLength(m_config.maximumCommandLength - 2);
}

const SmtpServerSession::Command *SmtpServerSession::findCommand(const QByteArray &verb)
{
    static const Command commands[] = {
        {"HELO", &SmtpServerSession::commandHelo},
        {"EHLO", &SmtpServerSession::commandEhlo},
        {"MAIL", &SmtpServerSession::commandMail},
        {"RCPT", &SmtpServerSession::commandRcpt},
        {"DATA", &SmtpServerSession::commandData},
        {"RSET", &SmtpServerSession::commandRset},
        {"NOOP", &SmtpServerSession::commandNoop},
        {"QUIT", &SmtpServerSession::commandQuit},
        {"VRFY", &SmtpServerSession::commandVrfy},
        {"HELP", &SmtpServerSession::commandHelp},
        {"AUTH", &SmtpServerSession::commandAuth},
        // Known to RFC 5321 or common extensions, not offered here: 502.
        {"EXPN", &SmtpServerSession::commandNotImplemented},
        {"TURN", &SmtpServerSession::commandNotImplemented},
        {"ETRN", &SmtpServerSession::commandNotImplemented},
        {"SEND", &SmtpServerSession::commandNotImplemented},
        {"SOML", &SmtpServerSession::commandNotImplemented},
        {"SAML", &SmtpServerSession::commandNotImplemented},
        {"BDAT", &SmtpServerSession::commandNotImplemented},
        {"STARTTLS", &SmtpServerSession::commandNotImplemented},
    };
    for (const Command &command : commands) {
        if (verb == command.name)
            return &command;
    }
    return nullptr;
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

int SmtpServerSession::errorCount() const
{
    return m_errors;
}

QList<QByteArray> SmtpServerSession::allowedCommands() const
{
    const QList<QByteArray> always = {"RSET", "NOOP", "VRFY", "HELP", "QUIT"};
    QList<QByteArray> commands;
    switch (m_state) {
    case State::Ready: commands = {"EHLO", "HELO"}; break;
    case State::Greeted:
        commands = {"EHLO", "HELO"};
        if (m_config.submission && m_envelope.authenticatedUser.isEmpty()) {
            if (m_envelope.extended)
                commands.append("AUTH");
        } else {
            commands.append("MAIL");
        }
        break;
    case State::MailGiven: commands = {"EHLO", "HELO", "RCPT"}; break;
    case State::RecipientGiven: commands = {"EHLO", "HELO", "RCPT", "DATA"}; break;
    case State::Greeting:
    case State::Data:
    case State::AuthLogin:
    case State::Closed: return {};
    }
    return commands + always;
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

    Phase phase = isGreeted() ? Phase::Transfer : Phase::Opening;
    if (verb == "HELO" || verb == "EHLO" || verb == "AUTH")
        phase = Phase::Opening;
    else if (verb == "QUIT")
        phase = Phase::Closing;
    m_phase = phase;

    Utterance command = Utterance::line(line.text, phase);
    command.sensitive = verb == "AUTH"; // may carry an initial response (RFC 4954 §4)
    heard(command);

    // RFC 6531 §3.3: MAIL and RCPT may carry UTF-8 addresses; their handlers
    // decide whether SMTPUTF8 allows them.
    if (rejectMalformedLine(line, phase, verb == "MAIL" || verb == "RCPT"))
        return;
    const Command *found = findCommand(verb);
    if (!found) {
        reply(500, "5.5.1", "Command unrecognized", phase, ErrorCount::Count);
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
    if (m_config.submission)
        ehlo.lines.append("AUTH PLAIN LOGIN");
    reply(ehlo, phase);
}

bool SmtpServerSession::parsePath(const QByteArray &argument, const QByteArray &keyword, Phase phase,
                                  QByteArray *path, QList<QByteArray> *parameters)
{
    const QByteArray syntax = keyword == "FROM:" ? "Syntax: MAIL FROM:<address>"
                                                 : "Syntax: RCPT TO:<address>";
    if (!argument.toUpper().startsWith(keyword)) {
        reply(501, "5.5.4", syntax, phase, ErrorCount::Count);
        return false;
    }
    // The course writes "MAIL FROM: <ana@cliente.fr>": a space after the colon
    // is tolerated, as most servers do, though §4.1.2 has none.
    const QByteArray rest = argument.mid(keyword.size()).trimmed();
    if (!rest.startsWith('<')) {
        reply(501, "5.5.4", syntax, phase, ErrorCount::Count);
        return false;
    }
    // The closing ">" is the first one outside a quoted local part.
    qsizetype end = -1;
    bool quoted = false;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const char c = rest.at(i);
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '>') {
            end = i;
            break;
        }
    }
    if (end < 0 || (end + 1 < rest.size() && rest.at(end + 1) != ' ')) {
        reply(501, "5.5.4", syntax, phase, ErrorCount::Count);
        return false;
    }
    if (end + 1 > maximumPathLength) {
        reply(501, "5.5.4", "Path too long", phase, ErrorCount::Count);
        return false;
    }
    QByteArray mailbox = rest.mid(1, end - 1);
    // §4.1.2 and Appendix C: a source route "@a,@b:user@c" is accepted and ignored.
    if (mailbox.startsWith('@')) {
        const qsizetype colon = mailbox.indexOf(':');
        if (colon > 0)
            mailbox = mailbox.mid(colon + 1);
    }
    *path = mailbox;
    parameters->clear();
    const QList<QByteArray> words = rest.mid(end + 1).split(' ');
    for (const QByteArray &word : words) {
        if (!word.isEmpty())
            parameters->append(word);
    }
    return true;
}

void SmtpServerSession::commandMail(const QByteArray &argument, Phase phase)
{
    if (!isGreeted()) {
        reply(503, "5.5.1", "Error: send HELO/EHLO first", phase, ErrorCount::Count);
        return;
    }
    if (inTransaction()) {
        reply(503, "5.5.1", "Error: nested MAIL command", phase, ErrorCount::Count);
        return;
    }
    // RFC 6409 §4.3 / RFC 4954 §6: submission requires authentication.
    if (m_config.submission && m_envelope.authenticatedUser.isEmpty()) {
        reply(530, "5.7.0", "Authentication required", phase, ErrorCount::Count);
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

bool SmtpServerSession::checkMailbox(const QByteArray &mailbox, bool utf8, const QByteArray &syntaxCode,
                                     const QByteArray &role, Phase phase)
{
    if (hasEightBit(mailbox) && !utf8) {
        // RFC 6531 §3.7.4.1: without SMTPUTF8 an address must be ASCII.
        reply(553, "5.6.7", "Non-ASCII addresses not permitted for that " + role, phase, ErrorCount::Count);
        return false;
    }
    if (!isValidMailbox(mailbox, utf8)) {
        // RFC 5321 §4.2.3 "mailbox syntax incorrect".
        reply(553, syntaxCode, "Bad " + role + " address syntax", phase, ErrorCount::Count);
        return false;
    }
    return true;
}

void SmtpServerSession::commandRcpt(const QByteArray &argument, Phase phase)
{
    if (!isGreeted()) {
        reply(503, "5.5.1", "Error: send HELO/EHLO first", phase, ErrorCount::Count);
        return;
    }
    if (!inTransaction()) {
        reply(503, "5.5.1", "Error: need MAIL command", phase, ErrorCount::Count);
        return;
    }
    QByteArray recipient;
    QList<QByteArray> parameters;
    if (!parsePath(argument, "TO:", phase, &recipient, &parameters))
        return;
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

void SmtpServerSession::commandData(const QByteArray &argument, Phase phase)
{
    if (!isGreeted()) {
        reply(503, "5.5.1", "Error: send HELO/EHLO first", phase, ErrorCount::Count);
        return;
    }
    if (!argument.isEmpty()) {
        reply(501, "5.5.4", "Syntax: DATA", phase, ErrorCount::Count);
        return;
    }
    if (m_state == State::Greeted) {
        reply(503, "5.5.1", "Error: need MAIL command", phase, ErrorCount::Count);
        return;
    }
    if (m_state == State::MailGiven) {
        // §3.3: every RCPT was refused (or none came).
        reply(554, "5.5.1", "Error: no valid recipients", phase, ErrorCount::Count);
        return;
    }
    m_state = State::Data;
    // §4.5.3.1.6: text lines are up to 1000 octets with CR LF.
    m_reader.setMaximumLength(m_config.maximumTextLineLength - 2);
    reply(354, QByteArray(), dataText, phase);
}

void SmtpServerSession::handleContentLine(const LineReader::Line &line)
{
    m_phase = Phase::Transfer;
    // §4.5.2: only CR LF "." CR LF ends the data; "." after a bare LF is content.
    if (line.text == "." && !line.bareLineFeed) {
        finishData();
        return;
    }
    if (line.overlong)
        m_dataLineTooLong = true;
    if (m_dataTooBig)
        return; // RFC 1870 §6.3: the message fails anyway; keep nothing more
    const bool stuffed = line.text.startsWith('.') && !(line.bareLineFeed && line.text == ".");
    m_contentSize += line.text.size() - (stuffed ? 1 : 0) + 2;
    if (m_contentSize > m_config.maximumMessageSize) {
        m_dataTooBig = true;
        return;
    }
    // The line as it came, for the transcript; the message to store is made
    // from these lines at "." (one copy held while the data comes, not two).
    m_dataLines.append(line.text);
    if (m_dataLines.size() == 1 && m_delegate && m_delegate->cutDuringData(m_envelope)) {
        // The link is cut here: what arrived so far was heard, nothing is answered.
        Utterance content;
        content.lines = std::move(m_dataLines);
        content.phase = Phase::Transfer;
        content.role = LineRole::MessageContent;
        heard(content);
        cut();
    }
}

void SmtpServerSession::cut()
{
    resetTransaction();
    m_authStep = AuthStep::None;
    m_state = State::Closed;
    requestClose();
}

void SmtpServerSession::finishData()
{
    const bool tooBig = m_dataTooBig;
    const bool lineTooLong = m_dataLineTooLong;
    const bool deliver = !tooBig && !lineTooLong;
    QByteArray message;
    if (deliver) {
        // Unstuffed (§4.5.2), every line ended with CR LF (a bare LF included).
        // A "." line here came with a bare LF (with CR LF it ended the data):
        // it is content as it is.
        message.reserve(m_contentSize);
        for (const QByteArray &line : std::as_const(m_dataLines)) {
            const bool stuffed = line.startsWith('.') && line != ".";
            message.append(line.constData() + (stuffed ? 1 : 0), line.size() - (stuffed ? 1 : 0));
            message.append("\r\n");
        }
    }
    Utterance content;
    content.lines = std::move(m_dataLines);
    content.lines.append(".");
    content.phase = Phase::Transfer;
    content.role = LineRole::MessageContent;
    heard(content);

    const SmtpEnvelope envelope = m_envelope;
    resetTransaction();
    m_state = State::Greeted;
    m_reader.setMaximumLength(m_config.maximumCommandLength - 2);

    if (tooBig) {
        reply(552, "5.3.4", "Message size exceeds fixed maximum message size", Phase::Transfer);
    } else if (lineTooLong) {
        // §4.5.3.1.6: a text line is at most 1000 octets with its CR LF.
        reply(500, "5.5.2", "Line too long", Phase::Transfer, ErrorCount::Count);
    } else {
        SmtpReply answer = m_delegate
            ? m_delegate->acceptMessage(envelope, message)
            : SmtpReply(451, "4.3.0", "Requested action aborted: local error in processing");
        reply(completeReply(answer, messageAccepted()), Phase::Transfer);
    }
}

void SmtpServerSession::commandRset(const QByteArray &argument, Phase phase)
{
    if (!argument.isEmpty()) {
        reply(501, "5.5.4", "Syntax: RSET", phase, ErrorCount::Count);
        return;
    }
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

void SmtpServerSession::commandNotImplemented(const QByteArray &, Phase phase)
{
    reply(502, "5.5.1", "Command not implemented", phase, ErrorCount::Count);
}

void SmtpServerSession::commandAuth(const QByteArray &argument, Phase phase)
{
    if (!m_config.submission) {
        reply(502, "5.5.1", "Command not implemented", phase, ErrorCount::Count);
        return;
    }
    if (!isGreeted() || !m_envelope.extended) {
        reply(503, "5.5.1", "Error: send EHLO first", phase, ErrorCount::Count);
        return;
    }
    // RFC 4954 §4: once only, and not during a mail transaction.
    if (!m_envelope.authenticatedUser.isEmpty()) {
        reply(503, "5.5.1", "Error: already authenticated", phase, ErrorCount::Count);
        return;
    }
    if (inTransaction()) {
        reply(503, "5.5.1", "Error: MAIL transaction in progress", phase, ErrorCount::Count);
        return;
    }
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (mechanism.isEmpty()) {
        reply(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]", phase, ErrorCount::Count);
        return;
    }
    if (mechanism != "PLAIN" && mechanism != "LOGIN") {
        reply(504, "5.5.4", "Unrecognized authentication type", phase, ErrorCount::Count);
        return;
    }
    m_stateBeforeAuth = m_state;
    if (mechanism == "PLAIN") {
        if (!initial.isEmpty()) {
            // RFC 4954 §4: "=" is an empty initial response.
            finishAuthPlain(initial == "=" ? QByteArray() : initial);
            return;
        }
        m_state = State::AuthLogin;
        m_authStep = AuthStep::PlainResponse;
        // An empty challenge: "334 " with its space (RFC 4954 §4).
        Utterance challenge = Utterance::line("334 ", phase, "334");
        say(challenge);
        return;
    }
    m_state = State::AuthLogin;
    if (initial.isEmpty() || initial == "=") {
        m_authStep = AuthStep::LoginUser;
        reply(334, QByteArray(), loginUserChallenge, phase);
        return;
    }
    bool ok = false;
    m_authUser = decodeBase64(initial, &ok);
    if (!ok) {
        leaveAuthentication();
        reply(501, "5.5.2", "Cannot decode response", phase, ErrorCount::Count);
        return;
    }
    m_authStep = AuthStep::LoginPassword;
    reply(334, QByteArray(), loginPasswordChallenge, phase);
}

void SmtpServerSession::handleAuthResponse(const LineReader::Line &line)
{
    const Phase phase = Phase::Opening;
    m_phase = phase;
    Utterance response = Utterance::line(line.text, phase);
    response.sensitive = true;
    response.role = LineRole::AuthResponse;
    heard(response);

    if (line.overlong || line.bareLineFeed || line.bareCarriageReturn || line.hasNul || line.hasEightBit) {
        leaveAuthentication();
        rejectMalformedLine(line, phase);
        return;
    }
    // RFC 4954 §4: "*" cancels the exchange, answered with 501.
    if (line.text == "*") {
        leaveAuthentication();
        reply(501, "5.7.0", "Authentication aborted", phase);
        return;
    }
    if (m_authStep == AuthStep::PlainResponse) {
        finishAuthPlain(line.text);
        return;
    }
    bool ok = false;
    const QByteArray decoded = decodeBase64(line.text, &ok);
    if (!ok) {
        leaveAuthentication();
        reply(501, "5.5.2", "Cannot decode response", phase, ErrorCount::Count);
        return;
    }
    if (m_authStep == AuthStep::LoginUser) {
        m_authUser = decoded;
        m_authStep = AuthStep::LoginPassword;
        reply(334, QByteArray(), loginPasswordChallenge, phase);
        return;
    }
    finishAuthentication(m_authUser, decoded);
}

void SmtpServerSession::finishAuthPlain(const QByteArray &response)
{
    bool ok = false;
    const QByteArray decoded = decodeBase64(response, &ok);
    if (!ok) {
        leaveAuthentication();
        reply(501, "5.5.2", "Cannot decode response", Phase::Opening, ErrorCount::Count);
        return;
    }
    // RFC 4616 §2: authzid NUL authcid NUL passwd. Acting for another
    // identity (authzid differing from authcid) is not supported.
    const QList<QByteArray> parts = decoded.split('\0');
    if (parts.size() != 3 || parts.at(1).isEmpty()
        || (!parts.at(0).isEmpty() && parts.at(0) != parts.at(1))) {
        leaveAuthentication();
        reply(535, "5.7.8", "Authentication credentials invalid", Phase::Opening, ErrorCount::Count);
        return;
    }
    finishAuthentication(parts.at(1), parts.at(2));
}

void SmtpServerSession::finishAuthentication(const QByteArray &user, const QByteArray &password)
{
    // By value: `user` may be m_authUser, which leaving the exchange clears.
    const QByteArray name = user;
    leaveAuthentication();
    if (!name.isEmpty() && m_delegate && m_delegate->authenticate(name, password)) {
        m_envelope.authenticatedUser = name;
        reply(235, "2.7.0", "Authentication successful", Phase::Opening);
        return;
    }
    reply(535, "5.7.8", "Authentication credentials invalid", Phase::Opening, ErrorCount::Count);
}

void SmtpServerSession::leaveAuthentication()
{
    m_authStep = AuthStep::None;
    m_authUser.clear();
    if (m_state == State::AuthLogin)
        m_state = m_stateBeforeAuth;
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
    utterance.code = QByteArray::number(answer.code);
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
    say(utterance);
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
