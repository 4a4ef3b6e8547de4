// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioerrorsdialog.h — the report of a scenario file that has errors.
//
// Opening (or saving in an editor) a broken scenario file never half-runs it:
// the world that was running stays, and this window lists every problem as
// "file:line:column: message", the same lines `carteiro --check-scenario`
// prints, in text that can be selected and copied. It is not modal, so a
// teacher keeps it beside the editor; "Check again" reads the file again.
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

class ScenarioErrorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioErrorsDialog(QWidget *parent = nullptr);

    // Shows the errors of `file` (each already "file:line:column: message").
    void setErrors(const QString &file, const QStringList &errors);
    QString file() const { return m_file; }
    QStringList errors() const { return m_errors; }
    // The report's text, as it is copied.
    QString text() const;

Q_SIGNALS:
    // "Check again": the window opens the file again (and closes this when it reads).
    void checkAgainRequested(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_file;
    QStringList m_errors;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_close = nullptr;
};
