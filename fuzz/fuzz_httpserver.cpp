// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_httpserver.cpp — HttpServerSession fed whatever a browser may send.
//
// Input: see fuzzsupport.h. Options: bit 0 tiny limits (a request line of
// 64 octets, a header section of 256, 4 fields, a body of 64 octets, 3
// requests a connection), bit 1 the handler answers later (after each
// chunk, as the webmail does once its IMAP legs are done), bit 7 the idle
// deadline ends the session instead of a dropped connection. The handler
// answers by target: "/bin" a binary body, "/close" with Connection: close,
// "/see" a 303, anything else echoes the body.
// Checked besides the sanitizers: no line carries CR or LF; nothing follows
// the close; each response's octets begin with its lines up to the empty
// line, and its body is as long as its Content-Length (or empty, for HEAD);
// the handler holds one request at a time, whose body is as long as its
// Content-Length and within the limit.
#include "fuzzsupport.h"
#include "protocol/httpserversession.h"

#include <QList>

namespace {

void check(const QList<Utterance> &output, bool *closed)
{
    for (const Utterance &utterance : output) {
        FUZZ_CHECK(!*closed);
        for (const QByteArray &line : utterance.lines) {
            FUZZ_CHECK(!line.contains('\r'));
            FUZZ_CHECK(!line.contains('\n'));
        }
        if (!utterance.lines.isEmpty()) {
            // A response: its head as shown is its head as written.
            FUZZ_CHECK(!utterance.octets.isEmpty());
            const qsizetype empty = utterance.lines.indexOf(QByteArray());
            FUZZ_CHECK(empty > 0);
            const QByteArray head = utterance.lines.first(empty + 1).join("\r\n") + "\r\n";
            FUZZ_CHECK(utterance.octets.startsWith(head));
            const qsizetype body = utterance.octets.size() - head.size();
            qint64 length = -1;
            for (qsizetype i = 1; i < empty; ++i) {
                if (utterance.lines.at(i).startsWith("Content-Length: "))
                    length = utterance.lines.at(i).mid(16).toLongLong();
            }
            FUZZ_CHECK(body == 0 || body == length);
        }
        if (utterance.closeAfter)
            *closed = true;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    HttpServerConfig config;
    if (input.options & 0x01) {
        config.requestLineLimit = 64;
        config.headerSectionLimit = 256;
        config.headerCountLimit = 4;
        config.bodyLimit = 64;
        config.requestsPerConnection = 3;
    }
    const bool later = input.options & 0x02;
    QList<HttpResponder> pending;
    QList<HttpResponse> answers;
    const auto answerFor = [](const HttpRequest &request) {
        if (request.path() == "/bin")
            return HttpResponse::withBody(200, "application/octet-stream", QByteArray("\0\r\n\xff\r", 5));
        if (request.path() == "/see")
            return HttpResponse::redirect(303, "/caixa\r\nX: y");
        HttpResponse response = HttpResponse::withBody(200, "text/plain", request.body);
        if (request.path() == "/close")
            response.headers.append("Connection", "close");
        return response;
    };
    HttpServerSession session(config, [&](const HttpRequest &request, HttpResponder responder) {
        FUZZ_CHECK(pending.isEmpty()); // one request at a time
        FUZZ_CHECK(request.body.size() <= config.bodyLimit);
        const QByteArray length = request.headers.value("Content-Length");
        FUZZ_CHECK(request.body.size() == (length.isEmpty() ? 0 : length.toLongLong()));
        if (later) {
            pending.append(responder);
            answers.append(answerFor(request));
        } else {
            FUZZ_CHECK(responder.respond(answerFor(request)));
        }
    });
    bool closed = false;
    const auto answerPending = [&] {
        // Answering one hands the next pipelined request to the handler.
        while (!pending.isEmpty()) {
            const HttpResponder responder = pending.takeFirst();
            FUZZ_CHECK(responder.respond(answers.takeFirst()));
            FUZZ_CHECK(!responder.isValid());
        }
    };
    session.start();
    check(session.takeOutput(), &closed);
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    for (qsizetype at = 0; at < input.stream.size() && !session.wantsClose(); at += step) {
        session.receive(input.stream.mid(at, step));
        check(session.takeOutput(), &closed);
        session.takeHeard();
        FUZZ_CHECK(session.isInputHeld() == !pending.isEmpty());
        answerPending();
        check(session.takeOutput(), &closed);
        session.takeHeard();
    }
    FUZZ_CHECK(session.wantsClose() == closed);
    if (!closed) {
        if (input.options & 0x80)
            session.timeout();
        else
            session.connectionLost();
        check(session.takeOutput(), &closed);
    }
    return 0;
}
