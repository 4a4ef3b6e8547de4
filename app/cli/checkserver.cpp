// SPDX-License-Identifier: GPL-3.0-or-later
// checkserver.cpp — runs ServerCheck and prints what holds and what does not.
#include "checkserver.h"

#include <QTextStream>

namespace CommandLine {

int checkServer(const ServerCheck::Options &options)
{
    QTextStream out(stdout);
    out << ServerCheck::tr("Checking the mail server at %1 …").arg(options.address) << Qt::endl;
    const QList<ServerCheck::Check> checks = ServerCheck::run(options);
    out << ServerCheck::report(checks);
    out.flush();
    return ServerCheck::allHold(checks) ? 0 : 1;
}

} // namespace CommandLine
