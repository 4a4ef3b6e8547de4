// SPDX-License-Identifier: GPL-3.0-or-later
// tst_tlslayer.cpp — two TlsLayers joined in memory: the records each makes,
// what they carried, the handshake's end, verification, and hostile bytes.
#include "tls/tlslayer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Pem {
    QByteArray certificate;
    QByteArray key;
};

// A self-signed P-256 certificate made by the openssl command (the classroom
// CA has its own tests; this one only needs something to present).
Pem makeCertificate(const QTemporaryDir &dir, const QString &name, const QString &san)
{
    const QString cert = dir.filePath(name + QStringLiteral(".pem"));
    const QString key = dir.filePath(name + QStringLiteral("-key.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san, QStringLiteral("-keyout"), key,
         QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        return {};
    QFile c(cert), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return {};
    return {c.readAll(), k.readAll()};
}

// Moves every record waiting on either side to the other until nothing moves.
// Returns the records in the order they crossed, each with who wrote it.
struct Crossed {
    bool fromClient;
    TlsRecord record;
};
QList<Crossed> pump(TlsLayer &client, TlsLayer &server)
{
    QList<Crossed> crossed;
    for (int round = 0; round < 20; ++round) {
        const QList<TlsRecord> fromClient = client.takeRecords();
        for (const TlsRecord &r : fromClient) {
            crossed.append({true, r});
            server.receive(r.bytes);
        }
        const QList<TlsRecord> fromServer = server.takeRecords();
        for (const TlsRecord &r : fromServer) {
            crossed.append({false, r});
            client.receive(r.bytes);
        }
        if (fromClient.isEmpty() && fromServer.isEmpty())
            break;
    }
    return crossed;
}

QStringList names(const QList<Crossed> &crossed)
{
    QStringList out;
    for (const Crossed &c : crossed) {
        QStringList inRecord;
        for (const TlsMessage &m : c.record.messages)
            inRecord.append(m.name());
        out.append(QString::fromLatin1(c.fromClient ? "C: " : "S: ") + inRecord.join(QLatin1Char('+')));
    }
    return out;
}
} // namespace

class TstTlsLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void handshakeRecordByRecord();
    void applicationDataOneRecordPerPiece();
    void wrongNameIsRefusedWhenRequired();
    void wrongNameIsReportedWhenOpportunistic();
    void garbageInsteadOfClientHello();
    void closeNotify();
    void keyLogHasEachSecretOnce();

private:
    QTemporaryDir m_dir;
    Pem m_server;
    std::shared_ptr<TlsContext> m_serverContext;
    std::shared_ptr<TlsContext> m_clientContext;
};

void TstTlsLayer::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command is not installed");
    m_server = makeCertificate(m_dir, QStringLiteral("servidor.edu"),
                               QStringLiteral("DNS:servidor.edu,IP:127.0.0.3"));
    QVERIFY(!m_server.certificate.isEmpty());
    QString error;
    m_serverContext = TlsContext::serverFromPem(m_server.certificate, m_server.key, &error);
    QVERIFY2(m_serverContext, qPrintable(error));
    m_clientContext = TlsContext::clientFromPem(m_server.certificate, &error);
    QVERIFY2(m_clientContext, qPrintable(error));
}

void TstTlsLayer::handshakeRecordByRecord()
{
    TlsLayer server(m_serverContext);
    TlsLayer client(m_clientContext, {QStringLiteral("servidor.edu"), true});
    client.start();
    const QList<Crossed> crossed = pump(client, server);
    // One message per record, in the order of RFC 8446's figure 1, no
    // middlebox change_cipher_spec and no session ticket after it.
    QCOMPARE(names(crossed),
             QStringList({QStringLiteral("C: ClientHello"), QStringLiteral("S: ServerHello"),
                          QStringLiteral("S: EncryptedExtensions"), QStringLiteral("S: Certificate"),
                          QStringLiteral("S: CertificateVerify"), QStringLiteral("S: Finished"),
                          QStringLiteral("C: Finished")}));
    QVERIFY(!crossed.at(0).record.encrypted); // a ClientHello is in clear
    QVERIFY(!crossed.at(1).record.encrypted);
    QVERIFY(crossed.at(2).record.encrypted); // from EncryptedExtensions on, hidden
    QCOMPARE(crossed.at(2).record.contentType, quint8(23));
    QCOMPARE(crossed.at(2).record.innerType, quint8(22));
    QCOMPARE(crossed.at(3).record.messages.at(0).subject, QStringLiteral("CN=servidor.edu"));
    QVERIFY(client.isEstablished());
    QVERIFY(server.isEstablished());
    QVERIFY(client.takeJustEstablished());
    QVERIFY(!client.takeJustEstablished());
    QCOMPARE(client.version(), QStringLiteral("TLSv1.3"));
    QVERIFY(client.cipher().startsWith(QLatin1String("TLS_")));
    QVERIFY(client.peerVerified());
    QCOMPARE(client.peerSubject(), QStringLiteral("CN=servidor.edu"));
    QCOMPARE(server.ownSubject(), QStringLiteral("CN=servidor.edu"));
    // The server read every record the client wrote, whole, with what it carried.
    const QList<TlsRecord> read = server.takeReceivedRecords();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).messages.at(0).name(), QStringLiteral("ClientHello"));
    QCOMPARE(read.at(1).messages.at(0).name(), QStringLiteral("Finished"));
    QVERIFY(read.at(1).encrypted);
}

