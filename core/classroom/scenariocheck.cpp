// SPDX-License-Identifier: GPL-3.0-or-later
// scenariocheck.cpp — an expectation ("expect …", an exercise's "check")
// checked against a world: what was expected, whether it holds, what was
// found. The runner checks its steps this way; a class's grader checks each
// student's exercises the same way, with a scope that keeps only what is
// the student's.
#include "scenariorunner.h"

#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "mail/webbrowser.h"
#include "message/mimemessage.h"
#include "world/world.h"

#include <algorithm>
#include <functional>

MailServer *ScenarioRunner::mailboxServer(const World *world, const QString &address, QByteArray *user)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    *user = address.left(at).toUtf8();
    return world->serverFor(address.mid(at + 1));
}

QString ScenarioRunner::folderName(const MailServer *server, const QByteArray &user, const QByteArray &folder)
{
    return server->domain() + QLatin1Char('/') + QString::fromUtf8(user) + QLatin1Char('/')
        + QString::fromUtf8(folder);
}

// The file names of a message's attachments (RFC 2183 / RFC 2231 decoded).
static QStringList attachmentNames(const QByteArray &content)
{
    QStringList names;
    const MimeMessage message = MimeMessage::parse(content);
    for (const MimePart &part : message.parts()) {
        if (!part.fileName.isEmpty())
            names.append(part.fileName);
    }
    return names;
}

