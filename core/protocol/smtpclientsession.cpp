// SPDX-License-Identifier: GPL-3.0-or-later
// smtpclientsession.cpp — the client side of SMTP (RFC 5321), sans I/O.
//
// Every command sent goes into a queue of pending commands; every complete
// reply answers the oldest one (RFC 2920 §3: replies come in command order),
// so pipelined and lock-step conversations share one code path. The outcome
// is decided once, by the first reply (or local event) that settles it; what
// follows only finishes the conversation politely with QUIT (§4.1.1.10).
#include "smtpclientsession.h"

#include "dotstuffing.h"
#include "printable.h"

#include <algorithm>

namespace {

// A server that keeps sending continuation lines is broken or hostile
// (Postfix bounds its reply buffer the same way).
constexpr int MaximumReplyLines = 100;
constexpr int MaximumReplyLineLength = 1000;

SmtpReply localReply(const QByteArray &reason)
{
    return SmtpReply(0, QByteArray(), reason);
}

// Peer text made printable before it goes into a result or a log: its first
// 80 octets as 7-bit text, then "..." if there was more.
QByteArray printable(const QByteArray &text)
{
    constexpr int Limit = 80;
    QByteArray out = Printable::escape(text.left(Limit), Printable::Style::SevenBit);
    if (text.size() > Limit)
        out += "...";
    return out;
}

// RFC 3463 §2: "class.subject.detail", class matching the reply's first digit
// (RFC 2034 §4). Removes it from the front of text; returns it, or empty.
QByteArray takeEnhancedCode(int code, QByteArray *text)
{
    const char digitClass = char('0' + code / 100);
    const QByteArray &t = *text;
    if (t.size() < 5 || t.at(0) != digitClass || t.at(1) != '.')
        return QByteArray();
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < t.size() && i - start < 3 && t.at(i) >= '0' && t.at(i) <= '9')
            ++i;
        if (i == start)
            return QByteArray();
        if (part == 0) {
            if (i >= t.size() || t.at(i) != '.')
                return QByteArray();
            ++i;
        }
    }
    if (i < t.size() && t.at(i) != ' ')
        return QByteArray();
    const QByteArray enhanced = t.left(i);
    *text = t.mid(i + 1);
    return enhanced;
}

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return static_cast<unsigned char>(c) > 0x7f; });
}

// The header section (RFC 5322 §2.1): the leading lines that are header
// fields ("Name: value", §2.2) or their folded continuations, up to the empty
// line. Content without headers (the course types bare text) has none.
QByteArray headerSection(const QByteArray &content)
{
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArray line = content.mid(start, end - start);
        const bool folded = start > 0 && (line.startsWith(' ') || line.startsWith('\t'));
        const qsizetype colon = line.indexOf(':');
        bool field = colon > 0;
        // §3.6.8: a field name is printable ASCII except ":" and space.
        for (qsizetype i = 0; field && i < colon; ++i)
            field = line.at(i) > 0x20 && line.at(i) < 0x7f;
        if (!folded && !field)
            break;
        start = end + 1;
    }
    return content.left(start);
}

// The message split into lines: CR LF, a bare LF or a bare CR each end a line
// (RFC 5321 §2.3.8 forbids sending the bare ones). Not stuffed.
QList<QByteArray> splitContent(const QByteArray &content)
{
    QList<QByteArray> lines;
    QByteArray current;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
            lines.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    // The content must end with CR LF before the "." line (§4.1.1.4).
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

} // namespace

SmtpClientSession::SmtpClientSession(const SmtpClientJob &job)
    : m_job(job)
{
    m_reader.setMaximumLength(MaximumReplyLineLength);
    // The server speaks first (§3.1): the greeting is the first reply awaited.
    m_pending.append(Pending{State::WaitGreeting, -1});
}

SmtpClientSession::State SmtpClientSession::state() const
{
    if (m_done)
        return State::Done;
    return m_pending.isEmpty() ? State::WaitGreeting : m_pending.first().command;
}

bool SmtpClientSession::isFinished() const
{
    return m_done;
}

const SmtpClientResult &SmtpClientSession::result() const
{
    return m_result;
}

Phase SmtpClientSession::phase() const
{
    return phaseOf(state());
}

