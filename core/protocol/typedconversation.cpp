// SPDX-License-Identifier: GPL-3.0-or-later
// typedconversation.cpp — the bookkeeping of a conversation typed by hand:
// typed() names each line before it is said, received() each line heard
// (see typedconversation.h for the rules, from RFC 5321 §3 and RFC 1939 §3).
#include "typedconversation.h"

#include "imapparser.h"

#include <cctype>

namespace {

// "250 …" or "250-…": an SMTP reply line (RFC 5321 §4.2).
bool isSmtpReply(const QByteArray &text)
{
    return text.size() >= 3 && std::isdigit(uchar(text.at(0))) && std::isdigit(uchar(text.at(1)))
        && std::isdigit(uchar(text.at(2))) && (text.size() == 3 || text.at(3) == ' ' || text.at(3) == '-');
}

} // namespace

TypedConversation::TypedConversation(Protocol protocol)
    : m_protocol(protocol)
    , m_phase(protocol == Protocol::Pop3       ? Phase::Authorization
                  : protocol == Protocol::Imap ? Phase::NotAuthenticated
                                               : Phase::Opening)
{
}

Phase TypedConversation::phaseOf(const QByteArray &line) const
{
    if (m_protocol == Protocol::Imap)
        return imapCommandPhase(line);
    // The answers to AUTH's 334 prompts belong to the opening, like AUTH itself.
    if (m_protocol == Protocol::Smtp && !m_content && m_authExchange)
        return Phase::Opening;
    return commandPhase(m_protocol, commandVerb(line),
                        m_content ? ClientLine::MessageContent : ClientLine::Command,
                        m_loggedIn ? LoginState::LoggedIn : LoginState::LoggedOut);
}

Utterance TypedConversation::typed(const QByteArray &line)
{
    if (m_protocol == Protocol::Imap)
        return imapTyped(line);
    m_phase = phaseOf(line);
    Utterance utterance = Utterance::line(line, m_phase);
    utterance.role = LineRole::Command;
    const QByteArray verb = commandVerb(line);
    const qint64 number = m_linesTyped++;
    if (m_protocol == Protocol::Smtp && m_content) {
        // The message itself: sent as typed (a student dot-stuffs by hand, as
        // with telnet). Only the "." line expects a reply (§4.1.1.4).
        utterance.role = LineRole::MessageContent;
        utterance.continuesPrevious = m_contentStarted; // one message, typed line by line
        m_contentStarted = true;
        if (line == ".") {
            m_content = false;
            m_awaiting.append({QByteArrayLiteral("."), QByteArray(), m_phase, number, {}});
        }
    } else if (m_protocol == Protocol::Smtp && m_authExchange) {
        // A base64 answer to a 334 challenge (RFC 4954 §4): not a command.
        m_authExchange = false;
        utterance.sensitive = true;
        utterance.role = LineRole::AuthResponse;
        m_awaiting.append({QByteArrayLiteral("AUTH"), QByteArray(), m_phase, number, {}});
    } else {
        // An APOP digest is not a password (RFC 1939 §7): shown as it is.
        utterance.sensitive = verb == "PASS" || verb == "AUTH";
        m_awaiting.append({verb, commandArgument(line), m_phase, number, {}});
        if (m_protocol == Protocol::Smtp && verb == "DATA") {
            m_content = true; // until "." or a refusal of DATA
            m_contentStarted = false;
        }
    }
    return utterance;
}

Utterance TypedConversation::received(const QByteArray &line)
{
    if (m_protocol == Protocol::Imap)
        return imapLine(line);
    return m_protocol == Protocol::Pop3 ? pop3Line(line) : smtpLine(line);
}

Utterance TypedConversation::heard(const QByteArray &text, Phase phase, const QByteArray &code, LineRole role,
                                   qint64 answersLine)
{
    Utterance utterance = Utterance::line(text, phase, code);
    utterance.role = role;
    utterance.answersLine = answersLine;
    // Heard line by line: an SMTP reply's "250-" line, or a POP3 listing, goes on.
    utterance.continuesPrevious = m_continues;
    return utterance;
}

Utterance TypedConversation::smtpLine(const QByteArray &text)
{
    if (!isSmtpReply(text)) {
        const Sent *awaited = m_awaiting.isEmpty() ? nullptr : &m_awaiting.first();
        return heard(text, awaited ? awaited->phase : m_phase, QByteArray(), LineRole::Reply,
                     awaited ? awaited->line : -1);
    }
    const QByteArray code = text.left(3);
    const bool last = text.size() == 3 || text.at(3) == ' ';
    Utterance utterance;
    if (!m_greeted) {
        // The 220 greeting (or a 554 refusal) answers no command: the opening.
        utterance = heard(text, Phase::Opening, code, LineRole::Greeting, -1);
        m_greeted = last;
    } else if (m_awaiting.isEmpty()) {
        utterance = heard(text, m_phase, code, LineRole::Reply, -1); // unasked: a 421 on the idle deadline
    } else {
        const Sent command = m_awaiting.first();
        utterance = heard(text, command.phase, code, LineRole::Reply, command.line);
        if (last) {
            m_awaiting.removeFirst();
            if (code == "334" && command.verb == "AUTH")
                m_authExchange = true; // the challenge: the next line typed answers it
            else if (command.verb == "AUTH")
                m_authExchange = false;
            if (command.verb == "DATA" && code != "354")
                m_content = false; // refused: what follows are commands again
        }
    }
    m_continues = !last;
    return utterance;
}

