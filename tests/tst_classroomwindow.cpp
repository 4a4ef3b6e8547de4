// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom window with a student at it: an exercise shown above the
// console, worked by typing in the console, with hints and its checks going
// from ✗ to ✓; a prediction asked in a dialog while the reply waits on the
// wire, answered, and the score in the status bar.
#include "gui/consolewidget.h"
#include "gui/exercisepanel.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/predictiondialog.h"

#include "classroom/predictionquiz.h"
#include "classroom/scenariorunner.h"
#include "scenario/scenarioparser.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

Scenario load(const QString &name)
{
    QList<ScenarioError> errors;
    Scenario scenario = ScenarioParser::load(name, &errors);
    for (const ScenarioError &e : std::as_const(errors))
        qWarning("%s", qPrintable(e.toString()));
    return scenario;
}

World::Options options()
{
    World::Options o;
    o.ephemeralPorts = true;
    return o;
}

} // namespace

class TestClassroomWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exerciseIsWorkedInTheConsole();
    void predictionDialogAsksAndScores();
};

void TestClassroomWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QSettings().clear();
}

void TestClassroomWindow::exerciseIsWorkedInTheConsole()
{
    MainWindow window(load(QStringLiteral("telnet-smtp")), options(), QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExercisePanel *panel = window.exercisePanel();
    QVERIFY(panel);
    QVERIFY(QTest::qWaitFor([&] { return panel->isVisible(); }, 10000));
    QVERIFY(panel->goalText().startsWith("Send Fran a message by typing SMTP by hand"));
    // The goal says port 25, as the course does; below it, where that is here.
    const World::Service *smtp = window.world()->service(QStringLiteral("servidor.edu"),
                                                         QStringLiteral("smtp"));
    QVERIFY(smtp);
    QVERIFY2(panel->whereText().contains(QStringLiteral("(port 25 in the course)"))
                 && panel->whereText().endsWith(
                     QStringLiteral("telnet %1 %2").arg(smtp->address.toString()).arg(smtp->port)),
             qPrintable(panel->whereText()));
    QVERIFY(panel->checksText().contains(
        QStringLiteral("✗ the mailbox of fran@servidor.edu holds 1 message(s)")));
    QVERIFY(window.caption().startsWith("Exercise: Send Fran"));
    // The console is ready on the exercise's server.
    auto *combo = window.console()->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    QVERIFY(combo);
    QVERIFY2(combo->currentText().startsWith(QStringLiteral("servidor.edu smtp")),
             qPrintable(combo->currentText()));

    // The language changes during the exercise: the goal, the checks, the
    // caption and the buttons follow; back to English for the rest.
    QVERIFY(window.languageSwitcher()->setLanguage(QStringLiteral("gl")));
    QVERIFY(QTest::qWaitFor([&] { return panel->goalText().startsWith("Envía a Fran unha mensaxe"); }, 5000));
    QVERIFY2(panel->checksText().contains(QStringLiteral("✗ o buzón de fran@servidor.edu")),
             qPrintable(panel->checksText()));
    QVERIFY(window.caption().startsWith(QStringLiteral("Exercicio: Envía a Fran")));
    QCOMPARE(panel->skipButton()->text(), QStringLiteral("Saltar"));
    QVERIFY(window.languageSwitcher()->setLanguage(QStringLiteral("en")));
    QVERIFY(QTest::qWaitFor([&] { return panel->goalText().startsWith("Send Fran"); }, 5000));

    // A hint, then another; the button counts down.
    QVERIFY(panel->hintButton()->isEnabled());
    QTest::mouseClick(panel->hintButton(), Qt::LeftButton);
    QVERIFY(panel->hintsText().contains("Hint 1: In the console, pick servidor.edu smtp"));
    QCOMPARE(panel->hintButton()->text(), QStringLiteral("Hint (2 left)"));

    // The student types the course's dialogue in the console.
    ConsoleWidget *console = window.console();
    QVERIFY(console->connectToService(QStringLiteral("servidor.edu"), QStringLiteral("smtp")));
    QVERIFY(QTest::qWaitFor([&] { return console->outputText().contains("S: 220"); }, 10000));
    const QList<QByteArray> lines = {"HELO cliente.fr", "MAIL FROM: <ana@cliente.fr>",
                                     "RCPT TO: <fran@servidor.edu>", "DATA"};
    const QList<QByteArray> replies = {"S: 250 Hello", "S: 250 ana@cliente.fr", "S: 250 fran@servidor.edu",
                                       "S: 354"};
    for (int i = 0; i < lines.size(); ++i) {
        console->typeLine(QString::fromLatin1(lines.at(i)));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return console->outputText().contains(QString::fromLatin1(replies.at(i))); }, 10000),
            qPrintable(console->outputText()));
    }
    console->typeLine(QStringLiteral("Quedamos hoxe?"));
    console->typeLine(QStringLiteral("."));
    QVERIFY(
        QTest::qWaitFor([&] { return console->outputText().contains("S: 250 Message accepted"); }, 10000));
    // One check holds now; the other waits for QUIT.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return panel->checksText().contains(
                QStringLiteral("✓ the mailbox of fran@servidor.edu holds 1 message(s)"));
        },
        10000));
    QVERIFY(panel->checksText().contains(QStringLiteral("✗ a reply 221")));
    console->typeLine(QStringLiteral("QUIT"));
    QVERIFY(QTest::qWaitFor([&] { return panel->resultText() == QStringLiteral("Exercise done!"); }, 10000));
    QVERIFY(!panel->skipButton()->isEnabled());
    // The story goes on after the exercise and the scenario ends well.
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(window.runner()->isFinished() || finished.wait(30000));
    QVERIFY(window.runner()->allPassed());
}

