// SPDX-License-Identifier: GPL-3.0-or-later
// outgoingqueue.h — a mail server's outgoing queue: mail for other domains.
//
// One entry per destination domain. Due entries are tried at once: the queue
// asks the DNS for the domain's MX (or, with none, tries the domain itself,
// RFC 5321 §5.1), connects to its "smtp" service and sends the message. A
// 4xx or a refused connection defers the entry: it is tried again after the
// policy's base wait, doubling each time (§4.5.4.1); recipients refused for
// now (4xx at RCPT) stay, the others are done. A 5xx, a recipient refused for
// good, or attempts run out bounce a report to the sender (the owner stores
// it in a local mailbox or queues it), but never a bounce to a bounce (§4.5.5:
// its reverse-path is empty; it is dropped with a note). A report is a
// delivery status notification (RFC 3464: multipart/report with a text, a
// message/delivery-status whose Status keeps the reply's enhanced code, and
// the message's header), marked Auto-Submitted: auto-replied (RFC 3834). Every decision is a
// note on the transcript.
//
// On disk (attachCommitter()) each entry is a file in DIR/<host>/queue/new
// (envelope, attempts, last error, then the message), written through the
// DiskCommitter, rewritten atomically when the entry is deferred, unlinked as
// soon as the next hop's 250 is read, and removed after the bounce for it is
// stored. The queue sees the world only through a HostContext.
#pragma once

#include "mail/hostcontext.h"
#include "mail/queuepolicy.h"
#include "message/mimecomposer.h"
#include "protocol/smtpclientsession.h"
#include "protocol/tlspolicy.h"
#include "storage/maildir.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class DiskCommitter;
class ReceiptJournal;

class OutgoingQueue : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        QString id; // queue id, e.g. "Q3"
        QByteArray sender; // reverse-path ("" for a bounce)
        QString domain; // the recipients' domain
        QList<QByteArray> recipients;
        QByteArray content;
        int attempts = 0;
        qint64 nextAttemptMs = 0; // on the world's clock
        bool sending = false;
        QString lastError;
        QString file; // its file in queue/new, when the queue is on disk
        // Caused by a connection the gate does not pace (a class's student
        // while the teacher steps the story): its relay goes unpaced too
        // (HostContext::connectUnpaced). Memory only: not in its file.
        bool unpaced = false;
    };

    // How the queue greets the next hop (a server's "greet" setting).
    enum class Greeting {
        Ehlo,
        Helo
    };
    // Where a bounce goes: `report` is a whole message for `sender`; the
    // owner delivers it to a local mailbox or gives it back to enqueue().
    using ReturnToSender = std::function<void(const QByteArray &sender, const QByteArray &report)>;

    // `domain` is the server's own: its name in notes, HELO/EHLO and bounces.
    OutgoingQueue(HostContext *context, const QString &domain, Greeting greeting, const QueuePolicy &policy,
                  QObject *parent = nullptr);
    ~OutgoingQueue() override;
    // Opportunistic or mandatory TLS when relaying (Postfix's smtp_tls_security_level).
    void setTlsPolicy(TlsPolicy policy) { m_tls = policy; }
    // Postfix's relayhost: every message goes there instead of to its
    // domain's MX (empty: the MX).
    void setRelayHost(const QString &host) { m_relayHost = host; }
    // An MX that is this server itself is a loop: the message bounces with
    // Postfix's "mail for DOMAIN loops back to myself" (5.4.6).
    void setDetectLoops(bool detect) { m_detectLoops = detect; }
    // Postfix's default_transport = error (Debian's "Local only"): no entry
    // is sent; each bounces at once with Postfix's error(8) report, whose
    // reason is the domain (5.0.0, "<fran@cliente.fr>: cliente.fr").
    void setErrorTransport(bool error) { m_errorTransport = error; }

    void setReturnToSender(ReturnToSender returnToSender) { m_returnToSender = std::move(returnToSender); }
    const QueuePolicy &policy() const { return m_policy; }

    // Disk, in two steps (the server's receipt journal is opened between
    // them, with fileNames()): openDirectory() makes `directory` a Maildir
    // folder and loads the entries found there (due at once; what cannot be
    // read is named in `problems` and skipped); attachCommitter() keeps the
    // queue on disk from then on and tries the loaded entries.
    bool openDirectory(const QString &directory, QStringList *problems, QString *error);
    QStringList fileNames() const;
    void attachCommitter(DiskCommitter *committer, ReceiptJournal *receipts);
    bool isPersistent() const { return m_committer != nullptr; }
    // An entry as its file holds it, and back (false and the reason when the
    // bytes are not a queue entry).
    static QByteArray serialize(const Entry &entry);
    static bool parse(const QByteArray &bytes, Entry *entry, QString *error);

    // A new queue id, "Q<n>" (also the id in a Received: line).
    QString takeId();
    // The entries for a message: one per recipients' domain, the first with
    // `messageId` (a new id when empty), the others with ".1", ".2" … after it.
    QList<Entry> entriesFor(const QByteArray &sender, const QList<QByteArray> &recipients,
                            const QByteArray &content, const QString &messageId, bool unpaced = false);
    // On disk: names the entry's file (with the transaction's key) and plans
    // it, to be committed with other files (MailServer::acceptMessage); once
    // durable, add() the entries.
    Maildir::Staged plan(Entry *entry, const QByteArray &key);
    // Into the queue now (each noted), tried once the current event is done.
    void add(const QList<Entry> &entries);
    // add() in memory; on disk once the entries' files are durable.
    void enqueue(const QByteArray &sender, const QList<QByteArray> &recipients, const QByteArray &content,
                 const QString &messageId, bool unpaced = false);

    QList<Entry> entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // An entry is being sent, or is due now and the queue not held.
    bool hasReadyWork() const;
    // A held queue keeps its entries and starts no attempt (one under way
    // goes on), except for unpaced entries (Entry::unpaced: a student's
    // message in a class, which the story never holds); released, it
    // tries at once what is due. A scenario holds the
    // queues while the story is told, so that a relay begins after the
    // captions that come before it (ScenarioRunner).
    enum class Hold {
        Held,
        Released
    };
    void setHold(Hold hold);
    bool isHeld() const { return m_hold == Hold::Held; }
    // World files (core/persist): the next queue number, and the entries of a
    // saved server (one that was being sent is due again).
    int nextNumber() const { return m_nextNumber; }
    void restore(const QList<Entry> &entries, int nextNumber);

