// SPDX-License-Identifier: GPL-3.0-or-later
// linesyntax.cpp — reading a line's parts for the explanations: the verb and
// argument of a command (through the engines' own commandVerb()), the code of
// an SMTP reply (RFC 5321 §4.2) and the name of a header field (RFC 5322 §3.6.8).
#include "linesyntax.h"

#include "protocol/phase.h"

#include <QList>

namespace Explanations::Syntax {

QByteArray verbOf(const QByteArray &line)
{
    return commandVerb(line.trimmed());
}

QByteArray argumentOf(const QByteArray &line)
{
    return commandArgument(line.trimmed());
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int smtpReplyCode(const QByteArray &line)
{
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)))
        return -1;
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return -1;
    return line.left(3).toInt();
}

QByteArray headerName(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return QByteArray();
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = line.at(i);
        // RFC 5322 §3.6.8: printable US-ASCII except colon; no space.
        if (c < 33 || c > 126)
            return QByteArray();
    }
    return line.left(colon);
}

QByteArray imapCommandName(const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    if (words.size() < 2)
        return QByteArray();
    const QByteArray name = words.at(1).toUpper();
    if (name == "UID" && words.size() >= 3)
        return name + ' ' + words.at(2).toUpper();
    return name;
}

} // namespace Explanations::Syntax
