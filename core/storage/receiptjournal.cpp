// SPDX-License-Identifier: GPL-3.0-or-later
// receiptjournal.cpp — receipts in memory, and their two journal files.
//
// A key is the first 8 bytes (16 hex digits) of SHA-256 over the sender and
// recipients (in lower case) and the content. A receipt ("key#serial") stays
// pending until its 250 is confirmed or its connection ends; a key becomes a
// candidate only once its files are durable and no command confirmed it.
// open() merges the journal with the keys of the files present and writes
// both files again through Maildir's commit; later lines are single O_APPEND
// write(2) calls, and a line that is not a key is skipped when read.
#include "receiptjournal.h"

#include "storage/maildir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

const QString confirmedName = QStringLiteral("receipts.confirmed");
const QString unconfirmedName = QStringLiteral("receipts.unconfirmed");

bool isKey(const QByteArray &text)
{
    if (text.size() != 16)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

qint64 secondsOf(const QString &fileName)
{
    return fileName.section(QLatin1Char('.'), 0, 0).toLongLong();
}

// Reads one journal file; a missing file is an empty one.
QList<QByteArray> readLines(const QString &path, QStringList *problems)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(QCoreApplication::translate("ReceiptJournal", "cannot read %1: %2")
                                 .arg(path, file.errorString()));
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

ReceiptJournal::~ReceiptJournal()
{
    if (m_confirmedFd >= 0)
        ::close(m_confirmedFd);
    if (m_unconfirmedFd >= 0)
        ::close(m_unconfirmedFd);
}

QByteArray ReceiptJournal::keyFor(const QByteArray &sender, const QList<QByteArray> &recipients,
                                  const QByteArray &content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(sender.toLower());
    for (const QByteArray &recipient : recipients) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(recipient.toLower());
    }
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(content);
    return hash.result().left(8).toHex();
}

