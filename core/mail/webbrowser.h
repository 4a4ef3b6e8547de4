// SPDX-License-Identifier: GPL-3.0-or-later
// webbrowser.h — a browser inside the world: a scenario's "browse fran …".
//
// So that a headless run and the walkthrough show the webmail's HTTP legs
// without a real browser, a mail client of the scenario can browse its
// webmail as a person would: open the log-in page, post the form, follow
// the redirect to the inbox, open a message, fill the composer and send it.
// Each action is one HTTP connection (HttpClientSession) from the client's
// host to the webmail host, kept alive for its requests; the browser keeps
// the cookies the webmail sets (its session) and reads each form's CSRF
// token from the page, as a real browser sends back what the page holds.
#pragma once

#include "mail/hostcontext.h"
#include "protocol/httpclientsession.h"

#include <QMap>
#include <QObject>

struct BrowseAction {
    enum class Kind : quint8 {
        Open, // GET a path ("/folder?name=Sent")
        Login, // the log-in page, the form with the user's name and password
        Read, // a message of a folder, by UID
        Send, // the composer, filled and sent (attachments as files)
        Reply, // the composer opened as a reply to a message, a text added, sent
        Delete, // a message, from the page that shows it
        Logout
    };
    Kind kind = Kind::Open;
    QByteArray path; // Open
    QByteArray folder = "INBOX"; // Read, Reply, Delete
    quint32 uid = 0; // Read, Reply, Delete
    QString to; // Send
    QString cc;
    QString subject;
    QString body; // Send, Reply
    struct File {
        QString name;
        QByteArray type;
        QByteArray content;
    };
    QList<File> files; // Send
};

struct BrowseResult {
    bool ok = false; // every request was answered and the last page is 2xx
    int status = 0; // of the last page
    QByteArray url; // of the last page ("/folder?name=INBOX")
    QByteArray page; // its body
    QByteArray error; // why not, in words
};

class WebBrowser : public QObject
{
    Q_OBJECT
public:
    // `host`: where it runs (the client's host); `webmailHost`: the site.
    WebBrowser(HostContext *context, const QString &host, const QString &webmailHost, const QByteArray &user,
               const QByteArray &password, QObject *parent = nullptr);

    QString host() const { return m_host; }
    QString webmailHost() const { return m_webmailHost; }
    bool isBusy() const { return m_busy; }
    void run(const BrowseAction &action, std::function<void(const BrowseResult &)> done = {});
    const BrowseResult &lastResult() const { return m_last; }
    QMap<QByteArray, QByteArray> cookies() const { return m_cookies; }
    // What the person types in the log-in form (a slip of the fingers, say).
    void setPassword(const QByteArray &password) { m_password = password; }

    // The value of a form's hidden or text field in a page (`name="csrf"
    // value="…"`), character references undone; empty when none.
    static QString fieldValue(const QByteArray &page, const QByteArray &name);
    // A textarea's text (the composer's body), references undone.
    static QString textAreaValue(const QByteArray &page, const QByteArray &name);
    // A page's text as a reader sees it: the tags taken away, character references undone.
    static QString pageText(const QByteArray &page);
    // A multipart/form-data body (RFC 7578) of these fields and files, and its boundary.
    static QByteArray multipart(const QList<QPair<QByteArray, QString>> &fields,
                                const QList<BrowseAction::File> &files, QByteArray *boundary);

Q_SIGNALS:
    void finished(const BrowseResult &result);

private:
    struct Visit; // one action's state (webbrowser.cpp)
    HttpRequest request(const QByteArray &method, const QByteArray &target) const;
    void keepCookies(const HttpClientResponse &response);
    void get(const std::shared_ptr<Visit> &visit, const QByteArray &target,
             std::function<void(const HttpClientResponse &)> then);
    void post(const std::shared_ptr<Visit> &visit, const QByteArray &target, const QByteArray &contentType,
              const QByteArray &body, bool sensitive, std::function<void(const HttpClientResponse &)> then);
    // A response that redirects is followed (GET, at most 5 times); `then` gets the page.
    void follow(const std::shared_ptr<Visit> &visit, const QByteArray &target,
                const HttpClientResponse &response, int hops,
                std::function<void(const HttpClientResponse &)> then);
    void end(const std::shared_ptr<Visit> &visit, const HttpClientResponse &page,
             const QByteArray &error = {});

    HostContext *m_context;
    QString m_host;
    QString m_webmailHost;
    QByteArray m_user;
    QByteArray m_password;
    QMap<QByteArray, QByteArray> m_cookies;
    BrowseResult m_last;
    bool m_busy = false;
};
