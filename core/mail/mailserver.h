// SPDX-License-Identifier: GPL-3.0-or-later
// mailserver.h — a mail server host (MTA, and MDA for its own domain).
//
// Listens for SMTP on 25 (from other servers) and 587 (submission, RFC 6409,
// AUTH required), and POP3 on 110 for its users' mailboxes. Accepts mail for
// its own domain; relays for its own authenticated users only (no open relay:
// 554 5.7.1 otherwise). Mail for other domains waits in the outgoing queue: the
// server asks the DNS for the MX, connects, and on 4xx or a refused connection
// retries with back-off; on 5xx, or when retries run out, it bounces a report
// to the sender. Accepting with 250 means the message is in a mailbox or in
// the queue: nothing is lost silently.
//
// The server decides who may relay, which faults a scenario put on it and
// what is delivered locally; the OutgoingQueue (core/mail/outgoingqueue.h)
// does the rest for other domains, with the server's QueuePolicy. Both see
// the world only through a HostContext.
//
// With openStorage() (--serve, or --data-dir) the mailboxes and the queue are
// Maildir folders under DIR/<host>/: mail/<user>/ and queue/. A queue entry
// is one file (envelope, attempts, last error, then the message), rewritten
// atomically when it is deferred and removed only after the next hop said 250
// or the bounce was itself stored.
#pragma once

#include "mail/hostcontext.h"
#include "mail/mailstore.h"
#include "mail/outgoingqueue.h"
#include "mail/queuepolicy.h"
#include "protocol/imapserversession.h"
#include "protocol/pop3serversession.h"
#include "protocol/smtpserversession.h"
#include "protocol/tlspolicy.h"
#include "scenario/scenario.h"
#include "scenario/serversettings.h"
#include "storage/receiptjournal.h"

#include <QObject>

class DiskCommitter;

class MailServer
    : public QObject
    , public SmtpServerDelegate
{
    Q_OBJECT
public:
    using QueueEntry = OutgoingQueue::Entry;

    // A reply given instead of the server's own (a scenario's "fault" step):
    // to MAIL, RCPT or the end of DATA, or to a POP3 command, for any address
    // or user, or only for `target` ("fran@servidor.edu", or "fran").
    struct Fault {
        QString command; // "RCPT", "PASS" …
        QString target; // empty: any
        QString reply; // "452 4.2.2 Mailbox full", "-ERR …"
        bool cut = false; // drop the connection instead (mid-DATA at DATA)
    };

    // Its accounts are the `users` of its own domain.
    MailServer(HostContext *context, const ScenarioServer &config, const QList<ScenarioUser> &users,
               const QueuePolicy &policy, QObject *parent = nullptr);

    // Keeps mailboxes and queue in `directory` (DIR/<host>) and loads what is
    // there; what cannot be read is named in `problems` and skipped. Queued
    // messages found there are tried again at once.
    bool openStorage(const QString &directory, DiskCommitter *committer, QStringList *problems,
                     QString *error);
    bool isPersistent() const { return m_committer != nullptr; }
    // A queue entry as its file holds it, and back (nullopt-like: false and
    // the reason when the file is not a queue entry).
    static QByteArray serializeQueueEntry(const QueueEntry &entry) { return OutgoingQueue::serialize(entry); }
    static bool parseQueueEntry(const QByteArray &bytes, QueueEntry *entry, QString *error)
    {
        return OutgoingQueue::parse(bytes, entry, error);
    }

    // A later fault for the same command and target replaces the earlier one.
    void addFault(const Fault &fault);
    void clearFaults() { m_faults.clear(); }
    // The fault for this command and target is lifted (the server is mended).
    void removeFault(const QString &command, const QString &target);
    QList<Fault> faults() const { return m_faults; }

    QString domain() const { return m_domain; }
    // Its Postfix and Dovecot settings (serversettings.h) in force, and a
    // change of them while the world runs (the window's settings dialog, a
    // scenario's "postfix"/"dovecot" step): the users of domains it now
    // takes mail for get mailboxes, the queue follows relayhost. Which ports
    // listen is the World's (World::reconfigureServer).
    const ServerSettings::Configuration &configuration() const { return m_configuration; }
    QMap<QString, QString> settings() const { return m_settings; }
    void reconfigure(const QMap<QString, QString> &settings);
    // Takes mail for this domain (its own; with Postfix settings, mydestination).
    bool isDestination(const QString &domain) const;
    // Some of its accounts are a class's students (scenario "class", "students").
    bool servesClass() const;
    // What its Received: field says of a logged-in sender, before the user
    // name: "(Authenticated sender: alumno1)", as Postfix writes it.
    static QByteArray authenticatedSenderComment() { return QByteArrayLiteral("Authenticated sender: "); }
    MailStore *store() const { return m_store; }
    QList<QueueEntry> queue() const { return m_outgoing->entries(); }
    const QueuePolicy &queuePolicy() const { return m_outgoing->policy(); }
    // A queue entry is due now or being sent.
    bool hasReadyWork() const { return m_outgoing->hasReadyWork(); }
    // Holds or releases the outgoing queue (OutgoingQueue::setHold).
    void setQueueHold(OutgoingQueue::Hold hold) { m_outgoing->setHold(hold); }
    // Port 25 takes mail from other servers; 587 (RFC 6409) from this
    // domain's own users, after AUTH.
    enum class SmtpService {
        Relay,
        Submission
    };
    // TLS: the world gave this host a certificate; its servers offer
    // STARTTLS/STLS (and listen on 465, 993, 995).
    void setTlsAvailable(bool available) { m_tlsAvailable = available; }
    bool isTlsAvailable() const { return m_tlsAvailable; }
    bool offersStartTls() const;
    // set HOST starttls stripped: a man in the middle removes STARTTLS from
    // its EHLO replies before they reach the client.
    bool startTlsStripped() const;
    // How it relays to other servers (set HOST tls none|may|encrypt).
    TlsPolicy relayTls() const;
    SmtpServerConfig smtpConfig(SmtpService service) const;
    Pop3ServerConfig pop3Config() const;
    ImapServerConfig imapConfig() const;
    bool greetsWithEhlo() const;
    int deliveredCount() const { return m_delivered; }

    // World files (core/persist): the counters and the queue of a saved server.
    // An entry that was being sent when saved is due again at once.
    int nextQueueNumber() const { return m_outgoing->nextNumber(); }
    void restoreState(const QList<QueueEntry> &queue, int nextQueueNumber, int deliveredCount);

    // SmtpServerDelegate
    bool authenticate(const QByteArray &user, const QByteArray &password) override;
    SmtpReply checkSender(const SmtpEnvelope &envelope, const QByteArray &sender) override;
    SmtpReply checkRecipient(const SmtpEnvelope &envelope, const QByteArray &recipient) override;
    QByteArray qualifyAddress(const QByteArray &localPart) override;
    SmtpReply acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content) override;
    bool cutDuringData(const SmtpEnvelope &envelope) override;
    void messageConfirmed(const QByteArray &receipt) override;
    void messageUnconfirmed(const QByteArray &receipt) override;

