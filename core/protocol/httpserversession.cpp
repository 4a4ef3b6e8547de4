// SPDX-License-Identifier: GPL-3.0-or-later
// httpserversession.cpp — HTTP/1.1 requests read line by line (the body as
// octets), handed to the handler whole, and answered in order, each
// response one utterance with its exact octets.
//
// The states follow a request: its line, its field lines, its body, then
// waiting for the handler. A refusal (a limit, garbage) hears what was read,
// says its status with a short text body and, when the framing cannot be
// trusted any more, closes.
#include "httpserversession.h"

#include <cctype>
#include <cstring>

namespace {

// tchar (RFC 9110 §5.6.2).
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const uchar u = uchar(c);
        const bool alnum = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        if (!alnum && !std::strchr("!#$%&'*+-.^_`|~", c))
            return false;
    }
    return true;
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

// A control character other than HTAB (RFC 9110 §5.5: field values).
bool hasControl(const QByteArray &text)
{
    for (const char c : text) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

// What a handler gives is written as one line: CR, LF and NUL become spaces
// (no field can be injected through a value).
QByteArray oneLine(QByteArray text)
{
    for (char &c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    }
    return text;
}

const QList<QByteArray> &handledMethods()
{
    static const QList<QByteArray> methods = {"GET", "HEAD", "POST"};
    return methods;
}

// Methods RFC 9110 §9 and RFC 5789 define that this server does not allow.
bool isKnownMethod(const QByteArray &method)
{
    static const QList<QByteArray> known = {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"};
    return known.contains(method);
}

} // namespace

bool HttpResponder::respond(const HttpResponse &response) const
{
    const std::shared_ptr<HttpServerSession *> session = m_session.lock();
    if (!session || (*session)->m_serial != m_serial || !(*session)->isWaitingForHandler())
        return false;
    return (*session)->respond(response);
}

bool HttpResponder::isValid() const
{
    const std::shared_ptr<HttpServerSession *> session = m_session.lock();
    return session && (*session)->m_serial == m_serial && (*session)->isWaitingForHandler();
}

HttpServerSession::HttpServerSession(HttpServerConfig config, HttpHandler handler)
    : m_config(std::move(config))
    , m_handler(std::move(handler))
    , m_self(std::make_shared<HttpServerSession *>(this))
{
    m_reader.setMaximumLength(m_config.requestLineLimit);
}

HttpServerSession::~HttpServerSession() = default;

void HttpServerSession::handleLine(const LineReader::Line &line)
{
    ++m_linesHandled;
    switch (m_state) {
    case State::RequestLine: requestLine(line); break;
    case State::Headers: fieldLine(line); break;
    case State::Body:
    case State::Waiting:
    case State::Closed: break; // not reached: octets, held input, closing
    }
}

void HttpServerSession::requestLine(const LineReader::Line &line)
{
    if (line.text.isEmpty() && !line.overlong) {
        // RFC 9112 §2.2: empty lines before a request line are skipped, a few.
        if (++m_emptyLines > m_config.emptyLinesBeforeRequest)
            refuse(400, "too many empty lines before the request line (RFC 9112 section 2.2)", true);
        return;
    }
    m_headLines = {line.text};
    m_request.method = m_request.target = m_request.version = QByteArray();
    if (line.overlong) {
        refuse(414,
               "the request line is longer than " + QByteArray::number(m_config.requestLineLimit)
                   + " octets (RFC 9112 section 3)",
               true);
        return;
    }
    if (line.hasNul || line.bareCarriageReturn || hasControl(line.text)) {
        refuse(400, "a control character in the request line (RFC 9112 section 3)", true);
        return;
    }
    const QList<QByteArray> parts = line.text.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.at(2).isEmpty()) {
        refuse(400, "a request line is method SP request-target SP HTTP-version (RFC 9112 section 3)", true);
        return;
    }
    const QByteArray &version = parts.at(2);
    const bool versionSyntax = version.size() == 8 && version.startsWith("HTTP/")
        && std::isdigit(uchar(version[5])) && version[6] == '.' && std::isdigit(uchar(version[7]));
    if (!isToken(parts.at(0)) || !versionSyntax) {
        refuse(400, "a request line is method SP request-target SP HTTP-version (RFC 9112 section 3)", true);
        return;
    }
    for (const char c : parts.at(1)) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f) {
            refuse(400, "the request-target holds an octet a URI cannot (RFC 9112 section 3.2)", true);
            return;
        }
    }
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.version = version;
    if (version[5] != '1') {
        refuse(505, "this server speaks HTTP/1.1 (RFC 9110 section 15.6.6)", true);
        return;
    }
    m_state = State::Headers;
    m_reader.setMaximumLength(m_config.headerSectionLimit);
}

