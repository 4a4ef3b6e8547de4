// SPDX-License-Identifier: GPL-3.0-or-later
// exercisepanel.h — the exercise a student works on, above the console.
//
// A scenario's "exercise" waits for the student to reach its goal by typing
// in the console (or in a real telnet). The panel shows the goal, each check
// with ✓ or ✗ as it stands now (checked again whenever something happens),
// the hints asked for so far, and buttons for the next hint, the solution
// (played over a real connection, on the timeline like any session) and
// giving up.
#pragma once

#include "classroom/scenariorunner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisePanel(QWidget *parent = nullptr);

    // The runner whose exercises are shown; null hides the panel.
    void setRunner(ScenarioRunner *runner);

    // Forgets the exercise shown (another scenario) and hides the panel.
    void clear();

    // What the panel shows (tests read it).
    QString goalText() const;
    QString checksText() const;
    QString hintsText() const;
    QString resultText() const;
    // Where to connect: the service's real address and port.
    QString whereText() const;
    QPushButton *hintButton() const { return m_hint; }
    QPushButton *solutionButton() const { return m_solution; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    // An exercise began: the console should be in sight, on this service.
    void exerciseStarted(const QString &host, const QString &service);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const ScenarioRunner::Exercise &exercise);
    void finished(bool done);
    void retranslate();

    QPointer<ScenarioRunner> m_runner;
    ScenarioRunner::Exercise m_exercise;
    QStringList m_hints;
    bool m_done = false;
    bool m_over = false;
    bool m_solutionShown = false;
    QLabel *m_title = nullptr;
    QLabel *m_goal = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_checks = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_hint = nullptr;
    QPushButton *m_solution = nullptr;
    QPushButton *m_skip = nullptr;
};
