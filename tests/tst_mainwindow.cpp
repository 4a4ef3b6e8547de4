// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom window as a student uses it: play, pause, step (the sockets
// really wait), back over history, restart, and selecting an arrow to read
// its explanation.
#include "classroom/scenariorunner.h"
#include "gui/consolewidget.h"
#include "gui/eavesdropperpanel.h"
#include "gui/exercisepanel.h"
#include "gui/handoutexport.h"
#include "gui/inspectorpanel.h"
#include "gui/mainwindow.h"
#include "gui/networkmapview.h"
#include "gui/timelineview.h"
#include "mail/mailserver.h"
#include "scenario/scenarioparser.h"
#include "transcript/timelinemodel.h"

#include <QAction>
#include <QBuffer>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkInterface>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QXmlStreamReader>

namespace {

Scenario anaFran()
{
    QList<ScenarioError> errors;
    return ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
}

World::Options options()
{
    World::Options o;
    o.ephemeralPorts = true;
    return o;
}

QStringList lanesOf(const TimelineModel &model)
{
    QStringList lanes;
    for (int i = 0; i < model.laneCount(); ++i)
        lanes.append(model.lane(i));
    return lanes;
}

qsizetype lineEvents(const Transcript *t)
{
    qsizetype n = 0;
    for (const TranscriptEvent &e : t->events())
        n += e.kind == TranscriptEvent::Kind::Line ? 1 : 0;
    return n;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void playsTheWalkthroughToTheEnd();
    void startsPausedAtTheFirstCaptions();
    void exportsAHandout();
    void exportsTheAccessSheet();
    void firstStartFitsTheScreen();
    void nothingIsCutOnSchoolScreens_data();
    void nothingIsCutOnSchoolScreens();
    void takenPortsMoveTheWindowToTheNextOffset();
    void pausedStepReleasesOneLineAtATime();
    void clickingAnArrowExplainsIt();
    void backWalksOverHistory();
    void restartBuildsANewWorld();
    void keyboardDrivesTheTransport();
    void scenarioFileIsPlayedAgainWhenSaved();
    void fileFromTheCommandLineIsWatched();
    void builtInScenarioFromTheMenu();
    void loopbackShowsNoExposureWarning();
    void listeningBeyondLoopbackShowsTheWarning();
    void lanesAreTheExportedImagesForEveryScenario();
    void imapScenariosPlayInTheWindow_data();
    void imapScenariosPlayInTheWindow();
    void tlsScenariosPlayInTheWindow_data();
    void tlsScenariosPlayInTheWindow();
    void eavesdropperReadsWhatCrossesHerLinks();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QSettings().clear(); // no layout or speed from an earlier run
}

void TestMainWindow::playsTheWalkthroughToTheEnd()
{
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    // One arrow per line on the wire.
    qsizetype arrows = 0;
    for (qsizetype r = 0; r < window.timelineModel()->rowCount(); ++r)
        arrows += window.timelineModel()->row(r).type == TimelineModel::RowType::Arrow ? 1 : 0;
    QCOMPARE(arrows, lineEvents(window.world()->transcript()));
    QVERIFY(arrows > 50);
    QVERIFY(window.caption().startsWith(QStringLiteral("6. Fran")));
    // What the window exports as text masks the passwords it shows.
    QTemporaryDir exported;
    const QString text = exported.filePath(QStringLiteral("ana-fran.txt"));
    QString error;
    QVERIFY2(window.exportTranscriptTo(text, &error), qPrintable(error));
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("AUTH PLAIN ****"));
    QVERIFY(!written.contains("claveana") && !written.contains("claveejemplo"));
    // File ▸ Export the capture: a pcapng file (its Section Header Block
    // first) carrying the lines as they crossed the wire.
    const QString capture = exported.filePath(QStringLiteral("ana-fran.pcapng"));
    QVERIFY2(window.exportCaptureTo(capture, &error), qPrintable(error));
    QFile pcap(capture);
    QVERIFY(pcap.open(QIODevice::ReadOnly));
    const QByteArray packets = pcap.readAll();
    QVERIFY(packets.startsWith(QByteArray::fromHex("0a0d0d0a")));
    QVERIFY(packets.contains("EHLO "));
    QVERIFY(packets.contains("QUIT\r\n"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportCapture")));
    // Over: nothing plays any more, and the button says so.
    QVERIFY(!window.isPlaying());
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("play"))->text(), QStringLiteral("Play"));
}

void TestMainWindow::exportsAHandout()
{
    // File ▸ Export a handout: the scenario plays again in a world of its
    // own while the window's waits for its student, untouched.
    MainWindow window(anaFran(), options(), QStringLiteral("es"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitFor([&] { return window.runner()->isWaitingForGo(); }, 5000));
    const World *own = window.world();
    const qsizetype events = own->transcript()->size();
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("ana-fran.pdf"));
    auto *job = qobject_cast<Handout::Job *>(window.exportHandoutTo(pdf));
    QVERIFY(job);
    QVERIFY(!window.exportHandoutTo(folder.filePath(QStringLiteral("again.pdf")))); // one at a time
    QSignalSpy finished(job, &Handout::Job::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(job->error()));
    QVERIFY(job->pageCount() >= 4);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("again.pdf"))));
    QCOMPARE(window.world(), own);
    QCOMPARE(own->transcript()->size(), events);
    QVERIFY(window.runner()->isWaitingForGo());
    QVERIFY2(window.statusText().contains(pdf), qPrintable(window.statusText())); // "Hoja escrita en …"
}

