// SPDX-License-Identifier: GPL-3.0-or-later
// mailmessage.h — small helpers on RFC 5322 messages kept as octets.
//
// Messages are written by MimeComposer and parsed by MimeMessage (GMime, in
// core/message); these are the quick looks the hosts need on every message:
// read a header, find the body, date the trace headers (Received:,
// Return-Path:, RFC 5321 §4.4).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace MailMessage {

bool isSevenBit(const QByteArray &bytes);
// The unfolded value of the first header with this name (case-insensitive), raw.
QByteArray header(const QByteArray &message, const QByteArray &name);
// The value with its RFC 2047 encoded words decoded (by GMime, see MimeMessage).
QString decodedHeader(const QByteArray &message, const QByteArray &name);
// The body after the empty line, as octets.
QByteArray body(const QByteArray &message);
// RFC 5322 §3.3 date-time, e.g. "Fri, 27 Nov 2026 10:00:00 +0000".
QByteArray rfc5322Date(const QDateTime &when);
// The same for now; worked out at most once a second (a busy server stamps
// every message, and the local time zone is costly to look up each time).
QByteArray currentRfc5322Date();

} // namespace MailMessage
