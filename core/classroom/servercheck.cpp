// SPDX-License-Identifier: GPL-3.0-or-later
// servercheck.cpp — the checks of `carteiro --check-server`, over blocking
// sockets (this runs on the command line, with no event loop).
//
// A Channel is one connection: TCP, or TLS from the first octet, or TLS
// after STARTTLS/STLS; it reads lines ended by CR LF within the deadline and
// notes the certificate problems the handshake met (each accepted: a
// student's Postfix has a self-signed certificate). An SMTP reply is read
// whole (its "250-" lines up to the "250 " one, RFC 5321 §4.2.1).
#include "servercheck.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslSocket>

#include <algorithm>

namespace {

class Channel
{
public:
    explicit Channel(int timeoutMs)
        : m_timeoutMs(timeoutMs)
    {
        QObject::connect(&m_socket, &QSslSocket::sslErrors, [this](const QList<QSslError> &errors) {
            m_errors += errors;
            m_socket.ignoreSslErrors(); // reported, not refused
        });
    }
    ~Channel() { m_socket.abort(); }
    bool open(const QString &address, quint16 port, const QString &peerName, bool tls, QString *error)
    {
        m_socket.setPeerVerifyName(peerName);
        if (tls)
            m_socket.connectToHostEncrypted(address, port, peerName);
        else
            m_socket.connectToHost(address, port);
        if (!m_socket.waitForConnected(m_timeoutMs)) {
            *error = m_socket.errorString();
            return false;
        }
        if (tls && !m_socket.waitForEncrypted(m_timeoutMs)) {
            m_tlsFailed = true;
            *error = m_socket.errorString();
            return false;
        }
        return true;
    }
    bool startTls(QString *error)
    {
        m_socket.startClientEncryption();
        if (!m_socket.waitForEncrypted(m_timeoutMs)) {
            *error = m_socket.errorString();
            return false;
        }
        return true;
    }
    bool readLine(QByteArray *line)
    {
        const QDeadlineTimer deadline(m_timeoutMs);
        while (!m_socket.canReadLine()) {
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                return false;
            if (deadline.hasExpired()
                || !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                if (!m_socket.canReadLine())
                    return false; // nothing more within the deadline, or closed
                break;
            }
        }
        *line = m_socket.readLine(64 * 1024);
        while (line->endsWith('\n') || line->endsWith('\r'))
            line->chop(1);
        return true;
    }
    // An SMTP reply, every line of it; its code in *code.
    bool readReply(QByteArray *code, QList<QByteArray> *lines)
    {
        lines->clear();
        QByteArray line;
        do {
            if (!readLine(&line))
                return false;
            lines->append(line);
        } while (line.size() >= 4 && line.at(3) == '-');
        *code = line.left(3);
        return true;
    }
    bool send(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        return m_socket.waitForBytesWritten(m_timeoutMs) || m_socket.bytesToWrite() == 0;
    }
    QSslSocket &socket() { return m_socket; }
    const QList<QSslError> &tlsErrors() const { return m_errors; }
    // Connected, but the handshake of TLS from the first octet failed.
    bool tlsFailed() const { return m_tlsFailed; }

private:
    int m_timeoutMs;
    QSslSocket m_socket;
    QList<QSslError> m_errors;
    bool m_tlsFailed = false;
};

QString text(const QByteArray &bytes)
{
    // A peer's text, made printable (it goes to a terminal).
    QString out = QString::fromUtf8(bytes);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return out;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: break;
    }
    return QStringLiteral("TLS");
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback()
        || (address.protocol() == QAbstractSocket::IPv6Protocol
            && QHostAddress(address.toIPv4Address()).isLoopback() && address.toIPv4Address() != 0);
}

