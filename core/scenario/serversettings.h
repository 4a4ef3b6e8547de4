// SPDX-License-Identifier: GPL-3.0-or-later
// serversettings.h — a server configured as Postfix and Dovecot are: the
// questions of Postfix's installation (the general type of configuration,
// the system mail name), the main.cf parameters they set, and dovecot.conf's.
//
// The settings live in ScenarioServer::settings under "postfix.KEY" and
// "dovecot.KEY" (the scenario's "postfix HOST KEY VALUE" and "dovecot HOST
// KEY VALUE" lines, world files, the window's settings dialog). This file
// knows the keys, checks values, works out each parameter's value in force
// (given, or as the type of configuration sets it, as Debian's postinst
// does) and writes the lines `postconf -n` and `doveconf -n` would print.
// MailServer and World act on them (core/mail/mailserver.cpp,
// core/world/world.cpp); a server without any "postfix." setting keeps
// Carteiro's own behaviour, and one without "dovecot." its own POP3 and IMAP.
#pragma once

#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ServerSettings {

enum class Program : quint8 {
    Postfix,
    Dovecot
};

// "postfix" or "dovecot".
QString programName(Program program);
// "postfix.mydestination".
QString storageKey(Program program, const QString &key);

// The keys a program has, in the order the dialog shows them.
QStringList keys(Program program);

// Postfix's general types of configuration, as its installation names them
// (the value kept for "postfix.type").
namespace Type {
inline constexpr const char *NoConfiguration = "No configuration";
inline constexpr const char *InternetSite = "Internet Site";
inline constexpr const char *InternetWithSmarthost = "Internet with smarthost";
inline constexpr const char *Satellite = "Satellite system";
inline constexpr const char *LocalOnly = "Local only";
} // namespace Type
QStringList types();

// The allowed values of a key with a fixed set ("inet_interfaces"), else empty.
QStringList choices(Program program, const QString &key);

// Checks one setting: false with the reason (translated, naming the key)
// when the key is unknown or the value wrong; else the value as kept
// (a type's canonical spelling, a list's items separated by ", " …).
bool check(Program program, const QString &key, const QString &value, QString *canonical, QString *error);
// The same for a key as stored ("postfix.relayhost"); keys of neither
// program are not this file's and are accepted as they are.
bool checkStored(const QString &storedKey, const QString &value, QString *canonical, QString *error);

// A server's Postfix and Dovecot, worked out from its settings.
class Configuration
{
public:
    Configuration() = default;
    Configuration(const QString &hostName, const QMap<QString, QString> &settings);

    // A "postfix." setting is given: the server behaves, and replies, as Postfix.
    bool postfixConfigured() const { return m_postfix; }
    bool dovecotConfigured() const { return m_dovecot; }

    // The value in force: given, or as the type of configuration sets it.
    QString value(Program program, const QString &key) const;
    bool isExplicit(Program program, const QString &key) const;

    QString type() const { return value(Program::Postfix, QStringLiteral("type")); }
    // Postfix runs (any type but "No configuration").
    bool smtpRuns() const;
    QString myHostname() const;
    QString myDomain() const;
    QString mailName() const;
    // mydestination with $myhostname and $mydomain replaced, lower case.
    QStringList destinations() const;
    bool isDestination(const QString &domain) const;
    // mynetworks: whether a client at `peer` is in it. `self` is the
    // server's own address: every host of a world has a 127.0.0.x address,
    // so a loopback network (127.0.0.0/8, ::1) stands for the host itself
    // (and the console, or 127.0.0.1 from outside: the machine's own
    // terminal); another host is in mynetworks when listed by its address
    // (127.0.0.3/32) or, Carteiro's addition, its name. `peerName`: the
    // world's host at the other end, empty for a connection from outside.
    bool inMyNetworks(const QHostAddress &peer, const QHostAddress &self, const QString &peerName) const;
    // myorigin as a domain ("/etc/mailname" is the mail name): Postfix's
    // append_at_myorigin qualifies an address without a domain with it.
    QString myOrigin() const;
    // Debian's "Local only" sets default_transport = error and
    // relay_transport = error: mail for other domains is not deliverable.
    bool errorTransport() const;
    // relayhost without brackets and port ("[smtp.isp.example]:25" → the host); empty: none.
    QString relayHost() const;
    // inet_interfaces = loopback-only (or localhost, 127.0.0.1): only the host itself connects.
    bool smtpLoopbackOnly() const;
    qint64 messageSizeLimit() const; // 0: no limit
    // Dovecot: the protocols it serves ("imap", "pop3").
    bool serves(const QString &protocol) const;
    bool popImapLoopbackOnly() const; // listen = 127.0.0.1 or ::1 or localhost
    QString ssl() const; // yes, no, required
    // auth_username_format applied to a log-in name; empty when no account may have it.
    QByteArray accountName(const QByteArray &login) const;

    // The lines `postconf -n` and `doveconf -n` would print (with a
    // comment for /etc/mailname, which Debian's installation writes).
    QStringList mainCfLines() const;
    QStringList dovecotLines() const;

private:
    QString m_host;
    QMap<QString, QString> m_settings;
    bool m_postfix = false;
    bool m_dovecot = false;
};

} // namespace ServerSettings