bool SmtpClientSession::hasExtension(const QByteArray &keyword) const
{
    const QByteArray wanted = keyword.toUpper();
    for (const QByteArray &extension : m_result.extensions) {
        const qsizetype space = extension.indexOf(' ');
        if ((space < 0 ? extension : extension.left(space)) == wanted)
            return true;
    }
    return false;
}

QList<QByteArray> SmtpClientSession::contentLines(const QByteArray &content)
{
    QList<QByteArray> lines = splitContent(content);
    // §4.5.2: a line that starts with "." gets one more, so that only the
    // final "." line alone ends the data. Done here and nowhere else.
    for (QByteArray &line : lines)
        line = DotStuffing::stuff(line);
    lines.append(QByteArray(DotStuffing::terminator));
    return lines;
}

bool SmtpClientSession::needsSmtpUtf8(const SmtpClientJob &job)
{
    if (hasEightBit(job.mailFrom) || hasEightBit(headerSection(job.content)))
        return true;
    return std::any_of(job.recipients.cbegin(), job.recipients.cend(), hasEightBit);
}

void SmtpClientSession::connectionLost()
{
    if (m_done)
        return;
    const QByteArray command = m_pending.isEmpty() ? QByteArray() : commandName(m_pending.first().command);
    fail(SmtpClientResult::Outcome::TransientFailure, command, localReply("connection lost"));
    m_pending.clear();
    m_done = true;
}

void SmtpClientSession::timeout()
{
    if (m_done)
        return;
    // §4.5.3.2: the client gives up on a silent server; nothing more is said.
    const QByteArray command = m_pending.isEmpty() ? QByteArray() : commandName(m_pending.first().command);
    fail(SmtpClientResult::Outcome::TransientFailure, command, localReply("timeout waiting for a reply"));
    closeNow();
}

void SmtpClientSession::tlsEstablished()
{
    ProtocolSession::tlsEstablished();
    if (!m_awaitingTls || m_done)
        return; // implicit TLS: the greeting is still to come
    m_awaitingTls = false;
    // RFC 3207 §4.2: what the server said before TLS is not to be trusted
    // (a man in the middle could have removed or added extensions): ask again.
    m_extended = false;
    m_result.extensions.clear();
    sendGreeting(true);
}

void SmtpClientSession::tlsFailed(const QString &reason)
{
    if (m_done)
        return;
    // As Postfix defers a delivery whose handshake failed (4.7.5); the
    // Connection closes the socket, nothing more can be said in clear.
    const QByteArray command = m_awaitingTls ? QByteArray("STARTTLS") : QByteArray();
    fail(SmtpClientResult::Outcome::TransientFailure, command,
         SmtpReply(450, "4.7.5", "TLS handshake failed: " + printable(reason.toUtf8())));
    m_awaitingTls = false;
    m_pending.clear();
    m_replyWire.clear();
    m_done = true;
}

void SmtpClientSession::handleLine(const LineReader::Line &line)
{
    if (m_done)
        return;
    int code = 0;
    bool isLast = false;
    QByteArray text;
    m_replyWire.append(line.text);
    if (!SmtpReply::parseLine(line.text, &code, &isLast, &text)) {
        protocolError("malformed reply: " + printable(line.text));
        return;
    }
    if (m_replyWire.size() > 1 && code != m_reply.code) {
        // §4.2.1: every line of a multi-line reply carries the same code.
        protocolError("reply code changed inside a multi-line reply: " + printable(line.text));
        return;
    }
    if (m_replyWire.size() > MaximumReplyLines) {
        protocolError("reply longer than " + QByteArray::number(MaximumReplyLines) + " lines");
        return;
    }
    if (m_replyWire.size() == 1) {
        m_reply = SmtpReply();
        m_reply.code = code;
    }
    if (hasExtension("ENHANCEDSTATUSCODES")) {
        const QByteArray enhanced = takeEnhancedCode(code, &text);
        if (m_reply.enhanced.isEmpty())
            m_reply.enhanced = enhanced;
    }
    m_reply.lines.append(text);
    if (!isLast)
        return;

    const SmtpReply reply = m_reply;
    Utterance utterance;
    utterance.lines.swap(m_replyWire);
    utterance.code = QByteArray::number(code);
    if (m_pending.isEmpty()) {
        utterance.phase = phase();
        heard(utterance);
        protocolError("reply to no command: " + printable(line.text));
        return;
    }
    const Pending pending = m_pending.takeFirst();
    utterance.phase = phaseOf(pending.command);
    utterance.answersLine = pending.line;
    heard(utterance);

    // §3.8: 421 may come at any time; the server closes after it, so there is
    // no point in sending QUIT.
    if (reply.code == 421) {
        fail(SmtpClientResult::Outcome::TransientFailure, commandName(pending.command), reply);
        closeNow();
        return;
    }
    handleReply(pending, reply);
}

