// SPDX-License-Identifier: GPL-3.0-or-later
// Predict-the-reply over the class (issue 17): the window opened on a class
// plays its story on the projector; a "predict" step holds a reply while the
// students answer on the class's quiz page, over real sockets (HTTP/1.1
// requests written by hand, cookies and CSRF tokens as a browser keeps
// them). Some answer right, one wrong, one twice (the second replaces the
// first), one not at all, one without logging in (refused); hostile requests
// get their 4xx. The teacher answers in the window's dialog: each student's
// score is in the results file, the state file, the class panel and the
// transcript. Meanwhile a student's own POP3 session is never held by the
// story's stepping, and does not keep the story waiting; nor is the relay a
// student's message causes between the story's own hosts. A student with
// only a terminal answers on the quiz console (USER, PASS, QUESTION,
// ANSWER), and the page and the console take the same answer. A student
// who mistypes the password again and again is slowed, never shut out.
#include "gui/classpanel.h"
#include "gui/mainwindow.h"
#include "gui/predictiondialog.h"

#include "classroom/classgrader.h"
#include "classroom/classquizserver.h"
#include "classroom/scenariorunner.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "persist/classpasswords.h"
#include "scenario/scenarioparser.h"
#include "testclass.h"
#include "testworlds.h"
#include "transcript/notes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const char *const classScenario = R"(title en "Predict with the class"
server cliente.fr
server 2esi.org
dns cliente.fr mx cliente.fr
dns 2esi.org mx 2esi.org
students 5 on 2esi.org
user ana@cliente.fr password claveana
user profe@2esi.org password claveprofe
client ana user ana@cliente.fr

say en "Ana writes to the teacher: what does cliente.fr answer to RCPT TO?"
predict cliente.fr at RCPT choices 250, 450, 550
send ana to profe@2esi.org subject "Ola" body "Ola, profe"
wait
expect mailbox profe@2esi.org count 1

exercise
  goal en "Log in to your mailbox by POP3"
  check reply +OK
end
)";

struct Reply {
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith(name.toLower() + ':'))
                return l.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

// One request on a connection of its own; the whole response (the server
// answers from this thread's event loop, which turns while waiting).
Reply request(quint16 port, const QHostAddress &address, const QByteArray &raw)
{
    Reply reply;
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(raw);
    QByteArray got;
    if (!QTest::qWaitFor(
            [&] {
                got += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000))
        qWarning("the server did not close the connection in 10 s (the caller checks what came)");
    got += socket.readAll();
    const qsizetype end = got.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    reply.head = got.left(end);
    reply.body = got.mid(end + 4);
    const QList<QByteArray> status = reply.head.split(' ');
    reply.status = status.value(1).toInt();
    return reply;
}

QByteArray get(const QByteArray &path, const QByteArray &cookie, const QByteArray &language = "en")
{
    QByteArray raw = "GET " + path
        + " HTTP/1.1\r\nHost: 2esi.org\r\nConnection: close\r\nAccept-Language: " + language + "\r\n";
    if (!cookie.isEmpty())
        raw += "Cookie: carteiro_quiz=" + cookie + "\r\n";
    return raw + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &cookie, const QByteArray &body,
                const QByteArray &type = "application/x-www-form-urlencoded")
{
    QByteArray raw = "POST " + path
        + " HTTP/1.1\r\nHost: 2esi.org\r\nConnection: close\r\nAccept-Language: en\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!cookie.isEmpty())
        raw += "Cookie: carteiro_quiz=" + cookie + "\r\n";
    return raw + "\r\n" + body;
}

QByteArray cookieOf(const Reply &reply)
{
    static const QRegularExpression re(QStringLiteral("carteiro_quiz=([0-9a-f]+)"));
    return re.match(QString::fromLatin1(reply.header("Set-Cookie"))).captured(1).toLatin1();
}

QByteArray csrfOf(const Reply &reply)
{
    static const QRegularExpression re(QStringLiteral("name=\"csrf\" value=\"([0-9a-f]+)\""));
    return re.match(QString::fromUtf8(reply.body)).captured(1).toLatin1();
}

// Sends a line and reads a multi-line reply up to its "." line.
QByteArray listing(QTcpSocket &socket, const QByteArray &line)
{
    socket.write(line + "\r\n");
    QByteArray got;
    if (!QTest::qWaitFor(
            [&] {
                got += socket.readAll();
                return got.endsWith("\r\n.\r\n") || (got.endsWith("\r\n") && !got.startsWith("+OK question"));
            },
            5000))
        qWarning("sent %s, no whole reply in 5 s (got %s)", line.constData(), got.constData());
    return got;
}

bool exchange(QTcpSocket &socket, const QByteArray &line, const QByteArray &expect)
{
    if (!line.isEmpty())
        socket.write(line + "\r\n");
    QByteArray got;
    const bool whole = QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.endsWith("\r\n");
        },
        5000);
    if (!whole)
        qWarning("sent %s, no whole reply in 5 s", line.constData());
    if (!got.startsWith(expect))
        qWarning("sent %s, got %s", line.constData(), got.constData());
    return got.startsWith(expect);
}

} // namespace

