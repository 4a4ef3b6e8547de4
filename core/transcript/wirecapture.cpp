// SPDX-License-Identifier: GPL-3.0-or-later
// wirecapture.cpp — the lines in clear and the TLS records that crossed a link.
#include "transcript/wirecapture.h"

#include "transcript/transcript.h"

#include <algorithm>

namespace WireCapture {

bool crosses(const TranscriptEvent &event, const QList<Link> &links)
{
    const auto same = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive) == 0;
    };
    return std::any_of(links.cbegin(), links.cend(), [&](const Link &l) {
        return (same(event.from, l.a) && same(event.to, l.b))
            || (same(event.from, l.b) && same(event.to, l.a));
    });
}

QList<Entry> capture(const Transcript &transcript, const QList<Link> &links, qsizetype first, qsizetype last)
{
    QList<Entry> entries;
    if (links.isEmpty())
        return entries;
    const qsizetype end = last < 0 ? transcript.size() : std::min(transcript.size(), last + 1);
    for (qsizetype i = std::max(first, transcript.firstIndex()); i < end; ++i) {
        const TranscriptEvent &e = transcript.at(i);
        const bool line = e.kind == TranscriptEvent::Kind::Line && !e.tls;
        const bool record = e.kind == TranscriptEvent::Kind::TlsRecord;
        if ((!line && !record) || !crosses(e, links))
            continue;
        Entry entry;
        entry.kind = record ? Entry::Kind::Record : Entry::Kind::Line;
        entry.event = i;
        entry.connectionId = e.connectionId;
        entry.from = e.from;
        entry.to = e.to;
        entry.raw = e.raw;
        entry.secret = line && e.sensitive;
        if (record)
            entry.header = TlsWire::header(e.raw);
        entries.append(entry);
    }
    return entries;
}

QString recordKind(const TlsWire::RecordHeader &header)
{
    switch (header.contentType) {
    case 20: return QStringLiteral("change cipher spec");
    case 21: return QStringLiteral("alert");
    case 22: return QStringLiteral("handshake");
    case 23: return QStringLiteral("application data");
    default: return QStringLiteral("type %1").arg(header.contentType);
    }
}

} // namespace WireCapture
