// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom CA (core/tls/classroomca.*): made once and found again, its
// certificates checked by the real `openssl` command (what it verifies, what
// it refuses and why), the name constraints that keep a CA students trust
// from vouching for their bank, two processes and several threads making it
// at once, and a broken CA directory reported and left alone.
#include "tls/classroomca.h"
#include "tls/tlslayer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <sys/time.h>
#include <thread>
#include <vector>

namespace {

struct Run {
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString openssl()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QHostAddress> loopback(const char *address)
{
    return {QHostAddress(QString::fromLatin1(address))};
}

// A TLS handshake in memory (two SSL objects joined by memory BIOs): a
// server presenting `identity` and a client that trusts `ca` and checks the
// name or address it asked for. The client's verification result:
// X509_V_OK when the handshake completed.
struct Handshake {
    bool completed = false;
    long verifyResult = -1;
    QString version;
};

Handshake handshake(const TlsIdentity &identity, x509_st *ca, const QString &name, const QString &ip = {})
{
    Handshake result;
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> serverContext(SSL_CTX_new(TLS_server_method()),
                                                                    SSL_CTX_free);
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> clientContext(SSL_CTX_new(TLS_client_method()),
                                                                    SSL_CTX_free);
    SSL_CTX_set_min_proto_version(serverContext.get(), TLS1_2_VERSION);
    if (SSL_CTX_use_certificate(serverContext.get(), identity.certificate.get()) != 1
        || SSL_CTX_use_PrivateKey(serverContext.get(), identity.key.get()) != 1)
        return result;
    // The chain is the certificate alone: the issuer is the root the client
    // trusts, not sent (as real servers do).
    X509_STORE_add_cert(SSL_CTX_get_cert_store(clientContext.get()), ca);
    SSL_CTX_set_verify(clientContext.get(), SSL_VERIFY_PEER, nullptr);
    std::unique_ptr<SSL, decltype(&SSL_free)> server(SSL_new(serverContext.get()), SSL_free);
    std::unique_ptr<SSL, decltype(&SSL_free)> client(SSL_new(clientContext.get()), SSL_free);
    BIO *clientSide = nullptr;
    BIO *serverSide = nullptr;
    BIO_new_bio_pair(&clientSide, 0, &serverSide, 0);
    SSL_set_bio(client.get(), clientSide, clientSide);
    SSL_set_bio(server.get(), serverSide, serverSide);
    SSL_set_connect_state(client.get());
    SSL_set_accept_state(server.get());
    if (!name.isEmpty()) {
        SSL_set_tlsext_host_name(client.get(), name.toLatin1().constData());
        SSL_set1_host(client.get(), name.toLatin1().constData());
    }
    if (!ip.isEmpty())
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(client.get()), ip.toLatin1().constData());
    for (int turn = 0; turn < 20; ++turn) {
        const int c = SSL_do_handshake(client.get());
        const int s = SSL_do_handshake(server.get());
        if (c == 1 && s == 1) {
            result.completed = true;
            break;
        }
        const int ce = SSL_get_error(client.get(), c);
        const int se = SSL_get_error(server.get(), s);
        if ((c != 1 && ce != SSL_ERROR_WANT_READ && ce != SSL_ERROR_WANT_WRITE)
            || (s != 1 && se != SSL_ERROR_WANT_READ && se != SSL_ERROR_WANT_WRITE))
            break;
    }
    ERR_clear_error();
    result.verifyResult = SSL_get_verify_result(client.get());
    result.version = QString::fromLatin1(SSL_get_version(client.get()));
    return result;
}

} // namespace

class TestClassroomCa : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void madeOnceAndFoundAgain();
    void caCertificateHasTheConstraints();
    void hostCertificateVerifies();
    void namesOutsideTheConstraintsAreRefused();
    void constraintsHoldEvenWithTheKey();
    void expiredIsRefused();
    void wrongNameIsRefused();
    void selfSignedIsRefused();
    void certificatesAreCachedPerHostAndFlaw();
    void tlsHandshakesAcceptAndRefuse();
    void tlsLayerPresentsAndVerifiesThem();
    void threadsRacingEndWithOneCa();
    void processesRacingEndWithOneCa();
    void corruptCertificateIsReportedAndLeftAlone();
    void mismatchedKeyIsReportedAndLeftAlone();
    void directoryWithoutCaIsNotTakenOver();
    void staleHalfBuiltCaIsRemoved();
    void sharedIsTheUsersCa();

