// SPDX-License-Identifier: GPL-3.0-or-later
// scenariosessions.cpp — session blocks: "session HOST SERVICE", the C: and
// S: lines of a dialogue typed by hand, and "end".
//
// While a session is open, lines are read in the script notation
// (scriptnotation.h) instead of as statements: the rest of a C:/S: line is
// protocol text, '#' included. A line that starts with a statement's keyword
// (or an exercise's, inside an exercise) closes the session as if "end" were
// missing. The block becomes a Session step, or the "solution" of the
// exercise it is in (scenarioexercises.cpp).
#include "scenario/scenarioreader.h"
#include "scenario/scriptnotation.h"

#include <QCoreApplication>

using namespace ScenarioLexer;

void ScenarioReader::parseSession()
{
    // Whatever happens on this line, the C:/S: lines up to "end" belong to the
    // session: entering session mode avoids one error per script line.
    m_inSession = true;
    m_sessionValid = false;
    m_sessionIsSolution = false;
    m_session = ScenarioStep();
    m_session.kind = ScenarioStep::Kind::Session;
    m_session.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"session\""), &m_session.host, &hostColumn))
        return;
    const Token *service = peek();
    const QString name = service && !service->quoted ? service->text.toLower() : QString();
    if (name != QLatin1String("smtp") && name != QLatin1String("submission") && name != QLatin1String("pop3")
        && name != QLatin1String("imap")) {
        return (void)expected(
            QCoreApplication::translate("ScenarioParser", "\"smtp\", \"submission\", \"pop3\" or \"imap\""),
            QCoreApplication::translate("ScenarioParser", "the host name"));
    }
    take();
    m_session.service = name;
    if (!finish(QStringLiteral("session")))
        return;
    reference(Reference::Kind::Server, m_session.host, hostColumn);
    m_sessionValid = true;
}

// A line read while a session is open; false when it is an ordinary statement.
bool ScenarioReader::sessionLine(const QString &text)
{
    // Blank lines, comments and C:/S: lines are the script notation's
    // (core/scenario/scriptnotation.h); the rest of a C:/S: line is protocol
    // text, taken literally ('#' included).
    const ScriptNotation::LineReading reading = ScriptNotation::readLine(
        text, m_line, ScriptNotation::Dialect::ScenarioSession);
    if (reading.kind == ScriptNotation::LineReading::Kind::Skip)
        return true;
    if (reading.kind == ScriptNotation::LineReading::Kind::Step) {
        m_session.script.append({reading.step, location(reading.step.column)});
        return true;
    }
    if (!tokenize(text) || m_tokens.isEmpty())
        return true;
    const Token &first = m_tokens.first();
    const QString word = first.quoted ? QString() : first.text.toLower();
    if (word == QLatin1String("end")) {
        take();
        closeSession(true);
        finish(QStringLiteral("end"));
        return true;
    }
    if (find(statements(), word) || (m_inExercise && find(exerciseStatements(), word))) {
        closeSession(false);
        return false;
    }
    error(first.column,
          QCoreApplication::translate("ScenarioParser",
                                      "expected \"C:\", \"S:\" or \"end\" inside a session, found %1")
              .arg(describe(&first)));
    return true;
}

void ScenarioReader::closeSession(bool withEnd)
{
    m_inSession = false;
    if (!withEnd) {
        error(
            m_session.location.line, m_session.location.column,
            QCoreApplication::translate(
                "ScenarioParser", "session without \"end\"; close its C: and S: lines with a line \"end\""));
        return;
    }
    if (!m_sessionValid)
        return;
    if (m_session.script.isEmpty()) {
        error(m_session.location.line, m_session.location.column,
              QCoreApplication::translate("ScenarioParser", "session without any \"C:\" or \"S:\" line"));
        return;
    }
    if (m_sessionIsSolution) {
        if (m_inExercise && m_exerciseIndex >= 0) {
            ScenarioStep &exercise = m_scenario.steps[m_exerciseIndex];
            exercise.host = m_session.host;
            exercise.service = m_session.service;
            exercise.script = m_session.script;
        }
        return;
    }
    m_scenario.steps.append(m_session);
}
