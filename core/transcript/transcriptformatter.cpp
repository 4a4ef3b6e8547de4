#include "transcriptformatter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace TranscriptFormatter {

QString printable(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c >= 0x20 && c < 0x7f) || c == '\t') {
            out += QLatin1Char(char(c));
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
                if (!ch.isPrint())
                    clean = false;
            }
            if (clean) {
                out += text;
            } else {
                for (qsizetype k = i; k < j; ++k)
                    out += QStringLiteral("\\x%1").arg(static_cast<unsigned char>(bytes.at(k)), 2, 16, QLatin1Char('0'));
            }
            i = j;
            continue;
        }
        out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        ++i;
    }
    return out;
}

static QString kindWord(TranscriptEvent::Kind kind)
{
    switch (kind) {
    case TranscriptEvent::Kind::ConnectionOpened: return QStringLiteral("connect");
    case TranscriptEvent::Kind::ConnectionClosed: return QStringLiteral("close");
    case TranscriptEvent::Kind::DnsLookup: return QStringLiteral("dns");
    case TranscriptEvent::Kind::Queue: return QStringLiteral("queue");
    case TranscriptEvent::Kind::Delivery: return QStringLiteral("delivery");
    case TranscriptEvent::Kind::Note: return QStringLiteral("note");
    case TranscriptEvent::Kind::Caption: return QStringLiteral("caption");
    case TranscriptEvent::Kind::Expectation: return QStringLiteral("expect");
    case TranscriptEvent::Kind::Line: return QStringLiteral("line");
    }
    return QString();
}

QString courseLine(const TranscriptEvent &event, const Options &options)
{
    QString out;
    if (options.showTime)
        out += QStringLiteral("[%1] ").arg(double(event.timeMs) / 1000.0, 8, 'f', 3);
    if (options.showHosts) {
        if (event.connectionId > 0)
            out += QStringLiteral("#%1 ").arg(event.connectionId);
        if (!event.to.isEmpty())
            out += QStringLiteral("%1 -> %2  ").arg(event.from, event.to);
        else if (!event.from.isEmpty())
            out += QStringLiteral("%1  ").arg(event.from);
    }
    if (event.kind == TranscriptEvent::Kind::Line) {
        out += event.direction == TranscriptEvent::Direction::ServerToClient
                   ? QStringLiteral("S: ") : QStringLiteral("C: ");
        if (event.sensitive && options.hidePasswords) {
            const qsizetype space = event.raw.indexOf(' ');
            out += printable(space < 0 ? event.raw : event.raw.left(space)) + QStringLiteral(" ****");
        } else {
            out += printable(event.raw);
        }
    } else {
        out += QStringLiteral("-- %1: %2").arg(kindWord(event.kind), event.note);
    }
    return out;
}

QByteArray jsonLine(const TranscriptEvent &event)
{
    QJsonObject object;
    object.insert(QStringLiteral("seq"), event.sequence);
    object.insert(QStringLiteral("ms"), event.timeMs);
    object.insert(QStringLiteral("kind"), kindWord(event.kind));
    if (event.connectionId > 0)
        object.insert(QStringLiteral("conn"), event.connectionId);
    object.insert(QStringLiteral("from"), event.from);
    if (!event.to.isEmpty())
        object.insert(QStringLiteral("to"), event.to);
    if (event.protocol != Protocol::None)
        object.insert(QStringLiteral("protocol"), protocolName(event.protocol));
    if (event.direction != TranscriptEvent::Direction::None)
        object.insert(QStringLiteral("dir"), event.direction == TranscriptEvent::Direction::ClientToServer
                                                 ? QStringLiteral("C") : QStringLiteral("S"));
    if (event.kind == TranscriptEvent::Kind::Line)
        object.insert(QStringLiteral("line"), printable(event.raw));
    if (event.phase != Phase::None)
        object.insert(QStringLiteral("phase"), phaseName(event.phase));
    if (!event.code.isEmpty())
        object.insert(QStringLiteral("code"), QString::fromLatin1(event.code));
    if (!event.note.isEmpty())
        object.insert(QStringLiteral("note"), event.note);
    if (event.sensitive)
        object.insert(QStringLiteral("sensitive"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace TranscriptFormatter
