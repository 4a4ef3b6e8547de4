// SPDX-License-Identifier: GPL-3.0-or-later
// worldsession.h — the world the window runs, and the scenario played on it.
//
// Owns the running World and, when a scenario is played, its ScenarioRunner
// (with the runner's PredictionQuiz). Restart is a new world: the old one
// goes first, every socket closed. A world loaded from a file (File ▸ Open
// world…, or --load-world) takes the next world's place and plays no story.
// The runner's and the quiz's signals are passed on, so the window connects
// once for every world to come. When the ports at the offset asked for are
// taken (another carteiro, another user of the machine), the world listens
// on the next free offset, and the worlds after it (a restart) start there.
#pragma once

#include "classroom/predictionquiz.h"
#include "world/world.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ScenarioRunner;

class WorldSession : public QObject
{
    Q_OBJECT
public:
    explicit WorldSession(const World::Options &options, QObject *parent = nullptr);
    ~WorldSession() override;

    // A saved world, not yet listening, to run in place of the next new one.
    void setLoadedWorld(std::unique_ptr<World> world, const QString &file);
    // Ends what runs: the runner, then the world (its sockets closed first).
    void stop();
    // The next world: the loaded one if there is one, else a new one built
    // from `scenario`. Not listening yet, so that its gate can be set first.
    World *create(const Scenario &scenario);
    // Makes it listen (a loaded world keeps down the services that were down).
    bool listen(QString *error);
    // Plays the scenario on it, for a student (exercises wait for the
    // console, predictions ask); the runner is made here, started by start().
    ScenarioRunner *prepareRunner(const QString &language);
    void startRunner();

    const World::Options &options() const { return m_options; }
    // Where the next worlds keep their mail ("": in memory). A class window
    // keeps its class's there; another scenario opened after it does not.
    void setDataDirectory(const QString &directory) { m_options.dataDirectory = directory; }
    // The port offset asked for (--port-offset, 10000 by default) and the one
    // the running world listens on: another when those ports were taken.
    int askedPortOffset() const { return m_askedPortOffset; }
    int portOffset() const { return m_options.portOffset; }
    bool movedPorts() const { return !m_options.ephemeralPorts && portOffset() != askedPortOffset(); }
    World *world() const { return m_world.get(); }
    ScenarioRunner *runner() const { return m_runner; }
    PredictionQuiz *quiz() const;
    // Whether the running world came from a world file, and which.
    bool isLoaded() const { return m_isLoaded; }
    QString worldFile() const { return m_worldFile; }

Q_SIGNALS:
    // From the runner: a caption reached, the story over.
    void narration(const QString &text);
    void finished(bool allPassed);
    // From the quiz: a reply held to be predicted, the score.
    void asked(const PredictionQuiz::Question &question);
    void scoreChanged();

private:
    World::Options m_options;
    int m_askedPortOffset = 0;
    std::unique_ptr<World> m_world;
    std::unique_ptr<World> m_loadedWorld; // taken by create() instead of a new one
    QString m_worldFile; // the world file the running world came from
    bool m_isLoaded = false;
    QPointer<ScenarioRunner> m_runner; // a child of the world
};
