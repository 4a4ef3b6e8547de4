// SPDX-License-Identifier: GPL-3.0-or-later
// commandline.cpp — the modes without a window: headless, serve, check, list.
//
// --headless plays the scenario with a ScenarioRunner and prints the
// transcript as it grows (the course's notation or JSON lines), then the
// exports and the world file asked for, and a summary; it listens on ports
// the system picks unless given --port-offset (main.cpp decides), so it runs
// beside a window or a --serve. When a port is taken, --serve (and a
// --headless given an offset) says which and suggests a free --port-offset. --serve keeps only the
// servers (students bring the clients), raises the descriptor limit, bounds
// the transcript kept (--keep-lines) and ends on SIGINT/SIGTERM through a
// self-pipe. Lines go out in 64 KiB blocks, or 30 ms after a block's first
// line, so a busy server makes one write(2) per block, and a writer thread
// makes it (StreamWriter); text from a scenario
// file or a peer is made printable before it reaches the terminal.
#include "commandline.h"
#include "serverheap.h"

#include "classroom/classgrader.h"
#include "classroom/classquizserver.h"
#include "classroom/privateworlds.h"
#include "classroom/scenariorunner.h"
#include "explain/explanations.h"
#include "gui/accesssheet.h"
#include "gui/handoutexport.h"
#include "gui/timelineexport.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "persist/classpasswords.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"
#include "storage/maildir.h"
#include "tls/classroomca.h"
#include "transcript/pcapngexport.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcriptformatter.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <condition_variable>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <csignal>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

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
    // A scenario file may come from anyone: its text is made printable too.
    for (const ScenarioError &e : std::as_const(errors))
        err() << TranscriptFormatter::printable(e.toString().toUtf8()) << Qt::endl;
    return errors.isEmpty();
}

// The transcript stream: lines are gathered in blocks of 64 KiB, and a block
// is handed to a writer thread when full or 30 ms after its first line at the
// latest, so a teacher watching --serve sees each line at once while a busy
// server makes one write(2) per block instead of one per line, and does not
// wait for it: the event loop goes on with the next line while the file or
// the pipe takes the last block. Blocks are written in the order they were
// handed over; flush() (on exit, SIGTERM included) returns once all are
// written. When the thread falls behind (a slow pipe), at most maxQueued
// blocks wait and the event loop then waits for it, as a blocking write would.
//
// A block may also be stored events, not yet text (queueEvents()): the
// writer thread turns them into lines with the format given to
// setEventFormat(), so that --serve's event loop only notes where they are
// (the lines of a message cost a fifth of its work there otherwise). Stored
// events do not move and are not changed; before the transcript drops or
// fills again old blocks (a keep limit) it calls waitFormatted() through its
// drop guard, which makes text of what the writer has not read yet.
class StreamWriter
{
public:
    using EventFormat = std::function<void(QByteArray &, const TranscriptEvent *const *, qsizetype)>;

