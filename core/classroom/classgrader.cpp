// SPDX-License-Identifier: GPL-3.0-or-later
// classgrader.cpp — following a class's sessions and checking each
// student's exercises (classgrader.h says what counts as whose).
#include "classgrader.h"

#include "mail/mailserver.h"
#include "transcript/notes.h"
#include "transcript/transcript.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr int evaluateDelayMs = 150; // checks coalesced over a typing class
constexpr int activityDelayMs = 5000; // last activity reaches the files this late at most
const char *const formatName = "carteiro-class-results";

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QString();
}

qint64 fromIsoTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char(';')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A check's description as one student's ✓ tells it: the scenario's
// "{student}" (a coded phrase's argument) becomes their own address.
QString describedFor(const QString &description, const QString &address)
{
    const QString placeholder = ScenarioStep::studentPlaceholder();
    if (!description.contains(placeholder))
        return description;
    // Inside the phrase's JSON text: the address escaped as a JSON string is.
    QString escaped = QString::fromUtf8(QJsonDocument(QJsonArray{address}).toJson(QJsonDocument::Compact));
    escaped = escaped.mid(2, escaped.size() - 4); // without [" and "]
    return QString(description).replace(placeholder, escaped);
}

// "alumno1@2esi.org" → "alumno1": the account is the local part.
QByteArray accountOf(const QByteArray &login)
{
    const qsizetype at = login.lastIndexOf('@');
    return (at < 0 ? login : login.left(at)).toLower();
}

// The header's Received: fields, unfolded, from the top.
QList<QByteArray> receivedFields(const QByteArray &content)
{
    qsizetype end = content.indexOf("\r\n\r\n");
    if (end < 0)
        end = content.size();
    QList<QByteArray> fields;
    bool inReceived = false;
    for (const QByteArray &line : content.left(end).split('\n')) {
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        if (!bare.isEmpty() && (bare.at(0) == ' ' || bare.at(0) == '\t')) {
            if (inReceived)
                fields.last() += ' ' + bare.trimmed();
            continue;
        }
        inReceived = bare.size() > 9 && qstrnicmp(bare.constData(), "Received:", 9) == 0;
        if (inReceived)
            fields.append(bare.mid(9).trimmed());
    }
    return fields;
}

// The word after `keyword` ("by 2esi.org (Carteiro)" → "2esi.org").
QByteArray wordAfter(const QByteArray &field, const QByteArray &keyword)
{
    const QList<QByteArray> words = field.simplified().split(' ');
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i).compare(keyword, Qt::CaseInsensitive) == 0)
            return words.at(i + 1);
    }
    return QByteArray();
}

} // namespace

int ClassGrader::Student::passedCount() const
{
    return int(std::count_if(passedAt.cbegin(), passedAt.cend(), [](qint64 t) { return t > 0; }));
}

ClassGrader::ClassGrader(World *world, const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_scenario(scenario)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClassGrader::evaluateNow);
    m_activityTimer.setSingleShot(true);
    m_activityTimer.setInterval(activityDelayMs);
    connect(&m_activityTimer, &QTimer::timeout, this, &ClassGrader::saveAll);

    // The checks, numbered by exercise; what each says, as the runner says it.
    const QList<ScenarioStep> &steps = m_scenario.steps;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == ScenarioStep::Kind::Exercise) {
            Exercise exercise;
            exercise.step = i;
            // "{port HOST SERVICE}": the port it really listens on.
            const World *world = m_world;
            exercise.goal = PortPlaceholder::expand(
                steps.at(i).text, [world](const QString &host, const QString &service) -> quint16 {
                    const World::Service *s = world ? world->service(host, service) : nullptr;
                    return s ? s->port : 0;
                });
            m_exercises.append(exercise);
            continue;
        }
        if (!steps.at(i).exerciseCheck || m_exercises.isEmpty())
            continue;
        Check check;
        check.step = i;
        check.exercise = int(m_exercises.size());
        check.number = int(m_exercises.last().checks.size()) + 1;
        check.location = steps.at(i).location;
        ScenarioRunner::CheckScope nothing;
        nothing.keepEvent = [](const TranscriptEvent &) { return false; };
        nothing.keepMessage = [](const QString &, const QByteArray &, const std::function<QByteArray()> &) {
            return false;
        };
        nothing.student = ScenarioStep::studentPlaceholder();
        if (steps.at(i).kind == ScenarioStep::Kind::ExpectReply)
            check.description = Notes::phrase(NoteCode::StudentReplySeen, {steps.at(i).code});
        else if (m_world)
            check.description = ScenarioRunner::check(m_world, steps.at(i), nothing).description;
        m_exercises.last().checks.append(int(m_checks.size()));
        m_checks.append(check);
    }
    for (const ScenarioStudent &s : std::as_const(m_scenario.students)) {
        Student student;
        student.name = s.name;
        student.login = s.login();
        student.address = s.address;
        student.passedAt = QList<qint64>(m_checks.size(), 0);
        const QString domain = s.address.section(QLatin1Char('@'), 1);
        const ScenarioServer *server = m_scenario.serverFor(domain);
        const QString host = (server ? server->domain : domain).toLower();
        m_studentByAccount.insert(host + QLatin1Char('/') + student.login.toLower(), int(m_students.size()));
        m_students.append(student);
    }
    m_codes = QList<QSet<QByteArray>>(m_students.size());
    if (m_world) {
        for (const World::Service &service : m_world->services())
            m_hostAddresses.insert(service.host.toLower(), service.address.toString());
    }
}

