// SPDX-License-Identifier: GPL-3.0-or-later
// mailstoredisk.cpp — the IMAP folders on disk, as Maildir++ (Dovecot's and
// Courier's layout), with UIDs, UIDVALIDITY, flags and subscriptions.
//
// DIR/mail/<user>/                INBOX (tmp/, new/, cur/)
// DIR/mail/<user>/.Work.2026/     the folder "Work/2026", with an empty
//                                 maildirfolder file
// <folder>/carteiro-uidlist       "carteiro-uidlist 1 V<uidvalidity> N<uidnext>",
//                                 then "<uid> <basename>" per message
// DIR/mail/<user>/subscriptions   the subscribed folders, one per line
// DIR/mail/<user>/carteiro-uidvalidity  the last UIDVALIDITY given
//
// Flags are the file names' Maildir info, "<basename>:2,<letters>" in cur/
// (D \Draft, F \Flagged, R \Answered, S \Seen, T \Deleted, sorted); the
// base name is the POP3 unique id, so UIDL does not change with the flags.
// A flag change is one rename(2), atomic: the message is under its old name
// or its new one. UID lists and subscriptions are replaced whole (temporary
// file, fsync, rename, fsync of the directory) through the DiskCommitter, in
// the same group as the files they list for APPEND and COPY. At open a file
// the list does not name gets a new UID, an entry whose file is gone is
// dropped, and a missing or unreadable list makes a new UIDVALIDITY (one
// above the last given, at least the time in seconds, as Dovecot does) and
// numbers the folder again. Folder creation, renaming and deletion change
// directories: rare, done at once (after the committer's pending work) with
// rename(2) and an fsync of the user's directory.
#include "mailstore.h"

#include "storage/diskcommitter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <utility>

namespace {

const QLatin1String uidListName("carteiro-uidlist");
const QLatin1String uidValidityName("carteiro-uidvalidity");
const QLatin1String subscriptionsName("subscriptions");
const QLatin1String keywordsName("dovecot-keywords");
constexpr int maximumKeywords = 26; // a–z

struct FlagLetter {
    char letter;
    const char *flag;
};
// Maildir's letters, in ASCII order (the names carry them sorted).
constexpr FlagLetter flagLetterTable[] = {
    {'D', "\\Draft"}, {'F', "\\Flagged"}, {'R', "\\Answered"}, {'S', "\\Seen"}, {'T', "\\Deleted"}};

QByteArray readSmallFile(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    return *exists ? file.readAll() : QByteArray();
}

// A file replaced whole, at once (at open and for folder changes).
bool writeNow(const Maildir &tmpOwner, const QString &finalPath, const QByteArray &content)
{
    Maildir::Staged staged = tmpOwner.planReplacement(QStringLiteral("x"), content);
    staged.finalPath = finalPath;
    return Maildir::write(&staged, nullptr) && Maildir::commitNow(staged, nullptr);
}

Maildir::Staged replacement(const Maildir &tmpOwner, const QString &finalPath, const QByteArray &content)
{
    Maildir::Staged staged = tmpOwner.planReplacement(QStringLiteral("x"), content);
    staged.finalPath = finalPath;
    return staged;
}

} // namespace

