// SPDX-License-Identifier: GPL-3.0-or-later
// Interop: our SMTP client (SmtpClientSession on a World's Connection) delivers
// to a real SMTP server nobody here wrote — aiosmtpd, run by Debian's Python
// (/usr/bin/python3, package python3-aiosmtpd) through tests/interop/aiosmtpd_sink.py,
// which prints what it received. The content must arrive byte-exact after
// aiosmtpd undoes the dot-stuffing, MAIL/RCPT/DATA must go out pipelined when
// PIPELINING is offered, and refusals must come back in the result.
#include "net/connection.h"
#include "protocol/smtpclientsession.h"
#include "scenario/scenarioparser.h"
#include "tls/classroomca.h"
#include "world/world.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString sinkScript = QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/interop/aiosmtpd_sink.py");
const QByteArray rejected = "nobody@aiosmtpd.test";

const QByteArray scenarioText = R"(
server cliente.fr
dns cliente.fr mx cliente.fr
user ana@cliente.fr password claveana
)";

struct Received {
    QByteArray mailFrom;
    QList<QByteArray> recipients;
    QList<QByteArray> mailOptions;
    QByteArray content;
};

// What one delivery attempt left behind.
struct Run {
    bool finished = false;
    SmtpClientResult result;
    QStringList lines; // "C: …" / "S: …" between cliente.fr and aiosmtpd, in order
    QList<NoteCode> notes; // the notes of that connection (TLS established, failed …)
};

QList<QByteArray> toByteArrays(const QJsonArray &array)
{
    QList<QByteArray> out;
    for (const QJsonValue &v : array)
        out.append(v.toString().toUtf8());
    return out;
}

} // namespace

class TestInteropAiosmtpd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deliversByteExactWithPipelining();
    void bareLineEndsAreSentAsCrLf();
    void heloOnlyWithoutPipelining();
    void eightBitContentDeclaresBody8BitMime();
    void refusedRecipientIsReported();
    void allRecipientsRefusedIsPermanentFailure();
    void deliversOverStartTlsToAServerThatRequiresIt();
    void encryptRefusesAServerWithoutStartTls();

private:
    bool startSink(const QStringList &extra = {});
    void readSink();
    bool waitForMessages(int count, int ms = 10000);
    Run deliver(const SmtpClientJob &job, const QString &caDirectory = QString(),
                const QString &peerName = QStringLiteral("aiosmtpd"));

    QProcess *m_sink = nullptr;
    quint16 m_port = 0;
    QByteArray m_output; // everything the sink printed
    QList<Received> m_messages; // its MESSAGE lines
    QList<QByteArray> m_greetings; // its EHLO/HELO lines ("EHLO cliente.fr")
};

void TestInteropAiosmtpd::initTestCase()
{
    if (!QFileInfo(python).isExecutable())
        QFAIL("/usr/bin/python3 not found: apt-get install -y python3 python3-aiosmtpd");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
    QVERIFY2(probe.waitForFinished(30000), "/usr/bin/python3 -c 'import aiosmtpd' hung");
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QFAIL(qPrintable(QStringLiteral("aiosmtpd is not importable by /usr/bin/python3 (%1): "
                                        "apt-get install -y python3-aiosmtpd")
                             .arg(QString::fromLocal8Bit(probe.readAllStandardError().trimmed()))));
    QVERIFY2(QFileInfo::exists(sinkScript), qPrintable(sinkScript));
}

void TestInteropAiosmtpd::init()
{
    QVERIFY2(startSink(), m_output.constData());
}

void TestInteropAiosmtpd::cleanup()
{
    if (m_sink) {
        m_sink->closeWriteChannel(); // --exit-on-stdin-eof
        if (!m_sink->waitForFinished(5000)) {
            m_sink->kill();
            m_sink->waitForFinished(5000);
        }
        delete m_sink;
        m_sink = nullptr;
    }
    m_port = 0;
    m_output.clear();
    m_messages.clear();
    m_greetings.clear();
}

