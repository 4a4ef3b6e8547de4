// commandline.h — the modes of the carteiro executable that need no window.
#pragma once

#include "net/world.h"

#include <QString>

struct CommandLineOptions {
    QString scenario = QStringLiteral("ana-fran");
    QString language;                 // "gl", "es", "en"
    World::Options world;
    bool json = false;                // transcript as JSON lines
    bool hidePasswords = false;
    QString exportTimeline;           // --export-timeline: .svg or .png written after the run
    QString exportTranscript;         // --export-transcript: the course's notation as text
};

namespace CommandLine {
// Runs the scenario to the end and prints the transcript; 0 when every expectation holds.
// Then writes the exports asked for (3 when one cannot be written).
int runHeadless(const CommandLineOptions &options);
// Starts the scenario's servers and streams the transcript until SIGINT/SIGTERM.
int runServe(const CommandLineOptions &options);
// Parses a scenario file and prints every error; 0 when there are none.
int checkScenario(const QString &nameOrPath);
int listScenarios(const QString &language);
// Where --serve keeps a scenario's mail unless told: $XDG_DATA_HOME/carteiro/serve/<scenario>
// (~/.local/share/carteiro/serve/ana-fran); with no scenario, the directory that holds them.
QString defaultDataDirectory(const QString &scenario);
}
