// SPDX-License-Identifier: GPL-3.0-or-later
// mailserver.cpp — a mail server's policy: who it is, who may relay, the
// faults a scenario puts on it, and what it stores for its own users.
//
// Its SmtpServerDelegate answers MAIL, RCPT and the end of DATA (a fault's
// reply first, then the usual rules); an accepted message gets its
// Received: line and goes to the local mailboxes and to the OutgoingQueue, in
// memory at once or, on disk, as one group of files whose commit the 250
// waits for. It builds the SMTP and POP3 configurations its services run with
// and delivers the bounces the queue makes for local senders.
#include "mailserver.h"

#include "mail/mailmessage.h"
#include "storage/diskcommitter.h"

#include <algorithm>

#include <QDateTime>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>
#include <limits>

namespace {

// The reply to an end of DATA whose message is stored (or was already); on
// disk, it leaves once the write with `durableTicket` is durable.
SmtpReply acceptedReply(const QByteArray &receipt = {}, quint64 durableTicket = 0)
{
    SmtpReply accepted(250, "2.0.0", "Message accepted for delivery");
    accepted.receipt = receipt;
    accepted.durableTicket = durableTicket;
    return accepted;
}

// Dovecot's ssl (no: no STARTTLS/STLS; required: no log-in in clear, its
// disable_plaintext_auth) and auth_username_format.
template<typename Config>
void applyDovecot(const ServerSettings::Configuration &configuration, Config *config)
{
    const QString ssl = configuration.ssl();
    if (ssl == QLatin1String("no"))
        config->tlsOffered = false;
    else if (ssl == QLatin1String("required"))
        config->tlsAuthOnly = true;
    config->account = [configuration](const QByteArray &login) { return configuration.accountName(login); };
}

// Final delivery records the envelope sender (RFC 5321 §4.4).
void appendReturnPath(QByteArray &out, const QByteArray &sender)
{
    out += "Return-Path: <";
    out += sender;
    out += ">\r\n";
}

} // namespace

MailServer::MailServer(HostContext *context, const ScenarioServer &config, const QList<ScenarioUser> &users,
                       const QueuePolicy &policy, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_domain(config.domain.toLower())
    , m_domainUtf8(m_domain.toUtf8())
    , m_settings(config.settings)
    , m_configuration(config.domain, config.settings)
    , m_users(users)
    , m_store(new MailStore(this))
{
    addUsersOfDestinations();
    m_outgoing = new OutgoingQueue(
        context, m_domain, greetsWithEhlo() ? OutgoingQueue::Greeting::Ehlo : OutgoingQueue::Greeting::Helo,
        policy, this);
    m_outgoing->setTlsPolicy(relayTls());
    configureQueue();
    m_outgoing->setReturnToSender(
        [this](const QByteArray &sender, const QByteArray &report) { returnToSender(sender, report); });
    connect(m_outgoing, &OutgoingQueue::changed, this, &MailServer::queueChanged);
}

bool MailServer::servesClass() const
{
    return std::any_of(m_users.cbegin(), m_users.cend(), [](const ScenarioUser &u) { return u.student; });
}

bool MailServer::isDestination(const QString &domain) const
{
    if (m_configuration.postfixConfigured())
        return m_configuration.isDestination(domain);
    return domain.compare(m_domain, Qt::CaseInsensitive) == 0;
}

void MailServer::addUsersOfDestinations()
{
    // Accounts are local parts: alumno1@2esi.org is the account alumno1 of
    // the server whose mail name is 2esi.org.
    for (const ScenarioUser &user : std::as_const(m_users)) {
        const qsizetype at = user.address.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || !isDestination(user.address.mid(at + 1)))
            continue;
        const QByteArray localPart = user.address.left(at).toUtf8();
        if (m_store->hasUser(localPart))
            continue;
        m_store->addUser(localPart, user.password.toUtf8());
        for (const QString &folder : user.folders) {
            QByteArray error;
            m_store->createFolder(localPart, folder.toUtf8(), &error); // checked by the parser
        }
    }
}

