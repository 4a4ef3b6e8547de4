// SPDX-License-Identifier: GPL-3.0-or-later
// outgoingqueue.cpp — the outgoing queue's job: keep each entry for another
// domain until its next hop took it or its sender was told.
//
// add() notes an entry and asks for a pass once the current event is done;
// a pass (process()) attempts every due entry and sets the alarm for the
// next one. An attempt looks the MX up, opens a connection through the
// HostContext with an SmtpClientSession and, when it ends, finishAttempt()
// reads the engine's result: delivered, deferred with a doubled wait, or
// bounced. Queue files go through the DiskCommitter, which keeps the order in
// which they were given (a bounce is durable before the entry it reports on
// is removed). Its texts keep MailServer's translation context, where they
// were written first.
#include "outgoingqueue.h"

#include "mail/mailmessage.h"
#include "message/mimecomposer.h"
#include "storage/diskcommitter.h"
#include "storage/receiptjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QRegularExpression>

#include <charconv>
#include <iterator>

OutgoingQueue::OutgoingQueue(HostContext *context, const QString &domain, Greeting greeting,
                             const QueuePolicy &policy, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_domain(domain)
    , m_greeting(greeting)
    , m_policy(policy)
    , m_alarm(context->alarm([this] { process(); }))
{
}

OutgoingQueue::~OutgoingQueue() = default;

bool OutgoingQueue::openDirectory(const QString &directory, QStringList *problems, QString *error)
{
    m_directory = Maildir(directory);
    if (!m_directory.create(error))
        return false;
    m_directory.cleanTemporary(problems);
    const qint64 now = m_context->nowMs();
    static const QRegularExpression numbered(QStringLiteral("^Q(\\d+)"));
    for (const Maildir::Entry &file : m_directory.load(problems)) {
        Entry entry;
        QString why;
        if (!parse(file.content, &entry, &why)) {
            if (problems)
                problems->append(
                    QCoreApplication::translate("MailServer", "%1 is not a queue entry (%2); skipped")
                        .arg(file.path, why));
            continue;
        }
        entry.file = file.path.section(QLatin1Char('/'), -1);
        entry.nextAttemptMs = now; // tried again at once after a restart
        const QRegularExpressionMatch m = numbered.match(entry.id);
        if (m.hasMatch())
            m_nextNumber = qMax(m_nextNumber, m.captured(1).toInt() + 1);
        m_entries.append(entry);
    }
    return true;
}

QStringList OutgoingQueue::fileNames() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names.append(entry.file);
    return names;
}

void OutgoingQueue::attachCommitter(DiskCommitter *committer, ReceiptJournal *receipts)
{
    m_committer = committer;
    m_receipts = receipts;
    if (!m_entries.isEmpty()) {
        Q_EMIT changed();
        m_context->soon([self = QPointer<OutgoingQueue>(this)] {
            if (self)
                self->process();
        });
    }
}

QByteArray OutgoingQueue::serialize(const Entry &entry)
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

bool OutgoingQueue::parse(const QByteArray &bytes, Entry *entry, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!bytes.startsWith("Carteiro-Queue: 1\r\n"))
        return fail(
            QCoreApplication::translate("MailServer", "it does not start with \"Carteiro-Queue: 1\""));
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return fail(QCoreApplication::translate("MailServer", "no empty line ends its envelope"));
    Entry out;
    const QList<QByteArray> fields = bytes.left(end).split('\n');
    const auto address = [](const QByteArray &value) {
        return value.startsWith('<') && value.endsWith('>') ? value.mid(1, value.size() - 2) : value;
    };
    for (QByteArray field : fields.mid(1)) {
        field = field.trimmed();
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0)
            return fail(QCoreApplication::translate("MailServer", "a line without a field name: \"%1\"")
                            .arg(QString::fromUtf8(field.left(80))));
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
        return fail(QCoreApplication::translate("MailServer", "its Id, Domain or Recipient is missing"));
    out.content = bytes.mid(end + 4);
    *entry = out;
    return true;
}