QByteArray MailStore::flagLetters(const QByteArray &user, const QByteArray &name,
                                  const QList<QByteArray> &flags)
{
    QByteArray out;
    for (const FlagLetter &f : flagLetterTable) {
        for (const QByteArray &flag : flags) {
            if (flag.compare(f.flag, Qt::CaseInsensitive) == 0) {
                out += f.letter;
                break;
            }
        }
    }
    Folder *f = folder(user, name);
    if (!f)
        return out;
    QByteArray keywordLetters;
    bool added = false;
    for (const QByteArray &flag : flags) {
        if (flag.startsWith('\\'))
            continue;
        qsizetype index = -1;
        for (qsizetype i = 0; i < f->keywords.size() && index < 0; ++i) {
            if (f->keywords.at(i).compare(flag, Qt::CaseInsensitive) == 0) // RFC 3501 §2.3.2
                index = i;
        }
        if (index < 0 && f->keywords.size() < maximumKeywords) {
            f->keywords.append(flag);
            index = f->keywords.size() - 1;
            added = true;
        }
        if (index >= 0 && !keywordLetters.contains(char('a' + index)))
            keywordLetters += char('a' + index);
    }
    if (added) {
        // The file first: a name with a letter it does not list would lose it.
        QByteArray list;
        for (qsizetype i = 0; i < f->keywords.size(); ++i)
            list += QByteArray::number(i) + ' ' + f->keywords.at(i) + '\n';
        const Maildir maildir = maildirOf(user, name);
        writeNow(maildir, maildir.path() + QLatin1Char('/') + keywordsName, list);
    }
    std::sort(keywordLetters.begin(), keywordLetters.end());
    return out + keywordLetters;
}

QList<QByteArray> MailStore::flagsOfFileName(const QByteArray &user, const QByteArray &name,
                                             const QString &fileName)
{
    QList<QByteArray> out;
    const qsizetype info = fileName.lastIndexOf(QStringLiteral(":2,"));
    if (info < 0)
        return out;
    const QString letters = fileName.mid(info + 3);
    for (const FlagLetter &f : flagLetterTable) {
        if (letters.contains(QLatin1Char(f.letter)))
            out.append(f.flag);
    }
    const Folder *f = folder(user, name);
    for (const QChar c : letters) {
        const int index = c.unicode() - 'a';
        if (f && index >= 0 && index < f->keywords.size() && !out.contains(f->keywords.at(index)))
            out.append(f->keywords.at(index));
    }
    return out;
}

bool MailStore::validFolderName(const QByteArray &name)
{
    // "." separates Maildir++'s levels: a name with one would come back as two.
    return !name.isEmpty() && !name.startsWith('/') && !name.endsWith('/') && !name.contains("//")
        && !name.contains('.') && !name.contains('\0') && !name.contains('\r') && !name.contains('\n');
}

QString MailStore::folderDirectory(const QByteArray &user, const QByteArray &name) const
{
    const QString root = maildirOf(user).path();
    if (name == "INBOX")
        return root;
    QByteArray dotted = name;
    dotted.replace('/', '.');
    return root + QStringLiteral("/.") + QString::fromUtf8(dotted);
}

Maildir MailStore::maildirOf(const QByteArray &user, const QByteArray &name) const
{
    return Maildir(folderDirectory(user, name));
}

quint32 MailStore::newUidValidity(const QByteArray &user)
{
    // Never the same twice for a user: one above the last given, and at
    // least the time in seconds (so a lost file still gives a new one).
    const QString path = maildirOf(user).path() + QLatin1Char('/') + uidValidityName;
    bool exists = false;
    const quint32 last = readSmallFile(path, &exists).trimmed().toUInt();
    const quint32 now = quint32(QDateTime::currentSecsSinceEpoch());
    const quint32 next = qMax(now, last + 1);
    writeNow(maildirOf(user), path, QByteArray::number(next) + '\n');
    return next;
}

Maildir::Staged MailStore::uidList(const QByteArray &user, const QByteArray &name)
{
    const Folder *f = folder(user, name);
    const QList<Message> *messages = messagesOf(user, name);
    QByteArray text = "carteiro-uidlist 1 V" + QByteArray::number(f ? f->uidValidity : 0) + " N"
        + QByteArray::number(f ? f->uidNext : 1) + '\n';
    if (messages) {
        for (const Message &m : *messages) {
            if (!m.path.isEmpty())
                text += QByteArray::number(m.imapUid) + ' ' + m.uid + '\n';
        }
    }
    const Maildir maildir = maildirOf(user, name);
    return replacement(maildir, maildir.path() + QLatin1Char('/') + uidListName, text);
}

