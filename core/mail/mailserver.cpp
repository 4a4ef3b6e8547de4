#include "mailserver.h"

#include "storage/diskcommitter.h"
#include "mail/mailmessage.h"
#include "message/mimecomposer.h"
#include "world/world.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

// The reply to an end of DATA whose message is stored (or was already).
SmtpReply acceptedReply(const QByteArray &receipt = {})
{
    SmtpReply accepted(250, "2.0.0", "Message accepted for delivery");
    accepted.receipt = receipt;
    return accepted;
}

} // namespace

MailServer::MailServer(World *world, const ScenarioServer &config)
    : QObject(world)
    , m_world(world)
    , m_domain(config.domain.toLower())
    , m_settings(config.settings)
    , m_store(new MailStore(this))
{
    for (const ScenarioUser &user : world->scenario().users) {
        const qsizetype at = user.address.lastIndexOf(QLatin1Char('@'));
        if (at > 0 && user.address.mid(at + 1).compare(m_domain, Qt::CaseInsensitive) == 0)
            m_store->addUser(user.address.left(at).toUtf8(), user.password.toUtf8());
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailServer::processQueue);
}

bool MailServer::openStorage(const QString &directory, DiskCommitter *committer, QStringList *problems,
                             QString *error)
{
    if (!m_store->openStorage(directory, committer, problems, error))
        return false;
    m_queueDir = Maildir(directory + QStringLiteral("/queue"));
    if (!m_queueDir.create(error))
        return false;
    m_queueDir.cleanTemporary(problems);
    const qint64 now = m_world->transcript()->elapsedMs();
    static const QRegularExpression numbered(QStringLiteral("^Q(\\d+)"));
    for (const Maildir::Entry &file : m_queueDir.load(problems)) {
        QueueEntry entry;
        QString why;
        if (!parseQueueEntry(file.content, &entry, &why)) {
            if (problems)
                problems->append(tr("%1 is not a queue entry (%2); skipped").arg(file.path, why));
            continue;
        }
        entry.file = file.path.section(QLatin1Char('/'), -1);
        entry.nextAttemptMs = now; // tried again at once after a restart
        const QRegularExpressionMatch m = numbered.match(entry.id);
        if (m.hasMatch())
            m_nextQueueId = qMax(m_nextQueueId, m.captured(1).toInt() + 1);
        m_queue.append(entry);
    }
    // Which stored messages' 250 their clients surely read (the others are
    // not stored twice if sent again).
    QStringList names;
    for (const QByteArray &user : m_store->users()) {
        for (const MailStore::Message &message : m_store->mailbox(user))
            names.append(message.path.section(QLatin1Char('/'), -1));
    }
    for (const QueueEntry &entry : std::as_const(m_queue))
        names.append(entry.file);
    if (!m_receipts.open(directory, names, problems, error))
        return false;
    m_store->setRemovalHook([this](const QString &path) { m_receipts.forgetting(path); });
    m_committer = committer;
    if (!m_queue.isEmpty()) {
        Q_EMIT queueChanged();
        QTimer::singleShot(0, this, &MailServer::processQueue);
    }
    return true;
}

QByteArray MailServer::serializeQueueEntry(const QueueEntry &entry)
{
    // A header of our own, in the style of RFC 5322 fields, then the message.
    QByteArray out = "Carteiro-Queue: 1\r\n";
    out += "Id: " + entry.id.toUtf8() + "\r\n";
    out += "Sender: <" + entry.sender + ">\r\n";
    out += "Domain: " + entry.domain.toUtf8() + "\r\n";
    for (const QByteArray &r : entry.recipients)
        out += "Recipient: <" + r + ">\r\n";
    out += "Attempts: " + QByteArray::number(entry.attempts) + "\r\n";
    QByteArray error = entry.lastError.toUtf8();
    error.replace('\r', ' ').replace('\n', ' ');
    if (!error.isEmpty())
        out += "Last-Error: " + error + "\r\n";
    out += "\r\n";
    out += entry.content;
    return out;
}

