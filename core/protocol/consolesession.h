// consolesession.h — a raw TCP session typed by hand, as with telnet.
//
// The console panel's engine: every line the student types is sent as it is
// (one gate step each), every line the server sends is handed to a callback
// for the panel to show. The server's own writes are in the transcript; the
// student's are recorded as the "console" host's.
//
// Nothing is checked or corrected: a wrong command gets the server's own
// error reply, as it would through telnet. The engine only names the phase of
// each line, the way the course does, so the timeline can colour it:
//   SMTP (RFC 5321 §3): HELO/EHLO/AUTH/STARTTLS are the opening, QUIT the
//   closing, the rest mail transfer; once DATA is typed the lines are the
//   message (transfer) up to the "." line (§4.1.1.4), unless the server
//   refuses DATA instead of answering 354.
//   POP3 (RFC 1939 §3): USER/PASS/APOP are AUTHORIZATION; QUIT after a
//   successful login is UPDATE (§6), before it still AUTHORIZATION; the rest
//   TRANSACTION.
// PASS, APOP and AUTH lines (and the base64 lines that follow AUTH) carry a
// password and are marked sensitive.
// Replies are matched to the commands they answer in order (a student may
// type ahead, as with PIPELINING, RFC 2920), so that each reply gets the
// phase of its command and the engine knows when a login succeeded.
#pragma once

#include "protocol/protocolsession.h"

#include <QList>

#include <functional>

class ConsoleSession : public ProtocolSession
{
public:
    explicit ConsoleSession(Protocol protocol);

    Protocol protocol() const override { return m_protocol; }
    Phase phase() const override { return m_phase; }
    void connectionLost() override;

    // Queue a typed line (without CR LF); call Connection::pump() after it.
    // Lines typed after the connection closed are dropped.
    void type(const QByteArray &line);
    // Each line from the server, as it arrives.
    void setLineHandler(std::function<void(const QByteArray &)> handler) { m_onLine = std::move(handler); }
    bool isClosed() const { return m_closed; }
    // SMTP: typing the message after DATA (up to the "." line).
    bool isInContent() const { return m_content; }
    // POP3: a PASS or APOP was answered +OK.
    bool isLoggedIn() const { return m_loggedIn; }
    // The phase the next typed line would get (for a hint in the panel).
    Phase phaseOf(const QByteArray &line) const;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    struct Sent {
        QByteArray verb; // upper case; "." for the end of the content
        QByteArray argument;
        Phase phase = Phase::None;
    };
    void handleSmtpLine(const QByteArray &text);
    void handlePop3Line(const QByteArray &text);
    static bool pop3MultiLine(const Sent &command);

    Protocol m_protocol;
    Phase m_phase = Phase::None;
    bool m_closed = false;
    bool m_greeted = false; // the server's greeting has arrived
    bool m_content = false; // SMTP: between DATA and "."
    bool m_authExchange = false; // SMTP: AUTH sent, 334 challenges answered with base64
    bool m_loggedIn = false; // POP3: in TRANSACTION
    bool m_listing = false; // POP3: inside a multi-line response, up to "."
    Phase m_listingPhase = Phase::None;
    QList<Sent> m_awaiting; // commands typed and not answered yet, oldest first
    std::function<void(const QByteArray &)> m_onLine;
};
