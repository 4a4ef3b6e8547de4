// SPDX-License-Identifier: GPL-3.0-or-later
// mainwindow.cpp — the classroom window: builds the timeline, the docks and
// the menus, retranslates them, keeps the views on the running world (a new
// one at each start), links a selected row to the inspector, the map and the
// message, and offers the exports, the world files and the mail clients.
#include "mainwindow.h"

#include "accesssheet.h"
#include "classpanel.h"
#include "consolewidget.h"
#include "eavesdropperpanel.h"
#include "exercisepanel.h"
#include "handoutexport.h"
#include "inspectorpanel.h"
#include "languageswitcher.h"
#include "mailclientwindow.h"
#include "messageinspector.h"
#include "networkmapview.h"
#include "predictiondialog.h"
#include "scenarioerrorsdialog.h"
#include "scenariofiles.h"
#include "serversettingsdialog.h"
#include "serverviews.h"
#include "timelineexport.h"
#include "timelineview.h"
#include "transportcontrols.h"
#include "worldsession.h"

#include "classroom/classgrader.h"
#include "classroom/classquizserver.h"
#include "classroom/predictionquiz.h"
#include "classroom/privateworlds.h"
#include "classroom/scenariorunner.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"
#include "transcript/pcapngexport.h"
#include "transcript/timelinemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A class window's layout: the inspector beside the timeline, and what the
// docks' separators take of the width.
constexpr int classInspectorWidth = 330;
constexpr int dockSeparatorsWidth = 16;

} // namespace

MainWindow::MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
                       QWidget *parent)
    : MainWindow(scenario, options, language, ClassOptions(), parent)
{
}

