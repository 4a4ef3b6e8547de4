// SPDX-License-Identifier: GPL-3.0-or-later
// The window's server views over a data directory: what an earlier run (or a
// --serve) left on disk appears in the mailboxes and the queue at start.
#include "gui/serverviews.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "testworlds.h"
#include "world/world.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

QTreeWidgetItem *topItemStartingWith(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestMaildirWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverViewsShowWhatWasOnDisk();
};

void TestMaildirWindow::serverViewsShowWhatWasOnDisk()
{
    QTemporaryDir dir;
    {
        World world(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
        QVERIFY(world.start(nullptr));
        world.client(QStringLiteral("ana"))
            ->send({"fran@servidor.edu"}, QStringLiteral("Gardada no disco"), QStringLiteral("?"));
        QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
        QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
    }
    World world(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    ServerViews views;
    views.setWorld(&world);
    QTreeWidgetItem *fran = topItemStartingWith(views.mailboxTree(), QStringLiteral("fran@servidor.edu"));
    QVERIFY(fran);
    QCOMPARE(fran->childCount(), 1);
    // The unique id is the file's name, the same as UIDL gives.
    const QString uid = fran->child(0)->text(0);
    QVERIFY2(uid.endsWith(QStringLiteral(".carteiro")), qPrintable(uid));
    QCOMPARE(uid.toUtf8(),
             world.server(QStringLiteral("servidor.edu"))->store()->mailbox("fran").first().uid);
    QCOMPARE(fran->child(0)->text(3), QStringLiteral("Gardada no disco"));
}

QTEST_MAIN(TestMaildirWindow)
#include "tst_maildirwindow.moc"