QString OutgoingQueue::takeId()
{
    // "Q" and the number, made in one allocation (one a message).
    char id[24] = {'Q'};
    const char *end = std::to_chars(id + 1, id + sizeof id, m_nextNumber++).ptr;
    return QString::fromLatin1(id, end - id);
}

QList<OutgoingQueue::Entry> OutgoingQueue::entriesFor(const QByteArray &sender,
                                                      const QList<QByteArray> &recipients,
                                                      const QByteArray &content, const QString &messageId,
                                                      bool unpaced)
{
    // One queue entry per destination domain: each goes to its own MX.
    QMap<QString, QList<QByteArray>> byDomain;
    for (const QByteArray &r : recipients)
        byDomain[QString::fromUtf8(r.mid(r.lastIndexOf('@') + 1)).toLower()].append(r);
    QList<Entry> entries;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        Entry entry;
        // The id in the Received: line, with a suffix per extra domain.
        entry.id = messageId.isEmpty() ? takeId()
            : it == byDomain.cbegin()
            ? messageId
            : QStringLiteral("%1.%2").arg(messageId).arg(std::distance(byDomain.cbegin(), it));
        entry.sender = sender;
        entry.domain = it.key();
        entry.recipients = it.value();
        entry.content = content;
        entry.unpaced = unpaced;
        entries.append(entry);
    }
    return entries;
}

Maildir::Staged OutgoingQueue::plan(Entry *entry, const QByteArray &key)
{
    entry->file = Maildir::uniqueName(key);
    return m_directory.planReplacement(entry->file, serialize(*entry));
}

void OutgoingQueue::add(const QList<Entry> &entries)
{
    for (Entry entry : entries) {
        entry.nextAttemptMs = m_context->nowMs();
        m_entries.append(entry);
        QStringList names;
        for (const QByteArray &r : entry.recipients)
            names.append(QString::fromUtf8(r));
        m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::Queued,
                        {entry.id, names.join(QStringLiteral(", ")), QString::number(m_entries.size())});
    }
    Q_EMIT changed();
    // Let the submission session finish its reply before relaying starts.
    m_context->soon([self = QPointer<OutgoingQueue>(this)] {
        if (self)
            self->process();
    });
}

void OutgoingQueue::enqueue(const QByteArray &sender, const QList<QByteArray> &recipients,
                            const QByteArray &content, const QString &messageId, bool unpaced)
{
    QList<Entry> entries = entriesFor(sender, recipients, content, messageId, unpaced);
    if (!isPersistent()) {
        add(entries);
        return;
    }
    // In the queue once its files are durable (a bounce: before the entry it
    // reports on is removed, since the committer keeps the order).
    QList<Maildir::Staged> files;
    for (Entry &entry : entries)
        files.append(plan(&entry, QByteArray()));
    m_committer->commit(files, [this, entries](bool ok, const QString &why) {
        if (ok) {
            add(entries);
            return;
        }
        noteCannotStore(why);
    });
}

void OutgoingQueue::noteCannotStore(const QString &why)
{
    m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::CannotStore, {m_domain, why});
}

void OutgoingQueue::store(Entry *entry)
{
    if (!isPersistent())
        return;
    if (entry->file.isEmpty())
        entry->file = Maildir::uniqueName();
    m_committer->commit(m_directory.planReplacement(entry->file, serialize(*entry)),
                        [this](bool ok, const QString &why) {
                            if (!ok)
                                noteCannotStore(why);
                        });
}

void OutgoingQueue::forgetFile(const Entry &entry)
{
    if (isPersistent() && !entry.file.isEmpty()) {
        m_receipts->forgetting(entry.file);
        m_committer->remove({m_directory.path() + QStringLiteral("/new/") + entry.file});
    }
}

void OutgoingQueue::removeFileNow(Entry *entry)
{
    m_receipts->forgetting(entry->file);
    m_committer->removeNow(m_directory.path() + QStringLiteral("/new/") + entry->file);
    entry->file.clear();
}

void OutgoingQueue::remove(const QString &id)
{
    // The file goes after everything staged before (a bounce for it included).
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.id == id)
            forgetFile(e);
    }
    m_entries.removeIf([&](const Entry &q) { return q.id == id; });
}