bool MailServer::parseQueueEntry(const QByteArray &bytes, QueueEntry *entry, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!bytes.startsWith("Carteiro-Queue: 1\r\n"))
        return fail(tr("it does not start with \"Carteiro-Queue: 1\""));
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return fail(tr("no empty line ends its envelope"));
    QueueEntry out;
    const QList<QByteArray> fields = bytes.left(end).split('\n');
    const auto address = [](const QByteArray &value) {
        return value.startsWith('<') && value.endsWith('>') ? value.mid(1, value.size() - 2) : value;
    };
    for (QByteArray field : fields.mid(1)) {
        field = field.trimmed();
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0)
            return fail(tr("a line without a field name: \"%1\"").arg(QString::fromUtf8(field.left(80))));
        const QByteArray name = field.left(colon).toLower();
        const QByteArray value = field.mid(colon + 1).trimmed();
        if (name == "id")
            out.id = QString::fromUtf8(value);
        else if (name == "sender")
            out.sender = address(value);
        else if (name == "domain")
            out.domain = QString::fromUtf8(value).toLower();
        else if (name == "recipient")
            out.recipients.append(address(value));
        else if (name == "attempts")
            out.attempts = qMax(0, value.toInt());
        else if (name == "last-error")
            out.lastError = QString::fromUtf8(value);
    }
    if (out.id.isEmpty() || out.domain.isEmpty() || out.recipients.isEmpty())
        return fail(tr("its Id, Domain or Recipient is missing"));
    out.content = bytes.mid(end + 4);
    *entry = out;
    return true;
}

bool MailServer::greetsWithEhlo() const
{
    return m_settings.value(QStringLiteral("greet"), QStringLiteral("ehlo")).toLower() != QLatin1String("helo");
}

static bool settingOn(const QMap<QString, QString> &settings, const QString &key, bool fallback)
{
    const QString value = settings.value(key).toLower();
    if (value.isEmpty())
        return fallback;
    return value == QLatin1String("on") || value == QLatin1String("yes") || value == QLatin1String("true");
}

SmtpServerConfig MailServer::smtpConfig(bool submission) const
{
    SmtpServerConfig config;
    config.domain = m_domain.toUtf8();
    config.greetingText = m_settings.value(QStringLiteral("greeting")).toUtf8();
    config.submission = submission;
    if (m_settings.contains(QStringLiteral("max-size")))
        config.maximumMessageSize = m_settings.value(QStringLiteral("max-size")).toLongLong();
    if (m_settings.contains(QStringLiteral("max-recipients")))
        config.maximumRecipients = m_settings.value(QStringLiteral("max-recipients")).toInt();
    config.pipelining = settingOn(m_settings, QStringLiteral("pipelining"), true);
    config.eightBitMime = settingOn(m_settings, QStringLiteral("8bitmime"), true);
    config.smtpUtf8 = settingOn(m_settings, QStringLiteral("smtputf8"), true);
    return config;
}

Pop3ServerConfig MailServer::pop3Config() const
{
    Pop3ServerConfig config;
    config.domain = m_domain.toUtf8();
    config.fault = [this](const QByteArray &command, const QByteArray &user) {
        const Fault *fault = findFault(QString::fromLatin1(command), {user});
        if (!fault)
            return QByteArray();
        m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                      tr("fault: %1 answers %2 with \"%3\"")
                          .arg(m_domain, QString::fromLatin1(command), fault->reply));
        return fault->reply.toUtf8();
    };
    return config;
}

void MailServer::restoreState(const QList<QueueEntry> &queue, int nextQueueNumber, int deliveredCount)
{
    m_queue = queue;
    for (QueueEntry &e : m_queue)
        e.sending = false;
    m_nextQueueId = nextQueueNumber;
    m_delivered = deliveredCount;
    scheduleNext();
    Q_EMIT queueChanged();
}

void MailServer::addFault(const Fault &fault)
{
    m_faults.removeIf([&](const Fault &f) {
        return f.command == fault.command && f.target.compare(fault.target, Qt::CaseInsensitive) == 0;
    });
    m_faults.append(fault);
}

