// enginescript.h — drive an engine with a C:/S: script, as KSMTP's tests do.
//
// The script is the course's notation. For a server engine, "C:" lines are fed
// to it (with CR LF) and "S:" lines are the output expected, in order; for a
// client engine the roles swap. Also:
//   S~ regex      an output line matching a regular expression (whole line)
//   X             the connection drops (connectionLost())
//   T             the idle deadline passes (timeout())
//   # comment     and blank lines are ignored
// "C:"/"S:" take the rest of the line after one optional space, exactly.
#pragma once

#include "protocol/protocolsession.h"

#include <QString>

class EngineScript
{
public:
    enum class Role { EngineIsServer, EngineIsClient };

    // Runs the script; returns an empty string on success, otherwise a message
    // naming the script line and what was expected and what came instead.
    static QString run(ProtocolSession *engine, const QString &script, Role role);
    // Every output line written so far by the last run (for extra checks).
    static QList<QByteArray> lastOutput();
};
