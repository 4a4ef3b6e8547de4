// SPDX-License-Identifier: GPL-3.0-or-later
// --save-world and --load-world from the outside: a world saved after a
// headless run prints, loaded, the same transcript the run printed, and the
// exports of a loaded world are those of the run; a broken file is refused.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run carteiro(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CARTEIRO_BIN), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWorldFileCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedRunPrintsTheSameTranscript();
    void brokenWorldFileIsRefused();
};

void TestWorldFileCli::savedRunPrintsTheSameTranscript()
{
    QTemporaryDir dir;
    const QString world = dir.filePath(QStringLiteral("out.carteiro"));
    const QString runText = dir.filePath(QStringLiteral("run.txt"));
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"),
                              QStringLiteral("ana-fran"), QStringLiteral("--json"),
                              QStringLiteral("--save-world"), world, QStringLiteral("--export-transcript"),
                              runText});
    QCOMPARE(run.exitCode, 0);
    const QByteArray saved = contents(world);
    QVERIFY(saved.startsWith("{\n\"format\": \"carteiro-world\",\n\"version\": 2,\n"));
    QVERIFY(run.out.count('\n') > 60);

    // As JSON lines: the loaded world prints exactly what the run printed.
    const Run json = carteiro(
        {QStringLiteral("--headless"), QStringLiteral("--load-world"), world, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, run.out);

    // In the course's notation: a heading, then the run's lines, in order.
    const Run plain = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                                QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--save-world"), world});
    QCOMPARE(plain.exitCode, 0);
    const Run loaded = carteiro({QStringLiteral("--headless"), QStringLiteral("--load-world"), world,
                                 QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(loaded.exitCode, 0);
    QVERIFY(loaded.out.startsWith("World file: "));
    const QByteArray lines = loaded.out.mid(loaded.out.indexOf('\n') + 1);
    QVERIFY(lines.contains("C: RETR 1\n"));
    QVERIFY(lines.contains("\n== 6. Fran opens his mail client"));
    QVERIFY2(plain.out.contains(lines), lines.constData());

    // The exports of a loaded world are the run's.
    const QString loadedText = dir.filePath(QStringLiteral("loaded.txt"));
    const QString loadedSvg = dir.filePath(QStringLiteral("loaded.svg"));
    const Run exports = carteiro({QStringLiteral("--load-world"), world,
                                  QStringLiteral("--export-transcript"), loadedText,
                                  QStringLiteral("--export-timeline"), loadedSvg});
    QCOMPARE(exports.exitCode, 0);
    const Run jsonAgain = carteiro({QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                                    QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--save-world"), world,
                                    QStringLiteral("--export-transcript"), runText});
    QCOMPARE(jsonAgain.exitCode, 0);
    const Run exportsAgain = carteiro(
        {QStringLiteral("--load-world"), world, QStringLiteral("--export-transcript"), loadedText});
    QCOMPARE(exportsAgain.exitCode, 0);
    QVERIFY(!contents(runText).isEmpty());
    QCOMPARE(contents(loadedText), contents(runText));
    QVERIFY(contents(loadedSvg).contains("<svg"));
}

void TestWorldFileCli::brokenWorldFileIsRefused()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("roto.carteiro"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n\"format\": \"carteiro-world\",\n\"version\": 1,\n\"servers\": [\n{\"domain\": ");
    file.close();
    const Run run = carteiro({QStringLiteral("--headless"), QStringLiteral("--load-world"), broken,
                              QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(broken) && run.err.contains(QStringLiteral("offset")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("line 5")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const Run missing = carteiro({QStringLiteral("--headless"), QStringLiteral("--load-world"),
                                  dir.filePath(QStringLiteral("none.carteiro"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("none.carteiro")));

    // --save-world needs a run to save.
    const Run windowSave = carteiro({QStringLiteral("--save-world"), broken});
    QCOMPARE(windowSave.exitCode, 2);
    QVERIFY(windowSave.err.contains(QStringLiteral("--save-world")));
}

QTEST_GUILESS_MAIN(TestWorldFileCli)
#include "tst_worldfile_cli.moc"
