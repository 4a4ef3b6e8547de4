// scenariorunner.h — plays a scenario's steps on a world, one after another.
//
// An action (send, fetch, a scripted session) starts, and the next step waits
// until the world is quiet again: no connection open, nothing held at the
// gate, no queued message due now. "wait" also waits for the queues to empty
// (retries included). Expectations are checked against the world and each
// outcome is reported and written to the transcript.
#pragma once

#include "scenario/scenario.h"

#include <QObject>
#include <QTimer>

class World;

class ScenarioRunner : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        ScenarioLocation location;
        QString description;   // what was expected, in words
        bool passed = false;
        QString detail;        // what was found
    };

    ScenarioRunner(World *world, const QString &language, QObject *parent = nullptr);

    // How long one step may take before the run fails (default 120 s).
    void setStepTimeout(int milliseconds) { m_stepTimeoutMs = milliseconds; }
    // The language of the captions still to come (gl, es, en).
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    void start();
    bool isFinished() const { return m_finished; }
    bool allPassed() const;
    QList<Outcome> outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void narration(const QString &text);
    void expectationChecked(const ScenarioRunner::Outcome &outcome);
    void finished(bool allPassed);

private:
    void next();
    void poll();
    void run(const ScenarioStep &step);
    Outcome check(const ScenarioStep &step) const;
    void report(const Outcome &outcome);

    World *m_world;
    QString m_language;
    int m_index = -1;
    enum class Waiting { Nothing, Client, Quiet, Empty } m_waiting = Waiting::Nothing;
    QString m_waitClient;      // Waiting::Client: until this client is done
    QTimer m_poll;
    qint64 m_waitStartedMs = 0;
    int m_stepTimeoutMs = 120000;
    qsizetype m_actionFirstEvent = 0;
    QList<Outcome> m_outcomes;
    bool m_finished = false;
};
