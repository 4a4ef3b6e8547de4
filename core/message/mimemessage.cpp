// SPDX-License-Identifier: GPL-3.0-or-later
// mimemessage.cpp — the part tree of a message, with the exact byte ranges.
//
// The structure (header blocks, RFC 2046 §5.1.1 boundary lines, message/rfc822
// bodies) is walked here over the raw bytes, because a view needs each part's
// offsets in raw() and GMime 3 reports header offsets but not where a body or
// a part ends. Everything inside a part is GMime's: RFC 2047 header decoding,
// Content-Type and Content-Disposition parameters (RFC 2231 included),
// base64/quoted-printable/uuencode decoding and charset conversion.
#include "gmimeptr.h" // GLib before Qt (QT_NO_KEYWORDS)

#include "mimemessage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>

using namespace GMimeSupport;

namespace {

constexpr int MaxDepth = 40;

// lupdate reads the context from QT_TRANSLATE_NOOP at each call.
QString translated(const char *sourceText)
{
    return QCoreApplication::translate("MimeMessage", sourceText);
}

bool isWhiteSpace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 §3.6.8: a field name is printable US-ASCII except ':'; obsolete
// syntax (§4.5) allows white space before the colon.
qsizetype headerColon(const char *line, qsizetype length)
{
    qsizetype i = 0;
    while (i < length) {
        const uchar c = uchar(line[i]);
        if (c == ':' || c <= 32 || c >= 127)
            break;
        ++i;
    }
    if (i == 0)
        return -1;
    qsizetype colon = i;
    while (colon < length && isWhiteSpace(line[colon]))
        ++colon;
    return colon < length && line[colon] == ':' ? colon : -1;
}

bool hasEightBit(const char *data, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (uchar(data[i]) >= 128)
            return true;
    }
    return false;
}

QString decodeHeaderValueImpl(const QByteArray &rawValue)
{
    if (!rawValue.contains("=?") && !hasEightBit(rawValue.constData(), rawValue.size()))
        return QString::fromLatin1(rawValue);
    gmimeInit();
    const QByteArray decoded = takeString(g_mime_utils_header_decode_text(nullptr, rawValue.constData()));
    return QString::fromUtf8(decoded);
}

// A parameter list as GMime read it (RFC 2231 continuations and charsets decoded).
QList<MimeParameter> parametersOf(GMimeParamList *list)
{
    QList<MimeParameter> out;
    const int n = list ? g_mime_param_list_length(list) : 0;
    for (int i = 0; i < n; ++i) {
        GMimeParam *param = g_mime_param_list_get_parameter_at(list, i);
        const char *name = g_mime_param_get_name(param);
        const char *value = g_mime_param_get_value(param);
        if (name)
            out.append({QByteArray(name).toLower(), QString::fromUtf8(value ? value : "")});
    }
    return out;
}

void appendAddresses(InternetAddressList *list, QList<MimeAddress> *out)
{
    const int n = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < n; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const QByteArray spec = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
        const qsizetype at = spec.lastIndexOf('@');
        const char *name = internet_address_get_name(address);
        out->append({QString::fromUtf8(name ? name : ""), at < 0 ? spec : spec.left(at),
                     at < 0 ? QByteArray() : spec.mid(at + 1)});
    }
}

// Whether iconv (through GMime's charset aliases) knows the charset.
bool knownCharset(const QByteArray &charset)
{
    gmimeInit();
    // Plain iconv_open: g_mime_iconv_open falls back to a default for a name
    // it does not know, which would hide the problem.
    const char *name = g_mime_charset_iconv_name(charset.constData());
    iconv_t converter = iconv_open("UTF-8", name ? name : charset.constData());
    if (converter == iconv_t(-1))
        return false;
    iconv_close(converter);
    return true;
}

