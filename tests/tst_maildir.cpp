// SPDX-License-Identifier: GPL-3.0-or-later
// The Maildir store: atomic writes (tmp → new), the group commit, loading,
// deletion, leftovers in tmp/, unreadable and corrupt files, and whole worlds
// that keep their mailboxes and queues on disk across a restart.
#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "storage/diskcommitter.h"
#include "storage/maildir.h"
#include "testworlds.h"
#include "world/world.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Waits until the committer has finished and its results reached this thread.
void settle(DiskCommitter *committer)
{
    committer->waitForIdle();
    QTest::qWait(20);
    QCoreApplication::processEvents();
}

} // namespace

class TestMaildir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stagedFileIsInTmpUntilCommitted();
    void committerMakesManyDurableAndSignalsInOrder();
    void groupIsStoredWholeOrNotAtAll();
    void failedStageSaysWhy();
    void loadReadsNewAndCurInDeliveryOrder();
    void leftoverTmpFileIsCleaned();
    void unreadableFilesAreReportedAndSkipped();
    void safeComponentKeepsNamesInOneDirectory();
    void storeDeliversLoadsAndDeletes();
    void imapFoldersUidsAndFlagsSurviveARestart();
    void fileWithoutUidGetsANewOneAndLostListANewValidity();
    void queueEntryRoundTrip();
    void corruptQueueEntryIsRefused_data();
    void corruptQueueEntryIsRefused();
    void worldKeepsMailboxesAcrossARestart();
    void worldReportsACorruptQueueFileAndGoesOn();
    void dataDirectoryIsLockedByOneWorld();
    void queuedMessageIsRetriedAfterARestart();
    void headerReadsOnlyTheHeaderSection();
};

void TestMaildir::stagedFileIsInTmpUntilCommitted()
{
    QTemporaryDir dir;
    const Maildir maildir(dir.path() + QStringLiteral("/box"));
    QString error;
    QVERIFY2(maildir.create(&error), qPrintable(error));
    const Maildir::Staged staged = maildir.stage("Subject: one\r\n\r\nbody\r\n", &error);
    QVERIFY2(staged.fd >= 0, qPrintable(error));
    // Written, but not a message yet: a reader of new/ sees nothing.
    QCOMPARE(filesIn(maildir.path() + QStringLiteral("/tmp")).size(), 1);
    QVERIFY(filesIn(maildir.path() + QStringLiteral("/new")).isEmpty());
    QVERIFY(maildir.load(nullptr).isEmpty());
    QVERIFY2(Maildir::commitNow(staged, &error), qPrintable(error));
    QVERIFY(filesIn(maildir.path() + QStringLiteral("/tmp")).isEmpty());
    const QStringList inNew = filesIn(maildir.path() + QStringLiteral("/new"));
    QCOMPARE(inNew.size(), 1);
    QCOMPARE(readFile(staged.finalPath), QByteArray("Subject: one\r\n\r\nbody\r\n"));
    QVERIFY(staged.finalPath.endsWith(inNew.first()));
    QCOMPARE(maildir.find(inNew.first()), staged.finalPath);
}

