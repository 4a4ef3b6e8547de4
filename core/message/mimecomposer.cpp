// SPDX-License-Identifier: GPL-3.0-or-later
// mimecomposer.cpp — writing messages with GMime 3 (RFC 5322, MIME), and
// making an 8-bit message 7-bit clean for a path without 8BITMIME (RFC 6152).
#include "gmimeptr.h" // GLib before Qt (QT_NO_KEYWORDS)

#include "mimecomposer.h"
#include "mimemessage.h"

#include <QMimeDatabase>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace GMimeSupport;

namespace {

// RFC 5322 §2.1.1: at most 998 octets on a line, without its CR LF.
constexpr qsizetype MaxLineLength = 998;

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 128; });
}

bool hasLongLine(const QByteArray &bytes)
{
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (end - start > MaxLineLength)
            return true;
        start = end + 1;
    }
    return false;
}

ObjectPtr<GMimeStream> memoryStream(const QByteArray &bytes)
{
    return ObjectPtr<GMimeStream>(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
}

// A GMimePart holding `content` (already in its final charset, not encoded),
// to be written with `encoding`.
ObjectPtr<GMimePart> makePart(const char *type, const char *subtype, const QByteArray &content,
                              GMimeContentEncoding encoding)
{
    ObjectPtr<GMimePart> part(g_mime_part_new_with_type(type, subtype));
    ObjectPtr<GMimeStream> stream = memoryStream(content);
    ObjectPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part.get(), wrapper.get());
    g_mime_part_set_content_encoding(part.get(), encoding);
    return part;
}

// text/plain or text/html: us-ascii and 7bit when it can; else UTF-8, as 8bit
// when the path allows (RFC 6152) or quoted-printable (RFC 2045 §6.7).
ObjectPtr<GMimePart> makeTextPart(const char *subtype, const QString &text, MimeComposer::Encoding encoding)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n"); // GMime writes every line end as CR LF
    const bool ascii = isAscii(bytes);
    GMimeContentEncoding transfer = GMIME_CONTENT_ENCODING_7BIT;
    if (!ascii)
        transfer = encoding == MimeComposer::Encoding::EightBit ? GMIME_CONTENT_ENCODING_8BIT
                                                                : GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
    if (hasLongLine(bytes))
        transfer = GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
    ObjectPtr<GMimePart> part = makePart("text", subtype, bytes, transfer);
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part.get()), "charset",
                                             ascii ? "us-ascii" : "utf-8");
    return part;
}

QByteArray guessContentType(const MimeAttachment &attachment)
{
    if (!attachment.contentType.isEmpty())
        return attachment.contentType;
    static const QMimeDatabase database;
    const QMimeType type = database.mimeTypeForFile(attachment.fileName, QMimeDatabase::MatchExtension);
    return type.isValid() && !type.isDefault() ? type.name().toLatin1()
                                               : QByteArray("application/octet-stream");
}

ObjectPtr<GMimePart> makeAttachment(const MimeAttachment &attachment)
{
    const QByteArray type = guessContentType(attachment);
    const qsizetype slash = type.indexOf('/');
    const QByteArray media = slash > 0 ? type.left(slash) : QByteArray("application");
    const QByteArray subtype = slash > 0 ? type.mid(slash + 1) : QByteArray("octet-stream");
    ObjectPtr<GMimePart> part = makePart(media.constData(), subtype.constData(), attachment.data,
                                         GMIME_CONTENT_ENCODING_BASE64);
    // RFC 2183 disposition; the name as an RFC 2231 parameter when not ASCII.
    g_mime_object_set_disposition(GMIME_OBJECT(part.get()), GMIME_DISPOSITION_ATTACHMENT);
    if (!attachment.fileName.isEmpty()) {
        const QByteArray name = attachment.fileName.toUtf8();
        g_mime_part_set_filename(part.get(), name.constData());
        if (!isAscii(name)) {
            // GMime would pick the smallest charset (ISO-8859-1 for "á");
            // UTF-8 reads everywhere: filename*=utf-8''foto-%C3%A1.jpg.
            GMimeObject *object = GMIME_OBJECT(part.get());
            GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
            if (GMimeParam *param = g_mime_param_list_get_parameter(
                    g_mime_content_disposition_get_parameters(disposition), "filename"))
                g_mime_param_set_charset(param, "utf-8");
            GMimeContentType *type = g_mime_object_get_content_type(object);
            if (GMimeParam *param = g_mime_param_list_get_parameter(g_mime_content_type_get_parameters(type),
                                                                    "name"))
                g_mime_param_set_charset(param, "utf-8");
        }
    }
    return part;
}

