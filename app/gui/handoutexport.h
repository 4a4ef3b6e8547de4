// SPDX-License-Identifier: GPL-3.0-or-later
// handoutexport.h — a scenario as a PDF handout for a class (issue 17).
//
// What a teacher prints: the scenario's title, description and narration;
// its timeline over A4 pages, the lane header on each; every connection's
// dialogue in the course's C:/S: notation; the exercises (goal, checks, room
// to answer) and the predict-the-reply questions; then, on pages of their
// own at the end, the answers for the teacher (each predicted reply, each
// exercise's model solution). The replies asked about are shown as "???" in
// the timeline and the dialogue, so the pages before the answers do not give
// them away. Every page has the scenario's title on top and its number below.
// Labels are in the interface language (tr()); protocol text is never
// translated. Drawn with Qt's own PDF writer (QPdfWriter, QTextDocument and
// the timeline's TimelinePainter), so it needs a QGuiApplication (fonts).
#pragma once

#include "classroom/predictionquiz.h"
#include "classroom/scenariorunner.h"
#include "scenario/scenario.h"
#include "transcript/transcriptevent.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Handout {

// What a handout is made of: a scenario and one run of it.
struct Material {
    Scenario scenario;
    QString language; // "gl", "es", "en": the scenario's texts (the labels follow tr())
    QList<TranscriptEvent> events; // the run's transcript
    QList<ScenarioRunner::Outcome> outcomes; // the checks' descriptions, by location
    QList<PredictionQuiz::Result> quiz; // the questions asked and the replies given
    // "{port HOST SERVICE}" as printed: the port students will use.
    PortPlaceholder::PortOf portOf;
    bool hidePasswords = true; // "PASS ****", as every export
};

// Writes the PDF through a QSaveFile: nothing is left behind on failure.
// false with "Cannot write FILE: REASON"; `pages`, if given, gets the count.
bool write(const Material &material, const QString &fileName, QString *error, int *pages = nullptr);

// Whether `fileName` could be written (its name ends in .pdf, its folder
// takes a file), without leaving anything behind; false with the message.
bool checkWritable(const QString &fileName, QString *error);

// Plays a scenario to its end in a world of its own (ports the system
// picks, no data directory, no student), then writes the handout. Use:
// start(), then wait for finished(). A run whose expectations fail writes
// nothing: a handout must not show a story that did not happen.
class Job : public QObject
{
    Q_OBJECT
public:
    Job(const Scenario &scenario, const World::Options &options, const QString &language,
        const QString &fileName, QObject *parent = nullptr);
    ~Job() override;
    // The ports printed for "{port HOST SERVICE}": the standard port plus
    // this offset (the offset a window or --serve listens on).
    void setPrintedPortOffset(int offset) { m_printedOffset = offset; }
    void setHidePasswords(bool hide) { m_hidePasswords = hide; }
    void start();
    enum class Failure {
        None,
        File, // the file cannot be written
        World, // the world could not start (a port, TLS …)
        Run // the scenario's expectations failed
    };
    QString error() const { return m_error; }
    Failure failure() const { return m_failure; }
    int pageCount() const { return m_pages; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void done(bool allPassed);
    void fail(Failure failure, const QString &error);

    Scenario m_scenario;
    World::Options m_options;
    QString m_language;
    QString m_fileName;
    int m_printedOffset = 10000;
    bool m_hidePasswords = true;
    std::unique_ptr<World> m_world;
    std::unique_ptr<ScenarioRunner> m_runner;
    QString m_error;
    Failure m_failure = Failure::None;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace Handout
