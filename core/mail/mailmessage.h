// mailmessage.h — small helpers on RFC 5322 messages kept as octets.
//
// The full MIME layer (GMime) arrives with the message-format issue; this is
// what the hosts need now: compose a plain message, read a header, add trace
// headers (Received:, Return-Path:, RFC 5321 §4.4).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace MailMessage {

struct Draft {
    QString fromName;
    QByteArray from;              // address
    QList<QByteArray> to;
    QString subject;
    QString body;                 // "\n" line ends; converted to CR LF
    QDateTime date;               // invalid: now
    QByteArray messageIdDomain;   // right side of Message-ID
};

// An RFC 5322 message with CR LF line ends; non-ASCII subject as an RFC 2047
// encoded word, non-ASCII body as 8bit UTF-8 (needs 8BITMIME to travel).
QByteArray compose(const Draft &draft);
bool isSevenBit(const QByteArray &bytes);
// The unfolded value of the first header with this name (case-insensitive), raw.
QByteArray header(const QByteArray &message, const QByteArray &name);
// The value decoded from RFC 2047 encoded words when they are B or Q in UTF-8
// or ISO-8859-1 (enough for what our clients write).
QString decodedHeader(const QByteArray &message, const QByteArray &name);
// The body after the empty line, as octets.
QByteArray body(const QByteArray &message);
// RFC 5322 §3.3 date-time, e.g. "Fri, 27 Nov 2026 10:00:00 +0000".
QByteArray rfc5322Date(const QDateTime &when);
// The same for now; worked out at most once a second (a busy server stamps
// every message, and the local time zone is costly to look up each time).
QByteArray currentRfc5322Date();
// Normalises line ends to CR LF.
QByteArray toCrLf(const QByteArray &text);

} // namespace MailMessage
