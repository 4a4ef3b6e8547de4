// SPDX-License-Identifier: GPL-3.0-or-later
// classpanel.h — the class panel of a window opened on a class (--class).
//
// One row per student (name, user), a column per exercise check ("1.2": its
// exercise's goal and what it checks in the header's tooltip), ✓ in green
// once the check held for them (the time in the cell's tooltip), ✗ while it
// has not, how many they passed, the time of their last activity and their
// score at predict-the-reply (right of the questions asked). It
// follows the ClassGrader's signals. Clicking a student selects them: the
// window then shows only their sessions on the timeline (selectedConnections(),
// which grows as new sessions are known as theirs); clicking them again, or
// "Whole class", shows everyone's again. On a class with private worlds
// (ClassGrader::privateWorld) a student's selection shows their own world
// instead, and "Whole class" the class's.
#pragma once

#include "classroom/classgrader.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

class ClassPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClassPanel(QWidget *parent = nullptr);

    // The class to show (null: none); `language` picks the goals' text.
    void setGrader(ClassGrader *grader, const QString &language);
    ClassGrader *grader() const { return m_grader; }
    void setLanguage(const QString &language);
    // Where the class answers predict-the-reply ("http://127.0.0.4:8080/"),
    // shown above the students for the projector, whole on a line of its
    // own (label "classQuizAddress", under the caption "classQuiz"); empty:
    // no quiz page.
    void setQuizAddress(const QString &url);
    // Whether the class is asked predict-the-reply questions (the scenario
    // has predict steps): without any, the Predictions column is hidden,
    // one fewer column on a small screen. Set before setGrader().
    void setPredictionsAsked(bool asked);
    QTableWidget *table() const { return m_table; }

    // The student whose sessions the timeline shows, -1 for the whole class.
    int selectedStudent() const { return m_selected; }
    void selectStudent(int student);
    // The selected student's sessions (empty for the whole class).
    QSet<int> selectedConnections() const;
    // The columns: name, user, one per check, passed, last activity.
    static constexpr int nameColumn = 0;
    static constexpr int userColumn = 1;
    static constexpr int firstCheckColumn = 2;
    int passedColumn() const;
    int activityColumn() const;
    // Predict-the-reply over the class: right of asked ("2/3"), answered in the tooltip.
    int predictionsColumn() const;
    // Wide enough for every column without scrolling sideways.
    int preferredWidth() const;

Q_SIGNALS:
    // The student selected (-1: the whole class), or their sessions grew.
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateStudent(int student);
    void updateSummary();
    void rowClicked(int row);

    QPointer<ClassGrader> m_grader;
    QString m_language = QStringLiteral("gl");
    int m_selected = -1;
    QLabel *m_summary = nullptr;
    QLabel *m_shown = nullptr; // whose sessions the timeline shows
    QLabel *m_quiz = nullptr; // where the class answers the questions: the caption
    QLabel *m_quizAddressLabel = nullptr; // and the address, on a line of its own
    QString m_quizAddress;
    bool m_predictionsAsked = true;
    QPushButton *m_wholeClass = nullptr;
    QTableWidget *m_table = nullptr;
};