void MailServer::configureQueue()
{
    // Postfix: relayhost takes all mail for other domains (Internet with
    // smarthost, Satellite system); an MX that points back here for a
    // domain this server does not take mail for is a loop.
    m_outgoing->setRelayHost(m_configuration.postfixConfigured() ? m_configuration.relayHost() : QString());
    m_outgoing->setDetectLoops(m_configuration.postfixConfigured());
    // Local only: default_transport = error (Debian's postinst).
    m_outgoing->setErrorTransport(m_configuration.postfixConfigured() && m_configuration.errorTransport());
}

void MailServer::reconfigure(const QMap<QString, QString> &settings)
{
    m_settings = settings;
    m_configuration = ServerSettings::Configuration(m_domain, settings);
    addUsersOfDestinations();
    configureQueue();
}

bool MailServer::openStorage(const QString &directory, DiskCommitter *committer, QStringList *problems,
                             QString *error)
{
    if (!m_store->openStorage(directory, committer, problems, error))
        return false;
    if (!m_outgoing->openDirectory(directory + QStringLiteral("/queue"), problems, error))
        return false;
    // Which stored messages' 250 their clients surely read (the others are
    // not stored twice if sent again).
    QStringList names;
    for (const QByteArray &user : m_store->users()) {
        for (const MailStore::Message &message : m_store->mailbox(user))
            names.append(message.path.section(QLatin1Char('/'), -1));
    }
    names += m_outgoing->fileNames();
    if (!m_receipts.open(directory, names, problems, error))
        return false;
    m_store->setRemovalHook([this](const QString &path) { m_receipts.forgetting(path); });
    m_committer = committer;
    // Queued messages found there are tried again at once.
    m_outgoing->attachCommitter(committer, &m_receipts);
    return true;
}

bool MailServer::greetsWithEhlo() const
{
    return m_settings.value(QStringLiteral("greet"), QStringLiteral("ehlo")).toLower()
        != QLatin1String("helo");
}

static bool settingOn(const QMap<QString, QString> &settings, const QString &key, bool fallback)
{
    const QString value = settings.value(key).toLower();
    if (value.isEmpty())
        return fallback;
    return value == QLatin1String("on") || value == QLatin1String("yes") || value == QLatin1String("true");
}

bool MailServer::offersStartTls() const
{
    // A certificate from the world, and not turned off (set HOST starttls off).
    return m_tlsAvailable && m_settings.value(QStringLiteral("starttls")) != QLatin1String("off");
}

bool MailServer::startTlsStripped() const
{
    return m_settings.value(QStringLiteral("starttls")) == QLatin1String("stripped");
}

TlsPolicy MailServer::relayTls() const
{
    // Postfix's smtp_tls_security_level: none (the default here, so the
    // course's walkthrough stays in clear), may or encrypt.
    const QString level = m_settings.value(QStringLiteral("tls"));
    if (level == QLatin1String("may"))
        return TlsPolicy::May;
    if (level == QLatin1String("encrypt"))
        return TlsPolicy::Encrypt;
    return TlsPolicy::None;
}

SmtpServerConfig MailServer::smtpConfig(SmtpService service) const
{
    SmtpServerConfig config;
    config.domain = m_domain.toUtf8();
    config.greetingText = m_settings.value(QStringLiteral("greeting")).toUtf8();
    config.submission = service == SmtpService::Submission;
    if (m_configuration.postfixConfigured()) {
        // Debian's smtpd_banner: $myhostname ESMTP $mail_name (Debian/GNU).
        config.domain = m_configuration.myHostname().toUtf8();
        if (config.greetingText.isEmpty())
            config.greetingText = "ESMTP Postfix (Debian/GNU)";
        const qint64 limit = m_configuration.messageSizeLimit();
        config.maximumMessageSize = limit > 0 ? limit : std::numeric_limits<qint64>::max() / 2;
    }
    if (m_settings.contains(QStringLiteral("max-size")))
        config.maximumMessageSize = m_settings.value(QStringLiteral("max-size")).toLongLong();
    if (m_settings.contains(QStringLiteral("max-recipients")))
        config.maximumRecipients = m_settings.value(QStringLiteral("max-recipients")).toInt();
    config.pipelining = settingOn(m_settings, QStringLiteral("pipelining"), true);
    config.eightBitMime = settingOn(m_settings, QStringLiteral("8bitmime"), true);
    config.smtpUtf8 = settingOn(m_settings, QStringLiteral("smtputf8"), true);
    config.tlsOffered = offersStartTls();
    config.tlsAuthOnly = settingOn(m_settings, QStringLiteral("tls-auth-only"), false);
    return config;
}

