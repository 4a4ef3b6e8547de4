// SPDX-License-Identifier: GPL-3.0-or-later
// maildir.cpp — Maildir folders with POSIX calls: stage, commit, load.
//
// A file is created with open(O_EXCL) and write(2), then committed as the
// Maildir recipe says: fsync the file, rename it from tmp/ into new/, fsync
// the directory; a failed write or rename unlinks the temporary file. Names
// are "seconds.M<usec>P<pid>Q<counter>.carteiro", with ",K=<key>" before the
// suffix when given, so load() sorts by their seconds for delivery order; a
// cur/ name's ":2,flags" is not part of the id. safeComponent() escapes all
// but [a-z0-9._-] as %XX, a leading dot too, so that no host or user name
// becomes a path of its own.
#include "maildir.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool writeAll(int fd, const QByteArray &content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

Maildir::Maildir(const QString &path)
    : m_path(path)
{
}

bool Maildir::create(QString *error) const
{
    for (const char *sub : {"tmp", "new", "cur"}) {
        const QString dir = m_path + QLatin1Char('/') + QLatin1String(sub);
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QCoreApplication::translate("Maildir", "cannot create the directory %1").arg(dir);
            return false;
        }
    }
    return true;
}

int Maildir::cleanTemporary(QStringList *problems) const
{
    const QDir tmp(m_path + QStringLiteral("/tmp"));
    int removed = 0;
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (QFile::remove(tmp.filePath(name)))
            ++removed;
        else if (problems)
            problems->append(QCoreApplication::translate("Maildir", "cannot remove the unfinished file %1")
                                 .arg(tmp.filePath(name)));
    }
    return removed;
}

QList<Maildir::Entry> Maildir::load(QStringList *problems, bool readContents) const
{
    QList<Entry> out;
    for (const char *sub : {"cur", "new"}) {
        if (!readContents) {
            // Names and sizes only, for a term of mail (20,000 files): one
            // name at a time and stat(2), not a sorted list of QFileInfo
            // (about 1 KB each with its cache); the order is made below.
            const QString directory = m_path + QLatin1Char('/') + QLatin1String(sub);
            QDirIterator it(directory, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            while (it.hasNext()) {
                it.next();
                const QString name = it.fileName();
                Entry entry;
                entry.path = directory + QLatin1Char('/') + name;
                struct stat st;
                const QByteArray native = QFile::encodeName(entry.path);
                if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
                    if (problems)
                        problems->append(QCoreApplication::translate("Maildir", "%1 is not a file; skipped")
                                             .arg(entry.path));
                    continue;
                }
                if (::access(native.constData(), R_OK) != 0) {
                    if (problems)
                        problems->append(QCoreApplication::translate("Maildir", "cannot read %1: %2; skipped")
                                             .arg(entry.path, QString::fromLocal8Bit(std::strerror(errno))));
                    continue;
                }
                entry.name = name.section(QLatin1Char(':'), 0, 0);
                entry.size = qint64(st.st_size);
                out.append(entry);
            }
            continue;
        }
        const QDir dir(m_path + QLatin1Char('/') + QLatin1String(sub));
        const QFileInfoList files = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &info : files) {
            if (!info.isFile()) {
                if (problems)
                    problems->append(QCoreApplication::translate("Maildir", "%1 is not a file; skipped")
                                         .arg(info.filePath()));
                continue;
            }
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                if (problems)
                    problems->append(QCoreApplication::translate("Maildir", "cannot read %1: %2; skipped")
                                         .arg(info.filePath(), file.errorString()));
                continue;
            }
            Entry entry;
            // A name in cur/ carries ":2,flags" (the Maildir "info"): not part of the id.
            entry.name = info.fileName().section(QLatin1Char(':'), 0, 0);
            entry.path = info.filePath();
            if (readContents)
                entry.content = file.readAll();
            entry.size = readContents ? entry.content.size() : file.size();
            if (file.error() != QFileDevice::NoError) {
                if (problems)
                    problems->append(QCoreApplication::translate("Maildir", "cannot read %1: %2; skipped")
                                         .arg(info.filePath(), file.errorString()));
                continue;
            }
            out.append(entry);
        }
    }
    // Delivery order: the names start with the time they were written.
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        const qint64 sa = a.name.section(QLatin1Char('.'), 0, 0).toLongLong();
        const qint64 sb = b.name.section(QLatin1Char('.'), 0, 0).toLongLong();
        if (sa != sb)
            return sa < sb;
        return a.name < b.name;
    });
    return out;
}

