// SPDX-License-Identifier: GPL-3.0-or-later
// transcriptformatter.cpp — turns transcript events into text: the course's
// line ("[   1.234] #2 cliente.fr -> servidor.edu  C: HELO cliente.fr"), a
// JSON line, or a whole connection as a replayable script.
//
// Peer text is made printable first, so nothing a peer sends can drive a
// terminal; secrets are masked when asked. The script writer leaves the
// notation's syntax to ScriptNotation and only decides which lines are fed,
// which are expected, and which expected lines need a pattern.
#include "transcriptformatter.h"

#include "eventjson.h"
#include "transcript.h"

#include "protocol/printable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace TranscriptFormatter {

QString printable(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(Printable::escape(bytes, Printable::Style::Escaped));
    // No octets give an empty string, never a null one (a null QByteArray included).
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QByteArray maskedSecret(const QByteArray &raw)
{
    const QList<QByteArray> words = raw.trimmed().split(' ');
    const QByteArray verb = words.value(0).toUpper();
    if (verb == "PASS")
        return words.value(0) + " ****";
    if (verb == "AUTH") {
        // RFC 4954 §4: "AUTH mechanism [initial-response]".
        if (words.size() <= 2)
            return raw;
        return words.at(0) + ' ' + words.at(1) + " ****";
    }
    // An APOP digest is not a password (RFC 1939 §7): nothing to mask, even
    // in a world file saved when APOP lines were still marked sensitive.
    if (verb == "APOP")
        return raw;
    // IMAP (RFC 3501 §6.2.3): "tag LOGIN user password", "tag AUTHENTICATE
    // mechanism [initial-response]": the user and the mechanism stay.
    const QByteArray command = words.value(1).toUpper();
    if (command == "LOGIN" && words.size() >= 4)
        return words.at(0) + " LOGIN " + words.at(2) + " ****";
    if (command == "AUTHENTICATE")
        return words.size() <= 3 ? raw : words.at(0) + ' ' + words.at(1) + ' ' + words.at(2) + " ****";
    if (raw.trimmed() == "*" || raw.isEmpty())
        return raw;
    return "****";
}

// Whether the octets are all printable ASCII (or tabs): then they are shown
// as they are.
static bool isPrintableAscii(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
#ifdef __SSE2__
    // Sixteen octets at a time while all are from 0x20 to 0x7e (compared as
    // signed: 8-bit octets are negative).
    const auto printable16 = [](const char *at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i inRange = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1f)),
                                              _mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)));
        return _mm_movemask_epi8(inRange) == 0xffff;
    };
    if (end - p >= 16) {
        while (end - p > 16 && printable16(p))
            p += 16;
        // The last sixteen, overlapping what was seen: a line's tail in one step.
        if (end - p <= 16 && printable16(end - 16))
            return true;
    }
#endif
    // Eight octets at a time while none is a control (below 0x20), DEL or
    // 8-bit (0x7f and up); a tab or anything else is looked at one by one.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        const quint64 below20 = (word - 0x20 * ones) & ~word & highs;
        const quint64 from7f = (((word & ~highs) + ones) | word) & highs;
        if ((below20 | from7f) != 0)
            break;
        p += 8;
    }
    while (p != end && ((*p >= 0x20 && *p < 0x7f) || *p == '\t'))
        ++p;
    return p == end;
}

// The octets made printable, as UTF-8 (printable ASCII is copied as it is,
// straight into `out`: a hot path in --serve, once per line).
static void appendPrintable(QByteArray &out, const QByteArray &bytes)
{
    if (isPrintableAscii(bytes))
        out.append(bytes.constData(), bytes.size());
    else
        out += Printable::escape(bytes, Printable::Style::Escaped);
}

