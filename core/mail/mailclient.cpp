// SPDX-License-Identifier: GPL-3.0-or-later
// mailclient.cpp — a mail client's two jobs: submit a composed message to
// its own server and fetch its mail by POP3, keeping an inbox.
//
// Each is one connection through the HostContext with an engine
// (SmtpClientSession, Pop3ClientSession) set up from the client's account;
// the engine's result, read when the connection ends, is what the client
// shows: the last send, the last fetch and the inbox.
#include "mailclient.h"

#include "mail/mailmessage.h"

#include <QHash>
#include <QPointer>

#include <algorithm>

MailClient::MailClient(HostContext *context, const ScenarioClient &config, const QByteArray &password,
                       QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_name(config.name)
    , m_address(config.user.toUtf8())
    , m_password(password)
    , m_mode(config.pop3Mode)
    , m_access(config.access)
    , m_imapDownload(config.imapDownload)
    , m_tls(config.tls)
{
}

TlsPolicy MailClient::tlsPolicy() const
{
    switch (m_tls) {
    case ClientTls::May: return TlsPolicy::May;
    case ClientTls::Encrypt: return TlsPolicy::Encrypt;
    case ClientTls::None:
    case ClientTls::Implicit: break; // implicit: TLS from the first octet, no STARTTLS
    }
    return TlsPolicy::None;
}

QString MailClient::service(const QString &plain) const
{
    // The secure versions of the course's services (RFC 8314): POP3S,
    // IMAPS and submission over TLS.
    if (m_tls != ClientTls::Implicit)
        return plain;
    if (plain == QLatin1String("pop3"))
        return QStringLiteral("pop3s");
    if (plain == QLatin1String("imap"))
        return QStringLiteral("imaps");
    return QStringLiteral("submissions");
}

QString MailClient::serverDomain() const
{
    return QString::fromUtf8(m_address.mid(m_address.lastIndexOf('@') + 1)).toLower();
}

static QByteArray localPart(const QByteArray &address)
{
    const qsizetype at = address.lastIndexOf('@');
    return at > 0 ? address.left(at) : address;
}

void MailClient::send(const QList<QByteArray> &recipients, const QString &subject, const QString &body)
{
    MimeDraft draft;
    draft.to = recipients;
    draft.subject = subject;
    draft.text = body;
    send(draft);
}

void MailClient::send(const MimeDraft &draft)
{
    MimeDraft complete = draft;
    if (complete.from.isEmpty())
        complete.from = m_address;
    if (complete.messageIdDomain.isEmpty())
        complete.messageIdDomain = serverDomain().toUtf8();
    // 8bit first, as Thunderbird does; the submission leg re-encodes only when
    // the server turns out not to offer 8BITMIME.
    const QByteArray content = MimeComposer::compose(complete, MimeComposer::Encoding::EightBit);
    // Cc recipients are envelope recipients like the others (RFC 5321 §3.3).
    sendMessage(complete.to + complete.cc, content);
}

void MailClient::sendMessage(const QList<QByteArray> &recipients, const QByteArray &content)
{
    SmtpClientJob job;
    // A mail client has no domain of its own: like Thunderbird, it greets with
    // its address literal (RFC 5321 §4.1.3).
    job.heloName = "[" + m_context->addressOf(m_name).toString().toLatin1() + "]";
    job.authUser = localPart(m_address);
    job.authPassword = m_password;
    job.tls = tlsPolicy();
    job.mailFrom = m_address;
    job.recipients = recipients;
    job.content = content;
    job.eightBit = !MailMessage::isSevenBit(content);
    // RFC 6152 §3: without 8BITMIME the message goes re-encoded, and the class
    // is told so on the timeline, just before the MAIL command.
    const QString server = serverDomain();
    QPointer<MailClient> self(this);
    job.sevenBitFallback = [self, server](const QByteArray &message, SmtpGreeting greeting) {
        bool changed = false;
        const QByteArray sevenBit = MimeComposer::downgradeToSevenBit(message, &changed);
        if (self && changed) {
            // A server that refused EHLO was greeted with HELO: no extensions at all.
            self->m_context->note(TranscriptEvent::Kind::Note, self->m_name, server,
                                  greeting == SmtpGreeting::Helo ? NoteCode::ClientReencodedAfterHelo
                                                                 : NoteCode::ClientReencodedToSevenBit,
                                  {server});
        }
        return sevenBit;
    };
    ++m_busy;
    m_context->connect(m_name, serverDomain(), service(QStringLiteral("submission")),
                       std::make_unique<SmtpClientSession>(job), [this](ProtocolSession &engine) {
                           --m_busy;
                           m_lastSend = static_cast<SmtpClientSession &>(engine).result();
                           Q_EMIT sent(m_lastSend);
                       });
}

void MailClient::restoreInbox(const QList<InboxMessage> &inbox, const QSet<QByteArray> &knownUids)
{
    m_inbox = inbox;
    m_knownUids = knownUids;
    Q_EMIT inboxChanged();
}

void MailClient::fetch()
{
    if (m_access == MailAccess::Imap)
        fetchImap();
    else
        fetch(m_mode);
}

void MailClient::fetchImap()
{
    ImapClientJob job;
    job.user = localPart(m_address);
    job.password = m_password;
    job.download = m_imapDownload;
    job.tls = tlsPolicy();
    job.uidValidity = m_imapValidity;
    job.knownUids = m_imapKnown;
    ++m_busy;
    m_context->connect(m_name, serverDomain(), service(QStringLiteral("imap")),
                       std::make_unique<ImapClientSession>(job), [this](ProtocolSession &engine) {
                           --m_busy;
                           m_lastImap = static_cast<ImapClientSession &>(engine).result();
                           // Its INBOX joins the folders' cache too, so a later
                           // runImap() does not download it again.
                           keepImapResult(m_lastImap);
                           Q_EMIT imapFetched(m_lastImap);
                       });
}

void MailClient::fetch(Pop3Mode mode)
{
    Pop3ClientJob job;
    job.user = localPart(m_address);
    job.password = m_password;
    job.mode = mode;
    job.knownUids = m_knownUids;
    job.tls = tlsPolicy();
    ++m_busy;
    m_context->connect(m_name, serverDomain(), service(QStringLiteral("pop3")),
                       std::make_unique<Pop3ClientSession>(job), [this, mode](ProtocolSession &engine) {
                           --m_busy;
                           m_lastFetch = static_cast<Pop3ClientSession &>(engine).result();
                           for (const Pop3FetchedMessage &m : std::as_const(m_lastFetch.messages)) {
                               if (mode == Pop3Mode::DownloadAndKeep && !m.uid.isEmpty()) {
                                   if (m_knownUids.contains(m.uid))
                                       continue;
                                   m_knownUids.insert(m.uid);
                               }
                               // A message already kept (fetched in "keep" mode, then
                               // again in "delete" mode, which asks for no UIDL) is the
                               // same message: its Message-ID says so.
                               const QByteArray id = MailMessage::header(m.content, "Message-ID");
                               const bool known = !id.isEmpty()
                                   && std::any_of(
                                       m_inbox.cbegin(), m_inbox.cend(), [&](const InboxMessage &in) {
                                           return MailMessage::header(in.content, "Message-ID") == id;
                                       });
                               if (known)
                                   continue;
                               InboxMessage in;
                               in.uid = m.uid;
                               in.content = m.content;
                               in.subject = MailMessage::decodedHeader(m.content, "Subject");
                               in.from = MailMessage::decodedHeader(m.content, "From");
                               m_inbox.append(in);
                           }
                           if (!m_lastFetch.messages.isEmpty())
                               Q_EMIT inboxChanged();
                           Q_EMIT fetched(m_lastFetch);
                       });
}

ImapClientJob MailClient::imapJob(const QByteArray &folder) const
{
    ImapClientJob job;
    job.user = localPart(m_address);
    job.password = m_password;
    job.download = m_imapDownload;
    job.tls = tlsPolicy();
    job.folder = folder;
    job.readFlags = true;
    const ImapFolderCache cache = m_imapCache.value(folder);
    job.uidValidity = cache.uidValidity;
    for (auto it = cache.messages.cbegin(); it != cache.messages.cend(); ++it)
        job.knownUids.insert(it.key());
    return job;
}

QByteArray MailClient::withParts(const QByteArray &textOnly, const QList<ImapFetchedPart> &parts)
{
    // The message's own header fields on top, its Content-* fields (the text
    // part's, RFC 2045 §9) on the text part, then each part as fetched: its
    // MIME header (BODY[n.MIME]) and its body (BODY[n]), still encoded.
    const qsizetype blank = textOnly.indexOf("\r\n\r\n");
    const QByteArray head = blank < 0 ? textOnly : textOnly.left(blank + 2);
    const QByteArray body = blank < 0 ? QByteArray() : textOnly.mid(blank + 4);
    QByteArray top;
    QByteArray textHead;
    bool inContentField = false;
    for (qsizetype from = 0; from < head.size();) {
        qsizetype end = head.indexOf("\r\n", from);
        end = end < 0 ? head.size() : end + 2;
        const QByteArray line = head.mid(from, end - from);
        from = end;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            inContentField = line.left(8).compare("Content-", Qt::CaseInsensitive) == 0;
        (inContentField ? textHead : top) += line;
    }
    const QByteArray boundary = "=_carteiro-downloaded-parts";
    QByteArray out = top + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + textHead + "\r\n" + body;
    for (const ImapFetchedPart &part : parts) {
        if (!out.endsWith("\r\n"))
            out += "\r\n";
        out += "--" + boundary + "\r\n" + part.mime;
        if (!part.mime.endsWith("\r\n\r\n"))
            out += "\r\n";
        out += part.octets;
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    out += "--" + boundary + "--\r\n";
    return out;
}

void MailClient::keepImapResult(const ImapClientResult &result)
{
    if (!result.folderEntries.isEmpty())
        m_imapFolders = result.folderEntries;
    if (!result.selected)
        return;
    ImapFolderCache &cache = m_imapCache[result.folder];
    if (cache.uidValidity != result.uidValidity) {
        cache.messages.clear(); // RFC 3501 §2.3.1.1: the UIDs start again
        cache.uidValidity = result.uidValidity;
    }
    for (const ImapFetchedMessage &m : result.messages) {
        if (m.content.isEmpty())
            continue;
        ImapMessage kept;
        kept.uid = m.uid;
        InboxMessage &in = kept.message;
        in.uid = "imap:" + QByteArray::number(m.uid);
        in.content = m.content;
        in.subject = MailMessage::decodedHeader(m.content, "Subject");
        in.from = MailMessage::decodedHeader(m.content, "From");
        in.sizeOnServer = m.size;
        if (m.partial) {
            for (const ImapAttachmentInfo &a : m.attachments)
                in.attachmentsOnServer.append(QString::fromUtf8(a.fileName));
            kept.leftOnServer = m.attachments;
        }
        kept.textOnly = m.content;
        cache.messages.insert(m.uid, kept);
    }
    // Attachments downloaded on demand join their message: it becomes a
    // multipart/mixed of its text and those parts, so the client shows them.
    for (const ImapFetchedPart &part : result.parts) {
        auto it = cache.messages.find(part.uid);
        if (it == cache.messages.end() || part.mime.isEmpty())
            continue;
        it->parts.append(part);
        for (qsizetype i = 0; i < it->leftOnServer.size(); ++i) {
            if (it->leftOnServer.at(i).part == part.part) {
                it->message.attachmentsOnServer.removeAll(QString::fromUtf8(it->leftOnServer.at(i).fileName));
                it->leftOnServer.removeAt(i);
                break;
            }
        }
        it->message.content = withParts(it->textOnly, it->parts);
        for (InboxMessage &in : m_inbox) {
            if (result.folder.compare("INBOX", Qt::CaseInsensitive) == 0 && in.uid == it->message.uid) {
                in.content = it->message.content;
                in.attachmentsOnServer = it->message.attachmentsOnServer;
            }
        }
    }
    // INBOX's new mail joins the inbox too, as fetchImap() does.
    if (result.folder.compare("INBOX", Qt::CaseInsensitive) == 0) {
        if (result.uidValidity != m_imapValidity) {
            m_imapKnown.clear();
            m_imapValidity = result.uidValidity;
        }
        bool grew = false;
        for (const ImapFetchedMessage &m : result.messages) {
            if (m.content.isEmpty() || m_imapKnown.contains(m.uid))
                continue;
            m_imapKnown.insert(m.uid);
            m_inbox.append(cache.messages.value(m.uid).message);
            grew = true;
        }
        if (grew)
            Q_EMIT inboxChanged();
    }
    cache.uids = result.uids;
    const QSet<quint32> present(result.uids.cbegin(), result.uids.cend());
    cache.messages.removeIf(
        [&present](const QHash<quint32, ImapMessage>::iterator it) { return !present.contains(it.key()); });
    for (auto it = cache.messages.begin(); it != cache.messages.end(); ++it) {
        if (result.flags.contains(it.key()))
            it->flags = result.flags.value(it.key());
    }
}

QList<MailClient::ImapMessage> MailClient::imapMessages(const QByteArray &folder) const
{
    QList<ImapMessage> out;
    const ImapFolderCache cache = m_imapCache.value(folder);
    for (const quint32 uid : cache.uids) {
        if (cache.messages.contains(uid))
            out.append(cache.messages.value(uid));
    }
    return out;
}

void MailClient::runImap(const QByteArray &folder, const QList<ImapAction> &actions)
{
    ImapClientJob job = imapJob(folder);
    job.actions = actions;
    ++m_busy;
    m_context->connect(m_name, serverDomain(), service(QStringLiteral("imap")),
                       std::make_unique<ImapClientSession>(job), [this](ProtocolSession &engine) {
                           --m_busy;
                           m_lastImap = static_cast<ImapClientSession &>(engine).result();
                           keepImapResult(m_lastImap);
                           Q_EMIT imapUpdated(m_lastImap, false);
                           Q_EMIT imapFetched(m_lastImap);
                       });
}

void MailClient::startIdle()
{
    if (m_idleEngine)
        return;
    ImapClientJob job = imapJob("INBOX");
    job.idle = true;
    auto engine = std::make_unique<ImapClientSession>(job);
    m_idleEngine = engine.get();
    // Each reading of INBOX (the first, then one per "* N EXISTS") is shown
    // at once; the connection stays open.
    QPointer<MailClient> self(this);
    engine->setRoundHandler([self](const ImapClientResult &result) {
        if (!self)
            return;
        self->keepImapResult(result);
        Q_EMIT self->imapUpdated(result, true);
    });
    m_context->connect(m_name, serverDomain(), service(QStringLiteral("imap")), std::move(engine),
                       [self](ProtocolSession &engine) {
                           if (!self || self->m_idleEngine != &engine)
                               return;
                           self->m_idleEngine = nullptr;
                           Q_EMIT self->idleChanged(false);
                       });
    Q_EMIT idleChanged(true);
}

void MailClient::stopIdle()
{
    if (!m_idleEngine)
        return;
    m_idleEngine->stop();
    m_context->pump(m_idleEngine);
}