ClassGrader::~ClassGrader()
{
    if (m_activityTimer.isActive())
        saveAll();
}

int ClassGrader::studentFor(const QString &serverHost, const QByteArray &user) const
{
    return m_studentByAccount.value(
        serverHost.toLower() + QLatin1Char('/') + QString::fromUtf8(accountOf(user)), -1);
}

void ClassGrader::follow(Transcript *transcript)
{
    connect(transcript, &Transcript::eventsAdded, this, [this, transcript](qsizetype first, qsizetype last) {
        for (qsizetype i = qMax(first, transcript->firstIndex()); i <= last && i < transcript->size(); ++i)
            observe(transcript->at(i));
    });
}

void ClassGrader::observe(const TranscriptEvent &event)
{
    if (event.kind == TranscriptEvent::Kind::Delivery) {
        // "Stored in the mailbox of …": one recipient's mailbox changed.
        if (event.noteCode == NoteCode::StoredInMailbox && event.noteArguments.size() >= 2)
            m_deliveredTo.insert(event.noteArguments.at(1));
        else
            m_deliveries = true;
        schedule(evaluateDelayMs);
        return;
    }
    if (event.connectionId <= 0 || !m_world)
        return;
    const int id = event.connectionId;
    auto known = m_connectionStudent.constFind(id);
    if (known == m_connectionStudent.cend()) {
        if (event.kind == TranscriptEvent::Kind::ConnectionClosed) {
            m_pending.remove(id);
            return;
        }
        if (event.kind != TranscriptEvent::Kind::Line
            || event.direction != TranscriptEvent::Direction::ServerToClient) {
            return;
        }
        if (!event.code.isEmpty())
            m_pending[id].codes.insert(event.code);
        // The reply that says a log-in worked is written after the session
        // took it: the server's engine knows the account by now.
        if (event.continued)
            return;
        QString host;
        const QByteArray user = m_world->loginOf(id, &host);
        if (user.isEmpty())
            return;
        attribute(id, studentFor(host, user));
        known = m_connectionStudent.constFind(id);
    }
    const int student = known.value();
    if (student < 0)
        return;
    noteActivity(student, event);
}

void ClassGrader::addPrivateWorld(int student, World *world)
{
    if (student < 0 || student >= m_students.size())
        return;
    m_private[student].world = world;
    m_mailboxDirty.insert(student);
    schedule(evaluateDelayMs);
}

World *ClassGrader::privateWorld(int student) const
{
    const auto found = m_private.constFind(student);
    return found == m_private.cend() ? nullptr : found->world.data();
}

void ClassGrader::observePrivate(int student, const TranscriptEvent &event)
{
    const auto found = m_private.find(student);
    if (found == m_private.end())
        return;
    if (event.kind == TranscriptEvent::Kind::Delivery) {
        m_mailboxDirty.insert(student); // only their world's mail changed
        schedule(evaluateDelayMs);
        return;
    }
    if (event.connectionId <= 0)
        return;
    // Nobody else's: no log-in needed.
    if (!found->active) {
        found->active = true;
        m_mailboxDirty.insert(student);
    }
    noteActivity(student, event);
}

