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

// One line of text, no trailing newline. Non-printable octets are shown as
// \xNN so that peer text can never drive a terminal (Postfix's printable()).
QString courseLine(const TranscriptEvent &event, const Options &options = {});
// The same as UTF-8, appended to `out` (the fast path for --serve's stream).
void appendCourseLine(QByteArray &out, const TranscriptEvent &event, const Options &options = {});
QByteArray jsonLine(const TranscriptEvent &event);
// Octets made printable: controls and DEL as \xNN, 8-bit decoded as UTF-8
// when valid, else as \xNN.
QString printable(const QByteArray &bytes);

} // namespace TranscriptFormatter