MainWindow::MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
                       const ClassOptions &classOptions, QWidget *parent)
    : QMainWindow(parent)
    , m_scenario(scenario)
    , m_class(classOptions)
    , m_language(language)
    , m_session(std::make_unique<WorldSession>(options))
{
    if (m_class.enabled) {
        // The servers, as --serve: the students bring the clients; the
        // grader checks the exercises of the scenario with its steps. The
        // story without its exercises (they are the students'), if there is
        // one, is the teacher's to play on the projector.
        m_classScenario = scenario;
        QList<ScenarioStep> story;
        for (const ScenarioStep &step : std::as_const(m_scenario.steps)) {
            if (step.kind != ScenarioStep::Kind::Exercise && !step.exerciseCheck)
                story.append(step);
        }
        const bool tells = std::any_of(story.cbegin(), story.cend(), [](const ScenarioStep &step) {
            return step.kind != ScenarioStep::Kind::Say;
        });
        m_scenario.steps = tells ? story : QList<ScenarioStep>();
        m_classStory = !m_scenario.steps.isEmpty();
    }
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_caption = new QLabel(central);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.25);
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    layout->addWidget(m_caption);
    m_timeline = new TimelineView(central);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextLine"));
    statusBar()->addPermanentWidget(m_next);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("predictionScore"));
    m_score->setVisible(false);
    statusBar()->addPermanentWidget(m_score);
    m_exposure = new QLabel(this);
    m_exposure->setObjectName(QStringLiteral("exposureWarning"));
    m_exposure->setAutoFillBackground(true);
    m_exposure->setMargin(2);
    m_exposure->setVisible(false);
    statusBar()->addPermanentWidget(m_exposure);
    m_ports = new QLabel(this);
    m_ports->setObjectName(QStringLiteral("portOffset"));
    m_ports->setAutoFillBackground(true);
    m_ports->setMargin(2);
    m_ports->setVisible(false);
    statusBar()->addPermanentWidget(m_ports);

    buildDocks();
    buildActions();
    connect(m_timeline, &TimelineView::currentRowChanged, this, &MainWindow::selectRow);

    m_scenarioFiles = new ScenarioFiles(this);
    connect(m_scenarioFiles, &ScenarioFiles::loaded, this, &MainWindow::playScenario);
    connect(m_scenarioFiles, &ScenarioFiles::errorsShown, this, [this](const QString &file) {
        setStatus([file] {
            return tr("%1 has errors and was not played; the scenario that was running goes on.")
                .arg(QFileInfo(file).fileName());
        });
    });
    connect(m_scenarioFiles, &ScenarioFiles::reloaded, this, [this](const QString &file) {
        m_status->setText(tr("%1 changed on disk and was played again.").arg(QFileInfo(file).fileName()));
    });
    connect(m_scenarioFiles, &ScenarioFiles::reloadFailed, this,
            [this](const QString &file, const QStringList &errors) {
                m_status->setText(tr("%1 changed on disk but has errors: %2")
                                      .arg(QFileInfo(file).fileName(), errors.join(QStringLiteral("; "))));
            });

    // The story's captions and end, and predict-the-reply, of every world to come.
    connect(m_session.get(), &WorldSession::narration, this,
            [this](const QString &text) { m_caption->setText(text); });
    connect(m_session.get(), &WorldSession::finished, this, [this](bool allPassed) {
        int passed = 0;
        for (const ScenarioRunner::Outcome &o : m_session->runner()->outcomes())
            passed += o.passed ? 1 : 0;
        const qsizetype total = m_session->runner()->outcomes().size();
        setStatus([this, allPassed, passed, total] {
            return allPassed ? tr("The scenario is over: %1 expectations hold.").arg(passed)
                             : tr("The scenario is over: %1 of %2 expectations hold.").arg(passed).arg(total);
        });
        // Nothing plays any more: the button says Play, and what a student
        // sends now waits for it (the mail client says so).
        m_transport->setPlaying(false);
    });
    connect(m_session.get(), &WorldSession::asked, this, [this](const PredictionQuiz::Question &question) {
        m_predictionDialog->ask(question);
        m_predictionDialog->show();
        m_predictionDialog->raise();
        m_predictionDialog->activateWindow();
        m_transport->update();
    });
    connect(m_session.get(), &WorldSession::scoreChanged, this, [this] {
        m_score->setText(scoreText());
        m_score->setVisible(true);
        updateClassAnswers();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: 1400×880, or the whole screen where that is smaller (a
        // school laptop's 1366×768, a 1280×720 projector).
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 880);
        resize(qMin(1400, room.width()), qMin(880, room.height()));
        if (room.width() < 1400 || room.height() < 880)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    // A class window keeps layouts of its own (its docks are not the
    // story's), one for a small screen and one for a big one: it restores
    // the one that fits once it has its size (below).
    const QByteArray state = isClass() ? QByteArray() : settings.value(stateKey()).toByteArray();
    const bool restored = !state.isEmpty() && restoreState(state);
    // A state saved before Eva's capture existed does not place it: beside
    // the inspector, as on a first start. (QDataStream keeps object names
    // in UTF-16, big-endian.)
    QByteArray eavesdropperKey;
    for (const char c : QByteArrayLiteral("eavesdropperDock"))
        eavesdropperKey.append('\0').append(c);
    if (restored && !state.contains(eavesdropperKey)) {
        auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        auto *eavesdropper = findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"));
        if (inspector && eavesdropper) {
            eavesdropper->setFloating(false);
            tabifyDockWidget(inspector, eavesdropper);
        }
    }
    if (!restored) {
        // First start: most of the room for the timeline.
        auto *network = findChild<QDockWidget *>(QStringLiteral("networkDock"));
        auto *servers = findChild<QDockWidget *>(QStringLiteral("serversDock"));
        auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        // Once the window has its size: docks cannot be sized before that.
        QTimer::singleShot(0, this, [this, network, servers, inspector] {
            resizeDocks({network}, {210}, Qt::Vertical);
            resizeDocks({inspector, servers}, {330, 250}, Qt::Vertical);
            resizeDocks({inspector}, {420}, Qt::Horizontal);
        });
    }
    // The class panel is a class window's only, whatever a saved state says;
    // wide enough for its checks beside the timeline.
    if (auto *classDock = findChild<QDockWidget *>(QStringLiteral("classDock"))) {
        classDock->setVisible(isClass());
        if (isClass())
            QTimer::singleShot(0, this, [this, classDock] {
                auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
                const int classWidth = qMin(m_classPanel->preferredWidth() + 8, 440);
                // Beside the panel: the inspector, the docks' separators, the lanes.
                const int lanesRoom = width() - classInspectorWidth - dockSeparatorsWidth;
                m_classCompact = lanesRoom - classWidth < classTimelineWidth();
                const QByteArray saved = QSettings().value(stateKey()).toByteArray();
                if (!saved.isEmpty() && restoreState(saved))
                    classDock->setVisible(true);
                else if (m_classCompact)
                    compactClassLayout(classDock);
                else
                    // The inspector gives up some width, so the timeline keeps enough.
                    // The panel takes what the lanes leave beyond that, up to
                    // its whole width (every column shown).
                    resizeDocks({classDock, inspector},
                                {qMin(m_classPanel->preferredWidth() + 8,
                                      qMax(classWidth, lanesRoom - classTimelineWidth())),
                                 classInspectorWidth},
                                Qt::Horizontal);
            });
    }
    m_transport->setSpeedIndex(
        settings.value(QStringLiteral("transport/speed"), TransportControls::normalSpeedIndex).toInt());
    retranslate();
    startWorld();
}

QString MainWindow::stateKey() const
{
    if (!isClass())
        return QStringLiteral("window/state");
    return m_classCompact ? QStringLiteral("class/state-small") : QStringLiteral("class/state-big");
}

int MainWindow::classTimelineWidth() const
{
    // The story's hosts and the class's lane, each wide enough for its
    // host's name, beside the times and the phases' brackets (before any
    // of them has a lane).
    const int lanes = world() ? int(TimelineModel::lanesFor(world()->scenario()).size()) + 1 : 6;
    return m_timeline->minimumWidthForLanes(lanes) + 24; // and its frame and scroll bar
}

void MainWindow::compactClassLayout(QDockWidget *classDock)
{
    // A school's screen (1366×768, a projector's 1280×800) has no room for
    // the class, the timeline and the inspector side by side: the inspector
    // and the servers go under the class panel, as tabs, and the timeline
    // keeps the middle for the story's lanes and the class's.
    auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *message = findChild<QDockWidget *>(QStringLiteral("messageDock"));
    auto *eavesdropper = findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"));
    auto *servers = findChild<QDockWidget *>(QStringLiteral("serversDock"));
    auto *console = findChild<QDockWidget *>(QStringLiteral("consoleDock"));
    if (!inspector || !message || !eavesdropper || !servers || !console)
        return;
    const bool eavesdropperShown = eavesdropper->isVisible();
    splitDockWidget(classDock, inspector, Qt::Vertical);
    tabifyDockWidget(inspector, message);
    tabifyDockWidget(message, eavesdropper);
    tabifyDockWidget(eavesdropper, servers);
    tabifyDockWidget(servers, console);
    eavesdropper->setVisible(eavesdropperShown);
    inspector->raise();
    const int below = height() - (menuBar() ? menuBar()->height() : 0);
    resizeDocks({classDock, inspector}, {below * 2 / 3, below / 3}, Qt::Vertical);
    // The panel takes what the lanes leave, up to its whole width (a class
    // with many checks), and never less than beside an inspector.
    const int room = width() - classTimelineWidth() - dockSeparatorsWidth;
    resizeDocks({classDock}, {qMin(m_classPanel->preferredWidth() + 8, qMax(440, room))}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    m_classPanel->setGrader(nullptr, m_language);
    m_quizServer.reset(); // its connections use the world's gate
    m_grader.reset();
    stopPrivateWorlds();
    for (const QPointer<MailClientWindow> &window : std::as_const(m_clientWindows))
        delete window.data();
    // The views watch the world; they let go of it before it goes.
    m_map->setWorld(nullptr);
    m_servers->setWorld(nullptr);
    m_console->setWorld(nullptr);
    m_exercisePanel->setRunner(nullptr);
    delete m_predictionDialog.data();
    m_timeline->setModel(nullptr);
}

void MainWindow::buildDocks()
{
    // A dock's contents scroll when the screen is short (1366×768, a
    // 1280×720 projector) instead of pushing the window past its bottom.
    auto dock = [this](const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        if (area == Qt::RightDockWidgetArea) {
            auto *scroll = new QScrollArea(d);
            scroll->setObjectName(name + QStringLiteral("Scroll"));
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidgetResizable(true);
            scroll->setWidget(widget);
            d->setWidget(scroll);
        } else {
            d->setWidget(widget);
        }
        addDockWidget(area, d);
        return d;
    };
    m_map = new NetworkMapView(this);
    m_map->setObjectName(QStringLiteral("networkMap"));
    m_map->setMinimumHeight(170);
    dock(QStringLiteral("networkDock"), m_map, Qt::TopDockWidgetArea);
    m_inspector = new InspectorPanel(this);
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_inspector->setMinimumWidth(320);
    QDockWidget *inspectorDock = dock(QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    // The message a DATA transfer (or a RETR answer) carried, next to the
    // inspector: selecting one of its lines puts the whole message here.
    m_messageInspector = new MessageInspector(this);
    m_messageInspector->setObjectName(QStringLiteral("messageInspector"));
    QDockWidget *messageDock = dock(QStringLiteral("messageDock"), m_messageInspector,
                                    Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, messageDock);
    // What an eavesdropper on the network reads ("eavesdropper eva between
    // …"), beside the inspector; only shown when the scenario declares one.
    m_eavesdropper = new EavesdropperPanel(this);
    m_eavesdropper->setObjectName(QStringLiteral("eavesdropperPanel"));
    QDockWidget *eavesdropperDock = dock(QStringLiteral("eavesdropperDock"), m_eavesdropper,
                                         Qt::RightDockWidgetArea);
    tabifyDockWidget(messageDock, eavesdropperDock);
    eavesdropperDock->hide();
    connect(m_map, &NetworkMapView::momentChanged, m_eavesdropper, &EavesdropperPanel::showMoment);
    connect(m_map, &NetworkMapView::eavesdropperClicked, this, &MainWindow::showEavesdropper);
    // Right-click on a server: its Postfix and Dovecot settings (as Servers ▸ …).
    connect(m_map, &NetworkMapView::hostSettingsRequested, this, &MainWindow::showServerSettings,
            Qt::QueuedConnection);
    connect(m_eavesdropper, &EavesdropperPanel::eavesdropperChanged, this,
            [this, eavesdropperDock] { eavesdropperDock->setWindowTitle(eavesdropperTitle()); });
    inspectorDock->raise();
    connect(m_messageInspector, &MessageInspector::partSelected, this, &MainWindow::highlightMessagePart);
    m_servers = new ServerViews(this);
    m_servers->setObjectName(QStringLiteral("serverViews"));
    // The right column: the inspector above, the servers and the console below
    // it, so the timeline keeps the whole height of the window.
    QDockWidget *serversDock = dock(QStringLiteral("serversDock"), m_servers, Qt::RightDockWidgetArea);
    // The console, and above it the exercise being worked on, if any.
    auto *consoleColumn = new QWidget(this);
    auto *consoleLayout = new QVBoxLayout(consoleColumn);
    consoleLayout->setContentsMargins(0, 0, 0, 0);
    m_exercisePanel = new ExercisePanel(consoleColumn);
    m_exercisePanel->setObjectName(QStringLiteral("exercisePanel"));
    m_console = new ConsoleWidget(consoleColumn);
    m_console->setObjectName(QStringLiteral("console"));
    consoleLayout->addWidget(m_exercisePanel);
    consoleLayout->addWidget(m_console, 1);
    QDockWidget *consoleDock = dock(QStringLiteral("consoleDock"), consoleColumn, Qt::RightDockWidgetArea);
    connect(m_exercisePanel, &ExercisePanel::exerciseStarted, this,
            [this, consoleDock](const QString &host, const QString &service) {
                consoleDock->show();
                consoleDock->raise();
                if (!host.isEmpty() && !m_console->isConnected())
                    m_console->selectService(host, service);
                m_console->setFocus();
            });
    tabifyDockWidget(serversDock, consoleDock);
    serversDock->raise();
    // A class (--class): every student's checks, on the left of the timeline.
    m_classPanel = new ClassPanel(this);
    m_classPanel->setObjectName(QStringLiteral("classPanel"));
    QDockWidget *classDock = dock(QStringLiteral("classDock"), m_classPanel, Qt::LeftDockWidgetArea);
    classDock->setVisible(isClass());
    classDock->toggleViewAction()->setVisible(isClass());
    connect(m_classPanel, &ClassPanel::selectionChanged, this, &MainWindow::applyClassFilter);
}

void MainWindow::buildActions()
{
    m_transport = new TransportControls(this, m_next, m_timeline, m_map);
    // The map's "the past" banner: one click back to now.
    connect(m_map, &NetworkMapView::backToNowRequested, m_transport, &TransportControls::backToNow);
    connect(m_transport, &TransportControls::restartRequested, this, &MainWindow::restart);
    connect(m_transport, &TransportControls::playingChanged, this, [this](bool playing) {
        // A class's servers answer every student at once, never one line at
        // a time, and never wait: going back over the timeline pauses the
        // window's transport, not the class.
        if (m_grader && world() && !m_classStory)
            world()->gate()->setMode(Gate::Mode::FreeRun);
        if (m_statusText)
            m_status->setText(m_statusText());
        for (const QPointer<MailClientWindow> &window : std::as_const(m_clientWindows)) {
            if (window)
                window->setPlayback(playing ? MailClientWindow::Playback::Playing
                                            : MailClientWindow::Playback::Paused);
        }
    });

    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this,
                                    &MainWindow::openScenario);
    open->setObjectName(QStringLiteral("openScenario"));
    open->setShortcut(QKeySequence::Open);
    QMenu *builtIn = file->addMenu(QString());
    builtIn->setObjectName(QStringLiteral("builtInScenariosMenu"));
    builtIn->setToolTipsVisible(true);
    fillBuiltInScenariosMenu();
    QAction *openWorldAction = file->addAction(QString(), this, &MainWindow::openWorld);
    openWorldAction->setObjectName(QStringLiteral("openWorld"));
    openWorldAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *saveWorldAction = file->addAction(QString(), this, &MainWindow::saveWorld);
    saveWorldAction->setObjectName(QStringLiteral("saveWorld"));
    saveWorldAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *exportText = file->addAction(QString(), this, &MainWindow::exportTranscript);
    exportText->setObjectName(QStringLiteral("exportTranscript"));
    QAction *exportPcap = file->addAction(QString(), this, &MainWindow::exportCapture);
    exportPcap->setObjectName(QStringLiteral("exportCapture"));
    QAction *exportImage = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this,
                                           &MainWindow::exportTimeline);
    exportImage->setObjectName(QStringLiteral("exportTimeline"));
    QAction *exportHandoutAction = file->addAction(QString(), this, &MainWindow::exportHandout);
    exportHandoutAction->setObjectName(QStringLiteral("exportHandout"));
    QAction *exportAccessSheetAction = file->addAction(QString(), this, &MainWindow::exportAccessSheet);
    exportAccessSheetAction->setObjectName(QStringLiteral("exportAccessSheet"));
    QAction *exportResultsAction = file->addAction(QString(), this, &MainWindow::exportClassResults);
    exportResultsAction->setObjectName(QStringLiteral("exportClassResults"));
    exportResultsAction->setVisible(isClass());
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *clients = menuBar()->addMenu(QString());
    clients->setObjectName(QStringLiteral("clientsMenu"));
    fillClientsMenu();

    QMenu *servers = menuBar()->addMenu(QString());
    servers->setObjectName(QStringLiteral("serversMenu"));
    fillServersMenu();

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addAction(m_transport->toolBar()->toggleViewAction());
    view->addSeparator();
    // A class window masks the passwords, as it is projected: shown again
    // only when the teacher says so, and says yes to the warning.
    QAction *showPasswords = view->addAction(QString());
    showPasswords->setObjectName(QStringLiteral("showPasswords"));
    showPasswords->setCheckable(true);
    showPasswords->setChecked(!m_class.hidePasswords);
    showPasswords->setVisible(isClass());
    connect(showPasswords, &QAction::triggered, this, [this](bool checked) {
        if (checked) {
            QMessageBox ask(QMessageBox::Warning, tr("Show passwords"),
                            tr("The passwords typed by the students will be shown on the timeline, in the "
                               "inspector and on the map: everyone who sees the projected screen will read "
                               "them. Show them?"),
                            QMessageBox::Yes | QMessageBox::No, this);
            ask.setObjectName(QStringLiteral("showPasswordsConfirmation"));
            ask.setDefaultButton(QMessageBox::No);
            checked = ask.exec() == QMessageBox::Yes;
        }
        setShowPasswords(checked);
    });
    QMenu *languages = view->addMenu(QString());
    languages->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageSwitcher::languages()) {
        // Each language by its own name, never translated.
        QAction *a = languages->addAction(LanguageSwitcher::nativeName(code), this,
                                          [this, code] { languageSwitcher()->chooseLanguage(code); });
        a->setObjectName(QStringLiteral("language_") + code);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == m_language);
        m_languageGroup->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(QString(), this,
                                     [this] { QMessageBox::about(this, tr("About Carteiro"), aboutText()); });
    about->setObjectName(QStringLiteral("about"));
}

