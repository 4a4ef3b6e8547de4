#include "commandline.h"

#include "gui/timelineexport.h"
#include "mail/maildir.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "scenario/scenarioparser.h"
#include "scenario/scenariorunner.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcriptformatter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool loadScenario(const QString &nameOrPath, Scenario *scenario)
{
    QList<ScenarioError> errors;
    *scenario = ScenarioParser::load(nameOrPath, &errors);
    for (const ScenarioError &e : std::as_const(errors))
        err() << e.toString() << Qt::endl;
    return errors.isEmpty();
}

// The transcript stream: lines are gathered and written in blocks of 64 KiB,
// or 30 ms after the first line of a block at the latest, so a teacher
// watching --serve sees each line at once while a busy server makes one
// write(2) per block instead of one per line.
class StreamWriter
{
public:
    StreamWriter()
    {
        m_buffer.reserve(2 * blockSize);
        m_timer.setSingleShot(true);
        m_timer.setInterval(lingerMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { flush(); });
    }
    ~StreamWriter() { flush(); }
    QByteArray &buffer() { return m_buffer; }
    void lineAdded()
    {
        if (m_buffer.size() >= blockSize)
            flush();
        else if (!m_timer.isActive())
            m_timer.start();
    }
    void flush()
    {
        m_timer.stop();
        out().flush();
        qsizetype done = 0;
        while (done < m_buffer.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, m_buffer.constData() + done, size_t(m_buffer.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // stdout is gone (a closed pipe): nothing more to do
            done += n;
        }
        m_buffer.truncate(0); // keeps the capacity for the next block
    }

private:
    static constexpr qsizetype blockSize = 64 * 1024;
    static constexpr int lingerMs = 30; // unnoticeable for a person watching
    QByteArray m_buffer;
    QTimer m_timer;
};

void printEvent(StreamWriter &writer, const TranscriptEvent &event, const CommandLineOptions &options)
{
    QByteArray &buffer = writer.buffer();
    if (options.json) {
        buffer += TranscriptFormatter::jsonLine(event);
    } else if (event.kind == TranscriptEvent::Kind::Caption) {
        buffer += "\n== " + TranscriptFormatter::printable(event.note.toUtf8()).toUtf8();
    } else {
        TranscriptFormatter::Options format;
        format.hidePasswords = options.hidePasswords;
        TranscriptFormatter::appendCourseLine(buffer, event, format);
    }
    buffer += '\n';
    writer.lineAdded();
}

// SIGINT/SIGTERM end --serve cleanly: the handler only writes to a pipe that
// the event loop watches (the self-pipe trick; nothing else is safe there).
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    const auto written = ::write(signalPipe[1], &byte, 1);
    Q_UNUSED(written);
}

// --export-timeline and --export-transcript, once the scenario has run.
bool writeExports(const CommandLineOptions &options, const Scenario &scenario, const World &world)
{
    bool ok = true;
    QString error;
    if (!options.exportTimeline.isEmpty()) {
        TimelineModel model;
        model.setPreferredLanes(TimelineModel::lanesFor(scenario));
        model.setTranscript(world.transcript());
        if (!TimelineExport::toImage(model, options.exportTimeline, &error)) {
            err() << error << Qt::endl;
            ok = false;
        }
    }
    if (!options.exportTranscript.isEmpty()
        && !TimelineExport::transcriptToText(*world.transcript(), options.exportTranscript, &error)) {
        err() << error << Qt::endl;
        ok = false;
    }
    return ok;
}

} // namespace

