// SPDX-License-Identifier: GPL-3.0-or-later
// main.cpp — parses the command line and picks a mode: the window (on a class
// with --class), --headless, --serve, --check-scenario, --list-scenarios, --export-ca or --check-server. A
// file given alone (a double click in a file manager) is a scenario or a saved world.
#include "classroom/classquizserver.h"
#include "classroom/privateworlds.h"
#include "cli/checkserver.h"
#include "cli/commandline.h"
#include "cli/serverheap.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "persist/classpasswords.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>
#include <QTimer>

#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

bool wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *mode :
             {"--headless", "--serve", "--check-scenario", "--list-scenarios", "--help", "-h", "--help-all",
              "--version", "-v", "--export-timeline", "--export-transcript", "--export-ca", "--check-server",
              "--export-pcap", "--export-keylog", "--export-handout", "--export-access-sheet"}) {
            if (arg == mode || arg.startsWith(QByteArray(mode) + '='))
                return false;
        }
    }
    return true;
}

// Whether ARGUMENT is one of the command line's words, exactly.
bool hasArgument(int argc, char **argv, const char *argument)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], argument) == 0)
            return true;
    }
    return false;
}

// The class server (--serve): taken apart from the other modes for its event
// dispatcher and its heap (see main()).
bool wantsServe(int argc, char **argv)
{
    return hasArgument(argc, argv, "--serve");
}

// Drawing the timeline into a file needs fonts, hence a QGuiApplication (on
// the offscreen platform unless told otherwise: no display is needed).
bool wantsDrawing(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--export-timeline" || arg.startsWith("--export-timeline=") || arg == "--export-handout"
            || arg.startsWith("--export-handout=") || arg == "--export-access-sheet"
            || arg.startsWith("--export-access-sheet="))
            return true;
    }
    return false;
}

QString languageFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return QString();
}

// For bench/load.sh and bench/class-stall.sh (CARTEIRO_STALL_PROBE): once
// a second, the longest gap between two turns of a 5 ms timer (how long the
// window could not answer a click) in that second and since the start.
void startStallProbe(QObject *owner)
{
    auto *tick = new QTimer(owner);
    auto *report = new QTimer(owner);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto last = std::make_shared<qint64>(0);
    auto worstSecond = std::make_shared<qint64>(0);
    auto worst = std::make_shared<qint64>(0);
    QObject::connect(tick, &QTimer::timeout, owner, [=] {
        const qint64 now = clock->nsecsElapsed() / 1000;
        const qint64 gap = qMax<qint64>(0, now - *last - 5000); // beyond the 5 ms asked
        *last = now;
        *worstSecond = qMax(*worstSecond, gap);
        *worst = qMax(*worst, gap);
    });
    QObject::connect(report, &QTimer::timeout, owner, [=] {
        QTextStream(stdout) << "STALL second_max_us=" << *worstSecond << " max_us=" << *worst << Qt::endl;
        *worstSecond = 0;
    });
    tick->setTimerType(Qt::PreciseTimer);
    tick->start(5);
    report->start(1000);
}

