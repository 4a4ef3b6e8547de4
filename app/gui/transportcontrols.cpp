// SPDX-License-Identifier: GPL-3.0-or-later
// transportcontrols.cpp — the transport bar and what it does: the gate's mode
// and speed, one line released at a time, and the history cursor over the
// recorded rows, with the texts that say what Space, Left, Right and Home do
// now.
#include "transportcontrols.h"

#include "networkmapview.h"
#include "timelineview.h"

#include "classroom/scenariorunner.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcriptformatter.h"
#include "world/world.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QSlider>
#include <QToolBar>

namespace {
// The speed control's steps: 0.25× to 16×, each twice the one before.
const double speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0};
constexpr int speedCount = int(sizeof speeds / sizeof speeds[0]);

QString speedText(double factor)
{
    return factor < 1 ? QStringLiteral("%1×").arg(factor, 0, 'g', 2) : QStringLiteral("%1×").arg(int(factor));
}
} // namespace

TransportControls::TransportControls(QMainWindow *window, QLabel *nextLine, TimelineView *timeline,
                                     NetworkMapView *map)
    : QObject(window)
    , m_timeline(timeline)
    , m_map(map)
    , m_next(nextLine)
{
    m_toolBar = window->addToolBar(QString());
    QToolBar *transport = m_toolBar;
    transport->setObjectName(QStringLiteral("transport"));
    transport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_playAction = transport->addAction(QIcon(QStringLiteral(":/icons/pause.svg")), QString());
    m_playAction->setShortcut(Qt::Key_Space);
    connect(m_playAction, &QAction::triggered, this, [this] { setPlaying(!m_playing); });
    m_backAction = transport->addAction(QIcon(QStringLiteral(":/icons/step-back.svg")), QString());
    m_backAction->setShortcut(Qt::Key_Left);
    connect(m_backAction, &QAction::triggered, this, &TransportControls::stepBack);
    m_stepAction = transport->addAction(QIcon(QStringLiteral(":/icons/step-forward.svg")), QString());
    m_stepAction->setShortcut(Qt::Key_Right);
    connect(m_stepAction, &QAction::triggered, this, &TransportControls::stepForward);
    m_restartAction = transport->addAction(QIcon(QStringLiteral(":/icons/restart.svg")), QString());
    m_restartAction->setShortcut(Qt::Key_Home);
    connect(m_restartAction, &QAction::triggered, this, &TransportControls::restartRequested);
    connect(m_map, &NetworkMapView::momentChanged, this, &TransportControls::update);
    m_playAction->setObjectName(QStringLiteral("play"));
    m_backAction->setObjectName(QStringLiteral("back"));
    m_stepAction->setObjectName(QStringLiteral("step"));
    m_restartAction->setObjectName(QStringLiteral("restart"));
    // The window's own keys: the timeline must not take Left/Right/Space/Home.
    for (QAction *a : {m_playAction, m_backAction, m_stepAction, m_restartAction})
        a->setShortcutContext(Qt::WindowShortcut);

    transport->addSeparator();
    m_speedLabel = new QLabel(transport);
    transport->addWidget(m_speedLabel);
    m_speedSlider = new QSlider(Qt::Horizontal, transport);
    m_speedSlider->setObjectName(QStringLiteral("speed"));
    m_speedSlider->setRange(0, speedCount - 1);
    m_speedSlider->setPageStep(1);
    m_speedSlider->setTickPosition(QSlider::TicksBelow);
    m_speedSlider->setMaximumWidth(160);
    m_speedSlider->setFocusPolicy(Qt::NoFocus);
    transport->addWidget(m_speedSlider);
    connect(m_speedSlider, &QSlider::valueChanged, this, [this](int index) {
        if (m_world)
            m_world->gate()->setSpeed(speeds[index]);
        update();
    });
}

