// SPDX-License-Identifier: GPL-3.0-or-later
// predictiondialog.h — "which reply comes next?", asked while the reply waits.
//
// Shown when the scenario's prediction quiz holds a reply at the gate. The
// student picks a code (each with its meaning), answers, and sees the real
// reply, whether the guess was right and the score so far. Closing the
// dialog without answering lets the reply go as a question not answered.
#pragma once

#include "classroom/predictionquiz.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

class PredictionDialog : public QDialog
{
    Q_OBJECT
public:
    PredictionDialog(PredictionQuiz *quiz, QWidget *parent = nullptr);

    // Asks the quiz's current question.
    void ask(const PredictionQuiz::Question &question);
    // The choices as shown, and choosing one (tests drive the dialog with these).
    QStringList choiceTexts() const;
    bool choose(const QString &code);
    QPushButton *answerButton() const { return m_answer; }
    QString resultText() const;
    // A class window: how many students answered the question (and, after
    // the reveal, how many were right), below the choices. Empty: hidden.
    void setClassText(const QString &text);
    QString classText() const;

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showResult(const PredictionQuiz::Result &result);
    void retranslate();

    QPointer<PredictionQuiz> m_quiz;
    PredictionQuiz::Question m_question;
    bool m_answered = false;
    QLabel *m_prompt = nullptr;
    QVBoxLayout *m_choices = nullptr;
    QButtonGroup *m_group = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_class = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_close = nullptr;
};
