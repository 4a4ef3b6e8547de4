#include "mainwindow.h"

#include "consolewidget.h"
#include "exercisepanel.h"
#include "predictiondialog.h"
#include "inspectorpanel.h"
#include "languageswitcher.h"
#include "mailclientwindow.h"
#include "messageinspector.h"
#include "networkmapview.h"
#include "scenarioerrorsdialog.h"
#include "serverviews.h"
#include "timelineexport.h"
#include "timelineview.h"

#include "mail/mailclient.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"
#include "classroom/predictionquiz.h"
#include "classroom/scenariorunner.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcriptformatter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// The speed control's steps: 0.25× to 16×, each twice the one before.
const double speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0};
constexpr int speedCount = int(sizeof speeds / sizeof speeds[0]);
constexpr int normalSpeed = 2; // 1×

QString speedText(double factor)
{
    return factor < 1 ? QStringLiteral("%1×").arg(factor, 0, 'g', 2) : QStringLiteral("%1×").arg(int(factor));
}
} // namespace

MainWindow::MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_scenario(scenario)
    , m_options(options)
    , m_language(language)
{
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

    buildDocks();
    buildActions();
    connect(m_timeline, &TimelineView::currentRowChanged, this, &MainWindow::selectRow);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300); // an editor's save can come as several changes
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &file) {
        m_changedFile = file;
        m_reloadTimer.start();
    });
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { reloadChangedScenario(m_changedFile); });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 880);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
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
    const int savedSpeed = settings.value(QStringLiteral("transport/speed"), normalSpeed).toInt();
    m_speedSlider->setValue(qBound(0, savedSpeed, speedCount - 1));
    retranslate();
    startWorld();
}

MainWindow::~MainWindow()
{
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
    auto dock = [this](const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
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
    QDockWidget *messageDock = dock(QStringLiteral("messageDock"), m_messageInspector, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, messageDock);
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
}

void MainWindow::buildActions()
{
    QToolBar *transport = addToolBar(QString());
    transport->setObjectName(QStringLiteral("transport"));
    transport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_playAction = transport->addAction(QIcon(QStringLiteral(":/icons/pause.svg")), QString());
    m_playAction->setShortcut(Qt::Key_Space);
    connect(m_playAction, &QAction::triggered, this, [this] { setPlaying(!m_playing); });
    m_backAction = transport->addAction(QIcon(QStringLiteral(":/icons/step-back.svg")), QString());
    m_backAction->setShortcut(Qt::Key_Left);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::stepBack);
    m_stepAction = transport->addAction(QIcon(QStringLiteral(":/icons/step-forward.svg")), QString());
    m_stepAction->setShortcut(Qt::Key_Right);
    connect(m_stepAction, &QAction::triggered, this, &MainWindow::stepForward);
    m_restartAction = transport->addAction(QIcon(QStringLiteral(":/icons/restart.svg")), QString());
    m_restartAction->setShortcut(Qt::Key_Home);
    connect(m_restartAction, &QAction::triggered, this, &MainWindow::restart);
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
        updateTransport();
    });

    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this, &MainWindow::openScenario);
    open->setObjectName(QStringLiteral("openScenario"));
    open->setShortcut(QKeySequence::Open);
    QAction *openWorldAction = file->addAction(QString(), this, &MainWindow::openWorld);
    openWorldAction->setObjectName(QStringLiteral("openWorld"));
    openWorldAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *saveWorldAction = file->addAction(QString(), this, &MainWindow::saveWorld);
    saveWorldAction->setObjectName(QStringLiteral("saveWorld"));
    saveWorldAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *exportText = file->addAction(QString(), this, &MainWindow::exportTranscript);
    exportText->setObjectName(QStringLiteral("exportTranscript"));
    QAction *exportImage = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this,
                                           &MainWindow::exportTimeline);
    exportImage->setObjectName(QStringLiteral("exportTimeline"));
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *clients = menuBar()->addMenu(QString());
    clients->setObjectName(QStringLiteral("clientsMenu"));
    fillClientsMenu();

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addAction(transport->toggleViewAction());
    view->addSeparator();
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
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Carteiro"),
                           tr("<p><b>Carteiro</b> %1</p><p>Simulated hosts talk real SMTP and POP3 over "
                              "loopback sockets; every command and reply is drawn on the timeline.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("about"));
}

