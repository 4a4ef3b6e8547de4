// SPDX-License-Identifier: GPL-3.0-or-later
// worldsession.cpp — making, starting and ending the window's world and the
// runner that plays the scenario on it, and passing their signals on. The
// window never gives up on a taken port: its world tries the next offsets,
// and the offset found is kept for the next world (a restart).
#include "worldsession.h"

#include "classroom/scenariorunner.h"
#include "persist/classpasswords.h"
#include "persist/worldfile.h"

WorldSession::WorldSession(const World::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_askedPortOffset(options.portOffset)
{
    m_options.takenPorts = World::Options::TakenPorts::TryNextOffset;
}

WorldSession::~WorldSession() = default;

void WorldSession::setLoadedWorld(std::unique_ptr<World> world, const QString &file)
{
    m_loadedWorld = std::move(world);
    m_worldFile = file;
}

void WorldSession::stop()
{
    m_runner = nullptr;
    m_world.reset(); // closes every socket of the old world first
}

World *WorldSession::create(const Scenario &scenario)
{
    stop();
    m_isLoaded = m_loadedWorld != nullptr;
    // A class's passwords: those kept in the data directory, if any (else
    // the world gives new ones for this run; a problem with the file too).
    Scenario withPasswords = scenario;
    QString problem;
    ClassPasswords::assign(&withPasswords, m_options.dataDirectory, &problem);
    m_world = m_isLoaded ? std::move(m_loadedWorld) : std::make_unique<World>(withPasswords, m_options);
    if (!m_isLoaded)
        m_worldFile.clear();
    return m_world.get();
}

bool WorldSession::listen(QString *error)
{
    const bool listening = m_isLoaded ? WorldFile::start(m_world.get(), error) : m_world->start(error);
    if (listening)
        m_options.portOffset = m_world->options().portOffset; // a restart starts there
    return listening;
}

ScenarioRunner *WorldSession::prepareRunner(const QString &language)
{
    m_runner = new ScenarioRunner(m_world.get(), language, m_world.get());
    // A student is here: exercises wait for the console, predictions ask.
    m_runner->setInteractive(true);
    connect(m_runner, &ScenarioRunner::narration, this, &WorldSession::narration);
    connect(m_runner, &ScenarioRunner::finished, this, &WorldSession::finished);
    connect(m_runner->quiz(), &PredictionQuiz::asked, this, &WorldSession::asked);
    connect(m_runner->quiz(), &PredictionQuiz::scoreChanged, this, &WorldSession::scoreChanged);
    return m_runner;
}

void WorldSession::startRunner()
{
    if (m_runner)
        m_runner->start();
}

PredictionQuiz *WorldSession::quiz() const
{
    return m_runner ? m_runner->quiz() : nullptr;
}
