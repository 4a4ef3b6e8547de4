#include "scenariorunner.h"

#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "net/world.h"
#include "scenario/scriptsession.h"

#include <QCoreApplication>

ScenarioRunner::ScenarioRunner(World *world, const QString &language, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_language(language)
{
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &ScenarioRunner::poll);
}

bool ScenarioRunner::allPassed() const
{
    for (const Outcome &o : m_outcomes) {
        if (!o.passed)
            return false;
    }
    return true;
}

void ScenarioRunner::start()
{
    m_index = -1;
    QTimer::singleShot(0, this, &ScenarioRunner::next);
}

void ScenarioRunner::next()
{
    const QList<ScenarioStep> &steps = m_world->scenario().steps;
    ++m_index;
    if (m_index >= steps.size()) {
        m_finished = true;
        m_poll.stop();
        Q_EMIT finished(allPassed());
        return;
    }
    run(steps.at(m_index));
}

void ScenarioRunner::poll()
{
    bool done = false;
    switch (m_waiting) {
    case Waiting::Client: {
        // The client's own exchange is over; what its server does next (relay)
        // goes on while the story continues, as it does in real life.
        const MailClient *client = m_world->client(m_waitClient);
        done = !client || !client->isBusy();
        break;
    }
    case Waiting::Quiet:
        done = !m_world->isBusy();
        break;
    case Waiting::Empty:
    case Waiting::Nothing:
        done = !m_world->hasWork();
        break;
    }
    if (done) {
        m_waiting = Waiting::Nothing;
        m_poll.stop();
        next();
        return;
    }
    if (m_world->transcript()->elapsedMs() - m_waitStartedMs > m_stepTimeoutMs) {
        const ScenarioStep &step = m_world->scenario().steps.at(m_index);
        Outcome o;
        o.location = step.location;
        o.description = QCoreApplication::translate("ScenarioRunner", "the step ends within %1 s")
                            .arg(m_stepTimeoutMs / 1000);
        o.detail = QCoreApplication::translate("ScenarioRunner", "still busy; the run stops here");
        report(o);
        m_waiting = Waiting::Nothing;
        m_poll.stop();
        m_finished = true;
        Q_EMIT finished(false);
    }
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
        const QString text = Scenario::pick(step.text, m_language);
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Caption;
        event.note = text;
        m_world->transcript()->append(std::move(event));
        Q_EMIT narration(text);
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
    case ScenarioStep::Kind::Send: {
        m_actionFirstEvent = m_world->transcript()->size();
        MailClient *client = m_world->client(step.client);
        if (client)
            client->send(toBytes(step.recipients), step.subject, step.body);
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
    case ScenarioStep::Kind::Session: {
        m_actionFirstEvent = m_world->transcript()->size();
        const Protocol protocol = step.service == QLatin1String("pop3") ? Protocol::Pop3 : Protocol::Smtp;
        auto engine = std::make_unique<ScriptSession>(protocol, step.script);
        const ScenarioStep copy = step;
        m_world->connectTo(QStringLiteral("console"), step.host, step.service, std::move(engine),
                           [this, copy](Connection *c) {
                               auto *script = static_cast<ScriptSession *>(c->engine());
                               Outcome o;
                               o.location = copy.location;
                               o.description = QCoreApplication::translate("ScenarioRunner",
                                                                           "the scripted %1 session with %2 goes as written")
                                                   .arg(copy.service, copy.host);
                               o.passed = script->succeeded();
                               if (!o.passed) {
                                   o.location = script->failureLocation().line > 0 ? script->failureLocation()
                                                                                  : copy.location;
                                   o.detail = script->failure();
                               }
                               report(o);
                           });
        waitFor(Waiting::Quiet);
        return;
    }
    case ScenarioStep::Kind::Wait:
        waitFor(Waiting::Empty);
        return;
    case ScenarioStep::Kind::ExpectMailbox:
    case ScenarioStep::Kind::ExpectClient:
    case ScenarioStep::Kind::ExpectQueue:
    case ScenarioStep::Kind::ExpectReply:
        // Mail in flight settles first, so an expectation sees the result.
        if (m_world->isBusy()) {
            --m_index;
            waitFor(Waiting::Quiet);
            return;
        }
        report(check(step));
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
}

ScenarioRunner::Outcome ScenarioRunner::check(const ScenarioStep &step) const
{
    Outcome o;
    o.location = step.location;
    auto describeCount = [&](const QString &what, int found) {
        o.description = QCoreApplication::translate("ScenarioRunner", "%1 holds %2 message(s)").arg(what).arg(step.count);
        o.passed = found == step.count;
        o.detail = QCoreApplication::translate("ScenarioRunner", "it holds %1").arg(found);
    };
    auto describeSubject = [&](const QString &what, const QStringList &subjects) {
        o.description = QCoreApplication::translate("ScenarioRunner", "%1 has a message with subject \"%2\"")
                            .arg(what, step.subject);
        o.passed = subjects.contains(step.subject);
        o.detail = subjects.isEmpty() ? QCoreApplication::translate("ScenarioRunner", "it has no messages")
                                      : QCoreApplication::translate("ScenarioRunner", "subjects found: %1")
                                            .arg(subjects.join(QStringLiteral(" | ")));
    };
    switch (step.kind) {
    case ScenarioStep::Kind::ExpectMailbox: {
        const QString what = QCoreApplication::translate("ScenarioRunner", "the mailbox of %1").arg(step.target);
        const qsizetype at = step.target.lastIndexOf(QLatin1Char('@'));
        MailServer *server = m_world->server(step.target.mid(at + 1));
        QList<MailStore::Message> box;
        if (server)
            box = server->store()->mailbox(step.target.left(at).toUtf8());
        if (step.count >= 0) {
            describeCount(what, int(box.size()));
        } else {
            QStringList subjects;
            for (const MailStore::Message &m : box)
                subjects.append(MailMessage::decodedHeader(m.content, "Subject"));
            describeSubject(what, subjects);
        }
        break;
    }
    case ScenarioStep::Kind::ExpectClient: {
        const QString what = QCoreApplication::translate("ScenarioRunner", "the inbox of %1's mail client").arg(step.client);
        MailClient *client = m_world->client(step.client);
        const QList<MailClient::InboxMessage> inbox = client ? client->inbox() : QList<MailClient::InboxMessage>();
        if (step.count >= 0) {
            describeCount(what, int(inbox.size()));
        } else {
            QStringList subjects;
            for (const MailClient::InboxMessage &m : inbox)
                subjects.append(m.subject);
            describeSubject(what, subjects);
        }
        break;
    }
    case ScenarioStep::Kind::ExpectQueue: {
        MailServer *server = m_world->server(step.host);
        describeCount(QCoreApplication::translate("ScenarioRunner", "the queue of %1").arg(step.host),
                      server ? int(server->queue().size()) : 0);
        break;
    }
    case ScenarioStep::Kind::ExpectReply: {
        o.description = QCoreApplication::translate("ScenarioRunner", "a reply %1 was seen in the last action").arg(step.code);
        QStringList seen;
        const Transcript *t = m_world->transcript();
        for (qsizetype i = m_actionFirstEvent; i < t->size(); ++i) {
            const TranscriptEvent &e = t->at(i);
            if (e.kind != TranscriptEvent::Kind::Line || e.code.isEmpty())
                continue;
            if (!seen.contains(QString::fromLatin1(e.code)))
                seen.append(QString::fromLatin1(e.code));
            if (e.code == step.code.toLatin1())
                o.passed = true;
        }
        o.detail = QCoreApplication::translate("ScenarioRunner", "replies seen: %1").arg(seen.join(QStringLiteral(", ")));
        break;
    }
    default:
        break;
    }
    return o;
}

void ScenarioRunner::report(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Expectation;
    event.note = (outcome.passed ? QCoreApplication::translate("ScenarioRunner", "OK")
                                 : QCoreApplication::translate("ScenarioRunner", "FAILED"))
        + QLatin1Char(' ') + outcome.description
        + (outcome.passed ? QString() : QStringLiteral(": ") + outcome.detail);
    m_world->transcript()->append(std::move(event));
    Q_EMIT expectationChecked(outcome);
}
