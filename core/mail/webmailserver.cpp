// SPDX-License-Identifier: GPL-3.0-or-later
// webmailserver.cpp — the webmail's requests, each answered after its IMAP or SMTP leg.
#include "webmailserver.h"

#include "message/mimecomposer.h"
#include "message/mimemessage.h"
#include "protocol/imapresponse.h"
#include "protocol/smtpaddress.h"
#include "protocol/smtpclientsession.h"
#include "transcript/notes.h"
#include "web/formdata.h"
#include "web/webtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

const QByteArray cookieName = "carteiro_webmail";

QByteArray randomToken(int octets)
{
    QByteArray bytes(octets, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), octets / 4);
    return bytes.toHex();
}

// Compared in a time that does not depend on where they differ.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray cookieValue(const HttpRequest &request, const QByteArray &name)
{
    for (const QByteArray &header : request.headers.values("Cookie")) {
        for (const QByteArray &pair : header.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            if (trimmed.startsWith(name + '='))
                return trimmed.mid(name.size() + 1);
        }
    }
    return {};
}

FormData formOf(const HttpRequest &request)
{
    const QByteArray type = request.headers.value("Content-Type");
    if (type.trimmed().toLower().startsWith("multipart/form-data"))
        return FormData::fromMultipart(type, request.body);
    return FormData::fromUrlEncoded(request.body);
}

QByteArray imapString(const QByteArray &octets)
{
    return ImapParser::quoted(octets);
}

// An nstring's octets: empty for NIL (RFC 3501 §4.5).
QByteArray nstring(const ImapValue &value)
{
    return value.kind == ImapValue::Kind::Nil ? QByteArray() : value.text;
}

// "Ana <ana@cliente.fr>" from an ENVELOPE address ((name adl mailbox host)).
QString envelopeAddress(const ImapValue &address, bool nameOnly)
{
    const QString name = MimeMessage::decodeHeaderValue(nstring(address.items.value(0)));
    const QByteArray mailbox = address.items.value(2).text + '@' + address.items.value(3).text;
    if (nameOnly && !name.isEmpty())
        return name;
    return name.isEmpty() ? QString::fromUtf8(mailbox)
                          : name + QStringLiteral(" <") + QString::fromUtf8(mailbox) + QLatin1Char('>');
}

QString envelopeAddresses(const ImapValue &list, bool nameOnly)
{
    QStringList out;
    if (list.kind == ImapValue::Kind::List) {
        for (const ImapValue &a : list.items) {
            if (a.kind == ImapValue::Kind::List && a.items.size() >= 4
                && a.items.at(2).kind != ImapValue::Kind::Nil)
                out.append(envelopeAddress(a, nameOnly));
        }
    }
    return out.join(QStringLiteral(", "));
}

QString shownDate(const QByteArray &rfc5322)
{
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(rfc5322).simplified(), Qt::RFC2822Date);
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString::fromUtf8(rfc5322);
}

// The FETCH data list of "* 3 FETCH (…)", or null.
const ImapValue *fetchData(const ImapCommand &untagged)
{
    if (untagged.arguments.size() < 2 || untagged.arguments.at(0).upperAtom() != "FETCH")
        return nullptr;
    return &untagged.arguments.at(1);
}

// The ENVELOPE and BODYSTRUCTURE of a FETCH's first message (and its FLAGS,
// when asked); false if either of the first two is missing.
bool envelopeAndStructure(const ImapCommandResult &r, const ImapValue **envelope, const ImapValue **structure,
                          const ImapValue **flags = nullptr)
{
    for (const ImapCommand &u : r.untagged) {
        if (const ImapValue *data = fetchData(u)) {
            *envelope = ImapResponse::item(*data, "ENVELOPE");
            *structure = ImapResponse::item(*data, "BODYSTRUCTURE");
            if (flags)
                *flags = ImapResponse::item(*data, "FLAGS");
            return *envelope && *structure;
        }
    }
    return false;
}

// A section's octets from a FETCH ("BODY[2.MIME]"), whatever the case.
QByteArray section(const ImapValue &data, const QByteArray &name)
{
    const ImapValue *v = ImapResponse::item(data, name.toUpper());
    return v ? v->text : QByteArray();
}

// Addresses typed in a form field ("ana@cliente.fr, Luis <luis@cliente.fr>"):
// each must be one mailbox, without a line break; the first wrong one is `bad`.
QList<QByteArray> typedAddresses(const QString &field, QString *bad)
{
    QList<QByteArray> out;
    static const QRegularExpression angle(QStringLiteral("<([^<>]*)>\\s*$"));
    for (const QString &item : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString text = item.trimmed();
        if (text.isEmpty())
            continue;
        const QRegularExpressionMatch m = angle.match(text);
        if (m.hasMatch())
            text = m.captured(1).trimmed();
        const QByteArray mailbox = text.toUtf8();
        if (mailbox.contains('\r') || mailbox.contains('\n')
            || !SmtpAddress::isValidMailbox(mailbox, SmtpAddress::Charset::Utf8)) {
            *bad = item.trimmed();
            return {};
        }
        out.append(mailbox);
    }
    return out;
}

QString oneLine(QString text)
{
    // A subject typed with a line break would start a header field of its own.
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QByteArray contentDisposition(const QString &fileName)
{
    // RFC 6266 §4.3: an ASCII fallback and the UTF-8 name (RFC 8187).
    QByteArray ascii;
    for (const QChar c : fileName)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"')
                  && c != QLatin1Char('\\'))
            ? char(c.unicode())
            : '_';
    return "attachment; filename=\"" + (ascii.isEmpty() ? QByteArray("attachment") : ascii)
        + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

} // namespace

