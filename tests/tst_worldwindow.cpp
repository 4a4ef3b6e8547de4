// SPDX-License-Identifier: GPL-3.0-or-later
// The window and files: File ▸ Save world… and Open world… give back the same
// timeline and server views, live again; a broken world file or a broken
// scenario file changes nothing that runs, and a scenario's errors are listed
// with their line and column in a report that can be copied.
#include "classroom/scenariorunner.h"
#include "gui/mainwindow.h"
#include "gui/scenarioerrorsdialog.h"
#include "gui/serverviews.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"
#include "transcript/timelinemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

const QByteArray waiting = R"(title en "Waiting for Fran"
server cliente.fr
server servidor.edu
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user fran@servidor.edu password claveejemplo
client ana user ana@cliente.fr
client fran user fran@servidor.edu
say en "Ana writes to Fran"
send ana to fran@servidor.edu subject "Quedamos hoxe?" body "A que hora e onde?"
wait
say en "The message waits in Fran's mailbox"
)";

World::Options options()
{
    World::Options o;
    o.ephemeralPorts = true;
    return o;
}

Scenario anaFran()
{
    QList<ScenarioError> errors;
    return ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
}

bool write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size();
}

// The server view's line for a mailbox ("fran@servidor.edu — 1 message").
QString mailboxLine(MainWindow &window, const QString &address)
{
    window.serverViews()->refresh();
    QTreeWidget *tree = window.serverViews()->mailboxTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(address))
            return tree->topLevelItem(i)->text(0) + QLatin1Char('/')
                + QString::number(tree->topLevelItem(i)->childCount());
    }
    return QString();
}

} // namespace

class TestWorldWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savedWorldOpensAgainLive();
    void brokenWorldFileChangesNothing();
    void brokenScenarioIsReportedAndNothingChanges();
};

void TestWorldWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QSettings().clear();
}

void TestWorldWindow::savedWorldOpensAgainLive()
{
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("waiting.scenario"));
    QVERIFY(write(scenario, waiting));
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList errors;
    QVERIFY(window.openScenarioFile(scenario, &errors));
    window.setPlaying(true); // a scenario opened starts paused
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    QTest::qWait(100); // the timeline takes in the last events
    const qsizetype rows = window.timelineModel()->rowCount();
    QVERIFY(rows > 20);
    const QString mailbox = mailboxLine(window, QStringLiteral("fran@servidor.edu"));
    QVERIFY2(mailbox.endsWith(QStringLiteral("/1")), qPrintable(mailbox));
    const QString caption = window.caption();
    QCOMPARE(caption, QStringLiteral("The message waits in Fran's mailbox"));

    // File ▸ Save world… is there, on Ctrl+S; Open world… on Ctrl+Shift+O.
    auto *save = window.findChild<QAction *>(QStringLiteral("saveWorld"));
    auto *open = window.findChild<QAction *>(QStringLiteral("openWorld"));
    QVERIFY(save && open);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QVERIFY(open->shortcut() != window.findChild<QAction *>(QStringLiteral("openScenario"))->shortcut());

    const QString file = dir.filePath(QStringLiteral("aula.carteiro"));
    QString error;
    QVERIFY2(window.saveWorldFile(file, &error), qPrintable(error));

    // Another world runs (the scenario again, from the start) …
    window.restart();
    QVERIFY(QTest::qWaitFor([&] { return window.timelineModel()->rowCount() < rows; }, 5000));
    // … and the saved one comes back in its place, as it was.
    QPointer<World> before = window.world();
    QVERIFY2(window.openWorldFile(file, &error), qPrintable(error));
    QVERIFY(before.isNull()); // the restarted world is gone
    QCOMPARE(window.runner(), nullptr); // nothing is played on top of it
    QCOMPARE(window.timelineModel()->rowCount(), rows);
    QCOMPARE(mailboxLine(window, QStringLiteral("fran@servidor.edu")), mailbox);
    QCOMPARE(window.caption(), caption);
    QVERIFY(window.statusText().contains(QStringLiteral("aula.carteiro")));
    QVERIFY(window.world()->isListening(QStringLiteral("servidor.edu"), QStringLiteral("pop3")));

    // Live again: Fran fetches the message that was waiting.
    MailClient *fran = window.world()->client(QStringLiteral("fran"));
    QVERIFY(fran);
    QSignalSpy fetched(fran, &MailClient::fetched);
    fran->fetch();
    QVERIFY(fetched.wait(30000));
    QCOMPARE(fran->inbox().size(), 1);
    QCOMPARE(fran->inbox().first().subject, QStringLiteral("Quedamos hoxe?"));
    QVERIFY(QTest::qWaitFor([&] { return window.timelineModel()->rowCount() > rows; }, 5000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return mailboxLine(window, QStringLiteral("fran@servidor.edu")).endsWith(QStringLiteral("/0"));
        },
        5000));
}

