// SPDX-License-Identifier: GPL-3.0-or-later
// webbrowser.cpp — a scenario's browser: requests, cookies, forms (see the header).
#include "webbrowser.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

struct WebBrowser::Visit {
    HttpClientSession *engine = nullptr; // owned by its connection
    BrowseAction action;
    QByteArray url; // of the page last read
    std::function<void(const BrowseResult &)> done;
    bool ended = false;
};

namespace {

QString unescaped(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QByteArray urlEncoded(const QList<QPair<QByteArray, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(QString::fromUtf8(field.first)) + '='
            + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

} // namespace

WebBrowser::WebBrowser(HostContext *context, const QString &host, const QString &webmailHost,
                       const QByteArray &user, const QByteArray &password, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_host(host)
    , m_webmailHost(webmailHost)
    , m_user(user)
    , m_password(password)
{
}

QString WebBrowser::fieldValue(const QByteArray &page, const QByteArray &name)
{
    const QRegularExpression pattern(QStringLiteral("<input[^>]*name=\"%1\"[^>]*value=\"([^\"]*)\"")
                                         .arg(QRegularExpression::escape(QString::fromUtf8(name))));
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(page));
    return m.hasMatch() ? unescaped(m.captured(1)) : QString();
}

QString WebBrowser::textAreaValue(const QByteArray &page, const QByteArray &name)
{
    const QRegularExpression pattern(QStringLiteral("<textarea[^>]*name=\"%1\"[^>]*>([^<]*)</textarea>")
                                         .arg(QRegularExpression::escape(QString::fromUtf8(name))));
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(page));
    return m.hasMatch() ? unescaped(m.captured(1)) : QString();
}

QString WebBrowser::pageText(const QByteArray &page)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(page);
    text.remove(tag);
    return unescaped(text);
}

QByteArray WebBrowser::multipart(const QList<QPair<QByteArray, QString>> &fields,
                                 const QList<BrowseAction::File> &files, QByteArray *boundary)
{
    // As browsers make it: a boundary no field holds, CR LF everywhere.
    // Always 16 hex digits: a body's length (its Content-Length) does not
    // change from run to run with the random number's size.
    *boundary = "----CarteiroFormBoundary"
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    QByteArray body;
    for (const auto &field : fields) {
        body += "--" + *boundary + "\r\nContent-Disposition: form-data; name=\"" + field.first + "\"\r\n\r\n";
        QString value = field.second;
        value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        value.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        body += value.toUtf8() + "\r\n";
    }
    for (const BrowseAction::File &file : files) {
        QString name = file.name;
        name.replace(QLatin1Char('"'), QLatin1String("%22"));
        body += "--" + *boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\""
            + name.toUtf8() + "\"\r\nContent-Type: "
            + (file.type.isEmpty() ? QByteArray("application/octet-stream") : file.type) + "\r\n\r\n"
            + file.content + "\r\n";
    }
    body += "--" + *boundary + "--\r\n";
    return body;
}

HttpRequest WebBrowser::request(const QByteArray &method, const QByteArray &target) const
{
    HttpRequest r;
    r.method = method;
    r.target = target;
    r.version = "HTTP/1.1";
    r.headers.append("Host", m_webmailHost.toUtf8());
    r.headers.append("User-Agent", "Carteiro-browser/1");
    r.headers.append("Accept", "text/html");
    if (!m_cookies.isEmpty()) {
        QList<QByteArray> pairs;
        for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
            pairs.append(it.key() + '=' + it.value());
        r.headers.append("Cookie", pairs.join("; "));
    }
    return r;
}

void WebBrowser::keepCookies(const HttpClientResponse &response)
{
    for (const QByteArray &set : response.headers.values("Set-Cookie")) {
        const QByteArray pair = set.split(';').first().trimmed();
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = pair.left(equals);
        const QByteArray value = pair.mid(equals + 1);
        if (value.isEmpty() || set.toLower().contains("max-age=0"))
            m_cookies.remove(name);
        else
            m_cookies.insert(name, value);
    }
}

void WebBrowser::get(const std::shared_ptr<Visit> &visit, const QByteArray &target,
                     std::function<void(const HttpClientResponse &)> then)
{
    QPointer<WebBrowser> self(this);
    visit->engine->request(request("GET", target), [self, visit, target, then](const HttpClientResponse &r) {
        if (!self)
            return;
        self->keepCookies(r);
        visit->url = target;
        self->follow(visit, target, r, 0, then);
    });
}

void WebBrowser::post(const std::shared_ptr<Visit> &visit, const QByteArray &target,
                      const QByteArray &contentType, const QByteArray &body, bool sensitive,
                      std::function<void(const HttpClientResponse &)> then)
{
    HttpRequest r = request("POST", target);
    r.headers.append("Content-Type", contentType);
    r.body = body;
    QPointer<WebBrowser> self(this);
    visit->engine->request(
        r,
        [self, visit, target, then](const HttpClientResponse &r) {
            if (!self)
                return;
            self->keepCookies(r);
            visit->url = target;
            self->follow(visit, target, r, 0, then);
        },
        sensitive);
}

