// SPDX-License-Identifier: GPL-3.0-or-later
// tst_webpages.cpp — the webmail's pages, forms and words (core/web), without a server.
//
// What a sender wrote never becomes markup (every value is escaped), forms
// read back what a browser sends (multipart files byte for byte), and a page
// is in its reader's language, chosen as Accept-Language says.
#include "web/formdata.h"
#include "web/webmailpages.h"
#include "web/webtext.h"

#include <QtTest>

class TestWebPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapeTurnsMarkupIntoText();
    void hostileValuesNeverBecomeMarkup_data();
    void hostileValuesNeverBecomeMarkup();
    void urlEncodedForm();
    void multipartFormKeepsFilesByteForByte();
    void brokenMultipartSaysWhy();
    void languageFromAcceptLanguage_data();
    void languageFromAcceptLanguage();
    void pagesAreInTheReadersLanguage();
    void formsCarryTheCsrfToken();
    void policiesRunNoScript();
};

void TestWebPages::escapeTurnsMarkupIntoText()
{
    QCOMPARE(Web::escape(QStringLiteral("<script>alert('x') & \"y\"</script>")),
             QByteArray("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"));
    QCOMPARE(Web::escape(QStringLiteral("Mañá ás nove")), QStringLiteral("Mañá ás nove").toUtf8());
    QCOMPARE(Web::escape(QByteArray("a\0b", 3)),
             QByteArray("a\xEF\xBF\xBD"
                        "b"));
}

void TestWebPages::hostileValuesNeverBecomeMarkup_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("attribute break") << QStringLiteral("\" onmouseover=\"alert(1)");
    QTest::newRow("single quote break") << QStringLiteral("' onfocus='alert(1)");
    QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>");
}

void TestWebPages::hostileValuesNeverBecomeMarkup()
{
    // The same hostile text as subject, sender, file name, folder name,
    // text and user: no '<' nor '"' of it reaches the page unescaped.
    QFETCH(QString, value);
    Webmail::Frame frame;
    frame.language = QStringLiteral("en");
    frame.user = value;
    frame.csrfToken = "tok";
    frame.folders = {{"INBOX", {}, 2}, {value.toUtf8(), {}, -1}};
    frame.currentFolder = "INBOX";
    frame.notice = value;
    Webmail::ListItem item;
    item.uid = 7;
    item.from = value;
    item.subject = value;
    Webmail::MessageView message;
    message.uid = 7;
    message.from = value;
    message.to = value;
    message.subject = value;
    message.text = value;
    message.attachments = {{"2", value, "image/png", 96}};
    Webmail::Draft draft;
    draft.to = value;
    draft.subject = value;
    draft.body = value;
    const QList<QByteArray> pages = {Webmail::folderPage(frame, {item}, 1, 1, 1),
                                     Webmail::messagePage(frame, message), Webmail::composePage(frame, draft),
                                     Webmail::loginPage(QStringLiteral("en"), "tok", value, value, value),
                                     Webmail::errorPage(QStringLiteral("en"), 404, value)};
    const QByteArray raw = value.toUtf8();
    for (const QByteArray &page : pages) {
        QVERIFY2(!page.contains(raw), page.constData());
        QVERIFY(page.contains(Web::escape(value)));
        QVERIFY(!page.contains("<script"));
        QVERIFY(!page.contains("<img"));
    }
}

void TestWebPages::urlEncodedForm()
{
    const FormData form = FormData::fromUrlEncoded(
        "user=fran&password=clave+ejemplo%21&x&lang=gl&to=a%40b&to=c");
    QCOMPARE(form.value(QStringLiteral("user")), QStringLiteral("fran"));
    QCOMPARE(form.value(QStringLiteral("password")), QStringLiteral("clave ejemplo!"));
    QVERIFY(form.has(QStringLiteral("x")));
    QCOMPARE(form.values(QStringLiteral("to")), (QStringList{QStringLiteral("a@b"), QStringLiteral("c")}));
    QCOMPARE(FormData::fromUrlEncoded("s=Ma%C3%B1%C3%A1").value(QStringLiteral("s")), QStringLiteral("Mañá"));
    QVERIFY(FormData::fromUrlEncoded("a=1").problem.isEmpty());
    const FormData many = FormData::fromUrlEncoded(QByteArray("a=1&").repeated(300), 200);
    QCOMPARE(many.fields.size(), 200);
    QVERIFY(many.problem.contains(QStringLiteral("200")));
}