void TestMaildir::committerMakesManyDurableAndSignalsInOrder()
{
    QTemporaryDir dir;
    const Maildir maildir(dir.path());
    QVERIFY(maildir.create(nullptr));
    DiskCommitter committer;
    QSignalSpy committed(&committer, &DiskCommitter::committed);
    QList<int> doneOrder;
    QStringList finals;
    for (int i = 0; i < 50; ++i) {
        QString error;
        const Maildir::Staged staged = maildir.stage("message " + QByteArray::number(i) + "\r\n", &error);
        QVERIFY2(staged.fd >= 0, qPrintable(error));
        finals.append(staged.finalPath);
        const quint64 ticket = committer.commit(staged, [&doneOrder, i](bool ok, const QString &) {
            if (ok)
                doneOrder.append(i);
        });
        QCOMPARE(ticket, quint64(i + 1));
    }
    QCOMPARE(committer.lastTicket(), quint64(50));
    QVERIFY(QTest::qWaitFor([&] { return committer.doneTicket() == 50; }, 10000));
    QCOMPARE(committer.failedBetween(1, 50), false);
    QCOMPARE(doneOrder.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(doneOrder.at(i), i);
    // Group commit: fewer rounds than files (the first round takes one file).
    QVERIFY(committer.rounds() <= 50);
    QVERIFY(!committed.isEmpty());
    QCOMPARE(committed.last().first().toULongLong(), quint64(50));
    QCOMPARE(filesIn(dir.path() + QStringLiteral("/new")).size(), 50);
    QVERIFY(filesIn(dir.path() + QStringLiteral("/tmp")).isEmpty());
    // A removal comes after the commits given before it.
    committer.remove(finals.mid(0, 10));
    settle(&committer);
    QCOMPARE(filesIn(dir.path() + QStringLiteral("/new")).size(), 40);
}

void TestMaildir::groupIsStoredWholeOrNotAtAll()
{
    QTemporaryDir dir;
    const Maildir good(dir.path() + QStringLiteral("/good"));
    QVERIFY(good.create(nullptr));
    const Maildir missing(dir.path() + QStringLiteral("/missing")); // never created
    DiskCommitter committer;
    bool called = false;
    bool stored = true;
    QString why;
    const quint64 ticket = committer.commit({good.plan("one\r\n"), missing.plan("two\r\n")},
                                            [&](bool ok, const QString &error) {
                                                called = true;
                                                stored = ok;
                                                why = error;
                                            });
    QVERIFY(QTest::qWaitFor([&] { return called; }, 10000));
    QVERIFY(!stored);
    QVERIFY2(why.contains(QStringLiteral("missing/tmp/")), qPrintable(why));
    QVERIFY(committer.failedBetween(ticket, ticket));
    // The good half was taken back too: a message is in every mailbox or none.
    QVERIFY(filesIn(good.path() + QStringLiteral("/new")).isEmpty());
    QVERIFY(filesIn(good.path() + QStringLiteral("/tmp")).isEmpty());
    // The next group is not affected.
    called = false;
    const quint64 next = committer.commit(good.plan("three\r\n"), [&](bool ok, const QString &) {
        called = true;
        stored = ok;
    });
    QVERIFY(QTest::qWaitFor([&] { return called; }, 10000));
    QVERIFY(stored);
    QVERIFY(!committer.failedBetween(next, next));
    QCOMPARE(filesIn(good.path() + QStringLiteral("/new")).size(), 1);
}

void TestMaildir::failedStageSaysWhy()
{
    QTemporaryDir dir;
    const Maildir missing(dir.path() + QStringLiteral("/never-created"));
    QString error;
    const Maildir::Staged staged = missing.stage("x\r\n", &error);
    QCOMPARE(staged.fd, -1);
    QVERIFY2(error.contains(QStringLiteral("never-created/tmp/")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("No such file or directory")), qPrintable(error));
}

void TestMaildir::loadReadsNewAndCurInDeliveryOrder()
{
    QTemporaryDir dir;
    const Maildir maildir(dir.path());
    QVERIFY(maildir.create(nullptr));
    QVERIFY(writeFile(dir.path() + QStringLiteral("/new/1700000002.M1P1Q1.host"), "second\r\n"));
    QVERIFY(writeFile(dir.path() + QStringLiteral("/cur/1700000001.M1P1Q1.host:2,S"), "first\r\n"));
    QVERIFY(writeFile(dir.path() + QStringLiteral("/new/1700000010.M1P1Q1.host"), "third\r\n"));
    QStringList problems;
    const QList<Maildir::Entry> entries = maildir.load(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).content, QByteArray("first\r\n"));
    QCOMPARE(entries.at(0).name, QStringLiteral("1700000001.M1P1Q1.host")); // without ":2,S"
    QCOMPARE(entries.at(1).content, QByteArray("second\r\n"));
    QCOMPARE(entries.at(2).content, QByteArray("third\r\n"));
}

