// imapstructure.cpp — MimeMessage's parts as IMAP's body structure.
//
// Each MimePart becomes an ImapBodyPart: type and subtype, the parameters
// of its Content-Type (charset, name, boundary …) and Content-Disposition,
// Content-ID and Content-Description, its encoding, its offsets and, for
// text, its lines. A message/rfc822 part is given as a leaf (its own
// structure is not described yet). The envelope's fields are the raw
// header values, as IMAP servers send them (RFC 2047 words kept).
#include "imapstructure.h"

#include "message/mimemessage.h"

#include <QStringDecoder>

namespace {

const MimeHeader *findHeader(const MimePart &part, const char *name)
{
    for (const MimeHeader &h : part.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}

std::optional<QByteArray> headerValue(const MimePart &part, const char *name)
{
    const MimeHeader *h = findHeader(part, name);
    return h ? std::optional<QByteArray>(h->rawValue) : std::nullopt;
}

// Splits on `separator` outside quotes, comments and angle brackets.
QList<QByteArray> splitOutside(const QByteArray &value, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted) {
            current += c;
            if (c == '\\' && i + 1 < value.size())
                current += value.at(++i);
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '"')
            quoted = true;
        else if (c == '<')
            ++angle;
        else if (c == '>' && angle > 0)
            --angle;
        else if (c == '(')
            ++comment;
        else if (c == ')' && comment > 0)
            --comment;
        else if (c == separator && angle == 0 && comment == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

QByteArray unquote(QByteArray text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"')) {
        text = text.mid(1, text.size() - 2);
        QByteArray out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\\' && i + 1 < text.size())
                ++i;
            out += text.at(i);
        }
        return out;
    }
    return text;
}

// "text/plain; charset=utf-8; name=\"a.txt\"": the parameters after the value.
QList<QPair<QByteArray, QByteArray>> parametersOf(const QByteArray &rawValue)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const QList<QByteArray> pieces = splitOutside(rawValue, ';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const qsizetype eq = pieces.at(i).indexOf('=');
        if (eq <= 0)
            continue;
        out.append({pieces.at(i).left(eq).trimmed().toLower(), unquote(pieces.at(i).mid(eq + 1))});
    }
    return out;
}

ImapBodyPart partOf(const MimeMessage &message, int index)
{
    const MimePart &p = message.parts().at(index);
    ImapBodyPart part;
    const QByteArray type = p.contentType.isEmpty() ? QByteArray("text/plain") : p.contentType;
    const qsizetype slash = type.indexOf('/');
    part.type = slash < 0 ? type : type.left(slash);
    part.subtype = slash < 0 ? QByteArray("plain") : type.mid(slash + 1);
    if (const MimeHeader *ct = findHeader(p, "Content-Type"))
        part.parameters = parametersOf(ct->rawValue);
    else if (part.type == "text")
        part.parameters = {{"charset", "us-ascii"}}; // RFC 2045 §5.2's default
    part.id = headerValue(p, "Content-ID");
    part.description = headerValue(p, "Content-Description");
    part.encoding = p.transferEncoding.isEmpty() ? QByteArray("7bit") : p.transferEncoding;
    if (const MimeHeader *cd = findHeader(p, "Content-Disposition")) {
        part.disposition = splitOutside(cd->rawValue, ';').value(0).toLower();
        part.dispositionParameters = parametersOf(cd->rawValue);
    }
    part.offset = p.offset;
    part.bodyOffset = p.bodyOffset;
    part.end = p.bodyOffset + p.bodyLength;
    // Lines of the body: a last line without its CR LF (the one before a
    // boundary belongs to the boundary, RFC 2046 §5.1.1) counts too.
    const QByteArray body = message.raw().mid(p.bodyOffset, p.bodyLength);
    part.lines = body.count('\n') + (!body.isEmpty() && !body.endsWith('\n') ? 1 : 0);
    if (part.type == "multipart") {
        for (const int child : p.children)
            part.children.append(partOf(message, child));
        if (part.children.isEmpty()) { // a multipart with no parts: described as text
            part.type = "text";
            part.subtype = "plain";
        }
    }
    return part;
}

} // namespace

namespace ImapStructures {

QList<ImapAddress> addresses(const QByteArray &rawValue)
{
    QList<ImapAddress> out;
    QByteArray value = rawValue;
    value.replace("\r\n", " ");
    for (QByteArray piece : splitOutside(value, ',')) {
        // A group "Friends: a@b, c@d;" gives its members.
        const qsizetype colon = piece.indexOf(':');
        if (colon > 0 && !piece.left(colon).contains('<') && !piece.left(colon).contains('"'))
            piece = piece.mid(colon + 1);
        piece = piece.trimmed();
        if (piece.endsWith(';'))
            piece.chop(1);
        if (piece.isEmpty())
            continue;
        ImapAddress address;
        QByteArray spec = piece;
        const qsizetype open = piece.lastIndexOf('<');
        const qsizetype close = piece.lastIndexOf('>');
        if (open >= 0 && close > open) {
            spec = piece.mid(open + 1, close - open - 1).trimmed();
            const QByteArray name = unquote(piece.left(open));
            if (!name.isEmpty())
                address.name = name;
        }
        const qsizetype at = spec.lastIndexOf('@');
        address.mailbox = at < 0 ? spec : spec.left(at);
        address.host = at < 0 ? QByteArray() : spec.mid(at + 1);
        out.append(address);
    }
    return out;
}

ImapStructure of(const QByteArray &content)
{
    const MimeMessage message = MimeMessage::parse(content);
    ImapStructure structure;
    if (message.isEmpty())
        return structure;
    const MimePart &root = message.parts().first();
    ImapEnvelope &e = structure.envelope;
    e.date = headerValue(root, "Date");
    e.subject = headerValue(root, "Subject");
    e.inReplyTo = headerValue(root, "In-Reply-To");
    e.messageId = headerValue(root, "Message-ID");
    const auto list = [&root](const char *name) {
        const std::optional<QByteArray> value = headerValue(root, name);
        return value ? addresses(*value) : QList<ImapAddress>();
    };
    e.from = list("From");
    e.sender = list("Sender");
    e.replyTo = list("Reply-To");
    e.to = list("To");
    e.cc = list("Cc");
    e.bcc = list("Bcc");
    structure.body = partOf(message, 0);
    return structure;
}

} // namespace ImapStructures

QByteArray ImapStructures::decodedHeaderValues(const QByteArray &content, const QByteArray &field)
{
    QByteArray out;
    for (const MimeHeader &h : MimeMessage::parse(content).headers()) {
        if (h.name.compare(field, Qt::CaseInsensitive) == 0)
            out += h.value.toUtf8() + '\n';
    }
    return out;
}

QByteArray ImapStructures::decodedText(const QByteArray &content)
{
    const MimeMessage message = MimeMessage::parse(content);
    QByteArray out;
    for (int i = 0; i < message.parts().size(); ++i) {
        const MimePart &part = message.parts().at(i);
        if (!part.children.isEmpty() || part.isAttachment || !part.contentType.startsWith("text/"))
            continue;
        const QByteArray body = message.decodedBody(i);
        if (part.charset.isEmpty() || part.charset == "utf-8" || part.charset == "us-ascii") {
            out += body;
        } else {
            QStringDecoder decoder(part.charset.constData());
            out += decoder.isValid() ? QString(decoder(body)).toUtf8() : body;
        }
        out += '\n';
    }
    return out;
}