void SmtpClientSession::handleReply(const Pending &pending, const SmtpReply &reply)
{
    switch (pending.command) {
    case State::WaitGreeting: handleGreeting(reply); break;
    case State::Ehlo: handleEhlo(reply); break;
    case State::Helo: handleHelo(reply); break;
    case State::StartTls: handleStartTls(reply); break;
    case State::Auth: handleAuth(reply); break;
    case State::Mail: handleMail(reply); break;
    case State::Rcpt: handleRecipient(pending.recipient, reply); break;
    case State::Data: handleData(reply); break;
    case State::Content: handleContent(reply); break;
    case State::Quit:
    case State::Done:
        // §4.1.1.10: 221, then the client closes. Any other answer ends it too.
        closeNow();
        break;
    }
}

void SmtpClientSession::handleGreeting(const SmtpReply &reply)
{
    // §3.1: 220 to go on; 554 means "no service here", but QUIT is still owed.
    if (reply.code == 220) {
        // §4.3.1: "220 <domain> …": the name a TLS refusal speaks of.
        m_serverName = reply.lines.value(0).split(' ').value(0);
        sendGreeting(m_job.useEhlo);
        return;
    }
    failFromReply(QByteArray(), reply);
    sendQuit();
}

void SmtpClientSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.code / 100 == 2) {
        m_extended = true;
        parseExtensions(reply);
        afterGreeting();
        return;
    }
    // §3.2 and §4.1.4: a server that does not know EHLO answers 500, 502, 504
    // or 550; the client then greets again with HELO.
    if (reply.code == 500 || reply.code == 502 || reply.code == 504 || reply.code == 550) {
        sendGreeting(false);
        return;
    }
    failFromReply("EHLO", reply);
    sendQuit();
}

void SmtpClientSession::handleHelo(const SmtpReply &reply)
{
    if (reply.code / 100 == 2) {
        afterGreeting();
        return;
    }
    failFromReply("HELO", reply);
    sendQuit();
}

void SmtpClientSession::handleStartTls(const SmtpReply &reply)
{
    // RFC 3207 §4: 220 to go ahead; 454 (TLS not available now), 501 or
    // others refuse it.
    if (reply.code == 220) {
        m_awaitingTls = true;
        requestTls();
        return;
    }
    if (m_job.tls == TlsPolicy::Encrypt) {
        // Postfix defers the mail whatever the class of the refusal: the
        // next attempt may find TLS working.
        fail(SmtpClientResult::Outcome::TransientFailure, "STARTTLS", reply);
        sendQuit();
        return;
    }
    // Opportunistic TLS: what the server refuses, the mail goes without.
    sendAuthOrMail();
}

void SmtpClientSession::afterGreeting()
{
    if (m_job.tls == TlsPolicy::None || isTlsActive()) {
        sendAuthOrMail();
        return;
    }
    // After HELO there are no extensions (§4.1.1.1): STARTTLS is not offered.
    if (m_extended && hasExtension("STARTTLS")) {
        sendCommand(State::StartTls, "STARTTLS");
        return;
    }
    if (m_job.tls == TlsPolicy::Encrypt) {
        // Postfix's words and enhanced code (4.7.4: security features not
        // supported); the mail waits in the queue, nothing goes in clear.
        const QByteArray host = m_serverName.isEmpty() ? QByteArray("the server") : "host " + m_serverName;
        fail(SmtpClientResult::Outcome::TransientFailure, m_extended ? "EHLO" : "HELO",
             SmtpReply(450, "4.7.4", "TLS is required, but was not offered by " + printable(host)));
        sendQuit();
        return;
    }
    sendAuthOrMail();
}

void SmtpClientSession::handleAuth(const SmtpReply &reply)
{
    // RFC 4954 §4: 235 on success; 535 for bad credentials, 454 to try later.
    if (reply.code == 235) {
        sendMail();
        return;
    }
    failFromReply("AUTH", reply);
    sendQuit();
}

