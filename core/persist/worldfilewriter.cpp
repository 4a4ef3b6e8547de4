// SPDX-License-Identifier: GPL-3.0-or-later
// worldfilewriter.cpp — writing a world as a world file.
//
// WorldFile::toJson() and save(): the world's state as the JSON of
// docs/world-file.md, its top-level fields one per line and each server,
// client and event on a line of its own, so that a person can read and diff a
// file. Events are written by the one event encoder (EventJson, exact form);
// UIDs, senders and recipients as its octets; messages as base64. save()
// replaces a file only when the new one is complete.
#include "worldfile.h"

#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "transcript/eventjson.h"
#include "worldfilesections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {

QString hostKindName(World::HostKind kind)
{
    switch (kind) {
    case World::HostKind::MailClient: return QStringLiteral("client");
    case World::HostKind::MailServer: return QStringLiteral("server");
    case World::HostKind::Dns: return QStringLiteral("dns");
    case World::HostKind::Console: return QStringLiteral("console");
    case World::HostKind::Webmail: return QStringLiteral("webmail");
    case World::HostKind::RealServer: return QStringLiteral("real server");
    case World::HostKind::Outside: break;
    }
    return QStringLiteral("outside");
}

QString modeName(Pop3Mode mode)
{
    return mode == Pop3Mode::DownloadAndKeep ? QStringLiteral("keep") : QStringLiteral("delete");
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject scenarioObject(const World &world)
{
    const Scenario &scenario = world.scenario();
    QJsonObject o;
    o.insert(QStringLiteral("name"), scenario.name);
    o.insert(QStringLiteral("source"), scenario.source);
    o.insert(QStringLiteral("title"), localized(scenario.title));
    o.insert(QStringLiteral("description"), localized(scenario.description));
    o.insert(QStringLiteral("text"), WorldFile::scenarioText(world));
    return o;
}

QJsonObject serverObject(const MailServer *server, const ScenarioServer *config)
{
    QJsonObject o;
    o.insert(QStringLiteral("domain"), server->domain());
    if (config && !config->address.isEmpty())
        o.insert(QStringLiteral("address"), config->address);
    QJsonObject settings;
    if (config) {
        for (auto it = config->settings.cbegin(); it != config->settings.cend(); ++it)
            settings.insert(it.key(), it.value());
    }
    o.insert(QStringLiteral("settings"), settings);
    QJsonArray faults;
    for (const MailServer::Fault &f : server->faults()) {
        faults.append(QJsonObject{{QStringLiteral("command"), f.command},
                                  {QStringLiteral("target"), f.target},
                                  {QStringLiteral("reply"), f.cut ? QString() : f.reply},
                                  {QStringLiteral("cut"), f.cut}});
    }
    o.insert(QStringLiteral("faults"), faults);
    o.insert(QStringLiteral("nextUid"), qint64(server->store()->nextUid()));
    o.insert(QStringLiteral("nextQueueNumber"), server->nextQueueNumber());
    o.insert(QStringLiteral("delivered"), server->deliveredCount());
    QJsonArray mailboxes;
    QList<QByteArray> users = server->store()->users();
    std::sort(users.begin(), users.end());
    for (const QByteArray &user : std::as_const(users)) {
        // IMAP's state too (optional fields, version 2): UIDs, flags, folders.
        const MailStore *store = server->store();
        const auto messagesOf = [store](const QList<MailStore::Message> &list) {
            QJsonArray messages;
            for (const MailStore::Message &m : list) {
                QJsonObject o{{QStringLiteral("uid"), EventJson::octets(m.uid)},
                              {QStringLiteral("receivedMs"), m.receivedMs},
                              {QStringLiteral("contentBase64"), base64(store->contentOf(m))}};
                if (m.imapUid != 0)
                    o.insert(QStringLiteral("imapUid"), qint64(m.imapUid));
                if (!m.flags.isEmpty()) {
                    QJsonArray flags;
                    for (const QByteArray &flag : m.flags)
                        flags.append(QString::fromUtf8(flag));
                    o.insert(QStringLiteral("flags"), flags);
                }
                messages.append(o);
            }
            return messages;
        };
        QJsonObject box{{QStringLiteral("user"), QString::fromUtf8(user)},
                        {QStringLiteral("messages"), messagesOf(server->store()->mailbox(user))}};
        QJsonArray folders;
        for (const MailStore::ImapFolderSnapshot &f : server->store()->imapFolders(user)) {
            QJsonObject fo{{QStringLiteral("name"), QString::fromUtf8(f.name)},
                           {QStringLiteral("uidValidity"), qint64(f.uidValidity)},
                           {QStringLiteral("uidNext"), qint64(f.uidNext)},
                           {QStringLiteral("subscribed"), f.subscribed}};
            if (f.name != "INBOX")
                fo.insert(QStringLiteral("messages"), messagesOf(f.messages));
            folders.append(fo);
        }
        box.insert(QStringLiteral("imapFolders"), folders);
        mailboxes.append(box);
    }
    o.insert(QStringLiteral("mailboxes"), mailboxes);
    QJsonArray queue;
    for (const MailServer::QueueEntry &e : server->queue()) {
        QJsonArray recipients;
        for (const QByteArray &r : e.recipients)
            recipients.append(EventJson::octets(r));
        QJsonObject entry{{QStringLiteral("id"), e.id},
                          {QStringLiteral("sender"), EventJson::octets(e.sender)},
                          {QStringLiteral("domain"), e.domain},
                          {QStringLiteral("recipients"), recipients},
                          {QStringLiteral("contentBase64"), base64(e.content)},
                          {QStringLiteral("attempts"), e.attempts},
                          {QStringLiteral("nextAttemptMs"), e.nextAttemptMs}};
        if (!e.lastError.isEmpty())
            entry.insert(QStringLiteral("lastError"), e.lastError);
        queue.append(entry);
    }
    o.insert(QStringLiteral("queue"), queue);
    return o;
}

QJsonObject clientObject(const MailClient *client, const ScenarioClient *config)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), client->name());
    o.insert(QStringLiteral("user"), config ? config->user : QString::fromUtf8(client->address()));
    o.insert(QStringLiteral("pop3"), modeName(client->pop3Mode()));
    QList<QByteArray> known = client->knownUids().values();
    std::sort(known.begin(), known.end());
    QJsonArray uids;
    for (const QByteArray &uid : std::as_const(known))
        uids.append(EventJson::octets(uid));
    o.insert(QStringLiteral("knownUids"), uids);
    QJsonArray inbox;
    for (const MailClient::InboxMessage &m : client->inbox()) {
        inbox.append(QJsonObject{{QStringLiteral("uid"), EventJson::octets(m.uid)},
                                 {QStringLiteral("contentBase64"), base64(m.content)}});
    }
    o.insert(QStringLiteral("inbox"), inbox);
    return o;
}

} // namespace

