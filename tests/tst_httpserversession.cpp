// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for HttpServerSession: HTTP/1.1 requests fed as octets (in any
// pieces), answered by a handler at once or later, and the exact octets of
// every response; each limit answered with its status (RFC 9110, RFC 9112).
#include "enginescript.h"
#include "explain/explanations.h"
#include "protocol/httpserversession.h"
#include "transcript/eventjson.h"

#include <QTest>

namespace {

// What the engine writes: each utterance's exact octets, or its lines with CR LF.
QByteArray wireOf(const QList<Utterance> &output)
{
    QByteArray bytes;
    for (const Utterance &u : output) {
        if (!u.octets.isEmpty()) {
            bytes += u.octets;
            continue;
        }
        for (const QByteArray &line : u.lines)
            bytes += line + "\r\n";
    }
    return bytes;
}

bool closes(const QList<Utterance> &output)
{
    return !output.isEmpty() && output.constLast().closeAfter;
}

// A server whose handler answers "Ola" at once, or keeps the responders
// when `later` is set.
struct Server {
    explicit Server(HttpServerConfig config = {})
        : session(config)
    {
        session.setHandler([this](const HttpRequest &request, HttpResponder responder) {
            requests.append(request);
            if (later) {
                responders.append(responder);
                return;
            }
            responder.respond(HttpResponse::withBody(200, "text/plain", "Ola " + request.target + "\n"));
        });
        // As Connection::pump() does: read on.
        session.setAnsweredLater([this] {
            ++answeredLater;
            session.receive(QByteArray());
        });
    }
    QByteArray feed(const QByteArray &bytes)
    {
        session.receive(bytes);
        output = session.takeOutput();
        heard += session.takeHeard();
        return wireOf(output);
    }

    HttpServerSession session;
    bool later = false;
    QList<HttpRequest> requests;
    QList<HttpResponder> responders;
    QList<Utterance> output;
    QList<Utterance> heard;
    int answeredLater = 0;
};

QByteArray ok(const QByteArray &target, const QByteArray &extra = {})
{
    const QByteArray body = "Ola " + target + "\n";
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extra + "\r\n" + body;
}

} // namespace

class TestHttpServerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getTwiceOnOneConnection()
    {
        Server s;
        s.session.start();
        QVERIFY(s.session.takeOutput().isEmpty()); // the client speaks first
        QCOMPARE(s.feed("GET /caixa HTTP/1.1\r\nHost: webmail.edu\r\nUser-Agent: proba\r\n\r\n"),
                 ok("/caixa"));
        QVERIFY(!s.session.wantsClose());
        QCOMPARE(s.feed("GET /outra?x=1 HTTP/1.1\r\nhost: webmail.edu\r\n\r\n"), ok("/outra?x=1"));
        QVERIFY(!s.session.wantsClose());
        QCOMPARE(s.session.requestCount(), 2);
        QCOMPARE(s.requests.size(), 2);
        const HttpRequest &first = s.requests.first();
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.path(), QByteArray("/caixa"));
        QCOMPARE(first.headers.value("USER-AGENT"), QByteArray("proba"));
        QCOMPARE(s.requests.at(1).query(), QByteArray("x=1"));
        QCOMPARE(s.requests.at(1).headers.fields().first().name, QByteArray("host"));

        // Heard: one utterance per request, its roles; said: one per response.
        QCOMPARE(s.heard.size(), 2);
        const Utterance &request = s.heard.first();
        QCOMPARE(request.lines,
                 (QList<QByteArray>{"GET /caixa HTTP/1.1", "Host: webmail.edu", "User-Agent: proba", ""}));
        QCOMPARE(request.roleOfLine(0), LineRole::RequestLine);
        QCOMPARE(request.roleOfLine(3), LineRole::HeaderField);
        QCOMPARE(request.phase, Phase::Exchange);
        QCOMPARE(s.output.size(), 1);
        const Utterance &response = s.output.first();
        QCOMPARE(response.code, QByteArray("200"));
        QCOMPARE(response.lines.first(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(response.lines.last(), QByteArray("Ola /outra?x=1"));
        QCOMPARE(response.roleOfLine(0), LineRole::StatusLine);
        QCOMPARE(response.roleOfLine(1), LineRole::HeaderField);
        QCOMPARE(response.roleOfLine(response.lines.size() - 1), LineRole::Body);
        QCOMPARE(response.answers, QByteArray("GET /outra?x=1 HTTP/1.1"));
        QCOMPARE(response.answersLine, qint64(6)); // the empty line ending the second request
        QCOMPARE(s.session.protocol(), Protocol::Http);
        QCOMPARE(s.session.phase(), Phase::Exchange);
    }

    void webmailConversationAsAScript()
    {
        // As students read it (the script notation, docs/testing.md): a
        // form, its POST and the redirection after it, the page a cookie
        // opens, on one kept-alive connection until the client closes it.
        HttpServerSession session(
            HttpServerConfig{}, [](const HttpRequest &request, HttpResponder responder) {
                if (request.method == "POST" && request.body == "usuario=fran\r\n") {
                    HttpResponse see = HttpResponse::redirect(303, "/caixa");
                    see.headers.append("Set-Cookie", "sesion=1; HttpOnly");
                    responder.respond(see);
                } else if (request.path() == "/caixa" && request.headers.value("Cookie") == "sesion=1") {
                    responder.respond(HttpResponse::withBody(200, "text/html", "<p>Caixa de entrada</p>\n"));
                } else if (request.path() == "/entrar") {
                    responder.respond(
                        HttpResponse::withBody(200, "text/html", "<form method=post></form>\n"));
                } else {
                    responder.respond(HttpResponse::withBody(404, "text/plain", "Non existe\n"));
                }
            });
        const QString script = QStringLiteral(R"(
C: GET /entrar HTTP/1.1
C: Host: webmail.edu
C:
S: HTTP/1.1 200 OK
S: Content-Type: text/html
S: Content-Length: 26
S:
S: <form method=post></form>
C: POST /entrar HTTP/1.1
C: Host: webmail.edu
C: Content-Type: application/x-www-form-urlencoded
C: Content-Length: 14
C:
C: usuario=fran
S: HTTP/1.1 303 See Other
S: Location: /caixa
S: Set-Cookie: sesion=1; HttpOnly
S: Content-Length: 0
S:
C: GET /caixa HTTP/1.1
C: Host: webmail.edu
C: Cookie: sesion=1
C:
S: HTTP/1.1 200 OK
S: Content-Type: text/html
S: Content-Length: 24
S:
S: <p>Caixa de entrada</p>
C: GET /nada HTTP/1.1
C: Host: webmail.edu
C: Connection: close
C:
S: HTTP/1.1 404 Not Found
S: Content-Type: text/plain
S: Content-Length: 11
S: Connection: close
S:
S: Non existe
)");
        const QString failure = EngineScript::run(&session, script, EngineScript::Role::EngineIsServer);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(session.wantsClose());
    }

    void postBodyInPieces()
    {
        Server s;
        const QByteArray body = "usuario=fran&clave=claveejemplo";
        const QByteArray request = "POST /entrar HTTP/1.1\r\nHost: webmail.edu\r\n"
                                   "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QByteArray written;
        for (qsizetype at = 0; at < request.size(); at += 7)
            written += s.feed(request.mid(at, 7));
        QCOMPARE(s.requests.size(), 1);
        QCOMPARE(s.requests.first().body, body);
        QCOMPARE(written, ok("/entrar"));
        QCOMPARE(s.heard.size(), 1);
        QCOMPARE(s.heard.first().lines.last(), body);
        QCOMPARE(s.heard.first().roleOfLine(s.heard.first().lines.size() - 1), LineRole::Body);
        // The next request after the body is a request of its own.
        QCOMPARE(s.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), ok("/"));
    }

    void secretsAreHeardAsSensitive()
    {
        HttpServerConfig config;
        config.carriesSecret = [](const HttpRequest &request) {
            return request.path() == "/entrar" && request.body.contains("clave=");
        };
        Server s(config);
        s.feed("POST /entrar HTTP/1.1\r\nHost: a\r\nContent-Length: 13\r\n\r\nclave=segredo");
        s.feed("GET /entrar HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(s.heard.size(), 2);
        QVERIFY(s.heard.at(0).sensitive);
        QVERIFY(!s.heard.at(1).sensitive);
    }

    void pipelinedRequestsWaitForALateAnswer()
    {
        Server s;
        s.later = true;
        QCOMPARE(s.feed("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n"
                        "POST /3 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"),
                 QByteArray());
        // Only the first is with the handler; the others wait, unread.
        QCOMPARE(s.requests.size(), 1);
        QVERIFY(s.session.isInputHeld());
        QVERIFY(s.session.isWaitingForHandler());
        QVERIFY(s.session.pendingInputSize() > 0);
        s.session.receive("GET /4 HTTP/1.1\r\nHost: a\r\n\r\n"); // still held
        QCOMPARE(s.requests.size(), 1);

        const HttpResponder first = s.responders.takeFirst();
        QVERIFY(first.isValid());
        QVERIFY(first.respond(HttpResponse::withBody(200, "text/plain", "Ola /1\n")));
        QVERIFY(!first.respond(HttpResponse::withBody(200, "text/plain", "twice"))); // once
        QVERIFY(!first.isValid());
        QCOMPARE(s.answeredLater, 1);
        QCOMPARE(s.requests.size(), 2); // the second went to the handler at once
        QCOMPARE(wireOf(s.session.takeOutput()), ok("/1"));

        s.responders.takeFirst().respond(HttpResponse::withBody(200, "text/plain", "Ola /2\n"));
        s.responders.takeFirst().respond(HttpResponse::withBody(200, "text/plain", "Ola /3\n"));
        QCOMPARE(s.requests.at(2).body, QByteArray("abc"));
        s.responders.takeFirst().respond(HttpResponse::withBody(200, "text/plain", "Ola /4\n"));
        QCOMPARE(wireOf(s.session.takeOutput()), ok("/2") + ok("/3") + ok("/4"));
        QCOMPARE(s.answeredLater, 4);
        QVERIFY(!s.session.isInputHeld());
        QCOMPARE(s.session.requestCount(), 4);
    }

    void responderOutlivesTheSession()
    {
        HttpResponder kept;
        {
            HttpServerSession session(
                HttpServerConfig{}, [&](const HttpRequest &, HttpResponder responder) { kept = responder; });
            session.receive("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            QVERIFY(kept.isValid());
        }
        QVERIFY(!kept.isValid());
        QVERIFY(!kept.respond(HttpResponse()));
    }

    void expectContinue()
    {
        Server s;
        QCOMPARE(
            s.feed("POST /subir HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"),
            QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QCOMPARE(s.output.first().code, QByteArray("100"));
        QCOMPARE(s.heard.size(), 1); // the head, heard before the 100
        QCOMPARE(s.feed("ola\r\n"), ok("/subir"));
        QCOMPARE(s.requests.first().body, QByteArray("ola\r\n"));
        QCOMPARE(s.heard.size(), 2);
        QVERIFY(s.heard.at(1).continuesPrevious);
        QCOMPARE(s.heard.at(1).role, LineRole::Body);
        // A method refused: no 100, the refusal at once and a close.
        {
            Server refused;
            const QByteArray written = refused.feed(
                "PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            QVERIFY(written.startsWith("HTTP/1.1 405 "));
            QVERIFY(written.contains("Connection: close"));
            QVERIFY(closes(refused.output));
        }
        // No body: no 100. An unknown expectation: 417.
        QCOMPARE(s.feed("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n"), ok("/"));
        QVERIFY(s.feed("GET / HTTP/1.1\r\nHost: a\r\nExpect: cafe\r\n\r\n").startsWith("HTTP/1.1 417 "));
        QVERIFY(closes(s.output));
    }

    void http10()
    {
        {
            Server s;
            // No Host needed; closes after the response.
            QCOMPARE(s.feed("GET / HTTP/1.0\r\n\r\nGET /ignored HTTP/1.0\r\n\r\n"),
                     ok("/", "Connection: close\r\n"));
            QVERIFY(closes(s.output));
            QVERIFY(s.session.wantsClose());
            QCOMPARE(s.requests.size(), 1);
        }
        {
            Server s;
            QCOMPARE(s.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"),
                     ok("/", "Connection: keep-alive\r\n"));
            QVERIFY(!s.session.wantsClose());
        }
        {
            Server s;
            QCOMPARE(s.feed("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"),
                     ok("/", "Connection: close\r\n"));
            QVERIFY(closes(s.output));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("close");
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("400") << true;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                                   << QByteArray("400") << true;
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x01\x01\xfc\r\n") << QByteArray("400")
                                 << true;
        QTest::newRow("one word") << QByteArray("HELO cliente.fr\r\n") << QByteArray("400") << true;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n") << QByteArray("400") << true;
        QTest::newRow("bad version") << QByteArray("GET / HTTP/1\r\n") << QByteArray("400") << true;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n") << QByteArray("505") << true;
        QTest::newRow("space in target") << QByteArray("GET /a\tb HTTP/1.1\r\n") << QByteArray("400") << true;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Long: one\r\n two\r\n\r\n")
                                  << QByteArray("400") << true;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << QByteArray("400") << true;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << QByteArray("400")
                                  << true;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") << QByteArray("400")
                                 << true;
        QTest::newRow("NUL") << QByteArray("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n", 29) << QByteArray("400")
                             << true;
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << QByteArray("411") << true;
        QTest::newRow("gzip") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n")
                              << QByteArray("501") << true;
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n")
                                    << QByteArray("400") << true;
        QTest::newRow("two lengths") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
                                     << QByteArray("400") << true;
        QTest::newRow("4 GB body") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4294967296\r\n\r\n")
                                   << QByteArray("413") << true;
        QTest::newRow("a length beyond 64 bits")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 000099999999999999999999999\r\n\r\n")
            << QByteArray("413") << true;
        QTest::newRow("unknown method")
            << QByteArray("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("501") << false;
        QTest::newRow("DELETE") << QByteArray("DELETE /x HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("405")
                                << false;
    }

    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(bool, close);
        Server s;
        const QByteArray written = s.feed(request);
        QVERIFY2(written.startsWith("HTTP/1.1 " + status + ' '), written.constData());
        QCOMPARE(s.output.constLast().code, status);
        QCOMPARE(closes(s.output), close);
        QCOMPARE(written.contains("Connection: close\r\n"), close);
        QVERIFY(s.requests.isEmpty()); // the handler saw none of them
        // The body says why, and Content-Length counts it.
        const qsizetype end = written.indexOf("\r\n\r\n");
        QVERIFY(end > 0);
        QVERIFY(written.contains("Content-Length: " + QByteArray::number(written.size() - end - 4) + "\r\n"));
        if (status == "405")
            QVERIFY(written.contains("\r\nAllow: GET, HEAD, POST\r\n"));
        if (!close)
            QCOMPARE(s.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), ok("/"));
    }

    void hugeLengthIsRefusedWithoutReadingTheBody()
    {
        Server s;
        s.feed("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4294967296\r\n\r\n");
        QVERIFY(s.session.wantsClose());
        QVERIFY(s.requests.isEmpty());
        // What follows is not read as a body: at most one line's worth is
        // buffered (the Connection drops it all once the engine closes).
        s.session.receive(QByteArray(1 << 20, 'x'));
        QVERIFY(s.session.pendingInputSize() <= HttpServerConfig().headerSectionLimit + 1);
    }

    void limits()
    {
        HttpServerConfig config;
        config.requestLineLimit = 100;
        config.headerSectionLimit = 300;
        config.headerCountLimit = 5;
        config.bodyLimit = 10;
        config.requestsPerConnection = 3;
        {
            Server s(config);
            QVERIFY(s.feed("GET /" + QByteArray(200, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n")
                        .startsWith("HTTP/1.1 414 "));
            QVERIFY(closes(s.output));
            // What was heard is the line cut at the limit.
            QCOMPARE(s.heard.first().lines.first().size(), 100);
        }
        {
            Server s(config);
            // A request line arriving in pieces, past the limit before its end.
            s.feed("GET /" + QByteArray(150, 'a'));
            QVERIFY(s.session.pendingInputSize() <= 101);
            QVERIFY(s.feed(QByteArray(150, 'a') + " HTTP/1.1\r\n").startsWith("HTTP/1.1 414 "));
        }
        {
            Server s(config);
            QVERIFY(s.feed("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(400, 'b') + "\r\n\r\n")
                        .startsWith("HTTP/1.1 431 "));
            QVERIFY(closes(s.output));
        }
        {
            Server s(config);
            QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
            for (int i = 0; i < 4; ++i)
                many += "X-" + QByteArray::number(i) + ": " + QByteArray(70, 'v') + "\r\n";
            QVERIFY(s.feed(many + "\r\n").startsWith("HTTP/1.1 431 ")); // 5 fields, over 300 octets
        }
        {
            Server s(config);
            QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
            for (int i = 0; i < 5; ++i)
                many += "X-" + QByteArray::number(i) + ": v\r\n";
            const QByteArray written = s.feed(many + "\r\n"); // 6 fields
            QVERIFY(written.startsWith("HTTP/1.1 431 "));
            QVERIFY(written.contains("more than 5 header fields"));
        }
        {
            Server s(config);
            QVERIFY(s.feed("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n")
                        .startsWith("HTTP/1.1 413 "));
            QVERIFY(closes(s.output));
        }
        {
            Server s(config);
            QCOMPARE(s.feed("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789"), ok("/"));
            QCOMPARE(s.feed("GET /2 HTTP/1.1\r\nHost: a\r\n\r\n"), ok("/2"));
            // The third and last: Connection: close.
            QCOMPARE(s.feed("GET /3 HTTP/1.1\r\nHost: a\r\n\r\nGET /4 HTTP/1.1\r\nHost: a\r\n\r\n"),
                     ok("/3", "Connection: close\r\n"));
            QVERIFY(closes(s.output));
            QCOMPARE(s.requests.size(), 3);
        }
        {
            Server s(config);
            QByteArray empty;
            for (int i = 0; i < 17; ++i)
                empty += "\r\n";
            QVERIFY(s.feed(empty).startsWith("HTTP/1.1 400 "));
        }
        {
            Server s(config);
            QCOMPARE(s.feed("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"), ok("/")); // RFC 9112 §2.2
        }
    }

    void bareLineFeedIsTolerated()
    {
        Server s;
        QCOMPARE(s.feed("GET / HTTP/1.1\nHost: a\n\n"), ok("/"));
        QCOMPARE(s.feed("POST /p HTTP/1.1\nHost: a\nContent-Length: 2\n\nab"), ok("/p"));
        QCOMPARE(s.requests.at(1).body, QByteArray("ab"));
    }

    void binaryBodyByteForByte()
    {
        QByteArray bytes;
        for (int i = 0; i < 2048; ++i)
            bytes.append(char((i * 7 + i / 256) & 0xff));
        HttpServerSession session(
            HttpServerConfig{}, [](const HttpRequest &request, HttpResponder responder) {
                HttpResponse response = HttpResponse::withBody(200, "application/octet-stream", request.body);
                response.headers.append("Content-Disposition", "attachment; filename=\"foto.png\"");
                responder.respond(response);
            });
        session.receive("POST /eco HTTP/1.1\r\nHost: a\r\nContent-Length: 2048\r\n\r\n" + bytes.left(1000));
        session.receive(bytes.mid(1000));
        const QList<Utterance> output = session.takeOutput();
        QCOMPARE(output.size(), 1);
        const QByteArray written = wireOf(output);
        QVERIFY(written.endsWith("\r\n\r\n" + bytes));
        QVERIFY(written.contains("Content-Length: 2048\r\n"));
        QCOMPARE(output.first().lines.last(), QByteArray("[binary body, 2048 octets]"));
        QCOMPARE(session.takeHeard().first().lines.last(), QByteArray("[binary body, 2048 octets]"));
    }

    void headHasNoBody()
    {
        Server s;
        const QByteArray written = s.feed("HEAD /caixa HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(written,
                 QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\n"));
        QVERIFY(s.feed("HEAD /x HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 400 ")); // a refusal to HEAD: no body either
        QVERIFY(s.output.first().octets.endsWith("\r\n\r\n"));
    }

    void responseFieldsCannotInjectLines()
    {
        HttpServerConfig config;
        config.serverName = "carteiro";
        HttpServerSession session(config, [](const HttpRequest &, HttpResponder responder) {
            HttpResponse response = HttpResponse::redirect(303, "/caixa\r\nSet-Cookie: x=1");
            response.headers.append("Content-Length", "999"); // the engine frames
            responder.respond(response);
        });
        session.receive("POST /entrar HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(wireOf(session.takeOutput()),
                 QByteArray("HTTP/1.1 303 See Other\r\nServer: carteiro\r\n"
                            "Location: /caixa  Set-Cookie: x=1\r\n"
                            "Content-Length: 0\r\n\r\n"));
    }

    void idleTimeout()
    {
        {
            Server s;
            s.feed("GET / HTTP/1.1\r\nHost: a\r\n");
            s.session.timeout();
            const QList<Utterance> output = s.session.takeOutput();
            QVERIFY(wireOf(output).startsWith("HTTP/1.1 408 Request Timeout\r\n"));
            QVERIFY(closes(output));
            QCOMPARE(output.first().answersLine, qint64(-1)); // it answers no line
        }
        {
            Server s;
            s.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            s.session.timeout(); // between requests: closed without a word
            const QList<Utterance> output = s.session.takeOutput();
            QCOMPARE(output.size(), 1);
            QVERIFY(output.first().lines.isEmpty());
            QVERIFY(output.first().closeAfter);
        }
        {
            Server s;
            s.feed("GET /" + QByteArray(10, 'a'));
            s.session.timeout(); // a request line half sent
            QVERIFY(wireOf(s.session.takeOutput()).startsWith("HTTP/1.1 408 "));
        }
        {
            Server s;
            s.later = true;
            s.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            s.session.timeout(); // the handler has it: the owner rules that time
            QVERIFY(s.session.takeOutput().isEmpty());
            QVERIFY(!s.session.wantsClose());
            s.responders.first().respond(HttpResponse());
            QCOMPARE(wireOf(s.session.takeOutput()),
                     QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"));
        }
    }

    void explanations()
    {
        using Direction = TranscriptEvent::Direction;
        const auto explain = [](Direction direction, const QByteArray &line,
                                LineRole role = LineRole::Unknown) {
            Explanations::LineContext context;
            context.role = role;
            return Explanations::forLine(Protocol::Http, direction, line, Phase::Exchange, context);
        };
        Explanation e = explain(Direction::ClientToServer, "GET /caixa HTTP/1.1");
        QVERIFY(e.title.startsWith("GET:"));
        QCOMPARE(e.rfc, QStringLiteral("RFC 9110 §9.3.1"));
        QCOMPARE(e.details.size(), 1); // the request line's parts
        QCOMPARE(explain(Direction::ClientToServer, "BREW /pot HTTP/1.1").rfc, QStringLiteral("RFC 9112 §3"));
        e = explain(Direction::ServerToClient, "HTTP/1.1 404 Not Found");
        QVERIFY(e.title.startsWith("404"));
        QCOMPARE(e.rfc, QStringLiteral("RFC 9110 §15.5.5"));
        QCOMPARE(explain(Direction::ServerToClient, "HTTP/1.1 431 Request Header Fields Too Large").rfc,
                 QStringLiteral("RFC 6585 §5"));
        QCOMPARE(explain(Direction::ServerToClient, "HTTP/1.1 299 Odd").rfc, QStringLiteral("RFC 9112 §4"));
        QCOMPARE(explain(Direction::ServerToClient, "set-cookie: sesion=1; HttpOnly").rfc,
                 QStringLiteral("RFC 6265 §4.1"));
        QCOMPARE(explain(Direction::ClientToServer, "Host: webmail.edu").rfc,
                 QStringLiteral("RFC 9110 §7.2"));
        QCOMPARE(explain(Direction::ClientToServer, "X-Odd: 1").rfc, QStringLiteral("RFC 9110 §5"));
        QCOMPARE(explain(Direction::ClientToServer, "", LineRole::HeaderField).rfc,
                 QStringLiteral("RFC 9112 §2.1"));
        QCOMPARE(explain(Direction::ServerToClient, "<p>Ola: mundo</p>", LineRole::Body).rfc,
                 QStringLiteral("RFC 9110 §6.4"));
        QCOMPARE(explain(Direction::ServerToClient, "<p>Ola mundo</p>").rfc, QStringLiteral("RFC 9110 §6.4"));
        QVERIFY(!Explanations::phaseTitle(Phase::Exchange).isEmpty());
    }

    void namesInWorldFiles()
    {
        QCOMPARE(protocolName(Protocol::Http), QStringLiteral("HTTP"));
        QCOMPARE(phaseName(Phase::Exchange), QStringLiteral("exchange"));
        QCOMPARE(EventJson::protocolFromWord(QStringLiteral("HTTP")),
                 std::optional<Protocol>(Protocol::Http));
        QCOMPARE(EventJson::phaseFromWord(QStringLiteral("exchange")), std::optional<Phase>(Phase::Exchange));
        QCOMPARE(LineRoles::fromName(LineRoles::name(LineRole::StatusLine)), LineRole::StatusLine);
    }

    void targetForms()
    {
        HttpRequest request;
        request.target = "/caixa?carpeta=INBOX&x=1";
        QCOMPARE(request.path(), QByteArray("/caixa"));
        QCOMPARE(request.query(), QByteArray("carpeta=INBOX&x=1"));
        request.target = "http://webmail.edu/caixa?x=1";
        QCOMPARE(request.path(), QByteArray("/caixa"));
        request.target = "HTTP://webmail.edu";
        QCOMPARE(request.path(), QByteArray("/"));
        request.target = "/redirect?to=http://a/b";
        QCOMPARE(request.path(), QByteArray("/redirect"));
        request.target = "/a/http://b/c";
        QCOMPARE(request.path(), QByteArray("/a/http://b/c"));
        Server s;
        QCOMPARE(s.feed("GET http://webmail.edu/caixa HTTP/1.1\r\nHost: webmail.edu\r\n\r\n"),
                 ok("http://webmail.edu/caixa"));
        QCOMPARE(s.requests.first().path(), QByteArray("/caixa"));
    }

    void displayLines()
    {
        QCOMPARE(HttpBody::displayLines("a\r\nb\n\nc"), (QList<QByteArray>{"a", "b", "", "c"}));
        QCOMPARE(HttpBody::displayLines("<p>ola</p>\r\n"), (QList<QByteArray>{"<p>ola</p>"}));
        QCOMPARE(HttpBody::displayLines("\xc3\xa1rbore\n"), (QList<QByteArray>{"\xc3\xa1rbore"}));
        QCOMPARE(HttpBody::displayLines("\xff\xfe"), (QList<QByteArray>{"[binary body, 2 octets]"}));
        QCOMPARE(HttpBody::displayLines("a\rb"), (QList<QByteArray>{"[binary body, 3 octets]"}));
        QCOMPARE(HttpBody::displayLines("abcdef", 4), (QList<QByteArray>{"[body, 6 octets]"}));
        QVERIFY(HttpBody::displayLines({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpServerSession)
#include "tst_httpserversession.moc"
