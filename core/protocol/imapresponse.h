// imapresponse.h — reading a server's FETCH data: its items and a BODYSTRUCTURE's leaves.
//
// What a client needs from "* 3 FETCH (UID 7 FLAGS (\Seen) BODYSTRUCTURE (…))"
// once ImapParser has read it into values: the value after an item's name,
// and the leaves of a BODYSTRUCTURE numbered as sections (RFC 3501 §6.4.5,
// §7.4.2: a multipart is a list of its parts then its subtype; a leaf is
// type, subtype, parameters, id, description, encoding, size…). Fran's
// client (ImapClientSession) and the webmail read them the same way.
#pragma once

#include "imapparser.h"

namespace ImapResponse {

// The value after `name` (upper case) in a FETCH's list, or null.
const ImapValue *item(const ImapValue &list, const QByteArray &name);
// A body parameter's value ("charset", "name"), any case; empty if none.
QByteArray parameter(const ImapValue &parameters, const QByteArray &name);

struct Leaf {
    QByteArray part; // "1", "2", "1.2"
    QByteArray type; // lower case "type/subtype"
    QByteArray charset; // lower case; empty if none
    QByteArray encoding; // lower case Content-Transfer-Encoding ("base64")
    QByteArray fileName; // from the disposition's filename, else the type's name
    qint64 size = 0; // octets on the server, encoded
    bool attachment = false; // a disposition "attachment", a file name, or not text
};

// The leaves of a BODYSTRUCTURE, depth first (nesting bounded by
// ImapParser::maximumDepth).
QList<Leaf> leaves(const ImapValue &bodyStructure);

} // namespace ImapResponse
