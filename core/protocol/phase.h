// SPDX-License-Identifier: GPL-3.0-or-later
// phase.h — the named stages of a protocol conversation, as the course names them.
//
// SMTP (RFC 5321 §3, and the course's section 3): opening (handshake: greeting,
// HELO/EHLO, AUTH), mail transfer (MAIL, RCPT, DATA, the content) and closing
// (QUIT). POP3 (RFC 1939 §3): AUTHORIZATION, TRANSACTION and UPDATE. IMAP
// (RFC 3501 §3): not authenticated, authenticated, selected and logout.
// HTTP/1.1 has no states: each request and its response are one exchange
// (RFC 9110 §3.9), and the whole connection is drawn as one band.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

enum class Protocol : quint8 {
    None,
    Smtp,
    Pop3,
    Dns,
    Imap,
    Http // the webmail's pages (RFC 9110, 9112)
};

enum class Phase : quint8 {
    None,
    Opening, // SMTP: greeting and HELO/EHLO (the course's "apertura")
    Transfer, // SMTP: MAIL, RCPT, DATA and the message ("transferencia")
    Closing, // SMTP: QUIT and 221 ("peche")
    Authorization, // POP3 §3: USER/PASS/APOP
    Transaction, // POP3 §3: STAT/LIST/RETR/DELE...
    Update, // POP3 §6: after QUIT, deletions take effect
    // IMAP's states (RFC 3501 §3, RFC 9051 §3).
    NotAuthenticated, // §3.1: the greeting, LOGIN, AUTHENTICATE
    Authenticated, // §3.2: LIST, SELECT, CREATE …
    Selected, // §3.3: a mailbox is selected: FETCH, SEARCH, STORE …
    Logout, // §3.4: LOGOUT and the BYE
    // HTTP/1.1 (RFC 9110 §3.9): requests and their responses.
    Exchange
};

// What a client's line is within its session, for commandPhase(): a command,
// or (SMTP, after DATA's 354 and up to the lone ".") a line of the message.
enum class ClientLine : quint8 {
    Command,
    MessageContent
};
// Whether a POP3 client has logged in (PASS or APOP accepted): its QUIT then
// enters UPDATE instead of leaving from AUTHORIZATION.
enum class LoginState : quint8 {
    LoggedOut,
    LoggedIn
};

// The phase of a command a client sends, by its verb (upper case): SMTP's
// opening (HELO, EHLO, AUTH, STARTTLS), closing (QUIT) or mail transfer (the
// rest, and every message line after DATA); POP3's AUTHORIZATION (USER, PASS,
// APOP, and QUIT before logging in), UPDATE (QUIT after) or TRANSACTION.
Phase commandPhase(Protocol protocol, const QByteArray &verb, ClientLine line, LoginState login);

// The verb of a command line, as commandPhase() takes it: its first word in
// upper case ("MAIL" for "mail FROM:<ana@cliente.fr>"). The line is taken as
// it is: one that starts with a space has an empty verb.
QByteArray commandVerb(const QByteArray &line);
// What follows the verb, trimmed ("FROM:<ana@cliente.fr>"); empty if nothing.
QByteArray commandArgument(const QByteArray &line);

// Stable, untranslated identifiers (used in JSON and in tests).
QString protocolName(Protocol protocol);
QString phaseName(Phase phase);