QString MainWindow::aboutText()
{
    // The version comes from CMake's project(VERSION) through main.cpp.
    return tr("<p><b>Carteiro</b> %1</p><p>Simulated hosts talk real SMTP, POP3, IMAP and HTTP over "
              "loopback sockets, with or without TLS; every command and reply is drawn on the timeline.</p>")
               .arg(QCoreApplication::applicationVersion())
        + tr("<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
             "Carteiro is free software: you may share and change it under its terms. It comes "
             "with no warranty.</p>")
        + tr("<p>Standards it implements:</p><ul>"
             "<li>SMTP: RFC 5321</li>"
             "<li>Message format: RFC 5322</li>"
             "<li>MIME: RFC 2045, 2046, 2047, 2048 and 2049</li>"
             "<li>POP3: RFC 1939</li>"
             "<li>IMAP: RFC 3501</li>"
             "<li>TLS for mail (STARTTLS and implicit TLS): RFC 2595 and RFC 8314</li>"
             "<li>HTTP: RFC 9110 and RFC 9112</li>"
             "<li>TLS 1.3: RFC 8446</li></ul>");
}

// One entry per built-in scenario, in the order of their names (texts set in
// retranslateBuiltInScenarios()). Each is read once here for its title and
// description.
void MainWindow::fillBuiltInScenariosMenu()
{
    auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("builtInScenariosMenu"));
    if (!menu)
        return;
    menu->clear();
    m_builtIns.clear();
    for (const QString &name : ScenarioParser::builtInNames()) {
        QList<ScenarioError> errors;
        const Scenario scenario = ScenarioParser::load(name, &errors);
        if (!errors.isEmpty())
            continue; // the scenario tests keep every built-in one readable
        m_builtIns.append({name, scenario.title, scenario.description});
        QAction *a = menu->addAction(QString(), this, [this, name] { openBuiltInScenario(name); });
        a->setObjectName(QStringLiteral("builtIn_") + name);
        a->setData(name);
    }
    retranslateBuiltInScenarios();
}

