// SPDX-License-Identifier: GPL-3.0-or-later
// networkmaphistory.h — what the network map shows, at any event of the transcript.
//
// The map can show the world as it was at a past event, so the counts it
// draws (a server's queue length, a mailbox's messages, a mail client's
// inbox, whether a server was off the network) are kept as a change log
// while the world runs: each value is recorded with the index of the first
// transcript event at which it held (the "queued", "removed from the queue"
// and "stored in the mailbox" notes are the moments they change). The same
// reading of the transcript finds the links that talked (and at which event
// first) and the outside hosts (telnet, a real client) in order of appearance.
//
// Knows nothing of painting or layout: NetworkMapView asks it for the state
// at its moment and is told when something it shows changed.
#pragma once

#include "transcript/outsidehosts.h"
#include "world/world.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class NetworkMapHistory : public QObject
{
    Q_OBJECT
public:
    // A value the map shows, by what it counts and whose it is.
    struct Key {
        enum class Kind : quint8 {
            QueueLength, // a server's outgoing queue (name: the server's domain)
            MailboxCount, // a mailbox's messages (name: "user@domain", lower case)
            InboxSize, // a mail client's inbox (name: the client)
            OffNetwork // 1 while a server is taken off the network (name: the host)
        };
        Kind kind = Kind::QueueLength;
        QString name;
        bool operator==(const Key &other) const { return kind == other.kind && name == other.name; }
    };
    // A link between two hosts for one protocol, drawn even before it talked.
    struct Link {
        QString a; // the client end (or the first host seen)
        QString b;
        Protocol protocol = Protocol::None;
        qsizetype firstEvent = -1; // first event on it; -1: never talked (possible link)
    };

    explicit NetworkMapHistory(QObject *parent = nullptr);
    ~NetworkMapHistory() override;

    // Forgets everything, then follows this world (null: none) from its
    // first event, catching up with what it already said.
    void setWorld(World *world);
    World *world() const { return m_world; }

    // Reads the events not read yet, up to `event` (the view may be asked to
    // show one before the transcript's signal about it arrived).
    void readUpTo(qsizetype event);
    qsizetype eventsRead() const { return m_scanned; }

    // The value at a moment (an event index; -1: the latest recorded). Before
    // the first change, the first value known; 0 for a key never recorded.
    int valueAt(const Key &key, qsizetype moment) const;
    // What the map shows at a moment; at -1 the live world's own counts.
    int queueLength(const QString &host, qsizetype moment) const;
    int mailboxCount(const QString &address, qsizetype moment) const;
    int inboxSize(const QString &client, qsizetype moment) const;
    bool isListening(const QString &host, qsizetype moment) const;

    // Outside hosts (telnet, real programs), in order of appearance.
    QStringList outsideHosts() const { return m_outside; }
    // Every link: the possible ones of the world, then those that talked.
    const QList<Link> &links() const { return m_links; }
    // Two hosts as one key, whichever is named first (links between the
    // same two hosts run side by side).
    static QString pairKey(const QString &a, const QString &b);

Q_SIGNALS:
    // Something the hosts' boxes show changed (a count, a host appeared, a
    // server left or rejoined the network): the map is laid out again.
    void changed();
    // Events first..last were read (a batch of the transcript, or a catch-up
    // before showing a moment): a live map flies the envelope for the latest.
    void eventsScanned(qsizetype first, qsizetype last);

private:
    void clear();
    void scan(qsizetype first, qsizetype last);
    void noteEvent(const TranscriptEvent &event);
    void recordServerState(const QString &domain, qsizetype from);
    void record(const Key &key, qsizetype from, int value);
    void addLink(const QString &a, const QString &b, Protocol protocol, qsizetype event);

    QPointer<World> m_world;
    qsizetype m_scanned = 0; // events looked at so far
    QStringList m_outside; // outside hosts, in order of appearance
    QList<Link> m_links;
    QHash<QString, qsizetype> m_linkIndex; // pair and protocol → index in m_links
    OutsideHosts m_outsideHosts; // tells the world's hosts from the outside ones
    QSet<QString> m_outsideSeen; // the outside hosts in m_outside
    QHash<Key, QList<QPair<qsizetype, int>>> m_history; // (first event, value), in event order
    QHash<QString, qsizetype> m_pendingQueueEvent; // server → its first unrecorded Queue note
    QList<QMetaObject::Connection> m_connections;
};

size_t qHash(const NetworkMapHistory::Key &key, size_t seed = 0);