void TestMainWindow::exportsTheAccessSheet()
{
    // File ▸ Export the class's access sheet: the running world's students,
    // with the passwords its server takes (new ones: the window keeps none).
    QList<ScenarioError> errors;
    const Scenario clase = ScenarioParser::parse(QStringLiteral("clase.scenario"),
                                                 "server 2esi.org\nstudents 3 on 2esi.org\n", &errors);
    QVERIFY(errors.isEmpty());
    MainWindow window(clase, options(), QStringLiteral("gl"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.world());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportAccessSheet")));
    const Scenario &running = window.world()->scenario();
    QCOMPARE(running.students.size(), 3);
    MailServer *server = window.world()->server(QStringLiteral("2esi.org"));
    QVERIFY(server);
    const QString first = running.user(QStringLiteral("alumno1@2esi.org"))->password;
    const QString second = running.user(QStringLiteral("alumno2@2esi.org"))->password;
    QVERIFY(!first.isEmpty() && first != second);
    QVERIFY(server->authenticate("alumno1", first.toUtf8()));
    QVERIFY(server->authenticate("alumno2@2esi.org", second.toUtf8()));
    QVERIFY(!server->authenticate("alumno2", first.toUtf8()));
    QVERIFY(!server->authenticate("alumno1", QByteArray()));

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("clase.pdf"));
    QString error;
    QVERIFY2(window.exportAccessSheetTo(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY2(window.statusText().contains(pdf), qPrintable(window.statusText()));

    // A scenario without a class has no sheet to give.
    MainWindow plain(anaFran(), options(), QStringLiteral("en"));
    const QString none = folder.filePath(QStringLiteral("none.pdf"));
    QVERIFY(!plain.exportAccessSheetTo(none, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(none));
}

void TestMainWindow::startsPausedAtTheFirstCaptions()
{
    // The servers listen, the first captions are shown, nothing is sent: an
    // obvious Start ("Comezar") begins the story.
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitFor([&] { return window.runner()->isWaitingForGo(); }, 5000));
    QVERIFY(!window.isPlaying());
    QVERIFY2(window.caption().startsWith(QStringLiteral("2. O MUA de Ana")), qPrintable(window.caption()));
    // However long the student reads, no connection opens and no line crosses.
    QVERIFY(!QTest::qWaitFor(
        [&] {
            for (const TranscriptEvent &e : window.world()->transcript()->events()) {
                if (e.kind == TranscriptEvent::Kind::ConnectionOpened
                    || e.kind == TranscriptEvent::Kind::Line)
                    return true;
            }
            return false;
        },
        300));
    auto *play = window.findChild<QAction *>(QStringLiteral("play"));
    QVERIFY(play);
    QCOMPARE(play->text(), QStringLiteral("Start")); // "Comezar" in Galician (tst_language)
    QVERIFY2(window.statusText().startsWith(QStringLiteral("Paused")), qPrintable(window.statusText()));
    // The buttons after Start/Play/Pause stay where they are when it changes.
    auto *transport = window.findChild<QToolBar *>(QStringLiteral("transport"));
    auto *step = window.findChild<QAction *>(QStringLiteral("step"));
    QVERIFY(transport && step);
    const QPoint stepAt = transport->widgetForAction(step)->pos();
    play->trigger();
    QVERIFY(window.isPlaying());
    QVERIFY(!window.runner()->isWaitingForGo());
    QCOMPARE(play->text(), QStringLiteral("Pause"));
    QApplication::processEvents();
    QCOMPARE(transport->widgetForAction(step)->pos(), stepAt);
    play->trigger();
    QCOMPARE(play->text(), QStringLiteral("Play"));
    QApplication::processEvents();
    QCOMPARE(transport->widgetForAction(step)->pos(), stepAt);
    play->trigger();
    QVERIFY(QTest::qWaitFor([&] { return lineEvents(window.world()->transcript()) > 0; }, 10000));
}

void TestMainWindow::firstStartFitsTheScreen()
{
    // No saved layout: a screen smaller than 1400×880 (a 1366×768 laptop, a
    // projector; the offscreen test screen) gets the window maximized on it,
    // not a window running off its edges.
    QSettings().remove(QStringLiteral("window"));
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    if (room.width() >= 1400 && room.height() >= 880)
        QSKIP("this screen holds the whole 1400×880 window");
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
    // It can be that small: on a 1280×720 projector, with a title bar and a
    // panel, about 650 px are left; the docks scroll rather than push.
    QVERIFY2(window.minimumSizeHint().height() <= 650 && window.minimumSizeHint().width() <= 1280,
             qPrintable(QStringLiteral("minimum %1×%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
}

void TestMainWindow::nothingIsCutOnSchoolScreens_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    for (const char *language : {"gl", "es", "en"}) {
        QTest::addRow("1366x768-%s", language) << QSize(1366, 768) << QString::fromLatin1(language);
        QTest::addRow("1280x720-%s", language) << QSize(1280, 720) << QString::fromLatin1(language);
    }
}

void TestMainWindow::nothingIsCutOnSchoolScreens()
{
    // The walkthrough played on a school laptop and on a projector, the
    // relay's "Sender ok" selected: what the window draws itself (timeline,
    // map, their headers and notes) shows whole, with no "…", in every language.
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    MainWindow window(anaFran(), options(), language);
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.setWindowState(Qt::WindowNoState); // the test screen is small: sized by hand
    window.resize(screen.width(), screen.height() - 48); // a title bar and a panel
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.minimumSizeHint().height() <= window.height());
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    const Transcript *t = window.world()->transcript();
    qsizetype senderOk = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).raw.endsWith("Sender ok") && t->at(i).to == QLatin1String("cliente.fr"))
            senderOk = i;
    }
    QVERIFY(senderOk >= 0);
    window.timeline()->setCurrentRow(window.timelineModel()->rowOfEvent(senderOk));
    QTest::qWait(100);
    QStringList cut;
    int texts = 0;
    const auto collect = [&](QWidget *widget) {
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(widget->size());
        svg.setViewBox(widget->rect());
        widget->render(&svg);
        QXmlStreamReader xml(buffer.data());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isCharacters() || xml.isWhitespace())
                continue;
            ++texts;
            if (xml.text().contains(QChar(0x2026)))
                cut.append(xml.text().toString());
        }
    };
    collect(window.timeline());
    collect(window.findChild<NetworkMapView *>());
    QVERIFY2(texts > 30, qPrintable(QString::number(texts)));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(" | "))));

    // A caption longer than a row (ana-fran's 4.) may be cut on its row; its
    // tooltip and the heading, which wraps, show it whole when it is chosen.
    qsizetype longest = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).kind == TranscriptEvent::Kind::Caption
            && (longest < 0 || t->at(i).noteText().size() > t->at(longest).noteText().size()))
            longest = i;
    }
    QVERIFY(longest >= 0);
    const QString whole = t->at(longest).noteText();
    window.timeline()->setCurrentRow(window.timelineModel()->rowOfEvent(longest));
    QTest::qWait(100);
    QCOMPARE(window.caption(), whole);
    auto *heading = window.findChild<QLabel *>(QStringLiteral("caption"));
    QVERIFY(heading && heading->wordWrap());
    QVERIFY2(
        heading->heightForWidth(heading->width()) <= heading->height(),
        qPrintable(
            QStringLiteral("%1 > %2").arg(heading->heightForWidth(heading->width())).arg(heading->height())));
    cut.clear();
    collect(window.timeline());
    for (const QString &text : std::as_const(cut))
        QVERIFY2(whole.startsWith(text.trimmed().chopped(1)), qPrintable(text));
}

