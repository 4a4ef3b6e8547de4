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
// class's accounts (the mail server's passwords), a pause after five failed
// log-ins for one user, small limits on requests (a body above 16 KiB is
// 413), and a clear 4xx for anything else: 400 for a form that is not one of
// ours or a choice the question does not offer, 403 for a missing session
// or a wrong token, 404 for another page, 409 when no question is open (or
// it is not the one answered), 429 after the failures.
//
// One answer per student per question: while the question is open a second
// answer replaces the first (the page says so). When the teacher answers in
// the window (or closes the question), the reply is revealed: each student's
// answer is scored against the real code and ClassGrader::recordPrediction
// keeps the scores in the class's results.
#pragma once

#include "classroom/predictionquiz.h"
#include "protocol/httpserversession.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

class ClassGrader;
struct FormData;
class Connection;
class QTcpServer;
class World;

class ClassQuizServer : public QObject
{
    Q_OBJECT
public:
    // The port before the world's offset.
    static constexpr quint16 standardPort = 8080;
    // The service's name in the LISTEN line.
    static QString serviceName() { return QStringLiteral("quiz"); }

    // `host`: the class's server (its address is the page's); `language`:
    // the pages' when neither the student nor the browser chooses.
    ClassQuizServer(World *world, ClassGrader *grader, const QString &host, const QString &language,
                    QObject *parent = nullptr);
    ~ClassQuizServer() override;

    // The host of the class's server: that of the students' domain.
    static QString classHost(const World *world);

    // Binds the port; false with the reason.
    bool listen(QString *error);
    QString host() const { return m_host; }
    QHostAddress address() const;
    quint16 port() const;
    void close();

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
    QSet<Connection *> m_connections;
    QHash<QByteArray, Session> m_sessions;
    QHash<QString, int> m_failures; // failed log-ins per user, lower case
    QHash<QString, qint64> m_lockedUntil; // per user, ms since the epoch
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
