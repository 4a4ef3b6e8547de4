// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for HttpClientSession (requests out, responses framed: Content-Length,
// read to the close, 1xx skipped, kept alive, failures) and for the forms a
// scenario's browser reads and fills (WebBrowser::fieldValue, textAreaValue,
// multipart); then a round trip against HttpServerSession in memory.
#include "enginescript.h"
#include "mail/webbrowser.h"
#include "protocol/httpclientsession.h"
#include "protocol/httpserversession.h"

#include <QTest>

namespace {

HttpRequest get(const QByteArray &target)
{
    HttpRequest r;
    r.method = "GET";
    r.target = target;
    r.version = "HTTP/1.1";
    r.headers.append("Host", "webmail.servidor.edu");
    return r;
}

// The octets the engine wrote since the last call.
QByteArray written(ProtocolSession &engine, bool *closes = nullptr)
{
    QByteArray bytes;
    for (const Utterance &u : engine.takeOutput()) {
        bytes += u.octets;
        if (closes && u.closeAfter)
            *closes = true;
    }
    return bytes;
}

} // namespace

class TestHttpClientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestOctets();
    void responseInPieces();
    void oneRequestAtATime();
    void interimResponseSkipped();
    void bodyToTheClose();
    void connectionCloseFailsTheRest();
    void garbageFails();
    void lostMidBody();
    void finishCloses();
    void roundTripWithServer();
    void formFields();
    void multipartBody();
};

void TestHttpClientSession::requestOctets()
{
    HttpClientSession engine;
    engine.request(get("/login"), {});
    QCOMPARE(written(engine), QByteArray("GET /login HTTP/1.1\r\nHost: webmail.servidor.edu\r\n\r\n"));

    HttpClientSession post;
    HttpRequest r = get("/login");
    r.method = "POST";
    r.headers.append("Content-Type", "application/x-www-form-urlencoded");
    r.headers.append("Content-Length", "999"); // replaced by the body's own
    r.body = "user=fran&password=claveejemplo";
    post.request(r, {}, true);
    const QList<Utterance> out = post.takeOutput();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().sensitive);
    QCOMPARE(out.first().octets,
             QByteArray("POST /login HTTP/1.1\r\nHost: webmail.servidor.edu\r\n"
                        "Content-Type: application/x-www-form-urlencoded\r\n"
                        "Content-Length: 31\r\n\r\nuser=fran&password=claveejemplo"));
}

void TestHttpClientSession::responseInPieces()
{
    HttpClientSession engine;
    HttpClientResponse got;
    int calls = 0;
    engine.request(get("/"), [&](const HttpClientResponse &r) {
        got = r;
        ++calls;
    });
    written(engine);
    const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10\r\n"
                                "Set-Cookie: s=1\r\n\r\n<p>Ola</p>";
    for (char c : response) // octet by octet
        engine.receive(QByteArray(1, c));
    QCOMPARE(calls, 1);
    QVERIFY(got.ok);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.reason, QByteArray("OK"));
    QCOMPARE(got.headers.value("content-type"), QByteArray("text/html"));
    QCOMPARE(got.headers.value("Set-Cookie"), QByteArray("s=1"));
    QCOMPARE(got.body, QByteArray("<p>Ola</p>"));
    QVERIFY(!engine.isFinished()); // kept alive
}

void TestHttpClientSession::oneRequestAtATime()
{
    HttpClientSession engine;
    QList<QByteArray> bodies;
    const auto keep = [&](const HttpClientResponse &r) { bodies.append(r.body); };
    engine.request(get("/a"), keep);
    engine.request(get("/b"), keep);
    // Nothing pipelined: /b waits for /a's answer.
    QCOMPARE(written(engine), QByteArray("GET /a HTTP/1.1\r\nHost: webmail.servidor.edu\r\n\r\n"));
    engine.receive("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA");
    QCOMPARE(bodies, QList<QByteArray>({"A"}));
    QCOMPARE(written(engine), QByteArray("GET /b HTTP/1.1\r\nHost: webmail.servidor.edu\r\n\r\n"));
    engine.receive("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno");
    QCOMPARE(bodies, QList<QByteArray>({"A", "no"}));
}