// Text in a charset, as Unicode; an unknown charset is read as Latin-1.
QString toUnicode(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray lower = charset.toLower();
    if (lower.isEmpty() || lower == "us-ascii" || lower == "utf-8" || lower == "utf8") {
        // Undeclared 8-bit text is most often UTF-8 nowadays.
        if (lower.isEmpty() || lower == "us-ascii") {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8(bytes);
            return utf8.hasError() ? QString::fromLatin1(bytes) : text;
        }
        return QString::fromUtf8(bytes);
    }
    if (lower == "iso-8859-1" || lower == "latin1")
        return QString::fromLatin1(bytes);
    gmimeInit();
    const char *name = g_mime_charset_iconv_name(lower.constData());
    iconv_t converter = iconv_open("UTF-8", name ? name : lower.constData());
    if (converter == iconv_t(-1))
        return QString::fromLatin1(bytes);
    char *converted = g_mime_iconv_strndup(converter, bytes.constData(), size_t(bytes.size()));
    iconv_close(converter);
    if (!converted)
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(takeString(converted));
}

QByteArray uudecode(const QByteArray &body)
{
    // The data follows a "begin <mode> <name>" line and ends at "end".
    qsizetype start = body.startsWith("begin ") ? 0 : body.indexOf("\nbegin ");
    if (start < 0)
        return QByteArray();
    start = body.indexOf('\n', start + 1);
    if (start < 0)
        return QByteArray();
    ++start;
    qsizetype stop = body.indexOf("\nend", start - 1);
    if (stop < 0)
        stop = body.size();
    const QByteArray data = body.mid(start, stop - start + 1);
    QByteArray output;
    output.resize(data.size() + 16);
    int state = GMIME_UUDECODE_STATE_BEGIN;
    guint32 save = 0;
    const size_t written = g_mime_encoding_uudecode_step(
        reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
        reinterpret_cast<unsigned char *>(output.data()), &state, &save);
    output.truncate(qsizetype(written));
    return output;
}

// Walks the raw bytes and fills the part list, depth first.
class Scanner
{
public:
    Scanner(const QByteArray &raw, QList<MimePart> &parts, QStringList &warnings, QStringList &notes)
        : m_raw(raw)
        , m_data(raw.constData())
        , m_parts(parts)
        , m_warnings(warnings)
        , m_notes(notes)
    {
    }

    int parsePart(qsizetype begin, qsizetype end, int parent, int depth, const QByteArray &defaultType);

private:
    qsizetype lineEnd(qsizetype pos, qsizetype end) const
    {
        const void *newline = std::memchr(m_data + pos, '\n', size_t(end - pos));
        return newline ? static_cast<const char *>(newline) - m_data + 1 : end;
    }
    void parseHeaders(int index, qsizetype begin, qsizetype end);
    void describe(int index, const QByteArray &defaultType);
    void parseMultipart(int index, int depth);
    void checkLeaf(int index, bool declaredEncoding);
    QString label(int index) const;
    const MimeHeader *findHeader(int index, const char *name) const;

    const QByteArray &m_raw;
    const char *m_data;
    QList<MimePart> &m_parts;
    QStringList &m_warnings;
    QStringList &m_notes;
};

QString Scanner::label(int index) const
{
    const QString type = QString::fromLatin1(m_parts.at(index).contentType);
    if (index == 0)
        return translated(QT_TRANSLATE_NOOP("MimeMessage", "the message (%1)")).arg(type);
    return translated(QT_TRANSLATE_NOOP("MimeMessage", "part %1 (%2)")).arg(index).arg(type);
}

const MimeHeader *Scanner::findHeader(int index, const char *name) const
{
    for (const MimeHeader &header : m_parts.at(index).headers) {
        if (qstricmp(header.name.constData(), name) == 0)
            return &header;
    }
    return nullptr;
}

