// SPDX-License-Identifier: GPL-3.0-or-later
// The window opened on a class (carteiro --class): a student logs in over a
// real socket with the password of the access sheet; their checks turn ✓ in
// the class panel and nobody else's do; clicking their row shows only their
// sessions on the timeline, clicking again everyone's; the results export
// as CSV; and the projected timeline and inspector mask passwords. A class
// with private worlds starts them, grades them and shows a student's own.
#include "gui/accesssheet.h"
#include "gui/classpanel.h"
#include "gui/inspectorpanel.h"
#include "gui/mainwindow.h"
#include "gui/networkmapview.h"
#include "gui/timelinepainter.h"
#include "gui/timelineview.h"

#include "classroom/classgrader.h"
#include "classroom/privateworlds.h"
#include "persist/classpasswords.h"
#include "scenario/scenarioparser.h"
#include "testclass.h"
#include "testevents.h"
#include "testworlds.h"
#include "transcript/timelinemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const char *const classScenario = R"(title en "A small class"
server 2esi.org
dns 2esi.org mx 2esi.org
students 3 on 2esi.org

exercise
  goal en "Log in to your mailbox by POP3"
  check reply +OK
end

exercise
  goal en "Send with AUTH on the submission port"
  check reply 235
end
)";

// A class beside a story's hosts (ana, cliente.fr): the students' computers
// share one lane of the timeline.
const char *const storyClassScenario = R"(title en "A class beside a story"
server cliente.fr
server 2esi.org
dns cliente.fr mx cliente.fr
dns 2esi.org mx 2esi.org
user ana@cliente.fr password claveana
client ana user ana@cliente.fr
students 3 on 2esi.org

exercise
  goal en "Log in to your mailbox by POP3"
  check reply +OK
end
)";

// Sends a line, waits for a reply line beginning with `expect` (the window's
// servers answer from this thread's event loop: it turns while waiting).
bool exchange(QTcpSocket &socket, const QByteArray &line, const QByteArray &expect)
{
    if (!line.isEmpty())
        socket.write(line + "\r\n");
    QByteArray got;
    const bool complete = QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.endsWith("\r\n");
        },
        5000);
    if (!complete)
        qWarning("sent %s, no whole reply in 5 s (got %s)", line.constData(), got.constData());
    if (!got.startsWith(expect))
        qWarning("sent %s, got %s", line.constData(), got.constData());
    return got.startsWith(expect);
}

// "class … private" (issue 17): each student has their own servidor.edu and
// cliente.fr; every session there is theirs.
const char *const privateScenario = R"(title en "A private class"
server cliente.fr
server servidor.edu
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user fran@servidor.edu password claveejemplo
students 3 on servidor.edu private

exercise
  goal en "Send fran a message with the subject Ola"
  check mailbox fran@servidor.edu subject "Ola"
end
)";

// The rows of a timeline whose line carries `text`.
int rowsWith(const TimelineModel *model, const QByteArray &text)
{
    int found = 0;
    for (qsizetype r = 0; r < model->rowCount(); ++r) {
        if (model->event(r).raw.contains(text))
            ++found;
    }
    return found;
}

// Triggers `action` and answers the confirmation it may ask with
// `answer`; returns the question's text (empty: nothing was asked).
QString answerConfirmation(QAction *action, QMessageBox::StandardButton answer)
{
    QString asked;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible() && box->objectName() == QLatin1String("showPasswordsConfirmation")) {
                asked = box->text();
                box->button(answer)->click();
                return;
            }
        }
    });
    poll.start();
    action->trigger();
    poll.stop();
    return asked;
}

} // namespace

class TestClassPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void studentIsGradedFilteredAndExported();
    void timelineFollowsABoundedTranscript();
    void privateWorldsAreStartedGradedAndShown();
    void studentsComputersShareOneLane();
    void classLayoutsAreKeptPerScreenSize();

private:
    QTemporaryDir m_dir;
};

void TestClassPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestClassPanel::studentIsGradedFilteredAndExported()
{
    // As main.cpp does for --class: the passwords of the access sheet.
    TestClass test;
    QString error;
    QVERIFY2(test.load(m_dir.filePath(QStringLiteral("small-class.scenario")), classScenario,
                       m_dir.filePath(QStringLiteral("data")), &error),
             qPrintable(error));
    const Scenario &scenario = test.scenario;
    QCOMPARE(scenario.students.size(), 3);
    const QString password = test.passwords.value(QStringLiteral("alumno2@2esi.org"));
    QVERIFY(!password.isEmpty());
    test.classOptions.keepBytes = 6 * 1024 * 1024;
    MainWindow window(scenario, test.options, QStringLiteral("en"), test.classOptions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isClass());
    QVERIFY2(window.classError().isEmpty(), qPrintable(window.classError()));
    ClassGrader *grader = window.classGrader();
    QVERIFY(grader);
    QCOMPARE(grader->checks().size(), 2);
    ClassPanel *panel = window.classPanel();
    QVERIFY(panel->isVisible());
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(ClassPanel::firstCheckColumn)->text(), QStringLiteral("1.1"));
    // No predict step: no Predictions column (one fewer on a small screen).
    QVERIFY(table->isColumnHidden(panel->predictionsColumn()));
    QVERIFY(!table->isColumnHidden(panel->activityColumn()));
    QVERIFY2(table->horizontalHeaderItem(ClassPanel::firstCheckColumn + 1)
                 ->toolTip()
                 .contains(QStringLiteral("Send with AUTH on the submission port")),
             qPrintable(table->horizontalHeaderItem(ClassPanel::firstCheckColumn + 1)->toolTip()));
    // The world plays no story: the scenario's servers only.
    QVERIFY(window.world()->scenario().steps.isEmpty());
    // Passwords masked by default on a class's window.
    QVERIFY(window.timeline()->hidesPasswords());
    QVERIFY(window.inspector()->hidesPasswords());

    const World::Service *pop3 = window.world()->service(QStringLiteral("2esi.org"), QStringLiteral("pop3"));
    const World::Service *submission = window.world()->service(QStringLiteral("2esi.org"),
                                                               QStringLiteral("submission"));
    QVERIFY(pop3 && submission);

    // alumno2 logs in by POP3 and sends with AUTH PLAIN.
    QTcpSocket popSocket;
    popSocket.connectToHost(pop3->address, pop3->port);
    QVERIFY(popSocket.waitForConnected(5000));
    QVERIFY(exchange(popSocket, QByteArray(), "+OK"));
    QVERIFY(exchange(popSocket, "USER alumno2", "+OK"));
    QVERIFY(exchange(popSocket, "PASS " + password.toUtf8(), "+OK"));
    QVERIFY(exchange(popSocket, "QUIT", "+OK"));
    QTcpSocket smtpSocket;
    smtpSocket.connectToHost(submission->address, submission->port);
    QVERIFY(smtpSocket.waitForConnected(5000));
    QVERIFY(exchange(smtpSocket, QByteArray(), "220"));
    smtpSocket.write("EHLO pc\r\n");
    QByteArray ehlo;
    QVERIFY(QTest::qWaitFor(
        [&] {
            ehlo += smtpSocket.readAll();
            return ehlo.contains("\n250 ");
        },
        5000));
    const QByteArray plain = QByteArray("\0alumno2\0", 9) + password.toUtf8();
    QVERIFY(exchange(smtpSocket, "AUTH PLAIN " + plain.toBase64(), "235"));
    QVERIFY(exchange(smtpSocket, "QUIT", "221"));

    // alumno2's row turns ✓, the others stay ✗.
    const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    QVERIFY(QTest::qWaitFor(
        [&] {
            return cell(1, ClassPanel::firstCheckColumn) == QStringLiteral("✓")
                && cell(1, ClassPanel::firstCheckColumn + 1) == QStringLiteral("✓");
        },
        5000));
    QCOMPARE(cell(1, panel->passedColumn()), QStringLiteral("2/2"));
    QVERIFY(cell(1, panel->activityColumn()).contains(QLatin1Char(':')));
    for (int row : {0, 2}) {
        QCOMPARE(cell(row, ClassPanel::firstCheckColumn), QStringLiteral("✗"));
        QCOMPARE(cell(row, ClassPanel::firstCheckColumn + 1), QStringLiteral("✗"));
        QCOMPARE(cell(row, panel->passedColumn()), QStringLiteral("0/2"));
    }
    const QList<int> sessions = grader->students().at(1).connections;
    QCOMPARE(sessions.size(), 2);

    // Going back over the timeline pauses the window's transport, never the
    // class: a third session (nobody logs in on it, so not alumno2's) is
    // answered at once.
    window.stepBack();
    QVERIFY(!window.isPlaying());
    QTcpSocket anonymous;
    anonymous.connectToHost(pop3->address, pop3->port);
    QVERIFY(anonymous.waitForConnected(5000));
    QVERIFY(exchange(anonymous, QByteArray(), "+OK"));
    QVERIFY(exchange(anonymous, "QUIT", "+OK"));

    // The timeline shows every connection; the PASS and AUTH lines masked.
    TimelineModel *model = window.timelineModel();
    QVERIFY(QTest::qWaitFor(
        [&] {
            QSet<int> shown;
            for (qsizetype r = 0; r < model->rowCount(); ++r)
                shown.insert(model->row(r).connection);
            return shown.size() >= 4; // 0 (notes) and the three sessions
        },
        5000));
    TimelinePainter painter;
    painter.setModel(model);
    painter.setHidePasswords(window.timeline()->hidesPasswords());
    int secrets = 0;
    for (qsizetype r = 0; r < model->rowCount(); ++r) {
        const TranscriptEvent &e = model->event(r);
        if (!e.sensitive)
            continue;
        ++secrets;
        const QString label = painter.label(r);
        QVERIFY2(label.contains(QStringLiteral("****")) && !label.contains(password), qPrintable(label));
        window.inspector()->showEvent(model->row(r).event);
        QVERIFY2(!window.inspector()->rawText().contains(password)
                     && !window.inspector()->explanationText().contains(password),
                 qPrintable(window.inspector()->rawText()));
    }
    QCOMPARE(secrets, 2); // PASS, AUTH PLAIN

    // View ▸ Show passwords: unchecked; checking it asks first (the screen
    // is projected). "No" keeps them masked, "Yes" shows them, unchecking
    // masks them again without asking.
    auto *showPasswords = window.findChild<QAction *>(QStringLiteral("showPasswords"));
    QVERIFY(showPasswords && showPasswords->isVisible() && showPasswords->isCheckable());
    QVERIFY(!showPasswords->isChecked());
    QVERIFY(!showPasswords->text().isEmpty());
    const auto passwordShownOnTheTimeline = [&] {
        TimelinePainter drawn;
        drawn.setModel(model);
        drawn.setHidePasswords(window.timeline()->hidesPasswords());
        for (qsizetype r = 0; r < model->rowCount(); ++r) {
            if (model->event(r).sensitive && drawn.label(r).contains(password))
                return true;
        }
        return false;
    };
    QVERIFY(!passwordShownOnTheTimeline());
    QVERIFY(!answerConfirmation(showPasswords, QMessageBox::No).isEmpty());
    QVERIFY(!showPasswords->isChecked());
    QVERIFY(window.timeline()->hidesPasswords());
    QVERIFY(!passwordShownOnTheTimeline());
    const QString warning = answerConfirmation(showPasswords, QMessageBox::Yes);
    QVERIFY2(warning.contains(QStringLiteral("projected")), qPrintable(warning));
    QVERIFY(showPasswords->isChecked());
    QVERIFY(!window.timeline()->hidesPasswords());
    QVERIFY(!window.inspector()->hidesPasswords());
    QVERIFY(window.showsPasswords());
    QVERIFY(passwordShownOnTheTimeline());
    QVERIFY(answerConfirmation(showPasswords, QMessageBox::Yes).isEmpty()); // unchecking: no question
    QVERIFY(!showPasswords->isChecked());
    QVERIFY(window.timeline()->hidesPasswords());
    QVERIFY(window.inspector()->hidesPasswords());
    QVERIFY(!passwordShownOnTheTimeline());

    // Clicking alumno2's row: only their sessions on the timeline.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, ClassPanel::nameColumn)).center());
    QCOMPARE(panel->selectedStudent(), 1);
    QVERIFY(model->isFiltered());
    QVERIFY(model->rowCount() > 0);
    QSet<int> shown;
    for (qsizetype r = 0; r < model->rowCount(); ++r)
        shown.insert(model->row(r).connection);
    QCOMPARE(shown, QSet<int>(sessions.cbegin(), sessions.cend()));
    // Clicking again: the whole class.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, ClassPanel::nameColumn)).center());
    QCOMPARE(panel->selectedStudent(), -1);
    QVERIFY(!model->isFiltered());
    // … and the "Whole class" button after selecting again.
    panel->selectStudent(1);
    QVERIFY(model->isFiltered());
    auto *wholeClass = panel->findChild<QPushButton *>(QStringLiteral("wholeClass"));
    QVERIFY(wholeClass && wholeClass->isEnabled());
    QTest::mouseClick(wholeClass, Qt::LeftButton);
    QVERIFY(!model->isFiltered());

    // File ▸ Export the class's results: a CSV with alumno2's row.
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY2(window.exportClassResultsTo(csv, &error), qPrintable(error));
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QVERIFY(lines.size() >= 4);
    QVERIFY2(lines.at(0).startsWith("user,") && lines.at(0).contains(",1.1,2.1,"), lines.at(0).constData());
    QByteArray alumno2;
    for (const QByteArray &line : lines) {
        if (line.startsWith("alumno2,"))
            alumno2 = line;
        if (line.startsWith("alumno1,") || line.startsWith("alumno3,"))
            QVERIFY2(line.contains(",0,2,"), line.constData());
    }
    QVERIFY2(alumno2.contains(",2,2,"), alumno2.constData());
    // A name of another kind is refused with the reason.
    QVERIFY(!window.exportClassResultsTo(m_dir.filePath(QStringLiteral("results.txt")), &error));
    QVERIFY(!error.isEmpty());

    // Another scenario opened in the window: no longer a class's, and its
    // mail is not kept with the class's.
    QVERIFY(window.openBuiltInScenario(QStringLiteral("ana-fran")));
    QVERIFY(!window.isClass());
    QVERIFY(!window.classGrader());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("classDock"))->isVisible());
    QVERIFY(!window.timeline()->hidesPasswords());
    QVERIFY(!showPasswords->isVisible());
    QVERIFY(window.world()->options().dataDirectory.isEmpty());
    QVERIFY(!window.world()->scenario().steps.isEmpty());
}

