// SPDX-License-Identifier: GPL-3.0-or-later
// The network map and the server views over a real world: the course's
// figure left to right, what the servers listen on, mailboxes before the
// fetch, a deferred queue entry while servidor.edu is down, and the map at a
// past moment of the transcript.
#include "gui/networkmaplayout.h"
#include "gui/networkmapview.h"
#include "gui/serverviews.h"

#include "classroom/scenariorunner.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "scenario/scenarioparser.h"
#include "world/world.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

namespace {

Scenario parse(const QByteArray &text)
{
    QList<ScenarioError> errors;
    Scenario s = ScenarioParser::parse(QStringLiteral("test.scenario"), text, &errors);
    for (const ScenarioError &e : errors)
        qWarning("%s", qPrintable(e.toString()));
    return errors.isEmpty() ? s : Scenario();
}

// ana-fran's world, with a story that sends and does not fetch.
const QByteArray sendOnly = R"(
server cliente.fr
server servidor.edu
set cliente.fr greet helo
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user fran@servidor.edu password claveejemplo
client ana user ana@cliente.fr
client fran user fran@servidor.edu pop3 delete
send ana to fran@servidor.edu subject "Quedamos hoxe?" body "A que hora e onde?"
wait
)";

World::Options testOptions()
{
    World::Options o;
    o.ephemeralPorts = true;
    o.queue.retryBaseMs = 60000; // a deferred message stays deferred during a test
    o.queue.maximumAttempts = 3;
    return o;
}

bool runToTheEnd(World *world)
{
    ScenarioRunner runner(world, QStringLiteral("gl"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    return finished.wait(20000) || runner.isFinished();
}

QTreeWidgetItem *topItemStartingWith(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

// The index of the first event of this kind whose note contains `text`.
qsizetype findEvent(const Transcript *t, TranscriptEvent::Kind kind, const QString &text)
{
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).kind == kind && t->at(i).noteText().contains(text))
            return i;
    }
    return -1;
}

// Saves what the map draws when CARTEIRO_MAP_IMAGES names a folder (to look at it).
void saveImage(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CARTEIRO_MAP_IMAGES");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name));
}

} // namespace

class TestNetworkMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostsAreLaidOutAsTheCourseFigure();
    void listeningTabListsEveryService();
    void mailboxesShowTheMessageBeforeTheFetch();
    void mailboxRowsAreUpdatedInPlace();
    void momentShowsTheCountsOfThatMoment();
    void envelopeFollowsTheLineDirection();
    void envelopeTravelsLiveAlongEachLine();
    void tooltipDescribesTheHost();
    void realServerIsDrawnAsOne();
    void queueShowsADeferredEntryWhileTheServerIsDown();
    void mapReadsWellWhenSmall();
    void eavesdropperTapsHerLinks();
    void classIsOneBoxBesideTheStory();
};

void TestNetworkMap::hostsAreLaidOutAsTheCourseFigure()
{
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), testOptions());
    QVERIFY(errors.isEmpty());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);

    const QStringList figure = {QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                                QStringLiteral("servidor.edu"), QStringLiteral("fran")};
    for (const QString &host : figure)
        QVERIFY2(!map.hostRect(host).isEmpty(), qPrintable(host));
    for (qsizetype i = 1; i < figure.size(); ++i) {
        QVERIFY2(map.hostRect(figure.at(i - 1)).center().x() < map.hostRect(figure.at(i)).center().x(),
                 qPrintable(figure.at(i - 1) + QStringLiteral(" left of ") + figure.at(i)));
    }
    // The MUAs and the MTAs on one row, the DNS above it, the console below.
    const QRectF client = map.hostRect(QStringLiteral("cliente.fr"));
    const QRectF server = map.hostRect(QStringLiteral("servidor.edu"));
    QVERIFY(map.hostRect(QStringLiteral("ana")).intersects(QRectF(0, client.center().y(), map.width(), 1)));
    QVERIFY(map.hostRect(QStringLiteral("fran")).intersects(QRectF(0, server.center().y(), map.width(), 1)));
    QVERIFY(map.hostRect(QStringLiteral("DNS")).top() < client.top());
    QVERIFY(map.hostRect(QStringLiteral("DNS")).right() < server.left());
    QVERIFY(map.hostRect(QStringLiteral("DNS")).left() > client.right());
    QVERIFY(map.hostRect(QStringLiteral("console")).top() > client.bottom());
    // Nothing overlaps, and everything is inside the widget.
    QStringList all = figure;
    all.append(QStringLiteral("console"));
    for (const QString &a : all) {
        QVERIFY2(QRectF(map.rect()).contains(map.hostRect(a)), qPrintable(a));
        for (const QString &b : all) {
            if (a != b)
                QVERIFY2(!map.hostRect(a).intersects(map.hostRect(b)), qPrintable(a + QLatin1Char('/') + b));
        }
    }
    // The hit test agrees with the rectangles.
    QCOMPARE(map.hostAt(server.center()), QStringLiteral("servidor.edu"));
    QCOMPARE(map.hostAt(QPointF(1, 1)), QString());
    QVERIFY(map.hostRect(QStringLiteral("nobody")).isEmpty());
}