void HttpServerSession::fieldLine(const LineReader::Line &line)
{
    m_headerOctets += line.text.size() + 2;
    if (line.overlong || m_headerOctets > m_config.headerSectionLimit) {
        m_headLines.append(line.text.left(m_config.requestLineLimit));
        refuse(431,
               "the header section is larger than " + QByteArray::number(m_config.headerSectionLimit)
                   + " octets (RFC 6585 section 5)",
               true);
        return;
    }
    if (line.text.isEmpty()) {
        headerSectionEnd();
        return;
    }
    m_headLines.append(line.text);
    if (m_headLines.size() - 1 > m_config.headerCountLimit) {
        refuse(431,
               "more than " + QByteArray::number(m_config.headerCountLimit)
                   + " header fields (RFC 6585 section 5)",
               true);
        return;
    }
    if (line.text.startsWith(' ') || line.text.startsWith('\t')) {
        refuse(400, "a field line folded onto the next (obs-fold) is not accepted (RFC 9112 section 5.2)",
               true);
        return;
    }
    if (line.hasNul || line.bareCarriageReturn) {
        refuse(400, "a NUL or a bare CR in a field line (RFC 9112 section 2.2)", true);
        return;
    }
    const qsizetype colon = line.text.indexOf(':');
    const QByteArray name = colon < 0 ? QByteArray() : line.text.left(colon);
    if (!isToken(name)) {
        refuse(400, "a field line is name \":\" value, with no space before the colon (RFC 9112 section 5)",
               true);
        return;
    }
    const QByteArray value = line.text.mid(colon + 1).trimmed();
    if (hasControl(value)) {
        refuse(400, "a control character in the value of " + name + " (RFC 9110 section 5.5)", true);
        return;
    }
    m_request.headers.append(name, value);
}

