// SPDX-License-Identifier: GPL-3.0-or-later
// mailstoreimap.cpp — the mailboxes as IMAP sees them (ImapStore).
//
// INBOX is the POP3 maildrop (m_boxes); other folders live in m_folders.
// Every message gets an IMAP UID when it joins a folder (number()), from the
// folder's UIDNEXT, never reused (RFC 3501 §2.3.1.1). An EXPUNGE of INBOX on
// disk removes the files through the committer, as POP3's UPDATE does.
// Folder names: "/" between levels; INBOX may not be deleted or created; a
// rename of INBOX moves its messages into the new folder (RFC 3501 §6.3.5).
// On disk (mailstoredisk.cpp) every change also goes to the Maildir++
// folders; APPEND, COPY and EXPUNGE give the ticket of their durable write.
#include "imapstructure.h"
#include "mailstore.h"

#include "storage/diskcommitter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

MailStore::Folder *MailStore::folder(const QByteArray &user, const QByteArray &name)
{
    auto folders = m_folders.find(key(user));
    if (folders == m_folders.end())
        return nullptr;
    auto it = folders->find(name);
    return it == folders->end() ? nullptr : &*it;
}

QList<MailStore::Message> *MailStore::messagesOf(const QByteArray &user, const QByteArray &name)
{
    if (name == "INBOX") {
        auto it = m_boxes.find(key(user));
        return it == m_boxes.end() ? nullptr : &*it;
    }
    Folder *f = folder(user, name);
    return f ? &f->messages : nullptr;
}

void MailStore::number(const QByteArray &user, QList<Message> *messages, const QByteArray &folderName,
                       qsizetype from)
{
    Folder *f = folder(user, folderName);
    if (!f)
        return;
    for (qsizetype i = qMax<qsizetype>(0, from); i < messages->size(); ++i) {
        Message &m = (*messages)[i];
        if (m.imapUid == 0)
            m.imapUid = f->uidNext++;
        else
            f->uidNext = qMax(f->uidNext, m.imapUid + 1);
    }
}

QList<QByteArray> MailStore::folderNames(const QByteArray &user) const
{
    QList<QByteArray> names = m_folders.value(key(user)).keys();
    names.removeAll("INBOX");
    return names;
}

QList<MailStore::ImapFolderSnapshot> MailStore::imapFolders(const QByteArray &user) const
{
    QList<ImapFolderSnapshot> out;
    const QMap<QByteArray, Folder> folders = m_folders.value(key(user));
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        ImapFolderSnapshot snapshot{it.key(), it->uidValidity, it->uidNext, it->subscribed, it->messages};
        if (it.key() == "INBOX")
            out.prepend(snapshot);
        else
            out.append(snapshot);
    }
    return out;
}

void MailStore::restoreImapFolders(const QByteArray &user, const QList<ImapFolderSnapshot> &snapshots)
{
    QMap<QByteArray, Folder> &folders = m_folders[key(user)];
    for (const ImapFolderSnapshot &snapshot : snapshots) {
        Folder &f = folders[snapshot.name]; // a special-use folder keeps its use
        f.uidValidity = snapshot.uidValidity;
        f.uidNext = snapshot.uidNext;
        f.subscribed = snapshot.subscribed;
        if (snapshot.name == "INBOX")
            continue;
        f.messages = snapshot.messages;
        std::stable_sort(f.messages.begin(), f.messages.end(), [](const Message &a, const Message &b) {
            return a.imapUid != 0 && (b.imapUid == 0 || a.imapUid < b.imapUid);
        });
        number(user, &f.messages, snapshot.name);
    }
    Q_EMIT mailboxChanged(key(user));
}

QByteArray MailStore::login(const QByteArray &user, const QByteArray &password)
{
    return checkPassword(user, password) ? key(user) : QByteArray();
}

