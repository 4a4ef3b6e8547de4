// SPDX-License-Identifier: GPL-3.0-or-later
// scenariovalidation.cpp — the cross-checks run once the whole file is read.
//
// Statements may come in any order, so what one line names in another (a
// step's client, a client's user, a user's domain, a setting's or a step's
// server) is only recorded while reading; here each reference is looked up
// among the declarations, given the declared spelling ("Fran" → "fran") or
// reported with the names that do exist. A scenario needs a server, and the
// settings kept aside go into their servers.
#include "scenario/scenarioreader.h"
#include "scenario/serversettings.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace ScenarioLexer;

QString ScenarioReader::realServerRefused(const ScenarioServer &server)
{
    return QCoreApplication::translate("ScenarioParser",
                                       "%1 is the real server at %2: a scenario sends mail to it and fetches "
                                       "from it, but cannot look into it or change it as this statement "
                                       "would; check the transcript (expect reply, expect wire) or what a "
                                       "client fetched (expect client) instead")
        .arg(quoted(server.domain), server.realAddress);
}

void ScenarioReader::validate()
{
    // A misspelt server line has its own error already.
    if (m_scenario.servers.isEmpty() && !m_serverAttempted) {
        error(1, 1,
              QCoreApplication::translate("ScenarioParser",
                                          "no server declared; a scenario needs at least one line such as "
                                          "\"server servidor.edu\""));
    }
    // The settings kept aside go into their servers first: a server's
    // mydestination (postfix … mailname 2esi.org) serves its users' domains.
    for (const PendingSetting &setting : std::as_const(m_settings)) {
        for (ScenarioServer &server : m_scenario.servers) {
            if (server.domain.compare(setting.host, Qt::CaseInsensitive) == 0)
                server.settings.insert(setting.key, setting.value);
        }
    }
    QStringList servers;
    for (const ScenarioServer &server : std::as_const(m_scenario.servers))
        servers.append(server.domain);
    QStringList users;
    for (const ScenarioUser &user : std::as_const(m_scenario.users))
        users.append(user.address);
    QStringList clients;
    for (const ScenarioClient &client : std::as_const(m_scenario.clients))
        clients.append(client.name);

    // A real server's mailboxes are its own (Dovecot's Maildirs): Carteiro
    // cannot count them; the transcript (expect reply, expect wire) or the
    // client that fetched (expect client) can be checked instead.
    for (const ScenarioStep &step : std::as_const(m_scenario.steps)) {
        if (step.kind != ScenarioStep::Kind::ExpectMailbox)
            continue;
        const QString domain = step.target.section(QLatin1Char('@'), 1);
        if (const ScenarioServer *server = m_scenario.serverFor(domain); server && server->isReal())
            error(step.location.line, step.location.column, realServerRefused(*server));
    }
    for (const Reference &reference : std::as_const(m_references)) {
        const auto report = [&](const QString &message) {
            error(reference.where, message); // a class's CSV line names its own file
        };
        switch (reference.kind) {
        case Reference::Kind::Server:
        case Reference::Kind::SimulatedServer:
            if (const ScenarioServer *server = m_scenario.server(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(server->domain);
                if (reference.kind == Reference::Kind::SimulatedServer && server->isReal())
                    report(realServerRefused(*server));
            } else {
                report(
                    QCoreApplication::translate("ScenarioParser", "unknown server %1; declared servers: %2")
                        .arg(quoted(reference.name), listOrNone(servers)));
            }
            break;
        case Reference::Kind::Host:
            if (const ScenarioServer *server = m_scenario.server(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(server->domain);
            } else if (const ScenarioClient *client = m_scenario.client(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(client->name);
            } else {
                report(QCoreApplication::translate(
                           "ScenarioParser", "unknown host %1; declared servers: %2; declared clients: %3")
                           .arg(quoted(reference.name), listOrNone(servers), listOrNone(clients))
                       + suggestion(reference.name, servers + clients));
            }
            break;
        case Reference::Kind::EavesdropperName:
            if (m_scenario.server(reference.name) || m_scenario.client(reference.name)) {
                report(
                    QCoreApplication::translate("ScenarioParser",
                                                "%1 is already the name of a host; an eavesdropper needs a "
                                                "name of her own, such as eva")
                        .arg(quoted(reference.name)));
            }
            break;
        case Reference::Kind::WebmailName:
            if (m_scenario.server(reference.name) || m_scenario.client(reference.name)) {
                report(QCoreApplication::translate("ScenarioParser",
                                                   "%1 is already the name of a host; a webmail needs a host "
                                                   "name of its own, such as webmail.servidor.edu")
                           .arg(quoted(reference.name)));
            }
            break;
        case Reference::Kind::UserDomain:
            // A domain whose MX is a declared server is that server's once
            // its mydestination lists it (a mail name set later in the story).
            if (!m_scenario.server(reference.name) && !m_scenario.serverFor(reference.name)
                && !std::any_of(m_scenario.mx.cbegin(), m_scenario.mx.cend(), [&](const ScenarioMx &mx) {
                       return mx.domain.compare(reference.name, Qt::CaseInsensitive) == 0
                           && m_scenario.server(mx.host);
                   })) {
                report(QCoreApplication::translate("ScenarioParser",
                                                   "no server declared for the domain %1; add a line "
                                                   "\"server %2\"")
                           .arg(quoted(reference.name), reference.name));
            }
            break;
        case Reference::Kind::Student:
            if (m_scenario.students.isEmpty()) {
                report(QCoreApplication::translate("ScenarioParser",
                                                   "%1 is each student's own address, and this scenario "
                                                   "declares no class; add a line such as \"students 30 on "
                                                   "2esi.org\"")
                           .arg(reference.name));
            }
            break;
        case Reference::Kind::User:
            if (const ScenarioUser *user = m_scenario.user(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(user->address);
            } else {
                report(QCoreApplication::translate("ScenarioParser", "unknown user %1; declared users: %2")
                           .arg(quoted(reference.name), listOrNone(users)));
            }
            break;
        case Reference::Kind::RecipientDomain: {
            // Mail to a domain nobody serves bounces at once (no MX and no
            // address: unrouteable, RFC 5321 §5.1), and may be the lesson.
            // One edit away from a domain that is served, it is a slip
            // ("servidor.ed"): an error, since the parser has no warnings.
            QStringList served = servers;
            for (const ScenarioMx &mx : std::as_const(m_scenario.mx))
                served.append(mx.domain);
            if (served.contains(reference.name, Qt::CaseInsensitive))
                break;
            for (const QString &domain : std::as_const(served)) {
                if (editDistance(reference.name.toLower(), domain.toLower()) == 1) {
                    report(QCoreApplication::translate("ScenarioParser",
                                                       "no server or MX serves the domain %1: mail to it "
                                                       "would bounce at once; did you mean %2?")
                               .arg(quoted(reference.name), quoted(domain)));
                    break;
                }
            }
            break;
        }
        case Reference::Kind::BrowserClient:
            if (const ScenarioClient *client = m_scenario.client(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(client->name);
                // The browser goes to the webmail in front of the client's server.
                const QString domain = client->user.mid(client->user.lastIndexOf(QLatin1Char('@')) + 1);
                bool served = false;
                for (const ScenarioWebmail &webmail : std::as_const(m_scenario.webmails))
                    served = served || webmail.server.compare(domain, Qt::CaseInsensitive) == 0;
                if (!served) {
                    report(QCoreApplication::translate("ScenarioParser",
                                                       "no webmail serves %1, the domain of client %2; add a "
                                                       "line \"webmail webmail.%3 for %3\"")
                               .arg(quoted(domain), quoted(client->name), domain));
                }
            } else {
                report(
                    QCoreApplication::translate("ScenarioParser", "unknown client %1; declared clients: %2")
                        .arg(quoted(reference.name), listOrNone(clients))
                    + suggestion(reference.name, clients));
            }
            break;
        case Reference::Kind::Client:
        case Reference::Kind::ImapClient:
            if (const ScenarioClient *client = m_scenario.client(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(client->name);
                if (reference.kind == Reference::Kind::ImapClient && client->access != MailAccess::Imap) {
                    report(
                        QCoreApplication::translate("ScenarioParser",
                                                    "client %1 reads its mail with POP3; IMAP steps need a "
                                                    "client declared with \"imap\" (client %2 user %3 imap)")
                            .arg(quoted(client->name), client->name, client->user));
                }
            } else {
                report(
                    QCoreApplication::translate("ScenarioParser", "unknown client %1; declared clients: %2")
                        .arg(quoted(reference.name), listOrNone(clients))
                    + suggestion(reference.name, clients));
            }
            break;
        }
    }
}
