#include "consolesession.h"

// Stub: being written.
ConsoleSession::ConsoleSession(Protocol protocol)
    : m_protocol(protocol)
{
}

void ConsoleSession::connectionLost()
{
    m_closed = true;
}

void ConsoleSession::type(const QByteArray &line)
{
    sayLine(line, m_phase);
}

void ConsoleSession::handleLine(const LineReader::Line &line)
{
    if (m_onLine)
        m_onLine(line.text);
}
