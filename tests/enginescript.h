// SPDX-License-Identifier: GPL-3.0-or-later
// enginescript.h — drive an engine with a script, as KSMTP's tests do.
//
// The script is in the script notation (core/scenario/scriptnotation.h,
// docs/testing.md). For a server engine, "C:" lines are fed to it (with
// CR LF) and "S:" / "S~" lines are the output expected, in order; for a client
// engine the roles swap. Each fed line is a read of its own, and nothing may
// be said before it that the script does not expect first; with
// Feeding::Pipelined, consecutive fed lines arrive together in one read, as a
// pipelining peer's do (a session captured from a run where the peer
// pipelined its commands lists them before the replies). Also:
//   X             the connection drops (connectionLost())
//   T             the idle deadline passes (timeout())
//   W: ms         skipped: an engine has no clock
//   # comment     and blank lines are skipped
// A script written by TranscriptFormatter::script() from a real run replays
// as it is.
//
// TLS without crypto: when the engine's output carries an utterance with
// startsTls (a server's 220 to STARTTLS, a client's request after hearing
// it), the engine is told tlsBegun() and tlsEstablished() at once, as if the
// handshake had happened; the lines that follow are fed and expected as
// they are (a real run would carry them in records).
#pragma once

#include "protocol/protocolsession.h"

#include <QString>

#include <functional>

class EngineScript
{
public:
    enum class Role {
        EngineIsServer,
        EngineIsClient
    };
    enum class Feeding {
        LineByLine,
        Pipelined
    };

    // Runs the script; returns an empty string on success, otherwise a message
    // naming the script line and what was expected and what came instead.
    static QString run(ProtocolSession *engine, const QString &script, Role role,
                       Feeding feeding = Feeding::LineByLine);
    // Every output line written so far by the last run (for extra checks).
    static QList<QByteArray> lastOutput();
    // How many times the last run started TLS (see above).
    static int lastTlsStarts();
    // Joins a client engine and a server engine in memory: each one's output
    // is the other's input, round after round, until `finished` holds or
    // neither has anything to say (at most 200 rounds). Once both have
    // passed an utterance with startsTls (the server's go-ahead, the
    // client's request), both get tlsBegun() and tlsEstablished(), as if a
    // handshake had happened, and go on in "TLS".
    static void converse(ProtocolSession *client, ProtocolSession *server,
                         const std::function<bool()> &finished);
};
