// SPDX-License-Identifier: GPL-3.0-or-later
// mailstore.cpp — a server's mailboxes, in memory or in Maildir: delivery
// with its Return-Path, the POP3 maildrop's lock, snapshot and removals.
#include "mailstore.h"

#include "storage/diskcommitter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>

MailStore::MailStore(QObject *parent)
    : QObject(parent)
{
}

void MailStore::addUser(const QByteArray &localPart, const QByteArray &password)
{
    m_passwords.insert(key(localPart), password);
    m_boxes[key(localPart)];
    // IMAP's folders: INBOX and the special-use ones clients look for (RFC 6154).
    QMap<QByteArray, Folder> &folders = m_folders[key(localPart)];
    const quint32 validity = quint32(QDateTime::currentSecsSinceEpoch());
    for (const auto &[name, use] : {std::pair<const char *, const char *>{"INBOX", ""},
                                    {"Sent", "\\Sent"},
                                    {"Drafts", "\\Drafts"},
                                    {"Trash", "\\Trash"},
                                    {"Junk", "\\Junk"}}) {
        if (folders.contains(name))
            continue;
        Folder f;
        f.uidValidity = validity;
        f.specialUse = use;
        folders.insert(name, f);
    }
}

bool MailStore::hasUser(const QByteArray &localPart) const
{
    return m_passwords.contains(key(localPart));
}

QList<QByteArray> MailStore::users() const
{
    return m_passwords.keys();
}

QByteArray MailStore::password(const QByteArray &localPart) const
{
    return m_passwords.value(key(localPart));
}

QByteArray MailStore::makeUid()
{
    // Unique and never reused (RFC 1939 §7): a counter with the time it started.
    // Written in place: one allocation a message.
    // (13 base-36 digits at most, a dot, 20 decimal digits at most.)
    char time[16];
    char number[24];
    const char *timeEnd = std::to_chars(time, time + sizeof time, QDateTime::currentSecsSinceEpoch(), 36).ptr;
    const char *numberEnd = std::to_chars(number, number + sizeof number, m_nextUid++).ptr;
    QByteArray uid(qsizetype(timeEnd - time) + 1 + qsizetype(numberEnd - number), Qt::Uninitialized);
    char *out = std::copy(static_cast<const char *>(time), timeEnd, uid.data());
    *out++ = '.';
    std::copy(static_cast<const char *>(number), numberEnd, out);
    return uid;
}

Maildir MailStore::maildirOf(const QByteArray &user) const
{
    return Maildir(m_directory + QStringLiteral("/mail/")
                   + Maildir::safeComponent(QString::fromUtf8(key(user))));
}

bool MailStore::openStorage(const QString &directory, DiskCommitter *committer, QStringList *problems,
                            QString *error)
{
    m_directory = directory;
    // Each user's INBOX and Maildir++ folders, with their UIDs and flags
    // (mailstoredisk.cpp).
    for (const QByteArray &user : m_boxes.keys()) {
        if (!loadFolders(user, problems, error))
            return false;
    }
    m_committer = committer;
    return true;
}

quint64 MailStore::deliverDurably(const QByteArray &localPart, const QByteArray &content, Done done)
{
    if (!m_committer) {
        deliver(localPart, content);
        if (done)
            done(true, QString());
        return 0;
    }
    const Maildir::Staged file = plan(localPart, content);
    const QByteArray user = key(localPart);
    const QString path = file.finalPath;
    return m_committer->commit(file, [this, user, content, path, done](bool ok, const QString &why) {
        if (ok)
            addStored(user, content, path);
        if (done)
            done(ok, why);
    });
}

Maildir::Staged MailStore::plan(const QByteArray &localPart, const QByteArray &content,
                                const QByteArray &key) const
{
    return maildirOf(localPart).plan(content, key);
}

