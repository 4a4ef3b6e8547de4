// imapresponse.cpp — FETCH items and BODYSTRUCTURE leaves (see the header).
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
