// SPDX-License-Identifier: GPL-3.0-or-later
// imapparser.h — an IMAP command as the client sent it, read into values.
//
// RFC 3501 §9 (the formal syntax) and RFC 9051 where it clarifies it. A
// command is read whole, in its wire form: its lines with their CR LF and,
// after each line that ends in a literal's size ("{12}" or LITERAL+'s
// "{12+}", RFC 7888), exactly that many octets. The engine gathers that
// form (ImapParser::trailingLiteral() says when a line announces a literal)
// and then parses it here, bytes in, values out, nothing else.
//
// Values are atoms (including flags like \Seen, sequence sets like 1:*,3
// and fetch attributes like BODY.PEEK[HEADER.FIELDS (FROM)]<0.100>, whose
// brackets are kept in the atom's text), quoted strings, literals,
// parenthesised lists and NIL. Nesting is bounded (maximumDepth) so that a
// hostile "((((…" cannot exhaust the stack.
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

struct ImapValue {
    enum class Kind : quint8 {
        Atom,
        Quoted,
        Literal,
        List,
        Nil
    };
    Kind kind = Kind::Atom;
    QByteArray text; // the atom, or the string's octets (unquoted, unescaped)
    QList<ImapValue> items; // a list's values
    bool isString() const { return kind == Kind::Quoted || kind == Kind::Literal; }
    // An atom or a string: RFC 3501's astring (a user name, a mailbox name).
    bool isAString() const { return kind == Kind::Atom || isString(); }
    // The atom in upper case ("FLAGS" for "flags"); empty for other kinds.
    QByteArray upperAtom() const { return kind == Kind::Atom ? text.toUpper() : QByteArray(); }
};

struct ImapCommand {
    QByteArray tag;
    QByteArray name; // upper case: "FETCH", "UID"
    QList<ImapValue> arguments;
};

namespace ImapParser {

constexpr int maximumDepth = 16; // parenthesised lists inside each other

struct Literal {
    qint64 size = 0;
    bool nonSynchronizing = false; // "{n+}": the client does not wait for "+"
};
// The literal a line announces at its end ("A1 LOGIN {4}"), if any. A size
// that does not fit (more than 18 digits) comes back as -1, to be refused.
std::optional<Literal> trailingLiteral(const QByteArray &line);

// Parses a whole command (its lines joined with CR LF and its literals,
// without the last CR LF). On failure returns false with `error` saying what
// was wrong in words for the BAD response, and, when the tag could be read,
// `command->tag` set so the BAD can carry it.
bool parse(const QByteArray &wire, ImapCommand *command, QByteArray *error);
// The same for a server's response, as a client reads it: the tag may be
// "*" (untagged data: "* 3 FETCH (…)" gives tag "*", name "3", then FETCH
// and the list) or "+"; what follows the status of "a1 OK …" is atoms.
bool parseResponse(const QByteArray &wire, ImapCommand *response, QByteArray *error);

// What was read from the peer (a command's line, a literal, a whole
// response) as transcript lines: cut at each LF, a CR before it dropped, no
// empty last line for a final line end, and at least one line.
QList<QByteArray> heardLines(const QByteArray &text);

// An IMAP string for a response: an atom-safe quoted string when the octets
// allow it, else a literal "{n}\r\n…" (RFC 3501 §4.3). NIL for a null.
QByteArray quoted(const QByteArray &octets);
QByteArray nstring(const std::optional<QByteArray> &octets);

// A sequence set ("1:3,7,9:*", RFC 3501 §9) against the largest number in
// use (the "*"). Ranges come back in order, low to high, merged; a set that
// does not parse gives false. Numbers are 1-based; 0 is refused.
struct Range {
    quint32 first = 0;
    quint32 last = 0;
};
bool sequenceSet(const QByteArray &text, quint32 largest, QList<Range> *ranges);
bool contains(const QList<Range> &ranges, quint32 number);

} // namespace ImapParser
