// SPDX-License-Identifier: GPL-3.0-or-later
// httpserversession.h — the server side of HTTP/1.1 (RFC 9110, RFC 9112), as a
// socket-free engine: octets in, utterances out, like the mail engines.
//
// Requests are read as RFC 9112 §2–§6 frame them: the request line (method
// SP request-target SP HTTP-version), header fields up to the empty line,
// then a body of Content-Length octets, read apart from lines (the
// LineReader's expectOctets(), as IMAP literals). A complete request goes to
// the handler, which may answer at once or later (the webmail first speaks
// IMAP and SMTP): until it does, the engine reads no further request
// (isInputHeld()), so pipelined requests are answered in order (§9.3.2).
//
// Each request is heard as one utterance (request line, header fields, the
// empty line, the body as text lines or a summary); each response is said as
// one utterance, one gate step, whose `octets` are exactly what is written
// (a body may be binary) and whose lines are what is shown. Responses carry
// Content-Length always (none for 1xx, 204 and 304) and no Date, so the
// same conversation gives the same transcript.
//
// Decisions where the RFCs leave a choice:
// - A bare LF ends a line (§2.2 allows it); a bare CR, a NUL or another
//   control character in the request line or a field is a 400.
// - Up to 16 empty lines before a request line are skipped (§2.2).
// - obs-fold (a field line starting with SP or HTAB) is refused, 400 (§5.2);
//   so is whitespace between a field name and its colon (§5.1).
// - HTTP/1.1 needs exactly one Host (RFC 9110 §7.2), else 400; a major
//   version other than 1 is 505.
// - Transfer-Encoding in a request is not implemented: chunked gets 411
//   Length Required (send Content-Length), any other coding 501, and an
//   HTTP/1.0 request with it 400 (§6.1); each then closes.
// - Content-Length must be one run of digits (several equal fields too);
//   anything else is 400. One above bodyLimit is 413 before a byte of the
//   body is kept.
// - Expect: 100-continue with a body gets "HTTP/1.1 100 Continue" as soon
//   as the header section is read (RFC 9110 §10.1.1), unless the method is
//   refused: then the refusal at once, and a close (the body is not read);
//   any other expectation is 417.
// - Methods: GET, HEAD and POST go to the handler (HEAD's response has the
//   headers of a GET and no body); PUT, DELETE, PATCH, OPTIONS, TRACE and
//   CONNECT are 405 with Allow; any other token is 501. Both keep the
//   connection (the request, body included, was read whole).
// - Keep-alive is the default in HTTP/1.1, "Connection: close" ends the
//   connection after the response; HTTP/1.0 closes unless it asked for
//   keep-alive (then the response says "Connection: keep-alive").
// - Limits (HttpServerConfig) are answered with their status and a close:
//   a request line too long 414, a field line too long, too many fields or
//   a header section too large 431, a body too large 413. The last request
//   allowed on one connection gets "Connection: close". Garbage is 400.
// - timeout(): while a request is half read, 408 and close; between
//   requests, close without a word (a kept-alive connection that idles);
//   while the handler has not answered, nothing (the owner rules that time).
//
// The owner (the host that serves pages) must, after an answer given
// later (outside the handler's call), pass the output on: set
// setAnsweredLater() to a function that calls Connection::pump(), which
// also reads the pipelined requests that waited in the engine and in TCP.
#pragma once

#include "httpmessage.h"
#include "protocolsession.h"

#include <functional>
#include <memory>

class HttpServerSession;

// Answers one request, now or later; once. Copyable. Safe to use after the
// session is gone (it then does nothing).
class HttpResponder
{
public:
    HttpResponder() = default;
    // false if the session is gone, or this request was answered already.
    bool respond(const HttpResponse &response) const;
    bool isValid() const;

private:
    friend class HttpServerSession;
    std::weak_ptr<HttpServerSession *> m_session;
    quint64 m_serial = 0;
};

using HttpHandler = std::function<void(const HttpRequest &request, HttpResponder responder)>;