QList<ImapFolderInfo> MailStore::folders(const QByteArray &user)
{
    QList<ImapFolderInfo> out;
    const QMap<QByteArray, Folder> folders = m_folders.value(key(user));
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        ImapFolderInfo info;
        info.name = it.key();
        info.subscribed = it->subscribed;
        if (!it->specialUse.isEmpty())
            info.attributes.append(it->specialUse);
        bool children = false;
        for (auto other = folders.cbegin(); other != folders.cend() && !children; ++other)
            children = other.key().startsWith(it.key() + '/');
        info.attributes.append(children ? QByteArray("\\HasChildren") : QByteArray("\\HasNoChildren"));
        out.append(info);
    }
    // INBOX first, as clients expect.
    std::stable_sort(out.begin(), out.end(), [](const ImapFolderInfo &a, const ImapFolderInfo &b) {
        return a.name == "INBOX" && b.name != "INBOX";
    });
    return out;
}

bool MailStore::folderState(const QByteArray &user, const QByteArray &name, ImapFolderState *state)
{
    const Folder *f = folder(user, name);
    const QList<Message> *messages = messagesOf(user, name);
    if (!f || !messages)
        return false;
    if (m_committer && f->filesInNew) {
        // Seen by IMAP: out of new/, as Dovecot does (an atomic rename each).
        folder(user, name)->filesInNew = false;
        for (Message &m : *messagesOf(user, name)) {
            if (m.path.contains(QStringLiteral("/new/")))
                placeByFlags(user, name, &m);
        }
    }
    state->uidValidity = f->uidValidity;
    state->uidNext = f->uidNext;
    state->messages.clear();
    state->messages.reserve(messages->size());
    for (const Message &m : *messages)
        state->messages.append({m.imapUid, m.flags, m.receivedMs, m.size});
    return true;
}

namespace {

// The message with this IMAP UID. A folder is in UID order (UIDs are given
// from UIDNEXT as messages join it), so a binary search finds it: FETCH and
// SEARCH over 10,000 messages no longer walk the folder once per message.
// Should the order ever not hold, the walk still answers.
template<typename List>
auto findByImapUid(List &messages, quint32 uid) -> decltype(&messages[0])
{
    const auto it = std::lower_bound(messages.begin(), messages.end(), uid,
                                     [](const MailStore::Message &m, quint32 u) { return m.imapUid < u; });
    if (it != messages.end() && it->imapUid == uid)
        return &*it;
    for (auto &m : messages) {
        if (m.imapUid == uid)
            return &m;
    }
    return nullptr;
}

} // namespace

QByteArray MailStore::content(const QByteArray &user, const QByteArray &name, quint32 uid, QByteArray *error)
{
    const QList<Message> *messages = messagesOf(user, name);
    const Message *m = messages ? findByImapUid(*messages, uid) : nullptr;
    if (!m) {
        if (error)
            *error = "[NONEXISTENT] no message with UID " + QByteArray::number(uid) + " in " + name.left(80);
        return {};
    }
    return contentOf(*m, error);
}

QByteArray MailStore::headerOf(const QByteArray &user, const QByteArray &name, quint32 uid)
{
    const QList<Message> *messages = messagesOf(user, name);
    const Message *m = messages ? findByImapUid(*messages, uid) : nullptr;
    return m ? headerOf(*m) : QByteArray();
}

ImapStructure MailStore::structure(const QByteArray &content)
{
    return ImapStructures::of(content);
}

QByteArray MailStore::decodedHeaderValues(const QByteArray &content, const QByteArray &field)
{
    return ImapStructures::decodedHeaderValues(content, field);
}

QByteArray MailStore::decodedText(const QByteArray &content)
{
    return ImapStructures::decodedText(content);
}

void MailStore::setFlags(const QByteArray &user, const QByteArray &name, quint32 uid,
                         const QList<QByteArray> &flags)
{
    QList<Message> *messages = messagesOf(user, name);
    if (!messages)
        return;
    Message *m = findByImapUid(*messages, uid);
    if (m && m->flags != flags) {
        m->flags = flags;
        if (m_committer)
            placeByFlags(user, name, m);
        Q_EMIT mailboxChanged(key(user));
    }
}

