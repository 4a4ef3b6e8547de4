// SPDX-License-Identifier: GPL-3.0-or-later
// Receipts (core/storage/receiptjournal.h): a message stored on disk whose 250
// its client may never have read is not stored twice when sent again, while
// a message whose 250 was surely read (a command came after it) is stored
// again if sent again, as any server would. Over real sockets, across
// restarts of a world on the same data directory, and the journal itself.
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "storage/diskcommitter.h"
#include "storage/receiptjournal.h"
#include "testworlds.h"
#include "world/world.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files, QDir::Name);
}

// The last line of the reply to `line` (continuation lines skipped).
QByteArray say(QTcpSocket &socket, const QByteArray &line)
{
    if (!line.isNull())
        socket.write(line + "\r\n");
    while (true) {
        if (!socket.canReadLine() && !QTest::qWaitFor([&] { return socket.canReadLine(); }, 10000))
            return "(no reply)";
        const QByteArray reply = socket.readLine().trimmed();
        if (reply.size() < 4 || reply.at(3) != '-')
            return reply;
    }
}

// Opens a connection to servidor.edu:25 of `world` and says everything up to
// the 250 for the end of DATA, whose line it returns.
QByteArray deliver(const World &world, QTcpSocket &socket, const QByteArray &content)
{
    const World::Service *smtp = world.service(QStringLiteral("servidor.edu"), QStringLiteral("smtp"));
    socket.connectToHost(smtp->address, smtp->port);
    if (!socket.waitForConnected(5000))
        return "(no connection)";
    say(socket, QByteArray());
    say(socket, "EHLO cliente.fr");
    say(socket, "MAIL FROM:<ana@cliente.fr>");
    say(socket, "RCPT TO:<fran@servidor.edu>");
    say(socket, "DATA");
    QByteArray body = content;
    body.replace("\r\n.", "\r\n..");
    return say(socket, body + ".");
}

const QByteArray message = "From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: once\r\n"
                           "Message-Id: <once@cliente.fr>\r\n\r\nOnly once, please.\r\n";

struct Disk {
    QTemporaryDir dir;
    std::unique_ptr<World> world;

    bool start()
    {
        world.reset(); // the previous world's files stay, as after a kill
        world = std::make_unique<World>(TestWorlds::parse(TestWorlds::twoDomains),
                                        TestWorlds::diskOptions(dir.path()));
        QString error;
        if (!world->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    int franCount() const { return world->server(QStringLiteral("servidor.edu"))->store()->count("fran"); }
    bool noted(const QString &text) const { return TestWorlds::noted(*world, text); }
    // An SMTP client at a real socket to servidor.edu:25 up to the 250 for
    // the end of DATA. Then `quit` says QUIT (the 250 was read); otherwise
    // the socket is dropped, as if the client had died before reading it.
    QByteArray send(bool quit, const QByteArray &content = message)
    {
        QTcpSocket socket;
        const QByteArray reply = deliver(*world, socket, content);
        if (quit) {
            say(socket, "QUIT");
        } else {
            socket.abort();
        }
        // The server sees the end of the connection and settles the receipt.
        QTest::qWait(100);
        return reply;
    }
    void settle()
    {
        world->committer()->waitForIdle();
        QTest::qWait(50);
    }
};

} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysDependOnEnvelopeAndContent();
    void keyIsInTheFileName();
    void journalClassifiesWhatItFindsAtStart();
    void journalStatesOfOneTransaction();
    void journalInTheWaySaysWhich();
    void unreadReplyIsNotStoredTwiceWhenSentAgain();
    void readReplyIsStoredAgainWhenSentAgain();
    void unreadReplyAcrossARestart();
    void readReplyAcrossARestart();
    void downloadedBeforeTheResendStaysDelivered();
    void memoryWorldHasNoReceipts();
};

void TestReceipts::keysDependOnEnvelopeAndContent()
{
    const QByteArray key = ReceiptJournal::keyFor("ana@cliente.fr", {"fran@servidor.edu"}, message);
    QCOMPARE(key.size(), 16);
    QCOMPARE(ReceiptJournal::keyFor("ANA@cliente.fr", {"fran@SERVIDOR.edu"}, message), key);
    QVERIFY(ReceiptJournal::keyFor("ana@cliente.fr", {"pepe@servidor.edu"}, message) != key);
    QVERIFY(ReceiptJournal::keyFor("ana@cliente.fr", {"fran@servidor.edu", "pepe@servidor.edu"}, message)
            != key);
    QVERIFY(ReceiptJournal::keyFor("", {"fran@servidor.edu"}, message) != key);
    QVERIFY(ReceiptJournal::keyFor("ana@cliente.fr", {"fran@servidor.edu"}, message + "x") != key);
    // Recipients and sender cannot be shifted into each other.
    QVERIFY(ReceiptJournal::keyFor("a", {"b"}, "c") != ReceiptJournal::keyFor("a\0b", {}, "c"));
}

