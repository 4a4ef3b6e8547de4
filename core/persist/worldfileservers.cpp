// SPDX-License-Identifier: GPL-3.0-or-later
// worldfileservers.cpp — reading a saved world's mail servers.
//
// The "servers" section: for each server its scenario part (domain, address,
// settings) and its state (the faults in force, its counters, its mailboxes
// with their messages and its outgoing queue with each entry's envelope and
// retry state), each checked (a mailbox's user is one of the users; a UID or a
// queue id appears once). restoreServer() puts the state into the new world's
// server once it exists.
#include "worldfilesections.h"

#include "scenario/serversettings.h"

#include "worldfile.h"

#include <QHostAddress>
#include <QJsonArray>

#include <limits>

namespace WorldFileSections {

namespace {

using Reader = CheckedJsonReader;

ScenarioServer readConfig(Reader &r, const QJsonObject &s, const QString &path, QSet<QString> *domains)
{
    ScenarioServer config;
    config.domain = r.name(s, path, QStringLiteral("domain")).toLower();
    if (!r.failed() && domains->contains(config.domain))
        r.fail(Reader::at(path, QStringLiteral("domain")),
               WorldFile::tr("\"%1\" appears twice").arg(config.domain));
    domains->insert(config.domain);
    config.address = r.string(s, path, QStringLiteral("address"), true, 64);
    if (!r.failed() && !config.address.isEmpty() && QHostAddress(config.address).isNull())
        r.fail(Reader::at(path, QStringLiteral("address")),
               WorldFile::tr("\"%1\" is not an IP address").arg(config.address));
    // The student's own server (version 2, optional): its address and ports.
    config.realAddress = r.string(s, path, QStringLiteral("real"), true, 64);
    if (!r.failed() && !config.realAddress.isEmpty() && QHostAddress(config.realAddress).isNull())
        r.fail(Reader::at(path, QStringLiteral("real")),
               WorldFile::tr("\"%1\" is not an IP address").arg(config.realAddress));
    const QJsonObject realPorts = r.object(s, path, QStringLiteral("realPorts"), true);
    for (auto it = realPorts.constBegin(); it != realPorts.constEnd() && !r.failed(); ++it) {
        const int port = it->toInt(0);
        if (!ScenarioServer::realServices().contains(it.key()) || port < 1 || port > 65535)
            r.fail(Reader::at(Reader::at(path, QStringLiteral("realPorts")), it.key()),
                   WorldFile::tr("expected %1, found %2")
                       .arg(WorldFile::tr("a port number"), Reader::typeName(*it)));
        config.realPorts.insert(it.key(), port);
    }
    const QJsonObject settings = r.object(s, path, QStringLiteral("settings"), true);
    for (auto it = settings.constBegin(); it != settings.constEnd() && !r.failed(); ++it) {
        if (!it->isString())
            r.fail(
                Reader::at(Reader::at(path, QStringLiteral("settings")), it.key()),
                WorldFile::tr("expected %1, found %2").arg(WorldFile::tr("a string"), Reader::typeName(*it)));
        // Postfix's and Dovecot's (serversettings.h) are checked as a scenario's are.
        QString canonical;
        QString why;
        if (!r.failed() && !ServerSettings::checkStored(it.key(), it->toString(), &canonical, &why))
            r.fail(Reader::at(Reader::at(path, QStringLiteral("settings")), it.key()), why);
        config.settings.insert(it.key(), canonical);
    }
    return config;
}

QList<MailServer::Fault> readFaults(Reader &r, const QJsonObject &s, const QString &path)
{
    QList<MailServer::Fault> result;
    const QJsonArray faults = r.array(s, path, QStringLiteral("faults"), 1000, true);
    for (qsizetype f = 0; f < faults.size() && !r.failed(); ++f) {
        const QString fp = Reader::at(Reader::at(path, QStringLiteral("faults")), f);
        const QJsonObject fo = r.element(faults, f, fp);
        MailServer::Fault fault;
        fault.command = r.name(fo, fp, QStringLiteral("command")).toUpper();
        fault.target = r.string(fo, fp, QStringLiteral("target"), true, 1024);
        fault.cut = r.boolean(fo, fp, QStringLiteral("cut")); // optional: false when absent
        fault.reply = fault.cut ? r.string(fo, fp, QStringLiteral("reply"), true, 1024)
                                : r.name(fo, fp, QStringLiteral("reply"));
        result.append(fault);
    }
    return result;
}

// A mailbox's messages; POP3 UIDs name one message each (RFC 1939 §7).
QList<MailStore::Message> readMessages(Reader &r, const QJsonObject &bo, const QString &bp)
{
    const QJsonArray messages = r.array(bo, bp, QStringLiteral("messages"), WorldFile::MaximumMessages);
    QList<MailStore::Message> box;
    QSet<QByteArray> uids;
    for (qsizetype m = 0; m < messages.size() && !r.failed(); ++m) {
        const QString mp = Reader::at(Reader::at(bp, QStringLiteral("messages")), m);
        const QJsonObject mo = r.element(messages, m, mp);
        MailStore::Message message;
        message.uid = r.octets(mo, mp, QStringLiteral("uid"));
        if (!r.failed() && message.uid.isEmpty())
            r.fail(Reader::at(mp, QStringLiteral("uid")), WorldFile::tr("must not be empty"));
        if (!r.failed() && uids.contains(message.uid))
            r.fail(Reader::at(mp, QStringLiteral("uid")),
                   WorldFile::tr("\"%1\" appears twice").arg(QString::fromUtf8(message.uid).left(80)));
        uids.insert(message.uid);
        message.receivedMs = r.integer(mo, mp, QStringLiteral("receivedMs"), 0,
                                       std::numeric_limits<qint64>::max() / 4, true, 0);
        message.heldContent = r.content(mo, mp);
        message.size = message.heldContent.size();
        // IMAP (optional): the UID in its folder and the flags.
        message.imapUid = quint32(r.integer(mo, mp, QStringLiteral("imapUid"), 0, 0xffffffffLL, true, 0));
        const QJsonArray flags = r.array(mo, mp, QStringLiteral("flags"), 1000, true);
        for (qsizetype k = 0; k < flags.size() && !r.failed(); ++k) {
            const QByteArray flag = r.octetsValue(flags.at(k),
                                                  Reader::at(Reader::at(mp, QStringLiteral("flags")), k));
            if (!r.failed()
                && (flag.isEmpty() || flag.contains(' ') || flag.contains('(') || flag.contains(')')))
                r.fail(Reader::at(Reader::at(mp, QStringLiteral("flags")), k),
                       WorldFile::tr("is not an IMAP flag"));
            message.flags.append(flag);
        }
        box.append(message);
    }
    return box;
}

// IMAP's folders of a mailbox (optional): names unique, UIDs below UIDNEXT.
QList<MailStore::ImapFolderSnapshot> readImapFolders(Reader &r, const QJsonObject &bo, const QString &bp)
{
    QList<MailStore::ImapFolderSnapshot> result;
    const QJsonArray folders = r.array(bo, bp, QStringLiteral("imapFolders"), 10000, true);
    QSet<QByteArray> names;
    for (qsizetype f = 0; f < folders.size() && !r.failed(); ++f) {
        const QString fp = Reader::at(Reader::at(bp, QStringLiteral("imapFolders")), f);
        const QJsonObject fo = r.element(folders, f, fp);
        MailStore::ImapFolderSnapshot folder;
        folder.name = r.name(fo, fp, QStringLiteral("name")).toUtf8();
        if (!r.failed() && (names.contains(folder.name) || folder.name.startsWith('/')))
            r.fail(Reader::at(fp, QStringLiteral("name")),
                   WorldFile::tr("\"%1\" is not a usable folder name here")
                       .arg(QString::fromUtf8(folder.name).left(80)));
        names.insert(folder.name);
        folder.uidValidity = quint32(r.integer(fo, fp, QStringLiteral("uidValidity"), 1, 0xffffffffLL));
        folder.uidNext = quint32(r.integer(fo, fp, QStringLiteral("uidNext"), 1, 0xffffffffLL));
        folder.subscribed = r.boolean(fo, fp, QStringLiteral("subscribed"));
        if (folder.name != "INBOX" && fo.contains(QStringLiteral("messages")))
            folder.messages = readMessages(r, fo, fp);
        for (const MailStore::Message &m : std::as_const(folder.messages)) {
            if (!r.failed() && m.imapUid >= folder.uidNext)
                r.fail(Reader::at(fp, QStringLiteral("uidNext")),
                       WorldFile::tr("must be above every imapUid"));
        }
        result.append(folder);
    }
    return result;
}

QList<QPair<QByteArray, QList<MailStore::Message>>> readMailboxes(
    Reader &r, const QJsonObject &s, const QString &path, const ScenarioServer &config,
    const QSet<QString> &userAddresses,
    QList<QPair<QByteArray, QList<MailStore::ImapFolderSnapshot>>> *imapFolders)
{
    QList<QPair<QByteArray, QList<MailStore::Message>>> result;
    const QString domain = config.domain;
    const QJsonArray mailboxes = r.array(s, path, QStringLiteral("mailboxes"), WorldFile::MaximumHosts * 100);
    for (qsizetype b = 0; b < mailboxes.size() && !r.failed(); ++b) {
        const QString bp = Reader::at(Reader::at(path, QStringLiteral("mailboxes")), b);
        const QJsonObject bo = r.element(mailboxes, b, bp);
        const QString user = r.name(bo, bp, QStringLiteral("user"));
        // The account alumno1 of a server whose mail name is 2esi.org is alumno1@2esi.org.
        const auto isUser = [&] {
            if (userAddresses.contains(user.toLower() + QLatin1Char('@') + domain))
                return true;
            const ServerSettings::Configuration configuration(config.domain, config.settings);
            if (!configuration.postfixConfigured())
                return false;
            for (const QString &address : userAddresses) {
                const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
                if (address.left(at) == user.toLower() && configuration.isDestination(address.mid(at + 1)))
                    return true;
            }
            return false;
        };
        if (!r.failed() && !isUser()) {
            r.fail(Reader::at(bp, QStringLiteral("user")),
                   WorldFile::tr("%1@%2 is not one of the users").arg(user, domain));
        }
        result.append({user.toUtf8(), readMessages(r, bo, bp)});
        if (bo.contains(QStringLiteral("imapFolders")))
            imapFolders->append({user.toUtf8(), readImapFolders(r, bo, bp)});
    }
    return result;
}

// The outgoing queue; the queue finds an entry by its id.
QList<MailServer::QueueEntry> readQueue(Reader &r, const QJsonObject &s, const QString &path)
{
    QList<MailServer::QueueEntry> result;
    const QJsonArray queue = r.array(s, path, QStringLiteral("queue"), WorldFile::MaximumMessages);
    QSet<QString> queueIds;
    for (qsizetype q = 0; q < queue.size() && !r.failed(); ++q) {
        const QString qp = Reader::at(Reader::at(path, QStringLiteral("queue")), q);
        const QJsonObject qo = r.element(queue, q, qp);
        MailServer::QueueEntry entry;
        entry.id = r.name(qo, qp, QStringLiteral("id"));
        if (!r.failed() && queueIds.contains(entry.id))
            r.fail(Reader::at(qp, QStringLiteral("id")), WorldFile::tr("\"%1\" appears twice").arg(entry.id));
        queueIds.insert(entry.id);
        entry.sender = r.octets(qo, qp, QStringLiteral("sender"));
        entry.domain = r.name(qo, qp, QStringLiteral("domain"));
        const QJsonArray recipients = r.array(qo, qp, QStringLiteral("recipients"), 10000);
        if (!r.failed() && recipients.isEmpty())
            r.fail(Reader::at(qp, QStringLiteral("recipients")), WorldFile::tr("must not be empty"));
        for (qsizetype k = 0; k < recipients.size() && !r.failed(); ++k)
            entry.recipients.append(
                r.octetsValue(recipients.at(k), Reader::at(Reader::at(qp, QStringLiteral("recipients")), k)));
        entry.content = r.content(qo, qp);
        entry.attempts = int(r.integer(qo, qp, QStringLiteral("attempts"), 0, 1000));
        entry.nextAttemptMs = r.integer(qo, qp, QStringLiteral("nextAttemptMs"), 0, maximumMs);
        entry.lastError = r.string(qo, qp, QStringLiteral("lastError"), true);
        result.append(entry);
    }
    return result;
}

} // namespace

QList<ServerState> readServers(CheckedJsonReader &r, const QJsonObject &root,
                               const QSet<QString> &userAddresses, Scenario *scenario, QSet<QString> *domains)
{
    QList<ServerState> serverStates;
    const QJsonArray servers = r.array(root, QString(), QStringLiteral("servers"), WorldFile::MaximumHosts);
    for (qsizetype i = 0; i < servers.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("servers"), i);
        const QJsonObject s = r.element(servers, i, path);
        const ScenarioServer config = readConfig(r, s, path, domains);
        scenario->servers.append(config);

        ServerState state;
        state.faults = readFaults(r, s, path);
        state.nextUid = quint64(r.integer(s, path, QStringLiteral("nextUid"), 1, 1LL << 52, true, 1));
        state.nextQueueNumber = int(r.integer(s, path, QStringLiteral("nextQueueNumber"), 1,
                                              std::numeric_limits<int>::max() / 2, true, 1));
        state.delivered = int(
            r.integer(s, path, QStringLiteral("delivered"), 0, std::numeric_limits<int>::max() / 2, true, 0));
        state.mailboxes = readMailboxes(r, s, path, config, userAddresses, &state.imapFolders);
        state.queue = readQueue(r, s, path);
        serverStates.append(state);
    }
    return serverStates;
}

void restoreServer(MailServer *server, const ServerState &state)
{
    for (const MailServer::Fault &f : state.faults)
        server->addFault(f);
    server->store()->setNextUid(state.nextUid);
    for (const auto &folders : state.imapFolders)
        server->store()->restoreImapFolders(folders.first, folders.second);
    for (const auto &box : state.mailboxes)
        server->store()->restoreMailbox(box.first, box.second);
    server->restoreState(state.queue, state.nextQueueNumber, state.delivered);
}

} // namespace WorldFileSections