// One entry per mail client of the scenario (texts set in retranslate()).
void MainWindow::fillClientsMenu()
{
    auto *clients = menuBar()->findChild<QMenu *>(QStringLiteral("clientsMenu"));
    if (!clients)
        return;
    clients->clear();
    for (const ScenarioClient &client : m_scenario.clients) {
        QAction *a = clients->addAction(client.name, this, [this, name = client.name] { showMailClient(name); });
        a->setObjectName(QStringLiteral("client_") + client.name);
    }
}

void MainWindow::updateExposure()
{
    const QStringList services = m_world ? m_world->servicesBeyondLoopback() : QStringList();
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
                              "travel in clear text:\n%1").arg(services.join(QLatin1Char('\n'))));
}

void MainWindow::retranslate()
{
    updateExposure();
    setWindowTitle(tr("Carteiro — %1").arg(Scenario::pick(m_scenario.title, m_language)));
    if (auto *transport = findChild<QToolBar *>(QStringLiteral("transport")))
        transport->setWindowTitle(tr("Transport"));
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(tr("Go back one line over what was recorded (Left)"));
    m_stepAction->setText(tr("Step"));
    m_stepAction->setToolTip(tr("Let one command or one reply cross the wire (Right)"));
    m_restartAction->setText(tr("Restart"));
    m_restartAction->setToolTip(tr("Play the scenario again from the start (Home)"));
    m_speedSlider->setToolTip(tr("Speed while playing"));
    m_score->setText(scoreText());
    auto titled = [this](const char *objectName, const QString &text) {
        if (auto *d = findChild<QDockWidget *>(QLatin1String(objectName)))
            d->setWindowTitle(text);
    };
    titled("networkDock", tr("Network"));
    titled("inspectorDock", tr("Inspector"));
    titled("messageDock", tr("Message"));
    m_messageInspector->setPlaceholderText(tr("Select a line of a message on the timeline (after DATA's 354, "
                                              "or after the +OK of RETR) to see the whole message here."));
    titled("serversDock", tr("Servers"));
    titled("consoleDock", tr("Console"));
    auto menu = [this](const char *objectName, const QString &text) {
        if (auto *m = menuBar()->findChild<QMenu *>(QLatin1String(objectName)))
            m->setTitle(text);
    };
    menu("fileMenu", tr("&File"));
    menu("clientsMenu", tr("&Mail clients"));
    menu("viewMenu", tr("&View"));
    menu("languageMenu", tr("&Language"));
    menu("helpMenu", tr("&Help"));
    auto action = [this](const char *objectName, const QString &text) {
        if (auto *a = findChild<QAction *>(QLatin1String(objectName)))
            a->setText(text);
    };
    action("openScenario", tr("&Open scenario…"));
    action("openWorld", tr("Open &world…"));
    action("saveWorld", tr("&Save world…"));
    action("exportTranscript", tr("Export the &transcript…"));
    action("exportTimeline", tr("Export the timeline as &image…"));
    action("quit", tr("&Quit"));
    action("about", tr("&About Carteiro"));
    for (const ScenarioClient &client : m_scenario.clients)
        action(qPrintable(QStringLiteral("client_") + client.name),
               tr("Mail client of %1 (%2)").arg(client.name, client.user));
    if (m_statusText)
        m_status->setText(m_statusText());
    updateTransport();
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
    if (m_runner) {
        m_runner->setLanguage(code);
        if (!m_runner->currentNarration().isEmpty())
            m_caption->setText(m_runner->currentNarration());
    }
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
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
    const PredictionQuiz *quiz = m_runner ? m_runner->quiz() : nullptr;
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
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("transport/speed"), m_speedSlider->value());
    for (const QPointer<MailClientWindow> &window : std::as_const(m_clientWindows)) {
        if (window)
            window->close();
    }
    if (m_world)
        m_world->shutdown();
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
    m_servers->setWorld(nullptr);
    m_console->setWorld(nullptr);
    m_exercisePanel->setRunner(nullptr);
    delete m_predictionDialog.data();
    m_timeline->setModel(nullptr);
    m_inspector->setTranscript(nullptr);
    m_shownMessage = TranscriptMessage();
    m_messageInspector->setMessage(QByteArray());
    delete m_model;
    m_model = nullptr;
    m_runner = nullptr;
    m_world.reset(); // closes every socket of the old world first
    m_historyRow = -1;
    m_caption->setText(QString());

    // A loaded world (File ▸ Open world…) takes the place of a new one.
    const bool loaded = m_loadedWorld != nullptr;
    m_world = loaded ? std::move(m_loadedWorld) : std::make_unique<World>(m_scenario, m_options);
    if (!loaded)
        m_worldFile.clear();
    m_world->gate()->setPaceMs(600);
    m_world->gate()->setSpeed(speeds[m_speedSlider->value()]);
    m_world->gate()->setMode(m_playing ? Gate::Mode::Paced : Gate::Mode::Step);
    QString error;
    if (!(loaded ? WorldFile::start(m_world.get(), &error) : m_world->start(&error))) {
        setStatus(nullptr);
        m_status->setText(error);
        QMessageBox::warning(this, tr("Carteiro"), error);
        return;
    }
    updateExposure();
    m_model = new TimelineModel(this);
    QStringList lanes;
    for (const World::Host &host : m_world->hosts()) {
        if (host.kind != World::HostKind::Console)
            lanes.append(host.name);
    }
    // The course's figure, left to right: the sender's client and server, the
    // DNS between the servers, the recipient's server and client.
    QStringList ordered;
    for (const ScenarioClient &c : m_scenario.clients) {
        const QString domain = c.user.mid(c.user.lastIndexOf(QLatin1Char('@')) + 1);
        if (ordered.isEmpty()) {
            ordered << c.name << domain << QStringLiteral("DNS");
        } else if (!ordered.contains(domain)) {
            ordered << domain << c.name;
        } else if (!ordered.contains(c.name)) {
            ordered << c.name;
        }
    }
    for (const QString &lane : std::as_const(lanes)) {
        if (!ordered.contains(lane))
            ordered.append(lane);
    }
    m_model->setPreferredLanes(ordered);
    m_model->setTranscript(m_world->transcript());
    m_timeline->setModel(m_model);
    m_inspector->setTranscript(m_world->transcript());
    m_map->setWorld(m_world.get());
    m_servers->setWorld(m_world.get());
    m_console->setWorld(m_world.get());
    connect(m_world->gate(), &Gate::pendingChanged, this, &MainWindow::updateTransport);

    if (loaded) {
        // A saved world goes on from where it was: its last caption, no story.
        const Transcript *transcript = m_world->transcript();
        for (qsizetype i = transcript->size() - 1; i >= 0; --i) {
            if (transcript->at(i).kind == TranscriptEvent::Kind::Caption) {
                m_caption->setText(transcript->at(i).note);
                break;
            }
        }
        const QString file = QFileInfo(m_worldFile).fileName();
        setStatus([file] { return tr("World loaded from %1: it goes on from where it was saved.").arg(file); });
        updateTransport();
        return;
    }
    m_runner = new ScenarioRunner(m_world.get(), m_language, m_world.get());
    // A student is here: exercises wait for the console, predictions ask.
    m_runner->setInteractive(true);
    m_exercisePanel->setRunner(m_runner);
    m_score->setVisible(false);
    PredictionQuiz *quiz = m_runner->quiz();
    m_predictionDialog = new PredictionDialog(quiz, this);
    connect(quiz, &PredictionQuiz::asked, this, [this](const PredictionQuiz::Question &question) {
        m_predictionDialog->ask(question);
        m_predictionDialog->show();
        m_predictionDialog->raise();
        m_predictionDialog->activateWindow();
        updateTransport();
    });
    connect(quiz, &PredictionQuiz::scoreChanged, this, [this] {
        m_score->setText(scoreText());
        m_score->setVisible(true);
    });
    connect(m_runner, &ScenarioRunner::narration, this, [this](const QString &text) { m_caption->setText(text); });
    connect(m_runner, &ScenarioRunner::finished, this, [this](bool allPassed) {
        int passed = 0;
        for (const ScenarioRunner::Outcome &o : m_runner->outcomes())
            passed += o.passed ? 1 : 0;
        const qsizetype total = m_runner->outcomes().size();
        setStatus([this, allPassed, passed, total] {
            return allPassed ? tr("The scenario is over: %1 expectations hold.").arg(passed)
                             : tr("The scenario is over: %1 of %2 expectations hold.").arg(passed).arg(total);
        });
    });
    setStatus([this] { return tr("Playing the scenario: %1").arg(Scenario::pick(m_scenario.title, m_language)); });
    m_runner->start();
    updateTransport();
}