void TestMaildir::leftoverTmpFileIsCleaned()
{
    QTemporaryDir dir;
    const Maildir maildir(dir.path());
    QVERIFY(maildir.create(nullptr));
    // A crash between the write into tmp/ and the rename leaves this behind.
    QVERIFY(writeFile(dir.path() + QStringLiteral("/tmp/1700000000.M1P99Q1.carteiro"), "half a mess"));
    QVERIFY(writeFile(dir.path() + QStringLiteral("/new/1700000001.M1P99Q2.carteiro"), "whole\r\n"));
    QStringList problems;
    QCOMPARE(maildir.cleanTemporary(&problems), 1);
    QVERIFY(problems.isEmpty());
    QVERIFY(filesIn(dir.path() + QStringLiteral("/tmp")).isEmpty());
    const QList<Maildir::Entry> entries = maildir.load(&problems);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().content, QByteArray("whole\r\n"));
}

void TestMaildir::unreadableFilesAreReportedAndSkipped()
{
    QTemporaryDir dir;
    const Maildir maildir(dir.path());
    QVERIFY(maildir.create(nullptr));
    QVERIFY(writeFile(dir.path() + QStringLiteral("/new/1700000001.M1P1Q1.host"), "good\r\n"));
    // A link to nothing cannot be opened (even by root), and a directory is no message.
    QCOMPARE(
        ::symlink("/nonexistent/carteiro-test",
                  QFile::encodeName(dir.path() + QStringLiteral("/new/1700000002.M1P1Q2.host")).constData()),
        0);
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/cur/1700000003.M1P1Q3.host")));
    QStringList problems;
    const QList<Maildir::Entry> entries = maildir.load(&problems);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().content, QByteArray("good\r\n"));
    QCOMPARE(problems.size(), 2);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("1700000002.M1P1Q2.host"))
                 && all.contains(QStringLiteral("skipped")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("1700000003.M1P1Q3.host is not a file")), qPrintable(all));
}

void TestMaildir::safeComponentKeepsNamesInOneDirectory()
{
    QCOMPARE(Maildir::safeComponent(QStringLiteral("servidor.edu")), QStringLiteral("servidor.edu"));
    QCOMPARE(Maildir::safeComponent(QStringLiteral("Fran")), QStringLiteral("fran"));
    QCOMPARE(Maildir::safeComponent(QStringLiteral("../x/y")), QStringLiteral("%2E.%2Fx%2Fy"));
    QCOMPARE(Maildir::safeComponent(QString()), QStringLiteral("%00"));
    QVERIFY(!Maildir::safeComponent(QStringLiteral("a/b")).contains(QLatin1Char('/')));
}

void TestMaildir::storeDeliversLoadsAndDeletes()
{
    QTemporaryDir dir;
    DiskCommitter committer;
    QByteArray uid;
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QString error;
        QVERIFY2(store.openStorage(dir.path(), &committer, nullptr, &error), qPrintable(error));
        QVERIFY(store.isPersistent());
        QSignalSpy changed(&store, &MailStore::mailboxChanged);
        bool stored = false;
        const quint64 ticket = store.deliverDurably("Fran", "Subject: persisted\r\n\r\nola\r\n",
                                                    [&](bool ok, const QString &) { stored = ok; });
        QVERIFY(ticket > 0);
        // Not in the mailbox before the file is durable.
        QCOMPARE(store.count("fran"), 0);
        QVERIFY(QTest::qWaitFor([&] { return stored; }, 10000));
        QCOMPARE(store.count("fran"), 1);
        QCOMPARE(changed.size(), 1);
        uid = store.mailbox("fran").first().uid;
        QCOMPARE(filesIn(dir.path() + QStringLiteral("/mail/fran/new")), QStringList{QString::fromUtf8(uid)});
    }
    {
        // A new store on the same directory: the message, with the same unique id.
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QStringList problems;
        QVERIFY(store.openStorage(dir.path(), &committer, &problems, nullptr));
        QVERIFY(problems.isEmpty());
        QCOMPARE(store.count("fran"), 1);
        const QList<Pop3StoredMessage> messages = store.messages("fran");
        QCOMPARE(messages.first().uid, uid);
        // The text stays in its file, read when asked.
        QVERIFY(messages.first().content.isNull());
        QCOMPARE(messages.first().octets(), qint64(27));
        QCOMPARE(store.content("fran", messages.first(), nullptr),
                 QByteArray("Subject: persisted\r\n\r\nola\r\n"));
        // POP3 UPDATE: DELE then QUIT removes the file.
        store.remove("fran", {uid});
        QCOMPARE(store.count("fran"), 0);
        settle(&committer);
        QVERIFY(filesIn(dir.path() + QStringLiteral("/mail/fran/new")).isEmpty());
    }
}