WebmailServer::WebmailServer(HostContext *context, const WebmailConfig &config, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_config(config)
{
}

bool WebmailServer::carriesSecret(const HttpRequest &request)
{
    return request.method == "POST" && request.path() == "/login";
}

// ---- sessions ---------------------------------------------------------------------

WebmailServer::Session *WebmailServer::session(const QByteArray &id)
{
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return nullptr;
    const qint64 now = m_context->nowMs();
    if (now - it->lastUsedMs > m_config.sessionIdleMs) {
        m_sessions.erase(it);
        return nullptr;
    }
    it->lastUsedMs = now;
    return &it.value();
}

WebmailServer::Session *WebmailServer::sessionOf(Exchange *x, bool create)
{
    Session *s = session(cookieValue(x->request, cookieName));
    if (!s && create) {
        if (m_sessions.size() >= m_config.maximumSessions) {
            // The oldest goes (a browser that never came back).
            auto oldest = std::min_element(
                m_sessions.begin(), m_sessions.end(),
                [](const Session &a, const Session &b) { return a.lastUsedMs < b.lastUsedMs; });
            if (oldest != m_sessions.end())
                m_sessions.erase(oldest);
        }
        Session fresh;
        fresh.id = randomToken(32);
        fresh.csrf = randomToken(16);
        fresh.lastUsedMs = m_context->nowMs();
        s = &m_sessions.insert(fresh.id, fresh).value();
        x->newCookie = true;
    }
    if (s) {
        x->sessionId = s->id;
        // ?lang= on any page chooses, and the choice stays with the session.
        const QString asked = FormData::fromUrlEncoded(x->request.query()).value(QStringLiteral("lang"));
        if (Web::languages().contains(asked))
            s->language = asked;
        if (!s->language.isEmpty())
            x->language = s->language;
    }
    return s;
}

QByteArray WebmailServer::address(const Session &s) const
{
    return s.user.contains('@') ? s.user : s.user + '@' + m_config.domain.toUtf8();
}

Webmail::Frame WebmailServer::frame(const Exchange &x, Session &s, const QByteArray &folder)
{
    Webmail::Frame f;
    f.language = x.language;
    f.user = QString::fromUtf8(address(s));
    f.csrfToken = s.csrf;
    f.currentFolder = folder;
    f.server = m_config.mailServer;
    f.notice = std::exchange(s.notice, QString());
    f.error = std::exchange(s.error, QString());
    return f;
}

// ---- answers ----------------------------------------------------------------------

void WebmailServer::respond(const Exchange &x, HttpResponse response)
{
    HttpHeaders &h = response.headers;
    if (!h.contains("Content-Security-Policy"))
        h.set("Content-Security-Policy", Webmail::pagePolicy());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    if (!h.contains("X-Frame-Options"))
        h.set("X-Frame-Options", "DENY");
    if (!h.contains("Cache-Control"))
        h.set("Cache-Control", "no-store");
    if (x.newCookie && !x.sessionId.isEmpty()) {
        h.append("Set-Cookie",
                 cookieName + '=' + x.sessionId + "; Path=/; HttpOnly; SameSite=Strict"
                     + (x.secure ? "; Secure" : ""));
    }
    x.responder.respond(response);
}

void WebmailServer::page(const Exchange &x, int status, const QByteArray &html)
{
    HttpResponse response = HttpResponse::withBody(status, "text/html; charset=utf-8", html);
    response.headers.set("Content-Language", x.language.toLatin1());
    respond(x, response);
}

void WebmailServer::redirect(const Exchange &x, const QByteArray &location)
{
    // 303: after a POST the browser GETs the page (RFC 9110 §15.4.4).
    respond(x, HttpResponse::redirect(303, location));
}

void WebmailServer::error(const Exchange &x, int status, const QString &text)
{
    page(x, status, Webmail::errorPage(x.language, status, text));
}

bool WebmailServer::checkCsrf(const Exchange &x, const Session &s, const QString &token)
{
    if (sameToken(token.toLatin1(), s.csrf))
        return true;
    error(
        x, 403,
        Web::text(
            x.language,
            QT_TRANSLATE_NOOP(
                "Webmail",
                "This form has expired or did not come from this webmail. Load the page again and repeat.")));
    return false;
}

// ---- the requests ------------------------------------------------------------------

void WebmailServer::handle(const HttpRequest &request, const HttpResponder &responder, bool secure)
{
    Exchange x;
    x.request = request;
    x.responder = responder;
    x.secure = secure;
    QString fallback = m_config.language.isEmpty() ? Notes::language() : m_config.language;
    if (!Web::languages().contains(fallback))
        fallback = QStringLiteral("gl");
    x.language = Web::negotiateLanguage(request.headers.value("Accept-Language"), fallback);
    const QByteArray path = request.path();
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (path == "/style.css" && get) {
        HttpResponse css = HttpResponse::withBody(200, "text/css; charset=utf-8", Webmail::styleSheet());
        css.headers.set("Cache-Control", "max-age=3600");
        respond(x, css);
        return;
    }
    static const QList<QByteArray> getPaths = {"/",     "/login", "/folder", "/read",
                                               "/part", "/html",  "/compose"};
    static const QList<QByteArray> postPaths = {"/login", "/logout", "/send", "/delete", "/move"};
    if (!getPaths.contains(path) && !postPaths.contains(path)) {
        sessionOf(&x, false);
        error(x, 404, Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "There is no such page.")));
        return;
    }
    if ((get && !getPaths.contains(path)) || (post && !postPaths.contains(path)) || (!get && !post)) {
        HttpResponse r = HttpResponse::withBody(405, "text/plain; charset=utf-8", "405 Method Not Allowed\n");
        r.headers.set("Allow",
                      getPaths.contains(path) && postPaths.contains(path) ? "GET, HEAD, POST"
                          : getPaths.contains(path)                       ? "GET, HEAD"
                                                                          : "POST");
        respond(x, r);
        return;
    }
    Session *s = sessionOf(&x, path == "/login");
    if (path == "/login") {
        if (post)
            login(x);
        else if (s && !s->user.isEmpty())
            redirect(x, "/folder?name=INBOX");
        else
            loginForm(x);
        return;
    }
    if (!s || s->user.isEmpty()) {
        // Not logged in (or the session expired): to the log-in page.
        redirect(x, "/login");
        return;
    }
    if (path == "/")
        redirect(x, "/folder?name=INBOX");
    else if (path == "/logout")
        logout(x);
    else if (path == "/folder")
        folder(x);
    else if (path == "/read")
        read(x);
    else if (path == "/part")
        part(x, false);
    else if (path == "/html")
        part(x, true);
    else if (path == "/compose")
        compose(x);
    else if (path == "/send")
        send(x);
    else if (path == "/delete")
        deleteOrMove(x, false);
    else if (path == "/move")
        deleteOrMove(x, true);
}