bool MailStore::createFolder(const QByteArray &user, const QByteArray &given, QByteArray *error)
{
    // RFC 3501 §6.3.3: a trailing separator only says more levels will follow.
    QByteArray name = given;
    while (name.size() > 1 && name.endsWith('/'))
        name.chop(1);
    if (m_committer && name.contains('.')) {
        *error = "[CANNOT] \".\" is not allowed in a mailbox name (Maildir++ separates levels with it)";
        return false;
    }
    if (name.isEmpty() || name.compare("INBOX", Qt::CaseInsensitive) == 0 || name.startsWith('/')
        || name.contains("//")) {
        *error = "[CANNOT] Invalid mailbox name";
        return false;
    }
    QMap<QByteArray, Folder> &folders = m_folders[key(user)];
    if (folders.contains(name)) {
        *error = "[ALREADYEXISTS] Mailbox already exists";
        return false;
    }
    Folder f;
    f.uidValidity = quint32(QDateTime::currentSecsSinceEpoch());
    if (m_committer) {
        m_committer->waitForIdle();
        if (QFileInfo::exists(folderDirectory(user, name))) {
            *error = "[ALREADYEXISTS] Mailbox already exists on disk";
            return false;
        }
        if (!makeFolderDirectory(user, name, error))
            return false;
        f.uidValidity = newUidValidity(user);
    }
    folders.insert(name, f);
    if (m_committer) {
        Maildir::syncDirectory(maildirOf(user).path(), nullptr);
        m_committer->commit({uidList(user, name), subscriptionsFile(user)});
    }
    Q_EMIT mailboxChanged(key(user));
    return true;
}

bool MailStore::deleteFolder(const QByteArray &user, const QByteArray &name, QByteArray *error)
{
    if (name == "INBOX") {
        *error = "[CANNOT] INBOX cannot be deleted";
        return false;
    }
    QMap<QByteArray, Folder> &folders = m_folders[key(user)];
    if (!folders.contains(name)) {
        *error = "[NONEXISTENT] Mailbox does not exist";
        return false;
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (it.key().startsWith(name + '/')) {
            // RFC 3501 §6.3.4: a folder with children would have to become \Noselect.
            *error = "[INUSE] Mailbox has children; delete them first";
            return false;
        }
    }
    if (m_committer) {
        // Out of sight at once (one rename), then removed.
        m_committer->waitForIdle();
        const QString root = maildirOf(user).path();
        const QString gone = root + QStringLiteral("/tmp/") + Maildir::uniqueName()
            + QStringLiteral(".deleted");
        if (::rename(QFile::encodeName(folderDirectory(user, name)).constData(),
                     QFile::encodeName(gone).constData())
            != 0) {
            *error = "[SERVERBUG] cannot remove the folder's directory";
            return false;
        }
        Maildir::syncDirectory(root, nullptr);
        QDir(gone).removeRecursively();
    }
    folders.remove(name);
    if (m_committer)
        m_committer->commit(subscriptionsFile(user));
    Q_EMIT mailboxChanged(key(user));
    return true;
}