// A class window bounds its transcript as --serve does: the timeline reads
// again what is kept when old events go, so no row draws an event that is
// gone; a connection filter keeps only that connection's rows throughout.
void TestClassPanel::timelineFollowsABoundedTranscript()
{
    Transcript transcript;
    transcript.setKeepLimit(Transcript::eventsPerBlock());
    TimelineModel model;
    model.setTranscript(&transcript);
    TimelineModel filtered;
    filtered.setTranscript(&transcript);
    filtered.setConnectionFilter({2});
    for (int i = 0; i < 4 * Transcript::eventsPerBlock(); ++i) {
        TranscriptEvent e = TestEvents::lineEvent("NOOP");
        e.connectionId = 1 + i % 3;
        transcript.append(e);
    }
    QVERIFY(transcript.firstIndex() > 0);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.row(0).event >= transcript.firstIndex());
    QCOMPARE(model.rowCount(), transcript.size() - transcript.firstIndex());
    QVERIFY(filtered.rowCount() > 0);
    QVERIFY(filtered.row(0).event >= transcript.firstIndex());
    for (qsizetype r = 0; r < filtered.rowCount(); ++r)
        QCOMPARE(filtered.row(r).connection, 2);
    filtered.clearConnectionFilter();
    QCOMPARE(filtered.rowCount(), model.rowCount());
}

