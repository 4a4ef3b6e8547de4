// SPDX-License-Identifier: GPL-3.0-or-later
// messagecatalogue.cpp — the lines of a message as data: the end of DATA,
// dot-stuffing, the blank line after the header, body lines, folded header
// lines and each header field a student meets (RFC 5322, RFC 2045). Titles
// and texts are translated in the context "Explanations".
#include "catalogue.h"

namespace Explanations::Catalogue {

// --- message content (RFC 5322, RFC 5321 §4.4, RFC 2045) ----------------------

const Entry smtpEndOfData = {
    "", QT_TRANSLATE_NOOP("Explanations", "End of the message: a line with only a dot"),
    QT_TRANSLATE_NOOP("Explanations",
                      "CR LF . CR LF ends the message. The server now answers: 250 if it accepts the "
                      "message. Then the client can send another message or QUIT to start the closing "
                      "phase."),
    "RFC 5321 §4.1.1.4"};

const Entry dotStuffingSmtp = {
    "", QT_TRANSLATE_NOOP("Explanations", "A doubled dot (dot-stuffing)"),
    QT_TRANSLATE_NOOP("Explanations",
                      "This line of the message starts with a dot, so the sender added a second one; "
                      "the receiver removes it. That way a line of text can never be taken for the "
                      "lone dot that ends the message."),
    "RFC 5321 §4.5.2"};

const Entry dotStuffingPop3 = {
    "", QT_TRANSLATE_NOOP("Explanations", "A doubled dot (byte-stuffing)"),
    QT_TRANSLATE_NOOP("Explanations",
                      "This line of the message starts with a dot, so the server added a second one; "
                      "the client removes it. That way a line of text can never be taken for the lone "
                      "dot that ends the answer."),
    "RFC 1939 §3"};

const Entry headerBodySeparator = {
    "", QT_TRANSLATE_NOOP("Explanations", "Blank line: end of the header"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The empty line separates the header (From, To, Subject…) from the body, the "
                      "text of the message."),
    "RFC 5322 §2.1"};

const Entry bodyLine = {
    "", QT_TRANSLATE_NOOP("Explanations", "A line of the message body"),
    QT_TRANSLATE_NOOP("Explanations",
                      "Part of the text the sender wrote. It travels unchanged, line by line; each "
                      "line ends with CR LF and may be at most 1000 octets long."),
    "RFC 5322 §2.3"};

const Entry foldedHeader = {
    "", QT_TRANSLATE_NOOP("Explanations", "Continuation of a header field"),
    QT_TRANSLATE_NOOP("Explanations",
                      "A header line that starts with a space or a tab continues the field above "
                      "(folding), so that long fields fit in short lines."),
    "RFC 5322 §2.2.3"};

const Entry headerFieldsRows[] = {
    {"FROM", QT_TRANSLATE_NOOP("Explanations", "From: who wrote the message"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The author's address, as the reader's mail client shows it. It belongs to the "
                       "message, not to the envelope: the servers used MAIL FROM, which can be "
                       "different."),
     "RFC 5322 §3.6.2"},
    {"SENDER", QT_TRANSLATE_NOOP("Explanations", "Sender: who actually sent it"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Used when the person who sends the message is not its author, such as a "
                       "secretary."),
     "RFC 5322 §3.6.2"},
    {"REPLY-TO", QT_TRANSLATE_NOOP("Explanations", "Reply-To: where answers should go"),
     QT_TRANSLATE_NOOP("Explanations", "Replies go to this address instead of the From: address."),
     "RFC 5322 §3.6.2"},
    {"TO", QT_TRANSLATE_NOOP("Explanations", "To: the main recipients"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The addresses the message is written to, as the reader sees them. The servers "
                       "do not deliver by this line: they use RCPT TO from the envelope."),
     "RFC 5322 §3.6.3"},
    {"CC", QT_TRANSLATE_NOOP("Explanations", "Cc: copies"),
     QT_TRANSLATE_NOOP("Explanations", "Other recipients who get a copy; everyone can see them."),
     "RFC 5322 §3.6.3"},
    {"BCC", QT_TRANSLATE_NOOP("Explanations", "Bcc: hidden copies"),
     QT_TRANSLATE_NOOP("Explanations", "Recipients the others do not see."), "RFC 5322 §3.6.3"},
    {"SUBJECT", QT_TRANSLATE_NOOP("Explanations", "Subject: what the message is about"),
     QT_TRANSLATE_NOOP("Explanations",
                       "A short line the reader sees in the list of messages. It is optional."),
     "RFC 5322 §3.6.5"},
    {"DATE", QT_TRANSLATE_NOOP("Explanations", "Date: when the message was written"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The date and time the author's mail client sent the message, with its time "
                       "zone."),
     "RFC 5322 §3.6.1"},
    {"MESSAGE-ID", QT_TRANSLATE_NOOP("Explanations", "Message-ID: a unique name for this message"),
     QT_TRANSLATE_NOOP("Explanations",
                       "An identifier that no other message in the world has, made by the sender's "
                       "mail client. Replies use it to refer to this message."),
     "RFC 5322 §3.6.4"},
    {"IN-REPLY-TO", QT_TRANSLATE_NOOP("Explanations", "In-Reply-To: the message this one answers"),
     QT_TRANSLATE_NOOP("Explanations", "The Message-ID of the message being answered."), "RFC 5322 §3.6.4"},
    {"REFERENCES", QT_TRANSLATE_NOOP("Explanations", "References: the conversation so far"),
     QT_TRANSLATE_NOOP("Explanations", "The Message-IDs of the earlier messages in the conversation."),
     "RFC 5322 §3.6.4"},
    {"RECEIVED", QT_TRANSLATE_NOOP("Explanations", "Received: a stamp from each server on the way"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Every server that passes the message on adds a Received: field at the top, "
                       "saying where the message came from, who received it and when. Read from the "
                       "bottom up, they show the path of the message."),
     "RFC 5321 §4.4"},
    {"RETURN-PATH", QT_TRANSLATE_NOOP("Explanations", "Return-Path: where errors go"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The last server, which stores the message in the mailbox, writes here the "
                       "sender of the envelope (MAIL FROM). Error reports about this message go to "
                       "this address."),
     "RFC 5321 §4.4"},
    {"MIME-VERSION", QT_TRANSLATE_NOOP("Explanations", "MIME-Version: the message uses MIME"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The message follows MIME, the extensions that allow accents, other languages, "
                       "attachments and pictures in e-mail."),
     "RFC 2045 §4"},
    {"CONTENT-TYPE", QT_TRANSLATE_NOOP("Explanations", "Content-Type: what kind of content"),
     QT_TRANSLATE_NOOP("Explanations",
                       "What the body is, for example text/plain (plain text) or text/html, and its "
                       "character set, such as UTF-8. MIME also uses it for attachments (multipart)."),
     "RFC 2045 §5"},
    {"CONTENT-TRANSFER-ENCODING",
     QT_TRANSLATE_NOOP("Explanations", "Content-Transfer-Encoding: how the body is written"),
     QT_TRANSLATE_NOOP("Explanations",
                       "How the body was turned into lines that SMTP can carry: 7bit (plain ASCII), "
                       "8bit, quoted-printable or base64."),
     "RFC 2045 §6"},
    {"CONTENT-DISPOSITION",
     QT_TRANSLATE_NOOP("Explanations", "Content-Disposition: show it, or keep it as a file"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Says whether a part is shown in the message (inline) or is an attachment, and "
                       "its file name; a name with accents is written with RFC 2231's filename*=."),
     "RFC 2183 §2"},
};
const Table<Entry> headerFields(headerFieldsRows);

const Entry otherHeaderField = {
    "", QT_TRANSLATE_NOOP("Explanations", "A header field"),
    QT_TRANSLATE_NOOP("Explanations",
                      "A field of the message header: a name, a colon and a value. Fields that a mail "
                      "client does not know are simply kept."),
    "RFC 5322 §3.6.8"};

} // namespace Explanations::Catalogue
