// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the classroom parts of the scenario language on real worlds: exercises
// (a goal typed by hand over a real socket, hints, a solution, skipping),
// predict-the-reply (the reply held at the gate until the student answers,
// the score), a connection cut in the middle of DATA and a fault lifted after
// a while (the queue retries and delivers), and a slow link.
#include "classroom/predictionquiz.h"
#include "classroom/scenariorunner.h"
#include "mail/mailserver.h"
#include "net/gate.h"
#include "scenario/scenarioparser.h"
#include "testworlds.h"
#include "world/world.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

struct Run {
    std::unique_ptr<World> world;
    std::unique_ptr<ScenarioRunner> runner;
    std::unique_ptr<QSignalSpy> finished;

    bool isFinished() const { return finished && !finished->isEmpty(); }
    bool allPassed() const { return isFinished() && finished->first().first().toBool(); }
    bool transcriptHas(const QString &text) const { return TestWorlds::noted(*world, text); }
    int mailboxSize(const QString &address) const
    {
        const qsizetype at = address.indexOf(QLatin1Char('@'));
        MailServer *server = world->server(address.mid(at + 1));
        return server ? int(server->store()->mailbox(address.left(at).toUtf8()).size()) : -1;
    }
};

// Starts the scenario text (the two course domains first) with the command
// line's retry timing unless `options` says otherwise.
Run start(const QByteArray &steps, bool interactive, World::Options options = {})
{
    Run run;
    options.ephemeralPorts = true;
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("classroom.scenario"),
                                                    TestWorlds::twoDomains + steps, &errors);
    for (const ScenarioError &e : std::as_const(errors))
        qWarning("%s", qPrintable(e.toString()));
    if (!errors.isEmpty())
        return run;
    run.world = std::make_unique<World>(scenario, options);
    QString error;
    if (!run.world->start(&error)) {
        qWarning("%s", qPrintable(error));
        run.world.reset();
        return run;
    }
    run.runner = std::make_unique<ScenarioRunner>(run.world.get(), QStringLiteral("en"));
    run.runner->setInteractive(interactive);
    run.finished = std::make_unique<QSignalSpy>(run.runner.get(), &ScenarioRunner::finished);
    run.runner->start();
    return run;
}

const QByteArray exercise = "exercise\n"
                            "  goal gl \"Envía a Fran unha mensaxe escribindo SMTP a man\"\n"
                            "  goal en \"Send Fran a message by typing SMTP by hand\"\n"
                            "  hint en \"Connect to port 25 of servidor.edu\"\n"
                            "  hint en \"MAIL FROM, RCPT TO, DATA, and a line with a dot\"\n"
                            "  check mailbox fran@servidor.edu header Subject \"by hand\"\n"
                            "  solution servidor.edu smtp\n"
                            "    S: 220 *\n"
                            "    C: HELO cliente.fr\n"
                            "    S: 250 *\n"
                            "    C: MAIL FROM:<ana@cliente.fr>\n"
                            "    S: 250 *\n"
                            "    C: RCPT TO:<fran@servidor.edu>\n"
                            "    S: 250 *\n"
                            "    C: DATA\n"
                            "    S: 354 *\n"
                            "    C: Subject: by hand (solution)\n"
                            "    C:\n"
                            "    C: Quedamos hoxe?\n"
                            "    C: .\n"
                            "    S: 250 *\n"
                            "    C: QUIT\n"
                            "    S: 221 *\n"
                            "  end\n"
                            "end\n"
                            "say en \"after the exercise\"\n";

// A student at a real socket: one line, then the reply's last line.
QByteArray typeLine(QTcpSocket &socket, const QByteArray &line)
{
    if (!line.isNull())
        socket.write(line + "\r\n");
    QByteArray reply;
    while (true) {
        if (!socket.canReadLine() && !QTest::qWaitFor([&] { return socket.canReadLine(); }, 5000))
            return "(no reply)";
        reply = socket.readLine().trimmed();
        if (reply.size() < 4 || reply.at(3) != '-')
            return reply;
    }
}

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exerciseWithoutStudentPlaysItsSolution();
    void exerciseWithoutSolutionFailsWithoutStudent();
    void exerciseWaitsForTheStudentAndGivesHints();
    void exerciseSolutionShownOnRequest();
    void skippedExerciseReportsItsChecks();
    void predictionHoldsTheReplyUntilAnswered();
    void predictionIsToldWithoutStudent();
    void predictionForUserAtPassIsAsked();
    void predictionNeverAskedFailsTheRun();
    void expectBodyContainsTextIgnoringCapitals();
    void unrouteableDomainBouncesAtOnce();
    void cutInTheMiddleOfDataIsRetriedAfterTheFaultIsLifted();
    void slowLinkDelaysEveryLine();
};