void TestMainWindow::pausedStepReleasesOneLineAtATime()
{
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    World *world = window.world();
    // Paused at the start: the first Step starts the story.
    QVERIFY(QTest::qWaitFor([&] { return window.runner()->isWaitingForGo(); }, 5000));
    window.stepForward();
    // The first line (cliente.fr's greeting) waits at the gate: nothing crossed.
    QVERIFY(QTest::qWaitFor([&] { return world->gate()->pendingCount() == 1; }, 5000));
    // However long the student reads, nothing crosses (watched all along).
    QVERIFY(!QTest::qWaitFor([&] { return lineEvents(world->transcript()) > 0; }, 200));
    QCOMPARE(world->gate()->nextLine(), QByteArray("220 cliente.fr"));
    window.stepForward();
    QVERIFY(QTest::qWaitFor([&] { return lineEvents(world->transcript()) == 1; }, 5000));
    // The client's EHLO is now held in its turn, until the next step.
    QVERIFY(QTest::qWaitFor([&] { return world->gate()->pendingCount() == 1; }, 5000));
    QVERIFY(!QTest::qWaitFor([&] { return lineEvents(world->transcript()) > 1; }, 100));
    QCOMPARE(lineEvents(world->transcript()), qsizetype(1));
    QVERIFY(world->gate()->nextLine().startsWith("EHLO"));
    window.stepForward();
    QVERIFY(QTest::qWaitFor([&] { return lineEvents(world->transcript()) == 2; }, 5000));
}

