// SPDX-License-Identifier: GPL-3.0-or-later
// dotstuffing.cpp — adds and removes the leading "." of content lines, for
// SMTP DATA (RFC 5321 §4.5.2) and POP3 multi-line responses (RFC 1939 §3).
// One definition of what a stuffed line is, for the engines that send and
// receive content and for the views that show it undone.
#include "dotstuffing.h"

namespace DotStuffing {

QByteArray stuff(const QByteArray &line)
{
    return line.startsWith('.') ? '.' + line : line;
}

} // namespace DotStuffing