void TestClassroom::exerciseWithoutStudentPlaysItsSolution()
{
    Run run = start(exercise, false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 20000));
    QVERIFY(run.allPassed());
    QCOMPARE(run.mailboxSize("fran@servidor.edu"), 1);
    QVERIFY(run.transcriptHas("Exercise: Send Fran a message by typing SMTP by hand"));
    QVERIFY(run.transcriptHas("Exercise done (done with the solution shown)"));
    QVERIFY(run.transcriptHas("after the exercise"));
}

void TestClassroom::exerciseWithoutSolutionFailsWithoutStudent()
{
    QByteArray steps = exercise;
    steps.replace(steps.indexOf("  solution"), steps.indexOf("  end\n") + 6 - steps.indexOf("  solution"),
                  "");
    Run run = start(steps, false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 20000));
    QVERIFY(!run.allPassed());
    QVERIFY(run.transcriptHas("nobody to type it and no solution to play"));
    QCOMPARE(run.mailboxSize("fran@servidor.edu"), 0);
}

void TestClassroom::exerciseWaitsForTheStudentAndGivesHints()
{
    Run run = start(exercise, true);
    QVERIFY(run.world);
    QSignalSpy started(run.runner.get(), &ScenarioRunner::exerciseStarted);
    QVERIFY(QTest::qWaitFor([&] { return run.runner->inExercise(); }, 5000));
    QCOMPARE(run.runner->exercise().goal, QStringLiteral("Send Fran a message by typing SMTP by hand"));
    QCOMPARE(run.runner->exercise().hintCount, 2);
    QCOMPARE(run.runner->exercise().checks.size(), 1);
    QVERIFY(!run.runner->exercise().checks.first().passed);
    // Nobody typed: the exercise waits, all the while (not only at the end).
    QVERIFY(!QTest::qWaitFor([&] { return run.isFinished() || !run.runner->inExercise(); }, 500));
    QCOMPARE(run.runner->nextHint(), QStringLiteral("Connect to port 25 of servidor.edu"));
    QCOMPARE(run.runner->nextHint(), QStringLiteral("MAIL FROM, RCPT TO, DATA, and a line with a dot"));
    QCOMPARE(run.runner->nextHint(), QString());
    QVERIFY(run.transcriptHas("Hint 2 of 2: MAIL FROM"));

    // The student types the course's dialogue over a real socket; a wrong
    // subject first, so the check fails until the right message arrives.
    const World::Service *smtp = run.world->service("servidor.edu", "smtp");
    QVERIFY(smtp);
    QTcpSocket telnet;
    telnet.connectToHost(smtp->address, smtp->port);
    QVERIFY(telnet.waitForConnected(5000));
    QVERIFY(typeLine(telnet, QByteArray()).startsWith("220"));
    QVERIFY(typeLine(telnet, "HELO cliente.fr").startsWith("250"));
    for (const QByteArray &subject : {QByteArray("something else"), QByteArray("sent by hand")}) {
        QVERIFY(typeLine(telnet, "MAIL FROM:<ana@cliente.fr>").startsWith("250"));
        QVERIFY(typeLine(telnet, "RCPT TO:<fran@servidor.edu>").startsWith("250"));
        QVERIFY(typeLine(telnet, "DATA").startsWith("354"));
        telnet.write("Subject: " + subject + "\r\n\r\nQuedamos hoxe?\r\n");
        QVERIFY(typeLine(telnet, ".").startsWith("250"));
        if (subject == "something else") {
            // The check was evaluated again on this message, and said why it fails.
            QVERIFY(QTest::qWaitFor(
                [&] { return run.runner->exercise().checks.first().detailText().contains("something else"); },
                5000));
            QVERIFY(!run.isFinished());
            QVERIFY(!run.runner->exercise().checks.first().passed);
        }
    }
    QVERIFY(typeLine(telnet, "QUIT").startsWith("221"));
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    QVERIFY(run.allPassed());
    QVERIFY(run.transcriptHas("Exercise done (done by the student)"));
    QCOMPARE(started.size(), 1);
}

