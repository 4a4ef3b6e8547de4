// SPDX-License-Identifier: GPL-3.0-or-later
// scenariofiles.h — the scenario file the window plays, watched while a teacher edits it.
//
// Opening a scenario file reads it completely first: a file that reads is
// played (loaded()) and watched, so that saving it in the editor beside the
// window plays it again; a broken one is never half-run: the world that was
// running stays, and its errors are listed in a ScenarioErrorsDialog (not
// modal, "file:line:column: message" as --check-scenario prints them), which
// follows the file as it is saved until it reads. An editor's save can come
// as several changes, or replace the file (which ends a watch): changes are
// gathered for 300 ms and the watch is set again.
//
// What the status bar says about it is the window's: it is told by signals.
#pragma once

#include "scenario/scenario.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QWidget;
class ScenarioErrorsDialog;

class ScenarioFiles : public QObject
{
    Q_OBJECT
public:
    // `window`: the errors report's parent.
    explicit ScenarioFiles(QWidget *window);

    // Reads a scenario file; true when it reads (then loaded() was emitted).
    // With `errors`, a broken file's errors are returned; without, they are
    // shown in the report and the file is watched, to be played once mended.
    bool open(const QString &file, QStringList *errors = nullptr);
    // A world file is not a scenario file: nothing to watch any more.
    void stopWatching();
    // Watches a file already played (one given on the command line): it is
    // played again when saved, as if opened with open().
    void watch(const QString &file) { watchOnly(file); }
    // The report that lists a broken scenario file's errors (null until one was opened).
    ScenarioErrorsDialog *errorsDialog() const { return m_errorsDialog.data(); }

Q_SIGNALS:
    // A file read without errors: play this scenario.
    void loaded(const Scenario &scenario);
    // A broken file's errors are shown in the report; nothing was played.
    void errorsShown(const QString &file);
    // The watched file changed on disk and was played again…
    void reloaded(const QString &file);
    // …or has errors now (the scenario that was running goes on).
    void reloadFailed(const QString &file, const QStringList &errors);

private:
    void watchOnly(const QString &file);
    void reloadChanged(const QString &file);
    void showErrors(const QString &file, const QStringList &errors);

    QWidget *m_window = nullptr;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadTimer;
    QString m_changedFile;
    QPointer<ScenarioErrorsDialog> m_errorsDialog;
};
