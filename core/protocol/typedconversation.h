// SPDX-License-Identifier: GPL-3.0-or-later
// typedconversation.h — following a conversation typed line by line, as with
// telnet: what each line is, its phase, and which command a reply answers.
//
// The console (ConsoleSession) and a scenario's scripted sessions
// (ScriptSession) send lines as they were typed and hear the server's lines
// one by one. This class keeps their bookkeeping, the way the course names
// things:
//   SMTP (RFC 5321 §3): HELO/EHLO/AUTH/STARTTLS are the opening, QUIT the
//   closing, the rest mail transfer; once DATA is typed the lines are the
//   message (transfer) up to the "." line (§4.1.1.4), unless the server
//   refuses DATA instead of answering 354.
//   POP3 (RFC 1939 §3): USER/PASS/APOP are AUTHORIZATION; QUIT after a
//   successful login is UPDATE (§6), before it still AUTHORIZATION; the rest
//   TRANSACTION. A +OK to RETR, TOP, CAPA or a bare LIST/UIDL is followed
//   by lines up to ".".
//   IMAP (RFC 3501 §3): a command's phase is the state it is typed in (not
//   authenticated, authenticated, selected; LOGOUT is logout); a tagged OK
//   to LOGIN or AUTHENTICATE authenticates, to SELECT or EXAMINE selects,
//   to CLOSE or UNSELECT (or a failed SELECT) goes back to authenticated.
//   A reply is the tagged completion whose tag is the command's (§2.2.2);
//   "* …" lines are untagged data and "+ …" a go-ahead. A line that ends in
//   "{n}" is followed by n octets of a literal (§4.3), typed or heard, which
//   belong to the command or response around them. After a go-ahead to
//   AUTHENTICATE the next line typed is the SASL response; to IDLE, the
//   DONE that ends it (RFC 2177).
// PASS, AUTH, LOGIN and AUTHENTICATE lines (and the base64 lines that
// follow AUTH or AUTHENTICATE, and a LOGIN's literals) carry a password and
// are marked sensitive; an APOP line carries a digest, not the
// secret (RFC 1939 §7), and is not. Replies are matched to the commands they
// answer in order (a student may type ahead, as with PIPELINING, RFC 2920).
#pragma once

#include "utterance.h"

#include <QList>

class TypedConversation
{
public:
    explicit TypedConversation(Protocol protocol);

    // The utterance to say for a typed line (phase, role, sensitive).
    Utterance typed(const QByteArray &line);
    // The utterance heard for a line from the server (phase, code, role,
    // the command it answers, whether it continues the last one).
    Utterance received(const QByteArray &line);

    // The phase of the last line typed or heard.
    Phase phase() const { return m_phase; }
    // The phase the next typed line would get.
    Phase phaseOf(const QByteArray &line) const;
    // SMTP: typing the message after DATA (up to the "." line).
    bool isInContent() const { return m_content; }
    // POP3: a PASS or APOP was answered +OK; IMAP: LOGIN or AUTHENTICATE OK.
    bool isLoggedIn() const { return m_loggedIn; }

private:
    struct Sent {
        QByteArray verb; // upper case; "." for the end of the content
        QByteArray argument;
        Phase phase = Phase::None;
        qint64 line = -1; // its number (Utterance::lastLine), which the reply answers
        QByteArray tag; // IMAP: the tag its completion carries
    };
    Utterance smtpLine(const QByteArray &text);
    Utterance pop3Line(const QByteArray &text);
    Utterance heard(const QByteArray &text, Phase phase, const QByteArray &code, LineRole role,
                    qint64 answersLine);
    static bool pop3MultiLine(const Sent &command);
    Utterance imapTyped(const QByteArray &line);
    Utterance imapLine(const QByteArray &text);
    Phase imapCommandPhase(const QByteArray &line) const;

    Protocol m_protocol;
    Phase m_phase = Phase::None;
    qint64 m_linesTyped = 0;
    bool m_greeted = false; // the server's greeting has arrived
    bool m_content = false; // SMTP: between DATA and "."
    bool m_contentStarted = false; // SMTP: a line of the message has been typed
    bool m_authExchange = false; // SMTP: AUTH sent, 334 challenges answered with base64
    bool m_loggedIn = false; // POP3: in TRANSACTION
    bool m_continues = false; // the next line heard goes on with the last one
    bool m_listing = false; // POP3: inside a multi-line response, up to "."
    Sent m_listingOf; // the command whose multi-line answer is coming
    LineRole m_listingRole = LineRole::ListingLine;
    QList<Sent> m_awaiting; // commands typed and not answered yet, oldest first
    // IMAP: the state (as a phase), the octets of a literal still to be
    // typed or heard (-1: it ended with a line, whose command or response
    // goes on in the next), and what the next typed line is after a "+".
    enum class ImapNext : quint8 {
        Command,
        AuthResponse, // AUTHENTICATE's SASL response
        Done // IDLE's DONE
    };
    Phase m_imapState = Phase::NotAuthenticated;
    qint64 m_typedLiteralLeft = 0;
    bool m_typedLiteralSensitive = false;
    qint64 m_heardLiteralLeft = 0;
    ImapNext m_imapNext = ImapNext::Command;
};