void MailStore::addStored(const QByteArray &localPart, const QByteArray &content, const QString &path)
{
    Message message;
    message.uid = path.section(QLatin1Char('/'), -1).toUtf8();
    message.uid.squeeze(); // toUtf8() reserves three octets a character
    message.size = content.size(); // the text is in the file, read when asked
    message.receivedMs = QDateTime::currentMSecsSinceEpoch();
    message.path = path;
    QList<Message> &box = m_boxes[key(localPart)];
    box.append(message);
    // Only the new message needs a UID: numbering the whole mailbox again
    // made each delivery cost as much as the mailbox held (5,000 messages
    // in the SMTP bench: quadratic).
    number(key(localPart), &box, "INBOX", box.size() - 1);
    // Its UID goes into the list soon; if it does not (a kill first), the
    // file gets one again at the next start.
    markUidListChanged(localPart, "INBOX");
    if (Folder *inbox = folder(localPart, "INBOX"))
        inbox->filesInNew = true;
    Q_EMIT mailboxChanged(key(localPart));
}

void MailStore::deliver(const QByteArray &localPart, const QByteArray &content)
{
    Message message;
    message.uid = makeUid();
    message.heldContent = content;
    message.size = content.size();
    message.receivedMs = QDateTime::currentMSecsSinceEpoch();
    QList<Message> &box = m_boxes[key(localPart)];
    box.append(message);
    // Only the new message needs a UID: numbering the whole mailbox again
    // made each delivery cost as much as the mailbox held (5,000 messages
    // in the SMTP bench: quadratic).
    number(key(localPart), &box, "INBOX", box.size() - 1);
    Q_EMIT mailboxChanged(key(localPart));
}

QList<MailStore::Message> MailStore::mailbox(const QByteArray &localPart) const
{
    return m_boxes.value(key(localPart));
}

void MailStore::restoreMailbox(const QByteArray &localPart, const QList<Message> &messages)
{
    m_boxes[key(localPart)] = messages;
    // Saved UIDs first, in UID order; messages without one get the next ones.
    std::stable_sort(m_boxes[key(localPart)].begin(), m_boxes[key(localPart)].end(),
                     [](const Message &a, const Message &b) {
                         return a.imapUid != 0 && (b.imapUid == 0 || a.imapUid < b.imapUid);
                     });
    number(key(localPart), &m_boxes[key(localPart)], "INBOX");
    Q_EMIT mailboxChanged(key(localPart));
}

int MailStore::count(const QByteArray &localPart) const
{
    return int(m_boxes.value(key(localPart)).size());
}

bool MailStore::checkPassword(const QByteArray &user, const QByteArray &password)
{
    const auto it = m_passwords.constFind(key(user));
    return it != m_passwords.cend() && *it == password;
}

QByteArray MailStore::apopSecret(const QByteArray &user)
{
    return m_passwords.value(key(user));
}

bool MailStore::lock(const QByteArray &user)
{
    if (m_locked.contains(key(user)))
        return false;
    m_locked.insert(key(user));
    return true;
}

void MailStore::unlock(const QByteArray &user)
{
    m_locked.remove(key(user));
}

QList<Pop3StoredMessage> MailStore::messages(const QByteArray &user)
{
    QList<Pop3StoredMessage> out;
    const QList<Message> box = m_boxes.value(key(user));
    out.reserve(box.size());
    for (const Message &m : box)
        out.append({m.uid, m.heldContent, m.size});
    return out;
}

QByteArray MailStore::content(const QByteArray &user, const Pop3StoredMessage &message, QByteArray *error)
{
    if (!isPersistent() || !message.content.isNull())
        return message.content;
    // The snapshot names it; the store knows where its file is now (an IMAP
    // flag change renames it). A client reads them in order: the search
    // starts where the last one was found, so RETR of a whole maildrop does
    // not walk it once a message.
    const auto box = m_boxes.constFind(key(user));
    const qsizetype size = box == m_boxes.cend() ? 0 : box->size();
    for (qsizetype n = 0; n < size; ++n) {
        const qsizetype i = (m_readHint + n) % size;
        const Message &m = box->at(i);
        if (m.uid == message.uid) {
            m_readHint = i + 1;
            return contentOf(m, error);
        }
    }
    if (error)
        *error = "message " + message.uid.left(80)
            + " is no longer in the maildrop (removed by another session)";
    return {};
}

