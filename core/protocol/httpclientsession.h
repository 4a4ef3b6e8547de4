// SPDX-License-Identifier: GPL-3.0-or-later
// httpclientsession.h — the client side of HTTP/1.1 (RFC 9110, 9112), as a
// browser inside the world uses it: one request at a time on a kept-alive
// connection, each answered through a callback.
//
// The owner (a scenario's browser, core/mail/webbrowser.*) queues requests
// with request(); the engine writes each as one utterance (request line,
// header fields, the empty line, the body — its exact octets, the lines only
// for the timeline) and reads the response as RFC 9112 §6 frames it: the
// status line, the header fields, then Content-Length octets of body (a
// response without one is read until the server closes). A 1xx response is
// heard and skipped. Nothing is pipelined: the next request goes when the
// last response is read whole. A lost connection, garbage or a response
// too large ends the session; every request still waiting gets its callback
// with ok false and the reason.
#pragma once

#include "httpmessage.h"
#include "protocolsession.h"

#include <functional>

struct HttpClientResponse {
    bool ok = false; // a whole response was read
    int status = 0;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;
    QByteArray error; // why there is none, in words
};

class HttpClientSession : public ProtocolSession
{
public:
    using Callback = std::function<void(const HttpClientResponse &)>;

    HttpClientSession() = default;

    Protocol protocol() const override { return Protocol::Http; }
    Phase phase() const override { return Phase::Exchange; }
    void connectionLost() override;
    void timeout() override;

    // Queues a request; Content-Length is set from its body. `sensitive`: it
    // carries a password (a log-in form), shown on purpose and marked.
    void request(const HttpRequest &request, Callback callback, bool sensitive = false);
    // Nothing more to ask: the connection closes once the last answer is read.
    void finish();
    bool isFinished() const { return m_finished; }
    QByteArray error() const { return m_error; }

    static constexpr int maximumLineLength = 16 * 1024;
    static constexpr qint64 maximumBody = 64 * 1024 * 1024;

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    struct Pending {
        HttpRequest request;
        Callback callback;
        bool sensitive = false;
    };
    enum class State : quint8 {
        Idle,
        StatusLine,
        Headers,
        Body,
        BodyToClose // no Content-Length: the body ends with the connection
    };
    void sendNext();
    void responseDone();
    void fail(const QByteArray &error);
    void hearResponse();

    QList<Pending> m_queue;
    Pending m_current;
    State m_state = State::Idle;
    HttpClientResponse m_response;
    QList<QByteArray> m_headLines;
    qint64 m_bodyLeft = 0;
    bool m_finishing = false;
    bool m_lost = false; // the connection ended (a body read to its close)
    bool m_finished = false;
    QByteArray m_error;
};