    StreamWriter()
    {
        m_buffer.reserve(2 * blockSize);
        m_timer.setSingleShot(true);
        m_timer.setInterval(lingerMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { handOff(); });
        m_thread = std::thread([this] { run(); });
    }
    ~StreamWriter()
    {
        flush();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    // Lines to append to (call lineAdded() after): events queued before them
    // are handed over first, so the stream keeps its order.
    QByteArray &buffer()
    {
        if (!m_events.empty())
            handOff();
        return m_buffer;
    }
    void lineAdded()
    {
        if (m_buffer.size() >= blockSize)
            handOff();
        else if (!m_timer.isActive())
            m_timer.start();
    }
    // Set once, before the first queueEvents(); called on the writer thread.
    void setEventFormat(EventFormat format) { m_format = std::move(format); }
    // The events from `first` to `last`, printed by the writer thread.
    void queueEvents(const Transcript &transcript, qsizetype first, qsizetype last)
    {
        Q_ASSERT(m_format);
        if (!m_buffer.isEmpty())
            handOff();
        if (m_events.empty())
            m_eventsFirst = first;
        for (qsizetype i = first; i <= last; ++i)
            m_events.push_back(&transcript.at(i));
        if (qsizetype(m_events.size()) >= eventsPerBlock)
            handOff();
        else if (!m_timer.isActive())
            m_timer.start();
    }
    // Every event queued so far before index `before` has been read (made
    // text) when this returns. What of them still waits in the queue is
    // made text here, in its place: the writer may be stuck writing (a slow
    // pipe), and only the block it is making text of now is waited for, if
    // it holds any of them. A writer that keeps up has read them long ago.
    void waitFormatted(qsizetype before = std::numeric_limits<qsizetype>::max())
    {
        if (!m_events.empty() && m_eventsFirst < before)
            handOff();
        std::unique_lock<std::mutex> lock(m_mutex);
        for (Block &block : m_queue) {
            if (block.events.empty())
                continue;
            if (block.first >= before)
                break; // and so are all after it
            m_format(block.text, block.events.data(), qsizetype(block.events.size()));
            block.events = {};
        }
        m_done.wait(lock, [this, before] { return m_formattingFirst >= before; });
    }
    // Everything gathered so far is written when this returns (and what the
    // text streams hold went before it).
    void flush()
    {
        out().flush();
        handOff();
        std::unique_lock<std::mutex> lock(m_mutex);
        m_done.wait(lock, [this] { return m_queue.empty() && !m_writing; });
    }

private:
    struct Block {
        QByteArray text;
        std::vector<const TranscriptEvent *> events; // text to be made of these first
        qsizetype first = 0; // the index of the first of them
    };
    void handOff()
    {
        m_timer.stop();
        if (m_buffer.isEmpty() && m_events.empty())
            return;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_done.wait(lock, [this] { return m_queue.size() < maxQueued; });
        // One of the two holds something: buffer() and queueEvents() hand
        // the other over first.
        Block block;
        if (!m_events.empty()) {
            block.events = std::move(m_events);
            block.first = m_eventsFirst;
            m_events.clear();
            if (!m_spareEvents.empty()) {
                m_events = std::move(m_spareEvents.back());
                m_spareEvents.pop_back();
            }
        } else {
            block.text = std::move(m_buffer);
            if (!m_spare.empty()) {
                m_buffer = std::move(m_spare.back()); // emptied, with its capacity
                m_spare.pop_back();
            } else {
                m_buffer = QByteArray();
                m_buffer.reserve(2 * blockSize);
            }
        }
        m_queue.push_back(std::move(block));
        lock.unlock();
        m_wake.notify_one();
    }
    void run()
    {
        QByteArray formatted; // the writer's own, with its capacity kept
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopped, and everything written
            Block block = std::move(m_queue.front());
            m_queue.pop_front();
            m_writing = true;
            if (!block.events.empty())
                m_formattingFirst = block.first;
            lock.unlock();
            const bool ofEvents = !block.events.empty();
            if (ofEvents) {
                m_format(formatted, block.events.data(), qsizetype(block.events.size()));
                block.events.clear(); // keeps the capacity for the next block
                lock.lock();
                m_formattingFirst = std::numeric_limits<qsizetype>::max(); // not read again
                if (m_spareEvents.size() < 2)
                    m_spareEvents.push_back(std::move(block.events));
                lock.unlock();
                m_done.notify_all();
                writeAll(formatted);
                formatted.truncate(0);
            } else {
                writeAll(block.text);
                block.text.truncate(0); // keeps the capacity for the next block
            }
            lock.lock();
            m_writing = false;
            if (!ofEvents && m_spare.size() < 2)
                m_spare.push_back(std::move(block.text));
            m_done.notify_all();
        }
    }
    static void writeAll(const QByteArray &block)
    {
        qsizetype done = 0;
        while (done < block.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, block.constData() + done, size_t(block.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // stdout is gone (a closed pipe): nothing more to do
            done += n;
        }
    }

    static constexpr qsizetype blockSize = 64 * 1024;
    static constexpr qsizetype eventsPerBlock = 1024; // about 64 KiB of a message's lines
    static constexpr size_t maxQueued = 64; // 4 MiB waiting at most
    static constexpr int lingerMs = 30; // unnoticeable for a person watching
    // The event loop's thread only.
    QByteArray m_buffer; // the block being gathered
    std::vector<const TranscriptEvent *> m_events; // or the events being gathered
    qsizetype m_eventsFirst = 0; // the index of the first of them
    QTimer m_timer;
    EventFormat m_format; // set before the thread first needs it, then only read
    // Shared with the writer thread, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake; // a block was queued, or stop
    std::condition_variable m_done; // a block was written or made text
    std::deque<Block> m_queue;
    std::vector<QByteArray> m_spare;
    std::vector<std::vector<const TranscriptEvent *>> m_spareEvents;
    // The first event's index of the block the writer is making text of,
    // or the largest index when none.
    qsizetype m_formattingFirst = std::numeric_limits<qsizetype>::max();
    bool m_writing = false;
    bool m_stop = false;
    std::thread m_thread;
};

// --explain: under a command or a reply (not a message's lines, nor a
// listing's), what it is, as the inspector's title says it, and its RFC.
void appendExplanation(QByteArray &buffer, const TranscriptEvent &event)
{
    if (event.kind != TranscriptEvent::Kind::Line || event.continued)
        return;
    switch (event.role) {
    case LineRole::MessageContent:
    case LineRole::EndOfContent:
    case LineRole::ListingLine:
    case LineRole::Literal:
    case LineRole::HeaderField:
    case LineRole::Body: return;
    default: break;
    }
    const Explanation explanation = Explanations::forEvent(event);
    if (explanation.title.isEmpty())
        return;
    buffer += "      \xe2\x86\xb3 " + explanation.title.toUtf8();
    if (!explanation.rfc.isEmpty())
        buffer += " (" + explanation.rfc.toUtf8() + ')';
    buffer += '\n';
}

// The scenario's narration, as the stream shows it.
void appendCaption(QByteArray &buffer, const TranscriptEvent &event)
{
    buffer += "\n== " + TranscriptFormatter::printable(event.noteText().toUtf8()).toUtf8() + '\n';
}

void printEvent(StreamWriter &writer, const TranscriptEvent &event, const CommandLineOptions &options)
{
    QByteArray &buffer = writer.buffer();
    if (options.json) {
        TranscriptFormatter::Options format;
        format.hidePasswords = options.hidePasswords;
        buffer += TranscriptFormatter::jsonLine(event, format);
        buffer += '\n';
    } else if (event.kind == TranscriptEvent::Kind::Caption) {
        appendCaption(buffer, event);
    } else {
        TranscriptFormatter::Options format;
        format.hidePasswords = options.hidePasswords;
        TranscriptFormatter::appendCourseLine(buffer, event, format, true); // and its '\n'
        if (options.explain)
            appendExplanation(buffer, event);
    }
    writer.lineAdded();
}

// The events from `first` to `last` (one event, or the lines of one write or
// read: Transcript::beginRun()), as printEvent() prints each: made text on
// the writer's thread (appendEvents(); streamTranscript() gave it the
// format), or here with --explain.
void printEvents(StreamWriter &writer, const Transcript &transcript, qsizetype first, qsizetype last,
                 const CommandLineOptions &options)
{
    if (!options.explain) {
        writer.queueEvents(transcript, first, last);
        return;
    }
    for (qsizetype i = first; i <= last; ++i)
        printEvent(writer, transcript.at(i), options);
}

// What printEvents() prints, for events given by their addresses: the stream
// writer's thread makes the text (not for --explain, which stays on the event
// loop's thread).
void appendEvents(QByteArray &out, const TranscriptEvent *const *events, qsizetype count,
                  const TranscriptFormatter::Options &format, bool json)
{
    if (json) {
        for (qsizetype i = 0; i < count; ++i) {
            out += TranscriptFormatter::jsonLine(*events[i], format);
            out += '\n';
        }
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i <= count; ++i) {
        if (i < count && events[i]->kind != TranscriptEvent::Kind::Caption)
            continue;
        if (from < i)
            TranscriptFormatter::appendCourseLines(out, events + from, i - from, format);
        if (i < count)
            appendCaption(out, *events[i]);
        from = i + 1;
    }
}

// The transcript's listener for a stream: the events go to the writer's
// thread to be printed (with --explain, they are printed here). Undone by
// the guard returned, before the writer goes.
auto streamTranscript(StreamWriter &writer, Transcript &transcript, const CommandLineOptions &options)
{
    if (!options.explain) {
        TranscriptFormatter::Options format;
        format.hidePasswords = options.hidePasswords;
        writer.setEventFormat([format, json = options.json](
                                  QByteArray &out, const TranscriptEvent *const *events, qsizetype count) {
            appendEvents(out, events, count, format, json);
        });
        transcript.setDropGuard([&writer](qsizetype firstKept) { writer.waitFormatted(firstKept); });
    }
    return qScopeGuard([&writer, &transcript] {
        transcript.setListener({});
        writer.waitFormatted(); // what it was given is read before any block can go
        transcript.setDropGuard({});
    });
}

// An event of a student's private world: the same line, after "[login] "
// (in JSON, a "student" member first); the teacher's world's lines have none.
void printPrivateEvent(StreamWriter &writer, const TranscriptEvent &event, const CommandLineOptions &options,
                       const QByteArray &login)
{
    QByteArray &buffer = writer.buffer();
    const qsizetype start = buffer.size();
    printEvent(writer, event, options);
    if (options.json) {
        if (buffer.size() > start && buffer.at(start) == '{')
            buffer.insert(start + 1, "\"student\":\"" + login + "\",");
        return;
    }
    const QByteArray prefix = '[' + login + "] ";
    QByteArray lines = buffer.mid(start);
    buffer.truncate(start);
    for (qsizetype from = 0; from < lines.size();) {
        qsizetype end = lines.indexOf('\n', from);
        end = end < 0 ? lines.size() : end + 1;
        if (end - from > 1)
            buffer += prefix;
        buffer.append(lines.constData() + from, end - from);
        from = end;
    }
}

void reportStartFailure(const World &world, const Scenario &scenario, const CommandLineOptions &options,
                        const QString &error);

// A classroom's worth of clients needs more descriptors than a desktop's
// default soft limit (often 1024): raise it to the hard limit, as daemons do.
void raiseDescriptorLimit()
{
    struct rlimit limit;
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(65536) : limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
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

// --export-timeline, --export-transcript, --export-pcap and --export-keylog,
// once the scenario has run.
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
        && !TimelineExport::transcriptToText(
            *world.transcript(), options.exportTranscript,
            options.hidePasswords ? EventJson::Passwords::Masked : EventJson::Passwords::Shown, &error)) {
        err() << error << Qt::endl;
        ok = false;
    }
    if (!options.exportPcap.isEmpty()
        && !PcapngExport::write(*world.transcript(), world.tlsKeyLog(), options.exportPcap, &error)) {
        err() << error << Qt::endl;
        ok = false;
    }
    if (!options.exportKeyLog.isEmpty()
        && !PcapngExport::writeKeyLog(world.tlsKeyLog(), options.exportKeyLog, &error)) {
        err() << error << Qt::endl;
        ok = false;
    }
    return ok;
}

