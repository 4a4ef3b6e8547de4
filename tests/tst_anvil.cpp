// SPDX-License-Identifier: GPL-3.0-or-later
// tst_anvil.cpp — per-client limits counted as Postfix's anvil counts them.
#include "world/anvil.h"

#include <QTest>

class TestAnvil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectionsAtOnceAreCountedPerClient();
    void ratesAreCountedPerTimeUnit();
    void exceptionsAreNeverLimited();
    void idleClientsAreForgotten();
    void zeroMeansNoLimit();
    void exceptionsAreParsedOrNamed();
};

namespace {
const QHostAddress student(QStringLiteral("192.0.2.10"));
const QHostAddress other(QStringLiteral("192.0.2.11"));
Anvil::Limits limits(int count, int rate, int messages)
{
    Anvil::Limits l;
    l.connectionCount = count;
    l.connectionRate = rate;
    l.messageRate = messages;
    l.exceptions = {QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8"))};
    return l;
}
} // namespace

void TestAnvil::connectionsAtOnceAreCountedPerClient()
{
    Anvil anvil(limits(3, 0, 0));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(anvil.connected(student, 0), Anvil::Verdict::Allowed);
    QCOMPARE(anvil.connected(student, 0), Anvil::Verdict::TooManyConnections);
    // Another client is not held back by the first one's connections.
    QCOMPARE(anvil.connected(other, 0), Anvil::Verdict::Allowed);
    anvil.disconnected(student);
    QCOMPARE(anvil.connected(student, 0), Anvil::Verdict::Allowed);
    // The same client over IPv6-mapped IPv4 is the same client.
    QCOMPARE(anvil.connected(QHostAddress(QStringLiteral("::ffff:192.0.2.10")), 0),
             Anvil::Verdict::TooManyConnections);
    QCOMPARE(anvil.limitOf(Anvil::Verdict::TooManyConnections), 3);
}

void TestAnvil::ratesAreCountedPerTimeUnit()
{
    Anvil anvil(limits(0, 2, 3));
    QCOMPARE(anvil.connected(student, 1000), Anvil::Verdict::Allowed);
    QCOMPARE(anvil.connected(student, 2000), Anvil::Verdict::Allowed);
    QCOMPARE(anvil.connected(student, 3000), Anvil::Verdict::ConnectionRate);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(anvil.mail(student, 4000), Anvil::Verdict::Allowed);
    QCOMPARE(anvil.mail(student, 5000), Anvil::Verdict::MessageRate);
    // A minute after the window began, the counts start again.
    QCOMPARE(anvil.connected(student, 61000), Anvil::Verdict::Allowed);
    QCOMPARE(anvil.mail(student, 61000), Anvil::Verdict::Allowed);
}

void TestAnvil::exceptionsAreNeverLimited()
{
    Anvil anvil(limits(1, 1, 1));
    const QHostAddress teacher(QStringLiteral("127.0.0.1"));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(anvil.connected(teacher, 0), Anvil::Verdict::Allowed);
        QCOMPARE(anvil.mail(teacher, 0), Anvil::Verdict::Allowed);
    }
    QCOMPARE(anvil.clientsFollowed(), 0);
}

void TestAnvil::idleClientsAreForgotten()
{
    Anvil anvil(limits(5, 0, 0));
    for (int i = 1; i <= 100; ++i)
        anvil.connected(QHostAddress(QStringLiteral("192.0.2.%1").arg(i)), 0);
    for (int i = 2; i <= 100; ++i)
        anvil.disconnected(QHostAddress(QStringLiteral("192.0.2.%1").arg(i)));
    QCOMPARE(anvil.clientsFollowed(), 100);
    // A minute later, only the one still connected is kept.
    anvil.connected(other, 120000);
    QCOMPARE(anvil.clientsFollowed(), 2);
}

void TestAnvil::zeroMeansNoLimit()
{
    Anvil anvil(limits(0, 0, 0));
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(anvil.connected(student, 0), Anvil::Verdict::Allowed);
        QCOMPARE(anvil.mail(student, 0), Anvil::Verdict::Allowed);
    }
}

void TestAnvil::exceptionsAreParsedOrNamed()
{
    QList<QPair<QHostAddress, int>> subnets;
    QString wrong;
    QVERIFY(Anvil::parseExceptions(QStringLiteral("127.0.0.0/8, 192.168.1.10,::1/128"), &subnets, &wrong));
    QCOMPARE(subnets.size(), 3);
    QCOMPARE(subnets.at(1).second, 32);
    QVERIFY(Anvil::parseExceptions(QStringLiteral("none"), &subnets, &wrong));
    QVERIFY(subnets.isEmpty());
    QVERIFY(!Anvil::parseExceptions(QStringLiteral("127.0.0.0/8,aula"), &subnets, &wrong));
    QCOMPARE(wrong, QStringLiteral("aula"));
    QVERIFY(!Anvil::parseExceptions(QStringLiteral(" , "), &subnets, &wrong));
}

QTEST_GUILESS_MAIN(TestAnvil)
#include "tst_anvil.moc"
