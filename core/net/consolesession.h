// consolesession.h — a raw TCP session typed by hand, as with telnet.
//
// The console panel's engine: every line the student types is sent as it is
// (one gate step each), every line the server sends is handed to a callback
// for the panel to show. The server's own writes are in the transcript; the
// student's are recorded as the "console" host's.
#pragma once

#include "protocol/protocolsession.h"

#include <functional>

class ConsoleSession : public ProtocolSession
{
public:
    explicit ConsoleSession(Protocol protocol);

    Protocol protocol() const override { return m_protocol; }
    Phase phase() const override { return m_phase; }
    void connectionLost() override;

    // Queue a typed line (without CR LF); call Connection::pump() after it.
    void type(const QByteArray &line);
    // Each line from the server, as it arrives.
    void setLineHandler(std::function<void(const QByteArray &)> handler) { m_onLine = std::move(handler); }
    bool isClosed() const { return m_closed; }

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    Protocol m_protocol;
    Phase m_phase = Phase::None;
    bool m_closed = false;
    std::function<void(const QByteArray &)> m_onLine;
};
