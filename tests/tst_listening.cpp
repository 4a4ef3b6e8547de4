// SPDX-License-Identifier: GPL-3.0-or-later
// netstat -tl and ss -tl over the world's sockets (core/world/listening.h):
// the exact text, compared with expectations built from the world's real
// ports, with what net-tools and iproute2 printed on Debian 12 for the same
// sockets, and (matchesTheRealTools) with what they print now for the world.
#include "world/listening.h"
#include "world/world.h"

#include "testworlds.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

// /etc/services (Debian's netbase) for the standard ports, written out here
// apart from the code under test.
QString etcServices(quint16 port)
{
    switch (port) {
    case 25: return QStringLiteral("smtp");
    case 587: return QStringLiteral("submission");
    case 110: return QStringLiteral("pop3");
    case 143: return QStringLiteral("imap2");
    case 465: return QStringLiteral("submissions");
    case 993: return QStringLiteral("imaps");
    case 995: return QStringLiteral("pop3s");
    case 80: return QStringLiteral("http");
    case 443: return QStringLiteral("https");
    }
    return QString();
}

// A world on the standard ports plus an offset of its own (the next free one).
std::unique_ptr<World> offsetWorld()
{
    World::Options options = TestWorlds::fastOptions();
    options.ephemeralPorts = false;
    options.portOffset = 11000 + int(QCoreApplication::applicationPid() % 15) * 1000;
    options.takenPorts = World::Options::TakenPorts::TryNextOffset;
    return TestWorlds::start(TestWorlds::twoDomains, options);
}

QString netstatRow(const QString &local)
{
    return QString::asprintf("tcp        0      0 %-23s 0.0.0.0:*               LISTEN     ",
                             qPrintable(local));
}

const QString netstatHeader = QStringLiteral(
    "Active Internet connections (only servers)\n"
    "Proto Recv-Q Send-Q Local Address           Foreign Address     "
    "    State      \n");

Listening::Socket socket(const char *address, quint16 port, quint16 standard, int backlog = 5)
{
    Listening::Socket s;
    s.host = QStringLiteral("servidor.edu");
    s.address = QHostAddress(QString::fromLatin1(address));
    s.port = port;
    s.standardPort = standard;
    s.offset = standard ? port - standard : 0;
    s.backlog = backlog;
    return s;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestListening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheCourseCommands();
    void netstatNamesTheOffsetPorts();
    void netstatNumeric();
    void ssAsDebianPrintsIt();
    void serviceDownIsNotListed();
    void systemPickedPortsAreNumbers();
    void matchesTheRealTools();
};