void WebmailServer::loginForm(const Exchange &x, const QString &problem, const QString &user)
{
    Session *s = session(x.sessionId);
    page(x, 200, Webmail::loginPage(x.language, s ? s->csrf : QByteArray(), problem, m_config.domain, user));
}

void WebmailServer::login(const Exchange &x)
{
    Session *s = session(x.sessionId);
    const FormData form = formOf(x.request);
    if (!s || !checkCsrf(x, *s, form.value(QStringLiteral("csrf"))))
        return;
    const QByteArray user = form.value(QStringLiteral("user")).trimmed().toUtf8();
    const QByteArray password = form.value(QStringLiteral("password")).toUtf8();
    if (user.isEmpty() || password.isEmpty() || user.contains('\r') || user.contains('\n')) {
        loginForm(
            x, Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "Write your user name and your password.")),
            QString::fromUtf8(user));
        return;
    }
    // The mail server decides: the webmail logs in there, as the user.
    auto engine = std::make_unique<ImapCommandSession>();
    ImapCommandSession *imap = engine.get();
    auto ok = std::make_shared<bool>(false);
    QPointer<WebmailServer> self(this);
    imap->command(
        "LOGIN " + imapString(user) + ' ' + imapString(password),
        [imap, ok](const ImapCommandResult &r) {
            *ok = r.ok;
            imap->logout();
        },
        true);
    const QByteArray key = user.toLower();
    m_context->connect(
        m_config.host, m_config.mailServer, QStringLiteral("imap"), std::move(engine),
        [self, x, ok, user, password, key](ProtocolSession &) {
            if (!self)
                return;
            if (*ok) {
                self->m_failures.remove(key);
                // A new session at log-in: an id known before is worth nothing.
                Session old = self->m_sessions.take(x.sessionId);
                Session fresh;
                fresh.id = randomToken(32);
                fresh.csrf = randomToken(16);
                fresh.user = user;
                fresh.password = password;
                fresh.language = old.language;
                fresh.lastUsedMs = self->m_context->nowMs();
                self->m_sessions.insert(fresh.id, fresh);
                Exchange next = x;
                next.sessionId = fresh.id;
                next.newCookie = true;
                self->redirect(next, "/folder?name=INBOX");
                return;
            }
            // Slowed down: each failure for this user waits longer.
            const int failures = ++self->m_failures[key];
            const int delay = self->m_config.loginDelayMs * qMin(failures, 5);
            auto holder = std::make_shared<std::unique_ptr<HostAlarm>>();
            *holder = self->m_context->alarm([self, x, user, holder] {
                if (!self)
                    return;
                self->loginForm(
                    x, Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "Wrong user name or password.")),
                    QString::fromUtf8(user));
                // The alarm goes once its ring is over.
                self->m_context->soon([holder] { holder->reset(); });
            });
            (*holder)->start(delay);
        });
}