bool TypedConversation::pop3MultiLine(const Sent &command)
{
    // RFC 1939 §5 and RFC 2449 §5: these answer +OK with a listing ended by ".".
    if (command.verb == "LIST" || command.verb == "UIDL")
        return command.argument.isEmpty();
    return command.verb == "RETR" || command.verb == "TOP" || command.verb == "CAPA";
}

Utterance TypedConversation::pop3Line(const QByteArray &text)
{
    if (m_listing) {
        m_continues = true;
        if (text == ".")
            m_listing = false;
        return heard(text, m_listingOf.phase, QByteArray(), m_listingRole, m_listingOf.line);
    }
    m_continues = false;
    QByteArray code;
    if (text.startsWith("+OK"))
        code = "+OK";
    else if (text.startsWith("-ERR"))
        code = "-ERR";
    if (!m_greeted) {
        m_greeted = true;
        return heard(text, Phase::Authorization, code, LineRole::Greeting, -1);
    }
    if (code.isEmpty() || m_awaiting.isEmpty())
        return heard(text, m_phase, code, LineRole::Reply, -1);
    const Sent command = m_awaiting.takeFirst();
    Utterance utterance = heard(text, command.phase, code, LineRole::Reply, command.line);
    if (code != "+OK")
        return utterance;
    if (command.verb == "PASS" || command.verb == "APOP")
        m_loggedIn = true;
    if (pop3MultiLine(command)) {
        m_listing = true;
        m_listingOf = command;
        m_listingRole = command.verb == "RETR" || command.verb == "TOP" ? LineRole::MessageContent
                                                                        : LineRole::ListingLine;
    }
    return utterance;
}

namespace {

// An IMAP command's verb: the word after the tag, upper case ("a1 login" → "LOGIN").
QByteArray imapVerb(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? QByteArray() : commandVerb(line.mid(space + 1));
}

// The octets of the literal a text announces at its end ("{12}", "{12+}"); 0 if none.
qint64 literalSize(const QByteArray &text)
{
    const std::optional<ImapParser::Literal> literal = ImapParser::trailingLiteral(text);
    return literal && literal->size > 0 ? literal->size : 0;
}

} // namespace

Phase TypedConversation::imapCommandPhase(const QByteArray &line) const
{
    // A literal's octets, a SASL response or IDLE's DONE belong to the command
    // they go on with.
    if (m_typedLiteralLeft != 0 || m_imapNext != ImapNext::Command)
        return m_phase;
    return imapVerb(line) == "LOGOUT" ? Phase::Logout : m_imapState;
}

Utterance TypedConversation::imapTyped(const QByteArray &line)
{
    m_phase = imapCommandPhase(line);
    Utterance utterance = Utterance::line(line, m_phase);
    const qint64 number = m_linesTyped++;
    if (m_typedLiteralLeft != 0) {
        // The octets of a literal typed line by line (RFC 3501 §4.3); the
        // line that ends it may go on with the rest of the command, or, when
        // its CR LF was the literal's last octets, the next line does (-1).
        utterance.role = LineRole::Literal;
        utterance.continuesPrevious = true;
        utterance.sensitive = m_typedLiteralSensitive;
        if (m_typedLiteralLeft < 0 || line.size() >= m_typedLiteralLeft)
            m_typedLiteralLeft = literalSize(m_typedLiteralLeft < 0 ? line : line.mid(m_typedLiteralLeft));
        else if ((m_typedLiteralLeft -= line.size() + 2) == 0)
            m_typedLiteralLeft = -1;
        if (!m_awaiting.isEmpty())
            m_awaiting.last().line = number; // the completion answers the whole command
        return utterance;
    }
    if (m_imapNext == ImapNext::AuthResponse) {
        m_imapNext = ImapNext::Command;
        utterance.role = LineRole::AuthResponse;
        utterance.sensitive = true;
        if (!m_awaiting.isEmpty())
            m_awaiting.last().line = number;
        return utterance;
    }
    if (m_imapNext == ImapNext::Done) {
        // DONE ends IDLE (RFC 2177 §3): the tagged OK that follows answers it.
        m_imapNext = ImapNext::Command;
        utterance.role = LineRole::Command;
        utterance.continuesPrevious = true;
        if (!m_awaiting.isEmpty())
            m_awaiting.last().line = number;
        return utterance;
    }
    utterance.role = LineRole::Command;
    const QByteArray verb = imapVerb(line);
    const qsizetype space = line.indexOf(' ');
    const QByteArray tag = space < 0 ? line : line.left(space);
    utterance.sensitive = verb == "LOGIN" || verb == "AUTHENTICATE";
    m_awaiting.append({verb, commandArgument(line.mid(space + 1)), m_phase, number, tag});
    m_typedLiteralLeft = literalSize(line);
    m_typedLiteralSensitive = verb == "LOGIN"; // "a1 LOGIN fran {12}": the password follows
    return utterance;
}

