// SPDX-License-Identifier: GPL-3.0-or-later
// worldfile.cpp — loading a world file into a new world, and starting it.
//
// The front door of a load: the file is read (no larger than a world file may
// be), parsed as JSON and checked to be a Carteiro world file of a version
// this program reads; then its sections are read in order by their readers
// (worldfilesections.h), the first problem anywhere ending the load with one
// message. Only when everything is read is the new World made and given the
// saved state; the caller's world is never touched. start() makes a loaded
// world listen again, except where its transcript says a service was down.
// Writing is worldfilewriter.cpp.
#include "worldfile.h"

#include "worldfileupgrade.h"

#include "checkedjsonreader.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "scenario/scenarioparser.h"
#include "worldfilesections.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

// The world keeps the text of the scenario a loaded world came from here.
constexpr const char *scenarioTextProperty = "carteiroScenarioText";

// The newest "listens again" or "stops listening" note of each service:
// whether it was listening.
QList<QPair<QPair<QString, QString>, bool>> listeningStates(const Transcript &transcript)
{
    QList<QPair<QPair<QString, QString>, bool>> states;
    for (const TranscriptEvent &e : transcript.events()) {
        const bool up = e.noteCode == NoteCode::ListeningAgain;
        if (e.kind != TranscriptEvent::Kind::Note || (!up && e.noteCode != NoteCode::StoppedListening))
            continue;
        const QPair<QString, QString> key(e.from.toLower(), e.noteArguments.value(3));
        states.removeIf([&](const auto &s) { return s.first == key; });
        states.append({key, up});
    }
    return states;
}

} // namespace

QString WorldFile::scenarioText(const World &world)
{
    const QVariant kept = world.property(scenarioTextProperty);
    if (kept.isValid())
        return kept.toString();
    QFile file(world.scenario().source);
    if (world.scenario().source.isEmpty() || file.size() > ScenarioParser::MaximumFileSize
        || !file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

std::unique_ptr<World> WorldFile::load(const QString &path, const World::Options &options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WorldFile::tr("Cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    if (file.size() > MaximumFileSize) {
        if (error)
            *error = WorldFile::tr("%1: the file is larger than %2 MiB, the most a world file may be")
                         .arg(path)
                         .arg(MaximumFileSize / (1024 * 1024));
        return nullptr;
    }
    return fromJson(file.readAll(), options, error, path);
}

std::unique_ptr<World> WorldFile::fromJson(const QByteArray &json, const World::Options &options,
                                           QString *error, const QString &fileName)
{
    namespace Sections = WorldFileSections;
    const auto failWith = [&](const QString &message) -> std::unique_ptr<World> {
        if (error)
            *error = fileName.isEmpty() ? message : QStringLiteral("%1: %2").arg(fileName, message);
        return nullptr;
    };
    if (json.size() > MaximumFileSize)
        return failWith(WorldFile::tr("the file is larger than %1 MiB, the most a world file may be")
                            .arg(MaximumFileSize / (1024 * 1024)));
    if (json.trimmed().isEmpty())
        return failWith(WorldFile::tr("the file is empty: not a Carteiro world file"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(
            WorldFile::tr("not a valid world file: broken JSON at offset %1 (%2): %3")
                .arg(parseError.offset)
                .arg(CheckedJsonReader::lineAndColumn(json, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return failWith(WorldFile::tr("not a Carteiro world file: the file is not a JSON object"));
    const QJsonObject root = document.object();

    CheckedJsonReader r;
    // What the file is comes first: a foreign JSON file is named as such.
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        return failWith(WorldFile::tr("not a Carteiro world file: \"format\" is %1, expected \"%2\"")
                            .arg(root.contains(QStringLiteral("format")) ? QString::fromUtf8(
                                     Sections::compact(root.value(QStringLiteral("format"))).left(80))
                                                                         : WorldFile::tr("missing"),
                                 QLatin1String(formatName)));
    }
    const qint64 version = r.integer(root, QString(), QStringLiteral("version"), 1,
                                     std::numeric_limits<int>::max());
    if (r.failed())
        return failWith(r.error());
    if (version < oldestFormatVersion || version > formatVersion) {
        return failWith(
            WorldFile::tr("world file version %1 is not supported: this Carteiro reads version %2")
                .arg(version)
                .arg(formatVersion));
    }

    const qint64 clockMs = r.integer(root, QString(), QStringLiteral("clockMs"), 0, Sections::maximumMs);
    const qint64 nextConnectionId = r.integer(root, QString(), QStringLiteral("nextConnectionId"), 1,
                                              std::numeric_limits<int>::max() / 2);

    // The sections, in the file's order: the first problem is the one named.
    Scenario scenario;
    QString text;
    Sections::readScenario(r, root, &scenario, &text);
    Sections::readHosts(r, root);
    const QSet<QString> userAddresses = Sections::readUsers(r, root, &scenario);
    Sections::readDns(r, root, &scenario);
    QSet<QString> domains;
    const QList<Sections::ServerState> servers = Sections::readServers(r, root, userAddresses, &scenario,
                                                                       &domains);
    const QList<Sections::ClientState> clients = Sections::readClients(r, root, userAddresses, domains,
                                                                       &scenario);
    Sections::readEavesdroppers(r, root, &scenario);
    Sections::readWebmails(r, root, &scenario);
    Sections::TranscriptState transcript = Sections::readTranscript(r, root);
    // Version 1 did not record what each line is, nor codes for every note:
    // worked out from the text, once.
    if (version < 2)
        WorldFileUpgrade::fromVersion1(transcript.events);
    if (r.failed())
        return failWith(r.error());

    // The scenario's story, so that "restart" plays it again: taken from its
    // text when that still reads without errors (the world stays as saved).
    if (!text.isEmpty()) {
        QList<ScenarioError> errors;
        const Scenario parsed = ScenarioParser::parse(
            scenario.source.isEmpty() ? scenario.name : scenario.source, text.toUtf8(), &errors);
        if (errors.isEmpty())
            scenario.steps = parsed.steps;
    }

    // Everything read and checked: now the new world, with the saved state.
    auto world = std::make_unique<World>(scenario, options);
    world->setProperty(scenarioTextProperty, text);
    world->transcript()->restore(transcript.events, qMax(clockMs, transcript.lastMs));
    world->setNextConnectionId(int(qMax<qint64>(nextConnectionId, transcript.highestConnection + 1)));
    const QList<MailServer *> worldServers = world->servers();
    for (qsizetype i = 0; i < worldServers.size() && i < servers.size(); ++i)
        Sections::restoreServer(worldServers.at(i), servers.at(i));
    const QList<MailClient *> worldClients = world->clients();
    for (qsizetype i = 0; i < worldClients.size() && i < clients.size(); ++i)
        Sections::restoreClient(worldClients.at(i), clients.at(i));
    return world;
}

bool WorldFile::start(World *world, QString *error)
{
    if (!world->start(error))
        return false;
    for (const auto &state : listeningStates(*world->transcript())) {
        if (!world->restoreListening(state.first.first, state.first.second, state.second, error))
            return false;
    }
    return true;
}