void MainWindow::setPlaying(bool playing)
{
    m_playing = playing;
    if (m_world)
        m_world->gate()->setMode(playing ? Gate::Mode::Paced : Gate::Mode::Step);
    if (playing && m_historyRow >= 0) {
        // Back to the present: the timeline follows the newest line again.
        m_historyRow = -1;
        m_timeline->setCursorRow(-1);
        m_map->showMoment(-1);
    }
    updateTransport();
}

void MainWindow::stepForward()
{
    if (m_historyRow >= 0 && m_model) {
        // Walking forward over what was recorded.
        const qsizetype next = m_historyRow + 1;
        if (next >= m_model->rowCount()) {
            m_historyRow = -1;
            m_timeline->setCursorRow(-1);
            m_map->showMoment(-1);
        } else {
            m_historyRow = next;
            m_timeline->setCursorRow(next);
            m_timeline->setCurrentRow(next);
        }
        updateTransport();
        return;
    }
    if (m_playing)
        setPlaying(false);
    if (m_world)
        m_world->gate()->step();
    updateTransport();
}

void MainWindow::stepBack()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    if (m_playing)
        setPlaying(false);
    const qsizetype from = m_historyRow >= 0 ? m_historyRow : m_model->rowCount();
    m_historyRow = qMax<qsizetype>(0, from - 1);
    m_timeline->setCursorRow(m_historyRow);
    m_timeline->setCurrentRow(m_historyRow);
    updateTransport();
}