Pop3ServerConfig MailServer::pop3Config() const
{
    Pop3ServerConfig config;
    config.domain = m_domain.toUtf8();
    config.tlsOffered = offersStartTls();
    config.tlsAuthOnly = settingOn(m_settings, QStringLiteral("tls-auth-only"), false);
    if (m_configuration.dovecotConfigured()) {
        config.greetingText = "Dovecot (Debian) ready.";
        applyDovecot(m_configuration, &config);
    }
    config.fault = [this](const QByteArray &command, const QByteArray &user) {
        const Fault *fault = findFault(QString::fromLatin1(command), {user});
        if (!fault || !fault->reply.startsWith(QLatin1String("-ERR")))
            return QByteArray(); // an IMAP fault at LIST is not POP3's
        m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::FaultAnswers,
                        {m_domain, QString::fromLatin1(command), fault->reply});
        return fault->reply.toUtf8();
    };
    return config;
}

ImapServerConfig MailServer::imapConfig() const
{
    ImapServerConfig config;
    config.hostname = m_domain.toUtf8();
    config.domain = m_domain.toUtf8();
    config.tlsOffered = offersStartTls();
    config.tlsAuthOnly = settingOn(m_settings, QStringLiteral("tls-auth-only"), false);
    if (m_configuration.dovecotConfigured())
        applyDovecot(m_configuration, &config);
    config.fault = [this](const QByteArray &command, const QByteArray &user) {
        const Fault *fault = findFault(QString::fromLatin1(command), {user});
        if (!fault
            || !(fault->reply.startsWith(QLatin1String("NO"))
                 || fault->reply.startsWith(QLatin1String("BAD"))))
            return QByteArray(); // a POP3 fault at LIST is not IMAP's
        m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::FaultAnswers,
                        {m_domain, QString::fromLatin1(command), fault->reply});
        return fault->reply.toUtf8();
    };
    return config;
}

void MailServer::restoreState(const QList<QueueEntry> &queue, int nextQueueNumber, int deliveredCount)
{
    m_delivered = deliveredCount;
    m_outgoing->restore(queue, nextQueueNumber);
}

void MailServer::addFault(const Fault &fault)
{
    m_faults.removeIf([&](const Fault &f) {
        return f.command == fault.command && f.target.compare(fault.target, Qt::CaseInsensitive) == 0;
    });
    m_faults.append(fault);
}

const MailServer::Fault *MailServer::findFault(const QString &command,
                                               const QList<QByteArray> &addresses) const
{
    // "fran" names the local part of any address, and "fran@servidor.edu"
    // the POP3 user "fran" of this server.
    const auto matches = [this](const QString &target, const QByteArray &address) {
        const QString text = QString::fromUtf8(address);
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        const QString local = at < 0 ? text : text.left(at);
        if (target.contains(QLatin1Char('@'))) {
            const QString full = at < 0 ? text + QLatin1Char('@') + m_domain : text;
            return target.compare(full, Qt::CaseInsensitive) == 0;
        }
        return target.compare(local, Qt::CaseInsensitive) == 0;
    };
    // The most recent fault that applies; one for a target before one for any.
    const Fault *any = nullptr;
    for (auto it = m_faults.crbegin(); it != m_faults.crend(); ++it) {
        if (it->command.compare(command, Qt::CaseInsensitive) != 0)
            continue;
        if (it->target.isEmpty()) {
            if (!any)
                any = &*it;
            continue;
        }
        for (const QByteArray &address : addresses) {
            if (matches(it->target, address))
                return &*it;
        }
    }
    return any;
}

void MailServer::removeFault(const QString &command, const QString &target)
{
    m_faults.removeIf([&](const Fault &f) {
        return f.command == command && f.target.compare(target, Qt::CaseInsensitive) == 0;
    });
}

bool MailServer::cutDuringData(const SmtpEnvelope &envelope)
{
    const Fault *fault = findFault(QStringLiteral("DATA"), envelope.recipients);
    if (!fault || !fault->cut)
        return false;
    m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::FaultCutsMidMessage,
                    {m_domain});
    return true;
}