// A class with private worlds in the window, as --serve runs it: every
// student's own world listens (on 127.1.k.x, or on ports of its own where
// those cannot be bound), alumno2's SMTP session to their own servidor.edu
// passes their check and nobody else's, and clicking their row shows their
// world on the timeline and in the inspector; clicking again, the class's.
void TestClassPanel::privateWorldsAreStartedGradedAndShown()
{
    TestClass test;
    QString error;
    QVERIFY2(test.load(m_dir.filePath(QStringLiteral("private-class.scenario")), privateScenario,
                       m_dir.filePath(QStringLiteral("private-data")), &error),
             qPrintable(error));
    const Scenario &scenario = test.scenario;
    QVERIFY(scenario.privateWorlds);
    const QString results = m_dir.filePath(QStringLiteral("private-results.csv"));
    test.classOptions.keepBytes = 6 * 1024 * 1024;
    test.classOptions.results = {results};
    MainWindow window(scenario, test.options, QStringLiteral("en"), test.classOptions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.classError().isEmpty(), qPrintable(window.classError()));
    PrivateWorlds *worlds = window.privateWorlds();
    QVERIFY(worlds);
    QCOMPARE(worlds->size(), 3);
    World *teacher = window.world();
    QCOMPARE(window.shownWorld(), teacher);
    for (int k = 0; k < 3; ++k) {
        World *own = worlds->world(k);
        QVERIFY(own && own != teacher);
        QCOMPARE(worlds->login(k), QStringLiteral("alumno%1").arg(k + 1));
        QCOMPARE(window.classGrader()->privateWorld(k), own);
        const World::Service *smtp = own->service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
        QVERIFY(smtp && smtp->port > 0);
        // Their own addresses where the platform gives them (127.1.k.x).
        if (!own->sharesAddress())
            QVERIFY2(smtp->address.toString().startsWith(QStringLiteral("127.1.%1.").arg(k + 1)),
                     qPrintable(smtp->address.toString()));
        QVERIFY(own->service(QStringLiteral("cliente.fr"), QStringLiteral("submission")));
    }
    // Their data beside the class's, as --serve keeps it.
    QVERIFY(QFileInfo(test.options.dataDirectory + QStringLiteral("/private/alumno2")).isDir());
    QTableWidget *table = window.classPanel()->table();
    QCOMPARE(table->rowCount(), 3);
    const auto cell = [table](int row) { return table->item(row, ClassPanel::firstCheckColumn)->text(); };
    for (int row = 0; row < 3; ++row)
        QCOMPARE(cell(row), QStringLiteral("✗"));

    // alumno2 sends fran a message through their own servidor.edu, no log-in needed.
    const World::Service *own = worlds->world(1)->service(QStringLiteral("servidor.edu"),
                                                          QStringLiteral("smtp"));
    QTcpSocket smtp;
    smtp.connectToHost(own->address, own->port);
    QVERIFY(smtp.waitForConnected(5000));
    QVERIFY(exchange(smtp, QByteArray(), "220"));
    QVERIFY(exchange(smtp, "HELO pc.alumno2", "250"));
    QVERIFY(exchange(smtp, "MAIL FROM:<alumno2@servidor.edu>", "250"));
    QVERIFY(exchange(smtp, "RCPT TO:<fran@servidor.edu>", "250"));
    QVERIFY(exchange(smtp, "DATA", "354"));
    QVERIFY(exchange(smtp, "Subject: Ola\r\n\r\nOla, Fran.\r\n.", "250"));
    QVERIFY(exchange(smtp, "QUIT", "221"));

    // Only alumno2's row turns ✓.
    QVERIFY(QTest::qWaitFor([&] { return cell(1) == QStringLiteral("✓"); }, 5000));
    QCOMPARE(cell(0), QStringLiteral("✗"));
    QCOMPARE(cell(2), QStringLiteral("✗"));
    QVERIFY(table->item(1, window.classPanel()->activityColumn())->text().contains(QLatin1Char(':')));
    // … and the results file says so, as --serve's.
    const auto resultLine = [&results](const QByteArray &user) {
        QFile csv(results);
        if (!csv.open(QIODevice::ReadOnly))
            return QByteArray();
        for (const QByteArray &line : csv.readAll().split('\n')) {
            if (line.startsWith(user + ','))
                return line;
        }
        return QByteArray();
    };
    QVERIFY2(QTest::qWaitFor([&] { return resultLine("alumno2").contains(",1,1,"); }, 5000),
             resultLine("alumno2").constData());
    QVERIFY2(resultLine("alumno1").contains(",0,1,"), resultLine("alumno1").constData());
    QVERIFY2(resultLine("alumno3").contains(",0,1,"), resultLine("alumno3").constData());

    // The class's timeline shows the class's world: not alumno2's lines.
    TimelineModel *model = window.timelineModel();
    QCOMPARE(model->transcript(), teacher->transcript());
    QCOMPARE(rowsWith(model, "Subject: Ola"), 0);

    // Clicking alumno2's row: their own world, on the timeline and in the inspector.
    ClassPanel *panel = window.classPanel();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, ClassPanel::nameColumn)).center());
    QCOMPARE(panel->selectedStudent(), 1);
    QCOMPARE(window.shownWorld(), worlds->world(1));
    QCOMPARE(model->transcript(), worlds->world(1)->transcript());
    QVERIFY(!model->isFiltered()); // every session there is theirs
    QCOMPARE(rowsWith(model, "Subject: Ola"), 1);
    QCOMPARE(rowsWith(model, "HELO pc.alumno2"), 1);
    qsizetype subject = -1;
    for (qsizetype r = 0; r < model->rowCount(); ++r) {
        if (model->event(r).raw == "Subject: Ola")
            subject = r;
    }
    QVERIFY(subject >= 0);
    window.timeline()->setCurrentRow(subject);
    QVERIFY2(window.inspector()->rawText().contains(QStringLiteral("Subject: Ola")),
             qPrintable(window.inspector()->rawText()));
    auto *shown = panel->findChild<QLabel *>(QStringLiteral("classFilter"));
    QVERIFY(shown);
    QVERIFY2(shown->text().contains(QStringLiteral("alumno2's own world")), qPrintable(shown->text()));
    // Another student's world is another transcript: not alumno2's lines.
    panel->selectStudent(2);
    QCOMPARE(model->transcript(), worlds->world(2)->transcript());
    QCOMPARE(rowsWith(model, "Subject: Ola"), 0);

    // "Whole class", and clicking the selected row again: the class's world.
    auto *wholeClass = panel->findChild<QPushButton *>(QStringLiteral("wholeClass"));
    QVERIFY(wholeClass && wholeClass->isEnabled());
    QTest::mouseClick(wholeClass, Qt::LeftButton);
    QCOMPARE(window.shownWorld(), teacher);
    QCOMPARE(model->transcript(), teacher->transcript());
    QCOMPARE(rowsWith(model, "Subject: Ola"), 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, ClassPanel::nameColumn)).center());
    QCOMPARE(model->transcript(), worlds->world(1)->transcript());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, ClassPanel::nameColumn)).center());
    QCOMPARE(panel->selectedStudent(), -1);
    QCOMPARE(model->transcript(), teacher->transcript());
    QVERIFY(!model->isFiltered());

    // The access sheet's card for alumno2 names their own cliente.fr too.
    const QList<AccessSheet::Card> cards = AccessSheet::cards(*worlds->world(1));
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.at(0).login, QStringLiteral("alumno2"));
    QCOMPARE(cards.at(0).server, QStringLiteral("servidor.edu"));
    QCOMPARE(cards.at(0).otherServers.size(), 1);
    const AccessSheet::Card::Host &client = cards.at(0).otherServers.at(0);
    QCOMPARE(client.name, QStringLiteral("cliente.fr"));
    QCOMPARE(client.address, worlds->world(1)->addressOf(QStringLiteral("cliente.fr")).toString());
    const World::Service *submission = worlds->world(1)->service(QStringLiteral("cliente.fr"),
                                                                 QStringLiteral("submission"));
    bool listed = false;
    for (const AccessSheet::Port &port : client.ports)
        listed = listed || (port.service == QLatin1String("submission") && port.port == submission->port);
    QVERIFY(listed);
    // The teacher's world's cards name no other server.
    for (const AccessSheet::Card &card : AccessSheet::cards(*teacher))
        QVERIFY(card.otherServers.isEmpty());
    // File ▸ Export the access sheet: the students' own worlds' cards.
    const QString sheet = m_dir.filePath(QStringLiteral("private-access.pdf"));
    QVERIFY2(window.exportAccessSheetTo(sheet, &error), qPrintable(error));
    QVERIFY(QFileInfo(sheet).size() > 0);

    // Another scenario opened in the window: no class, no private worlds.
    QVERIFY(window.openBuiltInScenario(QStringLiteral("ana-fran")));
    QVERIFY(!window.privateWorlds());
    QCOMPARE(window.shownWorld(), window.world());
}