namespace CommandLine {

int runHeadless(const CommandLineOptions &options)
{
    Scenario scenario;
    if (!loadScenario(options.scenario, &scenario))
        return 2;
    World world(scenario, options.world);
    StreamWriter writer;
    QObject::connect(world.transcript(), &Transcript::eventAppended, &world,
                     [&](const TranscriptEvent &e) { printEvent(writer, e, options); });
    QString error;
    if (!world.start(&error)) {
        err() << error << Qt::endl;
        return 3;
    }
    const QString title = Scenario::pick(scenario.title, options.language);
    writer.flush();
    if (!options.json) {
        out() << QCoreApplication::translate("CommandLine", "Scenario: %1 (%2)").arg(title, scenario.source) << Qt::endl;
        for (const World::Service &s : world.services())
            out() << QStringLiteral("   %1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port) << Qt::endl;
    }
    ScenarioRunner runner(&world, options.language);
    int exitCode = 1;
    QObject::connect(&runner, &ScenarioRunner::finished, &world, [&](bool allPassed) {
        exitCode = allPassed ? 0 : 1;
        QCoreApplication::exit(exitCode);
    });
    runner.start();
    QCoreApplication::exec();
    world.shutdown();
    writer.flush();
    if (!writeExports(options, scenario, world))
        exitCode = 3;

    const QList<ScenarioRunner::Outcome> outcomes = runner.outcomes();
    int passed = 0;
    for (const ScenarioRunner::Outcome &o : outcomes)
        passed += o.passed ? 1 : 0;
    QTextStream &summary = options.json ? err() : out();
    summary << Qt::endl << QCoreApplication::translate("CommandLine", "Summary") << Qt::endl;
    int lines = 0;
    int connections = 0;
    for (const TranscriptEvent &e : world.transcript()->events()) {
        lines += e.kind == TranscriptEvent::Kind::Line ? 1 : 0;
        connections += e.kind == TranscriptEvent::Kind::ConnectionOpened ? 1 : 0;
    }
    int delivered = 0;
    for (const MailServer *s : world.servers())
        delivered += s->deliveredCount();
    summary << QCoreApplication::translate("CommandLine", "  %1 lines on the wire in %2 connections, %3 message(s) delivered")
                   .arg(lines)
                   .arg(connections)
                   .arg(delivered)
            << Qt::endl;
    for (const ScenarioRunner::Outcome &o : outcomes) {
        if (!o.passed) {
            summary << QCoreApplication::translate("CommandLine", "  FAILED %1:%2: expected %3; %4")
                           .arg(o.location.file)
                           .arg(o.location.line)
                           .arg(o.description, o.detail)
                    << Qt::endl;
        }
    }
    summary << QCoreApplication::translate("CommandLine", "  expectations: %1 passed, %2 failed")
                   .arg(passed)
                   .arg(outcomes.size() - passed)
            << Qt::endl;
    return exitCode;
}

int runServe(const CommandLineOptions &options)
{
    Scenario scenario;
    if (!loadScenario(options.scenario, &scenario))
        return 2;
    scenario.steps.clear(); // the servers only: students bring the clients
    // A classroom's worth of sessions: every descriptor the system allows.
    struct rlimit files;
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    World world(scenario, options.world);
    QString error;
    if (!world.start(&error)) {
        err() << error << Qt::endl;
        return 3;
    }
    if (::pipe(signalPipe) != 0) {
        err() << QStringLiteral("pipe() failed") << Qt::endl;
        return 3;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &world, [] { QCoreApplication::exit(0); });

    for (const World::Service &s : world.services())
        out() << QStringLiteral("LISTEN %1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port) << Qt::endl;
    out() << QStringLiteral("READY") << Qt::endl;
    StreamWriter writer;
    // What happened before READY: the data directory loaded, what was skipped.
    for (const TranscriptEvent &e : world.transcript()->events())
        printEvent(writer, e, options);
    for (const QString &problem : world.storageProblems())
        err() << problem << Qt::endl;
    QObject::connect(world.transcript(), &Transcript::eventAppended, &world,
                     [&](const TranscriptEvent &e) { printEvent(writer, e, options); });
    const int code = QCoreApplication::exec();
    world.shutdown();
    writer.flush();
    return code;
}

QString defaultDataDirectory(const QString &scenario)
{
    const QString serve = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/carteiro/serve");
    if (scenario.isEmpty())
        return serve;
    QString base = QFileInfo(scenario).completeBaseName();
    if (base.isEmpty())
        base = scenario;
    return serve + QLatin1Char('/') + Maildir::safeComponent(base);
}

int checkScenario(const QString &nameOrPath)
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(nameOrPath, &errors);
    for (const ScenarioError &e : std::as_const(errors))
        out() << e.toString() << Qt::endl;
    if (errors.isEmpty())
        out() << QCoreApplication::translate("CommandLine", "%1: no errors").arg(scenario.source) << Qt::endl;
    return errors.isEmpty() ? 0 : 1;
}

int listScenarios(const QString &language)
{
    for (const QString &name : ScenarioParser::builtInNames()) {
        QList<ScenarioError> errors;
        const Scenario scenario = ScenarioParser::load(name, &errors);
        out() << QStringLiteral("%1\t%2").arg(name, Scenario::pick(scenario.title, language)) << Qt::endl;
    }
    return 0;
}

} // namespace CommandLine