void TransportControls::setWorld(World *world)
{
    if (m_pendingConnection)
        disconnect(m_pendingConnection);
    if (m_grewConnection)
        disconnect(m_grewConnection);
    m_world = world;
    m_historyRow = -1;
    if (!world)
        return;
    world->gate()->setPaceMs(600);
    world->gate()->setSpeed(speeds[m_speedSlider->value()]);
    world->gate()->setMode(m_playing ? Gate::Mode::Paced : Gate::Mode::Step);
    m_pendingConnection = connect(world->gate(), &Gate::pendingChanged, this, &TransportControls::update);
    // "Line N of M" while the past is shown: M grows as lines come.
    if (m_grewConnection)
        disconnect(m_grewConnection);
    m_grewConnection = connect(world->transcript(), &Transcript::eventAppended, this, [this] {
        if (m_map->moment() < 0)
            return;
        m_map->update(); // the newest line shown becomes the past: its banner
        if (m_historyRow < 0)
            update();
    });
}

void TransportControls::setRunner(ScenarioRunner *runner)
{
    if (m_runnerConnection)
        disconnect(m_runnerConnection);
    m_runner = runner;
    if (runner)
        m_runnerConnection = connect(runner, &ScenarioRunner::waitingForGoChanged, this,
                                     &TransportControls::update);
    update();
}

void TransportControls::setPlaying(bool playing)
{
    const bool changed = m_playing != playing;
    m_playing = playing;
    if (playing && m_runner)
        m_runner->go(); // Start: the story goes on from its first action
    if (m_world)
        m_world->gate()->setMode(playing ? Gate::Mode::Paced : Gate::Mode::Step);
    if (playing && m_historyRow >= 0) {
        // Back to the present: the timeline follows the newest line again.
        m_historyRow = -1;
        m_timeline->setCursorRow(-1);
        m_map->showMoment(-1);
    }
    update();
    if (changed)
        Q_EMIT playingChanged(playing);
}

void TransportControls::stepForward()
{
    const TimelineModel *model = m_timeline->model();
    if (m_historyRow >= 0 && model) {
        // Walking forward over what was recorded.
        const qsizetype next = m_historyRow + 1;
        if (next >= model->rowCount()) {
            m_historyRow = -1;
            m_timeline->setCursorRow(-1);
            m_map->showMoment(-1);
        } else {
            m_historyRow = next;
            m_timeline->setCursorRow(next);
            m_timeline->setCurrentRow(next);
        }
        update();
        return;
    }
    if (m_playing)
        setPlaying(false);
    if (m_runner && m_runner->isWaitingForGo()) {
        m_runner->go(); // the first action: its first line waits at the gate
        update();
        return;
    }
    if (m_world)
        m_world->gate()->step();
    update();
}

void TransportControls::backToNow()
{
    m_historyRow = -1;
    m_timeline->setCursorRow(-1);
    m_timeline->setCurrentRow(-1);
    m_map->showMoment(-1);
    update();
}

void TransportControls::stepBack()
{
    const TimelineModel *model = m_timeline->model();
    if (!model || model->rowCount() == 0)
        return;
    if (m_playing)
        setPlaying(false);
    const qsizetype from = m_historyRow >= 0 ? m_historyRow : model->rowCount();
    m_historyRow = qMax<qsizetype>(0, from - 1);
    m_timeline->setCursorRow(m_historyRow);
    m_timeline->setCurrentRow(m_historyRow);
    update();
}

void TransportControls::setSpeed(double factor)
{
    int best = 0;
    for (int i = 0; i < speedCount; ++i) {
        if (qAbs(speeds[i] - factor) < qAbs(speeds[best] - factor))
            best = i;
    }
    m_speedSlider->setValue(best);
}

double TransportControls::speed() const
{
    return speeds[m_speedSlider->value()];
}

int TransportControls::speedIndex() const
{
    return m_speedSlider->value();
}

void TransportControls::setSpeedIndex(int index)
{
    m_speedSlider->setValue(qBound(0, index, speedCount - 1));
}

