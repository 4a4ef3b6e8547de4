// SPDX-License-Identifier: GPL-3.0-or-later
// commandline.h — the modes of the carteiro executable that need no window.
#pragma once

#include "world/world.h"

#include <QString>

class PrivateWorlds;
class QCommandLineParser;

struct CommandLineOptions {
    QString scenario = QStringLiteral("ana-fran");
    QString language; // "gl", "es", "en"
    World::Options world;
    bool json = false; // transcript as JSON lines
    bool explain = false; // each command and reply followed by its explanation's title and RFC section
    bool hidePasswords = false; // the default outside the window; --show-passwords shows them
    qsizetype keepLines = 0; // --serve: transcript events kept in memory (0: no count bound)
    qint64 keepBytes = 6 * 1024 * 1024; // --serve: memory the kept events may cost (0: no bound)
    QString exportTimeline; // --export-timeline: .svg or .png written after the run
    QString exportTranscript; // --export-transcript: the course's notation as text
    QString exportPcap; // --export-pcap: the traffic as a pcapng capture (PcapngExport)
    QString exportKeyLog; // --export-keylog: the TLS sessions' keys (SSLKEYLOGFILE)
    QString saveWorld; // --save-world: the world after the run, as a world file
    QString loadWorld; // --load-world: a saved world instead of a scenario's run
    QStringList results; // --results: a class's results, .csv or .json, rewritten as they change
};

namespace CommandLine {
// The limits and security options (--listen, --show-passwords, --keep-lines, --keep-bytes,
// --session-timeout, --max-connections): added to the parser here, read into
// `options` after parsing. False with a message naming the bad value.
void addLimitOptions(QCommandLineParser *parser);
bool readLimitOptions(const QCommandLineParser &parser, CommandLineOptions *options, QString *error);
// On stderr, when a service listens beyond loopback: which ones, and that
// anyone on the network can reach them (`more`: others, already written as
// "host service address:port", a student's private world's).
void warnIfBeyondLoopback(const World &world, const QStringList &more = QStringList());
// The LISTEN lines of a class's private worlds, whose each is first
// ("LISTEN alumno3 servidor.edu smtp 127.1.3.2:10025"): --serve and --class.
void printPrivateListenLines(const PrivateWorlds &worlds);
// Runs the scenario to the end and prints the transcript; 0 when every expectation holds.
// Then writes the exports asked for (3 when one cannot be written).
// With loadWorld: prints the saved world's transcript instead (2 for a bad file).
int runHeadless(const CommandLineOptions &options);
// --export-handout FILE.pdf: plays the scenario in a world of its own (ports
// the system picks) and writes its handout (gui/handoutexport.h). 0; 2 for a
// scenario that cannot be read; 3 when FILE cannot be written; 1 when the
// run does not go as the scenario says. No file is left behind on failure.
int exportHandout(const CommandLineOptions &options, const QString &file);
// --export-access-sheet FILE.pdf: a card per student of the scenario's class
// (gui/accesssheet.h) with the passwords kept in the data directory (those
// --serve gives with the same one) and the ports at the port offset. 0; 2
// for a scenario that cannot be read or has no class; 3 when FILE or the
// passwords cannot be written.
int exportAccessSheet(const CommandLineOptions &options, const QString &file);
// Starts the scenario's servers and streams the transcript until SIGINT/SIGTERM.
int runServe(const CommandLineOptions &options);
// Parses a scenario file and prints every error; 0 when there are none.
int checkScenario(const QString &nameOrPath);
int listScenarios(const QString &language);
// --export-ca FILE: writes the classroom CA's certificate (made first if the
// user has none yet) to FILE, "-" for stdout; 0, or 2 when the CA cannot be
// made or read, 3 when FILE cannot be written.
int exportCa(const QString &file);
// Where --serve keeps a scenario's mail unless told: $XDG_DATA_HOME/carteiro/serve/<scenario>
// (~/.local/share/carteiro/serve/ana-fran); with no scenario, the directory that holds them.
QString defaultDataDirectory(const QString &scenario);
} // namespace CommandLine
