// SPDX-License-Identifier: GPL-3.0-or-later
// dotstuffing.h — the leading "." of a line of content, as both protocols
// send it: SMTP DATA (RFC 5321 §4.5.2) and POP3 multi-line responses (RFC
// 1939 §3) end with a line holding only ".", so a content line that starts
// with "." travels with one more "." in front, and the receiver removes it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The tests of a received line are inline: they run on every line of every
// message and listing.
namespace DotStuffing {

// The line that ends the content: "." alone.
inline constexpr char terminator[] = ".";

// The line as sent: one more "." in front when it starts with ".".
QByteArray stuff(const QByteArray &line);
// Whether a received line carries a stuffed "." to remove: it starts with "."
// and there are other characters on the line (RFC 5321 §4.5.2). "." alone is
// the terminator, or content kept as it is (SMTP: "." after a bare LF).
inline bool isStuffed(QByteArrayView line)
{
    return line.size() > 1 && line.front() == '.';
}
// The received line as content: its first "." removed when isStuffed(). A
// view into `line`, which must outlive it.
inline QByteArrayView unstuff(QByteArrayView line)
{
    return isStuffed(line) ? line.sliced(1) : line;
}
// Whether the line is "." alone. (SMTP also asks how it ended: only CR LF "."
// CR LF ends DATA.)
inline bool isTerminator(QByteArrayView line)
{
    return line.size() == 1 && line.front() == '.';
}

} // namespace DotStuffing
