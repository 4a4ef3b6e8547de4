// The transcript's keep limit (--keep-lines in --serve) and the formatter's
// defences: masked secrets and printable peer text.
#include "transcript/transcript.h"
#include "transcript/transcriptformatter.h"

#include <QTest>

namespace {

TranscriptEvent lineEvent(const QByteArray &raw, bool sensitive = false)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = 1;
    e.protocol = Protocol::Smtp;
    e.direction = TranscriptEvent::Direction::ClientToServer;
    e.from = QStringLiteral("outside 127.0.0.1");
    e.to = QStringLiteral("servidor.edu");
    e.raw = raw;
    e.sensitive = sensitive;
    return e;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEverythingByDefault();
    void keepLimitDropsTheOldestBlocks();
    void keepLimitBoundsTheText();
    void maskedSecret_data();
    void maskedSecret();
    void courseLineMasksWhenAsked();
    void jsonLineMasksWhenAsked();
    void printable_data();
    void printable();
};

void TestTranscript::keepsEverythingByDefault()
{
    Transcript transcript;
    for (int i = 0; i < 10000; ++i)
        transcript.append(lineEvent("NOOP"));
    QCOMPARE(transcript.firstIndex(), 0);
    QCOMPARE(transcript.size(), 10000);
    qsizetype count = 0;
    for (const TranscriptEvent &e : transcript.events())
        count += e.raw == "NOOP" ? 1 : 0;
    QCOMPARE(count, 10000);
}

void TestTranscript::keepLimitDropsTheOldestBlocks()
{
    Transcript transcript;
    transcript.setKeepLimit(5000);
    const qsizetype block = Transcript::eventsPerBlock();
    for (int i = 0; i < 50000; ++i)
        transcript.append(lineEvent("NOOP " + QByteArray::number(i)));
    // Numbering goes on; at least the limit, at most the limit and a block, stay.
    QCOMPARE(transcript.size(), 50000);
    const qsizetype kept = transcript.size() - transcript.firstIndex();
    QVERIFY2(kept >= 5000 && kept <= 5000 + block, qPrintable(QString::number(kept)));
    QCOMPARE(transcript.firstIndex() % block, 0);
    QCOMPARE(transcript.at(transcript.firstIndex()).sequence, transcript.firstIndex());
    QCOMPARE(transcript.at(49999).raw, QByteArray("NOOP 49999"));
    qsizetype iterated = 0;
    qint64 expected = transcript.firstIndex();
    for (const TranscriptEvent &e : transcript.events()) {
        QCOMPARE(e.sequence, expected++);
        ++iterated;
    }
    QCOMPARE(iterated, kept);
    QCOMPARE(transcript.lines().size(), kept);
}

void TestTranscript::keepLimitBoundsTheText()
{
    // Big DATA lines: the byte bound drops blocks before the event count would.
    Transcript transcript;
    const qint64 bytes = 2 * 1024 * 1024;
    transcript.setKeepLimit(100000, bytes);
    const QByteArray big(998, 'x');
    for (int i = 0; i < 20000; ++i)
        transcript.append(lineEvent(big));
    const qint64 oneBlock = Transcript::eventsPerBlock() * big.size();
    QVERIFY2(transcript.keptBytes() <= bytes + oneBlock, qPrintable(QString::number(transcript.keptBytes())));
    QVERIFY(transcript.firstIndex() > 0);
    QCOMPARE(transcript.size(), 20000);
}

void TestTranscript::maskedSecret_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("masked");
    QTest::newRow("POP3 PASS") << QByteArray("PASS claveejemplo") << QByteArray("PASS ****");
    QTest::newRow("PASS with spaces") << QByteArray("pass a secret phrase") << QByteArray("pass ****");
    QTest::newRow("AUTH PLAIN with initial response")
        << QByteArray("AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==") << QByteArray("AUTH PLAIN ****");
    QTest::newRow("AUTH LOGIN carries nothing") << QByteArray("AUTH LOGIN") << QByteArray("AUTH LOGIN");
    QTest::newRow("a continuation line") << QByteArray("Y2xhdmVhbmE=") << QByteArray("****");
    QTest::newRow("cancelling") << QByteArray("*") << QByteArray("*");
    QTest::newRow("APOP") << QByteArray("APOP fran c4c9334bac560ecc979e58001b3e22fb")
                          << QByteArray("APOP fran ****");
}

void TestTranscript::maskedSecret()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, masked);
    QCOMPARE(TranscriptFormatter::maskedSecret(raw), masked);
}

void TestTranscript::courseLineMasksWhenAsked()
{
    const TranscriptEvent e = lineEvent("Y2xhdmVhbmE=", true);
    TranscriptFormatter::Options hidden;
    hidden.showTime = false;
    hidden.hidePasswords = true;
    QCOMPARE(TranscriptFormatter::courseLine(e, hidden),
             QStringLiteral("#1 outside 127.0.0.1 -> servidor.edu  C: ****"));
    TranscriptFormatter::Options shown = hidden;
    shown.hidePasswords = false;
    QVERIFY(TranscriptFormatter::courseLine(e, shown).endsWith(QStringLiteral("C: Y2xhdmVhbmE=")));
}

void TestTranscript::jsonLineMasksWhenAsked()
{
    const TranscriptEvent e = lineEvent("PASS claveejemplo", true);
    TranscriptFormatter::Options hidden;
    hidden.hidePasswords = true;
    QVERIFY(TranscriptFormatter::jsonLine(e, hidden).contains("\"line\":\"PASS ****\""));
    QVERIFY(!TranscriptFormatter::jsonLine(e, hidden).contains("claveejemplo"));
    QVERIFY(TranscriptFormatter::jsonLine(e).contains("claveejemplo"));
}

void TestTranscript::printable_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("HELO x") << QStringLiteral("HELO x");
    QTest::newRow("ESC and BEL (OSC)") << QByteArray("\x1b]0;t\x07") << QStringLiteral("\\x1b]0;t\\x07");
    QTest::newRow("bare CR") << QByteArray("a\rb") << QStringLiteral("a\\x0db");
    QTest::newRow("valid UTF-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("café");
    QTest::newRow("C1 CSI in UTF-8") << QByteArray("\xc2\x9b") << QStringLiteral("\\xc2\\x9b");
    QTest::newRow("right-to-left override") << QByteArray("\xe2\x80\xae") << QStringLiteral("\\xe2\\x80\\xae");
    QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << QStringLiteral("\\xe2\\x80\\xa8");
    QTest::newRow("broken UTF-8") << QByteArray("\xff\xfe") << QStringLiteral("\\xff\\xfe");
    QTest::newRow("DEL") << QByteArray("\x7f") << QStringLiteral("\\x7f");
}

void TestTranscript::printable()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, shown);
    QCOMPARE(TranscriptFormatter::printable(raw), shown);
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
