// SPDX-License-Identifier: GPL-3.0-or-later
// transcriptformatter.h — the transcript as text.
//
// The course's notation: "S: 220 servidor.edu" and "C: HELO cliente.fr", with
// time, connection and hosts in front; JSON lines for machines; and one
// connection as a script (scenario/scriptnotation.h) to replay as a test.
#pragma once

#include "scenario/scriptnotation.h"
#include "transcriptevent.h"

#include <QString>

class Transcript;

namespace TranscriptFormatter {

struct Options {
    bool showTime = true;
    bool showHosts = true;
    bool hidePasswords = false; // replace sensitive text with "****"
};

// A sensitive line with its secret replaced by "****": "PASS ****",
// "AUTH PLAIN ****", and a bare AUTH continuation (a user name or password in
// base64) as "****". What carries no secret ("AUTH LOGIN", the "*" that
// cancels, an APOP line: its digest is not the password) is kept.
QByteArray maskedSecret(const QByteArray &raw);

// One line of text, no trailing newline. Non-printable octets are shown as
// \xNN so that peer text can never drive a terminal (Postfix's printable()).
QString courseLine(const TranscriptEvent &event, const Options &options = {});
// The same as UTF-8, appended to `out` (the fast path for --serve's stream),
// with a '\n' after it when `newline` (a line of a stream or a file).
void appendCourseLine(QByteArray &out, const TranscriptEvent &event, const Options &options = {},
                      bool newline = false);
// `count` events given by their addresses, each as appendCourseLine() with
// its newline (the lines of one write, as --serve's stream hears them): what
// the stream's writer thread formats (it may read stored events, which do
// not move, but not the transcript's index of its blocks).
void appendCourseLines(QByteArray &out, const TranscriptEvent *const *events, qsizetype count,
                       const Options &options = {});
QByteArray jsonLine(const TranscriptEvent &event, const Options &options = {});
// Octets made printable: controls and DEL as \xNN, 8-bit decoded as UTF-8
// when valid and printable, else as \xNN. Unicode controls, format
// characters (bidirectional overrides) and line or paragraph separators are
// not printable either: nothing a peer sends can move a terminal's cursor,
// start an escape sequence or reorder what a teacher reads.
// (Printable::escape with Style::Escaped, protocol/printable.h.)
QString printable(const QByteArray &bytes);

// One connection of a transcript as a script in the script notation
// (scenario/scriptnotation.h, docs/testing.md): two comment lines (which
// connection, which side is expected), then its lines in the order
// recorded, "C: …" and "S: …", without time, id or hosts, so that
// EngineScript or ScriptPeer replays it as a test. `expected` is the side the
// script checks (the engine under test); the other side's lines are fed,
// written exactly as sent (passwords included). An expected line with a part
// that changes from run to run is written as a pattern ("S~ …"/"C~ …") with
// that part as a regular expression and the rest literal: an RFC 5322 date,
// an APOP timestamp, a Message-Id's random part, a MIME boundary, a MAIL
// command's SIZE= (it counts the date). A connection that the fed side closed
// ends with "X". Lines are written as UTF-8 text: octets that are not UTF-8
// are not kept exactly. Empty if the transcript holds no event of that
// connection.
QString script(const Transcript &transcript, int connectionId, ScriptStep::Side expected);

} // namespace TranscriptFormatter