QString quoted(const QString &value)
{
    // An IMAP quoted string (RFC 3501 §4.3): backslash and quote escaped.
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

class Runner
{
public:
    explicit Runner(const ServerCheck::Options &options)
        : m_options(options)
    {
    }
    QList<ServerCheck::Check> run()
    {
        for (const ServerCheck::Service &s : ServerCheck::services())
            checkService(QString::fromLatin1(s.name), s.standardPort);
        return m_checks;
    }

private:
    void add(ServerCheck::Verdict verdict, const QString &text) { m_checks.append({verdict, text}); }
    void holds(const QString &text) { add(ServerCheck::Verdict::Holds, text); }
    void fails(const QString &text) { add(ServerCheck::Verdict::Fails, text); }

    quint16 portOf(const QString &name, quint16 standard) const
    {
        return m_options.ports.value(name, standard);
    }
    // "port 25 (smtp)", or "port 2525 (smtp, normally 25)".
    QString portLabel(const QString &name, quint16 standard) const
    {
        const quint16 port = portOf(name, standard);
        if (port == standard)
            return ServerCheck::tr("port %1 (%2)").arg(port).arg(name);
        return ServerCheck::tr("port %1 (%2, normally %3)").arg(port).arg(name).arg(standard);
    }
    QString peerName() const { return m_options.domain.isEmpty() ? m_options.address : m_options.domain; }

    void checkService(const QString &name, quint16 standard)
    {
        const bool implicitTls = name == QLatin1String("pop3s") || name == QLatin1String("imaps");
        const QString label = portLabel(name, standard);
        Channel channel(m_options.timeoutMs);
        QString error;
        if (!channel.open(m_options.address, portOf(name, standard), peerName(), implicitTls, &error)) {
            if (channel.tlsFailed()) {
                holds(ServerCheck::tr("%1 listens on %2").arg(label, m_options.address));
                fails(ServerCheck::tr("%1: the TLS handshake failed: %2").arg(label, error));
            } else {
                fails(ServerCheck::tr("%1 does not listen on %2: %3").arg(label, m_options.address, error));
            }
            return;
        }
        holds(ServerCheck::tr("%1 listens on %2").arg(label, m_options.address));
        if (implicitTls)
            reportTls(label, channel);
        if (name == QLatin1String("smtp") || name == QLatin1String("submission"))
            checkSmtp(name, label, channel);
        else if (name.startsWith(QLatin1String("pop3")))
            checkPop3(label, channel);
        else
            checkImap(label, channel);
    }

    void reportTls(const QString &label, Channel &channel)
    {
        QSslSocket &socket = channel.socket();
        const QSslCertificate certificate = socket.peerCertificate();
        const QString subject =
            certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QStringList problems;
        for (const QSslError &e : channel.tlsErrors()) {
            QString problem;
            switch (e.error()) {
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
                problem = ServerCheck::tr(
                    "self-signed (as Debian's ssl-cert-snakeoil): a client must be told to "
                    "trust it");
                break;
            case QSslError::HostNameMismatch:
                problem = ServerCheck::tr("made out for %1, not for %2").arg(subject, peerName());
                break;
            case QSslError::CertificateExpired: problem = ServerCheck::tr("expired"); break;
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
                problem = ServerCheck::tr("not signed by an authority this machine trusts");
                break;
            default: problem = e.errorString(); break;
            }
            if (!problems.contains(problem))
                problems.append(problem);
        }
        const QString cipher = protocolName(socket.sessionProtocol()) + QLatin1Char(' ')
            + socket.sessionCipher().name();
        if (problems.isEmpty())
            holds(ServerCheck::tr("%1: TLS handshake done (%2); certificate CN=%3, verified")
                      .arg(label, cipher, subject));
        else
            holds(ServerCheck::tr("%1: TLS handshake done (%2); certificate CN=%3 accepted, but %4")
                      .arg(label, cipher, subject, problems.join(QStringLiteral("; "))));
    }

    void checkSmtp(const QString &name, const QString &label, Channel &channel)
    {
        QByteArray code;
        QList<QByteArray> reply;
        if (!channel.readReply(&code, &reply) || code != "220") {
            fails(
                ServerCheck::tr("%1: no 220 greeting (%2)")
                    .arg(label, reply.isEmpty() ? ServerCheck::tr("nothing said") : text(reply.constLast())));
            return;
        }
        holds(ServerCheck::tr("%1: greeting %2").arg(label, text(reply.constFirst())));
        const QString source = channel.socket().localAddress().toString();
        const QByteArray helo = "[" + source.toLatin1() + "]";
        QList<QByteArray> ehlo;
        if (channel.send("EHLO " + helo) && channel.readReply(&code, &ehlo) && code == "250") {
            QStringList keywords;
            for (qsizetype i = 1; i < ehlo.size(); ++i)
                keywords.append(text(ehlo.at(i).mid(4)).section(QLatin1Char(' '), 0, 0));
            holds(ServerCheck::tr("%1: EHLO answered %2 (%3)")
                      .arg(label, text(ehlo.constFirst()), keywords.join(QStringLiteral(", "))));
        } else {
            QList<QByteArray> heloReply;
            if (channel.send("HELO " + helo) && channel.readReply(&code, &heloReply) && code == "250") {
                holds(ServerCheck::tr("%1: EHLO refused, HELO answered %2")
                          .arg(label, text(heloReply.constFirst())));
            } else {
                fails(ServerCheck::tr("%1: neither EHLO nor HELO was answered with 250 (%2)")
                          .arg(label, ehlo.isEmpty() ? QString() : text(ehlo.constLast())));
                return;
            }
        }
        bool starttls = false;
        for (const QByteArray &line : std::as_const(ehlo)) {
            if (line.mid(4).trimmed().toUpper() == "STARTTLS")
                starttls = true;
        }
        // The mail checks on port 25 only: 587 is for the server's own users,
        // after AUTH.
        if (name == QLatin1String("smtp"))
            checkMail(label, channel, source);
        if (!starttls) {
            fails(ServerCheck::tr(
                      "%1: STARTTLS is not offered (smtpd_tls_security_level = may and a certificate "
                      "in main.cf offer it)")
                      .arg(label));
            channel.send("QUIT");
            return;
        }
        QList<QByteArray> go;
        QString error;
        if (!channel.send("STARTTLS") || !channel.readReply(&code, &go) || code != "220") {
            fails(ServerCheck::tr("%1: STARTTLS is offered but refused (%2)")
                      .arg(label, go.isEmpty() ? QString() : text(go.constLast())));
            return;
        }
        if (!channel.startTls(&error)) {
            fails(ServerCheck::tr("%1: STARTTLS: the TLS handshake failed: %2").arg(label, error));
            return;
        }
        reportTls(ServerCheck::tr("%1 after STARTTLS").arg(label), channel);
        channel.send("QUIT");
    }

    // RCPT TO a user of the domain accepted, a foreign domain refused; RSET
    // after each: nothing is sent.
    void checkMail(const QString &label, Channel &channel, const QString &source)
    {
        QByteArray code;
        QList<QByteArray> reply;
        auto transaction = [&](const QString &recipient, QByteArray *rcptCode, QString *rcptText) {
            if (!channel.send("MAIL FROM:<>") || !channel.readReply(&code, &reply) || !code.startsWith('2')) {
                *rcptCode = code;
                *rcptText = ServerCheck::tr("MAIL FROM:<> was answered %1")
                                .arg(reply.isEmpty() ? QString() : text(reply.constLast()));
                return;
            }
            if (!channel.send("RCPT TO:<" + recipient.toUtf8() + ">") || !channel.readReply(&code, &reply)) {
                *rcptCode = QByteArray();
                *rcptText = ServerCheck::tr("no reply");
                return;
            }
            *rcptCode = code;
            *rcptText = text(reply.constLast());
            channel.send("RSET");
            channel.readReply(&code, &reply);
        };
        QByteArray rcpt;
        QString said;
        if (!m_options.domain.isEmpty()) {
            const QString user = m_options.user.isEmpty() ? QStringLiteral("postmaster") : m_options.user;
            const QString recipient = user + QLatin1Char('@') + m_options.domain;
            transaction(recipient, &rcpt, &said);
            if (rcpt.startsWith('2'))
                holds(ServerCheck::tr("%1: accepts mail for %2 (RCPT TO: %3; nothing was sent)")
                          .arg(label, recipient, said));
            else
                fails(
                    ServerCheck::tr("%1: refuses mail for %2 (RCPT TO: %3): is %4 in mydestination, and %5 a "
                                    "user of this machine?")
                        .arg(label, recipient, said, m_options.domain, user));
        }
        transaction(m_options.relayRecipient, &rcpt, &said);
        if (!rcpt.startsWith('2')) {
            holds(ServerCheck::tr("%1: refuses to relay to %2 for a client at %3 (%4)")
                      .arg(label, m_options.relayRecipient, source, said));
        } else if (isLoopback(QHostAddress(source))) {
            add(ServerCheck::Verdict::Remark,
                ServerCheck::tr(
                    "%1: relays to %2 for a client at %3 (%4): tested from the machine itself, which "
                    "Postfix trusts: mynetworks includes 127.0.0.0/8 by default on Debian. Run the "
                    "check from another machine to see what a stranger gets.")
                    .arg(label, m_options.relayRecipient, source, said));
        } else {
            fails(
                ServerCheck::tr("%1: relays to %2 for a client at %3 (%4): an open relay, for anyone, unless "
                                "%3 is in mynetworks on purpose")
                    .arg(label, m_options.relayRecipient, source, said));
        }
    }

    void checkPop3(const QString &label, Channel &channel)
    {
        QByteArray line;
        if (!channel.readLine(&line) || !line.startsWith("+OK")) {
            fails(ServerCheck::tr("%1: no +OK greeting (%2)")
                      .arg(label, line.isEmpty() ? ServerCheck::tr("nothing said") : text(line)));
            return;
        }
        holds(ServerCheck::tr("%1: greeting %2").arg(label, text(line)));
        if (m_options.user.isEmpty() || m_options.password.isEmpty()) {
            channel.send("QUIT");
            return;
        }
        QByteArray user, pass, stat;
        const bool ok = channel.send("USER " + m_options.user.toUtf8()) && channel.readLine(&user)
            && user.startsWith("+OK") && channel.send("PASS " + m_options.password.toUtf8())
            && channel.readLine(&pass) && pass.startsWith("+OK") && channel.send("STAT")
            && channel.readLine(&stat) && stat.startsWith("+OK");
        if (ok) {
            holds(ServerCheck::tr("%1: log-in as %2 (USER, PASS: %3; STAT: %4)")
                      .arg(label, m_options.user, text(pass), text(stat)));
        } else {
            const QByteArray last = !stat.isEmpty() ? stat : !pass.isEmpty() ? pass : user;
            fails(ServerCheck::tr("%1: log-in as %2 refused (%3)")
                      .arg(label, m_options.user, last.isEmpty() ? ServerCheck::tr("no reply") : text(last)));
        }
        channel.send("QUIT");
    }

    void checkImap(const QString &label, Channel &channel)
    {
        QByteArray line;
        if (!channel.readLine(&line) || !line.startsWith("* OK")) {
            fails(ServerCheck::tr("%1: no * OK greeting (%2)")
                      .arg(label, line.isEmpty() ? ServerCheck::tr("nothing said") : text(line)));
            return;
        }
        holds(ServerCheck::tr("%1: greeting %2").arg(label, text(line)));
        if (m_options.user.isEmpty() || m_options.password.isEmpty()) {
            channel.send("a9 LOGOUT");
            return;
        }
        // A tagged command: its tagged reply, and the untagged lines before it.
        auto command = [&](const QByteArray &tag, const QByteArray &line, QByteArray *tagged,
                           QList<QByteArray> *untagged) {
            if (!channel.send(tag + ' ' + line))
                return false;
            QByteArray got;
            while (channel.readLine(&got)) {
                if (got.startsWith(tag + ' ')) {
                    *tagged = got;
                    return got.mid(tag.size() + 1).startsWith("OK");
                }
                if (untagged)
                    untagged->append(got);
            }
            return false;
        };
        QByteArray login;
        if (!command("a1",
                     "LOGIN " + quoted(m_options.user).toUtf8() + ' ' + quoted(m_options.password).toUtf8(),
                     &login, nullptr)) {
            fails(
                ServerCheck::tr("%1: LOGIN as %2 refused (%3)")
                    .arg(label, m_options.user, login.isEmpty() ? ServerCheck::tr("no reply") : text(login)));
            return;
        }
        QByteArray select;
        QList<QByteArray> untagged;
        if (!command("a2", "SELECT INBOX", &select, &untagged)) {
            fails(ServerCheck::tr("%1: LOGIN as %2 done, but SELECT INBOX failed (%3)")
                      .arg(label, m_options.user,
                           select.isEmpty() ? ServerCheck::tr("no reply") : text(select)));
            return;
        }
        QString exists;
        for (const QByteArray &u : std::as_const(untagged)) {
            if (u.endsWith(" EXISTS"))
                exists = text(u.mid(2));
        }
        holds(ServerCheck::tr("%1: LOGIN as %2 and SELECT INBOX (%3; %4)")
                  .arg(label, m_options.user, text(select), exists));
        channel.send("a3 LOGOUT");
    }

    const ServerCheck::Options &m_options;
    QList<ServerCheck::Check> m_checks;
};

} // namespace

