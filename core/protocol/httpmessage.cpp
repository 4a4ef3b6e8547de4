// SPDX-License-Identifier: GPL-3.0-or-later
// httpmessage.cpp — header fields looked up without regard to case, the
// reason phrases of RFC 9110 §15, and a body shown as lines.
#include "httpmessage.h"

#include <QStringDecoder>

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const HttpField &field : m_fields) {
        if (sameName(field.name, name))
            return field.value;
    }
    return QByteArray();
}

QList<QByteArray> HttpHeaders::values(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const HttpField &field : m_fields) {
        if (sameName(field.name, name))
            out.append(field.value);
    }
    return out;
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    return count(name) > 0;
}

qsizetype HttpHeaders::count(const QByteArray &name) const
{
    qsizetype n = 0;
    for (const HttpField &field : m_fields)
        n += sameName(field.name, name) ? 1 : 0;
    return n;
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (sameName(m_fields.at(i).name, name)) {
            m_fields[i].value = value;
            // Any later field of the same name goes.
            for (qsizetype j = m_fields.size() - 1; j > i; --j) {
                if (sameName(m_fields.at(j).name, name))
                    m_fields.removeAt(j);
            }
            return;
        }
    }
    append(name, value);
}

void HttpHeaders::remove(const QByteArray &name)
{
    m_fields.removeIf([&](const HttpField &field) { return sameName(field.name, name); });
}

bool HttpHeaders::hasToken(const QByteArray &name, const QByteArray &token) const
{
    for (const QByteArray &value : values(name)) {
        for (const QByteArray &item : value.split(',')) {
            if (sameName(item.trimmed(), token))
                return true;
        }
    }
    return false;
}

QByteArray HttpRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    QByteArray path = question < 0 ? target : target.left(question);
    // The absolute form (RFC 9112 §3.2.2): the path after the authority.
    const qsizetype scheme = path.indexOf("://");
    if (scheme > 0 && !path.left(scheme).contains('/')) {
        const qsizetype slash = path.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    return path;
}

QByteArray HttpRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

HttpResponse HttpResponse::withBody(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append("Content-Type", contentType);
    response.body = body;
    return response;
}

HttpResponse HttpResponse::redirect(int status, const QByteArray &location)
{
    HttpResponse response;
    response.status = status;
    response.headers.append("Location", location);
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: break;
    }
    return "Unknown";
}

QList<QByteArray> HttpBody::displayLines(const QByteArray &body, qsizetype textLimit)
{
    if (body.isEmpty())
        return {};
    bool text = body.size() <= textLimit;
    for (qsizetype i = 0; text && i < body.size(); ++i) {
        const uchar c = uchar(body.at(i));
        if (c == '\r')
            text = i + 1 < body.size() && body.at(i + 1) == '\n';
        else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
            text = false;
    }
    if (text) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(body);
        text = !decoder.hasError();
    }
    if (!text) {
        const char *kind = body.size() <= textLimit ? "binary body" : "body";
        return {"[" + QByteArray(kind) + ", " + QByteArray::number(body.size()) + " octets]"};
    }
    QList<QByteArray> lines = body.split('\n');
    if (body.endsWith('\n'))
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}
