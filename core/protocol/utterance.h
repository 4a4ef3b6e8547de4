// utterance.h — one command or one reply: the unit the gate releases in one step.
//
// A multi-line SMTP reply (EHLO) or a POP3 multi-line response (LIST, RETR) is
// one utterance; so is the whole content of a DATA transfer, ended by ".".
#pragma once

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

    static Utterance line(const QByteArray &text, Phase phase, const QByteArray &code = {})
    {
        Utterance u;
        u.lines.append(text);
        u.phase = phase;
        u.code = code;
        return u;
    }
};