const MailServer::Fault *MailServer::findFault(const QString &command,
                                               const QList<QByteArray> &addresses) const
{
    // "fran" names the local part of any address, and "fran@servidor.edu"
    // the POP3 user "fran" of this server.
    const auto matches = [this](const QString &target, const QByteArray &address) {
        const QString text = QString::fromUtf8(address);
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        const QString local = at < 0 ? text : text.left(at);
        if (target.contains(QLatin1Char('@'))) {
            const QString full = at < 0 ? text + QLatin1Char('@') + m_domain : text;
            return target.compare(full, Qt::CaseInsensitive) == 0;
        }
        return target.compare(local, Qt::CaseInsensitive) == 0;
    };
    // The most recent fault that applies; one for a target before one for any.
    const Fault *any = nullptr;
    for (auto it = m_faults.crbegin(); it != m_faults.crend(); ++it) {
        if (it->command.compare(command, Qt::CaseInsensitive) != 0)
            continue;
        if (it->target.isEmpty()) {
            if (!any)
                any = &*it;
            continue;
        }
        for (const QByteArray &address : addresses) {
            if (matches(it->target, address))
                return &*it;
        }
    }
    return any;
}

void MailServer::removeFault(const QString &command, const QString &target)
{
    m_faults.removeIf([&](const Fault &f) {
        return f.command == command && f.target.compare(target, Qt::CaseInsensitive) == 0;
    });
}

bool MailServer::cutDuringData(const SmtpEnvelope &envelope)
{
    const Fault *fault = findFault(QStringLiteral("DATA"), envelope.recipients);
    if (!fault || !fault->cut)
        return false;
    m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                  tr("fault: %1 cuts the connection in the middle of the message").arg(m_domain));
    return true;
}

