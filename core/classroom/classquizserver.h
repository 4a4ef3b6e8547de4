// SPDX-License-Identifier: GPL-3.0-or-later
// classquizserver.h — predict-the-reply over the class: a small page on the
// class's server where each student answers the question on the projector.
//
// The window opened on a class (--class) may play its scenario's story; a
// "predict" step then holds a reply on the projector (PredictionQuiz). While
// it is held, every student of the class may answer from their own machine:
// a page served over HTTP on the class's server host (2esi.org), on port
// 8080 plus the world's port offset (18080 by default; a port the system
// picks with --ephemeral-ports), printed as "LISTEN 2esi.org quiz …".
//
// The page is served by the world's socket-free HTTP engine
// (HttpServerSession) in a Connection, so every response passes the gate and
// is drawn on the timeline, as the webmail's. It does what the webmail does
// for safety: a random session cookie (HttpOnly, SameSite=Strict) given anew
// at log-in, a CSRF token on every form, a log-in checked against the
// class's accounts (the mail server's passwords), a failed log-in answered
// after a delay that grows with each failure for that user (one second
// more each time, at most five, as the webmail's: a student who mistypes is
// slowed, never shut out), small limits on requests (a body above 16 KiB is
// 413), and a clear 4xx for anything else: 400 for a form that is not one of
// ours or a choice the question does not offer, 403 for a missing session
// or a wrong token or a wrong password, 404 for another page, 409 when no
// question is open (or it is not the one answered).
//
// A student with only a terminal answers on the console port next to it
// (8081 plus the offset), printed as "LISTEN 2esi.org quiz-console …": a
// line protocol in POP3's manner (QuizConsoleSession, core/protocol: USER,
// PASS, QUESTION, ANSWER n, QUIT), in a Connection on the same gate, drawn
// on the timeline, the password marked as POP3's PASS. Its answers are the
// page's: a student's second answer replaces the first, wherever each came
// from; its log-ins share the page's growing delay.
//
// One answer per student per question: while the question is open a second
// answer replaces the first (the page says so). When the teacher answers in
// the window (or closes the question), the reply is revealed: each student's
// answer is scored against the real code and ClassGrader::recordPrediction
// keeps the scores in the class's results.
#pragma once

#include "classroom/predictionquiz.h"
#include "net/connection.h"
#include "protocol/httpserversession.h"
#include "protocol/quizconsolesession.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

class ClassGrader;
struct FormData;
class QTcpServer;
class QTcpSocket;
class World;

