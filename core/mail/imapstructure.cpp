// SPDX-License-Identifier: GPL-3.0-or-later
// imapstructure.cpp — MimeMessage's parts as IMAP's body structure.
//
// Each MimePart becomes an ImapBodyPart: type and subtype, the parameters
// of its Content-Type (charset, name, boundary …) and Content-Disposition,
// Content-ID and Content-Description, its encoding, its offsets and, for
// text, its lines. A message/rfc822 part is given as a leaf (its own
// structure is not described yet). Parameters and address lists are GMime's
// reading of them (RFC 2231, RFC 5322 §3.4), given back as 7-bit text; the
// envelope's other fields are the raw header values, as IMAP servers send
// them (RFC 2047 words kept).
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

// GMime's decoded parameters, as IMAP's 7-bit quoted strings: an ASCII
// value as it is, another as RFC 2047 words.
QList<QPair<QByteArray, QByteArray>> imapParameters(const QList<MimeParameter> &parameters)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const MimeParameter &p : parameters)
        out.append({p.name, MimeMessage::encodePhrase(p.value)});
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
    if (findHeader(p, "Content-Type"))
        part.parameters = imapParameters(p.typeParameters);
    else if (part.type == "text")
        part.parameters = {{"charset", "us-ascii"}}; // RFC 2045 §5.2's default
    part.id = headerValue(p, "Content-ID");
    part.description = headerValue(p, "Content-Description");
    part.encoding = p.transferEncoding.isEmpty() ? QByteArray("7bit") : p.transferEncoding;
    if (!p.disposition.isEmpty()) {
        part.disposition = p.disposition;
        part.dispositionParameters = imapParameters(p.dispositionParameters);
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
    // GMime reads the list (groups flattened); a display name goes out as
    // 7-bit text, RFC 2047 words for what is not ASCII.
    QList<ImapAddress> out;
    for (const MimeAddress &a : MimeMessage::addresses(rawValue)) {
        ImapAddress address;
        if (!a.name.isEmpty())
            address.name = MimeMessage::encodePhrase(a.name);
        address.mailbox = a.mailbox;
        address.host = a.host;
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