// RFC 5322 §2.2: fields up to the first empty line; a line that starts with
// white space continues the field above it (§2.2.3, unfolding removes the
// CR LF only).
void Scanner::parseHeaders(int index, qsizetype begin, qsizetype end)
{
    QList<MimeHeader> headers;
    qsizetype pos = begin;
    qsizetype bodyOffset = end;
    bool cutShort = false;
    while (pos < end) {
        const qsizetype next = lineEnd(pos, end);
        qsizetype contentEnd = next;
        while (contentEnd > pos && (m_data[contentEnd - 1] == '\n' || m_data[contentEnd - 1] == '\r'))
            --contentEnd;
        const qsizetype contentLength = contentEnd - pos;
        if (contentLength == 0 && next > pos && m_data[next - 1] == '\n') {
            bodyOffset = next; // the empty line separating header and body
            break;
        }
        if (contentLength > 0 && isWhiteSpace(m_data[pos]) && !headers.isEmpty()) {
            MimeHeader &header = headers.last();
            header.rawValue.append(m_data + pos, contentLength);
            header.length = next - header.offset;
            pos = next;
            continue;
        }
        const qsizetype colon = contentLength > 0 ? headerColon(m_data + pos, contentLength) : -1;
        if (colon < 0) {
            // Not a field: what is left is the body (no header at all, or a
            // header that does not end with an empty line).
            bodyOffset = pos;
            cutShort = !headers.isEmpty();
            break;
        }
        MimeHeader header;
        qsizetype nameLength = colon;
        while (nameLength > 0 && isWhiteSpace(m_data[pos + nameLength - 1]))
            --nameLength;
        header.name = QByteArray(m_data + pos, nameLength);
        header.rawValue = QByteArray(m_data + pos + colon + 1, contentLength - colon - 1);
        header.offset = pos;
        header.length = next - pos;
        headers.append(header);
        pos = next;
    }
    for (MimeHeader &header : headers) {
        header.rawValue = header.rawValue.trimmed();
        header.value = decodeHeaderValueImpl(header.rawValue);
    }
    MimePart &part = m_parts[index];
    part.headers = headers;
    part.bodyOffset = bodyOffset;
    part.bodyLength = end - bodyOffset;
    if (cutShort) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "The header of %1 does not end with an empty line; what follows "
                                         "its last field is read as the body (RFC 5322 §2.1)."))
                .arg(index == 0 ? translated(QT_TRANSLATE_NOOP("MimeMessage", "the message"))
                                : translated(QT_TRANSLATE_NOOP("MimeMessage", "part %1")).arg(index)));
    }
}

// Content-Type (RFC 2045 §5), Content-Transfer-Encoding (§6) and
// Content-Disposition (RFC 2183), parameters through GMime (RFC 2231).
void Scanner::describe(int index, const QByteArray &defaultType)
{
    gmimeInit();
    MimePart &part = m_parts[index];
    const MimeHeader *typeHeader = findHeader(index, "Content-Type");
    ObjectPtr<GMimeContentType> type(g_mime_content_type_parse(nullptr,
                                                               typeHeader && !typeHeader->rawValue.isEmpty()
                                                                   ? typeHeader->rawValue.constData()
                                                                   : defaultType.constData()));
    QByteArray name;
    if (type) {
        const char *media = g_mime_content_type_get_media_type(type.get());
        const char *subtype = g_mime_content_type_get_media_subtype(type.get());
        part.contentType = QByteArray(media ? media : "text") + '/' + QByteArray(subtype ? subtype : "plain");
        part.contentType = part.contentType.toLower();
        part.charset =
            QByteArray(g_mime_content_type_get_parameter(type.get(), "charset")).trimmed().toLower();
        part.typeParameters = parametersOf(g_mime_content_type_get_parameters(type.get()));
        name = g_mime_content_type_get_parameter(type.get(), "name");
    } else {
        part.contentType = defaultType;
    }
    if (const MimeHeader *encoding = findHeader(index, "Content-Transfer-Encoding"))
        part.transferEncoding = encoding->rawValue.trimmed().toLower();
    if (part.transferEncoding.isEmpty())
        part.transferEncoding = "7bit"; // RFC 2045 §6.1: the default

    QByteArray fileName;
    QByteArray disposition;
    if (const MimeHeader *header = findHeader(index, "Content-Disposition")) {
        ObjectPtr<GMimeContentDisposition> parsed(
            g_mime_content_disposition_parse(nullptr, header->rawValue.constData()));
        if (parsed) {
            disposition = QByteArray(g_mime_content_disposition_get_disposition(parsed.get())).toLower();
            part.disposition = disposition;
            part.dispositionParameters = parametersOf(
                g_mime_content_disposition_get_parameters(parsed.get()));
            fileName = g_mime_content_disposition_get_parameter(parsed.get(), "filename");
        }
    }
    if (fileName.isEmpty())
        fileName = name;
    part.fileName = decodeHeaderValueImpl(fileName);
    part.isAttachment = disposition == "attachment"
        || (disposition != "inline" && !part.fileName.isEmpty()
            && !part.contentType.startsWith("multipart/"));
}

