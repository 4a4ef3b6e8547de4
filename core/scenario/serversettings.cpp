// SPDX-License-Identifier: GPL-3.0-or-later
// serversettings.cpp — Postfix's and Dovecot's settings: the keys, their
// checks, their values in force and the configuration lines they make.
//
// Defaults follow Debian 12's packages: postfix's postinst (myorigin =
// /etc/mailname, mydestination = $myhostname, the mail name, localhost…,
// mynetworks = the loopback networks, inet_interfaces = all, or
// loopback-only for "Local only") and Postfix's own defaults
// (message_size_limit = 10240000, postconf(5)); dovecot-core's
// (protocols from the installed dovecot-imapd and dovecot-pop3d, listen =
// *, ::, ssl = yes, auth_username_format = %Lu). One deliberate
// difference: Debian's packages keep mail in mbox files (no home_mailbox,
// mail_location = mbox:~/mail:INBOX=/var/mail/%u), but the simulated
// servers keep Maildir mailboxes (core/storage/maildir.h), so what they
// are configured with, and all they accept, is home_mailbox = Maildir/ and
// mail_location = maildir:~/Maildir: Postfix and Dovecot always agree.
#include "scenario/serversettings.h"

#include "scenario/scenariolexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ServerSettings {

namespace {

const char *const postfixKeys[] = {
    "type",       "mailname",  "myhostname",      "mydomain",           "myorigin",    "mydestination",
    "mynetworks", "relayhost", "inet_interfaces", "message_size_limit", "home_mailbox"};
const char *const dovecotKeys[] = {"protocols", "listen", "ssl", "mail_location", "auth_username_format"};

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerSettings", text);
}

