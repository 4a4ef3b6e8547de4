// SPDX-License-Identifier: GPL-3.0-or-later
// webmailpages.cpp — the webmail's HTML (see webmailpages.h).
#include "webmailpages.h"

#include "webtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Webmail {

namespace {

using Web::escape;

QByteArray head(const QString &language, const QString &title)
{
    QByteArray out;
    out += "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out += "<title>" + escape(title) + "</title>\n";
    out += "<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n";
    return out;
}

QByteArray languageLinks(const QString &current, const QByteArray &here)
{
    // Each language in its own name (a reader who does not understand the
    // current one still finds theirs).
    static const char *const names[][2] = {{"gl", "galego"}, {"es", "español"}, {"en", "English"}};
    QByteArray out = "<nav class=\"languages\">";
    for (const auto &name : names) {
        const QString code = QString::fromLatin1(name[0]);
        if (code == current)
            out += "<strong>" + QByteArray(name[1]) + "</strong> ";
        else
            out += "<a href=\"" + escape(here) + (here.contains('?') ? "&amp;" : "?") + "lang=" + name[0]
                + "\" hreflang=\"" + name[0] + "\" lang=\"" + name[0] + "\">" + name[1] + "</a> ";
    }
    out += "</nav>\n";
    return out;
}

QByteArray hidden(const QByteArray &name, const QByteArray &value)
{
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
}

QByteArray folderHref(const QByteArray &folder)
{
    return "/folder?name=" + Web::urlEncode(QString::fromUtf8(folder));
}

QByteArray sizeText(qint64 octets)
{
    if (octets < 1024)
        return QByteArray::number(octets) + " B";
    if (octets < 1024 * 1024)
        return QByteArray::number((octets + 512) / 1024) + " KB";
    return QByteArray::number(double(octets) / (1024 * 1024), 'f', 1) + " MB";
}

// The top bar, the folder list and the notice; the page's own content follows.
QByteArray frameStart(const Frame &frame, const QString &title, const QByteArray &here)
{
    const QString &language = frame.language;
    QByteArray out = head(language, title + QStringLiteral(" — ") + frame.user);
    out += "<body>\n<header>\n<h1>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Webmail")))
        + " <small>" + escape(frame.server) + "</small></h1>\n";
    out += "<p class=\"who\">" + escape(frame.user) + "</p>\n";
    out += "<form method=\"post\" action=\"/logout\" class=\"inline\">" + hidden("csrf", frame.csrfToken)
        + "<button type=\"submit\">" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Log out")))
        + "</button></form>\n";
    out += languageLinks(language, here);
    out += "</header>\n<div class=\"columns\">\n<nav class=\"folders\" aria-label=\""
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Folders")))
        + "\">\n<p><a class=\"button\" href=\"/compose\">"
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Write a message"))) + "</a></p>\n<ul>\n";
    for (const Folder &folder : frame.folders) {
        const bool current = folder.name == frame.currentFolder;
        out += "<li" + QByteArray(current ? " class=\"current\"" : "") + "><a href=\""
            + escape(folderHref(folder.name)) + "\">" + escape(folderLabel(language, folder)) + "</a>";
        if (folder.unseen > 0)
            out += " <span class=\"count\">" + QByteArray::number(folder.unseen) + "</span>";
        out += "</li>\n";
    }
    out += "</ul>\n</nav>\n<main>\n";
    if (!frame.notice.isEmpty())
        out += "<p class=\"notice\" role=\"status\">" + escape(frame.notice) + "</p>\n";
    if (!frame.error.isEmpty())
        out += "<p class=\"error\" role=\"alert\">" + escape(frame.error) + "</p>\n";
    return out;
}

QByteArray frameEnd()
{
    return "</main>\n</div>\n</body>\n</html>\n";
}

} // namespace

QString folderLabel(const QString &language, const Folder &folder)
{
    if (folder.name.toUpper() == "INBOX")
        return Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Inbox"));
    if (folder.specialUse == "\\Sent")
        return Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Sent"));
    if (folder.specialUse == "\\Drafts")
        return Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Drafts"));
    if (folder.specialUse == "\\Trash")
        return Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Trash"));
    if (folder.specialUse == "\\Junk")
        return Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Junk"));
    return QString::fromUtf8(folder.name);
}