void TestMainWindow::clickingAnArrowExplainsIt()
{
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.setWindowState(Qt::WindowNoState); // the test screen is small: not maximized here
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    // Find the row of cliente.fr's MAIL FROM to servidor.edu and click it.
    const Transcript *t = window.world()->transcript();
    qsizetype mailEvent = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).raw == "MAIL FROM:<ana@cliente.fr>" && t->at(i).to == QLatin1String("servidor.edu"))
            mailEvent = i;
    }
    QVERIFY(mailEvent >= 0);
    TimelineView *view = window.timeline();
    const qsizetype row = window.timelineModel()->rowOfEvent(mailEvent);
    QVERIFY(row >= 0);
    view->setCurrentRow(row); // scrolls it into view
    QTest::qWait(50);
    const QRect rect = view->rowRect(row);
    QVERIFY(view->viewport()->rect().contains(rect.center()));
    QCOMPARE(view->indexAt(rect.center()), row);
    view->setCurrentRow(-1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentRow(), row);
    QCOMPARE(window.inspector()->shownEvent(), mailEvent);
    QVERIFY2(window.inspector()->explanationText().contains(QStringLiteral("RFC 5321")),
             qPrintable(window.inspector()->explanationText()));

    // The status bar follows the line shown, as the map's banner does ...
    auto *next = window.findChild<QLabel *>(QStringLiteral("nextLine"));
    QVERIFY(next);
    const QString shown = QStringLiteral("Showing line %1 of %2, at ").arg(mailEvent + 1).arg(t->size());
    QVERIFY2(next->text().startsWith(shown), qPrintable(next->text()));
    auto *map = window.findChild<NetworkMapView *>();
    QVERIFY(map);
    QVERIFY(map->showsThePast());
    // ... and goes back to now with it.
    Q_EMIT map->backToNowRequested();
    QVERIFY(!map->showsThePast());
    QVERIFY2(!next->text().contains(QStringLiteral("Showing line")), qPrintable(next->text()));
    // The newest line, selected, is now: neither says "the past".
    view->setCurrentRow(window.timelineModel()->rowCount() - 1);
    QVERIFY(!map->showsThePast());
    QVERIFY2(!next->text().contains(QStringLiteral("Showing line")), qPrintable(next->text()));
}

void TestMainWindow::backWalksOverHistory()
{
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    const qsizetype rows = window.timelineModel()->rowCount();
    window.stepBack();
    QVERIFY(!window.isPlaying());
    QCOMPARE(window.timeline()->cursorRow(), rows - 1);
    window.stepBack();
    window.stepBack();
    QCOMPARE(window.timeline()->cursorRow(), rows - 3);
    QCOMPARE(window.timeline()->currentRow(), rows - 3);
    window.stepForward();
    QCOMPARE(window.timeline()->cursorRow(), rows - 2);
    // A line of the past: the map says so, the heading is the caption told
    // before that line, and a click on the map's banner returns to now.
    const Transcript *t = window.world()->transcript();
    qsizetype firstLine = -1;
    for (qsizetype i = 0; i < t->size() && firstLine < 0; ++i)
        firstLine = t->at(i).kind == TranscriptEvent::Kind::Line ? i : -1;
    window.timeline()->setCurrentRow(window.timelineModel()->rowOfEvent(firstLine));
    NetworkMapView *map = window.findChild<NetworkMapView *>(QStringLiteral("networkMap"));
    QVERIFY(map);
    QCOMPARE(map->moment(), firstLine);
    QVERIFY2(map->pastBannerText().contains(QStringLiteral("line %1 of").arg(firstLine + 1)),
             qPrintable(map->pastBannerText()));
    QVERIFY2(window.caption().startsWith(QStringLiteral("2. ")), qPrintable(window.caption()));
    QVERIFY(!map->pastBanner().isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->pastBanner().center());
    QCOMPARE(map->moment(), qsizetype(-1));
    QCOMPARE(window.timeline()->cursorRow(), qsizetype(-1));
    QVERIFY(map->pastBanner().isEmpty());
    QVERIFY2(window.caption().startsWith(QStringLiteral("6. ")), qPrintable(window.caption()));
    window.stepBack();
    // Play returns to the present.
    window.setPlaying(true);
    QCOMPARE(window.timeline()->cursorRow(), qsizetype(-1));
}

void TestMainWindow::restartBuildsANewWorld()
{
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    const World *first = window.world();
    QVERIFY(window.world()->transcript()->size() > 0);
    window.restart();
    QVERIFY(window.world() != nullptr);
    QVERIFY(window.world()->transcript()->size() < 10);
    Q_UNUSED(first);
    // A restart starts paused again, at the first captions.
    QVERIFY(!window.isPlaying());
    QVERIFY(QTest::qWaitFor([&] { return window.runner()->isWaitingForGo(); }, 5000));
    window.setPlaying(true);
    QSignalSpy again(window.runner(), &ScenarioRunner::finished);
    QVERIFY(again.wait(60000));
    QCOMPARE(again.first().first().toBool(), true);
}

