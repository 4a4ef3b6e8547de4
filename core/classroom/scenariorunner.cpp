// SPDX-License-Identifier: GPL-3.0-or-later
// scenariorunner.cpp — the step loop: run a step, poll until done, go on.
//
// run() starts a step and the next one comes through a zero timer, so the
// event loop turns between steps. An action says what to wait for (its client
// idle, the world quiet, the queues empty, an exercise) and a 20 ms poll
// checks it, failing the run after the step timeout; time with a reply held
// or lines waiting in step mode does not count. Expectations wait for mail in
// flight, then are checked and written as Expectation events; an exercise's
// checks are evaluated again whenever the transcript has grown.
#include "scenariorunner.h"

#include "classroom/predictionquiz.h"
#include "classroom/scriptsession.h"
#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "mail/webbrowser.h"
#include "message/mimecomposer.h"
#include "message/mimemessage.h"
#include "net/gate.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QPointer>

ScenarioRunner::ScenarioRunner(World *world, const QString &language, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_language(language)
{
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &ScenarioRunner::poll);
    m_quiz = new PredictionQuiz(world, this);
}

void ScenarioRunner::setLanguage(const QString &language)
{
    m_language = language;
    if (m_exerciseIndex >= 0)
        evaluateExercise();
}

QString ScenarioRunner::currentNarration() const
{
    const QList<ScenarioStep> &steps = m_world->scenario().steps;
    if (m_narrationIndex < 0 || m_narrationIndex >= steps.size())
        return QString();
    const ScenarioStep &step = steps.at(m_narrationIndex);
    const QString text = Scenario::pick(told(step.text), m_language);
    return step.kind == ScenarioStep::Kind::Exercise
        ? QCoreApplication::translate("ScenarioRunner", "Exercise: %1").arg(text)
        : text;
}

LocalizedText ScenarioRunner::told(const LocalizedText &text) const
{
    const World *world = m_world;
    return PortPlaceholder::expand(text, [world](const QString &host, const QString &service) -> quint16 {
        const World::Service *s = world ? world->service(host, service) : nullptr;
        return s ? s->port : 0;
    });
}

void ScenarioRunner::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_quiz->setInteractive(interactive);
}

bool ScenarioRunner::allPassed() const
{
    for (const Outcome &o : m_outcomes) {
        if (!o.passed)
            return false;
    }
    return true;
}

ScenarioRunner::~ScenarioRunner()
{
    if (m_world && !m_finished)
        m_world->setQueuesHold(OutgoingQueue::Hold::Released);
}

void ScenarioRunner::go()
{
    m_waitForGo = false;
    if (m_waiting != Waiting::Go)
        return;
    m_waiting = Waiting::Nothing;
    Q_EMIT waitingForGoChanged(false);
    --m_index; // the step that waited
    next();
}

void ScenarioRunner::start()
{
    // The queues wait for the story: held from the start and from each send
    // on, and released once the captions that follow have been told (at the
    // next step that is not a caption, which first waits for the world to
    // be quiet), so a relay comes after the captions that narrate it.
    m_storyHold = true;
    m_world->setQueuesHold(OutgoingQueue::Hold::Held);
    m_index = -1;
    QTimer::singleShot(0, this, &ScenarioRunner::next);
}

