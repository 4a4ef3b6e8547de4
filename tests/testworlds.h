// SPDX-License-Identifier: GPL-3.0-or-later
// testworlds.h — small worlds for integration and widget tests.
#pragma once

#include "world/world.h"

#include <QByteArray>

#include <memory>

namespace TestWorlds {

// Two domains as in the course: cliente.fr (Ana) and servidor.edu (Fran),
// their MX records, both accounts and both mail clients.
extern const QByteArray twoDomains;

// Ports the OS picks; quick retries, so queue tests end soon.
World::Options fastOptions();

// fastOptions() with the mail kept on disk in `directory` (Maildir).
World::Options diskOptions(const QString &directory);

// Parses the scenario text (warning with each error); an empty scenario if it fails.
Scenario parse(const QByteArray &text);

// A class's scenario as `carteiro --class FILE` takes it: the text written to
// `file`, loaded from there, and its students' passwords assigned and kept
// in `dataDirectory` (as main.cpp does). False with *error the first
// problem.
bool loadClass(const QString &file, const QByteArray &text, const QString &dataDirectory, Scenario *scenario,
               QString *error);

// A started world, or nullptr when the scenario or a listener failed.
std::unique_ptr<World> start(const QByteArray &text = twoDomains,
                             const World::Options &options = fastOptions());

// Whether any event of the world's transcript has a note containing `text`.
bool noted(const World &world, const QString &text);

} // namespace TestWorlds
