// SPDX-License-Identifier: GPL-3.0-or-later
// listening.cpp — netstat -tl and ss -tl over the world's sockets.
//
// netstat (net-tools 2.10, netstat.c tcp_do_one): the local address and its
// port are cut to 22 characters before the colon and the port are joined,
// then each row is printf'd with fixed widths. ss (iproute2 6.1, ss.c
// render_calc_width without a terminal): each column is as wide as its widest
// field (the header counts), plus its left delimiter (one space) for every
// column but the first; "Local Address:" and "Peer Address:" are aligned
// right and end with the colon, the ports after them left; Recv-Q and Send-Q
// are "%-6d"; the Process column (empty without -p) is padded too.
#include "listening.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace {

// The names of /etc/services (Debian's netbase) for the ports the world uses.
struct Named {
    quint16 port;
    const char *name;
};
constexpr Named serviceNames[] = {
    {25, "smtp"},         {80, "http"},        {110, "pop3"},  {143, "imap2"}, {443, "https"},
    {465, "submissions"}, {587, "submission"}, {993, "imaps"}, {995, "pop3s"},
};

int somaxconn()
{
    // The kernel caps a listen(2) backlog at net.core.somaxconn (4096 on
    // Linux 5.4 and later, 128 before).
    QFile file(QStringLiteral("/proc/sys/net/core/somaxconn"));
    if (!file.open(QIODevice::ReadOnly))
        return 4096;
    bool ok = false;
    const int value = file.readAll().trimmed().toInt(&ok);
    return ok && value > 0 ? value : 4096;
}

QString addressText(const QHostAddress &address, Listening::Tool tool, bool numeric)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        if (address == QHostAddress::AnyIPv6)
            return tool == Listening::Tool::Ss ? QStringLiteral("*") : QStringLiteral("[::]");
        return QLatin1Char('[') + address.toString() + QLatin1Char(']');
    }
    // netstat looks the address up (/etc/hosts): 127.0.0.1 is localhost.
    if (tool == Listening::Tool::Netstat && !numeric && address == QHostAddress(QHostAddress::LocalHost))
        return QStringLiteral("localhost");
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QStringLiteral("0.0.0.0");
    return address.toString();
}

QString padRight(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString padLeft(const QString &text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

} // namespace

namespace Listening {

bool parseCommand(const QString &line, Command *command, QString *error)
{
    if (error)
        error->clear();
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    Command parsed;
    if (words.first() == QLatin1String("netstat"))
        parsed.tool = Tool::Netstat;
    else if (words.first() == QLatin1String("ss"))
        parsed.tool = Tool::Ss;
    else
        return false;
    bool tcp = false;
    bool listening = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word.size() < 2 || word.at(0) != QLatin1Char('-') || word.at(1) == QLatin1Char('-')) {
            if (error)
                *error = QCoreApplication::translate(
                             "Listening", "%1: \"%2\" is not simulated here; try %1 -tl or %1 -tln.")
                             .arg(words.first(), word);
            return false;
        }
        for (qsizetype k = 1; k < word.size(); ++k) {
            const QChar letter = word.at(k);
            if (letter == QLatin1Char('t'))
                tcp = true;
            else if (letter == QLatin1Char('l'))
                listening = true;
            else if (letter == QLatin1Char('n'))
                parsed.numeric = true;
            else {
                if (error)
                    *error = QCoreApplication::translate(
                                 "Listening", "%1: option -%2 is not simulated here; try %1 -tl or %1 -tln.")
                                 .arg(words.first(), QString(letter));
                return false;
            }
        }
    }
    if (!tcp || !listening) {
        if (error)
            *error = QCoreApplication::translate(
                         "Listening",
                         "%1: only the listening TCP sockets are simulated here (-t and "
                         "-l); try %1 -tl or %1 -tln.")
                         .arg(words.first());
        return false;
    }
    if (command)
        *command = parsed;
    return true;
}

QList<Socket> sockets(const World &world)
{
    QList<Socket> out;
    const int backlog = std::min(World::listenBacklog, somaxconn());
    const bool offsetPorts = !world.options().ephemeralPorts;
    for (const World::Service &s : world.services()) {
        if (s.port == 0 || !world.isListening(s.host, s.name))
            continue;
        Socket socket;
        socket.host = s.host;
        socket.service = s.name;
        socket.address = s.address;
        socket.port = s.port;
        socket.backlog = backlog;
        // Ports the world chose as the standard one plus its offset (and,
        // where hosts share an address, 1000 more per host); not a port the
        // system picked, however it happens to fall.
        if (offsetPorts && s.standardPort != 0 && s.port >= s.standardPort) {
            socket.standardPort = s.standardPort;
            socket.offset = s.port - s.standardPort;
        }
        out.append(socket);
    }
    return out;
}

