// SPDX-License-Identifier: GPL-3.0-or-later
// mailmessage.cpp — quick reads and dates on a message's octets.
//
// header() walks the header section line by line, unfolding continuation
// lines (RFC 5322 §2.2.3), and stops at the empty line, so the body is never
// scanned: the window asks for From and Subject of every stored message on
// each redraw. Dates are written with the C locale whatever the user's (RFC
// 5322 §3.3), and the current one is cached per thread for a second. Only
// decodedHeader() goes through GMime, for RFC 2047 encoded words.
#include "mailmessage.h"

#include "message/mimemessage.h"

#include <QLocale>

namespace MailMessage {

bool isSevenBit(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) > 127)
            return false;
    }
    return true;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    // Always in English (RFC 5322 §3.3), whatever the user's locale.
    const int offset = when.offsetFromUtc() / 60;
    const QByteArray zone = QByteArray(offset < 0 ? "-" : "+")
        + QByteArray::number(qAbs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(qAbs(offset) % 60).rightJustified(2, '0');
    return QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() + zone;
}

QByteArray currentRfc5322Date()
{
    static thread_local qint64 second = -1;
    static thread_local QByteArray text;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != second) {
        second = now;
        text = rfc5322Date(QDateTime::currentDateTime());
    }
    return text;
}

QByteArray header(const QByteArray &message, const QByteArray &name)
{
    // Walks the header section line by line and stops at its end: the body is
    // never looked at (the window asks for From and Subject of every message
    // in every mailbox each time it redraws them).
    const qsizetype wantedSize = name.size() + 1;
    QByteArray value;
    bool inside = false;
    qsizetype at = 0;
    while (at < message.size()) {
        qsizetype end = message.indexOf('\n', at);
        if (end < 0)
            end = message.size();
        QByteArrayView line(message.constData() + at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        if (inside) {
            if (line.startsWith(' ') || line.startsWith('\t')) {
                value += line; // unfolding, RFC 5322 §2.2.3
                continue;
            }
            break;
        }
        if (line.size() >= wantedSize && line.at(name.size()) == ':'
            && qstrnicmp(line.constData(), name.constData(), name.size()) == 0) {
            value = line.sliced(wantedSize).toByteArray();
            inside = true;
        }
    }
    return value.trimmed();
}

QString decodedHeader(const QByteArray &message, const QByteArray &name)
{
    return MimeMessage::decodeHeaderValue(header(message, name));
}

QByteArray body(const QByteArray &message)
{
    qsizetype at = message.indexOf("\r\n\r\n");
    if (at >= 0)
        return message.mid(at + 4);
    at = message.indexOf("\n\n");
    return at >= 0 ? message.mid(at + 2) : QByteArray();
}

} // namespace MailMessage