void HttpServerSession::headerSectionEnd()
{
    m_headLines.append(QByteArray());
    const HttpHeaders &headers = m_request.headers;
    const bool http11 = m_request.version != "HTTP/1.0";
    const qsizetype hosts = headers.count("Host");
    if ((http11 && hosts != 1) || hosts > 1) {
        refuse(400,
               hosts == 0 ? QByteArray("an HTTP/1.1 request needs a Host field (RFC 9112 section 3.2)")
                          : QByteArray("more than one Host field (RFC 9112 section 3.2)"),
               true);
        return;
    }
    if (headers.contains("Transfer-Encoding")) {
        if (!http11)
            refuse(400, "Transfer-Encoding in an HTTP/1.0 request (RFC 9112 section 6.1)", true);
        else if (headers.hasToken("Transfer-Encoding", "chunked"))
            refuse(
                411,
                "this server reads request bodies framed by Content-Length only (RFC 9110 section 15.5.12)",
                true);
        else
            refuse(501, "a transfer coding this server does not know (RFC 9112 section 6.1)", true);
        return;
    }
    m_bodyLength = 0;
    const QList<QByteArray> lengths = headers.values("Content-Length");
    if (!lengths.isEmpty()) {
        for (const QByteArray &length : lengths) {
            if (!isDigits(length) || length != lengths.first()) {
                refuse(400, "Content-Length must be one number of octets (RFC 9112 section 6.3)", true);
                return;
            }
        }
        QByteArray digits = lengths.first();
        while (digits.size() > 1 && digits.startsWith('0'))
            digits.remove(0, 1);
        // Eighteen digits fit in a qint64; more is too large anyway.
        const qint64 length = digits.size() > 18 ? -1 : digits.toLongLong();
        if (length < 0 || length > m_config.bodyLimit) {
            refuse(413,
                   "the body is larger than " + QByteArray::number(m_config.bodyLimit)
                       + " octets (RFC 9110 section 15.5.14)",
                   true);
            return;
        }
        m_bodyLength = length;
    }
    if (http11) {
        m_closeAfter = headers.hasToken("Connection", "close");
        m_keepAliveAnswer = false;
    } else {
        m_keepAliveAnswer = headers.hasToken("Connection", "keep-alive");
        m_closeAfter = !m_keepAliveAnswer;
    }
    if (m_requests + 1 >= m_config.requestsPerConnection)
        m_closeAfter = true;
    // RFC 9110 §10.1.1: an HTTP/1.0 request's expectation is ignored.
    if (http11 && headers.contains("Expect")) {
        if (headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) != 0
            || headers.count("Expect") > 1) {
            refuse(417, "the only expectation this server knows is 100-continue (RFC 9110 section 10.1.1)",
                   true);
            return;
        }
        if (m_bodyLength > 0 && !handledMethods().contains(m_request.method)) {
            // No 100 for a body that would be refused: the refusal at once,
            // and a close, since the body is not read (RFC 9110 §10.1.1).
            refuseMethod(true);
            return;
        }
        if (m_bodyLength > 0) {
            // The head is heard first, so the 100 follows it in the transcript.
            hearRequest(false);
            Utterance go;
            go.lines = {"HTTP/1.1 100 Continue", QByteArray()};
            go.octets = "HTTP/1.1 100 Continue\r\n\r\n";
            go.phase = Phase::Exchange;
            go.code = "100";
            go.role = LineRole::StatusLine;
            go.restRole = LineRole::HeaderField;
            go.answers = m_headLines.first();
            go.answersLine = m_linesHandled - 1;
            say(go);
        }
    }
    if (m_bodyLength > 0) {
        m_state = State::Body;
        m_reader.expectOctets(m_bodyLength);
        return;
    }
    dispatch();
}

void HttpServerSession::handleOctets(const QByteArray &octets)
{
    if (m_state != State::Body)
        return;
    m_request.body.append(octets);
    if (m_request.body.size() >= m_bodyLength)
        dispatch();
}

void HttpServerSession::dispatch()
{
    hearRequest(true);
    ++m_requests;
    m_requestLastLine = m_linesHandled - 1;
    if (!handledMethods().contains(m_request.method)) {
        refuseMethod(m_closeAfter);
        return;
    }
    if (!m_handler) {
        refuse(404, "nothing is served here", m_closeAfter);
        return;
    }
    m_state = State::Waiting;
    HttpResponder responder;
    responder.m_session = m_self;
    responder.m_serial = ++m_serial;
    // A copy: the handler may answer at once, and the next request then
    // reuses the engine's own.
    const HttpRequest request = m_request;
    m_dispatching = true;
    m_handler(request, responder);
    m_dispatching = false;
}

void HttpServerSession::refuseMethod(bool close)
{
    const QByteArray &method = m_request.method;
    HttpHeaders allow;
    allow.append("Allow", handledMethods().join(", "));
    if (isKnownMethod(method))
        refuse(405, method + " is not allowed here (RFC 9110 section 15.5.6)", close, allow);
    else
        refuse(501, "this server does not know the method " + method + " (RFC 9110 section 9.1)", close);
}

void HttpServerSession::hearRequest(bool withBody)
{
    Utterance u;
    u.phase = Phase::Exchange;
    if (!m_headHeard) {
        u.lines = m_headLines;
        u.role = LineRole::RequestLine;
        u.restRole = LineRole::HeaderField;
        m_headHeard = true;
    }
    if (withBody && !m_bodyHeard && !m_request.body.isEmpty()) {
        m_bodyHeard = true;
        const QList<QByteArray> body = HttpBody::displayLines(m_request.body, m_config.bodyDisplayLimit);
        if (u.lines.isEmpty()) {
            u.role = LineRole::Body;
            u.continuesPrevious = true;
        } else {
            u.bodyFrom = u.lines.size();
        }
        u.lines += body;
    }
    if (u.lines.isEmpty())
        return;
    u.sensitive = m_config.carriesSecret && m_config.carriesSecret(m_request);
    heard(u);
}

