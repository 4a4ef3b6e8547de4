// transcriptformatter.h — the transcript as text.
//
// The course's notation: "S: 220 servidor.edu" and "C: HELO cliente.fr", with
// time, connection and hosts in front; and JSON lines for machines.
#pragma once

#include "transcriptevent.h"

#include <QString>

namespace TranscriptFormatter {

struct Options {
    bool showTime = true;
    bool showHosts = true;
    bool hidePasswords = false;  // replace sensitive text with "****"
};

// A sensitive line with its secret replaced by "****": "PASS ****",
// "AUTH PLAIN ****", "APOP fran ****", and a bare AUTH continuation (a user
// name or password in base64) as "****". What carries no secret ("AUTH LOGIN",
// the "*" that cancels) is kept.
QByteArray maskedSecret(const QByteArray &raw);

// One line of text, no trailing newline. Non-printable octets are shown as
// \xNN so that peer text can never drive a terminal (Postfix's printable()).
QString courseLine(const TranscriptEvent &event, const Options &options = {});
// The same as UTF-8, appended to `out` (the fast path for --serve's stream).
void appendCourseLine(QByteArray &out, const TranscriptEvent &event, const Options &options = {});
QByteArray jsonLine(const TranscriptEvent &event, const Options &options = {});
// Octets made printable: controls and DEL as \xNN, 8-bit decoded as UTF-8
// when valid and printable, else as \xNN. Unicode controls, format
// characters (bidirectional overrides) and line or paragraph separators are
// not printable either: nothing a peer sends can move a terminal's cursor,
// start an escape sequence or reorder what a teacher reads.
QString printable(const QByteArray &bytes);

} // namespace TranscriptFormatter