OutgoingQueue::Entry *OutgoingQueue::find(const QString &id)
{
    for (Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

bool OutgoingQueue::hasReadyWork() const
{
    const qint64 now = m_context->nowMs();
    // A held queue does nothing by itself, except finish what it was sending.
    // What a student's unpaced session caused keeps no story waiting.
    for (const Entry &e : m_entries) {
        if (!e.unpaced && (e.sending || (m_hold == Hold::Released && e.nextAttemptMs <= now)))
            return true;
    }
    return false;
}

void OutgoingQueue::restore(const QList<Entry> &entries, int nextNumber)
{
    m_entries = entries;
    for (Entry &e : m_entries)
        e.sending = false;
    m_nextNumber = nextNumber;
    scheduleNext();
    Q_EMIT changed();
}

void OutgoingQueue::setHold(Hold hold)
{
    if (m_hold == hold)
        return;
    m_hold = hold;
    if (hold == Hold::Released)
        process();
    else
        scheduleNext(); // only for what goes unpaced
}

void OutgoingQueue::process()
{
    // Held, only what a student's unpaced session caused goes (a relay of
    // their message while the teacher steps the story); setHold(Released)
    // processes the rest.
    const bool held = m_hold == Hold::Held;
    const qint64 now = m_context->nowMs();
    QStringList due;
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.sending && e.nextAttemptMs <= now && (!held || e.unpaced))
            due.append(e.id);
    }
    for (const QString &id : due)
        attempt(id);
    scheduleNext();
}

void OutgoingQueue::scheduleNext()
{
    qint64 soonest = -1;
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.sending && (m_hold == Hold::Released || e.unpaced)
            && (soonest < 0 || e.nextAttemptMs < soonest))
            soonest = e.nextAttemptMs;
    }
    if (soonest < 0) {
        m_alarm->stop();
        return;
    }
    m_alarm->start(int(qMax<qint64>(0, soonest - m_context->nowMs())));
}

void OutgoingQueue::attempt(const QString &id)
{
    Entry *e = find(id);
    if (!e)
        return;
    if (m_errorTransport) {
        // error(8): the next hop is the domain, and it is the reason given.
        m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::ErrorTransportBounces,
                        {id, m_domain, e->domain});
        refuseNow(id, e->domain, "5.0.0");
        return;
    }
    QString host;
    if (!m_relayHost.isEmpty()) {
        // relayhost: no MX lookup; the relay host decides what comes next.
        host = m_relayHost;
        m_context->note(TranscriptEvent::Kind::Queue, m_domain, host, NoteCode::ViaRelayHost, {id, host});
        return send(e, host);
    }
    const QList<Dns::MxRecord> mx = m_context->lookupMx(e->domain);
    if (mx.isEmpty() && m_context->addressOf(e->domain).isNull()) {
        // RFC 5321 §5.1: no MX and no address either: the domain is not
        // routeable, and no retry will change that (as Postfix's "Host or
        // domain name not found"): the sender hears it at once, 5.1.2.
        m_context->note(TranscriptEvent::Kind::DnsLookup, m_domain, QStringLiteral("DNS"),
                        NoteCode::Unrouteable, {e->domain}, Protocol::Dns);
        const Entry done = *e;
        // The note says it in the reader's language when shown; the report
        // mailed back keeps the English of MTAs.
        const QString reason =
            QStringLiteral("unrouteable address: no mail host for %1 (5.1.2)").arg(e->domain);
        m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::RefusedForGood,
                        {id, Notes::phrase(NoteCode::UnrouteableReason, {e->domain})});
        QList<MimeDeliveryStatus> statuses;
        for (const QByteArray &recipient : done.recipients) {
            MimeDeliveryStatus status;
            status.recipient = recipient;
            status.status = "5.1.2"; // RFC 3463: bad destination system address
            statuses.append(status);
        }
        bounce(done, statuses, reason);
        remove(id);
        Q_EMIT changed();
        scheduleNext();
        return;
    }
    if (mx.isEmpty()) {
        // RFC 5321 §5.1: no MX, try the domain itself as the mail host.
        host = e->domain;
        m_context->note(TranscriptEvent::Kind::DnsLookup, m_domain, QStringLiteral("DNS"),
                        NoteCode::NoMxRecord, {e->domain}, Protocol::Dns);
    } else {
        host = mx.first().host;
        m_context->note(
            TranscriptEvent::Kind::DnsLookup, m_domain, QStringLiteral("DNS"), NoteCode::MxAnswer,
            {e->domain, QString::number(mx.first().preference), host, m_context->addressOf(host).toString()},
            Protocol::Dns);
    }
    if (m_detectLoops && host.compare(m_domain, Qt::CaseInsensitive) == 0) {
        // Postfix's smtp client: the best MX is this very host, yet the
        // domain is not in mydestination (so it was taken for relaying).
        const QString reason = QStringLiteral("mail for %1 loops back to myself").arg(e->domain);
        m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::LoopsBackToMyself,
                        {id, e->domain});
        refuseNow(id, reason, "5.4.6");
        return;
    }
    send(e, host);
}

