// SPDX-License-Identifier: GPL-3.0-or-later
// smtpreply.cpp — an SMTP reply to and from its lines on the wire.
//
// toLines() writes "code-text" for every line but the last and "code text"
// for the last (RFC 5321 §4.2), the enhanced code after the reply code when
// asked for, and no trailing space when a line has no text: a reply without
// text is the bare code. parseLine() takes three digits, then a space, a
// hyphen or nothing (a last line) and keeps the rest as the text.
#include "smtpreply.h"

QList<QByteArray> SmtpReply::toLines(bool withEnhancedCode) const
{
    QList<QByteArray> out;
    const QList<QByteArray> texts = lines.isEmpty() ? QList<QByteArray>{QByteArray()} : lines;
    const QByteArray number = QByteArray::number(code);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QByteArray line = number;
        line += (i + 1 < texts.size()) ? '-' : ' ';
        if (withEnhancedCode && !enhanced.isEmpty())
            line += enhanced + ' ';
        line += texts.at(i);
        if (line.endsWith(' '))
            line.chop(1);
        out.append(line);
    }
    return out;
}

bool SmtpReply::parseLine(const QByteArray &line, int *code, bool *isLast, QByteArray *text)
{
    if (line.size() < 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (line.at(i) < '0' || line.at(i) > '9')
            return false;
    }
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return false;
    *code = line.left(3).toInt();
    *isLast = line.size() == 3 || line.at(3) == ' ';
    *text = line.size() > 4 ? line.mid(4) : QByteArray();
    return true;
}
