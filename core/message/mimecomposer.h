// mimecomposer.h — messages as a mail client writes them, through GMime 3.
//
// RFC 5322 headers (From, To, Cc, Subject, Date, Message-ID, MIME-Version);
// non-ASCII text in headers as RFC 2047 encoded words, attachment names as
// RFC 2231 parameters; a plain message when there is nothing else,
// multipart/alternative for text and HTML, multipart/mixed with attachments
// (base64); text as 8bit when the path allows it, else quoted-printable.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

struct MimeAttachment {
    QString fileName; // may be non-ASCII ("foto-á-tarde.jpg")
    QByteArray contentType; // "image/png"; empty: guessed from the name
    QByteArray data;
};

struct MimeDraft {
    QString fromName;
    QByteArray from; // address
    QList<QByteArray> to;
    QList<QByteArray> cc;
    QString subject;
    QString text; // "\n" line ends
    QString html; // optional: with text, multipart/alternative
    QList<MimeAttachment> attachments;
    QDateTime date; // invalid: now
    QByteArray messageIdDomain;
};

namespace MimeComposer {
enum class Encoding {
    EightBit, // non-ASCII text travels as 8bit UTF-8 (needs 8BITMIME, RFC 6152)
    SevenBit // everything 7-bit: quoted-printable text, base64 attachments
};
// The message with CR LF line ends.
QByteArray compose(const MimeDraft &draft, Encoding encoding = Encoding::EightBit);
// The same message made 7-bit clean for a server without 8BITMIME: each 8bit
// text part re-encoded as quoted-printable (RFC 6152 §3). *changed tells
// whether anything had to change. A message that is already 7-bit is returned
// as it is.
QByteArray downgradeToSevenBit(const QByteArray &raw, bool *changed = nullptr);
} // namespace MimeComposer
