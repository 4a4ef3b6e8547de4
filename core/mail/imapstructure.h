// SPDX-License-Identifier: GPL-3.0-or-later
// imapstructure.h — a message's envelope and MIME structure, for IMAP's FETCH.
//
// Built from the MIME layer's parse (MimeMessage, core/message), not from a
// second parser: the parts, their types, encodings and where their bytes
// are. The IMAP engine (core/protocol) writes it out as ENVELOPE and
// BODYSTRUCTURE (RFC 3501 §7.4.2) and cuts sections with its offsets.
#pragma once

#include "protocol/imapstore.h"

namespace ImapStructures {
ImapStructure of(const QByteArray &content);
// An address list as IMAP gives it ("Ana <ana@cliente.fr>, fran@servidor.edu"),
// read by GMime: groups flattened, names as 7-bit text (RFC 2047 if need be).
QList<ImapAddress> addresses(const QByteArray &rawValue);
// For SEARCH (ImapStore::decodedHeaderValues/decodedText): a header field's
// values with RFC 2047 words decoded, one per line, and the text of every
// text part that is not an attachment, transfer encoding undone, in UTF-8.
QByteArray decodedHeaderValues(const QByteArray &content, const QByteArray &field);
QByteArray decodedText(const QByteArray &content);
} // namespace ImapStructures