Maildir::Staged MailStore::subscriptionsFile(const QByteArray &user)
{
    QByteArray text;
    const QMap<QByteArray, Folder> folders = m_folders.value(key(user));
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (it->subscribed)
            text += it.key() + '\n';
    }
    const Maildir root = maildirOf(user);
    return replacement(root, root.path() + QLatin1Char('/') + subscriptionsName, text);
}

void MailStore::markUidListChanged(const QByteArray &user, const QByteArray &name)
{
    if (!m_committer)
        return;
    m_changedUidLists.insert({key(user), name});
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // On the next turn of the event loop, but not more often than every
    // uidListFlushMs: each flush rewrites a folder's whole list into a new
    // file, and under a stream of deliveries (the SMTP bench, 5,000
    // messages) that was a file created and one deleted per turn, and
    // quadratic in the mailbox's size. A kill in between costs nothing
    // kept: unlisted files get their UIDs again at the next start.
    constexpr qint64 uidListFlushMs = 250;
    const qint64 now = QDeadlineTimer::current().deadline();
    const qint64 wait = m_lastFlushMs < 0
        ? 0
        : qBound<qint64>(0, m_lastFlushMs + uidListFlushMs - now, uidListFlushMs);
    QTimer::singleShot(int(wait), Qt::PreciseTimer, this, [this] { flushUidLists(); });
}

void MailStore::flushUidLists()
{
    m_flushScheduled = false;
    m_lastFlushMs = QDeadlineTimer::current().deadline();
    const auto changed = std::exchange(m_changedUidLists, {});
    if (!m_committer)
        return;
    for (const auto &[user, name] : changed) {
        if (folder(user, name))
            m_committer->commit(uidList(user, name));
    }
}

bool MailStore::makeFolderDirectory(const QByteArray &user, const QByteArray &name, QByteArray *error)
{
    const Maildir maildir = maildirOf(user, name);
    QString why;
    if (!maildir.create(&why)) {
        *error = "[SERVERBUG] " + why.toUtf8();
        return false;
    }
    QFile marker(maildir.path() + QStringLiteral("/maildirfolder"));
    if (!marker.exists() && !marker.open(QIODevice::WriteOnly)) {
        *error = "[SERVERBUG] cannot create " + marker.fileName().toUtf8();
        return false;
    }
    return true;
}

void MailStore::placeByFlags(const QByteArray &user, const QByteArray &name, Message *m)
{
    // new/ holds messages no client has seen, without flags; the others are
    // in cur/ with their flags in the name.
    if (m->path.isEmpty())
        return;
    const QFileInfo info(m->path);
    const QString folderPath = info.dir().path().section(QLatin1Char('/'), 0, -2);
    const QString wanted = folderPath + QStringLiteral("/cur/") + QString::fromUtf8(m->uid)
        + QStringLiteral(":2,") + QString::fromLatin1(flagLetters(user, name, m->flags));
    if (wanted == m->path)
        return;
    const auto renamed = [&] {
        return ::rename(QFile::encodeName(m->path).constData(), QFile::encodeName(wanted).constData()) == 0;
    };
    // Not there yet: its commit (an APPEND just answered) is still under way.
    if (renamed() || (errno == ENOENT && m_committer && (m_committer->waitForIdle(), renamed())))
        m->path = wanted;
}