void OutgoingQueue::refuseNow(const QString &id, const QString &reason, const QByteArray &status)
{
    Entry *e = find(id);
    if (!e)
        return;
    const Entry done = *e;
    m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::RefusedForGood,
                    {id, reason});
    QList<MimeDeliveryStatus> statuses;
    for (const QByteArray &recipient : done.recipients) {
        MimeDeliveryStatus delivery;
        delivery.recipient = recipient;
        delivery.status = status; // RFC 3463
        statuses.append(delivery);
    }
    bounce(done, statuses, reason);
    remove(id);
    Q_EMIT changed();
    scheduleNext();
}

void OutgoingQueue::send(Entry *e, const QString &host)
{
    const QString id = e->id;
    e->sending = true;
    ++e->attempts;
    SmtpClientJob job;
    job.heloName = m_domain.toUtf8();
    job.useEhlo = m_greeting == Greeting::Ehlo;
    job.tls = m_tls;
    job.mailFrom = e->sender;
    job.recipients = e->recipients;
    // The course's transcript shows the body lines alone: a Received: line for
    // this hop was added on acceptance, the rest is the sender's message.
    job.content = e->content;
    job.eightBit = !MailMessage::isSevenBit(e->content);
    // RFC 6152 §3: a relay that cannot pass 8-bit data on converts the
    // message to 7-bit MIME (quoted-printable text) and says so.
    // After HELO there are no extensions at all: the note says that was the
    // reason, not that the next hop lacks 8BITMIME.
    job.sevenBitFallback = [this, host](const QByteArray &message, SmtpGreeting greeting) {
        bool changed = false;
        const QByteArray sevenBit = MimeComposer::downgradeToSevenBit(message, &changed);
        if (changed) {
            m_context->note(TranscriptEvent::Kind::Note, m_domain, host,
                            greeting == SmtpGreeting::Helo ? NoteCode::ReencodedAfterHelo
                                                           : NoteCode::ReencodedToSevenBit,
                            {host});
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
            Entry *e = find(id);
            if (e && !e->file.isEmpty() && result.rejectedRecipients.isEmpty())
                removeFileNow(e);
        };
    }
    HostContext::Finished finished = [this, id, host](ProtocolSession &engine) {
        finishAttempt(id, host, static_cast<SmtpClientSession &>(engine).result());
    };
    if (e->unpaced)
        m_context->connectUnpaced(m_domain, host, QStringLiteral("smtp"),
                                  std::make_unique<SmtpClientSession>(job), std::move(finished));
    else
        m_context->connect(m_domain, host, QStringLiteral("smtp"), std::make_unique<SmtpClientSession>(job),
                           std::move(finished));
    Q_EMIT changed();
}

