// SPDX-License-Identifier: GPL-3.0-or-later
// tlswire.h — what a TLS record looked like on the wire, for the views.
//
// A line inside TLS is recorded in plaintext after the TlsRecord event that
// carried it (docs/architecture.md, "Events"); carrierOf() finds that record
// again from the line, as the timeline model folds it into the line's row.
// header() reads a record's 5-octet header (RFC 8446 §5.1, RFC 5246 §6.2.1):
// content type, legacy version, length — what anyone on the wire sees in
// clear even when the rest is ciphertext.
#pragma once

#include "transcript/transcript.h"

#include <QByteArray>
#include <QString>

namespace TlsWire {

// The TlsRecord event that carried the event at `index` (a line inside TLS,
// a handshake message): the latest record before it on its connection in
// its direction. -1 when none did (a line in clear) or it is too far back.
qsizetype carrierOf(const Transcript &transcript, qsizetype index);

struct RecordHeader {
    bool valid = false; // at least 5 octets, a known content type
    quint8 contentType = 0; // 20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data
    quint16 version = 0; // 0x0303 (TLS 1.2, also what TLS 1.3 writes), 0x0301 in a first ClientHello
    quint16 length = 0; // octets after the header
};
RecordHeader header(const QByteArray &record);
// Protocol text, never translated: "handshake", "application_data" …
QString contentTypeName(quint8 type);
// "TLS 1.2", "TLS 1.0" … for a record's version field.
QString versionName(quint16 version);
// "17 03 03 00 35 …": octets in hex, 16 to a line, at most `limit` octets
// (then "…").
QString hex(const QByteArray &bytes, qsizetype limit = 512);

} // namespace TlsWire
