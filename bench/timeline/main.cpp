// SPDX-License-Identifier: GPL-3.0-or-later
// bench_timeline — how fast the timeline takes rows, paints and shows.
//
// Each figure is printed beside an anchor measured in the same run, so that
// the ratio says what the timeline adds on this machine:
//   append   10,000 events with a TimelineModel and a shown TimelineView
//            attached (target < 1 s); anchor: the same appends to a bare
//            Transcript.
//   paint    one full viewport of 1600x1000 with 10,000 rows, into an
//            offscreen QImage, median of many (target < 16 ms); anchor: the
//            same viewport with no rows.
//   startup  from the start of main() to a QMainWindow holding the timeline
//            shown (target < 1 s, with the process start added); anchor: the
//            whole `carteiro --version` process, start to exit.
// Run: cmake --build <dir> --target bench-timeline (QT_QPA_PLATFORM=offscreen);
// bench_timeline FILE.png also keeps the painted viewport.
#include "gui/timelineview.h"
#include "transcript/timelinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int eventCount = 10000;
constexpr int paintRepeats = 200;
constexpr int appendRepeats = 5;

// A line as a busy session records it: alternately command and reply.
TranscriptEvent lineEvent(int i)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = 1 + i / 40;
    e.protocol = (i / 400) % 2 ? Protocol::Pop3 : Protocol::Smtp;
    const bool command = i % 2 == 0;
    e.direction = command ? TranscriptEvent::Direction::ClientToServer
                          : TranscriptEvent::Direction::ServerToClient;
    e.phase = i % 40 < 4 ? Phase::Opening : i % 40 < 38 ? Phase::Transfer : Phase::Closing;
    const QString client = QStringLiteral("client%1").arg(i / 400 % 3);
    e.from = command ? client : QStringLiteral("servidor.edu");
    e.to = command ? QStringLiteral("servidor.edu") : client;
    e.raw = command ? QByteArray("RCPT TO:<user") + QByteArray::number(i) + "@servidor.edu>"
                    : QByteArray("250 2.1.5 user") + QByteArray::number(i) + "@servidor.edu ... Recipient ok";
    if (!command)
        e.code = "250";
    return e;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// `turnEvery`: let the event loop run (and the view repaint) after that many
// events, as in a live run; 0: only once, at the end.
double appendMs(Transcript *transcript, int turnEvery = 0)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < eventCount; ++i) {
        transcript->append(lineEvent(i));
        if (turnEvery > 0 && i % turnEvery == turnEvery - 1)
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents(); // the coalesced signals, and any repaint
    return timer.nsecsElapsed() / 1e6;
}

enum class Attached {
    Nothing,
    Model,
    ModelAndView
};

// Median of a few runs, each on a fresh transcript; the view stays shown.
double appendMedianMs(Attached attached, TimelineView *view, int turnEvery = 0)
{
    std::vector<double> times;
    for (int run = 0; run < appendRepeats; ++run) {
        Transcript transcript;
        TimelineModel model;
        if (attached != Attached::Nothing)
            model.setTranscript(&transcript);
        if (attached == Attached::ModelAndView)
            view->setModel(&model);
        times.push_back(appendMs(&transcript, turnEvery));
        view->setModel(nullptr);
    }
    return median(times);
}

double paintMs(TimelineView *view, int repeats, const QString &saveAs = QString())
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    times.reserve(size_t(repeats));
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->viewport()->render(&image);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    if (!saveAs.isEmpty())
        image.save(saveAs);
    return median(times);
}

void print(const char *what, double ms, double anchorMs, const char *anchor, const char *target)
{
    std::printf("%-44s %9.2f ms   anchor %-34s %9.2f ms   ratio %6.1f   target %s\n", what, ms, anchor,
                anchorMs, anchorMs > 0 ? ms / anchorMs : 0.0, target);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // Startup: a main window with the timeline, shown.
    double startupMs = 0;
    {
        Transcript transcript;
        QMainWindow window;
        auto *model = new TimelineModel(&window);
        model->setTranscript(&transcript);
        auto *view = new TimelineView(&window);
        view->setModel(model);
        window.setCentralWidget(view);
        window.resize(1100, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            std::fprintf(stderr, "the window was not exposed\n");
        QCoreApplication::processEvents();
        startupMs = sinceMain.nsecsElapsed() / 1e6;
    }
    std::vector<double> versionTimes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QStringLiteral(CARTEIRO_BIN), {QStringLiteral("--version")});
        process.waitForFinished(30000);
        versionTimes.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double versionMs = median(versionTimes);

    // Appending: bare transcript (anchor), then with the model and a shown view.
    TimelineView view;
    view.resize(1600, 1000);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the view was not exposed\n");
    appendMedianMs(Attached::Nothing, &view); // warm-up: allocator, fonts
    const double bareMs = appendMedianMs(Attached::Nothing, &view);
    const double modelOnlyMs = appendMedianMs(Attached::Model, &view);
    const double withViewMs = appendMedianMs(Attached::ModelAndView, &view);
    const double liveMs = appendMedianMs(Attached::ModelAndView, &view, 100);
    const double bareLiveMs = appendMedianMs(Attached::Nothing, &view, 100);

    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    view.setModel(&model);
    appendMs(&transcript);

    // Painting: the same viewport empty (anchor), then full of rows.
    Transcript emptyTranscript;
    TimelineModel emptyModel;
    emptyModel.setTranscript(&emptyTranscript);
    TimelineView emptyView;
    emptyView.setModel(&emptyModel);
    emptyView.resize(1600, 1000);
    emptyView.show();
    if (!QTest::qWaitForWindowExposed(&emptyView))
        qWarning("the empty view was not exposed; its paint time may be off");
    const double emptyPaintMs = paintMs(&emptyView, paintRepeats);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    view.setCurrentRow(model.rowCount() / 2 + 3);
    // An argument names a PNG to keep what was painted (to look at it).
    const QString saveAs = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const double fullPaintMs = paintMs(&view, paintRepeats, saveAs);
    const int visibleRows = view.viewport()->height() / std::max(1, view.rowRect(0).height());

    std::printf("Carteiro timeline benchmark: %d events, viewport %dx%d (%d rows visible), "
                "median of %d paints\n",
                eventCount, view.viewport()->width(), view.viewport()->height(), visibleRows, paintRepeats);
    print("append 10,000 events, model only", modelOnlyMs, bareMs, "append, bare transcript", "-");
    print("append 10,000 events, model + shown view", withViewMs, bareMs, "append, bare transcript",
          "< 1000 ms");
    print("  the same, repainting every 100 events", liveMs, bareLiveMs, "the same, bare transcript",
          "< 1000 ms");
    print("paint a full viewport (1600x1000)", fullPaintMs, emptyPaintMs, "paint an empty viewport",
          "< 16 ms");
    print("main() to window with timeline shown", startupMs, versionMs, "`carteiro --version` process",
          "< 1000 ms");
    std::printf(
        "%-44s %9.2f ms   (process start + window shown: the anchor's spawn plus the in-process time)\n",
        "estimated process start to window shown", startupMs + versionMs);
    return 0;
}