ObjectPtr<GMimeObject> multipart(const char *subtype, const QList<GMimeObject *> &children)
{
    ObjectPtr<GMimeMultipart> container(g_mime_multipart_new_with_subtype(subtype));
    for (GMimeObject *child : children)
        g_mime_multipart_add(container.get(), child); // takes its own reference
    return ObjectPtr<GMimeObject>(GMIME_OBJECT(container.release()));
}

// Display names as UTF-8 encoded words (GMime would pick ISO-8859-1 when it
// can), RFC 2047 §5(3).
void useUtf8(InternetAddressList *list)
{
    for (int i = 0; i < internet_address_list_length(list); ++i)
        internet_address_set_charset(internet_address_list_get_address(list, i), "utf-8");
}

void useUtf8(GMimeParamList *list)
{
    for (int i = 0; i < g_mime_param_list_length(list); ++i) {
        GMimeParam *param = g_mime_param_list_get_parameter_at(list, i);
        const char *value = g_mime_param_get_value(param);
        if (value && !isAscii(QByteArray(value)))
            g_mime_param_set_charset(param, "utf-8");
    }
}

// GMime 3.2 never finishes encoding a parameter whose name is not ASCII or
// too long to fit a folded line with its RFC 2231 section ("name*0*=")
// (g_mime_param_list_encode grows its string until memory runs out; found by
// fuzz/fuzz_mimedowngrade): such a list is not given to it. Real names
// (charset, boundary, filename, creation-date…) are far shorter than 32.
bool hasEncodableNames(GMimeParamList *list)
{
    for (int i = 0; i < g_mime_param_list_length(list); ++i) {
        const QByteArray name(g_mime_param_get_name(g_mime_param_list_get_parameter_at(list, i)));
        if (!isAscii(name) || name.size() > 32)
            return false;
    }
    return true;
}

void addAddresses(GMimeMessage *message, GMimeAddressType type, const QList<QByteArray> &list)
{
    InternetAddressList *addresses = g_mime_message_get_addresses(message, type);
    for (const QByteArray &entry : list) {
        ObjectPtr<InternetAddressList> parsed(internet_address_list_parse(nullptr, entry.constData()));
        if (parsed && internet_address_list_length(parsed.get()) > 0) {
            useUtf8(parsed.get());
            internet_address_list_append(addresses, parsed.get());
        } else {
            ObjectPtr<InternetAddress> mailbox(internet_address_mailbox_new(nullptr, entry.constData()));
            internet_address_list_add(addresses, mailbox.get());
        }
    }
}

QByteArray writeObject(GMimeObject *object)
{
    FormatOptionsPtr options = dosFormatOptions();
    ObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, options.get(), stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

GDateTime *toGDateTime(const QDateTime &when)
{
    const QDateTime date = (when.isValid() ? when : QDateTime::currentDateTime());
    GTimeZone *zone = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime *utc = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime *local = g_date_time_to_timezone(utc, zone);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);
    return local;
}

QByteArray domainOf(const MimeDraft &draft)
{
    if (!draft.messageIdDomain.isEmpty())
        return draft.messageIdDomain;
    const qsizetype at = draft.from.lastIndexOf('@');
    QByteArray domain = at >= 0 ? draft.from.mid(at + 1) : QByteArray();
    while (domain.endsWith('>') || domain.endsWith(' '))
        domain.chop(1);
    return domain.isEmpty() ? QByteArray("carteiro.invalid") : domain;
}

// ---- downgrade -----------------------------------------------------------

// Every line end of `encoded` (GMime writes LF) made `newline`.
QByteArray withNewline(QByteArray encoded, const QByteArray &newline)
{
    if (newline == "\r\n") {
        encoded.replace("\r\n", "\n");
        encoded.replace("\n", "\r\n");
    }
    return encoded;
}