namespace {

QList<ImapMessageInfo> stateOf(MailStore &store, const QByteArray &folder, quint32 *validity = nullptr)
{
    ImapFolderState state;
    if (!store.folderState("fran", folder, &state))
        return {};
    if (validity)
        *validity = state.uidValidity;
    return state.messages;
}

QMap<QByteArray, QList<QPair<quint32, QList<QByteArray>>>> imapView(MailStore &store)
{
    QMap<QByteArray, QList<QPair<quint32, QList<QByteArray>>>> out;
    for (const ImapFolderInfo &folder : store.folders("fran")) {
        quint32 validity = 0;
        QList<QPair<quint32, QList<QByteArray>>> messages;
        for (const ImapMessageInfo &m : stateOf(store, folder.name, &validity)) {
            QList<QByteArray> flags = m.flags;
            std::sort(flags.begin(), flags.end());
            messages.append({m.uid, flags});
        }
        messages.prepend({validity, {folder.subscribed ? "subscribed" : "not subscribed"}});
        out.insert(folder.name, messages);
    }
    return out;
}

} // namespace

void TestMaildir::imapFoldersUidsAndFlagsSurviveARestart()
{
    QTemporaryDir dir;
    DiskCommitter committer;
    const QString root = dir.path() + QStringLiteral("/mail/fran");
    QMap<QByteArray, QList<QPair<quint32, QList<QByteArray>>>> before;
    QByteArray pop3Uid;
    // APPEND's internal date (RFC 3501 §6.3.11), kept in the file's name.
    const qint64 appendedDateMs = 1577872800000; // 2020-01-01 10:00:00 UTC
    qint64 copiedDateMs = 0;
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QString error;
        QVERIFY2(store.openStorage(dir.path(), &committer, nullptr, &error), qPrintable(error));
        bool stored = false;
        store.deliverDurably("fran", "Subject: one\r\n\r\nola\r\n",
                             [&](bool ok, const QString &) { stored = ok; });
        store.deliverDurably("fran", "Subject: two\r\n\r\nola\r\n", nullptr);
        QVERIFY(QTest::qWaitFor([&] { return stored && store.count("fran") == 2; }, 10000));
        pop3Uid = store.messages("fran").first().uid;
        QByteArray why;
        QVERIFY(store.createFolder("fran", "Work", &why));
        QVERIFY(store.createFolder("fran", "Work/2026", &why));
        // "." is Maildir++'s separator: refused, with the reason.
        QVERIFY(!store.createFolder("fran", "a.b", &why));
        QVERIFY(why.contains("not allowed"));
        QVERIFY(store.subscribe("fran", "Junk", false, &why));
        quint64 ticket = 0;
        const quint32 appended = store.append("fran", "Work", "Subject: appended\r\n\r\nx\r\n",
                                              {"\\Seen", "\\Flagged", "$Important"}, appendedDateMs, &why,
                                              &ticket);
        QCOMPARE(appended, 1u);
        QVERIFY(ticket > 0);
        const QList<ImapMessageInfo> inbox = stateOf(store, "INBOX");
        QCOMPARE(inbox.size(), 2);
        copiedDateMs = inbox.at(0).internalDateMs;
        // A keyword too (RFC 3501 §2.3.2): kept as a letter a–z that the
        // folder's dovecot-keywords file names, as Dovecot does.
        store.setFlags("fran", "INBOX", inbox.at(0).uid, {"\\Seen", "$Forwarded"});
        store.setFlags("fran", "INBOX", inbox.at(1).uid, {"\\Flagged", "\\Answered"});
        ticket = 0;
        QCOMPARE(store.copy("fran", "INBOX", {inbox.at(0).uid}, "Work", &why, &ticket), QList<quint32>{2});
        QVERIFY(ticket > 0);
        // MOVE: a copy, then the expunge, whose ticket the OK waits for.
        QCOMPARE(store.copy("fran", "INBOX", {inbox.at(1).uid}, "Work/2026", &why, &ticket),
                 QList<quint32>{1});
        QVERIFY(store.expunge("fran", "INBOX", {inbox.at(1).uid}) > 0);
        store.flushUidLists();
        settle(&committer);
        store.flushUidLists();
        settle(&committer);
        before = imapView(store);
        QCOMPARE(before.value("INBOX").size(), 2);
        QCOMPARE(before.value("Work").size(), 3);
        QCOMPARE(before.value("Junk").first().second, QList<QByteArray>{"not subscribed"});
    }
    // On disk: Maildir++ folders, flags in the names.
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/.Work.2026/cur")));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/.Work/maildirfolder")));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/.Sent/new")));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/.Work/carteiro-uidlist")));
    const QStringList inboxCur = filesIn(root + QStringLiteral("/cur"));
    QCOMPARE(inboxCur.size(), 1);
    QCOMPARE(inboxCur.first(), QString::fromUtf8(pop3Uid) + QStringLiteral(":2,Sa"));
    QCOMPARE(readFile(root + QStringLiteral("/dovecot-keywords")), QByteArray("0 $Forwarded\n"));
    QCOMPARE(readFile(root + QStringLiteral("/.Work/dovecot-keywords")),
             QByteArray("0 $Important\n1 $Forwarded\n"));
    QCOMPARE(filesIn(root + QStringLiteral("/.Work.2026/cur")).size(), 1);
    QVERIFY(filesIn(root + QStringLiteral("/.Work.2026/cur")).first().endsWith(QStringLiteral(":2,FR")));
    QStringList workInfo;
    for (const QString &name : filesIn(root + QStringLiteral("/.Work/cur")))
        workInfo.append(name.section(QStringLiteral(":2,"), 1));
    std::sort(workInfo.begin(), workInfo.end());
    QCOMPARE(workInfo, (QStringList{QStringLiteral("FSa"), QStringLiteral("Sb")}));
    QVERIFY(readFile(root + QStringLiteral("/subscriptions")).contains("Work/2026\n"));
    QVERIFY(!readFile(root + QStringLiteral("/subscriptions")).contains("Junk"));
    {
        // A new store on the same directory sees the same.
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QStringList problems;
        QVERIFY(store.openStorage(dir.path(), &committer, &problems, nullptr));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(imapView(store), before);
        // The internal dates: APPEND's as given, a COPY's as the original's
        // (to the second: the name holds seconds).
        const QList<ImapMessageInfo> work = stateOf(store, "Work");
        QCOMPARE(work.size(), 2);
        QCOMPARE(work.at(0).internalDateMs, appendedDateMs);
        QCOMPARE(work.at(1).internalDateMs / 1000, copiedDateMs / 1000);
        QVERIFY(copiedDateMs > appendedDateMs);
        // POP3's UIDL is the base name, whatever the flags.
        QCOMPARE(store.messages("fran").first().uid, pop3Uid);
        // Folder rename and delete act on the directories.
        QByteArray why;
        QVERIFY(store.renameFolder("fran", "Work", "Job", &why));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/.Job.2026/cur")));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.Work")));
        QVERIFY(store.deleteFolder("fran", "Job/2026", &why));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.Job.2026")));
        settle(&committer);
    }
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
        QCOMPARE(store.folderNames("fran"), (QList<QByteArray>{"Drafts", "Job", "Junk", "Sent", "Trash"}));
        QCOMPARE(imapView(store).value("Job"), before.value("Work"));
    }
}

