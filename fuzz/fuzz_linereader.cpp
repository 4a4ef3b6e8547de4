// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_linereader.cpp — LineReader against a model of what it must return.
//
// Input: octet 0 the line limit (1…128, or 512 when it is 0), octet 1 the
// chunk size (0: all at once), then the stream. The model: every LF ends one
// line; its text is what came before (a final CR removed), cut to the limit;
// "overlong" when longer than the limit; "bare LF" when no CR came before the
// LF (unknown once a line was cut, so not checked then); the flags describe
// the text returned. Whatever the chunks, the reader returns the same lines,
// and what it keeps of an unfinished line stays within limit + 1 octets.
#include "fuzzsupport.h"
#include "protocol/linereader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    const int maximum = input.options == 0 ? 512 : 1 + (input.options % 128);
    LineReader reader(maximum);

    QList<LineReader::Line> lines;
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    for (qsizetype at = 0; at < input.stream.size(); at += step) {
        reader.append(input.stream.mid(at, step));
        LineReader::Line line;
        while (reader.next(&line))
            lines.append(line);
        FUZZ_CHECK(reader.pendingSize() >= 0);
        FUZZ_CHECK(reader.pendingSize() <= maximum + 1);
    }

    // nextText() (two calls in three, next() the third: they may be mixed)
    // finds the same lines, cuts and bare LFs, and flags no octets.
    LineReader textReader(maximum);
    QList<LineReader::Line> texts;
    QList<bool> textOnly;
    int calls = 0;
    for (qsizetype at = 0; at < input.stream.size(); at += step) {
        textReader.append(input.stream.mid(at, step));
        LineReader::Line line;
        for (;;) {
            const bool plain = ++calls % 3 != 0;
            if (!(plain ? textReader.nextText(&line) : textReader.next(&line)))
                break;
            texts.append(line);
            textOnly.append(plain);
        }
    }
    FUZZ_CHECK(texts.size() == lines.size());
    for (qsizetype i = 0; i < texts.size() && i < lines.size(); ++i) {
        const LineReader::Line &t = texts.at(i);
        const LineReader::Line &l = lines.at(i);
        FUZZ_CHECK(t.text == l.text && t.overlong == l.overlong && t.bareLineFeed == l.bareLineFeed);
        if (textOnly.at(i))
            FUZZ_CHECK(!t.bareCarriageReturn && !t.hasNul && !t.hasEightBit);
        else
            FUZZ_CHECK(t.bareCarriageReturn == l.bareCarriageReturn && t.hasNul == l.hasNul
                       && t.hasEightBit == l.hasEightBit);
    }

    const QList<QByteArray> pieces = input.stream.split('\n');
    // The last piece is an unfinished line (or empty): not returned.
    FUZZ_CHECK(lines.size() == pieces.size() - 1);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineReader::Line &line = lines.at(i);
        QByteArray expected = pieces.at(i);
        const bool endsWithCr = expected.endsWith('\r');
        if (endsWithCr)
            expected.chop(1);
        const bool overlong = expected.size() > maximum;
        expected.truncate(maximum);
        FUZZ_CHECK(line.text == expected);
        FUZZ_CHECK(line.overlong == overlong);
        if (!overlong)
            FUZZ_CHECK(line.bareLineFeed == !endsWithCr);
        FUZZ_CHECK(line.bareCarriageReturn == line.text.contains('\r'));
        FUZZ_CHECK(line.hasNul == line.text.contains('\0'));
        bool eightBit = false;
        for (const char c : line.text)
            eightBit = eightBit || static_cast<unsigned char>(c) > 127;
        FUZZ_CHECK(line.hasEightBit == eightBit);
    }
    return 0;
}