bool TestInteropAiosmtpd::startSink(const QStringList &extra)
{
    m_sink = new QProcess;
    m_sink->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_sink, &QProcess::readyReadStandardOutput, this, &TestInteropAiosmtpd::readSink);
    const QStringList arguments = QStringList{sinkScript,
                                              QStringLiteral("--exit-on-stdin-eof"),
                                              QStringLiteral("--lifetime"),
                                              QStringLiteral("60"),
                                              QStringLiteral("--reject"),
                                              QString::fromLatin1(rejected)}
        + extra;
    m_sink->start(python, arguments);
    if (!m_sink->waitForStarted(10000)) {
        m_output = "could not start /usr/bin/python3: " + m_sink->errorString().toUtf8();
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_port != 0 || m_sink->state() == QProcess::NotRunning; }, 15000)
        || m_port == 0) {
        m_output += "\nno LISTEN line from aiosmtpd_sink.py; stderr:\n" + m_sink->readAllStandardError();
        return false;
    }
    return true;
}

void TestInteropAiosmtpd::readSink()
{
    m_output += m_sink->readAllStandardOutput();
    qsizetype end;
    while ((end = m_output.indexOf('\n')) >= 0) {
        const QByteArray line = m_output.left(end);
        m_output.remove(0, end + 1);
        if (line.startsWith("LISTEN 127.0.0.1:")) {
            m_port = quint16(line.mid(17).toUInt());
        } else if (line.startsWith("EHLO ") || line.startsWith("HELO ")) {
            m_greetings.append(line);
        } else if (line.startsWith("MESSAGE ")) {
            const QJsonObject o = QJsonDocument::fromJson(line.mid(8)).object();
            Received r;
            r.mailFrom = o.value(QStringLiteral("mail_from")).toString().toUtf8();
            r.recipients = toByteArrays(o.value(QStringLiteral("rcpt_tos")).toArray());
            r.mailOptions = toByteArrays(o.value(QStringLiteral("mail_options")).toArray());
            r.content = QByteArray::fromBase64(
                o.value(QStringLiteral("content_base64")).toString().toLatin1());
            m_messages.append(r);
        } else {
            qWarning("aiosmtpd_sink.py: %s", line.constData());
        }
    }
}

bool TestInteropAiosmtpd::waitForMessages(int count, int ms)
{
    return QTest::qWaitFor([this, count] { return m_messages.size() >= count; }, ms);
}

Run TestInteropAiosmtpd::deliver(const SmtpClientJob &job, const QString &caDirectory,
                                 const QString &peerName)
{
    Run run;
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("interop.scenario"), scenarioText,
                                                    &errors);
    if (!errors.isEmpty()) {
        qWarning("%s", qPrintable(errors.first().toString()));
        return run;
    }
    World::Options options;
    options.ephemeralPorts = true;
    options.caDirectory = caDirectory;
    World world(scenario, options);
    QString error;
    if (!world.start(&error)) {
        qWarning("World::start: %s", qPrintable(error));
        return run;
    }
    world.connectToAddress(QStringLiteral("cliente.fr"), peerName, QHostAddress(QHostAddress::LocalHost),
                           m_port, QStringLiteral("smtp"), std::make_unique<SmtpClientSession>(job),
                           [&run](Connection *c) {
                               auto *session = static_cast<SmtpClientSession *>(c->engine());
                               run.result = session->result();
                               run.finished = true;
                           });
    if (!QTest::qWaitFor([&run] { return run.finished; }, 20000))
        qWarning("the delivery to aiosmtpd did not finish within 20 s");
    for (const TranscriptEvent &e : world.transcript()->events()) {
        if (e.kind == TranscriptEvent::Kind::Note && e.connectionId > 0)
            run.notes.append(e.noteCode);
        if (e.kind != TranscriptEvent::Kind::Line)
            continue;
        const bool ours = e.direction == TranscriptEvent::Direction::ClientToServer;
        run.lines.append((ours ? QStringLiteral("C: ") : QStringLiteral("S: ")) + QString::fromUtf8(e.raw));
    }
    world.shutdown();
    return run;
}

static SmtpClientJob baseJob()
{
    SmtpClientJob job;
    job.heloName = "cliente.fr";
    job.mailFrom = "ana@cliente.fr";
    job.recipients = {"fran@aiosmtpd.test"};
    return job;
}