// A number in decimal, without a temporary QByteArray.
// A host name, printable and in UTF-8. The few names of a world recur on every
// line, so the last ones converted are kept (a hot path in --serve).
static const QByteArray &hostBytes(const QString &host)
{
    struct Entry {
        QString name;
        QByteArray bytes;
    };
    static thread_local Entry cache[8];
    static thread_local unsigned next = 0;
    // The same characters at the same address are the same name (events
    // share their hosts' strings): no comparison of the characters.
    for (const Entry &entry : cache) {
        if (entry.name.constData() == host.constData() && entry.name.size() == host.size()
            && !entry.bytes.isEmpty() && !host.isNull())
            return entry.bytes;
    }
    for (const Entry &entry : cache) {
        if (entry.name == host && !entry.bytes.isEmpty())
            return entry.bytes;
    }
    QByteArray bytes;
    appendPrintable(bytes, host.toUtf8());
    Entry &entry = cache[next++ % 8];
    entry = {host, bytes};
    return entry.bytes; // appended at once, before another name can take its place
}

// The course notation's word for a kind of event ("-- queue:"), in the
// reader's language: a Galician transcript says "-- cola:". The JSON's
// "kind" keeps EventJson::kindWord, for scripts. Looked up once per
// language (a hot path in --serve).
static QByteArray kindTag(TranscriptEvent::Kind kind)
{
    static thread_local QString cachedLanguage;
    static thread_local QHash<int, QByteArray> cache;
    static thread_local bool filled = false;
    if (!filled || cachedLanguage != Notes::language()) {
        cachedLanguage = Notes::language();
        cache.clear();
        filled = true;
    }
    const auto cached = cache.constFind(int(kind));
    if (cached != cache.constEnd())
        return cached.value();
    QString word;
    switch (kind) {
    case TranscriptEvent::Kind::ConnectionOpened:
        word = QCoreApplication::translate("TranscriptFormatter", "connect",
                                           "tag of a TCP connection opened");
        break;
    case TranscriptEvent::Kind::ConnectionClosed:
        word = QCoreApplication::translate("TranscriptFormatter", "close", "tag of a TCP connection closed");
        break;
    case TranscriptEvent::Kind::DnsLookup:
        word = QCoreApplication::translate("TranscriptFormatter", "dns", "tag of a DNS lookup");
        break;
    case TranscriptEvent::Kind::Queue:
        word = QCoreApplication::translate("TranscriptFormatter", "queue", "tag of a queue decision");
        break;
    case TranscriptEvent::Kind::Delivery:
        word = QCoreApplication::translate("TranscriptFormatter", "delivery", "tag of a delivery");
        break;
    case TranscriptEvent::Kind::Caption:
        word = QCoreApplication::translate("TranscriptFormatter", "caption", "tag of a scenario's caption");
        break;
    case TranscriptEvent::Kind::Expectation:
        word = QCoreApplication::translate("TranscriptFormatter", "expect", "tag of a checked expectation");
        break;
    case TranscriptEvent::Kind::Note:
        word = QCoreApplication::translate("TranscriptFormatter", "note", "tag of a note");
        break;
    default: word = EventJson::kindWord(kind); break;
    }
    QByteArray tag;
    appendPrintable(tag, word.toUtf8());
    cache.insert(int(kind), tag);
    return tag;
}

