// SPDX-License-Identifier: GPL-3.0-or-later
// transportcontrols.h — the window's transport: play, pause, step, back, restart, speed.
//
// Play and pause are the gate's paced and step modes (the sockets really
// wait); Step lets one command or reply cross the wire with Gate::step();
// Back walks a history cursor over the rows already recorded (the timeline
// and the network map show that moment) and Step walks it forward again,
// back to now at the end; Restart asks for a new world. The speed (0.25× to
// 16×) is the paced gate's. The toolbar ("transport") holds the actions and
// the speed slider; a label in the status bar says what the next step does.
//
// Its texts keep the window's translation context ("MainWindow").
#pragma once

#include <QObject>
#include <QPointer>

class NetworkMapView;
class ScenarioRunner;
class QAction;
class QLabel;
class QMainWindow;
class QSlider;
class QToolBar;
class TimelineView;
class World;

class TransportControls : public QObject
{
    Q_OBJECT
public:
    // Adds the toolbar to `window`; `nextLine` is the status bar's label for
    // the next step; the views are the ones the history cursor moves.
    TransportControls(QMainWindow *window, QLabel *nextLine, TimelineView *timeline, NetworkMapView *map);

    QToolBar *toolBar() const { return m_toolBar; }

    // The world driven: its gate gets the pace, the speed and the mode now,
    // and its pending lines are followed; the history cursor goes back to now.
    void setWorld(World *world);

    // The story driven, if any: while it waits before its first action
    // (ScenarioRunner::isWaitingForGo) Play reads "Start", and Play or Step
    // starts it.
    void setRunner(ScenarioRunner *runner);

    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }
    void stepForward(); // Right: a recorded row forward, or release one line
    void stepBack(); // Left: a recorded row back (history)
    void backToNow(); // the history cursor off: the views follow the newest line
    // The nearest of the speed steps.
    void setSpeed(double factor);
    double speed() const;
    // The speed as the slider's step (saved in the settings).
    int speedIndex() const;
    void setSpeedIndex(int index);
    static constexpr int normalSpeedIndex = 2; // 1×

    // The actions' and the label's texts, in the current language.
    void retranslate();
    void update();

Q_SIGNALS:
    void restartRequested(); // Home: the scenario again, from a new world
    void playingChanged(bool playing);

private:
    void keepPlayButtonWidth();

    QPointer<World> m_world;
    QPointer<ScenarioRunner> m_runner;
    QMetaObject::Connection m_runnerConnection;
    TimelineView *m_timeline = nullptr;
    NetworkMapView *m_map = nullptr;
    QLabel *m_next = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_speedLabel = nullptr;
    QSlider *m_speedSlider = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_restartAction = nullptr;
    QMetaObject::Connection m_pendingConnection;
    QMetaObject::Connection m_grewConnection;
    bool m_playing = true;
    qsizetype m_historyRow = -1; // -1: live; else the row the history cursor is on
};
