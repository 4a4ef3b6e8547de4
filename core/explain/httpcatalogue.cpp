// SPDX-License-Identifier: GPL-3.0-or-later
// httpcatalogue.cpp — what HTTP/1.1 says, as data: the request line and its
// methods, the status line and its codes, the header fields a webmail uses,
// the empty line ending the header section and the body. Titles and texts
// are translated in the context "Explanations".
#include "catalogue.h"

namespace Explanations::Catalogue {

// --- HTTP/1.1 (RFC 9110 semantics, RFC 9112 syntax, RFC 6265 cookies) ----------

const Entry httpRequestLine = {
    "request-line", QT_TRANSLATE_NOOP("Explanations", "Request line: method, target and version"),
    QT_TRANSLATE_NOOP("Explanations",
                      "An HTTP request starts with one line: the method (what to do), the target (which "
                      "resource, a path such as /inbox with perhaps a ?query) and the protocol version, "
                      "separated by single spaces. Header fields follow, one per line, then an empty line."),
    "RFC 9112 §3"};

const Entry httpMethodsRows[] = {
    {"GET", QT_TRANSLATE_NOOP("Explanations", "GET: ask for a resource"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The browser asks for the page (or image, or file) named by the target. GET only "
                       "reads: it must not change anything on the server, so a browser may repeat it."),
     "RFC 9110 §9.3.1"},
    {"HEAD", QT_TRANSLATE_NOOP("Explanations", "HEAD: only the header fields"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Like GET, but the server sends only the status line and the header fields, not the "
                       "body: enough to learn a resource's type and size."),
     "RFC 9110 §9.3.2"},
    {"POST", QT_TRANSLATE_NOOP("Explanations", "POST: send data to the server"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The request carries a body (a filled-in form, an uploaded file) for the server to "
                       "process: logging in, sending a message. Its length is given by Content-Length."),
     "RFC 9110 §9.3.3"},
};
const Table<Entry> httpMethods(httpMethodsRows);

const Entry httpStatusLine = {
    "status-line", QT_TRANSLATE_NOOP("Explanations", "Status line: version, code and reason"),
    QT_TRANSLATE_NOOP("Explanations",
                      "A response starts with the protocol version, a three-digit status code and a short "
                      "reason for people. The first digit is the class: 1 information, 2 success, "
                      "3 redirection, 4 the client's error, 5 the server's error."),
    "RFC 9112 §4"};

const CodeEntry httpCodesRows[] = {
    {100, QT_TRANSLATE_NOOP("Explanations", "100 Continue: send the body"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client said \"Expect: 100-continue\" and waited before sending a large body. "
                       "The server has read the header fields and agrees: the body may come. The final "
                       "response follows later."),
     "RFC 9110 §15.2.1"},
    {200, QT_TRANSLATE_NOOP("Explanations", "200 OK: here it is"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The request succeeded. For a GET the body is the page asked for; Content-Type "
                       "says what it is and Content-Length how many octets it has."),
     "RFC 9110 §15.3.1"},
    {302, QT_TRANSLATE_NOOP("Explanations", "302 Found: it is elsewhere for now"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The resource is temporarily at the address in the Location field. The browser asks "
                       "for that address at once, on its own."),
     "RFC 9110 §15.4.3"},
    {303, QT_TRANSLATE_NOOP("Explanations", "303 See Other: go and GET this page"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The usual answer to a form sent with POST: the work is done, and the browser is sent "
                       "with a GET to the page in Location. Reloading that page does not send the form "
                       "again."),
     "RFC 9110 §15.4.4"},
    {400, QT_TRANSLATE_NOOP("Explanations", "400 Bad Request: not well-formed"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server could not read the request: a malformed request line, a header field "
                       "folded onto the next line, a missing Host… It cannot trust where the next request "
                       "would start, so it closes the connection."),
     "RFC 9110 §15.5.1"},
    {401, QT_TRANSLATE_NOOP("Explanations", "401 Unauthorized: log in first"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The resource needs credentials the request did not carry, or carried wrong. The "
                       "response says how to authenticate (WWW-Authenticate)."),
     "RFC 9110 §15.5.2"},
    {403, QT_TRANSLATE_NOOP("Explanations", "403 Forbidden: not for you"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server understood the request and refuses it: who asks is known, but may not "
                       "have this. Logging in again does not help."),
     "RFC 9110 §15.5.4"},
    {404, QT_TRANSLATE_NOOP("Explanations", "404 Not Found: nothing here"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server has nothing at this target (a mistyped path, a deleted page)."),
     "RFC 9110 §15.5.5"},
    {405, QT_TRANSLATE_NOOP("Explanations", "405 Method Not Allowed"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server knows the method but does not allow it here. The Allow field lists the "
                       "methods it does allow."),
     "RFC 9110 §15.5.6"},
    {413, QT_TRANSLATE_NOOP("Explanations", "413 Content Too Large: the body is too big"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The body announced by Content-Length is larger than the server accepts. It refuses "
                       "before reading a single octet of it, and closes the connection."),
     "RFC 9110 §15.5.14"},
    {414, QT_TRANSLATE_NOOP("Explanations", "414 URI Too Long: the target is too long"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The request line is longer than the server is prepared to read. A server must set "
                       "such limits, or anyone could fill its memory."),
     "RFC 9110 §15.5.15"},
    {431, QT_TRANSLATE_NOOP("Explanations", "431 Request Header Fields Too Large"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Too many header fields, or too many octets of them (a huge Cookie, for instance). "
                       "The server refuses the request and closes the connection."),
     "RFC 6585 §5"},
    {500, QT_TRANSLATE_NOOP("Explanations", "500 Internal Server Error"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Something went wrong inside the server while it handled a request that was fine. "
                       "The fault is the server's, not the client's."),
     "RFC 9110 §15.6.1"},
    {501, QT_TRANSLATE_NOOP("Explanations", "501 Not Implemented"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server does not know this method (or this transfer coding) at all, for any "
                       "resource."),
     "RFC 9110 §15.6.2"},
};
const Table<CodeEntry> httpCodes(httpCodesRows);

// By field name in lower case (names are case-insensitive, RFC 9110 §5.1).
const Entry httpFieldsRows[] = {
    {"host", QT_TRANSLATE_NOOP("Explanations", "Host: which site"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The name of the site the browser asks (as typed in the address). One machine may "
                       "serve many sites on one address; Host tells them apart. HTTP/1.1 requires it."),
     "RFC 9110 §7.2"},
    {"cookie", QT_TRANSLATE_NOOP("Explanations", "Cookie: what the server asked to be given back"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The browser sends back the cookies the server set before (name=value). HTTP keeps no "
                       "memory between requests: this is how the server knows it is the same session, "
                       "after logging in."),
     "RFC 6265 §5.4"},
    {"set-cookie", QT_TRANSLATE_NOOP("Explanations", "Set-Cookie: remember this"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server asks the browser to keep a name=value pair and send it back in every "
                       "request to this site (the Cookie field). A session cookie is as good as the "
                       "password while it lasts: HttpOnly hides it from scripts, Secure keeps it inside "
                       "HTTPS."),
     "RFC 6265 §4.1"},
    {"content-type", QT_TRANSLATE_NOOP("Explanations", "Content-Type: what the body is"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The media type of the body, as in MIME: text/html for a page, image/png, "
                       "application/x-www-form-urlencoded for a form, with its charset when it is text."),
     "RFC 9110 §8.3"},
    {"content-length", QT_TRANSLATE_NOOP("Explanations", "Content-Length: how many octets the body has"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The body's size in octets. It is how the reader knows where the body ends and the "
                       "next message begins on a connection that stays open: there is no \".\" line as in "
                       "SMTP."),
     "RFC 9112 §6.2"},
    {"location", QT_TRANSLATE_NOOP("Explanations", "Location: where to go"),
     QT_TRANSLATE_NOOP("Explanations",
                       "In a redirection (302, 303) the address the browser must ask for next."),
     "RFC 9110 §10.2.2"},
    {"connection", QT_TRANSLATE_NOOP("Explanations", "Connection: keep it open or close it"),
     QT_TRANSLATE_NOOP("Explanations",
                       "In HTTP/1.1 a connection stays open for further requests unless one side says "
                       "\"Connection: close\": then it closes after this response. HTTP/1.0 closed after "
                       "each response unless \"keep-alive\" was asked."),
     "RFC 9112 §9.3"},
};
const Table<Entry> httpFields(httpFieldsRows);

const Entry httpField = {
    "field", QT_TRANSLATE_NOOP("Explanations", "Header field"),
    QT_TRANSLATE_NOOP("Explanations",
                      "A name, a colon and a value: information about the message or about the resource. "
                      "Names are case-insensitive; the header section ends with an empty line."),
    "RFC 9110 §5"};

const Entry httpEndOfHeaders = {
    "", QT_TRANSLATE_NOOP("Explanations", "Empty line: end of the header fields"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The header section is over. What follows, if anything, is the body: exactly as many "
                      "octets as Content-Length says."),
    "RFC 9112 §2.1"};

const Entry httpBody = {
    "body", QT_TRANSLATE_NOOP("Explanations", "Body"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The content of the message: a page's HTML, a form's fields, a file. It may be binary; "
                      "its length is given by Content-Length."),
    "RFC 9110 §6.4"};

} // namespace Explanations::Catalogue
