// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworlds.h"

#include "persist/classpasswords.h"
#include "scenario/scenarioparser.h"

#include <QFile>

namespace TestWorlds {

const QByteArray twoDomains = R"(
server cliente.fr
server servidor.edu
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user fran@servidor.edu password claveejemplo
client ana user ana@cliente.fr
client fran user fran@servidor.edu
)";

World::Options fastOptions()
{
    World::Options options;
    options.ephemeralPorts = true;
    options.queue.retryBaseMs = 20;
    options.queue.maximumAttempts = 3;
    return options;
}

World::Options diskOptions(const QString &directory)
{
    World::Options options = fastOptions();
    options.dataDirectory = directory;
    return options;
}

Scenario parse(const QByteArray &text)
{
    QList<ScenarioError> errors;
    Scenario scenario = ScenarioParser::parse(QStringLiteral("test.scenario"), text, &errors);
    for (const ScenarioError &e : std::as_const(errors))
        qWarning("%s", qPrintable(e.toString()));
    return errors.isEmpty() ? scenario : Scenario();
}

bool loadClass(const QString &file, const QByteArray &text, const QString &dataDirectory, Scenario *scenario,
               QString *error)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    out.close();
    QList<ScenarioError> errors;
    *scenario = ScenarioParser::load(file, &errors);
    if (!errors.isEmpty()) {
        *error = errors.constFirst().toString();
        return false;
    }
    return ClassPasswords::assign(scenario, dataDirectory, error);
}

std::unique_ptr<World> start(const QByteArray &text, const World::Options &options)
{
    const Scenario scenario = parse(text);
    if (scenario.servers.isEmpty())
        return nullptr;
    auto world = std::make_unique<World>(scenario, options);
    if (!world->start(nullptr))
        return nullptr;
    return world;
}

bool noted(const World &world, const QString &text)
{
    const Transcript *t = world.transcript();
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).noteText().contains(text))
            return true;
    }
    return false;
}

} // namespace TestWorlds
