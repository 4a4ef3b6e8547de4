// SPDX-License-Identifier: GPL-3.0-or-later
// predictiondialog.cpp — the quiz's question as a dialog, then its result.
//
// ask() builds one radio button per choice, its code kept as a property and
// its meaning from PredictionQuiz::meaning(); Answer hands the code to the
// quiz, which releases the held reply. The result comes from the quiz's
// answered() signal, taken only for the question this dialog asked, with the
// whole reply and the score. Closing without an answer (done()) answers with
// an empty code, so the reply is never left held at the gate.
#include "predictiondialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

PredictionDialog::PredictionDialog(PredictionQuiz *quiz, QWidget *parent)
    : QDialog(parent)
    , m_quiz(quiz)
{
    setObjectName(QStringLiteral("predictionDialog"));
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText);
    layout->addWidget(m_prompt);
    m_choices = new QVBoxLayout;
    layout->addLayout(m_choices);
    m_group = new QButtonGroup(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("predictionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_class = new QLabel(this);
    m_class->setObjectName(QStringLiteral("predictionClass"));
    m_class->setWordWrap(true);
    m_class->setVisible(false);
    layout->addWidget(m_class);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_answer = new QPushButton(this);
    m_answer->setObjectName(QStringLiteral("predictionAnswer"));
    m_answer->setDefault(true);
    m_close = new QPushButton(this);
    buttons->addWidget(m_answer);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_answer, &QPushButton::clicked, this, &PredictionDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this] { m_answer->setEnabled(!m_answered); });
    if (m_quiz)
        connect(m_quiz, &PredictionQuiz::answered, this, &PredictionDialog::showResult);
    retranslate();
}

void PredictionDialog::ask(const PredictionQuiz::Question &question)
{
    m_question = question;
    m_answered = false;
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    for (const QString &code : question.choices) {
        const QString meaning = PredictionQuiz::meaning(code);
        auto *radio = new QRadioButton(meaning.isEmpty() ? code : code + QStringLiteral(" — ") + meaning,
                                       this);
        radio->setProperty("code", code);
        m_group->addButton(radio);
        m_choices->addWidget(radio);
    }
    m_result->clear();
    m_answer->setEnabled(false);
    retranslate();
}

QStringList PredictionDialog::choiceTexts() const
{
    QStringList texts;
    for (QAbstractButton *button : m_group->buttons())
        texts.append(button->text());
    return texts;
}

bool PredictionDialog::choose(const QString &code)
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->property("code").toString() == code) {
            button->setChecked(true);
            return true;
        }
    }
    return false;
}

QString PredictionDialog::resultText() const
{
    return m_result->text();
}

void PredictionDialog::submit()
{
    QAbstractButton *checked = m_group->checkedButton();
    if (!checked || m_answered || !m_quiz)
        return;
    m_quiz->answer(checked->property("code").toString());
}

void PredictionDialog::showResult(const PredictionQuiz::Result &result)
{
    if (result.question.number != m_question.number)
        return;
    m_answered = true;
    for (QAbstractButton *button : m_group->buttons())
        button->setEnabled(false);
    m_answer->setEnabled(false);
    const QString reply = QString::fromUtf8(result.reply.join('\n'));
    const QString meaning = PredictionQuiz::meaning(QString::fromLatin1(result.code));
    QString text;
    if (result.chosen.isEmpty())
        text = tr("No answer given. The server answered:");
    else if (result.right)
        text = tr("Right! The server answered:");
    else
        text = tr("Not this time: you said %1. The server answered:").arg(result.chosen);
    text += QStringLiteral("\n") + reply;
    if (!meaning.isEmpty())
        text += QStringLiteral("\n(") + meaning + QLatin1Char(')');
    if (m_quiz)
        text += QStringLiteral("\n\n")
            + tr("Score: %1 of %2").arg(m_quiz->rightCount()).arg(m_quiz->askedCount());
    m_result->setText(text);
    m_close->setFocus();
}

void PredictionDialog::setClassText(const QString &text)
{
    m_class->setText(text);
    m_class->setVisible(!text.isEmpty());
}

QString PredictionDialog::classText() const
{
    return m_class->text();
}

void PredictionDialog::done(int result)
{
    // Closed without an answer: the reply goes on, counted as not answered.
    if (!m_answered && m_quiz && m_quiz->isAsking() && m_quiz->current().number == m_question.number)
        m_quiz->answer(QString());
    QDialog::done(result);
}

void PredictionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PredictionDialog::retranslate()
{
    setWindowTitle(tr("Predict the reply"));
    m_prompt->setText(
        tr("What will <b>%1</b> answer to <tt>%2</tt>?")
            .arg(m_question.host.toHtmlEscaped(), QString::fromUtf8(m_question.command).toHtmlEscaped()));
    m_answer->setText(tr("Answer"));
    m_close->setText(m_answered ? tr("Continue") : tr("I don't know"));
}
