// SPDX-License-Identifier: GPL-3.0-or-later
// The carteiro executable from the outside: --headless, --check-scenario,
// --list-scenarios, --serve with SIGTERM, --help and --version, and several
// users on one machine (a window, a --serve and two runs at once).
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

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
    void explainPrintsWhatEachLineIs();
    void headlessScriptedCourseSession();
    void predictionsAndPasswordsInHeadlessAndExport();
    void brokenScenarioNamesFileLineAndColumn();
    void checkScenarioReportsEveryError();
    void listScenarios();
    void serveListensAndStopsOnSigterm();
    void helpAndVersion();
    void fileGivenAloneIsAScenarioOrAWorld();
    void helpInTheChosenLanguage_data();
    void helpInTheChosenLanguage();
    void badPortOffsetIsRefused();
    void idleClientIsDisconnected();
    void windowOpensBesideABrokenFile();
    void captionsInTheChosenLanguage_data();
    void captionsInTheChosenLanguage();
    void severalUsersAtOnce();
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

void TestCli::explainPrintsWhatEachLineIs()
{
    const QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                                QStringLiteral("--lang"), QStringLiteral("en")};
    const Run plain = carteiro(arguments);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains(QStringLiteral("\u21b3")));
    const Run run = carteiro(arguments + QStringList{QStringLiteral("--explain")});
    QCOMPARE(run.exitCode, 0);
    // Under HELO and under RETR, a line saying what each is, with its RFC.
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const auto explanationAfter = [&](const QString &said) {
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).endsWith(said))
                return lines.at(i + 1);
        }
        return QString();
    };
    const QString helo = explanationAfter(QStringLiteral("C: HELO cliente.fr"));
    QVERIFY2(helo.startsWith(QStringLiteral("      \u21b3 ")) && helo.contains(QStringLiteral("HELO"))
                 && helo.contains(QStringLiteral("RFC 5321")),
             qPrintable(helo));
    const QString retr = explanationAfter(QStringLiteral("C: RETR 1"));
    QVERIFY2(retr.contains(QStringLiteral("RFC 1939")), qPrintable(retr));
    // Not under a line of the message itself.
    const QString subject = explanationAfter(QStringLiteral("C: Subject: Quedamos hoxe no porto?"));
    QVERIFY2(!subject.contains(QStringLiteral("\u21b3")), qPrintable(subject));
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