Utterance TypedConversation::imapLine(const QByteArray &text)
{
    const Sent *awaited = m_awaiting.isEmpty() ? nullptr : &m_awaiting.last();
    const Phase around = awaited ? awaited->phase : m_imapState;
    if (m_heardLiteralLeft != 0) {
        // A literal's octets in a response (a FETCH's BODY[]): the response
        // goes on after them, maybe with another literal. A literal that
        // ends with a line's CR LF leaves the rest of the response to the
        // next line (-1 here); as the server's, it is drawn with the literal.
        m_continues = true;
        if (m_heardLiteralLeft < 0 || text.size() >= m_heardLiteralLeft)
            m_heardLiteralLeft = literalSize(m_heardLiteralLeft < 0 ? text : text.mid(m_heardLiteralLeft));
        else if ((m_heardLiteralLeft -= text.size() + 2) == 0)
            m_heardLiteralLeft = -1;
        return heard(text, around, QByteArray(), LineRole::Literal, awaited ? awaited->line : -1);
    }
    m_continues = false;
    if (!m_greeted) {
        // "* OK", "* PREAUTH" (already authenticated) or "* BYE" (RFC 3501 §7.1).
        m_greeted = true;
        if (text.startsWith("* PREAUTH")) {
            m_imapState = Phase::Authenticated;
            m_loggedIn = true;
        } else if (text.startsWith("* BYE")) {
            m_imapState = Phase::Logout;
        }
        m_heardLiteralLeft = literalSize(text);
        return heard(text, m_imapState, text.startsWith("* BYE") ? QByteArray("BYE") : QByteArray("*"),
                     LineRole::Greeting, -1);
    }
    if (text.startsWith('*')) {
        m_heardLiteralLeft = literalSize(text);
        const bool bye = text.startsWith("* BYE");
        if (bye)
            m_imapState = Phase::Logout;
        return heard(text, bye ? Phase::Logout : around, bye ? QByteArray("BYE") : QByteArray("*"),
                     LineRole::Untagged, awaited ? awaited->line : -1);
    }
    if (text.startsWith('+')) {
        // A go-ahead: for a literal being typed, a SASL challenge, or IDLE.
        if (awaited && m_typedLiteralLeft <= 0) {
            if (awaited->verb == "AUTHENTICATE")
                m_imapNext = ImapNext::AuthResponse;
            else if (awaited->verb == "IDLE")
                m_imapNext = ImapNext::Done;
        }
        return heard(text, around, QByteArrayLiteral("+"), LineRole::Continuation,
                     awaited ? awaited->line : -1);
    }
    // A tagged completion: OK, NO or BAD, for the command with that tag.
    const qsizetype space = text.indexOf(' ');
    const QByteArray tag = space < 0 ? text : text.left(space);
    const QByteArray status = commandVerb(text.mid(space + 1));
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_awaiting.size() && index < 0; ++i) {
        if (m_awaiting.at(i).tag == tag)
            index = i;
    }
    if (index < 0)
        return heard(text, m_imapState, status, LineRole::Reply, -1);
    const Sent command = m_awaiting.takeAt(index);
    m_imapNext = ImapNext::Command;
    if (status == "OK") {
        if (command.verb == "LOGIN" || command.verb == "AUTHENTICATE") {
            m_imapState = Phase::Authenticated;
            m_loggedIn = true;
        } else if (command.verb == "SELECT" || command.verb == "EXAMINE") {
            m_imapState = Phase::Selected;
        } else if (command.verb == "CLOSE" || command.verb == "UNSELECT") {
            m_imapState = Phase::Authenticated;
        } else if (command.verb == "LOGOUT") {
            m_imapState = Phase::Logout;
        }
    } else if ((command.verb == "SELECT" || command.verb == "EXAMINE") && m_imapState == Phase::Selected) {
        m_imapState = Phase::Authenticated; // a failed SELECT leaves no mailbox selected (§6.3.1)
    }
    m_heardLiteralLeft = 0;
    return heard(text, command.phase, status, LineRole::Reply, command.line);
}