void TestListening::parsesTheCourseCommands()
{
    Listening::Command command;
    QString error;
    QVERIFY(Listening::parseCommand(QStringLiteral("netstat -tl"), &command, &error));
    QCOMPARE(command.tool, Listening::Tool::Netstat);
    QVERIFY(!command.numeric);
    QVERIFY(Listening::parseCommand(QStringLiteral("  netstat   -tln "), &command, &error));
    QVERIFY(command.numeric);
    QVERIFY(Listening::parseCommand(QStringLiteral("ss -tl"), &command, &error));
    QCOMPARE(command.tool, Listening::Tool::Ss);
    QVERIFY(!command.numeric);
    QVERIFY(Listening::parseCommand(QStringLiteral("ss -l -t -n"), &command, &error));
    QVERIFY(command.numeric);
    QVERIFY(Listening::parseCommand(QStringLiteral("ss -ltn"), &command, &error));

    // Not netstat nor ss: no error, the caller says what runs.
    QVERIFY(!Listening::parseCommand(QStringLiteral("telnet 127.0.0.1 25"), &command, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!Listening::parseCommand(QString(), &command, &error));
    // What is not simulated is named.
    QVERIFY(!Listening::parseCommand(QStringLiteral("netstat -tlp"), &command, &error));
    QVERIFY2(error.contains(QLatin1String("-p")), qPrintable(error));
    QVERIFY(!Listening::parseCommand(QStringLiteral("netstat -t"), &command, &error));
    QVERIFY2(error.contains(QLatin1String("-l")), qPrintable(error));
    QVERIFY(!Listening::parseCommand(QStringLiteral("ss -tl state"), &command, &error));
    QVERIFY2(error.contains(QLatin1String("\"state\"")), qPrintable(error));
}

void TestListening::netstatNamesTheOffsetPorts()
{
    auto world = offsetWorld();
    QVERIFY(world);
    const int offset = world->options().portOffset;
    QString expected = netstatHeader;
    for (const World::Service &s : world->services()) {
        QCOMPARE(int(s.port), s.standardPort + offset);
        expected += netstatRow(s.address.toString() + QLatin1Char(':') + etcServices(s.standardPort))
            + QLatin1Char('\n');
    }
    const QString shown = Listening::netstat(Listening::sockets(*world), false);
    QCOMPARE(shown, expected);
    // The course's example: servidor.edu's SMTP as netstat names port 25.
    const World::Service *smtp = world->service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    QVERIFY(shown.contains(smtp->address.toString() + QStringLiteral(":smtp ")));
    QVERIFY(shown.contains(QStringLiteral(":imap2 ")));
    QVERIFY(!shown.contains(QString::number(smtp->port)));
}

void TestListening::netstatNumeric()
{
    auto world = offsetWorld();
    QVERIFY(world);
    QString expected = netstatHeader;
    for (const World::Service &s : world->services())
        expected += netstatRow(s.address.toString() + QLatin1Char(':') + QString::number(s.port))
            + QLatin1Char('\n');
    QCOMPARE(Listening::format(Listening::sockets(*world), {Listening::Tool::Netstat, true}), expected);

    // 127.0.0.1 is localhost without -n, as /etc/hosts names it; a long
    // address is cut before the port as netstat cuts it (22 characters).
    const QList<Listening::Socket> two{socket("127.0.0.1", 10587, 587),
                                       socket("192.168.100.200", 10465, 465)};
    QCOMPARE(Listening::netstat(two, false),
             netstatHeader + netstatRow(QStringLiteral("localhost:submission")) + QLatin1Char('\n')
                 + netstatRow(QStringLiteral("192.168.100:submissions")) + QLatin1Char('\n'));
    QCOMPARE(Listening::netstat(two, true),
             netstatHeader + netstatRow(QStringLiteral("127.0.0.1:10587")) + QLatin1Char('\n')
                 + netstatRow(QStringLiteral("192.168.100.200:10465")) + QLatin1Char('\n'));
}

void TestListening::ssAsDebianPrintsIt()
{
    // What iproute2 6.1's ss -tl and ss -tln printed (to a pipe) on Debian 12
    // for four sockets listening on 127.0.0.3 at the standard ports with a
    // backlog of 5, byte for byte.
    const QList<Listening::Socket> four{socket("127.0.0.3", 25, 25), socket("127.0.0.3", 587, 587),
                                        socket("127.0.0.3", 143, 143), socket("127.0.0.3", 465, 465)};
    QCOMPARE(Listening::ss(four, false),
             QStringLiteral("State  Recv-Q Send-Q Local Address:Port        Peer Address:PortProcess\n"
                            "LISTEN 0      5          127.0.0.3:smtp             0.0.0.0:*          \n"
                            "LISTEN 0      5          127.0.0.3:submission       0.0.0.0:*          \n"
                            "LISTEN 0      5          127.0.0.3:imap2            0.0.0.0:*          \n"
                            "LISTEN 0      5          127.0.0.3:submissions      0.0.0.0:*          \n"));
    QCOMPARE(Listening::ss(four, true),
             QStringLiteral("State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n"
                            "LISTEN 0      5          127.0.0.3:25        0.0.0.0:*          \n"
                            "LISTEN 0      5          127.0.0.3:587       0.0.0.0:*          \n"
                            "LISTEN 0      5          127.0.0.3:143       0.0.0.0:*          \n"
                            "LISTEN 0      5          127.0.0.3:465       0.0.0.0:*          \n"));
    // The same at offset 10000: the names stay, the numbers are the real ports.
    QList<Listening::Socket> offset;
    for (Listening::Socket s : four) {
        s.port += 10000;
        offset.append(s);
    }
    QCOMPARE(Listening::ss(offset, false), Listening::ss(four, false));
    QVERIFY(Listening::ss(offset, true).contains(QLatin1String("127.0.0.3:10025 ")));
    // Send-Q is the backlog, and a wider one widens its column.
    QVERIFY(Listening::ss({socket("127.0.0.3", 10025, 25, 1024)}, true)
                .startsWith(
                    QLatin1String("State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n"
                                  "LISTEN 0      1024       127.0.0.3:10025      0.0.0.0:*          \n")));
}

void TestListening::serviceDownIsNotListed()
{
    auto world = offsetWorld();
    QVERIFY(world);
    const QString before = Listening::netstat(Listening::sockets(*world), true);
    QCOMPARE(lines(before).size(), 2 + int(world->services().size()));
    const World::Service *smtp = world->service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    QVERIFY(smtp);
    const QString smtpRow = netstatRow(smtp->address.toString() + QLatin1Char(':')
                                       + QString::number(smtp->port));
    QVERIFY(lines(before).contains(smtpRow));

    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
    const QString after = Listening::netstat(Listening::sockets(*world), true);
    QVERIFY(!lines(after).contains(smtpRow));
    for (const World::Service &s : world->services()) {
        const QString row = netstatRow(s.address.toString() + QLatin1Char(':') + QString::number(s.port));
        QCOMPARE(lines(after).contains(row), s.host != QLatin1String("servidor.edu"));
    }
    QVERIFY(world->setHostListening(QStringLiteral("servidor.edu"), World::Listening::On));
    QCOMPARE(Listening::netstat(Listening::sockets(*world), true), before);
}

void TestListening::systemPickedPortsAreNumbers()
{
    // Ports the system picked are no standard port plus an offset: numbers,
    // with or without -n.
    auto world = TestWorlds::start();
    QVERIFY(world);
    const QList<Listening::Socket> sockets = Listening::sockets(*world);
    QCOMPARE(sockets.size(), world->services().size());
    for (const Listening::Socket &s : sockets) {
        QCOMPARE(s.standardPort, quint16(0));
        QCOMPARE(Listening::portText(s, false), QString::number(s.port));
    }
    QCOMPARE(Listening::netstat(sockets, false), Listening::netstat(sockets, true));
}

void TestListening::matchesTheRealTools()
{
    if (qEnvironmentVariable("CARTEIRO_REAL_TOOLS") == QLatin1String("skip"))
        QSKIP("run as its own ctest (tst_listening_real_tools)");
    const QString ssPath = QStandardPaths::findExecutable(QStringLiteral("ss"),
                                                          {"/usr/bin", "/bin", "/usr/sbin"});
    const QString netstatPath = QStandardPaths::findExecutable(QStringLiteral("netstat"),
                                                               {"/usr/bin", "/bin", "/usr/sbin"});
    if (ssPath.isEmpty() || netstatPath.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("CI=true: ss (iproute2) and netstat (net-tools) must be installed (scripts/bootstrap.sh)");
        QSKIP("ss (iproute2) or netstat (net-tools) is not installed: scripts/bootstrap.sh installs them");
    }
    auto world = offsetWorld();
    QVERIFY(world);
    const QList<Listening::Socket> sockets = Listening::sockets(*world);
    QVERIFY(!sockets.isEmpty());

    // ss -tln, asked for exactly the world's sockets: the same text, rows
    // aside (ss prints them in the kernel's order).
    QStringList filter{QStringLiteral("(")};
    for (const Listening::Socket &s : sockets) {
        if (filter.size() > 1)
            filter.append(QStringLiteral("or"));
        filter.append(QStringLiteral("src"));
        filter.append(s.address.toString() + QLatin1Char(':') + QString::number(s.port));
    }
    filter.append(QStringLiteral(")"));
    QProcess ss;
    ss.start(ssPath, QStringList{QStringLiteral("-tln")} + filter);
    QVERIFY(ss.waitForFinished(10000));
    QCOMPARE(ss.exitCode(), 0);
    QStringList real = lines(QString::fromLocal8Bit(ss.readAllStandardOutput()));
    QStringList ours = lines(Listening::ss(sockets, true));
    QVERIFY(!real.isEmpty());
    QCOMPARE(real.takeFirst(), ours.takeFirst());
    real.sort();
    ours.sort();
    QCOMPARE(real, ours);

    // netstat -tln lists every socket of the machine: each of ours is there,
    // character for character.
    QProcess netstat;
    netstat.start(netstatPath, {QStringLiteral("-tln")});
    QVERIFY(netstat.waitForFinished(10000));
    QCOMPARE(netstat.exitCode(), 0);
    const QStringList all = lines(QString::fromLocal8Bit(netstat.readAllStandardOutput()));
    const QStringList mine = lines(Listening::netstat(sockets, true));
    QCOMPARE(all.mid(0, 2), mine.mid(0, 2));
    for (const QString &row : mine.mid(2))
        QVERIFY2(all.contains(row),
                 qPrintable(row + QStringLiteral(" not in\n") + all.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestListening)
#include "tst_listening.moc"