void SmtpClientSession::handleMail(const SmtpReply &reply)
{
    if (reply.code / 100 == 2) {
        if (!m_pipelining)
            sendRecipient(0);
        return;
    }
    m_mailFailed = true;
    failFromReply("MAIL", reply);
    // Pipelined, the replies to RCPT and DATA are still due; QUIT follows DATA's.
    if (!m_pipelining)
        sendQuit();
}

void SmtpClientSession::handleRecipient(int index, const SmtpReply &reply)
{
    if (m_mailFailed)
        return; // pipelined after a refused MAIL: these replies mean nothing
    const QByteArray &recipient = m_job.recipients.at(index);
    if (reply.code / 100 == 2)
        m_result.acceptedRecipients.append(recipient);
    else
        m_result.rejectedRecipients.append(qMakePair(recipient, reply));
    if (m_pipelining)
        return;
    if (index + 1 < m_job.recipients.size())
        sendRecipient(index + 1);
    else
        afterRecipients();
}

void SmtpClientSession::afterRecipients()
{
    if (!m_result.acceptedRecipients.isEmpty()) {
        sendData();
        return;
    }
    SmtpClientResult::Outcome outcome;
    const SmtpReply reply = recipientsVerdict(&outcome);
    fail(outcome, "RCPT", reply);
    sendQuit();
}

void SmtpClientSession::handleData(const SmtpReply &reply)
{
    const bool nobodyToSendTo = m_result.acceptedRecipients.isEmpty();
    if (nobodyToSendTo && !m_mailFailed) {
        SmtpClientResult::Outcome outcome;
        const SmtpReply verdict = recipientsVerdict(&outcome);
        fail(outcome, "RCPT", verdict);
    }
    if (reply.code == 354) {
        // RFC 2920 §3.1: a server may accept a pipelined DATA even though no
        // recipient was accepted; the client then sends an empty message (the
        // "." alone), which the server must refuse.
        sendContent(m_mailFailed || nobodyToSendTo);
        return;
    }
    // With pipelining a server answers DATA with 503 or 554 when there is no
    // valid recipient; the outcome was settled above by the RCPT replies.
    failFromReply("DATA", reply);
    sendQuit();
}

void SmtpClientSession::handleContent(const SmtpReply &reply)
{
    // §4.1.1.4: the reply after "." says whether the server took the message.
    if (reply.code / 100 == 2 && m_result.outcome == SmtpClientResult::Outcome::Pending) {
        m_result.outcome = SmtpClientResult::Outcome::Delivered;
        m_result.lastReply = reply;
        m_result.failedCommand.clear();
        if (m_job.accepted)
            m_job.accepted(m_result);
    } else {
        failFromReply("DATA", reply);
    }
    sendQuit();
}

void SmtpClientSession::sendCommand(State command, const QByteArray &text, int recipient)
{
    Utterance utterance = Utterance::line(text, phaseOf(command));
    // RFC 4954 §4: the initial response carries the password.
    utterance.sensitive = command == State::Auth;
    say(utterance);
    m_pending.append(Pending{command, recipient, lastSaidLine()});
}

void SmtpClientSession::sendGreeting(bool extended)
{
    if (extended)
        sendCommand(State::Ehlo, "EHLO " + m_job.heloName);
    else
        sendCommand(State::Helo, "HELO " + m_job.heloName);
}

void SmtpClientSession::sendAuthOrMail()
{
    if (m_job.authUser.isEmpty()) {
        sendMail();
        return;
    }
    bool offersPlain = false;
    for (const QByteArray &extension : m_result.extensions) {
        // "AUTH PLAIN LOGIN"; "AUTH=PLAIN" is the pre-RFC form some servers add.
        if (!extension.startsWith("AUTH ") && !extension.startsWith("AUTH="))
            continue;
        const QList<QByteArray> mechanisms = extension.mid(5).toUpper().split(' ');
        if (mechanisms.contains("PLAIN"))
            offersPlain = true;
    }
    if (!offersPlain) {
        // Never send a password to a server that did not ask for it this way.
        fail(SmtpClientResult::Outcome::PermanentFailure, "AUTH",
             localReply("the server does not offer AUTH PLAIN"));
        sendQuit();
        return;
    }
    // RFC 4616 §2: authorization identity (empty), NUL, user, NUL, password.
    QByteArray plain;
    plain += '\0';
    plain += m_job.authUser;
    plain += '\0';
    plain += m_job.authPassword;
    sendCommand(State::Auth, "AUTH PLAIN " + plain.toBase64());
}