// What comes before a line's text or a note's: "[   6.466] #3 a -> b  ".
// Events share their hosts' strings: the same address and size is the same
// string, without comparing its characters.
static bool sameString(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

static void appendPrefix(QByteArray &out, const TranscriptEvent &event, const Options &options)
{
    // Made in a buffer on the stack and appended once: each append to a
    // QByteArray costs more than the few octets it copies (a hot path in
    // --serve, where the prefix changes with each command and reply).
    char buffer[128];
    char *p = buffer;
    char *const end = buffer + sizeof buffer;
    if (options.showTime) {
        // "[%8.3f] " of the seconds, without floating point.
        char seconds[24];
        const qsizetype secondsSize =
            std::to_chars(seconds, seconds + sizeof seconds, event.timeMs / 1000).ptr - seconds;
        char millis[24];
        const qsizetype millisSize =
            std::to_chars(millis, millis + sizeof millis, 1000 + event.timeMs % 1000).ptr - millis;
        *p++ = '[';
        for (qsizetype pad = 4 - secondsSize; pad > 0; --pad)
            *p++ = ' ';
        std::memcpy(p, seconds, size_t(secondsSize));
        p += secondsSize;
        *p++ = '.';
        std::memcpy(p, millis + 1, size_t(millisSize - 1));
        p += millisSize - 1;
        *p++ = ']';
        *p++ = ' ';
    }
    if (options.showHosts && event.connectionId > 0) {
        *p++ = '#';
        p = std::to_chars(p, end, event.connectionId).ptr;
        *p++ = ' ';
    }
    const auto put = [&](const char *text, qsizetype size) {
        if (end - p >= size) {
            std::memcpy(p, text, size_t(size));
            p += size;
        } else {
            out.append(buffer, p - buffer); // a long host name: no longer on the stack
            p = buffer;
            out.append(text, size);
        }
    };
    if (options.showHosts && !event.from.isEmpty()) {
        const QByteArray &from = hostBytes(event.from);
        put(from.constData(), from.size());
        if (!event.to.isEmpty()) {
            put(" -> ", 4);
            const QByteArray &to = hostBytes(event.to);
            put(to.constData(), to.size());
        }
        put("  ", 2);
    }
    out.append(buffer, p - buffer);
}

namespace {

// The prefix of the last line written: consecutive lines mostly share it (the
// same millisecond, connection, hosts and direction: a message's lines in a
// DATA, a FETCH or a RETR), so it is made once and appended whole (a hot path
// in --serve).
struct LinePrefix {
    bool valid = false;
    bool showTime = false;
    bool showHosts = false;
    qint64 timeMs = 0;
    int connectionId = 0;
    TranscriptEvent::Direction direction = TranscriptEvent::Direction::None;
    QString from;
    QString to;
    QByteArray bytes;
};

const QByteArray &linePrefix(LinePrefix &last, const TranscriptEvent &event, const Options &options)
{
    if (!last.valid || last.showTime != options.showTime || last.showHosts != options.showHosts
        || (options.showTime && last.timeMs != event.timeMs)
        || (options.showHosts
            && (last.connectionId != event.connectionId || !sameString(last.from, event.from)
                || !sameString(last.to, event.to)))
        || last.direction != event.direction) {
        last.bytes.truncate(0);
        appendPrefix(last.bytes, event, options);
        last.bytes += event.direction == TranscriptEvent::Direction::ServerToClient ? "S: " : "C: ";
        last.valid = true;
        last.showTime = options.showTime;
        last.showHosts = options.showHosts;
        last.timeMs = event.timeMs;
        last.connectionId = event.connectionId;
        last.direction = event.direction;
        last.from = event.from;
        last.to = event.to;
    }
    return last.bytes;
}

LinePrefix &lastLinePrefix()
{
    static thread_local LinePrefix last;
    return last;
}

void appendLine(QByteArray &out, LinePrefix &last, const TranscriptEvent &event, const Options &options,
                bool newline)
{
    const QByteArray &prefix = linePrefix(last, event, options);
    const bool masked = event.sensitive && options.hidePasswords;
    const QByteArray secretMasked = masked ? maskedSecret(event.raw) : QByteArray();
    const QByteArray &text = masked ? secretMasked : event.raw;
    if (isPrintableAscii(text)) {
        // The prefix, the text and the newline in one step: each append
        // to a QByteArray costs more than copying a line's octets.
        const qsizetype at = out.size();
        out.resize(at + prefix.size() + text.size() + (newline ? 1 : 0));
        char *p = out.data() + at;
        std::memcpy(p, prefix.constData(), size_t(prefix.size()));
        p += prefix.size();
        std::memcpy(p, text.constData(), size_t(text.size()));
        if (newline)
            p[text.size()] = '\n';
        return;
    }
    out.append(prefix.constData(), prefix.size());
    out += Printable::escape(text, Printable::Style::Escaped);
    if (newline)
        out += '\n';
}

} // namespace

void appendCourseLine(QByteArray &out, const TranscriptEvent &event, const Options &options, bool newline)
{
    if (event.kind == TranscriptEvent::Kind::Line) {
        appendLine(out, lastLinePrefix(), event, options, newline);
        return;
    }
    appendPrefix(out, event, options);
    out += "-- ";
    out += kindTag(event.kind);
    out += ": ";
    // Notes can quote a peer (a remote server's refusal): printable too.
    appendPrintable(out, event.noteText().toUtf8());
    if (newline)
        out += '\n';
}

void appendCourseLines(QByteArray &out, const TranscriptEvent *const *events, qsizetype count,
                       const Options &options)
{
    // A run is mostly stretches of lines with one prefix (the lines of one
    // write: a message's content, a FETCH): each stretch is measured, the
    // buffer grown once, and the prefixes and lines copied in (a hot path in
    // --serve, seventy lines a message). The same text as appendCourseLine()
    // for each event.
    const auto samePrefix = [](const TranscriptEvent &a, const TranscriptEvent &b) {
        return a.timeMs == b.timeMs && a.connectionId == b.connectionId && a.direction == b.direction
            && a.from.constData() == b.from.constData() && a.from.size() == b.from.size()
            && a.to.constData() == b.to.constData() && a.to.size() == b.to.size();
    };
    const auto plain = [&options](const TranscriptEvent &e) {
        return e.kind == TranscriptEvent::Kind::Line && !(e.sensitive && options.hidePasswords)
            && isPrintableAscii(e.raw);
    };
    LinePrefix &cached = lastLinePrefix();
    qsizetype i = 0;
    while (i < count) {
        const TranscriptEvent &head = *events[i];
        if (!plain(head)) {
            appendCourseLine(out, head, options, true);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        qsizetype octets = head.raw.size();
        for (; end < count; ++end) {
            const TranscriptEvent &e = *events[end];
            if (!samePrefix(e, head) || !plain(e))
                break;
            octets += e.raw.size();
        }
        const QByteArray &prefix = linePrefix(cached, head, options);
        const qsizetype at = out.size();
        out.resize(at + (end - i) * (prefix.size() + 1) + octets);
        char *p = out.data() + at;
        for (; i < end; ++i) {
            const QByteArray &raw = events[i]->raw;
            std::memcpy(p, prefix.constData(), size_t(prefix.size()));
            p += prefix.size();
            std::memcpy(p, raw.constData(), size_t(raw.size()));
            p += raw.size();
            *p++ = '\n';
        }
    }
}

QString courseLine(const TranscriptEvent &event, const Options &options)
{
    QByteArray out;
    appendCourseLine(out, event, options);
    return QString::fromUtf8(out);
}

QByteArray jsonLine(const TranscriptEvent &event, const Options &options)
{
    return EventJson::encodeLine(event, EventJson::Form::Display,
                                 options.hidePasswords ? EventJson::Passwords::Masked
                                                       : EventJson::Passwords::Shown);
}

namespace {

// A part of a line that changes from run to run (the whole match, or its
// first group when it has one), and the pattern written for it.
struct Varying {
    QRegularExpression found;
    QString pattern;
};

const QList<Varying> &varyingParts()
{
    static const QString date = QStringLiteral("(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?[0-9]{1,2} "
                                               "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} "
                                               "[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}");
    static const QList<Varying> parts = {
        // RFC 5322 §3.3 (Date:, Received:).
        {QRegularExpression(QStringLiteral("\\b") + date), date},
        // RFC 1939 §7: the APOP timestamp in the POP3 greeting, <pid.clock.n@host>.
        {QRegularExpression(QStringLiteral("(?<=<)[0-9]+\\.[0-9]+\\.[0-9]+(?=@)")),
         QStringLiteral("[0-9]+\\.[0-9]+\\.[0-9]+")},
        // A Message-Id's random part (a UUID).
        {QRegularExpression(
             QStringLiteral("(?<=<)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=@)")),
         QStringLiteral("[0-9a-f-]{36}")},
        // RFC 1870: a MAIL command's declared size counts the Date: header.
        {QRegularExpression(QStringLiteral("^MAIL FROM:.*\\bSIZE=([0-9]+)"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("[0-9]+")},
    };
    return parts;
}

// The MIME boundaries (RFC 2046 §5.1.1) a connection's lines declare: random.
QStringList boundariesOf(const QStringList &lines)
{
    static const QRegularExpression parameter(QStringLiteral("\\bboundary=\"([^\"]+)\""),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QString &line : lines) {
        for (const QRegularExpressionMatch &m : parameter.globalMatch(line)) {
            if (!found.contains(m.captured(1)))
                found.append(m.captured(1));
        }
    }
    return found;
}

// An expected line: exact, or a pattern when a part of it varies.
ScriptStep expectedStep(const QString &text, const QStringList &boundaries)
{
    struct Span {
        qsizetype start;
        qsizetype end;
        QString pattern;
    };
    QList<Span> spans;
    for (const Varying &part : varyingParts()) {
        const int group = part.found.captureCount() > 0 ? 1 : 0;
        for (const QRegularExpressionMatch &m : part.found.globalMatch(text))
            spans.append({m.capturedStart(group), m.capturedEnd(group), part.pattern});
    }
    for (const QString &boundary : boundaries) {
        for (qsizetype at = text.indexOf(boundary); at >= 0;
             at = text.indexOf(boundary, at + boundary.size()))
            spans.append({at, at + boundary.size(), QStringLiteral("[^\\s\"]+")});
    }
    ScriptStep step;
    step.text = text;
    if (spans.isEmpty())
        return step;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QString pattern;
    qsizetype done = 0;
    for (const Span &span : std::as_const(spans)) {
        if (span.start < done)
            continue; // overlaps one already taken
        pattern += ScriptNotation::escapePattern(QStringView(text).mid(done, span.start - done));
        pattern += span.pattern;
        done = span.end;
    }
    pattern += ScriptNotation::escapePattern(QStringView(text).mid(done));
    step.match = ScriptStep::Match::Pattern;
    step.text = pattern;
    return step;
}

} // namespace

QString script(const Transcript &transcript, int connectionId, ScriptStep::Side expected)
{
    QList<const TranscriptEvent *> events;
    for (const TranscriptEvent &event : transcript.events()) {
        if (event.connectionId == connectionId && connectionId > 0)
            events.append(&event);
    }
    if (events.isEmpty())
        return QString();

    QString client;
    QString server;
    Protocol protocol = Protocol::None;
    QStringList expectedLines;
    for (const TranscriptEvent *event : std::as_const(events)) {
        if (event->kind == TranscriptEvent::Kind::ConnectionOpened
            || event->direction == TranscriptEvent::Direction::ClientToServer) {
            client = client.isEmpty() ? event->from : client;
            server = server.isEmpty() ? event->to : server;
        } else if (event->direction == TranscriptEvent::Direction::ServerToClient) {
            client = client.isEmpty() ? event->to : client;
            server = server.isEmpty() ? event->from : server;
        }
        if (protocol == Protocol::None)
            protocol = event->protocol;
        const bool expectedSide = (event->direction == TranscriptEvent::Direction::ClientToServer)
            == (expected == ScriptStep::Side::Client);
        if (event->kind == TranscriptEvent::Kind::Line && expectedSide)
            expectedLines.append(QString::fromUtf8(event->raw));
    }
    const QStringList boundaries = boundariesOf(expectedLines);
    const QString fedHost = expected == ScriptStep::Side::Server ? client : server;

    QList<ScriptStep> steps;
    for (const TranscriptEvent *event : std::as_const(events)) {
        if (event->kind == TranscriptEvent::Kind::ConnectionClosed && !fedHost.isEmpty()
            && event->from == fedHost) {
            ScriptStep drop;
            drop.kind = ScriptStep::Kind::Drop;
            steps.append(drop);
            continue;
        }
        if (event->kind != TranscriptEvent::Kind::Line)
            continue;
        const ScriptStep::Side side = event->direction == TranscriptEvent::Direction::ClientToServer
            ? ScriptStep::Side::Client
            : ScriptStep::Side::Server;
        const QString text = QString::fromUtf8(event->raw);
        ScriptStep step;
        if (side == expected) {
            step = expectedStep(text, boundaries);
        } else {
            step.text = text;
        }
        step.side = side;
        steps.append(step);
    }

    const QString name = QStringLiteral("# connection #%1: %2 -> %3 (%4), from a transcript of Carteiro\n")
                             .arg(connectionId)
                             .arg(printable(client.toUtf8()), printable(server.toUtf8()),
                                  protocolName(protocol));
    const QString whose = expected == ScriptStep::Side::Server
        ? QStringLiteral("# expected: the server's lines (S:, S~ where a part varies); "
                         "fed: the client's (C:)\n")
        : QStringLiteral("# expected: the client's lines (C:, C~ where a part varies); "
                         "fed: the server's (S:)\n");
    return name + whose + ScriptNotation::write(steps);
}

} // namespace TranscriptFormatter