SmtpReply MailServer::faultReply(const Fault &fault)
{
    if (fault.cut) {
        m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                      tr("fault: %1 cuts the connection at %2").arg(m_domain, fault.command));
        return SmtpReply(0, QByteArray(), QByteArray());
    }
    m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                  tr("fault: %1 answers %2 with \"%3\"").arg(m_domain, fault.command, fault.reply));
    // "452 4.2.2 Mailbox full": the code, an enhanced code if one follows (RFC 3463), the text.
    const QByteArray reply = fault.reply.toUtf8();
    const int code = reply.left(3).toInt();
    QByteArray rest = reply.mid(4).trimmed();
    QByteArray enhanced;
    static const QRegularExpression enhancedCode(QStringLiteral("^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    const qsizetype space = rest.indexOf(' ');
    const QByteArray first = space < 0 ? rest : rest.left(space);
    if (enhancedCode.match(QString::fromLatin1(first)).hasMatch()) {
        enhanced = first;
        rest = space < 0 ? QByteArray() : rest.mid(space + 1).trimmed();
    }
    return SmtpReply(code, enhanced, rest);
}

bool MailServer::hasReadyWork() const
{
    const qint64 now = m_world->transcript()->elapsedMs();
    for (const QueueEntry &e : m_queue) {
        if (e.sending || e.nextAttemptMs <= now)
            return true;
    }
    return false;
}

bool MailServer::isLocal(const QByteArray &address) const
{
    const qsizetype at = address.lastIndexOf('@');
    return at > 0 && address.mid(at + 1).toLower() == m_domain.toUtf8();
}

QByteArray MailServer::localUser(const QByteArray &address) const
{
    const qsizetype at = address.lastIndexOf('@');
    QByteArray local = at > 0 ? address.left(at) : address;
    // RFC 5321 §4.5.1: postmaster must be accepted; here it reaches the first user.
    if (local.compare("postmaster", Qt::CaseInsensitive) == 0 && !m_store->hasUser(local)
        && !m_store->users().isEmpty())
        local = m_store->users().first();
    return local;
}

bool MailServer::authenticate(const QByteArray &user, const QByteArray &password)
{
    // "ana" and "ana@cliente.fr" both name Ana's account.
    QByteArray local = user;
    if (user.contains('@')) {
        if (!isLocal(user))
            return false;
        local = user.left(user.lastIndexOf('@'));
    }
    return m_store->checkPassword(local, password);
}

SmtpReply MailServer::checkSender(const SmtpEnvelope &, const QByteArray &sender)
{
    if (const Fault *fault = findFault(QStringLiteral("MAIL"), {sender}))
        return faultReply(*fault);
    // The course's wording (sendmail's): "ana@cliente.fr... Sender ok".
    return SmtpReply(250, "2.1.0", (sender.isEmpty() ? QByteArray("<>") : sender) + "... Sender ok");
}

SmtpReply MailServer::checkRecipient(const SmtpEnvelope &envelope, const QByteArray &recipient)
{
    if (const Fault *fault = findFault(QStringLiteral("RCPT"), {recipient}))
        return faultReply(*fault);
    if (isLocal(recipient) || recipient.compare("postmaster", Qt::CaseInsensitive) == 0) {
        if (!m_store->hasUser(localUser(recipient)))
            return SmtpReply(550, "5.1.1", recipient + "... User unknown");
        return SmtpReply(250, "2.1.5", recipient + " ... Recipient ok");
    }
    // Relaying: only for our own users who proved who they are (RFC 5321 §3.6.1).
    if (!envelope.authenticatedUser.isEmpty())
        return SmtpReply(250, "2.1.5", recipient + " ... Recipient ok (will relay)");
    return SmtpReply(554, "5.7.1", recipient + "... Relaying denied");
}

QByteArray MailServer::receivedHeader(const SmtpEnvelope &envelope, const QString &queueId,
                                      const QByteArray &forRecipient) const
{
    // RFC 5321 §4.4 trace; "with" keywords from RFC 3848.
    QByteArray peerIp = envelope.peerAddress;
    const qsizetype colon = peerIp.lastIndexOf(':');
    if (colon > 0)
        peerIp.truncate(colon);
    QByteArray with = envelope.extended ? "ESMTP" : "SMTP";
    if (!envelope.authenticatedUser.isEmpty())
        with += 'A';
    QByteArray out = "Received: from " + envelope.heloName + " ([" + peerIp + "])\r\n"
        + "\tby " + m_domain.toUtf8() + " (Carteiro) with " + with + " id " + queueId.toUtf8() + "\r\n";
    if (!forRecipient.isEmpty())
        out += "\tfor <" + forRecipient + ">;\r\n";
    out += "\t" + MailMessage::currentRfc5322Date() + "\r\n";
    return out;
}

SmtpReply MailServer::acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content)
{
    // Refused at the end of DATA: nothing is stored (RFC 5321 §4.1.1.4).
    if (const Fault *fault = findFault(QStringLiteral("DATA"), envelope.recipients))
        return faultReply(*fault);
    // On disk, a message stored before whose 250 its client may never have
    // read (a kill, a cut) is not stored twice when it comes again.
    const QByteArray key = isPersistent()
        ? ReceiptJournal::keyFor(envelope.mailFrom, envelope.recipients, content) : QByteArray();
    QByteArray again;
    if (isPersistent() && m_receipts.takeCandidate(key, &again)) {
        m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                      tr("%1 already holds this message: it was stored before, but its 250 may "
                         "never have reached the client. Accepted again, not stored twice "
                         "(RFC 5321 section 6.1)").arg(m_domain));
        return acceptedReply(again);
    }
    const QString id = QStringLiteral("Q%1").arg(m_nextQueueId++);
    const QByteArray forRecipient = envelope.recipients.size() == 1 ? envelope.recipients.first() : QByteArray();
    const QByteArray received = receivedHeader(envelope, id, forRecipient);
    QByteArray stamped;
    stamped.reserve(received.size() + content.size());
    stamped += received;
    stamped += content;
    QList<QByteArray> local;
    QList<QByteArray> remote;
    for (const QByteArray &recipient : envelope.recipients) {
        if (isLocal(recipient) || recipient.compare("postmaster", Qt::CaseInsensitive) == 0)
            local.append(recipient);
        else
            remote.append(recipient);
    }
    if (!isPersistent()) {
        for (const QByteArray &recipient : std::as_const(local))
            deliverLocally(envelope.mailFrom, recipient, stamped);
        if (!remote.isEmpty())
            enqueue(envelope.mailFrom, remote, stamped, id);
        return acceptedReply();
    }
    // On disk: every copy (one per local mailbox, one per queue entry) is
    // committed as one group, all or none. The 250 returned here leaves only
    // once that group is durable: the Connection holds it (DiskCommitter).
    struct Copy {
        QByteArray recipient;
        QByteArray content;
        QString path;
    };
    QList<Copy> copies;
    QList<Maildir::Staged> files;
    for (const QByteArray &recipient : std::as_const(local)) {
        QByteArray stored = "Return-Path: <" + envelope.mailFrom + ">\r\n";
        stored += stamped;
        files.append(m_store->plan(localUser(recipient), stored, key));
        copies.append({recipient, stored, files.last().finalPath});
    }
    QList<QueueEntry> entries;
    if (!remote.isEmpty()) {
        entries = queueEntries(envelope.mailFrom, remote, stamped, id);
        for (QueueEntry &entry : entries) {
            entry.file = Maildir::uniqueName(key);
            files.append(m_queueDir.planReplacement(entry.file, serializeQueueEntry(entry)));
        }
    }
    const QByteArray receipt = m_receipts.begin(key);
    m_committer->commit(files, [this, copies, entries, receipt](bool ok, const QString &why) {
        m_receipts.committed(receipt, ok);
        if (!ok) {
            // No 250 is said (the Connection closes): the client keeps the message.
            m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                          tr("%1 cannot store the message: %2").arg(m_domain, why));
            return;
        }
        for (const Copy &copy : copies) {
            m_store->addStored(localUser(copy.recipient), copy.content, copy.path);
            noteDelivery(copy.recipient, true, QString());
        }
        if (!entries.isEmpty())
            addToQueue(entries);
        killIfAskedAfterStoring();
    });
    return acceptedReply(receipt);
}

