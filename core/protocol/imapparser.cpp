// SPDX-License-Identifier: GPL-3.0-or-later
// imapparser.cpp — recursive descent over a command's wire form.
//
// A Reader walks the octets: a tag (any atom characters but "+"), a space,
// the command's name, then values separated by single spaces up to the end.
// An atom stops at a space, a parenthesis or the end, except inside the
// brackets of a fetch attribute or a section ("BODY[HEADER.FIELDS (TO)]"),
// which are kept whole with what follows them ("<0.100>"). A literal is
// "{n}" or "{n+}", CR LF, then n octets, which the engine has gathered.
// Errors are words for a BAD response; nothing here allocates more than
// the wire form it was given.
#include "imapparser.h"

#include <QList>

namespace {

// RFC 3501 §9: atom-specials are ( ) { SP CTL % * " \ ]. '%' and '*' are
// list wildcards and '\' starts a flag: both may be part of what a client
// sends where an atom is read (LIST "" *, FLAGS (\Seen)), so they are kept.
bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return c != '(' && c != ')' && c != '{' && c != '"';
}

class Reader
{
public:
    explicit Reader(const QByteArray &wire)
        : m_wire(wire)
    {
    }

    bool atEnd() const { return m_at >= m_wire.size(); }
    char peek() const { return atEnd() ? '\0' : m_wire.at(m_at); }
    QByteArray error() const { return m_error; }

    bool fail(const QByteArray &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    bool atom(QByteArray *out)
    {
        const qsizetype start = m_at;
        int brackets = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '[') {
                ++brackets;
            } else if (c == ']') {
                if (brackets == 0)
                    break;
                --brackets;
            } else if (brackets == 0 && !isAtomChar(c)) {
                break;
            } else if (brackets > 0 && (c == '\r' || c == '\n')) {
                return fail("a line ends inside [ ]");
            }
            ++m_at;
        }
        if (brackets > 0)
            return fail("a [ is not closed");
        if (m_at == start)
            return fail("an atom is missing");
        *out = m_wire.mid(start, m_at - start);
        return true;
    }

    bool quoted(QByteArray *out)
    {
        ++m_at; // the opening quote
        out->clear();
        while (!atEnd()) {
            const char c = m_wire.at(m_at++);
            if (c == '"')
                return true;
            if (c == '\r' || c == '\n')
                return fail("a quoted string may not hold CR or LF (send a literal)");
            if (c == '\\') {
                if (atEnd())
                    break;
                const char escaped = m_wire.at(m_at++);
                if (escaped != '"' && escaped != '\\')
                    return fail("in a quoted string, \\ may only escape \" or \\");
                out->append(escaped);
                continue;
            }
            out->append(c);
        }
        return fail("a quoted string is not closed");
    }

    bool literal(QByteArray *out)
    {
        const qsizetype close = m_wire.indexOf('}', m_at);
        if (close < 0)
            return fail("a literal's { is not closed");
        QByteArray size = m_wire.mid(m_at + 1, close - m_at - 1);
        if (size.endsWith('+'))
            size.chop(1);
        bool ok = false;
        const qint64 n = size.size() <= 18 ? size.toLongLong(&ok) : -1;
        if (!ok || n < 0)
            return fail("a literal's size is not a number");
        m_at = close + 1;
        if (m_wire.mid(m_at, 2) != "\r\n")
            return fail("a literal's size must end its line");
        m_at += 2;
        if (m_wire.size() - m_at < n)
            return fail("a literal is shorter than its size");
        *out = m_wire.mid(m_at, n);
        m_at += n;
        return true;
    }

    bool value(ImapValue *out, int depth)
    {
        if (depth == 0)
            m_valueStart = m_at;
        const char c = peek();
        if (c == '"') {
            out->kind = ImapValue::Kind::Quoted;
            return quoted(&out->text);
        }
        if (c == '{') {
            out->kind = ImapValue::Kind::Literal;
            return literal(&out->text);
        }
        if (c == '(') {
            if (depth >= ImapParser::maximumDepth)
                return fail("lists are nested too deeply");
            ++m_at;
            out->kind = ImapValue::Kind::List;
            if (peek() == ')') {
                ++m_at;
                return true;
            }
            for (;;) {
                ImapValue item;
                if (!value(&item, depth + 1))
                    return false;
                out->items.append(std::move(item));
                if (peek() == ')') {
                    ++m_at;
                    return true;
                }
                // A multipart's parts follow each other with no space
                // (RFC 3501 §9, body-type-mpart = 1*body SP subtype).
                if (peek() == '(' && out->items.constLast().kind == ImapValue::Kind::List)
                    continue;
                if (peek() != ' ')
                    return fail(atEnd() ? "a ( is not closed" : "values must be separated by one space");
                ++m_at;
            }
        }
        if (!atom(&out->text))
            return false;
        out->kind = out->text.compare("NIL", Qt::CaseInsensitive) == 0 ? ImapValue::Kind::Nil
                                                                       : ImapValue::Kind::Atom;
        return true;
    }

    // What is left, from where the last value began to be read.
    QByteArray rest() const { return m_wire.mid(m_valueStart); }
    QByteArray remaining() const { return m_wire.mid(m_at); }

    bool space()
    {
        if (peek() != ' ')
            return fail("a space is missing");
        ++m_at;
        return true;
    }

private:
    const QByteArray &m_wire;
    qsizetype m_at = 0;
    qsizetype m_valueStart = 0;
    QByteArray m_error;
};

} // namespace