void MainWindow::retranslateBuiltInScenarios()
{
    auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("builtInScenariosMenu"));
    if (!menu)
        return;
    menu->setTitle(tr("&Built-in scenario"));
    const QList<QAction *> actions = menu->actions();
    for (qsizetype i = 0; i < actions.size() && i < m_builtIns.size(); ++i) {
        const BuiltInScenario &b = m_builtIns.at(i);
        QString title = Scenario::pick(b.title, m_language);
        if (title.isEmpty())
            title = b.name;
        // '&' would be taken for a mnemonic.
        actions.at(i)->setText(title.replace(QLatin1Char('&'), QStringLiteral("&&")));
        const QString description = Scenario::pick(b.description, m_language).simplified();
        actions.at(i)->setToolTip(description.isEmpty() ? b.name : description);
        actions.at(i)->setStatusTip(description);
    }
}

// One entry per mail client of the scenario (texts set in retranslate()).
void MainWindow::fillClientsMenu()
{
    auto *clients = menuBar()->findChild<QMenu *>(QStringLiteral("clientsMenu"));
    if (!clients)
        return;
    clients->clear();
    for (const ScenarioClient &client : m_scenario.clients) {
        QAction *a = clients->addAction(client.name, this,
                                        [this, name = client.name] { showMailClient(name); });
        a->setObjectName(QStringLiteral("client_") + client.name);
    }
}

// One entry per server: its Postfix and Dovecot settings (texts set in retranslate()).
void MainWindow::fillServersMenu()
{
    auto *servers = menuBar()->findChild<QMenu *>(QStringLiteral("serversMenu"));
    if (!servers)
        return;
    servers->clear();
    for (const ScenarioServer &server : m_scenario.servers) {
        if (server.isReal()) // the student's own: configured in its main.cf, not here
            continue;
        QAction *a = servers->addAction(QString(), this,
                                        [this, host = server.domain] { showServerSettings(host); });
        a->setObjectName(QStringLiteral("serverSettings_") + server.domain);
        a->setData(server.domain);
    }
    retranslateServersMenu();
}

void MainWindow::retranslateServersMenu()
{
    auto *servers = menuBar()->findChild<QMenu *>(QStringLiteral("serversMenu"));
    if (!servers)
        return;
    for (QAction *a : servers->actions())
        a->setText(tr("Settings of %1…").arg(a->data().toString()));
}