void MailServer::killIfAskedAfterStoring()
{
    // A test hook (tests/interop/test_persistence.py): CARTEIRO_TEST_KILL_AFTER_STORE=
    // "HOST:N" kills the process with SIGKILL once HOST has stored its Nth
    // message over SMTP, after the files are durable and before the 250 is
    // written: the worst moment for a kill, made certain instead of likely.
    static const QByteArray asked = qgetenv("CARTEIRO_TEST_KILL_AFTER_STORE");
    if (asked.isEmpty())
        return;
    const qsizetype colon = asked.lastIndexOf(':');
    if (colon <= 0 || QString::fromUtf8(asked.left(colon)).compare(m_domain, Qt::CaseInsensitive) != 0)
        return;
    if (++m_storedOverSmtp == asked.mid(colon + 1).toInt()) {
        std::fflush(nullptr);
        ::raise(SIGKILL);
    }
}

void MailServer::messageConfirmed(const QByteArray &receipt)
{
    m_receipts.confirmed(receipt);
}

void MailServer::messageUnconfirmed(const QByteArray &receipt)
{
    m_receipts.unconfirmed(receipt);
}

void MailServer::noteDelivery(const QByteArray &recipient, bool stored, const QString &error)
{
    if (!stored) {
        m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                      tr("%1 cannot store the message: %2").arg(m_domain, error));
        return;
    }
    ++m_delivered;
    m_world->note(TranscriptEvent::Kind::Delivery, m_domain, QString(),
                  tr("stored in the mailbox of %1 (%n message(s))", "", m_store->count(localUser(recipient)))
                      .arg(QString::fromUtf8(recipient)));
}

void MailServer::deliverLocally(const QByteArray &sender, const QByteArray &recipient, const QByteArray &content)
{
    // Final delivery records the envelope sender (RFC 5321 §4.4).
    const QByteArray returnPath = "Return-Path: <" + sender + ">\r\n";
    QByteArray stored;
    stored.reserve(returnPath.size() + content.size());
    stored += returnPath;
    stored += content;
    if (isPersistent()) {
        m_store->deliverDurably(localUser(recipient), stored,
            [this, recipient](bool ok, const QString &why) { noteDelivery(recipient, ok, why); });
        return;
    }
    m_store->deliver(localUser(recipient), stored);
    noteDelivery(recipient, true, QString());
}

QList<MailServer::QueueEntry> MailServer::queueEntries(const QByteArray &sender, const QList<QByteArray> &recipients,
                                                       const QByteArray &content, const QString &messageId)
{
    // One queue entry per destination domain: each goes to its own MX.
    QMap<QString, QList<QByteArray>> byDomain;
    for (const QByteArray &r : recipients)
        byDomain[QString::fromUtf8(r.mid(r.lastIndexOf('@') + 1)).toLower()].append(r);
    QList<QueueEntry> entries;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        QueueEntry entry;
        // The id in the Received: line, with a suffix per extra domain.
        entry.id = messageId.isEmpty() ? QStringLiteral("Q%1").arg(m_nextQueueId++)
                   : it == byDomain.cbegin() ? messageId
                                             : QStringLiteral("%1.%2").arg(messageId).arg(std::distance(byDomain.cbegin(), it));
        entry.sender = sender;
        entry.domain = it.key();
        entry.recipients = it.value();
        entry.content = content;
        entries.append(entry);
    }
    return entries;
}

