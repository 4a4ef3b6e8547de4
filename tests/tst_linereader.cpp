// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for LineReader: bounded lines, endings, resynchronisation; and for the
// other line helpers of the engines, DotStuffing and Printable.
#include "protocol/dotstuffing.h"
#include "protocol/linereader.h"
#include "protocol/printable.h"

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
    void flagsAtEveryOffset();
    void twoCutLinesKeepTheirMarks();
    void textOnlyFindsTheSameLines();
    void literalOctetsAreNotLines();
    void dotStuffing_data();
    void dotStuffing();
    void loneDotIsTheTerminator();
    void printableEscaped_data();
    void printableEscaped();
    void printableSevenBit();
    void linesShareOneBlock();
    void sharedLinesStayTheirOwn();
    void sharedLinesKeepLittleAlive();
};

void TestLineReader::literalOctetsAreNotLines()
{
    // An IMAP APPEND: a line announcing {n}, n octets (CR LF and longer
    // than a line inside), then the rest of the command.
    LineReader reader(24);
    reader.append("A1 APPEND INBOX {40}\r\n");
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("A1 APPEND INBOX {40}"));
    reader.expectOctets(40);
    const QByteArray literal = "Subject: a very long line indeed\r\n\r\nhi\r\n";
    QCOMPARE(literal.size(), 40);
    reader.append(literal.left(25));
    QByteArray chunk;
    QVERIFY(!reader.next(&line)); // no line while the literal's octets come
    QVERIFY(reader.nextOctets(&chunk));
    QCOMPARE(chunk, literal.left(25));
    QCOMPARE(reader.octetsExpected(), qint64(15));
    QVERIFY(!reader.nextOctets(&chunk)); // nothing more has arrived
    reader.append(literal.mid(25) + " FLAG\r\nA2 NOOP\r\n");
    QVERIFY(reader.nextOctets(&chunk));
    QCOMPARE(chunk, literal.mid(25));
    QCOMPARE(reader.octetsExpected(), qint64(0));
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray(" FLAG"));
    QVERIFY(!line.overlong);
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("A2 NOOP"));
    // After the literal, lines are bounded again.
    reader.append(QByteArray(100, 'x') + "\r\n");
    QVERIFY(reader.next(&line));
    QVERIFY(line.overlong);
    QCOMPARE(reader.pendingSize(), 0);
}

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

// The scan looks at sixteen octets at a time and skips those that are all
// printable: a NUL, an 8-bit octet, a stray CR or the LF must be seen at any
// place among them, in a line read whole or split across appends.
void TestLineReader::flagsAtEveryOffset()
{
    const char specials[] = {'\0', '\r', char(0x80), char(0xff), char(0x7f), '\t', '\x1f'};
    for (const char special : specials) {
        for (int at = 0; at < 70; ++at) {
            QByteArray text(70, 'a');
            text[at] = special;
            for (const int split : {0, 7, 16, 33}) {
                LineReader reader;
                const QByteArray wire = "HELO x\r\n" + text + "\r\nNOOP\r\n";
                if (split == 0) {
                    reader.append(wire);
                } else {
                    reader.append(wire.left(split + 8));
                    reader.append(wire.mid(split + 8));
                }
                LineReader::Line line;
                QVERIFY(reader.next(&line));
                QCOMPARE(line.text, QByteArray("HELO x"));
                QVERIFY(reader.next(&line));
                QCOMPARE(line.text, text);
                QCOMPARE(line.hasNul, special == '\0');
                QCOMPARE(line.bareCarriageReturn, special == '\r');
                QCOMPARE(line.hasEightBit, uchar(special) > 127);
                QVERIFY(!line.bareLineFeed);
                QVERIFY(!line.overlong);
                QVERIFY(reader.next(&line));
                QCOMPARE(line.text, QByteArray("NOOP"));
                QVERIFY(!reader.next(&line));
            }
        }
    }
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

// nextText() (SMTP's content) finds the same lines as next(), cut and bare
// LF marked alike, in any chunks and mixed with next(); only the octets'
// flags are left false.
void TestLineReader::textOnlyFindsTheSameLines()
{
    const QByteArray stream = QByteArray("Subject: ola\r\n\r\nbare\nlf\r\n") + QByteArray(40, 'z') + "\r\n"
        + "cr\rinside\r\nnul" + '\0' + "here\r\n\xc3\xa1\xc3\xa9\r\n.\r\n" + QByteArray(25, 'y') + "\r\nend";
    for (int chunk : {1, 3, 7, 16, int(stream.size())}) {
        LineReader full(16);
        LineReader text(16);
        QList<LineReader::Line> expected;
        QList<LineReader::Line> got;
        int calls = 0;
        for (qsizetype at = 0; at < stream.size(); at += chunk) {
            full.append(stream.mid(at, chunk));
            text.append(stream.mid(at, chunk));
            LineReader::Line line;
            while (full.next(&line))
                expected.append(line);
            // Every third line by next(): the two may be mixed.
            while (++calls % 3 == 0 ? text.next(&line) : text.nextText(&line))
                got.append(line);
        }
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got.size(), 10);
        int flagged = 0;
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).text, expected.at(i).text);
            QCOMPARE(got.at(i).overlong, expected.at(i).overlong);
            QCOMPARE(got.at(i).bareLineFeed, expected.at(i).bareLineFeed);
            const LineReader::Line &e = expected.at(i);
            const LineReader::Line &g = got.at(i);
            if (e.bareCarriageReturn || e.hasNul || e.hasEightBit)
                ++flagged;
            // Either the flags next() gives, or none (nextText()).
            QVERIFY((g.bareCarriageReturn == e.bareCarriageReturn && g.hasNul == e.hasNul
                     && g.hasEightBit == e.hasEightBit)
                    || (!g.bareCarriageReturn && !g.hasNul && !g.hasEightBit));
        }
        QCOMPARE(flagged, 3); // the CR, the NUL and the 8-bit line
        QVERIFY(expected.at(4).overlong && expected.at(9).overlong);
        QVERIFY(expected.at(2).bareLineFeed);
    }
}

