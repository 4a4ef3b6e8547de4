// SPDX-License-Identifier: GPL-3.0-or-later
// diskcommitter.h — writes Maildir files and makes them durable, many at a time.
//
// The end of DATA must not be answered 250 before the message is on disk
// (Postfix's promise). Doing fsync per message on the event loop would cost
// milliseconds each and stall every other session, so a worker thread does
// the Maildir commit for every file staged since its last round at once
// (group commit, as databases do): write each file into tmp/, fsync them all
// (from several threads, so the journal commits once for many), rename each
// into new/, fsync each directory touched, then unlink what was asked to go.
// The event loop never touches the disk for a message, so a busy disk does
// not stall the other sessions (or the window). Each
// group of files gets a ticket, which the reply it guards carries (the 250
// to the end of DATA: SmtpReply::durableTicket, then Utterance::durableTicket;
// the +OK to POP3 QUIT: Pop3Maildrop::remove's); its Connection holds that
// reply until `committed()` says the ticket is done (core/net/connection.h),
// so the 250 leaves only after the rename is durable.
//
// Jobs finish in the order they were given: a bounce staged before its queue
// entry is removed is on disk before the entry disappears.
#pragma once

#include "storage/maildir.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

class DiskCommitter : public QObject
{
    Q_OBJECT
public:
    // Called on the thread of the committer once the file is durable (ok) or
    // could not be made so (the error says why; the file is gone).
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit DiskCommitter(QObject *parent = nullptr);
    ~DiskCommitter() override; // finishes the work already given, then stops

    // Writes (if not written yet) and commits the files, all or none: when
    // one fails, the others are taken back too (a message for two mailboxes
    // is never in one only). Returns the ticket of the group.
    quint64 commit(const QList<Maildir::Staged> &files, Done done = nullptr);
    quint64 commit(const Maildir::Staged &file, Done done = nullptr)
    {
        return commit(QList{file}, std::move(done));
    }
    // Unlinks files (a POP3 UPDATE, a delivered queue entry) after everything
    // given before, and fsyncs their directories; returns its ticket (so the
    // +OK to POP3 QUIT waits until the files are gone, as Dovecot's does).
    quint64 remove(const QStringList &paths);
    // Unlinks at once (no commit given before needs to come first: a queue
    // entry the next hop just accepted), so a kill a moment later cannot make
    // the queue send it again; its directory is fsync'ed in the next round.
    void removeNow(const QString &path);

    quint64 lastTicket() const { return m_lastTicket; }
    quint64 doneTicket() const { return m_doneTicket; }
    // True if a ticket in [first, last] failed (the caller must not say 250).
    bool failedBetween(quint64 first, quint64 last) const;
    // Why the write with this ticket failed (empty if it did not).
    QString failure(quint64 ticket) const { return m_failed.value(ticket); }
    // Waits until every job given so far is done (tests, shutdown).
    void waitForIdle();
    // Rounds done and files made durable, for the bench's figures.
    quint64 rounds() const { return m_rounds; }

Q_SIGNALS:
    // Every ticket up to `ticket` is done (durable or failed).
    void committed(quint64 ticket);

private:
    struct Job {
        quint64 ticket = 0;
        bool removal = false;
        QList<Maildir::Staged> files;
        QStringList removals;
        Done done;
    };
    struct Result {
        quint64 ticket = 0;
        bool ok = true;
        QString error;
        Done done;
    };
    void run();
    void finish(const QList<Result> &results, quint64 upTo);

    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    QList<Job> m_jobs; // guarded by m_mutex
    bool m_busy = false; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    quint64 m_lastTicket = 0; // the owner's thread only
    quint64 m_doneTicket = 0;
    QHash<quint64, QString> m_failed; // ticket -> why
    quint64 m_rounds = 0;
};