void SmtpClientSession::sendMail()
{
    if (m_job.recipients.isEmpty()) {
        fail(SmtpClientResult::Outcome::PermanentFailure, "RCPT", localReply("no recipients"));
        sendQuit();
        return;
    }
    if (!prepareContent()) {
        sendQuit();
        return;
    }
    // §4.1.1.2: "MAIL FROM:" Reverse-path, with no space after the colon.
    QByteArray mail = "MAIL FROM:<" + m_job.mailFrom + '>';
    if (hasExtension("SIZE")) {
        // RFC 1870 §3: the size with CR LF line ends, without the stuffing.
        qint64 size = 0;
        for (const QByteArray &line : splitContent(m_job.content))
            size += line.size() + 2;
        mail += " SIZE=" + QByteArray::number(size);
    }
    if (m_eightBit)
        mail += " BODY=8BITMIME"; // RFC 6152 §3
    if (m_result.smtpUtf8)
        mail += " SMTPUTF8"; // RFC 6531 §3.4
    m_pipelining = hasExtension("PIPELINING");
    sendCommand(State::Mail, mail);
    if (!m_pipelining)
        return;
    // RFC 2920 §3.1: MAIL, every RCPT and DATA may go as one group; DATA is
    // the last command of the group, as it changes what the server expects.
    for (int i = 0; i < m_job.recipients.size(); ++i)
        sendRecipient(i);
    sendData();
}

bool SmtpClientSession::prepareContent()
{
    using Outcome = SmtpClientResult::Outcome;
    // RFC 6531 §3.4: a UTF-8 address or header travels only with SMTPUTF8;
    // nothing can make an address 7-bit, so there is no fallback.
    if (needsSmtpUtf8(m_job)) {
        if (!hasExtension("SMTPUTF8")) {
            const bool address = hasEightBit(m_job.mailFrom)
                || std::any_of(m_job.recipients.cbegin(), m_job.recipients.cend(), hasEightBit);
            fail(Outcome::PermanentFailure, "MAIL",
                 SmtpReply(553, "5.6.7",
                           address ? "a non-ASCII address requires SMTPUTF8, which the "
                                     "server does not offer"
                                   : "a non-ASCII header requires SMTPUTF8, which the "
                                     "server does not offer"));
            return false;
        }
        m_result.smtpUtf8 = true;
    }
    m_eightBit = m_job.eightBit || hasEightBit(m_job.content);
    if (!m_eightBit || hasExtension("8BITMIME"))
        return true;
    // RFC 6152 §3: without 8BITMIME the client must convert the message to
    // 7-bit MIME, or return it as undeliverable (RFC 3463 5.6.3).
    if (!m_job.sevenBitFallback) {
        fail(Outcome::PermanentFailure, "MAIL",
             SmtpReply(554, "5.6.3",
                       "the message has 8-bit data and the server does not "
                       "offer 8BITMIME"));
        return false;
    }
    const QByteArray converted = m_job.sevenBitFallback(m_job.content,
                                                        m_extended ? SmtpGreeting::Ehlo : SmtpGreeting::Helo);
    if (hasEightBit(converted)) {
        fail(Outcome::PermanentFailure, "MAIL",
             SmtpReply(554, "5.6.3",
                       "the message has 8-bit data that cannot be made 7-bit, "
                       "and the server does not offer 8BITMIME"));
        return false;
    }
    m_job.content = converted;
    m_job.eightBit = false;
    m_eightBit = false;
    m_result.downgraded = true;
    return true;
}

void SmtpClientSession::sendRecipient(int index)
{
    sendCommand(State::Rcpt, "RCPT TO:<" + m_job.recipients.at(index) + '>', index);
}

void SmtpClientSession::sendData()
{
    sendCommand(State::Data, "DATA");
}

void SmtpClientSession::sendContent(bool empty)
{
    // One utterance holds the whole message and its final "." (§4.1.1.4).
    Utterance utterance;
    utterance.lines = empty ? QList<QByteArray>{QByteArrayLiteral(".")} : contentLines(m_job.content);
    utterance.phase = Phase::Transfer;
    utterance.role = LineRole::MessageContent;
    say(utterance);
    m_pending.append(Pending{State::Content, -1, lastSaidLine()});
}