void TestLineReader::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("content"); // a line of the message
    QTest::addColumn<QByteArray>("sent"); // as it travels
    QTest::newRow("plain") << QByteArray("Hello") << QByteArray("Hello");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("a dot inside") << QByteArray("a.b.") << QByteArray("a.b.");
    QTest::newRow("leading dot") << QByteArray(".signature") << QByteArray("..signature");
    QTest::newRow("a lone dot") << QByteArray(".") << QByteArray("..");
    QTest::newRow("two dots") << QByteArray("..") << QByteArray("...");
    QTest::newRow("space then dot") << QByteArray(" .") << QByteArray(" .");
}

void TestLineReader::dotStuffing()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, sent);
    QCOMPARE(DotStuffing::stuff(content), sent);
    // RFC 5321 §4.5.2: the receiver removes exactly what the sender added.
    QCOMPARE(DotStuffing::isStuffed(sent), sent != content);
    QCOMPARE(DotStuffing::unstuff(sent).toByteArray(), content);
    // What is sent is never the terminator.
    QVERIFY(!DotStuffing::isTerminator(sent));
}

// "." alone ends the content; it is not a stuffed line, and unstuffing keeps it
// (the SMTP server keeps a "." that came with a bare LF as content).
void TestLineReader::loneDotIsTheTerminator()
{
    QVERIFY(DotStuffing::isTerminator("."));
    QVERIFY(DotStuffing::isTerminator(QByteArray(DotStuffing::terminator)));
    QVERIFY(!DotStuffing::isTerminator(""));
    QVERIFY(!DotStuffing::isTerminator(". "));
    QVERIFY(!DotStuffing::isTerminator(".."));
    QVERIFY(!DotStuffing::isStuffed("."));
    QVERIFY(!DotStuffing::isStuffed(""));
    QCOMPARE(DotStuffing::unstuff(".").toByteArray(), QByteArray("."));
}

void TestLineReader::printableEscaped_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("plain") << QByteArray("HELO x") << QByteArray("HELO x");
    QTest::newRow("tab kept") << QByteArray("a\tb") << QByteArray("a\tb");
    QTest::newRow("CR LF") << QByteArray("a\r\n") << QByteArray("a\\x0d\\x0a");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("a\\x00b");
    QTest::newRow("ESC") << QByteArray("\x1b[2J") << QByteArray("\\x1b[2J");
    QTest::newRow("UTF-8 kept") << QByteArray("Jos\xc3\xa9 \xc3\xb1") << QByteArray("Jos\xc3\xa9 \xc3\xb1");
    QTest::newRow("not UTF-8") << QByteArray("Ca\xf1\xf3n") << QByteArray("Ca\\xf1\\xf3n");
    QTest::newRow("RLO") << QByteArray("a\xe2\x80\xae"
                                       "b")
                         << QByteArray("a\\xe2\\x80\\xaeb");
}

void TestLineReader::printableEscaped()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, shown);
    QCOMPARE(Printable::escape(raw, Printable::Style::Escaped), shown);
}

