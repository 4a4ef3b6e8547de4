// SPDX-License-Identifier: GPL-3.0-or-later
// tlswire.cpp — finding a line's record, reading a record's header.
#include "tlswire.h"

#include <algorithm>

namespace TlsWire {

qsizetype carrierOf(const Transcript &transcript, qsizetype index)
{
    if (index < transcript.firstIndex() || index >= transcript.size())
        return -1;
    const TranscriptEvent &event = transcript.at(index);
    const bool carried = event.kind == TranscriptEvent::Kind::TlsHandshake
        || (event.kind == TranscriptEvent::Kind::Line && event.tls);
    if (!carried || event.connectionId == 0)
        return -1;
    // One record may carry many lines (a pipelined client's, a long listing)
    // while the other direction's records come in between: look back past
    // them, a bounded way.
    constexpr qsizetype lookBack = 20000;
    for (qsizetype i = index - 1; i >= transcript.firstIndex() && index - i <= lookBack; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId != event.connectionId)
            continue;
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened)
            return -1;
        if (e.direction != event.direction)
            continue;
        if (e.kind == TranscriptEvent::Kind::TlsRecord)
            return i;
        if (e.kind == TranscriptEvent::Kind::Line && !e.tls)
            return -1; // a line in clear before it: nothing carried this one
    }
    return -1;
}

RecordHeader header(const QByteArray &record)
{
    RecordHeader h;
    if (record.size() < 5)
        return h;
    h.contentType = quint8(record.at(0));
    h.version = quint16((quint8(record.at(1)) << 8) | quint8(record.at(2)));
    h.length = quint16((quint8(record.at(3)) << 8) | quint8(record.at(4)));
    h.valid = h.contentType >= 20 && h.contentType <= 24;
    return h;
}

QString contentTypeName(quint8 type)
{
    switch (type) {
    case 20: return QStringLiteral("change_cipher_spec");
    case 21: return QStringLiteral("alert");
    case 22: return QStringLiteral("handshake");
    case 23: return QStringLiteral("application_data");
    case 24: return QStringLiteral("heartbeat");
    default: break;
    }
    return QString::number(type);
}

QString versionName(quint16 version)
{
    switch (version) {
    case 0x0300: return QStringLiteral("SSL 3.0");
    case 0x0301: return QStringLiteral("TLS 1.0");
    case 0x0302: return QStringLiteral("TLS 1.1");
    case 0x0303: return QStringLiteral("TLS 1.2");
    case 0x0304: return QStringLiteral("TLS 1.3");
    default: break;
    }
    return QStringLiteral("0x%1").arg(version, 4, 16, QLatin1Char('0'));
}

QString hex(const QByteArray &bytes, qsizetype limit)
{
    QString text;
    const qsizetype shown = std::min(bytes.size(), limit);
    text.reserve(shown * 3 + 4);
    for (qsizetype i = 0; i < shown; ++i) {
        if (i > 0)
            text += (i % 16 == 0) ? QLatin1Char('\n') : QLatin1Char(' ');
        text += QStringLiteral("%1").arg(quint8(bytes.at(i)), 2, 16, QLatin1Char('0'));
    }
    if (shown < bytes.size())
        text += QStringLiteral(" …");
    return text;
}

} // namespace TlsWire
