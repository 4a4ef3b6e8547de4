// SPDX-License-Identifier: GPL-3.0-or-later
// linereader.cpp — the bounded line splitter behind every engine.
//
// append() first drops what next() has taken, then keeps at most the limit
// plus one octet of an unfinished last line: the rest is dropped, and later
// octets are skipped up to the next LF, which is kept to end the cut line.
// Where each cut line ends is remembered in order (m_cutEnds), so next()
// marks it overlong, and not as ending in a bare LF, whatever octets were
// kept. next() strips CR LF and flags a bare LF, a stray CR, NUL and 8-bit
// octets.
#include "linereader.h"

#include <algorithm>

void LineReader::append(const QByteArray &bytes)
{
    qsizetype start = 0;
    if (m_skipping) {
        const qsizetype lf = bytes.indexOf('\n');
        if (lf < 0)
            return; // still inside the over-long line: nothing is stored
        m_skipping = false;
        start = lf; // keep the LF: it ends the truncated line already buffered
    }
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        for (qsizetype &cutEnd : m_cutEnds)
            cutEnd -= m_position;
        m_position = 0;
    }
    m_buffer.append(bytes.constData() + start, bytes.size() - start);
    // Bound memory: the trailing incomplete line keeps at most limit + 1
    // octets. A literal's octets are not a line: the tail starts after them.
    const qsizetype rawEnd = std::min<qint64>(m_buffer.size(), m_position + m_rawRemaining);
    const qsizetype tailStart = std::max<qsizetype>(m_buffer.lastIndexOf('\n') + 1, rawEnd);
    if (m_buffer.size() - tailStart > m_maximum + 1) {
        m_buffer.truncate(tailStart + m_maximum + 1);
        m_skipping = true;
        m_cutEnds.append(m_buffer.size());
    }
}

bool LineReader::nextOctets(QByteArray *chunk)
{
    const qsizetype available = std::min<qint64>(m_rawRemaining, m_buffer.size() - m_position);
    if (available <= 0)
        return false;
    *chunk = m_buffer.mid(m_position, available);
    m_position += available;
    m_rawRemaining -= available;
    if (m_position == m_buffer.size() && m_cutEnds.isEmpty()) {
        m_buffer.clear();
        m_position = 0;
    }
    return true;
}

bool LineReader::next(Line *line)
{
    if (m_rawRemaining > 0)
        return false; // a literal's octets come first (nextOctets)
    const qsizetype lf = m_buffer.indexOf('\n', m_position);
    if (lf < 0)
        return false;
    QByteArray text = m_buffer.mid(m_position, lf - m_position);
    m_position = lf + 1;
    *line = Line();
    const bool wasCut = !m_cutEnds.isEmpty() && lf == m_cutEnds.first();
    if (wasCut)
        m_cutEnds.removeFirst();
    if (text.endsWith('\r'))
        text.chop(1);
    else if (!wasCut)
        line->bareLineFeed = true;
    line->overlong = wasCut || text.size() > m_maximum;
    if (text.size() > m_maximum)
        text.truncate(m_maximum);
    line->bareCarriageReturn = text.contains('\r');
    line->hasNul = text.contains('\0');
    for (const char c : std::as_const(text)) {
        if (static_cast<unsigned char>(c) > 127) {
            line->hasEightBit = true;
            break;
        }
    }
    line->text = text;
    if (m_position == m_buffer.size() && m_cutEnds.isEmpty()) {
        m_buffer.clear();
        m_position = 0;
    }
    return true;
}

void LineReader::clear()
{
    m_buffer.clear();
    m_position = 0;
    m_skipping = false;
    m_cutEnds.clear();
    m_rawRemaining = 0;
}
