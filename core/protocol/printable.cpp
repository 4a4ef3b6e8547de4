// SPDX-License-Identifier: GPL-3.0-or-later
// printable.cpp — makes peer octets safe to show (printable.h): \xNN escapes
// with printable UTF-8 kept for the transcript, or "?" for 7-bit result text.
// Printable ASCII, by far the common case, is returned as it came.
#include "printable.h"

#include <QString>
#include <QStringDecoder>

namespace {

bool isPlainAscii(unsigned char c)
{
    return c >= 0x20 && c < 0x7f;
}

void appendHex(QByteArray &out, unsigned char c)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\x";
    out += digits[c >> 4];
    out += digits[c & 0xf];
}

QByteArray sevenBit(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes)
        out += isPlainAscii(static_cast<unsigned char>(c)) ? c : '?';
    return out;
}

QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (isPlainAscii(c) || c == '\t') {
            out += char(c);
            ++i;
            continue;
        }
        if (c >= 0x80) {
            // Take a run of 8-bit octets and keep it if it is valid UTF-8.
            qsizetype j = i;
            while (j < bytes.size() && static_cast<unsigned char>(bytes.at(j)) >= 0x80)
                ++j;
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder(bytes.mid(i, j - i));
            bool clean = !decoder.hasError();
            for (const QChar ch : text) {
                // isPrint() is false for Other_* (C1 controls, U+202E and its
                // kin); separators U+2028/U+2029 break lines in some terminals.
                if (!ch.isPrint() || ch.category() == QChar::Separator_Line
                    || ch.category() == QChar::Separator_Paragraph)
                    clean = false;
            }
            if (clean) {
                // The decoded text, not the octets: the decoder drops a byte
                // order mark at the start of the run.
                out += text.toUtf8();
            } else {
                for (qsizetype k = i; k < j; ++k)
                    appendHex(out, static_cast<unsigned char>(bytes.at(k)));
            }
            i = j;
            continue;
        }
        appendHex(out, c);
        ++i;
    }
    return out;
}

} // namespace

namespace Printable {

QByteArray escape(const QByteArray &bytes, Style style)
{
    bool plain = true;
    for (const char c : bytes) {
        if (!isPlainAscii(static_cast<unsigned char>(c)) && !(style == Style::Escaped && c == '\t')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return bytes;
    return style == Style::Escaped ? escaped(bytes) : sevenBit(bytes);
}

} // namespace Printable