void TestLineReader::printableSevenBit()
{
    using Printable::Style;
    QCOMPARE(Printable::escape("250 ok", Style::SevenBit), QByteArray("250 ok"));
    // One "?" per octet: tab, controls, DEL and each octet of UTF-8.
    QCOMPARE(Printable::escape("a\tb\r\x7f", Style::SevenBit), QByteArray("a?b??"));
    QCOMPARE(Printable::escape("Jos\xc3\xa9", Style::SevenBit), QByteArray("Jos??"));
    QCOMPARE(Printable::escape(QByteArray(), Style::SevenBit), QByteArray());
}

void TestLineReader::linesShareOneBlock()
{
    // The lines of one read are not copied out of it: each starts where the
    // previous one's CR LF ended, and ends with a NUL like any QByteArray.
    LineReader reader(998);
    reader.append("Subject: one\r\n\r\nsecond line\r\nthird\n.\r\n");
    LineReader::Line a, b, c, d, e;
    QVERIFY(reader.next(&a));
    QVERIFY(reader.next(&b));
    QVERIFY(reader.next(&c));
    QVERIFY(reader.next(&d));
    QVERIFY(reader.next(&e));
    QCOMPARE(a.text, QByteArray("Subject: one"));
    QCOMPARE(b.text, QByteArray(""));
    QCOMPARE(c.text, QByteArray("second line"));
    QCOMPARE(d.text, QByteArray("third"));
    QVERIFY(d.bareLineFeed);
    QCOMPARE(e.text, QByteArray("."));
    QCOMPARE(c.text.constData(), a.text.constData() + a.text.size() + 2 + 2);
    QCOMPARE(e.text.constData(), d.text.constData() + d.text.size() + 1);
    for (const LineReader::Line *line : {&a, &c, &d, &e})
        QCOMPARE(line->text.constData()[line->text.size()], '\0');
}

void TestLineReader::sharedLinesStayTheirOwn()
{
    LineReader reader(998);
    reader.append("first\r\nsecond\r\nthi");
    LineReader::Line a, b, c;
    QVERIFY(reader.next(&a));
    QVERIFY(reader.next(&b));
    QVERIFY(!reader.next(&c));
    // Writing to a line that shares the block copies it: its neighbour and
    // the octets still waiting are not touched.
    a.text.append("-changed-and-longer-than-it-was");
    a.text[0] = 'F';
    QCOMPARE(a.text, QByteArray("First-changed-and-longer-than-it-was"));
    QCOMPARE(b.text, QByteArray("second"));
    // More octets after lines were handed out go into a new block; the
    // lines taken keep theirs.
    reader.append("rd\r\nfourth\r\n");
    QVERIFY(reader.next(&c));
    QCOMPARE(c.text, QByteArray("third"));
    QCOMPARE(b.text, QByteArray("second"));
    LineReader::Line d;
    QVERIFY(reader.next(&d));
    QCOMPARE(d.text, QByteArray("fourth"));
    // A line that outlives the reader and every other line keeps its octets.
    QByteArray kept = c.text;
    reader.clear();
    c = {};
    d = {};
    QCOMPARE(kept, QByteArray("third"));
    kept.append(" and more");
    QCOMPARE(kept, QByteArray("third and more"));
    QCOMPARE(b.text, QByteArray("second"));
}

void TestLineReader::sharedLinesKeepLittleAlive()
{
    // A line keeps its block alive: the block is no bigger than what was
    // read. A cut line (the start of a megabyte line, 64 KiB read at once)
    // keeps about its limit, not the read.
    LineReader reader(998);
    reader.append(QByteArray(64 * 1024, 'x'));
    reader.append(QByteArray(64 * 1024, 'x') + "\r\nQUIT\r\n");
    LineReader::Line cut, quit;
    QVERIFY(reader.next(&cut));
    QVERIFY(cut.overlong);
    QCOMPARE(cut.text, QByteArray(998, 'x'));
    QVERIFY(cut.text.capacity() < 2048);
    QVERIFY(reader.next(&quit));
    QCOMPARE(quit.text, QByteArray("QUIT"));
    // A command read into a buffer kept from a longer read.
    LineReader again(998);
    again.append(QByteArray(8000, 'y') + "\r\n");
    LineReader::Line longLine, command;
    QVERIFY(again.next(&longLine)); // cut: over the limit
    longLine = {};
    again.append("NOOP\r\n");
    QVERIFY(again.next(&command));
    QCOMPARE(command.text, QByteArray("NOOP"));
    QVERIFY(command.text.capacity() < 1024);
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