void OutgoingQueue::finishAttempt(const QString &id, const QString &host, const SmtpClientResult &result)
{
    Entry *e = find(id);
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
    QHash<QByteArray, SmtpReply> replyTo; // each refused recipient's own reply
    for (const auto &rejection : result.rejectedRecipients) {
        const QString why = replyText(rejection.second);
        replyTo.insert(rejection.first, rejection.second);
        if (rejection.second.isPermanent()) {
            refused.append(rejection.first);
            reasons.append(QStringLiteral("%1: %2").arg(QString::fromUtf8(rejection.first), why));
        } else {
            later.append(rejection.first);
            laterReason = why;
        }
    }
    // What the report says of each recipient (RFC 3464 §2.3): its own reply
    // if it had one, else the reply that decided the attempt (code 0: none).
    const auto statuses = [&](const QList<QByteArray> &recipients) {
        QList<MimeDeliveryStatus> out;
        for (const QByteArray &recipient : recipients)
            out.append(deliveryStatus(recipient, host, replyTo.value(recipient, result.lastReply)));
        return out;
    };
    if (result.outcome == Outcome::PermanentFailure) {
        // "553 5.6.7 …": the enhanced code says what kind of failure (RFC 3463).
        const QString reason = QStringLiteral("%1 (after %2)")
                                   .arg(replyText(result.lastReply), QString::fromUtf8(result.failedCommand));
        const Entry done = *e;
        // On the transcript "(after …)" is in the reader's language; the
        // report mailed back keeps the English of MTAs.
        m_context->note(
            TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::RefusedForGood,
            {id,
             Notes::phrase(NoteCode::ReplyAfterCommand,
                           {replyText(result.lastReply), QString::fromUtf8(result.failedCommand)})});
        // The bounce is stored before the entry's file goes (the committer keeps the order).
        bounce(done, statuses(done.recipients), reasons.isEmpty() ? reason : reasons.join(QLatin1Char('\n')));
        remove(id);
        Q_EMIT changed();
        scheduleNext();
        return;
    }
    if (!refused.isEmpty()) {
        const Entry copy = *e; // bounce() may add to the queue and move its entries
        bounce(copy, statuses(refused), reasons.join(QLatin1Char('\n')));
        e = find(id);
    }
    QString reason;
    if (result.outcome == Outcome::Delivered) {
        e->recipients = later;
        reason = laterReason;
        if (later.isEmpty()) {
            m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::DeliveredAndRemoved,
                            {id, e->domain});
            // On disk its file went already, as the next hop's 250 was read
            // (SmtpClientJob::accepted, set in attempt()).
            remove(id);
        }
    } else {
        e->recipients.removeIf([&](const QByteArray &r) { return refused.contains(r); });
        reason = result.lastReply.code ? replyText(result.lastReply)
                                       : QCoreApplication::translate("MailServer", "no connection");
    }
    e = find(id);
    if (e && !e->recipients.isEmpty()) {
        e->lastError = reason;
        if (e->attempts >= m_policy.maximumAttempts) {
            const Entry done = *e;
            m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::DeferredGivingUp,
                            {id, QString::number(done.attempts), reason});
            // Those left were refused for now at RCPT (their own replies) or
            // never reached (the reply that ended the attempt, or none).
            bounce(done, statuses(done.recipients), reason);
            remove(id);
        } else {
            // Back-off: the wait doubles with each attempt (RFC 5321 §4.5.4.1).
            const qint64 wait = qint64(m_policy.retryBaseMs) << (e->attempts - 1);
            e->nextAttemptMs = m_context->nowMs() + wait;
            // The attempts and the recipients left survive a restart.
            store(e);
            m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::Deferred,
                            {id, reason, QString::number(e->attempts + 1),
                             QString::number(m_policy.maximumAttempts),
                             QString::number(double(wait) / 1000.0)});
        }
    } else if (e) {
        remove(id);
    }
    Q_EMIT changed();
    scheduleNext();
}