// A class window at 1366x768: three students log in by POP3 from three
// computers (127.0.0.2 to .4); the timeline has the story's lanes and one
// for the class, named as the map's box, whose computers it holds; each
// student's lines still say whose computer. One student's sessions: their
// computer's own lane; the whole class again: folded again.
void TestClassPanel::studentsComputersShareOneLane()
{
    TestClass test;
    QString error;
    QVERIFY2(test.load(m_dir.filePath(QStringLiteral("story-class.scenario")), storyClassScenario,
                       m_dir.filePath(QStringLiteral("story-data")), &error),
             qPrintable(error));
    const Scenario &scenario = test.scenario;
    const QMap<QString, QString> &passwords = test.passwords;
    MainWindow window(scenario, test.options, QStringLiteral("en"), test.classOptions);
    window.setWindowState(Qt::WindowNoState); // the test screen is small: sized by hand
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.classError().isEmpty(), qPrintable(window.classError()));
    TimelineModel *model = window.timelineModel();
    QVERIFY(model);
    QVERIFY(model->foldsOutsideHosts());
    const QString classLane = NetworkMapView::classGroupTitle();
    QCOMPARE(model->foldedLaneName(), classLane);
    const QStringList story = TimelineModel::lanesFor(scenario);
    QCOMPARE(story,
             (QStringList{QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                          QStringLiteral("2esi.org")}));
    const auto lanes = [model] {
        QStringList names;
        for (int i = 0; i < model->laneCount(); ++i)
            names.append(model->lane(i));
        return names;
    };

    const World::Service *pop3 = window.world()->service(QStringLiteral("2esi.org"), QStringLiteral("pop3"));
    QVERIFY(pop3);
    const auto computer = [](int k) {
        return QCoreApplication::translate("World", "outside %1")
            .arg(QStringLiteral("127.0.0.%1").arg(k + 1));
    };
    for (int k = 1; k <= 3; ++k) {
        QTcpSocket socket;
        QVERIFY2(socket.bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(k + 1))),
                 qPrintable(socket.errorString()));
        socket.connectToHost(pop3->address, pop3->port);
        QVERIFY(socket.waitForConnected(5000));
        const QString login = QStringLiteral("alumno%1").arg(k);
        QVERIFY(exchange(socket, QByteArray(), "+OK"));
        QVERIFY(exchange(socket, "USER " + login.toUtf8(), "+OK"));
        QVERIFY(
            exchange(socket, "PASS " + passwords.value(login + QStringLiteral("@2esi.org")).toUtf8(), "+OK"));
        QVERIFY(exchange(socket, "QUIT", "+OK"));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return model->foldedHosts().size() == 3 && rowsWith(model, "USER alumno3"); }, 5000));
    // The story's lanes, then the class's: not one per computer.
    QCOMPARE(lanes(), story + QStringList{classLane});
    QCOMPARE(model->foldedHosts(), (QStringList{computer(1), computer(2), computer(3)}));
    // On a school's 1366x768 (a first start: no saved layout) the inspector
    // and the servers go under the class panel, so the story's lanes and the
    // class's fit beside it without scrolling sideways.
    auto *classDock = window.findChild<QDockWidget *>(QStringLiteral("classDock"));
    auto *inspectorDock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *serversDock = window.findChild<QDockWidget *>(QStringLiteral("serversDock"));
    QVERIFY(classDock && inspectorDock && serversDock);
    QCOMPARE(window.dockWidgetArea(inspectorDock), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(serversDock), Qt::LeftDockWidgetArea);
    QVERIFY(inspectorDock->isVisible());
    QVERIFY2(inspectorDock->geometry().top() >= classDock->geometry().bottom(),
             qPrintable(QStringLiteral("inspector at %1, class panel ends at %2")
                            .arg(inspectorDock->geometry().top())
                            .arg(classDock->geometry().bottom())));
    QVERIFY(QTest::qWaitFor([&] { return window.timeline()->horizontalScrollBar()->maximum() == 0; }, 2000));
    QVERIFY2(window.timeline()->viewport()->width()
                 >= window.timeline()->minimumWidthForLanes(model->laneCount()),
             qPrintable(QStringLiteral("timeline %1 px for %2 lanes")
                            .arg(window.timeline()->viewport()->width())
                            .arg(model->laneCount())));
    const int foldedLane = int(story.size());
    for (int k = 1; k <= 3; ++k)
        QCOMPARE(model->laneOf(computer(k)), foldedLane);
    // Each student's line still says whose computer it came from.
    for (qsizetype r = 0; r < model->rowCount(); ++r) {
        if (model->event(r).raw == "USER alumno2") {
            QCOMPARE(model->event(r).from, computer(2));
            QCOMPARE(model->row(r).fromLane, foldedLane);
            QCOMPARE(model->row(r).toLane, model->laneOf(QStringLiteral("2esi.org")));
        }
    }
    // The map folds the same computers into its class box.
    NetworkMapView *map = window.networkMap();
    QVERIFY(map->classGroup());
    QVERIFY(!map->hostRect(NetworkMapView::classGroupName()).isEmpty());
    for (int k = 1; k <= 3; ++k)
        QVERIFY2(map->hostRect(computer(k)).isEmpty(), qPrintable(computer(k)));

    // One student's sessions: their computer on a lane of its own.
    ClassPanel *panel = window.classPanel();
    panel->selectStudent(1);
    QVERIFY(model->isFiltered());
    QVERIFY(!model->foldsOutsideHosts());
    QVERIFY(!lanes().contains(classLane));
    QVERIFY2(lanes().contains(computer(2)), qPrintable(lanes().join(QLatin1Char(','))));
    QVERIFY(!lanes().contains(computer(1)));
    // The whole class again: folded again.
    auto *wholeClass = panel->findChild<QPushButton *>(QStringLiteral("wholeClass"));
    QVERIFY(wholeClass && wholeClass->isEnabled());
    QTest::mouseClick(wholeClass, Qt::LeftButton);
    QVERIFY(!model->isFiltered());
    QVERIFY(model->foldsOutsideHosts());
    QCOMPARE(lanes(), story + QStringList{classLane});

    // Another scenario opened in the window: no class, a lane per computer.
    QVERIFY(window.openBuiltInScenario(QStringLiteral("ana-fran")));
    QVERIFY(!window.timelineModel()->foldsOutsideHosts());
}