void TestCli::predictionsAndPasswordsInHeadlessAndExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString masked = dir.filePath(QStringLiteral("masked.txt"));
    const QString shown = dir.filePath(QStringLiteral("shown.txt"));
    const QString scenario = data("predict-pass.scenario");
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"),
                              scenario, QStringLiteral("--export-transcript"), masked});
    // "predict … at PASS for fran" is asked, with the password masked in the
    // question as on the line itself.
    QVERIFY2(run.out.contains(QStringLiteral("Predict: what will servidor.edu answer to \"PASS ****\"")),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("claveejemplo")), qPrintable(run.out));
    // "predict … at LIST" is never asked (a keep-mode client says UIDL): the
    // run fails and names the line.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("FAILED ") + scenario + QStringLiteral(":14")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("never asked")));
    QVERIFY(run.out.contains(QStringLiteral("1 passed, 1 failed")));
    // The exported transcript masks passwords too, unless --show-passwords.
    QFile maskedFile(masked);
    QVERIFY(maskedFile.open(QIODevice::ReadOnly));
    const QByteArray maskedText = maskedFile.readAll();
    QVERIFY(maskedText.contains("C: PASS ****"));
    QVERIFY(maskedText.contains("C: AUTH PLAIN ****"));
    QVERIFY2(!maskedText.contains("claveejemplo") && !maskedText.contains("claveana"),
             maskedText.constData());
    const Run showing = carteiro(
        {QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"), QStringLiteral("--scenario"),
         scenario, QStringLiteral("--export-transcript"), shown, QStringLiteral("--show-passwords")});
    QCOMPARE(showing.exitCode, 1);
    QFile shownFile(shown);
    QVERIFY(shownFile.open(QIODevice::ReadOnly));
    const QByteArray shownText = shownFile.readAll();
    QVERIFY(shownText.contains("C: PASS claveejemplo"));
    QVERIFY(!shownText.contains("C: AUTH PLAIN ****"));
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
    QCOMPARE(count, 14); // smtp, submission, pop3, imap, submissions, imaps, pop3s on each server
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
         {"--headless", "--serve", "--scenario", "--port-offset", "--check-scenario", "--lang", "--export-ca",
          "--check-server", "--domain", "--user", "--password", "--ports"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const Run version = carteiro({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    // The version of CMake's project(), the one place it is written.
    QCOMPARE(version.out.trimmed(), QStringLiteral("carteiro " CARTEIRO_PROJECT_VERSION));
}

// What a double click in a file manager runs (Exec=carteiro %f): a scenario
// file, or a saved world when the name ends in .carteiro; more is refused.
void TestCli::fileGivenAloneIsAScenarioOrAWorld()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scenario = QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/ana-fran.scenario");
    const QString world = dir.filePath(QStringLiteral("aula.carteiro"));
    const Run played = carteiro({QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"),
                                 scenario, QStringLiteral("--save-world"), world});
    QCOMPARE(played.exitCode, 0);
    QVERIFY2(played.out.contains(scenario), qPrintable(played.out));
    QVERIFY(played.out.contains(QStringLiteral("C: RETR 1\n")));
    const Run loaded = carteiro(
        {QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"), world});
    QCOMPARE(loaded.exitCode, 0);
    QVERIFY2(loaded.out.contains(QStringLiteral("World file: ") + world), qPrintable(loaded.out));
    QVERIFY(loaded.out.contains(QStringLiteral("C: RETR 1\n")));
    const Run two = carteiro(
        {QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"), scenario, world});
    QCOMPARE(two.exitCode, 2);
    QVERIFY2(two.err.contains(QStringLiteral("Give one file to open")), qPrintable(two.err));
    const Run both = carteiro({QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--scenario"), QStringLiteral("ana-fran"), scenario});
    QCOMPARE(both.exitCode, 2);
    const Run missing = carteiro(
        {QStringLiteral("--headless"), dir.filePath(QStringLiteral("none.scenario"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("none.scenario")), qPrintable(missing.err));
}

void TestCli::helpInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("helpOption"); // its start: --help wraps long lines
    // Galician from our own catalogue of Qt's texts (translations/qtbase_gl.ts).
    QTest::newRow("gl") << "gl"
                        << "Uso: "
                        << "Opcións:"
                        << "Amosa a axuda das opcións";
    // Spanish: Qt's catalogue (qt6-translations-l10n) and ours for what it lacks.
    QTest::newRow("es") << "es"
                        << "Uso: "
                        << "Opciones:"
                        << "Muestra la ayuda de las opciones";
    QTest::newRow("en") << "en"
                        << "Usage: "
                        << "Options:"
                        << "Displays help on commandline";
}

void TestCli::helpInTheChosenLanguage()
{
    // QCommandLineParser's own words ("Usage:", "Options:") are Qt's: they
    // are printed after the translators of --lang are installed.
    QFETCH(QString, language);
    QFETCH(QString, usage);
    QFETCH(QString, options);
    QFETCH(QString, helpOption);
    if (language == QLatin1String("es")
        && !QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_es.qm")))
        QSKIP("Qt's Spanish catalogue (qt6-translations-l10n) is not installed");
    const Run help = carteiro({QStringLiteral("--lang"), language, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(usage), qPrintable(help.out.left(200)));
    QVERIFY2(help.out.contains(QLatin1Char('\n') + options + QLatin1Char('\n')), qPrintable(help.out));
    QVERIFY2(help.out.contains(helpOption), qPrintable(help.out));
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

namespace {
// A carteiro --serve until READY (stdout so far in *out), or its end.
std::unique_ptr<QProcess> startServe(const QStringList &extra, QString *out)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(CARTEIRO_BIN),
                   QStringList{QStringLiteral("--serve"), QStringLiteral("--no-persist"),
                               QStringLiteral("--lang"), QStringLiteral("en")}
                       + extra);
    process->waitForStarted();
    // The caller looks at *out: READY, or what the process said before it ended.
    const bool settled = QTest::qWaitFor(
        [&] {
            *out += QString::fromUtf8(process->readAllStandardOutput());
            return out->contains(QStringLiteral("READY\n")) || process->state() == QProcess::NotRunning;
        },
        15000);
    Q_UNUSED(settled);
    return process;
}

quint16 listening(const QString &out, const QString &host, const QString &service, QString *address)
{
    const auto m = QRegularExpression(QStringLiteral("^LISTEN %1 %2 ([\\d.]+):(\\d+)$")
                                          .arg(QRegularExpression::escape(host), service),
                                      QRegularExpression::MultilineOption)
                       .match(out);
    if (!m.hasMatch())
        return 0;
    *address = m.captured(1);
    return quint16(m.captured(2).toUInt());
}

void stop(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process->processId()), SIGTERM);
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}
} // namespace

// Issue 12: a --serve, a window and two --headless runs at once on one
// machine all succeed. The --serve takes the default ports (or, when a test
// running beside this one holds them, an offset of its own); the window is
// asked for the same offset, finds it taken, moves on to the next free one
// and says so; the runs listen on ports the system picks. A second --serve
// on the taken offset fails, naming the port and suggesting --port-offset.
void TestCli::severalUsersAtOnce()
{
    QStringList offset; // the default one first
    QString serveOut;
    std::unique_ptr<QProcess> serve = startServe(offset, &serveOut);
    if (!serveOut.contains(QStringLiteral("READY\n"))) {
        // The default ports are taken (a window, another test): then an
        // offset unlikely to be anyone else's.
        const QString err = QString::fromUtf8(serve->readAllStandardError());
        QVERIFY2(serve->exitCode() == 3 && err.contains(QStringLiteral("--port-offset")), qPrintable(err));
        offset = QStringList{QStringLiteral("--port-offset"),
                             QString::number(20000 + int(QCoreApplication::applicationPid() % 7) * 1000)};
        serveOut.clear();
        serve = startServe(offset, &serveOut);
    }
    QVERIFY2(serveOut.contains(QStringLiteral("READY\n")),
             qPrintable(serveOut + QString::fromUtf8(serve->readAllStandardError())));
    auto stopServe = qScopeGuard([&] { stop(serve.get()); });
    const int serveOffset = offset.isEmpty() ? 10000 : offset.last().toInt();
    QString serveAddress;
    const quint16 servePort = listening(serveOut, QStringLiteral("servidor.edu"), QStringLiteral("smtp"),
                                        &serveAddress);
    QCOMPARE(int(servePort), serveOffset + 25);

    // A second --serve on the same ports: which port, and what to do.
    QString secondOut;
    std::unique_ptr<QProcess> second = startServe(offset, &secondOut);
    QVERIFY(second->state() == QProcess::NotRunning || second->waitForFinished(15000));
    QCOMPARE(second->exitCode(), 3);
    const QString secondErr = QString::fromUtf8(second->readAllStandardError());
    QVERIFY2(secondErr.contains(QRegularExpression(QStringLiteral("Port %1 is in use").arg(serveOffset + 25)))
                 && secondErr.contains(QRegularExpression(QStringLiteral("--port-offset \\d+ is free now"))),
             qPrintable(secondErr));

    // The window, asked for the same offset, takes the next free one.
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(CARTEIRO_BIN),
                 QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + offset);
    QVERIFY(window.waitForStarted());
    auto stopWindow = qScopeGuard([&] {
        window.kill();
        window.waitForFinished(5000);
    });
    const QRegularExpression moved(
        QStringLiteral("the window listens on offset (\\d+) \\((\\S+) (\\S+) on port (\\d+)\\)"));
    QString windowErr;
    QRegularExpressionMatch m;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     windowErr += QString::fromUtf8(window.readAllStandardError());
                     m = moved.match(windowErr);
                     return m.hasMatch() || window.state() == QProcess::NotRunning;
                 },
                 30000),
             "the window said nothing");
    QVERIFY2(m.hasMatch(), qPrintable(windowErr));
    const int windowOffset = m.captured(1).toInt();
    QVERIFY(windowOffset > serveOffset);
    QCOMPARE((windowOffset - serveOffset) % 1000, 0);
    QCOMPARE(m.captured(4).toInt(), windowOffset + 25);
    QTcpSocket toWindow;
    toWindow.connectToHost(QStringLiteral("127.0.0.2"), quint16(windowOffset + 25));
    QVERIFY2(toWindow.waitForConnected(5000), qPrintable(toWindow.errorString()));
    toWindow.abort();

    // Two runs at once, beside both: no port given, none needed.
    QProcess runs[2];
    for (QProcess &run : runs)
        run.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en")});
    for (QProcess &run : runs) {
        QVERIFY(run.waitForFinished(60000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() == 0, qPrintable(out + QString::fromUtf8(run.readAllStandardError())));
        QVERIFY(out.contains(QStringLiteral("5 passed, 0 failed")));
    }
    // An offset given is still honoured: here it is taken.
    const Run taken = carteiro({QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--port-offset"), QString::number(serveOffset)});
    QCOMPARE(taken.exitCode, 3);
    QVERIFY2(taken.err.contains(QStringLiteral("--port-offset")), qPrintable(taken.err));

    // Everyone is still there: the window runs, the --serve answers.
    QCOMPARE(window.state(), QProcess::Running);
    QTcpSocket telnet;
    telnet.connectToHost(serveAddress, servePort);
    QVERIFY(telnet.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([&] { return telnet.canReadLine(); }, 5000));
    QCOMPARE(telnet.readLine(), QByteArray("220 servidor.edu\r\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