class ClassQuizServer
    : public QObject
    , private QuizConsoleDelegate
{
    Q_OBJECT
public:
    // The ports before the world's offset: the page's, the console's.
    static constexpr quint16 standardPort = 8080;
    static constexpr quint16 standardConsolePort = 8081;
    // The services' names in the LISTEN lines.
    static QString serviceName() { return QStringLiteral("quiz"); }
    static QString consoleServiceName() { return QStringLiteral("quiz-console"); }

    // `host`: the class's server (its address is the page's); `language`:
    // the pages' when neither the student nor the browser chooses.
    ClassQuizServer(World *world, ClassGrader *grader, const QString &host, const QString &language,
                    QObject *parent = nullptr);
    ~ClassQuizServer() override;

    // The host of the class's server: that of the students' domain.
    static QString classHost(const World *world);
    // Whether a scenario asks the class anything (a "predict" step): the
    // window then serves the quiz, and the access sheet says where.
    static bool asksQuestions(const Scenario &scenario);
    // Where listen() will listen in a world not started yet (the access
    // sheet before the class): the page's address and port and the
    // console's port at the world's offset; false when there is no class.
    static bool planned(const World &world, QHostAddress *address, quint16 *port, quint16 *consolePort);
    // As a card shows them: "http://127.0.0.3:18080/", "telnet 127.0.0.3 18081".
    static QString pageUrl(const QHostAddress &address, quint16 port);
    static QString consoleCommand(const QHostAddress &address, quint16 port);

    // Binds the page's port and the console's; false with the reason.
    bool listen(QString *error);
    QString host() const { return m_host; }
    QHostAddress address() const;
    quint16 port() const;
    QHostAddress consoleAddress() const;
    quint16 consolePort() const;
    void close();

    // A failed log-in is answered after this many milliseconds times the
    // failures of that user so far (at most five); 1000 by default.
    void setLoginDelayMs(int milliseconds) { m_loginDelayMs = qMax(0, milliseconds); }
    int loginDelayMs() const { return m_loginDelayMs; }

    // The questions come from this quiz (the window's story).
    void setQuiz(PredictionQuiz *quiz);

    // A question is open: students may answer it.
    bool isOpen() const { return m_open; }
    PredictionQuiz::Question question() const { return m_question; }
    // Answers to the open question (or, once revealed, to the last one).
    int answerCount() const { return int(m_answers.size()); }
    int studentCount() const;
    // After a reveal: how many answered, how many right (-1: none revealed yet).
    int lastAnswered() const { return m_lastAnswered; }
    int lastRight() const { return m_lastRight; }
    int openSessions() const { return int(m_connections.size()); }

    // What an answer came to (the page's words for each are in the .cpp).
    enum class Verdict {
        Taken,
        Replaced, // a second answer to the same question: it replaces the first
        NoQuestion, // none open (409)
        WrongQuestion, // the page was about another question (409)
        UnknownChoice, // not one of the question's choices (400)
        NotStudent // not logged in as a student of the class (403)
    };
    // A student's answer, as the page takes it (the console could too).
    Verdict answer(int student, int question, const QString &code);

Q_SIGNALS:
    // A student answered (or changed their answer) to the open question.
    void answersChanged(int answered, int students);
    // The teacher revealed the reply: how many answered, how many were right.
    void revealed(int question, int answered, int right);

private:
    struct Session {
        QByteArray id;
        QByteArray csrf;
        int student = -1; // -1: not logged in
        QString language; // chosen on a page; empty: the browser's
        qint64 lastUsedMs = 0;
    };
    struct Exchange {
        HttpRequest request;
        HttpResponder responder;
        Session *session = nullptr;
        bool newCookie = false;
        QString language;
    };

    void accept();
    void acceptConsole();
    // A student's connection to the page or the console: its two ends, and
    // the connection kept until it finishes, then begun.
    Connection::Endpoints studentEnds(const QTcpSocket *socket, const QString &service) const;
    void adopt(Connection *connection);
    // Checks a log-in against the class's accounts and calls `done` with the
    // student (at once), or -1 once the user's growing delay has passed.
    void checkLogIn(const QString &user, const QString &password, const std::function<void(int)> &done);
    // QuizConsoleDelegate: the console's log-ins, question and answers.
    void logIn(const QByteArray &user, const QByteArray &password, LoggedIn done) override;
    QuizConsoleQuestion openQuestion(int student, const QByteArray &language) override;
    QuizConsoleDelegate::Verdict takeAnswer(int student, int number, const QByteArray &code) override;
    bool bindListener(QTcpServer **listener, int port, const QHostAddress &address, QString *error);
    void handle(const HttpRequest &request, const HttpResponder &responder);
    Session *sessionFor(Exchange *x, bool create);
    void respond(const Exchange &x, int status, const QByteArray &body, const QByteArray &refresh = {});
    void redirectHome(const Exchange &x);
    void refuse(const Exchange &x, int status, const QString &text);
    // The form's CSRF token is its session's; if not, refused (403) and false.
    bool formIsCurrent(const Exchange &x, const FormData &form);
    int studentOf(const QString &user) const;

    void loginPage(const Exchange &x, int status = 200, const QString &error = {}, const QString &user = {});
    void questionPage(const Exchange &x);
    void login(const Exchange &x);
    void logout(const Exchange &x);
    void postAnswer(const Exchange &x);
    QByteArray frame(const Exchange &x, const QByteArray &content) const;
    QString say(const Exchange &x, const char *source) const;

    void onAsked(const PredictionQuiz::Question &question);
    void onAnswered(const PredictionQuiz::Result &result);

    QPointer<World> m_world;
    QPointer<ClassGrader> m_grader;
    QPointer<PredictionQuiz> m_quiz;
    QString m_host;
    QString m_language;
    QTcpServer *m_listener = nullptr;
    QTcpServer *m_consoleListener = nullptr;
    int m_loginDelayMs = 1000;
    QSet<Connection *> m_connections;
    QHash<QByteArray, Session> m_sessions;
    QHash<QString, int> m_failures; // failed log-ins per user, lower case
    bool m_open = false;
    PredictionQuiz::Question m_question;
    QHash<int, QString> m_answers; // student → code, for the open (or last) question
    // The last question revealed, for the page: its number, the real code,
    // and what each student answered.
    int m_lastQuestion = 0;
    QString m_lastCode;
    QHash<int, QString> m_lastAnswers;
    int m_lastAnswered = -1;
    int m_lastRight = -1;
};
