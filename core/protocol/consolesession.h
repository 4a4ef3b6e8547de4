// SPDX-License-Identifier: GPL-3.0-or-later
// consolesession.h — a raw TCP session typed by hand, as with telnet.
//
// The console panel's engine: every line the student types is sent as it is
// (one gate step each), every line the server sends is handed to a callback
// for the panel to show. The server's own writes are in the transcript; the
// student's are recorded as the "console" host's.
//
// Nothing is checked or corrected: a wrong command gets the server's own
// error reply, as it would through telnet. TypedConversation names each
// line's phase the way the course does (so the timeline can colour it), marks
// the lines that carry a password, and matches replies to their commands.
#pragma once

#include "protocol/protocolsession.h"
#include "protocol/typedconversation.h"

#include <QList>

#include <functional>

class ConsoleSession : public ProtocolSession
{
public:
    explicit ConsoleSession(Protocol protocol);

    Protocol protocol() const override { return m_protocol; }
    Phase phase() const override { return m_conversation.phase(); }
    void connectionLost() override;

    // Queue a typed line (without CR LF); call Connection::pump() after it.
    // Lines typed after the connection closed are dropped.
    void type(const QByteArray &line);
    // Each line from the server, as it arrives.
    void setLineHandler(std::function<void(const QByteArray &)> handler) { m_onLine = std::move(handler); }
    bool isClosed() const { return m_closed; }
    // SMTP: typing the message after DATA (up to the "." line).
    bool isInContent() const { return m_conversation.isInContent(); }
    // POP3: a PASS or APOP was answered +OK.
    bool isLoggedIn() const { return m_conversation.isLoggedIn(); }
    // The phase the next typed line would get (for a hint in the panel).
    Phase phaseOf(const QByteArray &line) const { return m_conversation.phaseOf(line); }

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    Protocol m_protocol;
    TypedConversation m_conversation;
    bool m_closed = false;
    std::function<void(const QByteArray &)> m_onLine;
};