void TestMaildir::fileWithoutUidGetsANewOneAndLostListANewValidity()
{
    QTemporaryDir dir;
    DiskCommitter committer;
    const QString root = dir.path() + QStringLiteral("/mail/fran");
    quint32 validity = 0;
    QList<ImapMessageInfo> first;
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
        QByteArray why;
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.append("fran", "INBOX", "Subject: x\r\n\r\nx\r\n", {}, 0, &why, nullptr));
        QVERIFY(store.expunge("fran", "INBOX", {2}) > 0);
        store.flushUidLists();
        settle(&committer);
        first = stateOf(store, "INBOX", &validity);
    }
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(1).uid, 3u);
    // A file put there by someone else (no entry in the list): a new UID,
    // above every UID given; the others keep theirs.
    QVERIFY(writeFile(root + QStringLiteral("/new/1.M1P1Q1.outside"), "Subject: outside\r\n\r\ny\r\n"));
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
        quint32 now = 0;
        const QList<ImapMessageInfo> messages = stateOf(store, "INBOX", &now);
        QCOMPARE(now, validity);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).uid, 1u);
        QCOMPARE(messages.at(1).uid, 3u);
        QCOMPARE(messages.at(2).uid, 4u);
        settle(&committer);
    }
    // No list: a new UIDVALIDITY (never one given before), numbered again.
    QVERIFY(QFile::remove(root + QStringLiteral("/carteiro-uidlist")));
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
        quint32 now = 0;
        const QList<ImapMessageInfo> messages = stateOf(store, "INBOX", &now);
        QVERIFY(now > validity);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(2).uid, 3u);
        settle(&committer);
    }
    {
        // A write that fails (tmp/ is not a directory): the ticket says why
        // (the IMAP OK becomes a NO with it), and the message leaves the folder.
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
        QByteArray why;
        QVERIFY(store.createFolder("fran", "Broken", &why));
        settle(&committer); // its UID list is written through .Broken/tmp
        QVERIFY(QDir(root + QStringLiteral("/.Broken/tmp")).removeRecursively());
        QVERIFY(writeFile(root + QStringLiteral("/.Broken/tmp"), "not a directory"));
        quint64 ticket = 0;
        QCOMPARE(store.append("fran", "Broken", "Subject: x\r\n\r\nx\r\n", {}, 0, &why, &ticket), 1u);
        settle(&committer);
        QVERIFY(committer.failedBetween(ticket, ticket));
        QVERIFY(!committer.failure(ticket).isEmpty());
        QVERIFY(stateOf(store, "Broken").isEmpty());
        QVERIFY(QFile::remove(root + QStringLiteral("/.Broken/tmp")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/.Broken/tmp")));
    }
    // An unreadable list: the same, and the problem is said.
    QVERIFY(writeFile(root + QStringLiteral("/carteiro-uidlist"), "garbage\n"));
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QStringList problems;
        QVERIFY(store.openStorage(dir.path(), &committer, &problems, nullptr));
        quint32 now = 0;
        stateOf(store, "INBOX", &now);
        QVERIFY(now > validity + 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("carteiro-uidlist")));
    }
}

