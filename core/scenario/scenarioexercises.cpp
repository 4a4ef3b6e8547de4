// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioexercises.cpp — exercise blocks: "exercise", then goal, hint,
// check and solution lines, then "end".
//
// An exercise is a step the student does by hand. Its own statements are
// dispatched through their own table (exerciseStatements()), in front of the
// file's; any other statement closes the exercise as if "end" were missing.
// Its checks are expect lines kept as steps after it (marked exerciseCheck);
// its solution is a session block (scenariosessions.cpp) whose script goes
// into the exercise step. Consecutive hint lines in different languages are
// one hint. At "end" the exercise must have a goal and a check.
#include "scenario/scenarioreader.h"

#include <QCoreApplication>

const QList<ScenarioReader::Statement> &ScenarioReader::exerciseStatements()
{
    static const QList<Statement> table = {
        {"goal", &ScenarioReader::parseGoal},
        {"hint", &ScenarioReader::parseHint},
        {"check", &ScenarioReader::parseCheck},
        {"solution", &ScenarioReader::parseSolution},
    };
    return table;
}

void ScenarioReader::parseExercise()
{
    if (!finish(QStringLiteral("exercise")))
        return;
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Exercise;
    step.location = statementLocation();
    m_inExercise = true;
    m_exerciseIndex = m_scenario.steps.size();
    m_exerciseChecks = 0;
    m_exerciseCheckAttempted = false;
    m_lastWasHint = false;
    m_scenario.steps.append(step);
}

// A statement inside an exercise; false when it is not one of the exercise's
// own (the exercise lacks its "end": it is closed and the line read as usual).
bool ScenarioReader::exerciseStatement(const QString &keyword)
{
    if (const Statement *own = find(exerciseStatements(), keyword)) {
        (this->*own->read)();
        return true;
    }
    if (keyword == QLatin1String("end")) {
        take();
        if (finish(QStringLiteral("end")))
            closeExercise(true);
        else
            m_inExercise = false;
        return true;
    }
    closeExercise(false);
    return false;
}

void ScenarioReader::parseGoal()
{
    parseExerciseText(false);
}

void ScenarioReader::parseHint()
{
    // A hint line after a hint line, even a broken one, may add a language to its hint.
    m_lastWasHint = m_hintBefore;
    parseExerciseText(true);
}

void ScenarioReader::parseCheck()
{
    m_exerciseCheckAttempted = true;
    const qsizetype before = m_scenario.steps.size();
    parseExpectation(true);
    m_exerciseChecks += int(m_scenario.steps.size() - before);
}

void ScenarioReader::parseSolution()
{
    const ScenarioStep &exercise = m_scenario.steps.at(m_exerciseIndex);
    if (!exercise.script.isEmpty()) {
        error(m_tokens.first().column,
              QCoreApplication::translate("ScenarioParser", "this exercise already has a solution"));
    }
    parseSession();
    m_session.kind = ScenarioStep::Kind::Session;
    m_sessionIsSolution = true;
}

void ScenarioReader::parseExerciseText(bool hint)
{
    const QString keyword = hint ? QStringLiteral("hint") : QStringLiteral("goal");
    QString language;
    QString text;
    if (!takeLanguageAndText(keyword, &language, &text) || !finish(keyword))
        return;
    ScenarioStep &exercise = m_scenario.steps[m_exerciseIndex];
    if (!hint) {
        if (exercise.text.contains(language)) {
            error(m_tokens.first().column,
                  QCoreApplication::translate(
                      "ScenarioParser", "\"goal\" for this language is already given in this exercise"));
            return;
        }
        exercise.text.insert(language, text);
        return;
    }
    // Consecutive hint lines in different languages are one hint.
    if (m_lastWasHint && !exercise.hints.isEmpty() && !exercise.hints.last().contains(language))
        exercise.hints.last().insert(language, text);
    else
        exercise.hints.append(LocalizedText{{language, text}});
    m_lastWasHint = true;
}

void ScenarioReader::closeExercise(bool withEnd)
{
    m_inExercise = false;
    m_lastWasHint = false;
    if (m_exerciseIndex < 0)
        return;
    const ScenarioStep &exercise = m_scenario.steps.at(m_exerciseIndex);
    const ScenarioLocation &where = exercise.location;
    if (!withEnd) {
        error(
            where.line, where.column,
            QCoreApplication::translate("ScenarioParser",
                                        "exercise without \"end\"; close its goal, hint, check and solution "
                                        "lines with a line \"end\""));
        return;
    }
    if (exercise.text.isEmpty()) {
        error(where.line, where.column,
              QCoreApplication::translate("ScenarioParser",
                                          "exercise without a goal; add a line such as goal gl \"Envía unha "
                                          "mensaxe a Fran escribindo SMTP a man\""));
    }
    if (m_exerciseChecks == 0 && !m_exerciseCheckAttempted) {
        error(where.line, where.column,
              QCoreApplication::translate("ScenarioParser",
                                          "exercise without a check; add a line such as check mailbox "
                                          "fran@servidor.edu count 1"));
    }
}