SmtpReply MailServer::faultReply(const Fault &fault)
{
    if (fault.cut) {
        m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::FaultCutsAt,
                        {m_domain, fault.command});
        return SmtpReply(0, QByteArray(), QByteArray());
    }
    m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::FaultAnswers,
                    {m_domain, fault.command, fault.reply});
    // "452 4.2.2 Mailbox full": the code, an enhanced code if one follows (RFC 3463), the text.
    const QByteArray reply = fault.reply.toUtf8();
    const int code = reply.left(3).toInt();
    QByteArray rest = reply.mid(4).trimmed();
    QByteArray enhanced;
    static const QRegularExpression enhancedCode(QStringLiteral("^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    const qsizetype space = rest.indexOf(' ');
    const QByteArray first = space < 0 ? rest : rest.left(space);
    if (enhancedCode.match(QString::fromLatin1(first)).hasMatch()) {
        enhanced = first;
        rest = space < 0 ? QByteArray() : rest.mid(space + 1).trimmed();
    }
    return SmtpReply(code, enhanced, rest);
}

bool MailServer::isLocal(const QByteArray &address) const
{
    const qsizetype at = address.lastIndexOf('@');
    if (at <= 0)
        return false;
    const QByteArrayView domain = QByteArrayView(address).sliced(at + 1);
    // Asked twice a message (RCPT, then delivery): an ASCII domain against
    // this server's own, without making a QString (Unicode's case folding
    // is only needed beyond ASCII).
    const auto ascii = [](QByteArrayView text) {
        return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
    };
    if (!m_configuration.postfixConfigured() && ascii(domain) && ascii(m_domainUtf8))
        return qstrnicmp(domain.data(), domain.size(), m_domainUtf8.constData(), m_domainUtf8.size()) == 0;
    return isDestination(QString::fromUtf8(domain));
}

QByteArray MailServer::localUser(const QByteArray &address) const
{
    const qsizetype at = address.lastIndexOf('@');
    QByteArray local = at > 0 ? address.left(at) : address;
    // RFC 5321 §4.5.1: postmaster must be accepted; here it reaches the first user.
    if (local.compare("postmaster", Qt::CaseInsensitive) == 0 && !m_store->hasUser(local)
        && !m_store->users().isEmpty())
        local = m_store->users().first();
    return local;
}

bool MailServer::authenticate(const QByteArray &user, const QByteArray &password)
{
    // "ana" and "ana@cliente.fr" both name Ana's account.
    QByteArray local = user;
    if (user.contains('@')) {
        if (!isLocal(user))
            return false;
        local = user.left(user.lastIndexOf('@'));
    }
    return m_store->checkPassword(local, password);
}

QByteArray MailServer::otherOwner(const QByteArray &login, const QByteArray &sender) const
{
    if (login.isEmpty() || sender.isEmpty() || !isLocal(sender))
        return QByteArray();
    const QByteArray owner = sender.left(sender.lastIndexOf('@'));
    const QByteArray loggedIn = login.contains('@') ? login.left(login.lastIndexOf('@')) : login;
    if (!m_store->hasUser(owner) || owner.compare(loggedIn, Qt::CaseInsensitive) == 0)
        return QByteArray();
    return owner;
}

SmtpReply MailServer::checkSender(const SmtpEnvelope &envelope, const QByteArray &sender)
{
    if (const Fault *fault = findFault(QStringLiteral("MAIL"), {sender}))
        return faultReply(*fault);
    // After AUTH nobody sends as another account of this server (Postfix's
    // reject_sender_login_mismatch with the accounts as smtpd_sender_login_maps).
    if (const QByteArray owner = otherOwner(envelope.authenticatedUser, sender); !owner.isEmpty())
        return SmtpReply(553, "5.7.1",
                         "<" + sender + ">: Sender address rejected: not owned by user "
                             + envelope.authenticatedUser);
    if (m_configuration.postfixConfigured())
        return SmtpReply(250, "2.1.0", "Ok");
    // The course's wording (sendmail's): "ana@cliente.fr... Sender ok".
    return SmtpReply(250, "2.1.0", (sender.isEmpty() ? QByteArray("<>") : sender) + "... Sender ok");
}

SmtpReply MailServer::checkRecipient(const SmtpEnvelope &envelope, const QByteArray &recipient)
{
    if (const Fault *fault = findFault(QStringLiteral("RCPT"), {recipient}))
        return faultReply(*fault);
    if (m_configuration.postfixConfigured())
        return postfixRecipient(envelope, recipient);
    if (isLocal(recipient) || recipient.compare("postmaster", Qt::CaseInsensitive) == 0) {
        if (!m_store->hasUser(localUser(recipient)))
            return SmtpReply(550, "5.1.1", recipient + "... User unknown");
        return SmtpReply(250, "2.1.5", recipient + " ... Recipient ok");
    }
    // Relaying: only for our own users who proved who they are (RFC 5321 §3.6.1).
    if (!envelope.authenticatedUser.isEmpty())
        return SmtpReply(250, "2.1.5", recipient + " ... Recipient ok (will relay)");
    return SmtpReply(554, "5.7.1", recipient + "... Relaying denied");
}

QByteArray MailServer::qualifyAddress(const QByteArray &localPart)
{
    // Postfix: cleanup(8) rewrites every envelope address in the "local"
    // context, whatever the client (local_header_rewrite_clients decides
    // only about headers, which are not rewritten here), so "fran" is
    // fran@$myorigin (append_at_myorigin), and smtpd takes it without
    // complaint: Debian's restrictions have no reject_non_fqdn_recipient.
    // Carteiro's own server keeps RFC 5321's 553 (the default: empty).
    if (!m_configuration.postfixConfigured())
        return QByteArray();
    const QString origin = m_configuration.myOrigin();
    if (origin.isEmpty())
        return QByteArray();
    const QByteArray full = localPart + '@' + origin.toUtf8();
    m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::AddressQualified,
                    {m_domain, QString::fromUtf8(localPart), QString::fromUtf8(full),
                     m_configuration.value(ServerSettings::Program::Postfix, QStringLiteral("myorigin"))});
    return full;
}