void TstTlsLayer::applicationDataOneRecordPerPiece()
{
    TlsLayer server(m_serverContext);
    TlsLayer client(m_clientContext, {QStringLiteral("127.0.0.3"), true});
    client.start();
    pump(client, server);
    QVERIFY(client.peerVerified()); // by its IP subjectAltName
    server.takeReceivedRecords();
    QVERIFY(client.encrypt("USER fran\r\n"));
    QVERIFY(client.encrypt("PASS claveejemplo\r\n"));
    const QList<TlsRecord> records = client.takeRecords();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).plaintextLength, 19);
    QVERIFY(!records.at(1).bytes.contains("claveejemplo")); // what Eva sees
    for (const TlsRecord &r : records)
        server.receive(r.bytes);
    QCOMPARE(server.takePlaintext(), QByteArray("USER fran\r\nPASS claveejemplo\r\n"));
    QCOMPARE(server.takeReceivedRecords().size(), 2);
    // A piece larger than a record is cut at 2^14 octets.
    const QByteArray big(40000, 'x');
    qsizetype sent = 0;
    while (sent < big.size()) {
        QVERIFY(server.encrypt(big.mid(sent, TlsLayer::recordLimit)));
        sent += TlsLayer::recordLimit;
    }
    const QList<TlsRecord> bigRecords = server.takeRecords();
    QCOMPARE(bigRecords.size(), 3);
    for (const TlsRecord &r : bigRecords)
        client.receive(r.bytes.left(100)), client.receive(r.bytes.mid(100)); // in pieces
    QCOMPARE(client.takePlaintext(), big);
}

void TstTlsLayer::wrongNameIsRefusedWhenRequired()
{
    TlsLayer server(m_serverContext);
    TlsLayer client(m_clientContext, {QStringLiteral("cliente.fr"), true});
    client.start();
    const QList<Crossed> crossed = pump(client, server);
    QVERIFY(client.hasFailed());
    QVERIFY2(client.error().contains(QLatin1String("mismatch")), qPrintable(client.error()));
    QVERIFY(!client.isEstablished());
    // The client told the server why, with an alert.
    QCOMPARE(names(crossed).constLast(), QStringLiteral("C: Alert: bad_certificate"));
}

void TstTlsLayer::wrongNameIsReportedWhenOpportunistic()
{
    TlsLayer server(m_serverContext);
    TlsLayer client(m_clientContext, {QStringLiteral("cliente.fr"), false});
    client.start();
    pump(client, server);
    QVERIFY(client.isEstablished());
    QVERIFY(!client.peerVerified());
    QVERIFY2(client.verifyError().contains(QLatin1String("mismatch")), qPrintable(client.verifyError()));
}

void TstTlsLayer::garbageInsteadOfClientHello()
{
    TlsLayer server(m_serverContext);
    QVERIFY(!server.receive("EHLO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"));
    QVERIFY(server.hasFailed());
    QVERIFY(!server.error().isEmpty());
    QVERIFY(!server.takePlaintext().size());
    // More garbage after the failure is ignored, not a crash.
    QVERIFY(!server.receive(QByteArray(100000, '\x16')));
}

void TstTlsLayer::closeNotify()
{
    TlsLayer server(m_serverContext);
    TlsLayer client(m_clientContext, {QStringLiteral("servidor.edu"), true});
    client.start();
    pump(client, server);
    client.close();
    const QList<Crossed> crossed = pump(client, server);
    QVERIFY(!crossed.isEmpty());
    QCOMPARE(crossed.at(0).record.messages.at(0).name(), QStringLiteral("Alert: close_notify"));
    QVERIFY(server.peerClosed());
}

QTEST_GUILESS_MAIN(TstTlsLayer)

void TstTlsLayer::keyLogHasEachSecretOnce()
{
    // Both ends of a session log into one key log (a world's): each secret
    // once, named by the ClientHello's random, as Wireshark looks it up.
    QString error;
    auto serverContext = TlsContext::serverFromPem(m_server.certificate, m_server.key, &error);
    auto clientContext = TlsContext::clientFromPem(m_server.certificate, &error);
    QVERIFY2(serverContext && clientContext, qPrintable(error));
    auto log = std::make_shared<TlsKeyLog>();
    serverContext->setKeyLog(log);
    clientContext->setKeyLog(log);
    TlsLayer server(serverContext);
    TlsLayer client(clientContext, {QStringLiteral("servidor.edu"), true});
    client.start();
    const QList<Crossed> crossed = pump(client, server);
    QVERIFY(client.isEstablished());
    const QByteArray random = crossed.at(0).record.bytes.mid(11, 32).toHex(); // after the headers and version
    QStringList labels;
    for (const QByteArray &line : log->text().split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(1), random);
        labels.append(QString::fromLatin1(parts.at(0)));
    }
    labels.sort();
    QCOMPARE(labels,
             QStringList({QStringLiteral("CLIENT_HANDSHAKE_TRAFFIC_SECRET"),
                          QStringLiteral("CLIENT_TRAFFIC_SECRET_0"), QStringLiteral("EXPORTER_SECRET"),
                          QStringLiteral("SERVER_HANDSHAKE_TRAFFIC_SECRET"),
                          QStringLiteral("SERVER_TRAFFIC_SECRET_0")}));
    QCOMPARE(log->size(), 5);
    // A context without a key log keeps nothing (the shared ones of this test).
    TlsLayer otherServer(m_serverContext);
    TlsLayer otherClient(m_clientContext, {QStringLiteral("servidor.edu"), true});
    otherClient.start();
    pump(otherClient, otherServer);
    QVERIFY(otherClient.isEstablished());
    QCOMPARE(log->size(), 5);
}

#include "tst_tlslayer.moc"
