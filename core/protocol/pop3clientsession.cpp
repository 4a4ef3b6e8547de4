// SPDX-License-Identifier: GPL-3.0-or-later
// pop3clientsession.cpp — RFC 1939 client engine: download and delete, or
// download and keep (UIDL, §7).
//
// One command at a time, each waiting for its response; multi-line responses
// are gathered up to their "." and un-stuffed (§3) before they are used.
#include "pop3clientsession.h"

#include "dotstuffing.h"

#include <QCryptographicHash>

namespace {

const QByteArray okCode = "+OK";
const QByteArray errorCode = "-ERR";

QByteArray commandName(Pop3ClientSession::State state)
{
    switch (state) {
    case Pop3ClientSession::State::WaitGreeting: return "the greeting";
    case Pop3ClientSession::State::Stls: return "STLS";
    case Pop3ClientSession::State::User: return "USER";
    case Pop3ClientSession::State::Pass: return "PASS";
    case Pop3ClientSession::State::Apop: return "APOP";
    case Pop3ClientSession::State::Uidl: return "UIDL";
    case Pop3ClientSession::State::List: return "LIST";
    case Pop3ClientSession::State::Retr: return "RETR";
    case Pop3ClientSession::State::Dele: return "DELE";
    case Pop3ClientSession::State::Quit: return "QUIT";
    case Pop3ClientSession::State::Done: break;
    }
    return {};
}

// "n rest" lines of LIST and UIDL (§5, §7); false if the line is not one.
bool parseListingLine(const QByteArray &line, int *number, QByteArray *rest)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    bool ok = false;
    *number = line.left(space).toInt(&ok);
    *rest = line.mid(space + 1).trimmed();
    return ok && *number > 0;
}

} // namespace

Pop3ClientSession::Pop3ClientSession(const Pop3ClientJob &job)
    : m_job(job)
{
    m_reader.setMaximumLength(maximumLineLength);
}

Phase Pop3ClientSession::phase() const
{
    return m_phase;
}

Pop3ClientSession::State Pop3ClientSession::state() const
{
    return m_state;
}

bool Pop3ClientSession::isFinished() const
{
    return m_result.finished;
}

const Pop3ClientResult &Pop3ClientSession::result() const
{
    return m_result;
}

void Pop3ClientSession::connectionLost()
{
    if (m_state == State::Done)
        return;
    if (m_state == State::Quit)
        finish("connection lost before the reply to QUIT: deletions may not have happened");
    else
        finish("connection lost while waiting for the reply to " + commandName(m_state));
}

void Pop3ClientSession::timeout()
{
    if (m_state == State::Done)
        return;
    finish("no reply from the server in time (waiting for the reply to " + commandName(m_state) + ")");
    requestClose();
}

void Pop3ClientSession::tlsEstablished()
{
    ProtocolSession::tlsEstablished();
    if (!m_awaitingTls || m_state == State::Done)
        return; // implicit TLS: the greeting is still to come
    m_awaitingTls = false;
    // RFC 2595 §4: no new greeting; the client goes on in AUTHORIZATION.
    login();
}

void Pop3ClientSession::tlsFailed(const QString &reason)
{
    if (m_state == State::Done)
        return;
    // The Connection closes the socket: nothing more is said.
    m_awaitingTls = false;
    finish("TLS handshake failed: " + reason.toUtf8());
}

void Pop3ClientSession::handleLine(const LineReader::Line &line)
{
    if (m_state == State::Done)
        return;
    if (line.overlong) {
        // Cutting the line would silently change the mail; the rest of the
        // response cannot be trusted to be in sync either, so no QUIT.
        finish("the server sent a line longer than " + QByteArray::number(maximumLineLength) + " octets");
        requestClose();
        return;
    }
    if (m_collecting) {
        m_responseLines.append(line.text);
        if (DotStuffing::isTerminator(line.text)) {
            m_collecting = false;
            handleResponse(m_responseLines, true);
        }
        return;
    }
    // §3: a status indicator, "+OK" or "-ERR", then optional text.
    const bool ok = line.text == okCode || line.text.startsWith(okCode + " ");
    if (ok && expectsMultiLine()) {
        m_collecting = true;
        m_responseLines = {line.text};
        return;
    }
    handleResponse({line.text}, ok);
}

bool Pop3ClientSession::expectsMultiLine() const
{
    // UIDL and LIST are sent without an argument, so they are multi-line (§5, §7).
    return m_state == State::Uidl || m_state == State::List || m_state == State::Retr;
}

