// SPDX-License-Identifier: GPL-3.0-or-later
// privateworlds.h — a class's private worlds (Scenario::privateWorlds,
// "class … private"): one World per student beside the teacher's, index for
// index with the scenario's students, built from Scenario::privateWorldOf().
//
// Written once for everyone who starts them: --serve (commandline.cpp) and
// the window opened on a class (MainWindow::startClass); optionsFor() is
// also what --export-access-sheet builds, not started, to say where each
// student's servers will listen. Each world is the teacher's options on
// addresses of its own (World::Options::addressBlock = k: 127.1.k.2 …) or,
// where hosts share an address, ports of its own; no taps (the teacher's
// only); its mail in DIR/private/<user>/; its transcript a share of the
// teacher's bound, in blocks of 256 events.
#pragma once

#include "world/world.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class ClassGrader;

class PrivateWorlds
{
    Q_DECLARE_TR_FUNCTIONS(PrivateWorlds)
public:
    PrivateWorlds() = default;
    ~PrivateWorlds();
    PrivateWorlds(const PrivateWorlds &) = delete;
    PrivateWorlds &operator=(const PrivateWorlds &) = delete;

    // The options of student `index`'s world, built as `teacher` (its
    // offset, --listen, limits): their address block, no taps, their data
    // directory. A world that fails to start fails (no other offset tried:
    // the students' ports follow the teacher's).
    static World::Options optionsFor(const Scenario &scenario, int index, const World::Options &teacher);
    // DIR/private/<user>, or <address> when two students share a user name
    // on different domains; empty without a data directory.
    static QString dataDirectory(const Scenario &scenario, int index, const QString &dataDirectory);

    // Builds and starts every student's world of `scenario` (the class's),
    // as `teacher` runs (its options() once started: the offset it took).
    // The teacher's transcript bound (`keepLines`, `keepBytes`, 0: none) is
    // shared among them. False with the reason when the ports of them all
    // cannot fit or one cannot start: none runs then, and failed() is the
    // one that could not start (its startProblem(), failedService()).
    bool start(const Scenario &scenario, const World &teacher, qsizetype keepLines, qint64 keepBytes,
               QString *error);
    // Each one's events graded as the student's (ClassGrader::addPrivateWorld).
    void addTo(ClassGrader *grader) const;
    // Closes every socket of every world (they are kept, stopped).
    void shutdown();

    int size() const { return int(m_worlds.size()); }
    bool isEmpty() const { return m_worlds.empty(); }
    World *world(int student) const;
    // The student's log-in ("alumno3"), as their lines are prefixed.
    QString login(int student) const { return m_logins.value(student); }
    const World *failed() const { return m_failed.get(); }

private:
    std::vector<std::unique_ptr<World>> m_worlds;
    QStringList m_logins;
    std::unique_ptr<World> m_failed;
};
