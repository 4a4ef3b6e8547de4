// SPDX-License-Identifier: GPL-3.0-or-later
// webmailpages.h — the webmail's pages as HTML, from what its IMAP legs read.
//
// Plain HTML and one stylesheet, no script: every page works in any browser
// with JavaScript off, on a 1366×768 laptop and on a phone. Each page is
// made from plain values (the folder list, the page of messages, one
// message), in the reader's language (Web::text), and every value that came
// from mail or from a user is escaped (Web::escape). Forms that change
// something are POSTs carrying the session's CSRF token. The host
// (WebmailServer, core/mail) decides which page to show and speaks IMAP and
// SMTP to make its values; here is only how they look.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Webmail {

struct Folder {
    QByteArray name; // as IMAP names it ("INBOX", "Sent", "Work/2026")
    QByteArray specialUse; // "\\Sent", "\\Trash" … (RFC 6154), or empty
    int unseen = -1; // -1: not known
};

struct ListItem {
    quint32 uid = 0;
    QString from; // display name, else the address
    QString subject;
    QString date; // as shown ("2026-12-02 10:15")
    qint64 size = 0;
    bool seen = false;
    bool flagged = false;
    bool answered = false;
    bool hasAttachments = false;
};

struct Attachment {
    QByteArray part; // "2", "1.2"
    QString fileName;
    QByteArray type; // "image/png"
    qint64 size = 0; // octets on the server (encoded)
};

struct MessageView {
    quint32 uid = 0;
    QString from;
    QString to;
    QString cc;
    QString subject;
    QString date;
    QString text; // the text/plain part, or the HTML part as text
    QByteArray htmlPart; // the text/html part's number when there is one ("2", "1.2")
    QList<Attachment> attachments;
};

struct Draft {
    QString to;
    QString cc;
    QString subject;
    QString body;
    quint32 inReplyTo = 0; // the uid replied to or forwarded (in `folder`), 0 if none
    QByteArray replyFolder;
    bool forward = false;
};

// What every page of a logged-in user shows around its content.
struct Frame {
    QString language; // gl, es, en
    QString user; // "fran@servidor.edu"
    QByteArray csrfToken;
    QList<Folder> folders;
    QByteArray currentFolder;
    QString notice; // a line at the top ("Message sent"), empty if none
    QString error; // the same, for something that went wrong
    QString server; // the IMAP server behind ("servidor.edu")
};

// The name a person reads for a folder: INBOX and the special-use folders
// in their language, the others as they are.
QString folderLabel(const QString &language, const Folder &folder);

QByteArray loginPage(const QString &language, const QByteArray &csrfToken, const QString &error,
                     const QString &domain, const QString &user);
QByteArray folderPage(const Frame &frame, const QList<ListItem> &items, int page, int pages, int total);
QByteArray messagePage(const Frame &frame, const MessageView &message);
QByteArray composePage(const Frame &frame, const Draft &draft);
QByteArray errorPage(const QString &language, int status, const QString &text);
// The page that holds an HTML body: shown only inside the message page's
// sandboxed frame, under a policy that runs no script and loads nothing.
QByteArray htmlBodyPage(const QByteArray &html);
QByteArray styleSheet();

// The Content-Security-Policy of the pages and of the HTML body's frame.
QByteArray pagePolicy();
QByteArray htmlBodyPolicy();

} // namespace Webmail