void WebmailServer::logout(const Exchange &x)
{
    Session *s = session(x.sessionId);
    const FormData form = formOf(x.request);
    if (!s || !checkCsrf(x, *s, form.value(QStringLiteral("csrf"))))
        return;
    m_sessions.remove(x.sessionId);
    Exchange out = x;
    out.newCookie = false;
    HttpResponse r = HttpResponse::redirect(303, "/login");
    r.headers.append("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    respond(out, r);
}

// ---- IMAP legs -----------------------------------------------------------------

void WebmailServer::imapLeg(const Exchange &x, const Session &s, const Script &script)
{
    auto engine = std::make_unique<ImapCommandSession>();
    ImapCommandSession *imap = engine.get();
    QPointer<WebmailServer> self(this);
    imap->command(
        "LOGIN " + imapString(s.user) + ' ' + imapString(s.password),
        [imap, script](const ImapCommandResult &r) {
            if (!r.ok) {
                imap->logout();
                return;
            }
            script(imap);
        },
        true);
    m_context->connect(m_config.host, m_config.mailServer, QStringLiteral("imap"), std::move(engine),
                       [self, x](ProtocolSession &engine) {
                           // Answered already unless the leg failed on the way.
                           if (!self || !x.responder.isValid())
                               return;
                           const auto &imap = static_cast<const ImapCommandSession &>(engine);
                           self->error(
                               x, 502,
                               Web::text(x.language,
                                         QT_TRANSLATE_NOOP("Webmail",
                                                           "The mail server did not answer as "
                                                           "expected: %1"))
                                   .arg(QString::fromUtf8(imap.error().isEmpty() ? QByteArray("LOGIN refused")
                                                                                 : imap.error())));
                       });
}

void WebmailServer::finishLeg(ImapCommandSession *imap, std::function<void()> answer)
{
    imap->logout(std::move(answer));
}

void WebmailServer::readFolders(ImapCommandSession *imap, std::shared_ptr<Webmail::Frame> frame,
                                std::function<void()> then)
{
    imap->command(
        "LIST \"\" \"*\"",
        [imap, frame, then](const ImapCommandResult &r) {
            for (const ImapCommand &u : r.untagged) {
                if (u.name != "LIST" || u.arguments.size() < 3)
                    continue;
                Webmail::Folder folder;
                folder.name = u.arguments.at(2).text;
                bool selectable = true;
                for (const ImapValue &a : u.arguments.at(0).items) {
                    const QByteArray attribute = a.text;
                    if (attribute.compare("\\Noselect", Qt::CaseInsensitive) == 0
                        || attribute.compare("\\NonExistent", Qt::CaseInsensitive) == 0)
                        selectable = false;
                    for (const char *use : {"\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive"}) {
                        if (attribute.compare(use, Qt::CaseInsensitive) == 0)
                            folder.specialUse = use;
                    }
                }
                if (selectable)
                    frame->folders.append(folder);
            }
            // INBOX first, then the others as the server listed them.
            std::stable_sort(frame->folders.begin(), frame->folders.end(),
                             [](const Webmail::Folder &a, const Webmail::Folder &b) {
                                 return a.name.toUpper() == "INBOX" && b.name.toUpper() != "INBOX";
                             });
            imap->command("STATUS INBOX (UNSEEN)", [frame, then](const ImapCommandResult &r) {
                for (const ImapCommand &u : r.untagged) {
                    if (u.name == "STATUS" && u.arguments.size() >= 2) {
                        const ImapValue *unseen = ImapResponse::item(u.arguments.at(1), "UNSEEN");
                        for (Webmail::Folder &f : frame->folders) {
                            if (unseen && f.name.toUpper() == "INBOX")
                                f.unseen = unseen->text.toInt();
                        }
                    }
                }
                then();
            });
        },
        false);
}

// ---- pages -----------------------------------------------------------------------

void WebmailServer::folder(const Exchange &x)
{
    Session *s = session(x.sessionId);
    const FormData query = FormData::fromUrlEncoded(x.request.query());
    QByteArray name = query.value(QStringLiteral("name")).toUtf8();
    if (name.isEmpty())
        name = "INBOX";
    const int asked = qMax(1, query.value(QStringLiteral("page")).toInt());
    auto f = std::make_shared<Webmail::Frame>(frame(x, *s, name));
    const int pageSize = m_config.pageSize;
    QPointer<WebmailServer> self(this);
    imapLeg(x, *s, [self, x, f, name, asked, pageSize](ImapCommandSession *imap) {
        readFolders(imap, f, [self, x, f, name, asked, pageSize, imap] {
            // EXAMINE: read-only, as a list of messages changes nothing.
            imap->command(
                "EXAMINE " + imapString(name),
                [self, x, f, asked, pageSize, imap](const ImapCommandResult &r) {
                    if (!r.ok) {
                        finishLeg(imap, [self, x, r] {
                            if (self)
                                self->error(
                                    x, 404,
                                    Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "No such folder: %1"))
                                        .arg(QString::fromUtf8(r.error)));
                        });
                        return;
                    }
                    int exists = 0;
                    for (const ImapCommand &u : r.untagged) {
                        if (u.arguments.value(0).upperAtom() == "EXISTS")
                            exists = u.name.toInt();
                    }
                    // Newest first: page 1 holds the highest sequence numbers.
                    const int pages = qMax(1, (exists + pageSize - 1) / pageSize);
                    const int page = qMin(asked, pages);
                    const int high = exists - (page - 1) * pageSize;
                    const int low = qMax(1, high - pageSize + 1);
                    auto items = std::make_shared<QList<Webmail::ListItem>>();
                    const auto answer = [self, x, f, items, page, pages, exists] {
                        if (self)
                            self->page(x, 200, Webmail::folderPage(*f, *items, page, pages, exists));
                    };
                    if (exists == 0) {
                        finishLeg(imap, answer);
                        return;
                    }
                    imap->command(
                        "FETCH " + QByteArray::number(low) + ':' + QByteArray::number(high)
                            + " (UID FLAGS RFC822.SIZE ENVELOPE BODYSTRUCTURE)",
                        [self, x, imap, items, answer](const ImapCommandResult &r) {
                            if (!r.ok) {
                                // Not an empty list: the reader would think the folder empty.
                                finishLeg(imap, [self, x, r] {
                                    if (self)
                                        self->error(
                                            x, 502,
                                            Web::text(x.language,
                                                      QT_TRANSLATE_NOOP("Webmail",
                                                                        "The mail server did not answer as "
                                                                        "expected: %1"))
                                                .arg(QString::fromUtf8(r.error)));
                                });
                                return;
                            }
                            for (const ImapCommand &u : r.untagged) {
                                const ImapValue *data = fetchData(u);
                                if (!data)
                                    continue;
                                Webmail::ListItem item;
                                if (const ImapValue *uid = ImapResponse::item(*data, "UID"))
                                    item.uid = uid->text.toUInt();
                                if (const ImapValue *flags = ImapResponse::item(*data, "FLAGS")) {
                                    for (const ImapValue &flag : flags->items) {
                                        const QByteArray f = flag.text.toLower();
                                        item.seen |= f == "\\seen";
                                        item.flagged |= f == "\\flagged";
                                        item.answered |= f == "\\answered";
                                    }
                                }
                                if (const ImapValue *size = ImapResponse::item(*data, "RFC822.SIZE"))
                                    item.size = size->text.toLongLong();
                                if (const ImapValue *env = ImapResponse::item(*data, "ENVELOPE")) {
                                    item.date = shownDate(nstring(env->items.value(0)));
                                    item.subject = MimeMessage::decodeHeaderValue(
                                        nstring(env->items.value(1)));
                                    item.from = envelopeAddresses(env->items.value(2), true);
                                }
                                if (const ImapValue *body = ImapResponse::item(*data, "BODYSTRUCTURE")) {
                                    for (const ImapResponse::Leaf &leaf : ImapResponse::leaves(*body))
                                        item.hasAttachments |= leaf.attachment;
                                }
                                if (item.uid)
                                    items->prepend(item); // the server answers low to high
                            }
                            finishLeg(imap, answer);
                        });
                },
                false);
        });
    });
}