QByteArray loginPage(const QString &language, const QByteArray &csrfToken, const QString &error,
                     const QString &domain, const QString &user)
{
    QByteArray out = head(language,
                          Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Webmail")) + QStringLiteral(" — ")
                              + domain);
    out += "<body class=\"login\">\n<header>\n" + languageLinks(language, "/login") + "</header>\n<main>\n";
    out += "<h1>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Webmail"))) + " <small>"
        + escape(domain) + "</small></h1>\n";
    out += "<p>"
        + escape(Web::text(
            language,
            QT_TRANSLATE_NOOP(
                "Webmail",
                "Read and send your mail from the browser. Behind this page the webmail speaks IMAP "
                "and SMTP to the mail server for you.")))
        + "</p>\n";
    if (!error.isEmpty())
        out += "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n";
    out += "<form method=\"post\" action=\"/login\">\n" + hidden("csrf", csrfToken) + "\n";
    out += "<label>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "User")))
        + " <input name=\"user\" autocomplete=\"username\" required value=\"" + escape(user)
        + "\"></label>\n";
    out += "<label>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Password")))
        + " <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>\n";
    out += "<button type=\"submit\">" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Log in")))
        + "</button>\n</form>\n</main>\n</body>\n</html>\n";
    return out;
}

QByteArray folderPage(const Frame &frame, const QList<ListItem> &items, int page, int pages, int total)
{
    const QString &language = frame.language;
    Folder current{frame.currentFolder, {}, -1};
    for (const Folder &f : frame.folders) {
        if (f.name == frame.currentFolder)
            current = f;
    }
    const QString label = folderLabel(language, current);
    const QByteArray here = folderHref(frame.currentFolder) + "&page=" + QByteArray::number(page);
    QByteArray out = frameStart(frame, label, here);
    out += "<h2>" + escape(label) + " <small>"
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "%1 messages")).arg(total))
        + "</small></h2>\n";
    if (items.isEmpty()) {
        out += "<p class=\"empty\">"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "No messages in this folder.")))
            + "</p>\n";
    } else {
        out += "<table class=\"messages\">\n<thead><tr><th>"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "From"))) + "</th><th>"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Subject"))) + "</th><th>"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Date"))) + "</th><th>"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Size")))
            + "</th></tr></thead>\n<tbody>\n";
        for (const ListItem &item : items) {
            const QByteArray read = "/read?folder=" + Web::urlEncode(QString::fromUtf8(frame.currentFolder))
                + "&uid=" + QByteArray::number(item.uid);
            QByteArray classes = item.seen ? "seen" : "unseen";
            if (item.flagged)
                classes += " flagged";
            out += "<tr class=\"" + classes + "\"><td>" + escape(item.from) + "</td><td><a href=\""
                + escape(read) + "\">"
                + escape(item.subject.isEmpty()
                             ? Web::text(language, QT_TRANSLATE_NOOP("Webmail", "(no subject)"))
                             : item.subject)
                + "</a>";
            if (!item.seen)
                out += " <span class=\"tag\">"
                    + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "new"))) + "</span>";
            if (item.hasAttachments)
                out += " <span class=\"tag\">"
                    + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "attachment"))) + "</span>";
            out += "</td><td>" + escape(item.date) + "</td><td class=\"size\">" + sizeText(item.size)
                + "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    if (pages > 1) {
        out += "<nav class=\"pages\">";
        if (page > 1)
            out += "<a href=\""
                + escape(folderHref(frame.currentFolder) + "&page=" + QByteArray::number(page - 1)) + "\">← "
                + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Newer"))) + "</a> ";
        out += escape(
            Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Page %1 of %2")).arg(page).arg(pages));
        if (page < pages)
            out += " <a href=\""
                + escape(folderHref(frame.currentFolder) + "&page=" + QByteArray::number(page + 1)) + "\">"
                + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Older"))) + " →</a>";
        out += "</nav>\n";
    }
    out += frameEnd();
    return out;
}

