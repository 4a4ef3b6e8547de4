// SPDX-License-Identifier: GPL-3.0-or-later
// webmailserver.h — the webmail host (webmail.servidor.edu): pages over HTTP,
// IMAP and SMTP submission behind them, as SquirrelMail does it.
//
// The course's section 5.3: with webmail the user agent is a web browser;
// software on a web server gives access to the mailbox over HTTP instead of
// POP3 or IMAP, and sending is HTTP too, while the servers still speak SMTP
// among themselves. So each request a browser makes becomes, behind the
// page, a short IMAP session to the mail server (LOGIN, LIST, SELECT, a
// FETCH of envelopes or of one part, LOGOUT) or an SMTP submission with AUTH
// followed by an IMAP APPEND to Sent; the page is answered once that leg has
// ended. Every leg is a connection of the world's, drawn on the timeline:
// one click shows as HTTP → IMAP → HTTP.
//
// Safe by default (webmail is where mail security goes wrong):
// - the session cookie is random (256 bits), HttpOnly, SameSite=Strict,
//   Path=/, Secure over HTTPS, and a new one is given at log-in;
// - every form that changes something is a POST with the session's CSRF
//   token, checked before anything is done (403 otherwise);
// - every value from mail or a user is escaped in the pages (core/web);
//   HTML mail is shown as text, or in a sandboxed frame under a policy
//   that runs no script and loads nothing remote;
// - a CR or LF typed in a subject becomes a space, and in an address is
//   refused: nothing typed in a form can add a header field;
// - a failed log-in is answered only after a delay that grows with each
//   failure for that user (up to a limit), so guessing is slow.
// The host knows no password: it asks the mail server at each log-in, and
// keeps the one given in the session (in memory only) for the legs.
#pragma once

#include "mail/hostcontext.h"
#include "protocol/httpserversession.h"
#include "protocol/imapcommandsession.h"
#include "web/webmailpages.h"

#include <QHash>
#include <QObject>

struct WebmailConfig {
    QString host; // "webmail.servidor.edu"
    QString mailServer; // the IMAP and submission server behind: "servidor.edu"
    QString domain; // of its users' addresses: "servidor.edu"
    // When neither the user nor the browser chooses; empty: the
    // application's language (Notes::language(), the window's or --lang).
    QString language;
    int pageSize = 25; // messages on one page of a folder
    int loginDelayMs = 1000; // after a failed log-in, times the failures (up to 5)
    qint64 sessionIdleMs = 30 * 60 * 1000; // a session unused this long is forgotten
    int maximumSessions = 2000;
    qint64 attachmentLimit = 10 * 1024 * 1024; // octets of all files of one message
};

class WebmailServer : public QObject
{
    Q_OBJECT
public:
    WebmailServer(HostContext *context, const WebmailConfig &config, QObject *parent = nullptr);

    const WebmailConfig &config() const { return m_config; }
    // One request from a browser; `secure`: it came over HTTPS.
    void handle(const HttpRequest &request, const HttpResponder &responder, bool secure);
    // For the HTTP engine: the log-in form carries a password.
    static bool carriesSecret(const HttpRequest &request);
    int sessionCount() const { return int(m_sessions.size()); }

private:
    struct Session {
        QByteArray id;
        QByteArray csrf;
        QByteArray user; // as typed at log-in ("fran" or "fran@servidor.edu"); empty: not logged in
        QByteArray password;
        QString language; // chosen on a page; empty: the browser's
        QString notice; // shown once, on the next page
        QString error;
        qint64 lastUsedMs = 0;
    };
    // What a request needs to be answered: its session, language and way back.
    struct Exchange {
        HttpRequest request;
        HttpResponder responder;
        bool secure = false;
        QByteArray sessionId;
        bool newCookie = false; // the response sets the session cookie
        QString language;
    };

    Session *sessionOf(Exchange *exchange, bool create);
    Session *session(const QByteArray &id);
    QByteArray address(const Session &s) const; // "fran@servidor.edu"
    Webmail::Frame frame(const Exchange &x, Session &s, const QByteArray &folder);

    void respond(const Exchange &x, HttpResponse response);
    void page(const Exchange &x, int status, const QByteArray &html);
    void redirect(const Exchange &x, const QByteArray &location);
    void error(const Exchange &x, int status, const QString &text);
    bool checkCsrf(const Exchange &x, const Session &s, const QString &token);

    // The pages and actions.
    void loginForm(const Exchange &x, const QString &error = {}, const QString &user = {});
    void login(const Exchange &x);
    void logout(const Exchange &x);
    void folder(const Exchange &x);
    void read(const Exchange &x);
    void part(const Exchange &x, bool asHtml);
    void compose(const Exchange &x);
    void send(const Exchange &x);
    void deleteOrMove(const Exchange &x, bool move);

    // An IMAP leg: a session to the mail server logged in as `s`'s user;
    // `script` runs once logged in (its commands queued on the engine), and
    // must end with finishLeg(). A refused log-in or a lost connection
    // answers the browser with an error page.
    using Script = std::function<void(ImapCommandSession *imap)>;
    void imapLeg(const Exchange &x, const Session &s, const Script &script);
    // LIST "" "*" and STATUS INBOX (UNSEEN) into the frame's folders, then `then`.
    static void readFolders(ImapCommandSession *imap, std::shared_ptr<Webmail::Frame> frame,
                            std::function<void()> then);
    // LOGOUT, then `answer` (the page goes once the leg is over).
    static void finishLeg(ImapCommandSession *imap, std::function<void()> answer);

    HostContext *m_context;
    WebmailConfig m_config;
    QHash<QByteArray, Session> m_sessions;
    QHash<QByteArray, int> m_failures; // failed log-ins per user name
};
