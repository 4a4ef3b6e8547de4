#include "scenariorunner.h"

#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "message/mimecomposer.h"
#include "message/mimemessage.h"
#include "net/world.h"
#include "scenario/scriptsession.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    case ScenarioStep::Kind::Fault:
        if (MailServer *server = m_world->server(step.host)) {
            server->addFault({step.command, step.faultFor, step.reply});
            m_world->note(TranscriptEvent::Kind::Note, step.host, QString(),
                          step.faultFor.isEmpty()
                              ? QCoreApplication::translate("ScenarioRunner",
                                                            "%1 will answer %2 with \"%3\"")
                                    .arg(step.host, step.command, step.reply)
                              : QCoreApplication::translate("ScenarioRunner",
                                                            "%1 will answer %2 for %3 with \"%4\"")
                                    .arg(step.host, step.command, step.faultFor, step.reply));
        }
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    case ScenarioStep::Kind::Down:
    case ScenarioStep::Kind::Up: {
        const bool up = step.kind == ScenarioStep::Kind::Up;
        QString error;
        if (!m_world->setHostListening(step.host, up, &error)) {
            Outcome o;
            o.location = step.location;
            o.description = QCoreApplication::translate("ScenarioRunner", "%1 listens again")
                                .arg(step.host);
            o.detail = error;
            report(o);
        } else if (!up && step.seconds > 0) {
            // Back by itself, as a rebooted server: the queues' retries find it.
            World *world = m_world;
            const QString host = step.host;
            QTimer::singleShot(step.seconds * 1000, world,
                               [world, host]() { world->setHostListening(host, true); });
        }
        QTimer::singleShot(0, this, &ScenarioRunner::next);
        return;
    }
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

// The file names of a message's attachments (RFC 2183 / RFC 2231 decoded).
static QStringList attachmentNames(const QByteArray &content)
{
    QStringList names;
    const MimeMessage message = MimeMessage::parse(content);
    for (const MimePart &part : message.parts()) {
        if (!part.fileName.isEmpty())
            names.append(part.fileName);
    }
    return names;
}

ScenarioRunner::Outcome ScenarioRunner::check(const ScenarioStep &step) const
{
    Outcome o;
    o.location = step.location;
    // A step may check the count, a subject and an attachment at once: it
    // passes when every one of them does, and says what was found for each.
    QStringList descriptions;
    QStringList details;
    bool passed = true;
    auto add = [&](const QString &description, bool ok, const QString &detail) {
        descriptions.append(description);
        details.append(detail);
        passed = passed && ok;
    };
    // The messages of a mailbox or a client's inbox, as subjects and attachment names.
    auto checkMessages = [&](const QString &what, const QList<QByteArray> &contents,
                             const QStringList &subjects) {
        if (step.count >= 0) {
            add(QCoreApplication::translate("ScenarioRunner", "%1 holds %2 message(s)")
                    .arg(what).arg(step.count),
                contents.size() == step.count,
                QCoreApplication::translate("ScenarioRunner", "it holds %1").arg(contents.size()));
        }
        if (!step.subject.isEmpty()) {
            add(QCoreApplication::translate("ScenarioRunner", "%1 has a message with subject \"%2\"")
                    .arg(what, step.subject),
                subjects.contains(step.subject),
                subjects.isEmpty() ? QCoreApplication::translate("ScenarioRunner", "it has no messages")
                                   : QCoreApplication::translate("ScenarioRunner", "subjects found: %1")
                                         .arg(subjects.join(QStringLiteral(" | "))));
        }
        if (!step.attachment.isEmpty()) {
            QStringList names;
            for (const QByteArray &content : contents)
                names += attachmentNames(content);
            add(QCoreApplication::translate("ScenarioRunner",
                                            "%1 has a message with the attachment \"%2\"")
                    .arg(what, step.attachment),
                names.contains(step.attachment),
                names.isEmpty() ? QCoreApplication::translate("ScenarioRunner", "no attachments found")
                                : QCoreApplication::translate("ScenarioRunner", "attachments found: %1")
                                      .arg(names.join(QStringLiteral(" | "))));
        }
    };
    switch (step.kind) {
    case ScenarioStep::Kind::ExpectMailbox: {
        const QString what = QCoreApplication::translate("ScenarioRunner", "the mailbox of %1").arg(step.target);
        const qsizetype at = step.target.lastIndexOf(QLatin1Char('@'));
        MailServer *server = m_world->server(step.target.mid(at + 1));
        QList<MailStore::Message> box;
        if (server)
            box = server->store()->mailbox(step.target.left(at).toUtf8());
        QList<QByteArray> contents;
        QStringList subjects;
        for (const MailStore::Message &m : box) {
            contents.append(m.content);
            subjects.append(MailMessage::decodedHeader(m.content, "Subject"));
        }
        checkMessages(what, contents, subjects);
        break;
    }
    case ScenarioStep::Kind::ExpectClient: {
        const QString what = QCoreApplication::translate("ScenarioRunner", "the inbox of %1's mail client").arg(step.client);
        MailClient *client = m_world->client(step.client);
        const QList<MailClient::InboxMessage> inbox = client ? client->inbox() : QList<MailClient::InboxMessage>();
        QList<QByteArray> contents;
        QStringList subjects;
        for (const MailClient::InboxMessage &m : inbox) {
            contents.append(m.content);
            subjects.append(m.subject);
        }
        checkMessages(what, contents, subjects);
        break;
    }
    case ScenarioStep::Kind::ExpectQueue: {
        MailServer *server = m_world->server(step.host);
        const int found = server ? int(server->queue().size()) : 0;
        add(QCoreApplication::translate("ScenarioRunner", "%1 holds %2 message(s)")
                .arg(QCoreApplication::translate("ScenarioRunner", "the queue of %1").arg(step.host))
                .arg(step.count),
            found == step.count,
            QCoreApplication::translate("ScenarioRunner", "it holds %1").arg(found));
        break;
    }
    case ScenarioStep::Kind::ExpectReply: {
        QStringList seen;
        bool found = false;
        const Transcript *t = m_world->transcript();
        for (qsizetype i = m_actionFirstEvent; i < t->size(); ++i) {
            const TranscriptEvent &e = t->at(i);
            if (e.kind != TranscriptEvent::Kind::Line || e.code.isEmpty())
                continue;
            if (!seen.contains(QString::fromLatin1(e.code)))
                seen.append(QString::fromLatin1(e.code));
            if (e.code == step.code.toLatin1())
                found = true;
        }
        add(QCoreApplication::translate("ScenarioRunner", "a reply %1 was seen in the last action").arg(step.code),
            found,
            QCoreApplication::translate("ScenarioRunner", "replies seen: %1").arg(seen.join(QStringLiteral(", "))));
        break;
    }
    default:
        break;
    }
    o.description = descriptions.join(QStringLiteral("; "));
    o.detail = details.join(QStringLiteral("; "));
    o.passed = passed && !descriptions.isEmpty();
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