bool MailStore::renameFolder(const QByteArray &user, const QByteArray &from, const QByteArray &to,
                             QByteArray *error)
{
    QMap<QByteArray, Folder> &folders = m_folders[key(user)];
    if (!folders.contains(from)) {
        *error = "[NONEXISTENT] Mailbox does not exist";
        return false;
    }
    if (m_committer && to.contains('.')) {
        *error = "[CANNOT] \".\" is not allowed in a mailbox name (Maildir++ separates levels with it)";
        return false;
    }
    if (to.isEmpty() || to == "INBOX" || folders.contains(to) || to.startsWith('/')) {
        *error = folders.contains(to) ? "[ALREADYEXISTS] Target mailbox already exists"
                                      : "[CANNOT] Invalid target name";
        return false;
    }
    if (from == "INBOX" && m_committer) {
        // RFC 3501 §6.3.5 on disk: the files move into the new folder (a
        // rename each), which numbers them afresh; INBOX stays, empty.
        m_committer->waitForIdle();
        if (QFileInfo::exists(folderDirectory(user, to))) {
            *error = "[ALREADYEXISTS] Target mailbox already exists on disk";
            return false;
        }
        if (!makeFolderDirectory(user, to, error))
            return false;
        Folder moved;
        moved.uidValidity = newUidValidity(user);
        const QString target = folderDirectory(user, to);
        QList<Message> &inbox = m_boxes[key(user)];
        for (Message &m : inbox) {
            if (!m.path.isEmpty()) {
                const QFileInfo info(m.path);
                const QString path = target + QLatin1Char('/') + info.dir().dirName() + QLatin1Char('/')
                    + info.fileName();
                if (::rename(QFile::encodeName(m.path).constData(), QFile::encodeName(path).constData()) != 0)
                    continue; // stays in INBOX
                if (m_removalHook)
                    m_removalHook(m.path);
                m.path = path;
            }
            m.imapUid = 0;
            moved.messages.append(m);
        }
        inbox.removeIf([&target](const Message &m) {
            return m.path.isEmpty() || m.path.startsWith(target + QLatin1Char('/'));
        });
        moved.filesInNew = true;
        folders.insert(to, moved);
        number(user, &folders[to].messages, to);
        Maildir::syncDirectory(target + QStringLiteral("/new"), nullptr);
        Maildir::syncDirectory(target + QStringLiteral("/cur"), nullptr);
        Maildir::syncDirectory(maildirOf(user).path(), nullptr);
        m_committer->commit({uidList(user, to), uidList(user, "INBOX"), subscriptionsFile(user)});
        Q_EMIT mailboxChanged(key(user));
        return true;
    }
    if (from == "INBOX") {
        // RFC 3501 §6.3.5: INBOX's messages move to the new folder; INBOX stays, empty.
        Folder moved;
        moved.uidValidity = quint32(QDateTime::currentSecsSinceEpoch());
        moved.messages = m_boxes.value(key(user));
        for (Message &m : moved.messages)
            m.imapUid = 0;
        folders.insert(to, moved);
        number(user, &folders[to].messages, to);
        QList<QByteArray> emptied;
        for (const Message &m : m_boxes.value(key(user)))
            emptied.append(m.uid);
        remove(user, emptied);
        return true;
    }
    QList<QByteArray> renamed;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (it.key() == from || it.key().startsWith(from + '/'))
            renamed.append(it.key());
    }
    if (m_committer) {
        // Maildir++ is flat: the folder and each level below it are renamed.
        m_committer->waitForIdle();
        for (const QByteArray &old : std::as_const(renamed)) {
            if (QFileInfo::exists(folderDirectory(user, to + old.mid(from.size())))) {
                *error = "[ALREADYEXISTS] Target mailbox already exists on disk";
                return false;
            }
        }
    }
    for (const QByteArray &old : std::as_const(renamed)) {
        Folder f = folders.take(old);
        const QByteArray now = to + old.mid(from.size());
        if (m_committer) {
            const QString was = folderDirectory(user, old);
            const QString is = folderDirectory(user, now);
            if (::rename(QFile::encodeName(was).constData(), QFile::encodeName(is).constData()) == 0) {
                for (Message &m : f.messages)
                    m.path.replace(0, was.size(), is);
            }
        }
        folders.insert(now, f);
    }
    if (m_committer) {
        Maildir::syncDirectory(maildirOf(user).path(), nullptr);
        m_committer->commit(subscriptionsFile(user));
    }
    Q_EMIT mailboxChanged(key(user));
    return true;
}