void TestMainWindow::keyboardDrivesTheTransport()
{
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    // It starts paused; Space starts the story, Space again pauses it.
    QVERIFY(!window.isPlaying());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(window.isPlaying());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!window.isPlaying());
    QCOMPARE(window.world()->gate()->mode(), Gate::Mode::Step);
    QVERIFY(QTest::qWaitFor([&] { return window.world()->gate()->pendingCount() == 1; }, 5000));
    const qsizetype before = lineEvents(window.world()->transcript());
    QTest::keyClick(&window, Qt::Key_Right);
    QVERIFY(QTest::qWaitFor([&] { return lineEvents(window.world()->transcript()) == before + 1; }, 5000));
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(window.isPlaying());
    QCOMPARE(window.world()->gate()->mode(), Gate::Mode::Paced);
}

void TestMainWindow::scenarioFileIsPlayedAgainWhenSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("aula.scenario"));
    auto write = [&](const QByteArray &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    const QByteArray world = "server servidor.edu\nuser fran@servidor.edu password claveejemplo\n";
    write("title en \"First\"\n" + world);
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    window.show();
    QStringList errors;
    QVERIFY(window.openScenarioFile(path, &errors));
    QVERIFY(window.windowTitle().contains(QStringLiteral("First")));
    const World *first = window.world();
    QVERIFY(first);

    // The teacher saves a new title: the window plays the file again.
    QTest::qWait(50);
    write("title en \"Second\"\n" + world);
    QVERIFY(QTest::qWaitFor([&] { return window.windowTitle().contains(QStringLiteral("Second")); }, 10000));
    QVERIFY(window.world() != nullptr);

    // A broken save keeps what runs and names the error's line.
    write("title en \"Third\"\nsevrer servidor.edu\n");
    auto statusNamesTheLine = [&] {
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("aula.scenario:2:")))
                return true;
        }
        return false;
    };
    QVERIFY(QTest::qWaitFor(statusNamesTheLine, 10000));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Second")));
}

// carteiro FILE: the window starts on the file's scenario and plays it again
// when the teacher saves it, as after File ▸ Open.
void TestMainWindow::fileFromTheCommandLineIsWatched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("aula.scenario"));
    auto write = [&](const QByteArray &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    const QByteArray world = "server servidor.edu\nuser fran@servidor.edu password claveejemplo\n";
    write("title en \"First\"\n" + world);
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(path, &errors);
    QVERIFY(errors.isEmpty());
    MainWindow window(scenario, options(), QStringLiteral("en"));
    window.show();
    window.watchScenarioFile(path);
    QVERIFY(window.windowTitle().contains(QStringLiteral("First")));
    QTest::qWait(50);
    write("title en \"Second\"\n" + world);
    QVERIFY(QTest::qWaitFor([&] { return window.windowTitle().contains(QStringLiteral("Second")); }, 10000));
}

void TestMainWindow::builtInScenarioFromTheMenu()
{
    QList<ScenarioError> errors;
    MainWindow window(ScenarioParser::load(QStringLiteral("telnet-smtp"), &errors), options(),
                      QStringLiteral("en"));
    QVERIFY(errors.isEmpty());
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // File ▸ Built-in scenario lists every built-in scenario by its title.
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("builtInScenariosMenu"));
    QVERIFY(menu);
    const QStringList names = ScenarioParser::builtInNames();
    QCOMPARE(menu->actions().size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Scenario scenario = ScenarioParser::load(names.at(i), &errors);
        QCOMPARE(menu->actions().at(i)->data().toString(), names.at(i));
        QCOMPARE(menu->actions().at(i)->text(), Scenario::pick(scenario.title, QStringLiteral("en")));
        QVERIFY(!menu->actions().at(i)->toolTip().isEmpty());
    }

    // The running scenario's exercise and what was typed in the console…
    ExercisePanel *panel = window.exercisePanel();
    QVERIFY(QTest::qWaitFor([&] { return panel->isVisible(); }, 10000));
    QVERIFY(!panel->goalText().isEmpty());
    QVERIFY(window.console()->connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(QTest::qWaitFor([&] { return window.console()->outputText().contains(QStringLiteral("220")); },
                            10000));

    // …are gone once another scenario is chosen from the menu.
    QAction *pop3 = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == QLatin1String("pop3-delete-vs-keep"))
            pop3 = a;
    }
    QVERIFY(pop3);
    pop3->trigger();
    QCOMPARE(window.world()->scenario().name, QStringLiteral("pop3-delete-vs-keep"));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("POP3: download and delete, or keep")),
             qPrintable(window.windowTitle()));
    QCOMPARE(window.console()->outputText(), QString());
    QVERIFY(!window.console()->isConnected());
    QVERIFY(!panel->isVisible());
    QCOMPARE(panel->goalText(), QString());
    QCOMPARE(panel->checksText(), QString());
    // It plays like any scenario.
    window.setPlaying(true);
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY(!window.openBuiltInScenario(QStringLiteral("no-such-scenario")));
    QCOMPARE(window.world()->scenario().name, QStringLiteral("pop3-delete-vs-keep"));
}

