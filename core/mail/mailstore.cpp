#include "mailstore.h"

#include <QDateTime>

MailStore::MailStore(QObject *parent)
    : QObject(parent)
{
}

void MailStore::addUser(const QByteArray &localPart, const QByteArray &password)
{
    m_passwords.insert(key(localPart), password);
    m_boxes[key(localPart)];
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

void MailStore::deliver(const QByteArray &localPart, const QByteArray &content)
{
    Message message;
    // Unique and never reused (RFC 1939 §7): a counter with the time it started.
    message.uid = QByteArray::number(QDateTime::currentSecsSinceEpoch(), 36) + '.'
        + QByteArray::number(m_nextUid++);
    message.content = content;
    message.receivedMs = QDateTime::currentMSecsSinceEpoch();
    m_boxes[key(localPart)].append(message);
    Q_EMIT mailboxChanged(key(localPart));
}

QList<MailStore::Message> MailStore::mailbox(const QByteArray &localPart) const
{
    return m_boxes.value(key(localPart));
}

void MailStore::restoreMailbox(const QByteArray &localPart, const QList<Message> &messages)
{
    m_boxes[key(localPart)] = messages;
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
    for (const Message &m : m_boxes.value(key(user)))
        out.append({m.uid, m.content});
    return out;
}

void MailStore::remove(const QByteArray &user, const QList<QByteArray> &uids)
{
    auto it = m_boxes.find(key(user));
    if (it == m_boxes.end() || uids.isEmpty())
        return;
    const QSet<QByteArray> gone(uids.cbegin(), uids.cend());
    it->removeIf([&](const Message &m) { return gone.contains(m.uid); });
    Q_EMIT mailboxChanged(key(user));
}
