// typedconversation.cpp — the bookkeeping of a conversation typed by hand:
// typed() names each line before it is said, received() each line heard
// (see typedconversation.h for the rules, from RFC 5321 §3 and RFC 1939 §3).
#include "typedconversation.h"

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
    , m_phase(protocol == Protocol::Pop3 ? Phase::Authorization : Phase::Opening)
{
}

Phase TypedConversation::phaseOf(const QByteArray &line) const
{
    // The answers to AUTH's 334 prompts belong to the opening, like AUTH itself.
    if (m_protocol == Protocol::Smtp && !m_content && m_authExchange)
        return Phase::Opening;
    return commandPhase(m_protocol, commandVerb(line),
                        m_content ? ClientLine::MessageContent : ClientLine::Command,
                        m_loggedIn ? LoginState::LoggedIn : LoginState::LoggedOut);
}

Utterance TypedConversation::typed(const QByteArray &line)
{
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
            m_awaiting.append({QByteArrayLiteral("."), QByteArray(), m_phase, number});
        }
    } else if (m_protocol == Protocol::Smtp && m_authExchange) {
        // A base64 answer to a 334 challenge (RFC 4954 §4): not a command.
        m_authExchange = false;
        utterance.sensitive = true;
        utterance.role = LineRole::AuthResponse;
        m_awaiting.append({QByteArrayLiteral("AUTH"), QByteArray(), m_phase, number});
    } else {
        // An APOP digest is not a password (RFC 1939 §7): shown as it is.
        utterance.sensitive = verb == "PASS" || verb == "AUTH";
        m_awaiting.append({verb, commandArgument(line), m_phase, number});
        if (m_protocol == Protocol::Smtp && verb == "DATA") {
            m_content = true; // until "." or a refusal of DATA
            m_contentStarted = false;
        }
    }
    return utterance;
}

Utterance TypedConversation::received(const QByteArray &line)
{
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