void MainWindow::restart()
{
    startWorld();
}

void MainWindow::setSpeed(double factor)
{
    int best = 0;
    for (int i = 0; i < speedCount; ++i) {
        if (qAbs(speeds[i] - factor) < qAbs(speeds[best] - factor))
            best = i;
    }
    m_speedSlider->setValue(best);
}

double MainWindow::speed() const
{
    return speeds[m_speedSlider->value()];
}

void MainWindow::selectRow(qsizetype row, qsizetype event)
{
    Q_UNUSED(row);
    m_inspector->showEvent(event);
    m_map->showMoment(event);
    showMessageAt(event);
}

void MainWindow::showMessageAt(qsizetype event)
{
    if (!m_world || event < 0)
        return;
    // Another line keeps the last message in view, with its highlighted rows.
    const TranscriptMessage message = TranscriptMessage::at(*m_world->transcript(), event);
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

void MainWindow::updateTransport()
{
    if (!m_playAction)
        return;
    m_playAction->setText(m_playing ? tr("Pause") : tr("Play"));
    m_playAction->setIcon(QIcon(m_playing ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
    m_playAction->setToolTip(m_playing ? tr("Pause: each line then waits for Step (Space)")
                                       : tr("Play the lines one after another (Space)"));
    m_speedLabel->setText(tr("Speed %1").arg(speedText(speeds[m_speedSlider->value()])));
    QString next;
    if (m_historyRow >= 0) {
        next = tr("Looking back: line %1 of %2 (Right goes forward, Space returns to now)")
                   .arg(m_historyRow + 1)
                   .arg(m_model ? m_model->rowCount() : 0);
    } else if (m_world && m_world->gate()->pendingCount() > 0 && !m_playing) {
        next = tr("Next on the wire: %1")
                   .arg(TranscriptFormatter::printable(m_world->gate()->nextLine().left(80)));
    }
    m_next->setText(next);
}

void MainWindow::openScenario()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a scenario"), QString(),
                                                      tr("Scenarios (*.scenario);;All files (*)"));
    if (!file.isEmpty())
        openScenarioFile(file);
}

bool MainWindow::openScenarioFile(const QString &file, QStringList *errorsOut)
{
    QList<ScenarioError> errors;
    const Scenario loaded = ScenarioParser::load(file, &errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : std::as_const(errors))
            lines.append(e.toString());
        if (errorsOut) {
            *errorsOut = lines;
        } else {
            showScenarioErrors(file, lines);
            // Saved mended in the editor beside, it is played at once.
            if (QFileInfo::exists(file) && !m_watcher.files().contains(file)) {
                if (!m_watcher.files().isEmpty())
                    m_watcher.removePaths(m_watcher.files());
                m_watcher.addPath(file);
            }
        }
        return false;
    }
    if (m_errorsDialog && m_errorsDialog->file() == file)
        m_errorsDialog->close(); // mended
    m_scenario = loaded;
    fillClientsMenu();
    // A teacher edits the file beside the window: it is played again when saved.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_watcher.addPath(file);
    retranslate();
    startWorld();
    return true;
}

