// SPDX-License-Identifier: GPL-3.0-or-later
// scenariorunner.h — plays a scenario's steps on a world, one after another.
//
// An action (send, fetch, a scripted session) starts, and the next step waits
// until the world is quiet again: no connection open, nothing held at the
// gate, no queued message due now. "wait" also waits for the queues to empty
// (retries included). Expectations are checked against the world and each
// outcome is reported and written to the transcript.
#pragma once

#include "transcript/notes.h"
#include "transcript/transcriptevent.h"

#include "scenario/scenario.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class MailServer;
class PredictionQuiz;
class World;

class ScenarioRunner : public QObject
{
    Q_OBJECT
public:
    // What was expected and what was found are phrases (Notes::phrase): they
    // are made into words when shown, in the reader's language then.
    struct Outcome {
        ScenarioLocation location;
        QString description; // what was expected
        bool passed = false;
        QString detail; // what was found
        QString descriptionText() const { return Notes::expand(description); }
        QString detailText() const { return Notes::expand(detail); }
    };

    ScenarioRunner(World *world, const QString &language, QObject *parent = nullptr);
    // Releases the world's queues if the story had not ended.
    ~ScenarioRunner() override;

    // A student's run starts paused: call before start(). The captions up
    // to the first action are told, then the runner waits for go() (the
    // window's Start) before anything is sent.
    void waitForGoBeforeFirstAction() { m_waitForGo = true; }
    bool isWaitingForGo() const { return m_waiting == Waiting::Go; }
    void go();

    // How long one step may take before the run fails (default 120 s).
    void setStepTimeout(int milliseconds) { m_stepTimeoutMs = milliseconds; }
    // The language of the captions still to come (gl, es, en).
    // An exercise being worked on is told again in the new language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The caption now in force (the last "say", or the exercise), in the
    // runner's language; empty before the first one.
    QString currentNarration() const;
    // With a student at the window: exercises wait for what is typed in the
    // console and predictions hold their reply until answered. Without one
    // (the command line, the default), an exercise plays its solution and a
    // prediction is only told in the transcript.
    void setInteractive(bool interactive);
    bool isInteractive() const { return m_interactive; }
    PredictionQuiz *quiz() const { return m_quiz; }
    void start();
    bool isFinished() const { return m_finished; }
    bool allPassed() const;
    QList<Outcome> outcomes() const { return m_outcomes; }

    // The exercise being worked on, if any.
    struct Exercise {
        ScenarioLocation location;
        QString goal; // in the runner's language
        int hintCount = 0;
        int hintsShown = 0;
        bool hasSolution = false;
        QString host; // the solution's server and service, if any:
        QString service; // where the student is expected to type
        // Where that service really listens (the scenario's text says the
        // standard port, 25 or 110; here it is 10025, or another offset's).
        QHostAddress address;
        quint16 port = 0;
        quint16 standardPort = 0;
        QList<Outcome> checks; // as they stand now
    };
    bool inExercise() const { return m_exerciseIndex >= 0; }
    Exercise exercise() const;
    // The next hint (also written to the transcript); empty when none is left.
    QString nextHint();
    // Plays the exercise's solution over a real connection, as a session.
    bool playSolution();
    // Gives up the exercise: its checks are reported as they stand.
    void skipExercise();

    // What an expectation checks is limited to a part of the world: the
    // runner's, to what happened since its step's action began; a class's
    // grader's, to one student's sessions and the mail they sent.
    struct CheckScope {
        qsizetype firstEvent = 0; // ExpectReply: the replies from this transcript index on
        // Only these events (replies, wire, TLS); none: every one.
        std::function<bool(const TranscriptEvent &event)> keepEvent;
        // ExpectMailbox: only these messages of the mailbox; none: every one.
        // `folder` (mailboxName()) and `uid` name the message for as long as
        // it stays where it is; `read` reads its text (maybe from disk). Called
        // for every message of a mailbox the check looks at: it must be cheap.
        std::function<bool(const QString &folder, const QByteArray &uid,
                           const std::function<QByteArray()> &read)>
            keepMessage;
        QString student; // "{student}" is this address; empty: the class's first
    };
    // Checks an expectation ("expect …", an exercise's "check") on the world
    // as it is now (scenariocheck.cpp).
    static Outcome check(World *world, const ScenarioStep &step, const CheckScope &scope);
    // The server that keeps this address's mailbox, and the user there ("fran").
    static MailServer *mailboxServer(const World *world, const QString &address, QByteArray *user);
    // CheckScope::keepMessage's `folder`: "2esi.org/profe/INBOX".
    static QString folderName(const MailServer *server, const QByteArray &user, const QByteArray &folder);

Q_SIGNALS:
    // Paused before the first action (waitForGoBeforeFirstAction), or going on.
    void waitingForGoChanged(bool waiting);
    void narration(const QString &text);
    void exerciseStarted(const ScenarioRunner::Exercise &exercise);
    // The checks, evaluated again after the student did something.
    void exerciseProgress(const ScenarioRunner::Exercise &exercise);
    void exerciseFinished(bool done);
    void expectationChecked(const ScenarioRunner::Outcome &outcome);
    void finished(bool allPassed);

private:
    void next();
    void poll();
    void run(const ScenarioStep &step);
    void report(const Outcome &outcome);
    // Its expectations look at the replies since the step's action began.
    CheckScope sinceAction() const;
    // An "imap" step: starts the client's job, or reports why it cannot
    // (no message with that subject) and returns false.
    bool runImap(const ScenarioStep &step);
    // A "browse" step: starts the client's browser on its webmail.
    void runBrowse(const ScenarioStep &step);
    void startSession(const ScenarioStep &step, const QString &description);
    void evaluateExercise();
    // Calls `work` (on the world) `seconds` after this statement on the
    // world's clock, within a millisecond or two ("down … for", "during").
    void atScenarioTime(int seconds, std::function<void()> work);
    // A scenario's text as told now: "{port HOST SERVICE}" is the real port.
    LocalizedText told(const LocalizedText &text) const;
    void finishExercise(bool done, const QString &how);
    QList<int> exerciseCheckIndexes() const;

    QPointer<World> m_world; // a runner may outlive its world (the window restarting)
    QString m_language;
    int m_index = -1;
    enum class Waiting {
        Nothing,
        Client,
        Quiet,
        Empty,
        Exercise,
        Story, // the queues were released after a send's captions: quiet, then this step
        Go // before the first action, until go()
    } m_waiting = Waiting::Nothing;
    // The queues are held until the captions after a send have been told.
    bool m_storyHold = false;
    bool m_waitForGo = false; // waitForGoBeforeFirstAction(), until go()
    QString m_waitClient; // Waiting::Client: until this client is done
    QTimer m_poll;
    qint64 m_waitStartedMs = 0;
    int m_stepTimeoutMs = 120000;
    qsizetype m_actionFirstEvent = 0;
    QList<Outcome> m_outcomes;
    bool m_finished = false;
    bool m_interactive = false;
    PredictionQuiz *m_quiz = nullptr;
    int m_narrationIndex = -1; // the last Say or Exercise step reached
    int m_exerciseIndex = -1; // the Exercise step being worked on
    int m_hintsShown = 0;
    bool m_solutionPlayed = false;
    qsizetype m_exerciseSeen = -1; // transcript size at the last evaluation
    QList<Outcome> m_exerciseChecks;
};
Q_DECLARE_METATYPE(ScenarioRunner::Exercise)
