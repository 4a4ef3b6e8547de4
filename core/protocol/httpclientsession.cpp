// SPDX-License-Identifier: GPL-3.0-or-later
// httpclientsession.cpp — requests out, responses framed and handed back (see the header).
#include "httpclientsession.h"

void HttpClientSession::request(const HttpRequest &request, Callback callback, bool sensitive)
{
    if (m_finished) {
        HttpClientResponse r;
        r.error = m_error.isEmpty() ? QByteArray("the connection has ended") : m_error;
        if (callback)
            callback(r);
        return;
    }
    m_queue.append({request, std::move(callback), sensitive});
    sendNext();
}

void HttpClientSession::finish()
{
    m_finishing = true;
    if (m_state == State::Idle && m_queue.isEmpty() && !m_finished) {
        m_finished = true;
        requestClose();
    }
}

void HttpClientSession::sendNext()
{
    if (m_state != State::Idle || m_queue.isEmpty() || m_finished)
        return;
    m_current = m_queue.takeFirst();
    HttpRequest &r = m_current.request;
    r.headers.remove("Content-Length");
    if (!r.body.isEmpty() || r.method == "POST")
        r.headers.set("Content-Length", QByteArray::number(r.body.size()));
    Utterance u;
    u.phase = Phase::Exchange;
    u.role = LineRole::RequestLine;
    u.restRole = LineRole::HeaderField;
    u.sensitive = m_current.sensitive;
    u.lines.append(r.requestLine());
    for (const HttpField &field : r.headers.fields())
        u.lines.append(field.name + ": " + field.value);
    u.lines.append(QByteArray());
    QByteArray octets = u.lines.join("\r\n") + "\r\n";
    if (!r.body.isEmpty()) {
        u.bodyFrom = u.lines.size();
        u.lines += HttpBody::displayLines(r.body);
        octets += r.body;
    }
    u.octets = octets;
    m_response = HttpClientResponse();
    m_headLines.clear();
    m_state = State::StatusLine;
    m_reader.setMaximumLength(maximumLineLength);
    say(u);
}

void HttpClientSession::handleLine(const LineReader::Line &line)
{
    if (m_finished)
        return;
    if (line.overlong) {
        fail("a line of the response is longer than " + QByteArray::number(maximumLineLength) + " octets");
        return;
    }
    QByteArray text = line.text;
    if (text.endsWith('\r'))
        text.chop(1);
    switch (m_state) {
    case State::Idle: fail("the server said something nobody asked for: " + text.left(200)); return;
    case State::StatusLine: {
        // "HTTP/1.1 200 OK" (RFC 9112 §4)
        const QList<QByteArray> words = text.split(' ');
        bool ok = false;
        const int status = words.value(1).toInt(&ok);
        if (!text.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
            fail("not an HTTP status line: " + text.left(200));
            return;
        }
        m_response.status = status;
        m_response.reason = text.mid(text.indexOf(' ', 9) + 1);
        if (words.size() < 3)
            m_response.reason.clear();
        m_headLines = {text};
        m_state = State::Headers;
        return;
    }
    case State::Headers: {
        if (!text.isEmpty()) {
            m_headLines.append(text);
            const qsizetype colon = text.indexOf(':');
            if (colon <= 0) {
                fail("not a header field: " + text.left(200));
                return;
            }
            m_response.headers.append(text.left(colon), text.mid(colon + 1).trimmed());
            if (m_headLines.size() > 200) {
                fail("more than 200 header fields");
                return;
            }
            return;
        }
        m_headLines.append(QByteArray());
        if (m_response.status < 200) {
            // 100 Continue and the like: heard, then the real answer.
            hearResponse();
            m_response = HttpClientResponse();
            m_headLines.clear();
            m_state = State::StatusLine;
            return;
        }
        const bool noBody = m_response.status == 204 || m_response.status == 304
            || m_current.request.method == "HEAD";
        const QByteArray length = m_response.headers.value("Content-Length");
        bool ok = true;
        const qint64 size = noBody ? 0 : length.isEmpty() ? -1 : length.toLongLong(&ok);
        if (!ok || size > maximumBody) {
            fail("a body of " + length + " octets");
            return;
        }
        if (size < 0) {
            m_state = State::BodyToClose;
            m_reader.expectOctets(maximumBody);
            return;
        }
        m_bodyLeft = size;
        if (size == 0) {
            responseDone();
            return;
        }
        m_state = State::Body;
        m_reader.expectOctets(size);
        return;
    }
    case State::Body:
    case State::BodyToClose: return; // octets come through handleOctets()
    }
}

void HttpClientSession::handleOctets(const QByteArray &octets)
{
    m_response.body += octets;
    if (m_state == State::Body) {
        m_bodyLeft -= octets.size();
        if (m_bodyLeft <= 0)
            responseDone();
    }
}

void HttpClientSession::hearResponse()
{
    Utterance u;
    u.phase = Phase::Exchange;
    u.role = LineRole::StatusLine;
    u.restRole = LineRole::HeaderField;
    u.code = QByteArray::number(m_response.status);
    u.answers = m_current.request.requestLine();
    u.answersLine = lastSaidLine();
    u.lines = m_headLines;
    if (!m_response.body.isEmpty()) {
        u.bodyFrom = u.lines.size();
        u.lines += HttpBody::displayLines(m_response.body);
    }
    heard(u);
}

void HttpClientSession::responseDone()
{
    hearResponse();
    m_response.ok = true;
    const bool closes = m_lost || m_response.headers.hasToken("Connection", "close");
    const Callback callback = std::move(m_current.callback);
    const HttpClientResponse response = m_response;
    m_state = State::Idle;
    if (closes) {
        // The server closes after this answer: what waited cannot go here.
        m_finished = true;
        m_error = "the server closed the connection";
    }
    if (callback)
        callback(response);
    if (m_finished) {
        fail(m_error);
        requestClose();
        return;
    }
    if (m_queue.isEmpty() && m_finishing) {
        m_finished = true;
        requestClose();
        return;
    }
    sendNext();
}

void HttpClientSession::fail(const QByteArray &error)
{
    const bool wasFinished = m_finished;
    m_finished = true;
    if (m_error.isEmpty())
        m_error = error;
    QList<Pending> waiting;
    if (m_state != State::Idle)
        waiting.append(std::move(m_current));
    waiting.append(std::move(m_queue));
    m_queue.clear();
    m_state = State::Idle;
    for (Pending &p : waiting) {
        HttpClientResponse r;
        r.error = m_error;
        if (p.callback)
            p.callback(r);
    }
    if (!wasFinished)
        requestClose();
}

void HttpClientSession::connectionLost()
{
    if (m_state == State::BodyToClose) {
        // The body ran to the close: that was its end (RFC 9112 §6.3, 8).
        m_lost = true;
        responseDone();
        return;
    }
    fail("the connection was lost");
}

void HttpClientSession::timeout()
{
    fail("the server did not answer in time");
}