namespace {

// The parts a page needs from a BODYSTRUCTURE: the text to show, the HTML
// to offer in a frame, and the attachments left on the server.
struct Shape {
    ImapResponse::Leaf text; // part empty: none
    ImapResponse::Leaf html;
    QList<ImapResponse::Leaf> attachments;
    bool multipart = false;
};

Shape shapeOf(const ImapValue &bodyStructure)
{
    Shape shape;
    shape.multipart = bodyStructure.kind == ImapValue::Kind::List && !bodyStructure.items.isEmpty()
        && bodyStructure.items.first().kind == ImapValue::Kind::List;
    for (const ImapResponse::Leaf &leaf : ImapResponse::leaves(bodyStructure)) {
        if (leaf.attachment)
            shape.attachments.append(leaf);
        else if (leaf.type == "text/plain" && shape.text.part.isEmpty())
            shape.text = leaf;
        else if (leaf.type == "text/html" && shape.html.part.isEmpty())
            shape.html = leaf;
    }
    return shape;
}

// The FETCH items of one part with its own MIME header fields: for a
// single-part message the message's header and text, else the part's.
QByteArray partItems(const QByteArray &part, bool multipart, bool peek)
{
    const QByteArray body = peek ? "BODY.PEEK[" : "BODY[";
    if (!multipart)
        return body + "HEADER] " + body + "TEXT]";
    return body + part + ".MIME] " + body + part + ']';
}

// That part as a small MIME entity, for MimeMessage to undo its encoding.
MimeMessage partEntity(const ImapValue &data, const QByteArray &part, bool multipart)
{
    const QByteArray header = multipart ? section(data, "BODY[" + part + ".MIME]")
                                        : section(data, "BODY[HEADER]");
    const QByteArray body = multipart ? section(data, "BODY[" + part + ']') : section(data, "BODY[TEXT]");
    return MimeMessage::parse(header + body);
}

} // namespace

void WebmailServer::read(const Exchange &x)
{
    Session *s = session(x.sessionId);
    const FormData query = FormData::fromUrlEncoded(x.request.query());
    const QByteArray name = query.value(QStringLiteral("folder")).toUtf8();
    const quint32 uid = query.value(QStringLiteral("uid")).toUInt();
    if (name.isEmpty() || uid == 0) {
        error(x, 400,
              Web::text(x.language,
                        QT_TRANSLATE_NOOP("Webmail",
                                          "Which message? The address lacks its folder or its number.")));
        return;
    }
    auto f = std::make_shared<Webmail::Frame>(frame(x, *s, name));
    QPointer<WebmailServer> self(this);
    const QByteArray uidText = QByteArray::number(uid);
    imapLeg(x, *s, [self, x, f, name, uid, uidText](ImapCommandSession *imap) {
        readFolders(imap, f, [self, x, f, name, uid, uidText, imap] {
            // SELECT (read-write): reading the text marks it \Seen, as a browser's user expects.
            imap->command(
                "SELECT " + imapString(name),
                [self, x, f, name, uid, uidText, imap](const ImapCommandResult &r) {
                    const auto notFound = [self, x] {
                        if (self)
                            self->error(x, 404,
                                        Web::text(x.language,
                                                  QT_TRANSLATE_NOOP("Webmail", "There is no such message.")));
                    };
                    if (!r.ok) {
                        finishLeg(imap, notFound);
                        return;
                    }
                    // The structure first (the course's point: parts can be fetched alone).
                    imap->command(
                        "UID FETCH " + uidText + " (UID FLAGS ENVELOPE BODYSTRUCTURE)",
                        [self, x, f, name, uid, uidText, imap, notFound](const ImapCommandResult &r) {
                            const ImapValue *env = nullptr;
                            const ImapValue *body = nullptr;
                            const ImapValue *flags = nullptr;
                            if (!envelopeAndStructure(r, &env, &body, &flags)) {
                                finishLeg(imap, notFound);
                                return;
                            }
                            bool seen = false;
                            for (const ImapValue &flag : flags ? flags->items : QList<ImapValue>())
                                seen = seen || flag.text.compare("\\Seen", Qt::CaseInsensitive) == 0;
                            auto view = std::make_shared<Webmail::MessageView>();
                            view->uid = uid;
                            view->date = shownDate(nstring(env->items.value(0)));
                            view->subject = MimeMessage::decodeHeaderValue(nstring(env->items.value(1)));
                            view->from = envelopeAddresses(env->items.value(2), false);
                            view->to = envelopeAddresses(env->items.value(5), false);
                            view->cc = envelopeAddresses(env->items.value(6), false);
                            const Shape shape = shapeOf(*body);
                            for (const ImapResponse::Leaf &a : shape.attachments)
                                view->attachments.append(
                                    {a.part, MimeMessage::decodeHeaderValue(a.fileName), a.type, a.size});
                            view->htmlPart = shape.html.part;
                            const ImapResponse::Leaf shown = shape.text.part.isEmpty() ? shape.html
                                                                                       : shape.text;
                            const auto answer = [self, x, f, view] {
                                if (self)
                                    self->page(x, 200, Webmail::messagePage(*f, *view));
                            };
                            if (shown.part.isEmpty()) {
                                finishLeg(imap, answer);
                                return;
                            }
                            const bool multipart = shape.multipart;
                            const QByteArray part = shown.part;
                            imap->command(
                                "UID FETCH " + uidText + " (" + partItems(part, multipart, false) + ')',
                                [imap, f, name, seen, view, answer, part,
                                 multipart](const ImapCommandResult &r) {
                                    for (const ImapCommand &u : r.untagged) {
                                        if (const ImapValue *data = fetchData(u)) {
                                            if (ImapResponse::item(*data,
                                                                   multipart ? "BODY[" + part + ']'
                                                                             : QByteArray("BODY[TEXT]")))
                                                view->text = partEntity(*data, part, multipart).text();
                                        }
                                    }
                                    // Its text fetched (not peeked) made it \Seen after
                                    // STATUS counted it (RFC 3501 §6.4.5): the folder
                                    // list beside it says one unread fewer.
                                    if (r.ok && !seen) {
                                        for (Webmail::Folder &folder : f->folders) {
                                            if (folder.name.compare(name, Qt::CaseInsensitive) == 0
                                                && folder.unseen > 0)
                                                --folder.unseen;
                                        }
                                    }
                                    finishLeg(imap, answer);
                                });
                        });
                },
                false);
        });
    });
}

