// SPDX-License-Identifier: GPL-3.0-or-later
// scenariolexer.h — a scenario file's line as tokens, and the kinds of word a
// line may hold.
//
// Inside core/scenario only (ScenarioParser's reader, scenarioreader.h): a
// line's bytes are decoded, checked to be text and split into words and quoted
// texts; the word classes (host name, address, language code, name) and the
// wording of what was found ("quoted text …", "; did you mean …?") are here so
// that every statement says them the same way.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ScenarioLexer {

struct Token {
    QString text;
    int column = 0; // 1-based, in characters
    bool quoted = false;
};

// Why a line cannot be read: the column and the message for the error.
struct Problem {
    int column = 0;
    QString message;
};

// --- a line ---

// Teachers' editors may save Latin-1: a line that is not UTF-8 is read as Latin-1.
QString decode(const QByteArray &bytes);
// False, with the problem, when the line holds a control character (binary data).
bool checkCharacters(const QString &text, Problem *problem);
// The words and quoted texts of a line up to a '#' comment, into `tokens`;
// `endColumn` is the column after the last one (1 for none). False, with the
// problem, on a quoted text that is not closed (`tokens` holds those before it).
bool tokenize(const QString &text, QList<Token> *tokens, int *endColumn, Problem *problem);

// --- what was found, in a message ---

// Between quotes, control characters as \xNN and a long word cut.
QString quoted(const QString &text);
// A token as found ("quoted text "…"" when quoted); "the end of the line" for none.
QString describe(const Token *token);
// The names joined by commas, or "(none)".
QString listOrNone(QStringList names);
// "; did you mean "send"?" when a candidate is close enough, else empty.
QString suggestion(const QString &word, const QStringList &candidates);
// Edits between two short words, a swap of neighbours counting as one.
int editDistance(const QString &a, const QString &b);

// --- kinds of word ---

bool isHostName(const QString &name);
// local@domain; the local part may hold non-ASCII letters, the domain not.
bool isAddress(const QString &address);
// The domain of an address in lower case, the local part as written.
QString normalizedAddress(const QString &address);
bool isLanguageCode(const QString &word); // gl, es, en, pt-BR, …
bool isName(const QString &word); // a client's or a user's name: letters, digits, '-', '_', '.'

} // namespace ScenarioLexer