// A port offset whose ports are all free now, from `options.portOffset` on
// (the next offsets the window would try); -1 when none is.
int freePortOffset(const Scenario &scenario, World::Options options)
{
    options.dataDirectory.clear(); // a probe: no mail, no lock
    options.takenPorts = World::Options::TakenPorts::TryNextOffset;
    World probe(scenario, options);
    QString error;
    if (!probe.start(&error))
        return -1;
    const int offset = probe.options().portOffset;
    probe.shutdown();
    return offset;
}

// World::start failed: why, and when a port is taken, what to do about it.
void reportStartFailure(const World &world, const Scenario &scenario, const CommandLineOptions &options,
                        const QString &error)
{
    err() << error << Qt::endl;
    if (world.startProblem() != World::StartProblem::PortTaken)
        return;
    const World::Service &taken = world.failedService();
    err() << QCoreApplication::translate("CommandLine",
                                         "Port %1 is in use, perhaps by another carteiro (a window, a "
                                         "--serve) of yours or of another user of this machine.")
                 .arg(taken.port)
          << Qt::endl;
    const int free = freePortOffset(scenario, options.world);
    if (free >= 0 && free != options.world.portOffset) {
        err() << QCoreApplication::translate("CommandLine",
                                             "Choose other ports with --port-offset N: --port-offset %1 is "
                                             "free now (%2 would then listen on port %3).")
                     .arg(free)
                     .arg(taken.name)
                     .arg(int(taken.port) - options.world.portOffset + free)
              << Qt::endl;
    } else {
        err() << QCoreApplication::translate("CommandLine", "Choose other ports with --port-offset N.")
              << Qt::endl;
    }
}

