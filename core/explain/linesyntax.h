// SPDX-License-Identifier: GPL-3.0-or-later
// linesyntax.h — the shape of a line on the wire, as the explanations read it
// (inside core/explain only): a command's verb and argument, an SMTP reply's
// code, a header line's field name. Shared by the explainer (explanations.cpp)
// and the replay that finds a line's context (linecontext.cpp).
#pragma once

#include <QByteArray>

namespace Explanations::Syntax {

// The verb of a command line, in upper case, spaces around the line ignored
// ("MAIL" for " mail FROM:<a@b>").
QByteArray verbOf(const QByteArray &line);
// What follows the verb, trimmed; empty if nothing.
QByteArray argumentOf(const QByteArray &line);
// An IMAP command line's name, after its tag: "FETCH" for "a3 fetch 1 FLAGS",
// "UID FETCH" for "a4 UID FETCH 1:* FLAGS"; empty when there is none.
QByteArray imapCommandName(const QByteArray &line);
bool isDigit(char c);
// "250-…", "250 …" or "250": the code, or -1.
int smtpReplyCode(const QByteArray &line);
// The field name of a header line ("Subject" in "Subject: hi"), or empty.
QByteArray headerName(const QByteArray &line);

} // namespace Explanations::Syntax