void WebBrowser::follow(const std::shared_ptr<Visit> &visit, const QByteArray &target,
                        const HttpClientResponse &response, int hops,
                        std::function<void(const HttpClientResponse &)> then)
{
    Q_UNUSED(target);
    if (!response.ok) {
        end(visit, response, response.error);
        return;
    }
    const bool redirect = response.status == 301 || response.status == 302 || response.status == 303
        || response.status == 307 || response.status == 308;
    const QByteArray location = response.headers.value("Location");
    if (!redirect || location.isEmpty()) {
        then(response);
        return;
    }
    if (hops >= 5) {
        end(visit, response, "more than 5 redirects");
        return;
    }
    QPointer<WebBrowser> self(this);
    visit->engine->request(request("GET", location),
                           [self, visit, location, hops, then](const HttpClientResponse &r) {
                               if (!self)
                                   return;
                               self->keepCookies(r);
                               visit->url = location;
                               self->follow(visit, location, r, hops + 1, then);
                           });
}

void WebBrowser::end(const std::shared_ptr<Visit> &visit, const HttpClientResponse &page,
                     const QByteArray &error)
{
    if (visit->ended)
        return;
    visit->ended = true;
    BrowseResult result;
    result.status = page.status;
    result.page = page.body;
    result.url = visit->url;
    result.error = error;
    result.ok = error.isEmpty() && page.ok && page.status >= 200 && page.status < 300;
    if (result.error.isEmpty() && !result.ok)
        result.error = "the page answered " + QByteArray::number(page.status) + ' ' + page.reason;
    m_last = result;
    visit->engine->finish();
    if (visit->done)
        visit->done(result);
    Q_EMIT finished(result);
}

void WebBrowser::run(const BrowseAction &action, std::function<void(const BrowseResult &)> done)
{
    auto engine = std::make_unique<HttpClientSession>();
    auto visit = std::make_shared<Visit>();
    visit->engine = engine.get();
    visit->action = action;
    visit->done = std::move(done);
    m_busy = true;
    QPointer<WebBrowser> self(this);
    const auto page = [self, visit](const HttpClientResponse &r) {
        if (self)
            self->end(visit, r);
    };
    const QByteArray uid = QByteArray::number(action.uid);
    const QByteArray folder = QUrl::toPercentEncoding(QString::fromUtf8(action.folder));
    switch (action.kind) {
    case BrowseAction::Kind::Open:
        get(visit, action.path.isEmpty() ? QByteArray("/") : action.path, page);
        break;
    case BrowseAction::Kind::Login:
        get(visit, "/login", [self, visit, page](const HttpClientResponse &form) {
            if (!self)
                return;
            const QByteArray body = urlEncoded({{"csrf", fieldValue(form.body, "csrf")},
                                                {"user", QString::fromUtf8(self->m_user)},
                                                {"password", QString::fromUtf8(self->m_password)}});
            self->post(visit, "/login", "application/x-www-form-urlencoded", body, true, page);
        });
        break;
    case BrowseAction::Kind::Read: get(visit, "/read?folder=" + folder + "&uid=" + uid, page); break;
    case BrowseAction::Kind::Send:
    case BrowseAction::Kind::Reply: {
        const bool reply = action.kind == BrowseAction::Kind::Reply;
        const QByteArray composer = reply ? "/compose?reply=" + uid + "&folder=" + folder
                                          : QByteArray("/compose");
        get(visit, composer, [self, visit, page, reply](const HttpClientResponse &form) {
            if (!self)
                return;
            const BrowseAction &a = visit->action;
            QList<QPair<QByteArray, QString>> fields{{"csrf", fieldValue(form.body, "csrf")}};
            if (reply) {
                fields.append({"reply", fieldValue(form.body, "reply")});
                fields.append({"folder", fieldValue(form.body, "folder")});
                fields.append({"to", fieldValue(form.body, "to")});
                fields.append({"cc", fieldValue(form.body, "cc")});
                fields.append({"subject", fieldValue(form.body, "subject")});
                // The text typed above the quoted message, as a person replies.
                fields.append({"body", a.body + textAreaValue(form.body, "body")});
            } else {
                fields.append({"to", a.to});
                fields.append({"cc", a.cc});
                fields.append({"subject", a.subject});
                fields.append({"body", a.body});
            }
            QByteArray boundary;
            const QByteArray body = multipart(fields, a.files, &boundary);
            self->post(visit, "/send", "multipart/form-data; boundary=" + boundary, body, false, page);
        });
        break;
    }
    case BrowseAction::Kind::Delete:
        get(visit, "/read?folder=" + folder + "&uid=" + uid,
            [self, visit, page, uid](const HttpClientResponse &shown) {
                if (!self)
                    return;
                const QByteArray body = urlEncoded({{"csrf", fieldValue(shown.body, "csrf")},
                                                    {"folder", QString::fromUtf8(visit->action.folder)},
                                                    {"uid", QString::fromLatin1(uid)}});
                self->post(visit, "/delete", "application/x-www-form-urlencoded", body, false, page);
            });
        break;
    case BrowseAction::Kind::Logout:
        get(visit, "/folder?name=INBOX", [self, visit, page](const HttpClientResponse &shown) {
            if (!self)
                return;
            const QByteArray body = urlEncoded({{"csrf", fieldValue(shown.body, "csrf")}});
            self->post(visit, "/logout", "application/x-www-form-urlencoded", body, false, page);
        });
        break;
    }
    m_context->connect(m_host, m_webmailHost, QStringLiteral("http"), std::move(engine),
                       [self, visit](ProtocolSession &engine) {
                           if (!self)
                               return;
                           self->m_busy = false;
                           if (!visit->ended) {
                               HttpClientResponse none;
                               self->end(visit, none,
                                         static_cast<HttpClientSession &>(engine).error().isEmpty()
                                             ? QByteArray("the connection ended")
                                             : static_cast<HttpClientSession &>(engine).error());
                           }
                       });
}
