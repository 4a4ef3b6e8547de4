// SPDX-License-Identifier: GPL-3.0-or-later
// The class's quiz from a terminal (QuizConsoleSession), line by line and
// without sockets: log-in, the question and its numbered choices, answers
// (a second one replaces the first), a failed log-in answered only when the
// delegate says so (its input held meanwhile), the password marked, and every
// kind of garbage answered with a -ERR naming what was wrong.
#include "protocol/quizconsolesession.h"

#include <QTest>

namespace {

class FakeClass : public QuizConsoleDelegate
{
public:
    void logIn(const QByteArray &user, const QByteArray &password, LoggedIn done) override
    {
        if (user == "alumno1" && password == "segredo é")
            done(0, "alumno1@2esi.org");
        else
            pending.append(std::move(done)); // answered later, as the class's quiz does
    }
    QuizConsoleQuestion openQuestion(int student, const QByteArray &language) override
    {
        QuizConsoleQuestion q;
        askedLanguage = language;
        if (open > 0) {
            q.number = open;
            q.host = "cliente.fr";
            q.command = open == 1 ? QByteArray("RCPT TO:<profe@2esi.org>") : QByteArray(".");
            q.codes = {"250", "450", "550"};
            q.meanings = {"accepted (" + language + ")", "try later", "refused"};
            q.mine = answers.value(student);
        } else if (revealed) {
            q.lastNumber = 1;
            q.lastCode = "250";
            q.lastMine = answers.value(student);
        }
        return q;
    }
    Verdict takeAnswer(int student, int number, const QByteArray &code) override
    {
        if (student != 0)
            return Verdict::NotStudent;
        if (open <= 0)
            return Verdict::NoQuestion;
        if (number != open)
            return Verdict::WrongQuestion;
        const bool replaced = answers.contains(student);
        answers.insert(student, code);
        return replaced ? Verdict::Replaced : Verdict::Taken;
    }

    QList<LoggedIn> pending;
    int open = 0;
    bool revealed = false;
    QHash<int, QByteArray> answers;
    QByteArray askedLanguage;
};

// Feeds one line (CR LF added unless `raw`) and returns every line said.
QList<QByteArray> send(QuizConsoleSession &engine, const QByteArray &line, bool raw = false)
{
    engine.receive(raw ? line : line + "\r\n");
    QList<QByteArray> said;
    for (const Utterance &u : engine.takeOutput())
        said += u.lines;
    return said;
}

QByteArray first(const QList<QByteArray> &lines)
{
    return lines.value(0);
}

} // namespace

class TestQuizConsoleSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aStudentAnswersFromATerminal();
    void aFailedLogInIsAnsweredLater();
    void garbageGetsAnErrorNamingIt();
    void tooManyFailuresEndTheSession();
};