void TransportControls::retranslate()
{
    m_toolBar->setWindowTitle(QCoreApplication::translate("MainWindow", "Transport"));
    m_backAction->setText(QCoreApplication::translate("MainWindow", "Back"));
    m_backAction->setToolTip(
        QCoreApplication::translate("MainWindow", "Go back one line over what was recorded (Left)"));
    m_stepAction->setText(QCoreApplication::translate("MainWindow", "Step"));
    m_stepAction->setToolTip(
        QCoreApplication::translate("MainWindow", "Let one command or one reply cross the wire (Right)"));
    m_restartAction->setText(QCoreApplication::translate("MainWindow", "Restart"));
    m_restartAction->setToolTip(
        QCoreApplication::translate("MainWindow", "Play the scenario again from the start (Home)"));
    m_speedSlider->setToolTip(QCoreApplication::translate("MainWindow", "Speed while playing"));
    keepPlayButtonWidth();
    update();
}

void TransportControls::keepPlayButtonWidth()
{
    // Start, Play and Pause take turns on one button: it is as wide as the
    // widest of them, so the buttons after it never move under the mouse.
    QWidget *button = m_toolBar->widgetForAction(m_playAction);
    if (!button)
        return;
    const QString shown = m_playAction->text();
    int widest = 0;
    for (const char *text :
         {QT_TRANSLATE_NOOP("MainWindow", "Start"), QT_TRANSLATE_NOOP("MainWindow", "Play"),
          QT_TRANSLATE_NOOP("MainWindow", "Pause")}) {
        m_playAction->setText(QCoreApplication::translate("MainWindow", text));
        widest = qMax(widest, button->sizeHint().width());
    }
    m_playAction->setText(shown);
    button->setMinimumWidth(widest);
}

void TransportControls::update()
{
    const bool waitingToStart = m_runner && m_runner->isWaitingForGo();
    if (waitingToStart) {
        m_playAction->setText(QCoreApplication::translate("MainWindow", "Start"));
        m_playAction->setToolTip(QCoreApplication::translate(
            "MainWindow",
            "Start the story: the lines go out one after another (Space); Step sends one (Right)"));
    } else {
        m_playAction->setText(m_playing ? QCoreApplication::translate("MainWindow", "Pause")
                                        : QCoreApplication::translate("MainWindow", "Play"));
        m_playAction->setToolTip(
            m_playing
                ? QCoreApplication::translate("MainWindow", "Pause: each line then waits for Step (Space)")
                : QCoreApplication::translate("MainWindow", "Play the lines one after another (Space)"));
    }
    m_playAction->setIcon(
        QIcon(m_playing ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
    m_speedLabel->setText(
        QCoreApplication::translate("MainWindow", "Speed %1").arg(speedText(speeds[m_speedSlider->value()])));
    const TimelineModel *model = m_timeline->model();
    QString next;
    if (m_historyRow >= 0) {
        next = QCoreApplication::translate(
                   "MainWindow", "Looking back: line %1 of %2 (Right goes forward, Space returns to now)")
                   .arg(m_historyRow + 1)
                   .arg(model ? model->rowCount() : 0);
    } else if (const qsizetype shown = m_map->moment(); m_map->world() && m_map->showsThePast()) {
        // A line clicked in the past: the status bar says which moment the
        // map and the inspector show, as the map's banner does (of the world
        // the map shows: a student's own, on a class with private worlds).
        const Transcript *transcript = m_map->world()->transcript();
        next = QCoreApplication::translate(
                   "MainWindow", "Showing line %1 of %2, at %3 s (End or the map's banner returns to now)")
                   .arg(shown + 1)
                   .arg(transcript->size())
                   .arg(QString::number(double(transcript->at(shown).timeMs) / 1000.0, 'f', 3));
    } else if (waitingToStart) {
        next = QCoreApplication::translate("MainWindow",
                                           "Paused at the start: read the caption, then press Start (Space)");
    } else if (m_world && m_world->gate()->pendingCount() > 0 && !m_playing) {
        next = QCoreApplication::translate("MainWindow", "Next on the wire: %1")
                   .arg(TranscriptFormatter::printable(m_world->gate()->nextLine().left(80)));
    }
    m_next->setText(next);
}
