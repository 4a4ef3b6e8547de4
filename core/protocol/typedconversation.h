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
// PASS and AUTH lines (and the base64 lines that follow AUTH) carry a
// password and are marked sensitive; an APOP line carries a digest, not the
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
    // POP3: a PASS or APOP was answered +OK.
    bool isLoggedIn() const { return m_loggedIn; }

private:
    struct Sent {
        QByteArray verb; // upper case; "." for the end of the content
        QByteArray argument;
        Phase phase = Phase::None;
        qint64 line = -1; // its number (Utterance::lastLine), which the reply answers
    };
    Utterance smtpLine(const QByteArray &text);
    Utterance pop3Line(const QByteArray &text);
    Utterance heard(const QByteArray &text, Phase phase, const QByteArray &code, LineRole role,
                    qint64 answersLine);
    static bool pop3MultiLine(const Sent &command);

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
};