void TestMaildir::queueEntryRoundTrip()
{
    MailServer::QueueEntry entry;
    entry.id = QStringLiteral("Q12.1");
    entry.sender = "ana@cliente.fr";
    entry.domain = QStringLiteral("servidor.edu");
    entry.recipients = {"fran@servidor.edu", "luis@servidor.edu"};
    entry.attempts = 3;
    entry.lastError = QStringLiteral("421 4.3.2 busy\r\nnow");
    entry.content = "Subject: x\r\n\r\nbody\r\n\r\nmore\r\n";
    MailServer::QueueEntry back;
    QString error;
    QVERIFY2(MailServer::parseQueueEntry(MailServer::serializeQueueEntry(entry), &back, &error),
             qPrintable(error));
    QCOMPARE(back.id, entry.id);
    QCOMPARE(back.sender, entry.sender);
    QCOMPARE(back.domain, entry.domain);
    QCOMPARE(back.recipients, entry.recipients);
    QCOMPARE(back.attempts, 3);
    QCOMPARE(back.lastError, QStringLiteral("421 4.3.2 busy  now"));
    QCOMPARE(back.content, entry.content);
    // A bounce's empty reverse-path survives too.
    entry.sender.clear();
    QVERIFY(MailServer::parseQueueEntry(MailServer::serializeQueueEntry(entry), &back, &error));
    QVERIFY(back.sender.isEmpty());
}

