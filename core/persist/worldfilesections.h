// SPDX-License-Identifier: GPL-3.0-or-later
// worldfilesections.h — reading the sections of a world file, one by one.
//
// WorldFile::fromJson() reads a file's sections in this order, each with the
// same CheckedJsonReader, so the first problem in the file is the one named:
// the scenario and the world's description (scenario, hosts, users, dns), the
// servers with their mailboxes and queues, the mail clients, the transcript.
// Each reader checks its section and gives what it read; nothing is built yet:
// fromJson() makes the World only when every section has been read.
// Inside core/persist only: the file's format is docs/world-file.md.
#pragma once

#include "checkedjsonreader.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "scenario/scenario.h"
#include "transcript/transcriptevent.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace WorldFileSections {

// The longest time a file may give (a century), for the world's clock, an
// event's time and a queue entry's next attempt.
constexpr qint64 maximumMs = 100LL * 365 * 24 * 3600 * 1000;

// ---- the world's description (worldfilescenario.cpp) ----

// "scenario": its name, source, title, description into `scenario`, and the
// scenario file's text as it was saved.
void readScenario(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario, QString *text);
// "hosts": checked for shape only; the world gives the same addresses again.
void readHosts(CheckedJsonReader &r, const QJsonObject &root);
// "users" into `scenario`; gives their addresses in lower case, for the
// sections that name a user.
QSet<QString> readUsers(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario);
// "dns": the MX records, into `scenario`.
void readDns(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario);
// "eavesdroppers" (optional): who listens on which link, into `scenario`,
// whose servers and clients are read already (each end must be one).
void readEavesdroppers(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario);
// "webmails": the webmail hosts, each in front of a server of the world.
void readWebmails(CheckedJsonReader &r, const QJsonObject &root, Scenario *scenario);

// ---- servers (worldfileservers.cpp) ----

// What a server holds beyond its scenario part, restored once the world exists.
struct ServerState {
    QList<MailServer::Fault> faults;
    quint64 nextUid = 1;
    int nextQueueNumber = 1;
    int delivered = 0;
    QList<QPair<QByteArray, QList<MailStore::Message>>> mailboxes; // user → messages
    // user → IMAP folders (INBOX's UIDVALIDITY, the others with their messages);
    // absent in files saved before IMAP's state was kept.
    QList<QPair<QByteArray, QList<MailStore::ImapFolderSnapshot>>> imapFolders;
    QList<MailServer::QueueEntry> queue;
};

// "servers": each server's scenario part into `scenario`, its domain (lower
// case) into `domains`; a mailbox's user must be one of `userAddresses`.
QList<ServerState> readServers(CheckedJsonReader &r, const QJsonObject &root,
                               const QSet<QString> &userAddresses, Scenario *scenario,
                               QSet<QString> *domains);
// Puts a read server's state into the world's server.
void restoreServer(MailServer *server, const ServerState &state);

// ---- mail clients (worldfileclients.cpp) ----

struct ClientState {
    Pop3Mode mode = Pop3Mode::DownloadAndDelete;
    QList<MailClient::InboxMessage> inbox;
    QSet<QByteArray> knownUids;
};

// "clients": each client's scenario part into `scenario`; its user must be one
// of `userAddresses`, its name not a server's domain.
QList<ClientState> readClients(CheckedJsonReader &r, const QJsonObject &root,
                               const QSet<QString> &userAddresses, const QSet<QString> &domains,
                               Scenario *scenario);
// Puts a read client's state into the world's client.
void restoreClient(MailClient *client, const ClientState &state);

// ---- the transcript (worldfiletranscript.cpp) ----

struct TranscriptState {
    QList<TranscriptEvent> events;
    int highestConnection = 0; // the highest connection id of an event
    qint64 lastMs = 0; // the time of the latest event
};

// "transcript": every event, in order (EventJson's decoder).
TranscriptState readTranscript(CheckedJsonReader &r, const QJsonObject &root);

// ---- writing (worldfilewriter.cpp) ----

// One JSON value on one line, as the file lays out each field and list item
// (and as a message quotes a value it refuses).
QByteArray compact(const QJsonValue &value);

} // namespace WorldFileSections