// --headless --load-world: the saved transcript as a run prints it, then the exports.
int printLoadedWorld(const CommandLineOptions &options)
{
    QString error;
    const std::unique_ptr<World> world = WorldFile::load(options.loadWorld, options.world, &error);
    if (!world) {
        err() << error << Qt::endl;
        return 2;
    }
    const Scenario &scenario = world->scenario();
    if (!options.json) {
        out() << QCoreApplication::translate("CommandLine", "World file: %1 (scenario %2)")
                     .arg(options.loadWorld, Scenario::pick(scenario.title, options.language))
              << Qt::endl;
    }
    StreamWriter writer;
    for (const TranscriptEvent &e : world->transcript()->events())
        printEvent(writer, e, options);
    writer.flush();
    int exitCode = writeExports(options, scenario, *world) ? 0 : 3;
    if (!options.saveWorld.isEmpty() && !WorldFile::save(*world, options.saveWorld, &error)) {
        err() << error << Qt::endl;
        exitCode = 3;
    }
    return exitCode;
}

} // namespace

namespace CommandLine {

namespace {
// Text that may come from a scenario file or quote a peer, for a terminal.
QString shown(const QString &text)
{
    return TranscriptFormatter::printable(text.toUtf8());
}

const char *const listenName = "listen";
const char *const showName = "show-passwords";
const char *const keepName = "keep-lines";
const char *const keepBytesName = "keep-bytes";

// "16M", "512K", "1G", "1048576": octets (K, M and G are powers of 1024); -1 if not a size.
qint64 parseSize(QString text)
{
    text = text.trimmed();
    qint64 unit = 1;
    if (text.endsWith(QLatin1Char('K'), Qt::CaseInsensitive))
        unit = qint64(1) << 10;
    else if (text.endsWith(QLatin1Char('M'), Qt::CaseInsensitive))
        unit = qint64(1) << 20;
    else if (text.endsWith(QLatin1Char('G'), Qt::CaseInsensitive))
        unit = qint64(1) << 30;
    if (unit != 1)
        text.chop(1);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 0 || number > (qint64(1) << 40) / unit)
        return -1;
    return number * unit;
}
const char *const sessionName = "session-timeout";
const char *const connectionsName = "max-connections";
const char *const clientCountName = "client-connection-limit";
const char *const clientRateName = "client-connection-rate";
const char *const clientMessagesName = "client-message-rate";
const char *const clientExceptionsName = "client-limit-exceptions";
const char *const tapName = "tap";

// A per-client limit's number: 0 (none) to 100000.
bool readClientLimit(const QCommandLineParser &parser, const char *name, int *limit, QString *error)
{
    bool ok = false;
    const QString text = parser.value(QString::fromLatin1(name));
    *limit = text.toInt(&ok);
    if (!ok || *limit < 0 || *limit > 100000) {
        *error = QCoreApplication::translate("main",
                                             "--%1 needs a number from 0 (no limit) to 100000, not \"%2\"")
                     .arg(QString::fromLatin1(name), TranscriptFormatter::printable(text.toUtf8()));
        return false;
    }
    return true;
}
} // namespace

