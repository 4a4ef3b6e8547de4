// SPDX-License-Identifier: GPL-3.0-or-later
// mimemessage.h — a received message, parsed: headers, the MIME tree, the bytes.
//
// RFC 5322 (message format) and MIME (RFC 2045/2046/2047/2231), parsed by
// GMime 3 behind this one class (RAII; no GLib type leaks out). Parsing never
// fails: a malformed message (broken boundaries, bad base64, an unknown
// charset, 8-bit octets in a 7bit part) is kept as received and described in
// warnings(). Every part knows where its bytes are in raw(), so a view can
// highlight them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct MimeHeader {
    QByteArray name; // as written ("Subject")
    QByteArray rawValue; // unfolded, as on the wire (may hold RFC 2047 words)
    QString value; // decoded (RFC 2047), for people
    qsizetype offset = 0; // where the header line starts in raw()
    qsizetype length = 0; // through its CR LF, folded lines included
};

struct MimeParameter { // "charset=utf-8", "filename*=utf-8''praia.png" (RFC 2045 §5.1, RFC 2231)
    QByteArray name; // lower case, without RFC 2231's "*" or section numbers
    QString value; // decoded (RFC 2231 continuations and charsets, GMime)
};

struct MimeAddress { // one mailbox of an address list (RFC 5322 §3.4), groups flattened
    QString name; // the display name, RFC 2047 words decoded; empty if none
    QByteArray mailbox; // "ana"
    QByteArray host; // "cliente.fr"
};

struct MimePart {
    int parent = -1; // index in parts(); -1 for the message itself
    QList<int> children;
    int depth = 0;
    QByteArray contentType; // lower case "type/subtype"
    QByteArray charset; // lower case, empty if none
    QByteArray transferEncoding; // lower case: "7bit", "8bit", "base64", "quoted-printable", "binary"
    QString fileName; // from Content-Disposition or Content-Type, RFC 2231/2047 decoded
    bool isAttachment = false;
    QList<MimeParameter> typeParameters; // Content-Type's, in order
    QByteArray disposition; // lower case "attachment" / "inline"; empty if no Content-Disposition
    QList<MimeParameter> dispositionParameters;
    QList<MimeHeader> headers; // the part's own headers (for parts() [0]: the message's)
    qsizetype offset = 0; // first byte of the part (its headers) in raw()
    qsizetype length = 0; // bytes through the end of its body
    qsizetype bodyOffset = 0; // first byte of its body
    qsizetype bodyLength = 0;
};

class MimeMessage
{
public:
    MimeMessage() = default;
    // Parses a message (CR LF or LF line ends). Never fails.
    static MimeMessage parse(const QByteArray &raw);

    const QByteArray &raw() const { return m_raw; }
    bool isEmpty() const { return m_parts.isEmpty(); }
    // The message's own headers, in order.
    QList<MimeHeader> headers() const
    {
        return m_parts.isEmpty() ? QList<MimeHeader>() : m_parts.first().headers;
    }
    // A header value with its RFC 2047 encoded words decoded (GMime), for people.
    static QString decodeHeaderValue(const QByteArray &rawValue);
    // An address list header's value (From, To, Cc …), parsed by GMime.
    static QList<MimeAddress> addresses(const QByteArray &rawValue);
    // Text for a header as it must travel (7-bit): as it is when ASCII, else
    // RFC 2047 encoded words ("=?utf-8?…?=").
    static QByteArray encodePhrase(const QString &text);
    // The decoded value of the first header with this name (case-insensitive).
    QString header(const QByteArray &name) const;
    // Every part, depth first; parts().first() is the message itself.
    const QList<MimePart> &parts() const { return m_parts; }
    // The part's body with its transfer encoding undone (an attachment's bytes).
    QByteArray decodedBody(int part) const;
    // The first text/plain part (or text/html stripped of tags), as Unicode.
    QString text() const;
    // What is wrong with the message, in words (translated); empty when nothing is.
    QStringList warnings() const { return m_warnings; }
    // What is unusual but not wrong (a message with no header fields, as the
    // course types by hand), in words; empty when nothing is.
    QStringList notes() const { return m_notes; }

private:
    QByteArray m_raw;
    QList<MimePart> m_parts;
    QStringList m_warnings;
    QStringList m_notes;
};