quint64 MailStore::storeNew(const QByteArray &user, const QByteArray &name, qsizetype count)
{
    QList<Message> *messages = messagesOf(user, name);
    const Maildir maildir = maildirOf(user, name);
    QList<Maildir::Staged> files;
    QSet<QByteArray> added;
    for (qsizetype i = messages->size() - count; i < messages->size(); ++i) {
        Message &m = (*messages)[i];
        // Named by its internal date (a delivery's is now; an APPEND may
        // give one, a COPY keeps the original's): loadFolder() reads it back.
        m.uid = Maildir::uniqueName({}, m.receivedMs > 0 ? m.receivedMs / 1000 : -1).toUtf8();
        Maildir::Staged file = maildir.planReplacement(QString::fromUtf8(m.uid), m.heldContent);
        if (!m.flags.isEmpty()) {
            file.finalPath = maildir.path() + QStringLiteral("/cur/") + QString::fromUtf8(m.uid)
                + QStringLiteral(":2,") + QString::fromLatin1(flagLetters(user, name, m.flags));
        }
        m.path = file.finalPath;
        folder(user, name)->filesInNew |= m.flags.isEmpty();
        files.append(file);
        added.insert(m.uid);
    }
    // The list naming them goes with them: all durable, or none.
    files.append(uidList(user, name));
    const QByteArray owner = key(user);
    return m_committer->commit(files, [this, owner, name, added](bool ok, const QString &) {
        if (ok) {
            // Durable: the text is read from the file from now on.
            if (QList<Message> *now = messagesOf(owner, name)) {
                for (Message &m : *now) {
                    if (added.contains(m.uid))
                        m.heldContent = QByteArray();
                }
            }
            return;
        }
        // Not stored: the messages leave the folder (the OK was not said).
        if (QList<Message> *now = messagesOf(owner, name)) {
            now->removeIf([&added](const Message &m) { return added.contains(m.uid); });
            Q_EMIT mailboxChanged(owner);
        }
    });
}

void MailStore::loadFolder(const QByteArray &user, const QByteArray &name, QList<Message> *messages,
                           QStringList *problems)
{
    Folder *f = folder(user, name);
    const Maildir maildir = maildirOf(user, name);
    maildir.cleanTemporary(problems);
    // The UID list: header, then "uid basename" lines; any fault, and the
    // folder is numbered again under a new UIDVALIDITY.
    bool exists = false;
    const QByteArray listed = readSmallFile(maildir.path() + QLatin1Char('/') + uidListName, &exists);
    const QList<QByteArray> lines = listed.split('\n');
    bool valid = exists && !lines.isEmpty();
    quint32 validity = 0;
    quint32 next = 0;
    QHash<QByteArray, quint32> uids;
    if (valid) {
        const QList<QByteArray> header = lines.first().split(' ');
        valid = header.size() == 4 && header.at(0) == "carteiro-uidlist" && header.at(1) == "1"
            && header.at(2).startsWith('V') && header.at(3).startsWith('N');
        if (valid) {
            validity = header.at(2).mid(1).toUInt(&valid);
            bool ok = false;
            next = header.at(3).mid(1).toUInt(&ok);
            valid = valid && ok && validity != 0 && next != 0;
        }
        QSet<quint32> given;
        for (qsizetype i = 1; valid && i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const qsizetype space = lines.at(i).indexOf(' ');
            bool ok = false;
            const quint32 uid = space > 0 ? lines.at(i).left(space).toUInt(&ok) : 0;
            valid = ok && uid != 0 && uid < next && !given.contains(uid);
            given.insert(uid);
            uids.insert(lines.at(i).mid(space + 1), uid);
        }
    }
    if (!valid && exists && problems)
        problems->append(QCoreApplication::translate(
                             "Maildir", "%1: unreadable UID list; the folder gets a new UIDVALIDITY")
                             .arg(maildir.path() + QLatin1Char('/') + uidListName));
    if (valid) {
        f->uidValidity = validity;
        f->uidNext = next;
    } else {
        f->uidValidity = newUidValidity(user);
        f->uidNext = 1;
        uids.clear();
    }
    // Keywords: "<index> <keyword>" lines (Dovecot's dovecot-keywords).
    f->keywords.clear();
    bool keywordsExist = false;
    for (const QByteArray &line :
         readSmallFile(maildir.path() + QLatin1Char('/') + keywordsName, &keywordsExist).split('\n')) {
        const qsizetype space = line.indexOf(' ');
        bool ok = false;
        const int index = space > 0 ? line.left(space).toInt(&ok) : -1;
        if (ok && index == f->keywords.size() && index < maximumKeywords && space + 1 < line.size())
            f->keywords.append(line.mid(space + 1).trimmed());
    }
    QList<Message> known;
    QList<Message> unknown;
    // Names and sizes only: the texts stay on disk, read when asked.
    for (const Maildir::Entry &entry : maildir.load(problems, false)) {
        Message message;
        message.uid = entry.name.toUtf8();
        message.uid.squeeze(); // toUtf8() reserves three octets a character
        message.size = entry.size;
        message.path = entry.path;
        message.receivedMs = entry.name.section(QLatin1Char('.'), 0, 0).toLongLong() * 1000;
        message.flags = flagsOfFileName(user, name, QFileInfo(entry.path).fileName());
        message.imapUid = uids.value(message.uid);
        (message.imapUid ? known : unknown).append(message);
    }
    // Listed ones in UID order, then the new ones (in delivery order) get UIDs.
    std::sort(known.begin(), known.end(),
              [](const Message &a, const Message &b) { return a.imapUid < b.imapUid; });
    known.append(unknown);
    f->filesInNew = true;
    // What was put there in memory before (none in practice) stays after.
    known.append(*messages);
    *messages = known;
    number(user, messages, name);
    // Written again only when it changed (a start does not fsync every folder).
    const QByteArray now = uidList(user, name).content;
    if (now != listed)
        writeNow(maildir, maildir.path() + QLatin1Char('/') + uidListName, now);
}

