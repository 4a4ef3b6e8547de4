// SPDX-License-Identifier: GPL-3.0-or-later
// diskcommitter.cpp — Maildir writes made durable in batches off the event
// loop: each write gets a ticket, tickets are done in order, and a failed
// write is known by its ticket.
#include "diskcommitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <vector>

namespace {
// fsync(2) calls in flight at once in a round.
constexpr qsizetype syncThreads = 8;

// The helper threads that run a round's fsyncs beside the worker, started
// once and kept: starting up to seven threads a round (their stacks mapped,
// cloned, joined) cost more CPU than the fsyncs' own system calls when
// rounds are small (ten SMTP sessions: a round of ten files or fewer).
class SyncHelpers
{
public:
    ~SyncHelpers()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }
    // Calls work(0) here and work(1) ... work(helpers) on the helpers, and
    // returns once all are done.
    void run(qsizetype helpers, const std::function<void(qsizetype)> &work)
    {
        while (qsizetype(m_threads.size()) < helpers) {
            const qsizetype index = qsizetype(m_threads.size()) + 1;
            m_threads.emplace_back([this, index] { loop(index); });
        }
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_work = &work;
            m_wanted = helpers;
            m_finished = 0;
            ++m_generation;
        }
        m_wake.notify_all();
        work(0);
        std::unique_lock<std::mutex> lock(m_mutex);
        m_done.wait(lock, [this] { return m_finished == m_wanted; });
        m_work = nullptr;
    }

private:
    void loop(qsizetype index)
    {
        quint64 seen = 0;
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop)
                return;
            seen = m_generation;
            if (index > m_wanted)
                continue; // not needed in this round
            const std::function<void(qsizetype)> *work = m_work;
            lock.unlock();
            (*work)(index);
            lock.lock();
            if (++m_finished == m_wanted)
                m_done.notify_one();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::vector<std::thread> m_threads;
    const std::function<void(qsizetype)> *m_work = nullptr;
    qsizetype m_wanted = 0;
    qsizetype m_finished = 0;
    quint64 m_generation = 0;
    bool m_stop = false;
};
} // namespace

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

quint64 DiskCommitter::commit(const QList<Maildir::Staged> &files, Done done)
{
    Job job;
    job.ticket = ++m_lastTicket;
    job.files = files;
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
    SyncHelpers helpers;
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
            // 1. Write the files not written yet (into tmp/).
            QHash<qsizetype, QString> failure; // job index -> why
            std::vector<std::pair<qsizetype, qsizetype>> open; // (job, file) with an fd
            for (qsizetype k = i; k < end; ++k) {
                for (qsizetype f = 0; f < jobs.at(k).files.size(); ++f) {
                    Maildir::Staged &file = jobs[k].files[f];
                    QString error;
                    if (file.fd < 0 && !failure.contains(k) && !Maildir::write(&file, &error))
                        failure.insert(k, error);
                    file.content.clear();
                    if (file.fd >= 0)
                        open.emplace_back(k, f);
                }
            }
            // 2. fsync every file, from several threads at once: the kernel's
            //    journal (ext4's jbd2) then commits once for all the files that
            //    wait together, instead of once per file in a row (measured on
            //    this project's machine: 3 to 6 times faster for 50 files).
            {
                const qsizetype count = qsizetype(open.size());
                std::vector<int> errors(size_t(count), 0);
                const qsizetype threads = qMin<qsizetype>(count, syncThreads);
                const std::function<void(qsizetype)> syncSome = [&](qsizetype first) {
                    for (qsizetype n = first; n < count; n += threads) {
                        const auto [k, f] = open[size_t(n)];
                        errors[size_t(n)] = ::fsync(jobs.at(k).files.at(f).fd) == 0 ? 0 : errno;
                    }
                };
                if (threads > 0)
                    helpers.run(threads - 1, syncSome);
                for (qsizetype n = 0; n < count; ++n) {
                    const auto [k, f] = open[size_t(n)];
                    ::close(jobs.at(k).files.at(f).fd);
                    if (errors[size_t(n)] != 0 && !failure.contains(k)) {
                        failure.insert(k,
                                       QCoreApplication::translate("Maildir", "cannot store %1: %2")
                                           .arg(jobs.at(k).files.at(f).finalPath,
                                                QString::fromLocal8Bit(std::strerror(errors[size_t(n)]))));
                    }
                }
            }
            // 3. Every rename after every fsync: a message leaves tmp/ as late
            //    as possible, so a kill before its 250 most likely leaves it
            //    there. A group with a failure is taken back whole.
            QHash<QString, QList<qsizetype>> byDirectory;
            for (qsizetype k = i; k < end; ++k) {
                const QList<Maildir::Staged> &files = jobs.at(k).files;
                if (failure.contains(k)) {
                    for (const Maildir::Staged &file : files)
                        ::unlink(QFile::encodeName(file.temporaryPath).constData());
                    continue;
                }
                for (qsizetype f = 0; f < files.size(); ++f) {
                    const Maildir::Staged &file = files.at(f);
                    if (::rename(QFile::encodeName(file.temporaryPath).constData(),
                                 QFile::encodeName(file.finalPath).constData())
                        != 0) {
                        failure.insert(
                            k,
                            QCoreApplication::translate("Maildir", "cannot store %1: %2")
                                .arg(file.finalPath, QString::fromLocal8Bit(std::strerror(errno))));
                        // Take back what this group renamed already, and the rest.
                        for (qsizetype g = 0; g < files.size(); ++g) {
                            ::unlink(
                                QFile::encodeName(g < f ? files.at(g).finalPath : files.at(g).temporaryPath)
                                    .constData());
                        }
                        break;
                    }
                }
                if (!failure.contains(k)) {
                    for (const Maildir::Staged &file : files)
                        byDirectory[QFileInfo(file.finalPath).path()].append(k);
                }
            }
            // 4. One fsync per directory makes all its renames durable.
            for (auto it = byDirectory.cbegin(); it != byDirectory.cend(); ++it) {
                QString error;
                if (Maildir::syncDirectory(it.key(), &error))
                    continue;
                // Not durable: take the groups back, so no 250 is said for them
                // and none of them can come back after a crash as a duplicate.
                for (const qsizetype k : it.value()) {
                    if (failure.contains(k))
                        continue;
                    for (const Maildir::Staged &file : jobs.at(k).files)
                        ::unlink(QFile::encodeName(file.finalPath).constData());
                    failure.insert(k, error);
                }
            }
            for (qsizetype k = i; k < end; ++k) {
                Result r;
                r.ticket = jobs.at(k).ticket;
                r.ok = !failure.contains(k);
                r.error = failure.value(k);
                r.done = std::move(jobs[k].done);
                upTo = r.ticket;
                results.append(std::move(r));
            }
            // 5. Removals, in order, after the commits before them.
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
        QMetaObject::invokeMethod(
            this, [this, results, upTo] { finish(results, upTo); }, Qt::QueuedConnection);
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
            m_failed.insert(r.ticket, r.error.isEmpty() ? QStringLiteral("failed") : r.error);
        if (r.done)
            r.done(r.ok, r.error);
    }
    if (upTo > m_doneTicket) {
        m_doneTicket = upTo;
        Q_EMIT committed(upTo);
    }
}