bool isAddressField(const QByteArray &name)
{
    static const char *const fields[] = {"from",      "to",         "cc",           "bcc",
                                         "reply-to",  "sender",     "resent-from",  "resent-to",
                                         "resent-cc", "resent-bcc", "resent-sender"};
    const QByteArray lower = name.toLower();
    return std::any_of(std::begin(fields), std::end(fields),
                       [&](const char *field) { return lower == field; });
}

// An 8-bit header field (raw UTF-8, RFC 6532) as RFC 2047 encoded words.
// Empty when it cannot be encoded (a parameter with an 8-bit name).
QByteArray encodeHeaderField(const MimeHeader &header, const QByteArray &newline)
{
    FormatOptionsPtr options = dosFormatOptions();
    QByteArray value;
    const QByteArray utf8 = header.value.toUtf8();
    if (isAddressField(header.name)) {
        ObjectPtr<InternetAddressList> list(internet_address_list_parse(nullptr, utf8.constData()));
        if (list && internet_address_list_length(list.get()) > 0) {
            useUtf8(list.get());
            value = takeString(internet_address_list_to_string(list.get(), options.get(), TRUE));
        }
    }
    // Parameters (a file name) as RFC 2231 extended values, not encoded words
    // (RFC 2047 §5 forbids those inside a quoted string).
    const bool isType = qstricmp(header.name.constData(), "Content-Type") == 0;
    const bool isDisposition = qstricmp(header.name.constData(), "Content-Disposition") == 0;
    if (isType) {
        ObjectPtr<GMimeContentType> type(g_mime_content_type_parse(nullptr, utf8.constData()));
        if (type) {
            if (!hasEncodableNames(g_mime_content_type_get_parameters(type.get())))
                return QByteArray();
            // An 8-bit boundary (never valid, RFC 2046 §5.1.1) cannot be
            // re-encoded: the delimiter lines in the body would no longer
            // match it (found by fuzz/fuzz_mimedowngrade).
            const char *boundary = g_mime_content_type_get_parameter(type.get(), "boundary");
            if (boundary && !isAscii(QByteArray(boundary)))
                return QByteArray();
            useUtf8(g_mime_content_type_get_parameters(type.get()));
            value = takeString(g_mime_content_type_encode(type.get(), options.get()));
        }
    } else if (isDisposition) {
        ObjectPtr<GMimeContentDisposition> disposition(
            g_mime_content_disposition_parse(nullptr, utf8.constData()));
        if (disposition) {
            if (!hasEncodableNames(g_mime_content_disposition_get_parameters(disposition.get())))
                return QByteArray();
            useUtf8(g_mime_content_disposition_get_parameters(disposition.get()));
            value = takeString(g_mime_content_disposition_encode(disposition.get(), options.get()));
        }
    }
    value = value.trimmed();
    if (value.isEmpty())
        value = takeString(g_mime_utils_header_encode_text(options.get(), utf8.constData(), "utf-8"));
    if (isType || isDisposition) {
        // Already folded by GMime.
        return withNewline(header.name + ": " + value + "\r\n", newline);
    }
    const QByteArray line = header.name + ": " + value;
    QByteArray folded = takeString(
        isAddressField(header.name)
            ? g_mime_utils_structured_header_fold(nullptr, options.get(), line.constData())
            : g_mime_utils_unstructured_header_fold(nullptr, options.get(), line.constData()));
    if (folded.isEmpty())
        folded = line + "\r\n";
    if (!folded.endsWith('\n'))
        folded += "\r\n";
    return withNewline(folded, newline);
}

// Whether a field GMime wrote is one field: every line after the first is a
// continuation (starts with a space or a tab, RFC 5322 §2.2.3). GMime 3.2's
// folding can break an encoded word at a control octet (a vertical tab) and
// start the next line with it, which would end the header early (found by
// fuzz/fuzz_mimedowngrade).
bool isOneField(const QByteArray &field)
{
    QByteArray text = field;
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    for (qsizetype lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
        if (lf + 1 >= text.size() || (text.at(lf + 1) != ' ' && text.at(lf + 1) != '\t'))
            return false;
    }
    return true;
}

struct Edit {
    qsizetype offset;
    qsizetype length;
    QByteArray replacement;
};