QStringList splitList(const QString &value)
{
    // Postfix's lists: commas and/or white space.
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

bool isHost(const QString &name)
{
    return ScenarioLexer::isHostName(name)
        || name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

// "127.0.0.0/8", "[::1]/128", "192.0.2.7", a host name.
bool isNetwork(const QString &item)
{
    QString text = item;
    text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    if (text.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(text);
        return !subnet.first.isNull();
    }
    return !QHostAddress(text).isNull() || isHost(text);
}

bool inList(const QString &value, const QStringList &list)
{
    for (const QString &item : list) {
        if (item.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString programName(Program program)
{
    return program == Program::Postfix ? QStringLiteral("postfix") : QStringLiteral("dovecot");
}

QString storageKey(Program program, const QString &key)
{
    return programName(program) + QLatin1Char('.') + key;
}

QStringList keys(Program program)
{
    QStringList list;
    if (program == Program::Postfix) {
        for (const char *key : postfixKeys)
            list.append(QLatin1String(key));
    } else {
        for (const char *key : dovecotKeys)
            list.append(QLatin1String(key));
    }
    return list;
}

QStringList types()
{
    return {QLatin1String(Type::NoConfiguration), QLatin1String(Type::InternetSite),
            QLatin1String(Type::InternetWithSmarthost), QLatin1String(Type::Satellite),
            QLatin1String(Type::LocalOnly)};
}

QStringList choices(Program program, const QString &key)
{
    if (program == Program::Postfix) {
        if (key == QLatin1String("type"))
            return types();
        if (key == QLatin1String("inet_interfaces"))
            return {QStringLiteral("all"), QStringLiteral("loopback-only")};
        if (key == QLatin1String("home_mailbox"))
            return {QStringLiteral("Maildir/")};
        return {};
    }
    if (key == QLatin1String("protocols"))
        return {QStringLiteral("imap pop3"), QStringLiteral("imap"), QStringLiteral("pop3")};
    if (key == QLatin1String("listen"))
        return {QStringLiteral("*, ::"), QStringLiteral("127.0.0.1, ::1")};
    if (key == QLatin1String("ssl"))
        return {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("required")};
    if (key == QLatin1String("mail_location"))
        return {QStringLiteral("maildir:~/Maildir")};
    if (key == QLatin1String("auth_username_format"))
        return {QStringLiteral("%Lu"), QStringLiteral("%u"), QStringLiteral("%Ln"), QStringLiteral("%n")};
    return {};
}

bool check(Program program, const QString &key, const QString &value, QString *canonical, QString *error)
{
    const QString file = program == Program::Postfix ? QStringLiteral("main.cf")
                                                     : QStringLiteral("dovecot.conf");
    const QStringList known = keys(program);
    if (!known.contains(key)) {
        if (error) {
            *error = tr("unknown %1 setting %2; known settings: %3")
                         .arg(programName(program), ScenarioLexer::quoted(key),
                              known.join(QLatin1String(", ")))
                + ScenarioLexer::suggestion(key, known);
        }
        return false;
    }
    const QString v = value.trimmed();
    const auto bad = [&](const QString &expected) {
        if (error) {
            *error = tr("%1 %2: %3 is not %4")
                         .arg(key == QLatin1String("type") || key == QLatin1String("mailname")
                                  ? QStringLiteral("postfix")
                                  : file,
                              key, ScenarioLexer::quoted(value), expected);
        }
        return false;
    };
    // Only Maildir in ~/Maildir is simulated (see the top of this file).
    const auto notMaildir = [&](const QString &expected) {
        if (error) {
            *error = tr("%1 %2: %3 is not %4: the simulated servers keep every mailbox as a Maildir in "
                        "~/Maildir (an mbox file is not simulated), where Postfix delivers (home_mailbox = "
                        "Maildir/) and Dovecot reads (mail_location = maildir:~/Maildir); both must name the "
                        "same place, or Dovecot finds the mailbox empty")
                         .arg(file, key, ScenarioLexer::quoted(value), expected);
        }
        return false;
    };
    QString result = v;
    if (program == Program::Postfix) {
        if (key == QLatin1String("type")) {
            // Also as one word with dashes: internet-site, local-only.
            QString found;
            for (const QString &t : types()) {
                QString dashed = t.toLower();
                dashed.replace(QLatin1Char(' '), QLatin1Char('-'));
                if (t.compare(v, Qt::CaseInsensitive) == 0 || dashed == v.toLower())
                    found = t;
            }
            if (found.isEmpty())
                return bad(tr("a type of configuration (%1)").arg(types().join(QLatin1String(", "))));
            result = found;
        } else if (key == QLatin1String("mailname") || key == QLatin1String("myhostname")
                   || key == QLatin1String("mydomain")) {
            if (!isHost(v))
                return bad(tr("a fully qualified domain name such as 2esi.org"));
            result = v.toLower();
        } else if (key == QLatin1String("myorigin")) {
            if (v != QLatin1String("$myhostname") && v != QLatin1String("$mydomain")
                && v != QLatin1String("/etc/mailname") && !isHost(v))
                return bad(tr("$myhostname, $mydomain, /etc/mailname or a domain"));
        } else if (key == QLatin1String("mydestination")) {
            const QStringList items = splitList(v);
            for (const QString &item : items) {
                if (item != QLatin1String("$myhostname") && item != QLatin1String("$mydomain")
                    && !isHost(item))
                    return bad(tr("a list of domains (such as \"$myhostname, localhost\")"));
            }
            result = items.join(QLatin1String(", "));
        } else if (key == QLatin1String("mynetworks")) {
            const QStringList items = splitList(v);
            for (const QString &item : items) {
                if (!isNetwork(item))
                    return bad(tr("a list of networks (such as \"127.0.0.0/8 [::1]/128\")"));
            }
            result = items.join(QLatin1Char(' '));
        } else if (key == QLatin1String("relayhost")) {
            static const QRegularExpression relay(
                QStringLiteral("^(\\[([^\\]]+)\\]|([^\\[\\]:]+))(:[0-9]{1,5})?$"));
            const QRegularExpressionMatch m = relay.match(v);
            const QString host = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
            if (!v.isEmpty() && (!m.hasMatch() || !isHost(host)))
                return bad(tr("empty or a host such as [smtp.example.org]:587"));
        } else if (key == QLatin1String("inet_interfaces")) {
            const QString lower = v.toLower();
            if (lower == QLatin1String("all"))
                result = QStringLiteral("all");
            else if (lower == QLatin1String("loopback-only") || lower == QLatin1String("localhost")
                     || lower == QLatin1String("127.0.0.1"))
                result = lower;
            else
                return bad(tr("all, loopback-only, localhost or 127.0.0.1"));
        } else if (key == QLatin1String("message_size_limit")) {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < 0)
                return bad(tr("a size in bytes (0: no limit)"));
            result = QString::number(n);
        } else if (key == QLatin1String("home_mailbox")) {
            if (v != QLatin1String("Maildir/"))
                return notMaildir(QStringLiteral("Maildir/"));
        }
    } else {
        if (key == QLatin1String("protocols")) {
            const QStringList items = splitList(v);
            for (const QString &item : items) {
                if (!inList(item, {QStringLiteral("imap"), QStringLiteral("pop3"), QStringLiteral("lmtp")}))
                    return bad(tr("a list of imap, pop3 and lmtp"));
            }
            QStringList lower;
            for (const QString &item : items)
                lower.append(item.toLower());
            result = lower.join(QLatin1Char(' '));
        } else if (key == QLatin1String("listen")) {
            const QStringList items = splitList(v);
            if (items.isEmpty())
                return bad(tr("a list of addresses such as \"*, ::\""));
            for (const QString &item : items) {
                QString text = item;
                text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
                if (text != QLatin1String("*") && text != QLatin1String("::")
                    && text != QLatin1String("localhost") && QHostAddress(text).isNull())
                    return bad(tr("a list of addresses such as \"*, ::\""));
            }
            result = items.join(QLatin1String(", "));
        } else if (key == QLatin1String("ssl")) {
            if (!inList(v, choices(program, key)))
                return bad(tr("yes, no or required"));
            result = v.toLower();
        } else if (key == QLatin1String("mail_location")) {
            if (v != QLatin1String("maildir:~/Maildir") && v != QLatin1String("maildir:~/Maildir/"))
                return notMaildir(QStringLiteral("maildir:~/Maildir"));
            result = QStringLiteral("maildir:~/Maildir");
        } else if (key == QLatin1String("auth_username_format")) {
            if (!choices(program, key).contains(v))
                return bad(tr("one of %1").arg(choices(program, key).join(QLatin1String(", "))));
        }
    }
    if (canonical)
        *canonical = result;
    return true;
}

bool checkStored(const QString &storedKey, const QString &value, QString *canonical, QString *error)
{
    const qsizetype dot = storedKey.indexOf(QLatin1Char('.'));
    const QString program = storedKey.left(dot);
    if (dot < 0 || (program != QLatin1String("postfix") && program != QLatin1String("dovecot"))) {
        if (canonical)
            *canonical = value;
        return true;
    }
    return check(program == QLatin1String("postfix") ? Program::Postfix : Program::Dovecot,
                 storedKey.mid(dot + 1), value, canonical, error);
}

// --- Configuration -----------------------------------------------------------------

Configuration::Configuration(const QString &hostName, const QMap<QString, QString> &settings)
    : m_host(hostName.toLower())
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("postfix."))) {
            m_postfix = true;
            m_settings.insert(it.key(), it.value());
        } else if (it.key().startsWith(QLatin1String("dovecot."))) {
            m_dovecot = true;
            m_settings.insert(it.key(), it.value());
        }
    }
}

