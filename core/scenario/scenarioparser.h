// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioparser.h — reads a teacher's scenario file into a Scenario.
//
// The format is line based and meant to be written by hand (docs/scenarios.md):
//
//     server servidor.edu                # a mail host for that domain
//     user fran@servidor.edu password claveejemplo
//     client fran user fran@servidor.edu pop3 delete
//     say gl "Fran descarga o correo"
//     fetch fran
//
// Parsing never stops at the first problem: every line is checked, then the
// references between lines (a client's user, a send's client, …) are validated,
// and all problems are returned sorted by position, each naming the file, line
// and column and saying what was found and what was expected. Input is treated
// as untrusted: binary data, invalid UTF-8 and very long lines only give errors.
#pragma once

#include "scenario/scenario.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class ScenarioParser
{
public:
    // Longest line taken into account; the rest of a longer line is reported, not parsed.
    static constexpr int MaximumLineLength = 64 * 1024;
    // Largest file load() reads.
    static constexpr qint64 MaximumFileSize = 8 * 1024 * 1024;
    // Largest file an "attach" reads (the servers take 10 MiB, base64 included).
    static constexpr qint64 MaximumAttachmentSize = 4 * 1024 * 1024;
    // Most students a class may have ("class FILE.csv", "students N on DOMAIN").
    static constexpr int MaximumStudents = 500;
    // After this many problems the parser stops reporting (garbage input).
    static constexpr int MaximumErrors = 100;

    // Parses `content` (UTF-8, or Latin-1 for lines that are not valid UTF-8).
    // `fileName` is used in error locations and as Scenario::source; the base name
    // becomes Scenario::name, and its folder is where "attach" files are read. `errors` may be null; problems are appended to it.
    static Scenario parse(const QString &fileName, const QByteArray &content, QList<ScenarioError> *errors);

    // A plain name ("ana-fran") loads the built-in ":/scenarios/ana-fran.scenario";
    // anything containing a '/', ending in ".scenario" or existing on disk is a path.
    static Scenario load(const QString &nameOrPath, QList<ScenarioError> *errors);

    // Base names of the built-in scenarios (":/scenarios/*.scenario"), sorted.
    static QStringList builtInNames();

    // The statement keywords, in the order the documentation presents them.
    static QStringList statementKeywords();
};