class TestClassQuiz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theClassPredictsTheReply();

private:
    QTemporaryDir m_dir;
};

void TestClassQuiz::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestClassQuiz::theClassPredictsTheReply()
{
    TestClass test;
    QString error;
    QVERIFY2(test.load(m_dir.filePath(QStringLiteral("predict-class.scenario")), classScenario,
                       m_dir.filePath(QStringLiteral("data")), &error),
             qPrintable(error));
    const auto password = [&](int n) { return test.password(QStringLiteral("alumno%1@2esi.org").arg(n)); };
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    test.classOptions.results = {csv};
    MainWindow window(test.scenario, test.options, QStringLiteral("en"), test.classOptions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.classError().isEmpty(), qPrintable(window.classError()));
    QVERIFY(window.playsClassStory());
    // The story without the students' exercise; the grader still has it.
    QVERIFY(!window.world()->scenario().steps.isEmpty());
    for (const ScenarioStep &step : window.world()->scenario().steps)
        QVERIFY(step.kind != ScenarioStep::Kind::Exercise);
    QCOMPARE(window.classGrader()->checks().size(), 1);
    ClassQuizServer *quiz = window.classQuiz();
    QVERIFY(quiz);
    QCOMPARE(quiz->host(), QStringLiteral("2esi.org"));
    QCOMPARE(quiz->address(), window.world()->addressOf(QStringLiteral("2esi.org")));
    const QHostAddress address = quiz->address();
    const quint16 port = quiz->port();
    QVERIFY(port > 0);
    // The console next to the page, on a port of its own.
    QCOMPARE(quiz->consoleAddress(), address);
    QVERIFY(quiz->consolePort() > 0 && quiz->consolePort() != port);
    // Failed log-ins are slowed per user: short delays for the test.
    quiz->setLoginDelayMs(100);
    // The address the students type, whole, above them on the projector.
    // A caption, then the address alone on its line: never wrapped (a label
    // breaks a URL after "http://"), and as wide as the label needs.
    const auto *caption = window.findChild<QLabel *>(QStringLiteral("classQuiz"));
    QVERIFY(caption && !caption->isHidden());
    QVERIFY2(!caption->text().isEmpty(), "no caption above the quiz address");
    const auto *where = window.findChild<QLabel *>(QStringLiteral("classQuizAddress"));
    QVERIFY(where && !where->isHidden());
    QCOMPARE(where->text(), QStringLiteral("http://%1:%2/").arg(address.toString()).arg(port));
    QVERIFY(!where->wordWrap());
    QVERIFY2(where->width() >= where->fontMetrics().horizontalAdvance(where->text()),
             qPrintable(QStringLiteral("%1 px for %2 px of address")
                            .arg(where->width())
                            .arg(where->fontMetrics().horizontalAdvance(where->text()))));
    QVERIFY(where->geometry().top() >= caption->geometry().bottom());
    QVERIFY(!quiz->isOpen());
    QVERIFY(!window.isPlaying()); // the story waits for the teacher

    // A student's own session while the story is paused: never held.
    const World::Service *pop3 = window.world()->service(QStringLiteral("2esi.org"), QStringLiteral("pop3"));
    QVERIFY(pop3);
    QTcpSocket telnet;
    telnet.connectToHost(pop3->address, pop3->port);
    QVERIFY(telnet.waitForConnected(5000));
    QVERIFY(exchange(telnet, QByteArray(), "+OK"));
    QVERIFY(exchange(telnet, "USER alumno5", "+OK"));
    QVERIFY(exchange(telnet, "PASS " + password(5), "+OK"));
    QTRY_COMPARE_WITH_TIMEOUT(window.classGrader()->students().at(4).passedCount(), 1, 5000);

    // Log-ins: a page with a cookie and a token, then a new cookie.
    const auto logIn = [&](int n) -> QByteArray {
        const Reply page = request(port, address, get("/", QByteArray()));
        if (page.status != 200 || !page.body.contains("name=\"password\""))
            return {};
        const QByteArray first = cookieOf(page);
        const Reply in = request(
            port, address,
            post("/login", first,
                 "csrf=" + csrfOf(page) + "&user=alumno" + QByteArray::number(n)
                     + "&password=" + QUrl::toPercentEncoding(QString::fromUtf8(password(n)))));
        if (in.status != 303)
            qWarning("log-in of alumno%d: %d %s", n, in.status, in.body.constData());
        const QByteArray second = cookieOf(in);
        return in.status == 303 && !second.isEmpty() && second != first ? second : QByteArray();
    };
    QByteArray cookie[6];
    for (int n = 1; n <= 4; ++n) {
        cookie[n] = logIn(n);
        QVERIFY2(!cookie[n].isEmpty(), qPrintable(QStringLiteral("alumno%1 could not log in").arg(n)));
    }
    // A wrong password is refused, and the page says so.
    {
        const Reply page = request(port, address, get("/", QByteArray()));
        const Reply wrong = request(
            port, address,
            post("/login", cookieOf(page), "csrf=" + csrfOf(page) + "&user=alumno4&password=nope"));
        QCOMPARE(wrong.status, 403);
        QVERIFY(wrong.body.contains("Wrong user or password"));
        QVERIFY(cookieOf(wrong).isEmpty());
    }
    // Mistyped again and again: each answer waits longer (as the webmail's),
    // up to five times the delay; never a pause that shuts the student out.
    for (int attempt = 2; attempt <= 7; ++attempt) {
        const Reply page = request(port, address, get("/", QByteArray()));
        QElapsedTimer clock;
        clock.start();
        const Reply wrong = request(
            port, address,
            post("/login", cookieOf(page), "csrf=" + csrfOf(page) + "&user=alumno4&password=nope"));
        const qint64 waited = clock.elapsed();
        QCOMPARE(wrong.status, 403);
        QVERIFY2(waited >= 100 * qMin(attempt, 5) - 30,
                 qPrintable(QStringLiteral("attempt %1 answered after %2 ms").arg(attempt).arg(waited)));
    }
    {
        QElapsedTimer clock;
        clock.start();
        cookie[4] = logIn(4); // the right password: at once, after seven failures
        QVERIFY(!cookie[4].isEmpty());
        QVERIFY2(clock.elapsed() < 400, qPrintable(QString::number(clock.elapsed())));
    }
    // The console, before any question: alumno5 logs in from a terminal.
    QTcpSocket console;
    console.connectToHost(quiz->consoleAddress(), quiz->consolePort());
    QVERIFY(console.waitForConnected(5000));
    QVERIFY(exchange(console, QByteArray(), "+OK 2esi.org quiz ready\r\n"));
    QVERIFY(exchange(console, "QUESTION", "-ERR log in first"));
    QVERIFY(exchange(console, "USER alumno5", "+OK send PASS"));
    QVERIFY(exchange(console, "PASS wrong-password", "-ERR wrong user or password"));
    QVERIFY(exchange(console, "USER alumno5", "+OK send PASS"));
    QVERIFY(exchange(console, "PASS " + password(5), "+OK logged in as alumno5@2esi.org\r\n"));
    QVERIFY(exchange(console, "QUESTION", "+OK no question is open now\r\n"));
    QVERIFY(exchange(console, "ANSWER 1", "-ERR no question is open now"));
    QVERIFY(exchange(console, "\x01\xff garbage", "-ERR 8-bit octet in command"));
    // No question yet: the page says so and looks again.
    Reply waiting = request(port, address, get("/", cookie[1]));
    QCOMPARE(waiting.status, 200);
    QVERIFY2(waiting.body.contains("No question right now"), waiting.body.constData());
    QVERIFY(waiting.body.contains("http-equiv=\"refresh\""));
    QVERIFY(waiting.body.contains("alumno1@2esi.org"));
    const QByteArray token1 = csrfOf(waiting);
    QCOMPARE(request(port, address, post("/answer", cookie[1], "csrf=" + token1 + "&question=1&choice=250"))
                 .status,
             409);

    // The teacher starts the story: the reply to RCPT is held on the projector.
    window.setSpeed(16);
    window.setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(quiz->isOpen(), 20000);
    QVERIFY(window.predictionDialog() && window.predictionDialog()->isVisible());
    // While it is held, the student's POP3 session still gets its replies.
    QVERIFY(exchange(telnet, "STAT", "+OK"));

    Reply open = request(port, address, get("/", cookie[1]));
    QCOMPARE(open.status, 200);
    QVERIFY2(open.body.contains("RCPT TO:&lt;profe@2esi.org&gt;"), open.body.constData());
    QVERIFY(open.body.contains("value=\"450\""));
    QVERIFY(!open.body.contains("http-equiv=\"refresh\"")); // the form stays while they choose
    const int number = quiz->question().number;
    QCOMPARE(number, 1);
    const auto answer = [&](int n, const QByteArray &choice, const QByteArray &token) {
        return request(
                   port, address,
                   post("/answer", cookie[n],
                        "csrf=" + token + "&question=" + QByteArray::number(number) + "&choice=" + choice))
            .status;
    };
    QByteArray token[5];
    for (int n = 1; n <= 4; ++n) {
        token[n] = csrfOf(request(port, address, get("/", cookie[n])));
        QVERIFY(!token[n].isEmpty());
    }
    QCOMPARE(answer(1, "250", token[1]), 303);
    QCOMPARE(answer(2, "550", token[2]), 303);
    QCOMPARE(answer(3, "450", token[3]), 303);
    QCOMPARE(quiz->answerCount(), 3);
    QVERIFY2(window.predictionDialog()->classText().contains(QStringLiteral("3 of 5")),
             qPrintable(window.predictionDialog()->classText()));
    QCOMPARE(answer(3, "250", token[3]), 303); // a second answer replaces the first
    QCOMPARE(quiz->answerCount(), 3);
    const Reply changed = request(port, address, get("/", cookie[3]));
    QVERIFY(changed.body.contains("Your answer: 250"));
    QVERIFY(changed.body.contains("value=\"250\" checked"));

    // Hostile input: each a clear 4xx, nobody's answer changed.
    QCOMPARE(answer(1, "999", token[1]), 400); // not a choice
    QCOMPARE(answer(1, "550", token[2]), 403); // another session's token
    QCOMPARE(request(port, address, post("/answer", cookie[1], "csrf=" + token[1] + "&question=7&choice=550"))
                 .status,
             409); // another question
    QCOMPARE(request(port, address, post("/answer", cookie[1], "\x01\xff=&&&=")).status, 403);
    QCOMPARE(
        request(port, address, post("/answer", QByteArray(64, 'a'), "csrf=x&question=1&choice=550")).status,
        403); // a cookie that is no session
    QCOMPARE(request(port, address, post("/answer", "not-hex;", "csrf=x&question=1&choice=550")).status, 403);
    QCOMPARE(
        request(port, address, post("/answer", cookie[1], "{\"choice\":\"550\"}", "application/json")).status,
        415);
    QCOMPARE(request(port, address, post("/answer", cookie[1], QByteArray(20000, 'x'))).status, 413);
    QCOMPARE(request(port, address, get("/../../etc/passwd", cookie[1])).status, 404);
    // Not logged in: a fresh session's token is not enough.
    {
        const Reply page = request(port, address, get("/", QByteArray()));
        const QByteArray anonymous = cookieOf(page);
        QVERIFY(!anonymous.isEmpty());
        const Reply refused = request(
            port, address, post("/answer", anonymous, "csrf=" + csrfOf(page) + "&question=1&choice=250"));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains("Log in first"));
    }
    QCOMPARE(quiz->answerCount(), 3);

    // alumno5 answers from the terminal: the question and its numbered
    // choices, then 3 (550); then from the page, 250: the same answer, replaced.
    const QByteArray asked = listing(console, "QUESTION");
    QVERIFY2(asked.startsWith("+OK question 1: what will cliente.fr answer? 3 choices\r\n"
                              "C: RCPT TO:<profe@2esi.org>\r\n1 250 "),
             asked.constData());
    QVERIFY2(asked.contains("\r\n3 550 "), asked.constData());
    QVERIFY(exchange(console, "ANSWER 3", "+OK answer 3 (550) taken for question 1\r\n"));
    QCOMPARE(quiz->answerCount(), 4);
    cookie[5] = logIn(5);
    QVERIFY(!cookie[5].isEmpty());
    const Reply fifth = request(port, address, get("/", cookie[5]));
    QVERIFY(fifth.body.contains("Your answer: 550"));
    QCOMPARE(answer(5, "250", csrfOf(fifth)), 303);
    QCOMPARE(quiz->answerCount(), 4);
    QVERIFY(listing(console, "QUESTION").contains("your answer: 1 (250)"));
    QVERIFY(exchange(console, "ANSWER 9", "-ERR no choice 9: choose 1 to 3"));

    // Meanwhile a student sends through cliente.fr, whose relay to 2esi.org
    // runs between the story's own hosts: it goes although the story is held.
    {
        const World::Service *submission = window.world()->service(QStringLiteral("cliente.fr"),
                                                                   QStringLiteral("submission"));
        QVERIFY(submission);
        QTcpSocket smtp;
        smtp.connectToHost(submission->address, submission->port);
        QVERIFY(smtp.waitForConnected(5000));
        QVERIFY(exchange(smtp, QByteArray(), "220"));
        smtp.write("EHLO pc\r\n");
        QByteArray ehlo;
        QVERIFY(QTest::qWaitFor(
            [&] {
                ehlo += smtp.readAll();
                return ehlo.contains("\n250 ");
            },
            5000));
        QVERIFY(
            exchange(smtp, "AUTH PLAIN " + QByteArray("\0ana@cliente.fr\0claveana", 24).toBase64(), "235"));
        QVERIFY(exchange(smtp, "MAIL FROM:<ana@cliente.fr>", "250"));
        QVERIFY(exchange(smtp, "RCPT TO:<alumno1@2esi.org>", "250"));
        QVERIFY(exchange(smtp, "DATA", "354"));
        QVERIFY(exchange(smtp, "Subject: relayed\r\n\r\nWhile the story waits.\r\n.", "250"));
        QVERIFY(exchange(smtp, "QUIT", "221"));
        MailServer *school = window.world()->server(QStringLiteral("2esi.org"));
        QVERIFY(school);
        QTRY_COMPARE_WITH_TIMEOUT(school->store()->count("alumno1"), 1, 5000);
        QVERIFY(quiz->isOpen()); // the story is still held on the projector
    }

    // The teacher answers in the window: the reply goes, the class is scored.
    PredictionDialog *dialog = window.predictionDialog();
    QVERIFY(dialog->choose(QStringLiteral("250")));
    dialog->answerButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!quiz->isOpen(), 5000);
    QCOMPARE(quiz->lastAnswered(), 4);
    QCOMPARE(quiz->lastRight(), 3);
    QVERIFY2(dialog->classText().contains(QStringLiteral("4 of 5 students answered, 3 right")),
             qPrintable(dialog->classText()));
    QCOMPARE(answer(1, "550", token[1]), 409); // too late

    struct Expected {
        int asked, answered, right;
    };
    const Expected expected[5] = {{1, 1, 1}, {1, 1, 0}, {1, 1, 1}, {1, 0, 0}, {1, 1, 1}};
    const QList<ClassGrader::Student> &students = window.classGrader()->students();
    for (int s = 0; s < 5; ++s) {
        QCOMPARE(students.at(s).predictionsAsked, expected[s].asked);
        QCOMPARE(students.at(s).predictionsAnswered, expected[s].answered);
        QCOMPARE(students.at(s).predictionsRight, expected[s].right);
    }
    // The panel.
    QTableWidget *table = window.classPanel()->table();
    const int column = window.classPanel()->predictionsColumn();
    QCOMPARE(table->horizontalHeaderItem(column)->text(), QStringLiteral("Predictions"));
    QVERIFY(!table->isColumnHidden(column)); // the scenario asks: the column is there
    const QStringList shown = {QStringLiteral("1/1"), QStringLiteral("0/1"), QStringLiteral("1/1"),
                               QStringLiteral("0/1"), QStringLiteral("1/1")};
    for (int s = 0; s < 5; ++s)
        QCOMPARE(table->item(s, column)->text(), shown.at(s));
    // The --results file.
    {
        QFile in(csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = in.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 6);
        const QList<QByteArray> header = rows.at(0).trimmed().split(',');
        const qsizetype right = header.indexOf("predictions right");
        const qsizetype answered = header.indexOf("predictions answered");
        const qsizetype asked = header.indexOf("predictions asked");
        QVERIFY(right > 0 && answered > 0 && asked > 0);
        for (int s = 0; s < 5; ++s) {
            const QList<QByteArray> row = rows.at(s + 1).trimmed().split(',');
            QCOMPARE(row.at(0), "alumno" + QByteArray::number(s + 1));
            QCOMPARE(row.at(right).toInt(), expected[s].right);
            QCOMPARE(row.at(answered).toInt(), expected[s].answered);
            QCOMPARE(row.at(asked).toInt(), expected[s].asked);
        }
    }
    // The state file in the data directory, read back at the next start.
    {
        QFile in(test.options.dataDirectory + QStringLiteral("/class-results.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(in.readAll()).object().value("students").toArray();
        QCOMPARE(list.size(), 5);
        for (int s = 0; s < 5; ++s) {
            const QJsonObject p = list.at(s).toObject().value("predictions").toObject();
            QCOMPARE(p.value("asked").toInt(), expected[s].asked);
            QCOMPARE(p.value("answered").toInt(), expected[s].answered);
            QCOMPARE(p.value("right").toInt(), expected[s].right);
        }
    }
    // The transcript says it once for the class.
    bool noted = false;
    const Transcript *transcript = window.world()->transcript();
    for (qsizetype i = transcript->firstIndex(); i < transcript->size(); ++i) {
        const TranscriptEvent &e = transcript->at(i);
        if (e.noteCode == NoteCode::ClassPredictions) {
            QCOMPARE(e.noteText(),
                     QStringLiteral("Prediction 1 over the class (the reply was 250): 4 of 5 "
                                    "students answered, 3 right"));
            noted = true;
        }
    }
    QVERIFY(noted);
    // The console's lines are on the transcript once each, the password marked.
    int consolePasswords = 0;
    int consoleQuestions = 0;
    for (qsizetype i = transcript->firstIndex(); i < transcript->size(); ++i) {
        const TranscriptEvent &e = transcript->at(i);
        if (e.kind != TranscriptEvent::Kind::Line || e.protocol != Protocol::None
            || e.to != QStringLiteral("2esi.org"))
            continue;
        if (e.raw.startsWith("PASS ") && e.raw != "PASS wrong-password")
            consolePasswords += e.sensitive ? 1 : 100;
        if (e.raw == "QUESTION")
            ++consoleQuestions;
    }
    QCOMPARE(consolePasswords, 1);
    QCOMPARE(consoleQuestions, 4);
    // After the reveal the console says the reply and what alumno5 answered.
    QVERIFY(exchange(console, "QUESTION",
                     "+OK no question is open now; question 1: the reply was 250, you answered 250: right"));
    QVERIFY(exchange(console, "QUIT", "+OK bye"));
    // Each student's page after the reveal, in their language.
    QVERIFY(request(port, address, get("/", cookie[1])).body.contains("You answered 250: right!"));
    QVERIFY(request(port, address, get("/", cookie[2])).body.contains("You answered 550: not this time."));
    QVERIFY(request(port, address, get("/", cookie[4])).body.contains("You did not answer it."));
    const Reply galician = request(port, address, get("/", cookie[2], "gl-ES,gl;q=0.9"));
    QVERIFY(galician.body.contains("<html lang=\"gl\">"));
    QVERIFY2(galician.body.contains("Respondiches 550"), galician.body.constData());

    // The story goes on: the message is delivered although a student's
    // POP3 session is still open.
    QVERIFY(window.runner());
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->isFinished(), 20000);
    for (const ScenarioRunner::Outcome &o : window.runner()->outcomes())
        QVERIFY2(o.passed, qPrintable(o.descriptionText()));
    QVERIFY(exchange(telnet, "QUIT", "+OK"));
}

QTEST_MAIN(TestClassQuiz)
#include "tst_classquiz.moc"
