// SPDX-License-Identifier: GPL-3.0-or-later
// worldfilescenario.cpp — reading what a saved world was built from.
//
// The sections of a world file that make the Scenario a new World is built
// from: "scenario" (its name, source, titles and its text as it was), "hosts"
// (checked for shape: the world gives the same addresses again), "users" (the
// mail accounts, each once) and "dns" (the MX records). The servers' and
// clients' scenario parts are read with their state (worldfileservers.cpp,
// worldfileclients.cpp).
#include "worldfilesections.h"

#include "scenario/scenarioparser.h"
#include "worldfile.h"

#include <QHostAddress>
#include <QJsonArray>

namespace WorldFileSections {

void readScenario(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario, QString *text)
{
    const QJsonObject scenarioObject = r.object(root, QString(), QStringLiteral("scenario"));
    scenario->name = r.string(scenarioObject, QStringLiteral("scenario"), QStringLiteral("name"), false,
                              1024);
    scenario->source = r.string(scenarioObject, QStringLiteral("scenario"), QStringLiteral("source"), true,
                                4096);
    scenario->title = r.localizedText(scenarioObject, QStringLiteral("scenario"), QStringLiteral("title"));
    scenario->description = r.localizedText(scenarioObject, QStringLiteral("scenario"),
                                            QStringLiteral("description"));
    *text = r.string(scenarioObject, QStringLiteral("scenario"), QStringLiteral("text"), true,
                     ScenarioParser::MaximumFileSize);
}

void readHosts(CheckedJsonReader &r, const QJsonObject &root)
{
    const QJsonArray hosts = r.array(root, QString(), QStringLiteral("hosts"), WorldFile::MaximumHosts);
    for (qsizetype i = 0; i < hosts.size() && !r.failed(); ++i) {
        const QString path = CheckedJsonReader::at(QStringLiteral("hosts"), i);
        const QJsonObject h = r.element(hosts, i, path);
        r.name(h, path, QStringLiteral("name"));
        r.string(h, path, QStringLiteral("kind"));
        const QString address = r.string(h, path, QStringLiteral("address"), true, 64);
        if (!r.failed() && !address.isEmpty() && QHostAddress(address).isNull())
            r.fail(CheckedJsonReader::at(path, QStringLiteral("address")),
                   WorldFile::tr("\"%1\" is not an IP address").arg(address));
    }
}

QSet<QString> readUsers(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario)
{
    const QJsonArray users = r.array(root, QString(), QStringLiteral("users"), WorldFile::MaximumHosts * 100);
    QSet<QString> userAddresses;
    for (qsizetype i = 0; i < users.size() && !r.failed(); ++i) {
        const QString path = CheckedJsonReader::at(QStringLiteral("users"), i);
        const QJsonObject u = r.element(users, i, path);
        ScenarioUser user;
        user.address = r.name(u, path, QStringLiteral("address"));
        user.password = r.string(u, path, QStringLiteral("password"), false, 1024);
        if (!r.failed() && !user.address.contains(QLatin1Char('@')))
            r.fail(CheckedJsonReader::at(path, QStringLiteral("address")),
                   WorldFile::tr("\"%1\" is not a mail address").arg(user.address));
        if (!r.failed() && userAddresses.contains(user.address.toLower()))
            r.fail(CheckedJsonReader::at(path, QStringLiteral("address")),
                   WorldFile::tr("\"%1\" appears twice").arg(user.address));
        userAddresses.insert(user.address.toLower());
        scenario->users.append(user);
    }
    return userAddresses;
}

void readDns(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario)
{
    const QJsonArray dns = r.array(root, QString(), QStringLiteral("dns"), WorldFile::MaximumHosts * 10);
    for (qsizetype i = 0; i < dns.size() && !r.failed(); ++i) {
        const QString path = CheckedJsonReader::at(QStringLiteral("dns"), i);
        const QJsonObject m = r.element(dns, i, path);
        ScenarioMx mx;
        mx.domain = r.name(m, path, QStringLiteral("domain"));
        mx.host = r.name(m, path, QStringLiteral("host"));
        mx.preference = int(r.integer(m, path, QStringLiteral("preference"), 0, 65535));
        scenario->mx.append(mx);
    }
}

void readEavesdroppers(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario)
{
    const QJsonArray list = r.array(root, QString(), QStringLiteral("eavesdroppers"),
                                    WorldFile::MaximumHosts * 10, true);
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = CheckedJsonReader::at(QStringLiteral("eavesdroppers"), i);
        const QJsonObject o = r.element(list, i, path);
        ScenarioEavesdropper e;
        e.name = r.name(o, path, QStringLiteral("name"));
        e.a = r.name(o, path, QStringLiteral("a"));
        e.b = r.name(o, path, QStringLiteral("b"));
        for (const QString &end : {QStringLiteral("a"), QStringLiteral("b")}) {
            const QString host = end == QLatin1String("a") ? e.a : e.b;
            if (!r.failed() && !scenario->server(host) && !scenario->client(host))
                r.fail(CheckedJsonReader::at(path, end),
                       WorldFile::tr("\"%1\" is neither a server nor a client of this world").arg(host));
        }
        scenario->eavesdroppers.append(e);
    }
}

void readWebmails(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario)
{
    const QJsonArray list = r.array(root, QString(), QStringLiteral("webmails"), WorldFile::MaximumHosts,
                                    true);
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = CheckedJsonReader::at(QStringLiteral("webmails"), i);
        const QJsonObject o = r.element(list, i, path);
        ScenarioWebmail w;
        w.host = r.name(o, path, QStringLiteral("host"));
        w.server = r.name(o, path, QStringLiteral("server"));
        w.address = r.string(o, path, QStringLiteral("address"), true, 64);
        if (!r.failed() && !scenario->server(w.server))
            r.fail(CheckedJsonReader::at(path, QStringLiteral("server")),
                   WorldFile::tr("\"%1\" is not a server of this world").arg(w.server));
        if (!r.failed() && !w.address.isEmpty() && QHostAddress(w.address).isNull())
            r.fail(CheckedJsonReader::at(path, QStringLiteral("address")),
                   WorldFile::tr("\"%1\" is not an IP address").arg(w.address));
        scenario->webmails.append(w);
    }
}

} // namespace WorldFileSections