private:
    // `openssl verify -CAfile ca.pem [extra] cert.pem`.
    Run verify(const QByteArray &certificatePem, const QStringList &extra = {});

    QTemporaryDir m_dir;
    std::shared_ptr<ClassroomCa> m_ca;
};

void TestClassroomCa::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ca = ClassroomCa::open(m_dir.filePath(QStringLiteral("ca")), &error);
    QVERIFY2(m_ca, qPrintable(error));
    QVERIFY(error.isEmpty());
}

Run TestClassroomCa::verify(const QByteArray &certificatePem, const QStringList &extra)
{
    static int count = 0;
    const QString file = m_dir.filePath(QStringLiteral("cert-%1.pem").arg(++count));
    if (!write(file, certificatePem))
        return Run{-1, QStringLiteral("cannot write ") + file};
    return run(openssl(),
               QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"), m_ca->certificateFile()}
                   + extra + QStringList{file});
}

void TestClassroomCa::madeOnceAndFoundAgain()
{
    const QString dir = m_dir.filePath(QStringLiteral("ca"));
    QVERIFY(QFile::exists(dir + QStringLiteral("/ca.pem")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/ca-key.pem")));
    // The key is its owner's only.
    QCOMPARE(QFile::permissions(dir + QStringLiteral("/ca-key.pem"))
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(m_ca->certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(readAll(dir + QStringLiteral("/ca.pem")), m_ca->certificatePem());
    QVERIFY2(m_ca->subject().startsWith(QStringLiteral("CN=Carteiro classroom CA (")),
             qPrintable(m_ca->subject()));
    QVERIFY2(m_ca->subject().endsWith(QStringLiteral(", O=Carteiro")), qPrintable(m_ca->subject()));

    QString error;
    const std::shared_ptr<ClassroomCa> again = ClassroomCa::open(dir, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->certificatePem(), m_ca->certificatePem());
    QCOMPARE(again->sha256Fingerprint(), m_ca->sha256Fingerprint());
    QCOMPARE(again->sha256Fingerprint().count(':'), 31);

    // Another directory, another CA (new key, new serial, new name).
    const std::shared_ptr<ClassroomCa> other = ClassroomCa::open(m_dir.filePath(QStringLiteral("other")),
                                                                 &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->certificatePem() != m_ca->certificatePem());
    QVERIFY(other->subject() != m_ca->subject());

    // The export is the same certificate, byte for byte.
    const QString exported = m_dir.filePath(QStringLiteral("exported.pem"));
    QVERIFY2(m_ca->exportCertificate(exported, &error), qPrintable(error));
    QCOMPARE(readAll(exported), m_ca->certificatePem());
    QVERIFY(!m_ca->exportCertificate(m_dir.filePath(QStringLiteral("no/such/dir/ca.pem")), &error));
    QVERIFY2(error.contains(QStringLiteral("no/such/dir/ca.pem")), qPrintable(error));
}

void TestClassroomCa::caCertificateHasTheConstraints()
{
    if (openssl().isEmpty())
        QSKIP("no openssl command");
    const Run text = run(openssl(),
                         {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                          QStringLiteral("-in"), m_ca->certificateFile()});
    QCOMPARE(text.exitCode, 0);
    const QString &out = text.output;
    QVERIFY2(out.contains(QStringLiteral("X509v3 Name Constraints: critical")), qPrintable(out));
    for (const char *name :
         {"DNS:servidor.edu", "DNS:cliente.fr", "DNS:outro.gal", "DNS:2esi.org", "DNS:test", "DNS:example",
          "DNS:invalid", "DNS:localhost", "email:servidor.edu", "IP:127.0.0.0/255.0.0.0",
          "IP:0:0:0:0:0:0:0:1/FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF"})
        QVERIFY2(out.contains(QLatin1String(name)), name);
    QVERIFY2(out.contains(QStringLiteral("Permitted:")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("Excluded:")));
    QVERIFY2(out.contains(
                 QStringLiteral("X509v3 Basic Constraints: critical\n                CA:TRUE, pathlen:0")),
             qPrintable(out));
    QVERIFY2(out.contains(
                 QStringLiteral("X509v3 Key Usage: critical\n                Certificate Sign, CRL Sign")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("X509v3 Subject Key Identifier")));
    QVERIFY(out.contains(QStringLiteral("ecdsa-with-SHA256")));
    QVERIFY(out.contains(QStringLiteral("prime256v1")));
    QVERIFY(out.contains(QStringLiteral("Version: 3 (0x2)")));
    // Ten years, give or take the leap days.
    const ASN1_TIME *notBefore = X509_get0_notBefore(m_ca->certificate());
    const ASN1_TIME *notAfter = X509_get0_notAfter(m_ca->certificate());
    int days = 0;
    int seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, notBefore, notAfter));
    QVERIFY2(days >= 3650 && days <= 3654, qPrintable(QString::number(days)));
}

void TestClassroomCa::hostCertificateVerifies()
{
    if (openssl().isEmpty())
        QSKIP("no openssl command");
    QString error;
    const TlsIdentity host = m_ca->issue(QStringLiteral("servidor.edu"), loopback("127.0.0.3"),
                                         ClassroomCa::Flaw::None, &error);
    QVERIFY2(!host.isNull(), qPrintable(error));
    QVERIFY(host.issuer.get() == m_ca->certificate());
    QVERIFY(X509_check_private_key(host.certificate.get(), host.key.get()) == 1);
    QVERIFY(host.keyPem().startsWith("-----BEGIN PRIVATE KEY-----"));

    Run ok = verify(host.certificatePem());
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    QVERIFY2(ok.output.contains(QStringLiteral(": OK")), qPrintable(ok.output));
    // As a client that connects by name, and one that connects by address.
    ok = verify(host.certificatePem(), {QStringLiteral("-verify_hostname"), QStringLiteral("servidor.edu")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    ok = verify(host.certificatePem(), {QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.3")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    ok = verify(host.certificatePem(), {QStringLiteral("-purpose"), QStringLiteral("sslserver")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    // An address it was not made for is refused: the check above can fail.
    const Run other = verify(host.certificatePem(),
                             {QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.4")});
    QVERIFY2(other.exitCode != 0, qPrintable(other.output));
    QVERIFY2(other.output.contains(QStringLiteral("IP address mismatch")), qPrintable(other.output));

    const QString certFile = m_dir.filePath(QStringLiteral("servidor.pem"));
    QVERIFY(write(certFile, host.certificatePem()));
    const Run text = run(openssl(),
                         {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                          QStringLiteral("-in"), certFile});
    QVERIFY2(text.output.contains(QStringLiteral("DNS:servidor.edu, IP Address:127.0.0.3")),
             qPrintable(text.output));
    QVERIFY(text.output.contains(QStringLiteral("Subject: CN = servidor.edu, O = Carteiro")));
    QVERIFY(
        text.output.contains(QStringLiteral("TLS Web Server Authentication, TLS Web Client Authentication")));
    QVERIFY(text.output.contains(
        QStringLiteral("X509v3 Key Usage: critical\n                Digital Signature")));
    QVERIFY(text.output.contains(QStringLiteral("X509v3 Authority Key Identifier")));
    QVERIFY(text.output.contains(QStringLiteral("CA:FALSE")));
    QVERIFY(text.output.contains(QStringLiteral("prime256v1")));
    int days = 0;
    int seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(host.certificate.get()),
                           X509_get0_notAfter(host.certificate.get())));
    QCOMPARE(days, 825);
    // 128-bit serials, random.
    const ASN1_INTEGER *serial = X509_get0_serialNumber(host.certificate.get());
    QCOMPARE(ASN1_STRING_length(serial), 16);

    // A subdomain (the webmail), and IPv6 loopback; an address beyond
    // loopback is left out (the constraints would make the whole certificate fail).
    const TlsIdentity webmail = m_ca->issue(
        QStringLiteral("webmail.servidor.edu"),
        {QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("192.168.1.20"))},
        ClassroomCa::Flaw::None, &error);
    QVERIFY2(!webmail.isNull(), qPrintable(error));
    ok = verify(webmail.certificatePem(),
                {QStringLiteral("-verify_hostname"), QStringLiteral("webmail.servidor.edu")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    ok = verify(webmail.certificatePem(), {QStringLiteral("-verify_ip"), QStringLiteral("::1")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    const Run lan = verify(webmail.certificatePem(),
                           {QStringLiteral("-verify_ip"), QStringLiteral("192.168.1.20")});
    QVERIFY2(lan.exitCode != 0, qPrintable(lan.output));
}

void TestClassroomCa::namesOutsideTheConstraintsAreRefused()
{
    QString error;
    const TlsIdentity bank = m_ca->issue(QStringLiteral("www.bank.com"), loopback("127.0.0.9"),
                                         ClassroomCa::Flaw::None, &error);
    QVERIFY(bank.isNull());
    QVERIFY2(error.contains(QStringLiteral("www.bank.com")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("servidor.edu")), qPrintable(error));
    // Nor by a name that only ends like a permitted one, nor by one the
    // extension syntax would split.
    for (const char *name :
         {"evilservidor.edu", "servidor.edu.bank.com", "servidor.edu,DNS:bank.com", "", "."})
        QVERIFY2(m_ca->issue(QLatin1String(name), {}, ClassroomCa::Flaw::None, &error).isNull(), name);
    QVERIFY(ClassroomCa::permitsName(QStringLiteral("Servidor.EDU.")));
    QVERIFY(ClassroomCa::permitsName(QStringLiteral("mx.cliente.fr")));
    QVERIFY(ClassroomCa::permitsName(QStringLiteral("anything.test")));
    QVERIFY(!ClassroomCa::permitsName(QStringLiteral("bank.com")));
    QVERIFY(ClassroomCa::permitsAddress(QHostAddress(QStringLiteral("127.255.0.1"))));
    QVERIFY(ClassroomCa::permitsAddress(QHostAddress(QStringLiteral("::1"))));
    QVERIFY(!ClassroomCa::permitsAddress(QHostAddress(QStringLiteral("128.0.0.1"))));
    QVERIFY(!ClassroomCa::permitsAddress(QHostAddress(QStringLiteral("::2"))));
}

void TestClassroomCa::constraintsHoldEvenWithTheKey()
{
    // Whoever takes ca-key.pem from a student's home directory and signs a
    // certificate for a bank with it still gets a certificate that verifiers
    // refuse: the constraints are in the CA certificate the student trusts.
    if (openssl().isEmpty())
        QSKIP("no openssl command");
    const QString dir = m_ca->directory();
    struct Forged {
        const char *name;
        const char *altNames;
    };
    for (const Forged &forged : {Forged{"www.bank.com", "DNS:www.bank.com"},
                                 Forged{"servidor.edu", "DNS:servidor.edu,IP:192.168.1.1"},
                                 Forged{"servidor.edu", "DNS:servidor.edu,DNS:www.bank.com"}}) {
        const QString base = m_dir.filePath(QStringLiteral("forged"));
        QVERIFY(write(base + QStringLiteral(".ext"), QByteArray("subjectAltName=") + forged.altNames + "\n"));
        Run step = run(openssl(),
                       {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + QLatin1String(forged.name), QStringLiteral("-out"),
                        base + QStringLiteral(".csr")});
        QVERIFY2(step.exitCode == 0, qPrintable(step.output));
        step = run(openssl(),
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    base + QStringLiteral(".csr"), QStringLiteral("-CA"), dir + QStringLiteral("/ca.pem"),
                    QStringLiteral("-CAkey"), dir + QStringLiteral("/ca-key.pem"),
                    QStringLiteral("-set_serial"), QStringLiteral("7"), QStringLiteral("-days"),
                    QStringLiteral("30"), QStringLiteral("-extfile"), base + QStringLiteral(".ext"),
                    QStringLiteral("-out"), base + QStringLiteral(".pem")});
        QVERIFY2(step.exitCode == 0, qPrintable(step.output));
        const Run refused = verify(readAll(base + QStringLiteral(".pem")));
        QVERIFY2(refused.exitCode != 0, forged.altNames);
        QVERIFY2(refused.output.contains(QStringLiteral("permitted subtree violation")),
                 qPrintable(refused.output));
    }
}

void TestClassroomCa::expiredIsRefused()
{
    if (openssl().isEmpty())
        QSKIP("no openssl command");
    QString error;
    const TlsIdentity expired = m_ca->issue(QStringLiteral("servidor.edu"), loopback("127.0.0.3"),
                                            ClassroomCa::Flaw::Expired, &error);
    QVERIFY2(!expired.isNull(), qPrintable(error));
    QVERIFY(expired.issuer);
    const Run refused = verify(expired.certificatePem());
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QStringLiteral("certificate has expired")), qPrintable(refused.output));
    // Only the dates are wrong: with the clock left out, it verifies. (Its
    // validity ends before the CA's begins, so no -attime would do.)
    const Run timeless = verify(expired.certificatePem(), {QStringLiteral("-no_check_time")});
    QVERIFY2(timeless.exitCode == 0, qPrintable(timeless.output));
    int days = 0;
    int seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(expired.certificate.get())));
    QCOMPARE(days, -1);
}

void TestClassroomCa::wrongNameIsRefused()
{
    if (openssl().isEmpty())
        QSKIP("no openssl command");
    QString error;
    const TlsIdentity wrong = m_ca->issue(QStringLiteral("servidor.edu"), loopback("127.0.0.3"),
                                          ClassroomCa::Flaw::WrongName, &error);
    QVERIFY2(!wrong.isNull(), qPrintable(error));
    // Signed by the CA, within its constraints: refused by name only.
    const Run chain = verify(wrong.certificatePem());
    QVERIFY2(chain.exitCode == 0, qPrintable(chain.output));
    Run refused = verify(wrong.certificatePem(),
                         {QStringLiteral("-verify_hostname"), QStringLiteral("servidor.edu")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QStringLiteral("hostname mismatch")), qPrintable(refused.output));
    // Nor by address: it names none.
    refused = verify(wrong.certificatePem(), {QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.3")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
    const Run right = verify(wrong.certificatePem(),
                             {QStringLiteral("-verify_hostname"), ClassroomCa::wrongName()});
    QVERIFY2(right.exitCode == 0, qPrintable(right.output));
}

void TestClassroomCa::selfSignedIsRefused()
{
    if (openssl().isEmpty())
        QSKIP("no openssl command");
    QString error;
    const TlsIdentity self = m_ca->issue(QStringLiteral("servidor.edu"), loopback("127.0.0.3"),
                                         ClassroomCa::Flaw::SelfSigned, &error);
    QVERIFY2(!self.isNull(), qPrintable(error));
    QVERIFY(!self.issuer);
    QCOMPARE(X509_NAME_cmp(X509_get_subject_name(self.certificate.get()),
                           X509_get_issuer_name(self.certificate.get())),
             0);
    const Run refused = verify(self.certificatePem(),
                               {QStringLiteral("-verify_hostname"), QStringLiteral("servidor.edu")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QStringLiteral("self-signed certificate"))
                 || refused.output.contains(QStringLiteral("self signed certificate")),
             qPrintable(refused.output));
}

void TestClassroomCa::certificatesAreCachedPerHostAndFlaw()
{
    const TlsIdentity a = m_ca->issue(QStringLiteral("cliente.fr"), loopback("127.0.0.2"));
    const TlsIdentity b = m_ca->issue(QStringLiteral("CLIENTE.fr"), loopback("127.0.0.2"));
    const TlsIdentity expired = m_ca->issue(QStringLiteral("cliente.fr"), loopback("127.0.0.2"),
                                            ClassroomCa::Flaw::Expired);
    const TlsIdentity otherAddress = m_ca->issue(QStringLiteral("cliente.fr"), loopback("127.0.0.5"));
    QVERIFY(!a.isNull() && !expired.isNull() && !otherAddress.isNull());
    QCOMPARE(a.certificate.get(), b.certificate.get());
    QCOMPARE(a.certificatePem(), b.certificatePem());
    QVERIFY(a.certificate.get() != expired.certificate.get());
    QVERIFY(a.certificate.get() != otherAddress.certificate.get());
    QVERIFY(ASN1_INTEGER_cmp(X509_get0_serialNumber(a.certificate.get()),
                             X509_get0_serialNumber(otherAddress.certificate.get()))
            != 0);
}

void TestClassroomCa::tlsHandshakesAcceptAndRefuse()
{
    // What the TLS layer's client will see: OpenSSL's own verification
    // during a real handshake, with the reason a class is shown.
    using Flaw = ClassroomCa::Flaw;
    const QList<QHostAddress> address = loopback("127.0.0.3");
    const QString host = QStringLiteral("servidor.edu");
    Handshake h = handshake(m_ca->issue(host, address), m_ca->certificate(), host);
    QVERIFY(h.completed);
    QCOMPARE(h.verifyResult, long(X509_V_OK));
    QCOMPARE(h.version, QStringLiteral("TLSv1.3"));
    h = handshake(m_ca->issue(host, address), m_ca->certificate(), QString(), QStringLiteral("127.0.0.3"));
    QVERIFY(h.completed);
    QCOMPARE(h.verifyResult, long(X509_V_OK));

    h = handshake(m_ca->issue(host, address, Flaw::Expired), m_ca->certificate(), host);
    QVERIFY(!h.completed);
    QCOMPARE(h.verifyResult, long(X509_V_ERR_CERT_HAS_EXPIRED));
    h = handshake(m_ca->issue(host, address, Flaw::WrongName), m_ca->certificate(), host);
    QVERIFY(!h.completed);
    QCOMPARE(h.verifyResult, long(X509_V_ERR_HOSTNAME_MISMATCH));
    h = handshake(m_ca->issue(host, address, Flaw::SelfSigned), m_ca->certificate(), host);
    QVERIFY(!h.completed);
    QCOMPARE(h.verifyResult, long(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT));
    // Another user's CA: a good certificate, from a CA this client does not trust.
    QString error;
    const std::shared_ptr<ClassroomCa> other = ClassroomCa::open(m_dir.filePath(QStringLiteral("other")),
                                                                 &error);
    QVERIFY2(other, qPrintable(error));
    h = handshake(other->issue(host, address), m_ca->certificate(), host);
    QVERIFY(!h.completed);
    QCOMPARE(h.verifyResult, long(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
}

void TestClassroomCa::tlsLayerPresentsAndVerifiesThem()
{
    // The two halves of core/tls together: a TlsLayer server presenting an
    // issued identity, a TlsLayer client trusting the classroom CA.
    using Flaw = ClassroomCa::Flaw;
    const QString host = QStringLiteral("servidor.edu");
    QString error;
    const std::shared_ptr<TlsContext> clientContext = TlsContext::client(m_ca->certificate(), &error);
    QVERIFY2(clientContext, qPrintable(error));
    struct Case {
        Flaw flaw;
        QString peerName;
        const char *verifyError; // empty: verified
    };
    for (const Case &c : {Case{Flaw::None, host, ""}, Case{Flaw::None, QStringLiteral("127.0.0.3"), ""},
                          Case{Flaw::Expired, host, "expired"}, Case{Flaw::WrongName, host, "mismatch"},
                          Case{Flaw::SelfSigned, host, "self"}}) {
        const TlsIdentity identity = m_ca->issue(host, loopback("127.0.0.3"), c.flaw, &error);
        QVERIFY2(!identity.isNull(), qPrintable(error));
        const std::shared_ptr<TlsContext> serverContext = TlsContext::server(
            identity.certificate.get(), identity.key.get(), identity.issuer.get(), &error);
        QVERIFY2(serverContext, qPrintable(error));
        TlsLayer server(serverContext);
        TlsLayer client(clientContext, TlsLayer::ClientOptions{c.peerName, true});
        client.start();
        for (int round = 0; round < 20; ++round) {
            const QList<TlsRecord> fromClient = client.takeRecords();
            for (const TlsRecord &r : fromClient)
                server.receive(r.bytes);
            const QList<TlsRecord> fromServer = server.takeRecords();
            for (const TlsRecord &r : fromServer)
                client.receive(r.bytes);
            if (fromClient.isEmpty() && fromServer.isEmpty())
                break;
        }
        const QByteArray what = c.peerName.toUtf8() + ' ' + QByteArray::number(int(c.flaw));
        if (qstrlen(c.verifyError) == 0) {
            QVERIFY2(client.isEstablished() && client.peerVerified(), qPrintable(client.error()));
            QVERIFY2(client.peerIssuer().contains(QStringLiteral("Carteiro classroom CA")),
                     qPrintable(client.peerIssuer()));
            QVERIFY2(client.peerSubject().contains(host), qPrintable(client.peerSubject()));
        } else {
            QVERIFY2(!client.isEstablished() && client.hasFailed(), what.constData());
            QVERIFY2(!client.peerVerified(), what.constData());
            // The reason, in error() (verifyError() says "no certificate" once
            // the handshake has failed).
            QVERIFY2(client.error().contains(QLatin1String(c.verifyError)),
                     qPrintable(client.verifyError() + QStringLiteral(" / ") + client.error()));
        }
    }
}

void TestClassroomCa::threadsRacingEndWithOneCa()
{
    const QString dir = m_dir.filePath(QStringLiteral("threads/deeper/ca"));
    constexpr int count = 8;
    std::vector<QByteArray> pems(count);
    std::vector<QString> errors(count);
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            const std::shared_ptr<ClassroomCa> ca = ClassroomCa::open(dir, &errors[i]);
            if (ca) {
                pems[i] = ca->certificatePem();
                // Issuing from several threads at once, too.
                if (ca->issue(QStringLiteral("servidor.edu"), loopback("127.0.0.3")).isNull())
                    pems[i].clear();
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int i = 0; i < count; ++i) {
        QVERIFY2(!pems[i].isEmpty(), qPrintable(errors[i]));
        QCOMPARE(pems[i], pems[0]);
    }
    QCOMPARE(readAll(dir + QStringLiteral("/ca.pem")), pems[0]);
    // The losers' temporary directories are gone.
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("threads/deeper")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("ca")});
}

void TestClassroomCa::processesRacingEndWithOneCa()
{
    // Two `carteiro --export-ca` started at once for a user who has no CA yet.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess first;
    QProcess second;
    for (QProcess *p : {&first, &second}) {
        p->setProcessEnvironment(environment);
        p->setProcessChannelMode(QProcess::MergedChannels);
    }
    const QString one = home.filePath(QStringLiteral("one.pem"));
    const QString two = home.filePath(QStringLiteral("two.pem"));
    first.start(QStringLiteral(CARTEIRO_BIN),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-ca"), one});
    second.start(QStringLiteral(CARTEIRO_BIN),
                 {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-ca"), two});
    QVERIFY(first.waitForFinished(60000));
    QVERIFY(second.waitForFinished(60000));
    const QString firstOutput = QString::fromUtf8(first.readAll());
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    const QString caFile = home.filePath(QStringLiteral("data/carteiro/classroom-ca/ca.pem"));
    QVERIFY2(firstOutput.contains(one), qPrintable(firstOutput));
    QVERIFY2(firstOutput.contains(caFile), qPrintable(firstOutput));
    const QByteArray pem = readAll(caFile);
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(readAll(one), pem);
    QCOMPARE(readAll(two), pem);

    // A third run finds it; an unwritable file is an error that says so.
    const Run again = run(
        QStringLiteral(CARTEIRO_BIN),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-ca"), one}, environment);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(readAll(caFile), pem);
    // "-": the certificate alone on stdout.
    const Run piped = run(
        QStringLiteral(CARTEIRO_BIN),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-ca"), QStringLiteral("-")},
        environment);
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.output.toUtf8(), pem);
    const QString bad = home.filePath(QStringLiteral("missing/ca.pem"));
    const Run failed = run(
        QStringLiteral(CARTEIRO_BIN),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-ca"), bad}, environment);
    QVERIFY2(failed.exitCode == 3, qPrintable(failed.output));
    QVERIFY2(failed.output.contains(bad), qPrintable(failed.output));
    // A corrupt CA: exit status 2, the file named, and nothing replaced.
    QVERIFY(write(caFile, "not a certificate\n"));
    const Run corrupt = run(
        QStringLiteral(CARTEIRO_BIN),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-ca"), two}, environment);
    QCOMPARE(corrupt.exitCode, 2);
    QVERIFY2(corrupt.output.contains(caFile), qPrintable(corrupt.output));
    QCOMPARE(readAll(caFile), QByteArray("not a certificate\n"));
    QCOMPARE(readAll(two), pem);
}

void TestClassroomCa::corruptCertificateIsReportedAndLeftAlone()
{
    QString error;
    const QString dir = m_dir.filePath(QStringLiteral("corrupt"));
    QVERIFY2(ClassroomCa::open(dir, &error), qPrintable(error));
    const QString file = dir + QStringLiteral("/ca.pem");
    QByteArray broken = readAll(file);
    broken.replace(40, 30, QByteArray(30, '!'));
    QVERIFY(write(file, broken));
    const QByteArray key = readAll(dir + QStringLiteral("/ca-key.pem"));

    error.clear();
    QVERIFY(!ClassroomCa::open(dir, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no readable PEM certificate")), qPrintable(error));
    QCOMPARE(readAll(file), broken);
    QCOMPARE(readAll(dir + QStringLiteral("/ca-key.pem")), key);

    // An empty file too.
    QVERIFY(write(file, QByteArray()));
    QVERIFY(!ClassroomCa::open(dir, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QCOMPARE(readAll(file), QByteArray());
    // And a missing one.
    QVERIFY(QFile::remove(file));
    QVERIFY(!ClassroomCa::open(dir, &error));
    QVERIFY2(error.contains(file) && error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void TestClassroomCa::mismatchedKeyIsReportedAndLeftAlone()
{
    QString error;
    const QString dir = m_dir.filePath(QStringLiteral("mismatch"));
    const QString other = m_dir.filePath(QStringLiteral("mismatch-other"));
    QVERIFY2(ClassroomCa::open(dir, &error), qPrintable(error));
    QVERIFY2(ClassroomCa::open(other, &error), qPrintable(error));
    const QString keyFile = dir + QStringLiteral("/ca-key.pem");
    const QByteArray otherKey = readAll(other + QStringLiteral("/ca-key.pem"));
    QVERIFY(QFile::remove(keyFile));
    QVERIFY(write(keyFile, otherKey));
    const QByteArray certificate = readAll(dir + QStringLiteral("/ca.pem"));

    QVERIFY(!ClassroomCa::open(dir, &error));
    QVERIFY2(error.contains(keyFile) && error.contains(QStringLiteral("does not match")), qPrintable(error));
    QCOMPARE(readAll(keyFile), otherKey);
    QCOMPARE(readAll(dir + QStringLiteral("/ca.pem")), certificate);

    // A key that is no key.
    QVERIFY(write(keyFile, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
    QVERIFY(!ClassroomCa::open(dir, &error));
    QVERIFY2(error.contains(keyFile) && error.contains(QStringLiteral("no readable PEM private key")),
             qPrintable(error));
}

void TestClassroomCa::directoryWithoutCaIsNotTakenOver()
{
    // A directory of that name that holds something else is not ours to fill.
    const QString dir = m_dir.filePath(QStringLiteral("someone-elses"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(write(dir + QStringLiteral("/notes.txt"), "mine\n"));
    QString error;
    QVERIFY(!ClassroomCa::open(dir, &error));
    QVERIFY2(error.contains(dir + QStringLiteral("/ca.pem")), qPrintable(error));
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    // An empty one is filled.
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const std::shared_ptr<ClassroomCa> filled = ClassroomCa::open(empty, &error);
    QVERIFY2(filled, qPrintable(error));
    QCOMPARE(readAll(empty + QStringLiteral("/ca.pem")), filled->certificatePem());
    // A file where the directory should be.
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QVERIFY(write(file, "x"));
    QVERIFY(!ClassroomCa::open(file, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

void TestClassroomCa::staleHalfBuiltCaIsRemoved()
{
    // A process killed while making the CA left its temporary directory (with
    // a private key) behind: an old one goes, a fresh one (another process at
    // work) stays.
    const QString parent = m_dir.filePath(QStringLiteral("stale"));
    const QString old = parent + QStringLiteral("/.classroom-ca-AbC123");
    const QString fresh = parent + QStringLiteral("/.classroom-ca-XyZ789");
    QVERIFY(QDir().mkpath(old));
    QVERIFY(QDir().mkpath(fresh));
    QVERIFY(write(old + QStringLiteral("/ca-key.pem"), "old key"));
    const qint64 twoHoursAgo = QDateTime::currentSecsSinceEpoch() - 7200;
    const timeval times[2] = {{twoHoursAgo, 0}, {twoHoursAgo, 0}};
    QCOMPARE(::utimes(QFile::encodeName(old).constData(), times), 0);
    QString error;
    QVERIFY2(ClassroomCa::open(parent + QStringLiteral("/ca"), &error), qPrintable(error));
    QVERIFY(!QFile::exists(old));
    QVERIFY(QFile::exists(fresh));
}

void TestClassroomCa::sharedIsTheUsersCa()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    QCOMPARE(ClassroomCa::defaultDirectory(), m_dir.filePath(QStringLiteral("xdg/carteiro/classroom-ca")));
    QString error;
    const std::shared_ptr<ClassroomCa> ca = ClassroomCa::shared(&error);
    QVERIFY2(ca, qPrintable(error));
    QCOMPARE(ca->directory(), ClassroomCa::defaultDirectory());
    QCOMPARE(ClassroomCa::shared(&error).get(), ca.get());
    QCOMPARE(readAll(ClassroomCa::defaultDirectory() + QStringLiteral("/ca.pem")), ca->certificatePem());
}

QTEST_GUILESS_MAIN(TestClassroomCa)
#include "tst_classroomca.moc"
