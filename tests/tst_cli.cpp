// The carteiro executable from the outside: --headless, --check-scenario,
// --list-scenarios, --serve with SIGTERM, --help and --version.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run carteiro(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(CARTEIRO_BIN), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString data(const char *name)
{
    return QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/cli/") + QLatin1String(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlessAnaFranPrintsTheWalkthrough();
    void headlessFailingExpectationExitsNonZero();
    void headlessScriptedCourseSession();
    void brokenScenarioNamesFileLineAndColumn();
    void checkScenarioReportsEveryError();
    void listScenarios();
    void serveListensAndStopsOnSigterm();
    void helpAndVersion();
    void badPortOffsetIsRefused();
    void idleClientIsDisconnected();
    void windowOpensBesideABrokenFile();
    void captionsInTheChosenLanguage_data();
    void captionsInTheChosenLanguage();
};

void TestCli::headlessAnaFranPrintsTheWalkthrough()
{
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--lang"), QStringLiteral("gl")});
    QCOMPARE(run.exitCode, 0);
    // The six steps of the course, the course's lines, hosts and times.
    for (int step = 1; step <= 6; ++step)
        QVERIFY2(run.out.contains(QStringLiteral("== %1. ").arg(step)), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("servidor.edu -> cliente.fr  S: 220 servidor.edu\n")));
    QVERIFY(run.out.contains(QStringLiteral("cliente.fr -> servidor.edu  C: HELO cliente.fr\n")));
    QVERIFY(run.out.contains(QStringLiteral("S: 250 Message accepted for delivery\n")));
    QVERIFY(run.out.contains(QStringLiteral("S: 221 servidor.edu closing connection\n")));
    QVERIFY(run.out.contains(QStringLiteral("fran -> servidor.edu  C: RETR 1\n")));
    QVERIFY(run.out.contains(QStringLiteral("-- dns: MX servidor.edu? 10 servidor.edu")));
    QVERIFY(QRegularExpression(QStringLiteral("\\[\\s+\\d+\\.\\d{3}\\] #\\d+ ")).match(run.out).hasMatch());
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("5 [^\\n]*, 0 [^\\n]*\\n"))));
}

void TestCli::headlessFailingExpectationExitsNonZero()
{
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"),
                              data("failing-expectation.scenario")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("FAILED ") + data("failing-expectation.scenario")
                              + QStringLiteral(":12")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("it holds 1")));
    QVERIFY(run.out.contains(QStringLiteral("1 passed, 1 failed")));
}

void TestCli::headlessScriptedCourseSession()
{
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"),
                              data("course-session.scenario")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("console -> servidor.edu  C: MAIL FROM: <ana@cliente.fr>")));
    QVERIFY(run.out.contains(QStringLiteral("console -> servidor.edu  C: Quedamos hoxe?")));
    QVERIFY(run.out.contains(QStringLiteral("4 passed, 0 failed")));
}

void TestCli::brokenScenarioNamesFileLineAndColumn()
{
    const QString file = QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/scenarios/missing-password.scenario");
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--scenario"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QRegularExpression(QRegularExpression::escape(file) + QStringLiteral(":\\d+:\\d+: "))
                 .match(run.err)
                 .hasMatch(),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty() || !run.out.contains(QStringLiteral("C: ")));
}