static int indexOfPrefix(const QStringList &lines, const QString &prefix, int from = 0)
{
    for (int i = from; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(prefix))
            return i;
    }
    return -1;
}

void TestInteropAiosmtpd::deliversByteExactWithPipelining()
{
    SmtpClientJob job = baseJob();
    job.recipients = {"fran@aiosmtpd.test", "ana@aiosmtpd.test"};
    job.content = "From: ana@cliente.fr\r\n"
                  "To: fran@aiosmtpd.test\r\n"
                  "Subject: Quedamos hoxe?\r\n"
                  "\r\n"
                  "A que hora e onde?\r\n"
                  ".a line that starts with a dot\r\n"
                  "..two dots\r\n"
                  ".\r\n"
                  "trailing spaces   \r\n"
                  "\r\n"
                  "\ttab\r\n"
        + QByteArray(900, 'x')
        + "\r\n"
          "Ana\r\n";
    const Run run = deliver(job);
    QVERIFY2(run.finished, qPrintable(run.lines.join('\n')));
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::Delivered);
    QCOMPARE(run.result.acceptedRecipients, job.recipients);
    QVERIFY(run.result.rejectedRecipients.isEmpty());
    QCOMPARE(run.result.lastReply.code, 250);
    QCOMPARE(run.result.lastReply.text(), QByteArray("2.0.0 Message accepted by aiosmtpd"));
    QVERIFY2(run.result.extensions.contains("PIPELINING"), run.result.extensions.join(' ').constData());
    QVERIFY(run.result.extensions.contains("8BITMIME"));

    QVERIFY2(waitForMessages(1), m_output.constData());
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_greetings, QList<QByteArray>{"EHLO cliente.fr"});
    const Received &got = m_messages.first();
    QCOMPARE(got.mailFrom, QByteArray("ana@cliente.fr"));
    QCOMPARE(got.recipients, job.recipients);
    QCOMPARE(got.content, job.content);
    // SIZE (RFC 1870) offered by aiosmtpd, so declared: at least the content's size.
    bool sized = false;
    for (const QByteArray &option : got.mailOptions) {
        if (option.startsWith("SIZE=")) {
            sized = true;
            QVERIFY2(option.mid(5).toLongLong() >= job.content.size(), option.constData());
        }
    }
    QVERIFY2(sized, got.mailOptions.join(' ').constData());

    // On the wire: the dot-stuffed lines, and MAIL, both RCPTs and DATA sent
    // before the reply to MAIL was read (RFC 2920).
    const QStringList &l = run.lines;
    QVERIFY2(l.contains(QStringLiteral("C: ..a line that starts with a dot")), qPrintable(l.join('\n')));
    QVERIFY(l.contains(QStringLiteral("C: ...two dots")));
    QVERIFY(l.contains(QStringLiteral("C: ..")));
    const int mail = indexOfPrefix(l, QStringLiteral("C: MAIL FROM:<ana@cliente.fr>"));
    const int data = indexOfPrefix(l, QStringLiteral("C: DATA"));
    const int mailReply = indexOfPrefix(l, QStringLiteral("S: 250 2.1.0 Sender OK"), mail);
    QVERIFY2(mail >= 0 && data > mail && mailReply > data, qPrintable(l.join('\n')));
    QCOMPARE(indexOfPrefix(l, QStringLiteral("C: RCPT TO:<fran@aiosmtpd.test>")), mail + 1);
    QCOMPARE(indexOfPrefix(l, QStringLiteral("C: RCPT TO:<ana@aiosmtpd.test>")), mail + 2);
    QVERIFY2(l.first().startsWith(QStringLiteral("S: 220 aiosmtpd.interop.test ")), qPrintable(l.first()));
    QCOMPARE(l.last(), QStringLiteral("S: 221 2.0.0 aiosmtpd.interop.test closing connection"));
}

void TestInteropAiosmtpd::bareLineEndsAreSentAsCrLf()
{
    SmtpClientJob job = baseJob();
    job.content = "Subject: bare\n\nline one\n.dot after a bare LF\rold Mac line\r\nno final line end";
    const Run run = deliver(job);
    QVERIFY(run.finished);
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY2(waitForMessages(1), m_output.constData());
    QCOMPARE(m_messages.first().content,
             QByteArray("Subject: bare\r\n\r\nline one\r\n.dot after a bare LF\r\nold Mac line\r\n"
                        "no final line end\r\n"));
}

