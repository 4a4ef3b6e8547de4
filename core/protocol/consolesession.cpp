// consolesession.cpp — the engine behind the console: sends each typed line
// as it is, names its phase, marks the lines that carry a password, and
// matches the server's replies to the commands they answer.
#include "consolesession.h"

#include <cctype>

namespace {

// "250 …" or "250-…": an SMTP reply line (RFC 5321 §4.2).
bool isSmtpReply(const QByteArray &text)
{
    return text.size() >= 3 && std::isdigit(uchar(text.at(0))) && std::isdigit(uchar(text.at(1)))
        && std::isdigit(uchar(text.at(2))) && (text.size() == 3 || text.at(3) == ' ' || text.at(3) == '-');
}

} // namespace

ConsoleSession::ConsoleSession(Protocol protocol)
    : m_protocol(protocol)
    , m_phase(protocol == Protocol::Pop3 ? Phase::Authorization : Phase::Opening)
{
    // What the server says is shown as it is, however long: a RETR may bring
    // lines longer than a command line.
    m_reader.setMaximumLength(64 * 1024);
}

void ConsoleSession::connectionLost()
{
    m_closed = true;
}

Phase ConsoleSession::phaseOf(const QByteArray &line) const
{
    // The answers to AUTH's 334 prompts belong to the opening, like AUTH itself.
    if (m_protocol == Protocol::Smtp && !m_content && m_authExchange)
        return Phase::Opening;
    return commandPhase(m_protocol, commandVerb(line),
                        m_content ? ClientLine::MessageContent : ClientLine::Command,
                        m_loggedIn ? LoginState::LoggedIn : LoginState::LoggedOut);
}

void ConsoleSession::type(const QByteArray &line)
{
    if (m_closed)
        return;
    m_phase = phaseOf(line);
    Utterance utterance = Utterance::line(line, m_phase);
    const QByteArray verb = commandVerb(line);
    if (m_protocol == Protocol::Smtp && m_content) {
        // The message itself: sent as typed (a student dot-stuffs by hand, as
        // with telnet). Only the "." line expects a reply (§4.1.1.4).
        if (line == ".") {
            m_content = false;
            m_awaiting.append({QByteArrayLiteral("."), QByteArray(), m_phase});
        }
    } else if (m_protocol == Protocol::Smtp && m_authExchange) {
        // A base64 answer to a 334 challenge (RFC 4954 §4): not a command.
        m_authExchange = false;
        utterance.sensitive = true;
    } else {
        utterance.sensitive = verb == "PASS" || verb == "APOP" || verb == "AUTH";
        m_awaiting.append({verb, commandArgument(line), m_phase});
        if (m_protocol == Protocol::Smtp && verb == "DATA")
            m_content = true; // until "." or a refusal of DATA
    }
    say(utterance);
}

void ConsoleSession::handleLine(const LineReader::Line &line)
{
    if (m_protocol == Protocol::Pop3)
        handlePop3Line(line.text);
    else
        handleSmtpLine(line.text);
    if (m_onLine)
        m_onLine(line.text);
}

void ConsoleSession::handleSmtpLine(const QByteArray &text)
{
    if (!isSmtpReply(text)) {
        heardLine(text, m_awaiting.isEmpty() ? m_phase : m_awaiting.first().phase);
        return;
    }
    const QByteArray code = text.left(3);
    const bool last = text.size() == 3 || text.at(3) == ' ';
    if (!m_greeted) {
        // The 220 greeting (or a 554 refusal) answers no command: the opening.
        heardLine(text, Phase::Opening, code);
        if (last)
            m_greeted = true;
        return;
    }
    if (m_awaiting.isEmpty()) {
        heardLine(text, m_phase, code); // unasked: a 421 on the idle deadline
        return;
    }
    const Sent &command = m_awaiting.first();
    heardLine(text, command.phase, code);
    if (!last)
        return;
    if (code == "334" && command.verb == "AUTH") {
        m_authExchange = true; // the challenge: the next line typed answers it
        return;
    }
    if (command.verb == "AUTH")
        m_authExchange = false;
    if (command.verb == "DATA" && code != "354")
        m_content = false; // refused: what follows are commands again
    m_awaiting.removeFirst();
}

bool ConsoleSession::pop3MultiLine(const Sent &command)
{
    // RFC 1939 §5 and RFC 2449 §5: these answer +OK with a listing ended by ".".
    if (command.verb == "LIST" || command.verb == "UIDL")
        return command.argument.isEmpty();
    return command.verb == "RETR" || command.verb == "TOP" || command.verb == "CAPA";
}

void ConsoleSession::handlePop3Line(const QByteArray &text)
{
    if (m_listing) {
        if (text == ".")
            m_listing = false;
        heardLine(text, m_listingPhase);
        return;
    }
    QByteArray code;
    if (text.startsWith("+OK"))
        code = "+OK";
    else if (text.startsWith("-ERR"))
        code = "-ERR";
    if (!m_greeted) {
        m_greeted = true;
        heardLine(text, Phase::Authorization, code);
        return;
    }
    if (code.isEmpty() || m_awaiting.isEmpty()) {
        heardLine(text, m_phase, code);
        return;
    }
    const Sent command = m_awaiting.takeFirst();
    heardLine(text, command.phase, code);
    if (code != "+OK")
        return;
    if (command.verb == "PASS" || command.verb == "APOP")
        m_loggedIn = true;
    if (pop3MultiLine(command)) {
        m_listing = true;
        m_listingPhase = command.phase;
    }
}
