// SPDX-License-Identifier: GPL-3.0-or-later
// mainwindow.h — the classroom window.
//
// The walkthrough plays out over the real sockets of the core: the network
// map on top, the command-by-command timeline in the middle, the inspector on
// the right, the servers' queues, mailboxes and listening sockets and the
// console below; a transport bar to play, pause, step (the sockets really
// wait), go back over what was recorded, restart and change the speed; the
// scenario's captions as the story reaches them; the mail clients as windows.
//
// The window puts the parts together and keeps them in step: the transport
// is TransportControls, the scenario file and its watch ScenarioFiles, the
// world with its runner and quiz WorldSession. The timeline's lanes are
// TimelineModel::lanesFor()'s, the same as an exported image's.
#pragma once

#include "explain/transcriptmessage.h"

#include "world/world.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class ClassGrader;
class ClassPanel;
class ClassQuizServer;
class ConsoleWidget;
class EavesdropperPanel;
class ExercisePanel;
class PredictionDialog;
class PrivateWorlds;
class InspectorPanel;
class LanguageSwitcher;
class MailClientWindow;
class MessageInspector;
class NetworkMapView;
class QActionGroup;
class QDockWidget;
class QLabel;
class ScenarioErrorsDialog;
class ScenarioFiles;
class ScenarioRunner;
class ServerViews;
class TimelineModel;
class TimelineView;
class TransportControls;
class WorldSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
               QWidget *parent = nullptr);
    // A window opened on a class (carteiro --class FILE): the scenario's
    // servers only, as --serve runs them (its steps are not played: the
    // students bring their own clients), each student's exercises graded
    // (ClassGrader, with the scenario's steps) and shown in the class panel,
    // the transcript bounded and passwords masked as --serve has them; a
    // class with private worlds gets them too (PrivateWorlds), as --serve.
    struct ClassOptions {
        bool enabled = false;
        QStringList results; // --results: rewritten as the results change
        qsizetype keepLines = 0; // Transcript::setKeepLimit, as --serve
        qint64 keepBytes = 0;
        bool hidePasswords = true; // --show-passwords: false
    };
    MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
               const ClassOptions &classOptions, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isClass() const { return m_class.enabled; }
    // View ▸ Show passwords (a class window's, unchecked at the start unless
    // --show-passwords): the timeline, the inspector and the map show the
    // passwords typed, or "****". Checking the menu entry asks first (the
    // screen is projected); this applies at once.
    void setShowPasswords(bool show);
    bool showsPasswords() const;
    ClassGrader *classGrader() const { return m_grader.get(); }
    // The class's quiz page (predict-the-reply over the class): made when
    // the class's story has "predict" steps; null otherwise.
    ClassQuizServer *classQuiz() const { return m_quizServer.get(); }
    // Whether the class window plays its scenario's story on the projector.
    bool playsClassStory() const { return m_classStory; }
    ClassPanel *classPanel() const { return m_classPanel; }
    // A class with private worlds ("class … private"): each student's own
    // world, started beside the class's as --serve starts them; null otherwise.
    PrivateWorlds *privateWorlds() const { return m_privateWorlds.get(); }
    // The world the timeline, the inspector, the network map and the servers'
    // views show: the running one (the class's), or the private world of the
    // student selected in the class panel.
    World *shownWorld() const;
    // Why the class's results cannot be kept (the state file or a --results
    // file): empty when all is well.
    QString classError() const { return m_classError; }
    // File ▸ Export the class's results: .csv or .json by the name
    // (ClassGrader::writeResults). False with the reason.
    bool exportClassResultsTo(const QString &file, QString *error);

    World *world() const;
    // Help ▸ About: version, licence and the RFCs implemented, in the current language.
    static QString aboutText();
    TimelineView *timeline() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_model; }
    InspectorPanel *inspector() const { return m_inspector; }
    // The message of the DATA transfer or RETR answer the selected row belongs to.
    MessageInspector *messageInspector() const { return m_messageInspector; }
    NetworkMapView *networkMap() const { return m_map; }
    EavesdropperPanel *eavesdropperPanel() const { return m_eavesdropper; }
    ServerViews *serverViews() const { return m_servers; }
    ConsoleWidget *console() const { return m_console; }
    ScenarioRunner *runner() const;
    // The exercise being worked on (above the console) and the question of
    // predict-the-reply (shown while a reply is held).
    ExercisePanel *exercisePanel() const { return m_exercisePanel; }
    PredictionDialog *predictionDialog() const;
    QString scoreText() const;
    bool isPlaying() const;
    QString caption() const;
    QString statusText() const;
    // What the server settings dialog does on OK: the server takes these
    // settings now (World::reconfigureServer) and a restart keeps them.
    // False, with a message box, when the world refuses them.
    bool applyServerSettings(const QString &host, const QMap<QString, QString> &settings);
    // File ▸ Export the transcript, to `file`: the course's notation,
    // passwords masked. False, with the reason, when it cannot be written.
    bool exportTranscriptTo(const QString &file, QString *error);
    // File ▸ Export the capture, to `file`: the traffic as a pcapng capture
    // with the TLS keys (PcapngExport). False, with the reason, when it
    // cannot be written.
    bool exportCaptureTo(const QString &file, QString *error);
    // File ▸ Export a handout, to `file`: the job under way (its finished()
    // says how it went; the window then reports it), or nullptr when one
    // already runs or there is no world.
    QObject *exportHandoutTo(const QString &file);
    // File ▸ Export the access sheet: a card per student of the running
    // world's class (accesssheet.h). False with the reason in `error`
    // (null: a message box says it).
    bool exportAccessSheetTo(const QString &file, QString *error = nullptr);

    // The interface language (gl, es, en), as the View ▸ Language menu
    // changes it. Without a switcher of its own the window makes one.
    QString language() const { return m_language; }
    void setLanguageSwitcher(LanguageSwitcher *switcher);
    LanguageSwitcher *languageSwitcher();