void MailServer::addToQueue(const QList<QueueEntry> &entries)
{
    for (QueueEntry entry : entries) {
        entry.nextAttemptMs = m_world->transcript()->elapsedMs();
        m_queue.append(entry);
        QStringList names;
        for (const QByteArray &r : entry.recipients)
            names.append(QString::fromUtf8(r));
        m_world->note(TranscriptEvent::Kind::Queue, m_domain, QString(),
                      tr("%1 queued for %2 (%3 in the queue)")
                          .arg(entry.id, names.join(QStringLiteral(", ")))
                          .arg(m_queue.size()));
    }
    Q_EMIT queueChanged();
    // Let the submission session finish its reply before relaying starts.
    QTimer::singleShot(0, this, &MailServer::processQueue);
}

void MailServer::enqueue(const QByteArray &sender, const QList<QByteArray> &recipients, const QByteArray &content,
                         const QString &messageId)
{
    QList<QueueEntry> entries = queueEntries(sender, recipients, content, messageId);
    if (!isPersistent()) {
        addToQueue(entries);
        return;
    }
    // In the queue once its files are durable (a bounce: before the entry it
    // reports on is removed, since the committer keeps the order).
    QList<Maildir::Staged> files;
    for (QueueEntry &entry : entries) {
        entry.file = Maildir::uniqueName();
        files.append(m_queueDir.planReplacement(entry.file, serializeQueueEntry(entry)));
    }
    m_committer->commit(files, [this, entries](bool ok, const QString &why) {
        if (ok) {
            addToQueue(entries);
            return;
        }
        m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                      tr("%1 cannot store the message: %2").arg(m_domain, why));
    });
}

void MailServer::storeQueueEntry(QueueEntry *entry)
{
    if (!isPersistent())
        return;
    if (entry->file.isEmpty())
        entry->file = Maildir::uniqueName();
    m_committer->commit(m_queueDir.planReplacement(entry->file, serializeQueueEntry(*entry)),
                        [this](bool ok, const QString &why) {
                            if (!ok)
                                m_world->note(TranscriptEvent::Kind::Note, m_domain, QString(),
                                              tr("%1 cannot store the message: %2").arg(m_domain, why));
                        });
}

void MailServer::forgetQueueFile(const QueueEntry &entry)
{
    if (isPersistent() && !entry.file.isEmpty()) {
        m_receipts.forgetting(entry.file);
        m_committer->remove({m_queueDir.path() + QStringLiteral("/new/") + entry.file});
    }
}

void MailServer::removeQueueFileNow(QueueEntry *entry)
{
    m_receipts.forgetting(entry->file);
    m_committer->removeNow(m_queueDir.path() + QStringLiteral("/new/") + entry->file);
    entry->file.clear();
}

void MailServer::removeFromQueue(const QString &id)
{
    // The file goes after everything staged before (a bounce for it included).
    for (const QueueEntry &e : std::as_const(m_queue)) {
        if (e.id == id)
            forgetQueueFile(e);
    }
    m_queue.removeIf([&](const QueueEntry &q) { return q.id == id; });
}

MailServer::QueueEntry *MailServer::entry(const QString &id)
{
    for (QueueEntry &e : m_queue) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void MailServer::processQueue()
{
    const qint64 now = m_world->transcript()->elapsedMs();
    QStringList due;
    for (const QueueEntry &e : std::as_const(m_queue)) {
        if (!e.sending && e.nextAttemptMs <= now)
            due.append(e.id);
    }
    for (const QString &id : due)
        attempt(id);
    scheduleNext();
}

void MailServer::scheduleNext()
{
    qint64 soonest = -1;
    for (const QueueEntry &e : std::as_const(m_queue)) {
        if (!e.sending && (soonest < 0 || e.nextAttemptMs < soonest))
            soonest = e.nextAttemptMs;
    }
    if (soonest < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, soonest - m_world->transcript()->elapsedMs())));
}