void WebmailServer::part(const Exchange &x, bool asHtml)
{
    Session *s = session(x.sessionId);
    const FormData query = FormData::fromUrlEncoded(x.request.query());
    const QByteArray name = query.value(QStringLiteral("folder")).toUtf8();
    const QByteArray uidText = QByteArray::number(query.value(QStringLiteral("uid")).toUInt());
    const QByteArray part = query.value(QStringLiteral("part")).toLatin1();
    static const QRegularExpression partNumber(QStringLiteral("^[1-9][0-9]{0,3}(\\.[1-9][0-9]{0,3}){0,7}$"));
    if (name.isEmpty() || uidText == "0" || !partNumber.match(QString::fromLatin1(part)).hasMatch()) {
        error(x, 400,
              Web::text(x.language,
                        QT_TRANSLATE_NOOP("Webmail",
                                          "Which part? The address lacks its folder, message or part.")));
        return;
    }
    QPointer<WebmailServer> self(this);
    imapLeg(x, *s, [self, x, name, uidText, part, asHtml](ImapCommandSession *imap) {
        imap->command(
            "EXAMINE " + imapString(name),
            [self, x, uidText, part, asHtml, imap](const ImapCommandResult &) {
                imap->command(
                    "UID FETCH " + uidText + " (BODYSTRUCTURE)",
                    [self, x, uidText, part, asHtml, imap](const ImapCommandResult &r) {
                        const ImapValue *body = nullptr;
                        for (const ImapCommand &u : r.untagged) {
                            if (const ImapValue *data = fetchData(u))
                                body = ImapResponse::item(*data, "BODYSTRUCTURE");
                            if (body)
                                break;
                        }
                        const auto notFound = [self, x] {
                            if (self)
                                self->error(
                                    x, 404,
                                    Web::text(x.language,
                                              QT_TRANSLATE_NOOP("Webmail", "There is no such part.")));
                        };
                        if (!body) {
                            finishLeg(imap, notFound);
                            return;
                        }
                        const Shape shape = shapeOf(*body);
                        ImapResponse::Leaf leaf;
                        for (const ImapResponse::Leaf &l : ImapResponse::leaves(*body)) {
                            if (l.part == part)
                                leaf = l;
                        }
                        if (leaf.part.isEmpty() || (asHtml && leaf.type != "text/html")) {
                            finishLeg(imap, notFound);
                            return;
                        }
                        const bool multipart = shape.multipart;
                        // PEEK: downloading an attachment does not mark the message read.
                        imap->command(
                            "UID FETCH " + uidText + " (" + partItems(part, multipart, true) + ')',
                            [self, x, imap, leaf, multipart, asHtml, part](const ImapCommandResult &r) {
                                QByteArray octets;
                                bool found = false;
                                for (const ImapCommand &u : r.untagged) {
                                    if (const ImapValue *data = fetchData(u)) {
                                        const MimeMessage entity = partEntity(*data, part, multipart);
                                        if (!entity.isEmpty()) {
                                            octets = entity.decodedBody(0);
                                            found = true;
                                        }
                                    }
                                }
                                finishLeg(imap, [self, x, leaf, octets, found, asHtml] {
                                    if (!self)
                                        return;
                                    if (!found) {
                                        self->error(x, 404,
                                                    Web::text(x.language,
                                                              QT_TRANSLATE_NOOP("Webmail",
                                                                                "There is no such part.")));
                                        return;
                                    }
                                    HttpResponse response;
                                    if (asHtml) {
                                        // The sender's HTML, in a sandbox of its own.
                                        const QByteArray charset = leaf.charset.isEmpty()
                                            ? QByteArray("utf-8")
                                            : leaf.charset;
                                        response = HttpResponse::withBody(200,
                                                                          "text/html; charset=" + charset,
                                                                          Webmail::htmlBodyPage(octets));
                                        response.headers.set("Content-Security-Policy",
                                                             Webmail::htmlBodyPolicy());
                                        response.headers.set("X-Frame-Options", "SAMEORIGIN");
                                    } else {
                                        // Downloaded, never shown in the page's origin.
                                        response = HttpResponse::withBody(
                                            200,
                                            leaf.type.isEmpty() ? QByteArray("application/octet-stream")
                                                                : leaf.type,
                                            octets);
                                        response.headers.set(
                                            "Content-Disposition",
                                            contentDisposition(
                                                MimeMessage::decodeHeaderValue(leaf.fileName)));
                                        response.headers.set("Content-Security-Policy",
                                                             "sandbox; default-src 'none'");
                                    }
                                    self->respond(x, response);
                                });
                            });
                    });
            },
            false);
    });
}

