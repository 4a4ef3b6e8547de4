// SPDX-License-Identifier: GPL-3.0-or-later
// httpmessage.h — an HTTP/1.1 request and response as the engine hands them
// over and takes them back (RFC 9110 §6, RFC 9112 §2).
//
// Header fields keep their order and the case they were sent in; names are
// looked up without regard to case (RFC 9110 §5.1). A message knows how to
// show itself as lines for the transcript: its start line, its header
// fields, the empty line and its body as text lines, or one summary line
// when the body is not text ("[binary body, 2048 octets]").
#pragma once

#include <QByteArray>
#include <QList>

struct HttpField {
    QByteArray name; // as sent ("Content-Type")
    QByteArray value; // without the whitespace around it
};

class HttpHeaders
{
public:
    // The first field of that name (any case), or empty.
    QByteArray value(const QByteArray &name) const;
    // Every field of that name, in order.
    QList<QByteArray> values(const QByteArray &name) const;
    bool contains(const QByteArray &name) const;
    qsizetype count(const QByteArray &name) const;
    void append(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    // Replaces every field of that name with one (appended if there was none).
    void set(const QByteArray &name, const QByteArray &value);
    void remove(const QByteArray &name);
    // Whether a comma-separated field (Connection, Expect) holds this token, any case.
    bool hasToken(const QByteArray &name, const QByteArray &token) const;
    const QList<HttpField> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<HttpField> m_fields;
};

struct HttpRequest {
    QByteArray method; // "GET", case-sensitive (RFC 9110 §9.1)
    QByteArray target; // "/caixa?carpeta=INBOX"
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers;
    QByteArray body;
    // The request line, as it was read.
    QByteArray requestLine() const { return method + ' ' + target + ' ' + version; }
    // The path of the target, without its query ("/caixa"); of an absolute
    // target ("http://webmail.edu/caixa", RFC 9112 §3.2.2) too.
    QByteArray path() const;
    // The query after "?", empty if none.
    QByteArray query() const;
};

struct HttpResponse {
    int status = 200;
    QByteArray reason; // empty: the usual phrase for the status (reasonPhrase)
    HttpHeaders headers;
    QByteArray body;

    // A response with a body of that type ("text/html; charset=utf-8").
    static HttpResponse withBody(int status, const QByteArray &contentType, const QByteArray &body);
    // A 302/303 to `location`, with no body.
    static HttpResponse redirect(int status, const QByteArray &location);
    // The reason phrase RFC 9110 §15 gives a status ("Not Found"); "Unknown" otherwise.
    static QByteArray reasonPhrase(int status);
};

namespace HttpBody {
// The body as lines for the transcript: text (valid UTF-8 without control
// characters but TAB, CR before LF and LF) is split at its line ends, up to
// `textLimit` octets; anything else is one summary line.
QList<QByteArray> displayLines(const QByteArray &body, qsizetype textLimit = 256 * 1024);
} // namespace HttpBody
