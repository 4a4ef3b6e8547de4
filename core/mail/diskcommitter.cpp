#include "diskcommitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

DiskCommitter::DiskCommitter(QObject *parent)
    : QObject(parent)
{
    m_worker = std::thread([this] { run(); });
}

DiskCommitter::~DiskCommitter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

quint64 DiskCommitter::commit(const Maildir::Staged &staged, Done done)
{
    Job job;
    job.ticket = ++m_lastTicket;
    job.staged = staged;
    job.done = std::move(done);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.append(std::move(job));
    }
    m_wake.notify_one();
    return m_lastTicket;
}

quint64 DiskCommitter::remove(const QStringList &paths)
{
    if (paths.isEmpty())
        return 0;
    Job job;
    job.ticket = ++m_lastTicket;
    job.removal = true;
    job.removals = paths;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.append(std::move(job));
    }
    m_wake.notify_one();
    return m_lastTicket;
}

void DiskCommitter::removeNow(const QString &path)
{
    ::unlink(QFile::encodeName(path).constData());
    remove({path});
}

bool DiskCommitter::failedBetween(quint64 first, quint64 last) const
{
    if (m_failed.isEmpty())
        return false;
    for (quint64 t = first; t <= last; ++t) {
        if (m_failed.contains(t))
            return true;
    }
    return false;
}

void DiskCommitter::waitForIdle()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.isEmpty() && !m_busy; });
}

void DiskCommitter::run()
{
    for (;;) {
        QList<Job> jobs;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.isEmpty(); });
            if (m_jobs.isEmpty() && m_stopping)
                return;
            jobs.swap(m_jobs);
            m_busy = true;
        }
        QList<Result> results;
        quint64 upTo = 0;
        // Removals wait for the commits given before them: a round ends at the
        // first removal that follows a commit, and the rest is the next round.
        qsizetype i = 0;
        while (i < jobs.size()) {
            qsizetype end = i;
            while (end < jobs.size() && !jobs.at(end).removal)
                ++end;
            // 1. Start writing every file back at once, then wait for each: the
            //    disk sees one burst, and the journal commits once for many.
            for (qsizetype k = i; k < end; ++k)
                ::sync_file_range(jobs.at(k).staged.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            QHash<QString, QList<qsizetype>> byDirectory;
            QHash<qsizetype, Result> outcome;
            QHash<qsizetype, int> syncError;
            for (qsizetype k = i; k < end; ++k) {
                const Maildir::Staged &s = jobs.at(k).staged;
                syncError.insert(k, ::fsync(s.fd) == 0 ? 0 : errno);
                ::close(s.fd);
            }
            // 2. Every rename after every fsync: a message leaves tmp/ as late
            //    as possible, so a kill before its 250 most likely leaves it there.
            for (qsizetype k = i; k < end; ++k) {
                const Maildir::Staged &s = jobs.at(k).staged;
                Result r;
                r.ticket = jobs.at(k).ticket;
                bool ok = syncError.value(k) == 0;
                int saved = syncError.value(k);
                const QByteArray from = QFile::encodeName(s.temporaryPath);
                if (ok) {
                    ok = ::rename(from.constData(), QFile::encodeName(s.finalPath).constData()) == 0;
                    saved = errno;
                }
                if (!ok) {
                    ::unlink(from.constData());
                    r.ok = false;
                    r.error = QCoreApplication::translate("Maildir", "cannot store %1: %2")
                                  .arg(s.finalPath, QString::fromLocal8Bit(std::strerror(saved)));
                } else {
                    byDirectory[QFileInfo(s.finalPath).path()].append(k);
                }
                outcome.insert(k, r);
            }
            // 3. One fsync per directory makes all its renames durable.
            for (auto it = byDirectory.cbegin(); it != byDirectory.cend(); ++it) {
                QString error;
                if (Maildir::syncDirectory(it.key(), &error))
                    continue;
                // Not durable: take the files back, so no 250 is said for them
                // and none of them can come back after a crash as a duplicate.
                for (const qsizetype k : it.value()) {
                    ::unlink(QFile::encodeName(jobs.at(k).staged.finalPath).constData());
                    outcome[k].ok = false;
                    outcome[k].error = error;
                }
            }
            for (qsizetype k = i; k < end; ++k) {
                Result r = outcome.value(k);
                r.done = std::move(jobs[k].done);
                upTo = r.ticket;
                results.append(std::move(r));
            }
            // 4. Removals, in order, after the commits before them.
            QSet<QString> directories;
            const qsizetype firstRemoval = end;
            while (end < jobs.size() && jobs.at(end).removal) {
                for (const QString &path : jobs.at(end).removals) {
                    const int gone = ::unlink(QFile::encodeName(path).constData()) == 0 ? 0 : errno;
                    if (gone == 0 || gone == ENOENT) // ENOENT: unlinked already (removeNow)
                        directories.insert(QFileInfo(path).path());
                }
                ++end;
            }
            for (const QString &directory : std::as_const(directories))
                Maildir::syncDirectory(directory, nullptr);
            for (qsizetype k = firstRemoval; k < end; ++k) {
                Result r;
                r.ticket = jobs.at(k).ticket;
                r.done = std::move(jobs[k].done);
                upTo = r.ticket;
                results.append(std::move(r));
            }
            i = end;
        }
        QMetaObject::invokeMethod(this, [this, results, upTo] { finish(results, upTo); },
                                  Qt::QueuedConnection);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
}

void DiskCommitter::finish(const QList<Result> &results, quint64 upTo)
{
    ++m_rounds;
    for (const Result &r : results) {
        if (!r.ok)
            m_failed.insert(r.ticket);
        if (r.done)
            r.done(r.ok, r.error);
    }
    if (upTo > m_doneTicket) {
        m_doneTicket = upTo;
        Q_EMIT committed(upTo);
    }
}
