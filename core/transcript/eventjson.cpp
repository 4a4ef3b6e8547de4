// SPDX-License-Identifier: GPL-3.0-or-later
// eventjson.cpp — the one encoder of a transcript event as JSON, and its decoder.
//
// encode() writes the fields of a TranscriptEvent under the names and words
// documented in docs/world-file.md, in the Exact form (world files) or the
// Display form (`--json`); decode() reads the Exact form back through the
// caller's checked Fields. The words of the event's enums live here and
// nowhere else, so a new kind of event or protocol is added in one place.
#include "eventjson.h"

#include "transcriptformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace EventJson {

namespace {

struct KindWord {
    TranscriptEvent::Kind kind;
    const char *word;
};
const KindWord kindWords[] = {
    {TranscriptEvent::Kind::Line, "line"},
    {TranscriptEvent::Kind::ConnectionOpened, "connect"},
    {TranscriptEvent::Kind::ConnectionClosed, "close"},
    {TranscriptEvent::Kind::DnsLookup, "dns"},
    {TranscriptEvent::Kind::Queue, "queue"},
    {TranscriptEvent::Kind::Delivery, "delivery"},
    {TranscriptEvent::Kind::Caption, "caption"},
    {TranscriptEvent::Kind::Expectation, "expect"},
    {TranscriptEvent::Kind::Note, "note"},
    {TranscriptEvent::Kind::TlsHandshake, "tls-handshake"},
    {TranscriptEvent::Kind::TlsRecord, "tls-record"},
    {TranscriptEvent::Kind::TcpSegment, "tcp-segment"},
};

const Protocol protocols[] = {Protocol::Smtp, Protocol::Pop3, Protocol::Dns, Protocol::Imap, Protocol::Http};
const Phase phases[] = {Phase::Opening,     Phase::Transfer, Phase::Closing,          Phase::Authorization,
                        Phase::Transaction, Phase::Update,   Phase::NotAuthenticated, Phase::Authenticated,
                        Phase::Selected,    Phase::Logout,   Phase::Exchange};

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

} // namespace

QString kindWord(TranscriptEvent::Kind kind)
{
    for (const KindWord &k : kindWords) {
        if (k.kind == kind)
            return QLatin1String(k.word);
    }
    return QString();
}

