// SPDX-License-Identifier: GPL-3.0-or-later
// imapresponse.h — a client reading IMAP responses: whole responses off the
// wire, their utterances, FETCH items and a BODYSTRUCTURE's leaves.
//
// What a client needs from "* 3 FETCH (UID 7 FLAGS (\Seen) BODYSTRUCTURE (…))"
// once ImapParser has read it into values: the value after an item's name,
// and the leaves of a BODYSTRUCTURE numbered as sections (RFC 3501 §6.4.5,
// §7.4.2: a multipart is a list of its parts then its subtype; a leaf is
// type, subtype, parameters, id, description, encoding, size…). Fran's
// client (ImapClientSession) and the webmail read them the same way.
#pragma once

#include "imapparser.h"
#include "linereader.h"
#include "phase.h"
#include "utterance.h"

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

// A client's reader of whole responses: a response is its line and the
// literals it announces, with the lines after each (RFC 3501 §4.3, §7.5).
// Fran's client and the webmail's command session read the same way, with
// the same limits.
class Reader
{
public:
    static constexpr int maximumLineLength = 64 * 1024;
    static constexpr qint64 maximumLiteral = 64 * 1024 * 1024;

    enum class Result : quint8 {
        More, // a literal was announced: its octets come next (the line reader was told)
        Whole, // `*wire` is a whole response, literals included
        Broken // `*error` says why; the session should close
    };
    // A line off `lines` (whose maximum length should be maximumLineLength).
    Result line(const LineReader::Line &line, LineReader &lines, QByteArray *wire, QByteArray *error);
    // The octets of a literal the line reader was told to expect.
    void octets(const QByteArray &octets) { m_wire += octets; }

private:
    QByteArray m_wire;
};

// A tagged command as said: its first line, then a literal's octets as
// lines of role Literal.
Utterance commandUtterance(const QByteArray &taggedCommand, Phase phase, bool sensitive);
// A response as heard: a continuation ("+"), the greeting, an untagged or
// a tagged reply (whose answersLine the session sets).
Utterance heardUtterance(const QByteArray &wire, Phase phase, bool greeting);

} // namespace ImapResponse