bool Configuration::isExplicit(Program program, const QString &key) const
{
    return m_settings.contains(storageKey(program, key));
}

QString Configuration::value(Program program, const QString &key) const
{
    const QString stored = storageKey(program, key);
    if (m_settings.contains(stored))
        return m_settings.value(stored);
    if (program == Program::Dovecot) {
        if (key == QLatin1String("protocols"))
            return QStringLiteral("imap pop3");
        if (key == QLatin1String("listen"))
            return QStringLiteral("*, ::");
        if (key == QLatin1String("ssl"))
            return QStringLiteral("yes");
        if (key == QLatin1String("mail_location"))
            return QStringLiteral("maildir:~/Maildir"); // not Debian's mbox (see the top)
        if (key == QLatin1String("auth_username_format"))
            return QStringLiteral("%Lu");
        return QString();
    }
    // Postfix: a configured server without a type is an "Internet Site".
    const QString type = m_settings.value(QStringLiteral("postfix.type"), QLatin1String(Type::InternetSite));
    if (key == QLatin1String("type"))
        return type;
    if (key == QLatin1String("mailname") || key == QLatin1String("myhostname"))
        return m_host;
    if (key == QLatin1String("mydomain")) {
        // postconf(5): $myhostname minus its first component.
        const QString host = myHostname();
        const qsizetype dot = host.indexOf(QLatin1Char('.'));
        return dot < 0 ? QStringLiteral("localdomain") : host.mid(dot + 1);
    }
    if (key == QLatin1String("myorigin"))
        return QStringLiteral("/etc/mailname");
    if (key == QLatin1String("mydestination")) {
        QStringList list{QStringLiteral("$myhostname")};
        const QString mail = mailName();
        if (type != QLatin1String(Type::Satellite) && mail != myHostname())
            list.append(mail);
        list << QStringLiteral("localhost.localdomain") << QStringLiteral("localhost");
        return list.join(QLatin1String(", "));
    }
    if (key == QLatin1String("mynetworks"))
        return QStringLiteral("127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128");
    if (key == QLatin1String("inet_interfaces"))
        return type == QLatin1String(Type::LocalOnly) ? QStringLiteral("loopback-only")
                                                      : QStringLiteral("all");
    if (key == QLatin1String("message_size_limit"))
        return QStringLiteral("10240000");
    if (key == QLatin1String("home_mailbox"))
        return QStringLiteral("Maildir/"); // not Debian's mbox (see the top)
    return QString(); // relayhost
}