SmtpReply MailServer::postfixRecipient(const SmtpEnvelope &envelope, const QByteArray &recipient)
{
    // Postfix's texts: smtpd_recipient_restrictions' reject_unauth_destination
    // and local_recipient_maps (postconf(5), SMTPD_ACCESS_README).
    if (isLocal(recipient) || recipient.compare("postmaster", Qt::CaseInsensitive) == 0) {
        if (!m_store->hasUser(localUser(recipient)))
            return SmtpReply(550, "5.1.1",
                             "<" + recipient
                                 + ">: Recipient address rejected: User unknown in local recipient table");
        return SmtpReply(250, "2.1.5", "Ok");
    }
    // Relaying: for clients in mynetworks and for those who authenticated
    // (permit_mynetworks, permit_sasl_authenticated).
    QByteArray peerIp = envelope.peerAddress;
    const qsizetype colon = peerIp.lastIndexOf(':');
    if (colon > 0)
        peerIp.truncate(colon);
    const QHostAddress peer(QString::fromLatin1(peerIp));
    if (envelope.authenticatedUser.isEmpty()
        && !m_configuration.inMyNetworks(peer, m_context->addressOf(m_domain),
                                         m_context->hostAtEnd(envelope.peerAddress)))
        return SmtpReply(554, "5.7.1", "<" + recipient + ">: Relay access denied");
    if (m_configuration.errorTransport()) {
        // Local only (default_transport = error): smtpd asks trivial-rewrite
        // where the mail would go, learns "error" with the domain as the
        // reason, and refuses the recipient with it (as Postfix 3.7 does:
        // "550 5.1.1 <x@cliente.fr>: Recipient address rejected: cliente.fr").
        const qsizetype at = recipient.lastIndexOf('@');
        const QByteArray domain = at < 0 ? recipient : recipient.mid(at + 1);
        m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::ErrorTransportRefuses,
                        {m_domain, QString::fromUtf8(domain)});
        return SmtpReply(550, "5.1.1", "<" + recipient + ">: Recipient address rejected: " + domain);
    }
    return SmtpReply(250, "2.1.5", "Ok");
}