void ScenarioRunner::next()
{
    const QList<ScenarioStep> &steps = m_world->scenario().steps;
    ++m_index;
    if (m_index >= steps.size()) {
        // A prediction that was never asked is a mistake in the scenario (a
        // command the client never sends, a "for" that names nobody): it
        // fails the run instead of vanishing.
        for (const ScenarioStep &predict : m_quiz->armed()) {
            Outcome o;
            o.location = predict.location;
            const QString where =
                QStringLiteral("%1:%2").arg(predict.location.file).arg(predict.location.line);
            const QString command = predict.faultFor.isEmpty()
                ? predict.command
                : predict.command + QLatin1Char(' ') + predict.faultFor;
            o.description = Notes::phrase(NoteCode::PredictionOf, {predict.host, command, where});
            o.detail = Notes::phrase(NoteCode::PredictionNeverAsked);
            report(o);
        }
        m_finished = true;
        m_world->setQueuesHold(OutgoingQueue::Hold::Released);
        m_poll.stop();
        Q_EMIT finished(allPassed());
        return;
    }
    const ScenarioStep &step = steps.at(m_index);
    if (m_waitForGo && step.kind != ScenarioStep::Kind::Say) {
        // Paused at the start: the first captions are on the screen, nothing
        // has been sent; the student starts the story.
        m_waiting = Waiting::Go;
        Q_EMIT waitingForGoChanged(true);
        return;
    }
    if (m_storyHold && step.kind != ScenarioStep::Kind::Say) {
        // The story has caught up: what the queues were keeping (a relay, a
        // bounce) happens now, and this step comes once it has.
        m_storyHold = false;
        m_world->setQueuesHold(OutgoingQueue::Hold::Released);
        if (m_world->isBusy()) {
            m_waiting = Waiting::Story;
            m_waitStartedMs = m_world->transcript()->elapsedMs();
            m_poll.start();
            return;
        }
    }
    run(step);
}

void ScenarioRunner::poll()
{
    bool done = false;
    switch (m_waiting) {
    case Waiting::Go: return; // go() goes on
    case Waiting::Client: {
        // The client's own exchange is over; what its server does next (the
        // relay) waits for the captions that follow (m_storyHold).
        const MailClient *client = m_world->client(m_waitClient);
        done = !client || !client->isBusy();
        break;
    }
    case Waiting::Quiet:
    case Waiting::Story: done = !m_world->isBusy(); break;
    case Waiting::Empty:
    case Waiting::Nothing: done = !m_world->hasWork(); break;
    case Waiting::Exercise:
        // The checks are looked at again whenever something happened (the
        // student typed, the solution played) — with a student, even while
        // the console's connection stays open; without one, once the
        // solution is over.
        if (m_interactive ? m_world->gate()->pendingCount() > 0 : m_world->isBusy())
            break;
        if (m_world->transcript()->size() != m_exerciseSeen)
            evaluateExercise();
        {
            bool all = !m_exerciseChecks.isEmpty();
            for (const Outcome &o : std::as_const(m_exerciseChecks))
                all = all && o.passed;
            if (all) {
                finishExercise(
                    true,
                    Notes::phrase(m_solutionPlayed ? NoteCode::DoneWithSolution : NoteCode::DoneByStudent));
            } else if (!m_interactive) {
                finishExercise(false, Notes::phrase(NoteCode::SolutionMissedGoal));
            }
        }
        return;
    }
    // Time spent waiting for a student (stepping, a question) is not the step's.
    const Gate *gate = m_world->gate();
    if (gate->isHolding() || (gate->mode() == Gate::Mode::Step && gate->pendingCount() > 0))
        m_waitStartedMs = m_world->transcript()->elapsedMs();
    if (done) {
        const bool story = m_waiting == Waiting::Story;
        m_waiting = Waiting::Nothing;
        m_poll.stop();
        if (story)
            run(m_world->scenario().steps.at(m_index)); // the step that waited for the story
        else
            next();
        return;
    }
    if (m_world->transcript()->elapsedMs() - m_waitStartedMs > m_stepTimeoutMs) {
        const ScenarioStep &step = m_world->scenario().steps.at(m_index);
        Outcome o;
        o.location = step.location;
        o.description = Notes::phrase(NoteCode::StepTimeout, {QString::number(m_stepTimeoutMs / 1000)});
        o.detail = Notes::phrase(NoteCode::StillBusy);
        report(o);
        m_waiting = Waiting::Nothing;
        m_poll.stop();
        m_finished = true;
        m_world->setQueuesHold(OutgoingQueue::Hold::Released);
        Q_EMIT finished(false);
    }
}

void ScenarioRunner::atScenarioTime(int seconds, std::function<void()> work)
{
    // Counted from this statement, with a precise timer: a coarse one (Qt's
    // default from 2 s on) may ring 5 % early or late, 300 ms on "down … for
    // 6", and a queue's retry due then would find the host up or down by chance.
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, m_world.data(), std::move(work));
}