void MailServer::attempt(const QString &id)
{
    QueueEntry *e = entry(id);
    if (!e)
        return;
    const QList<Dns::MxRecord> mx = m_world->dns().lookupMx(e->domain);
    QString host;
    if (mx.isEmpty()) {
        // RFC 5321 §5.1: no MX, try the domain itself as the mail host.
        host = e->domain;
        m_world->note(TranscriptEvent::Kind::DnsLookup, m_domain, QStringLiteral("DNS"),
                      tr("MX %1? no MX record; trying %1 itself").arg(e->domain), Protocol::Dns);
    } else {
        host = mx.first().host;
        m_world->note(TranscriptEvent::Kind::DnsLookup, m_domain, QStringLiteral("DNS"),
                      QStringLiteral("MX %1? %2 %3 (%4)")
                          .arg(e->domain)
                          .arg(mx.first().preference)
                          .arg(host, m_world->addressOf(host).toString()),
                      Protocol::Dns);
    }
    e->sending = true;
    ++e->attempts;
    SmtpClientJob job;
    job.heloName = m_domain.toUtf8();
    job.useEhlo = greetsWithEhlo();
    job.mailFrom = e->sender;
    job.recipients = e->recipients;
    // The course's transcript shows the body lines alone: a Received: line for
    // this hop was added on acceptance, the rest is the sender's message.
    job.content = e->content;
    job.eightBit = !MailMessage::isSevenBit(e->content);
    // RFC 6152 §3: a relay that cannot pass 8-bit data on converts the
    // message to 7-bit MIME (quoted-printable text) and says so.
    job.sevenBitFallback = [this, host](const QByteArray &message) {
        bool changed = false;
        const QByteArray sevenBit = MimeComposer::downgradeToSevenBit(message, &changed);
        if (changed) {
            m_world->note(TranscriptEvent::Kind::Note, m_domain, host,
                          tr("%1 does not offer 8BITMIME: the message was re-encoded to 7-bit "
                             "(quoted-printable)").arg(host));
        }
        return sevenBit;
    };
    if (isPersistent()) {
        // The entry's file goes as soon as the next hop has said 250 to the
        // end of DATA for every recipient, before QUIT is written: a kill
        // after that cannot make the queue send it a second time (RFC 5321
        // §6.1's duplicates), and the next hop, which takes our QUIT as proof
        // that its 250 was read (ReceiptJournal), is right to.
        job.accepted = [this, id](const SmtpClientResult &result) {
            QueueEntry *e = entry(id);
            if (e && !e->file.isEmpty() && result.rejectedRecipients.isEmpty())
                removeQueueFileNow(e);
        };
    }
    m_world->connectTo(m_domain, host, QStringLiteral("smtp"), std::make_unique<SmtpClientSession>(job),
                       [this, id](Connection *c) {
                           auto *session = static_cast<SmtpClientSession *>(c->engine());
                           finishAttempt(id, session->result());
                       });
    Q_EMIT queueChanged();
}

