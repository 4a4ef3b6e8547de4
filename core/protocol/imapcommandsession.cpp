// SPDX-License-Identifier: GPL-3.0-or-later
// imapcommandsession.cpp — an IMAP client carrying its owner's commands (see the header).
#include "imapcommandsession.h"

#include "imapresponse.h"

ImapCommandSession::ImapCommandSession()
{
    // A FETCH of a message with attachments (its BODYSTRUCTURE) is one line
    // longer than the reader's default 512 octets.
    m_reader.setMaximumLength(ImapResponse::Reader::maximumLineLength);
}

void ImapCommandSession::command(const QByteArray &text, Callback callback, bool sensitive, Phase phase)
{
    if (m_finished) {
        ImapCommandResult result;
        result.error = m_error.isEmpty() ? QByteArray("the IMAP session has ended") : m_error;
        if (callback)
            callback(result);
        return;
    }
    m_queue.append({text, std::move(callback), sensitive, phase});
    sendNext();
}

void ImapCommandSession::logout(std::function<void()> done)
{
    if (m_finished) {
        if (done)
            done();
        return;
    }
    m_loggedOut = std::move(done);
    command(
        "LOGOUT", [this](const ImapCommandResult &) { m_loggingOut = true; }, false, Phase::Logout);
}

void ImapCommandSession::sendNext()
{
    if (!m_greeted || m_waiting || m_finished || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_waiting = true;
    m_untagged.clear();
    if (m_current.phase != Phase::None)
        m_phase = m_current.phase;
    m_tag = 'a' + QByteArray::number(m_nextTag++);
    const Utterance u = ImapResponse::commandUtterance(m_tag + ' ' + m_current.text, m_phase,
                                                       m_current.sensitive);
    say(u);
}

void ImapCommandSession::handleLine(const LineReader::Line &line)
{
    if (m_finished)
        return;
    QByteArray wire;
    QByteArray error;
    switch (m_responses.line(line, m_reader, &wire, &error)) {
    case ImapResponse::Reader::Result::More: return;
    case ImapResponse::Reader::Result::Broken:
        finish(error);
        requestClose();
        return;
    case ImapResponse::Reader::Result::Whole: response(wire); return;
    }
}

void ImapCommandSession::handleOctets(const QByteArray &octets)
{
    m_responses.octets(octets);
}

void ImapCommandSession::response(const QByteArray &wire)
{
    Utterance heardResponse = ImapResponse::heardUtterance(wire, m_phase, !m_greeted);
    if (heardResponse.role == LineRole::Continuation) {
        // This client sends only LITERAL+ literals: nothing waits for a "+".
        heard(heardResponse);
        return;
    }
    if (heardResponse.role == LineRole::Reply)
        heardResponse.answersLine = lastSaidLine();
    heard(heardResponse);

    ImapCommand r;
    QByteArray error;
    if (!ImapParser::parseResponse(wire, &r, &error)) {
        finish("a response could not be read: " + error);
        requestClose();
        return;
    }
    if (!m_greeted) {
        if (r.tag != "*" || r.name != "OK") {
            finish("the server's greeting: " + wire.left(200));
            requestClose();
            return;
        }
        m_greeted = true;
        if (!r.arguments.isEmpty() && r.arguments.first().text.startsWith("[CAPABILITY ")) {
            const QByteArray text = r.arguments.first().text;
            m_capabilities = text.mid(12, text.indexOf(']') - 12).toUpper().split(' ');
        }
        sendNext();
        return;
    }
    if (r.tag == "*") {
        if (r.name == "BYE" && !m_loggingOut && !(m_waiting && m_current.text == "LOGOUT"))
            m_error = "the server said BYE: " + wire.mid(6, 200);
        m_untagged.append(r);
        return;
    }
    if (!m_waiting || r.tag != m_tag) {
        finish("a response with an unknown tag: " + wire.left(200));
        requestClose();
        return;
    }
    ImapCommandResult result;
    result.status = r.name;
    result.ok = r.name == "OK";
    result.completion = wire;
    result.untagged = std::move(m_untagged);
    m_untagged.clear();
    if (!result.ok) {
        // "a3 NO [TRYCREATE] Mailbox does not exist": what follows the status.
        const qsizetype space = wire.indexOf(' ', m_tag.size() + 1);
        result.error = space > 0 ? wire.mid(space + 1) : wire;
    }
    // The state the server is in now (RFC 3501 §3), for the next command's band.
    if (result.ok) {
        const QByteArray verb = m_current.text.left(m_current.text.indexOf(' ')).toUpper();
        if (verb == "LOGIN" || verb == "AUTHENTICATE" || verb == "CLOSE" || verb == "UNSELECT")
            m_phase = Phase::Authenticated;
        else if (verb == "SELECT" || verb == "EXAMINE")
            m_phase = Phase::Selected;
    } else if (m_current.text.startsWith("SELECT ") || m_current.text.startsWith("EXAMINE ")) {
        m_phase = Phase::Authenticated; // a failed SELECT leaves no mailbox selected (§6.3.1)
    }
    const Callback callback = std::move(m_current.callback);
    m_waiting = false;
    if (callback)
        callback(result);
    if (m_loggingOut) {
        // LOGOUT's OK: the server closes; so do we.
        m_finished = true;
        m_phase = Phase::Logout;
        requestClose();
        if (m_loggedOut)
            std::exchange(m_loggedOut, {})();
        return;
    }
    sendNext();
}

void ImapCommandSession::finish(const QByteArray &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_error.isEmpty())
        m_error = error;
    // Everything still waiting learns why.
    QList<Pending> waiting;
    if (m_waiting)
        waiting.append(std::move(m_current));
    waiting.append(std::move(m_queue));
    m_queue.clear();
    m_waiting = false;
    for (Pending &p : waiting) {
        ImapCommandResult result;
        result.error = m_error;
        if (p.callback)
            p.callback(result);
    }
    if (m_loggedOut)
        std::exchange(m_loggedOut, {})();
}

void ImapCommandSession::connectionLost()
{
    finish("the connection was lost");
}

void ImapCommandSession::timeout()
{
    finish("the server did not answer in time");
    requestClose();
}