void TestCli::checkScenarioReportsEveryError()
{
    const Run good = carteiro({QStringLiteral("--check-scenario"), QStringLiteral("ana-fran")});
    QCOMPARE(good.exitCode, 0);
    const QString file = QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/scenarios/misspelled-keyword.scenario");
    const Run bad = carteiro(
        {QStringLiteral("--check-scenario"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.out.contains(file + QLatin1Char(':')), qPrintable(bad.out));
    const Run missing = carteiro(
        {QStringLiteral("--check-scenario"), QStringLiteral("/nonexistent/x.scenario")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains(QStringLiteral("/nonexistent/x.scenario")));
}

void TestCli::listScenarios()
{
    const Run run = carteiro(
        {QStringLiteral("--list-scenarios"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("ana-fran\tAna writes to Fran")));
}

void TestCli::serveListensAndStopsOnSigterm()
{
    QProcess process;
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--serve"), QStringLiteral("--ephemeral-ports")});
    QVERIFY(process.waitForStarted());
    QString out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            return out.contains(QStringLiteral("READY\n"));
        },
        10000));
    const QRegularExpression listen(QStringLiteral("^LISTEN (\\S+) (\\S+) ([\\d.]+):(\\d+)$"),
                                    QRegularExpression::MultilineOption);
    int count = 0;
    QString smtpAddress;
    quint16 smtpPort = 0;
    for (auto it = listen.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        ++count;
        QVERIFY(m.captured(3).startsWith(QLatin1String("127."))); // loopback only
        if (m.captured(1) == QLatin1String("servidor.edu") && m.captured(2) == QLatin1String("smtp")) {
            smtpAddress = m.captured(3);
            smtpPort = quint16(m.captured(4).toUInt());
        }
    }
    QCOMPARE(count, 6);
    QVERIFY(smtpPort != 0);
    QTcpSocket telnet;
    telnet.connectToHost(smtpAddress, smtpPort);
    QVERIFY(telnet.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QCOMPARE(telnet.readLine(), QByteArray("220 servidor.edu\r\n"));
    telnet.write("HELO aula.test\r\n");
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            return out.contains(QStringLiteral("S: 250 Hello aula.test"));
        },
        5000));
    QVERIFY(out.contains(QStringLiteral("outside 127.0.0.1 -> servidor.edu  C: HELO aula.test")));
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestCli::helpAndVersion()
{
    const Run help = carteiro({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--headless", "--serve", "--scenario", "--port-offset", "--check-scenario", "--lang"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const Run version = carteiro({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QRegularExpression(QStringLiteral("carteiro \\d+\\.\\d+\\.\\d+"))));
}

void TestCli::badPortOffsetIsRefused()
{
    const Run run = carteiro(
        {QStringLiteral("--headless"), QStringLiteral("--port-offset"), QStringLiteral("lots")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("lots")));
}

void TestCli::idleClientIsDisconnected()
{
    QProcess process;
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--serve"), QStringLiteral("--ephemeral-ports"),
                   QStringLiteral("--idle-timeout"), QStringLiteral("1")});
    QVERIFY(process.waitForStarted());
    QString out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            return out.contains(QStringLiteral("READY\n"));
        },
        10000));
    const auto m = QRegularExpression(QStringLiteral("LISTEN servidor.edu smtp ([\\d.]+):(\\d+)")).match(out);
    QVERIFY(m.hasMatch());
    QTcpSocket telnet;
    telnet.connectToHost(m.captured(1), quint16(m.captured(2).toUInt()));
    QVERIFY(telnet.waitForConnected(5000));
    // Say nothing: after the idle deadline the server says 421 and closes (RFC 5321 §4.5.3.2).
    QVERIFY(QTest::qWaitFor([&] { return telnet.state() == QAbstractSocket::UnconnectedState; }, 5000));
    const QByteArray said = telnet.readAll();
    QVERIFY2(said.startsWith("220 servidor.edu\r\n421 "), said.constData());
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestCli::windowOpensBesideABrokenFile()
{
    // A teacher's broken file opened from a file manager: the errors go to
    // stderr and the window opens (on the walkthrough, reporting them); an
    // unknown built-in name is still an error.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("aula.scenario"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("server cliente.fr\nsned ana\n");
    out.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CARTEIRO_QUIT_AFTER_SHOW"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--scenario"), file, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--ephemeral-ports")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("shown after")));
    QVERIFY(QString::fromUtf8(process.readAllStandardError())
                .contains(QStringLiteral("aula.scenario:2:1: unknown statement \"sned\"")));
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--scenario"), QStringLiteral("no-such-scenario")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("no-such-scenario")));
}

void TestCli::captionsInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("title");
    QTest::newRow("gl") << "gl"
                        << "== 1. Ana envía unha mensaxe a Fran: que responde cliente.fr"
                        << "predict-the-reply\tAdiviña a resposta";
    QTest::newRow("es") << "es"
                        << "== 1. Ana envía un mensaje a Fran: ¿qué responde cliente.fr"
                        << "predict-the-reply\tAdivina la respuesta";
    QTest::newRow("en") << "en"
                        << "== 1. Ana sends Fran a message: what does cliente.fr answer"
                        << "predict-the-reply\tPredict the reply";
}

void TestCli::captionsInTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, caption);
    QFETCH(QString, title);
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--scenario"), QStringLiteral("predict-the-reply"),
                              QStringLiteral("--lang"), language});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(caption), qPrintable(run.out.left(2000)));
    const Run list = carteiro({QStringLiteral("--list-scenarios"), QStringLiteral("--lang"), language});
    QVERIFY2(list.out.contains(title), qPrintable(list.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