void MainWindow::showServerSettings(const QString &host)
{
    World *running = world();
    const MailServer *server = running ? running->server(host) : nullptr;
    if (!server)
        return;
    ServerSettingsDialog dialog(host, server->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyServerSettings(host, dialog.settings());
}

bool MainWindow::applyServerSettings(const QString &host, const QMap<QString, QString> &settings)
{
    World *running = world();
    QString error;
    if (!running || !running->reconfigureServer(host, settings, &error)) {
        if (running)
            QMessageBox::warning(this, tr("Settings of %1").arg(host), error);
        return false;
    }
    // A restart keeps them.
    for (ScenarioServer &s : m_scenario.servers) {
        if (s.domain.compare(host, Qt::CaseInsensitive) == 0)
            s.settings = settings;
    }
    return true;
}

void MainWindow::updateExposure()
{
    QStringList services = world() ? world()->servicesBeyondLoopback() : QStringList();
    if (m_privateWorlds) { // a student's world's, after their name
        for (int i = 0; i < m_privateWorlds->size(); ++i) {
            for (const QString &service : m_privateWorlds->world(i)->servicesBeyondLoopback())
                services.append(m_privateWorlds->login(i) + QLatin1Char(' ') + service);
        }
    }
    m_exposure->setVisible(!services.isEmpty());
    if (services.isEmpty())
        return;
    // A warning's colours: the text stands out whatever the theme.
    QPalette palette = m_exposure->palette();
    palette.setColor(QPalette::Window, QColor(0xb0, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_exposure->setPalette(palette);
    m_exposure->setText(tr("⚠ Listening beyond loopback"));
    m_exposure->setToolTip(tr("These services accept connections from other machines, and passwords "
                              "travel in clear text:\n%1")
                               .arg(services.join(QLatin1Char('\n'))));
}

void MainWindow::updatePorts()
{
    World *running = world();
    const bool shown = running && !running->services().isEmpty() && !m_session->options().ephemeralPorts;
    m_ports->setVisible(shown);
    if (!shown)
        return;
    QStringList services;
    for (const World::Service &s : running->services())
        services.append(QStringLiteral("%1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port));
    const int offset = running->options().portOffset;
    QString tip = tr("Each service listens on its standard port plus %1:\n%2")
                      .arg(offset)
                      .arg(services.join(QLatin1Char('\n')));
    QPalette palette = statusBar()->palette();
    if (m_session->movedPorts()) {
        m_ports->setText(tr("Ports +%1 (+%2 was taken)").arg(offset).arg(m_session->askedPortOffset()));
        tip = tr("The ports of offset %1 were in use (by another Carteiro on this machine, perhaps another "
                 "user's), so this window took the next free offset, %2. Connect to the ports shown here.")
                  .arg(m_session->askedPortOffset())
                  .arg(offset)
            + QStringLiteral("\n\n") + tip;
        // A notice's colours: it changes what a student types.
        palette.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x8a));
        palette.setColor(QPalette::WindowText, Qt::black);
    } else {
        m_ports->setText(tr("Ports +%1").arg(offset));
    }
    m_ports->setPalette(palette);
    m_ports->setToolTip(tip);
}

void MainWindow::retranslate()
{
    updateExposure();
    updatePorts();
    setWindowTitle(tr("Carteiro — %1").arg(Scenario::pick(m_scenario.title, m_language)));
    m_score->setText(scoreText());
    auto titled = [this](const char *objectName, const QString &text) {
        if (auto *d = findChild<QDockWidget *>(QLatin1String(objectName)))
            d->setWindowTitle(text);
    };
    titled("networkDock", tr("Network"));
    updateTimelineFold(); // the class's lane is named in the language shown
    titled("inspectorDock", tr("Inspector"));
    titled("messageDock", tr("Message"));
    titled("eavesdropperDock", eavesdropperTitle());
    m_messageInspector->setPlaceholderText(tr("Select a line of a message on the timeline (after DATA's 354, "
                                              "or after the +OK of RETR) to see the whole message here."));
    titled("serversDock", tr("Servers"));
    titled("consoleDock", tr("Console"));
    titled("classDock", tr("Class"));
    auto menu = [this](const char *objectName, const QString &text) {
        if (auto *m = menuBar()->findChild<QMenu *>(QLatin1String(objectName)))
            m->setTitle(text);
    };
    menu("fileMenu", tr("&File"));
    menu("clientsMenu", tr("&Mail clients"));
    menu("serversMenu", tr("&Servers"));
    retranslateServersMenu();
    menu("viewMenu", tr("&View"));
    menu("languageMenu", tr("&Language"));
    menu("helpMenu", tr("&Help"));
    auto action = [this](const char *objectName, const QString &text) {
        if (auto *a = findChild<QAction *>(QLatin1String(objectName)))
            a->setText(text);
    };
    action("openScenario", tr("&Open scenario…"));
    retranslateBuiltInScenarios();
    action("openWorld", tr("Open &world…"));
    action("saveWorld", tr("&Save world…"));
    action("exportTranscript", tr("Export the &transcript…"));
    action("exportCapture", tr("Export the &capture for Wireshark…"));
    action("exportTimeline", tr("Export the timeline as &image…"));
    action("exportHandout", tr("Export a &handout (PDF)…"));
    action("exportAccessSheet", tr("Export the class's &access sheet (PDF)…"));
    action("exportClassResults", tr("Export the class's &results (CSV or JSON)…"));
    action("quit", tr("&Quit"));
    action("showPasswords", tr("Show &passwords (on the projector too)"));
    action("about", tr("&About Carteiro"));
    for (const ScenarioClient &client : m_scenario.clients)
        action(qPrintable(QStringLiteral("client_") + client.name),
               tr("Mail client of %1 (%2)").arg(client.name, client.user));
    if (m_statusText)
        m_status->setText(m_statusText());
    m_transport->retranslate();
}

void MainWindow::setLanguageSwitcher(LanguageSwitcher *switcher)
{
    if (m_languageConnection)
        disconnect(m_languageConnection);
    m_languageSwitcher = switcher;
    if (switcher)
        m_languageConnection = connect(switcher, &LanguageSwitcher::languageChanged, this,
                                       &MainWindow::languageChanged);
}

LanguageSwitcher *MainWindow::languageSwitcher()
{
    if (!m_languageSwitcher)
        setLanguageSwitcher(new LanguageSwitcher(this));
    return m_languageSwitcher;
}

void MainWindow::languageChanged(const QString &code)
{
    // The widgets follow QEvent::LanguageChange; what is not a widget's text
    // follows here: the scenario's title, the caption in force and the next
    // ones, an exercise being worked on (what the timeline recorded stays as
    // it was said).
    m_language = code;
    if (m_grader) {
        m_grader->setLanguage(code);
        m_classPanel->setLanguage(code);
        m_caption->setText(Scenario::pick(m_classScenario.title, code));
    }
    if (ScenarioRunner *runner = m_session->runner()) {
        runner->setLanguage(code);
        if (!runner->currentNarration().isEmpty())
            m_caption->setText(runner->currentNarration());
    }
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
    retranslateBuiltInScenarios();
}

void MainWindow::setStatus(const std::function<QString()> &text)
{
    m_statusText = text;
    m_status->setText(text ? text() : QString());
}

PredictionDialog *MainWindow::predictionDialog() const
{
    return m_predictionDialog.data();
}

QString MainWindow::scoreText() const
{
    const PredictionQuiz *quiz = m_session->quiz();
    if (!quiz || quiz->askedCount() == 0)
        return QString();
    return tr("Predictions: %1 of %2 right").arg(quiz->rightCount()).arg(quiz->askedCount());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(QStringLiteral("transport/speed"), m_transport->speedIndex());
    for (const QPointer<MailClientWindow> &window : std::as_const(m_clientWindows)) {
        if (window)
            window->close();
    }
    m_quizServer.reset();
    if (m_privateWorlds)
        m_privateWorlds->shutdown();
    if (World *running = world())
        running->shutdown();
    event->accept();
}

QString MainWindow::caption() const
{
    return m_caption->text();
}

void MainWindow::startWorld()
{
    for (const QPointer<MailClientWindow> &window : std::as_const(m_clientWindows))
        delete window.data();
    m_clientWindows.clear();
    m_map->setWorld(nullptr);
    m_eavesdropper->setWorld(nullptr);
    m_servers->setWorld(nullptr);
    m_console->setWorld(nullptr);
    m_exercisePanel->setRunner(nullptr);
    delete m_predictionDialog.data();
    m_classPanel->setGrader(nullptr, m_language);
    m_quizServer.reset(); // its connections use the world's gate
    m_grader.reset();
    stopPrivateWorlds();
    m_timeline->setModel(nullptr);
    m_inspector->setTranscript(nullptr);
    m_shownMessage = TranscriptMessage();
    m_messageInspector->setMessage(QByteArray());
    delete m_model;
    m_model = nullptr;
    m_transport->setWorld(nullptr);
    m_transport->setRunner(nullptr);
    m_session->stop(); // closes every socket of the old world first
    m_caption->setText(QString());

    // A loaded world (File ▸ Open world…) takes the place of a new one.
    World *world = m_session->create(m_scenario);
    m_transport->setWorld(world);
    QString error;
    if (!m_session->listen(&error)) {
        setStatus(nullptr);
        m_status->setText(error);
        QMessageBox::warning(this, tr("Carteiro"), error);
        updatePorts();
        return;
    }
    updateExposure();
    updatePorts();
    m_model = new TimelineModel(this);
    // The course's figure, left to right, as an exported image has it too.
    m_model->setPreferredLanes(TimelineModel::lanesFor(m_scenario));
    m_model->setTranscript(world->transcript());
    m_timeline->setModel(m_model);
    m_inspector->setTranscript(world->transcript());
    m_map->setWorld(world);
    m_eavesdropper->setWorld(world);
    m_servers->setWorld(world);
    m_console->setWorld(world);
    // Eva's capture is a tab beside the inspector when the scenario puts
    // an eavesdropper on the network, and is not there otherwise.
    if (auto *d = findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"))) {
        d->toggleViewAction()->setVisible(m_eavesdropper->hasEavesdroppers());
        d->setVisible(m_eavesdropper->hasEavesdroppers());
        d->setWindowTitle(eavesdropperTitle());
        if (m_eavesdropper->hasEavesdroppers()) {
            // She is the scenario's point: her capture in front, also once
            // a window not shown yet has laid its docks out.
            d->raise();
            QTimer::singleShot(0, d, [d] { d->raise(); });
        }
    }

    if (isClass()) {
        startClass(world);
        return;
    }
    if (m_session->isLoaded()) {
        // A saved world goes on from where it was: its last caption, no story.
        showCaptionAt(-1);
        const QString file = QFileInfo(m_session->worldFile()).fileName();
        m_transport->setPlaying(true); // no story to wait for: what is sent goes out
        setStatus(
            [file] { return tr("World loaded from %1: it goes on from where it was saved.").arg(file); });
        m_transport->update();
        return;
    }
    ScenarioRunner *runner = m_session->prepareRunner(m_language);
    m_exercisePanel->setRunner(runner);
    m_score->setVisible(false);
    m_predictionDialog = new PredictionDialog(runner->quiz(), this);
    // A story starts paused: its first captions are shown, the servers
    // listen, nothing is sent until the student presses Start (or Step).
    runner->waitForGoBeforeFirstAction();
    m_transport->setPlaying(false);
    m_transport->setRunner(runner);
    setStatus([this] {
        const QString title = Scenario::pick(m_scenario.title, m_language);
        return m_transport->isPlaying() ? tr("Playing the scenario: %1").arg(title)
                                        : tr("Paused: %1 (Space plays, Right sends one line)").arg(title);
    });
    m_session->startRunner();
    m_transport->update();
}

namespace {

// Whether a class's story asks the class to predict replies (the quiz page).
bool asksPredictions(const Scenario &story)
{
    return std::any_of(story.steps.cbegin(), story.steps.cend(),
                       [](const ScenarioStep &s) { return s.kind == ScenarioStep::Kind::Predict; });
}

} // namespace

void MainWindow::startClass(World *world)
{
    // A long class keeps only the latest events, as --serve does (the
    // timeline reads again what is kept when old events go).
    world->transcript()->setKeepLimit(m_class.keepLines, m_class.keepBytes);
    // Projected before the class: "PASS ****", unless --show-passwords
    // (or View ▸ Show passwords).
    setShowPasswords(!m_class.hidePasswords);
    if (auto *a = findChild<QAction *>(QStringLiteral("showPasswords")))
        a->setVisible(true);
    m_classError.clear();
    // "class … private": each student's own world, beside the class's, as
    // --serve starts them (on the offset this world took), sharing its bound.
    if (m_classScenario.privateWorlds && !m_classScenario.students.isEmpty()) {
        m_privateWorlds = std::make_unique<PrivateWorlds>();
        if (QString error;
            !m_privateWorlds->start(m_classScenario, *world, m_class.keepLines, m_class.keepBytes, &error)) {
            m_classError = error;
            m_privateWorlds.reset();
        }
    }
    m_grader = std::make_unique<ClassGrader>(world, m_classScenario);
    m_grader->setLanguage(m_language);
    if (m_privateWorlds)
        m_privateWorlds->addTo(m_grader.get());
    if (QString error; !m_grader->keepResults(m_session->options().dataDirectory, m_class.results, &error)) {
        if (m_classError.isEmpty())
            m_classError = error;
    }
    m_grader->follow(world->transcript());
    m_grader->followPrivateWorlds();
    updateExposure(); // the students' worlds listen where the class's does
    m_classPanel->setPredictionsAsked(m_classStory && asksPredictions(m_scenario));
    m_classPanel->setGrader(m_grader.get(), m_language);
    // The map draws the students' computers as one box, "The class", with
    // how many are at work: 30 boxes would leave the story's hosts tiny.
    m_map->setClassGroup(true);
    updateTimelineFold();
    const auto classAtWork = [this] {
        int atWork = 0;
        if (m_grader) {
            for (const ClassGrader::Student &s : m_grader->students())
                atWork += s.lastActivity > 0 ? 1 : 0;
        }
        m_map->setClassAtWork(atWork);
    };
    classAtWork();
    connect(m_grader.get(), &ClassGrader::studentChanged, this, classAtWork);
    if (m_classStory) {
        startClassStory(world);
        return;
    }
    // No story: what the students send goes out at once.
    m_transport->setPlaying(true);
    world->gate()->setMode(Gate::Mode::FreeRun);
    m_caption->setText(Scenario::pick(m_classScenario.title, m_language));
    if (!m_classError.isEmpty()) {
        const QString problem = m_classError;
        setStatus([problem] { return problem; });
    } else {
        setStatus([this] {
            if (m_privateWorlds)
                return tr("Students: %1, each with a world of their own. Each one's exercises are checked "
                          "as they work; click a student in the class panel to see their world.")
                    .arg(m_classScenario.students.size());
            return tr("Students: %1. Each one's exercises are checked as they work; click a student in "
                      "the class panel to see only their sessions.")
                .arg(m_classScenario.students.size());
        });
    }
    m_transport->update();
}

void MainWindow::startClassStory(World *world)
{
    // The story's connections are the world's own hosts talking (its clients,
    // its servers relaying) while the story runs; a student's session comes
    // from outside, and the webmail's legs serve a student's browser. Those
    // never wait for the teacher's stepping, never make the story wait, and
    // no reply of theirs is held for a question. Before the teacher starts
    // the story and once it is over, nothing waits: the class's servers
    // relay the students' mail at once.
    ScenarioRunner *runner = m_session->prepareRunner(m_language);
    QSet<QString> webmails;
    for (const World::Host &host : world->hosts()) {
        if (host.kind == World::HostKind::Webmail)
            webmails.insert(host.name.toLower());
    }
    const QPointer<ScenarioRunner> story(runner);
    const auto isStory = [webmails, story](const Connection *c) {
        if (!story || story->isWaitingForGo() || story->isFinished())
            return false;
        const Connection::Endpoints &ends = c->endpoints();
        return !ends.peerIsOutside && !webmails.contains(ends.localHost.toLower())
            && !webmails.contains(ends.peerHost.toLower());
    };
    world->gate()->setUnpaced([isStory](const Connection *c) { return !isStory(c); });
    world->setBusyExempt([isStory](const Connection *c) { return !isStory(c); });
    runner->quiz()->setHeldConnections(isStory);
    m_exercisePanel->setRunner(runner);
    m_score->setVisible(false);
    m_predictionDialog = new PredictionDialog(runner->quiz(), this);
    if (asksPredictions(m_scenario)) {
        // The class answers from its own machines: the quiz page.
        m_quizServer = std::make_unique<ClassQuizServer>(world, m_grader.get(),
                                                         ClassQuizServer::classHost(world), m_language);
        if (QString error; !m_quizServer->listen(&error)) {
            m_quizServer.reset();
            if (m_classError.isEmpty())
                m_classError = error;
        } else {
            m_quizServer->setQuiz(runner->quiz());
            connect(m_quizServer.get(), &ClassQuizServer::answersChanged, this,
                    &MainWindow::updateClassAnswers);
            connect(m_quizServer.get(), &ClassQuizServer::revealed, this, &MainWindow::updateClassAnswers);
        }
    }
    // As a walkthrough: paused at first, the teacher presses Start or steps.
    runner->waitForGoBeforeFirstAction();
    m_transport->setPlaying(false);
    m_transport->setRunner(runner);
    if (!m_classError.isEmpty()) {
        const QString problem = m_classError;
        setStatus([problem] { return problem; });
    } else {
        setStatus([this] {
            const QString title = Scenario::pick(m_classScenario.title, m_language);
            return m_transport->isPlaying() ? tr("Playing the scenario: %1").arg(title)
                                            : tr("Paused: %1 (Space plays, Right sends one line)").arg(title);
        });
    }
    // The address the students type: above them, where the projector shows it
    // whole (the status bar cut it).
    m_classPanel->setQuizAddress(m_quizServer ? QStringLiteral("http://%1:%2/")
                                                    .arg(m_quizServer->address().toString())
                                                    .arg(m_quizServer->port())
                                              : QString());
    m_session->startRunner();
    m_transport->update();
}

void MainWindow::updateClassAnswers()
{
    if (!m_quizServer)
        return;
    QString text;
    if (m_quizServer->isOpen())
        text = tr("Class: %1 of %2 students answered")
                   .arg(m_quizServer->answerCount())
                   .arg(m_quizServer->studentCount());
    else if (m_quizServer->lastAnswered() >= 0)
        text = tr("Class: %1 of %2 students answered, %3 right")
                   .arg(m_quizServer->lastAnswered())
                   .arg(m_quizServer->studentCount())
                   .arg(m_quizServer->lastRight());
    if (m_predictionDialog)
        m_predictionDialog->setClassText(text);
    const QString score = scoreText();
    m_score->setText(score.isEmpty() ? text : score + QStringLiteral(" · ") + text);
    m_score->setVisible(!m_score->text().isEmpty());
}

void MainWindow::endClass()
{
    if (!isClass())
        return;
    m_class = ClassOptions();
    m_classScenario = Scenario();
    m_classStory = false;
    m_quizServer.reset();
    // The class's mail stays the class's: what is opened next keeps its own in memory.
    m_session->setDataDirectory(QString());
    m_classPanel->setGrader(nullptr, m_language);
    m_grader.reset();
    stopPrivateWorlds();
    setShowPasswords(true);
    if (auto *a = findChild<QAction *>(QStringLiteral("showPasswords")))
        a->setVisible(false);
    m_map->setClassGroup(false);
    updateTimelineFold();
    if (auto *d = findChild<QDockWidget *>(QStringLiteral("classDock"))) {
        d->hide();
        d->toggleViewAction()->setVisible(false);
    }
    if (auto *a = findChild<QAction *>(QStringLiteral("exportClassResults")))
        a->setVisible(false);
}

void MainWindow::setShowPasswords(bool show)
{
    m_timeline->setHidePasswords(!show);
    m_inspector->setHidePasswords(!show);
    m_map->setHidePasswords(!show);
    if (auto *a = findChild<QAction *>(QStringLiteral("showPasswords")))
        a->setChecked(show);
}

bool MainWindow::showsPasswords() const
{
    return !m_timeline->hidesPasswords();
}

void MainWindow::exportClassResults()
{
    if (!m_grader)
        return;
    QString file = QFileDialog::getSaveFileName(this, tr("Export the class's results"),
                                                m_classScenario.name + QStringLiteral("-results.csv"),
                                                tr("Results (*.csv *.json)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    QString error;
    if (exportClassResultsTo(file, &error))
        m_status->setText(tr("The class's results were written to %1.").arg(QFileInfo(file).fileName()));
    else
        QMessageBox::warning(this, tr("Export the class's results"), error);
}

bool MainWindow::exportClassResultsTo(const QString &file, QString *error)
{
    if (!m_grader) {
        if (error)
            *error = tr("This window is not open on a class (carteiro --class FILE).");
        return false;
    }
    if (!file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (error)
            *error = tr("%1: the file's name must end in .csv or .json").arg(file);
        return false;
    }
    QString problem;
    const bool written = m_grader->writeResults(file, &problem);
    if (!written && error)
        *error = problem;
    return written;
}

void MainWindow::applyClassFilter()
{
    if (!m_model)
        return;
    // A student with a world of their own: that world, whole (every session
    // there is theirs); another, their sessions in the class's world.
    const int student = m_classPanel->selectedStudent();
    World *own = m_privateWorlds ? m_privateWorlds->world(student) : nullptr;
    updateTimelineFold();
    if (own || student < 0)
        m_model->clearConnectionFilter();
    showWorld(own ? own : world());
    if (student >= 0 && !own)
        m_model->setConnectionFilter(m_classPanel->selectedConnections());
}

void MainWindow::updateTimelineFold()
{
    if (!m_model)
        return;
    // As the map draws them (its class box), and for the class's world
    // only: one student's world or sessions show their own computers.
    const bool wholeClass = isClass() && !m_classScenario.students.isEmpty() && world()
        && m_classPanel->selectedStudent() < 0;
    if (!wholeClass) {
        m_model->unfoldOutsideHosts();
        return;
    }
    m_model->foldOutsideHosts(world()->hostNames(), NetworkMapView::classGroupTitle());
}

void MainWindow::showWorld(World *target)
{
    if (!target || target == shownWorld())
        return;
    m_shownWorld = target == world() ? nullptr : target;
    // The history cursor, the selected row and the message were the other
    // transcript's.
    m_transport->backToNow();
    m_timeline->setHighlightedRows(-1, -1);
    m_shownMessage = TranscriptMessage();
    m_messageInspector->setMessage(QByteArray());
    if (m_model)
        m_model->setTranscript(target->transcript());
    m_inspector->setTranscript(target->transcript());
    m_map->setWorld(target);
    m_servers->setWorld(target);
    m_transport->update();
}

void MainWindow::stopPrivateWorlds()
{
    if (m_shownWorld)
        showWorld(world());
    m_shownWorld = nullptr;
    m_privateWorlds.reset();
}

World *MainWindow::world() const
{
    return m_session->world();
}

World *MainWindow::shownWorld() const
{
    return m_shownWorld ? m_shownWorld.data() : world();
}

ScenarioRunner *MainWindow::runner() const
{
    return m_session->runner();
}

bool MainWindow::isPlaying() const
{
    return m_transport->isPlaying();
}

void MainWindow::setPlaying(bool playing)
{
    m_transport->setPlaying(playing);
}

void MainWindow::stepForward()
{
    m_transport->stepForward();
}

void MainWindow::stepBack()
{
    m_transport->stepBack();
}

void MainWindow::restart()
{
    startWorld();
}

void MainWindow::setSpeed(double factor)
{
    m_transport->setSpeed(factor);
}

double MainWindow::speed() const
{
    return m_transport->speed();
}

void MainWindow::showCaptionAt(qsizetype event)
{
    // The last caption told at or before the event (-1: the newest).
    const Transcript *transcript = shownWorld() ? shownWorld()->transcript() : nullptr;
    if (!transcript || transcript->size() == 0)
        return;
    const qsizetype from = event >= 0 ? qMin(event, transcript->size() - 1) : transcript->size() - 1;
    for (qsizetype i = from; i >= transcript->firstIndex(); --i) {
        if (transcript->at(i).kind == TranscriptEvent::Kind::Caption) {
            m_caption->setText(transcript->at(i).noteText());
            return;
        }
    }
}

void MainWindow::selectRow(qsizetype row, qsizetype event)
{
    Q_UNUSED(row);
    m_inspector->showEvent(event);
    m_map->showMoment(event);
    showMessageAt(event);
    // The heading follows the line shown (the caption in force now when back
    // to the present).
    showCaptionAt(event);
}

QString MainWindow::eavesdropperTitle() const
{
    QString name = m_eavesdropper->eavesdropper();
    if (name.isEmpty())
        return tr("Eavesdropper's capture");
    name[0] = name.at(0).toUpper(); // "eva" in the scenario, Eva in the title
    return tr("%1's capture").arg(name);
}

void MainWindow::showEavesdropper(const QString &name)
{
    // A click on the eavesdropper on the map: her capture, in front.
    m_eavesdropper->showEavesdropper(name);
    if (auto *d = findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"))) {
        d->setWindowTitle(eavesdropperTitle());
        d->show();
        d->raise();
    }
}

void MainWindow::showMessageAt(qsizetype event)
{
    if (!shownWorld() || event < 0)
        return;
    // Another line keeps the last message in view, with its highlighted rows.
    const TranscriptMessage message = TranscriptMessage::at(*shownWorld()->transcript(), event);
    if (message.isEmpty())
        return;
    if (message.lineEvents() == m_shownMessage.lineEvents())
        return; // the same message: keep the part the student selected
    m_shownMessage = message;
    m_timeline->setHighlightedRows(-1, -1);
    m_messageInspector->setMessage(message.raw());
}

void MainWindow::highlightMessagePart(int part, qsizetype offset, qsizetype length)
{
    // Each content line carried its bytes plus CR LF: the part's first and
    // last bytes name the first and last rows that carried it.
    const QPair<qsizetype, qsizetype> events = part >= 0 ? m_shownMessage.eventsOf(offset, length)
                                                         : QPair<qsizetype, qsizetype>(-1, -1);
    if (!m_model || events.first < 0) {
        m_timeline->setHighlightedRows(-1, -1);
        return;
    }
    m_timeline->setHighlightedRows(m_model->rowOfEvent(events.first), m_model->rowOfEvent(events.second));
}

void MainWindow::openScenario()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a scenario"), QString(),
                                                      tr("Scenarios (*.scenario);;All files (*)"));
    if (!file.isEmpty())
        openScenarioFile(file);
}

bool MainWindow::openScenarioFile(const QString &file, QStringList *errors)
{
    return m_scenarioFiles->open(file, errors);
}

void MainWindow::watchScenarioFile(const QString &file)
{
    m_scenarioFiles->watch(file);
}

bool MainWindow::openBuiltInScenario(const QString &name)
{
    if (!ScenarioParser::builtInNames().contains(name))
        return false;
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(name, &errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : std::as_const(errors))
            lines.append(e.toString());
        QMessageBox::warning(this, tr("Carteiro"), lines.join(QLatin1Char('\n')));
        return false;
    }
    // A built-in scenario is no file to watch.
    m_scenarioFiles->stopWatching();
    playScenario(scenario);
    return true;
}

void MainWindow::playScenario(const Scenario &scenario)
{
    endClass();
    m_scenario = scenario;
    // What was typed and worked on belongs to the scenario that was running.
    m_console->setWorld(nullptr);
    m_console->clear();
    m_exercisePanel->setRunner(nullptr);
    m_exercisePanel->clear();
    fillClientsMenu();
    fillServersMenu();
    retranslate();
    startWorld();
}

ScenarioErrorsDialog *MainWindow::scenarioErrorsDialog() const
{
    return m_scenarioFiles->errorsDialog();
}

void MainWindow::saveWorld()
{
    const QString worldFile = m_session->worldFile();
    const QString suggested = (worldFile.isEmpty() ? m_scenario.name
                                                   : QFileInfo(worldFile).completeBaseName())
        + QStringLiteral(".") + QLatin1String(WorldFile::extension);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the world"), suggested,
                                                      tr("Carteiro worlds (*.carteiro);;All files (*)"));
    if (!file.isEmpty())
        saveWorldFile(file);
}

void MainWindow::openWorld()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a saved world"), QString(),
                                                      tr("Carteiro worlds (*.carteiro);;All files (*)"));
    if (!file.isEmpty())
        openWorldFile(file);
}