bool HttpServerSession::respond(const HttpResponse &response)
{
    if (m_state != State::Waiting)
        return false;
    const bool close = m_closeAfter || response.headers.hasToken("Connection", "close");
    sayResponse(response, close, m_request.method == "HEAD");
    if (close) {
        m_state = State::Closed;
        requestClose();
    } else {
        reset();
    }
    if (!m_dispatching) {
        // Requests pipelined behind this one waited in the reader: the owner
        // reads on once the response is on its way (Connection::pump), so
        // the transcript has the response before the next request; without
        // an owner the engine reads on itself.
        if (m_answeredLater) {
            m_answeredLater();
        } else {
            while (handleNextLine()) {
            }
        }
    }
    return true;
}

void HttpServerSession::refuse(int status, const QByteArray &why, bool close, const HttpHeaders &extra,
                               bool answering)
{
    hearRequest(true);
    m_requestLastLine = answering ? m_linesHandled - 1 : -1;
    HttpResponse response = HttpResponse::withBody(
        status, "text/plain; charset=utf-8",
        QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status) + ": " + why + "\r\n");
    for (const HttpField &field : extra.fields())
        response.headers.append(field.name, field.value);
    sayResponse(response, close, m_request.method == "HEAD");
    if (close) {
        m_state = State::Closed;
        requestClose();
    } else {
        reset();
    }
}

void HttpServerSession::sayResponse(const HttpResponse &response, bool close, bool headOnly)
{
    const QByteArray reason = oneLine(response.reason.isEmpty() ? HttpResponse::reasonPhrase(response.status)
                                                                : response.reason);
    const int status = qBound(100, response.status, 999);
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason;
    HttpHeaders headers;
    if (!m_config.serverName.isEmpty() && !response.headers.contains("Server"))
        headers.append("Server", m_config.serverName);
    for (const HttpField &field : response.headers.fields())
        headers.append(oneLine(field.name), oneLine(field.value));
    // The framing is the engine's.
    headers.remove("Content-Length");
    headers.remove("Transfer-Encoding");
    headers.remove("Connection");
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    if (bodyAllowed)
        headers.append("Content-Length", QByteArray::number(response.body.size()));
    if (close)
        headers.append("Connection", "close");
    else if (m_keepAliveAnswer)
        headers.append("Connection", "keep-alive");

    Utterance u;
    u.phase = Phase::Exchange;
    u.code = QByteArray::number(status);
    u.role = LineRole::StatusLine;
    u.restRole = LineRole::HeaderField;
    u.answers = m_headLines.isEmpty() ? QByteArray() : m_headLines.first();
    u.answersLine = m_requestLastLine;
    u.lines.append(statusLine);
    for (const HttpField &field : headers.fields())
        u.lines.append(field.name + ": " + field.value);
    u.lines.append(QByteArray());
    QByteArray octets = u.lines.join("\r\n") + "\r\n";
    if (bodyAllowed && !headOnly && !response.body.isEmpty()) {
        u.bodyFrom = u.lines.size();
        u.lines += HttpBody::displayLines(response.body, m_config.bodyDisplayLimit);
        octets += response.body;
    }
    u.octets = octets;
    say(u);
}

void HttpServerSession::reset()
{
    m_state = State::RequestLine;
    m_request = HttpRequest();
    m_headLines.clear();
    m_headerOctets = 0;
    m_bodyLength = 0;
    m_emptyLines = 0;
    m_headHeard = false;
    m_bodyHeard = false;
    m_closeAfter = false;
    m_keepAliveAnswer = false;
    m_reader.setMaximumLength(m_config.requestLineLimit);
}

void HttpServerSession::timeout()
{
    if (m_state == State::Waiting || m_state == State::Closed || wantsClose())
        return;
    if (m_state == State::RequestLine && m_headLines.isEmpty() && pendingInputSize() == 0) {
        // A kept-alive connection that idles: closed without a word.
        m_state = State::Closed;
        requestClose();
        return;
    }
    refuse(408, "the request did not arrive whole in time (RFC 9110 section 15.5.9)", true, {}, false);
}

void HttpServerSession::connectionLost()
{
    m_state = State::Closed;
}