void ClassGrader::followPrivateWorlds()
{
    for (auto it = m_private.cbegin(); it != m_private.cend(); ++it) {
        Transcript *transcript = it->world ? it->world->transcript() : nullptr;
        if (!transcript)
            continue;
        const int student = it.key();
        connect(transcript, &Transcript::eventsAdded, this,
                [this, transcript, student](qsizetype first, qsizetype last) {
                    for (qsizetype i = qMax(first, transcript->firstIndex());
                         i <= last && i < transcript->size(); ++i)
                        observePrivate(student, transcript->at(i));
                });
    }
}

void ClassGrader::noteActivity(int student, const TranscriptEvent &event)
{
    if (event.kind == TranscriptEvent::Kind::Line
        && event.direction == TranscriptEvent::Direction::ServerToClient && !event.code.isEmpty()) {
        m_codes[student].insert(event.code);
        if (event.protocol == Protocol::Pop3 || event.protocol == Protocol::Imap)
            m_mailboxDirty.insert(student); // DELE, EXPUNGE, CREATE … answered
    }
    if (event.kind == TranscriptEvent::Kind::ConnectionClosed)
        m_mailboxDirty.insert(student); // POP3's UPDATE state
    if (m_students.at(student).lastActivity == 0)
        m_firstActivity = true; // written at once: a restart checks their mail again
    m_students[student].lastActivity = QDateTime::currentMSecsSinceEpoch();
    m_dirty.insert(student);
    schedule(evaluateDelayMs);
    if (!m_activityTimer.isActive() && (!m_stateFile.isEmpty() || !m_resultsFiles.isEmpty()))
        m_activityTimer.start();
}

void ClassGrader::attribute(int connectionId, int student)
{
    m_connectionStudent.insert(connectionId, student);
    const Pending pending = m_pending.take(connectionId);
    if (student < 0)
        return;
    m_codes[student] += pending.codes;
    m_students[student].connections.append(connectionId);
    m_mailboxDirty.insert(student);
    m_sentDirty.insert(student);
    Q_EMIT connectionAttributed(connectionId, student);
}

void ClassGrader::schedule(int delayMs)
{
    if (!m_timer.isActive())
        m_timer.start(delayMs);
}

int ClassGrader::senderOf(const QByteArray &content) const
{
    // From the top: the first field a world's server wrote that names a
    // logged-in sender. A field written by an unknown host, or one that came
    // from a client not among the world's servers, ends the search: anything
    // below it was written by whoever sent the message.
    const QByteArray marker = "(" + MailServer::authenticatedSenderComment();
    for (const QByteArray &field : receivedFields(content)) {
        const QString by = QString::fromUtf8(wordAfter(field, "by")).toLower();
        if (!field.contains("(Carteiro)") || !m_hostAddresses.contains(by))
            return -1;
        const qsizetype at = field.indexOf(marker);
        if (at >= 0) {
            const qsizetype from = at + marker.size();
            const qsizetype end = field.indexOf(')', from);
            return end < 0 ? -1 : studentFor(by, field.mid(from, end - from).trimmed());
        }
        // "from cliente.fr ([127.0.0.3]:41234)": one of the world's relays?
        const QString helo = QString::fromUtf8(wordAfter(field, "from")).toLower();
        const qsizetype open = field.indexOf("([");
        const qsizetype close = field.indexOf(']', open);
        const QString ip = open < 0 || close < 0 ? QString()
                                                 : QString::fromLatin1(field.mid(open + 2, close - open - 2));
        if (!m_hostAddresses.contains(helo, ip))
            return -1;
    }
    return -1;
}

void ClassGrader::markSenders(const QSet<QString> &recipients)
{
    // A class at work stores a message every few milliseconds, mostly in the
    // teacher's growing mailbox: each new one is read here once, and only its
    // sender is checked again, not every student against the whole mailbox.
    for (const QString &recipient : recipients) {
        for (int s = 0; s < m_students.size(); ++s) {
            if (m_students.at(s).address.compare(recipient, Qt::CaseInsensitive) == 0)
                m_mailboxDirty.insert(s);
        }
        QByteArray user;
        const MailServer *server = ScenarioRunner::mailboxServer(m_world, recipient, &user);
        if (!server)
            continue;
        // New messages are added at the end: from there back to one already known.
        QHash<QByteArray, int> &senders = m_senders[ScenarioRunner::folderName(server, user, "INBOX")];
        const QList<MailStore::Message> box = server->store()->mailbox(user);
        for (auto m = box.crbegin(); m != box.crend(); ++m) {
            if (senders.contains(m->uid))
                break;
            const int sender = senderOf(server->store()->contentOf(*m));
            senders.insert(m->uid, sender);
            if (sender >= 0)
                m_sentDirty.insert(sender);
        }
    }
}

