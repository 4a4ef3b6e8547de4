// SPDX-License-Identifier: GPL-3.0-or-later
// consolesession.cpp — the engine behind the console: sends each typed line
// as it is and hands each line from the server to the panel; what the lines
// are is TypedConversation's to say.
#include "consolesession.h"

ConsoleSession::ConsoleSession(Protocol protocol)
    : m_protocol(protocol)
    , m_conversation(protocol)
{
    // What the server says is shown as it is, however long: a RETR may bring
    // lines longer than a command line.
    m_reader.setMaximumLength(64 * 1024);
}

void ConsoleSession::connectionLost()
{
    m_closed = true;
}

void ConsoleSession::type(const QByteArray &line)
{
    if (m_closed)
        return;
    say(m_conversation.typed(line));
}

void ConsoleSession::handleLine(const LineReader::Line &line)
{
    heard(m_conversation.received(line.text));
    if (m_onLine)
        m_onLine(line.text);
}