QString OutgoingQueue::replyText(const SmtpReply &reply)
{
    // "550 5.1.1 nadie@servidor.edu... User unknown": the enhanced code stays
    // (RFC 3463), since it says more than the three digits.
    QString text = QString::number(reply.code);
    if (!reply.enhanced.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(reply.enhanced);
    return text + QLatin1Char(' ') + QString::fromUtf8(reply.text());
}

MimeDeliveryStatus OutgoingQueue::deliveryStatus(const QByteArray &recipient, const QString &host,
                                                 const SmtpReply &reply)
{
    MimeDeliveryStatus status;
    status.recipient = recipient;
    if (reply.code == 0) {
        // No reply at all (no connection, a cut): RFC 3463 4.4.1, "no answer
        // from host", as Postfix reports a destination that never answered.
        status.status = "4.4.1";
        return status;
    }
    // The reply's own enhanced code, else the generic one of its class (RFC 3463 §3.1).
    status.status = !reply.enhanced.isEmpty() ? reply.enhanced
        : reply.isPermanent()                 ? QByteArray("5.0.0")
                                              : QByteArray("4.0.0");
    status.remoteMta = host.toUtf8();
    status.diagnostic = replyText(reply).toUtf8();
    return status;
}

void OutgoingQueue::bounce(const Entry &entry, const QList<MimeDeliveryStatus> &statuses,
                           const QString &reason)
{
    // Never bounce a bounce (RFC 5321 §4.5.5): its reverse-path is empty.
    if (entry.sender.isEmpty()) {
        m_context->note(TranscriptEvent::Kind::Queue, m_domain, QString(), NoteCode::BounceDropped,
                        {entry.id});
        return;
    }
    QStringList names;
    for (const MimeDeliveryStatus &status : statuses)
        names.append(QString::fromUtf8(status.recipient));
    // RFC 3464: a delivery status notification, as Postfix writes one. The
    // text for people keeps the reason as the queue saw it; the
    // message/delivery-status says the same for programs (a mail client, a
    // list manager); the header of the message comes back in a part of its own.
    MimeDeliveryReport report;
    MimeDraft &draft = report.draft;
    draft.fromName = QStringLiteral("Mail Delivery System");
    draft.from = "MAILER-DAEMON@" + m_domain.toUtf8();
    draft.to = {entry.sender};
    draft.subject = QStringLiteral("Undelivered Mail Returned to Sender");
    draft.messageIdDomain = m_domain.toUtf8();
    draft.text = QStringLiteral("This is the mail system at %1.\n\n"
                                "Your message could not be delivered to:\n  %2\n\nReason:\n  %3\n\n"
                                "The header of your message is in the last part of this report.\n")
                     .arg(m_domain, names.join(QStringLiteral("\n  ")), reason);
    report.reportingMta = m_domain.toUtf8();
    report.arrivalDate = arrivalDate(entry.content);
    report.recipients = statuses;
    const qsizetype headerEnd = entry.content.indexOf("\r\n\r\n");
    report.returnedHeader = headerEnd < 0 ? entry.content : entry.content.left(headerEnd + 2);
    const QByteArray message = MimeComposer::composeReport(report);
    m_context->note(TranscriptEvent::Kind::Delivery, m_domain, QString(), NoteCode::BounceSent,
                    {QString::fromUtf8(entry.sender), names.join(QStringLiteral(", "))});
    if (m_returnToSender)
        m_returnToSender(entry.sender, message);
}

QByteArray OutgoingQueue::arrivalDate(const QByteArray &content)
{
    // The message came in when this server stamped it: the date that ends its
    // own Received: field, the first one (RFC 5321 §4.4). Anything else (a
    // restored entry without one) leaves Arrival-Date out, as it may be.
    if (!content.startsWith("Received:"))
        return {};
    qsizetype end = content.indexOf("\r\n");
    while (end >= 0 && end + 2 < content.size()
           && (content.at(end + 2) == ' ' || content.at(end + 2) == '\t'))
        end = content.indexOf("\r\n", end + 2);
    if (end < 0)
        return {};
    const QByteArray field = content.left(end);
    const qsizetype semicolon = field.lastIndexOf(';');
    const qsizetype lastLine = field.lastIndexOf('\n');
    const QByteArray date = field.mid(qMax(semicolon, lastLine) + 1).simplified();
    return QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date).isValid() ? date : QByteArray();
}
