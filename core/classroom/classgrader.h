// SPDX-License-Identifier: GPL-3.0-or-later
// classgrader.h — a class's exercises, graded for every student as they work.
//
// A class server (carteiro --serve, or a window opened on a class) plays no
// story: the students bring their own clients and type. The grader follows
// the transcript and knows a session as a student's once its client logs in
// with the student's account (SMTP AUTH, POP3 USER/PASS or APOP, IMAP LOGIN
// or AUTHENTICATE, and so the webmail's IMAP leg too); from then on the whole
// session is theirs, what came before the log-in included (a STARTTLS). An
// envelope address proves nothing: anyone may write MAIL FROM:<alumno3@…>.
//
// Each exercise check of the scenario is checked for each student with a
// scope that keeps only what is theirs (ScenarioRunner::CheckScope):
//   check reply CODE      a reply with that code in one of their sessions;
//   check wire/tls …      their sessions' lines and TLS;
//   check mailbox {student} …   their own mailbox;
//   check mailbox ADDRESS …     the messages there that they sent: those whose
//                         Received: field, written by the world's server, says
//                         "(Authenticated sender: alumnoN)" (a class's servers
//                         write it, as Postfix with smtpd_sasl_authenticated_header),
//                         followed down through the world's own relays;
//   any other check       the world as it is, once they have had a session.
// A class with private worlds ("class … private", addPrivateWorld): every
// session in student k's own world is theirs, logged in or not, and each of
// their checks holds when it holds in their world (reply codes, wire and TLS
// of any session there, any mailbox there, any other check on that world)
// or, by their log-in, in the teacher's world as above.
//
// A check holds for a student once and stays held: the time it first held is
// their result. A student who never logged in (in this run or, by the kept
// results, before) is graded only on the mail the servers say they sent.
//
// The results are kept in a file (setStateFile: DIR/class-results.json with
// persistence), rewritten atomically at every check passed and every few
// seconds of activity, and read back at start: a crash or a reboot loses no
// result. --results writes them to more files, CSV or JSON, at the same times.
#pragma once

#include "classroom/scenariorunner.h"
#include "scenario/scenario.h"
#include "transcript/transcriptevent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class Transcript;
class World;

class ClassGrader : public QObject
{
    Q_OBJECT
public:
    struct Check {
        int step = -1; // its index in the scenario's steps
        int exercise = 0; // its exercise's number, from 1
        int number = 0; // its number in the exercise, from 1
        ScenarioLocation location;
        QString description; // a phrase (Notes::expand): what it checks
        QString key() const { return QStringLiteral("%1.%2").arg(exercise).arg(number); }
    };
    struct Exercise {
        int step = -1;
        LocalizedText goal;
        QList<int> checks; // indexes into checks()
    };
    struct Student {
        QString name;
        QString login; // "alumno1"
        QString address; // "alumno1@2esi.org"
        QList<qint64> passedAt; // per check: when it first held (ms since the epoch); 0: not yet
        qint64 lastActivity = 0; // ms since the epoch of their last line; 0: none yet
        QList<int> connections; // their sessions in this run, in order
        // Predict-the-reply over the class (ClassQuizServer): the questions
        // revealed while the class ran, how many they answered, how many right.
        int predictionsAsked = 0;
        int predictionsAnswered = 0;
        int predictionsRight = 0;
        int passedCount() const;
    };

    // `scenario` with its steps (the world's may have none: --serve's).
    ClassGrader(World *world, const Scenario &scenario, QObject *parent = nullptr);
    ~ClassGrader() override;

    const QList<Check> &checks() const { return m_checks; }
    const QList<Exercise> &exercises() const { return m_exercises; }
    const QList<Student> &students() const { return m_students; }
    // The student whose session this is, -1 when nobody's (yet).
    int studentOfConnection(int connectionId) const { return m_connectionStudent.value(connectionId, -1); }

    // Follows the transcript: --serve calls this from its listener; a window
    // calls follow(), which takes the events as they are added.
    void observe(const TranscriptEvent &event);
    void follow(Transcript *transcript);
    // A student's private world (index into students()): its events are
    // passed to observePrivate() as the teacher's world's to observe().
    void addPrivateWorld(int student, World *world);
    World *privateWorld(int student) const;
    void observePrivate(int student, const TranscriptEvent &event);
    // The same as follow() for every private world added: a window's.
    void followPrivateWorlds();