void MailServer::appendReceivedHeader(QByteArray &out, const SmtpEnvelope &envelope, const QString &queueId,
                                      const QByteArray &forRecipient) const
{
    // RFC 5321 §4.4 trace; "with" keywords from RFC 3848. Appended piece by
    // piece into a buffer reserved by the caller (once per message: a chain
    // of operator+ cost a tenth of what storing a message costs).
    QByteArrayView peerIp(envelope.peerAddress);
    const qsizetype colon = peerIp.lastIndexOf(':');
    if (colon > 0)
        peerIp.truncate(colon);
    out += "Received: from ";
    out += envelope.heloName;
    out += " ([";
    out += peerIp;
    out += "])\r\n";
    // A class's server says who logged in (Postfix's
    // smtpd_sasl_authenticated_header = yes): the grader credits the message
    // to that student, never to the envelope's address, which anyone may write.
    if (!envelope.authenticatedUser.isEmpty() && servesClass()) {
        out += "\t(";
        out += authenticatedSenderComment();
        out += envelope.authenticatedUser;
        out += ")\r\n";
    }
    out += "\tby ";
    out += m_domainUtf8;
    out += " (Carteiro) with ";
    out += envelope.extended ? "ESMTP" : "SMTP";
    if (!envelope.authenticatedUser.isEmpty())
        out += 'A';
    out += " id ";
    out += queueId.toLatin1();
    out += "\r\n";
    if (!forRecipient.isEmpty()) {
        out += "\tfor <";
        out += forRecipient;
        out += ">;\r\n";
    }
    out += '\t';
    out += MailMessage::currentRfc5322Date();
    out += "\r\n";
}

SmtpReply MailServer::acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content)
{
    // Refused at the end of DATA: nothing is stored (RFC 5321 §4.1.1.4).
    if (const Fault *fault = findFault(QStringLiteral("DATA"), envelope.recipients))
        return faultReply(*fault);
    // On disk, a message stored before whose 250 its client may never have
    // read (a kill, a cut) is not stored twice when it comes again.
    const QByteArray key = isPersistent()
        ? ReceiptJournal::keyFor(envelope.mailFrom, envelope.recipients, content)
        : QByteArray();
    QByteArray again;
    if (isPersistent() && m_receipts.takeCandidate(key, &again)) {
        m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::AlreadyHeld, {m_domain});
        return acceptedReply(again);
    }
    const QString id = m_outgoing->takeId();
    const QByteArray forRecipient = envelope.recipients.size() == 1 ? envelope.recipients.first()
                                                                    : QByteArray();
    QList<QByteArray> local;
    QList<QByteArray> remote;
    for (const QByteArray &recipient : envelope.recipients) {
        if (isLocal(recipient) || recipient.compare("postmaster", Qt::CaseInsensitive) == 0)
            local.append(recipient);
        else
            remote.append(recipient);
    }
    // Room for the trace headers, so that the message is copied once.
    const qsizetype room = 512 + envelope.heloName.size() + envelope.authenticatedUser.size()
        + forRecipient.size() + envelope.mailFrom.size();
    if (!isPersistent() && remote.isEmpty() && !local.isEmpty()) {
        // In memory, for this server's mailboxes only: one copy, with its
        // Return-Path: (RFC 5321 §4.4) and Received:, shared by them all.
        QByteArray stored;
        stored.reserve(room + content.size());
        appendReturnPath(stored, envelope.mailFrom);
        appendReceivedHeader(stored, envelope, id, forRecipient);
        stored += content;
        for (const QByteArray &recipient : std::as_const(local))
            deliverStored(recipient, stored);
        return acceptedReply();
    }
    QByteArray stamped;
    stamped.reserve(room + content.size());
    appendReceivedHeader(stamped, envelope, id, forRecipient);
    stamped += content;
    // A message from a connection the gate does not pace (a class's
    // student) is relayed unpaced too: the teacher's stepping of the story
    // does not hold it.
    const bool unpaced = !remote.isEmpty() && m_context->isUnpacedPeer(m_domain, envelope.peerAddress);
    if (!isPersistent()) {
        for (const QByteArray &recipient : std::as_const(local))
            deliverLocally(envelope.mailFrom, recipient, stamped);
        if (!remote.isEmpty())
            m_outgoing->enqueue(envelope.mailFrom, remote, stamped, id, unpaced);
        return acceptedReply();
    }
    // On disk: every copy (one per local mailbox, one per queue entry) is
    // committed as one group, all or none. The 250 returned here carries the
    // group's ticket and leaves only once it is durable: the Connection holds
    // it until then, and closes without it if the group failed.
    struct Copy {
        QByteArray recipient;
        QByteArray content;
        QString path;
    };
    QList<Copy> copies;
    QList<Maildir::Staged> files;
    for (const QByteArray &recipient : std::as_const(local)) {
        QByteArray stored;
        stored.reserve(room + stamped.size());
        appendReturnPath(stored, envelope.mailFrom);
        stored += stamped;
        files.append(m_store->plan(localUser(recipient), stored, key));
        copies.append({recipient, stored, files.last().finalPath});
    }
    QList<QueueEntry> entries;
    if (!remote.isEmpty()) {
        entries = m_outgoing->entriesFor(envelope.mailFrom, remote, stamped, id, unpaced);
        for (QueueEntry &entry : entries)
            files.append(m_outgoing->plan(&entry, key));
    }
    const QByteArray receipt = m_receipts.begin(key);
    const quint64 ticket = m_committer->commit(
        files, [this, copies, entries, receipt](bool ok, const QString &why) {
            m_receipts.committed(receipt, ok);
            if (!ok) {
                // No 250 is said (the Connection closes): the client keeps the message.
                m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::CannotStore,
                                {m_domain, why});
                return;
            }
            for (const Copy &copy : copies) {
                m_store->addStored(localUser(copy.recipient), copy.content, copy.path);
                noteDelivery(copy.recipient, true, QString());
            }
            if (!entries.isEmpty())
                m_outgoing->add(entries);
            killIfAskedAfterStoring();
        });
    return acceptedReply(receipt, ticket);
}