void TestReceipts::keyIsInTheFileName()
{
    const QString name = Maildir::uniqueName("0123456789abcdef");
    QVERIFY2(name.endsWith(QStringLiteral(",K=0123456789abcdef.carteiro")), qPrintable(name));
    QVERIFY(name.size() <= 70); // a POP3 unique id (RFC 1939 §7)
    QCOMPARE(ReceiptJournal::keyOf(name), QByteArray("0123456789abcdef"));
    QCOMPARE(ReceiptJournal::keyOf(name + QStringLiteral(":2,S")), QByteArray("0123456789abcdef"));
    QCOMPARE(ReceiptJournal::keyOf(Maildir::uniqueName()), QByteArray());
    QCOMPARE(ReceiptJournal::keyOf(QStringLiteral("1.M1P1Q1,K=0123.carteiro")), QByteArray());
    QCOMPARE(ReceiptJournal::keyOf(QStringLiteral("1.M1P1Q1,K=0123456789ABCDEF.carteiro")), QByteArray());
}

void TestReceipts::journalClassifiesWhatItFindsAtStart()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray confirmedKey = "1111111111111111";
    const QByteArray storedKey = "2222222222222222"; // a file, never confirmed
    const QByteArray goneKey = "3333333333333333"; // no file, listed unconfirmed
    const QByteArray oldKey = "4444444444444444"; // listed, six days old
    const QByteArray confirmedGone = "5555555555555555"; // confirmed, file gone
    QVERIFY(writeFile(dir.filePath(QStringLiteral("receipts.confirmed")),
                      confirmedKey + "\n" + confirmedGone + "\nnot a key\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("receipts.unconfirmed")),
                      goneKey + " " + QByteArray::number(now - 60) + "\n" + oldKey + " "
                          + QByteArray::number(now - 6 * 24 * 3600) + "\n" + confirmedGone + " "
                          + QByteArray::number(now) + "\ngarbage\n"));
    const QStringList files = {
        QStringLiteral("%1.M1P1Q1,K=%2.carteiro").arg(now).arg(QString::fromLatin1(confirmedKey)),
        QStringLiteral("%1.M1P1Q2,K=%2.carteiro").arg(now).arg(QString::fromLatin1(storedKey)),
        QStringLiteral("%1.M1P1Q3.carteiro").arg(now)};
    ReceiptJournal journal;
    QStringList problems;
    QString error;
    QVERIFY2(journal.open(dir.path(), files, &problems, &error), qPrintable(error));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("2 line"))
                 && problems.first().contains(QStringLiteral("not receipts")),
             qPrintable(problems.first()));
    QVERIFY(!journal.isCandidate(confirmedKey));
    QVERIFY(journal.isCandidate(storedKey));
    QVERIFY(journal.isCandidate(goneKey));
    QVERIFY(!journal.isCandidate(oldKey));
    QVERIFY(!journal.isCandidate(confirmedGone));
    QCOMPARE(journal.candidateCount(), 2);
    // Written again, compacted: the same state is read back.
    QCOMPARE(readFile(dir.filePath(QStringLiteral("receipts.confirmed"))), confirmedKey + "\n");
    const QByteArray unconfirmed = readFile(dir.filePath(QStringLiteral("receipts.unconfirmed")));
    QCOMPARE(unconfirmed.count('\n'), 2);
    QVERIFY(unconfirmed.contains(storedKey + " " + QByteArray::number(now) + "\n"));
    QVERIFY(unconfirmed.contains(goneKey + " " + QByteArray::number(now - 60) + "\n"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("receipts.confirmed.new"))));
    ReceiptJournal again;
    QVERIFY(again.open(dir.path(), files, &problems, &error));
    QCOMPARE(again.candidateCount(), 2);
    QVERIFY(again.isCandidate(storedKey) && again.isCandidate(goneKey));
}

void TestReceipts::journalStatesOfOneTransaction()
{
    QTemporaryDir dir;
    ReceiptJournal journal;
    QVERIFY(journal.open(dir.path(), {}, nullptr, nullptr));
    const QByteArray key = "abcdefabcdefabcd";
    QByteArray receipt;
    QVERIFY(!journal.takeCandidate(key, &receipt));

    // Ended unconfirmed before its files were durable: a candidate once they are.
    receipt = journal.begin(key);
    journal.unconfirmed(receipt);
    QVERIFY(!journal.isCandidate(key));
    journal.committed(receipt, true);
    QVERIFY(journal.isCandidate(key));

    // Taken by an identical message (once), then confirmed: no longer a candidate.
    QByteArray again;
    QVERIFY(journal.takeCandidate(key, &again));
    QVERIFY(!journal.takeCandidate(key, &receipt));
    journal.confirmed(again);
    QVERIFY(!journal.isCandidate(key));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("receipts.confirmed"))), key + "\n");

    // A commit that failed leaves nothing to match.
    receipt = journal.begin(key);
    journal.unconfirmed(receipt);
    journal.committed(receipt, false);
    QVERIFY(!journal.isCandidate(key));

    // Durable, its file removed before the client shows it read the 250:
    // the key is written down, so a restart still knows it.
    receipt = journal.begin(key);
    journal.committed(receipt, true);
    journal.forgetting(dir.filePath(QStringLiteral("1.M1P1Q1,K=%1.carteiro").arg(QString::fromLatin1(key))));
    QVERIFY(readFile(dir.filePath(QStringLiteral("receipts.unconfirmed"))).startsWith(key + " "));
    ReceiptJournal restarted;
    QVERIFY(restarted.open(dir.path(), {}, nullptr, nullptr));
    // Confirmed earlier in this directory's history, so not a candidate.
    QVERIFY(!restarted.isCandidate(key));
}

