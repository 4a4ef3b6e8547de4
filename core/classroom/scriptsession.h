// SPDX-License-Identifier: GPL-3.0-or-later
// scriptsession.h — a client that types a scripted C:/S: dialogue, as a student
// does with telnet in the course.
//
// The script is a scenario's session in the script notation
// (scenario/scriptnotation.h): "C:" lines are sent as written; "S:" lines are
// what the server must answer, where * matches any text. Consecutive C: lines
// go out together (the lines of a message after DATA). The first answer that
// does not match ends the script. In IMAP a leading "* " in an S: line is
// the untagged marker; untagged lines the script does not list are skipped.
#pragma once

#include "protocol/protocolsession.h"
#include "protocol/typedconversation.h"
#include "scenario/scenario.h"

class ScriptSession : public ProtocolSession
{
public:
    ScriptSession(Protocol protocol, const QList<ScenarioScriptLine> &script);

    Protocol protocol() const override { return m_protocol; }
    void connectionLost() override;
    void timeout() override;
    Phase phase() const override { return m_conversation.phase(); }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_failure.isEmpty(); }
    // Empty on success; else what was expected, where, and what came, as a
    // phrase (Notes::phrase; Notes::expand makes it words).
    QString failure() const { return m_failure; }
    ScenarioLocation failureLocation() const { return m_failureLocation; }
    // Every reply code or status seen ("250", "+OK", IMAP's tagged "OK" …).
    QList<QByteArray> codesSeen() const { return m_codes; }

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    void sendPending();
    void imapLine(const QByteArray &wire, const QString &text);
    static bool imapMatches(const ScriptStep &expected, const QString &said);
    void fail(const QString &why, const ScenarioLocation &where);

    Protocol m_protocol;
    QList<ScenarioScriptLine> m_script;
    qsizetype m_next = 0;
    // What each line is, its phase, what a reply answers: as for the console.
    TypedConversation m_conversation;
    bool m_finished = false;
    QString m_failure;
    ScenarioLocation m_failureLocation;
    QList<QByteArray> m_codes;
    bool m_started = false; // IMAP: the server's first line has been heard
    QByteArray m_lastTag; // IMAP: of the last command sent
};
