// SPDX-License-Identifier: GPL-3.0-or-later
// predictionquiz.h — predict-the-reply: before a chosen reply, ask which one comes.
//
// A scenario's "predict HOST at COMMAND" arms a question for the next reply
// HOST gives to COMMAND. When a student is there (interactive), the gate holds
// that reply before it is written — the client on the other side of the real
// socket waits with it — and asked() is emitted; answer() releases it, says
// whether the guess was right and keeps the score. Without a student (the
// command line), the question is only written to the transcript, just before
// the reply that answers it.
#pragma once

#include "protocol/phase.h"
#include "protocol/utterance.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class Connection;
class ProtocolSession;
class Gate;
class World;

class PredictionQuiz : public QObject
{
    Q_OBJECT
public:
    struct Question {
        int number = 0; // 1, 2, … in the order asked
        QString host; // the server that answers
        QString peer; // who asked it
        Protocol protocol = Protocol::None;
        QByteArray command; // the line answered: "RCPT TO:<fran@servidor.edu>", "."
        QStringList choices; // reply codes offered ("250", "452", "+OK" …)
        ScenarioLocation location; // the "predict" line
    };
    struct Result {
        Question question;
        QString chosen; // the code the student picked
        QByteArray code; // the code the server gave
        QList<QByteArray> reply; // the whole reply as written
        bool right = false;
    };

    PredictionQuiz(World *world, QObject *parent = nullptr);
    ~PredictionQuiz() override;

    // With a student: replies are held until answer(). Default: false.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    // A "predict" step: its question is asked at the next matching reply.
    void arm(const ScenarioStep &predict);
    qsizetype armedCount() const { return m_armed.size(); }
    // The steps armed and not asked yet (at the end of a run: never asked).
    QList<ScenarioStep> armed() const { return m_armed; }

    // A question waits for its answer (the reply is held).
    bool isAsking() const { return m_asking; }
    Question current() const { return m_current; }
    // The student's guess: the reply is released and the score kept. An empty
    // code is no guess at all (counted as asked, not right). False when no
    // question waits or the code is not one of its choices.
    bool answer(const QString &code);

    int askedCount() const { return m_asked; }
    int rightCount() const { return m_right; }
    QList<Result> results() const { return m_results; }

    // The usual replies to a command ("RCPT" → 250, 251, 450 …; POP3: +OK, -ERR).
    static QStringList usualChoices(const QString &command, Protocol protocol);
    // What a reply code means, in a few words, in the interface language.
    static QString meaning(const QString &code);
    // The same in `language` (gl, es, en): for a student's page.
    static QString meaning(const QString &code, const QString &language);
    // Which connections' replies may be held (null: any server's). A class
    // window holds only the story's, never a student's session.
    void setHeldConnections(std::function<bool(const Connection *)> test)
    {
        m_heldConnections = std::move(test);
    }
    // The command a line is ("RCPT TO:<…>" → "RCPT"; "." → "DATA", the end of
    // the data; the DATA command itself → empty).
    static QString commandOf(const QByteArray &line);
    // What a "for" names in the reply to `line`, as for faults: for POP3 the
    // user named by USER or APOP, else the user logged in (or named before
    // PASS); for SMTP the sender of MAIL, the recipient of RCPT, the
    // recipients of the message at the end of DATA.
    static QList<QByteArray> targetsOf(const ProtocolSession *engine, const QString &command,
                                       const QByteArray &line);
    // Whether a "for" target ("fran", "fran@servidor.edu") names an address
    // or user of the server `domain`.
    static bool targetMatches(const QString &target, const QByteArray &address, const QString &domain);
    // The command as a note shows it: a password or an AUTH response masked
    // ("PASS ****", "AUTH PLAIN ****").
    static QByteArray shownCommand(const QByteArray &command);

Q_SIGNALS:
    // A reply is held: the window asks the student.
    void asked(const PredictionQuiz::Question &question);
    // The guess, and the real reply (which is now written).
    void answered(const PredictionQuiz::Result &result);
    void scoreChanged(int right, int asked);

private:
    bool hold(Connection *connection, const Utterance &utterance);
    void onHolding(Connection *connection, const Utterance &utterance);
    // The question in the transcript, just before the reply it is about.
    void noteQuestion(const Question &question);

    World *m_world;
    bool m_interactive = false;
    std::function<bool(const Connection *)> m_heldConnections;
    QList<ScenarioStep> m_armed;
    bool m_asking = false;
    bool m_announced = false;
    Question m_current;
    QPointer<Gate> m_gate;
    Utterance m_heldReply; // what the held reply says (code, lines)
    QPointer<Connection> m_heldConnection;
    int m_asked = 0;
    int m_right = 0;
    QList<Result> m_results;
};

Q_DECLARE_METATYPE(PredictionQuiz::Question)
Q_DECLARE_METATYPE(PredictionQuiz::Result)