void MailServer::finishAttempt(const QString &id, const SmtpClientResult &result)
{
    QueueEntry *e = entry(id);
    if (!e)
        return;
    e->sending = false;
    using Outcome = SmtpClientResult::Outcome;
    // Recipients refused for good bounce now, whatever happened to the others;
    // those refused for now (4xx at RCPT) stay in the queue for the next try.
    QList<QByteArray> refused;
    QList<QByteArray> later;
    QStringList reasons;
    QString laterReason;
    for (const auto &rejection : result.rejectedRecipients) {
        const QString why = QStringLiteral("%1 %2").arg(rejection.second.code)
                                .arg(QString::fromUtf8(rejection.second.text()));
        if (rejection.second.isPermanent()) {
            refused.append(rejection.first);
            reasons.append(QStringLiteral("%1: %2").arg(QString::fromUtf8(rejection.first), why));
        } else {
            later.append(rejection.first);
            laterReason = why;
        }
    }
    if (result.outcome == Outcome::PermanentFailure) {
        // "553 5.6.7 …": the enhanced code says what kind of failure (RFC 3463).
        const QByteArray enhanced = result.lastReply.enhanced.isEmpty()
            ? QByteArray() : result.lastReply.enhanced + ' ';
        const QString reason = QStringLiteral("%1 %2%3 (after %4)")
                                   .arg(result.lastReply.code)
                                   .arg(QString::fromUtf8(enhanced),
                                        QString::fromUtf8(result.lastReply.text()),
                                        QString::fromUtf8(result.failedCommand));
        const QueueEntry done = *e;
        m_world->note(TranscriptEvent::Kind::Queue, m_domain, QString(),
                      tr("%1 refused for good: %2; bouncing to the sender").arg(id, reason));
        // The bounce is stored before the entry's file goes (the committer keeps the order).
        bounce(done, done.recipients, reasons.isEmpty() ? reason : reasons.join(QLatin1Char('\n')));
        removeFromQueue(id);
        Q_EMIT queueChanged();
        scheduleNext();
        return;
    }
    if (!refused.isEmpty()) {
        const QueueEntry copy = *e; // bounce() may add to the queue and move its entries
        bounce(copy, refused, reasons.join(QLatin1Char('\n')));
        e = entry(id);
    }
    QString reason;
    if (result.outcome == Outcome::Delivered) {
        e->recipients = later;
        reason = laterReason;
        if (later.isEmpty()) {
            m_world->note(TranscriptEvent::Kind::Queue, m_domain, QString(),
                          tr("%1 delivered to %2; removed from the queue").arg(id, e->domain));
            // On disk its file went already, as the next hop's 250 was read
            // (SmtpClientJob::accepted, set in attempt()).
            removeFromQueue(id);
        }
    } else {
        e->recipients.removeIf([&](const QByteArray &r) { return refused.contains(r); });
        reason = result.lastReply.code
            ? QStringLiteral("%1 %2").arg(result.lastReply.code).arg(QString::fromUtf8(result.lastReply.text()))
            : tr("no connection");
    }
    e = entry(id);
    if (e && !e->recipients.isEmpty()) {
        e->lastError = reason;
        if (e->attempts >= m_world->options().maximumAttempts) {
            const QueueEntry done = *e;
            m_world->note(TranscriptEvent::Kind::Queue, m_domain, QString(),
                          tr("%1 deferred %2 times (%3); giving up and bouncing")
                              .arg(id).arg(done.attempts).arg(reason));
            bounce(done, done.recipients, reason);
            removeFromQueue(id);
        } else {
            // Back-off: the wait doubles with each attempt (RFC 5321 §4.5.4.1).
            const qint64 wait = qint64(m_world->options().retryBaseMs) << (e->attempts - 1);
            e->nextAttemptMs = m_world->transcript()->elapsedMs() + wait;
            // The attempts and the recipients left survive a restart.
            storeQueueEntry(e);
            m_world->note(TranscriptEvent::Kind::Queue, m_domain, QString(),
                          tr("%1 deferred (%2); attempt %3 of %4 in %5 s")
                              .arg(id, reason)
                              .arg(e->attempts + 1)
                              .arg(m_world->options().maximumAttempts)
                              .arg(double(wait) / 1000.0));
        }
    } else if (e) {
        removeFromQueue(id);
    }
    Q_EMIT queueChanged();
    scheduleNext();
}

void MailServer::bounce(const QueueEntry &entry, const QList<QByteArray> &recipients, const QString &reason)
{
    // Never bounce a bounce (RFC 5321 §4.5.5): its reverse-path is empty.
    if (entry.sender.isEmpty()) {
        m_world->note(TranscriptEvent::Kind::Queue, m_domain, QString(),
                      tr("%1: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says")
                          .arg(entry.id));
        return;
    }
    QStringList names;
    for (const QByteArray &r : recipients)
        names.append(QString::fromUtf8(r));
    MimeDraft draft;
    draft.fromName = QStringLiteral("Mail Delivery System");
    draft.from = "MAILER-DAEMON@" + m_domain.toUtf8();
    draft.to = {entry.sender};
    draft.subject = QStringLiteral("Undelivered Mail Returned to Sender");
    draft.messageIdDomain = m_domain.toUtf8();
    draft.text = QStringLiteral("This is the mail system at %1.\n\n"
                                "Your message could not be delivered to:\n  %2\n\nReason:\n  %3\n\n"
                                "--- The header of your message follows ---\n\n%4")
                     .arg(m_domain, names.join(QStringLiteral("\n  ")), reason,
                          QString::fromUtf8(entry.content.left(entry.content.indexOf("\r\n\r\n"))));
    const QByteArray message = MimeComposer::compose(draft, MimeComposer::Encoding::EightBit);
    m_world->note(TranscriptEvent::Kind::Delivery, m_domain, QString(),
                  tr("bounce to %1 for %2").arg(QString::fromUtf8(entry.sender), names.join(QStringLiteral(", "))));
    if (isLocal(entry.sender)) {
        if (m_store->hasUser(localUser(entry.sender)))
            deliverLocally(QByteArray(), entry.sender, message);
        return;
    }
    enqueue(QByteArray(), {entry.sender}, message, QString());
}