void MainWindow::reloadChangedScenario(const QString &file)
{
    // Editors often save by replacing the file, which ends the watch: watch again.
    if (QFile::exists(file) && !m_watcher.files().contains(file))
        m_watcher.addPath(file);
    QStringList errors;
    if (openScenarioFile(file, &errors)) {
        m_status->setText(tr("%1 changed on disk and was played again.").arg(QFileInfo(file).fileName()));
    } else {
        // The window keeps the scenario it had; the errors say what to mend.
        m_status->setText(tr("%1 changed on disk but has errors: %2")
                              .arg(QFileInfo(file).fileName(), errors.join(QStringLiteral("; "))));
        // The report beside the editor follows the file.
        if (m_errorsDialog && m_errorsDialog->isVisible() && m_errorsDialog->file() == file)
            m_errorsDialog->setErrors(file, errors);
    }
}

ScenarioErrorsDialog *MainWindow::scenarioErrorsDialog() const
{
    return m_errorsDialog.data();
}

void MainWindow::showScenarioErrors(const QString &file, const QStringList &errors)
{
    if (!m_errorsDialog) {
        m_errorsDialog = new ScenarioErrorsDialog(this);
        connect(m_errorsDialog, &ScenarioErrorsDialog::checkAgainRequested, this,
                [this](const QString &file) { openScenarioFile(file); });
    }
    m_errorsDialog->setErrors(file, errors);
    m_errorsDialog->show();
    m_errorsDialog->raise();
    m_errorsDialog->activateWindow();
    setStatus([file] {
        return tr("%1 has errors and was not played; the scenario that was running goes on.")
            .arg(QFileInfo(file).fileName());
    });
}

void MainWindow::saveWorld()
{
    const QString suggested = (m_worldFile.isEmpty() ? m_scenario.name : QFileInfo(m_worldFile).completeBaseName())
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
    if (!m_world) {
        error = tr("There is no world to save.");
    } else if (WorldFile::save(*m_world, file, &error)) {
        const int open = m_world->openConnections();
        setStatus([file, open] {
            return open > 0 ? tr("World saved to %1 (the %n connection(s) open now are not kept).", "", open).arg(file)
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
    std::unique_ptr<World> world = WorldFile::load(file, m_options, &error);
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
    m_scenario = world->scenario();
    m_loadedWorld = std::move(world);
    m_worldFile = file;
    // A world file is not a scenario file: nothing to watch on disk.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    fillClientsMenu();
    retranslate();
    startWorld();
}

void MainWindow::exportTranscript()
{
    if (!m_world)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the transcript"),
                                                      m_scenario.name + QStringLiteral(".txt"),
                                                      tr("Text (*.txt)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!TimelineExport::transcriptToText(*m_world->transcript(), file, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        setStatus([this, file] { return tr("Transcript written to %1").arg(file); });
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

void MainWindow::showMailClient(const QString &name)
{
    if (!m_world)
        return;
    MailClient *client = m_world->client(name);
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
    window->setProperty("client", name);
    window->setWindowIcon(windowIcon());
    window->resize(760, 560);
    m_clientWindows.append(window);
    window->show();
}
