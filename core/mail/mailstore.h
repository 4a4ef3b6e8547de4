// mailstore.h — the mailboxes of one server, one per local user.
//
// The SMTP side delivers into it (with Return-Path:, RFC 5321 §4.4) and the
// POP3 side reads it as a maildrop (RFC 1939): exclusive lock per user, a
// snapshot at the start of TRANSACTION, removals only in UPDATE.
#pragma once

#include "protocol/pop3serversession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class MailStore : public QObject, public Pop3Maildrop
{
    Q_OBJECT
public:
    struct Message {
        QByteArray uid;
        QByteArray content;   // CR LF line ends
        qint64 receivedMs = 0;
    };

    explicit MailStore(QObject *parent = nullptr);

    // Accounts: the local part ("fran") is the POP3 user name.
    void addUser(const QByteArray &localPart, const QByteArray &password);
    bool hasUser(const QByteArray &localPart) const;
    QList<QByteArray> users() const;
    QByteArray password(const QByteArray &localPart) const;

    void deliver(const QByteArray &localPart, const QByteArray &content);
    QList<Message> mailbox(const QByteArray &localPart) const;
    int count(const QByteArray &localPart) const;
    // World files (core/persist): the next UID counter, and a mailbox put back
    // as it was saved (the user must exist). Emits mailboxChanged().
    quint64 nextUid() const { return m_nextUid; }
    void setNextUid(quint64 next) { m_nextUid = next; }
    void restoreMailbox(const QByteArray &localPart, const QList<Message> &messages);

    // Pop3Maildrop
    bool checkPassword(const QByteArray &user, const QByteArray &password) override;
    QByteArray apopSecret(const QByteArray &user) override;
    bool lock(const QByteArray &user) override;
    void unlock(const QByteArray &user) override;
    QList<Pop3StoredMessage> messages(const QByteArray &user) override;
    void remove(const QByteArray &user, const QList<QByteArray> &uids) override;

Q_SIGNALS:
    void mailboxChanged(const QByteArray &localPart);

private:
    static QByteArray key(const QByteArray &user) { return user.toLower(); }
    QHash<QByteArray, QByteArray> m_passwords;
    QHash<QByteArray, QList<Message>> m_boxes;
    QSet<QByteArray> m_locked;
    quint64 m_nextUid = 1;
};
