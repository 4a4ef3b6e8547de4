// SPDX-License-Identifier: GPL-3.0-or-later
// listening.h — the world's listening sockets as `netstat -tl` and `ss -tl`
// print them, columns included.
//
// The course checks an installed Postfix and Dovecot with `netstat -tl`; the
// console (app/gui/consolewidget) runs the same command on the world and the
// Listening tab (app/gui/serverviews) shows the same rows. The formatting is
// here, socket-free, so it is tested line for line and could serve --serve or
// --headless too.
//
// What is printed is what net-tools 2.10 and iproute2 6.1 (Debian 12) print
// when their output is not a terminal: netstat's fixed columns
// ("%-4s  %6ld %6ld %-23s %-23s %-11s", an address and its port cut to 22
// characters); ss's compact layout (each column as wide as its widest field,
// the local and peer addresses aligned right, their ports left, Send-Q of a
// listening socket its backlog). One difference, on purpose: a port that is
// a standard port plus the world's offset (10025 = 25 + 10000) is named as
// the real tools name the standard one (smtp, submission, pop3, imap2, pop3s,
// imaps, submissions, http, https, as /etc/services names them), so the
// listing reads as on a machine with a real Postfix and Dovecot; the real
// netstat would print 10025. Rows come in the world's order (the real tools
// print the kernel's hash order).
#pragma once

#include "world/world.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Listening {

struct Socket {
    QString host; // "servidor.edu"
    QString service; // the world's name: "smtp", "imap", "pop3s"
    QHostAddress address;
    quint16 port = 0;
    // The standard port this one stands for (25 for 10025 at offset 10000,
    // 25 for 25 at offset 0); 0 when the port is not the standard one plus
    // the world's offset (a port the system picked): then it is a number.
    quint16 standardPort = 0;
    int offset = 0; // port - standardPort, when standardPort is set
    int backlog = 0; // what ss shows as Send-Q
};

enum class Tool {
    Netstat,
    Ss
};

struct Command {
    Tool tool = Tool::Netstat;
    bool numeric = false; // -n
};

// Reads a command line as the console is given it: "netstat -tl", "netstat
// -tln", "ss -tl", "ss -tln" (the letters in any order and grouping: -lt,
// "-t -l -n"). True for those; false for anything else, with *error saying
// what (empty when the line is not netstat or ss at all).
bool parseCommand(const QString &line, Command *command, QString *error);

// The sockets of the world that listen now, in the world's order: a service
// taken down or a host off the network is not listed, as the real tools do
// not list a socket nobody listens on. Send-Q: the world's backlog, capped by
// the kernel (net.core.somaxconn) as the kernel caps it.
QList<Socket> sockets(const World &world);

// The name /etc/services gives a standard port (25 → "smtp", 143 → "imap2");
// empty for any other port.
QString serviceName(quint16 port);
// The port as the tools print it: its name unless numeric, else the number.
QString portText(const Socket &socket, bool numeric);
// "127.0.0.3:smtp" or "127.0.0.3:10025" (netstat names 127.0.0.1 localhost
// unless -n; ss never resolves addresses without -r).
QString localAddress(const Socket &socket, Tool tool, bool numeric);

// The whole output, lines ended by "\n", as the tool prints it.
QString format(const QList<Socket> &sockets, const Command &command);
QString netstat(const QList<Socket> &sockets, bool numeric);
QString ss(const QList<Socket> &sockets, bool numeric);

} // namespace Listening
