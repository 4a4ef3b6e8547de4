// SPDX-License-Identifier: GPL-3.0-or-later
// privateworlds.cpp — building and starting a class's private worlds.
#include "privateworlds.h"

#include "classroom/classgrader.h"
#include "storage/maildir.h"

PrivateWorlds::~PrivateWorlds()
{
    shutdown();
}

QString PrivateWorlds::dataDirectory(const Scenario &scenario, int index, const QString &dataDirectory)
{
    if (dataDirectory.isEmpty() || index < 0 || index >= scenario.students.size())
        return QString();
    const ScenarioStudent &student = scenario.students.at(index);
    QString name = student.login();
    for (int i = 0; i < scenario.students.size(); ++i) {
        if (i != index && scenario.students.at(i).login().compare(name, Qt::CaseInsensitive) == 0)
            name = student.address;
    }
    return dataDirectory + QStringLiteral("/private/") + Maildir::safeComponent(name);
}

World::Options PrivateWorlds::optionsFor(const Scenario &scenario, int index, const World::Options &teacher)
{
    World::Options own = teacher;
    own.addressBlock = index + 1;
    own.taps.clear(); // the teacher's only
    own.takenPorts = World::Options::TakenPorts::Fail; // where the teacher's offset says
    own.dataDirectory = dataDirectory(scenario, index, teacher.dataDirectory);
    return own;
}

bool PrivateWorlds::start(const Scenario &scenario, const World &teacher, qsizetype keepLines,
                          qint64 keepBytes, QString *error)
{
    shutdown();
    m_worlds.clear();
    m_logins.clear();
    m_failed.reset();
    QString why;
    if (!teacher.privatePortsFit(int(scenario.students.size()), &why)) {
        if (error)
            *error = why;
        return false;
    }
    const qsizetype students = qMax<qsizetype>(1, scenario.students.size());
    for (int i = 0; i < scenario.students.size(); ++i) {
        auto world = std::make_unique<World>(scenario.privateWorldOf(i),
                                             optionsFor(scenario, i, teacher.options()));
        // Thirty of them share the teacher's bound (--keep-bytes, --keep-lines):
        // each keeps its part, at least 256 KiB (a student's last thousand
        // lines or so), in blocks of 256 events (the teacher's 4096 would
        // cost 800 KB each at a world's first event).
        world->transcript()->setBlockBits(8);
        world->transcript()->setKeepLimit(keepLines > 0 ? qMax<qsizetype>(256, keepLines / students) : 0,
                                          keepBytes > 0 ? qMax<qint64>(256 * 1024, keepBytes / students) : 0);
        world->transcript()->setKeepsWriteOctets(false);
        const QString login = scenario.students.at(i).login();
        if (!world->start(&why)) {
            if (error)
                *error = tr("The private world of %1: %2").arg(login, why);
            shutdown();
            m_worlds.clear();
            m_logins.clear();
            m_failed = std::move(world);
            return false;
        }
        m_logins.append(login);
        m_worlds.push_back(std::move(world));
    }
    return true;
}

void PrivateWorlds::addTo(ClassGrader *grader) const
{
    if (!grader)
        return;
    for (int i = 0; i < size(); ++i)
        grader->addPrivateWorld(i, m_worlds.at(size_t(i)).get());
}

void PrivateWorlds::shutdown()
{
    for (const std::unique_ptr<World> &world : m_worlds)
        world->shutdown();
}

World *PrivateWorlds::world(int student) const
{
    return student >= 0 && student < size() ? m_worlds.at(size_t(student)).get() : nullptr;
}
