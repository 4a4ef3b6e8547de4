// SPDX-License-Identifier: GPL-3.0-or-later
// anvil.cpp — per-client connection and message limits (see the header).
#include "anvil.h"

namespace {

// One key for one client: an IPv4 address mapped into IPv6 is the IPv4 one.
QString keyOf(const QHostAddress &address)
{
    return Anvil::clientAddress(address).toString();
}

} // namespace

QHostAddress Anvil::clientAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

bool Anvil::isException(const QHostAddress &client) const
{
    const QHostAddress address = clientAddress(client);
    for (const QPair<QHostAddress, int> &subnet : m_limits.exceptions) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

Anvil::Client &Anvil::client(const QHostAddress &address, qint64 nowMs)
{
    forgetIdle(nowMs);
    Client &c = m_clients[keyOf(address)];
    // Postfix's anvil counts in windows of one time unit from a client's
    // first event in it.
    if (nowMs - c.windowStart >= m_limits.timeUnitMs) {
        c.windowStart = nowMs;
        c.connections = 0;
        c.messages = 0;
    }
    return c;
}

void Anvil::forgetIdle(qint64 nowMs)
{
    // A client with nothing open whose window has passed holds nothing worth
    // keeping: swept at most once a time unit, so memory follows the clients
    // of the last minute, not every address ever seen.
    if (nowMs - m_lastSweep < m_limits.timeUnitMs)
        return;
    m_lastSweep = nowMs;
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (it->open == 0 && nowMs - it->windowStart >= m_limits.timeUnitMs)
            it = m_clients.erase(it);
        else
            ++it;
    }
}

Anvil::Verdict Anvil::connected(const QHostAddress &address, qint64 nowMs)
{
    if (isException(address))
        return Verdict::Allowed;
    Client &c = client(address, nowMs);
    ++c.connections;
    if (m_limits.connectionCount > 0 && c.open >= m_limits.connectionCount)
        return Verdict::TooManyConnections;
    if (m_limits.connectionRate > 0 && c.connections > m_limits.connectionRate)
        return Verdict::ConnectionRate;
    ++c.open;
    return Verdict::Allowed;
}

void Anvil::disconnected(const QHostAddress &address)
{
    if (isException(address))
        return;
    const auto it = m_clients.find(keyOf(address));
    if (it != m_clients.end() && it->open > 0)
        --it->open;
}

Anvil::Verdict Anvil::mail(const QHostAddress &address, qint64 nowMs)
{
    if (isException(address))
        return Verdict::Allowed;
    Client &c = client(address, nowMs);
    ++c.messages;
    if (m_limits.messageRate > 0 && c.messages > m_limits.messageRate)
        return Verdict::MessageRate;
    return Verdict::Allowed;
}

int Anvil::limitOf(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::TooManyConnections: return m_limits.connectionCount;
    case Verdict::ConnectionRate: return m_limits.connectionRate;
    case Verdict::MessageRate: return m_limits.messageRate;
    case Verdict::Allowed: break;
    }
    return 0;
}

bool Anvil::parseExceptions(const QString &text, QList<QPair<QHostAddress, int>> *subnets, QString *error)
{
    subnets->clear();
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(item);
        if (subnet.first.isNull()) {
            // A bare address is a subnet of one.
            QHostAddress address;
            if (!address.setAddress(item)) {
                *error = item;
                return false;
            }
            subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        subnets->append(subnet);
    }
    if (subnets->isEmpty()) {
        *error = text;
        return false;
    }
    return true;
}