QByteArray MailStore::contentOf(const Message &message, QByteArray *error) const
{
    return message.content(error);
}

QByteArray MailStore::Message::content(QByteArray *error) const
{
    const Message &message = *this;
    if (message.isHeld())
        return message.heldContent;
    QFile file(message.path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Renamed behind the store's back (another program moved it from
        // new/ to cur/ or changed its flags): the same base name is the
        // same message.
        const QFileInfo info(message.path);
        const QDir folder(info.dir().path().section(QLatin1Char('/'), 0, -2));
        for (const char *sub : {"cur", "new"}) {
            const QDir dir(folder.filePath(QLatin1String(sub)));
            const QString base = QString::fromUtf8(message.uid);
            for (const QString &name : dir.entryList({base, base + QStringLiteral(":*")}, QDir::Files)) {
                QFile moved(dir.filePath(name));
                if (moved.open(QIODevice::ReadOnly))
                    return moved.readAll();
            }
        }
        if (error)
            *error = "cannot read the message's file " + info.fileName().toUtf8() + ": "
                + file.errorString().toUtf8();
        return {};
    }
    QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = "cannot read the message's file " + QFileInfo(message.path).fileName().toUtf8() + ": "
                + file.errorString().toUtf8();
        return {};
    }
    return content;
}

QByteArray MailStore::headerOf(const Message &message) const
{
    const auto cut = [](const QByteArray &text) {
        const qsizetype crlf = text.indexOf("\r\n\r\n");
        const qsizetype lf = text.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf <= lf))
            return text.left(crlf + 4);
        return lf >= 0 ? text.left(lf + 2) : text;
    };
    if (message.isHeld())
        return cut(message.heldContent);
    constexpr qint64 maximumHeader = 64 * 1024;
    QFile file(message.path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text;
    while (text.size() < maximumHeader) {
        const QByteArray chunk = file.read(4096);
        if (chunk.isEmpty())
            break;
        const qsizetype from = qMax<qsizetype>(0, text.size() - 3);
        text += chunk;
        if (text.indexOf("\n\n", from) >= 0 || text.indexOf("\r\n\r\n", from) >= 0)
            break;
    }
    return cut(text);
}

qint64 MailStore::heldBytes() const
{
    qint64 total = 0;
    for (const QList<Message> &box : m_boxes) {
        for (const Message &m : box)
            total += m.heldContent.size();
    }
    for (const QMap<QByteArray, Folder> &folders : m_folders) {
        for (const Folder &f : folders) {
            for (const Message &m : f.messages)
                total += m.heldContent.size();
        }
    }
    return total;
}

quint64 MailStore::remove(const QByteArray &user, const QList<QByteArray> &uids)
{
    auto it = m_boxes.find(key(user));
    if (it == m_boxes.end() || uids.isEmpty())
        return 0;
    const QSet<QByteArray> gone(uids.cbegin(), uids.cend());
    QStringList files;
    it->removeIf([&](const Message &m) {
        if (!gone.contains(m.uid))
            return false;
        if (!m.path.isEmpty()) {
            if (m_removalHook)
                m_removalHook(m.path);
            files.append(m.path);
        }
        return true;
    });
    // UPDATE (RFC 1939 §6): the files go too, after every delivery given
    // before; the +OK to QUIT waits for this ticket.
    const quint64 ticket = m_committer ? m_committer->remove(files) : 0;
    markUidListChanged(user, "INBOX");
    Q_EMIT mailboxChanged(key(user));
    return ticket;
}