// A message with the draft's header fields and no body yet.
ObjectPtr<GMimeMessage> newMessage(const MimeDraft &draft)
{
    gmimeInit();
    ObjectPtr<GMimeMessage> message(g_mime_message_new(FALSE));
    GMimeMessage *m = message.get();
    // RFC 5322 §3.6.2 originator; a non-ASCII display name becomes an
    // RFC 2047 encoded word when written.
    const QByteArray fromName = draft.fromName.toUtf8();
    ObjectPtr<InternetAddress> from(internet_address_mailbox_new(
        fromName.isEmpty() ? nullptr : fromName.constData(), draft.from.constData()));
    internet_address_set_charset(from.get(), "utf-8");
    internet_address_list_add(g_mime_message_get_from(m), from.get());
    addAddresses(m, GMIME_ADDRESS_TYPE_TO, draft.to);
    addAddresses(m, GMIME_ADDRESS_TYPE_CC, draft.cc);
    g_mime_message_set_subject(m, draft.subject.toUtf8().constData(), "utf-8");
    GDateTime *date = toGDateTime(draft.date);
    g_mime_message_set_date(m, date);
    g_date_time_unref(date);
    // RFC 5322 §3.6.4: a unique left part, the sender's domain on the right.
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domainOf(draft);
    g_mime_message_set_message_id(m, id.constData());
    return message;
}

// The fields of a message/delivery-status body (RFC 3464 §2.1): the
// per-message group, then one group per recipient, each ended by an empty
// line. Values are written as given; a line end inside one would start a
// field of its own, so it becomes a space.
QByteArray deliveryStatusFields(const MimeDeliveryReport &report)
{
    const auto field = [](const QByteArray &name, const QByteArray &value) {
        QByteArray clean = value;
        clean.replace('\r', ' ').replace('\n', ' ');
        return name + ": " + clean + '\n';
    };
    QByteArray out = field("Reporting-MTA", "dns; " + report.reportingMta);
    if (!report.arrivalDate.isEmpty())
        out += field("Arrival-Date", report.arrivalDate);
    for (const MimeDeliveryStatus &recipient : report.recipients) {
        out += '\n';
        // RFC 6533 §3: a UTF-8 address is of type "utf-8", not "rfc822".
        const QByteArray type = isAscii(recipient.recipient) ? "rfc822; " : "utf-8; ";
        out += field("Final-Recipient", type + recipient.recipient);
        out += field("Action", recipient.action);
        out += field("Status", recipient.status);
        if (!recipient.remoteMta.isEmpty())
            out += field("Remote-MTA", "dns; " + recipient.remoteMta);
        if (!recipient.diagnostic.isEmpty())
            out += field("Diagnostic-Code", "smtp; " + recipient.diagnostic);
    }
    return out;
}

} // namespace