// carteiro --class FILE: the window on a class (MainWindow::ClassOptions).
int runClassWindow(const CommandLineOptions &options, const QString &language, LanguageSwitcher *switcher)
{
    QList<ScenarioError> errors;
    Scenario scenario = ScenarioParser::load(options.scenario, &errors);
    if (!errors.isEmpty()) {
        for (const ScenarioError &e : std::as_const(errors))
            QTextStream(stderr) << e.toString() << Qt::endl;
        return 2;
    }
    if (scenario.students.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "--class needs a class: %1 declares no students (add "
                                   "\"students 30 on 2esi.org\" or \"class alumnos.csv\")")
                                   .arg(options.scenario)
                            << Qt::endl;
        return 2;
    }
    // The passwords of the access sheet and of --serve, kept in the data directory.
    if (QString error; !ClassPasswords::assign(&scenario, options.world.dataDirectory, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 3;
    }
    MainWindow::ClassOptions classOptions;
    classOptions.enabled = true;
    classOptions.results = options.results;
    classOptions.keepLines = options.keepLines;
    classOptions.keepBytes = options.keepBytes;
    classOptions.hidePasswords = options.hidePasswords;
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carteiro.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.carteiro.Carteiro"));
    MainWindow mainWindow(scenario, options.world, language, classOptions);
    mainWindow.setLanguageSwitcher(switcher);
    if (!mainWindow.world() || mainWindow.world()->services().isEmpty()) {
        QTextStream(stderr) << mainWindow.statusText() << Qt::endl;
        return 3;
    }
    if (!mainWindow.classError().isEmpty()) {
        QTextStream(stderr) << mainWindow.classError() << Qt::endl;
        return 3;
    }
    QTextStream out(stdout);
    for (const World::Service &s : mainWindow.world()->services())
        out << QStringLiteral("LISTEN %1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port)
            << Qt::endl;
    // "class … private": each student's own world, as --serve prints them.
    if (const PrivateWorlds *worlds = mainWindow.privateWorlds())
        CommandLine::printPrivateListenLines(*worlds);
    if (const ClassQuizServer *quiz = mainWindow.classQuiz()) // the students' page of predict-the-reply
        out << QStringLiteral("LISTEN %1 %2 %3:%4")
                   .arg(quiz->host(), ClassQuizServer::serviceName(), quiz->address().toString())
                   .arg(quiz->port())
            << Qt::endl;
    if (const ClassQuizServer *quiz = mainWindow.classQuiz()) // the same from a terminal (telnet, nc)
        out << QStringLiteral("LISTEN %1 %2 %3:%4")
                   .arg(quiz->host(), ClassQuizServer::consoleServiceName(),
                        quiz->consoleAddress().toString())
                   .arg(quiz->consolePort())
            << Qt::endl;
    std::fflush(stdout); // read by a script that waits for the ports
    mainWindow.show();
    if (qEnvironmentVariableIsSet("CARTEIRO_STALL_PROBE")) {
        // The class's own gate runs free already, as it does for a class.
        out << "READY" << Qt::endl;
        startStallProbe(&mainWindow);
    }
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // A class server that keeps its mail in memory grows its heap with each
    // message: in huge pages, which may start the program again, in place,
    // before anything else is made (cli/serverheap.cpp). With persistence on
    // the bodies are on disk and the heap stays small.
    const bool window = wantsWindow(argc, argv);
    if (!window && wantsServe(argc, argv) && hasArgument(argc, argv, "--no-persist"))
        ServerHeap::tuneForServe(argv);
    QElapsedTimer startup;
    startup.start();
    const bool drawing = !window && wantsDrawing(argc, argv);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The class server runs on Qt's own UNIX event dispatcher: glib's wakes
    // itself (an eventfd write) each time a socket notifier is added or
    // removed, which a server does around every reply (12-20 % of --serve's
    // CPU in the SMTP bench, docs/benchmarks.md). The other modes keep glib:
    // the order in which it serves two connections ready at once is the one
    // the scenarios' golden transcripts were written with. Only the
    // dispatcher made below sees the variable.
    const bool noGlib = !window && wantsServe(argc, argv) && qEnvironmentVariableIsEmpty("QT_NO_GLIB");
    if (noGlib)
        qputenv("QT_NO_GLIB", "1");
    std::unique_ptr<QCoreApplication> app(window        ? new QApplication(argc, argv)
                                              : drawing ? new QGuiApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
    if (noGlib)
        qunsetenv("QT_NO_GLIB");
    QCoreApplication::setOrganizationName(QStringLiteral("Carteiro"));
    QCoreApplication::setApplicationName(QStringLiteral("carteiro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARTEIRO_VERSION));

    // The language is needed before --help is printed, so it is read first.
    // --lang wins, then the choice saved from the window's Language menu.
    LanguageSwitcher languageSwitcher;
    const QString language = LanguageSwitcher::initialLanguage(languageFromArguments(argc, argv));
    languageSwitcher.setLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Carteiro: watch e-mail work. Simulated hosts talk real SMTP and POP3 over loopback sockets, "
        "and every command and reply is shown."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate(
            "main", "Run the scenario to the end without a window and print the transcript."));
    const QCommandLineOption serve(
        QStringLiteral("serve"),
        QCoreApplication::translate(
            "main", "Start the scenario's servers only, for telnet, nc or real mail clients."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "Built-in scenario name or scenario file (default: ana-fran)."),
        QCoreApplication::translate("main", "name|file"), QStringLiteral("ana-fran"));
    const QCommandLineOption portOffset(
        QStringLiteral("port-offset"),
        QCoreApplication::translate(
            "main",
            "Added to the standard ports 25, 587 and 110 (default 10000; 0 gives the real ports). The "
            "window moves on to the next free offset when these ports are taken; --headless and the "
            "exports listen on ports the system picks unless this is given."),
        QCoreApplication::translate("main", "n"), QStringLiteral("10000"));
    const QCommandLineOption ephemeral(
        QStringLiteral("ephemeral-ports"),
        QCoreApplication::translate("main",
                                    "Listen on ports the system picks (printed in the LISTEN lines)."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: gl, es or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("main", "Print the transcript as JSON lines."));
    const QCommandLineOption explain(
        QStringLiteral("explain"),
        QCoreApplication::translate("main",
                                    "With --headless or --serve: under each command and reply, what it is "
                                    "and its RFC section, as the inspector says it."));
    const QCommandLineOption hide(
        QStringLiteral("hide-passwords"),
        QCoreApplication::translate(
            "main",
            "Print **** instead of passwords in the transcript (the default; see --show-passwords)."));
    const QCommandLineOption retry(
        QStringLiteral("retry-ms"),
        QCoreApplication::translate(
            "main", "First retry delay of a deferred message, in milliseconds (default 2000)."),
        QCoreApplication::translate("main", "ms"), QStringLiteral("2000"));
    const QCommandLineOption idle(
        QStringLiteral("idle-timeout"),
        QCoreApplication::translate("main",
                                    "Seconds a server waits for each complete line from a client (a byte at "
                                    "a time does not count) before closing (default 300)."),
        QCoreApplication::translate("main", "seconds"), QStringLiteral("300"));
    const QCommandLineOption check(
        QStringLiteral("check-scenario"),
        QCoreApplication::translate("main", "Check a scenario file and report every error."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption list(QStringLiteral("list-scenarios"),
                                  QCoreApplication::translate("main", "List the built-in scenarios."));
    const QCommandLineOption exportTimeline(
        QStringLiteral("export-timeline"),
        QCoreApplication::translate(
            "main", "Run the scenario without a window and draw its timeline into a .svg or .png file."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption exportTranscript(
        QStringLiteral("export-transcript"),
        QCoreApplication::translate(
            "main", "Run the scenario without a window and write its transcript into a text file."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({headless, serve, scenario, portOffset, ephemeral, lang, json, explain, hide, retry,
                       idle, check, list});
    const QCommandLineOption exportPcap(
        QStringLiteral("export-pcap"),
        QCoreApplication::translate("main",
                                    "Run the scenario without a window (or --serve, when it ends) and "
                                    "write its traffic into a .pcapng capture for Wireshark (TLS sessions "
                                    "decrypt with the keys inside)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption exportKeyLog(
        QStringLiteral("export-keylog"),
        QCoreApplication::translate(
            "main",
            "Run the scenario without a window (or --serve, when it ends) and "
            "write the keys of its TLS sessions into a file in SSLKEYLOGFILE format."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption exportHandout(
        QStringLiteral("export-handout"),
        QCoreApplication::translate("main",
                                    "Run the scenario without a window and write a PDF handout for a class: "
                                    "its story, timeline, dialogue, exercises and questions, with the "
                                    "answers on the last pages."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption exportAccessSheet(
        QStringLiteral("export-access-sheet"),
        QCoreApplication::translate("main",
                                    "Write a PDF access sheet for the scenario's class: a card per student "
                                    "with address, user, password and the host and ports to connect to. The "
                                    "passwords are those --serve gives with the same data directory."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions(
        {exportTimeline, exportTranscript, exportPcap, exportKeyLog, exportHandout, exportAccessSheet});
    const QCommandLineOption results(
        QStringLiteral("results"),
        QCoreApplication::translate("main",
                                    "With --serve or --class: keep each student's exercise results in a "
                                    ".csv or .json file, rewritten as they change (may be given more than "
                                    "once)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(results);
    const QCommandLineOption classWindow(
        QStringLiteral("class"),
        QCoreApplication::translate(
            "main",
            "Open the window on the class of a scenario file: its servers as --serve starts them "
            "(the same ports, data directory and passwords), and a panel with each student's "
            "exercise checks, graded as they work."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(classWindow);
    const QCommandLineOption saveWorld(
        QStringLiteral("save-world"),
        QCoreApplication::translate("main",
                                    "With --headless: save the world after the run (mailboxes, queues, mail "
                                    "clients, transcript) into a file."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption loadWorld(
        QStringLiteral("load-world"),
        QCoreApplication::translate(
            "main", "Open a saved world in the window; with --headless, print its transcript."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({saveWorld, loadWorld});
    CommandLine::addLimitOptions(&parser);
    // Persistence (docs/persistence.md): on by default in --serve only.
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Keep the servers' mailboxes and queues in this directory, as Maildir "
                                    "folders (--serve default: %1; \"\" keeps them in memory).")
            .arg(CommandLine::defaultDataDirectory(QString()) + QStringLiteral("/<scenario>")),
        QCoreApplication::translate("main", "directory"));
    const QCommandLineOption noPersist(
        QStringLiteral("no-persist"),
        QCoreApplication::translate(
            "main", "Keep mailboxes and queues in memory only (the same as --data-dir \"\")."));
    parser.addOptions({dataDir, noPersist});
    const QCommandLineOption exportCa(
        QStringLiteral("export-ca"),
        QCoreApplication::translate(
            "main",
            "Write the certificate of your classroom CA (made the first time it is "
            "needed) into a file, to trust it in Thunderbird or a browser; - writes it "
            "to the standard output."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(exportCa);
    // The student's own installed server (core/classroom/servercheck.h).
    const QCommandLineOption checkServer(
        QStringLiteral("check-server"),
        QCoreApplication::translate(
            "main",
            "Check an installed mail server (Postfix and Dovecot) as the course does: the ports that "
            "listen, SMTP's greeting and EHLO, mail for --user@--domain accepted, relaying for "
            "strangers refused, POP3 and IMAP log-in with --user and --password, and TLS; exit "
            "status 0 when every check holds, 1 when one does not."),
        QCoreApplication::translate("main", "address"));
    const QCommandLineOption checkDomain(
        QStringLiteral("domain"),
        QCoreApplication::translate("main",
                                    "With --check-server: the domain the server takes mail for (the system "
                                    "mail name given when installing Postfix, e.g. 2esi.org)."),
        QCoreApplication::translate("main", "domain"));
    const QCommandLineOption checkUser(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "With --check-server: a user of the server (alumno1)."),
        QCoreApplication::translate("main", "user"));
    const QCommandLineOption checkPassword(
        QStringLiteral("password"),
        QCoreApplication::translate("main",
                                    "With --check-server: that user's password, to log in by POP3 and IMAP."),
        QCoreApplication::translate("main", "password"));
    const QCommandLineOption checkPorts(
        QStringLiteral("ports"),
        QCoreApplication::translate("main",
                                    "With --check-server: ports other than the standard ones, as "
                                    "smtp=N,submission=N,pop3=N,imap=N,pop3s=N,imaps=N (any of them)."),
        QCoreApplication::translate("main", "list"));
    parser.addOptions({checkServer, checkDomain, checkUser, checkPassword, checkPorts});
    // What a file manager's double click runs (Exec=carteiro %f in the
    // desktop entry): a scenario file or a saved world, told apart by name.
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A scenario file to play, or a saved world (.carteiro) to open: the "
                                    "same as --scenario file or --load-world file."),
        QCoreApplication::translate("main", "[file]"));
    parser.process(*app);

    CommandLineOptions options;
    options.scenario = parser.value(scenario);
    options.language = language;
    options.json = parser.isSet(json);
    options.explain = parser.isSet(explain);
    options.hidePasswords = parser.isSet(hide);
    options.exportTimeline = parser.value(exportTimeline);
    options.exportTranscript = parser.value(exportTranscript);
    options.exportPcap = parser.value(exportPcap);
    options.exportKeyLog = parser.value(exportKeyLog);
    options.saveWorld = parser.value(saveWorld);
    options.loadWorld = parser.value(loadWorld);
    options.results = parser.values(results);
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        if (files.size() > 1 || parser.isSet(scenario) || parser.isSet(loadWorld)) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "Give one file to open, or --scenario, or --load-world, not more: %1")
                                       .arg(files.join(QLatin1Char(' ')))
                                << Qt::endl;
            return 2;
        }
        if (files.constFirst().endsWith(QLatin1String(".carteiro"), Qt::CaseInsensitive))
            options.loadWorld = files.constFirst();
        else
            options.scenario = files.constFirst();
    }
    const bool onClass = parser.isSet(classWindow);
    if (onClass) {
        QString other;
        for (const QCommandLineOption *mode : {&serve, &headless, &scenario, &loadWorld, &exportTimeline,
                                               &exportTranscript, &exportHandout, &exportAccessSheet}) {
            if (parser.isSet(*mode))
                other = QStringLiteral("--") + mode->names().constFirst();
        }
        if (other.isEmpty() && !parser.positionalArguments().isEmpty())
            other = parser.positionalArguments().constFirst();
        if (!other.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "--class opens the window on a class: "
                                                               "it does not go with %1")
                                       .arg(other)
                                << Qt::endl;
            return 2;
        }
        options.scenario = parser.value(classWindow);
    }
    bool ok = false;
    options.world.portOffset = parser.value(portOffset).toInt(&ok);
    if (!ok || options.world.portOffset < 0 || options.world.portOffset > 64000) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "--port-offset needs a number from 0 to 64000, not \"%1\"")
                                   .arg(parser.value(portOffset))
                            << Qt::endl;
        return 2;
    }
    options.world.ephemeralPorts = parser.isSet(ephemeral);
    options.world.queue.retryBaseMs = qMax(1, parser.value(retry).toInt());
    const int idleSeconds = parser.value(idle).toInt(&ok);
    if (!ok || idleSeconds < 1 || idleSeconds > 24 * 3600) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "--idle-timeout needs a number of seconds from 1 to 86400, not \"%1\"")
                                   .arg(parser.value(idle))
                            << Qt::endl;
        return 2;
    }
    options.world.idleTimeoutMs = idleSeconds * 1000;
    QString limitError;
    if (!CommandLine::readLimitOptions(parser, &options, &limitError)) {
        QTextStream(stderr) << limitError << Qt::endl;
        return 2;
    }
    if (parser.isSet(dataDir))
        options.world.dataDirectory = parser.value(dataDir);
    else if (parser.isSet(serve) || parser.isSet(exportAccessSheet) || onClass)
        options.world.dataDirectory = CommandLine::defaultDataDirectory(options.scenario);
    if (parser.isSet(noPersist))
        options.world.dataDirectory.clear();

    if (parser.isSet(checkServer)) {
        ServerCheck::Options server;
        server.address = parser.value(checkServer).trimmed();
        server.domain = parser.value(checkDomain).trimmed();
        server.user = parser.value(checkUser);
        server.password = parser.value(checkPassword);
        QString usage;
        if (server.address.isEmpty())
            usage = QCoreApplication::translate("main", "--check-server needs the server's address or name");
        else if (parser.isSet(checkPassword) && server.user.isEmpty())
            usage = QCoreApplication::translate("main", "--password needs --user too");
        else if (server.user.contains(QRegularExpression(QStringLiteral("[\\s]")))
                 || server.password.contains(QLatin1Char('\r'))
                 || server.password.contains(QLatin1Char('\n')))
            usage = QCoreApplication::translate("main",
                                                "--user may not contain spaces, nor --password a line break");
        else if (!server.domain.isEmpty() && !server.domain.contains(QLatin1Char('.')))
            usage = QCoreApplication::translate("main",
                                                "--domain needs a domain such as 2esi.org, not \"%1\"")
                        .arg(server.domain);
        if (usage.isEmpty())
            ServerCheck::parsePorts(parser.value(checkPorts), &server.ports, &usage); // says what is wrong
        if (!usage.isEmpty()) {
            QTextStream(stderr) << usage << Qt::endl;
            return 2;
        }
        return CommandLine::checkServer(server);
    }
    for (const QCommandLineOption *only : {&checkDomain, &checkUser, &checkPassword, &checkPorts}) {
        if (parser.isSet(*only)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "--%1 works with --check-server")
                                       .arg(only->names().constFirst())
                                << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(check))
        return CommandLine::checkScenario(parser.value(check));
    if (parser.isSet(list))
        return CommandLine::listScenarios(language);
    if (parser.isSet(exportCa))
        return CommandLine::exportCa(parser.value(exportCa));
    if (parser.isSet(exportHandout)) {
        if (!options.loadWorld.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate(
                "main", "--export-handout plays a scenario; it does not read a saved world")
                                << Qt::endl;
            return 2;
        }
        return CommandLine::exportHandout(options, parser.value(exportHandout));
    }
    if (parser.isSet(exportAccessSheet)) {
        if (!options.loadWorld.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate(
                "main", "--export-access-sheet reads a scenario; it does not read a saved world")
                                << Qt::endl;
            return 2;
        }
        return CommandLine::exportAccessSheet(options, parser.value(exportAccessSheet));
    }
    // --serve writes a capture and a key log too, when it ends.
    const bool serveExports = parser.isSet(serve) && !parser.isSet(headless) && !parser.isSet(exportTimeline)
        && !parser.isSet(exportTranscript);
    if (parser.isSet(headless) || parser.isSet(exportTimeline) || parser.isSet(exportTranscript)
        || ((parser.isSet(exportPcap) || parser.isSet(exportKeyLog)) && !serveExports)) {
        // Nobody connects to a run from outside: ports the system picks, so
        // it runs beside a window, a --serve or another run (issue 12). An
        // offset given is still honoured.
        if (!parser.isSet(portOffset))
            options.world.ephemeralPorts = true;
        return CommandLine::runHeadless(options);
    }
    if (parser.isSet(serve)) {
        if (!options.loadWorld.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "--load-world works with the window, "
                                                               "--headless and the exports, not with --serve")
                                << Qt::endl;
            return 2;
        }
        return CommandLine::runServe(options);
    }

    if (parser.isSet(saveWorld)) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "--save-world works with --headless; "
                                                           "in the window use File ▸ Save world…")
                            << Qt::endl;
        return 2;
    }
    if (!options.results.isEmpty() && !onClass) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--results works with --serve or --class")
                            << Qt::endl;
        return 2;
    }
    // The window never gives up on a taken port: it takes the next free
    // offset and says which (WorldSession; a saved world's too).
    options.world.takenPorts = World::Options::TakenPorts::TryNextOffset;
    if (onClass)
        return runClassWindow(options, language, &languageSwitcher);
    // --load-world: the file is read and checked before the window opens on it.
    std::unique_ptr<World> savedWorld;
    if (!options.loadWorld.isEmpty()) {
        QString error;
        savedWorld = WorldFile::load(options.loadWorld, options.world, &error);
        if (!savedWorld) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
    }
    QList<ScenarioError> errors;
    Scenario loaded = savedWorld ? savedWorld->scenario() : ScenarioParser::load(options.scenario, &errors);
    // A teacher's file with errors (opened from a file manager, say): the
    // window opens on the walkthrough and reports them beside it, watching the
    // file, so saving it mended plays it. A name that is no file is an error.
    QString brokenFile;
    if (!errors.isEmpty()) {
        for (const ScenarioError &e : std::as_const(errors))
            QTextStream(stderr) << e.toString() << Qt::endl;
        if (!QFileInfo(options.scenario).isFile())
            return 2;
        brokenFile = options.scenario;
        errors.clear();
        loaded = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carteiro.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.carteiro.Carteiro"));
    MainWindow mainWindow(loaded, options.world, language);
    mainWindow.setLanguageSwitcher(&languageSwitcher);
    if (savedWorld)
        mainWindow.showLoadedWorld(std::move(savedWorld), options.loadWorld);
    mainWindow.show();
    if (const World *running = mainWindow.world(); running && !options.world.ephemeralPorts
        && running->options().portOffset != options.world.portOffset) {
        // For whoever started it from a terminal; the window says it in its status bar.
        const QList<World::Service> services = running->services();
        const World::Service *smtp = services.isEmpty() ? nullptr : &services.constFirst();
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "The ports of offset %1 are in use (another carteiro on this machine?): "
                                   "the window listens on offset %2 (%3 %4 on port %5).")
                                   .arg(options.world.portOffset)
                                   .arg(running->options().portOffset)
                                   .arg(smtp ? smtp->host : QString(), smtp ? smtp->name : QString())
                                   .arg(smtp ? smtp->port : 0)
                            << Qt::endl;
    }
    if (!brokenFile.isEmpty())
        mainWindow.openScenarioFile(brokenFile);
    else if (!savedWorld && QFileInfo(options.scenario).isFile())
        mainWindow.watchScenarioFile(options.scenario); // a teacher's file, edited beside the window
    if (qEnvironmentVariableIsSet("CARTEIRO_QUIT_AFTER_SHOW")) {
        // For bench/startup.sh: the first turn of the event loop after show()
        // comes once the window has been exposed and painted.
        QTimer::singleShot(0, &mainWindow, [&] {
            QTextStream(stdout) << "shown after " << startup.elapsed() << " ms" << Qt::endl;
            QCoreApplication::quit();
        });
    }
    if (qEnvironmentVariableIsSet("CARTEIRO_STALL_PROBE")) {
        // For bench/load.sh: the window's services, then the probe. The load
        // is not paced: every write goes at once, the worst case for the
        // event loop (the window's gate otherwise paces each line).
        mainWindow.world()->gate()->setMode(Gate::Mode::FreeRun);
        QTextStream out(stdout);
        for (const World::Service &s : mainWindow.world()->services())
            out << QStringLiteral("LISTEN %1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port)
                << Qt::endl;
        out << "READY" << Qt::endl;
        startStallProbe(&mainWindow);
    }
    return app->exec();
}