std::optional<TranscriptEvent::Kind> kindFromWord(const QString &word)
{
    for (const KindWord &k : kindWords) {
        if (word == QLatin1String(k.word))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<Protocol> protocolFromWord(const QString &word)
{
    for (const Protocol p : protocols) {
        if (word == protocolName(p))
            return p;
    }
    return std::nullopt;
}

std::optional<Phase> phaseFromWord(const QString &word)
{
    for (const Phase p : phases) {
        if (word == phaseName(p))
            return p;
    }
    return std::nullopt;
}

QString directionWord(TranscriptEvent::Direction direction)
{
    switch (direction) {
    case TranscriptEvent::Direction::ClientToServer: return QStringLiteral("C");
    case TranscriptEvent::Direction::ServerToClient: return QStringLiteral("S");
    case TranscriptEvent::Direction::None: break;
    }
    return QString();
}

QString outcomeWord(TranscriptEvent::Outcome outcome)
{
    switch (outcome) {
    case TranscriptEvent::Outcome::Passed: return QStringLiteral("passed");
    case TranscriptEvent::Outcome::Failed: return QStringLiteral("failed");
    case TranscriptEvent::Outcome::None: break;
    }
    return QString();
}

QJsonValue octets(const QByteArray &bytes)
{
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QJsonObject{{QLatin1String(base64Key), QString::fromLatin1(bytes.toBase64())}};
}

// ---- writing ----

QJsonObject encode(const TranscriptEvent &event, Form form, Passwords passwords)
{
    const bool display = form == Form::Display;
    const QByteArray &raw = event.sensitive && passwords == Passwords::Masked
        ? TranscriptFormatter::maskedSecret(event.raw)
        : event.raw;
    QJsonObject o;
    o.insert(QStringLiteral("seq"), event.sequence);
    o.insert(QStringLiteral("ms"), event.timeMs);
    o.insert(QStringLiteral("kind"), kindWord(event.kind));
    if (event.connectionId != 0)
        o.insert(QStringLiteral("conn"), event.connectionId);
    // A script reading --json finds "from" on every line.
    if (!event.from.isEmpty() || display)
        o.insert(QStringLiteral("from"), event.from);
    if (!event.to.isEmpty())
        o.insert(QStringLiteral("to"), event.to);
    if (event.protocol != Protocol::None)
        o.insert(QStringLiteral("protocol"), protocolName(event.protocol));
    if (event.direction != TranscriptEvent::Direction::None)
        o.insert(QStringLiteral("dir"), directionWord(event.direction));
    if (event.phase != Phase::None)
        o.insert(QStringLiteral("phase"), phaseName(event.phase));
    if (event.outcome != TranscriptEvent::Outcome::None)
        o.insert(QStringLiteral("outcome"), outcomeWord(event.outcome));
    if (event.sensitive)
        o.insert(QStringLiteral("sensitive"), true);
    if (event.tls)
        o.insert(QStringLiteral("tls"), true);
    if (event.reset)
        o.insert(QStringLiteral("reset"), true);
    if (event.role != LineRole::Unknown)
        o.insert(QStringLiteral("role"), QLatin1String(LineRoles::name(event.role)));
    if (event.continued)
        o.insert(QStringLiteral("continued"), true);
    if (event.answers >= 0)
        o.insert(QStringLiteral("answers"), event.answers);
    // A coded note keeps its code and arguments, and its text as it reads
    // now, for a reader that does not know the code.
    const QString note = event.noteText();
    if (display) {
        if (event.kind == TranscriptEvent::Kind::Line)
            o.insert(QStringLiteral("line"), TranscriptFormatter::printable(raw));
        if (!event.code.isEmpty())
            o.insert(QStringLiteral("code"), QString::fromLatin1(event.code));
        if (!note.isEmpty())
            o.insert(QStringLiteral("note"), TranscriptFormatter::printable(note.toUtf8()));
    } else {
        if (!raw.isEmpty())
            o.insert(QStringLiteral("raw"), octets(raw));
        if (!event.code.isEmpty())
            o.insert(QStringLiteral("code"), octets(event.code));
        if (!note.isEmpty())
            o.insert(QStringLiteral("note"), note);
    }
    if (event.noteCode != NoteCode::None) {
        o.insert(QStringLiteral("noteCode"), Notes::name(event.noteCode));
        QJsonArray arguments;
        for (const QString &argument : event.noteArguments)
            arguments.append(display ? TranscriptFormatter::printable(Notes::expand(argument).toUtf8())
                                     : argument);
        o.insert(QStringLiteral("noteArgs"), arguments);
    }
    return o;
}

QByteArray encodeLine(const TranscriptEvent &event, Form form, Passwords passwords)
{
    return QJsonDocument(encode(event, form, passwords)).toJson(QJsonDocument::Compact);
}

// ---- reading ----

TranscriptEvent decode(Fields &fields, const Limits &limits)
{
    using Presence = Fields::Presence;
    using Problem = Fields::Problem;
    // The fields are read in this order and the first problem is the one
    // reported: keep it, so a broken file gives the same message every time.
    TranscriptEvent e;
    const QString seq = QStringLiteral("seq");
    e.sequence = fields.integer(seq, 0, limits.maximumSequence, Presence::Required);
    if (limits.sequence >= 0 && e.sequence != limits.sequence)
        fields.reject(seq, Problem::OutOfOrder, QString::number(e.sequence), limits.sequence);
    e.timeMs = fields.integer(QStringLiteral("ms"), 0, limits.maximumMs, Presence::Required);

    const QString kind = fields.text(QStringLiteral("kind"), 32, Presence::Required);
    if (const auto known = kindFromWord(kind))
        e.kind = *known;
    else
        fields.reject(QStringLiteral("kind"), Problem::UnknownKind, kind, 0);
    e.connectionId = int(
        fields.integer(QStringLiteral("conn"), 0, std::numeric_limits<int>::max() / 2, Presence::Optional));
    e.from = fields.text(QStringLiteral("from"), 1024, Presence::Optional);
    e.to = fields.text(QStringLiteral("to"), 1024, Presence::Optional);

    const QString protocol = fields.text(QStringLiteral("protocol"), 16, Presence::Optional);
    if (!protocol.isEmpty()) {
        if (const auto known = protocolFromWord(protocol))
            e.protocol = *known;
        else
            fields.reject(QStringLiteral("protocol"), Problem::UnknownProtocol, protocol, 0);
    }
    const QString direction = fields.text(QStringLiteral("dir"), 4, Presence::Optional);
    if (direction == directionWord(TranscriptEvent::Direction::ClientToServer))
        e.direction = TranscriptEvent::Direction::ClientToServer;
    else if (direction == directionWord(TranscriptEvent::Direction::ServerToClient))
        e.direction = TranscriptEvent::Direction::ServerToClient;
    else if (!direction.isEmpty())
        fields.reject(QStringLiteral("dir"), Problem::UnknownDirection, direction, 0);
    const QString phase = fields.text(QStringLiteral("phase"), 32, Presence::Optional);
    if (!phase.isEmpty()) {
        if (const auto known = phaseFromWord(phase))
            e.phase = *known;
        else
            fields.reject(QStringLiteral("phase"), Problem::UnknownPhase, phase, 0);
    }
    const QString outcome = fields.text(QStringLiteral("outcome"), 8, Presence::Optional);
    if (outcome == outcomeWord(TranscriptEvent::Outcome::Passed))
        e.outcome = TranscriptEvent::Outcome::Passed;
    else if (outcome == outcomeWord(TranscriptEvent::Outcome::Failed))
        e.outcome = TranscriptEvent::Outcome::Failed;
    else if (!outcome.isEmpty())
        fields.reject(QStringLiteral("outcome"), Problem::UnknownOutcome, outcome, 0);

    e.sensitive = fields.flag(QStringLiteral("sensitive"));
    e.tls = fields.flag(QStringLiteral("tls"));
    // Files saved before "reset" existed read as orderly closes (FIN).
    e.reset = fields.flag(QStringLiteral("reset"));
    const QString role = fields.text(QStringLiteral("role"), 32, Presence::Optional);
    if (!role.isEmpty()) {
        e.role = LineRoles::fromName(role.toLatin1());
        if (e.role == LineRole::Unknown)
            fields.reject(QStringLiteral("role"), Problem::UnknownRole, role.left(32), 0);
    }
    e.continued = fields.flag(QStringLiteral("continued"));
    if (fields.has(QStringLiteral("answers")))
        e.answers = fields.integer(QStringLiteral("answers"), 0, limits.maximumSequence, Presence::Required);
    e.raw = fields.octets(QStringLiteral("raw"));
    e.code = fields.octets(QStringLiteral("code"));
    e.note = fields.text(QStringLiteral("note"), 1024 * 1024, Presence::Optional);

    // Files saved before "outcome" existed kept the verdict only in the
    // note's first word; "OK" is the same in every language.
    if (e.kind == TranscriptEvent::Kind::Expectation && outcome.isEmpty()) {
        e.outcome = e.note.startsWith(QLatin1String("OK ")) ? TranscriptEvent::Outcome::Passed
                                                            : TranscriptEvent::Outcome::Failed;
    }

    // A note's code this version knows is shown again from its arguments,
    // in the reader's language; an unknown one keeps the saved text.
    const NoteCode noteCode = Notes::fromName(
        fields.text(QStringLiteral("noteCode"), 64, Presence::Optional));
    if (noteCode != NoteCode::None) {
        e.noteArguments = fields.texts(QStringLiteral("noteArgs"), 32, 64 * 1024);
        e.noteCode = noteCode;
        e.note.clear();
    }
    return e;
}

} // namespace EventJson