void TestWebPages::multipartFormKeepsFilesByteForByte()
{
    // As Chromium sends it: a boundary, fields, a binary file, an empty file field.
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 256; ++i)
        png += char(i);
    png += "\r\n--not-the-boundary\r\n";
    const QByteArray boundary = "----WebKitFormBoundaryx7Yq2";
    QByteArray body;
    const auto field = [&](const QByteArray &name, const QByteArray &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
            + "\r\n";
    };
    field("csrf", "abc");
    field("subject", "Mañá ás nove");
    field("body", "Liña 1\r\nLiña 2\r\n");
    body += "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"attachment\"; "
          "filename=\"C:\\\\fakepath\\\\praia.png\"\r\n"
          "Content-Type: image/png\r\n\r\n"
        + png + "\r\n";
    body += "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"\"\r\n"
          "Content-Type: application/octet-stream\r\n\r\n\r\n";
    body += "--" + boundary + "--\r\n";
    const FormData form = FormData::fromMultipart("multipart/form-data; boundary=" + boundary, body);
    QVERIFY2(form.problem.isEmpty(), qPrintable(form.problem));
    QCOMPARE(form.value(QStringLiteral("csrf")), QStringLiteral("abc"));
    QCOMPARE(form.value(QStringLiteral("subject")), QStringLiteral("Mañá ás nove"));
    QCOMPARE(form.value(QStringLiteral("body")), QStringLiteral("Liña 1\r\nLiña 2\r\n"));
    QCOMPARE(form.files.size(), 1);
    QCOMPARE(form.files.first().fileName, QStringLiteral("praia.png"));
    QCOMPARE(form.files.first().contentType, QByteArray("image/png"));
    QCOMPARE(form.files.first().content, png);
}

void TestWebPages::brokenMultipartSaysWhy()
{
    QVERIFY(!FormData::fromMultipart("multipart/form-data", "x").problem.isEmpty());
    QVERIFY(!FormData::fromMultipart("text/plain", "x").problem.isEmpty());
    QVERIFY(
        !FormData::fromMultipart("multipart/form-data; boundary=b\r\nX-Evil: 1", "--b--").problem.isEmpty());
    QVERIFY(!FormData::fromMultipart("multipart/form-data; boundary=b", "no parts at all").problem.isEmpty());
}

void TestWebPages::languageFromAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QByteArray() << QStringLiteral("gl");
    QTest::newRow("es-ES") << QByteArray("es-ES,es;q=0.9") << QStringLiteral("es");
    QTest::newRow("quality") << QByteArray("fr;q=1, en;q=0.5, gl;q=0.8") << QStringLiteral("gl");
    QTest::newRow("unknown only") << QByteArray("fr-FR, de") << QStringLiteral("gl");
    QTest::newRow("q=0 refuses") << QByteArray("en;q=0, es;q=0.1") << QStringLiteral("es");
    QTest::newRow("garbage") << QByteArray(";;;,,q=x") << QStringLiteral("gl");
}

void TestWebPages::languageFromAcceptLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, language);
    QCOMPARE(Web::negotiateLanguage(header, QStringLiteral("gl")), language);
}

void TestWebPages::pagesAreInTheReadersLanguage()
{
    // Each page in the language asked for, whatever the application's.
    const QByteArray gl = Webmail::loginPage(QStringLiteral("gl"), "t", {}, QStringLiteral("servidor.edu"),
                                             {});
    const QByteArray es = Webmail::loginPage(QStringLiteral("es"), "t", {}, QStringLiteral("servidor.edu"),
                                             {});
    const QByteArray en = Webmail::loginPage(QStringLiteral("en"), "t", {}, QStringLiteral("servidor.edu"),
                                             {});
    QVERIFY(gl.contains("lang=\"gl\"") && gl.contains("Contrasinal"));
    QVERIFY(es.contains("lang=\"es\"") && es.contains("Contraseña"));
    QVERIFY(en.contains("lang=\"en\"") && en.contains("Password"));
    Webmail::Frame frame;
    frame.language = QStringLiteral("gl");
    frame.folders = {{"INBOX", {}, 1}, {"Sent", "\\Sent", -1}};
    frame.currentFolder = "INBOX";
    const QByteArray inbox = Webmail::folderPage(frame, {}, 1, 1, 0);
    QVERIFY(inbox.contains(QStringLiteral("Caixa de entrada").toUtf8()));
    QVERIFY(inbox.contains(QStringLiteral("Enviados").toUtf8()));
}

void TestWebPages::formsCarryTheCsrfToken()
{
    Webmail::Frame frame;
    frame.language = QStringLiteral("en");
    frame.csrfToken = "0123abcd";
    frame.folders = {{"INBOX", {}, 0}, {"Trash", "\\Trash", 0}};
    frame.currentFolder = "INBOX";
    Webmail::MessageView message;
    message.uid = 3;
    const QByteArray pages = Webmail::messagePage(frame, message) + Webmail::composePage(frame, {});
    // Every POST form (log out, delete, move, send) has the token.
    QCOMPARE(pages.count("method=\"post\""), pages.count("name=\"csrf\" value=\"0123abcd\""));
    QCOMPARE(pages.count("method=\"post\""), 5);
}

void TestWebPages::policiesRunNoScript()
{
    QVERIFY(!Webmail::pagePolicy().contains("script-src"));
    QVERIFY(Webmail::pagePolicy().contains("default-src 'none'"));
    QVERIFY(Webmail::htmlBodyPolicy().startsWith("sandbox;"));
    QVERIFY(!Webmail::htmlBodyPolicy().contains("allow-scripts"));
    QVERIFY(!Webmail::styleSheet().contains("url("));
}

QTEST_GUILESS_MAIN(TestWebPages)
#include "tst_webpages.moc"
