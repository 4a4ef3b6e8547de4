#include "phase.h"

#include <QByteArray>

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp: return QStringLiteral("SMTP");
    case Protocol::Pop3: return QStringLiteral("POP3");
    case Protocol::Dns: return QStringLiteral("DNS");
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
    case Phase::None: break;
    }
    return QString();
}

Phase commandPhase(Protocol protocol, const QByteArray &verb, bool inContent, bool loggedIn)
{
    if (protocol == Protocol::Pop3) {
        if (verb == "USER" || verb == "PASS" || verb == "APOP")
            return Phase::Authorization;
        if (verb == "QUIT")
            return loggedIn ? Phase::Update : Phase::Authorization;
        return Phase::Transaction;
    }
    if (inContent)
        return Phase::Transfer;
    if (verb == "HELO" || verb == "EHLO" || verb == "AUTH" || verb == "STARTTLS")
        return Phase::Opening;
    if (verb == "QUIT")
        return Phase::Closing;
    return Phase::Transfer;
}
