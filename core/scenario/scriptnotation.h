// SPDX-License-Identifier: GPL-3.0-or-later
// scriptnotation.h — the one notation of a scripted dialogue, its parser and
// its writer.
//
// A script is one connection told line by line in the course's notation:
//
//     C: text      the client says this line, exactly
//     S: text      the server says this line, exactly
//     C~ regex     a client line matching a regular expression (the whole line)
//     S~ regex     a server line matching a regular expression (the whole line)
//     X            the connection drops
//     T            the idle deadline passes
//     W: ms        wait this many milliseconds
//     # comment    and blank lines are skipped
//
// The text of a C:/S: line is the rest of the line after one optional space,
// taken exactly (a message line that starts with spaces keeps them). Tags are
// read in either case and may be indented. Who plays which side is the
// reader's business: EngineScript (tests) feeds one side to an engine and
// checks what it says against the other, ScriptPeer (tests) plays a server
// over a socket, and a scenario's "session … end" block (ScriptSession) plays
// a client. TranscriptFormatter::script() writes a captured connection in it,
// so that a session seen in a real run can be replayed as a test.
//
// A scenario's session is the part of the notation teachers write
// (docs/scenarios.md, "session"), read as it always was: only C: and S:
// lines, their text trimmed, and "*" in an S: line matches any text.
// The full notation is described in docs/testing.md.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

struct ScriptStep {
    enum class Kind : quint8 {
        Line, // "C: …", "S: …", "C~ …", "S~ …": a line said by `side`
        Drop, // "X"
        Timeout, // "T"
        Wait // "W: ms"
    };
    enum class Side : quint8 {
        Client,
        Server
    };
    enum class Match : quint8 {
        Exact, // "C:"/"S:": the line is the text
        Wildcard, // "S:" in a scenario's session: '*' in the text matches any text
        Pattern // "C~"/"S~": the text is a regular expression for the whole line
    };

    Kind kind = Kind::Line;
    Side side = Side::Client; // Line
    Match match = Match::Exact; // Line
    QString text; // Line: the text, or the pattern
    int milliseconds = 0; // Wait
    int line = 0; // where it was read: 1-based line…
    int column = 0; // …and column of its tag

    bool isLine(Side who) const { return kind == Kind::Line && side == who; }
    // The one matcher: whether a line said matches this Line step.
    bool matches(const QString &said) const;
    // The same for octets (UTF-8); an exact step compares octets.
    bool matches(const QByteArray &said) const;
};

namespace ScriptNotation {

enum class Dialect : quint8 {
    Test, // every step; a C:/S: line's text exact after one optional space
    ScenarioSession // a scenario's session: C:/S: only, text trimmed, '*' in S: lines
};

// How one line of a script reads.
struct LineReading {
    enum class Kind : quint8 {
        Step, // `step` holds it
        Skip, // blank, or a '#' comment
        Unknown // not a step of this dialect (a scenario's reader then tries
            // its own statements); `problem` says why, in English
    };
    Kind kind = Kind::Skip;
    ScriptStep step;
    QString problem;
};

// One line (without its line end); `lineNumber` is stored in the step.
LineReading readLine(QStringView text, int lineNumber, Dialect dialect = Dialect::Test);

struct Script {
    QList<ScriptStep> steps;
    int errorLine = 0; // the first line that is not in the notation (1-based); 0: none
    QString error; // what is wrong with it, in English (test output, never a user's)
    bool ok() const { return errorLine == 0; }
};

// A whole script: lines end in LF or CR LF. Stops at the first line that is
// not in the notation.
Script parse(QStringView script, Dialect dialect = Dialect::Test);

// A step as a line of the notation, read back by readLine() (Dialect::Test)
// as the same step: "C: HELO cliente.fr", "S~ 220 .*", "X", "T", "W: 100".
// An empty line is written "C:" with no trailing space.
QString write(const ScriptStep &step);
// Every step, one a line, each ended by '\n'.
QString write(const QList<ScriptStep> &steps);

// `text` with the characters that mean something in a pattern escaped, so
// that as a pattern it matches only itself ("250 2.0.0 Ok" stays readable;
// "." becomes "\.").
QString escapePattern(QStringView text);

} // namespace ScriptNotation