QByteArray WorldFileSections::compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it in an array and take the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray WorldFile::toJson(const World &world)
{
    using WorldFileSections::compact;
    const Scenario &scenario = world.scenario();
    QJsonArray hosts;
    for (const World::Host &h : world.hosts()) {
        QJsonObject host{{QStringLiteral("name"), h.name}, {QStringLiteral("kind"), hostKindName(h.kind)}};
        if (!h.address.isNull())
            host.insert(QStringLiteral("address"), h.address.toString());
        hosts.append(host);
    }
    QJsonArray users;
    for (const ScenarioUser &u : scenario.users)
        users.append(
            QJsonObject{{QStringLiteral("address"), u.address}, {QStringLiteral("password"), u.password}});
    QJsonArray dns;
    for (const ScenarioMx &mx : scenario.mx) {
        dns.append(QJsonObject{{QStringLiteral("domain"), mx.domain},
                               {QStringLiteral("host"), mx.host},
                               {QStringLiteral("preference"), mx.preference}});
    }
    QJsonArray eavesdroppers;
    for (const ScenarioEavesdropper &e : scenario.eavesdroppers) {
        eavesdroppers.append(QJsonObject{
            {QStringLiteral("name"), e.name}, {QStringLiteral("a"), e.a}, {QStringLiteral("b"), e.b}});
    }
    QJsonArray webmails;
    for (const ScenarioWebmail &w : scenario.webmails) {
        QJsonObject o{{QStringLiteral("host"), w.host}, {QStringLiteral("server"), w.server}};
        if (!w.address.isEmpty())
            o.insert(QStringLiteral("address"), w.address);
        webmails.append(o);
    }

    const Transcript *transcript = world.transcript();
    QByteArray out;
    out += "{\n";
    const auto field = [&out](const char *key, const QJsonValue &value) {
        out += '"';
        out += key;
        out += "\": ";
        out += compact(value);
        out += ",\n";
    };
    // One list item per line: a person can read and diff a world file.
    const auto list = [&out](const char *key, const QList<QJsonObject> &items) {
        out += '"';
        out += key;
        out += "\": [";
        for (qsizetype i = 0; i < items.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += compact(items.at(i));
        }
        out += items.isEmpty() ? "],\n" : "\n],\n";
    };
    field("format", QLatin1String(formatName));
    field("version", formatVersion);
    field("savedBy",
          QStringLiteral("%1 %2")
              .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion())
              .trimmed());
    field("savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    field("clockMs", transcript->elapsedMs());
    field("nextConnectionId", world.nextConnectionId());
    field("scenario", scenarioObject(world));
    field("hosts", hosts);
    field("users", users);
    field("dns", dns);
    if (!eavesdroppers.isEmpty()) // since the eavesdropper came; absent before
        field("eavesdroppers", eavesdroppers);
    if (!webmails.isEmpty()) // since the webmail came; absent before
        field("webmails", webmails);
    QList<QJsonObject> servers;
    for (const MailServer *s : world.servers())
        servers.append(serverObject(s, scenario.server(s->domain())));
    // The student's own servers after the simulated ones (whose states the
    // reader gives back in order): only where they are; nothing of their mail.
    for (const ScenarioServer &s : scenario.servers) {
        if (!s.isReal())
            continue;
        QJsonObject ports;
        for (auto it = s.realPorts.cbegin(); it != s.realPorts.cend(); ++it)
            ports.insert(it.key(), it.value());
        servers.append(QJsonObject{{QStringLiteral("domain"), s.domain},
                                   {QStringLiteral("real"), s.realAddress},
                                   {QStringLiteral("realPorts"), ports},
                                   {QStringLiteral("settings"), QJsonObject()},
                                   {QStringLiteral("mailboxes"), QJsonArray()},
                                   {QStringLiteral("queue"), QJsonArray()}});
    }
    list("servers", servers);
    QList<QJsonObject> clients;
    for (const MailClient *c : world.clients())
        clients.append(clientObject(c, scenario.client(c->name())));
    list("clients", clients);
    // The transcript is the last field (no comma after it).
    out += "\"transcript\": [";
    for (qsizetype i = 0; i < transcript->size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += EventJson::encodeLine(transcript->at(i), EventJson::Form::Exact);
    }
    out += transcript->size() == 0 ? "]\n" : "\n]\n";
    out += "}\n";
    return out;
}

bool WorldFile::save(const World &world, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = WorldFile::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson(world));
    if (!file.commit()) {
        if (error)
            *error = WorldFile::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
