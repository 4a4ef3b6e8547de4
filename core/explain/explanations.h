// SPDX-License-Identifier: GPL-3.0-or-later
// explanations.h — what each command, reply code and event means, in plain words.
//
// The catalogue the inspector shows for a selected line: a short title, a
// plain-language explanation for a student, and the RFC section it comes
// from (e.g. RFC 5321 §4.1.1.2 for MAIL). Texts go through tr() (context
// "Explanations") so they are translated with the rest of the interface.
//
// A line alone does not always say what it is: "DATA" may be a command or a
// line of a message, "1 616" is a POP3 listing line only after LIST. So a
// line can be explained with a LineContext, which contextOf() works out from
// the transcript by replaying the connection's lines (the SMTP client and
// server states of RFC 5321 §4.1.4 and §4.5.2; POP3's multi-line responses,
// RFC 1939 §3).
//
// The tables are data, one file per subject (catalogue.h lists them); the
// choice of a row is explanations.cpp's, the replay linecontext.cpp's.
#pragma once

#include "transcript/transcriptevent.h"

#include <QList>
#include <QString>

class Transcript;

// A further point about a line: the enhanced status code of a reply
// (RFC 3463), a POP3 response code (RFC 2449 §8), a MAIL parameter…
struct ExplanationDetail {
    QString title; // "5.1.1: bad destination mailbox address"
    QString text;
    QString rfc; // "RFC 3463 §3.2"
};

struct Explanation {
    QString title; // "MAIL FROM: the sender of the envelope"
    QString text; // a few sentences for a student
    QString rfc; // "RFC 5321 §4.1.1.2"; empty when none applies
    QList<ExplanationDetail> details;
    bool isEmpty() const { return title.isEmpty() && text.isEmpty(); }
};

namespace Explanations {

// What a line is within its conversation (protocol/linerole.h). Unknown:
// decide from the line itself (verb, reply code, shape). A greeting is read
// as a Reply that answers nothing.
using ::LineRole;

struct LineContext {
    LineRole role = LineRole::Unknown;
    // For replies and listing/content lines: the verb of the command answered
    // ("EHLO", "MAIL", "LIST"), "." for the end of DATA content, "AUTH" for an
    // answer within an AUTH exchange; empty for a greeting or when unknown.
    QByteArray answeredVerb;
    // The transcript index of the command answered, or -1.
    qsizetype answeredIndex = -1;
    // SMTP multi-line replies: whether this is the reply's first line.
    bool firstLineOfReply = true;
    // Message content: after the blank line that ends the header section.
    bool inBody = false;
    // Message content: for a folded header line (starts with a space or tab),
    // the name of the field it continues ("Received").
    QByteArray foldedField;
};

// A line on the wire: a command (by its verb) or a reply (by its code).
// Without a context the role is guessed from the line and the phase.
Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase = Phase::None);
Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase, const LineContext &context);
// Any event: lines as above (role guessed), and connections, DNS lookups,
// queue decisions…
Explanation forEvent(const TranscriptEvent &event);
// A TLS handshake message or alert (TranscriptEvent::Kind::TlsHandshake):
// what it says and why, with its section of RFC 8446 or RFC 5246, and the
// certificate's subject and issuer for a Certificate.
Explanation forTlsMessage(const TranscriptEvent &event);
// An event of a transcript: lines explained in their context.
Explanation forEvent(const Transcript &transcript, qsizetype index);
// The role of the line at this index, found by replaying its connection.
LineContext contextOf(const Transcript &transcript, qsizetype index);

// Pieces, also used on their own.
Explanation forSmtpReplyCode(int code);
// Its title only, in `language` (gl, es, en) rather than the interface's:
// for a page read by one student (core/web's catalogues).
QString smtpReplyCodeTitle(int code, const QString &language);
// "5.1.1" → bad destination mailbox address (RFC 3463); empty if unknown.
ExplanationDetail forEnhancedStatusCode(const QByteArray &code);
// An EHLO keyword ("PIPELINING", "SIZE"…); empty if unknown.
Explanation forEhloKeyword(const QByteArray &keyword);
// A header field of a message, by name ("Subject"); a generic text if unknown.
Explanation forHeaderField(const QByteArray &name);

// The course's name of a phase ("Apertura (handshake)" in Galician).
QString phaseTitle(Phase phase);
// The same, short enough for the timeline's gutter in every language
// ("Opening", "AUTHORIZATION"); the whole title is in its tooltip.
QString phaseShortTitle(Phase phase);
// What the course calls an RFC that was replaced: for "RFC 5321 §4.1.1.2",
// that it replaced RFC 2821 (the course's) and RFC 821; for RFC 5322, 2822
// and 822; for RFC 3501, 2060 and 1730 (and that RFC 9051 is IMAP4rev2).
// Empty for an RFC with no older number.
QString rfcLineage(const QString &rfc);

} // namespace Explanations