QList<ServerCheck::Service> ServerCheck::services()
{
    return {{"smtp", 25}, {"submission", 587}, {"pop3", 110}, {"imap", 143}, {"pop3s", 995}, {"imaps", 993}};
}

bool ServerCheck::parsePorts(const QString &text, QMap<QString, quint16> *ports, QString *error)
{
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString number = item.section(QLatin1Char('='), 1).trimmed();
        bool known = false;
        for (const Service &s : services())
            known = known || name == QLatin1String(s.name);
        if (!known) {
            *error = tr("--ports: \"%1\" is not one of smtp, submission, pop3, imap, pop3s, imaps").arg(name);
            return false;
        }
        bool ok = false;
        const uint port = number.toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = tr("--ports: %1 needs a port from 1 to 65535, not \"%2\"").arg(name, number);
            return false;
        }
        ports->insert(name, quint16(port));
    }
    return true;
}

QList<ServerCheck::Check> ServerCheck::run(const Options &options)
{
    return Runner(options).run();
}

QString ServerCheck::report(const QList<Check> &checks)
{
    QString out;
    int failed = 0;
    for (const Check &c : checks) {
        const char *mark = c.verdict == Verdict::Holds ? "✓" : c.verdict == Verdict::Fails ? "✗" : "•";
        out += QString::fromUtf8(mark) + QLatin1Char(' ') + c.text + QLatin1Char('\n');
        if (c.verdict == Verdict::Fails)
            ++failed;
    }
    if (failed == 0)
        out += tr("Every check holds.") + QLatin1Char('\n');
    else
        out += tr("%n check(s) do not hold.", nullptr, failed) + QLatin1Char('\n');
    return out;
}

bool ServerCheck::allHold(const QList<Check> &checks)
{
    return std::none_of(checks.begin(), checks.end(),
                        [](const Check &c) { return c.verdict == Verdict::Fails; });
}
