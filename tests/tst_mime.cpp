// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for MimeMessage and MimeComposer: round trips, byte offsets, malformed
// input, the 7-bit downgrade, and a second opinion from Python's email package
// (a parser nobody here wrote; Debian's /usr/bin/python3, tests/mime/email_tree.py).
#include "mail/mailmessage.h"
#include "message/mimecomposer.h"
#include "message/mimemessage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(MimeDraft)
Q_DECLARE_METATYPE(MimeComposer::Encoding)

namespace {

const QString SystemPython = QStringLiteral("/usr/bin/python3");

QString mimeDir()
{
    return QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/mime/");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray pngBytes()
{
    // A 1×1 PNG, and bytes that are not text: NUL, CR and LF alone, 0xFF.
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4"
                                  "z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")
        + QByteArray("\0\r\n\n\r\xff", 6);
}

MimeDraft baseDraft(const QString &subject, const QString &text)
{
    MimeDraft draft;
    draft.fromName = QStringLiteral("Ana");
    draft.from = "ana@cliente.fr";
    draft.to = {"fran@servidor.edu"};
    draft.subject = subject;
    draft.text = text;
    draft.date = QDateTime(QDate(2026, 3, 16), QTime(10, 0), QTimeZone(3600));
    draft.messageIdDomain = "cliente.fr";
    return draft;
}

// The tree as "type" / "type name" strings, depth first.
QStringList treeOf(const MimeMessage &message)
{
    QStringList tree;
    for (const MimePart &part : message.parts()) {
        tree.append(QString(part.depth, QLatin1Char(' ')) + QString::fromLatin1(part.contentType)
                    + (part.fileName.isEmpty() ? QString() : QLatin1Char(' ') + part.fileName));
    }
    return tree;
}

// Python's email package on `raw`: {subject, from, text, defects, parts[]}.
QJsonObject pythonView(const QByteArray &raw)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("message.eml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size())
        return QJsonObject();
    file.close();
    QProcess python;
    python.start(SystemPython, {mimeDir() + QStringLiteral("email_tree.py"), path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("email_tree.py: %s", python.readAllStandardError().constData());
        return QJsonObject();
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// Checks our tree against Python's: types, file names, and for every leaf
// the body as written (our offsets) and as decoded (our decodedBody()).
void compareWithPython(const MimeMessage &message, const QJsonObject &python)
{
    QVERIFY2(!python.isEmpty(), "Python's email package gave no answer");
    const QJsonArray parts = python.value(QLatin1String("parts")).toArray();
    QStringList ours;
    QStringList theirs;
    for (int i = 0; i < message.parts().size(); ++i) {
        const MimePart &part = message.parts().at(i);
        const bool leaf = part.children.isEmpty();
        ours.append(
            QString::fromLatin1(part.contentType) + QLatin1Char('|') + part.fileName + QLatin1Char('|')
            + (leaf ? QString::fromLatin1(sha256(message.raw().mid(part.bodyOffset, part.bodyLength)))
                    : QString())
            + QLatin1Char('|') + (leaf ? QString::fromLatin1(sha256(message.decodedBody(i))) : QString()));
    }
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        theirs.append(part.value(QLatin1String("type")).toString() + QLatin1Char('|')
                      + part.value(QLatin1String("filename")).toString() + QLatin1Char('|')
                      + part.value(QLatin1String("raw_sha256")).toString() + QLatin1Char('|')
                      + part.value(QLatin1String("sha256")).toString());
    }
    QCOMPARE(ours, theirs);
    QCOMPARE(message.header("Subject"), python.value(QLatin1String("subject")).toString());
}

void verifyLineEnds(const QByteArray &raw)
{
    qsizetype start = 0;
    while (start < raw.size()) {
        const qsizetype end = raw.indexOf("\r\n", start);
        QVERIFY2(end >= 0, "the message does not end with CR LF");
        const QByteArray line = raw.mid(start, end - start);
        QVERIFY2(!line.contains('\n') && !line.contains('\r'), line.constData());
        QVERIFY2(line.size() <= 998, "a line longer than 998 octets (RFC 5322 §2.1.1)");
        start = end + 2;
    }
}

bool isSevenBit(const QByteArray &raw)
{
    return std::all_of(raw.cbegin(), raw.cend(), [](char c) { return uchar(c) < 128; });
}

} // namespace

class TestMime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void composeRoundTrip_data();
    void composeRoundTrip();
    void composedHeaders();
    void offsetsOfHandWrittenMessages_data();
    void offsetsOfHandWrittenMessages();
    void corpusAgreesWithPython_data();
    void corpusAgreesWithPython();
    void malformedInput_data();
    void malformedInput();
    void noHeaderFieldsIsANoteNotDamage();
    void realClientsAttachments_data();
    void realClientsAttachments();
    void downgradeEightBit_data();
    void downgradeEightBit();
    void downgradeKeepsSevenBit();
    void downgradeLeavesWhatItCannotEncode();
    void downgradeKeepsAnEmbeddedMessageWithoutEmptyLineApart();
    void uuencodedBody();
    void unknownCharsetReadsAsLatin1();
};

void TestMime::initTestCase()
{
    QVERIFY2(QFile::exists(SystemPython), "Debian's /usr/bin/python3 is needed");
}

void TestMime::composeRoundTrip_data()
{
    QTest::addColumn<MimeDraft>("draft");
    QTest::addColumn<MimeComposer::Encoding>("encoding");
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QByteArray>("textEncoding");

    const QStringList plain{QStringLiteral("text/plain")};
    QTest::newRow("ASCII subject and text")
        << baseDraft(QStringLiteral("Quedamos hoxe?"), QStringLiteral("A que hora e onde?\nAna\n"))
        << MimeComposer::Encoding::EightBit << plain << QByteArray("7bit");
    QTest::newRow("Galician subject, 8bit text")
        << baseDraft(QStringLiteral("Á tarde, na cafetería"),
                     QStringLiteral("Mañá á tarde, na praza.\nÑandú, ça va? 😀\n"))
        << MimeComposer::Encoding::EightBit << plain << QByteArray("8bit");
    QTest::newRow("Galician subject, quoted-printable text")
        << baseDraft(QStringLiteral("Á tarde, na cafetería"),
                     QStringLiteral("Mañá á tarde, na praza.\nÑandú, ça va? 😀\n"))
        << MimeComposer::Encoding::SevenBit << plain << QByteArray("quoted-printable");
    {
        MimeDraft draft = baseDraft(QStringLiteral("Longa"),
                                    QString(1200, QLatin1Char('x')) + QStringLiteral("\nfin\n"));
        QTest::newRow("a 1200-character line goes quoted-printable")
            << draft << MimeComposer::Encoding::EightBit << plain << QByteArray("quoted-printable");
    }
    {
        MimeDraft draft = baseDraft(QStringLiteral("Quedamos hoxe?"), QStringLiteral("Ás cinco.\n"));
        draft.cc = {"Xiana <xiana@servidor.edu>", "brais@cliente.fr"};
        draft.to.append("Uxía <uxia@servidor.edu>");
        QTest::newRow("Cc and two To")
            << draft << MimeComposer::Encoding::EightBit << plain << QByteArray("8bit");
    }
    {
        MimeDraft draft = baseDraft(QStringLiteral("Texto e HTML"), QStringLiteral("Ás cinco.\n"));
        draft.html = QStringLiteral("<p>Ás <b>cinco</b>.</p>\n");
        QTest::newRow("multipart/alternative")
            << draft << MimeComposer::Encoding::SevenBit
            << QStringList{QStringLiteral("multipart/alternative"), QStringLiteral(" text/plain"),
                           QStringLiteral(" text/html")}
            << QByteArray("quoted-printable");
    }
    {
        MimeDraft draft = baseDraft(QStringLiteral("A foto"), QStringLiteral("Vai a foto.\n"));
        draft.attachments.append({QStringLiteral("foto.png"), QByteArray(), pngBytes()});
        QTest::newRow("PNG attachment, type from the name")
            << draft << MimeComposer::Encoding::EightBit
            << QStringList{QStringLiteral("multipart/mixed"), QStringLiteral(" text/plain"),
                           QStringLiteral(" image/png foto.png")}
            << QByteArray("7bit");
    }
    {
        MimeDraft draft = baseDraft(QStringLiteral("Á tarde, na cafetería"), QStringLiteral("Mañá.\n"));
        draft.html = QStringLiteral("<p>Mañá.</p>");
        draft.attachments.append({QStringLiteral("foto-á-tarde.jpg"), QByteArray(), pngBytes()});
        draft.attachments.append({QStringLiteral("acta da reunión.txt"), "text/plain",
                                  QStringLiteral("Acta\nda reunión\n").toUtf8()});
        draft.attachments.append({QStringLiteral("datos"), QByteArray(), QByteArray(3000, '\xe1')});
        QTest::newRow("non-ASCII file names, alternative inside mixed")
            << draft << MimeComposer::Encoding::EightBit
            << QStringList{QStringLiteral("multipart/mixed"),
                           QStringLiteral(" multipart/alternative"),
                           QStringLiteral("  text/plain"),
                           QStringLiteral("  text/html"),
                           QStringLiteral(" image/jpeg foto-á-tarde.jpg"),
                           QStringLiteral(" text/plain acta da reunión.txt"),
                           QStringLiteral(" application/octet-stream datos")}
            << QByteArray("8bit");
    }
}

void TestMime::composeRoundTrip()
{
    QFETCH(MimeDraft, draft);
    QFETCH(MimeComposer::Encoding, encoding);
    QFETCH(QStringList, tree);
    QFETCH(QByteArray, textEncoding);

    const QByteArray raw = MimeComposer::compose(draft, encoding);
    verifyLineEnds(raw);
    if (encoding == MimeComposer::Encoding::SevenBit)
        QVERIFY2(isSevenBit(raw), raw.constData());

    const MimeMessage message = MimeMessage::parse(raw);
    QCOMPARE(message.raw(), raw);
    QVERIFY2(message.warnings().isEmpty(), qPrintable(message.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(treeOf(message), tree);
    QCOMPARE(message.header("Subject"), draft.subject);
    QCOMPARE(message.header("MIME-Version"), QStringLiteral("1.0"));
    QCOMPARE(message.text(), draft.text);
    if (!draft.cc.isEmpty()) {
        for (const QByteArray &cc : draft.cc) {
            const QByteArray address = cc.contains('<') ? cc.mid(cc.indexOf('<') + 1).chopped(1) : cc;
            QVERIFY2(message.header("Cc").contains(QString::fromLatin1(address)),
                     qPrintable(message.header("Cc")));
        }
        QVERIFY(message.header("To").contains(QStringLiteral("Uxía")));
    }

    // The text part: charset and transfer encoding as RFC 6152 / 2045 say.
    int textPart = -1;
    for (int i = 0; i < message.parts().size() && textPart < 0; ++i) {
        if (message.parts().at(i).contentType == "text/plain" && !message.parts().at(i).isAttachment)
            textPart = i;
    }
    QVERIFY(textPart >= 0);
    const MimePart &text = message.parts().at(textPart);
    QCOMPARE(text.transferEncoding, textEncoding);
    const bool ascii = isSevenBit(draft.text.toUtf8());
    QCOMPARE(text.charset, ascii ? QByteArray("us-ascii") : QByteArray("utf-8"));
    if (textEncoding != "quoted-printable") {
        // As written: the text with CR LF, nothing more (RFC 2046 §5.1.1 gives
        // the CR LF before a boundary to the boundary).
        QByteArray expected = draft.text.toUtf8();
        expected.replace("\n", "\r\n");
        QCOMPARE(raw.mid(text.bodyOffset, text.bodyLength), expected);
    }

    // Attachments: the same bytes and names; base64 in the raw bytes at the
    // part's offsets.
    int attachmentIndex = 0;
    for (int i = 0; i < message.parts().size(); ++i) {
        const MimePart &part = message.parts().at(i);
        if (!part.isAttachment)
            continue;
        QVERIFY(attachmentIndex < draft.attachments.size());
        const MimeAttachment &attachment = draft.attachments.at(attachmentIndex++);
        QCOMPARE(part.fileName, attachment.fileName);
        QCOMPARE(part.transferEncoding, QByteArray("base64"));
        QCOMPARE(message.decodedBody(i), attachment.data);
        QByteArray written = raw.mid(part.bodyOffset, part.bodyLength);
        written.replace("\r\n", "");
        QCOMPARE(written, attachment.data.toBase64());
        const QByteArray disposition = raw.mid(part.offset, part.bodyOffset - part.offset);
        QVERIFY2(disposition.contains("Content-Disposition: attachment"), disposition.constData());
        if (!isSevenBit(attachment.fileName.toUtf8()))
            QVERIFY2(disposition.toLower().contains("filename*=utf-8''"), disposition.constData());
    }
    QCOMPARE(attachmentIndex, draft.attachments.size());

    // Every part and header lies where its offsets say.
    for (const MimePart &part : message.parts()) {
        QVERIFY(part.offset >= 0 && part.offset + part.length <= raw.size());
        QVERIFY(part.bodyOffset >= part.offset);
        QCOMPARE(part.bodyOffset + part.bodyLength, part.offset + part.length);
        for (const MimeHeader &header : part.headers) {
            const QByteArray line = raw.mid(header.offset, header.length);
            QVERIFY2(line.startsWith(header.name + ':'), line.constData());
            QVERIFY(line.endsWith("\r\n"));
        }
        if (part.parent >= 0 && !part.headers.isEmpty())
            QCOMPARE(part.headers.first().offset, part.offset);
    }

    // A parser nobody here wrote sees the same message.
    const QJsonObject python = pythonView(raw);
    compareWithPython(message, python);
    QVERIFY2(python.value(QLatin1String("defects")).toArray().isEmpty(),
             QJsonDocument(python).toJson().constData());
    QCOMPARE(
        python.value(QLatin1String("text")).toString().replace(QLatin1String("\r\n"), QLatin1String("\n")),
        draft.text);
    QVERIFY(python.value(QLatin1String("from")).toString().startsWith(draft.fromName));
}

void TestMime::composedHeaders()
{
    MimeDraft draft = baseDraft(QStringLiteral("Á tarde, na cafetería"), QStringLiteral("Ola\n"));
    draft.fromName = QStringLiteral("Ánxela Vázquez");
    const QByteArray raw = MimeComposer::compose(draft);
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    const QByteArray header = raw.left(headerEnd + 2);
    QVERIFY2(isSevenBit(header), header.constData()); // RFC 2047 words
    QVERIFY2(header.contains("Subject: =?"), header.constData());
    QVERIFY2(header.contains("From: =?"), header.constData());
    QVERIFY2(header.contains("Date: Mon, 16 Mar 2026 10:00:00 +0100\r\n"), header.constData());
    QVERIFY2(header.contains("MIME-Version: 1.0\r\n"), header.constData());
    const QRegularExpression messageId(
        QStringLiteral("\r\nMessage-Id: "
                       "<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@cliente\\.fr>\r\n"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(messageId.match(QString::fromLatin1(header)).hasMatch(), header.constData());
    const MimeMessage message = MimeMessage::parse(raw);
    QVERIFY(message.header("From").startsWith(QStringLiteral("Ánxela Vázquez")));
    QVERIFY(QDateTime::fromString(message.header("Date"), Qt::RFC2822Date).isValid());
    // Two messages never share a Message-ID.
    QVERIFY(MimeMessage::parse(MimeComposer::compose(draft)).header("Message-ID")
            != message.header("Message-ID"));
}

void TestMime::offsetsOfHandWrittenMessages_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QList<QByteArray>>("bodies"); // of the leaves, as written

    QTest::newRow("single part, CR LF")
        << QByteArray("Subject: x\r\n\r\nline 1\r\nline 2\r\n") << QStringList{"text/plain"}
        << QList<QByteArray>{"line 1\r\nline 2\r\n"};
    QTest::newRow("single part, bare LF, folded header")
        << QByteArray("Subject: a\n long\n\tone\nTo: b\n\nbody\n") << QStringList{"text/plain"}
        << QList<QByteArray>{"body\n"};
    QTest::newRow("header only, no empty line")
        << QByteArray("Subject: x\r\n") << QStringList{"text/plain"} << QList<QByteArray>{""};
    QTest::newRow("preamble, epilogue, nested, transport padding")
        << QByteArray("Content-Type: multipart/mixed; boundary=\"a\"\r\n\r\n"
                      "preamble\r\n--a  \r\n"
                      "Content-Type: multipart/alternative; boundary=\"ab\"\r\n\r\n"
                      "--ab\r\n\r\nplain one\r\n--ab\r\nContent-Type: text/html\r\n\r\n<p>h</p>"
                      "\r\n--ab--\r\n"
                      "--a\r\nContent-Type: application/octet-stream\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\nAAEC\r\n\r\n--a--\t\r\nepilogue\r\n")
        << QStringList{"multipart/mixed", " multipart/alternative", "  text/plain", "  text/html",
                       " application/octet-stream"}
        << QList<QByteArray>{"plain one", "<p>h</p>", "AAEC\r\n"};
    QTest::newRow("empty part and a boundary that is a prefix")
        << QByteArray("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n--b\r\n"
                      "Content-Type: text/plain\r\n\r\n--bb is not a boundary\r\n--b--\r\n")
        << QStringList{"multipart/mixed", " text/plain", " text/plain"}
        << QList<QByteArray>{"", "--bb is not a boundary"};
    QTest::newRow("message/rfc822 inside multipart/digest")
        << QByteArray("Content-Type: multipart/digest; boundary=d\n\n--d\n\n"
                      "Subject: inner\n\ninner body\n--d--\n")
        << QStringList{"multipart/digest", " message/rfc822", "  text/plain"}
        << QList<QByteArray>{"inner body"};
}

void TestMime::offsetsOfHandWrittenMessages()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, tree);
    QFETCH(QList<QByteArray>, bodies);

    const MimeMessage message = MimeMessage::parse(raw);
    QCOMPARE(message.raw(), raw);
    QCOMPARE(treeOf(message), tree);
    QList<QByteArray> leaves;
    for (const MimePart &part : message.parts()) {
        if (part.children.isEmpty())
            leaves.append(raw.mid(part.bodyOffset, part.bodyLength));
        for (const MimeHeader &header : part.headers)
            QVERIFY(raw.mid(header.offset, header.length).startsWith(header.name + ':'));
    }
    QCOMPARE(leaves, bodies);
    QVERIFY2(message.warnings().isEmpty(), qPrintable(message.warnings().join(QLatin1Char('\n'))));
    if (raw.startsWith("Subject: a\n")) {
        QCOMPARE(message.headers().first().rawValue, QByteArray("a long\tone"));
        QCOMPARE(message.headers().first().length, qsizetype(22));
    }
}

void TestMime::corpusAgreesWithPython_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(mimeDir() + QStringLiteral("corpus"));
    const QStringList files = corpus.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestMime::corpusAgreesWithPython()
{
    QFETCH(QString, path);
    const QByteArray raw = readFile(path);
    const MimeMessage message = MimeMessage::parse(raw);
    QCOMPARE(message.raw(), raw);
    QVERIFY2(message.warnings().isEmpty(), qPrintable(message.warnings().join(QLatin1Char('\n'))));
    const QJsonObject python = pythonView(raw);
    compareWithPython(message, python);
    QString pythonText = python.value(QLatin1String("text")).toString();
    QCOMPARE(message.text(), pythonText.replace(QLatin1String("\r\n"), QLatin1String("\n")));
}

void TestMime::malformedInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("warning");

    const auto file = [](const char *name) { return readFile(mimeDir() + QLatin1String(name)); };
    QTest::newRow("no closing boundary")
        << file("broken-boundary.eml")
        << QStringLiteral("No closing boundary “--cut--” in the message (multipart/mixed)");
    QTest::newRow("boundary never appears")
        << file("missing-boundary.eml")
        << QStringLiteral("The boundary “declared” of the message (multipart/mixed) never appears");
    QTest::newRow("bad base64 characters")
        << file("bad-base64.eml")
        << QStringLiteral("Invalid base64 in part 2 (application/octet-stream): 2 character(s)");
    QTest::newRow("bad base64 length")
        << file("bad-base64.eml")
        << QStringLiteral("Invalid base64 in part 2 (application/octet-stream): its 15 characters");
    QTest::newRow("unknown charset") << file(
        "unknown-charset.eml") << QStringLiteral("Unknown charset “x-unknown” in the message (text/plain)");
    QTest::newRow("8-bit octets in a 7bit part")
        << file("eightbit-in-7bit.eml")
        << QStringLiteral("8-bit octets in the message (text/plain), which is declared 7bit");
    QTest::newRow("no header at all")
        << file("no-headers.eml") << QStringLiteral("No header fields: the message is only its body");
    QTest::newRow("a NUL byte") << file("nul-byte.eml")
                                << QStringLiteral("NUL octets in the message (text/plain)");

    QByteArray garbage(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20260316);
    for (char &c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("1 MB of garbage") << garbage
                                     << QStringLiteral("No header fields: the message is only its body");
    QByteArray deep;
    for (int i = 0; i < 500; ++i)
        deep += "Content-Type: multipart/mixed; boundary=\"level" + QByteArray::number(i)
            + "\"\r\n\r\n--level" + QByteArray::number(i) + "\r\n";
    QTest::newRow("500 nested multiparts") << deep << QStringLiteral("Nesting deeper than 40 levels");
    QTest::newRow("multipart without boundary")
        << QByteArray("Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nhello\r\n--x--\r\n")
        << QStringLiteral("No boundary parameter in the message (multipart/mixed)");
    QTest::newRow("header without the empty line")
        << QByteArray("Subject: x\r\nthis is not a header\r\n")
        << QStringLiteral("The header of the message does not end with an empty line");
}

void TestMime::noHeaderFieldsIsANoteNotDamage()
{
    // The course's example typed in the console: DATA, a line of text, ".".
    const MimeMessage message = MimeMessage::parse("A que hora e onde?\r\n");
    QVERIFY2(message.warnings().isEmpty(), qPrintable(message.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(message.notes().size(), 1);
    QVERIFY(message.notes().first().contains(QStringLiteral("course")));
}

void TestMime::malformedInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, warning);
    const MimeMessage message = MimeMessage::parse(raw);
    QCOMPARE(message.raw(), raw);
    QVERIFY(!message.isEmpty());
    // What is said about it: its warnings, or its notes (no header fields is
    // not damage: the course's example typed by hand has none).
    const QStringList warnings = message.warnings() + message.notes();
    QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                         [&](const QString &w) { return w.startsWith(warning); }),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    // Every part stays inside the bytes; decoding and text never fail.
    for (int i = 0; i < message.parts().size(); ++i) {
        const MimePart &part = message.parts().at(i);
        QVERIFY(part.offset >= 0 && part.bodyOffset >= part.offset);
        QVERIFY(part.bodyOffset + part.bodyLength <= raw.size());
        (void)message.decodedBody(i);
    }
    (void)message.text();
}

void TestMime::realClientsAttachments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    // Written once by the tools themselves (captured by tests/interop/aiosmtpd_sink.py).
    QTest::newRow("swaks --attach") << QStringLiteral("from-swaks.eml") << QStringLiteral("attachment.bin")
                                    << QStringLiteral("Levo o ficheiro.");
    QTest::newRow("Python EmailMessage.add_attachment")
        << QStringLiteral("from-emailmessage.eml") << QStringLiteral("ficheiro-á-tarde.bin")
        << QStringLiteral("Mañá á tarde, na praza.\nLevo o ficheiro.\n");
}

