// SPDX-License-Identifier: GPL-3.0-or-later
// mailclient.h — a mail user agent (MUA): Ana's or Fran's mail client.
//
// Composes MIME messages (MimeComposer: text as 8bit UTF-8, attachments in
// base64) and submits them to its own server (port 587, AUTH PLAIN), and
// fetches mail by POP3 in the course's two modes: "download and delete" and
// "download and keep" (it remembers the UIDLs it has seen), or by IMAP: the
// mail stays on the server, and only the text of a message with attachments
// is downloaded (the attachments are listed, left on the server). When its server
// does not offer 8BITMIME the message is re-encoded to 7-bit before MAIL
// (RFC 6152 §3) and a note on the transcript says so. It sees the world only
// through a HostContext.
#pragma once

#include "mail/hostcontext.h"
#include "message/mimecomposer.h"
#include "protocol/imapclientsession.h"
#include "protocol/pop3clientsession.h"
#include "protocol/smtpclientsession.h"
#include "protocol/tlspolicy.h"
#include "scenario/scenario.h"

#include <QObject>
#include <QSet>

class MailClient : public QObject
{
    Q_OBJECT
public:
    struct InboxMessage {
        QByteArray uid;
        QByteArray content;
        QString subject;
        QString from;
        // IMAP, text only: what was left on the server ("praia.png (96 octets)")
        // and what a whole download would have cost.
        QStringList attachmentsOnServer;
        qint64 sizeOnServer = 0;
    };

    MailClient(HostContext *context, const ScenarioClient &config, const QByteArray &password,
               QObject *parent = nullptr);

    QString name() const { return m_name; }
    QByteArray address() const { return m_address; }
    QString serverDomain() const;
    Pop3Mode pop3Mode() const { return m_mode; }
    void setPop3Mode(Pop3Mode mode) { m_mode = mode; }
    bool isBusy() const { return m_busy > 0; }

    // Composes the draft and sends it to draft.to + draft.cc. An empty `from`
    // is this client's address; an empty messageIdDomain, its server's domain.
    void send(const MimeDraft &draft);
    // A plain text message: send() with a draft of these.
    void send(const QList<QByteArray> &recipients, const QString &subject, const QString &body);
    // An already composed message (CR LF line ends) to these recipients.
    void sendMessage(const QList<QByteArray> &recipients, const QByteArray &content);
    // By the client's own access: POP3 in its mode, or IMAP.
    void fetch();
    void fetch(Pop3Mode mode);
    void fetchImap();
    MailAccess access() const { return m_access; }
    void setAccess(MailAccess access) { m_access = access; }

    QList<InboxMessage> inbox() const { return m_inbox; }
    // The UIDs seen in "download and keep" mode (not fetched again).
    QSet<QByteArray> knownUids() const { return m_knownUids; }
    // World files (core/persist): what the client had downloaded when saved.
    void restoreInbox(const QList<InboxMessage> &inbox, const QSet<QByteArray> &knownUids);
    // IMAP with folders (Fran's window in IMAP mode): one connection that
    // opens `folder`, does the actions (ImapAction: create, rename, delete a
    // folder; flag, move, expunge, search) and reads the folder, flags and
    // all; its result updates the folders kept here and emits imapUpdated().
    void runImap(const QByteArray &folder, const QList<ImapAction> &actions = {});
    // A connection left in IDLE on INBOX (RFC 2177): new mail is fetched as
    // soon as the server tells it, and imapUpdated() says so (fromIdle).
    // stopIdle() ends it with DONE and LOGOUT.
    void startIdle();
    void stopIdle();
    bool isIdling() const { return m_idleEngine != nullptr; }
    struct ImapMessage {
        quint32 uid = 0;
        QList<QByteArray> flags;
        InboxMessage message; // what was downloaded (its text, and the parts fetched on demand)
        QList<ImapAttachmentInfo> leftOnServer; // the attachments not downloaded (yet)
        QByteArray textOnly; // the text as first downloaded, before any part was added
        QList<ImapFetchedPart> parts; // attachments downloaded on demand (ImapAction::fetchPart)
    };
    QList<ImapFolderEntry> imapFolders() const { return m_imapFolders; }
    // The messages of a folder as last read, in UID order.
    QList<ImapMessage> imapMessages(const QByteArray &folder) const;
    const SmtpClientResult &lastSendResult() const { return m_lastSend; }
    const Pop3ClientResult &lastFetchResult() const { return m_lastFetch; }
    const ImapClientResult &lastImapResult() const { return m_lastImap; }

Q_SIGNALS:
    void sent(const SmtpClientResult &result);
    void fetched(const Pop3ClientResult &result);
    void imapFetched(const ImapClientResult &result);
    // A runImap() job ended, or an IDLE connection read INBOX again (fromIdle).
    void imapUpdated(const ImapClientResult &result, bool fromIdle);
    // The IDLE connection opened or ended.
    void idleChanged(bool idling);
    void inboxChanged();

private:
    HostContext *m_context;
    QString m_name;
    QByteArray m_address;
    QByteArray m_password;
    Pop3Mode m_mode;
    MailAccess m_access = MailAccess::Pop3;
    ImapDownload m_imapDownload = ImapDownload::TextOnly;
    ClientTls m_tls = ClientTls::None;
    TlsPolicy tlsPolicy() const; // STARTTLS/STLS for the engines
    QString service(const QString &plain) const; // "pop3" or, with implicit TLS, "pop3s"
    quint32 m_imapValidity = 0;
    QSet<quint32> m_imapKnown;
    ImapClientResult m_lastImap;
    struct ImapFolderCache {
        quint32 uidValidity = 0;
        QList<quint32> uids;
        QHash<quint32, ImapMessage> messages;
    };
    // What a result says of its folder goes into the cache.
    void keepImapResult(const ImapClientResult &result);
    // A text-only message and the parts downloaded since, as one multipart/mixed.
    static QByteArray withParts(const QByteArray &textOnly, const QList<ImapFetchedPart> &parts);
    ImapClientJob imapJob(const QByteArray &folder) const;
    QList<ImapFolderEntry> m_imapFolders;
    QHash<QByteArray, ImapFolderCache> m_imapCache;
    ImapClientSession *m_idleEngine = nullptr; // owned by its connection
    QSet<QByteArray> m_knownUids;
    QList<InboxMessage> m_inbox;
    SmtpClientResult m_lastSend;
    Pop3ClientResult m_lastFetch;
    int m_busy = 0;
};
