// SPDX-License-Identifier: GPL-3.0-or-later
// quizconsolesession.h — the class's quiz from a terminal: a small line
// protocol in POP3's manner, for a student with only telnet or nc.
//
// The teacher holds a reply on the projector (predict-the-reply); a student
// answers it from their own machine. The quiz page does it over HTTP; this
// engine does it over a plain TCP connection, one command per line, replies
// "+OK …" or "-ERR …" naming what was wrong, as the course's POP3 does:
//
//   S: +OK 2esi.org quiz ready
//   C: USER alumno1
//   S: +OK send PASS
//   C: PASS secret                       (recorded as carrying a password)
//   S: +OK logged in as alumno1@2esi.org
//   C: QUESTION
//   S: +OK question 1: what will cliente.fr answer? 3 choices
//   S: C: RCPT TO:<profe@2esi.org>
//   S: 1 250 <what 250 means, in the session's language>
//   S: 2 450 …
//   S: 3 550 …
//   S: .
//   C: ANSWER 1                          (the choice's number, or its code)
//   S: +OK answer 1 (250) taken for question 1
//   C: QUIT
//   S: +OK bye
//
// QUESTION with none open answers one line, "+OK no question is open now",
// with the last reply revealed and the student's answer to it. A second
// ANSWER replaces the first while the question is open. ANSWER after
// QUESTION showed another question than the one open now is refused (the
// student would answer a question they have not read). LANG gl|es|en
// chooses the language of the choices' meanings; the protocol's own words
// are never translated. HELP lists the commands.
//
// Limits: a line is at most 255 octets with CR LF (as POP3, RFC 2449 §4);
// NUL, a bare LF or a lone CR get a -ERR; after maximumErrors errors, or
// maximumLoginFailures failed log-ins on one connection, the session ends
// (the student connects again). A failed log-in is answered only when the
// delegate says so (the class's quiz answers later each time the same user
// fails again, as the webmail does): meanwhile no further line is handled
// (isInputHeld()), and the owner's setAnsweredLater() function is called
// once the answer waits in the output, to pass it on (Connection::pump()).
//
// The engine knows nothing of the class: its QuizConsoleDelegate checks
// passwords, gives the open question and takes answers.
#pragma once

#include "protocolsession.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

// What QUESTION shows.
struct QuizConsoleQuestion {
    int number = 0; // the open question's number; 0: none is open
    QByteArray host; // the server whose reply is held
    QByteArray command; // the line it answers, as shown (a password masked)
    QList<QByteArray> codes; // the choices ("250", "450", "+OK" …)
    QList<QByteArray> meanings; // what each means (UTF-8), may be empty
    QByteArray mine; // this student's answer so far; empty: none
    // None open: the last one revealed (0: none yet), its reply, and what
    // this student answered to it (empty: nothing).
    int lastNumber = 0;
    QByteArray lastCode;
    QByteArray lastMine;
};

class QuizConsoleDelegate
{
public:
    virtual ~QuizConsoleDelegate() = default;
    // Checks a log-in and calls `done` (now, or later to slow down a guess)
    // with the student's number and address, or -1 when refused.
    using LoggedIn = std::function<void(int student, const QByteArray &address)>;
    virtual void logIn(const QByteArray &user, const QByteArray &password, LoggedIn done) = 0;
    // The open question for this student, its meanings in `language`.
    virtual QuizConsoleQuestion openQuestion(int student, const QByteArray &language) = 0;
    enum class Verdict {
        Taken,
        Replaced,
        NoQuestion,
        WrongQuestion,
        UnknownChoice,
        NotStudent
    };
    // The student's answer (a code of the choices) to question `number`.
    virtual Verdict takeAnswer(int student, int number, const QByteArray &code) = 0;
};

struct QuizConsoleConfig {
    QByteArray host = "localhost"; // in the greeting
    QByteArray language = "gl"; // the meanings' language until LANG
    QList<QByteArray> languages = {"gl", "es", "en"};
    int maximumErrors = 10;
    int maximumLoginFailures = 5; // on one connection
};

class QuizConsoleSession : public ProtocolSession
{
public:
    QuizConsoleSession(const QuizConsoleConfig &config, QuizConsoleDelegate *delegate);
    ~QuizConsoleSession() override;

    Protocol protocol() const override { return Protocol::None; }
    void start() override;
    void timeout() override;
    Phase phase() const override { return Phase::None; }
    QByteArray loggedInUser() const override { return m_student >= 0 ? m_address : QByteArray(); }
    bool isInputHeld() const override { return m_waiting; }
    void setAnsweredLater(std::function<void()> notify) { m_answeredLater = std::move(notify); }
    int student() const { return m_student; }

    // RFC 2449 §4's bound, as POP3: 255 octets with CR LF.
    static constexpr int maximumCommandLength = 255 - 2;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    void commandUser(const QByteArray &argument);
    void commandPass(const QByteArray &argument);
    void commandQuestion();
    void commandAnswer(const QByteArray &argument);
    void commandLang(const QByteArray &argument);
    void commandHelp();
    void loggedIn(int student, const QByteArray &address);
    void replyOk(const QByteArray &text);
    void replyError(const QByteArray &text);
    void replyMultiLine(const QByteArray &status, const QList<QByteArray> &lines);
    void close(const QByteArray &errorText);

    QuizConsoleConfig m_config;
    QuizConsoleDelegate *m_delegate;
    QByteArray m_language;
    QByteArray m_user; // named by USER, waiting for PASS
    int m_student = -1; // logged in: the class's student
    QByteArray m_address;
    int m_shown = 0; // the question QUESTION showed last (0: none)
    QList<QByteArray> m_shownCodes; // its choices, for ANSWER n
    int m_errors = 0;
    int m_loginFailures = 0;
    bool m_waiting = false; // a log-in is being checked
    bool m_checking = false; // inside the delegate's logIn()
    bool m_closed = false;
    std::function<void()> m_answeredLater;
    std::shared_ptr<QuizConsoleSession *> m_self; // what a later log-in answer watches
};
