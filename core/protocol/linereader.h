// SPDX-License-Identifier: GPL-3.0-or-later
// linereader.h — bounded splitting of a byte stream into protocol lines.
//
// Following Postfix's smtp_get(): a line longer than the limit is not kept in
// memory; the rest of it is skipped up to the next LF so that the session stays
// in sync, and the line is returned marked `overlong`. RFC 5321 §2.3.8 requires
// CR LF; a bare LF or a CR that is not followed by LF is reported, not guessed.
#pragma once

#include <QByteArray>
#include <QList>

class LineReader
{
public:
    struct Line {
        QByteArray text; // without the line ending (truncated if overlong)
        bool overlong = false; // more than maximumLength() octets before the ending
        bool bareLineFeed = false; // ended with LF alone
        bool bareCarriageReturn = false; // a CR inside the line not followed by LF
        bool hasNul = false; // contains a NUL octet
        bool hasEightBit = false; // contains an octet above 127
    };

    explicit LineReader(int maximumLength = 512)
        : m_maximum(maximumLength)
    {
    }

    // Maximum octets of a line, not counting CR LF (RFC 5321 §4.5.3.1.4: 512
    // with CR LF for commands, 1000 with CR LF for text lines).
    void setMaximumLength(int octets) { m_maximum = octets; }
    int maximumLength() const { return m_maximum; }

    void append(const QByteArray &bytes);
    // Takes the next complete line; false when none is complete yet.
    bool next(Line *line);
    // The same, looking only for where the line ends: of its octets' flags
    // only `overlong` and `bareLineFeed` are set, the others are false. For
    // text kept as it came (SMTP's content, seventy lines a message): about
    // 130 instructions a line of 64 octets against next()'s 200.
    bool nextText(Line *line);
    // Octets buffered but not yet forming a complete line (bounded).
    int pendingSize() const { return int(m_buffer.size() - m_position); }
    void clear();

    // IMAP literals (RFC 3501 §4.3): the next `octets` octets are data, not
    // lines, and are not bound by the line length (the engine has checked the
    // literal's size before asking). Until they are taken, next() gives no line.
    void expectOctets(qint64 octets) { m_rawRemaining = qMax<qint64>(0, octets); }
    qint64 octetsExpected() const { return m_rawRemaining; }
    // Takes what has arrived of them (never more than is left); false if none.
    bool nextOctets(QByteArray *chunk);

private:
    template<bool octetFlags>
    bool take(Line *line);

    QByteArray m_buffer; // raw octets from m_position on are not taken yet
    qsizetype m_position = 0;
    int m_maximum;
    bool m_skipping = false; // inside an over-long line, discarding up to LF
    qint64 m_rawRemaining = 0; // octets of a literal still to be taken
    // Indexes of the LFs that end lines that were cut, in order. More than one:
    // the append that brings a cut line's LF may cut the next line too (found
    // by fuzz/fuzz_linereader; with one index the first line lost its mark).
    QList<qsizetype> m_cutEnds;
};