Q_SIGNALS:
    void queueChanged();

private:
    const Fault *findFault(const QString &command, const QList<QByteArray> &addresses) const;
    SmtpReply faultReply(const Fault &fault);
    bool isLocal(const QByteArray &address) const;
    // The account of this server that owns `sender` when it is not the one
    // `login` logged in as (AUTH); empty when it is theirs, or nobody's here.
    QByteArray otherOwner(const QByteArray &login, const QByteArray &sender) const;
    SmtpReply postfixRecipient(const SmtpEnvelope &envelope, const QByteArray &recipient);
    QByteArray localUser(const QByteArray &address) const;
    // Appends the Received: header (RFC 5321 §4.4) to out.
    void appendReceivedHeader(QByteArray &out, const SmtpEnvelope &envelope, const QString &queueId,
                              const QByteArray &forRecipient) const;
    void deliverLocally(const QByteArray &sender, const QByteArray &recipient, const QByteArray &content);
    // stored begins with its Return-Path: header already.
    void deliverStored(const QByteArray &recipient, const QByteArray &stored);
    void noteDelivery(const QByteArray &recipient, bool stored, const QString &error);
    // A bounce the queue made: into a local mailbox, or queued for the sender's domain.
    void returnToSender(const QByteArray &sender, const QByteArray &report);
    void killIfAskedAfterStoring();

    void addUsersOfDestinations();
    void configureQueue();

    HostContext *m_context;
    QString m_domain;
    QByteArray m_domainUtf8; // m_domain, for the Received: header
    QMap<QString, QString> m_settings;
    ServerSettings::Configuration m_configuration;
    QList<ScenarioUser> m_users; // the scenario's, of every domain
    MailStore *m_store;
    OutgoingQueue *m_outgoing;
    QList<Fault> m_faults;
    DiskCommitter *m_committer = nullptr;
    ReceiptJournal m_receipts; // on disk only: which 250s were surely read
    int m_delivered = 0;
    int m_storedOverSmtp = 0;
    bool m_tlsAvailable = false;
};