int Scanner::parsePart(qsizetype begin, qsizetype end, int parent, int depth, const QByteArray &defaultType)
{
    const int index = int(m_parts.size());
    MimePart part;
    part.parent = parent;
    part.depth = depth;
    part.offset = begin;
    part.length = end - begin;
    m_parts.append(part);
    if (parent >= 0)
        m_parts[parent].children.append(index);

    parseHeaders(index, begin, end);
    describe(index, defaultType);
    if (index == 0 && m_parts.at(0).headers.isEmpty()) {
        m_notes.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "No header fields: the message is only its body, as in the "
                                         "course's example typed by hand. A mail client adds at least "
                                         "From and Date, which RFC 5322 §3.6 asks for.")));
    }

    const QByteArray type = m_parts.at(index).contentType;
    const QByteArray encoding = m_parts.at(index).transferEncoding;
    const bool identity = encoding == "7bit" || encoding == "8bit" || encoding == "binary";
    const bool nested = type.startsWith("multipart/")
        || ((type == "message/rfc822" || type == "message/global") && identity);
    if (nested && depth >= MaxDepth) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "Nesting deeper than %1 levels at %2: its contents are not "
                                         "parsed further."))
                .arg(MaxDepth)
                .arg(label(index)));
        return index;
    }
    if (type.startsWith("multipart/")) {
        parseMultipart(index, depth);
    } else if (nested) {
        const MimePart &self = m_parts.at(index);
        if (self.bodyLength > 0)
            parsePart(self.bodyOffset, self.bodyOffset + self.bodyLength, index, depth + 1, "text/plain");
    } else {
        checkLeaf(index, findHeader(index, "Content-Transfer-Encoding") != nullptr);
    }
    return index;
}

