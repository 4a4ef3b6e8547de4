// SPDX-License-Identifier: GPL-3.0-or-later
// phase.cpp — the course's names for the stages of a conversation, and
// which stage a client's command belongs to by its verb (RFC 5321 §3 for
// SMTP, RFC 1939 §3 for POP3), with the verb and argument read from the
// line in one place for the engines, the console and the explanations.
#include "phase.h"

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp: return QStringLiteral("SMTP");
    case Protocol::Pop3: return QStringLiteral("POP3");
    case Protocol::Dns: return QStringLiteral("DNS");
    case Protocol::Imap: return QStringLiteral("IMAP");
    case Protocol::Http: return QStringLiteral("HTTP");
    case Protocol::None: break;
    }
    return QString();
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Opening: return QStringLiteral("opening");
    case Phase::Transfer: return QStringLiteral("transfer");
    case Phase::Closing: return QStringLiteral("closing");
    case Phase::Authorization: return QStringLiteral("AUTHORIZATION");
    case Phase::Transaction: return QStringLiteral("TRANSACTION");
    case Phase::Update: return QStringLiteral("UPDATE");
    case Phase::NotAuthenticated: return QStringLiteral("not-authenticated");
    case Phase::Authenticated: return QStringLiteral("authenticated");
    case Phase::Selected: return QStringLiteral("selected");
    case Phase::Logout: return QStringLiteral("logout");
    case Phase::Exchange: return QStringLiteral("exchange");
    case Phase::None: break;
    }
    return QString();
}

Phase commandPhase(Protocol protocol, const QByteArray &verb, ClientLine line, LoginState login)
{
    if (protocol == Protocol::Pop3) {
        if (verb == "USER" || verb == "PASS" || verb == "APOP")
            return Phase::Authorization;
        if (verb == "QUIT")
            return login == LoginState::LoggedIn ? Phase::Update : Phase::Authorization;
        return Phase::Transaction;
    }
    if (line == ClientLine::MessageContent)
        return Phase::Transfer;
    if (verb == "HELO" || verb == "EHLO" || verb == "AUTH" || verb == "STARTTLS")
        return Phase::Opening;
    if (verb == "QUIT")
        return Phase::Closing;
    return Phase::Transfer;
}

QByteArray commandVerb(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.left(space)).toUpper();
}

QByteArray commandArgument(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
}