void TestClassroomWindow::predictionDialogAsksAndScores()
{
    MainWindow window(load(QStringLiteral("predict-the-reply")), options(), QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto dialog = [&] { return window.predictionDialog(); };
    QVERIFY(QTest::qWaitFor([&] { return dialog() && dialog()->isVisible(); }, 15000));
    QVERIFY(window.world()->gate()->isHolding());
    const QStringList choices = dialog()->choiceTexts();
    QVERIFY(choices.size() >= 2);
    QVERIFY2(choices.first().startsWith(QStringLiteral("250 — ")), qPrintable(choices.first()));
    QVERIFY2(!choices.first().startsWith(QStringLiteral("250 — 250")), qPrintable(choices.first()));
    QVERIFY(!dialog()->answerButton()->isEnabled());
    QVERIFY(dialog()->choose(QStringLiteral("550")));
    QVERIFY(dialog()->answerButton()->isEnabled());
    QTest::mouseClick(dialog()->answerButton(), Qt::LeftButton);
    QVERIFY(dialog()->resultText().startsWith(
        QStringLiteral("Not this time: you said 550. The server answered:")));
    QVERIFY(dialog()->resultText().contains(QStringLiteral("250 2.1.5 fran@servidor.edu")));
    QVERIFY(dialog()->resultText().contains(QStringLiteral("Score: 0 of 1")));
    auto *score = window.findChild<QLabel *>(QStringLiteral("predictionScore"));
    QVERIFY(score);
    QCOMPARE(score->text(), QStringLiteral("Predictions: 0 of 1 right"));
    dialog()->accept();

    // The next question: the end of the data; this time right.
    PredictionQuiz *quiz = window.runner()->quiz();
    QVERIFY(QTest::qWaitFor([&] { return quiz->isAsking() && dialog()->isVisible(); }, 15000));
    QCOMPARE(quiz->current().command, QByteArray("."));
    QVERIFY(dialog()->choose(QStringLiteral("250")));
    QTest::mouseClick(dialog()->answerButton(), Qt::LeftButton);
    QVERIFY(dialog()->resultText().startsWith(QStringLiteral("Right!")));
    QCOMPARE(score->text(), QStringLiteral("Predictions: 1 of 2 right"));
    dialog()->accept();
    // Two more questions come; closing them unanswered lets the world go on.
    for (int i = 0; i < 2; ++i) {
        QVERIFY(QTest::qWaitFor([&] { return quiz->isAsking() && dialog()->isVisible(); }, 15000));
        dialog()->reject();
    }
    QVERIFY(QTest::qWaitFor([&] { return window.runner()->isFinished(); }, 30000));
    QVERIFY(window.runner()->allPassed());
    QCOMPARE(quiz->askedCount(), 4);
    QCOMPARE(quiz->rightCount(), 1);
}

QTEST_MAIN(TestClassroomWindow)
#include "tst_classroomwindow.moc"