void TestReceipts::journalInTheWaySaysWhich()
{
    // A directory where the journal should be: the server does not start,
    // and the error names the file (nothing is half-written).
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("receipts.confirmed"))));
    ReceiptJournal journal;
    QStringList problems;
    QString error;
    QVERIFY(!journal.open(dir.path(), {}, &problems, &error));
    QVERIFY2(error.contains(QStringLiteral("receipts.confirmed")), qPrintable(error));
    QVERIFY(!journal.isOpen());
    QByteArray receipt;
    QVERIFY(!journal.takeCandidate("abcdefabcdefabcd", &receipt));

    // The same through a world: start() fails and says why.
    const World::Options options = TestWorlds::diskOptions(dir.path() + QStringLiteral("/data"));
    QVERIFY(QDir().mkpath(options.dataDirectory + QStringLiteral("/servidor.edu/receipts.unconfirmed")));
    World world(TestWorlds::parse(TestWorlds::twoDomains), options);
    QVERIFY(!world.start(&error));
    QVERIFY2(error.contains(QStringLiteral("receipts.unconfirmed")), qPrintable(error));
}

void TestReceipts::unreadReplyIsNotStoredTwiceWhenSentAgain()
{
    Disk disk;
    QVERIFY(disk.start());
    QVERIFY(disk.send(false).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 1);
    // The client never showed it read the 250: the same message again is
    // answered 250 and not stored a second time…
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 1);
    QVERIFY(disk.noted(QStringLiteral("already holds this message")));
    // …once: that resend's 250 was read (QUIT came), so a third is a new message.
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 2);
    // A different message is never taken for it.
    QVERIFY(disk.send(false, QByteArray(message).replace("Only once", "Another")).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 3);
}

void TestReceipts::readReplyIsStoredAgainWhenSentAgain()
{
    Disk disk;
    QVERIFY(disk.start());
    QVERIFY(disk.send(true).startsWith("250"));
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    // Sent twice on purpose (each 250 read): two messages, as with Postfix.
    QCOMPARE(disk.franCount(), 2);
    QVERIFY(!disk.noted(QStringLiteral("already holds this message")));
}

void TestReceipts::unreadReplyAcrossARestart()
{
    Disk disk;
    QVERIFY(disk.start());
    QVERIFY(disk.send(false).startsWith("250"));
    disk.settle();
    QVERIFY(disk.start()); // the same directory, as after kill -9
    QCOMPARE(disk.franCount(), 1);
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 1);
    QVERIFY(disk.noted(QStringLiteral("already holds this message")));
    const QString franNew = disk.dir.path() + QStringLiteral("/servidor.edu/mail/fran/new");
    QCOMPARE(filesIn(franNew).size(), 1);
    QVERIFY2(!ReceiptJournal::keyOf(filesIn(franNew).first()).isEmpty(),
             qPrintable(filesIn(franNew).first()));
}

void TestReceipts::readReplyAcrossARestart()
{
    Disk disk;
    QVERIFY(disk.start());
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    QVERIFY(disk.start());
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 2);
}

void TestReceipts::downloadedBeforeTheResendStaysDelivered()
{
    Disk disk;
    QVERIFY(disk.start());
    QVERIFY(disk.send(false).startsWith("250"));
    disk.settle();
    // Fran downloads and deletes it before Ana's client sends it again.
    MailStore *box = disk.world->server(QStringLiteral("servidor.edu"))->store();
    disk.world->client(QStringLiteral("fran"))->fetch(Pop3Mode::DownloadAndDelete);
    QVERIFY(QTest::qWaitFor([&] { return !disk.world->hasWork() && box->count("fran") == 0; }, 20000));
    disk.settle();
    QVERIFY(disk.start());
    QVERIFY(disk.send(true).startsWith("250"));
    disk.settle();
    QCOMPARE(disk.franCount(), 0); // Fran has it already: not delivered twice
    QVERIFY(disk.noted(QStringLiteral("already holds this message")));
}

void TestReceipts::memoryWorldHasNoReceipts()
{
    // The window and --headless keep mail in memory: nothing is remembered,
    // every message sent is stored (a classroom run starts empty anyway).
    std::unique_ptr<World> world = TestWorlds::start();
    QVERIFY(world);
    for (int i = 0; i < 2; ++i) {
        QTcpSocket socket;
        QVERIFY(deliver(*world, socket, message).startsWith("250"));
        socket.abort();
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return world->server(QStringLiteral("servidor.edu"))->store()->count("fran") == 2; }, 5000));
}

QTEST_GUILESS_MAIN(TestReceipts)
#include "tst_receipts.moc"