void addLimitOptions(QCommandLineParser *parser)
{
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(listenName),
        QCoreApplication::translate("main",
                                    "Make the servers listen on this address instead of their own "
                                    "127.0.0.x (loopback only, the default). 0.0.0.0 lets anyone "
                                    "on the network connect: a warning says so."),
        QCoreApplication::translate("main", "address")));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(showName),
        QCoreApplication::translate("main",
                                    "Print passwords in the transcript on the terminal and in "
                                    "--export-transcript (by default they are printed as ****; the "
                                    "window shows them, marked, except on a class: see --class).")));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(keepName),
        QCoreApplication::translate("main",
                                    "--serve and --class: keep no more than about this many of the latest "
                                    "transcript events in memory, dropping the oldest (default 0: "
                                    "only --keep-bytes bounds them)."),
        QCoreApplication::translate("main", "n"), QStringLiteral("0")));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(keepBytesName),
        QCoreApplication::translate("main",
                                    "--serve and --class: memory the transcript's latest events may take, in "
                                    "octets or with K, M or G; the oldest are dropped beyond it "
                                    "(default 6M; 0 keeps all)."),
        QCoreApplication::translate("main", "size"), QStringLiteral("6M")));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(sessionName),
        QCoreApplication::translate("main",
                                    "Seconds a server session may last in all, however busy "
                                    "(default 3600; 0: no limit)."),
        QCoreApplication::translate("main", "seconds"), QStringLiteral("3600")));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(connectionsName),
        QCoreApplication::translate("main",
                                    "Server connections open at once; more are told to try again "
                                    "later (default 1000)."),
        QCoreApplication::translate("main", "n"), QStringLiteral("1000")));
    const Anvil::Limits defaults;
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(clientCountName),
        QCoreApplication::translate("main",
                                    "Connections one client address may hold open at once; more are told to "
                                    "try again later, as Postfix's smtpd_client_connection_count_limit "
                                    "(default %1; 0: no limit).")
            .arg(defaults.connectionCount),
        QCoreApplication::translate("main", "n"), QString::number(defaults.connectionCount)));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(clientRateName),
        QCoreApplication::translate("main",
                                    "Connections one client address may open in a minute, as Postfix's "
                                    "smtpd_client_connection_rate_limit (default %1; 0: no limit).")
            .arg(defaults.connectionRate),
        QCoreApplication::translate("main", "n"), QString::number(defaults.connectionRate)));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(clientMessagesName),
        QCoreApplication::translate("main",
                                    "MAIL commands one client address may give in a minute, as Postfix's "
                                    "smtpd_client_message_rate_limit (default %1; 0: no limit).")
            .arg(defaults.messageRate),
        QCoreApplication::translate("main", "n"), QString::number(defaults.messageRate)));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(clientExceptionsName),
        QCoreApplication::translate("main",
                                    "Client addresses or subnets never limited, separated by commas, or "
                                    "\"none\" (default 127.0.0.0/8,::1/128: this machine, as Postfix's "
                                    "$mynetworks on Debian)."),
        QCoreApplication::translate("main", "addresses"), QStringLiteral("127.0.0.0/8,::1/128")));
    parser->addOption(QCommandLineOption(
        QString::fromLatin1(tapName),
        QCoreApplication::translate("main",
                                    "Listen on LISTEN (a port on 127.0.0.1, or ADDRESS:PORT), pass every "
                                    "connection on to the real server TARGET (ADDRESS:PORT) and draw every "
                                    "line between them, as 2525=127.0.0.1:25 for Postfix or "
                                    "1110=127.0.0.1:110 for Dovecot. The protocol comes from the port, or "
                                    "is named first (imap:1143=127.0.0.1:10143). May be given several "
                                    "times."),
        QCoreApplication::translate("main", "LISTEN=TARGET")));
}

bool readLimitOptions(const QCommandLineParser &parser, CommandLineOptions *options, QString *error)
{
    const QString listen = QString::fromLatin1(listenName);
    if (parser.isSet(listen)) {
        QHostAddress address;
        const QString text = parser.value(listen);
        if (!address.setAddress(text)) {
            *error = QCoreApplication::translate("main",
                                                 "--listen needs an IP address such as 127.0.0.1 "
                                                 "or 0.0.0.0, not \"%1\"")
                         .arg(TranscriptFormatter::printable(text.toUtf8()));
            return false;
        }
        options->world.listenAddress = address;
    }
    // Masked unless asked: a terminal, a log or a screen share is no place
    // for a password (--hide-passwords is still accepted).
    options->hidePasswords = !parser.isSet(QString::fromLatin1(showName));
    bool ok = false;
    const QString keep = parser.value(QString::fromLatin1(keepName));
    options->keepLines = keep.toLongLong(&ok);
    if (!ok || options->keepLines < 0) {
        *error = QCoreApplication::translate("main",
                                             "--keep-lines needs a number of events, 0 or more, not \"%1\"")
                     .arg(TranscriptFormatter::printable(keep.toUtf8()));
        return false;
    }
    const QString keepBytes = parser.value(QString::fromLatin1(keepBytesName));
    options->keepBytes = parseSize(keepBytes);
    if (options->keepBytes < 0) {
        *error = QCoreApplication::translate("main",
                                             "--keep-bytes needs a size in octets, 0 or more, with K, M "
                                             "or G if wanted (8M), not \"%1\"")
                     .arg(TranscriptFormatter::printable(keepBytes.toUtf8()));
        return false;
    }
    const QString session = parser.value(QString::fromLatin1(sessionName));
    const int seconds = session.toInt(&ok);
    if (!ok || seconds < 0 || seconds > 7 * 24 * 3600) {
        *error = QCoreApplication::translate("main",
                                             "--session-timeout needs a number of seconds from 0 to "
                                             "604800, not \"%1\"")
                     .arg(TranscriptFormatter::printable(session.toUtf8()));
        return false;
    }
    options->world.sessionTimeoutMs = seconds * 1000;
    const QString connections = parser.value(QString::fromLatin1(connectionsName));
    options->world.maximumConnections = connections.toInt(&ok);
    if (!ok || options->world.maximumConnections < 1 || options->world.maximumConnections > 100000) {
        *error = QCoreApplication::translate("main",
                                             "--max-connections needs a number from 1 to 100000, not \"%1\"")
                     .arg(TranscriptFormatter::printable(connections.toUtf8()));
        return false;
    }
    Anvil::Limits &limits = options->world.clientLimits;
    if (!readClientLimit(parser, clientCountName, &limits.connectionCount, error)
        || !readClientLimit(parser, clientRateName, &limits.connectionRate, error)
        || !readClientLimit(parser, clientMessagesName, &limits.messageRate, error)) {
        return false;
    }
    QString wrong;
    if (!Anvil::parseExceptions(parser.value(QString::fromLatin1(clientExceptionsName)), &limits.exceptions,
                                &wrong)) {
        *error = QCoreApplication::translate("main",
                                             "--client-limit-exceptions needs addresses or subnets such as "
                                             "127.0.0.0/8,192.168.1.10 separated by commas, or \"none\"; "
                                             "\"%1\" is neither")
                     .arg(TranscriptFormatter::printable(wrong.toUtf8()));
        return false;
    }
    options->world.taps.clear();
    for (const QString &text : parser.values(QString::fromLatin1(tapName))) {
        TapSpec spec;
        if (!TapSpec::parse(text, &spec, error))
            return false;
        options->world.taps.append(spec);
    }
    return true;
}