void ClassGrader::evaluateNow()
{
    m_timer.stop();
    if (!m_world)
        return;
    QSet<int> students = m_dirty;
    if (m_deliveries) {
        for (int i = 0; i < m_students.size(); ++i) {
            m_mailboxDirty.insert(i);
            m_sentDirty.insert(i);
        }
    }
    markSenders(m_deliveredTo);
    m_deliveredTo.clear();
    students += m_mailboxDirty;
    students += m_sentDirty;
    QList<QPair<int, int>> passed; // (student, check)
    for (const int s : std::as_const(students))
        evaluate(s, &passed);
    m_dirty.clear();
    m_mailboxDirty.clear();
    m_sentDirty.clear();
    m_deliveries = false;
    // Kept first, told after: a result anyone has seen is in the files.
    if (!passed.isEmpty() || m_firstActivity) {
        m_firstActivity = false;
        saveAll();
    }
    for (const auto &[s, c] : std::as_const(passed)) {
        const Student &student = m_students.at(s);
        const Check &check = m_checks.at(c);
        const QString who = student.name == student.login
            ? student.login
            : QStringLiteral("%1 (%2)").arg(student.name, student.login);
        m_world->note(TranscriptEvent::Kind::Note, QString(), QString(), NoteCode::StudentPassed,
                      {who, QString::number(check.number), QString::number(check.exercise),
                       describedFor(check.description, student.address)});
        Q_EMIT checkPassed(s, c);
    }
    for (const int s : std::as_const(students))
        Q_EMIT studentChanged(s);
}

void ClassGrader::evaluate(int s, QList<QPair<int, int>> *passed)
{
    Student &student = m_students[s];
    const QSet<int> sessions(student.connections.cbegin(), student.connections.cend());
    // Their own world, if the class has private worlds, and whether they
    // had a session there in this run.
    const auto own = m_private.constFind(s);
    World *const mine = own == m_private.cend() ? nullptr : own->world.data();
    const bool activeInMine = mine && own->active;
    // Someone who never logged in is graded only on the mail the servers
    // say they sent (a restart after a crash: their sessions are gone).
    const bool active = !sessions.isEmpty() || activeInMine || student.lastActivity > 0;
    const bool mailboxDirty = m_mailboxDirty.contains(s);
    const bool sentDirty = m_sentDirty.contains(s);
    for (int c = 0; c < m_checks.size(); ++c) {
        if (student.passedAt.at(c) > 0)
            continue;
        const ScenarioStep &step = m_scenario.steps.at(m_checks.at(c).step);
        bool holds = false;
        switch (step.kind) {
        case ScenarioStep::Kind::ExpectReply:
            holds = active && m_codes.at(s).contains(step.code.toLatin1());
            break;
        case ScenarioStep::Kind::ExpectMailbox: {
            ScenarioRunner::CheckScope scope;
            scope.student = student.address;
            // In their own world, every message is theirs to count.
            if (mine && active && ScenarioRunner::check(mine, step, scope).passed) {
                holds = true;
                break;
            }
            const bool own = step.target == ScenarioStep::studentPlaceholder()
                || step.target.compare(student.address, Qt::CaseInsensitive) == 0;
            // Their own mailbox changes with their sessions and the mail they
            // get; another's, for them, only with the mail they sent there.
            if (own ? !mailboxDirty || !active : !sentDirty)
                continue;
            if (!own)
                scope.keepMessage = [this, s, named = QString(), senders = (QHash<QByteArray, int> *)nullptr](
                                        const QString &folder, const QByteArray &uid,
                                        const std::function<QByteArray()> &read) mutable {
                    // Each message read once for its sender, however many
                    // students ask; the folder's cache found once per check.
                    if (!senders || folder != named) {
                        named = folder;
                        senders = &m_senders[folder];
                    }
                    auto known = senders->constFind(uid);
                    if (known == senders->cend())
                        known = senders->insert(uid, senderOf(read()));
                    return known.value() == s;
                };
            holds = ScenarioRunner::check(m_world, step, scope).passed;
            break;
        }
        case ScenarioStep::Kind::ExpectWire:
        case ScenarioStep::Kind::ExpectTls: {
            if (activeInMine) {
                ScenarioRunner::CheckScope everySession;
                everySession.keepEvent = [](const TranscriptEvent &e) { return e.connectionId > 0; };
                holds = ScenarioRunner::check(mine, step, everySession).passed;
            }
            if (holds || sessions.isEmpty())
                break;
            ScenarioRunner::CheckScope scope;
            scope.keepEvent = [&sessions](const TranscriptEvent &e) {
                return sessions.contains(e.connectionId);
            };
            holds = ScenarioRunner::check(m_world, step, scope).passed;
            break;
        }
        default:
            if (!active)
                continue;
            // The world as it is: their own, when they have one.
            holds = ScenarioRunner::check(mine ? mine : m_world.data(), step, ScenarioRunner::CheckScope())
                        .passed;
            break;
        }
        if (holds) {
            student.passedAt[c] = QDateTime::currentMSecsSinceEpoch();
            passed->append({s, c});
        }
    }
}