void TestHttpClientSession::interimResponseSkipped()
{
    HttpClientSession engine;
    HttpClientResponse got;
    engine.request(get("/"), [&](const HttpClientResponse &r) { got = r; });
    written(engine);
    engine.receive("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 303 See Other\r\nLocation: /folder?name=INBOX\r\n"
                   "Content-Length: 0\r\n\r\n");
    QVERIFY(got.ok);
    QCOMPARE(got.status, 303);
    QCOMPARE(got.headers.value("Location"), QByteArray("/folder?name=INBOX"));
    QVERIFY(got.body.isEmpty());
}

void TestHttpClientSession::bodyToTheClose()
{
    // No Content-Length: the body ends with the connection (RFC 9112 §6.3).
    HttpClientSession engine;
    HttpClientResponse got;
    engine.request(get("/"), [&](const HttpClientResponse &r) { got = r; });
    written(engine);
    engine.receive("HTTP/1.0 200 OK\r\n\r\nfirst ");
    engine.receive("and last");
    QVERIFY(!got.ok);
    engine.connectionLost();
    QVERIFY(got.ok);
    QCOMPARE(got.body, QByteArray("first and last"));
    QVERIFY(engine.isFinished());
}

void TestHttpClientSession::connectionCloseFailsTheRest()
{
    HttpClientSession engine;
    HttpClientResponse first;
    HttpClientResponse second;
    engine.request(get("/a"), [&](const HttpClientResponse &r) { first = r; });
    engine.request(get("/b"), [&](const HttpClientResponse &r) { second = r; });
    written(engine);
    engine.receive("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
    QVERIFY(first.ok);
    QVERIFY(!second.ok);
    QVERIFY(!second.error.isEmpty());
    QVERIFY(engine.isFinished());
    bool closes = false;
    QVERIFY(written(engine, &closes).isEmpty()); // /b never went
    // Asked again later: at once, with the reason.
    HttpClientResponse late;
    engine.request(get("/c"), [&](const HttpClientResponse &r) { late = r; });
    QVERIFY(!late.ok);
    QCOMPARE(late.error, engine.error());
}

void TestHttpClientSession::garbageFails()
{
    HttpClientSession engine;
    HttpClientResponse got;
    engine.request(get("/"), [&](const HttpClientResponse &r) { got = r; });
    written(engine);
    engine.receive("+OK POP3 server ready\r\n");
    QVERIFY(!got.ok);
    QVERIFY2(got.error.contains("not an HTTP status line"), got.error.constData());
    QVERIFY(engine.isFinished());

    HttpClientSession bad;
    bad.request(get("/"), [&](const HttpClientResponse &r) { got = r; });
    written(bad);
    bad.receive("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n");
    QVERIFY(!got.ok);
    QVERIFY2(got.error.contains("not a header field"), got.error.constData());

    // Said before anything was asked.
    HttpClientSession early;
    early.receive("HTTP/1.1 200 OK\r\n");
    QVERIFY(early.isFinished());
    QVERIFY(early.error().contains("nobody asked for"));
}

void TestHttpClientSession::lostMidBody()
{
    HttpClientSession engine;
    HttpClientResponse got;
    int calls = 0;
    engine.request(get("/"), [&](const HttpClientResponse &r) {
        got = r;
        ++calls;
    });
    written(engine);
    engine.receive("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part");
    engine.connectionLost();
    QCOMPARE(calls, 1);
    QVERIFY(!got.ok);
    QCOMPARE(got.error, QByteArray("the connection was lost"));

    HttpClientSession silent;
    silent.request(get("/"), [&](const HttpClientResponse &r) { got = r; });
    silent.timeout();
    QVERIFY(!got.ok);
    QCOMPARE(got.error, QByteArray("the server did not answer in time"));
}

void TestHttpClientSession::finishCloses()
{
    HttpClientSession engine;
    engine.request(get("/"), {});
    engine.finish(); // once the answer is read
    written(engine);
    QVERIFY(!engine.isFinished());
    engine.receive("HTTP/1.1 204 No Content\r\n\r\n");
    QVERIFY(engine.isFinished());
    bool closes = false;
    written(engine, &closes);
    QVERIFY(closes);
}

void TestHttpClientSession::roundTripWithServer()
{
    HttpServerSession server(HttpServerConfig{}, [](const HttpRequest &request, HttpResponder responder) {
        if (request.method == "POST") {
            responder.respond(HttpResponse::withBody(200, "text/plain", "got " + request.body));
            return;
        }
        responder.respond(HttpResponse::redirect(303, "/inbox"));
    });
    HttpClientSession client;
    QList<HttpClientResponse> answers;
    const auto keep = [&](const HttpClientResponse &r) { answers.append(r); };
    HttpRequest post = get("/send");
    post.method = "POST";
    post.headers.append("Content-Type", "text/plain");
    post.body = "Ás oito,\r\nna praza.";
    client.request(get("/"), keep);
    client.request(post, keep);
    client.finish();
    server.start();
    client.start();
    EngineScript::converse(&client, &server, [&] { return answers.size() == 2; });
    QCOMPARE(answers.size(), 2);
    QVERIFY(answers.at(0).ok);
    QCOMPARE(answers.at(0).status, 303);
    QCOMPARE(answers.at(0).headers.value("Location"), QByteArray("/inbox"));
    QVERIFY(answers.at(1).ok);
    QCOMPARE(answers.at(1).status, 200);
    QCOMPARE(answers.at(1).body, QByteArray("got Ás oito,\r\nna praza."));
    QVERIFY(client.isFinished());
}

void TestHttpClientSession::formFields()
{
    const QByteArray page = "<form method=\"post\" action=\"/send\">\n"
                            "<input type=\"hidden\" name=\"csrf\" value=\"a1&amp;b2\">\n"
                            "<input type=\"text\" name=\"subject\" value=\"Re: &quot;Ola&quot; &lt;3\">\n"
                            "<input name=\"to\" type=\"email\" value=\"ana@cliente.fr\">\n"
                            "<textarea name=\"body\" rows=\"12\">\n\n&gt; A que hora?\n&gt; Tom &amp; Xerry"
                            "</textarea>\n</form>";
    QCOMPARE(WebBrowser::fieldValue(page, "csrf"), QStringLiteral("a1&b2"));
    QCOMPARE(WebBrowser::fieldValue(page, "subject"), QStringLiteral("Re: \"Ola\" <3"));
    QCOMPARE(WebBrowser::fieldValue(page, "to"), QStringLiteral("ana@cliente.fr"));
    QVERIFY(WebBrowser::fieldValue(page, "cc").isEmpty()); // no such field
    QVERIFY(WebBrowser::fieldValue(page, "cs").isEmpty()); // a name is matched whole
    QCOMPARE(WebBrowser::textAreaValue(page, "body"), QStringLiteral("\n\n> A que hora?\n> Tom & Xerry"));
    QVERIFY(WebBrowser::textAreaValue(page, "subject").isEmpty());
    // A name with characters a regular expression would read as its own.
    QCOMPARE(
        WebBrowser::fieldValue("<input name=\"a.b\" value=\"1\"><input name=\"axb\" value=\"2\">", "a.b"),
        QStringLiteral("1"));
    QCOMPARE(WebBrowser::pageText("<p>Ola, <b>Fran</b> &amp; Ana</p>"), QStringLiteral("Ola, Fran & Ana"));
}

void TestHttpClientSession::multipartBody()
{
    QByteArray boundary;
    const QByteArray body = WebBrowser::multipart(
        {{"csrf", QStringLiteral("t0k")}, {"body", QStringLiteral("Ás oito\nna praza")}},
        {{QStringLiteral("foto \"praia\".png"), "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8)},
         {QStringLiteral("notas.txt"), QByteArray(), "ola"}},
        &boundary);
    QVERIFY(boundary.startsWith("----CarteiroFormBoundary"));
    QCOMPARE(boundary.size(), 24 + 16); // one length every run: so is the body's
    const QByteArray expected = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nt0k\r\n"
          "--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n"
        + QStringLiteral("Ás oito\r\nna praza").toUtf8() + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"foto %22praia%22.png\"\r\n"
          "Content-Type: image/png\r\n\r\n"
        + QByteArray("\x89PNG\r\n\x1a\n", 8) + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"notas.txt\"\r\n"
          "Content-Type: application/octet-stream\r\n\r\nola\r\n--"
        + boundary + "--\r\n";
    QCOMPARE(body, expected);
    // Each body its own boundary.
    QByteArray other;
    WebBrowser::multipart({}, {}, &other);
    QVERIFY(other != boundary);
}

QTEST_GUILESS_MAIN(TestHttpClientSession)
#include "tst_httpclientsession.moc"
