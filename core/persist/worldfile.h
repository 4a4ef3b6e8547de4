// SPDX-License-Identifier: GPL-3.0-or-later
// worldfile.h — a world saved to a file and loaded again (the ".carteiro" file).
//
// A world file holds everything a class needs to look at a world again and go
// on with it: the scenario it came from (its name and its text, to be shown),
// the hosts and their addresses, the users, the DNS, every server's mailboxes
// and queue (envelope, octets and retry state) and faults, what each mail client
// has downloaded, and the whole transcript, event for event (captions and
// expectation outcomes included), so the timeline is drawn again exactly.
// The format is JSON, versioned and documented in docs/world-file.md.
//
// Loading is all or nothing: the file is read and checked completely into new
// objects; the caller swaps its world for the new one only when that succeeds.
// A broken, truncated or foreign file gives one message naming what is wrong
// and where (the JSON offset, or the field: "servers[1].queue[0].attempts").
// Connections open when the world was saved are not saved: their lines are in
// the transcript, but a loaded world starts with no connection open.
#pragma once

#include "world/world.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class WorldFile
{
    Q_DECLARE_TR_FUNCTIONS(WorldFile)
public:
    static constexpr const char *formatName = "carteiro-world";
    // 2: line events carry role, continued and answers. Version 1 files load:
    // their lines' roles are worked out from the text (persist/worldfileupgrade.h).
    static constexpr int formatVersion = 2;
    static constexpr int oldestFormatVersion = 1;
    // The usual file name extension (without the dot).
    static constexpr const char *extension = "carteiro";

    // Largest file load() reads, and the largest counts it takes: beyond these
    // a file is refused with a message rather than exhausting memory.
    static constexpr qint64 MaximumFileSize = 512LL * 1024 * 1024;
    static constexpr qsizetype MaximumEvents = 5'000'000;
    static constexpr qsizetype MaximumHosts = 1000;
    static constexpr qsizetype MaximumMessages = 100'000; // per mailbox, queue or inbox
    static constexpr qsizetype MaximumMessageSize = 64 * 1024 * 1024;

    // The world as a world file (UTF-8 JSON).
    static QByteArray toJson(const World &world);
    // Writes toJson() to `path` atomically (the old file stays until the new one
    // is complete). On failure says why.
    static bool save(const World &world, const QString &path, QString *error);

    // Reads a world file into a new world with the saved state, not yet
    // listening: nothing of the caller's is touched. Null, with `error` set
    // (the file name in front), when the file cannot be used.
    static std::unique_ptr<World> load(const QString &path, const World::Options &options, QString *error);
    // The same from the file's contents; `fileName` only names the file in errors.
    static std::unique_ptr<World> fromJson(const QByteArray &json, const World::Options &options,
                                           QString *error, const QString &fileName = QString());

    // Starts a loaded world: its servers listen again, except the services its
    // transcript says were down when it was saved (a "down" step).
    static bool start(World *world, QString *error);

    // The text of the scenario a world came from: read from the scenario's
    // file, or kept from the world file it was loaded from. Empty when neither.
    static QString scenarioText(const World &world);
};
