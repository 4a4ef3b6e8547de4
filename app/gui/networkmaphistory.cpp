// SPDX-License-Identifier: GPL-3.0-or-later
// networkmaphistory.cpp — the network map's change log: it follows a world's
// transcript and its servers' and clients' signals, records each count with
// the event from which it held, finds the links that talked and the outside
// hosts, and answers what any of them was at a given event.
#include "networkmaphistory.h"

#include "serverviews.h"

#include "mail/mailclient.h"
#include "mail/mailserver.h"

#include <algorithm>
#include <utility>

size_t qHash(const NetworkMapHistory::Key &key, size_t seed)
{
    return qHashMulti(seed, int(key.kind), key.name);
}

namespace {

using Key = NetworkMapHistory::Key;

Key queueKey(const QString &domain)
{
    return {Key::Kind::QueueLength, domain};
}

Key mailboxKey(const QString &localPart, const QString &domain)
{
    return {Key::Kind::MailboxCount, localPart + QLatin1Char('@') + domain};
}

Key inboxKey(const QString &client)
{
    return {Key::Kind::InboxSize, client};
}

Key offNetworkKey(const QString &host)
{
    return {Key::Kind::OffNetwork, host};
}

} // namespace

NetworkMapHistory::NetworkMapHistory(QObject *parent)
    : QObject(parent)
{
}

NetworkMapHistory::~NetworkMapHistory() = default;

QString NetworkMapHistory::pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QChar(0x1f) + b : b + QChar(0x1f) + a;
}

void NetworkMapHistory::clear()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_scanned = 0;
    m_outside.clear();
    m_links.clear();
    m_linkIndex.clear();
    m_outsideHosts = OutsideHosts();
    m_outsideSeen.clear();
    m_history.clear();
    m_pendingQueueEvent.clear();
}

void NetworkMapHistory::setWorld(World *world)
{
    clear();
    m_world = world;
    if (!world)
        return;
    m_outsideHosts = OutsideHosts(world->hostNames());
    Transcript *transcript = world->transcript();
    m_connections.append(connect(transcript, &Transcript::eventAppended, this,
                                 [this](const TranscriptEvent &event) { noteEvent(event); }));
    m_connections.append(connect(transcript, &Transcript::eventsAdded, this,
                                 [this](qsizetype first, qsizetype last) { scan(first, last); }));
    for (MailServer *server : world->servers()) {
        const QString domain = server->domain();
        m_connections.append(connect(server, &MailServer::queueChanged, this, [this, server] {
            const QString domain = server->domain();
            // From the first "queued" or "removed from the queue" note since the last change.
            const qsizetype from = m_pendingQueueEvent.contains(domain) ? m_pendingQueueEvent.take(domain)
                                                                        : m_world->transcript()->size();
            record(queueKey(domain), from, int(server->queue().size()));
            Q_EMIT changed();
        }));
        m_connections.append(connect(
            server->store(), &MailStore::mailboxChanged, this, [this, server](const QByteArray &localPart) {
                // The "stored in the mailbox" note comes right after the change.
                record(mailboxKey(QString::fromUtf8(localPart), server->domain().toLower()),
                       m_world->transcript()->size(), server->store()->count(localPart));
                Q_EMIT changed();
            }));
        recordServerState(domain, transcript->size());
    }
    for (MailClient *client : world->clients()) {
        m_connections.append(connect(client, &MailClient::inboxChanged, this, [this, client] {
            record(inboxKey(client->name()), m_world->transcript()->size(), int(client->inbox().size()));
            Q_EMIT changed();
        }));
        record(inboxKey(client->name()), transcript->size(), int(client->inbox().size()));
    }
    // The links that can exist: each MUA to its own server (submission and
    // POP3), server to server (SMTP) and each server to the DNS (MX lookups).
    for (MailClient *client : world->clients()) {
        if (world->serverFor(client->serverDomain())) {
            const QString server = world->serverFor(client->serverDomain())->domain();
            addLink(client->name(), server, Protocol::Smtp, -1);
            addLink(client->name(), server, Protocol::Pop3, -1);
        }
    }
    const QList<MailServer *> servers = world->servers();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        for (qsizetype j = i + 1; j < servers.size(); ++j)
            addLink(servers.at(i)->domain(), servers.at(j)->domain(), Protocol::Smtp, -1);
        addLink(servers.at(i)->domain(), QStringLiteral("DNS"), Protocol::Dns, -1);
    }
    // A world that already ran: catch up with what it said.
    for (qsizetype i = 0; i < transcript->size(); ++i)
        noteEvent(transcript->at(i));
    m_scanned = transcript->size();
}

void NetworkMapHistory::recordServerState(const QString &domain, qsizetype from)
{
    MailServer *server = m_world ? m_world->server(domain) : nullptr;
    if (!server)
        return;
    record(queueKey(domain), from, int(server->queue().size()));
    for (const QByteArray &user : server->store()->users())
        record(mailboxKey(QString::fromUtf8(user).toLower(), domain.toLower()), from,
               server->store()->count(user));
}

