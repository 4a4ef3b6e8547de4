// SPDX-License-Identifier: GPL-3.0-or-later
// scenariofiles.cpp — reading a scenario file for the window: played when it
// reads, its errors reported when it does not, and read again each time the
// editor beside the window saves it.
#include "scenariofiles.h"

#include "scenarioerrorsdialog.h"

#include "scenario/scenarioparser.h"

#include <QFile>
#include <QFileInfo>

ScenarioFiles::ScenarioFiles(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300); // an editor's save can come as several changes
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &file) {
        m_changedFile = file;
        m_reloadTimer.start();
    });
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { reloadChanged(m_changedFile); });
}

void ScenarioFiles::watchOnly(const QString &file)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_watcher.addPath(file);
}

void ScenarioFiles::stopWatching()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
}

bool ScenarioFiles::open(const QString &file, QStringList *errorsOut)
{
    QList<ScenarioError> errors;
    const Scenario loadedScenario = ScenarioParser::load(file, &errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : std::as_const(errors))
            lines.append(e.toString());
        if (errorsOut) {
            *errorsOut = lines;
        } else {
            showErrors(file, lines);
            // Saved mended in the editor beside, it is played at once.
            if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
                watchOnly(file);
        }
        return false;
    }
    if (m_errorsDialog && m_errorsDialog->file() == file)
        m_errorsDialog->close(); // mended
    // A teacher edits the file beside the window: it is played again when saved.
    watchOnly(file);
    Q_EMIT loaded(loadedScenario);
    return true;
}

void ScenarioFiles::reloadChanged(const QString &file)
{
    // Editors often save by replacing the file, which ends the watch: watch again.
    if (QFile::exists(file) && !m_watcher.files().contains(file))
        m_watcher.addPath(file);
    QStringList errors;
    if (open(file, &errors)) {
        Q_EMIT reloaded(file);
    } else {
        // The window keeps the scenario it had; the errors say what to mend.
        Q_EMIT reloadFailed(file, errors);
        // The report beside the editor follows the file.
        if (m_errorsDialog && m_errorsDialog->isVisible() && m_errorsDialog->file() == file)
            m_errorsDialog->setErrors(file, errors);
    }
}

void ScenarioFiles::showErrors(const QString &file, const QStringList &errors)
{
    if (!m_errorsDialog) {
        m_errorsDialog = new ScenarioErrorsDialog(m_window);
        connect(m_errorsDialog, &ScenarioErrorsDialog::checkAgainRequested, this,
                [this](const QString &file) { open(file); });
    }
    m_errorsDialog->setErrors(file, errors);
    m_errorsDialog->show();
    m_errorsDialog->raise();
    m_errorsDialog->activateWindow();
    Q_EMIT errorsShown(file);
}