struct HttpServerConfig {
    QByteArray serverName; // the Server field of every response; empty: none
    int requestLineLimit = 8000; // octets, CR LF excluded (RFC 9112 §3: at least 8000)
    int headerSectionLimit = 32 * 1024; // octets of all field lines, CR LF included
    int headerCountLimit = 100; // field lines in one request
    qint64 bodyLimit = 32 * 1024 * 1024; // octets of a request's body
    int requestsPerConnection = 100; // the last one is answered with Connection: close
    int emptyLinesBeforeRequest = 16; // skipped before a request line (§2.2); more is 400
    qsizetype bodyDisplayLimit = 256 * 1024; // a text body longer is one summary line
    // Whether a request carries a secret (the webmail's login form with its
    // password): it is then heard as sensitive (Utterance::sensitive, shown
    // on purpose and marked, as POP3's PASS). Asked with what was read so far.
    std::function<bool(const HttpRequest &request)> carriesSecret;
};

class HttpServerSession : public ProtocolSession
{
public:
    explicit HttpServerSession(HttpServerConfig config, HttpHandler handler = {});
    ~HttpServerSession() override;

    Protocol protocol() const override { return Protocol::Http; }
    Phase phase() const override { return Phase::Exchange; }
    void timeout() override;
    void connectionLost() override;
    bool isInputHeld() const override { return m_state == State::Waiting; }

    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    // Called after respond() said something outside the handler's call (an
    // answer given later): the owner calls Connection::pump() there, which
    // passes the response on and then reads the requests that waited
    // (handleNextLine()). Without it, respond() reads them on itself.
    void setAnsweredLater(std::function<void()> notify) { m_answeredLater = std::move(notify); }
    // Answers the request the handler holds; false if none waits. Then
    // reads on (see setAnsweredLater): a request pipelined behind it goes to
    // the handler.
    bool respond(const HttpResponse &response);
    // A request was handed over and is not answered yet.
    bool isWaitingForHandler() const { return m_state == State::Waiting; }
    // Requests read whole on this connection (answered or not).
    int requestCount() const { return m_requests; }

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    friend class HttpResponder;
    enum class State : quint8 {
        RequestLine, // before a request, or between two
        Headers,
        Body,
        Waiting, // the handler has the request
        Closed
    };

    void requestLine(const LineReader::Line &line);
    void fieldLine(const LineReader::Line &line);
    void headerSectionEnd();
    void dispatch();
    // 405 with Allow for a method RFC 9110 defines, 501 for any other.
    void refuseMethod(bool close);
    // Hears what was read of the request so far (head, and body if any).
    void hearRequest(bool withBody);
    // Answers with a short text body; `close`: then closes.
    // `answering`: it answers the line just read (not a 408 at the deadline).
    void refuse(int status, const QByteArray &why, bool close, const HttpHeaders &extra = {},
                bool answering = true);
    void sayResponse(const HttpResponse &response, bool close, bool headOnly);
    void reset();

    HttpServerConfig m_config;
    HttpHandler m_handler;
    std::function<void()> m_answeredLater;
    std::shared_ptr<HttpServerSession *> m_self; // what responders watch
    State m_state = State::RequestLine;
    HttpRequest m_request;
    QList<QByteArray> m_headLines; // the request line and field lines read so far
    qint64 m_headerOctets = 0;
    qint64 m_bodyLength = 0;
    int m_emptyLines = 0;
    bool m_headHeard = false; // the head was heard already (before a 100 Continue)
    bool m_bodyHeard = false;
    bool m_closeAfter = false; // the response to this request closes
    bool m_keepAliveAnswer = false; // HTTP/1.0 asked for keep-alive
    bool m_dispatching = false; // inside the handler's call
    int m_requests = 0;
    quint64 m_serial = 0; // of the request the handler holds
    qint64 m_linesHandled = 0;
    qint64 m_requestLastLine = -1; // the request's last line, which its response answers
};
