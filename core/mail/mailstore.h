// SPDX-License-Identifier: GPL-3.0-or-later
// mailstore.h — the mailboxes of one server, one per local user.
//
// The SMTP side delivers into it (with Return-Path:, RFC 5321 §4.4) and the
// POP3 side reads it as a maildrop (RFC 1939): exclusive lock per user, a
// snapshot at the start of TRANSACTION, removals only in UPDATE.
//
// In memory by default. With openStorage() each mailbox is also a Maildir
// folder, DIR/mail/<user>/{tmp,new,cur}: a message joins its mailbox once its
// file is durable (DiskCommitter), the POP3 unique id is the file name (so
// UIDL stays the same across restarts, RFC 1939 §7), and UPDATE unlinks.
//
// IMAP (mailstoreimap.cpp) reads the same mailboxes: INBOX is the POP3
// maildrop, so a message delivered by SMTP is seen by both, a POP3 DELE
// shows as an EXPUNGE to IMAP sessions once its session QUITs, and an IMAP
// EXPUNGE removes it for POP3. Each message has an IMAP UID and flags; each
// user has INBOX and the special-use folders Sent, Drafts, Trash and Junk
// (RFC 6154), and may create more, "/" between levels.
//
// On disk (mailstoredisk.cpp) the folders are Maildir++ folders, as Dovecot
// and Courier lay them out: DIR/mail/<user>/ is INBOX, a folder "Work/2026"
// is DIR/mail/<user>/.Work.2026/{tmp,new,cur} with an empty maildirfolder
// file ("." is Maildir++'s separator, so IMAP names with a "." are refused;
// modified UTF-7 names are kept as they are). Flags are in the file names
// (":2,DFRST", Maildir's letters); a message leaves new/ for cur/ when it
// gets a flag or is seen by IMAP. Each folder's UIDVALIDITY, UIDNEXT and
// UIDs are in its carteiro-uidlist file ("carteiro-uidlist 1 V<validity>
// N<next>", then "uid basename" lines), the subscriptions in
// DIR/mail/<user>/subscriptions (one name per line), the last UIDVALIDITY
// given in DIR/mail/<user>/carteiro-uidvalidity (never given twice).
// Keywords ($Forwarded …) and APPEND's internal date are not kept on disk.
#pragma once

#include "protocol/imapstore.h"
#include "protocol/pop3serversession.h"
#include "storage/maildir.h"

#include <functional>

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

class DiskCommitter;

