#include "mainwindow.h"

#include "scenario/scenariorunner.h"
#include "transcript/transcriptformatter.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const Scenario &scenario, const World::Options &options, const QString &language,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_scenario(scenario)
    , m_options(options)
    , m_language(language)
{
    setWindowTitle(tr("Carteiro — %1").arg(Scenario::pick(scenario.title, language)));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(Scenario::pick(scenario.title, language).toHtmlEscaped()),
                             central);
    layout->addWidget(title);
    m_services = new QLabel(central);
    m_services->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_services);
    auto *controls = new QHBoxLayout;
    m_play = new QPushButton(tr("Play the scenario"), central);
    controls->addWidget(m_play);
    m_mode = new QComboBox(central);
    // How lines cross the wire: all at once, one by one at a pace, or one per click.
    m_mode->addItem(tr("Free run"), int(Gate::Mode::FreeRun));
    m_mode->addItem(tr("Paced"), int(Gate::Mode::Paced));
    m_mode->addItem(tr("Step by step"), int(Gate::Mode::Step));
    m_mode->setCurrentIndex(1);
    controls->addWidget(m_mode);
    m_speed = new QDoubleSpinBox(central);
    m_speed->setRange(0.25, 16.0);
    m_speed->setSingleStep(0.25);
    m_speed->setValue(2.0);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setToolTip(tr("Speed of the paced mode"));
    controls->addWidget(m_speed);
    m_step = new QPushButton(tr("Next line"), central);
    m_step->setShortcut(QKeySequence(Qt::Key_Right));
    controls->addWidget(m_step, 1);
    layout->addLayout(controls);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MainWindow::applyGateSettings);
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, &MainWindow::applyGateSettings);
    connect(m_step, &QPushButton::clicked, this, [this] {
        if (m_world)
            m_world->gate()->step();
    });
    m_transcript = new QPlainTextEdit(central);
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setPlaceholderText(tr("Every command and reply will appear here, as in the course: "
                                        "C: for the client, S: for the server."));
    layout->addWidget(m_transcript, 1);
    setCentralWidget(central);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    connect(m_play, &QPushButton::clicked, this, &MainWindow::play);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(980, 700);
    play();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_world)
        m_world->shutdown();
    event->accept();
}

void MainWindow::play()
{
    if (m_world)
        m_world->shutdown();
    m_runner = nullptr;
    m_world = std::make_unique<World>(m_scenario, m_options);
    m_transcript->clear();
    QString error;
    if (!m_world->start(&error)) {
        m_status->setText(error);
        return;
    }
    QStringList services;
    for (const World::Service &s : m_world->services())
        services.append(tr("%1 listens for %2 on %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port));
    m_services->setText(services.join(QLatin1Char('\n')));
    connect(m_world->transcript(), &Transcript::eventAppended, this, &MainWindow::appendEvent);
    connect(m_world->gate(), &Gate::pendingChanged, this, &MainWindow::updateStepButton);
    applyGateSettings();
    m_runner = new ScenarioRunner(m_world.get(), m_language, m_world.get());
    connect(m_runner, &ScenarioRunner::finished, this, [this](bool allPassed) {
        m_status->setText(allPassed ? tr("The scenario ran to the end and every expectation holds.")
                                    : tr("The scenario ended with a failed expectation."));
        m_play->setText(tr("Play again"));
    });
    m_status->setText(tr("Running…"));
    m_runner->start();
}

void MainWindow::applyGateSettings()
{
    if (!m_world)
        return;
    const auto mode = Gate::Mode(m_mode->currentData().toInt());
    m_world->gate()->setSpeed(m_speed->value());
    m_world->gate()->setMode(mode);
    m_speed->setEnabled(mode == Gate::Mode::Paced);
    updateStepButton();
}

void MainWindow::updateStepButton()
{
    const bool stepping = m_world && m_world->gate()->mode() == Gate::Mode::Step;
    const QByteArray next = m_world ? m_world->gate()->nextLine() : QByteArray();
    m_step->setEnabled(stepping && m_world->gate()->pendingCount() > 0);
    m_step->setText(stepping && !next.isEmpty()
                        ? tr("Next line: %1").arg(TranscriptFormatter::printable(next.left(60)))
                        : tr("Next line"));
}

void MainWindow::appendEvent(const TranscriptEvent &event)
{
    if (event.kind == TranscriptEvent::Kind::Caption) {
        m_transcript->appendPlainText(QStringLiteral("\n== ") + TranscriptFormatter::printable(event.note.toUtf8()));
        return;
    }
    m_transcript->appendPlainText(TranscriptFormatter::courseLine(event));
}