void TestNetworkMap::listeningTabListsEveryService()
{
    QList<ScenarioError> errors;
    // The standard ports plus an offset (the next free one), as in the window.
    World::Options options = testOptions();
    options.ephemeralPorts = false;
    options.portOffset = 11000 + int(QCoreApplication::applicationPid() % 15) * 1000;
    options.takenPorts = World::Options::TakenPorts::TryNextOffset;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), options);
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    ServerViews views;
    views.setWorld(&world);
    QVERIFY(runToTheEnd(&world));

    QTreeWidget *listening = views.listeningTree();
    // smtp, submission, pop3, imap and the secure submissions, imaps, pop3s on each server
    QCOMPARE(world.services().size(), 14);
    QTRY_COMPARE(listening->topLevelItemCount(), 14);
    QCOMPARE(views.tabText(views.indexOf(listening)), QStringLiteral("Listening"));
    QStringList shown;
    for (int i = 0; i < listening->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = listening->topLevelItem(i);
        // netstat's columns, then the host and the service with its port.
        QCOMPARE(item->text(0), QStringLiteral("tcp"));
        QCOMPARE(item->text(1), QStringLiteral("0"));
        QCOMPARE(item->text(2), QStringLiteral("0"));
        QCOMPARE(item->text(4), QStringLiteral("0.0.0.0:*"));
        QCOMPARE(item->text(5), QStringLiteral("LISTEN"));
        shown.append(item->text(6) + QLatin1Char(' ') + item->text(3) + QLatin1Char(' ') + item->text(7));
    }
    const QHash<quint16, QString> names{
        {25, QStringLiteral("smtp")},   {587, QStringLiteral("submission")},  {110, QStringLiteral("pop3")},
        {143, QStringLiteral("imap2")}, {465, QStringLiteral("submissions")}, {993, QStringLiteral("imaps")},
        {995, QStringLiteral("pop3s")}};
    const int offset = world.options().portOffset;
    for (const World::Service &s : world.services()) {
        QVERIFY(s.port != 0);
        const quint16 standard = s.standardPort;
        QVERIFY(names.contains(standard));
        // As netstat -tl names the standard port; the real one beside it.
        const QString expected = QStringLiteral("%1 %2:%3 %4 — port %5 = %6 + %7")
                                     .arg(s.host, s.address.toString(), names.value(standard), s.name)
                                     .arg(s.port)
                                     .arg(standard)
                                     .arg(offset);
        QVERIFY2(shown.contains(expected),
                 qPrintable(expected + QStringLiteral(" in ") + shown.join(QLatin1Char('|'))));
    }
    // After the fetch the mailbox is empty again and the queue too.
    QTRY_VERIFY(topItemStartingWith(views.mailboxTree(), QStringLiteral("fran@servidor.edu"))
                && topItemStartingWith(views.mailboxTree(), QStringLiteral("fran@servidor.edu"))->childCount()
                    == 0);
    QCOMPARE(map.mailboxCountShown(QStringLiteral("fran@servidor.edu")), 0);
    QCOMPARE(map.queueLengthShown(QStringLiteral("cliente.fr")), 0);
    saveImage(&map, QStringLiteral("map-after-ana-fran.png"));
}

