// SPDX-License-Identifier: GPL-3.0-or-later
// enginescript.cpp — plays a script against a protocol engine without
// sockets: feeds one side's lines, checks the engine's lines against the
// other side's steps, and calls connectionLost()/timeout() for X and T.
//
// The notation is parsed and matched by core/scenario/scriptnotation.*; this
// file only decides, for each step, whether it is fed or expected.
#include "enginescript.h"

#include "scenario/scriptnotation.h"

#include <QStringList>

static QList<QByteArray> s_lastOutput;
static int s_lastTlsStarts = 0;

QList<QByteArray> EngineScript::lastOutput()
{
    return s_lastOutput;
}

int EngineScript::lastTlsStarts()
{
    return s_lastTlsStarts;
}

QString EngineScript::run(ProtocolSession *engine, const QString &script, Role role, Feeding feeding)
{
    s_lastOutput.clear();
    s_lastTlsStarts = 0;
    const QStringList lines = script.split(QLatin1Char('\n'));
    auto where = [&](int lineNumber) {
        QString line = lines.value(lineNumber - 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return QStringLiteral("script line %1 (%2): ").arg(lineNumber).arg(line);
    };
    const ScriptNotation::Script parsed = ScriptNotation::parse(script);
    if (!parsed.ok())
        return where(parsed.errorLine) + parsed.error;

    const ScriptStep::Side fed = role == Role::EngineIsServer ? ScriptStep::Side::Client
                                                              : ScriptStep::Side::Server;
    QList<QByteArray> pending; // output lines not yet matched
    bool closed = false;
    auto collect = [&] {
        for (;;) {
            bool startsTls = false;
            const QList<Utterance> out = engine->takeOutput();
            for (const Utterance &u : out) {
                for (const QByteArray &line : u.lines) {
                    pending.append(line);
                    s_lastOutput.append(line);
                }
                if (u.closeAfter)
                    closed = true;
                startsTls = startsTls || u.startsTls;
            }
            if (!startsTls || closed)
                return;
            // The handshake, as if it had happened; what the engine says
            // once inside TLS (a client's new EHLO) is collected too.
            ++s_lastTlsStarts;
            engine->tlsBegun();
            engine->tlsEstablished();
        }
    };
    auto isFedLine = [&](const ScriptStep &step) { return step.isLine(fed); };

    engine->start();
    collect();
    const QList<ScriptStep> &steps = parsed.steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ScriptStep &step = steps.at(i);
        switch (step.kind) {
        case ScriptStep::Kind::Drop:
            engine->connectionLost();
            collect();
            continue;
        case ScriptStep::Kind::Timeout:
            engine->timeout();
            collect();
            continue;
        case ScriptStep::Kind::Wait: continue;
        case ScriptStep::Kind::Line: break;
        }
        if (isFedLine(step)) {
            if (!pending.isEmpty())
                return where(step.line)
                    + QStringLiteral("unexpected output before it: \"%1\"")
                          .arg(QString::fromUtf8(pending.first()));
            if (closed)
                return where(step.line) + QStringLiteral("the engine already closed the connection");
            // This line, and when pipelined the fed lines right after it, in one read.
            QByteArray bytes;
            for (qsizetype j = i; j < steps.size() && isFedLine(steps.at(j)); ++j) {
                if (steps.at(j).match != ScriptStep::Match::Exact)
                    return where(steps.at(j).line)
                        + QStringLiteral("a line fed to the engine is exact, not a pattern");
                bytes += steps.at(j).text.toUtf8() + "\r\n";
                i = j;
                if (feeding == Feeding::LineByLine)
                    break;
            }
            engine->receive(bytes);
            collect();
            continue;
        }
        if (pending.isEmpty())
            return where(step.line) + QStringLiteral("expected output, but the engine said nothing");
        const QByteArray got = pending.takeFirst();
        if (!step.matches(got))
            return where(step.line) + QStringLiteral("got \"%1\"").arg(QString::fromUtf8(got));
    }
    if (!pending.isEmpty())
        return QStringLiteral("end of script: unexpected output \"%1\"")
            .arg(QString::fromUtf8(pending.first()));
    return QString();
}

void EngineScript::converse(ProtocolSession *client, ProtocolSession *server,
                            const std::function<bool()> &finished)
{
    // Each utterance goes over as the bytes a socket would carry. An end
    // that passed startsTls waits (no line is handled, ProtocolSession)
    // until the other has too; then the "handshake" is done for both.
    bool clientStartsTls = false;
    bool serverStartsTls = false;
    const auto pass = [&](ProtocolSession *from, ProtocolSession *to) {
        bool moved = false;
        for (const Utterance &u : from->takeOutput()) {
            // An utterance's exact octets when it has them (HTTP: a body is
            // not lines), else its lines with CR LF.
            QByteArray bytes = u.octets;
            if (bytes.isEmpty()) {
                for (const QByteArray &line : u.lines)
                    bytes += line + "\r\n";
            }
            if (!bytes.isEmpty())
                to->receive(bytes);
            moved = true;
            if (u.startsTls)
                (from == client ? clientStartsTls : serverStartsTls) = true;
            if (clientStartsTls && serverStartsTls) {
                clientStartsTls = serverStartsTls = false;
                server->tlsBegun();
                client->tlsBegun();
                server->tlsEstablished();
                client->tlsEstablished();
            }
        }
        return moved;
    };
    for (int round = 0; round < 200 && !finished(); ++round) {
        const bool heard = pass(server, client);
        const bool said = pass(client, server);
        if (!heard && !said)
            break;
    }
}
