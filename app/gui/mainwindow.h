// mainwindow.h — the first window: the scenario's services and its transcript.
//
// A placeholder for the classroom window (network map, timeline, inspector),
// which is its own piece of work; already useful: it runs the scenario over
// real sockets and shows every line in the course's notation as it happens.
#pragma once

#include "net/world.h"

#include <QMainWindow>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class ScenarioRunner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
               QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void play();
    void appendEvent(const TranscriptEvent &event);
    void applyGateSettings();
    void updateStepButton();

    Scenario m_scenario;
    World::Options m_options;
    QString m_language;
    std::unique_ptr<World> m_world;
    ScenarioRunner *m_runner = nullptr;
    QLabel *m_services;
    QPlainTextEdit *m_transcript;
    QPushButton *m_play;
    QComboBox *m_mode;
    QDoubleSpinBox *m_speed;
    QPushButton *m_step;
    QLabel *m_status;
};
