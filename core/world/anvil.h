// SPDX-License-Identifier: GPL-3.0-or-later
// anvil.h — per-client limits in the manner of Postfix's anvil(8).
//
// A class shares one server: a student's runaway script opening connection
// after connection, or sending mail in a loop, must not lock the others out.
// Like Postfix's smtpd_client_connection_count_limit,
// smtpd_client_connection_rate_limit and smtpd_client_message_rate_limit,
// counted per client address over a time unit (anvil_rate_time_unit, 60 s),
// with exceptions (smtpd_client_event_limit_exceptions: on Debian
// $mynetworks, the machine itself). Socket-free: the world asks it on each
// connection it accepts and on each MAIL command, with the time.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class Anvil
{
public:
    struct Limits {
        int connectionCount = 50; // at once, per client; 0: no limit (Postfix's default 50)
        int connectionRate = 600; // per time unit, per client; 0: no limit
        int messageRate = 300; // MAIL commands per time unit, per client; 0: no limit
        qint64 timeUnitMs = 60 * 1000; // anvil_rate_time_unit
        // Clients never limited (a teacher's machine). Postfix's default is
        // $mynetworks, which on Debian is the machine itself: 127.0.0.0/8.
        QList<QPair<QHostAddress, int>> exceptions{QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8")),
                                                   QHostAddress::parseSubnet(QStringLiteral("::1/128"))};
    };

    enum class Verdict : quint8 {
        Allowed,
        TooManyConnections, // connectionCount open already
        ConnectionRate, // connectionRate in this time unit already
        MessageRate // messageRate in this time unit already
    };

    Anvil() = default;
    explicit Anvil(const Limits &limits)
        : m_limits(limits)
    {
    }
    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    // A connection from `client` at `nowMs`: Allowed (then counted as open
    // until disconnected()) or why not. Every attempt counts toward the rate,
    // as in Postfix.
    Verdict connected(const QHostAddress &client, qint64 nowMs);
    // An allowed connection ended.
    void disconnected(const QHostAddress &client);
    // A MAIL command from `client` at `nowMs`: Allowed or MessageRate.
    Verdict mail(const QHostAddress &client, qint64 nowMs);

    bool isException(const QHostAddress &client) const;
    // A client's address as Postfix writes it and counts it: an IPv4 one
    // mapped into IPv6 (::ffff:192.0.2.10) as the IPv4 one.
    static QHostAddress clientAddress(const QHostAddress &address);
    // The limit a verdict names (for a note: "50").
    int limitOf(Verdict verdict) const;
    // Clients followed now (bounded: idle ones are forgotten).
    int clientsFollowed() const { return int(m_clients.size()); }

    // "127.0.0.0/8,192.168.1.10" or "none" into subnets; false and `error`
    // naming the wrong one if one is not an address or a subnet.
    static bool parseExceptions(const QString &text, QList<QPair<QHostAddress, int>> *subnets,
                                QString *error);

private:
    struct Client {
        int open = 0;
        qint64 windowStart = 0;
        int connections = 0; // attempts in this window
        int messages = 0; // MAIL commands in this window
    };
    Client &client(const QHostAddress &address, qint64 nowMs);
    void forgetIdle(qint64 nowMs);

    Limits m_limits;
    QHash<QString, Client> m_clients;
    qint64 m_lastSweep = 0;
};