void TestQuizConsoleSession::aStudentAnswersFromATerminal()
{
    FakeClass fake;
    QuizConsoleConfig config;
    config.host = "2esi.org";
    config.language = "gl";
    QuizConsoleSession engine(config, &fake);
    QList<Utterance> heard;
    engine.setHeardHandler([&heard](const Utterance &u) { heard.append(u); });
    engine.start();
    const QList<Utterance> greeting = engine.takeOutput();
    QCOMPARE(greeting.size(), 1);
    QCOMPARE(greeting.first().lines, QList<QByteArray>{"+OK 2esi.org quiz ready"});
    QCOMPARE(greeting.first().role, LineRole::Greeting);

    QCOMPARE(first(send(engine, "QUESTION")), QByteArray("-ERR log in first: USER, then PASS"));
    QCOMPARE(first(send(engine, "user alumno1")), QByteArray("+OK send PASS"));
    QCOMPARE(first(send(engine, "PASS segredo é")), QByteArray("+OK logged in as alumno1@2esi.org"));
    QCOMPARE(engine.loggedInUser(), QByteArray("alumno1@2esi.org"));
    // The password is heard marked, as POP3's PASS; nothing else is.
    for (const Utterance &u : std::as_const(heard))
        QCOMPARE(u.sensitive, u.lines.first().startsWith("PASS"));
    QVERIFY(std::any_of(heard.cbegin(), heard.cend(), [](const Utterance &u) { return u.sensitive; }));

    QCOMPARE(send(engine, "QUESTION"), QList<QByteArray>{"+OK no question is open now"});
    QCOMPARE(first(send(engine, "ANSWER 1")), QByteArray("-ERR no question is open now"));

    fake.open = 1;
    const QList<QByteArray> question = send(engine, "QUESTION");
    const QList<QByteArray> expected = {"+OK question 1: what will cliente.fr answer? 3 choices",
                                        "C: RCPT TO:<profe@2esi.org>",
                                        "1 250 accepted (gl)",
                                        "2 450 try later",
                                        "3 550 refused",
                                        "."};
    QCOMPARE(question, expected);
    QCOMPARE(first(send(engine, "ANSWER 2")), QByteArray("+OK answer 2 (450) taken for question 1"));
    QCOMPARE(fake.answers.value(0), QByteArray("450"));
    QCOMPARE(first(send(engine, "answer 250")),
             QByteArray("+OK answer 1 (250) replaces your answer to question 1"));
    QCOMPARE(fake.answers.value(0), QByteArray("250"));
    QVERIFY(send(engine, "QUESTION").contains("your answer: 1 (250); ANSWER again to change it"));
    QCOMPARE(first(send(engine, "ANSWER 4")),
             QByteArray("-ERR no choice 4: choose 1 to 3 (QUESTION lists them)"));
    QCOMPARE(first(send(engine, "ANSWER 0")),
             QByteArray("-ERR no choice 0: choose 1 to 3 (QUESTION lists them)"));
    QCOMPARE(fake.answers.value(0), QByteArray("250"));

    // LANG: the meanings' language; the protocol's words stay as they are.
    QCOMPARE(first(send(engine, "LANG en")), QByteArray("+OK language en"));
    QVERIFY(send(engine, "QUESTION").contains("1 250 accepted (en)"));
    QCOMPARE(first(send(engine, "LANG fr")), QByteArray("-ERR LANG needs one of gl, es, en: LANG gl"));

    // Another question opened after this one was read: ANSWER is refused
    // until the student reads it. Its command "." is dot-stuffed.
    fake.open = 2;
    QCOMPARE(first(send(engine, "ANSWER 3")),
             QByteArray("-ERR question 2 is open now, not question 1: send QUESTION to read it"));
    QVERIFY(send(engine, "QUESTION").contains("C: ."));
    QCOMPARE(first(send(engine, "ANSWER 3")),
             QByteArray("+OK answer 3 (550) replaces your answer to question 2"));

    // After the reveal: the reply and the student's answer.
    fake.open = 0;
    fake.revealed = true;
    fake.answers.insert(0, "550");
    QCOMPARE(
        send(engine, "QUESTION"),
        QList<QByteArray>{
            "+OK no question is open now; question 1: the reply was 250, you answered 550: not this time"});
    QCOMPARE(first(send(engine, "USER alumno2")), QByteArray("-ERR already logged in as alumno1@2esi.org"));
    const QList<QByteArray> bye = send(engine, "QUIT");
    QCOMPARE(bye, QList<QByteArray>{"+OK bye"});
    QVERIFY(engine.wantsClose());
}

void TestQuizConsoleSession::aFailedLogInIsAnsweredLater()
{
    FakeClass fake;
    QuizConsoleSession engine(QuizConsoleConfig(), &fake);
    int later = 0;
    engine.setAnsweredLater([&later] { ++later; });
    engine.start();
    engine.takeOutput();
    QCOMPARE(first(send(engine, "USER alumno1")), QByteArray("+OK send PASS"));
    QVERIFY(send(engine, "PASS nope").isEmpty()); // nothing yet: the delay
    QVERIFY(engine.isInputHeld());
    // What the student types meanwhile waits, unread.
    QVERIFY(send(engine, "QUESTION").isEmpty());
    QCOMPARE(fake.pending.size(), 1);
    fake.pending.takeFirst()(-1, QByteArray());
    QCOMPARE(later, 1);
    QVERIFY(!engine.isInputHeld());
    QList<QByteArray> said;
    for (const Utterance &u : engine.takeOutput())
        said += u.lines;
    QCOMPARE(said, QList<QByteArray>{"-ERR wrong user or password (the class's accounts only)"});
    // The line that waited is read now (the owner pumps).
    QCOMPARE(first(send(engine, QByteArray(), true)), QByteArray("-ERR log in first: USER, then PASS"));
    // Then the right password works at once.
    send(engine, "USER alumno1");
    QCOMPARE(first(send(engine, "PASS segredo é")), QByteArray("+OK logged in as alumno1@2esi.org"));
}