void TestMainWindow::takenPortsMoveTheWindowToTheNextOffset()
{
    // Another carteiro (another user's) holds a port of the offset asked for:
    // the window takes the next offset, says so in the status bar, and a
    // restart stays there.
    World::Options o;
    o.portOffset = 22000 + int(QCoreApplication::applicationPid() % 400) * 10;
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QStringLiteral("127.0.0.2")), quint16(o.portOffset + 25)));
    MainWindow window(anaFran(), o, QStringLiteral("en"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.world());
    QCOMPARE(window.world()->options().portOffset, o.portOffset + 1000);
    QCOMPARE(window.world()->service(QStringLiteral("cliente.fr"), QStringLiteral("smtp"))->port,
             quint16(o.portOffset + 1025));
    auto *ports = window.findChild<QLabel *>(QStringLiteral("portOffset"));
    QVERIFY(ports);
    QVERIFY(ports->isVisibleTo(&window));
    QCOMPARE(ports->text(),
             QStringLiteral("Ports +%1 (+%2 was taken)").arg(o.portOffset + 1000).arg(o.portOffset));
    QVERIFY(ports->toolTip().contains(QStringLiteral("127.0.0.2:%1").arg(o.portOffset + 1025)));
    window.restart();
    QCOMPARE(window.world()->options().portOffset, o.portOffset + 1000);
    QVERIFY(ports->text().startsWith(QStringLiteral("Ports +%1 ").arg(o.portOffset + 1000)));
}

void TestMainWindow::loopbackShowsNoExposureWarning()
{
    // The warning in the status bar appears only when a server listens beyond
    // loopback (--listen 0.0.0.0); the tests never do, so it stays hidden.
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("exposureWarning"));
    QVERIFY(warning);
    QVERIFY(!window.world()->listensBeyondLoopback());
    QVERIFY(!warning->isVisibleTo(&window));
}

