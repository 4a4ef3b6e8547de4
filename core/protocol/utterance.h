// SPDX-License-Identifier: GPL-3.0-or-later
// utterance.h — one command or one reply: the unit the gate releases in one step.
//
// A multi-line SMTP reply (EHLO) or a POP3 multi-line response (LIST, RETR) is
// one utterance; so is the whole content of a DATA transfer, ended by ".".
#pragma once

#include "dotstuffing.h"
#include "linerole.h"
#include "phase.h"

#include <QByteArray>
#include <QList>

struct Utterance {
    QList<QByteArray> lines; // each without its CR LF
    Phase phase = Phase::None;
    QByteArray code; // "250", "354", "+OK", "-ERR"; empty for commands
    bool closeAfter = false; // close the connection once this has been written
    bool sensitive = false; // carries a password (shown on purpose, marked)
    // A reply: the last line the engine heard before it (the command answered:
    // "RCPT TO:<fran@servidor.edu>", "." for the end of DATA); empty for a greeting.
    QByteArray answers;
    // What its lines are (linerole.h): `role` for the first line, `restRole`
    // for the others (Unknown: the same as the first). A lone "." after the
    // first line of content or a listing is its EndOfContent.
    LineRole role = LineRole::Unknown;
    LineRole restRole = LineRole::Unknown;
    // An HTTP message: its lines from this index on are its body (Body);
    // -1: none are.
    qsizetype bodyFrom = -1;
    // Lines are numbered from 0 in each direction of a connection, in the
    // order they cross it (ProtocolSession counts them). lastLine: the number
    // of this utterance's last line, the one a reply answers. answersLine:
    // for a reply, the number of the client's line it answers (a command,
    // the "." ending DATA, an AUTH response); -1 for a greeting or a reply
    // nobody asked for (a 421 at the idle deadline).
    qint64 lastLine = -1;
    qint64 answersLine = -1;
    // Its first line goes on with what the previous utterance began (a reply
    // or a listing heard line by line, as the console hears them).
    bool continuesPrevious = false;
    // A 250 to the end of DATA that the server wants to know was read
    // (SmtpReply::receipt): the connection tells the engine once its octets
    // are with the kernel (ProtocolSession::replyWritten).
    QByteArray receipt;
    // A reply that promises something is on disk (a 250 to the end of DATA,
    // a POP3 +OK to QUIT after DELE): the ticket of the DiskCommitter's write
    // it waits for. The Connection holds it, and every utterance after it,
    // until that ticket is durable, and closes without it if the write
    // failed. 0: nothing to wait for.
    quint64 durableTicket = 0;
    // TLS. startsTls: once this (and everything said before it) is submitted,
    // the connection starts TLS (a server after its 220 to STARTTLS, a client
    // after hearing it: an empty utterance). wire: a TLS record to write as
    // it is instead of the lines, which it carried (they are recorded in
    // plaintext after it); wireLabel says what a record without lines is
    // ("TLS ClientHello"), for "next: …".
    bool startsTls = false;
    QByteArray wire;
    QByteArray wireLabel;
    // Exact octets (an HTTP message: a status line, header fields and a body
    // that may be binary): when not empty, these are written instead of the
    // lines joined by CR LF, and the lines are only what is shown and
    // recorded (the status line, the header fields, the body as text lines or
    // a summary such as "[binary body, 2048 octets]").
    QByteArray octets;
    // What to say instead if that write failed (IMAP's tagged NO, to which
    // the Connection adds the reason); empty: close without a reply.
    QByteArray notDurableLine;

    LineRole roleOfLine(qsizetype index) const
    {
        if (bodyFrom >= 0 && index >= bodyFrom)
            return LineRole::Body;
        const LineRole r = index == 0 || restRole == LineRole::Unknown ? role : restRole;
        // Content is dot-stuffed: a lone "." in it can only be its end.
        if ((r == LineRole::MessageContent || r == LineRole::ListingLine)
            && DotStuffing::isTerminator(lines.at(index)))
            return LineRole::EndOfContent;
        return r;
    }

    // Nothing to write, then the close.
    static Utterance closeOnly()
    {
        Utterance u;
        u.closeAfter = true;
        return u;
    }

    static Utterance line(const QByteArray &text, Phase phase, const QByteArray &code = {})
    {
        Utterance u;
        u.lines.append(text);
        u.phase = phase;
        u.code = code;
        return u;
    }
};