QByteArray messagePage(const Frame &frame, const MessageView &message)
{
    const QString &language = frame.language;
    const QByteArray folder = Web::urlEncode(QString::fromUtf8(frame.currentFolder));
    const QByteArray uid = QByteArray::number(message.uid);
    const QByteArray here = "/read?folder=" + folder + "&uid=" + uid;
    const QString subject = message.subject.isEmpty()
        ? Web::text(language, QT_TRANSLATE_NOOP("Webmail", "(no subject)"))
        : message.subject;
    QByteArray out = frameStart(frame, subject, here);
    out += "<article>\n<h2>" + escape(subject) + "</h2>\n<dl class=\"fields\">\n";
    const auto field = [&out](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out += "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
    };
    field(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "From")), message.from);
    field(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "To")), message.to);
    field(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Cc")), message.cc);
    field(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Date")), message.date);
    out += "</dl>\n";
    // Reply, forward, delete, move: a form each (they change something or
    // open the composer with the message quoted).
    out += "<div class=\"actions\">";
    out += "<a class=\"button\" href=\"/compose?reply=" + uid + "&amp;folder=" + escape(folder) + "\">"
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Reply"))) + "</a> ";
    out += "<a class=\"button\" href=\"/compose?forward=" + uid + "&amp;folder=" + escape(folder) + "\">"
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Forward"))) + "</a> ";
    out += "<form method=\"post\" action=\"/delete\" class=\"inline\">" + hidden("csrf", frame.csrfToken)
        + hidden("folder", frame.currentFolder) + hidden("uid", uid) + "<button type=\"submit\">"
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Delete"))) + "</button></form> ";
    QList<Folder> targets;
    for (const Folder &f : frame.folders) {
        if (f.name != frame.currentFolder)
            targets.append(f);
    }
    if (!targets.isEmpty()) {
        out += "<form method=\"post\" action=\"/move\" class=\"inline\">" + hidden("csrf", frame.csrfToken)
            + hidden("folder", frame.currentFolder) + hidden("uid", uid) + "<label>"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Move to"))) + " <select name=\"to\">";
        for (const Folder &f : std::as_const(targets))
            out += "<option value=\"" + escape(f.name) + "\">" + escape(folderLabel(language, f))
                + "</option>";
        out += "</select></label> <button type=\"submit\">"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Move"))) + "</button></form>";
    }
    out += "</div>\n";
    out += "<pre class=\"body\">" + escape(message.text) + "</pre>\n";
    if (!message.htmlPart.isEmpty()) {
        // The HTML as its sender wrote it, only inside a sandboxed frame (no
        // script, no forms, no same origin) under its own policy.
        const QByteArray src = "/html?folder=" + folder + "&uid=" + uid
            + "&part=" + Web::urlEncode(QString::fromLatin1(message.htmlPart));
        out += "<details class=\"html\"><summary>"
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Show as HTML")))
            + "</summary>\n<iframe sandbox src=\"" + escape(src) + "\" title=\""
            + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "The message as HTML")))
            + "\"></iframe>\n</details>\n";
    }
    if (!message.attachments.isEmpty()) {
        out += "<h3>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Attachments")))
            + "</h3>\n<ul class=\"attachments\">\n";
        for (const Attachment &a : message.attachments) {
            const QByteArray href = "/part?folder=" + folder + "&uid=" + uid
                + "&part=" + Web::urlEncode(QString::fromLatin1(a.part));
            const QString name = a.fileName.isEmpty()
                ? Web::text(language, QT_TRANSLATE_NOOP("Webmail", "(no name)"))
                : a.fileName;
            out += "<li><a href=\"" + escape(href) + "\" download>" + escape(name) + "</a> <small>"
                + escape(a.type) + ", " + sizeText(a.size) + "</small></li>\n";
        }
        out += "</ul>\n";
    }
    out += "</article>\n" + frameEnd();
    return out;
}

QByteArray composePage(const Frame &frame, const Draft &draft)
{
    const QString &language = frame.language;
    QByteArray out = frameStart(frame, Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Write a message")),
                                "/compose");
    out += "<h2>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Write a message"))) + "</h2>\n";
    out += "<form method=\"post\" action=\"/send\" enctype=\"multipart/form-data\" class=\"compose\">\n"
        + hidden("csrf", frame.csrfToken) + "\n";
    if (draft.inReplyTo) {
        out += hidden(draft.forward ? "forward" : "reply", QByteArray::number(draft.inReplyTo))
            + hidden("folder", draft.replyFolder) + "\n";
    }
    const auto input = [&out](const QString &label, const QByteArray &name, const QString &value,
                              bool required) {
        out += "<label>" + escape(label) + " <input name=\"" + name + "\" value=\"" + escape(value) + "\""
            + (required ? " required" : "") + "></label>\n";
    };
    input(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "To")), "to", draft.to, true);
    input(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Cc")), "cc", draft.cc, false);
    input(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Subject")), "subject", draft.subject, false);
    out += "<label>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Text")))
        + " <textarea name=\"body\" rows=\"14\">" + escape(draft.body) + "</textarea></label>\n";
    out += "<label>" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Attach files")))
        + " <input type=\"file\" name=\"attachment\" multiple></label>\n";
    out += "<button type=\"submit\">" + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Send")))
        + "</button>\n</form>\n";
    out += frameEnd();
    return out;
}