bool MailStore::loadFolders(const QByteArray &user, QStringList *problems, QString *error)
{
    const Maildir root = maildirOf(user);
    if (!root.create(error))
        return false;
    // A folder whose deletion a kill cut short (deleteFolder() moves it there first).
    const QDir tmp(root.path() + QStringLiteral("/tmp"));
    for (const QString &gone :
         tmp.entryList({QStringLiteral("*.deleted")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(tmp.filePath(gone)).removeRecursively();
    QMap<QByteArray, Folder> &folders = m_folders[key(user)];
    // The Maildir++ folders: ".Name.Sub" directories.
    const QStringList directories =
        QDir(root.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &directory : directories) {
        if (!directory.startsWith(QLatin1Char('.')))
            continue;
        QByteArray name = directory.mid(1).toUtf8();
        name.replace('.', '/');
        if (!validFolderName(name) || name.compare("INBOX", Qt::CaseInsensitive) == 0) {
            if (problems)
                problems->append(QCoreApplication::translate("Maildir", "%1: not a folder name; skipped")
                                     .arg(root.path() + QLatin1Char('/') + directory));
            continue;
        }
        if (!folders.contains(name))
            folders.insert(name, Folder());
    }
    // The special-use folders exist on disk too.
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        if (it.key() == "INBOX")
            continue;
        QByteArray why;
        if (!makeFolderDirectory(user, it.key(), &why)) {
            *error = QString::fromUtf8(why);
            return false;
        }
    }
    bool exists = false;
    const QByteArray subscriptions = readSmallFile(root.path() + QLatin1Char('/') + subscriptionsName,
                                                   &exists);
    if (exists) {
        // Ours: one IMAP name per line. Dovecot's version 2 (once Dovecot has
        // rewritten it): a "V\t2" line, then names with a tab between levels.
        QList<QByteArray> names = subscriptions.split('\n');
        for (QByteArray &name : names) {
            if (name.startsWith("V\t"))
                name.clear();
            name.replace('\t', '/');
        }
        for (auto it = folders.begin(); it != folders.end(); ++it)
            it->subscribed = names.contains(it.key());
    }
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        if (it.key() == "INBOX")
            loadFolder(user, "INBOX", &m_boxes[key(user)], problems);
        else
            loadFolder(user, it.key(), &it->messages, problems);
    }
    if (!exists)
        writeNow(root, root.path() + QLatin1Char('/') + subscriptionsName, subscriptionsFile(user).content);
    return true;
}