// RFC 2046 §5.1.1: a delimiter is "--boundary" at the start of a line,
// followed only by white space; the close delimiter adds "--". The line break
// before a delimiter belongs to the delimiter, not to the part above it.
void Scanner::parseMultipart(int index, int depth)
{
    const MimePart self = m_parts.at(index);
    ObjectPtr<GMimeContentType> type;
    QByteArray boundary;
    if (const MimeHeader *header = findHeader(index, "Content-Type")) {
        type.reset(g_mime_content_type_parse(nullptr, header->rawValue.constData()));
        if (type)
            boundary = g_mime_content_type_get_parameter(type.get(), "boundary");
    }
    if (boundary.isEmpty()) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "No boundary parameter in %1, which is multipart, so its parts "
                                         "cannot be found (RFC 2046 §5.1.1)."))
                .arg(label(index)));
        return;
    }
    const QByteArray delimiter = "--" + boundary;
    struct Delimiter {
        qsizetype lineStart;
        qsizetype lineEnd;
    };
    QList<Delimiter> delimiters;
    bool closed = false;
    const qsizetype end = self.bodyOffset + self.bodyLength;
    qsizetype pos = self.bodyOffset;
    while (pos < end) {
        const qsizetype next = lineEnd(pos, end);
        if (next - pos >= delimiter.size()
            && std::memcmp(m_data + pos, delimiter.constData(), size_t(delimiter.size())) == 0) {
            qsizetype rest = pos + delimiter.size();
            const bool close = next - rest >= 2 && m_data[rest] == '-' && m_data[rest + 1] == '-';
            if (close)
                rest += 2;
            while (rest < next
                   && (isWhiteSpace(m_data[rest]) || m_data[rest] == '\r' || m_data[rest] == '\n'))
                ++rest;
            if (rest == next) {
                delimiters.append({pos, next});
                if (close) {
                    closed = true;
                    break;
                }
            }
        }
        pos = next;
    }
    const QString boundaryText = QString::fromLatin1(boundary);
    if (delimiters.isEmpty()) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "The boundary “%1” of %2 never appears in its body, so its parts "
                                         "cannot be told apart (RFC 2046 §5.1.1)."))
                .arg(boundaryText, label(index)));
        return;
    }
    if (!closed) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "No closing boundary “--%1--” in %2: the message may have been "
                                         "cut short (RFC 2046 §5.1.1)."))
                .arg(boundaryText, label(index)));
    }
    // Within multipart/digest a part without Content-Type is message/rfc822
    // (RFC 2046 §5.1.5).
    const QByteArray childDefault = self.contentType == "multipart/digest" ? QByteArray("message/rfc822")
                                                                           : QByteArray("text/plain");
    const qsizetype partsCount = closed ? delimiters.size() - 1 : delimiters.size();
    for (qsizetype i = 0; i < partsCount; ++i) {
        const qsizetype partBegin = delimiters.at(i).lineEnd;
        qsizetype partEnd = end;
        if (i + 1 < delimiters.size()) {
            partEnd = delimiters.at(i + 1).lineStart;
            if (partEnd > partBegin && m_data[partEnd - 1] == '\n') {
                --partEnd;
                if (partEnd > partBegin && m_data[partEnd - 1] == '\r')
                    --partEnd;
            }
        }
        parsePart(partBegin, qMax(partBegin, partEnd), index, depth + 1, childDefault);
    }
}

// What a leaf's body says about its declared encoding and charset.
void Scanner::checkLeaf(int index, bool declaredEncoding)
{
    const MimePart &part = m_parts.at(index);
    const char *body = m_data + part.bodyOffset;
    const qsizetype length = part.bodyLength;
    const QByteArray &encoding = part.transferEncoding;

    if (encoding == "base64") {
        qsizetype invalid = 0;
        qsizetype significant = 0;
        for (qsizetype i = 0; i < length; ++i) {
            const char c = body[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                || c == '/' || c == '=')
                ++significant;
            else if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
                ++invalid;
        }
        if (invalid > 0) {
            m_warnings.append(
                translated(QT_TRANSLATE_NOOP("MimeMessage",
                                             "Invalid base64 in %1: %2 character(s) outside the base64 "
                                             "alphabet, which decoding skips (RFC 2045 §6.8)."))
                    .arg(label(index))
                    .arg(invalid));
        }
        if (significant % 4 != 0) {
            m_warnings.append(
                translated(QT_TRANSLATE_NOOP("MimeMessage",
                                             "Invalid base64 in %1: its %2 characters are not a multiple "
                                             "of 4, so the data is cut short (RFC 2045 §6.8)."))
                    .arg(label(index))
                    .arg(significant));
        }
    }
    if (encoding == "7bit" && hasEightBit(body, length)) {
        m_warnings.append(
            declaredEncoding ? translated(QT_TRANSLATE_NOOP("MimeMessage",
                                                            "8-bit octets in %1, which is declared 7bit: a "
                                                            "server without 8BITMIME may "
                                                            "mangle them (RFC 2045 §2.7, RFC 6152)."))
                                   .arg(label(index))
                             : translated(QT_TRANSLATE_NOOP("MimeMessage",
                                                            "8-bit octets in %1, which has no "
                                                            "Content-Transfer-Encoding and is therefore "
                                                            "7bit: a server without 8BITMIME may mangle them "
                                                            "(RFC 2045 §6.1, RFC 6152)."))
                                   .arg(label(index)));
    }
    if ((encoding == "7bit" || encoding == "8bit") && std::memchr(body, 0, size_t(length))) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "NUL octets in %1: neither 7bit nor 8bit data may hold them "
                                         "(RFC 2045 §2.7, §2.8)."))
                .arg(label(index)));
    }
    if (!part.charset.isEmpty() && part.contentType.startsWith("text/") && !knownCharset(part.charset)) {
        m_warnings.append(
            translated(QT_TRANSLATE_NOOP("MimeMessage",
                                         "Unknown charset “%1” in %2: its text is shown as Latin-1 "
                                         "(ISO-8859-1) instead."))
                .arg(QString::fromLatin1(part.charset), label(index)));
    }
}