void WebmailServer::compose(const Exchange &x)
{
    Session *s = session(x.sessionId);
    const FormData query = FormData::fromUrlEncoded(x.request.query());
    const quint32 reply = query.value(QStringLiteral("reply")).toUInt();
    const quint32 forward = query.value(QStringLiteral("forward")).toUInt();
    const QByteArray name = query.value(QStringLiteral("folder")).toUtf8();
    auto f = std::make_shared<Webmail::Frame>(frame(x, *s, QByteArray()));
    auto draft = std::make_shared<Webmail::Draft>();
    QPointer<WebmailServer> self(this);
    const quint32 uid = reply ? reply : forward;
    imapLeg(x, *s, [self, x, f, draft, uid, forward, name](ImapCommandSession *imap) {
        readFolders(imap, f, [self, x, f, draft, uid, forward, name, imap] {
            const auto answer = [self, x, f, draft] {
                if (self)
                    self->page(x, 200, Webmail::composePage(*f, *draft));
            };
            if (!uid || name.isEmpty()) {
                finishLeg(imap, answer);
                return;
            }
            // Replying or forwarding: the message's envelope and text, quoted.
            imap->command(
                "EXAMINE " + imapString(name),
                [x, draft, uid, forward, name, imap, answer](const ImapCommandResult &) {
                    const QByteArray uidText = QByteArray::number(uid);
                    imap->command(
                        "UID FETCH " + uidText + " (ENVELOPE BODYSTRUCTURE)",
                        [x, draft, uid, uidText, forward, name, imap, answer](const ImapCommandResult &r) {
                            const ImapValue *env = nullptr;
                            const ImapValue *body = nullptr;
                            if (!envelopeAndStructure(r, &env, &body)) {
                                finishLeg(imap, answer);
                                return;
                            }
                            const QString subject = MimeMessage::decodeHeaderValue(
                                nstring(env->items.value(1)));
                            const QString from = envelopeAddresses(env->items.value(2), false);
                            draft->inReplyTo = uid;
                            draft->replyFolder = name;
                            draft->forward = forward != 0;
                            if (forward) {
                                draft->subject = subject.startsWith(QLatin1String("Fwd:"),
                                                                    Qt::CaseInsensitive)
                                    ? subject
                                    : QStringLiteral("Fwd: ") + subject;
                            } else {
                                // Reply-To when given, else From (RFC 5322 §3.6.2).
                                const QString replyTo = envelopeAddresses(env->items.value(4), false);
                                draft->to = replyTo.isEmpty() ? from : replyTo;
                                draft->subject = subject.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive)
                                    ? subject
                                    : QStringLiteral("Re: ") + subject;
                            }
                            const Shape shape = shapeOf(*body);
                            const ImapResponse::Leaf shown = shape.text.part.isEmpty() ? shape.html
                                                                                       : shape.text;
                            if (shown.part.isEmpty()) {
                                finishLeg(imap, answer);
                                return;
                            }
                            const bool multipart = shape.multipart;
                            const QByteArray part = shown.part;
                            imap->command(
                                "UID FETCH " + uidText + " (" + partItems(part, multipart, true) + ')',
                                [x, draft, from, imap, answer, part, multipart](const ImapCommandResult &r) {
                                    QString text;
                                    for (const ImapCommand &u : r.untagged) {
                                        if (const ImapValue *d = fetchData(u))
                                            text = partEntity(*d, part, multipart).text();
                                    }
                                    if (draft->forward) {
                                        draft->body = QStringLiteral("\n\n-------- ")
                                            + Web::text(x.language,
                                                        QT_TRANSLATE_NOOP("Webmail", "Forwarded message"))
                                            + QStringLiteral(" --------\n") + text;
                                    } else {
                                        QString quoted;
                                        for (const QString &line : text.split(QLatin1Char('\n')))
                                            quoted += QStringLiteral("> ") + line + QLatin1Char('\n');
                                        draft->body = QStringLiteral("\n\n")
                                            + Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "%1 wrote:"))
                                                  .arg(from)
                                            + QLatin1Char('\n') + quoted;
                                    }
                                    finishLeg(imap, answer);
                                });
                        });
                },
                false);
        });
    });
}

void WebmailServer::send(const Exchange &x)
{
    Session *s = session(x.sessionId);
    const FormData form = formOf(x.request);
    if (!checkCsrf(x, *s, form.value(QStringLiteral("csrf"))))
        return;
    const auto back = [this, &x, s, &form](const QString &problem) {
        // The form again, as it was filled, with what was wrong.
        Webmail::Frame f = frame(x, *s, QByteArray());
        f.error = problem;
        f.folders = {{"INBOX", {}, -1}};
        Webmail::Draft draft;
        draft.to = form.value(QStringLiteral("to"));
        draft.cc = form.value(QStringLiteral("cc"));
        draft.subject = form.value(QStringLiteral("subject"));
        draft.body = form.value(QStringLiteral("body"));
        page(x, 422, Webmail::composePage(f, draft));
    };
    if (!form.problem.isEmpty()) {
        back(form.problem);
        return;
    }
    QString bad;
    const QList<QByteArray> to = typedAddresses(form.value(QStringLiteral("to")), &bad);
    if (!bad.isEmpty()) {
        back(Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "This is not an e-mail address: %1"))
                 .arg(bad));
        return;
    }
    const QList<QByteArray> cc = typedAddresses(form.value(QStringLiteral("cc")), &bad);
    if (!bad.isEmpty()) {
        back(Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "This is not an e-mail address: %1"))
                 .arg(bad));
        return;
    }
    if (to.isEmpty()) {
        back(Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "Write at least one address in To.")));
        return;
    }
    qint64 attached = 0;
    MimeDraft draft;
    draft.from = address(*s);
    draft.to = to;
    draft.cc = cc;
    draft.subject = oneLine(form.value(QStringLiteral("subject")));
    QString text = form.value(QStringLiteral("body"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    draft.text = text;
    draft.messageIdDomain = m_config.domain.toUtf8();
    for (const FormFile &file : form.files) {
        attached += file.content.size();
        draft.attachments.append(
            {file.fileName.isEmpty() ? QStringLiteral("attachment") : oneLine(file.fileName),
             file.contentType.contains('\n') || file.contentType.contains('\r') ? QByteArray()
                                                                                : file.contentType,
             file.content});
    }
    if (attached > m_config.attachmentLimit) {
        back(Web::text(x.language,
                       QT_TRANSLATE_NOOP("Webmail",
                                         "The attachments are larger than this webmail accepts (%1 MB)."))
                 .arg(m_config.attachmentLimit / (1024 * 1024)));
        return;
    }
    const QByteArray content = MimeComposer::compose(draft);
    const quint32 reply = form.value(QStringLiteral("reply")).toUInt();
    const QByteArray replyFolder = form.value(QStringLiteral("folder")).toUtf8();
    // Each address once in the envelope, even if written in To and Cc: one
    // RCPT, one copy delivered.
    QList<QByteArray> recipients;
    for (const QByteArray &address : to + cc) {
        bool known = false;
        for (const QByteArray &r : std::as_const(recipients))
            known = known || r.compare(address, Qt::CaseInsensitive) == 0;
        if (!known)
            recipients.append(address);
    }

    // The submission leg: SMTP with AUTH to the user's own server (RFC 6409).
    SmtpClientJob job;
    job.heloName = m_config.host.toUtf8();
    job.authUser = s->user;
    job.authPassword = s->password;
    job.mailFrom = draft.from;
    job.recipients = recipients;
    job.content = content;
    job.eightBit = SmtpAddress::hasEightBit(content);
    job.sevenBitFallback = [](const QByteArray &message, SmtpGreeting) {
        return MimeComposer::downgradeToSevenBit(message, nullptr);
    };
    const Session session = *s;
    QPointer<WebmailServer> self(this);
    m_context->connect(
        m_config.host, m_config.mailServer, QStringLiteral("submission"),
        std::make_unique<SmtpClientSession>(job),
        [self, x, session, content, reply, replyFolder](ProtocolSession &engine) {
            if (!self)
                return;
            const SmtpClientResult result = static_cast<SmtpClientSession &>(engine).result();
            if (result.outcome != SmtpClientResult::Outcome::Delivered) {
                Session *s = self->session(x.sessionId);
                if (s)
                    s->error = Web::text(
                                   x.language,
                                   QT_TRANSLATE_NOOP("Webmail", "The server did not accept the message: %1"))
                                   .arg(QString::fromUtf8(result.lastReply.text()));
                self->redirect(x, "/compose");
                return;
            }
            // Then a copy in Sent (APPEND, as SquirrelMail does) and, for a
            // reply, \Answered on the original.
            auto f = std::make_shared<Webmail::Frame>();
            self->imapLeg(x, session, [self, x, f, content, reply, replyFolder](ImapCommandSession *imap) {
                readFolders(imap, f, [self, x, f, content, reply, replyFolder, imap] {
                    QByteArray sent = "Sent";
                    for (const Webmail::Folder &folder : f->folders) {
                        if (folder.specialUse == "\\Sent")
                            sent = folder.name;
                    }
                    const auto done = [self, x] {
                        if (!self)
                            return;
                        if (Session *s = self->session(x.sessionId))
                            s->notice = Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "Message sent."));
                        self->redirect(x, "/folder?name=INBOX");
                    };
                    imap->command("APPEND " + imapString(sent) + " (\\Seen) {"
                                      + QByteArray::number(content.size()) + "+}\r\n" + content,
                                  [imap, reply, replyFolder, done](const ImapCommandResult &) {
                                      if (!reply || replyFolder.isEmpty()) {
                                          finishLeg(imap, done);
                                          return;
                                      }
                                      imap->command("SELECT " + imapString(replyFolder),
                                                    [imap, reply, done](const ImapCommandResult &) {
                                                        imap->command(
                                                            "UID STORE " + QByteArray::number(reply)
                                                                + " +FLAGS (\\Answered)",
                                                            [imap, done](const ImapCommandResult &) {
                                                                finishLeg(imap, done);
                                                            });
                                                    });
                                  });
                });
            });
        });
}