void ClassGrader::recordPrediction(int question, const QHash<int, QString> &answers, const QString &real)
{
    int answered = 0;
    int right = 0;
    for (int s = 0; s < m_students.size(); ++s) {
        Student &student = m_students[s];
        ++student.predictionsAsked;
        const auto answer = answers.constFind(s);
        if (answer == answers.cend())
            continue;
        ++student.predictionsAnswered;
        ++answered;
        if (answer.value() == real) {
            ++student.predictionsRight;
            ++right;
        }
    }
    // Kept first, told after, as a check passed.
    saveAll();
    if (m_world)
        m_world->note(TranscriptEvent::Kind::Note, QString(), QString(), NoteCode::ClassPredictions,
                      {QString::number(question), real, QString::number(answered),
                       QString::number(m_students.size()), QString::number(right)});
    for (int s = 0; s < m_students.size(); ++s)
        Q_EMIT studentChanged(s);
    Q_EMIT predictionsChanged();
}

// The files --------------------------------------------------------------

QByteArray ClassGrader::json() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("scenario"), m_scenario.name);
    root.insert(QStringLiteral("title"), Scenario::pick(m_scenario.title, m_language));
    QJsonArray checks;
    for (const Check &check : m_checks) {
        QJsonObject c;
        c.insert(QStringLiteral("key"), check.key());
        c.insert(QStringLiteral("exercise"), check.exercise);
        c.insert(QStringLiteral("line"), check.location.line);
        c.insert(QStringLiteral("goal"), Scenario::pick(m_exercises.at(check.exercise - 1).goal, m_language));
        c.insert(QStringLiteral("description"), Notes::expand(check.description));
        checks.append(c);
    }
    root.insert(QStringLiteral("checks"), checks);
    QJsonArray students;
    for (const Student &student : m_students) {
        QJsonObject s;
        s.insert(QStringLiteral("name"), student.name);
        s.insert(QStringLiteral("user"), student.login);
        s.insert(QStringLiteral("address"), student.address);
        QJsonObject passed;
        for (int c = 0; c < m_checks.size(); ++c) {
            if (student.passedAt.at(c) > 0)
                passed.insert(m_checks.at(c).key(), isoTime(student.passedAt.at(c)));
        }
        s.insert(QStringLiteral("passed"), passed);
        s.insert(QStringLiteral("passedCount"), student.passedCount());
        s.insert(QStringLiteral("lastActivity"), isoTime(student.lastActivity));
        QJsonObject predictions;
        predictions.insert(QStringLiteral("asked"), student.predictionsAsked);
        predictions.insert(QStringLiteral("answered"), student.predictionsAnswered);
        predictions.insert(QStringLiteral("right"), student.predictionsRight);
        s.insert(QStringLiteral("predictions"), predictions);
        students.append(s);
    }
    root.insert(QStringLiteral("students"), students);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ClassGrader::csv() const
{
    // One row per student; a check's column holds when it first held.
    QStringList header = {QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("address")};
    for (const Check &check : m_checks)
        header.append(check.key());
    header += {QStringLiteral("passed"),
               QStringLiteral("checks"),
               QStringLiteral("last activity"),
               QStringLiteral("predictions right"),
               QStringLiteral("predictions answered"),
               QStringLiteral("predictions asked")};
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Student &student : m_students) {
        QStringList row = {csvField(student.login), csvField(student.name), csvField(student.address)};
        for (const qint64 at : student.passedAt)
            row.append(isoTime(at));
        row += {QString::number(student.passedCount()),
                QString::number(m_checks.size()),
                isoTime(student.lastActivity),
                QString::number(student.predictionsRight),
                QString::number(student.predictionsAnswered),
                QString::number(student.predictionsAsked)};
        out += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

bool ClassGrader::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const bool csvFile = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvFile ? csv() : json()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ClassGrader", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

void ClassGrader::saveAll()
{
    m_activityTimer.stop();
    QStringList files = m_resultsFiles;
    if (!m_stateFile.isEmpty())
        files.prepend(m_stateFile);
    for (const QString &path : std::as_const(files)) {
        QString error;
        if (!save(path, &error))
            qWarning().noquote() << error;
    }
}

bool ClassGrader::writeResults(const QString &path, QString *error) const
{
    return save(path, error);
}

bool ClassGrader::addResultsFile(const QString &path, QString *error)
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        *error = QCoreApplication::translate("ClassGrader",
                                             "--results %1: the file's name must end in .csv or .json")
                     .arg(path);
        return false;
    }
    if (!save(path, error))
        return false;
    m_resultsFiles.append(path);
    return true;
}

