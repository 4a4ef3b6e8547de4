// SPDX-License-Identifier: GPL-3.0-or-later
// worldfileclients.cpp — reading a saved world's mail clients.
//
// The "clients" section: for each mail client its scenario part (name, user,
// POP3 mode when saved) and what it holds (the UIDs it has seen in keep mode
// and the messages it has downloaded, whose subject and sender are taken again
// from their headers). A client's name is not another client's nor a server's,
// and its user is one of the users. restoreClient() puts that into the new
// world's client.
#include "worldfilesections.h"

#include "mail/mailmessage.h"
#include "worldfile.h"

#include <QJsonArray>

namespace WorldFileSections {

namespace {

using Reader = CheckedJsonReader;

QSet<QByteArray> readKnownUids(Reader &r, const QJsonObject &c, const QString &path)
{
    QSet<QByteArray> uids;
    const QJsonArray known = r.array(c, path, QStringLiteral("knownUids"), WorldFile::MaximumMessages);
    for (qsizetype k = 0; k < known.size() && !r.failed(); ++k)
        uids.insert(r.octetsValue(known.at(k), Reader::at(Reader::at(path, QStringLiteral("knownUids")), k)));
    return uids;
}

QList<MailClient::InboxMessage> readInbox(Reader &r, const QJsonObject &c, const QString &path)
{
    QList<MailClient::InboxMessage> messages;
    const QJsonArray inbox = r.array(c, path, QStringLiteral("inbox"), WorldFile::MaximumMessages);
    for (qsizetype m = 0; m < inbox.size() && !r.failed(); ++m) {
        const QString mp = Reader::at(Reader::at(path, QStringLiteral("inbox")), m);
        const QJsonObject mo = r.element(inbox, m, mp);
        MailClient::InboxMessage message;
        message.uid = r.octets(mo, mp, QStringLiteral("uid"), true);
        message.content = r.content(mo, mp);
        if (!r.failed()) {
            message.subject = MailMessage::decodedHeader(message.content, "Subject");
            message.from = MailMessage::decodedHeader(message.content, "From");
        }
        messages.append(message);
    }
    return messages;
}

} // namespace

QList<ClientState> readClients(CheckedJsonReader &r, const QJsonObject &root,
                               const QSet<QString> &userAddresses, const QSet<QString> &domains,
                               Scenario *scenario)
{
    QList<ClientState> clientStates;
    QSet<QString> clientNames;
    const QJsonArray clients = r.array(root, QString(), QStringLiteral("clients"), WorldFile::MaximumHosts);
    for (qsizetype i = 0; i < clients.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("clients"), i);
        const QJsonObject c = r.element(clients, i, path);
        ScenarioClient config;
        config.name = r.name(c, path, QStringLiteral("name"));
        if (!r.failed()
            && (clientNames.contains(config.name.toLower()) || domains.contains(config.name.toLower())))
            r.fail(Reader::at(path, QStringLiteral("name")),
                   WorldFile::tr("\"%1\" appears twice").arg(config.name));
        clientNames.insert(config.name.toLower());
        config.user = r.name(c, path, QStringLiteral("user"));
        if (!r.failed() && !userAddresses.contains(config.user.toLower()))
            r.fail(Reader::at(path, QStringLiteral("user")),
                   WorldFile::tr("%1 is not one of the users").arg(config.user));
        const QString mode = r.string(c, path, QStringLiteral("pop3"));
        if (!r.failed() && mode != QLatin1String("delete") && mode != QLatin1String("keep"))
            r.fail(Reader::at(path, QStringLiteral("pop3")),
                   WorldFile::tr("expected \"delete\" or \"keep\", found \"%1\"").arg(mode.left(80)));
        config.pop3Mode = mode == QLatin1String("keep") ? Pop3Mode::DownloadAndKeep
                                                        : Pop3Mode::DownloadAndDelete;
        scenario->clients.append(config);

        ClientState state;
        state.mode = config.pop3Mode;
        state.knownUids = readKnownUids(r, c, path);
        state.inbox = readInbox(r, c, path);
        clientStates.append(state);
    }
    return clientStates;
}

void restoreClient(MailClient *client, const ClientState &state)
{
    client->setPop3Mode(state.mode);
    client->restoreInbox(state.inbox, state.knownUids);
}

} // namespace WorldFileSections