namespace ImapParser {

std::optional<Literal> trailingLiteral(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return std::nullopt;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return std::nullopt;
    QByteArray size = line.mid(open + 1, line.size() - open - 2);
    Literal literal;
    if (size.endsWith('+')) {
        literal.nonSynchronizing = true;
        size.chop(1);
    }
    if (size.isEmpty())
        return std::nullopt;
    for (const char c : std::as_const(size)) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    literal.size = size.size() <= 18 ? size.toLongLong() : -1;
    return literal;
}

bool parse(const QByteArray &wire, ImapCommand *command, QByteArray *error)
{
    *command = ImapCommand();
    Reader reader(wire);
    QByteArray tag;
    if (!reader.atom(&tag) || tag.contains('+') || tag.contains('[') || tag.contains(']') || tag.contains('*')
        || tag.contains('%')) {
        *error = "the line must start with a tag (A1, a001 …), then a space and a command";
        return false;
    }
    command->tag = tag;
    QByteArray name;
    if (!reader.space() || !reader.atom(&name)) {
        *error = "a command must follow the tag";
        return false;
    }
    command->name = name.toUpper();
    while (!reader.atEnd()) {
        if (!reader.space()) {
            *error = reader.error();
            return false;
        }
        ImapValue value;
        if (!reader.value(&value, 0)) {
            *error = reader.error();
            return false;
        }
        command->arguments.append(std::move(value));
    }
    return true;
}

bool parseResponse(const QByteArray &wire, ImapCommand *response, QByteArray *error)
{
    *response = ImapCommand();
    Reader reader(wire);
    QByteArray tag;
    if (!reader.atom(&tag)) {
        *error = "a response starts with a tag, * or +";
        return false;
    }
    response->tag = tag;
    if (reader.atEnd())
        return true;
    QByteArray name;
    if (!reader.space() || !reader.atom(&name)) {
        *error = reader.error();
        return false;
    }
    response->name = name.toUpper();
    // OK, NO, BAD, BYE and PREAUTH end in free text (RFC 3501 resp-text):
    // Dovecot's "a2 OK List completed (0.001 + 0.000 secs)." has a dot
    // straight after a parenthesis, which is no value.
    const bool freeText = response->name == "OK" || response->name == "NO" || response->name == "BAD"
        || response->name == "BYE" || response->name == "PREAUTH";
    while (!reader.atEnd()) {
        if (!reader.space()) {
            if (freeText && !response->arguments.isEmpty()) {
                ImapValue rest;
                rest.text = reader.remaining();
                response->arguments.append(rest);
                return true;
            }
            *error = reader.error();
            return false;
        }
        ImapValue value;
        // Response text ("OK [UIDNEXT 3] Predicted next UID") need not be
        // values: what cannot be read is kept as one atom to the end.
        if (!reader.value(&value, 0)) {
            value = ImapValue();
            value.text = reader.rest();
            response->arguments.append(value);
            return true;
        }
        response->arguments.append(std::move(value));
    }
    return true;
}

QList<QByteArray> heardLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (text.endsWith('\n'))
        lines.removeLast();
    if (lines.isEmpty())
        lines.append(QByteArray());
    return lines;
}

QByteArray quoted(const QByteArray &octets)
{
    bool plain = octets.size() <= 1024;
    for (const char c : octets) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\r' || u == '\n' || u == 0 || u >= 0x80) {
            plain = false;
            break;
        }
    }
    if (!plain)
        return '{' + QByteArray::number(octets.size()) + "}\r\n" + octets;
    QByteArray out;
    out.reserve(octets.size() + 2);
    out += '"';
    for (const char c : octets) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray nstring(const std::optional<QByteArray> &octets)
{
    return octets ? quoted(*octets) : QByteArrayLiteral("NIL");
}

bool sequenceSet(const QByteArray &text, quint32 largest, QList<Range> *ranges)
{
    ranges->clear();
    if (text.isEmpty())
        return false;
    const auto number = [largest](const QByteArray &part, quint32 *out) {
        if (part == "*") {
            *out = largest;
            return true;
        }
        bool ok = false;
        const qulonglong n = part.toULongLong(&ok);
        if (!ok || n == 0 || n > 0xffffffffULL || part.startsWith('+'))
            return false;
        *out = quint32(n);
        return true;
    };
    QList<Range> found;
    for (const QByteArray &piece : text.split(',')) {
        const qsizetype colon = piece.indexOf(':');
        Range range;
        if (colon < 0) {
            if (!number(piece, &range.first))
                return false;
            range.last = range.first;
        } else {
            quint32 a = 0;
            quint32 b = 0;
            if (!number(piece.left(colon), &a) || !number(piece.mid(colon + 1), &b))
                return false;
            range.first = qMin(a, b); // "4:2" is "2:4" (RFC 3501 §9)
            range.last = qMax(a, b);
        }
        found.append(range);
    }
    std::sort(found.begin(), found.end(), [](const Range &a, const Range &b) { return a.first < b.first; });
    for (const Range &range : std::as_const(found)) {
        if (!ranges->isEmpty() && range.first <= ranges->last().last + 1)
            ranges->last().last = qMax(ranges->last().last, range.last);
        else
            ranges->append(range);
    }
    return true;
}

bool contains(const QList<Range> &ranges, quint32 number)
{
    for (const Range &range : ranges) {
        if (number >= range.first && number <= range.last)
            return true;
    }
    return false;
}

} // namespace ImapParser
