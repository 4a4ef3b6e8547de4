// SPDX-License-Identifier: GPL-3.0-or-later
// smtpaddress.h — the syntax of SMTP paths and mailboxes, as a server checks
// them: "FROM:<path> params" and "TO:<path> params" (RFC 5321 §4.1.2), the
// mailbox's local part and domain (§4.1.2, §4.1.3, RFC 5322 §3.2.3 atext),
// and with SMTPUTF8 the UTF-8 addresses of RFC 6531 §3.3. Pure functions: the
// session decides what to reply.
#pragma once

#include <QByteArray>
#include <QList>

namespace SmtpAddress {

// Which mailboxes are valid: ASCII only (RFC 5321), or UTF-8 too (RFC 6531 §3.3,
// after MAIL ... SMTPUTF8).
enum class Charset {
    Ascii,
    Utf8
};

struct Path {
    enum class Status {
        Ok,
        BadSyntax, // no keyword, no "<", no ">" or a word glued to it
        TooLong // longer than 256 octets, brackets included (§4.5.3.1.3)
    };
    Status status = Status::BadSyntax;
    QByteArray mailbox; // without <> and without a source route; empty for "<>"
    QList<QByteArray> parameters; // the words after the path, e.g. "SIZE=1000"
};

// Parses the argument of MAIL or RCPT: `keyword` ("FROM:" or "TO:", matched
// without regard to case), then "<path>", then parameters separated by spaces.
// A space after the colon is tolerated; a source route "@a,@b:" is dropped.
Path parsePath(const QByteArray &argument, const QByteArray &keyword);
// Whether `mailbox` (local-part "@" domain, no brackets) is well formed.
bool isValidMailbox(const QByteArray &mailbox, Charset charset);
// Whether any octet is above 127.
bool hasEightBit(const QByteArray &bytes);
// The account a POP3 or IMAP user name names on a server of `domain`: "fran"
// for "fran" and for "fran@servidor.edu" (Thunderbird's wizard sends the
// whole address; Dovecot's default accepts both), empty for another domain's.
QByteArray accountName(const QByteArray &name, const QByteArray &domain);

} // namespace SmtpAddress