void TestMainWindow::listeningBeyondLoopbackShowsTheWarning()
{
    // Listening on 0.0.0.0 is done only where nothing outside can connect: in
    // a network namespace of its own (tests/private-network.sh runs this
    // function there, as the ctest entry tst_mainwindow_beyond_loopback).
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!i.flags().testFlag(QNetworkInterface::IsLoopBack))
            QSKIP("this machine has a network beyond loopback: run under tests/private-network.sh");
    }
    World::Options o = options();
    o.listenAddress = QHostAddress(QHostAddress::AnyIPv4);
    MainWindow window(anaFran(), o, QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.world()->listensBeyondLoopback());
    auto *warning = window.findChild<QLabel *>(QStringLiteral("exposureWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisibleTo(&window));
    QCOMPARE(warning->text(), QStringLiteral("\u26a0 Listening beyond loopback"));
    QVERIFY(warning->toolTip().contains(QStringLiteral("servidor.edu smtp 0.0.0.0:")));
    // And the walkthrough still plays: the clients reach 0.0.0.0 on loopback.
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
}

// One rule for the lanes: the window draws them in the order an exported
// image (--export-timeline, File ▸ Export) has, TimelineModel::lanesFor().
// Before, the window had a rule of its own, and telnet-pop3 and telnet-smtp
// came out in another order on screen than in the exported SVG.
void TestMainWindow::lanesAreTheExportedImagesForEveryScenario()
{
    const QStringList names = ScenarioParser::builtInNames();
    QVERIFY(names.size() >= 14);
    for (const QString &name : names) {
        QList<ScenarioError> errors;
        const Scenario scenario = ScenarioParser::load(name, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(name));
        MainWindow window(scenario, options(), QStringLiteral("en"));
        window.setSpeed(16.0);
        window.setPlaying(true);
        QVERIFY2(window.world() && window.timelineModel(), qPrintable(name));
        QTest::qWait(200); // a few lines said, hosts appeared
        TimelineModel exported;
        exported.setPreferredLanes(TimelineModel::lanesFor(scenario));
        exported.setTranscript(window.world()->transcript());
        QCOMPARE(window.timelineModel()->preferredLanes(), TimelineModel::lanesFor(scenario));
        QCOMPARE(lanesOf(*window.timelineModel()), lanesOf(exported));
    }
}

// Opens the scenario in the window at 1366x768 and plays it to its end at
// 16x (an exercise by its solution, as a student who gives up would see it);
// fails the test if it does not end or an expectation failed.
static void playToTheEnd(const QString &name, std::unique_ptr<MainWindow> *opened)
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(name, &errors);
    QVERIFY(errors.isEmpty());
    *opened = std::make_unique<MainWindow>(scenario, options(), QStringLiteral("gl"));
    MainWindow &window = **opened;
    window.setWindowState(Qt::WindowNoState);
    window.resize(1366, 768);
    window.show();
    window.setSpeed(16.0);
    window.setPlaying(true);
    QVERIFY(window.runner());
    QObject::connect(window.runner(), &ScenarioRunner::exerciseStarted, &window,
                     [&window](const ScenarioRunner::Exercise &) { window.runner()->playSolution(); });
    QVERIFY2(QTest::qWaitFor([&] { return window.runner() && window.runner()->isFinished(); }, 60000),
             qPrintable(name));
    QStringList failures;
    for (const ScenarioRunner::Outcome &o : window.runner()->outcomes()) {
        if (!o.passed)
            failures.append(o.descriptionText() + QStringLiteral(": ") + o.detailText());
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestMainWindow::imapScenariosPlayInTheWindow_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"imap-partial-fetch", "pop3-vs-imap", "imap-folders", "imap-search",
                             "telnet-imap", "webmail", "pop3-imap-webmail"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestMainWindow::imapScenariosPlayInTheWindow()
{
    if (qEnvironmentVariable("CARTEIRO_WINDOW_SCENARIOS") == QLatin1String("skip"))
        QSKIP("played by the ctest tst_mainwindow_scenarios");
    // The "play in the window": each IMAP scenario runs to its end
    // in the window (an exercise by its solution, as a student who gives
    // up would see it), every expectation passed.
    QFETCH(QString, name);
    std::unique_ptr<MainWindow> window;
    playToTheEnd(name, &window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window->runner()->outcomes().size() >= 3);
}

void TestMainWindow::tlsScenariosPlayInTheWindow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("established");
    QTest::newRow("eavesdropper") << QStringLiteral("eavesdropper") << true;
    QTest::newRow("starttls") << QStringLiteral("starttls") << true;
    QTest::newRow("pop3s-imaps") << QStringLiteral("pop3s-imaps") << true;
    QTest::newRow("bad-certificate") << QStringLiteral("bad-certificate") << false;
    // No handshake at all: Mallory removed the offer.
    QTest::newRow("starttls-stripped") << QStringLiteral("starttls-stripped") << false;
}

void TestMainWindow::tlsScenariosPlayInTheWindow()
{
    if (qEnvironmentVariable("CARTEIRO_WINDOW_SCENARIOS") == QLatin1String("skip"))
        QSKIP("played by the ctest tst_mainwindow_scenarios");
    // Each TLS scenario runs to its end in the window at 1366x768, every
    // expectation passed, with the handshake drawn: one arrow per handshake
    // message (ClientHello … Finished, or the alert refusing a certificate),
    // each knowing the record that carried it, and the "encrypted from here"
    // mark where a session was established.
    QFETCH(QString, name);
    QFETCH(bool, established);
    std::unique_ptr<MainWindow> owned;
    playToTheEnd(name, &owned);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *owned;
    const Transcript *transcript = window.world()->transcript();
    qsizetype handshakes = 0;
    qsizetype marks = 0;
    QStringList messages;
    for (qsizetype r = 0; r < window.timelineModel()->rowCount(); ++r) {
        const TimelineModel::Row &row = window.timelineModel()->row(r);
        marks += row.type == TimelineModel::RowType::TlsEstablished ? 1 : 0;
        if (row.type != TimelineModel::RowType::Arrow || row.event < 0)
            continue;
        const TranscriptEvent &e = transcript->at(row.event);
        if (e.kind != TranscriptEvent::Kind::TlsHandshake)
            continue;
        ++handshakes;
        QVERIFY(row.record >= 0); // carried by a record the inspector can show
        QCOMPARE(transcript->at(row.record).kind, TranscriptEvent::Kind::TlsRecord);
        messages.append(e.noteArguments.value(0));
    }
    if (name == QLatin1String("starttls-stripped")) {
        QCOMPARE(handshakes, 0);
        QCOMPARE(marks, 0);
        return;
    }
    QVERIFY2(messages.contains(QStringLiteral("ClientHello"))
                 && messages.contains(QStringLiteral("Certificate")),
             qPrintable(messages.join(QLatin1Char(' '))));
    QVERIFY(handshakes >= 5);
    if (established)
        QVERIFY(marks > 0);
    else
        QVERIFY2(messages.contains(QStringLiteral("Alert: certificate_expired")),
                 qPrintable(messages.join(QLatin1Char(' '))));
}

void TestMainWindow::eavesdropperReadsWhatCrossesHerLinks()
{
    // Issue 14: Eva is on the map between Fran and servidor.edu, and her
    // capture lists what anyone on the wire reads: PASS claveejemplo from
    // the plain POP3 fetch, only TLS records from the STLS one.
    std::unique_ptr<MainWindow> owned;
    playToTheEnd(QStringLiteral("eavesdropper"), &owned);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *owned;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QVERIFY(dock->toggleViewAction()->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Eva's capture"));
    EavesdropperPanel *panel = window.eavesdropperPanel();
    QCOMPARE(panel->eavesdropper(), QStringLiteral("eva"));

    const QString capture = panel->captureText();
    QVERIFY2(capture.contains(QStringLiteral("fran → servidor.edu PASS claveejemplo")), qPrintable(capture));
    QVERIFY(capture.contains(QStringLiteral("AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==")));
    QVERIFY(capture.contains(QStringLiteral("fran-seguro → servidor.edu STLS")));
    // The password once, from the plain fetch; nothing of it from fran-seguro's.
    QCOMPARE(capture.count(QStringLiteral("claveejemplo")), 1);
    qsizetype records = 0;
    qsizetype secrets = 0;
    for (const WireCapture::Entry &e : panel->entries()) {
        secrets += e.secret ? 1 : 0;
        if (e.from != QLatin1String("fran-seguro") && e.to != QLatin1String("fran-seguro"))
            continue;
        QVERIFY2(!e.raw.contains("claveejemplo"), e.raw.constData());
        QVERIFY(!e.raw.contains("Na praia"));
        if (e.kind == WireCapture::Entry::Kind::Record) {
            ++records;
            QVERIFY(e.header.valid);
        }
    }
    QVERIFY(records >= 5); // handshake and application data
    QVERIFY(secrets >= 2); // PASS, AUTH PLAIN
    const QStringList lines = capture.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("fran-seguro")))
            QVERIFY2(!line.contains(QLatin1String("claveejemplo")), qPrintable(line));
    }
    QVERIFY(capture.contains(QStringLiteral("(application data)")));

    // Eva on the map, on her own, inside the map; a click raises her capture.
    NetworkMapView *map = window.networkMap();
    const QRectF eva = map->eavesdropperRect(QStringLiteral("eva"));
    QVERIFY(!eva.isEmpty());
    QVERIFY(QRectF(map->rect()).contains(eva));
    for (const QString &host :
         {QStringLiteral("ana"), QStringLiteral("ana-segura"), QStringLiteral("cliente.fr"),
          QStringLiteral("servidor.edu"), QStringLiteral("fran"), QStringLiteral("fran-seguro"),
          QStringLiteral("DNS")}) {
        QVERIFY2(!map->hostRect(host).isEmpty(), qPrintable(host));
        QVERIFY2(!map->hostRect(host).intersects(eva), qPrintable(host));
    }
    // Between servidor.edu and fran, where both of Fran's links run.
    QVERIFY(eva.left() >= map->hostRect(QStringLiteral("servidor.edu")).right());
    QVERIFY(eva.right() <= map->hostRect(QStringLiteral("fran")).left());
    // A tab behind another says so with visibilityChanged(false).
    QSignalSpy shown(dock, &QDockWidget::visibilityChanged);
    window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->raise();
    QTRY_VERIFY(!shown.isEmpty() && !shown.last().first().toBool());
    shown.clear();
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, eva.center().toPoint());
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toBool());

    // It follows the timeline: just before the PASS line, no password yet.
    const Transcript *transcript = window.world()->transcript();
    qsizetype pass = -1;
    for (qsizetype i = 0; i < transcript->size() && pass < 0; ++i) {
        if (transcript->at(i).kind == TranscriptEvent::Kind::Line
            && transcript->at(i).raw == "PASS claveejemplo")
            pass = i;
    }
    QVERIFY(pass > 0);
    const qsizetype row = window.timelineModel()->rowOfEvent(pass);
    QVERIFY(row > 0);
    window.timeline()->setCurrentRow(row);
    QTRY_VERIFY(panel->captureText().contains(QStringLiteral("PASS claveejemplo")));
    QVERIFY(!panel->captureText().contains(QStringLiteral("fran-seguro")));
    window.timeline()->setCurrentRow(row - 1);
    QTRY_VERIFY(!panel->captureText().contains(QStringLiteral("claveejemplo")));
    QVERIFY(panel->captureText().contains(QStringLiteral("AUTH PLAIN")));
    Q_EMIT map->backToNowRequested();
    QTRY_COMPARE(panel->captureText(), capture);

    // A scenario without an eavesdropper: no capture panel at all.
    MainWindow plain(anaFran(), options(), QStringLiteral("gl"));
    auto *none = plain.findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"));
    QVERIFY(none);
    QVERIFY(none->isHidden());
    QVERIFY(!none->toggleViewAction()->isVisible());
    QVERIFY(plain.networkMap()->eavesdropperRect(QStringLiteral("eva")).isEmpty());

    // Two eavesdroppers: one capture at a time, chosen, the title naming her.
    QList<ScenarioError> errors;
    const Scenario two = ScenarioParser::parse(QStringLiteral("two.scenario"),
                                               "server cliente.fr\nserver servidor.edu\n"
                                               "user fran@servidor.edu password claveejemplo\n"
                                               "client fran user fran@servidor.edu\n"
                                               "eavesdropper eva between fran servidor.edu\n"
                                               "eavesdropper mallory between cliente.fr servidor.edu\n",
                                               &errors);
    QVERIFY(errors.isEmpty());
    MainWindow both(two, options(), QStringLiteral("gl"));
    auto *bothDock = both.findChild<QDockWidget *>(QStringLiteral("eavesdropperDock"));
    QCOMPARE(bothDock->windowTitle(), QStringLiteral("Eva's capture"));
    both.eavesdropperPanel()->showEavesdropper(QStringLiteral("mallory"));
    QCOMPARE(bothDock->windowTitle(), QStringLiteral("Mallory's capture"));
    QVERIFY(!both.networkMap()->eavesdropperRect(QStringLiteral("mallory")).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
