// SPDX-License-Identifier: GPL-3.0-or-later
// imapresponse.cpp — reading IMAP responses as a client (see the header).
#include "imapresponse.h"

namespace ImapResponse {

const ImapValue *item(const ImapValue &list, const QByteArray &name)
{
    for (qsizetype i = 0; i + 1 < list.items.size(); i += 2) {
        if (list.items.at(i).kind == ImapValue::Kind::Atom && list.items.at(i).text.toUpper() == name)
            return &list.items.at(i + 1);
    }
    return nullptr;
}

QByteArray parameter(const ImapValue &parameters, const QByteArray &name)
{
    if (parameters.kind != ImapValue::Kind::List)
        return {};
    for (qsizetype i = 0; i + 1 < parameters.items.size(); i += 2) {
        if (parameters.items.at(i).text.compare(name, Qt::CaseInsensitive) == 0)
            return parameters.items.at(i + 1).text;
    }
    return {};
}

namespace {

void collect(const ImapValue &body, const QByteArray &number, QList<Leaf> *out, int depth)
{
    if (body.kind != ImapValue::Kind::List || body.items.isEmpty() || depth > ImapParser::maximumDepth)
        return;
    if (body.items.first().kind == ImapValue::Kind::List) {
        int n = 0;
        for (const ImapValue &child : body.items) {
            if (child.kind != ImapValue::Kind::List)
                break;
            ++n;
            collect(child, number.isEmpty() ? QByteArray::number(n) : number + '.' + QByteArray::number(n),
                    out, depth + 1);
        }
        return;
    }
    Leaf leaf;
    leaf.part = number.isEmpty() ? QByteArray("1") : number;
    leaf.type = body.items.value(0).text.toLower() + '/' + body.items.value(1).text.toLower();
    leaf.charset = parameter(body.items.value(2), "charset").toLower();
    leaf.encoding = body.items.value(5).text.toLower();
    leaf.size = body.items.value(6).text.toLongLong();
    leaf.fileName = parameter(body.items.value(2), "name");
    // The disposition follows the lines (text) or the MD5 (other types).
    const qsizetype dispositionAt = leaf.type.startsWith("text/") ? 9 : 8;
    const ImapValue disposition = body.items.value(dispositionAt);
    if (disposition.kind == ImapValue::Kind::List && !disposition.items.isEmpty()) {
        leaf.attachment = disposition.items.first().text.compare("attachment", Qt::CaseInsensitive) == 0;
        const QByteArray name = parameter(disposition.items.value(1), "filename");
        if (!name.isEmpty())
            leaf.fileName = name;
    }
    leaf.attachment = leaf.attachment || !leaf.fileName.isEmpty() || !leaf.type.startsWith("text/");
    out->append(leaf);
}

} // namespace

QList<Leaf> leaves(const ImapValue &bodyStructure)
{
    QList<Leaf> out;
    collect(bodyStructure, QByteArray(), &out, 0);
    return out;
}

} // namespace ImapResponse

namespace ImapResponse {

Reader::Result Reader::line(const LineReader::Line &line, LineReader &lines, QByteArray *wire,
                            QByteArray *error)
{
    if (line.overlong) {
        *error = "a line from the server is longer than " + QByteArray::number(maximumLineLength) + " octets";
        return Result::Broken;
    }
    m_wire += line.text;
    const std::optional<ImapParser::Literal> literal = ImapParser::trailingLiteral(line.text);
    if (literal && !line.text.startsWith('+')) {
        if (literal->size < 0 || literal->size > maximumLiteral) {
            *error = "the server announced a literal too large";
            return Result::Broken;
        }
        m_wire += "\r\n";
        if (literal->size > 0)
            lines.expectOctets(literal->size);
        return Result::More;
    }
    *wire = m_wire;
    m_wire.clear();
    return Result::Whole;
}

Utterance commandUtterance(const QByteArray &taggedCommand, Phase phase, bool sensitive)
{
    Utterance u;
    u.lines = taggedCommand.split('\n');
    for (QByteArray &l : u.lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    u.phase = phase;
    u.sensitive = sensitive;
    u.role = LineRole::Command;
    u.restRole = LineRole::Literal;
    return u;
}

Utterance heardUtterance(const QByteArray &wire, Phase phase, bool greeting)
{
    Utterance u;
    u.lines = ImapParser::heardLines(wire);
    u.phase = phase;
    if (wire.startsWith('+')) {
        u.role = LineRole::Continuation;
        u.code = "+";
        return u;
    }
    const bool isUntagged = wire.startsWith("* ");
    u.role = greeting ? LineRole::Greeting : isUntagged ? LineRole::Untagged : LineRole::Reply;
    u.restRole = LineRole::Literal;
    u.code = isUntagged ? QByteArray("*") : wire.split(' ').value(1).toUpper();
    return u;
}

} // namespace ImapResponse
