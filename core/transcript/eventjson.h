// SPDX-License-Identifier: GPL-3.0-or-later
// eventjson.h — a transcript event as JSON, and back: the one encoder.
//
// The words and field names of an event in JSON are written here once, for
// every place that writes or reads events as JSON: a world file's transcript
// (core/persist) and the JSON lines of `carteiro --json` (TranscriptFormatter).
// Both are described in docs/world-file.md.
//
// An event has two JSON forms, which differ only in how text is given:
//  - Form::Exact keeps everything, to be read back: `raw` and `code` are
//    octets (a string when valid UTF-8, else {"base64": "…"}), `note` is the
//    note's text as it reads now (a coded note also keeps `noteCode` and
//    `noteArgs`, from which a reader makes its sentence again), and a field
//    at its default value is left out.
//  - Form::Display is for people and their scripts (`--json`): a line's octets
//    are in `line` as printable text (TranscriptFormatter::printable: nothing
//    a peer sends can drive a terminal), the note and its arguments are
//    printable too, `code` is text, and `from` is always there (empty when no
//    host acted). It is not read back.
// Either form can mask a password (Passwords::Masked): the line of a
// sensitive event then carries TranscriptFormatter::maskedSecret().
//
// Reading (decode) takes the Exact form. What the JSON values are and whether
// they are well formed is checked by the caller's Fields (a world file reports
// "transcript[3].seq: expected a whole number, found a string"); decode knows
// which fields an event has, their words and ranges, and reports a word it does
// not know through Fields::reject(), so the caller words the message.
#pragma once

#include "transcriptevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace EventJson {

enum class Form : quint8 {
    Exact, // lossless, read back (world files)
    Display // printable text for people and scripts (--json)
};

enum class Passwords : quint8 {
    Shown, // a sensitive line as it was sent
    Masked // "PASS ****", "AUTH PLAIN ****" …
};

// The event as a JSON object.
QJsonObject encode(const TranscriptEvent &event, Form form = Form::Exact,
                   Passwords passwords = Passwords::Shown);
// The same as one line of compact JSON, without a newline.
QByteArray encodeLine(const TranscriptEvent &event, Form form = Form::Exact,
                      Passwords passwords = Passwords::Shown);

// Octets that are almost always text (a line, an address, a UID): a JSON
// string when they are valid UTF-8, else {"base64": "…"}, so any octet
// survives. World files write UIDs, senders and recipients the same way.
QJsonValue octets(const QByteArray &bytes);
// The member of the {"base64": "…"} form.
inline constexpr const char *base64Key = "base64";

// The stable words (never translated) of the event's enums, and back
// (nullopt for a word that is not one of them).
QString kindWord(TranscriptEvent::Kind kind);
std::optional<TranscriptEvent::Kind> kindFromWord(const QString &word);
std::optional<Protocol> protocolFromWord(const QString &word); // protocolName()'s words
std::optional<Phase> phaseFromWord(const QString &word); // phaseName()'s words
QString directionWord(TranscriptEvent::Direction direction); // "C", "S"; empty for None
QString outcomeWord(TranscriptEvent::Outcome outcome); // "passed", "failed"; empty for None

// ---- reading ----

// Where decode() takes the fields of one event from. Each read gives the
// member `key` of the event's object, checked by the implementation; a member
// that is missing (when it may be), of the wrong type or out of range gives
// the default value (0, empty, false), the implementation keeping the problem.
class Fields
{
public:
    enum class Presence : quint8 {
        Required,
        Optional
    };

    // What decode() finds wrong in values that were well formed.
    enum class Problem : quint8 {
        OutOfOrder, // `seq` is not the expected position
        UnknownKind,
        UnknownProtocol,
        UnknownDirection, // not "C" or "S"
        UnknownPhase,
        UnknownOutcome, // not "passed" or "failed"
        UnknownRole // not one of LineRoles::name()'s words
    };

    virtual ~Fields() = default;
    virtual qint64 integer(const QString &key, qint64 minimum, qint64 maximum, Presence presence) = 0;
    virtual QString text(const QString &key, qsizetype maximumLength, Presence presence) = 0;
    virtual bool has(const QString &key) = 0; // whether the member is there at all
    virtual bool flag(const QString &key) = 0; // optional, false when absent
    virtual QByteArray octets(const QString &key) = 0; // optional, as octets() writes them
    // Optional: a list of at most `maximumCount` strings, each at most
    // `maximumLength` long.
    virtual QStringList texts(const QString &key, qsizetype maximumCount, qsizetype maximumLength) = 0;
    // `found` is the value as read (for UnknownX) or the sequence found
    // (OutOfOrder, with `expected` the position it should have had).
    virtual void reject(const QString &key, Problem problem, const QString &found, qint64 expected) = 0;
};

struct Limits {
    qint64 sequence = -1; // the position the event must have; -1: any
    qint64 maximumSequence = std::numeric_limits<int>::max();
    qint64 maximumMs = 100LL * 365 * 24 * 3600 * 1000; // a century
};

// One event in the Exact form. An expectation saved without `outcome` (files
// from before it existed) takes its verdict from the note's first word: "OK"
// is passed, in every language. A note whose `noteCode` this version knows is
// made again from its arguments, in the reader's language; an unknown code
// keeps the saved text.
TranscriptEvent decode(Fields &fields, const Limits &limits = {});

} // namespace EventJson