QByteArray errorPage(const QString &language, int status, const QString &text)
{
    QByteArray out = head(language, Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Webmail")));
    out += "<body>\n<main>\n<h1>" + QByteArray::number(status) + "</h1>\n<p>" + escape(text)
        + "</p>\n<p><a href=\"/\">"
        + escape(Web::text(language, QT_TRANSLATE_NOOP("Webmail", "Back to the webmail")))
        + "</a></p>\n</main>\n</body>\n</html>\n";
    return out;
}

QByteArray htmlBodyPage(const QByteArray &html)
{
    return html;
}

QByteArray pagePolicy()
{
    // Nothing runs, nothing is loaded from elsewhere; only our stylesheet,
    // forms to ourselves, frames from ourselves; no one may frame us.
    return "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; "
           "base-uri 'none'; frame-ancestors 'none'";
}

QByteArray htmlBodyPolicy()
{
    // A sender's HTML: a sandbox of its own even when opened alone, its
    // inline styles, images only from the message itself (data:), nothing
    // remote (a remote image tells the sender the mail was read).
    return "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
           "form-action 'none'; frame-ancestors 'self'";
}

QByteArray styleSheet()
{
    return R"CSS(body { font-family: sans-serif; margin: 0; color: #1d2733; background: #f6f7f9; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1em; padding: .5em 1em;
         background: #1f4e79; color: #fff; }
header h1 { font-size: 1.3em; margin: 0; }
header small, h2 small { font-weight: normal; opacity: .8; }
header a { color: #fff; }
header button { background: transparent; border: 1px solid #fff; }
header .who { margin: 0 0 0 auto; }
nav.languages a, nav.languages strong { margin-right: .4em; }
.columns { display: flex; gap: 1em; padding: 1em; }
nav.folders { min-width: 12em; }
nav.folders ul { list-style: none; padding: 0; }
nav.folders li { padding: .3em .5em; border-radius: 4px; }
nav.folders li.current { background: #dde8f3; font-weight: bold; }
main { flex: 1; min-width: 0; }
.login main { max-width: 28em; margin: 2em auto; background: #fff; padding: 1em 2em; border-radius: 6px; }
label { display: block; margin: .6em 0; }
input, textarea, select { font: inherit; }
input:not([type=file]), textarea { width: 100%; box-sizing: border-box; padding: .3em; }
button, a.button { font: inherit; padding: .3em .8em; background: #1f4e79; color: #fff; border: 0;
                   border-radius: 4px; text-decoration: none; cursor: pointer; display: inline-block; }
form.inline { display: inline; }
form.inline label { display: inline; }
table.messages { width: 100%; border-collapse: collapse; background: #fff; }
table.messages th, table.messages td { text-align: left; padding: .35em .5em; border-bottom: 1px solid #e2e5e9;
                                       overflow-wrap: anywhere; }
tr.unseen td { font-weight: bold; }
td.size { white-space: nowrap; text-align: right; }
.tag { font-size: .8em; font-weight: normal; background: #e8eef5; padding: 0 .4em; border-radius: 3px; }
.count { background: #1f4e79; color: #fff; border-radius: 8px; padding: 0 .4em; font-size: .8em; }
.notice { background: #e3f4e3; padding: .5em; border-radius: 4px; }
.error { background: #fbe3e3; padding: .5em; border-radius: 4px; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.actions { margin: .8em 0; display: flex; flex-wrap: wrap; gap: .5em; align-items: center; }
pre.body { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1em; border-radius: 4px;
           font-family: inherit; }
details.html iframe { width: 100%; height: 30em; border: 1px solid #ccd; background: #fff; }
nav.pages { margin: 1em 0; }
@media (max-width: 700px) { .columns { flex-direction: column; } }
)CSS";
}

} // namespace Webmail