void WebmailServer::deleteOrMove(const Exchange &x, bool move)
{
    Session *s = session(x.sessionId);
    const FormData form = formOf(x.request);
    if (!checkCsrf(x, *s, form.value(QStringLiteral("csrf"))))
        return;
    const QByteArray name = form.value(QStringLiteral("folder")).toUtf8();
    const quint32 uid = form.value(QStringLiteral("uid")).toUInt();
    QByteArray to = form.value(QStringLiteral("to")).toUtf8();
    if (name.isEmpty() || uid == 0 || (move && to.isEmpty())) {
        error(x, 400,
              Web::text(
                  x.language,
                  QT_TRANSLATE_NOOP("Webmail", "Which message? The form lacks its folder or its number.")));
        return;
    }
    auto f = std::make_shared<Webmail::Frame>();
    QPointer<WebmailServer> self(this);
    const QByteArray uidText = QByteArray::number(uid);
    imapLeg(x, *s, [self, x, f, name, uidText, to, move](ImapCommandSession *imap) {
        readFolders(imap, f, [self, x, f, name, uidText, to, move, imap]() mutable {
            QByteArray target = to;
            if (!move) {
                // Delete: to Trash, as webmail does; in Trash itself, gone for good.
                for (const Webmail::Folder &folder : f->folders) {
                    if (folder.specialUse == "\\Trash")
                        target = folder.name;
                }
                if (target == name)
                    target.clear();
            }
            const auto done = [self, x, name, move](bool ok, const QByteArray &why) {
                if (!self)
                    return;
                if (Session *s = self->session(x.sessionId)) {
                    if (ok)
                        s->notice = move
                            ? Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "Message moved."))
                            : Web::text(x.language, QT_TRANSLATE_NOOP("Webmail", "Message deleted."));
                    else
                        s->error = Web::text(x.language,
                                             QT_TRANSLATE_NOOP("Webmail", "The server refused: %1"))
                                       .arg(QString::fromUtf8(why));
                }
                self->redirect(x, "/folder?name=" + QUrl::toPercentEncoding(QString::fromUtf8(name)));
            };
            imap->command(
                "SELECT " + imapString(name),
                [imap, uidText, target, done](const ImapCommandResult &r) {
                    if (!r.ok) {
                        finishLeg(imap, [done, r] { done(false, r.error); });
                        return;
                    }
                    if (!target.isEmpty()) {
                        // MOVE (RFC 6851).
                        imap->command("UID MOVE " + uidText + ' ' + imapString(target),
                                      [imap, done](const ImapCommandResult &r) {
                                          finishLeg(imap, [done, r] { done(r.ok, r.error); });
                                      });
                        return;
                    }
                    imap->command("UID STORE " + uidText + " +FLAGS.SILENT (\\Deleted)",
                                  [imap, uidText, done](const ImapCommandResult &) {
                                      // UID EXPUNGE (RFC 4315): only this one, not others marked elsewhere.
                                      imap->command("UID EXPUNGE " + uidText,
                                                    [imap, done](const ImapCommandResult &r) {
                                                        finishLeg(imap, [done, r] { done(r.ok, r.error); });
                                                    });
                                  });
                },
                false);
        });
    });
}