bool ClassGrader::keepResults(const QString &dataDirectory, const QStringList &files, QString *error)
{
    if (!dataDirectory.isEmpty()
        && !setStateFile(dataDirectory + QStringLiteral("/class-results.json"), error))
        return false;
    for (const QString &file : files) {
        if (!addResultsFile(file, error))
            return false;
    }
    return true;
}

bool ClassGrader::setStateFile(const QString &path, QString *error)
{
    if (QFileInfo::exists(path) && !load(path, error))
        return false;
    // Everyone's mail is checked again now: a message acknowledged just
    // before a crash still earns its check.
    m_deliveries = true;
    schedule(0);
    m_stateFile = path;
    return save(path, error);
}

bool ClassGrader::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("ClassGrader", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        *error = QCoreApplication::translate("ClassGrader", "%1 is not a class's results file: %2")
                     .arg(path,
                          document.isNull()
                              ? parseError.errorString()
                              : QCoreApplication::translate("ClassGrader", "no \"format\": \"%1\"")
                                    .arg(QLatin1String(formatName)));
        return false;
    }
    QHash<QString, int> checkByKey;
    for (int c = 0; c < m_checks.size(); ++c)
        checkByKey.insert(m_checks.at(c).key(), c);
    QHash<QString, int> studentByAddress;
    for (int s = 0; s < m_students.size(); ++s)
        studentByAddress.insert(m_students.at(s).address.toLower(), s);
    for (const QJsonValue &value : root.value(QStringLiteral("students")).toArray()) {
        const QJsonObject object = value.toObject();
        const int s = studentByAddress.value(object.value(QStringLiteral("address")).toString().toLower(),
                                             -1);
        if (s < 0)
            continue;
        Student &student = m_students[s];
        student.lastActivity = fromIsoTime(object.value(QStringLiteral("lastActivity")).toString());
        const QJsonObject predictions = object.value(QStringLiteral("predictions")).toObject();
        student.predictionsAsked = qMax(0, predictions.value(QStringLiteral("asked")).toInt());
        student.predictionsAnswered = qBound(0, predictions.value(QStringLiteral("answered")).toInt(),
                                             student.predictionsAsked);
        student.predictionsRight = qBound(0, predictions.value(QStringLiteral("right")).toInt(),
                                          student.predictionsAnswered);
        const QJsonObject passed = object.value(QStringLiteral("passed")).toObject();
        for (auto it = passed.begin(); it != passed.end(); ++it) {
            const int c = checkByKey.value(it.key(), -1);
            if (c >= 0)
                student.passedAt[c] = fromIsoTime(it.value().toString());
        }
    }
    return true;
}
