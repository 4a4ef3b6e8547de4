// phase.h — the named stages of a protocol conversation, as the course names them.
//
// SMTP (RFC 5321 §3, and the course's section 3): opening (handshake: greeting,
// HELO/EHLO, AUTH), mail transfer (MAIL, RCPT, DATA, the content) and closing
// (QUIT). POP3 (RFC 1939 §3): AUTHORIZATION, TRANSACTION and UPDATE.
#pragma once

#include <QString>
#include <QtGlobal>

enum class Protocol : quint8 { None, Smtp, Pop3, Dns };

enum class Phase : quint8 {
    None,
    Opening,        // SMTP: greeting and HELO/EHLO (the course's "apertura")
    Transfer,       // SMTP: MAIL, RCPT, DATA and the message ("transferencia")
    Closing,        // SMTP: QUIT and 221 ("peche")
    Authorization,  // POP3 §3: USER/PASS/APOP
    Transaction,    // POP3 §3: STAT/LIST/RETR/DELE...
    Update          // POP3 §6: after QUIT, deletions take effect
};

// The phase of a command a client sends, by its verb (upper case): SMTP's
// opening (HELO, EHLO, AUTH, STARTTLS), closing (QUIT) or mail transfer (the
// rest, and every message line after DATA: `inContent`); POP3's AUTHORIZATION
// (USER, PASS, APOP, and QUIT before logging in), UPDATE (QUIT after:
// `loggedIn`) or TRANSACTION.
Phase commandPhase(Protocol protocol, const QByteArray &verb, bool inContent, bool loggedIn);

// Stable, untranslated identifiers (used in JSON and in tests).
QString protocolName(Protocol protocol);
QString phaseName(Phase phase);