QString stripHtml(QString html)
{
    static const QRegularExpression hidden(QStringLiteral("<(head|style|script)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/tr|/h\\d)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(hidden);
    html.replace(breaks, QStringLiteral("\n"));
    html.remove(tags);
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text;
    qsizetype last = 0;
    auto it = numeric.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        text += html.mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        text += ok && code > 0 && code <= 0x10FFFF
            ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1)
            : match.captured(0);
        last = match.capturedEnd();
    }
    text += html.mid(last);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

QString MimeMessage::decodeHeaderValue(const QByteArray &rawValue)
{
    return decodeHeaderValueImpl(rawValue);
}

QList<MimeAddress> MimeMessage::addresses(const QByteArray &rawValue)
{
    gmimeInit();
    QList<MimeAddress> out;
    ObjectPtr<InternetAddressList> list(internet_address_list_parse(nullptr, rawValue.constData()));
    appendAddresses(list.get(), &out);
    return out;
}

QByteArray MimeMessage::encodePhrase(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!hasEightBit(utf8.constData(), utf8.size()))
        return utf8;
    gmimeInit();
    return takeString(g_mime_utils_header_encode_phrase(nullptr, utf8.constData(), "utf-8"));
}

MimeMessage MimeMessage::parse(const QByteArray &raw)
{
    MimeMessage message;
    message.m_raw = raw;
    Scanner scanner(message.m_raw, message.m_parts, message.m_warnings, message.m_notes);
    scanner.parsePart(0, message.m_raw.size(), -1, 0, "text/plain");
    return message;
}

QString MimeMessage::header(const QByteArray &name) const
{
    if (m_parts.isEmpty())
        return QString();
    for (const MimeHeader &header : m_parts.first().headers) {
        if (qstricmp(header.name.constData(), name.constData()) == 0)
            return header.value;
    }
    return QString();
}

QByteArray MimeMessage::decodedBody(int part) const
{
    if (part < 0 || part >= m_parts.size())
        return QByteArray();
    const MimePart &p = m_parts.at(part);
    const QByteArray body = m_raw.mid(p.bodyOffset, p.bodyLength);
    const QByteArray &encoding = p.transferEncoding;
    if (encoding == "base64")
        return runEncoding(body, GMIME_CONTENT_ENCODING_BASE64, false);
    if (encoding == "quoted-printable")
        return runEncoding(body, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE, false);
    if (encoding == "x-uuencode" || encoding == "uuencode" || encoding == "x-uue") {
        gmimeInit();
        return uudecode(body);
    }
    return body;
}

QString MimeMessage::text() const
{
    int found = -1;
    bool html = false;
    for (int i = 0; i < m_parts.size() && found < 0; ++i) {
        const MimePart &p = m_parts.at(i);
        if (p.children.isEmpty() && !p.isAttachment && p.contentType == "text/plain")
            found = i;
    }
    for (int i = 0; i < m_parts.size() && found < 0; ++i) {
        const MimePart &p = m_parts.at(i);
        if (p.children.isEmpty() && !p.isAttachment && p.contentType == "text/html") {
            found = i;
            html = true;
        }
    }
    if (found < 0)
        return QString();
    QString text = toUnicode(decodedBody(found), m_parts.at(found).charset);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return html ? stripHtml(text) : text;
}