void TestMaildir::corruptQueueEntryIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("Carteiro-Queue");
    QTest::newRow("a message, not an entry")
        << QByteArray("Subject: x\r\n\r\nbody\r\n") << QStringLiteral("Carteiro-Queue");
    QTest::newRow("cut before the message")
        << QByteArray("Carteiro-Queue: 1\r\nId: Q1\r\nDomain: a.b\r\nRecipient: <x@a.b>\r\n")
        << QStringLiteral("no empty line");
    QTest::newRow("no recipient") << QByteArray("Carteiro-Queue: 1\r\nId: Q1\r\nDomain: a.b\r\n\r\nbody")
                                  << QStringLiteral("Recipient");
    QTest::newRow("binary garbage") << QByteArray("Carteiro-Queue: 1\r\n\x01\x02\xff\r\n\r\nbody", 30)
                                    << QStringLiteral("without a field name");
}

void TestMaildir::corruptQueueEntryIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    MailServer::QueueEntry entry;
    QString error;
    QVERIFY(!MailServer::parseQueueEntry(bytes, &entry, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestMaildir::worldKeepsMailboxesAcrossARestart()
{
    QTemporaryDir dir;
    {
        World world(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
        QString error;
        QVERIFY2(world.start(&error), qPrintable(error));
        QVERIFY(world.committer());
        world.client(QStringLiteral("ana"))
            ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("Persisted"));
        QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
        QCOMPARE(world.client(QStringLiteral("ana"))->lastSendResult().outcome,
                 SmtpClientResult::Outcome::Delivered);
        QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
    }
    const QString franNew = dir.path() + QStringLiteral("/servidor.edu/mail/fran/new");
    QCOMPARE(filesIn(franNew).size(), 1);
    QVERIFY(filesIn(dir.path() + QStringLiteral("/cliente.fr/queue/new")).isEmpty()); // relayed, gone
    // A leftover of a crash: never acknowledged, so it must not appear.
    QVERIFY(writeFile(dir.path() + QStringLiteral("/servidor.edu/mail/fran/tmp/1.M1P1Q1.carteiro"), "half"));
    {
        World world(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
        QVERIFY(world.start(nullptr));
        MailStore *box = world.server(QStringLiteral("servidor.edu"))->store();
        QCOMPARE(box->count("fran"), 1);
        QVERIFY(box->mailbox("fran").first().content().contains("Persisted"));
        QVERIFY(box->mailbox("fran").first().content().startsWith("Return-Path: <ana@cliente.fr>\r\n"));
        QVERIFY(filesIn(dir.path() + QStringLiteral("/servidor.edu/mail/fran/tmp")).isEmpty());
        // Fran downloads and deletes it over POP3: the file goes.
        world.client(QStringLiteral("fran"))->fetch(Pop3Mode::DownloadAndDelete);
        QVERIFY(QTest::qWaitFor([&] { return !world.hasWork() && box->count("fran") == 0; }, 20000));
        world.committer()->waitForIdle();
        QVERIFY(filesIn(franNew).isEmpty());
    }
}

void TestMaildir::worldReportsACorruptQueueFileAndGoesOn()
{
    QTemporaryDir dir;
    const QString queueNew = dir.path() + QStringLiteral("/cliente.fr/queue/new");
    QVERIFY(QDir().mkpath(queueNew));
    QVERIFY(
        writeFile(queueNew + QStringLiteral("/1700000000.M1P1Q1.carteiro"), "\x00\x01 not a queue entry"));
    World world(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    QCOMPARE(world.storageProblems().size(), 1);
    QVERIFY2(world.storageProblems().first().contains(
                 QStringLiteral("1700000000.M1P1Q1.carteiro is not a queue entry")),
             qPrintable(world.storageProblems().first()));
    QVERIFY(world.server(QStringLiteral("cliente.fr"))->queue().isEmpty());
    // Kept for a person to look at, not deleted.
    QCOMPARE(filesIn(queueNew).size(), 1);
    QVERIFY(TestWorlds::noted(world, QStringLiteral("is not a queue entry")));
}

void TestMaildir::dataDirectoryIsLockedByOneWorld()
{
    QTemporaryDir dir;
    World first(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
    QVERIFY(first.start(nullptr));
    World second(TestWorlds::parse(TestWorlds::twoDomains), TestWorlds::diskOptions(dir.path()));
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QStringLiteral("in use by another carteiro")), qPrintable(error));
}

void TestMaildir::queuedMessageIsRetriedAfterARestart()
{
    QTemporaryDir dir;
    World::Options options = TestWorlds::diskOptions(dir.path());
    options.queue.retryBaseMs = 60000; // no retry before the "restart"
    const QString queueNew = dir.path() + QStringLiteral("/cliente.fr/queue/new");
    {
        World world(TestWorlds::parse(TestWorlds::twoDomains), options);
        QVERIFY(world.start(nullptr));
        QVERIFY(world.setHostListening(QStringLiteral("servidor.edu"), World::Listening::Off));
        world.client(QStringLiteral("ana"))
            ->send({"fran@servidor.edu"}, QStringLiteral("Queued"), QStringLiteral("?"));
        QVERIFY(QTest::qWaitFor([&] { return !world.isBusy(); }, 20000));
        QCOMPARE(world.server(QStringLiteral("cliente.fr"))->queue().size(), 1);
        world.committer()->waitForIdle();
        QCOMPARE(filesIn(queueNew).size(), 1);
        // The deferral was written into the entry: one attempt made.
        MailServer::QueueEntry onDisk;
        QVERIFY(MailServer::parseQueueEntry(readFile(queueNew + QLatin1Char('/') + filesIn(queueNew).first()),
                                            &onDisk, nullptr));
        QCOMPARE(onDisk.attempts, 1);
        QCOMPARE(onDisk.recipients, QList<QByteArray>{"fran@servidor.edu"});
    }
    {
        World world(TestWorlds::parse(TestWorlds::twoDomains), options);
        QVERIFY(world.start(nullptr));
        QCOMPARE(world.server(QStringLiteral("cliente.fr"))->queue().size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
        QCOMPARE(world.server(QStringLiteral("servidor.edu"))->store()->count("fran"), 1);
        world.committer()->waitForIdle();
        QVERIFY(filesIn(queueNew).isEmpty());
    }
}

void TestMaildir::headerReadsOnlyTheHeaderSection()
{
    // The window reads From and Subject of every stored message (with its
    // Return-Path: and Received: first); header() must stop at the body.
    const QByteArray message = "Return-Path: <ana@cliente.fr>\r\n"
                               "Received: from x\r\n\tby servidor.edu\r\n"
                               "SUBJECT: Ola\r\n  Fran\r\n"
                               "From: Ana <ana@cliente.fr>\r\n"
                               "Fromage: no\r\n"
                               "\r\n"
                               "To: in the body, not a header\r\n";
    QCOMPARE(MailMessage::header(message, "Subject"), QByteArray("Ola  Fran"));
    QCOMPARE(MailMessage::header(message, "from"), QByteArray("Ana <ana@cliente.fr>"));
    QCOMPARE(MailMessage::header(message, "Received"), QByteArray("from x\tby servidor.edu"));
    QCOMPARE(MailMessage::header(message, "To"), QByteArray());
    QCOMPARE(MailMessage::header("Subject: bare LF\nFrom: x\n\nbody\n", "From"), QByteArray("x"));
    QCOMPARE(MailMessage::header("Subject: no body at all", "Subject"), QByteArray("no body at all"));
    QCOMPARE(MailMessage::header(QByteArray(), "Subject"), QByteArray());
}

QTEST_GUILESS_MAIN(TestMaildir)
#include "tst_maildir.moc"