void TestNetworkMap::mailboxesShowTheMessageBeforeTheFetch()
{
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    ServerViews views;
    views.setWorld(&world);
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    QVERIFY(runToTheEnd(&world));

    QTreeWidgetItem *fran = nullptr;
    QTRY_VERIFY((fran = topItemStartingWith(views.mailboxTree(), QStringLiteral("fran@servidor.edu")))
                && fran->childCount() == 1);
    const QTreeWidgetItem *message = fran->child(0);
    QVERIFY(!message->text(0).isEmpty()); // uid
    QVERIFY(message->text(1).startsWith(QString::number(
        world.server(QStringLiteral("servidor.edu"))->store()->mailbox("fran").first().content().size())));
    QVERIFY2(message->text(2).contains(QStringLiteral("ana@cliente.fr")), qPrintable(message->text(2)));
    QCOMPARE(message->text(3), QStringLiteral("Quedamos hoxe?"));
    // Ana's mailbox is listed too, empty.
    QTreeWidgetItem *ana = topItemStartingWith(views.mailboxTree(), QStringLiteral("ana@cliente.fr"));
    QVERIFY(ana);
    QCOMPARE(ana->childCount(), 0);
    // The map says the same, live.
    QCOMPARE(map.moment(), qsizetype(-1));
    QCOMPARE(map.mailboxCountShown(QStringLiteral("fran@servidor.edu")), 1);
    QCOMPARE(map.mailboxCountShown(QStringLiteral("ana@cliente.fr")), 0);
    saveImage(&map, QStringLiteral("map-before-fetch.png"));
}

void TestNetworkMap::mailboxRowsAreUpdatedInPlace()
{
    // Under a classroom's load the view must not rebuild every row on every
    // change: a new message adds its row, the rows there stay the same
    // objects, a removal takes only its row away.
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    ServerViews views;
    views.setWorld(&world);
    MailStore *store = world.server(QStringLiteral("servidor.edu"))->store();
    store->deliver("fran", "Subject: one\r\n\r\nfirst\r\n");
    store->deliver("fran", "Subject: two\r\n\r\nsecond\r\n");
    QTreeWidgetItem *fran = nullptr;
    QTRY_VERIFY((fran = topItemStartingWith(views.mailboxTree(), QStringLiteral("fran@servidor.edu")))
                && fran->childCount() == 2);
    QTreeWidgetItem *first = fran->child(0);
    QCOMPARE(first->text(3), QStringLiteral("one"));
    store->deliver("fran", "Subject: three\r\n\r\nthird\r\n");
    QTRY_COMPARE(fran->childCount(), 3);
    QCOMPARE(topItemStartingWith(views.mailboxTree(), QStringLiteral("fran@servidor.edu")), fran);
    QCOMPARE(fran->child(0), first);
    QCOMPARE(fran->child(2)->text(3), QStringLiteral("three"));
    QVERIFY(fran->text(0).contains(QStringLiteral("3")));
    // The middle one goes (as POP3's UPDATE removes it).
    const QByteArray second = store->mailbox("fran").at(1).uid;
    QVERIFY(store->lock("fran"));
    store->remove("fran", {second});
    store->unlock("fran");
    QTRY_COMPARE(fran->childCount(), 2);
    QCOMPARE(fran->child(0), first);
    QCOMPARE(fran->child(1)->text(3), QStringLiteral("three"));
}