void TestInteropAiosmtpd::heloOnlyWithoutPipelining()
{
    SmtpClientJob job = baseJob();
    job.useEhlo = false;
    job.content = "Quedamos hoxe?\r\nA que hora e onde?\r\n";
    const Run run = deliver(job);
    QVERIFY(run.finished);
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY2(waitForMessages(1), m_output.constData());
    QCOMPARE(m_greetings, QList<QByteArray>{"HELO cliente.fr"});
    QCOMPARE(m_messages.first().content, job.content);
    QVERIFY(m_messages.first().mailOptions.isEmpty());
    // Without EHLO nothing is pipelined: each command waits for its reply.
    const QStringList expected = {
        QStringLiteral("C: HELO cliente.fr"),
        QStringLiteral("S: 250 aiosmtpd.interop.test"),
        QStringLiteral("C: MAIL FROM:<ana@cliente.fr>"),
        QStringLiteral("S: 250 2.1.0 Sender OK"),
        QStringLiteral("C: RCPT TO:<fran@aiosmtpd.test>"),
        QStringLiteral("S: 250 2.1.5 OK"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>"),
        QStringLiteral("C: Quedamos hoxe?"),
        QStringLiteral("C: A que hora e onde?"),
        QStringLiteral("C: ."),
        QStringLiteral("S: 250 2.0.0 Message accepted by aiosmtpd"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 2.0.0 aiosmtpd.interop.test closing connection"),
    };
    QCOMPARE(run.lines.mid(1), expected);
}

void TestInteropAiosmtpd::eightBitContentDeclaresBody8BitMime()
{
    SmtpClientJob job = baseJob();
    job.eightBit = true;
    // The header stays ASCII (an RFC 2047 word): a UTF-8 header would need
    // SMTPUTF8 (RFC 6531 §3.4), which this sink does not offer.
    job.content = QStringLiteral("Subject: =?UTF-8?Q?Ma=C3=B1=C3=A1?=\r\n"
                                 "Content-Type: text/plain; charset=utf-8\r\n"
                                 "Content-Transfer-Encoding: 8bit\r\n\r\nMañá á tarde, na praza.\r\n")
                      .toUtf8();
    const Run run = deliver(job);
    QVERIFY(run.finished);
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY2(waitForMessages(1), m_output.constData());
    QVERIFY2(m_messages.first().mailOptions.contains("BODY=8BITMIME"),
             m_messages.first().mailOptions.join(' ').constData());
    QCOMPARE(m_messages.first().content, job.content);
}

void TestInteropAiosmtpd::refusedRecipientIsReported()
{
    SmtpClientJob job = baseJob();
    job.recipients = {rejected, "fran@aiosmtpd.test"};
    job.content = "Subject: one of two\r\n\r\nbody\r\n";
    const Run run = deliver(job);
    QVERIFY(run.finished);
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::Delivered);
    QCOMPARE(run.result.acceptedRecipients, QList<QByteArray>{"fran@aiosmtpd.test"});
    QCOMPARE(run.result.rejectedRecipients.size(), 1);
    QCOMPARE(run.result.rejectedRecipients.first().first, rejected);
    QCOMPARE(run.result.rejectedRecipients.first().second.code, 550);
    QVERIFY2(waitForMessages(1), m_output.constData());
    QCOMPARE(m_messages.first().recipients, QList<QByteArray>{"fran@aiosmtpd.test"});
    QCOMPARE(m_messages.first().content, job.content);
}

void TestInteropAiosmtpd::allRecipientsRefusedIsPermanentFailure()
{
    SmtpClientJob job = baseJob();
    job.recipients = {rejected};
    job.content = "Subject: nobody\r\n\r\nbody\r\n";
    const Run run = deliver(job);
    QVERIFY(run.finished);
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::PermanentFailure);
    QVERIFY(run.result.acceptedRecipients.isEmpty());
    QCOMPARE(run.result.rejectedRecipients.size(), 1);
    QCOMPARE(run.result.rejectedRecipients.first().second.code, 550);
    QCOMPARE(run.result.lastReply.code, 550);
    QCOMPARE(run.result.failedCommand, QByteArray("RCPT"));
    // No content was sent: aiosmtpd got no message, and the session ended with QUIT.
    QVERIFY(!run.lines.contains(QStringLiteral("C: body")));
    QCOMPARE(run.lines.last(), QStringLiteral("S: 221 2.0.0 aiosmtpd.interop.test closing connection"));
    QVERIFY(!QTest::qWaitFor([&] { return !m_messages.isEmpty(); }, 200));
}

