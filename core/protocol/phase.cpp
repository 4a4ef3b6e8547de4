#include "phase.h"

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