class MailStore
    : public QObject
    , public Pop3Maildrop
    , public ImapStore
{
    Q_OBJECT
public:
    struct Message {
        QByteArray uid;
        // The message, CR LF line ends, when it is held in memory: always
        // without persistence; on disk only until its file is durable (an
        // APPEND or COPY under way). Null otherwise: the file at `path` holds
        // it, read when asked (contentOf()). `size` is its length either way.
        QByteArray heldContent;
        qint64 size = 0;
        qint64 receivedMs = 0;
        QString path; // the file, when the mailbox is on disk
        quint32 imapUid = 0; // given when it joins a folder
        QList<QByteArray> flags; // IMAP's: \Seen, \Deleted …
        // The text: held, or read from the file now; empty with the reason
        // in `error` (English) when the file cannot be read.
        QByteArray content(QByteArray *error = nullptr) const;
        bool isHeld() const { return path.isEmpty() || !heldContent.isNull(); }
    };

    explicit MailStore(QObject *parent = nullptr);

    // Accounts: the local part ("fran") is the POP3 user name.
    void addUser(const QByteArray &localPart, const QByteArray &password);
    bool hasUser(const QByteArray &localPart) const;
    QList<QByteArray> users() const;
    QByteArray password(const QByteArray &localPart) const;

    void deliver(const QByteArray &localPart, const QByteArray &content);

    // Keeps the mailboxes in DIR/mail/<user>/ and loads what is there (files
    // left in tmp/ are removed; unreadable ones are named in `problems` and
    // skipped). Call after the users are added. False, with the error, when a
    // directory cannot be made.
    bool openStorage(const QString &directory, DiskCommitter *committer, QStringList *problems,
                     QString *error);
    bool isPersistent() const { return m_committer != nullptr; }
    // The durable delivery: the DiskCommitter writes the file and returns the
    // commit's ticket. The message joins the mailbox (and `done` runs) once the
    // file is durable in new/; if it could not be stored, `done` says why.
    using Done = std::function<void(bool ok, const QString &error)>;
    quint64 deliverDurably(const QByteArray &localPart, const QByteArray &content, Done done);
    // The same in two steps, for a message with several files committed as
    // one group (MailServer): plan() the file, then, once it is durable,
    // addStored() puts it in the mailbox.
    Maildir::Staged plan(const QByteArray &localPart, const QByteArray &content,
                         const QByteArray &key = {}) const;
    // Called with each file's path just before POP3 UPDATE removes it.
    void setRemovalHook(std::function<void(const QString &path)> hook) { m_removalHook = std::move(hook); }
    void addStored(const QByteArray &localPart, const QByteArray &content, const QString &path);
    QList<Message> mailbox(const QByteArray &localPart) const;
    // A message's text: held in memory, or read from its file now (the bodies
    // of a store on disk are not kept in memory). An unreadable file (removed
    // behind the store's back) gives an empty array and, in `error`, a line
    // naming the file and the reason, in English (protocol text: the -ERR of
    // POP3, the NO of IMAP).
    QByteArray contentOf(const Message &message, QByteArray *error = nullptr) const;
    // Its header section only (up to and with the blank line, at most 64 KiB
    // read): what the window's mailbox view shows (From, Subject).
    QByteArray headerOf(const Message &message) const;
    // The same for a message of an IMAP folder, by UID (empty if none).
    QByteArray headerOf(const QByteArray &user, const QByteArray &folder, quint32 uid);
    // Octets of message text held in memory, over every mailbox and folder:
    // 0 with persistence once every file is durable.
    qint64 heldBytes() const;
    int count(const QByteArray &localPart) const;
    // World files (core/persist): the next UID counter, and a mailbox put back
    // as it was saved (the user must exist). Emits mailboxChanged().
    quint64 nextUid() const { return m_nextUid; }
    void setNextUid(quint64 next) { m_nextUid = next; }
    void restoreMailbox(const QByteArray &localPart, const QList<Message> &messages);
    // IMAP's view of a user's folders, for world files: INBOX first (its
    // messages are mailbox()'s), then the others with their messages.
    struct ImapFolderSnapshot {
        QByteArray name;
        quint32 uidValidity = 1;
        quint32 uidNext = 1;
        bool subscribed = true;
        QList<Message> messages;
    };
    QList<ImapFolderSnapshot> imapFolders(const QByteArray &localPart) const;
    // Puts them back (before restoreMailbox(), which keeps INBOX's UIDs).
    void restoreImapFolders(const QByteArray &localPart, const QList<ImapFolderSnapshot> &folders);

    // Pop3Maildrop
    bool checkPassword(const QByteArray &user, const QByteArray &password) override;
    QByteArray apopSecret(const QByteArray &user) override;
    bool lock(const QByteArray &user) override;
    void unlock(const QByteArray &user) override;
    QList<Pop3StoredMessage> messages(const QByteArray &user) override;
    QByteArray content(const QByteArray &user, const Pop3StoredMessage &message, QByteArray *error) override;
    // On disk the files go through the committer, whose ticket is returned.
    quint64 remove(const QByteArray &user, const QList<QByteArray> &uids) override;

    // ImapStore (mailstoreimap.cpp)
    QByteArray login(const QByteArray &user, const QByteArray &password) override;
    QList<ImapFolderInfo> folders(const QByteArray &user) override;
    bool folderState(const QByteArray &user, const QByteArray &folder, ImapFolderState *state) override;
    QByteArray content(const QByteArray &user, const QByteArray &folder, quint32 uid,
                       QByteArray *error = nullptr) override;
    ImapStructure structure(const QByteArray &content) override;
    QByteArray decodedHeaderValues(const QByteArray &content, const QByteArray &field) override;
    QByteArray decodedText(const QByteArray &content) override;
    void setFlags(const QByteArray &user, const QByteArray &folder, quint32 uid,
                  const QList<QByteArray> &flags) override;
    bool createFolder(const QByteArray &user, const QByteArray &folder, QByteArray *error) override;
    bool deleteFolder(const QByteArray &user, const QByteArray &folder, QByteArray *error) override;
    bool renameFolder(const QByteArray &user, const QByteArray &from, const QByteArray &to,
                      QByteArray *error) override;
    bool subscribe(const QByteArray &user, const QByteArray &folder, bool subscribed,
                   QByteArray *error) override;
    quint32 append(const QByteArray &user, const QByteArray &folder, const QByteArray &content,
                   const QList<QByteArray> &flags, qint64 internalDateMs, QByteArray *error,
                   quint64 *durableTicket) override;
    QList<quint32> copy(const QByteArray &user, const QByteArray &from, const QList<quint32> &uids,
                        const QByteArray &to, QByteArray *error, quint64 *durableTicket) override;
    quint64 expunge(const QByteArray &user, const QByteArray &folder, const QList<quint32> &uids) override;
    // The folders of a user other than INBOX, by name (the servers' view).
    QList<QByteArray> folderNames(const QByteArray &user) const;

Q_SIGNALS:
    void mailboxChanged(const QByteArray &localPart);

private:
    static QByteArray key(const QByteArray &user) { return user.toLower(); }
    Maildir maildirOf(const QByteArray &user) const;
    QByteArray makeUid();
    // On disk (mailstoredisk.cpp).
    QString folderDirectory(const QByteArray &user, const QByteArray &name) const;
    Maildir maildirOf(const QByteArray &user, const QByteArray &name) const;
    bool loadFolders(const QByteArray &user, QStringList *problems, QString *error);
    void loadFolder(const QByteArray &user, const QByteArray &name, QList<Message> *messages,
                    QStringList *problems);
    bool makeFolderDirectory(const QByteArray &user, const QByteArray &name, QByteArray *error);
    quint32 newUidValidity(const QByteArray &user);
    Maildir::Staged uidList(const QByteArray &user, const QByteArray &name);
    Maildir::Staged subscriptionsFile(const QByteArray &user);
    void markUidListChanged(const QByteArray &user, const QByteArray &name);
    // Stores messages just added to a folder in memory (the last `count` of
    // `messages`), with its UID list, as one commit; returns its ticket.
    quint64 storeNew(const QByteArray &user, const QByteArray &name, qsizetype count);
    void placeByFlags(const QByteArray &user, const QByteArray &name, Message *m);
    QSet<QPair<QByteArray, QByteArray>> m_changedUidLists;
    bool m_flushScheduled = false;
    qint64 m_lastFlushMs = -1; // monotonic, when the UID lists were last written

public:
    // Maildir's flag letters (":2,<letters>"), sorted, and back: the
    // system flags in capitals, keywords ($Forwarded …) as a–z, the index
    // of each in the folder's dovecot-keywords file (Dovecot's own layout),
    // which a keyword not seen before joins (26 at most, as Dovecot).
    QByteArray flagLetters(const QByteArray &user, const QByteArray &name, const QList<QByteArray> &flags);
    QList<QByteArray> flagsOfFileName(const QByteArray &user, const QByteArray &name,
                                      const QString &fileName);
    // Writes the UID lists changed since the last call (the store calls it
    // from the event loop; tests call it before they look at the disk).
    void flushUidLists();

private:
    QHash<QByteArray, QByteArray> m_passwords;
    QHash<QByteArray, QList<Message>> m_boxes; // each user's INBOX
    // IMAP: a folder's UIDVALIDITY and next UID, its messages (INBOX's are
    // m_boxes), whether it is subscribed and its special use (\Sent …).
    struct Folder {
        quint32 uidValidity = 1;
        quint32 uidNext = 1;
        QList<Message> messages;
        bool subscribed = true;
        QByteArray specialUse;
        bool filesInNew = false; // on disk: some of its messages may be in new/
        QList<QByteArray> keywords; // on disk: letter a is keywords[0] …
    };
    // IMAP folder name -> the Maildir++ directory name (".Work.2026").
    static bool validFolderName(const QByteArray &name);
    QHash<QByteArray, QMap<QByteArray, Folder>>
        m_folders; // user -> name -> folder ("INBOX" too, without messages)
    Folder *folder(const QByteArray &user, const QByteArray &name);
    QList<Message> *messagesOf(const QByteArray &user, const QByteArray &name);
    // Gives the messages from `from` on that have none the folder's next
    // UIDs (and keeps its next UID past those that have one).
    void number(const QByteArray &user, QList<Message> *messages, const QByteArray &folderName,
                qsizetype from = 0);
    QSet<QByteArray> m_locked;
    qsizetype m_readHint = 0; // where content() found the last POP3 message
    quint64 m_nextUid = 1;
    DiskCommitter *m_committer = nullptr;
    QString m_directory;
    std::function<void(const QString &path)> m_removalHook;
};