void TestMime::realClientsAttachments()
{
    QFETCH(QString, file);
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    const QByteArray original = readFile(mimeDir() + QStringLiteral("attachment.bin"));
    const MimeMessage message = MimeMessage::parse(readFile(mimeDir() + file));
    QVERIFY2(message.warnings().isEmpty(), qPrintable(message.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(message.text(), text);
    int found = 0;
    for (int i = 0; i < message.parts().size(); ++i) {
        if (!message.parts().at(i).isAttachment)
            continue;
        ++found;
        QCOMPARE(message.parts().at(i).fileName, fileName);
        QCOMPARE(message.decodedBody(i), original);
    }
    QCOMPARE(found, 1);
    compareWithPython(message, pythonView(message.raw()));
}

void TestMime::downgradeEightBit_data()
{
    QTest::addColumn<QByteArray>("raw");

    MimeDraft draft = baseDraft(QStringLiteral("Á tarde, na cafetería"),
                                QStringLiteral("Mañá á tarde, na praza.\nÑandú, ça va? 😀\n"));
    QTest::newRow("composed 8bit UTF-8") << MimeComposer::compose(draft);
    draft.html = QStringLiteral("<p>Mañá</p>");
    draft.attachments.append({QStringLiteral("foto-á-tarde.png"), QByteArray(), pngBytes()});
    QTest::newRow("composed multipart, 8bit text and html") << MimeComposer::compose(draft);
    QTest::newRow("corpus: UTF-8 8bit") << readFile(mimeDir() + QStringLiteral("corpus/02-utf8-8bit.eml"));
    QTest::newRow("corpus: Windows-1252")
        << readFile(mimeDir() + QStringLiteral("corpus/04-windows-1252.eml"));
    QTest::newRow("raw UTF-8 header fields, binary part, no CTE")
        << QByteArrayLiteral("From: Ánxela <anxela@cliente.fr>\r\nTo: fran@servidor.edu\r\n"
                             "Subject: Mañá á tarde\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: multipart/mixed; boundary=zz\r\n\r\n"
                             "--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nÁs cinco.\r\n"
                             "--zz\r\nContent-Type: application/octet-stream\r\n"
                             "Content-Transfer-Encoding: binary\r\n\r\n\xff\xfe\x00\x80\r\n"
                             "--zz\r\nContent-Type: image/png; name=\"foto-á.png\"\r\n"
                             "Content-Disposition: attachment; filename=\"foto-á.png\"\r\n\r\n"
                             "\x89PNG\r\n\x1a\n\r\n--zz--\r\n");
    QTest::newRow("no header at all, 8-bit text") << QByteArray("Mañá á tarde.\r\nAna\r\n");
}

void TestMime::downgradeEightBit()
{
    QFETCH(QByteArray, raw);
    const MimeMessage before = MimeMessage::parse(raw);
    bool changed = false;
    const QByteArray downgraded = MimeComposer::downgradeToSevenBit(raw, &changed);
    QVERIFY(changed);
    QVERIFY2(isSevenBit(downgraded), downgraded.constData());
    const MimeMessage after = MimeMessage::parse(downgraded);
    QVERIFY2(after.warnings().isEmpty(), qPrintable(after.warnings().join(QLatin1Char('\n'))));
    // The same tree, text, headers and decoded bodies.
    QCOMPARE(treeOf(after), treeOf(before));
    QCOMPARE(after.text(), before.text());
    QCOMPARE(after.header("Subject"), before.header("Subject"));
    QCOMPARE(after.header("From"), before.header("From"));
    for (int i = 0; i < before.parts().size(); ++i) {
        if (before.parts().at(i).children.isEmpty()) {
            QByteArray was = before.decodedBody(i);
            QByteArray is = after.decodedBody(i);
            if (before.parts().at(i).contentType.startsWith("text/")) {
                was.replace("\r\n", "\n");
                is.replace("\r\n", "\n");
            }
            QCOMPARE(is, was);
        }
    }
    for (int i = 0; i < before.parts().size(); ++i)
        QCOMPARE(after.parts().at(i).fileName, before.parts().at(i).fileName);
    // Python agrees on the text, and sees no defect.
    const QJsonObject python = pythonView(downgraded);
    QVERIFY(!python.isEmpty());
    QVERIFY2(python.value(QLatin1String("defects")).toArray().isEmpty(),
             QJsonDocument(python).toJson().constData());
    QString pythonText = python.value(QLatin1String("text")).toString();
    QCOMPARE(pythonText.replace(QLatin1String("\r\n"), QLatin1String("\n")), before.text());
    QCOMPARE(python.value(QLatin1String("subject")).toString(), before.header("Subject"));
    // Lines stay CR LF and short.
    verifyLineEnds(downgraded);
}

// Found by fuzz/fuzz_mimedowngrade: a field with a NUL was cut short at it
// (an address became another), a field written again as it was counted as a
// change, and a parameter with an 8-bit name made GMime run out of memory. Such fields stay as they are; the message stays 8-bit, so the
// SMTP client refuses it (554 5.6.3) rather than send something else.
void TestMime::downgradeLeavesWhatItCannotEncode()
{
    // QByteArrayLiteral keeps the NUL (its size is the literal's).
    const QByteArray nul = QByteArrayLiteral("From: ana@cliente.fr\r\nTo: <fran@serv\0\xce\xbf"
                                             "idor.edu>\r\nSubject: x\r\n")
        + "Content-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\nMa\xc3\xb1\xc3\xa1\r\n";
    bool changed = false;
    const QByteArray result = MimeComposer::downgradeToSevenBit(nul, &changed);
    QVERIFY(changed); // the body became quoted-printable
    QVERIFY(result.contains(QByteArrayLiteral("To: <fran@serv\0\xce\xbfidor.edu>\r\n")));
    QVERIFY(result.contains("Ma=C3=B1=C3=A1"));

    const QByteArray address = "From: Fran <fran\xfe\xff@servidor.edu>\r\nSubject: x\r\n\r\nOla\r\n";
    const QByteArray once = MimeComposer::downgradeToSevenBit(address, &changed);
    const QByteArray twice = MimeComposer::downgradeToSevenBit(once, &changed);
    QCOMPARE(twice, once);
    QVERIFY(!changed);

    // GMime never finished encoding a parameter with an 8-bit name (memory
    // grew until the process died): the field is left as it is.
    const QByteArray field = "Content-Disposition: attachment; f\xff\xffilename*=utf-8''acta.txt\r\n";
    const QByteArray parameter = "From: ana@cliente.fr\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                                 "Content-Type: text/plain; charset=utf-8\r\n"
        + field + "Content-Transfer-Encoding: 8bit\r\n\r\nMa\xc3\xb1\xc3\xa1\r\n";
    const QByteArray downgraded = MimeComposer::downgradeToSevenBit(parameter, &changed);
    QVERIFY(changed);
    QVERIFY(downgraded.contains(field));
    QVERIFY(downgraded.contains("Ma=C3=B1=C3=A1"));
}

void TestMime::downgradeKeepsAnEmbeddedMessageWithoutEmptyLineApart()
{
    // A malformed line ends the message/rfc822 part's header without an
    // empty line; the embedded message (no header of its own) starts there.
    // The fields the downgrade gives it must not join the enclosing header
    // (found by fuzz/fuzz_mimedowngrade: rfc822-header-without-empty-line).
    const QByteArray raw = "From: a@b.c\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                           "--b\r\nContent-Type: message/rfc822\r\nNot a field; name*=x: y\r\n\r\n"
                           "Corpo con \xc3\xb1\r\n--b--\r\n";
    const MimeMessage before = MimeMessage::parse(raw);
    QCOMPARE(before.parts().size(), 3);
    QCOMPARE(before.parts().at(2).headers.size(), 0);
    bool changed = false;
    const MimeMessage after = MimeMessage::parse(MimeComposer::downgradeToSevenBit(raw, &changed));
    QVERIFY(changed);
    QCOMPARE(after.parts().size(), 3);
    const MimePart &wrapper = after.parts().at(1);
    QCOMPARE(wrapper.contentType, QByteArray("message/rfc822"));
    QCOMPARE(wrapper.headers.size(), 1);
    const MimePart &embedded = after.parts().at(2);
    QCOMPARE(embedded.parent, 1);
    QCOMPARE(embedded.transferEncoding, QByteArray("quoted-printable"));
    QVERIFY(after.raw().contains("Corpo con =C3=B1"));
    QVERIFY(MailMessage::isSevenBit(after.raw()));
}

void TestMime::downgradeKeepsSevenBit()
{
    const QDir corpus(mimeDir() + QStringLiteral("corpus"));
    int sevenBit = 0;
    for (const QString &file : corpus.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        const QByteArray raw = readFile(corpus.filePath(file));
        if (!isSevenBit(raw))
            continue;
        ++sevenBit;
        bool changed = true;
        const QByteArray result = MimeComposer::downgradeToSevenBit(raw, &changed);
        QVERIFY(!changed);
        QCOMPARE(result, raw);
        QCOMPARE(result.constData(), raw.constData()); // not even copied
    }
    QVERIFY(sevenBit >= 5);
    const QByteArray composed = MimeComposer::compose(
        baseDraft(QStringLiteral("Quedamos hoxe?"), QStringLiteral("Ola\n")),
        MimeComposer::Encoding::SevenBit);
    bool changed = true;
    QCOMPARE(MimeComposer::downgradeToSevenBit(composed, &changed), composed);
    QVERIFY(!changed);
}

void TestMime::uuencodedBody()
{
    const QByteArray raw("Subject: uu\r\nContent-Type: application/octet-stream\r\n"
                         "Content-Transfer-Encoding: x-uuencode\r\n\r\n"
                         "begin 644 ola.txt\r\n-3VQA+\"!&<F%N(0H _P  \r\n`\r\nend\r\n");
    const MimeMessage message = MimeMessage::parse(raw);
    QCOMPARE(message.decodedBody(0), QByteArray("Ola, Fran!\n\0\xff", 13));
    compareWithPython(message, pythonView(raw));
}

void TestMime::unknownCharsetReadsAsLatin1()
{
    const MimeMessage message = MimeMessage::parse(
        readFile(mimeDir() + QStringLiteral("unknown-charset.eml")));
    QCOMPARE(message.parts().first().charset, QByteArray("x-unknown"));
    QCOMPARE(message.text(), QStringLiteral("Olá, mañá\n"));
    QCOMPARE(message.header("Subject"), QStringLiteral("Unknown charset"));
}

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
