// SPDX-License-Identifier: GPL-3.0-or-later
// smtpaddress.cpp — checks the syntax of SMTP paths and mailboxes for the
// server engine: where the path ends in "MAIL FROM:<...> params", whether a
// local part is a Dot-string or a Quoted-string (RFC 5321 §4.1.2, RFC 5322
// §3.2.3 atext), whether a domain is made of LDH labels or is an address
// literal (§4.1.3), and, with SMTPUTF8, which UTF-8 is allowed (RFC 6531 §3.3).
// Nothing here replies: SmtpServerSession turns the answers into 501 and 553.
#include "smtpaddress.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace {

// RFC 5321 §4.5.3.1.3: a path is at most 256 octets, angle brackets included.
constexpr int maximumPathLength = 256;
// §4.5.3.1.1 and §4.5.3.1.2.
constexpr int maximumLocalPartLength = 64;
constexpr int maximumDomainLength = 255;

bool isAtext(char c)
{
    // RFC 5322 §3.2.3.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-/=?^_`{|}~", c) != nullptr;
}

bool isLetterOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isNonAscii(char c)
{
    return static_cast<unsigned char>(c) > 0x7f;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() is lazy: the conversion to QString is what runs it.
    const QString text = decoder.decode(bytes);
    return !text.isNull() && !decoder.hasError();
}

// RFC 5321 §4.1.2 Dot-string / Quoted-string; with `utf8`, RFC 6531 §3.3
// adds UTF8-non-ascii to atext and qtext.
bool isValidLocalPart(QByteArrayView local, bool utf8)
{
    if (local.isEmpty() || local.size() > maximumLocalPartLength)
        return false;
    if (local.startsWith('"')) {
        if (local.size() < 2 || !local.endsWith('"'))
            return false;
        for (qsizetype i = 1; i + 1 < local.size(); ++i) {
            const char c = local[i];
            if (c == '\\') {
                ++i;
                if (i + 1 >= local.size() || local[i] < 32 || local[i] > 126)
                    return false;
            } else if (utf8 && isNonAscii(c)) {
                continue;
            } else if (c < 32 || c > 126 || c == '"') {
                return false;
            }
        }
        return true;
    }
    if (local.startsWith('.') || local.endsWith('.') || local.contains(".."))
        return false;
    for (const char c : local) {
        if (c != '.' && !isAtext(c) && !(utf8 && isNonAscii(c)))
            return false;
    }
    return true;
}

// RFC 5321 §4.1.2 Domain / address-literal (§4.1.3); with `utf8`, labels may
// be U-labels (RFC 6531 §3.3), checked here only as UTF-8 letters.
bool isValidDomain(QByteArrayView domain, bool utf8)
{
    if (domain.isEmpty() || domain.size() > maximumDomainLength)
        return false;
    if (domain.startsWith('[')) {
        if (!domain.endsWith(']') || domain.size() < 3)
            return false;
        for (qsizetype i = 1; i + 1 < domain.size(); ++i) {
            const char c = domain[i];
            if (c < 33 || c > 126 || c == '[' || c == ']' || c == '\\')
                return false;
        }
        return true;
    }
    // Label by label, without copying them out.
    for (qsizetype from = 0; from <= domain.size();) {
        qsizetype dot = domain.indexOf('.', from);
        if (dot < 0)
            dot = domain.size();
        const QByteArrayView label = domain.sliced(from, dot - from);
        from = dot + 1;
        if (label.isEmpty() || label.size() > 63)
            return false;
        const auto letter = [utf8](char c) { return isLetterOrDigit(c) || (utf8 && isNonAscii(c)); };
        if (!letter(label.front()) || !letter(label.back()))
            return false;
        for (const char c : label) {
            if (!letter(c) && c != '-')
                return false;
        }
    }
    return true;
}

} // namespace

namespace SmtpAddress {

Path parsePath(const QByteArray &argument, const QByteArray &keyword)
{
    // Looked at in place (views), copied only into what is kept: twice a
    // message in --serve.
    Path path;
    if (argument.size() < keyword.size()
        || qstrnicmp(argument.constData(), keyword.constData(), size_t(keyword.size())) != 0)
        return path;
    // The course writes "MAIL FROM: <ana@cliente.fr>": a space after the colon
    // is tolerated, as most servers do, though §4.1.2 has none.
    const QByteArrayView rest = QByteArrayView(argument).sliced(keyword.size()).trimmed();
    if (!rest.startsWith('<'))
        return path;
    // The closing ">" is the first one outside a quoted local part.
    qsizetype end = -1;
    bool quoted = false;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const char c = rest[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '>') {
            end = i;
            break;
        }
    }
    if (end < 0 || (end + 1 < rest.size() && rest[end + 1] != ' '))
        return path;
    if (end + 1 > maximumPathLength) {
        path.status = Path::Status::TooLong;
        return path;
    }
    QByteArrayView mailbox = rest.sliced(1, end - 1);
    // §4.1.2 and Appendix C: a source route "@a,@b:user@c" is accepted and ignored.
    if (mailbox.startsWith('@')) {
        const qsizetype colon = mailbox.indexOf(':');
        if (colon > 0)
            mailbox = mailbox.sliced(colon + 1);
    }
    path.mailbox = mailbox.toByteArray();
    const QByteArrayView parameters = rest.sliced(end + 1);
    for (qsizetype from = 0; from < parameters.size();) {
        qsizetype space = parameters.indexOf(' ', from);
        if (space < 0)
            space = parameters.size();
        if (space > from)
            path.parameters.append(parameters.sliced(from, space - from).toByteArray());
        from = space + 1;
    }
    path.status = Path::Status::Ok;
    return path;
}

bool isValidMailbox(const QByteArray &mailbox, Charset charset)
{
    const bool utf8 = charset == Charset::Utf8;
    // The domain follows the last "@": a quoted local part may contain "@".
    const qsizetype at = mailbox.lastIndexOf('@');
    if (at <= 0)
        return false;
    if (utf8 && !isUtf8(mailbox))
        return false;
    const QByteArrayView view(mailbox);
    return isValidLocalPart(view.first(at), utf8) && isValidDomain(view.sliced(at + 1), utf8);
}

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), isNonAscii);
}

QByteArray accountName(const QByteArray &name, const QByteArray &domain)
{
    // The domain part must be the server's own, in any case (RFC 5321 §2.4:
    // domains are case-insensitive); the local part is the mailbox's name.
    const qsizetype at = name.lastIndexOf('@');
    if (at < 0)
        return name;
    if (at == 0 || name.mid(at + 1).compare(domain, Qt::CaseInsensitive) != 0)
        return QByteArray();
    return name.left(at);
}

} // namespace SmtpAddress