void TestNetworkMap::momentShowsTheCountsOfThatMoment()
{
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    QVERIFY(runToTheEnd(&world));
    const Transcript *t = world.transcript();

    const qsizetype stored = findEvent(t, TranscriptEvent::Kind::Delivery,
                                       QStringLiteral("fran@servidor.edu"));
    QVERIFY(stored > 0);
    map.showMoment(stored);
    QCOMPARE(map.moment(), stored);
    QCOMPARE(map.mailboxCountShown(QStringLiteral("fran@servidor.edu")), 1);
    saveImage(&map, QStringLiteral("map-moment-stored.png"));
    map.showMoment(stored - 1);
    QCOMPARE(map.mailboxCountShown(QStringLiteral("fran@servidor.edu")), 0);
    map.showMoment(0);
    QCOMPARE(map.mailboxCountShown(QStringLiteral("fran@servidor.edu")), 0);

    // The queue: one message from "queued" until "removed from the queue".
    const qsizetype queued = findEvent(t, TranscriptEvent::Kind::Queue, QStringLiteral("queued"));
    const qsizetype removed = findEvent(t, TranscriptEvent::Kind::Queue, QStringLiteral("removed"));
    QVERIFY(queued > 0 && removed > queued);
    map.showMoment(queued - 1);
    QCOMPARE(map.queueLengthShown(QStringLiteral("cliente.fr")), 0);
    map.showMoment(queued);
    QCOMPARE(map.queueLengthShown(QStringLiteral("cliente.fr")), 1);
    map.showMoment(removed - 1);
    QCOMPARE(map.queueLengthShown(QStringLiteral("cliente.fr")), 1);
    saveImage(&map, QStringLiteral("map-moment-queued.png"));
    map.showMoment(removed);
    QCOMPARE(map.queueLengthShown(QStringLiteral("cliente.fr")), 0);

    // Live again.
    map.showMoment(-1);
    QCOMPARE(map.moment(), qsizetype(-1));
    QCOMPARE(map.mailboxCountShown(QStringLiteral("fran@servidor.edu")), 1);
    QVERIFY(map.envelopeLink().isEmpty());
}