ScenarioRunner::Outcome ScenarioRunner::check(World *world, const ScenarioStep &step, const CheckScope &scope)
{
    Outcome o;
    o.location = step.location;
    // A step may check the count, a subject and an attachment at once: it
    // passes when every one of them does, and says what was found for each.
    QStringList descriptions;
    QStringList details;
    bool passed = true;
    auto add = [&](const QString &description, bool ok, const QString &detail) {
        descriptions.append(description);
        details.append(detail);
        passed = passed && ok;
    };
    // The messages of a mailbox or a client's inbox, as subjects and attachment names.
    auto checkMessages = [&](const QString &what, const QList<QByteArray> &contents,
                             const QStringList &subjects, const QStringList &leftOnServer = {}) {
        if (!step.header.isEmpty()) {
            QStringList values;
            bool found = false;
            for (const QByteArray &content : contents) {
                const QString value = MailMessage::decodedHeader(content, step.header.toLatin1());
                if (!value.isEmpty() && !values.contains(value))
                    values.append(value);
                found = found || value.contains(step.headerText, Qt::CaseInsensitive);
            }
            add(Notes::phrase(NoteCode::HasHeader, {what, step.header, step.headerText}), found,
                values.isEmpty() ? Notes::phrase(NoteCode::NoHeader, {step.header})
                                 : Notes::phrase(NoteCode::HeadersFound,
                                                 {step.header, values.join(QStringLiteral(" | "))}));
        }
        if (step.count >= 0) {
            add(Notes::phrase(NoteCode::HoldsMessages, {what, QString::number(step.count)}),
                contents.size() == step.count,
                Notes::phrase(NoteCode::ItHolds, {QString::number(contents.size())}));
        }
        if (!step.subject.isEmpty()) {
            add(Notes::phrase(NoteCode::HasSubject, {what, step.subject}), subjects.contains(step.subject),
                subjects.isEmpty()
                    ? Notes::phrase(NoteCode::NoMessages)
                    : Notes::phrase(NoteCode::SubjectsFound, {subjects.join(QStringLiteral(" | "))}));
        }
        if (!step.body.isEmpty()) {
            // Like a header: the decoded text (the first text part, its
            // transfer encoding and charset undone) contains it, capitals
            // aside; its line ends as "\n", as a scenario writes them.
            bool found = false;
            for (const QByteArray &content : contents) {
                QString text = MimeMessage::parse(content).text();
                text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                found = found || text.contains(step.body, Qt::CaseInsensitive);
            }
            add(Notes::phrase(NoteCode::HasBody, {what, step.body}), found,
                contents.isEmpty() ? Notes::phrase(NoteCode::NoMessages)
                                   : Notes::phrase(NoteCode::NoBodyHasIt));
        }
        if (!step.attachment.isEmpty() && step.attachmentOnServer) {
            // IMAP's partial download: listed by the structure, never downloaded.
            QStringList downloaded;
            for (const QByteArray &content : contents)
                downloaded += attachmentNames(content);
            add(Notes::phrase(NoteCode::LeftOnServer, {what, step.attachment}),
                leftOnServer.contains(step.attachment) && !downloaded.contains(step.attachment),
                leftOnServer.isEmpty()
                    ? Notes::phrase(NoteCode::NoneLeft)
                    : Notes::phrase(NoteCode::LeftFound, {leftOnServer.join(QStringLiteral(" | "))}));
        } else if (!step.attachment.isEmpty()) {
            QStringList names;
            for (const QByteArray &content : contents)
                names += attachmentNames(content);
            add(Notes::phrase(NoteCode::HasAttachment, {what, step.attachment}),
                names.contains(step.attachment),
                names.isEmpty()
                    ? Notes::phrase(NoteCode::NoAttachments)
                    : Notes::phrase(NoteCode::AttachmentsFound, {names.join(QStringLiteral(" | "))}));
        }
    };
    switch (step.kind) {
    case ScenarioStep::Kind::ExpectMailbox: {
        // "{student}": the student's own (the first one's, out of a class).
        QString target = step.target;
        if (target == ScenarioStep::studentPlaceholder()) {
            const QList<ScenarioStudent> &students = world->scenario().students;
            target = !scope.student.isEmpty() ? scope.student
                : students.isEmpty()          ? QString()
                                              : students.first().address;
        }
        QString what = Notes::phrase(NoteCode::MailboxOf, {target});
        QByteArray user;
        MailServer *server = mailboxServer(world, target, &user);
        QList<QByteArray> contents;
        QStringList subjects;
        if (step.folder.isEmpty() && step.flag.isEmpty()) {
            const QList<MailStore::Message> box = server ? server->store()->mailbox(user)
                                                         : QList<MailStore::Message>();
            const QString inbox = server && scope.keepMessage ? folderName(server, user, "INBOX") : QString();
            for (const MailStore::Message &m : box) {
                const auto read = [&] { return server->store()->contentOf(m); };
                if (!scope.keepMessage || scope.keepMessage(inbox, m.uid, read))
                    contents.append(read());
            }
        } else {
            // An IMAP folder, or only the messages with (without) a flag: as
            // an IMAP client would find them (ImapStore).
            const QByteArray folder = step.folder.isEmpty() ? QByteArray("INBOX") : step.folder.toUtf8();
            ImapFolderState state;
            const bool exists = server && server->store()->folderState(user, folder, &state);
            if (!step.folder.isEmpty()) {
                what = Notes::phrase(NoteCode::FolderOf, {target, step.folder});
                add(Notes::phrase(NoteCode::FolderExists, {what}), exists,
                    Notes::phrase(NoteCode::NoSuchFolder, {step.folder}));
            }
            const QString named = server && scope.keepMessage ? folderName(server, user, folder) : QString();
            for (const ImapMessageInfo &m : state.messages) {
                if (!step.flag.isEmpty() && m.flags.contains(step.flag.toUtf8()) == step.withoutFlag) {
                    continue;
                }
                const auto read = [&] { return server->store()->content(user, folder, m.uid); };
                if (!scope.keepMessage || scope.keepMessage(named, QByteArray::number(m.uid), read))
                    contents.append(read());
            }
            if (!step.flag.isEmpty()) {
                what = Notes::phrase(step.withoutFlag ? NoteCode::WithoutFlag : NoteCode::WithFlag,
                                     {what, step.flag});
            }
        }
        for (const QByteArray &content : contents)
            subjects.append(MailMessage::decodedHeader(content, "Subject"));
        checkMessages(what, contents, subjects);
        break;
    }
    case ScenarioStep::Kind::ExpectSearch: {
        // The hits of the client's last search, read on the server by UID.
        MailClient *client = world->client(step.client);
        const ImapClientResult result = client ? client->lastImapResult() : ImapClientResult();
        const QString what = Notes::phrase(NoteCode::SearchHitsOf, {step.client});
        QList<QByteArray> contents;
        QStringList subjects;
        if (client && result.searched) {
            QByteArray user;
            if (MailServer *server = mailboxServer(world, QString::fromUtf8(client->address()), &user)) {
                for (const quint32 uid : result.searchHits)
                    contents.append(server->store()->content(user, result.folder, uid));
            }
        } else {
            add(Notes::phrase(NoteCode::SearchRan, {step.client}), false,
                Notes::phrase(NoteCode::NoSearchYet));
        }
        for (const QByteArray &content : std::as_const(contents))
            subjects.append(MailMessage::decodedHeader(content, "Subject"));
        checkMessages(what, contents, subjects);
        break;
    }
    case ScenarioStep::Kind::ExpectClient: {
        const QString what = Notes::phrase(NoteCode::InboxOf, {step.client});
        MailClient *client = world->client(step.client);
        const QList<MailClient::InboxMessage> inbox = client ? client->inbox()
                                                             : QList<MailClient::InboxMessage>();
        QList<QByteArray> contents;
        QStringList subjects;
        QStringList leftOnServer;
        for (const MailClient::InboxMessage &m : inbox) {
            contents.append(m.content);
            subjects.append(m.subject);
            leftOnServer += m.attachmentsOnServer;
        }
        if (!step.folder.isEmpty() && step.folder != QLatin1String("INBOX")) {
            // An IMAP client's folder, as it last read it ("imap … open").
            contents.clear();
            subjects.clear();
            leftOnServer.clear();
            bool known = false;
            for (const ImapFolderEntry &entry : client ? client->imapFolders() : QList<ImapFolderEntry>())
                known = known || entry.name == step.folder.toUtf8();
            const QString folderWhat = Notes::phrase(NoteCode::FolderOf, {step.client, step.folder});
            add(Notes::phrase(NoteCode::FolderExists, {folderWhat}), known,
                Notes::phrase(NoteCode::NoSuchFolder, {step.folder}));
            for (const MailClient::ImapMessage &m :
                 client ? client->imapMessages(step.folder.toUtf8()) : QList<MailClient::ImapMessage>()) {
                contents.append(m.message.content);
                subjects.append(m.message.subject);
                leftOnServer += m.message.attachmentsOnServer;
            }
            checkMessages(folderWhat, contents, subjects, leftOnServer);
            break;
        }
        checkMessages(what, contents, subjects, leftOnServer);
        break;
    }
    case ScenarioStep::Kind::ExpectWire:
    case ScenarioStep::Kind::ExpectTls: {
        // Everything that crossed between the two hosts, either way, as it
        // was on the wire: lines in clear as they were written, and for what
        // went inside TLS only the records' octets (a line inside TLS is
        // recorded in plaintext too, for the endpoints' view, but flagged).
        const Transcript *t = world->transcript();
        const auto between = [&](const TranscriptEvent &e) {
            if (scope.keepEvent)
                return scope.keepEvent(e);
            return (e.from.compare(step.host, Qt::CaseInsensitive) == 0
                    && e.to.compare(step.target, Qt::CaseInsensitive) == 0)
                || (e.from.compare(step.target, Qt::CaseInsensitive) == 0
                    && e.to.compare(step.host, Qt::CaseInsensitive) == 0);
        };
        if (step.kind == ScenarioStep::Kind::ExpectWire) {
            QByteArray wire;
            for (qsizetype i = t->firstIndex(); i < t->size(); ++i) {
                const TranscriptEvent &e = t->at(i);
                if (!between(e))
                    continue;
                if (e.kind == TranscriptEvent::Kind::TlsRecord) {
                    wire += e.raw;
                } else if (e.kind == TranscriptEvent::Kind::Line && !e.tls) {
                    wire += e.raw;
                    wire += "\r\n";
                }
            }
            const bool seen = wire.contains(step.body.toUtf8());
            const QString hosts = Notes::phrase(NoteCode::WireBetween, {step.host, step.target});
            add(Notes::phrase(step.withoutFlag ? NoteCode::WireHidesText : NoteCode::WireShowsText,
                              {hosts, step.body}),
                seen != step.withoutFlag,
                Notes::phrase(seen ? NoteCode::WireTextSeen : NoteCode::WireTextNotSeen,
                              {QString::number(wire.size())}));
            break;
        }
        int established = 0;
        QStringList failures;
        for (qsizetype i = t->firstIndex(); i < t->size(); ++i) {
            const TranscriptEvent &e = t->at(i);
            if (e.kind != TranscriptEvent::Kind::Note || !between(e))
                continue;
            if (e.noteCode == NoteCode::TlsEstablished || e.noteCode == NoteCode::TlsEstablishedUnverified
                || e.noteCode == NoteCode::TlsEstablishedServer)
                ++established;
            else if (e.noteCode == NoteCode::TlsFailed && !e.noteArguments.isEmpty()
                     && !failures.contains(e.noteArguments.first()))
                failures.append(e.noteArguments.first());
        }
        const QString hosts = Notes::phrase(NoteCode::WireBetween, {step.host, step.target});
        const QString found = !failures.isEmpty()
            ? Notes::phrase(NoteCode::TlsFailed, {failures.join(QLatin1String("; "))})
            : Notes::phrase(established > 0 ? NoteCode::TlsSessions : NoteCode::NoTlsSession,
                            {QString::number(established)});
        if (step.withoutFlag) {
            bool matches = !failures.isEmpty();
            if (!step.body.isEmpty())
                matches = failures.join(QLatin1Char('\n')).contains(step.body, Qt::CaseInsensitive);
            add(Notes::phrase(NoteCode::TlsIsRefused, {hosts, step.body}), matches, found);
        } else {
            add(Notes::phrase(NoteCode::TlsIsUsed, {hosts}), established > 0 && failures.isEmpty(), found);
        }
        break;
    }
    case ScenarioStep::Kind::ExpectBrowser: {
        // The last page the client's browser read (BrowseResult).
        WebBrowser *browser = world->browser(step.client);
        const BrowseResult result = browser ? browser->lastResult() : BrowseResult();
        const QString what = Notes::phrase(NoteCode::BrowserPageOf,
                                           {step.client, QString::fromUtf8(result.url)});
        if (result.status == 0) {
            add(step.count >= 0
                    ? Notes::phrase(NoteCode::PageStatus, {what, QString::number(step.count)})
                    : Notes::phrase(step.withoutFlag ? NoteCode::PageLacks : NoteCode::PageContains,
                                    {what, step.body}),
                false, Notes::phrase(NoteCode::NoPageYet));
        } else if (step.count >= 0) {
            add(Notes::phrase(NoteCode::PageStatus, {what, QString::number(step.count)}),
                result.status == step.count,
                Notes::phrase(NoteCode::StatusWas, {QString::number(result.status)}));
        } else {
            // The text as a reader sees it: the page's character references undone.
            const bool seen = WebBrowser::pageText(result.page).contains(step.body, Qt::CaseInsensitive);
            add(Notes::phrase(step.withoutFlag ? NoteCode::PageLacks : NoteCode::PageContains,
                              {what, step.body}),
                seen != step.withoutFlag,
                Notes::phrase(seen ? NoteCode::TextIsThere : NoteCode::TextIsNotThere));
        }
        break;
    }
    case ScenarioStep::Kind::ExpectListening: {
        // What netstat -tl would show for the host: its services listening now.
        QStringList listening;
        bool found = false;
        for (const World::Service &service : world->services()) {
            if (service.host.compare(step.host, Qt::CaseInsensitive) != 0
                || !world->isListening(service.host, service.name))
                continue;
            listening.append(QStringLiteral("%1 (%2)").arg(service.standardPort).arg(service.name));
            found = found || service.standardPort == step.count;
        }
        add(Notes::phrase(step.withoutFlag ? NoteCode::DoesNotListenOnPort : NoteCode::ListensOnPort,
                          {step.host, QString::number(step.count)}),
            found != step.withoutFlag,
            Notes::phrase(
                NoteCode::ListensOn,
                {listening.isEmpty() ? QStringLiteral("-") : listening.join(QStringLiteral(", "))}));
        break;
    }
    case ScenarioStep::Kind::ExpectQueue: {
        MailServer *server = world->server(step.host);
        const int found = server ? int(server->queue().size()) : 0;
        add(Notes::phrase(NoteCode::HoldsMessages,
                          {Notes::phrase(NoteCode::QueueOf, {step.host}), QString::number(step.count)}),
            found == step.count, Notes::phrase(NoteCode::ItHolds, {QString::number(found)}));
        break;
    }
    case ScenarioStep::Kind::ExpectReply: {
        QStringList seen;
        bool found = false;
        const Transcript *t = world->transcript();
        for (qsizetype i = qMax(scope.firstEvent, t->firstIndex()); i < t->size(); ++i) {
            const TranscriptEvent &e = t->at(i);
            if (e.kind != TranscriptEvent::Kind::Line || e.code.isEmpty()
                || (scope.keepEvent && !scope.keepEvent(e)))
                continue;
            if (!seen.contains(QString::fromLatin1(e.code)))
                seen.append(QString::fromLatin1(e.code));
            if (e.code == step.code.toLatin1())
                found = true;
        }
        add(Notes::phrase(NoteCode::ReplySeen, {step.code}), found,
            seen.isEmpty() ? Notes::phrase(NoteCode::NoRepliesYet)
                           : Notes::phrase(NoteCode::RepliesSeen, {seen.join(QStringLiteral(", "))}));
        break;
    }
    default: break;
    }
    o.description = descriptions.size() == 1 ? descriptions.first()
                                             : Notes::phrase(NoteCode::Joined, descriptions);
    o.detail = details.size() == 1 ? details.first() : Notes::phrase(NoteCode::Joined, details);
    o.passed = passed && !descriptions.isEmpty();
    return o;
}