QByteArray ReceiptJournal::keyOf(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(",K=([0-9a-f]{16})(?:[.,:]|$)"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

bool ReceiptJournal::open(const QString &directory, const QStringList &fileNames, QStringList *problems,
                          QString *error)
{
    m_directory = directory;
    const QString confirmedPath = directory + QLatin1Char('/') + confirmedName;
    const QString unconfirmedPath = directory + QLatin1Char('/') + unconfirmedName;
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    QSet<QByteArray> confirmed;
    int bad = 0;
    for (const QByteArray &line : readLines(confirmedPath, problems)) {
        if (isKey(line))
            confirmed.insert(line);
        else
            ++bad;
    }
    QHash<QByteArray, qint64> seen; // every key still in a file, with its oldest time
    for (const QString &name : fileNames) {
        const QByteArray key = keyOf(name);
        if (key.isEmpty())
            continue;
        const qint64 since = secondsOf(name);
        auto it = seen.find(key);
        if (it == seen.end())
            seen.insert(key, since);
        else
            *it = qMin(*it, since);
    }
    m_candidates.clear();
    for (const QByteArray &line : readLines(unconfirmedPath, problems)) {
        const QList<QByteArray> fields = line.split(' ');
        bool ok = false;
        const qint64 since = fields.size() == 2 ? fields.at(1).toLongLong(&ok) : 0;
        if (!ok || !isKey(fields.at(0))) {
            ++bad;
            continue;
        }
        if (!confirmed.contains(fields.at(0)))
            addCandidate(fields.at(0), since);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (!confirmed.contains(it.key()))
            addCandidate(it.key(), it.value());
    }
    if (bad > 0 && problems)
        problems->append(QCoreApplication::translate("ReceiptJournal",
                                                     "%1: %n line(s) that are not receipts; skipped", "", bad)
                             .arg(directory));
    m_candidates.removeIf(
        [now](const QHash<QByteArray, qint64>::iterator it) { return now - it.value() > candidateLifetime; });

    // Compacted: the candidates first, then the confirmations still needed
    // (a kill in between leaves the old confirmations, a superset).
    QByteArray unconfirmedText;
    for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it)
        unconfirmedText += it.key() + ' ' + QByteArray::number(it.value()) + '\n';
    QByteArray confirmedText;
    for (const QByteArray &key : std::as_const(confirmed)) {
        if (seen.contains(key))
            confirmedText += key + '\n';
    }
    for (const auto &[path, text] :
         {std::pair{unconfirmedPath, unconfirmedText}, std::pair{confirmedPath, confirmedText}}) {
        Maildir::Staged staged;
        staged.temporaryPath = path + QStringLiteral(".new");
        staged.finalPath = path;
        staged.content = text;
        QFile::remove(staged.temporaryPath);
        if (!Maildir::write(&staged, error) || !Maildir::commitNow(staged, error))
            return false;
    }
    for (const auto &[fd, path] :
         {std::pair{&m_unconfirmedFd, unconfirmedPath}, std::pair{&m_confirmedFd, confirmedPath}}) {
        *fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
        if (*fd < 0) {
            if (error)
                *error = QCoreApplication::translate("ReceiptJournal", "cannot open %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    return true;
}

void ReceiptJournal::addCandidate(const QByteArray &key, qint64 since)
{
    auto it = m_candidates.find(key);
    if (it == m_candidates.end())
        m_candidates.insert(key, since);
    else
        *it = qMin(*it, since);
}

void ReceiptJournal::append(int fd, const QByteArray &line)
{
    if (fd < 0)
        return;
    // One write(2) of a short line to an O_APPEND file: whole or not at all
    // as far as a later reader is concerned (a torn line is skipped).
    for (;;) {
        const ssize_t n = ::write(fd, line.constData(), size_t(line.size()));
        if (n >= 0 || errno != EINTR)
            return;
    }
}

bool ReceiptJournal::takeCandidate(const QByteArray &key, QByteArray *receipt)
{
    if (!isOpen() || !m_candidates.remove(key))
        return false;
    *receipt = begin(key);
    m_pending[*receipt].durable = true; // nothing to write: it is on disk already
    return true;
}

QByteArray ReceiptJournal::begin(const QByteArray &key)
{
    const QByteArray receipt = key + '#' + QByteArray::number(++m_serial);
    m_pending.insert(receipt, Pending{key, false, false});
    ++m_open[key];
    return receipt;
}

void ReceiptJournal::committed(const QByteArray &receipt, bool ok)
{
    auto it = m_pending.find(receipt);
    if (it == m_pending.end())
        return;
    if (ok && !it->ended) {
        it->durable = true;
        return;
    }
    const Pending done = *it;
    m_pending.erase(it);
    if (--m_open[done.key] <= 0)
        m_open.remove(done.key);
    if (ok) // stored, and its connection is gone unconfirmed already
        addCandidate(done.key, QDateTime::currentSecsSinceEpoch());
}

void ReceiptJournal::confirmed(const QByteArray &receipt)
{
    const auto it = m_pending.constFind(receipt);
    if (it == m_pending.cend())
        return;
    const QByteArray key = it->key;
    m_pending.erase(it);
    if (--m_open[key] <= 0)
        m_open.remove(key);
    // At the next start a confirmed key is no candidate, whatever else had it.
    m_candidates.remove(key);
    append(m_confirmedFd, key + '\n');
}

void ReceiptJournal::unconfirmed(const QByteArray &receipt)
{
    auto it = m_pending.find(receipt);
    if (it == m_pending.end())
        return;
    if (!it->durable) {
        it->ended = true; // a candidate once (and if) its files are durable
        return;
    }
    const QByteArray key = it->key;
    m_pending.erase(it);
    if (--m_open[key] <= 0)
        m_open.remove(key);
    addCandidate(key, QDateTime::currentSecsSinceEpoch());
}

void ReceiptJournal::forgetting(const QString &fileName)
{
    const QByteArray key = keyOf(fileName.section(QLatin1Char('/'), -1));
    if (key.isEmpty() || !isOpen())
        return;
    const auto candidate = m_candidates.constFind(key);
    if (candidate != m_candidates.cend())
        append(m_unconfirmedFd, key + ' ' + QByteArray::number(candidate.value()) + '\n');
    else if (m_open.contains(key))
        append(m_unconfirmedFd, key + ' ' + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '\n');
}