void TestNetworkMap::envelopeFollowsTheLineDirection()
{
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    QVERIFY(runToTheEnd(&world));
    const Transcript *t = world.transcript();
    qsizetype command = -1;
    qsizetype reply = -1;
    qsizetype lookup = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.raw.startsWith("MAIL FROM")
            && e.from == QLatin1String("cliente.fr"))
            command = i;
        if (e.kind == TranscriptEvent::Kind::Line && e.raw.startsWith("354")
            && e.from == QLatin1String("servidor.edu"))
            reply = i;
        if (e.kind == TranscriptEvent::Kind::DnsLookup && lookup < 0)
            lookup = i;
    }
    QVERIFY(command >= 0 && reply >= 0 && lookup >= 0);
    map.showMoment(command);
    QCOMPARE(map.envelopeLink(), QStringList({QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu")}));
    saveImage(&map, QStringLiteral("map-moment-mail-from.png"));
    map.showMoment(reply);
    QCOMPARE(map.envelopeLink(), QStringList({QStringLiteral("servidor.edu"), QStringLiteral("cliente.fr")}));
    map.showMoment(lookup);
    QCOMPARE(map.envelopeLink(), QStringList({QStringLiteral("cliente.fr"), QStringLiteral("DNS")}));
    // A queue note is on no link.
    map.showMoment(findEvent(t, TranscriptEvent::Kind::Queue, QStringLiteral("queued")));
    QVERIFY(map.envelopeLink().isEmpty());
}

void TestNetworkMap::envelopeTravelsLiveAlongEachLine()
{
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    // Connected after the map: runs once the map has seen the new events.
    int checked = 0;
    QStringList mismatches;
    connect(world.transcript(), &Transcript::eventsAdded, &map, [&](qsizetype, qsizetype last) {
        const TranscriptEvent &e = world.transcript()->at(last);
        if (e.kind != TranscriptEvent::Kind::Line)
            return;
        ++checked;
        const QStringList expected = {e.from, e.to};
        if (map.envelopeLink() != expected)
            mismatches.append(expected.join(QStringLiteral("->")) + QStringLiteral(" shown as ")
                              + map.envelopeLink().join(QStringLiteral("->")));
    });
    QVERIFY(runToTheEnd(&world));
    QVERIFY(checked > 5);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    // The flight lands (about 300 ms) and the envelope goes.
    QTRY_VERIFY_WITH_TIMEOUT(map.envelopeLink().isEmpty(), 2000);
}

void TestNetworkMap::tooltipDescribesTheHost()
{
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QVERIFY(runToTheEnd(&world));
    const QPoint at = map.hostRect(QStringLiteral("servidor.edu")).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, map.mapToGlobal(at));
    QCoreApplication::sendEvent(&map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.startsWith(QStringLiteral("servidor.edu\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("MTA")), qPrintable(text));
    // The course's vocabulary: the server that keeps the mailboxes is the MDA.
    QVERIFY2(text.contains(QStringLiteral("Mail delivery agent (MDA)")), qPrintable(text));
    QCOMPARE(NetworkMapLayout::roleText(World::HostKind::MailServer), QStringLiteral("MTA · MDA"));
    QCOMPARE(NetworkMapLayout::roleText(World::HostKind::MailClient), QStringLiteral("MUA"));
    QVERIFY2(text.contains(QStringLiteral("Mailbox fran@servidor.edu: 1")), qPrintable(text));
    const World::Service *pop3 = world.service(QStringLiteral("servidor.edu"), QStringLiteral("pop3"));
    QVERIFY(pop3);
    QVERIFY2(text.contains(QStringLiteral("pop3 %1:%2").arg(pop3->address.toString()).arg(pop3->port)),
             qPrintable(text));
    QToolTip::hideText();
}

void TestNetworkMap::realServerIsDrawnAsOne()
{
    // "server servidor.edu real 127.0.0.1": in the servers' row, with its
    // clients beside it, and said to be the student's own.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("real"),
                                                    "server cliente.fr\n"
                                                    "server servidor.edu real 127.0.0.1 smtp 2525\n"
                                                    "user ana@cliente.fr password claveana\n"
                                                    "user fran@servidor.edu password claveejemplo\n"
                                                    "client ana user ana@cliente.fr\n"
                                                    "client fran user fran@servidor.edu\n",
                                                    &errors);
    QVERIFY(errors.isEmpty());
    World world(scenario, testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const QRectF server = map.hostRect(QStringLiteral("servidor.edu"));
    QVERIFY(!server.isEmpty());
    QVERIFY(map.hostRect(QStringLiteral("cliente.fr")).center().x() < server.center().x());
    QVERIFY(server.center().x() < map.hostRect(QStringLiteral("fran")).center().x());
    QVERIFY(map.hostRect(QStringLiteral("fran")).intersects(QRectF(0, server.center().y(), map.width(), 1)));
    QCOMPARE(NetworkMapLayout::roleText(World::HostKind::RealServer), QStringLiteral("MTA · MDA"));
    const QPoint at = server.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, map.mapToGlobal(at));
    QCoreApplication::sendEvent(&map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("Real server: the student's own Postfix and Dovecot")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Address: 127.0.0.1")), qPrintable(text));
    QToolTip::hideText();
}

void TestNetworkMap::queueShowsADeferredEntryWhileTheServerIsDown()
{
    World world(parse(sendOnly), testOptions());
    QVERIFY(world.start(nullptr));
    ServerViews views;
    views.setWorld(&world);
    NetworkMapView map;
    map.resize(1100, 300);
    map.setWorld(&world);
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));

    MailClient *ana = world.client(QStringLiteral("ana"));
    QVERIFY(ana);
    ana->send({"fran@servidor.edu"}, QStringLiteral("Quedamos hoxe?"), QStringLiteral("A que hora e onde?"));
    QTRY_VERIFY_WITH_TIMEOUT(
        findEvent(world.transcript(), TranscriptEvent::Kind::Queue, QStringLiteral("deferred")) >= 0, 10000);
    QTreeWidgetItem *queue = nullptr;
    QTRY_VERIFY((queue = topItemStartingWith(views.queueTree(), QStringLiteral("cliente.fr")))
                && queue->childCount() == 1);
    const QTreeWidgetItem *entry = queue->child(0);
    QCOMPARE(entry->text(1), QStringLiteral("ana@cliente.fr"));
    QCOMPARE(entry->text(2), QStringLiteral("fran@servidor.edu"));
    QCOMPARE(entry->text(3), QStringLiteral("1"));
    QVERIFY2(entry->text(4).startsWith(QStringLiteral("in ")), qPrintable(entry->text(4)));
    QVERIFY(!entry->text(5).isEmpty());
    QCOMPARE(map.queueLengthShown(QStringLiteral("cliente.fr")), 1);
    // servidor.edu is off the network: netstat no longer lists its sockets.
    QTRY_COMPARE(views.listeningTree()->topLevelItemCount(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(views.listeningTree()->topLevelItem(i)->text(6), QStringLiteral("cliente.fr"));
    saveImage(&map, QStringLiteral("map-server-down.png"));
    views.resize(900, 240);
    views.setCurrentWidget(views.queueTree());
    views.show();
    QVERIFY(QTest::qWaitForWindowExposed(&views));
    saveImage(&views, QStringLiteral("views-queue-deferred.png"));
    views.setCurrentWidget(views.listeningTree());
    saveImage(&views, QStringLiteral("views-listening.png"));

    // Back on the network, the sockets are listed again.
    QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::On));
    QTRY_COMPARE(views.listeningTree()->topLevelItemCount(), 14);
}

void TestNetworkMap::mapReadsWellWhenSmall()
{
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(700, 170); // the window's dock at its minimum height
    map.setWorld(&world);
    for (const QString &host :
         {QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
          QStringLiteral("servidor.edu"), QStringLiteral("fran"), QStringLiteral("console")})
        QVERIFY2(QRectF(map.rect()).contains(map.hostRect(host)), qPrintable(host));
    saveImage(&map, QStringLiteral("map-small.png"));
    // The same on a dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x36));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x30));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xe0));
    map.setPalette(dark);
    map.resize(1000, 260);
    QVERIFY(!map.hostRect(QStringLiteral("ana")).isEmpty());
    saveImage(&map, QStringLiteral("map-dark.png"));
}

void TestNetworkMap::eavesdropperTapsHerLinks()
{
    // "eavesdropper eva between fran servidor.edu": a figure named eva in
    // the gap between servidor.edu and fran (where fran-seguro's link runs
    // too), and one between ana-segura and cliente.fr; over no box, inside
    // the map, at a laptop's and a projector's width. A click on her asks
    // for her capture.
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("eavesdropper"), &errors), testOptions());
    QVERIFY(errors.isEmpty());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.setWorld(&world);
    for (const QSize &size : {QSize(1366, 200), QSize(1920, 260)}) {
        map.resize(size);
        const QRectF eva = map.eavesdropperRect(QStringLiteral("eva"));
        QVERIFY(!eva.isEmpty());
        QVERIFY(QRectF(map.rect()).contains(eva));
        for (const World::Host &h : world.hosts()) {
            if (!map.hostRect(h.name).isEmpty())
                QVERIFY2(!map.hostRect(h.name).intersects(eva), qPrintable(h.name));
        }
        QVERIFY(eva.left() >= map.hostRect(QStringLiteral("servidor.edu")).right());
        QVERIFY(eva.right() <= map.hostRect(QStringLiteral("fran")).left());
        QCOMPARE(map.eavesdropperAt(eva.center()), QStringLiteral("eva"));
        QVERIFY(map.hostAt(eva.center()).isEmpty());
        saveImage(&map, QStringLiteral("eavesdropper-%1.png").arg(size.width()));
    }
    QSignalSpy clicked(&map, &NetworkMapView::eavesdropperClicked);
    QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier,
                      map.eavesdropperRect(QStringLiteral("eva")).center().toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), QStringLiteral("eva"));

    // Without the declaration, nobody.
    World plain(parse(sendOnly), testOptions());
    QVERIFY(plain.start(nullptr));
    NetworkMapView plainMap;
    plainMap.resize(1366, 200);
    plainMap.setWorld(&plain);
    QVERIFY(plainMap.eavesdropperRect(QStringLiteral("eva")).isEmpty());
}