// A class window keeps two layouts: the one a big screen had is not restored
// on a small one (where it would leave the timeline too narrow), and the big
// screen gets its own back.
void TestClassPanel::classLayoutsAreKeptPerScreenSize()
{
    QSettings().remove(QStringLiteral("class"));
    TestClass test;
    QString error;
    QVERIFY2(test.load(m_dir.filePath(QStringLiteral("layout-class.scenario")), storyClassScenario,
                       m_dir.filePath(QStringLiteral("layout-data")), &error),
             qPrintable(error));
    const Scenario &scenario = test.scenario;
    const World::Options &options = test.options;
    const MainWindow::ClassOptions &classOptions = test.classOptions;
    const auto area = [](MainWindow &window, const char *name) {
        return window.dockWidgetArea(window.findChild<QDockWidget *>(QString::fromLatin1(name)));
    };
    const auto open = [&](MainWindow &window, const QSize &size) {
        window.setWindowState(Qt::WindowNoState); // the test screen is small: sized by hand
        window.resize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    };
    {
        MainWindow big(scenario, options, QStringLiteral("en"), classOptions);
        QVERIFY(open(big, QSize(1920, 1040)));
        QTRY_COMPARE(area(big, "inspectorDock"), Qt::RightDockWidgetArea);
        QCOMPARE(area(big, "serversDock"), Qt::RightDockWidgetArea);
        // The teacher closes the servers' dock on the big screen.
        big.findChild<QDockWidget *>(QStringLiteral("serversDock"))->close();
        QVERIFY(big.close());
    }
    {
        MainWindow small(scenario, options, QStringLiteral("en"), classOptions);
        QVERIFY(open(small, QSize(1366, 768)));
        // Not the big screen's layout: the small screen's own.
        QTRY_COMPARE(area(small, "inspectorDock"), Qt::LeftDockWidgetArea);
        QCOMPARE(area(small, "serversDock"), Qt::LeftDockWidgetArea);
        QVERIFY(small.findChild<QDockWidget *>(QStringLiteral("classDock"))->isVisible());
        // Every column of the panel shown, without scrolling sideways.
        QTRY_VERIFY(!small.classPanel()->table()->horizontalScrollBar()->isVisible());
        QVERIFY(small.close());
    }
    {
        MainWindow big(scenario, options, QStringLiteral("en"), classOptions);
        QVERIFY(open(big, QSize(1920, 1040)));
        QTRY_VERIFY(!big.findChild<QDockWidget *>(QStringLiteral("serversDock"))->isVisible());
        QCOMPARE(area(big, "inspectorDock"), Qt::RightDockWidgetArea);
        QVERIFY(big.findChild<QDockWidget *>(QStringLiteral("classDock"))->isVisible());
    }
    QVERIFY(QSettings().contains(QStringLiteral("class/state-small")));
    QVERIFY(QSettings().contains(QStringLiteral("class/state-big")));
    QVERIFY(!QSettings().contains(QStringLiteral("window/state"))); // the story's layout untouched
}

QTEST_MAIN(TestClassPanel)
#include "tst_classpanel.moc"