bool MailStore::subscribe(const QByteArray &user, const QByteArray &name, bool subscribed, QByteArray *error)
{
    Folder *f = folder(user, name);
    if (!f) {
        *error = "[NONEXISTENT] Mailbox does not exist";
        return false;
    }
    if (f->subscribed != subscribed) {
        f->subscribed = subscribed;
        if (m_committer)
            m_committer->commit(subscriptionsFile(user));
    }
    return true;
}

quint32 MailStore::append(const QByteArray &user, const QByteArray &name, const QByteArray &content,
                          const QList<QByteArray> &flags, qint64 internalDateMs, QByteArray *error,
                          quint64 *durableTicket)
{
    QList<Message> *messages = messagesOf(user, name);
    if (!messages) {
        *error = "[TRYCREATE] Mailbox does not exist";
        return 0;
    }
    Message m;
    m.uid = makeUid();
    m.heldContent = content; // on disk, until its file is durable
    m.size = content.size();
    m.receivedMs = internalDateMs;
    m.flags = flags;
    messages->append(m);
    number(user, messages, name);
    const quint32 uid = messages->constLast().imapUid;
    const quint64 ticket = m_committer ? storeNew(user, name, 1) : 0;
    if (durableTicket)
        *durableTicket = ticket;
    Q_EMIT mailboxChanged(key(user));
    return uid;
}

QList<quint32> MailStore::copy(const QByteArray &user, const QByteArray &from, const QList<quint32> &uids,
                               const QByteArray &to, QByteArray *error, quint64 *durableTicket)
{
    const QList<Message> *source = messagesOf(user, from);
    QList<Message> *target = messagesOf(user, to);
    if (!source || !target) {
        *error = "[TRYCREATE] Mailbox does not exist";
        return {};
    }
    QList<Message> copies;
    for (const quint32 uid : uids) {
        for (const Message &m : *source) {
            if (m.imapUid == uid) {
                Message copy = m;
                QByteArray why;
                copy.heldContent = contentOf(m, &why);
                if (!why.isEmpty()) {
                    *error = "[SERVERBUG] " + why;
                    return {};
                }
                copy.uid = makeUid();
                copy.imapUid = 0;
                copy.path.clear(); // a copy in memory; INBOX's file stays INBOX's
                copies.append(copy);
            }
        }
    }
    const qsizetype first = target->size();
    target->append(copies);
    number(user, target, to);
    QList<quint32> out;
    for (qsizetype i = first; i < target->size(); ++i)
        out.append(target->at(i).imapUid);
    // On disk each copy is a file of its own (new base name, same flags).
    const quint64 ticket = m_committer && !copies.isEmpty() ? storeNew(user, to, copies.size()) : 0;
    if (durableTicket)
        *durableTicket = ticket;
    Q_EMIT mailboxChanged(key(user));
    return out;
}

quint64 MailStore::expunge(const QByteArray &user, const QByteArray &name, const QList<quint32> &uids)
{
    QList<Message> *messages = messagesOf(user, name);
    if (!messages || uids.isEmpty())
        return 0;
    if (name == "INBOX") {
        // The POP3 maildrop: its files go as POP3's UPDATE removes them.
        QList<QByteArray> gone;
        for (const Message &m : std::as_const(*messages)) {
            if (uids.contains(m.imapUid))
                gone.append(m.uid);
        }
        return remove(user, gone);
    }
    QStringList files;
    messages->removeIf([&uids, &files](const Message &m) {
        if (!uids.contains(m.imapUid))
            return false;
        if (!m.path.isEmpty())
            files.append(m.path);
        return true;
    });
    // The files go after every write given before; the OK waits for it.
    const quint64 ticket = m_committer ? m_committer->remove(files) : 0;
    markUidListChanged(user, name);
    Q_EMIT mailboxChanged(key(user));
    return ticket;
}