void warnIfBeyondLoopback(const World &world, const QStringList &more)
{
    const QStringList services = world.servicesBeyondLoopback() + more;
    if (services.isEmpty())
        return;
    err() << QCoreApplication::translate("CommandLine",
                                         "warning: these services listen beyond loopback; anyone who "
                                         "can reach this machine can connect to them, and passwords "
                                         "travel in clear text:")
          << Qt::endl;
    for (const QString &service : services)
        err() << "  " << service << Qt::endl;
}

void printPrivateListenLines(const PrivateWorlds &worlds)
{
    for (int i = 0; i < worlds.size(); ++i) {
        for (const World::Service &s : worlds.world(i)->services())
            out() << QStringLiteral("LISTEN %1 %2 %3 %4:%5")
                         .arg(worlds.login(i), s.host, s.name, s.address.toString())
                         .arg(s.port)
                  << Qt::endl;
    }
}

int runHeadless(const CommandLineOptions &options)
{
    if (!options.loadWorld.isEmpty())
        return printLoadedWorld(options);
    Scenario scenario;
    if (!loadScenario(options.scenario, &scenario))
        return 2;
    World world(scenario, options.world);
    StreamWriter writer;
    const auto unlisten = streamTranscript(writer, *world.transcript(), options); // before the writer goes
    world.transcript()->setListener(
        [&writer, &options, transcript = world.transcript()](qsizetype first, qsizetype last) {
            printEvents(writer, *transcript, first, last, options);
        });
    QString error;
    if (!world.start(&error)) {
        reportStartFailure(world, scenario, options, error);
        return 3;
    }
    warnIfBeyondLoopback(world);
    const QString title = Scenario::pick(scenario.title, options.language);
    writer.flush();
    if (!options.json) {
        out() << QCoreApplication::translate("CommandLine", "Scenario: %1 (%2)")
                     .arg(shown(title), shown(scenario.source))
              << Qt::endl;
        for (const World::Service &s : world.services())
            out() << QStringLiteral("   %1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port)
                  << Qt::endl;
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
    if (!options.saveWorld.isEmpty() && !WorldFile::save(world, options.saveWorld, &error)) {
        err() << error << Qt::endl;
        exitCode = 3;
    }

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
    summary << QCoreApplication::translate(
                   "CommandLine", "  %1 lines on the wire in %2 connections, %3 message(s) delivered")
                   .arg(lines)
                   .arg(connections)
                   .arg(delivered)
            << Qt::endl;
    for (const ScenarioRunner::Outcome &o : outcomes) {
        if (!o.passed) {
            // The detail may quote a server's reply: printable.
            summary << QCoreApplication::translate("CommandLine", "  FAILED %1:%2: expected %3; %4")
                           .arg(shown(o.location.file))
                           .arg(o.location.line)
                           .arg(shown(o.descriptionText()), shown(o.detailText()))
                    << Qt::endl;
        }
    }
    summary << QCoreApplication::translate("CommandLine", "  expectations: %1 passed, %2 failed")
                   .arg(passed)
                   .arg(outcomes.size() - passed)
            << Qt::endl;
    return exitCode;
}

int exportHandout(const CommandLineOptions &options, const QString &file)
{
    QString error;
    // A wrong name or folder is said before the scenario plays.
    if (!Handout::checkWritable(file, &error)) {
        err() << error << Qt::endl;
        return 3;
    }
    Scenario scenario;
    if (!loadScenario(options.scenario, &scenario))
        return 2;
    Handout::Job job(scenario, options.world, options.language, file);
    job.setPrintedPortOffset(options.world.portOffset); // what --serve and the window listen on
    job.setHidePasswords(options.hidePasswords);
    bool ok = false;
    QObject::connect(&job, &Handout::Job::finished, &job, [&](bool done) {
        ok = done;
        QCoreApplication::exit(0);
    });
    job.start();
    QCoreApplication::exec();
    if (!ok) {
        err() << shown(job.error()) << Qt::endl;
        return job.failure() == Handout::Job::Failure::Run ? 1 : 3;
    }
    out() << QCoreApplication::translate("CommandLine", "Handout written to %1 (%n page(s))", nullptr,
                                         job.pageCount())
                 .arg(file)
          << Qt::endl;
    return 0;
}

int exportAccessSheet(const CommandLineOptions &options, const QString &file)
{
    QString error;
    if (!Handout::checkWritable(file, &error)) {
        err() << error << Qt::endl;
        return 3;
    }
    Scenario scenario;
    if (!loadScenario(options.scenario, &scenario))
        return 2;
    if (scenario.students.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
                                             "%1 declares no class: add \"students 30 on 2esi.org\" or "
                                             "\"class alumnos.csv\" to it")
                     .arg(options.scenario)
              << Qt::endl;
        return 2;
    }
    // The passwords --serve gives with the same data directory: kept there
    // (made now if they were not yet).
    if (!ClassPasswords::assign(&scenario, options.world.dataDirectory, &error)) {
        err() << error << Qt::endl;
        return 3;
    }
    // Not started: its hosts' addresses, and the ports at its offset.
    const World world(scenario, options.world);
    int pages = 0;
    QList<AccessSheet::Card> cards;
    if (!scenario.privateWorlds) {
        cards = AccessSheet::cards(world);
    } else {
        // "class … private": each card says where that student's own servers
        // are, as --serve will make them (startPrivateWorlds).
        QString why;
        if (!world.privatePortsFit(int(scenario.students.size()), &why)) {
            err() << why << Qt::endl;
            return 2;
        }
        for (int i = 0; i < scenario.students.size(); ++i) {
            World::Options own = PrivateWorlds::optionsFor(scenario, i, options.world);
            own.dataDirectory.clear(); // not opened: only where it will listen
            cards += AccessSheet::cards(World(scenario.privateWorldOf(i), own));
        }
    }
    // The class's quiz, where the window will serve it (as its own export says).
    QHostAddress quizAddress;
    quint16 quizPort = 0;
    quint16 quizConsolePort = 0;
    if (ClassQuizServer::asksQuestions(scenario)
        && ClassQuizServer::planned(world, &quizAddress, &quizPort, &quizConsolePort)) {
        for (AccessSheet::Card &card : cards) {
            card.quiz = ClassQuizServer::pageUrl(quizAddress, quizPort);
            card.quizConsole = ClassQuizServer::consoleCommand(quizAddress, quizConsolePort);
        }
    }
    if (!AccessSheet::write(Scenario::pick(scenario.title, options.language), cards, file, &error, &pages)) {
        err() << error << Qt::endl;
        return 3;
    }
    out() << QCoreApplication::translate("CommandLine", "Access sheet written to %1 (students: %2)")
                 .arg(file)
                 .arg(cards.size())
          << Qt::endl;
    if (options.world.dataDirectory.isEmpty()) {
        out() << QCoreApplication::translate("CommandLine",
                                             "The passwords are new and kept nowhere (no data directory): "
                                             "a server started now gives others.")
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("CommandLine", "The passwords are kept in %1.")
                     .arg(ClassPasswords::path(options.world.dataDirectory))
              << Qt::endl;
    }
    return 0;
}

int runServe(const CommandLineOptions &options)
{
    Scenario scenario;
    if (!loadScenario(options.scenario, &scenario))
        return 2;
    // A class's passwords: generated once, kept in the data directory.
    if (QString error; !ClassPasswords::assign(&scenario, options.world.dataDirectory, &error)) {
        err() << error << Qt::endl;
        return 3;
    }
    const Scenario withExercises = scenario; // a class's, graded for every student
    scenario.steps.clear(); // the servers only: students bring the clients
    raiseDescriptorLimit();
#ifdef __GLIBC__
    // A server running for weeks (docs/benchmarks.md, "A term of mail"):
    // buffers of 128 KiB and more (a folder's UID list, a big message) are
    // mapped and unmapped on their own, instead of glibc's threshold rising
    // after the first such free and leaving them to fragment the heap.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    // Mail in memory: the heap grows by every message kept; its new pages
    // are made ready on another core (ServerHeap::Prefaulter).
    std::unique_ptr<ServerHeap::Prefaulter> prefaulter;
    QMetaObject::Connection pokeEachTurn;
    // Gone before the prefaulter is (declared after it).
    const auto stopPoking = qScopeGuard([&pokeEachTurn] { QObject::disconnect(pokeEachTurn); });
    if (options.world.dataDirectory.isEmpty() && !qEnvironmentVariableIsSet("CARTEIRO_NO_PREFAULT")) {
        prefaulter = std::make_unique<ServerHeap::Prefaulter>();
        pokeEachTurn = QObject::connect(QAbstractEventDispatcher::instance(),
                                        &QAbstractEventDispatcher::awake,
                                        [p = prefaulter.get()] { p->poke(); });
    }
    World::Options worldOptions = options.world;
    worldOptions.keepTlsKeys = !options.exportPcap.isEmpty() || !options.exportKeyLog.isEmpty();
    World world(scenario, worldOptions);
    // A long run keeps only the latest events (the stream has printed them),
    // as many as --keep-bytes of memory hold (and --keep-lines, if given).
    world.transcript()->setKeepLimit(options.keepLines, options.keepBytes);
    // An HTTP message's exact octets are kept for a capture only.
    world.transcript()->setKeepsWriteOctets(!options.exportPcap.isEmpty());
    QString error;
    if (!world.start(&error)) {
        reportStartFailure(world, scenario, options, error);
        return 3;
    }
    // "class … private": each student's own world, after the teacher's.
    // (PrivateWorlds, as the window on a class starts them too.)
    PrivateWorlds privateWorlds;
    if (scenario.privateWorlds && !scenario.students.isEmpty()
        && !privateWorlds.start(withExercises, world, options.keepLines, options.keepBytes, &error)) {
        if (const World *failed = privateWorlds.failed())
            reportStartFailure(*failed, scenario, options, error);
        else
            err() << error << Qt::endl;
        world.shutdown();
        return 3;
    }
    const auto shutDownPrivate = qScopeGuard([&] { privateWorlds.shutdown(); });
#ifdef __GLIBC__
    // Loading the mailboxes (names, sizes, UID lists of a term of mail) left
    // freed memory behind: back to the system, not held for the whole run.
    malloc_trim(0);
#endif
    QStringList privateBeyondLoopback; // a student's world's, after their name
    for (int i = 0; i < privateWorlds.size(); ++i) {
        for (const QString &service : privateWorlds.world(i)->servicesBeyondLoopback())
            privateBeyondLoopback.append(privateWorlds.login(i) + QLatin1Char(' ') + service);
    }
    warnIfBeyondLoopback(world, privateBeyondLoopback);
    // A class: each student's exercises checked as they work (classgrader.h),
    // the results kept with the data and in the --results files.
    std::unique_ptr<ClassGrader> grader;
    if (!scenario.students.isEmpty()) {
        grader = std::make_unique<ClassGrader>(&world, withExercises);
        grader->setLanguage(options.language);
        privateWorlds.addTo(grader.get());
        if (!grader->keepResults(options.world.dataDirectory, options.results, &error)) {
            err() << error << Qt::endl;
            return 3;
        }
    } else if (!options.results.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
                                             "--results needs a class: %1 declares no students (add "
                                             "\"students 30 on 2esi.org\" or \"class alumnos.csv\")")
                     .arg(options.scenario)
              << Qt::endl;
        return 2;
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
        out() << QStringLiteral("LISTEN %1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port)
              << Qt::endl;
    // A student's world: whose it is first.
    printPrivateListenLines(privateWorlds);
    // Protocol text, like LISTEN: where each tap listens and what it passes to.
    for (const Tap *tap : world.taps()) {
        const TapSpec &spec = tap->spec();
        out() << QStringLiteral("TAP %1 %2 %3:%4 -> %5:%6")
                     .arg(tap->serverName(), spec.service, tap->listenAddress().toString())
                     .arg(tap->listenPort())
                     .arg(spec.targetAddress.toString())
                     .arg(spec.targetPort)
              << Qt::endl;
    }
    out() << QStringLiteral("READY") << Qt::endl;
    StreamWriter writer;
    // What happened before READY: the data directory loaded, what was skipped.
    for (const TranscriptEvent &e : world.transcript()->events())
        printEvent(writer, e, options);
    for (const QString &problem : world.storageProblems())
        err() << problem << Qt::endl;
    for (int i = 0; i < privateWorlds.size(); ++i) {
        World &own = *privateWorlds.world(i);
        const QByteArray login = privateWorlds.login(i).toUtf8();
        for (const TranscriptEvent &e : own.transcript()->events())
            printPrivateEvent(writer, e, options, login);
        for (const QString &problem : own.storageProblems())
            err() << '[' << login << "] " << problem << Qt::endl;
        own.transcript()->setListener([&writer, &grader, &options, login, i,
                                       transcript = own.transcript()](qsizetype first, qsizetype last) {
            for (qsizetype at = first; at <= last; ++at) {
                const TranscriptEvent &e = transcript->at(at);
                if (grader)
                    grader->observePrivate(i, e);
                printPrivateEvent(writer, e, options, login);
            }
        });
    }
    const auto streamed = streamTranscript(writer, *world.transcript(), options); // before the writer goes
    world.transcript()->setListener([&, transcript = world.transcript()](qsizetype first, qsizetype last) {
        if (!grader) {
            printEvents(writer, *transcript, first, last, options);
            return;
        }
        // A check passed is told right after the line that passed it.
        for (qsizetype at = first; at <= last; ++at) {
            grader->observe(transcript->at(at));
            printEvent(writer, transcript->at(at), options);
        }
    });
    const auto unlisten = qScopeGuard([&] {
        world.transcript()->setListener({});
        for (int i = 0; i < privateWorlds.size(); ++i)
            privateWorlds.world(i)->transcript()->setListener({});
    }); // the writer goes first
    const int code = QCoreApplication::exec();
    privateWorlds.shutdown();
    world.shutdown();
    writer.flush();
    // The capture of what was kept (--keep-lines bounds it), and the keys.
    QString exportError;
    if (!options.exportPcap.isEmpty()
        && !PcapngExport::write(*world.transcript(), world.tlsKeyLog(), options.exportPcap, &exportError)) {
        err() << exportError << Qt::endl;
        return 3;
    }
    if (!options.exportKeyLog.isEmpty()
        && !PcapngExport::writeKeyLog(world.tlsKeyLog(), options.exportKeyLog, &exportError)) {
        err() << exportError << Qt::endl;
        return 3;
    }
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
        out() << TranscriptFormatter::printable(e.toString().toUtf8()) << Qt::endl;
    if (errors.isEmpty())
        out() << QCoreApplication::translate("CommandLine", "%1: no errors").arg(shown(scenario.source))
              << Qt::endl;
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

int exportCa(const QString &file)
{
    QString error;
    const std::shared_ptr<ClassroomCa> ca = ClassroomCa::open(ClassroomCa::defaultDirectory(), &error);
    if (!ca) {
        err() << error << Qt::endl;
        return 2;
    }
    // "-": the certificate alone on stdout, for a pipe.
    if (file == QLatin1String("-")) {
        out() << QString::fromLatin1(ca->certificatePem()) << Qt::flush;
        return 0;
    }
    if (!ca->exportCertificate(file, &error)) {
        err() << error << Qt::endl;
        return 3;
    }
    out() << QCoreApplication::translate(
                 "CommandLine",
                 "The classroom CA \"%1\" is kept in %2.\nIts certificate is now in %3 "
                 "(SHA-256 fingerprint %4).\nImport it as a certificate authority in "
                 "Thunderbird or a browser to trust Carteiro's servers (see the README, "
                 "\"TLS\").")
                 .arg(ca->subject(), QDir::toNativeSeparators(ca->certificateFile()),
                      QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()),
                      QString::fromLatin1(ca->sha256Fingerprint()))
          << Qt::endl;
    return 0;
}

} // namespace CommandLine
