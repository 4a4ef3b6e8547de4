// SPDX-License-Identifier: GPL-3.0-or-later
// fakemaildrop.h — a POP3 maildrop in memory that records what an engine asks of it.
#pragma once

#include "protocol/pop3serversession.h"

#include <QHash>
#include <QSet>

class FakeMaildrop : public Pop3Maildrop
{
public:
    bool checkPassword(const QByteArray &user, const QByteArray &password) override
    {
        return passwords.contains(user) && passwords.value(user) == password;
    }
    QByteArray apopSecret(const QByteArray &user) override { return passwords.value(user); }
    bool lock(const QByteArray &user) override
    {
        if (locked.contains(user))
            return false;
        locked.insert(user);
        return true;
    }
    void unlock(const QByteArray &user) override { locked.remove(user); }
    QList<Pop3StoredMessage> messages(const QByteArray &user) override { return boxes.value(user); }
    quint64 remove(const QByteArray &user, const QList<QByteArray> &uids) override
    {
        ++removeCalls;
        removed += uids;
        QList<Pop3StoredMessage> &box = boxes[user];
        for (qsizetype i = box.size() - 1; i >= 0; --i) {
            if (uids.contains(box.at(i).uid))
                box.removeAt(i);
        }
        return removalTicket;
    }

    QHash<QByteArray, QByteArray> passwords; // also the APOP secret
    QHash<QByteArray, QList<Pop3StoredMessage>> boxes;
    QSet<QByteArray> locked;
    QList<QByteArray> removed;
    int removeCalls = 0;
    quint64 removalTicket = 0; // what remove() returns: the +OK to QUIT carries it
};