QString serviceName(quint16 port)
{
    for (const Named &n : serviceNames) {
        if (n.port == port)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

QString portText(const Socket &socket, bool numeric)
{
    if (!numeric) {
        const QString name = serviceName(socket.standardPort);
        if (!name.isEmpty())
            return name;
    }
    return QString::number(socket.port);
}

QString localAddress(const Socket &socket, Tool tool, bool numeric)
{
    return addressText(socket.address, tool, numeric) + QLatin1Char(':') + portText(socket, numeric);
}

QString netstat(const QList<Socket> &sockets, bool numeric)
{
    QString out = QStringLiteral("Active Internet connections (only servers)\n");
    out += QStringLiteral(
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n");
    for (const Socket &s : sockets) {
        const bool v6 = s.address.protocol() == QAbstractSocket::IPv6Protocol;
        QString address = addressText(s.address, Tool::Netstat, numeric);
        const QString port = portText(s, numeric);
        // netstat.c: if (strlen(local_addr) + strlen(buffer) > 22) local_addr[22 - strlen(buffer)] = '\0'
        if (address.size() + port.size() > 22)
            address.truncate(std::max<qsizetype>(0, 22 - port.size()));
        const QString local = address + QLatin1Char(':') + port;
        const QString foreign = v6 ? QStringLiteral("[::]:*") : QStringLiteral("0.0.0.0:*");
        out += padRight(v6 ? QStringLiteral("tcp6") : QStringLiteral("tcp"), 4) + QStringLiteral("  ")
            + padLeft(QStringLiteral("0"), 6) + QLatin1Char(' ') + padLeft(QStringLiteral("0"), 6)
            + QLatin1Char(' ') + padRight(local, 23) + QLatin1Char(' ') + padRight(foreign, 23)
            + QLatin1Char(' ') + padRight(QStringLiteral("LISTEN"), 11) + QLatin1Char('\n');
    }
    return out;
}

QString ss(const QList<Socket> &sockets, bool numeric)
{
    enum Align {
        Left,
        Right
    };
    struct Column {
        Align align;
        QString header;
        QStringList fields;
        int width = 0;
    };
    QList<Column> columns{
        {Left, QStringLiteral("State"), {}},  {Left, QStringLiteral("Recv-Q"), {}},
        {Left, QStringLiteral("Send-Q"), {}}, {Right, QStringLiteral("Local Address:"), {}},
        {Left, QStringLiteral("Port"), {}},   {Right, QStringLiteral("Peer Address:"), {}},
        {Left, QStringLiteral("Port"), {}},   {Left, QStringLiteral("Process"), {}},
    };
    // Each column's left delimiter: a space, but none before a port (it
    // follows its address's colon) nor before Process.
    const QList<int> delimiter{0, 1, 1, 1, 0, 1, 0, 0};
    for (const Socket &s : sockets) {
        const bool v6 = s.address.protocol() == QAbstractSocket::IPv6Protocol;
        columns[0].fields.append(QStringLiteral("LISTEN"));
        columns[1].fields.append(padRight(QStringLiteral("0"), 6));
        columns[2].fields.append(padRight(QString::number(s.backlog), 6));
        columns[3].fields.append(addressText(s.address, Tool::Ss, numeric) + QLatin1Char(':'));
        columns[4].fields.append(portText(s, numeric));
        columns[5].fields.append(v6 ? QStringLiteral("[::]:") : QStringLiteral("0.0.0.0:"));
        columns[6].fields.append(QStringLiteral("*"));
        columns[7].fields.append(QString());
    }
    for (int c = 0; c < columns.size(); ++c) {
        qsizetype widest = columns[c].header.size();
        for (const QString &field : std::as_const(columns[c].fields))
            widest = std::max(widest, field.size());
        columns[c].width = int(widest) + delimiter.at(c);
    }
    auto row = [&](const QStringList &fields) {
        QString line;
        for (int c = 0; c < columns.size(); ++c) {
            const Column &column = columns.at(c);
            // ss.c render(): the delimiter, then the field padded to the
            // column's width counting the delimiter.
            const QString delim = QString(delimiter.at(c), QLatin1Char(' '));
            const int room = column.width - delimiter.at(c);
            line += delim
                + (column.align == Right ? padLeft(fields.at(c), room) : padRight(fields.at(c), room));
        }
        return line + QLatin1Char('\n');
    };
    QStringList headers;
    for (const Column &column : std::as_const(columns))
        headers.append(column.header);
    QString out = row(headers);
    for (qsizetype i = 0; i < sockets.size(); ++i) {
        QStringList fields;
        for (const Column &column : std::as_const(columns))
            fields.append(column.fields.at(i));
        out += row(fields);
    }
    return out;
}

QString format(const QList<Socket> &sockets, const Command &command)
{
    return command.tool == Tool::Ss ? ss(sockets, command.numeric) : netstat(sockets, command.numeric);
}

} // namespace Listening