void MailServer::killIfAskedAfterStoring()
{
    // A test hook (tests/interop/test_persistence.py): CARTEIRO_TEST_KILL_AFTER_STORE=
    // "HOST:N" kills the process with SIGKILL once HOST has stored its Nth
    // message over SMTP, after the files are durable and before the 250 is
    // written: the worst moment for a kill, made certain instead of likely.
    static const QByteArray asked = qgetenv("CARTEIRO_TEST_KILL_AFTER_STORE");
    if (asked.isEmpty())
        return;
    const qsizetype colon = asked.lastIndexOf(':');
    if (colon <= 0 || QString::fromUtf8(asked.left(colon)).compare(m_domain, Qt::CaseInsensitive) != 0)
        return;
    if (++m_storedOverSmtp == asked.mid(colon + 1).toInt()) {
        std::fflush(nullptr);
        ::raise(SIGKILL);
    }
}

void MailServer::messageConfirmed(const QByteArray &receipt)
{
    m_receipts.confirmed(receipt);
}

void MailServer::messageUnconfirmed(const QByteArray &receipt)
{
    m_receipts.unconfirmed(receipt);
}

void MailServer::noteDelivery(const QByteArray &recipient, bool stored, const QString &error)
{
    if (!stored) {
        m_context->note(TranscriptEvent::Kind::Note, m_domain, QString(), NoteCode::CannotStore,
                        {m_domain, error});
        return;
    }
    ++m_delivered;
    m_context->note(TranscriptEvent::Kind::Delivery, m_domain, QString(), NoteCode::StoredInMailbox,
                    {QString::number(m_store->count(localUser(recipient))), QString::fromUtf8(recipient)});
}

void MailServer::deliverLocally(const QByteArray &sender, const QByteArray &recipient,
                                const QByteArray &content)
{
    QByteArray stored;
    stored.reserve(sender.size() + 20 + content.size());
    appendReturnPath(stored, sender);
    stored += content;
    if (isPersistent()) {
        m_store->deliverDurably(localUser(recipient), stored, [this, recipient](bool ok, const QString &why) {
            noteDelivery(recipient, ok, why);
        });
        return;
    }
    deliverStored(recipient, stored);
}

void MailServer::deliverStored(const QByteArray &recipient, const QByteArray &stored)
{
    m_store->deliver(localUser(recipient), stored);
    noteDelivery(recipient, true, QString());
}

void MailServer::returnToSender(const QByteArray &sender, const QByteArray &report)
{
    if (isLocal(sender)) {
        if (m_store->hasUser(localUser(sender)))
            deliverLocally(QByteArray(), sender, report);
        return;
    }
    m_outgoing->enqueue(QByteArray(), {sender}, report, QString());
}