void TestClassroom::exerciseSolutionShownOnRequest()
{
    Run run = start(exercise, true);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.runner->inExercise(); }, 5000));
    QVERIFY(run.runner->exercise().hasSolution);
    QVERIFY(run.runner->playSolution());
    QVERIFY(!run.runner->playSolution()); // once
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    QVERIFY(run.allPassed());
    QVERIFY(run.transcriptHas("Exercise done (done with the solution shown)"));
}

void TestClassroom::skippedExerciseReportsItsChecks()
{
    Run run = start(exercise, true);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.runner->inExercise(); }, 5000));
    run.runner->skipExercise();
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 5000));
    QVERIFY(!run.allPassed());
    QVERIFY(run.transcriptHas("Exercise not done (skipped)"));
    QVERIFY(run.transcriptHas("after the exercise"));
    // The failed check names what was expected and found.
    bool found = false;
    for (const ScenarioRunner::Outcome &o : run.runner->outcomes())
        found = found || (!o.passed && o.descriptionText().contains("Subject header contains \"by hand\""));
    QVERIFY(found);
}

void TestClassroom::predictionHoldsTheReplyUntilAnswered()
{
    Run run = start("predict cliente.fr at RCPT\n"
                    "predict cliente.fr at DATA choices 250, 452, 554\n"
                    "send ana to fran@servidor.edu subject Ola body \"Quedamos?\"\n"
                    "expect mailbox fran@servidor.edu count 1\n",
                    true);
    QVERIFY(run.world);
    PredictionQuiz *quiz = run.runner->quiz();
    QSignalSpy asked(quiz, &PredictionQuiz::asked);
    QSignalSpy answered(quiz, &PredictionQuiz::answered);
    QVERIFY(asked.wait(10000));
    const PredictionQuiz::Question question = quiz->current();
    QCOMPARE(question.host, QStringLiteral("cliente.fr"));
    QCOMPARE(question.peer, QStringLiteral("ana"));
    QCOMPARE(question.command, QByteArray("RCPT TO:<fran@servidor.edu>"));
    QVERIFY(question.choices.contains("250"));
    QVERIFY(question.choices.contains("550"));
    QVERIFY(quiz->isAsking());
    // The reply is held, however long the student thinks: the RCPT command
    // went out (pipelined with MAIL and DATA, RFC 2920) and no answer to it
    // is on the wire; the question is the last thing written.
    const Transcript *t = run.world->transcript();
    qsizetype rcpt = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).raw == "RCPT TO:<fran@servidor.edu>")
            rcpt = i;
    }
    QVERIFY(rcpt >= 0);
    // Watched all along, not sampled once: no 250 to RCPT crosses the wire.
    const auto replyCrossed = [&] {
        for (qsizetype i = rcpt; i < t->size(); ++i) {
            if (t->at(i).raw.startsWith("250 2.1.5"))
                return true;
        }
        return false;
    };
    QVERIFY(!QTest::qWaitFor(replyCrossed, 400));
    QVERIFY(t->at(t->size() - 1).noteText().startsWith("Predict: what will cliente.fr answer"));
    QVERIFY(run.world->gate()->isHolding());

    QVERIFY(!quiz->answer("299")); // not one of the choices
    QVERIFY(quiz->answer("550")); // wrong
    QCOMPARE(answered.size(), 1);
    const auto first = answered.first().first().value<PredictionQuiz::Result>();
    QVERIFY(!first.right);
    QCOMPARE(first.code, QByteArray("250"));
    QCOMPARE(quiz->rightCount(), 0);
    QCOMPARE(quiz->askedCount(), 1);

    QVERIFY(asked.wait(10000));
    QCOMPARE(quiz->current().command, QByteArray("."));
    QCOMPARE(quiz->current().choices, QStringList({"250", "452", "554"}));
    QVERIFY(quiz->answer("250")); // right
    QCOMPARE(quiz->rightCount(), 1);
    QCOMPARE(quiz->askedCount(), 2);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    QVERIFY(run.allPassed());
    QVERIFY(run.transcriptHas("Prediction 2: 250 — right (1 of 2 so far)"));
}