void TestWorldWindow::brokenWorldFileChangesNothing()
{
    QTemporaryDir dir;
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<World> running = window.world();
    ScenarioRunner *runner = window.runner();
    const QString file = dir.filePath(QStringLiteral("roto.carteiro"));
    QVERIFY(write(file, R"({"format": "carteiro-world", "version": 1, "clockMs": 0, "servers": [)"));
    QString error;
    QVERIFY(!window.openWorldFile(file, &error));
    QVERIFY2(error.contains(QStringLiteral("roto.carteiro")) && error.contains(QStringLiteral("offset")),
             qPrintable(error));
    QVERIFY(write(file, R"({"format": "carteiro-world", "version": 9})"));
    QVERIFY(!window.openWorldFile(file, &error));
    QVERIFY2(error.contains(QStringLiteral("version 9")), qPrintable(error));
    QVERIFY(!running.isNull()); // never replaced
    QCOMPARE(window.world(), running.data());
    QCOMPARE(window.runner(), runner);
    QVERIFY(window.world()->isListening(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
}

void TestWorldWindow::brokenScenarioIsReportedAndNothingChanges()
{
    QTemporaryDir dir;
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<World> running = window.world();
    ScenarioRunner *runner = window.runner();
    const QString title = window.windowTitle();
    const QString file = dir.filePath(QStringLiteral("roto.scenario"));
    // Two mistakes: a misspelt statement (line 2) and a client of nobody (line 4).
    QVERIFY(write(file,
                  "server servidor.edu\nsevrer cliente.fr\nuser fran@servidor.edu password x\n"
                  "client fran user eva@servidor.edu\n"));
    QList<ScenarioError> expected;
    ScenarioParser::load(file, &expected);
    QVERIFY(expected.size() >= 2);

    QVERIFY(!window.openScenarioFile(file)); // as File ▸ Open scenario… does
    ScenarioErrorsDialog *report = window.scenarioErrorsDialog();
    QVERIFY(report);
    QVERIFY(report->isVisible());
    QVERIFY(!report->isModal());
    // Each error as --check-scenario prints it: file:line:column: message.
    const QString text = report->findChild<QPlainTextEdit *>(QStringLiteral("errors"))->toPlainText();
    for (const ScenarioError &e : std::as_const(expected)) {
        QVERIFY2(text.contains(e.toString()), qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("roto.scenario:%1:%2: ").arg(e.location.line).arg(e.location.column)));
    }
    QVERIFY(text.contains(QStringLiteral("roto.scenario:2:")));
    QVERIFY(text.contains(QStringLiteral("roto.scenario:4:")));
    // Selectable, and "Copy" puts every line on the clipboard.
    auto *errorsView = report->findChild<QPlainTextEdit *>(QStringLiteral("errors"));
    QVERIFY(errorsView->isReadOnly());
    QVERIFY(errorsView->textInteractionFlags() & Qt::TextSelectableByMouse);
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), report->text());
    QCOMPARE(report->errors().size(), expected.size());

    // The world that was running is the one still running, its story going on.
    QVERIFY(!running.isNull());
    QCOMPARE(window.world(), running.data());
    QCOMPARE(window.runner(), runner);
    QCOMPARE(window.windowTitle(), title);
    QSignalSpy finished(runner, &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);

    // Mended, "Check again" opens it, and the report goes away.
    QVERIFY(write(file,
                  "title en \"Mended\"\nserver servidor.edu\nuser fran@servidor.edu password x\n"
                  "client fran user fran@servidor.edu\n"));
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("checkAgain")), Qt::LeftButton);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Mended")));
    QVERIFY(!report->isVisible());
    QVERIFY(running.isNull()); // a new world plays the mended file
}

QTEST_MAIN(TestWorldWindow)
#include "tst_worldwindow.moc"
