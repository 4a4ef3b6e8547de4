// SPDX-License-Identifier: GPL-3.0-or-later
// exercisepanel.cpp — the exercise panel, drawn from the runner's signals.
//
// The panel judges nothing itself: it shows the Exercise that the
// ScenarioRunner last sent (exerciseStarted, exerciseProgress) and the
// verdict of exerciseFinished, and its buttons only call the runner
// (nextHint, playSolution, skipExercise). The hints asked for are kept here,
// since the runner hands each one out once. Every text is set in
// retranslate(), which also runs after each change, so a language switch
// redraws it all; the labels take the height they need, the console gives way.
// Below the goal, where its service really listens: a scenario says "port 25"
// as the course does, while here it is 10025 (or another offset's, when the
// window moved on from taken ports).
#include "exercisepanel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSizePolicy>
#include <QVBoxLayout>

ExercisePanel::ExercisePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    m_title = new QLabel(frame);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_goal = new QLabel(frame);
    m_goal->setObjectName(QStringLiteral("exerciseGoal"));
    m_goal->setWordWrap(true);
    m_where = new QLabel(frame);
    m_where->setObjectName(QStringLiteral("exerciseWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks = new QLabel(frame);
    m_checks->setObjectName(QStringLiteral("exerciseChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::PlainText);
    m_hintLabel = new QLabel(frame);
    m_hintLabel->setObjectName(QStringLiteral("exerciseHints"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_result = new QLabel(frame);
    m_result->setObjectName(QStringLiteral("exerciseResult"));
    m_result->setWordWrap(true);
    m_result->setFont(bold);
    auto *buttons = new QHBoxLayout;
    m_hint = new QPushButton(frame);
    m_hint->setObjectName(QStringLiteral("exerciseHint"));
    m_solution = new QPushButton(frame);
    m_solution->setObjectName(QStringLiteral("exerciseSolution"));
    m_skip = new QPushButton(frame);
    m_skip->setObjectName(QStringLiteral("exerciseSkip"));
    buttons->addWidget(m_hint);
    buttons->addWidget(m_solution);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    layout->addWidget(m_title);
    layout->addWidget(m_goal);
    layout->addWidget(m_where);
    layout->addWidget(m_checks);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    // The panel takes the height its text needs; the console below gives way.
    for (QLabel *label : {m_goal, m_where, m_checks, m_hintLabel, m_result})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    connect(m_hint, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        const QString hint = m_runner->nextHint();
        if (!hint.isEmpty())
            m_hints.append(hint);
        retranslate();
    });
    connect(m_solution, &QPushButton::clicked, this, [this] {
        if (m_runner && m_runner->playSolution()) {
            m_solutionShown = true;
            retranslate();
        }
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->skipExercise();
    });
    setVisible(false);
    retranslate();
}

void ExercisePanel::setRunner(ScenarioRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_hints.clear();
    m_over = false;
    setVisible(false);
    if (!runner)
        return;
    connect(runner, &ScenarioRunner::exerciseStarted, this, [this](const ScenarioRunner::Exercise &e) {
        m_hints.clear();
        m_over = false;
        m_done = false;
        m_solutionShown = false;
        show(e);
        setVisible(true);
        Q_EMIT exerciseStarted(e.host, e.service);
    });
    connect(runner, &ScenarioRunner::exerciseProgress, this, &ExercisePanel::show);
    connect(runner, &ScenarioRunner::exerciseFinished, this, &ExercisePanel::finished);
}

void ExercisePanel::clear()
{
    m_exercise = ScenarioRunner::Exercise();
    m_hints.clear();
    m_done = false;
    m_over = false;
    m_solutionShown = false;
    retranslate();
    setVisible(false);
}

void ExercisePanel::show(const ScenarioRunner::Exercise &exercise)
{
    m_exercise = exercise;
    retranslate();
}

void ExercisePanel::finished(bool done)
{
    m_over = true;
    m_done = done;
    // The checks as they were judged.
    retranslate();
}

QString ExercisePanel::goalText() const
{
    return m_goal->text();
}

QString ExercisePanel::whereText() const
{
    return m_where->text();
}

QString ExercisePanel::checksText() const
{
    return m_checks->text();
}

QString ExercisePanel::hintsText() const
{
    return m_hintLabel->text();
}

QString ExercisePanel::resultText() const
{
    return m_result->text();
}

void ExercisePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExercisePanel::retranslate()
{
    m_title->setText(tr("Exercise"));
    m_goal->setText(m_exercise.goal);
    const ScenarioRunner::Exercise &e = m_exercise;
    if (e.port != 0) {
        const QString address = e.address.toString();
        const QString where = e.standardPort != 0 && e.standardPort != e.port
            ? tr("Here %1 listens for %2 (port %3 in the course) on %4 port %5: telnet %4 %5")
                  .arg(e.host, e.service)
                  .arg(e.standardPort)
                  .arg(address)
                  .arg(e.port)
            : tr("Here %1 listens for %2 on %3 port %4: telnet %3 %4")
                  .arg(e.host, e.service, address)
                  .arg(e.port);
        m_where->setText(where);
    } else {
        m_where->clear();
    }
    m_where->setVisible(e.port != 0);
    QStringList lines;
    for (const ScenarioRunner::Outcome &check : std::as_const(m_exercise.checks)) {
        lines.append((check.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + check.descriptionText()
                     + (check.passed || check.detail.isEmpty() ? QString()
                                                               : QStringLiteral(" — ") + check.detailText()));
    }
    m_checks->setText(lines.join(QLatin1Char('\n')));
    QStringList hints;
    for (int i = 0; i < m_hints.size(); ++i)
        hints.append(tr("Hint %1: %2").arg(i + 1).arg(m_hints.at(i)));
    m_hintLabel->setText(hints.join(QLatin1Char('\n')));
    m_hintLabel->setVisible(!hints.isEmpty());
    m_result->setText(!m_over
                          ? tr("Type in the console below (or in a real telnet) until every check has a ✓.")
                          : m_done ? tr("Exercise done!")
                                   : tr("Exercise not done."));
    const int left = m_exercise.hintCount - int(m_hints.size());
    m_hint->setText(left > 0 ? tr("Hint (%n left)", nullptr, left) : tr("No more hints"));
    m_hint->setEnabled(!m_over && left > 0);
    m_solution->setText(tr("Show the solution"));
    m_solution->setEnabled(!m_over && m_exercise.hasSolution && !m_solutionShown);
    m_skip->setText(tr("Skip"));
    m_skip->setEnabled(!m_over);
}
