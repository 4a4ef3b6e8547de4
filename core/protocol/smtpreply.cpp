// SPDX-License-Identifier: GPL-3.0-or-later
// smtpreply.cpp — an SMTP reply to and from its lines on the wire.
//
// toLines() writes "code-text" for every line but the last and "code text"
// for the last (RFC 5321 §4.2), the enhanced code after the reply code when
// asked for, and no trailing space when a line has no text: a reply without
// text is the bare code. parseLine() takes three digits, then a space, a
// hyphen or nothing (a last line) and keeps the rest as the text.
#include "smtpreply.h"

#include <algorithm>
#include <charconv>
#include <cstring>

QList<QByteArray> SmtpReply::toLines(bool withEnhancedCode) const
{
    // Each line made at its size in one allocation (four replies a message
    // in --serve: appending the parts one by one cost more than the rest of
    // the reply).
    char number[16];
    const qsizetype numberSize = std::to_chars(number, number + sizeof number, code).ptr - number;
    const bool withEnhanced = withEnhancedCode && !enhanced.isEmpty();
    const qsizetype count = lines.isEmpty() ? 1 : lines.size();
    QList<QByteArray> out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView text = lines.isEmpty() ? QByteArrayView() : QByteArrayView(lines.at(i));
        const char separator = i + 1 < count ? '-' : ' ';
        // No trailing space: a line without text ends at its code.
        const char last = !text.isEmpty() ? text.back() : (withEnhanced ? ' ' : separator);
        const qsizetype size = numberSize + 1 + (withEnhanced ? enhanced.size() + 1 : 0) + text.size()
            - (last == ' ' ? 1 : 0);
        QByteArray line(size, Qt::Uninitialized);
        char *p = line.data();
        char *const end = p + size;
        const auto put = [&](const char *from, qsizetype n) {
            n = std::min<qsizetype>(n, end - p);
            if (n <= 0)
                return; // nothing (an empty text's pointer may be null)
            std::memcpy(p, from, size_t(n));
            p += n;
        };
        put(number, numberSize);
        put(&separator, 1);
        if (withEnhanced) {
            put(enhanced.constData(), enhanced.size());
            put(" ", 1);
        }
        put(text.data(), text.size());
        out.append(std::move(line));
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