    // The results kept across runs: read now if the file is there (results
    // of checks and students no longer in the scenario are dropped), then
    // rewritten at every change. False with the reason when it cannot be read.
    bool setStateFile(const QString &path, QString *error);
    // Also written at every change (--results): .csv or .json. False with the
    // reason for a name of another kind or a file that cannot be written.
    bool addResultsFile(const QString &path, QString *error);
    // Both, as --serve and the window on a class keep them: the state file
    // in the data directory (DIR/class-results.json; none without one),
    // then each of `files`. False with the first problem.
    bool keepResults(const QString &dataDirectory, const QStringList &files, QString *error);
    // Written once (the window's File ▸ Export the class's results).
    bool writeResults(const QString &path, QString *error) const;
    // The language of goals and check descriptions in the files (gl, es, en).
    void setLanguage(const QString &language) { m_language = language; }

    // Checks everything now instead of at the next turn (tests).
    void evaluateNow();

    // A question of predict-the-reply was revealed: every student was asked
    // it; `answers` holds the codes those who answered chose (by student),
    // `real` the code the server gave. Scores kept, the files written, one
    // note on the transcript for the class.
    void recordPrediction(int question, const QHash<int, QString> &answers, const QString &real);

Q_SIGNALS:
    void checkPassed(int student, int check);
    // A student's results or last activity changed.
    void studentChanged(int student);
    void connectionAttributed(int connectionId, int student);
    // Every student's prediction score changed (a question was revealed).
    void predictionsChanged();

private:
    struct Pending { // a session not yet known as a student's
        QSet<QByteArray> codes;
    };
    struct Private { // a student's private world
        QPointer<World> world;
        bool active = false; // a session there in this run
    };
    void attribute(int connectionId, int student);
    // A line or a close of one of this student's sessions (either world).
    void noteActivity(int student, const TranscriptEvent &event);
    int studentFor(const QString &serverHost, const QByteArray &user) const;
    // The student the world's servers say sent this message, -1 when none.
    int senderOf(const QByteArray &content) const;
    // Who sent the messages newly stored for these addresses (read once each):
    // only their mailbox checks can have changed.
    void markSenders(const QSet<QString> &recipients);
    void evaluate(int student, QList<QPair<int, int>> *passed);
    void schedule(int delayMs);
    void saveAll();
    bool save(const QString &path, QString *error) const;
    QByteArray json() const;
    QByteArray csv() const;
    bool load(const QString &path, QString *error);

    QPointer<World> m_world;
    Scenario m_scenario;
    QString m_language = QStringLiteral("gl");
    QList<Check> m_checks;
    QList<Exercise> m_exercises;
    QList<Student> m_students;
    QHash<QString, int> m_studentByAccount; // "2esi.org/alumno1" (the server's host, the log-in)
    QHash<int, int> m_connectionStudent; // -1: logged in as someone not in the class
    QHash<int, Pending> m_pending;
    QHash<int, Private> m_private; // by student
    // Per folder ("2esi.org/profe/INBOX"), a stored message's uid → who the
    // servers say sent it (-1: nobody).
    QHash<QString, QHash<QByteArray, int>> m_senders;
    QList<QSet<QByteArray>> m_codes; // per student: the reply codes their sessions heard
    QSet<int> m_dirty; // students to check again
    QSet<int> m_mailboxDirty; // … whose own mailbox may have changed
    QSet<int> m_sentDirty; // … who may have mail newly stored in another's mailbox
    QSet<QString> m_deliveredTo; // addresses mail was stored for since the last check
    bool m_deliveries = false; // other mail was stored (a bounce): every mailbox check may have changed
    bool m_firstActivity = false; // a student's first line: the files are written at once
    QTimer m_timer;
    QTimer m_activityTimer; // last activity is written every few seconds, not at every line
    QString m_stateFile;
    QStringList m_resultsFiles;
    QMultiHash<QString, QString> m_hostAddresses; // world host → its addresses ("127.0.0.2")
};