void TestClassroom::predictionIsToldWithoutStudent()
{
    Run run = start("predict servidor.edu at RCPT for fran@servidor.edu\n"
                    "send ana to fran@servidor.edu subject Ola body \"Quedamos?\"\n"
                    "wait\n"
                    "expect mailbox fran@servidor.edu count 1\n",
                    false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    QVERIFY(run.allPassed());
    // The question is told right before the reply it asks about.
    const Transcript *t = run.world->transcript();
    qsizetype question = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).noteText().startsWith(
                "Predict: what will servidor.edu answer to \"RCPT TO:<fran@servidor.edu>\""))
            question = i;
    }
    QVERIFY(question >= 0);
    QVERIFY(question + 1 < t->size());
    QCOMPARE(t->at(question + 1).from, QStringLiteral("servidor.edu"));
    QVERIFY(t->at(question + 1).raw.startsWith("250"));
    QCOMPARE(run.runner->quiz()->askedCount(), 1);
}

void TestClassroom::predictionForUserAtPassIsAsked()
{
    // "for fran" at PASS names the user who logs in, as for a fault; the PASS
    // line itself does not name her.
    Run run = start("send ana to fran@servidor.edu subject Ola body \"Quedamos?\"\n"
                    "wait\n"
                    "predict servidor.edu at PASS for pepe\n"
                    "predict servidor.edu at PASS for fran\n"
                    "predict servidor.edu at RETR for fran@servidor.edu\n"
                    "fetch fran\n"
                    "predict servidor.edu at PASS for fran@servidor.edu\n"
                    "fetch fran\n",
                    false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    // fran's two PASS and her RETR are asked; "for pepe" never is.
    QCOMPARE(run.runner->quiz()->askedCount(), 3);
    QCOMPARE(run.runner->quiz()->armed().size(), 1);
    QCOMPARE(run.runner->quiz()->armed().first().faultFor, QStringLiteral("pepe"));
    QVERIFY(!run.allPassed());
}

void TestClassroom::predictionNeverAskedFailsTheRun()
{
    // A keep-mode fetch says UIDL, never LIST: the question is never asked,
    // and the run says so, naming the predict line.
    Run run = start("send ana to fran@servidor.edu subject Ola body \"Quedamos?\"\n"
                    "wait\n"
                    "predict servidor.edu at LIST\n"
                    "fetch fran keep\n"
                    "expect client fran count 1\n",
                    false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    QVERIFY(!run.allPassed());
    QCOMPARE(run.runner->quiz()->askedCount(), 0);
    // classroom.scenario: the two domains take lines 1-9, the predict is line 12.
    const QList<ScenarioRunner::Outcome> outcomes = run.runner->outcomes();
    QVERIFY(!outcomes.isEmpty());
    const ScenarioRunner::Outcome last = outcomes.last();
    QVERIFY(!last.passed);
    QCOMPARE(last.location.line, 12);
    QVERIFY2(last.descriptionText().contains(QStringLiteral("classroom.scenario:12")),
             qPrintable(last.descriptionText()));
    QVERIFY(last.descriptionText().contains(QStringLiteral("LIST")));
    QVERIFY(run.transcriptHas(QStringLiteral("never asked")));
}

void TestClassroom::expectBodyContainsTextIgnoringCapitals()
{
    Run run = start("send ana to fran@servidor.edu subject Ola body \"A que hora\\ne onde?\"\n"
                    "wait\n"
                    "expect mailbox fran@servidor.edu body \"QUE HORA\"\n"
                    "fetch fran\n"
                    "expect client fran body \"hora\\nE ONDE\"\n"
                    "expect client fran body \"Quedamos\"\n" // the subject, not the text
                    "expect client fran body \"hora\" subject \"ola\"\n", // a subject matches exactly
                    false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    const QList<ScenarioRunner::Outcome> outcomes = run.runner->outcomes();
    QCOMPARE(outcomes.size(), 4);
    QVERIFY2(outcomes.at(0).passed, qPrintable(outcomes.at(0).detailText()));
    QVERIFY2(outcomes.at(1).passed, qPrintable(outcomes.at(1).detailText()));
    QVERIFY(!outcomes.at(2).passed);
    QCOMPARE(outcomes.at(2).detailText(), QStringLiteral("no message's text contains it"));
    QVERIFY(!outcomes.at(3).passed);
    QVERIFY(!run.allPassed());
}

void TestClassroom::unrouteableDomainBouncesAtOnce()
{
    // No server and no MX for outro.org: the bounce comes at once, not after
    // the queue's five attempts.
    World::Options options;
    options.queue.retryBaseMs = 60000;
    Run run = start("send ana to pepe@outro.org subject Ola body \"Quedamos?\"\n"
                    "wait\n"
                    "expect mailbox ana@cliente.fr count 1 subject \"Undelivered Mail Returned to Sender\" "
                    "body \"unrouteable\"\n"
                    "expect queue cliente.fr count 0\n",
                    false, options);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    for (const ScenarioRunner::Outcome &o : run.runner->outcomes())
        QVERIFY2(o.passed, qPrintable(o.descriptionText() + QStringLiteral(": ") + o.detailText()));
    QVERIFY(run.allPassed());
    QVERIFY(run.transcriptHas(QStringLiteral("no MX record and no host outro.org")));
}

void TestClassroom::cutInTheMiddleOfDataIsRetriedAfterTheFaultIsLifted()
{
    Run run = start("fault servidor.edu cut at DATA during 1\n"
                    "send ana to fran@servidor.edu subject Ola body \"Quedamos?\"\n"
                    "expect mailbox fran@servidor.edu count 0\n"
                    "expect queue cliente.fr count 1\n"
                    "wait\n"
                    "expect mailbox fran@servidor.edu count 1\n"
                    "expect queue cliente.fr count 0\n",
                    false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 20000));
    QVERIFY(run.allPassed());
    QVERIFY(run.transcriptHas("cuts the connection in the middle of the message"));
    QVERIFY(run.transcriptHas("servidor.edu answers DATA normally again"));
    // The cut leg: the relay's DATA content went out, no 250 came back on that
    // connection, and servidor.edu is the one that closed it.
    const Transcript *t = run.world->transcript();
    int cutConnection = 0;
    for (qsizetype i = 0; i < t->size() && !cutConnection; ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.kind == TranscriptEvent::Kind::ConnectionClosed && e.noteText().contains("servidor.edu")
            && e.from == QStringLiteral("servidor.edu"))
            cutConnection = e.connectionId;
    }
    QVERIFY(cutConnection > 0);
    bool sawEnd = false;
    bool sawAccepted = false;
    for (qsizetype i = 0; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.connectionId != cutConnection || e.kind != TranscriptEvent::Kind::Line)
            continue;
        sawEnd = sawEnd || e.raw == ".";
        sawAccepted = sawAccepted || (e.code == "250" && e.raw.contains("queued"));
    }
    QVERIFY(sawEnd); // the client sent it all…
    QVERIFY(!sawAccepted); // …and never heard it was taken
}