namespace MimeComposer {

QByteArray compose(const MimeDraft &draft, Encoding encoding)
{
    ObjectPtr<GMimeMessage> message = newMessage(draft);
    GMimeMessage *m = message.get();

    ObjectPtr<GMimeObject> body;
    ObjectPtr<GMimePart> plain = makeTextPart("plain", draft.text, encoding);
    if (!draft.html.isEmpty()) {
        // RFC 2046 §5.1.4: the simplest first, the richest last.
        ObjectPtr<GMimePart> html = makeTextPart("html", draft.html, encoding);
        body = multipart("alternative", {GMIME_OBJECT(plain.get()), GMIME_OBJECT(html.get())});
    } else {
        body.reset(GMIME_OBJECT(plain.release()));
    }
    if (!draft.attachments.isEmpty()) {
        std::vector<ObjectPtr<GMimePart>> attachments;
        QList<GMimeObject *> children{body.get()};
        for (const MimeAttachment &attachment : draft.attachments) {
            attachments.push_back(makeAttachment(attachment));
            children.append(GMIME_OBJECT(attachments.back().get()));
        }
        body = multipart("mixed", children);
    }
    g_mime_message_set_mime_part(m, body.get());
    return writeObject(GMIME_OBJECT(m));
}

QByteArray composeReport(const MimeDeliveryReport &report)
{
    ObjectPtr<GMimeMessage> message = newMessage(report.draft);
    GMimeMessage *m = message.get();
    // RFC 3834 §5: a message sent in reply, by a program.
    g_mime_object_append_header(GMIME_OBJECT(m), "Auto-Submitted", "auto-replied", nullptr);

    // RFC 6522 §3: the text for people first. A UTF-8 address or header
    // makes it 8bit; the queue's own 7-bit fallback re-encodes it for a path
    // without 8BITMIME.
    ObjectPtr<GMimePart> text = makeTextPart("plain", report.draft.text, Encoding::EightBit);
    g_mime_object_set_header(GMIME_OBJECT(text.get()), "Content-Description", "Notification", nullptr);

    // RFC 3464 §2.1 (RFC 6533 §6 for a UTF-8 address: message/global-delivery-status).
    const QByteArray fields = deliveryStatusFields(report);
    const bool global = !isAscii(fields);
    ObjectPtr<GMimePart> status = makePart(
        "message", global ? "global-delivery-status" : "delivery-status", fields,
        global ? GMIME_CONTENT_ENCODING_8BIT : GMIME_CONTENT_ENCODING_7BIT);
    g_mime_object_set_header(GMIME_OBJECT(status.get()), "Content-Description", "Delivery report", nullptr);

    // RFC 6522 §4: the returned header section (RFC 6533 §6: message/global-headers
    // when it holds UTF-8).
    QByteArray header = report.returnedHeader;
    header.replace("\r\n", "\n");
    if (!header.endsWith('\n'))
        header += '\n';
    const bool globalHeader = !isAscii(header);
    ObjectPtr<GMimePart> returned = makePart(
        globalHeader ? "message" : "text", globalHeader ? "global-headers" : "rfc822-headers", header,
        globalHeader ? GMIME_CONTENT_ENCODING_8BIT : GMIME_CONTENT_ENCODING_7BIT);
    g_mime_object_set_header(GMIME_OBJECT(returned.get()), "Content-Description",
                             "Undelivered Message Headers", nullptr);

    ObjectPtr<GMimeObject> body = multipart(
        "report", {GMIME_OBJECT(text.get()), GMIME_OBJECT(status.get()), GMIME_OBJECT(returned.get())});
    g_mime_object_set_content_type_parameter(body.get(), "report-type", "delivery-status");
    g_mime_message_set_mime_part(m, body.get());
    return writeObject(GMIME_OBJECT(m));
}

namespace {

// Does the line before `at` exist and is it empty ("\n\n" or "\n\r\n")?
bool followsEmptyLine(const QByteArray &raw, qsizetype at)
{
    if (at < 2 || raw.at(at - 1) != '\n')
        return false;
    return raw.at(at - 2) == '\n' || (at >= 3 && raw.at(at - 2) == '\r' && raw.at(at - 3) == '\n');
}

} // namespace

// RFC 6152 §3 (and RFC 1652 before it): a message with 8-bit octets may only
// travel to a server that announced 8BITMIME; otherwise each 8-bit body is
// re-encoded — text as quoted-printable, anything else as base64 — and each
// raw 8-bit header field as RFC 2047 encoded words. Everything else keeps its
// bytes: the edits are spliced into the original at the parser's offsets.
QByteArray downgradeToSevenBit(const QByteArray &raw, bool *changed)
{
    if (changed)
        *changed = false;
    if (isAscii(raw))
        return raw;
    gmimeInit();
    const MimeMessage parsed = MimeMessage::parse(raw);
    const QByteArray newline = raw.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    QList<Edit> edits;

    const QList<MimePart> &parts = parsed.parts();
    for (int index = 0; index < parts.size(); ++index) {
        const MimePart &part = parts.at(index);
        for (const MimeHeader &header : part.headers) {
            const QByteArray field = raw.mid(header.offset, header.length);
            // A NUL (never valid in a header, RFC 5322 §2.2) would cut the value
            // short through GMime's C strings and change an address ("To: fran@serv");
            // such a field is left as it is, so the message stays 8-bit and the
            // client refuses it (554 5.6.3). Found by fuzz/fuzz_mimedowngrade.
            if (isAscii(field) || field.contains('\0'))
                continue;
            const QByteArray encoded = encodeHeaderField(header, newline);
            if (!encoded.isEmpty() && isOneField(encoded)) // else left 8-bit: refused
                edits.append({header.offset, header.length, encoded});
        }
        const QByteArray body = raw.mid(part.bodyOffset, part.bodyLength);
        const bool identity = part.transferEncoding == "7bit" || part.transferEncoding == "8bit"
            || part.transferEncoding == "binary";
        const MimeHeader *encodingHeader = nullptr;
        const MimeHeader *typeHeader = nullptr;
        for (const MimeHeader &header : part.headers) {
            if (!encodingHeader && qstricmp(header.name.constData(), "Content-Transfer-Encoding") == 0)
                encodingHeader = &header;
            if (!typeHeader && qstricmp(header.name.constData(), "Content-Type") == 0)
                typeHeader = &header;
        }
        if (!part.children.isEmpty() || part.contentType.startsWith("multipart/")) {
            // A multipart or message/rfc822 is 7bit once its parts are
            // (RFC 2045 §6.4).
            if (encodingHeader && part.transferEncoding != "7bit" && identity) {
                edits.append({encodingHeader->offset, encodingHeader->length,
                              "Content-Transfer-Encoding: 7bit" + newline});
            }
            continue;
        }
        if (!identity || isAscii(body))
            continue;
        const bool text = part.contentType.startsWith("text/");
        QByteArray encoded;
        QByteArray name;
        if (text) {
            QByteArray lines = body;
            lines.replace("\r\n", "\n");
            encoded = runEncoding(lines, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE, true);
            name = "quoted-printable";
        } else {
            encoded = runEncoding(body, GMIME_CONTENT_ENCODING_BASE64, true);
            name = "base64";
        }
        encoded = withNewline(encoded, newline);
        // Before a boundary the line end belongs to the boundary (RFC 2046
        // §5.1.1): quoted-printable keeps a final line end only when the text
        // had one; base64 lines need none of their own, except at the very
        // end of the message.
        if (!text || !body.endsWith('\n')) {
            while (encoded.endsWith('\n') || encoded.endsWith('\r'))
                encoded.chop(1);
            if (!text && part.bodyOffset + part.bodyLength == raw.size())
                encoded += newline;
        }
        edits.append({part.bodyOffset, part.bodyLength, encoded});
        const QByteArray field = "Content-Transfer-Encoding: " + name + newline;
        if (encodingHeader) {
            edits.append({encodingHeader->offset, encodingHeader->length, field});
        } else {
            // After the last field of the part (RFC 2045 §6).
            QByteArray added = field;
            if (!typeHeader && text) {
                // No charset was declared: say what the octets are.
                QStringDecoder utf8(QStringDecoder::Utf8);
                (void)utf8(body);
                added.prepend("Content-Type: text/plain; charset="
                              + QByteArray(utf8.hasError() ? "unknown-8bit" : "utf-8") + newline);
            }
            if (index == 0 && parsed.header("MIME-Version").isEmpty())
                added.prepend("MIME-Version: 1.0" + newline);
            qsizetype at = part.offset;
            if (!part.headers.isEmpty())
                at = part.headers.last().offset + part.headers.last().length;
            if (part.bodyOffset == at)
                added += newline; // no empty line yet between header and body
            // A message/rfc822 whose own header was not ended by an empty line
            // (a malformed field ended it): its message starts right after that
            // header, so the fields must follow an empty line, or they would
            // join the enclosing part's header (fuzz/fuzz_mimedowngrade).
            if (part.headers.isEmpty() && part.parent >= 0 && parts.at(part.parent).bodyOffset == at
                && !followsEmptyLine(raw, at))
                added.prepend(newline);
            edits.append({at, 0, added});
        }
    }
    if (edits.isEmpty())
        return raw;
    // Splice from the end so that earlier offsets stay valid; a zero-length
    // insertion at a field's end comes after that field's replacement.
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit &a, const Edit &b) { return a.offset > b.offset; });
    QByteArray result = raw;
    for (const Edit &edit : edits)
        result.replace(edit.offset, edit.length, edit.replacement);
    // An 8-bit field that cannot be made 7-bit (an 8-bit address) is written
    // again as it was: that is no change (fuzz/fuzz_mimedowngrade).
    if (changed)
        *changed = result != raw;
    return result;
}

} // namespace MimeComposer