static QList<QByteArray> toBytes(const QStringList &list)
{
    QList<QByteArray> out;
    for (const QString &s : list)
        out.append(s.toUtf8());
    return out;
}

void ScenarioRunner::run(const ScenarioStep &step)
{
    auto waitFor = [this](Waiting what) {
        m_waiting = what;
        m_waitStartedMs = m_world->transcript()->elapsedMs();
        m_poll.start();
    };
    switch (step.kind) {
    case ScenarioStep::Kind::Say: {
        m_narrationIndex = m_index;
        const LocalizedText texts = told(step.text);
        const QString text = Scenario::pick(texts, m_language);
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Caption;
        event.noteCode = NoteCode::Caption;
        event.noteArguments = {Notes::localized(texts, m_language)};
        m_world->transcript()->append(std::move(event));
        Q_EMIT narration(text);
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
    case ScenarioStep::Kind::Send: {
        m_actionFirstEvent = m_world->transcript()->size();
        // What the servers do with it waits for the captions that follow.
        m_storyHold = true;
        m_world->setQueuesHold(OutgoingQueue::Hold::Held);
        MailClient *client = m_world->client(step.client);
        if (client) {
            MimeDraft draft;
            draft.to = toBytes(step.recipients);
            draft.cc = toBytes(step.cc);
            draft.subject = step.subject;
            draft.text = step.body;
            for (const ScenarioAttachment &file : step.attachments) {
                MimeAttachment attachment;
                // The name the file is known by, without the folders.
                attachment.fileName = QFileInfo(file.fileName).fileName();
                attachment.data = file.data;
                draft.attachments.append(attachment);
            }
            client->send(draft);
        }
        m_waitClient = step.client;
        waitFor(Waiting::Client);
        return;
    }
    case ScenarioStep::Kind::Fetch: {
        m_actionFirstEvent = m_world->transcript()->size();
        MailClient *client = m_world->client(step.client);
        if (client) {
            if (step.hasPop3Mode)
                client->fetch(step.pop3Mode);
            else
                client->fetch();
        }
        waitFor(Waiting::Quiet);
        return;
    }
    case ScenarioStep::Kind::Imap:
        m_actionFirstEvent = m_world->transcript()->size();
        if (!runImap(step)) {
            QTimer::singleShot(0, this, &ScenarioRunner::next);
            return;
        }
        waitFor(Waiting::Quiet);
        return;
    case ScenarioStep::Kind::Browse:
        m_actionFirstEvent = m_world->transcript()->size();
        runBrowse(step);
        waitFor(Waiting::Quiet);
        return;
    case ScenarioStep::Kind::Session:
        m_actionFirstEvent = m_world->transcript()->size();
        startSession(step, Notes::phrase(NoteCode::ScriptGoesAsWritten, {step.service, step.host}));
        waitFor(Waiting::Quiet);
        return;
    case ScenarioStep::Kind::Wait: waitFor(Waiting::Empty); return;
    case ScenarioStep::Kind::Fault:
        if (MailServer *server = m_world->server(step.host)) {
            server->addFault({step.command, step.faultFor, step.reply, step.cut});
            QStringList parts;
            if (step.cut) {
                parts.append(
                    step.faultFor.isEmpty()
                        ? Notes::phrase(NoteCode::FaultWillCut, {step.host, step.command})
                        : Notes::phrase(NoteCode::FaultWillCutFor, {step.host, step.command, step.faultFor}));
            } else {
                parts.append(
                    step.faultFor.isEmpty()
                        ? Notes::phrase(NoteCode::FaultWillAnswer, {step.host, step.command, step.reply})
                        : Notes::phrase(NoteCode::FaultWillAnswerFor,
                                        {step.host, step.command, step.faultFor, step.reply}));
            }
            if (step.seconds > 0) {
                parts.append(Notes::phrase(NoteCode::ForSeconds, {QString::number(step.seconds)}));
                // Mended by itself, as a mailbox emptied or a disk replaced:
                // the queues' retries then get through.
                World *world = m_world;
                const QString host = step.host;
                const QString command = step.command;
                const QString target = step.faultFor;
                atScenarioTime(step.seconds, [world, host, command, target]() {
                    if (MailServer *s = world->server(host)) {
                        s->removeFault(command, target);
                        world->note(TranscriptEvent::Kind::Note, host, QString(), NoteCode::FaultMended,
                                    {host, command});
                    }
                });
            }
            m_world->note(TranscriptEvent::Kind::Note, step.host, QString(), NoteCode::Concat, parts);
        }
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    case ScenarioStep::Kind::Slow:
        m_world->gate()->setHostDelay(step.host, step.milliseconds);
        if (step.milliseconds > 0)
            m_world->note(TranscriptEvent::Kind::Note, step.host, QString(), NoteCode::SlowLink,
                          {step.host, QString::number(step.milliseconds)});
        else
            m_world->note(TranscriptEvent::Kind::Note, step.host, QString(), NoteCode::FastLink, {step.host});
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    case ScenarioStep::Kind::Predict:
        m_quiz->arm(step);
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    case ScenarioStep::Kind::Exercise: {
        m_exerciseIndex = m_index;
        m_narrationIndex = m_index;
        m_hintsShown = 0;
        m_solutionPlayed = false;
        m_exerciseSeen = -1;
        m_actionFirstEvent = m_world->transcript()->size();
        const LocalizedText goal = told(step.text);
        const QString text = QCoreApplication::translate("ScenarioRunner", "Exercise: %1")
                                 .arg(Scenario::pick(goal, m_language));
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Caption;
        event.noteCode = NoteCode::ExerciseCaption;
        event.noteArguments = {Notes::localized(goal, m_language)};
        m_world->transcript()->append(std::move(event));
        Q_EMIT narration(text);
        evaluateExercise();
        Q_EMIT exerciseStarted(exercise());
        if (!m_interactive) {
            // Nobody types: the model answer is played, then the checks decide.
            if (step.script.isEmpty()) {
                finishExercise(false, Notes::phrase(NoteCode::NobodyToType));
                return;
            }
            playSolution();
        }
        waitFor(Waiting::Exercise);
        return;
    }
    case ScenarioStep::Kind::Configure: {
        // As a student would with dpkg-reconfigure postfix or by editing
        // dovecot.conf and restarting: the server's settings change now.
        QMap<QString, QString> settings;
        if (const MailServer *server = m_world->server(step.host))
            settings = server->settings();
        for (auto it = step.settings.cbegin(); it != step.settings.cend(); ++it)
            settings.insert(it.key(), it.value());
        QString error;
        if (!m_world->reconfigureServer(step.host, settings, &error)) {
            Outcome o;
            o.location = step.location;
            o.description = Notes::phrase(NoteCode::ServerReconfigured, {step.host, QString()});
            o.detail = error;
            report(o);
        }
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
    case ScenarioStep::Kind::Down:
    case ScenarioStep::Kind::Up: {
        const bool up = step.kind == ScenarioStep::Kind::Up;
        QString error;
        if (!m_world->setHostListening(step.host, up ? World::Listening::On : World::Listening::Off,
                                       &error)) {
            Outcome o;
            o.location = step.location;
            o.description = Notes::phrase(NoteCode::HostListensAgain, {step.host});
            o.detail = error;
            report(o);
        } else if (!up && step.seconds > 0) {
            // Back by itself, as a rebooted server: the queues' retries find it.
            World *world = m_world;
            const QString host = step.host;
            atScenarioTime(step.seconds,
                           [world, host]() { world->setHostListening(host, World::Listening::On); });
        }
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
    case ScenarioStep::Kind::ExpectMailbox:
    case ScenarioStep::Kind::ExpectClient:
    case ScenarioStep::Kind::ExpectQueue:
    case ScenarioStep::Kind::ExpectSearch:
    case ScenarioStep::Kind::ExpectReply:
    case ScenarioStep::Kind::ExpectWire:
    case ScenarioStep::Kind::ExpectTls:
    case ScenarioStep::Kind::ExpectBrowser:
    case ScenarioStep::Kind::ExpectListening:
        // Mail in flight settles first, so an expectation sees the result.
        if (m_world->isBusy()) {
            --m_index;
            waitFor(Waiting::Quiet);
            return;
        }
        report(check(m_world, step, sinceAction()));
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
}

void ScenarioRunner::runBrowse(const ScenarioStep &step)
{
    // "browse fran reply 1 body "…"": the client's browser, one action of
    // its own (one HTTP connection to the webmail, kept for its requests).
    WebBrowser *browser = m_world->browser(step.client);
    if (!browser) {
        m_world->note(
            TranscriptEvent::Kind::Note, step.client, QString(), NoteCode::BrowseFailed,
            {step.client, QCoreApplication::translate("ScenarioRunner", "no webmail serves its domain")});
        return;
    }
    BrowseAction action;
    const QString &v = step.browseVerb;
    if (v == QLatin1String("login"))
        action.kind = BrowseAction::Kind::Login;
    else if (v == QLatin1String("read"))
        action.kind = BrowseAction::Kind::Read;
    else if (v == QLatin1String("send"))
        action.kind = BrowseAction::Kind::Send;
    else if (v == QLatin1String("reply"))
        action.kind = BrowseAction::Kind::Reply;
    else if (v == QLatin1String("delete"))
        action.kind = BrowseAction::Kind::Delete;
    else if (v == QLatin1String("logout"))
        action.kind = BrowseAction::Kind::Logout;
    else
        action.kind = BrowseAction::Kind::Open;
    action.path = step.path.toUtf8();
    if (!step.folder.isEmpty())
        action.folder = step.folder.toUtf8();
    action.uid = quint32(step.uid);
    action.to = step.recipients.join(QLatin1String(", "));
    action.cc = step.cc.join(QLatin1String(", "));
    action.subject = step.subject;
    action.body = step.body;
    const QMimeDatabase types;
    for (const ScenarioAttachment &file : step.attachments) {
        BrowseAction::File f;
        f.name = QFileInfo(file.fileName).fileName();
        f.type = types.mimeTypeForFileNameAndData(f.name, file.data).name().toLatin1();
        f.content = file.data;
        action.files.append(f);
    }
    // A browse that got no page is told as a failed fetch is: in the
    // transcript, without failing the run (an expectation may check it).
    QPointer<World> world(m_world);
    const QString client = step.client;
    const QString site = browser->webmailHost();
    browser->run(action, [world, client, site](const BrowseResult &result) {
        if (world && !result.ok) {
            world->note(TranscriptEvent::Kind::Note, client, site, NoteCode::BrowseFailed,
                        {client, QString::fromUtf8(result.error)});
        }
    });
}

bool ScenarioRunner::runImap(const ScenarioStep &step)
{
    // "imap fran move "Quedamos hoxe?" to Traballo": one job of the client's,
    // its commands drawn like any other (MailClient::runImap). A message is
    // named by its subject; its UID is the one it has in the folder now.
    MailClient *client = m_world->client(step.client);
    if (!client)
        return false;
    const QByteArray folder = step.folder.isEmpty() ? QByteArray("INBOX") : step.folder.toUtf8();
    const QString &verb = step.imapVerb;
    quint32 uid = 0;
    if (!step.subject.isEmpty()) {
        QByteArray user;
        MailServer *server = mailboxServer(m_world, QString::fromUtf8(client->address()), &user);
        ImapFolderState state;
        if (server && server->store()->folderState(user, folder, &state)) {
            for (const ImapMessageInfo &m : std::as_const(state.messages)) {
                const QByteArray content = server->store()->content(user, folder, m.uid);
                if (MailMessage::decodedHeader(content, "Subject") == step.subject) {
                    uid = m.uid;
                    break;
                }
            }
        }
        if (uid == 0) {
            Outcome o;
            o.location = step.location;
            o.description = Notes::phrase(NoteCode::ImapStepFindsMessage,
                                          {step.client, step.subject, QString::fromUtf8(folder)});
            o.detail = Notes::phrase(NoteCode::NoMessageWithSubject, {QString::fromUtf8(folder)});
            report(o);
            return false;
        }
    }
    QByteArray open = folder;
    QList<ImapAction> actions;
    if (verb == QLatin1String("create")) {
        actions.append(ImapAction::create(step.folder.toUtf8()));
        open = "INBOX";
    } else if (verb == QLatin1String("rename")) {
        actions.append(ImapAction::rename(step.folder.toUtf8(), step.newName.toUtf8()));
        open = "INBOX";
    } else if (verb == QLatin1String("delete")) {
        actions.append(ImapAction::remove(step.folder.toUtf8()));
        open = "INBOX";
    } else if (verb == QLatin1String("move")) {
        actions.append(ImapAction::move(uid, step.newName.toUtf8()));
    } else if (verb == QLatin1String("copy")) {
        actions.append(ImapAction::copy(uid, step.newName.toUtf8()));
    } else if (verb == QLatin1String("flag") || verb == QLatin1String("unflag")) {
        actions.append(ImapAction::store(uid, {step.flag.toUtf8()}, verb == QLatin1String("flag")));
    } else if (verb == QLatin1String("search")) {
        actions.append(ImapAction::search(step.criteria.toUtf8()));
    } else if (verb == QLatin1String("expunge")) {
        actions.append(ImapAction::expunge());
    } else if (verb == QLatin1String("download")) {
        // The parts the client left on the server, as its last reading of
        // the message's structure named them.
        for (const MailClient::ImapMessage &m : client->imapMessages(folder)) {
            if (m.uid != uid)
                continue;
            for (const ImapAttachmentInfo &a : m.leftOnServer)
                actions.append(ImapAction::fetchPart(uid, a.part));
        }
    }
    client->runImap(open, actions);
    return true;
}

void ScenarioRunner::startSession(const ScenarioStep &step, const QString &description)
{
    const Protocol protocol = step.service == QLatin1String("pop3") ? Protocol::Pop3
        : step.service == QLatin1String("imap")                     ? Protocol::Imap
                                                                    : Protocol::Smtp;
    auto engine = std::make_unique<ScriptSession>(protocol, step.script);
    const ScenarioLocation location = step.location;
    // The world may end the session after the runner is gone (a test, or the
    // window restarting, destroys the runner first): then nobody is told.
    QPointer<ScenarioRunner> self(this);
    m_world->connectTo(QStringLiteral("console"), step.host, step.service, std::move(engine),
                       [self, location, description](Connection *c) {
                           if (!self)
                               return;
                           auto *script = static_cast<ScriptSession *>(c->engine());
                           Outcome o;
                           o.location = location;
                           o.description = description;
                           o.passed = script->succeeded();
                           if (!o.passed) {
                               o.location = script->failureLocation().line > 0 ? script->failureLocation()
                                                                               : location;
                               o.detail = script->failure();
                           }
                           self->report(o);
                       });
}

QList<int> ScenarioRunner::exerciseCheckIndexes() const
{
    QList<int> indexes;
    const QList<ScenarioStep> &steps = m_world->scenario().steps;
    for (int i = m_exerciseIndex + 1; m_exerciseIndex >= 0 && i < steps.size() && steps.at(i).exerciseCheck;
         ++i)
        indexes.append(i);
    return indexes;
}

ScenarioRunner::Exercise ScenarioRunner::exercise() const
{
    Exercise e;
    if (m_exerciseIndex < 0)
        return e;
    const ScenarioStep &step = m_world->scenario().steps.at(m_exerciseIndex);
    e.location = step.location;
    e.goal = Scenario::pick(told(step.text), m_language);
    e.hintCount = int(step.hints.size());
    e.hintsShown = m_hintsShown;
    e.hasSolution = !step.script.isEmpty();
    e.host = step.host;
    e.service = step.service;
    if (const World::Service *service = m_world->service(step.host, step.service)) {
        e.address = service->address;
        e.port = service->port;
        e.standardPort = service->standardPort;
    }
    e.checks = m_exerciseChecks;
    return e;
}

void ScenarioRunner::evaluateExercise()
{
    m_exerciseSeen = m_world->transcript()->size();
    m_exerciseChecks.clear();
    const QList<ScenarioStep> &steps = m_world->scenario().steps;
    for (int i : exerciseCheckIndexes())
        m_exerciseChecks.append(check(m_world, steps.at(i), sinceAction()));
    Q_EMIT exerciseProgress(exercise());
}

QString ScenarioRunner::nextHint()
{
    if (m_exerciseIndex < 0)
        return QString();
    const ScenarioStep &step = m_world->scenario().steps.at(m_exerciseIndex);
    if (m_hintsShown >= step.hints.size())
        return QString();
    const LocalizedText hint = told(step.hints.at(m_hintsShown));
    const QString text = Scenario::pick(hint, m_language);
    ++m_hintsShown;
    m_world->note(TranscriptEvent::Kind::Note, QString(), QString(), NoteCode::Hint,
                  {QString::number(m_hintsShown), QString::number(step.hints.size()),
                   Notes::localized(hint, m_language)});
    // The note changed the transcript, not the world: no need to check again.
    m_exerciseSeen = m_world->transcript()->size();
    Q_EMIT exerciseProgress(exercise());
    return text;
}

bool ScenarioRunner::playSolution()
{
    if (m_exerciseIndex < 0 || m_solutionPlayed)
        return false;
    const ScenarioStep &exercise = m_world->scenario().steps.at(m_exerciseIndex);
    if (exercise.script.isEmpty())
        return false;
    m_solutionPlayed = true;
    ScenarioStep session = exercise;
    session.kind = ScenarioStep::Kind::Session;
    if (!session.script.isEmpty())
        session.location = session.script.first().location;
    startSession(session, Notes::phrase(NoteCode::SolutionGoesAsWritten, {session.service, session.host}));
    return true;
}

void ScenarioRunner::skipExercise()
{
    if (m_exerciseIndex < 0)
        return;
    evaluateExercise();
    finishExercise(false, Notes::phrase(NoteCode::Skipped));
}

void ScenarioRunner::finishExercise(bool done, const QString &how)
{
    const QList<int> checks = exerciseCheckIndexes();
    for (const Outcome &o : std::as_const(m_exerciseChecks))
        report(o);
    const ScenarioStep &step = m_world->scenario().steps.at(m_exerciseIndex);
    m_world->note(TranscriptEvent::Kind::Note, QString(), QString(),
                  done ? NoteCode::ExerciseDone : NoteCode::ExerciseNotDone,
                  {how, Notes::localized(told(step.text), m_language)});
    if (!done) {
        // Not done, yet no check failed (none ran, or skipped although they
        // hold): the run must still say it failed.
        bool anyFailed = false;
        for (const Outcome &o : std::as_const(m_exerciseChecks))
            anyFailed = anyFailed || !o.passed;
        if (!anyFailed) {
            Outcome o;
            o.location = step.location;
            o.description = Notes::phrase(NoteCode::ExerciseIsDone);
            o.detail = how;
            report(o);
        }
    }
    m_index = checks.isEmpty() ? m_exerciseIndex : checks.last();
    m_exerciseIndex = -1;
    m_exerciseChecks.clear();
    m_waiting = Waiting::Nothing;
    m_poll.stop();
    Q_EMIT exerciseFinished(done);
    QTimer::singleShot(0, this, &ScenarioRunner::next);
}

ScenarioRunner::CheckScope ScenarioRunner::sinceAction() const
{
    CheckScope scope;
    scope.firstEvent = m_actionFirstEvent;
    return scope;
}

void ScenarioRunner::report(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Expectation;
    event.outcome = outcome.passed ? TranscriptEvent::Outcome::Passed : TranscriptEvent::Outcome::Failed;
    // "OK description" or "FAILED description: detail", made into words when shown.
    event.noteCode = NoteCode::Concat;
    event.noteArguments = {Notes::phrase(outcome.passed ? NoteCode::Passed : NoteCode::Failed),
                           QStringLiteral(" "), outcome.description};
    if (!outcome.passed)
        event.noteArguments += {QStringLiteral(": "), outcome.detail};
    m_world->transcript()->append(std::move(event));
    Q_EMIT expectationChecked(outcome);
}
