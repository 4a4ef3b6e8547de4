// SPDX-License-Identifier: GPL-3.0-or-later
// tapsession.cpp — octets passed on exactly, split into lines only to draw
// them; the conversation followed just enough to say what each line is.
#include "tapsession.h"

#include <limits>

namespace {

QByteArray verbOf(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.left(space)).toUpper();
}

// An IMAP command's tag and name: "a1 LOGIN fran x" -> ("a1", "LOGIN").
void imapTagAndName(const QByteArray &line, QByteArray *tag, QByteArray *name)
{
    const qsizetype space = line.indexOf(' ');
    *tag = space < 0 ? line : line.left(space);
    const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
    QByteArray verb = verbOf(rest);
    if (verb == "UID") // "UID FETCH …": the command is the FETCH
        verb = verbOf(rest.mid(4));
    *name = verb;
}

constexpr qint64 rawForever = std::numeric_limits<qint64>::max() / 4;

} // namespace

// --- TapDialogue ---------------------------------------------------------

qint64 TapDialogue::literalAnnounced(const QByteArray &line)
{
    // "… {123}" or the non-synchronizing "{123+}" (RFC 7888) at the end.
    if (!line.endsWith('}'))
        return 0;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return 0;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+') || digits.endsWith('-'))
        digits.chop(1);
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

TapDialogue::Line TapDialogue::client(const QByteArray &line)
{
    Line out;
    out.role = LineRole::Command;
    out.phase = m_phase;
    m_lineGoesOn = false;
    switch (m_protocol) {
    case Protocol::Smtp: smtpClientLine(line, &out.role, &out.phase, &out.sensitive); break;
    case Protocol::Pop3: pop3ClientLine(line, &out.role, &out.phase, &out.sensitive); break;
    case Protocol::Imap: imapClientLine(line, &out.role, &out.phase, &out.sensitive); break;
    default: break;
    }
    // Content goes on up to its "."; a literal goes on with its command.
    const bool content = out.role == LineRole::MessageContent || out.role == LineRole::EndOfContent;
    out.startsNew = !m_lineGoesOn && !(content && m_clientInContentRun);
    m_clientInContentRun = out.role == LineRole::MessageContent;
    return out;
}

TapDialogue::Line TapDialogue::server(const QByteArray &line)
{
    Line out;
    out.role = LineRole::Reply;
    const bool goesOn = m_replyGoesOn;
    m_lineGoesOn = false;
    switch (m_protocol) {
    case Protocol::Smtp:
        smtpServerLine(line, &out.role, &out.code);
        m_replyGoesOn = line.size() > 3 && line.at(3) == '-';
        break;
    case Protocol::Pop3: pop3ServerLine(line, &out.role, &out.code); break;
    case Protocol::Imap: imapServerLine(line, &out.role, &out.code); break;
    default: break;
    }
    out.phase = m_phase;
    out.startsNew = !goesOn && !m_lineGoesOn
        && (out.role == LineRole::Reply || out.role == LineRole::Greeting || out.role == LineRole::Untagged
            || out.role == LineRole::Continuation);
    return out;
}

void TapDialogue::smtpClientLine(const QByteArray &line, LineRole *role, Phase *phase, bool *sensitive)
{
    if (m_inContent) {
        *role = line == "." ? LineRole::EndOfContent : LineRole::MessageContent;
        *phase = Phase::Transfer;
        if (line == ".")
            m_inContent = false; // the reply to "." answers it
        return;
    }
    if (m_inAuth) {
        *role = LineRole::AuthResponse;
        *phase = Phase::Opening;
        *sensitive = true;
        return;
    }
    const QByteArray verb = verbOf(line);
    m_lastVerb = verb;
    *phase = commandPhase(Protocol::Smtp, verb, ClientLine::Command, LoginState::LoggedOut);
    m_phase = *phase;
    if (verb == "AUTH") {
        *sensitive = line.count(' ') >= 2; // an initial response (AUTH PLAIN …) carries the password
    } else if (verb == "STARTTLS") {
        m_tlsAsked = true;
    }
}

void TapDialogue::smtpServerLine(const QByteArray &line, LineRole *role, QByteArray *code)
{
    *code = line.left(3);
    *role = m_greeted ? LineRole::Reply : LineRole::Greeting;
    if (!m_greeted) {
        m_greeted = true;
        m_phase = Phase::Opening;
    }
    // Only the last line of a multi-line reply ("250 " not "250-") decides.
    if (line.size() > 3 && line.at(3) == '-')
        return;
    if (*code == "354" && m_lastVerb == "DATA")
        m_inContent = true;
    m_inAuth = *code == "334";
    if (m_tlsAsked) {
        m_tlsAsked = false;
        if (*code == "220")
            m_encrypted = true;
    }
}

void TapDialogue::pop3ClientLine(const QByteArray &line, LineRole *role, Phase *phase, bool *sensitive)
{
    if (m_inAuth) {
        *role = LineRole::AuthResponse;
        *phase = Phase::Authorization;
        *sensitive = true;
        return;
    }
    const QByteArray verb = verbOf(line);
    m_lastVerb = verb;
    *phase = commandPhase(Protocol::Pop3, verb, ClientLine::Command,
                          m_loggedIn ? LoginState::LoggedIn : LoginState::LoggedOut);
    m_phase = *phase;
    // Which responses are multi-line (RFC 1939 §3): LIST and UIDL without an
    // argument, RETR, TOP, CAPA (RFC 2449).
    const bool argument = line.trimmed().contains(' ');
    m_inContent = false;
    m_contentIsMessage = verb == "RETR" || verb == "TOP";
    if (verb == "PASS" || verb == "APOP")
        *sensitive = true;
    else if (verb == "AUTH")
        *sensitive = line.count(' ') >= 2;
    else if (verb == "STLS")
        m_tlsAsked = true;
    m_multiLine = ((verb == "LIST" || verb == "UIDL") && !argument) || m_contentIsMessage || verb == "CAPA";
}

void TapDialogue::pop3ServerLine(const QByteArray &line, LineRole *role, QByteArray *code)
{
    if (m_inContent) {
        *role = line == "." ? LineRole::EndOfContent
                            : (m_contentIsMessage ? LineRole::MessageContent : LineRole::ListingLine);
        if (line == ".")
            m_inContent = false;
        return;
    }
    const bool ok = line.startsWith("+OK");
    *code = ok ? QByteArray("+OK") : line.startsWith("-ERR") ? QByteArray("-ERR") : line.left(1);
    if (!m_greeted) {
        m_greeted = true;
        *role = LineRole::Greeting;
        m_phase = Phase::Authorization;
        return;
    }
    *role = LineRole::Reply;
    m_inAuth = line.startsWith("+ ") || line == "+";
    if (m_inAuth)
        *code = "+";
    if (ok && m_multiLine)
        m_inContent = true;
    if (ok && (m_lastVerb == "PASS" || m_lastVerb == "APOP" || m_lastVerb == "AUTH")) {
        m_loggedIn = true;
        m_phase = Phase::Transaction;
    }
    if (m_tlsAsked && !m_inAuth) {
        m_tlsAsked = false;
        if (ok)
            m_encrypted = true;
    }
}

void TapDialogue::imapClientLine(const QByteArray &line, LineRole *role, Phase *phase, bool *sensitive)
{
    *phase = m_phase;
    if (m_clientLiteral > 0) {
        // The literal's octets, a line of them (with their CR LF) at a time.
        *role = LineRole::Literal;
        m_lineGoesOn = true;
        m_clientLiteral -= line.size() + 2;
        if (m_clientLiteral == 0)
            m_clientGoesOn = true; // the command goes on on the next line
        else if (m_clientLiteral < 0) // it ended inside this line, which may announce another
            m_clientLiteral = literalAnnounced(line);
        return;
    }
    if (m_clientGoesOn) {
        // What follows a literal: the rest of the same command.
        m_clientGoesOn = false;
        m_lineGoesOn = true;
        *role = LineRole::Literal;
        m_clientLiteral = literalAnnounced(line);
        return;
    }
    if (m_inAuth) {
        *role = LineRole::AuthResponse;
        *sensitive = true;
        m_inAuth = false;
        return;
    }
    QByteArray name;
    imapTagAndName(line, &m_lastTag, &name);
    m_lastVerb = name;
    if (name == "LOGIN" || name == "AUTHENTICATE")
        *sensitive = name == "LOGIN" || line.count(' ') >= 3;
    else if (name == "STARTTLS")
        m_tlsAsked = true;
    if (name == "LOGOUT")
        m_phase = Phase::Logout;
    else if (m_phase == Phase::None)
        m_phase = Phase::NotAuthenticated;
    *phase = m_phase;
    *role = LineRole::Command;
    m_clientLiteral = literalAnnounced(line);
}

void TapDialogue::imapServerLine(const QByteArray &line, LineRole *role, QByteArray *code)
{
    if (m_serverLiteral > 0) {
        *role = LineRole::Literal;
        m_lineGoesOn = true;
        m_serverLiteral -= line.size() + 2;
        if (m_serverLiteral == 0)
            m_serverGoesOn = true;
        else if (m_serverLiteral < 0)
            m_serverLiteral = literalAnnounced(line);
        return;
    }
    m_serverLiteral = literalAnnounced(line);
    if (m_serverGoesOn) {
        // ")" after a FETCH's literal: the rest of the same response.
        m_serverGoesOn = false;
        m_lineGoesOn = true;
        *role = LineRole::Literal;
        return;
    }
    if (line.startsWith("* ")) {
        *role = m_greeted ? LineRole::Untagged : LineRole::Greeting;
        *code = verbOf(line.mid(2));
        if (!m_greeted) {
            m_greeted = true;
            m_phase = *code == "PREAUTH" ? Phase::Authenticated : Phase::NotAuthenticated;
        }
        return;
    }
    if (line.startsWith('+')) {
        *role = LineRole::Continuation;
        *code = "+";
        m_inAuth = m_lastVerb == "AUTHENTICATE";
        return;
    }
    // A tagged completion: "a1 OK …".
    const qsizetype space = line.indexOf(' ');
    const QByteArray status = space < 0 ? QByteArray() : verbOf(line.mid(space + 1));
    *role = LineRole::Reply;
    *code = status;
    m_inAuth = false;
    if (status == "OK") {
        if (m_lastVerb == "LOGIN" || m_lastVerb == "AUTHENTICATE")
            m_phase = Phase::Authenticated;
        else if (m_lastVerb == "SELECT" || m_lastVerb == "EXAMINE")
            m_phase = Phase::Selected;
        else if (m_lastVerb == "CLOSE" || m_lastVerb == "UNSELECT")
            m_phase = Phase::Authenticated;
    }
    if (m_tlsAsked) {
        m_tlsAsked = false;
        if (status == "OK")
            m_encrypted = true;
    }
}

// --- TapSession ----------------------------------------------------------

TapSession::TapSession(Side side, std::shared_ptr<TapDialogue> dialogue)
    : m_side(side)
    , m_dialogue(std::move(dialogue))
{
    armRaw();
}

void TapSession::armRaw()
{
    // The octets as they come, not lines: they are passed on exactly.
    m_reader.expectOctets(rawForever);
}

void TapSession::start()
{
    // Nothing to say of its own: a tap only passes on what its peers say.
}

void TapSession::handleLine(const LineReader::Line &line)
{
    Q_UNUSED(line); // never asked for: the reader always gives octets
}

void TapSession::handleOctets(const QByteArray &octets)
{
    if (m_reader.octetsExpected() < rawForever / 2)
        armRaw();
    m_pending += octets;
    if (m_dialogue->isEncrypted())
        takeRecords();
    else
        takeLines();
}

void TapSession::takeLines()
{
    // Whole lines up to the last LF, or a piece of a line too long to wait for.
    qsizetype end = m_pending.lastIndexOf('\n');
    if (end < 0 && m_pending.size() < pieceLimit)
        return;
    end = end < 0 ? m_pending.size() : end + 1;
    QList<Utterance> utterances;
    QList<QByteArray> exact; // the octets of each utterance
    qsizetype start = 0;
    while (start < end && !m_dialogue->isEncrypted()) {
        const qsizetype lf = m_pending.indexOf('\n', start);
        const qsizetype next = lf < 0 || lf >= end ? end : lf + 1;
        qsizetype stop = lf < 0 || lf >= end ? end : lf;
        if (lf >= 0 && lf < end && stop > start && m_pending.at(stop - 1) == '\r')
            --stop;
        const QByteArray text = m_pending.mid(start, stop - start);
        const TapDialogue::Line line = m_side == Side::FacingClient ? m_dialogue->client(text)
                                                                    : m_dialogue->server(text);
        if (line.startsNew || utterances.isEmpty()) {
            Utterance u;
            u.role = line.role;
            u.code = line.code;
            u.phase = line.phase;
            utterances.append(u);
            exact.append(QByteArray());
        } else if (utterances.last().lines.size() == 1 || utterances.last().restRole == LineRole::Unknown) {
            utterances.last().restRole = line.role;
        }
        Utterance &u = utterances.last();
        u.lines.append(text);
        u.sensitive = u.sensitive || line.sensitive;
        exact.last() += m_pending.mid(start, next - start);
        start = next;
    }
    const bool nowEncrypted = m_dialogue->isEncrypted();
    m_pending.remove(0, start);
    for (qsizetype i = 0; i < utterances.size(); ++i) {
        Utterance &u = utterances[i];
        // What is written is these octets exactly whenever the lines joined
        // by CR LF are not them (a bare LF, a line not ended).
        qsizetype size = 0;
        for (const QByteArray &line : u.lines)
            size += line.size() + 2;
        bool same = size == exact.at(i).size();
        if (same) {
            QByteArray joined;
            joined.reserve(size);
            for (const QByteArray &line : u.lines)
                joined += line + "\r\n";
            same = joined == exact.at(i);
        }
        if (!same)
            u.octets = exact.at(i);
        if (m_side == Side::FacingClient)
            heard(u); // the Connection records it, as said by the real client
        if (m_forward)
            m_forward(u);
    }
    if (nowEncrypted) {
        if (m_side == Side::FacingServer && m_encryptedHandler)
            m_encryptedHandler();
        if (!m_pending.isEmpty())
            takeRecords();
    }
}

void TapSession::takeRecords()
{
    // TLS records (RFC 8446 §5.1): a 5-octet header whose last two give the
    // length. Passed on whole; something that is not TLS after a few octets
    // is passed on as it is all the same.
    while (m_pending.size() >= 5) {
        const qsizetype size = 5 + ((uchar(m_pending.at(3)) << 8) | uchar(m_pending.at(4)));
        const quint8 type = quint8(m_pending.at(0));
        const bool isRecord = type >= 20 && type <= 24;
        const qsizetype take = isRecord ? size : m_pending.size();
        if (isRecord && m_pending.size() < size)
            return;
        Utterance u;
        u.wire = m_pending.left(take);
        u.wireLabel = "TLS record";
        m_pending.remove(0, take);
        if (isRecord && m_recordHandler)
            m_recordHandler(u.wire);
        if (m_forward)
            m_forward(u);
    }
}

void TapSession::pass(const Utterance &utterance)
{
    say(utterance);
}

void TapSession::passClose()
{
    requestClose();
}
