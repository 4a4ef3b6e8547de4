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
//
// A line is not copied out of the buffer: it shares the buffer's block (see
// sharedLine()), so the seventy lines of a 5 KB message cost one allocation,
// not seventy, and the transcript keeps them as they arrived. The buffer is
// then not written again while a line shares it: the next octets go into a
// new block of their exact size.
#include "linereader.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
// What an idle connection's reader may keep allocated.
constexpr qsizetype keptCapacity = 16 * 1024;
// Unused room a block may have when its lines start sharing it.
constexpr qsizetype maximumSlack = 512;

// Where the first LF from `from` is (-1: none yet), and what the octets
// before it hold: the first CR's index, whether a NUL or an octet above 127
// came. One pass, sixteen octets at a time (a hot path: every line of every
// message), instead of one search for each.
struct Scan {
    qsizetype lf = -1;
    qsizetype firstCr = -1;
    bool nul = false;
    bool eightBit = false;
};

Scan scanLine(const char *data, qsizetype from, qsizetype size)
{
    Scan scan;
    const char *p = data + from;
    const char *const end = data + size;
#ifdef __SSE2__
    const __m128i lineFeeds = _mm_set1_epi8('\n');
    const __m128i carriageReturns = _mm_set1_epi8('\r');
    const __m128i zeros = _mm_setzero_si128();
    const __m128i spaces = _mm_set1_epi8(0x20);
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Most sixteen octets of a line are printable text: none is below
        // 0x20 (LF, CR, NUL) nor 8-bit (negative, compared as signed).
        if (_mm_movemask_epi8(_mm_cmplt_epi8(v, spaces)) == 0)
            continue;
        const unsigned lf = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lineFeeds)));
        // Only the octets before the LF count.
        const unsigned before = lf != 0 ? (1u << __builtin_ctz(lf)) - 1 : 0xffffu;
        const unsigned cr = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, carriageReturns))) & before;
        if (cr != 0 && scan.firstCr < 0)
            scan.firstCr = (p - data) + __builtin_ctz(cr);
        scan.nul = scan.nul || (unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, zeros))) & before) != 0;
        scan.eightBit = scan.eightBit || (unsigned(_mm_movemask_epi8(v)) & before) != 0;
        if (lf != 0) {
            scan.lf = (p - data) + __builtin_ctz(lf);
            return scan;
        }
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\n') {
            scan.lf = p - data;
            return scan;
        }
        if (c == '\r' && scan.firstCr < 0)
            scan.firstCr = p - data;
        scan.nul = scan.nul || c == 0;
        scan.eightBit = scan.eightBit || c > 127;
    }
    return scan;
}

// `size` octets of `block` from `begin` as a QByteArray that shares the
// block (its reference count, no copy). The octet after them, a line's CR or
// LF which nobody reads again, becomes a NUL: like every QByteArray the line
// is NUL-terminated. Writing to the line copies it first while the block is
// shared (Qt's implicit sharing), and a line that outlives the block's other
// users owns the rest of it, so its octets are never changed under anyone.
// Qt 6's array pointer (header, data, size) is public API only in spirit
// (QByteArray::data_ptr() and the DataPointer constructor exist for Qt's
// own containers); releases that change it get a copy instead.
QByteArray sharedLine(QByteArray &block, const char *begin, qsizetype size)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0) && QT_VERSION < QT_VERSION_CHECK(6, 9, 0)
    if (size > 0 && block.data_ptr().d_ptr()) {
        char *at = const_cast<char *>(begin);
        at[size] = '\0';
        QByteArray::DataPointer view = block.data_ptr(); // one more reference
        view.ptr = at;
        view.size = size;
        return QByteArray(std::move(view));
    }
#else
    Q_UNUSED(block);
#endif
    return QByteArray(begin, size);
}
} // namespace

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
    if (!m_buffer.isDetached()) {
        // Lines taken from the buffer share it: what is not taken yet and the
        // new octets go into a new block of their size.
        QByteArray fresh;
        fresh.reserve(m_buffer.size() - m_position + bytes.size() - start);
        fresh.append(m_buffer.constData() + m_position, m_buffer.size() - m_position);
        m_buffer = std::move(fresh);
    } else if (m_position > 0) {
        m_buffer.remove(0, m_position);
    }
    if (m_position > 0) {
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
    return take<true>(line);
}

bool LineReader::nextText(Line *line)
{
    return take<false>(line);
}

template<bool octetFlags>
bool LineReader::take(Line *line)
{
    if (m_rawRemaining > 0)
        return false; // a literal's octets come first (nextOctets)
    Scan scan;
    if constexpr (octetFlags) {
        scan = scanLine(m_buffer.constData(), m_position, m_buffer.size());
    } else {
        // libc's memchr, as wide as the machine allows.
        const char *at = static_cast<const char *>(
            std::memchr(m_buffer.constData() + m_position, '\n', size_t(m_buffer.size() - m_position)));
        if (at)
            scan.lf = at - m_buffer.constData();
    }
    const qsizetype lf = scan.lf;
    if (lf < 0)
        return false;
    const qsizetype start = m_position;
    // The lines about to share the block keep all of it alive: first it is
    // made its exact size (a kept 16 KiB buffer holding a command, or the
    // 64 KiB read that brought the start of a cut line, would otherwise
    // stay whole for a few octets the transcript keeps).
    if (m_buffer.isDetached() && m_buffer.capacity() - m_buffer.size() > maximumSlack)
        m_buffer.squeeze();
    const char *begin = m_buffer.constData() + m_position;
    qsizetype length = lf - m_position;
    m_position = lf + 1;
    const bool wasCut = !m_cutEnds.isEmpty() && lf == m_cutEnds.first();
    if (wasCut)
        m_cutEnds.removeFirst();
    line->bareLineFeed = false;
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    else if (!wasCut)
        line->bareLineFeed = true;
    line->overlong = wasCut || length > m_maximum;
    if (length > m_maximum)
        length = m_maximum;
    if constexpr (!octetFlags) {
        line->bareCarriageReturn = false;
        line->hasNul = false;
        line->hasEightBit = false;
    } else if (!line->overlong) {
        // What the scan saw before the LF: the line and perhaps its CR,
        // which is neither NUL nor 8-bit, and is a stray CR only if another
        // came first.
        line->bareCarriageReturn = scan.firstCr >= 0 && scan.firstCr - start < length;
        line->hasNul = scan.nul;
        line->hasEightBit = scan.eightBit;
    } else {
        // A cut line: only what is kept of it counts.
        line->bareCarriageReturn = length > 0 && std::memchr(begin, '\r', size_t(length)) != nullptr;
        line->hasNul = length > 0 && std::memchr(begin, 0, size_t(length)) != nullptr;
        line->hasEightBit = std::any_of(begin, begin + length, [](char c) { return uchar(c) > 127; });
    }
    line->text = sharedLine(m_buffer, begin, length);
    if (m_position == m_buffer.size() && m_cutEnds.isEmpty()) {
        // All taken: a small buffer nobody shares is kept for the next
        // octets (no allocation per read), a big one (a flood's) is given back.
        if (m_buffer.isDetached() && m_buffer.capacity() <= keptCapacity)
            m_buffer.truncate(0);
        else
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