QString Maildir::uniqueName(const QByteArray &key, qint64 seconds)
{
    static std::atomic<quint64> counter{0};
    struct timeval now;
    ::gettimeofday(&now, nullptr);
    return QStringLiteral("%1.M%2P%3Q%4%5.carteiro")
        .arg(seconds >= 0 ? seconds : qint64(now.tv_sec))
        .arg(qint64(now.tv_usec))
        .arg(qint64(::getpid()))
        .arg(++counter)
        .arg(key.isEmpty() ? QString() : QStringLiteral(",K=") + QString::fromLatin1(key));
}

Maildir::Staged Maildir::plan(const QByteArray &content, const QByteArray &key) const
{
    const QString name = uniqueName(key);
    return planReplacement(name, content);
}

Maildir::Staged Maildir::planReplacement(const QString &name, const QByteArray &content) const
{
    // A fresh temporary name, renamed over the old file (if any): readers see
    // the old entry or the new one, never half of either.
    Staged staged;
    staged.temporaryPath = m_path + QStringLiteral("/tmp/") + uniqueName();
    staged.finalPath = m_path + QStringLiteral("/new/") + name;
    staged.content = content;
    return staged;
}

Maildir::Staged Maildir::stage(const QByteArray &content, QString *error) const
{
    Staged staged = plan(content);
    if (!write(&staged, error))
        return Staged();
    staged.content.clear();
    return staged;
}

bool Maildir::write(Staged *staged, QString *error)
{
    const QByteArray local = QFile::encodeName(staged->temporaryPath);
    const int fd = ::open(local.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QCoreApplication::translate("Maildir", "cannot create %1: %2")
                         .arg(staged->temporaryPath, systemError(errno));
        return false;
    }
    if (!writeAll(fd, staged->content)) {
        const int saved = errno;
        ::close(fd);
        ::unlink(local.constData());
        if (error)
            *error = QCoreApplication::translate("Maildir", "cannot write %1: %2")
                         .arg(staged->temporaryPath, systemError(saved));
        return false;
    }
    staged->fd = fd;
    return true;
}

QString Maildir::find(const QString &name) const
{
    const QString inNew = m_path + QStringLiteral("/new/") + name;
    if (QFileInfo::exists(inNew))
        return inNew;
    const QDir cur(m_path + QStringLiteral("/cur"));
    const QStringList matches = cur.entryList({name, name + QStringLiteral(":*")}, QDir::Files);
    return matches.isEmpty() ? QString() : cur.filePath(matches.first());
}

bool Maildir::commitNow(const Staged &staged, QString *error)
{
    bool ok = ::fsync(staged.fd) == 0;
    int saved = errno;
    ::close(staged.fd);
    const QByteArray from = QFile::encodeName(staged.temporaryPath);
    if (ok) {
        ok = ::rename(from.constData(), QFile::encodeName(staged.finalPath).constData()) == 0;
        saved = errno;
    }
    if (!ok) {
        ::unlink(from.constData());
        if (error)
            *error = QCoreApplication::translate("Maildir", "cannot store %1: %2")
                         .arg(staged.finalPath, systemError(saved));
        return false;
    }
    return syncDirectory(QFileInfo(staged.finalPath).path(), error);
}

bool Maildir::syncDirectory(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int saved = errno;
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error = QCoreApplication::translate("Maildir", "cannot sync the directory %1: %2")
                         .arg(path, systemError(saved));
        return false;
    }
    ::close(fd);
    return true;
}

QString Maildir::safeComponent(const QString &name)
{
    QString out;
    const QByteArray utf8 = name.toLower().toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'
            || (u == '.' && !out.isEmpty()))
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out.isEmpty() ? QStringLiteral("%00") : out;
}