public:
    // The transport, as the toolbar and the keyboard drive it.
    void setPlaying(bool playing);
    void stepForward(); // Right: a recorded row forward, or release one line
    void stepBack(); // Left: a recorded row back (history)
    void restart(); // Home: the scenario again, from a new world
    void setSpeed(double factor);
    double speed() const;
    // Opens a scenario file and plays it; it is played again whenever the file
    // changes on disk. With `errors`, problems are returned instead of shown.
    bool openScenarioFile(const QString &file, QStringList *errors = nullptr);
    // The window was made with this file's scenario (carteiro FILE): it is
    // played again whenever the file changes on disk, as after openScenarioFile().
    void watchScenarioFile(const QString &file);
    // Opens a built-in scenario (ScenarioParser::builtInNames(), as File ▸
    // Built-in scenario lists them) and plays it; false for an unknown name.
    bool openBuiltInScenario(const QString &name);
    // The report that lists a broken scenario file's errors (null until one was opened).
    ScenarioErrorsDialog *scenarioErrorsDialog() const;

    // World files (core/persist/worldfile.h): the world as it is now, and a
    // saved world in place of the running one, live again (no story played).
    // A file that cannot be read changes nothing. With `error`, a problem is
    // returned instead of shown.
    bool saveWorldFile(const QString &file, QString *error = nullptr);
    bool openWorldFile(const QString &file, QString *error = nullptr);
    // A world loaded elsewhere (main.cpp's --load-world), not yet listening.
    void showLoadedWorld(std::unique_ptr<World> world, const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    // Where the window's dock layout is kept: a class window has its own,
    // one for a small screen (compactClassLayout) and one for a big one.
    QString stateKey() const;
    // The timeline's width a class's lanes need, and the layout that gives
    // it on a small screen (the inspector and servers under the class panel).
    int classTimelineWidth() const;
    void compactClassLayout(QDockWidget *classDock);
    void buildDocks();
    void startWorld();
    void selectRow(qsizetype row, qsizetype event);
    void showMessageAt(qsizetype event);
    void showEavesdropper(const QString &name);
    QString eavesdropperTitle() const;
    void highlightMessagePart(int part, qsizetype offset, qsizetype length);
    void openScenario();
    void playScenario(const Scenario &scenario);
    void saveWorld();
    void openWorld();
    void exportTranscript();
    void exportCapture(); // File ▸ Export the capture: PcapngExport
    void showCaptionAt(qsizetype event);
    void exportTimeline();
    // File ▸ Export handout…: the scenario played again in a world of its
    // own, then written as a PDF (handoutexport.h); the window goes on.
    void exportHandout();
    void exportAccessSheet();
    void exportClassResults();
    // A class's grader on the world just started, the panel on it.
    void startClass(World *world);
    // Its story, when it has one: played on the projector as a walkthrough,
    // its predictions asked of the class too (the quiz page).
    void startClassStory(World *world);
    // How the class answers the question on the projector (the status bar
    // and the prediction dialog).
    void updateClassAnswers();
    // The timeline shows the selected student's sessions, or everyone's;
    // a student with a private world, that world.
    void applyClassFilter();
    // The whole class on the timeline: the students' computers on one lane,
    // named as the map's box; one student's sessions or world: a lane each.
    void updateTimelineFold();
    // The views that follow a transcript (timeline, inspector, message,
    // map, servers) on this world's.
    void showWorld(World *world);
    // The students' worlds and what shows them, gone (a restart, another scenario).
    void stopPrivateWorlds();
    // Another scenario or a world file opened: the window is no longer a class's.
    void endClass();
    void showMailClient(const QString &name);
    // Servers ▸ servidor.edu…: its Postfix and Dovecot settings (a dialog).
    void showServerSettings(const QString &host);
    void retranslate();
    void updateExposure();
    // The status bar's word on the ports: the offset in use, and when the
    // one asked for was taken, that this window moved on.
    void updatePorts();
    void fillClientsMenu();
    void fillServersMenu();
    void retranslateServersMenu();
    // File ▸ Built-in scenario: each scenario's title and description in the
    // interface language.
    void fillBuiltInScenariosMenu();
    void retranslateBuiltInScenarios();
    void languageChanged(const QString &code);
    // The status bar's message, made again in the new language when it changes.
    void setStatus(const std::function<QString()> &text);

    Scenario m_scenario;
    ClassOptions m_class;
    Scenario m_classScenario; // a class's, with its exercises (m_scenario has no steps)
    std::unique_ptr<ClassGrader> m_grader;
    std::unique_ptr<ClassQuizServer> m_quizServer;
    std::unique_ptr<PrivateWorlds> m_privateWorlds;
    bool m_classCompact = false; // a class window laid out for a small screen
    QPointer<World> m_shownWorld; // a student's private world shown; null: the running one
    bool m_classStory = false; // the class's scenario has a story to play
    ClassPanel *m_classPanel = nullptr;
    QString m_classError;
    // The built-in scenarios' names, titles and descriptions, for their menu.
    struct BuiltInScenario {
        QString name;
        QMap<QString, QString> title;
        QMap<QString, QString> description;
    };
    QList<BuiltInScenario> m_builtIns;
    QString m_language;
    QPointer<QObject> m_handoutJob; // an export under way (one at a time)
    std::unique_ptr<WorldSession> m_session;
    TimelineModel *m_model = nullptr;
    TimelineView *m_timeline = nullptr;
    InspectorPanel *m_inspector = nullptr;
    MessageInspector *m_messageInspector = nullptr;
    TranscriptMessage m_shownMessage; // what m_messageInspector shows, line by line
    NetworkMapView *m_map = nullptr;
    EavesdropperPanel *m_eavesdropper = nullptr;
    ServerViews *m_servers = nullptr;
    ConsoleWidget *m_console = nullptr;
    ExercisePanel *m_exercisePanel = nullptr;
    QPointer<PredictionDialog> m_predictionDialog;
    TransportControls *m_transport = nullptr;
    ScenarioFiles *m_scenarioFiles = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_next = nullptr; // what the transport's next step does
    // Shown while a server listens beyond loopback (--listen 0.0.0.0).
    QLabel *m_exposure = nullptr;
    QLabel *m_ports = nullptr;
    QLabel *m_status = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QPointer<LanguageSwitcher> m_languageSwitcher;
    QMetaObject::Connection m_languageConnection;
    std::function<QString()> m_statusText;
    QList<QPointer<MailClientWindow>> m_clientWindows;
};