Q_SIGNALS:
    void changed();

private:
    void process();
    void scheduleNext();
    void attempt(const QString &id);
    void finishAttempt(const QString &id, const QString &host, const SmtpClientResult &result);
    // A delivery status notification to the entry's sender, for `statuses`;
    // `reason` is the text for people.
    void bounce(const Entry &entry, const QList<MimeDeliveryStatus> &statuses, const QString &reason);
    // "550 5.1.1 text": a reply as the queue's notes and reports give it.
    static QString replyText(const SmtpReply &reply);
    // What a report says of a recipient that `host` answered with `reply`
    // (code 0: no reply at all).
    static MimeDeliveryStatus deliveryStatus(const QByteArray &recipient, const QString &host,
                                             const SmtpReply &reply);
    // Arrival-Date: the date of this server's Received: field, empty if none.
    static QByteArray arrivalDate(const QByteArray &content);
    void remove(const QString &id);
    Entry *find(const QString &id);
    // Writes the entry's file again (attempts, recipients left), atomically.
    void store(Entry *entry);
    void forgetFile(const Entry &entry);
    // Unlinks the entry's file at once (the next hop said 250 to all).
    void removeFileNow(Entry *entry);
    void noteCannotStore(const QString &why);

    HostContext *m_context;
    QString m_domain;
    Greeting m_greeting;
    TlsPolicy m_tls = TlsPolicy::None;
    QString m_relayHost;
    bool m_detectLoops = false;
    bool m_errorTransport = false;
    void refuseNow(const QString &id, const QString &reason, const QByteArray &status);
    void send(Entry *e, const QString &host); // an attempt to `host` (an MX or the relayhost)
    QueuePolicy m_policy;
    ReturnToSender m_returnToSender;
    QList<Entry> m_entries;
    std::unique_ptr<HostAlarm> m_alarm;
    Hold m_hold = Hold::Released;
    int m_nextNumber = 1;
    DiskCommitter *m_committer = nullptr;
    ReceiptJournal *m_receipts = nullptr;
    Maildir m_directory;
};