void NetworkMapHistory::record(const Key &key, qsizetype from, int value)
{
    QList<QPair<qsizetype, int>> &list = m_history[key];
    if (!list.isEmpty()) {
        if (list.last().second == value)
            return;
        if (list.last().first >= from) {
            list.last().second = value;
            if (list.size() > 1 && list.at(list.size() - 2).second == value)
                list.removeLast();
            return;
        }
    }
    list.append({from, value});
}

int NetworkMapHistory::valueAt(const Key &key, qsizetype moment) const
{
    const auto it = m_history.constFind(key);
    if (it == m_history.cend() || it->isEmpty())
        return 0;
    const QList<QPair<qsizetype, int>> &list = *it;
    if (moment < 0)
        return list.last().second;
    // The last change at or before the moment (before the first: the first known).
    auto after = std::upper_bound(list.cbegin(), list.cend(), moment,
                                  [](qsizetype m, const QPair<qsizetype, int> &p) { return m < p.first; });
    if (after == list.cbegin())
        return list.first().second;
    return std::prev(after)->second;
}

int NetworkMapHistory::queueLength(const QString &host, qsizetype moment) const
{
    if (!m_world)
        return 0;
    if (moment < 0) {
        MailServer *server = m_world->server(host);
        return server ? int(server->queue().size()) : 0;
    }
    return valueAt(queueKey(host), moment);
}

int NetworkMapHistory::mailboxCount(const QString &address, qsizetype moment) const
{
    if (!m_world)
        return 0;
    const QString key = address.toLower();
    if (moment < 0) {
        const qsizetype at = key.lastIndexOf(QLatin1Char('@'));
        MailServer *server = m_world->serverFor(key.mid(at + 1));
        return server ? server->store()->count(key.left(at).toUtf8()) : 0;
    }
    return valueAt({Key::Kind::MailboxCount, key}, moment);
}

int NetworkMapHistory::inboxSize(const QString &client, qsizetype moment) const
{
    return valueAt(inboxKey(client), moment);
}

bool NetworkMapHistory::isListening(const QString &host, qsizetype moment) const
{
    return valueAt(offNetworkKey(host), moment) == 0;
}

void NetworkMapHistory::readUpTo(qsizetype event)
{
    if (m_scanned <= event)
        scan(m_scanned, event);
}

void NetworkMapHistory::noteEvent(const TranscriptEvent &event)
{
    if (!m_world || event.sequence < m_scanned)
        return;
    m_scanned = event.sequence + 1;
    using Kind = TranscriptEvent::Kind;
    switch (event.kind) {
    case Kind::Line:
    case Kind::ConnectionOpened:
    case Kind::ConnectionClosed: {
        if (!OutsideHosts::namesBothEnds(event))
            break;
        for (const QString &name : {event.from, event.to}) {
            if (m_outsideHosts.isOutside(name) && !m_outsideSeen.contains(name)) {
                m_outsideSeen.insert(name);
                m_outside.append(name);
                Q_EMIT changed();
            }
        }
        const bool fromClient = event.kind != Kind::Line
            || event.direction != TranscriptEvent::Direction::ServerToClient;
        addLink(fromClient ? event.from : event.to, fromClient ? event.to : event.from, event.protocol,
                event.sequence);
        break;
    }
    case Kind::DnsLookup:
        if (!event.from.isEmpty())
            addLink(event.from, event.to.isEmpty() ? QStringLiteral("DNS") : event.to, Protocol::Dns,
                    event.sequence);
        break;
    case Kind::Queue:
        if (!m_pendingQueueEvent.contains(event.from))
            m_pendingQueueEvent.insert(event.from, event.sequence);
        break;
    case Kind::Note:
        if (event.connectionId == 0 && event.to.isEmpty()) {
            for (const World::Service &service : m_world->services()) {
                if (service.host != event.from)
                    continue;
                const int change = ServerViews::listeningChange(event, service);
                if (change != 0) {
                    record(offNetworkKey(service.host), event.sequence, change < 0 ? 1 : 0);
                    Q_EMIT changed();
                    break;
                }
            }
        }
        break;
    default: break;
    }
}

void NetworkMapHistory::scan(qsizetype first, qsizetype last)
{
    if (!m_world)
        return;
    Transcript *transcript = m_world->transcript();
    for (qsizetype i = std::max(first, m_scanned); i <= last && i < transcript->size(); ++i)
        noteEvent(transcript->at(i));
    Q_EMIT eventsScanned(first, last);
}

void NetworkMapHistory::addLink(const QString &a, const QString &b, Protocol protocol, qsizetype event)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return;
    const QString key = pairKey(a, b) + QChar(0x1f) + QChar(u'0' + int(protocol));
    const auto it = m_linkIndex.constFind(key);
    if (it != m_linkIndex.cend()) {
        Link &link = m_links[*it];
        if (link.firstEvent < 0 && event >= 0)
            link.firstEvent = event;
        return;
    }
    m_linkIndex.insert(key, m_links.size());
    m_links.append({a, b, protocol, event});
}