void TestClassroom::slowLinkDelaysEveryLine()
{
    Run run = start("slow servidor.edu 300\n"
                    "session servidor.edu smtp\n"
                    "  S: 220 *\n"
                    "  C: HELO cliente.fr\n"
                    "  S: 250 *\n"
                    "  C: QUIT\n"
                    "  S: 221 *\n"
                    "end\n"
                    "slow servidor.edu 0\n"
                    "session servidor.edu smtp\n"
                    "  S: 220 *\n"
                    "  C: QUIT\n"
                    "  S: 221 *\n"
                    "end\n",
                    false);
    QVERIFY(run.world);
    QVERIFY(QTest::qWaitFor([&] { return run.isFinished(); }, 10000));
    QVERIFY(run.allPassed());
    // Each reply of the first session left at least 300 ms after what it
    // answers; the second session's did not wait.
    const Transcript *t = run.world->transcript();
    QList<qint64> gaps;
    qint64 lastCommand = -1;
    int firstConnection = 0;
    for (qsizetype i = 0; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened && !firstConnection)
            firstConnection = e.connectionId;
        if (e.kind != TranscriptEvent::Kind::Line || e.connectionId != firstConnection)
            continue;
        if (e.direction == TranscriptEvent::Direction::ClientToServer)
            lastCommand = e.timeMs;
        else if (lastCommand >= 0)
            gaps.append(e.timeMs - lastCommand);
    }
    QCOMPARE(gaps.size(), 2);
    for (qint64 gap : gaps)
        QVERIFY2(gap >= 290, qPrintable(QString::number(gap)));
    QVERIFY(run.transcriptHas("the link of servidor.edu is fast again"));
}

QTEST_GUILESS_MAIN(TestClassroom)
#include "tst_classroom.moc"
