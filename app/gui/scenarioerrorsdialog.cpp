// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioerrorsdialog.cpp — the non-modal list of a scenario file's errors.
//
// The errors come already written ("file:line:column: message") and are
// shown as they are, one per line, in a read-only fixed-width text that can
// be selected; Copy puts the same text on the clipboard. "Check again" only
// emits checkAgainRequested(): reading the file is the main window's job.
// The title and the summary are written again on a language change.
#include "scenarioerrorsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ScenarioErrorsDialog::ScenarioErrorsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scenarioErrors"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("errors"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // One error per line; a long one wraps but still copies as one line.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(m_again, &QPushButton::clicked, this, [this] { Q_EMIT checkAgainRequested(m_file); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    resize(760, 320);
    retranslate();
}

void ScenarioErrorsDialog::setErrors(const QString &file, const QStringList &errors)
{
    m_file = file;
    m_errors = errors;
    m_text->setPlainText(text());
    retranslate();
}

QString ScenarioErrorsDialog::text() const
{
    return m_errors.join(QLatin1Char('\n')) + (m_errors.isEmpty() ? QString() : QStringLiteral("\n"));
}

void ScenarioErrorsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScenarioErrorsDialog::retranslate()
{
    const QString name = QFileInfo(m_file).fileName();
    setWindowTitle(tr("Errors in %1").arg(name));
    m_summary->setText(
        tr("%1 has %n error(s), so it was not played: the scenario that was running goes on "
           "untouched. Mend the file (each line says where: file:line:column) and check again.",
           "", int(m_errors.size()))
            .arg(name));
    m_copy->setText(tr("&Copy"));
    m_again->setText(tr("Check &again"));
    m_close->setText(tr("Close"));
}