void TestQuizConsoleSession::garbageGetsAnErrorNamingIt()
{
    FakeClass fake;
    QuizConsoleConfig config;
    config.maximumErrors = 0; // counted below, never ending the session
    QuizConsoleSession engine(config, &fake);
    engine.start();
    engine.takeOutput();
    QCOMPARE(first(send(engine, "PASS x")), QByteArray("-ERR USER first: USER alumno1, then PASS"));
    QCOMPARE(first(send(engine, "USER")), QByteArray("-ERR USER needs one user name: USER alumno1"));
    QCOMPARE(first(send(engine, "USER a b")), QByteArray("-ERR USER needs one user name: USER alumno1"));
    QCOMPARE(first(send(engine, "ANSWER 1")), QByteArray("-ERR log in first: USER, then PASS"));
    QCOMPARE(first(send(engine, "FROB")),
             QByteArray("-ERR unknown command FROB: use USER, PASS, QUESTION, ANSWER, LANG, HELP or QUIT"));
    QCOMPARE(first(send(engine, "")), QByteArray("-ERR empty command: try HELP"));
    QCOMPARE(first(send(engine, QByteArray(300, 'A'))),
             QByteArray("-ERR line too long: a command is at most 255 octets with CR LF"));
    QCOMPARE(first(send(engine, QByteArray("QUES\0TION", 9))), QByteArray("-ERR NUL octet in command"));
    QCOMPARE(first(send(engine, "QUESTION\n", true)), QByteArray("-ERR line must end with CR LF"));
    QCOMPARE(first(send(engine, "QUE\rSTION")), QByteArray("-ERR CR without LF in command"));
    QCOMPARE(first(send(engine, "ANSWER \xc3\xa9")),
             QByteArray("-ERR 8-bit octet in command: commands are ASCII (a password may be UTF-8)"));
    // PASS must follow USER at once.
    send(engine, "USER alumno1");
    send(engine, "HELP");
    QCOMPARE(first(send(engine, "PASS segredo é")), QByteArray("-ERR USER first: USER alumno1, then PASS"));
    send(engine, "USER alumno1");
    QCOMPARE(first(send(engine, "PASS segredo é")), QByteArray("+OK logged in as alumno1@2esi.org"));
    fake.open = 1;
    QCOMPARE(first(send(engine, "ANSWER")),
             QByteArray("-ERR ANSWER needs the number of one choice: ANSWER 2 (QUESTION lists them)"));
    QCOMPARE(first(send(engine, "ANSWER 999999999999999999999")),
             QByteArray("-ERR no choice 99999999999999999999: choose 1 to 3 (QUESTION lists them)"));
    QVERIFY(fake.answers.isEmpty());
    QVERIFY(!engine.wantsClose());
    // The idle deadline ends it.
    engine.timeout();
    QCOMPARE(first(send(engine, QByteArray(), true)), QByteArray("-ERR autologout timer expired"));
    QVERIFY(engine.wantsClose());
}

void TestQuizConsoleSession::tooManyFailuresEndTheSession()
{
    FakeClass fake;
    {
        QuizConsoleConfig config;
        config.maximumLoginFailures = 2;
        QuizConsoleSession engine(config, &fake);
        engine.start();
        engine.takeOutput();
        send(engine, "USER alumno1");
        send(engine, "PASS a");
        fake.pending.takeFirst()(-1, QByteArray());
        QCOMPARE(first(send(engine, QByteArray(), true)),
                 QByteArray("-ERR wrong user or password (the class's accounts only)"));
        QVERIFY(!engine.wantsClose());
        send(engine, "USER alumno1");
        send(engine, "PASS b");
        fake.pending.takeFirst()(-1, QByteArray());
        QCOMPARE(first(send(engine, QByteArray(), true)),
                 QByteArray("-ERR wrong user or password, 2 times: connect again to try once more"));
        QVERIFY(engine.wantsClose());
    }
    // A log-in answered after the session is gone touches nothing.
    {
        QuizConsoleSession engine(QuizConsoleConfig(), &fake);
        engine.start();
        send(engine, "USER alumno1");
        send(engine, "PASS c");
    }
    fake.pending.takeFirst()(-1, QByteArray());
    // Ten errors end a session.
    QuizConsoleSession engine(QuizConsoleConfig(), &fake);
    engine.start();
    engine.takeOutput();
    QList<QByteArray> said;
    for (int i = 0; i < 10; ++i)
        said += send(engine, "NONSENSE");
    QCOMPARE(said.last(), QByteArray("-ERR too many errors: connect again"));
    QVERIFY(engine.wantsClose());
}

QTEST_GUILESS_MAIN(TestQuizConsoleSession)
#include "tst_quizconsolesession.moc"