// A class window's map (issue 17): with 30 students the story's hosts keep a
// readable size (the students' mailboxes are one chip, not 30), the
// students' computers are one box, "The class", with their number, and a
// student's session lights that box and flies its envelope.
void TestNetworkMap::classIsOneBoxBesideTheStory()
{
    Scenario scenario = parse(R"(
server cliente.fr
server servidor.edu
server 2esi.org
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
dns 2esi.org mx 2esi.org
students 30 on 2esi.org
user ana@cliente.fr password claveana
user fran@servidor.edu password claveejemplo
client ana user ana@cliente.fr
)");
    QCOMPARE(scenario.students.size(), 30);
    scenario.giveStudentsPasswords();
    World world(scenario, testOptions());
    QVERIFY(world.start(nullptr));
    NetworkMapView map;
    map.resize(1340, 190); // the network dock of a class window at 1366x768
    map.setWorld(&world);
    map.setClassGroup(true);
    map.setClassAtWork(0);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));

    // The story's hosts at (nearly) their natural size: a box holds its
    // title and rows, each a line of text at least 80% of the font's height.
    const double line = QFontMetricsF(NetworkMapLayout::detailFont(map.font())).height();
    for (const QString &host : {QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                                QStringLiteral("servidor.edu"), QStringLiteral("2esi.org")}) {
        const QRectF rect = map.hostRect(host);
        QVERIFY2(QRectF(map.rect()).contains(rect), qPrintable(host));
        QVERIFY2(
            rect.height() >= 2.4 * line,
            qPrintable(
                QStringLiteral("%1 is %2 px high, a line is %3 px").arg(host).arg(rect.height()).arg(line)));
    }
    const double serverHeight = map.hostRect(QStringLiteral("2esi.org")).height();
    QVERIFY2(serverHeight >= 4 * 0.8 * line, qPrintable(QString::number(serverHeight)));
    QVERIFY2(map.hostRect(QStringLiteral("2esi.org")).width() < map.width() / 2.0,
             qPrintable(QString::number(map.hostRect(QStringLiteral("2esi.org")).width())));
    // Nothing overlaps (the DNS over the middle server neither).
    const QStringList all = {QStringLiteral("ana"),           QStringLiteral("cliente.fr"),
                             QStringLiteral("DNS"),           QStringLiteral("servidor.edu"),
                             QStringLiteral("2esi.org"),      QStringLiteral("console"),
                             NetworkMapView::classGroupName()};
    for (const QString &a : all) {
        for (const QString &b : all) {
            if (a != b)
                QVERIFY2(!map.hostRect(a).intersects(map.hostRect(b)), qPrintable(a + QLatin1Char('/') + b));
        }
    }
    // The class's box: the number of students, in its tooltip too.
    const QRectF group = map.hostRect(NetworkMapView::classGroupName());
    QVERIFY(!group.isEmpty());
    QVERIFY(QRectF(map.rect()).contains(group));
    QCOMPARE(map.hostAt(group.center()), NetworkMapView::classGroupName());
    QHelpEvent help(QEvent::ToolTip, group.center().toPoint(), map.mapToGlobal(group.center().toPoint()));
    QApplication::sendEvent(&map, &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("30")), qPrintable(QToolTip::text()));
    saveImage(&map, QStringLiteral("map-class.png"));

    // A student's session from outside: no box of its own; the envelope
    // flies between the class's box and 2esi.org.
    const World::Service *pop3 = world.service(QStringLiteral("2esi.org"), QStringLiteral("pop3"));
    QVERIFY(pop3);
    QTcpSocket student;
    student.connectToHost(pop3->address, pop3->port);
    QVERIFY(student.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([&] { return student.canReadLine() || student.waitForReadyRead(50); }, 5000));
    student.write("USER alumno3\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(map.envelopeLink().contains(NetworkMapView::classGroupName()), 5000);
    QVERIFY(map.envelopeLink().contains(QStringLiteral("2esi.org")));
    for (const QString &host : {QStringLiteral("outside 127.0.0.1"), QStringLiteral("outside 127.0.0.2")})
        QVERIFY(map.hostRect(host).isEmpty());
    QVERIFY(!map.hostRect(NetworkMapView::classGroupName()).isEmpty());
    QVERIFY(map.hostRect(QStringLiteral("cliente.fr")).height() >= 2.4 * line);
    map.setClassAtWork(1);
    QHelpEvent again(QEvent::ToolTip, group.center().toPoint(), map.mapToGlobal(group.center().toPoint()));
    QApplication::sendEvent(&map, &again);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("outside ")), qPrintable(QToolTip::text()));
    saveImage(&map, QStringLiteral("map-class-at-work.png"));

    // Without the class's grouping, the same world is the map it always was:
    // a box per computer outside.
    map.setClassGroup(false);
    QVERIFY(map.hostRect(NetworkMapView::classGroupName()).isEmpty());
    QVERIFY(!map.hostAt(map.hostRect(QStringLiteral("2esi.org")).center()).isEmpty());
    bool outsideBox = false;
    for (const QString &host : {QStringLiteral("outside 127.0.0.1"), QStringLiteral("outside 127.0.0.2")})
        outsideBox = outsideBox || !map.hostRect(host).isEmpty();
    QVERIFY(outsideBox);
}

QTEST_MAIN(TestNetworkMap)
#include "tst_networkmap.moc"
