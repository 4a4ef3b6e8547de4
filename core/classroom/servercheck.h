// SPDX-License-Identifier: GPL-3.0-or-later
// servercheck.h — the course's checks against a student's installed mail
// server (Postfix and Dovecot), for `carteiro --check-server ADDRESS`.
//
// Sections 6 and 7 of the course install Postfix and Dovecot and check them
// by hand: netstat -tl, telnet to 25 and 110. These are the same checks, made
// over real sockets (QTcpSocket, QSslSocket for TLS; blocking, for the
// command line) and said one line each in the interface language:
//   - which ports listen: smtp 25, submission 587, pop3 110, imap 143,
//     pop3s 995, imaps 993;
//   - SMTP: the 220 greeting, EHLO (HELO if EHLO is refused), STARTTLS
//     offered on 25 and 587 and its handshake; with --domain, RCPT TO a user
//     of the domain accepted (the user given, else postmaster, RFC 5321
//     §4.5.1), then RSET: nothing is sent; relaying to a foreign domain
//     (someone@example.invalid) refused. Accepted from 127.0.0.0/8 is no
//     failure: Debian's Postfix has mynetworks = 127.0.0.0/8 [::1]/128, so
//     the machine itself may relay; the line says so and from which address
//     the test was made;
//   - POP3 and IMAP: the greeting, and with --user and --password a log-in
//     (USER/PASS and STAT; LOGIN and SELECT INBOX), in clear on 110 and 143
//     and inside TLS on 995 and 993;
//   - the secure ports: the TLS handshake, its version and cipher, and the
//     certificate: a self-signed one (Debian's snakeoil) is accepted and
//     reported, as is a name that does not match.
// A check holds (✓), fails (✗) or is a remark that is neither (•: the relay
// from the machine itself). Exit status 0 when none fails.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

class ServerCheck
{
    Q_DECLARE_TR_FUNCTIONS(ServerCheck)
public:
    struct Options {
        QString address; // a name or an address
        QString domain; // the FQDN the server takes mail for (Postfix's "system mail name")
        QString user;
        QString password;
        // Port of each service by its name (smtp, submission, pop3, imap,
        // pop3s, imaps); a name not given has its standard port.
        QMap<QString, quint16> ports;
        int timeoutMs = 10000; // for each connection, reply and handshake
        QString relayRecipient = QStringLiteral("someone@example.invalid");
    };

    enum class Verdict {
        Holds,
        Fails,
        Remark // neither: the relay allowed from the machine itself
    };
    struct Check {
        Verdict verdict = Verdict::Holds;
        QString text;
    };

    // The services in the order they are checked, with their standard ports.
    struct Service {
        const char *name;
        quint16 standardPort;
    };
    static QList<Service> services();

    // Reads "smtp=2525,imap=1143" (--ports) into *ports; false with the
    // name or number that is wrong.
    static bool parsePorts(const QString &text, QMap<QString, quint16> *ports, QString *error);

    // Runs every check (blocking) and returns them in order.
    static QList<Check> run(const Options &options);
    // One line per check, "✓ …", "✗ …" or "• …", and a last line counting.
    static QString report(const QList<Check> &checks);
    static bool allHold(const QList<Check> &checks);
};