void Pop3ClientSession::handleResponse(const QList<QByteArray> &lines, bool ok)
{
    const QByteArray &status = lines.first();
    Utterance response;
    response.lines = lines;
    response.phase = m_phase;
    if (ok)
        response.code = okCode;
    else if (status == errorCode || status.startsWith(errorCode + " "))
        response.code = errorCode;
    // One command at a time (no pipelining here): the answer is to the last line said.
    const bool greeting = m_state == State::WaitGreeting;
    response.role = greeting ? LineRole::Greeting : LineRole::Reply;
    response.restRole = m_state == State::Retr ? LineRole::MessageContent : LineRole::ListingLine;
    response.answersLine = greeting ? -1 : lastSaidLine();
    heard(response);

    // The body of a multi-line response: between the status line and ".",
    // with the leading "." of stuffed lines removed (§3).
    QList<QByteArray> body;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        body.append(DotStuffing::unstuff(line).toByteArray());
    }

    switch (m_state) {
    case State::WaitGreeting: {
        if (!ok) {
            finish(status);
            requestClose();
            return;
        }
        // §7: the APOP timestamp is the <...> in the greeting, if any.
        const qsizetype open = status.indexOf('<');
        const qsizetype close = open < 0 ? -1 : status.indexOf('>', open);
        if (close > open + 1)
            m_timestamp = status.mid(open, close - open + 1);
        if (m_job.tls != TlsPolicy::None && !isTlsActive()) {
            m_state = State::Stls;
            send("STLS", Phase::Authorization);
            return;
        }
        login();
        return;
    }
    case State::Stls:
        if (ok) {
            m_awaitingTls = true;
            requestTls();
            return;
        }
        if (m_job.tls == TlsPolicy::Encrypt) {
            // Nothing, the user name included, goes in clear.
            fail("TLS is required, but the server refused STLS: " + status);
            return;
        }
        login(); // opportunistic: in clear, as without TLS
        return;
    case State::User:
        if (!ok) {
            fail(status);
            return;
        }
        m_state = State::Pass;
        send("PASS " + m_job.password, Phase::Authorization, true);
        return;
    case State::Pass:
    case State::Apop:
        if (!ok) {
            fail(status);
            return;
        }
        m_loggedIn = true;
        if (m_job.mode == Pop3Mode::DownloadAndKeep) {
            m_state = State::Uidl;
            send("UIDL", Phase::Transaction);
        } else {
            m_state = State::List;
            send("LIST", Phase::Transaction);
        }
        return;
    case State::Uidl:
        if (!ok) {
            // §7: UIDL is optional; without it every message counts as new.
            m_state = State::List;
            send("LIST", Phase::Transaction);
            return;
        }
        m_result.messagesOnServer = 0;
        for (const QByteArray &line : std::as_const(body)) {
            int number = 0;
            QByteArray uid;
            if (!parseListingLine(line, &number, &uid))
                continue;
            ++m_result.messagesOnServer;
            m_uids.insert(number, uid);
            if (!m_job.knownUids.contains(uid))
                m_toFetch.append(number);
        }
        sendNextAfterListing();
        return;
    case State::List:
        if (!ok) {
            fail(status);
            return;
        }
        m_result.messagesOnServer = 0;
        for (const QByteArray &line : std::as_const(body)) {
            int number = 0;
            QByteArray size;
            if (!parseListingLine(line, &number, &size))
                continue;
            ++m_result.messagesOnServer;
            m_toFetch.append(number);
        }
        sendNextAfterListing();
        return;
    case State::Retr:
        if (!ok) {
            // Never DELE a message that was not received.
            if (m_result.error.isEmpty())
                m_result.error = status;
            sendNextAfterListing();
            return;
        }
        {
            Pop3FetchedMessage message;
            message.number = m_current;
            message.uid = m_uids.value(m_current);
            for (const QByteArray &line : std::as_const(body))
                message.content += line + "\r\n";
            m_result.messages.append(message);
        }
        if (m_job.mode == Pop3Mode::DownloadAndDelete) {
            m_state = State::Dele;
            send("DELE " + QByteArray::number(m_current), Phase::Transaction);
        } else {
            sendNextAfterListing();
        }
        return;
    case State::Dele:
        if (!ok) {
            if (m_result.error.isEmpty())
                m_result.error = status;
        } else if (m_uids.contains(m_current)) {
            m_result.deletedUids.append(m_uids.value(m_current));
        }
        sendNextAfterListing();
        return;
    case State::Quit:
        // §6: -ERR to QUIT means some deleted messages were not removed.
        if (!ok && m_result.error.isEmpty())
            m_result.error = status;
        m_result.ok = ok && m_loggedIn && m_result.error.isEmpty();
        finish({});
        requestClose();
        return;
    case State::Done: return;
    }
}

void Pop3ClientSession::login()
{
    if (m_job.useApop && m_timestamp.contains('@')) {
        const QByteArray digest =
            QCryptographicHash::hash(m_timestamp + m_job.password, QCryptographicHash::Md5).toHex();
        m_state = State::Apop;
        // The digest is not the secret (§7): the line is not sensitive.
        send("APOP " + m_job.user + " " + digest, Phase::Authorization);
    } else {
        m_state = State::User;
        send("USER " + m_job.user, Phase::Authorization);
    }
}

void Pop3ClientSession::send(const QByteArray &command, Phase phase, bool sensitive)
{
    Utterance utterance = Utterance::line(command, phase);
    utterance.sensitive = sensitive;
    m_phase = phase;
    say(utterance);
}

void Pop3ClientSession::sendNextAfterListing()
{
    if (m_toFetch.isEmpty()) {
        sendQuit();
        return;
    }
    m_current = m_toFetch.takeFirst();
    m_state = State::Retr;
    send("RETR " + QByteArray::number(m_current), Phase::Transaction);
}

void Pop3ClientSession::sendQuit()
{
    m_state = State::Quit;
    // §6: the server enters UPDATE on QUIT only after a login.
    send("QUIT", m_loggedIn ? Phase::Update : Phase::Authorization);
}

void Pop3ClientSession::fail(const QByteArray &error)
{
    if (m_result.error.isEmpty())
        m_result.error = error;
    // Leave politely: QUIT, and finish when the server answers it.
    sendQuit();
}

void Pop3ClientSession::finish(const QByteArray &error)
{
    if (!error.isEmpty()) {
        if (m_result.error.isEmpty())
            m_result.error = error;
        m_result.ok = false;
    }
    m_result.finished = true;
    m_state = State::Done;
}