bool Configuration::smtpRuns() const
{
    return type() != QLatin1String(Type::NoConfiguration);
}

QString Configuration::myHostname() const
{
    return value(Program::Postfix, QStringLiteral("myhostname")).toLower();
}

QString Configuration::myDomain() const
{
    return value(Program::Postfix, QStringLiteral("mydomain")).toLower();
}

QString Configuration::mailName() const
{
    return value(Program::Postfix, QStringLiteral("mailname")).toLower();
}

QStringList Configuration::destinations() const
{
    QStringList result;
    for (const QString &item : splitList(value(Program::Postfix, QStringLiteral("mydestination")))) {
        QString domain = item.toLower();
        if (domain == QLatin1String("$myhostname"))
            domain = myHostname();
        else if (domain == QLatin1String("$mydomain"))
            domain = myDomain();
        if (!result.contains(domain))
            result.append(domain);
    }
    return result;
}

bool Configuration::isDestination(const QString &domain) const
{
    return destinations().contains(domain.toLower());
}

bool Configuration::inMyNetworks(const QHostAddress &peer, const QHostAddress &self,
                                 const QString &peerName) const
{
    // A host of the world is known by its name (where every host shares
    // 127.0.0.1 the address could not tell); anyone else by the address.
    const bool itself = !peerName.isEmpty()
        ? (peerName.compare(m_host, Qt::CaseInsensitive) == 0 || peerName == QLatin1String("console"))
        : !peer.isNull()
            && (peer.isEqual(self, QHostAddress::ConvertV4MappedToIPv4)
                || peer.isEqual(QHostAddress(QHostAddress::LocalHost), QHostAddress::ConvertV4MappedToIPv4)
                || peer.isEqual(QHostAddress(QHostAddress::LocalHostIPv6)));
    for (const QString &raw : splitList(value(Program::Postfix, QStringLiteral("mynetworks")))) {
        QString item = raw;
        item.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        if (!peerName.isEmpty() && item.compare(peerName, Qt::CaseInsensitive) == 0)
            return true;
        QPair<QHostAddress, int> subnet;
        if (item.contains(QLatin1Char('/')))
            subnet = QHostAddress::parseSubnet(item);
        else if (!QHostAddress(item).isNull())
            subnet = {QHostAddress(item),
                      QHostAddress(item).protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        if (subnet.first.isNull())
            continue;
        // A loopback network stands for the host itself (see the header).
        QHostAddress first = subnet.first;
        bool mapped = false;
        const quint32 v4 = first.toIPv4Address(&mapped);
        const bool loopbackNetwork = (first.protocol() == QAbstractSocket::IPv4Protocol || mapped)
            ? ((v4 >> 24) == 127 && subnet.second <= 24)
            : first.isLoopback();
        if (loopbackNetwork) {
            if (itself)
                return true;
            continue;
        }
        if (!peer.isNull() && peer.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString Configuration::myOrigin() const
{
    const QString origin = value(Program::Postfix, QStringLiteral("myorigin"));
    if (origin == QLatin1String("/etc/mailname"))
        return mailName();
    if (origin == QLatin1String("$myhostname"))
        return myHostname();
    if (origin == QLatin1String("$mydomain"))
        return myDomain();
    return origin.toLower();
}

bool Configuration::errorTransport() const
{
    return type() == QLatin1String(Type::LocalOnly);
}

QString Configuration::relayHost() const
{
    QString v = value(Program::Postfix, QStringLiteral("relayhost"));
    if (v.startsWith(QLatin1Char('[')))
        return v.mid(1, v.indexOf(QLatin1Char(']')) - 1).toLower();
    return v.section(QLatin1Char(':'), 0, 0).toLower();
}

bool Configuration::smtpLoopbackOnly() const
{
    return value(Program::Postfix, QStringLiteral("inet_interfaces")) != QLatin1String("all");
}

qint64 Configuration::messageSizeLimit() const
{
    return value(Program::Postfix, QStringLiteral("message_size_limit")).toLongLong();
}

bool Configuration::serves(const QString &protocol) const
{
    return inList(protocol, splitList(value(Program::Dovecot, QStringLiteral("protocols"))));
}

bool Configuration::popImapLoopbackOnly() const
{
    for (QString item : splitList(value(Program::Dovecot, QStringLiteral("listen")))) {
        item.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        if (item == QLatin1String("*") || item == QLatin1String("::"))
            return false;
        if (item != QLatin1String("localhost") && !QHostAddress(item).isLoopback())
            return false;
    }
    return true;
}

QString Configuration::ssl() const
{
    return value(Program::Dovecot, QStringLiteral("ssl"));
}

QByteArray Configuration::accountName(const QByteArray &login) const
{
    // doveadm's variables: %u the whole user name, %n its user part; %L lower case.
    const QString format = value(Program::Dovecot, QStringLiteral("auth_username_format"));
    const bool lower = format.startsWith(QLatin1String("%L"));
    const bool userPart = format.endsWith(QLatin1Char('n'));
    QByteArray name = lower ? login.toLower() : login;
    const qsizetype at = name.lastIndexOf('@');
    QByteArray local = at < 0 ? name : name.left(at);
    if (at == 0 || local.isEmpty())
        return QByteArray();
    if (at > 0 && !userPart) {
        // The whole name: its domain must be one this server takes mail for.
        const QString domain = QString::fromUtf8(name.mid(at + 1)).toLower();
        if (domain != m_host && !(m_postfix && isDestination(domain)))
            return QByteArray();
    }
    // The system's accounts are in lower case: "Fran" without %L is nobody.
    if (local != local.toLower())
        return QByteArray();
    return local;
}

QStringList Configuration::mainCfLines() const
{
    QStringList lines;
    if (!smtpRuns()) {
        lines.append(QStringLiteral("# No configuration: main.cf is not written and Postfix does not start"));
        return lines;
    }
    lines.append(QStringLiteral("# /etc/mailname: %1").arg(mailName()));
    QMap<QString, QString> shown; // postconf -n prints in alphabetical order
    const auto put = [&](const char *key) {
        shown.insert(QLatin1String(key), value(Program::Postfix, QLatin1String(key)));
    };
    // What Debian's installation writes, then what was set besides.
    put("myhostname");
    put("myorigin");
    put("mydestination");
    put("relayhost");
    put("mynetworks");
    put("inet_interfaces");
    // What the simulated servers keep (Maildir), whether given or not.
    put("home_mailbox");
    for (const char *key : {"mydomain", "message_size_limit"}) {
        if (isExplicit(Program::Postfix, QLatin1String(key)))
            put(key);
    }
    if (errorTransport()) {
        // Debian's postinst for "Local only": nothing leaves the machine.
        shown.insert(QStringLiteral("default_transport"), QStringLiteral("error"));
        shown.insert(QStringLiteral("relay_transport"), QStringLiteral("error"));
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        lines.append(it.value().isEmpty() ? it.key() + QStringLiteral(" =")
                                          : it.key() + QStringLiteral(" = ") + it.value());
    return lines;
}

QStringList Configuration::dovecotLines() const
{
    QStringList lines;
    for (const QString &key : keys(Program::Dovecot)) {
        const QString v = value(Program::Dovecot, key);
        lines.append(v.isEmpty() ? key + QStringLiteral(" =") : key + QStringLiteral(" = ") + v);
    }
    return lines;
}

} // namespace ServerSettings
