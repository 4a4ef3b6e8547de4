// SPDX-License-Identifier: GPL-3.0-or-later
// mimecomposer.h — messages as a mail client writes them, through GMime 3.
//
// RFC 5322 headers (From, To, Cc, Subject, Date, Message-ID, MIME-Version);
// non-ASCII text in headers as RFC 2047 encoded words, attachment names as
// RFC 2231 parameters; a plain message when there is nothing else,
// multipart/alternative for text and HTML, multipart/mixed with attachments
// (base64); text as 8bit when the path allows it, else quoted-printable.
// Bounces as delivery status notifications (RFC 3464, multipart/report).
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

// One recipient of a delivery status notification (RFC 3464 §2.3).
struct MimeDeliveryStatus {
    QByteArray recipient; // Final-Recipient ("rfc822;", or "utf-8;" when not ASCII, RFC 6533)
    QByteArray action = "failed"; // Action (§2.3.3)
    QByteArray status; // Status, an RFC 3463 code: "5.1.1"
    QByteArray remoteMta; // Remote-MTA ("dns;"), the host that answered; empty: none did
    QByteArray diagnostic; // Diagnostic-Code ("smtp;"), its reply: "550 5.1.1 …"; empty: none
};

// A bounce as RFC 3464 and RFC 6522 shape it: multipart/report with
// report-type=delivery-status, whose parts are the text for people, the
// message/delivery-status for programs, and the returned header section
// (text/rfc822-headers). The message carries Auto-Submitted: auto-replied
// (RFC 3834 §5), so that no vacation responder answers it.
struct MimeDeliveryReport {
    MimeDraft draft; // From, To, Subject, Date, Message-Id and the text for people
    QByteArray reportingMta; // Reporting-MTA ("dns;"): the host that gives up
    QByteArray arrivalDate; // Arrival-Date, an RFC 5322 date; empty: left out
    QList<MimeDeliveryStatus> recipients;
    QByteArray returnedHeader; // the header section of the message, CR LF line ends
};

namespace MimeComposer {
enum class Encoding {
    EightBit, // non-ASCII text travels as 8bit UTF-8 (needs 8BITMIME, RFC 6152)
    SevenBit // everything 7-bit: quoted-printable text, base64 attachments
};
// The message with CR LF line ends.
QByteArray compose(const MimeDraft &draft, Encoding encoding = Encoding::EightBit);
// A delivery status notification (see MimeDeliveryReport), CR LF line ends.
// Its text is 8bit only when it has to be (a UTF-8 address or header).
QByteArray composeReport(const MimeDeliveryReport &report);
// The same message made 7-bit clean for a server without 8BITMIME: each 8bit
// text part re-encoded as quoted-printable (RFC 6152 §3). *changed tells
// whether anything had to change. A message that is already 7-bit is returned
// as it is.
QByteArray downgradeToSevenBit(const QByteArray &raw, bool *changed = nullptr);
} // namespace MimeComposer