void TestInteropAiosmtpd::deliversOverStartTlsToAServerThatRequiresIt()
{
    // A real server that requires STARTTLS before MAIL (aiosmtpd with
    // require_starttls), with a certificate from a classroom CA: a relay
    // with "tls encrypt" upgrades, verifies the certificate, says EHLO
    // again (RFC 3207 §4.2), and the message arrives byte for byte.
    QTemporaryDir dir;
    QString error;
    const std::shared_ptr<ClassroomCa> ca = ClassroomCa::open(dir.filePath(QStringLiteral("ca")), &error);
    QVERIFY2(ca, qPrintable(error));
    const TlsIdentity identity = ca->issue(QStringLiteral("aiosmtpd.interop.test"),
                                           {QHostAddress(QHostAddress::LocalHost)}, ClassroomCa::Flaw::None,
                                           &error);
    QVERIFY2(!identity.isNull(), qPrintable(error));
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
    cert.write(identity.certificatePem());
    key.write(identity.keyPem());
    cert.close();
    key.close();
    cleanup();
    QVERIFY2(startSink({QStringLiteral("--tls-cert"), cert.fileName(), QStringLiteral("--tls-key"),
                        key.fileName()}),
             m_output.constData());

    SmtpClientJob job = baseJob();
    job.tls = TlsPolicy::Encrypt;
    job.content = "Subject: cifrado\r\n\r\nDentro de TLS.\r\n";
    const Run run = deliver(job, dir.filePath(QStringLiteral("ca")), QStringLiteral("aiosmtpd.interop.test"));
    QVERIFY2(run.finished, qPrintable(run.lines.join('\n')));
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY2(waitForMessages(1), m_output.constData());
    QCOMPARE(m_messages.first().content, job.content);
    // EHLO in clear, STARTTLS, then EHLO again inside TLS.
    QCOMPARE(m_greetings, (QList<QByteArray>{"EHLO cliente.fr", "EHLO cliente.fr"}));
    const QStringList &l = run.lines;
    const int starttls = l.indexOf(QStringLiteral("C: STARTTLS"));
    QVERIFY2(starttls > 0, qPrintable(l.join('\n')));
    QVERIFY(l.at(starttls + 1).startsWith(QStringLiteral("S: 220")));
    QVERIFY(indexOfPrefix(l, QStringLiteral("C: MAIL FROM:"), starttls) > starttls);
    // Verified against the CA, by the name the certificate carries.
    QVERIFY(run.notes.contains(NoteCode::TlsEstablished));
    QVERIFY(!run.notes.contains(NoteCode::TlsFailed));
}

void TestInteropAiosmtpd::encryptRefusesAServerWithoutStartTls()
{
    // The plain sink offers no STARTTLS: with "tls encrypt" nothing is sent
    // in clear; the delivery fails for now, with Postfix's reason.
    SmtpClientJob job = baseJob();
    job.tls = TlsPolicy::Encrypt;
    job.content = "Subject: non\r\n\r\nNon debe saír en claro.\r\n";
    const Run run = deliver(job);
    QVERIFY(run.finished);
    QCOMPARE(run.result.outcome, SmtpClientResult::Outcome::TransientFailure);
    QVERIFY2(run.result.lastReply.text().contains("TLS is required, but was not offered"),
             run.result.lastReply.text().constData());
    QCOMPARE(indexOfPrefix(run.lines, QStringLiteral("C: MAIL")), -1);
    QTest::qWait(200);
    QVERIFY(m_messages.isEmpty());
}

QTEST_GUILESS_MAIN(TestInteropAiosmtpd)
#include "tst_interop_aiosmtpd.moc"
