// SPDX-License-Identifier: GPL-3.0-or-later
// printable.h — peer octets made safe to show, so that nothing a peer sends
// can drive a terminal (Postfix's printable()). One implementation, two
// styles, because two kinds of reader need different things:
// - Style::Escaped is for people reading a transcript: printable ASCII and
//   tab stay, a run of 8-bit octets stays when it is valid UTF-8 of printable
//   characters (so "café" reads as "café"), and every other octet is written
//   as \xNN. Unicode controls, format characters (bidirectional overrides)
//   and line or paragraph separators count as not printable: nothing can move
//   a cursor, start an escape sequence or reorder what a teacher reads.
// - Style::SevenBit is for one short line of 7-bit text (the SMTP client's
//   error results): printable ASCII stays and every other octet, tab and 8-bit
//   included, becomes "?", one character for one octet.
#pragma once

#include <QByteArray>

namespace Printable {

enum class Style {
    Escaped, // \xNN, printable UTF-8 kept: the transcript's text
    SevenBit // "?" for anything but printable ASCII: one line of 7-bit text
};

// `bytes` made printable in `style`; the result is UTF-8 (ASCII for SevenBit).
QByteArray escape(const QByteArray &bytes, Style style);

} // namespace Printable
