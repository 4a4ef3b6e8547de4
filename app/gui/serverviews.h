// SPDX-License-Identifier: GPL-3.0-or-later
// serverviews.h — what the servers hold: outgoing queues, mailboxes, and a
// "netstat -tl"-style list of every listening service (host, address, port).
//
// Three tabs, refreshed as the world runs (a connection, a queue or a mailbox
// changes): "Queues" lists each server's outgoing queue (id, sender,
// recipients, attempts, next attempt, last error); "Mailboxes" each user's
// messages (uid, size, From, Subject, IMAP flags), INBOX first, then a row
// per other folder (Sent, Trash, the user's own) with its messages; "Listening" is what the course checks
// with `netstat -tl`: netstat's columns (core/world/listening.h: a port that is the standard one plus
// the world's offset named as the standard one, 127.0.0.3:smtp), then the host, and the service with
// its real port (smtp — port 10025 = 25 + 10000).
#pragma once

#include "world/world.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTabWidget>
#include <QTimer>

class MailServer;
class QTreeWidget;
class QTreeWidgetItem;

class ServerViews : public QTabWidget
{
    Q_OBJECT
public:
    explicit ServerViews(QWidget *parent = nullptr);
    void setWorld(World *world);

    // Rebuilds the three tabs now (otherwise each is refreshed at most every
    // 60 ms while it changes — less often when a refresh itself takes long,
    // so a classroom's load does not freeze the window).
    void refresh();

    QTreeWidget *queueTree() const { return m_queues; }
    QTreeWidget *mailboxTree() const { return m_mailboxes; }
    QTreeWidget *listeningTree() const { return m_listening; }

    // Whether this transcript event says a service stopped (-1) or started
    // again (+1) listening, or neither (0). World::setHostListening() notes it.
    static int listeningChange(const TranscriptEvent &event, const World::Service &service);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Part {
        Queues = 1,
        Mailboxes = 2,
        Listening = 4,
        All = 7
    };
    void scheduleRefresh(int parts = All);
    void refreshChanged();
    void retranslate();
    void refreshQueues();
    void refreshMailboxes();
    // Brings one user's rows up to date: rows of messages gone are removed,
    // new messages get a row; the rows already there are kept as they are.
    void updateMailbox(MailServer *server, const QByteArray &user);
    // The user's IMAP folders other than INBOX, as rows after its INBOX row.
    void updateFolders(MailServer *server, const QByteArray &user, QTreeWidgetItem *inbox);
    void refreshListening();

    QPointer<World> m_world;
    QTreeWidget *m_queues;
    QTreeWidget *m_mailboxes;
    QTreeWidget *m_listening;
    QTimer m_refresh;
    int m_interval = 60; // ms between refreshes while things change
    QList<QMetaObject::Connection> m_connections;
    int m_dirty = All; // Part flags waiting for the refresh
    QSet<QString> m_dirtyBoxes; // "domain/user" whose mailbox changed
    bool m_allBoxesDirty = true; // the mailbox tab is built again from nothing
    QHash<QString, QTreeWidgetItem *> m_boxItems; // "domain/user" → its row
    QHash<QString, QList<QTreeWidgetItem *>> m_folderItems; // "domain/user" → its other folders' rows
};