bool MainWindow::saveWorldFile(const QString &file, QString *errorOut)
{
    QString error;
    if (!world()) {
        error = tr("There is no world to save.");
    } else if (WorldFile::save(*world(), file, &error)) {
        const int open = world()->openConnections();
        setStatus([file, open] {
            return open > 0
                ? tr("World saved to %1 (the %n connection(s) open now are not kept).", "", open).arg(file)
                : tr("World saved to %1").arg(file);
        });
        return true;
    }
    if (errorOut)
        *errorOut = error;
    else
        QMessageBox::warning(this, tr("The world was not saved"), error);
    return false;
}

bool MainWindow::openWorldFile(const QString &file, QString *errorOut)
{
    // Read and checked completely before anything of the running world changes.
    QString error;
    std::unique_ptr<World> world = WorldFile::load(file, m_session->options(), &error);
    if (!world) {
        if (errorOut)
            *errorOut = error;
        else
            QMessageBox::warning(this, tr("The world cannot be opened"), error);
        return false;
    }
    showLoadedWorld(std::move(world), file);
    return true;
}

void MainWindow::showLoadedWorld(std::unique_ptr<World> world, const QString &file)
{
    endClass();
    m_scenario = world->scenario();
    m_session->setLoadedWorld(std::move(world), file);
    // A world file is not a scenario file: nothing to watch on disk.
    m_scenarioFiles->stopWatching();
    fillClientsMenu();
    fillServersMenu();
    retranslate();
    startWorld();
}

