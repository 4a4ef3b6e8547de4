// Tests for LineReader: bounded lines, endings, resynchronisation.
#include "protocol/linereader.h"

#include <QTest>

class TestLineReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsOnCrLf();
    void partialLineWaits();
    void bareLineFeedIsFlagged();
    void overlongLineIsCutAndResyncs();
    void megabyteLineStaysBounded();
    void flagsNulAndEightBit();
    void twoCutLinesKeepTheirMarks();
};

void TestLineReader::splitsOnCrLf()
{
    LineReader reader;
    reader.append("HELO a\r\nMAIL FROM:<x@y>\r\n");
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("HELO a"));
    QVERIFY(!line.bareLineFeed);
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("MAIL FROM:<x@y>"));
    QVERIFY(!reader.next(&line));
}

void TestLineReader::partialLineWaits()
{
    LineReader reader;
    LineReader::Line line;
    reader.append("NO");
    QVERIFY(!reader.next(&line));
    reader.append("OP\r");
    QVERIFY(!reader.next(&line));
    reader.append("\n");
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("NOOP"));
}

void TestLineReader::bareLineFeedIsFlagged()
{
    LineReader reader;
    reader.append("QUIT\nNO\rOP\r\n");
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QVERIFY(line.bareLineFeed);
    QVERIFY(reader.next(&line));
    QVERIFY(line.bareCarriageReturn);
    QVERIFY(!line.bareLineFeed);
}

void TestLineReader::overlongLineIsCutAndResyncs()
{
    LineReader reader(10);
    reader.append(QByteArray(30, 'a') + "\r\nNOOP\r\n");
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QVERIFY(line.overlong);
    QCOMPARE(line.text.size(), 10);
    QVERIFY(reader.next(&line));
    QVERIFY(!line.overlong);
    QCOMPARE(line.text, QByteArray("NOOP"));
}

void TestLineReader::megabyteLineStaysBounded()
{
    LineReader reader(512);
    for (int i = 0; i < 64; ++i) {
        reader.append(QByteArray(64 * 1024, 'x'));
        QVERIFY(reader.pendingSize() <= 513);
    }
    reader.append("yyy\r\nQUIT\r\n");
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QVERIFY(line.overlong);
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("QUIT"));
    QVERIFY(!line.overlong);
}

void TestLineReader::flagsNulAndEightBit()
{
    LineReader reader;
    reader.append(QByteArray("NO\0OP\r\n", 7) + "caf\xc3\xa9\r\n");
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QVERIFY(line.hasNul);
    QVERIFY(reader.next(&line));
    QVERIFY(line.hasEightBit);
}

// Found by fuzz/fuzz_linereader: the append that brings the LF of a line that
// was cut also cuts the next line. The first must still come back over-long,
// even when the octet after the limit is a CR (it looked like a CR LF line).
void TestLineReader::twoCutLinesKeepTheirMarks()
{
    LineReader reader(4);
    reader.append("abcd\rXXXXXX"); // cut after "abcd\r"
    LineReader::Line line;
    QVERIFY(!reader.next(&line));
    reader.append("YY\r\nefghijklmnop"); // ends it, cuts the next
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("abcd"));
    QVERIFY(line.overlong);
    QVERIFY(!reader.next(&line));
    reader.append("\r\nQUIT\r\n");
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("efgh"));
    QVERIFY(line.overlong);
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("QUIT"));
    QVERIFY(!line.overlong);
    QVERIFY(!line.bareLineFeed);
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