void SmtpClientSession::sendQuit()
{
    sendCommand(State::Quit, "QUIT");
}

void SmtpClientSession::closeNow()
{
    m_pending.clear();
    m_replyWire.clear();
    m_done = true;
    requestClose();
}

void SmtpClientSession::fail(SmtpClientResult::Outcome outcome, const QByteArray &command,
                             const SmtpReply &reply)
{
    // The first verdict stands; later replies only wind the session down.
    if (m_result.outcome != SmtpClientResult::Outcome::Pending)
        return;
    m_result.outcome = outcome;
    m_result.failedCommand = command;
    m_result.lastReply = reply;
}

void SmtpClientSession::failFromReply(const QByteArray &command, const SmtpReply &reply)
{
    // §4.2.1: 5yz is permanent; 4yz transient. A reply that makes no sense
    // here (a 2yz or 3yz where it should not be) is treated as transient.
    fail(reply.isPermanent() ? SmtpClientResult::Outcome::PermanentFailure
                             : SmtpClientResult::Outcome::TransientFailure,
         command, reply);
}

void SmtpClientSession::protocolError(const QByteArray &reason)
{
    Utterance utterance;
    utterance.lines.swap(m_replyWire);
    utterance.phase = phase();
    heard(utterance);
    const bool quitting = std::any_of(m_pending.cbegin(), m_pending.cend(),
                                      [](const Pending &p) { return p.command == State::Quit; });
    const QByteArray command = m_pending.isEmpty() ? QByteArray() : commandName(m_pending.first().command);
    fail(SmtpClientResult::Outcome::TransientFailure, command, localReply(reason));
    // Out of step with the server: whatever is still due can't be matched.
    if (quitting) {
        closeNow();
        return;
    }
    m_pending.clear();
    sendQuit();
}

void SmtpClientSession::parseExtensions(const SmtpReply &reply)
{
    // §4.1.1.1: the first line greets; each further line is one keyword with
    // optional parameters. Keywords are case-insensitive: kept upper-case.
    m_result.extensions.clear();
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            m_result.extensions.append(line.toUpper());
        else
            m_result.extensions.append(line.left(space).toUpper() + line.mid(space));
    }
}

SmtpReply SmtpClientSession::recipientsVerdict(SmtpClientResult::Outcome *outcome) const
{
    // Every recipient refused: permanent only if every refusal was; one 4xx
    // means trying again later could work.
    SmtpReply permanent;
    SmtpReply transient;
    bool anyTransient = false;
    for (const auto &rejected : m_result.rejectedRecipients) {
        if (rejected.second.isPermanent()) {
            permanent = rejected.second;
        } else {
            transient = rejected.second;
            anyTransient = true;
        }
    }
    if (m_result.rejectedRecipients.isEmpty()) {
        *outcome = SmtpClientResult::Outcome::TransientFailure;
        return localReply("no recipient accepted");
    }
    *outcome = anyTransient ? SmtpClientResult::Outcome::TransientFailure
                            : SmtpClientResult::Outcome::PermanentFailure;
    return anyTransient ? transient : permanent;
}

Phase SmtpClientSession::phaseOf(State command)
{
    switch (command) {
    case State::WaitGreeting:
    case State::Ehlo:
    case State::Helo:
    case State::StartTls:
    case State::Auth: return Phase::Opening;
    case State::Mail:
    case State::Rcpt:
    case State::Data:
    case State::Content: return Phase::Transfer;
    case State::Quit:
    case State::Done: return Phase::Closing;
    }
    return Phase::None;
}

QByteArray SmtpClientSession::commandName(State command)
{
    switch (command) {
    case State::WaitGreeting: return QByteArray(); // the greeting answers no command
    case State::Ehlo: return "EHLO";
    case State::Helo: return "HELO";
    case State::StartTls: return "STARTTLS";
    case State::Auth: return "AUTH";
    case State::Mail: return "MAIL";
    case State::Rcpt: return "RCPT";
    case State::Data:
    case State::Content: return "DATA"; // the reply after "." still belongs to DATA (§4.1.1.4)
    case State::Quit:
    case State::Done: return "QUIT";
    }
    return QByteArray();
}