void MainWindow::exportTranscript()
{
    if (!world())
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the transcript"), m_scenario.name + QStringLiteral(".txt"), tr("Text (*.txt)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportTranscriptTo(file, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        setStatus([this, file] { return tr("Transcript written to %1").arg(file); });
}

bool MainWindow::exportTranscriptTo(const QString &file, QString *error)
{
    // The window shows passwords on purpose; what leaves it masks them, as
    // every export does (docs/security.md, "One rule for passwords").
    return world()
        && TimelineExport::transcriptToText(*world()->transcript(), file, EventJson::Passwords::Masked,
                                            error);
}

void MainWindow::exportCapture()
{
    if (!world())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the capture"),
                                                      m_scenario.name + QStringLiteral(".pcapng"),
                                                      tr("pcapng capture (*.pcapng)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportCaptureTo(file, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        setStatus([this, file] { return tr("Capture written to %1: open it in Wireshark").arg(file); });
}

bool MainWindow::exportCaptureTo(const QString &file, QString *error)
{
    // What crossed the wire, as it crossed (a password in clear too: a
    // capture is the wire), and the TLS sessions' keys, so that Wireshark
    // decrypts them.
    return world() && PcapngExport::write(*world()->transcript(), world()->tlsKeyLog(), file, error);
}

void MainWindow::exportTimeline()
{
    if (!m_model)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the timeline"),
                                                      m_scenario.name + QStringLiteral(".svg"),
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!TimelineExport::toImage(*m_model, file, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        setStatus([this, file] { return tr("Timeline written to %1").arg(file); });
}

void MainWindow::exportHandout()
{
    if (m_handoutJob || !world())
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export a handout"), m_scenario.name + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        exportHandoutTo(file);
}

QObject *MainWindow::exportHandoutTo(const QString &file)
{
    if (m_handoutJob || !world())
        return nullptr;
    auto *job = new Handout::Job(m_scenario, world()->options(), m_language, file, this);
    job->setPrintedPortOffset(world()->options().portOffset); // where this window's students connect
    m_handoutJob = job;
    setStatus([this] { return tr("Writing the handout…"); });
    connect(job, &Handout::Job::finished, this, [this, job, file](bool ok) {
        job->deleteLater();
        if (!ok) {
            QMessageBox::warning(this, tr("Export failed"), job->error());
            return;
        }
        setStatus([this, file] { return tr("Handout written to %1").arg(file); });
    });
    job->start();
    return job;
}

void MainWindow::exportAccessSheet()
{
    if (!world())
        return;
    if (world()->scenario().students.isEmpty()) {
        QMessageBox::information(this, tr("Export the access sheet"),
                                 tr("This scenario declares no class: add \"students 30 on 2esi.org\" or "
                                    "\"class alumnos.csv\" to it."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the access sheet"),
                                                      m_scenario.name + QStringLiteral("-access.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        exportAccessSheetTo(file);
}

bool MainWindow::exportAccessSheetTo(const QString &file, QString *error)
{
    if (!world())
        return false;
    QString problem;
    // The passwords and ports of the world running now; on a class with
    // private worlds, of each student's own (their servidor.edu, their cliente.fr).
    QList<AccessSheet::Card> cards;
    if (m_privateWorlds) {
        for (int i = 0; i < m_privateWorlds->size(); ++i)
            cards += AccessSheet::cards(*m_privateWorlds->world(i));
    } else {
        cards = AccessSheet::cards(*world());
    }
    if (m_quizServer) {
        for (AccessSheet::Card &card : cards) {
            card.quiz = ClassQuizServer::pageUrl(m_quizServer->address(), m_quizServer->port());
            card.quizConsole = ClassQuizServer::consoleCommand(m_quizServer->consoleAddress(),
                                                               m_quizServer->consolePort());
        }
    }
    const bool ok = AccessSheet::write(Scenario::pick(m_scenario.title, m_language), cards, file, &problem);
    if (error)
        *error = problem;
    if (!ok) {
        if (!error)
            QMessageBox::warning(this, tr("Export failed"), problem);
        return false;
    }
    setStatus([this, file] { return tr("Access sheet written to %1").arg(file); });
    return true;
}

void MainWindow::showMailClient(const QString &name)
{
    if (!world())
        return;
    MailClient *client = world()->client(name);
    if (!client)
        return;
    for (const QPointer<MailClientWindow> &window : std::as_const(m_clientWindows)) {
        if (window && window->property("client").toString() == name) {
            window->show();
            window->raise();
            window->activateWindow();
            return;
        }
    }
    auto *window = new MailClientWindow(client, nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setPlayback(m_transport->isPlaying() ? MailClientWindow::Playback::Playing
                                                 : MailClientWindow::Playback::Paused);
    window->setProperty("client", name);
    window->setWindowIcon(windowIcon());
    window->resize(760, 560);
    m_clientWindows.append(window);
    window->show();
}
