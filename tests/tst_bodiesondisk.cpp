// SPDX-License-Identifier: GPL-3.0-or-later
// With persistence the stored messages' texts live in their Maildir files,
// not in memory (MailStore::heldBytes(), Message::isHeld()), yet POP3 RETR
// and TOP and IMAP FETCH read them whole and byte for byte, before and after
// a restart; a file removed behind the store's back gives -ERR / NO naming
// the problem, and the session goes on.
#include "mail/mailstore.h"
#include "protocol/imapserversession.h"
#include "protocol/pop3serversession.h"
#include "storage/diskcommitter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Lines with a leading dot (stuffed on the wire), 8-bit octets, a long line
// and a last line: what a byte-exact read must give back.
QByteArray messageNumber(int n)
{
    QByteArray text = "Return-Path: <ana@cliente.fr>\r\nFrom: ana@cliente.fr\r\nSubject: message "
        + QByteArray::number(n) + "\r\n\r\n";
    text += ".a line with a leading dot\r\n..two dots\r\n";
    text += "8-bit: \xc3\xb1 \xc3\xa1\r\n";
    text += QByteArray(900, char('a' + n % 26)) + "\r\n";
    for (int i = 0; i < 40; ++i)
        text += "line " + QByteArray::number(i) + " of message " + QByteArray::number(n) + "\r\n";
    return text;
}

void settle(DiskCommitter *committer)
{
    committer->waitForIdle();
    QTest::qWait(20);
    QCoreApplication::processEvents();
}

// The text of a POP3 multi-line answer (RETR): its lines after the first.
QByteArray pop3Text(const Utterance &answer)
{
    QByteArray text;
    for (qsizetype i = 1; i < answer.lines.size(); ++i) {
        if (i == answer.lines.size() - 1 && answer.lines.at(i) == ".")
            break;
        QByteArray line = answer.lines.at(i);
        if (line.startsWith("..")) // dot-stuffed on the wire (RFC 1939 §3)
            line.remove(0, 1);
        text += line + "\r\n";
    }
    return text;
}

QByteArray allOutput(const QList<Utterance> &out)
{
    QByteArray text;
    for (const Utterance &u : out) {
        for (const QByteArray &line : u.lines)
            text += line + "\r\n";
    }
    return text;
}

} // namespace

class TestBodiesOnDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodiesAreReadFromTheirFiles();
    void restartReadsNoBody();
    void removedFileIsAnErrorNotACrash();
    void withoutPersistenceMailStaysInMemory();
    void appendIsHeldUntilDurable();

private:
    // Delivers `count` messages durably to fran; returns their texts.
    QList<QByteArray> fill(MailStore *store, DiskCommitter *committer, int count);
};

QList<QByteArray> TestBodiesOnDisk::fill(MailStore *store, DiskCommitter *committer, int count)
{
    QList<QByteArray> texts;
    int stored = 0;
    for (int n = 0; n < count; ++n) {
        texts.append(messageNumber(n));
        store->deliverDurably("fran", texts.last(), [&](bool ok, const QString &) { stored += ok ? 1 : 0; });
    }
    if (!QTest::qWaitFor([&] { return stored == count; }, 20000))
        qWarning("only %d of %d stored", stored, count);
    settle(committer);
    return texts;
}

void TestBodiesOnDisk::bodiesAreReadFromTheirFiles()
{
    QTemporaryDir dir;
    DiskCommitter committer;
    MailStore store;
    store.addUser("fran", "claveejemplo");
    QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
    const QList<QByteArray> texts = fill(&store, &committer, 30);
    QCOMPARE(store.count("fran"), 30);
    // Nothing of the texts in memory: sizes, flags and names only.
    QCOMPARE(store.heldBytes(), qint64(0));
    for (const MailStore::Message &m : store.mailbox("fran")) {
        QVERIFY(!m.isHeld());
        QVERIFY(m.heldContent.isNull());
    }
    for (const Pop3StoredMessage &m : store.messages("fran"))
        QVERIFY(m.content.isNull());

    // POP3: LIST gives the sizes, RETR the text byte for byte, TOP its start.
    Pop3ServerConfig config;
    config.timestamp = "<1.2@servidor.edu>";
    Pop3ServerSession pop3(config, &store);
    pop3.start();
    pop3.receive("USER fran\r\nPASS claveejemplo\r\n");
    pop3.takeOutput();
    pop3.receive("LIST 7\r\n");
    QCOMPARE(pop3.takeOutput().first().lines.first(), "+OK 7 " + QByteArray::number(texts.at(6).size()));
    for (int n = 1; n <= 30; ++n) {
        pop3.receive("RETR " + QByteArray::number(n) + "\r\n");
        const QList<Utterance> out = pop3.takeOutput();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().lines.first(), "+OK " + QByteArray::number(texts.at(n - 1).size()) + " octets");
        QCOMPARE(pop3Text(out.first()), texts.at(n - 1));
    }
    pop3.receive("TOP 3 1\r\n");
    const QByteArray top = pop3Text(pop3.takeOutput().first());
    QVERIFY(texts.at(2).startsWith(top));
    QVERIFY(top.endsWith("\r\n\r\n.a line with a leading dot\r\n"));
    // Reading did not keep them.
    QCOMPARE(store.heldBytes(), qint64(0));

    // IMAP: FETCH BODY[] is the file, RFC822.SIZE its size.
    ImapServerConfig imapConfig;
    imapConfig.hostname = "servidor.edu";
    imapConfig.domain = "servidor.edu";
    ImapServerSession imap(imapConfig, &store);
    imap.start();
    imap.receive("a1 LOGIN fran claveejemplo\r\na2 EXAMINE INBOX\r\n");
    imap.takeOutput();
    imap.receive("a3 FETCH 12 (RFC822.SIZE BODY.PEEK[])\r\n");
    const QByteArray fetched = allOutput(imap.takeOutput());
    const QByteArray literal = "BODY[] {" + QByteArray::number(texts.at(11).size()) + "}\r\n" + texts.at(11)
        + ")";
    QVERIFY2(fetched.contains(literal), fetched.left(300).constData());
    QVERIFY(fetched.contains("RFC822.SIZE " + QByteArray::number(texts.at(11).size())));
    QVERIFY(fetched.contains("a3 OK"));
    imap.receive("a4 FETCH 5 BODY.PEEK[HEADER.FIELDS (SUBJECT)]\r\n");
    QVERIFY(allOutput(imap.takeOutput()).contains("Subject: message 4\r\n"));
    QCOMPARE(store.heldBytes(), qint64(0));
    // The window's view reads the header section only.
    const MailStore::Message first = store.mailbox("fran").first();
    QVERIFY(store.headerOf(first).endsWith("Subject: message 0\r\n\r\n"));
}

void TestBodiesOnDisk::restartReadsNoBody()
{
    QTemporaryDir dir;
    DiskCommitter committer;
    QList<QByteArray> texts;
    {
        MailStore store;
        store.addUser("fran", "claveejemplo");
        QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
        texts = fill(&store, &committer, 10);
        store.flushUidLists();
        settle(&committer);
    }
    MailStore store;
    store.addUser("fran", "claveejemplo");
    QStringList problems;
    QVERIFY(store.openStorage(dir.path(), &committer, &problems, nullptr));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(store.count("fran"), 10);
    QCOMPARE(store.heldBytes(), qint64(0));
    const QList<MailStore::Message> box = store.mailbox("fran");
    for (int n = 0; n < 10; ++n) {
        QCOMPARE(box.at(n).size, qint64(texts.at(n).size()));
        QCOMPARE(store.contentOf(box.at(n)), texts.at(n));
    }
    QByteArray error;
    QCOMPARE(store.content("fran", "INBOX", box.at(4).imapUid, &error), texts.at(4));
    QVERIFY(error.isEmpty());
}

void TestBodiesOnDisk::removedFileIsAnErrorNotACrash()
{
    QTemporaryDir dir;
    DiskCommitter committer;
    MailStore store;
    store.addUser("fran", "claveejemplo");
    QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
    const QList<QByteArray> texts = fill(&store, &committer, 3);
    const MailStore::Message second = store.mailbox("fran").at(1);
    QVERIFY(QFile::remove(second.path));

    QByteArray error;
    QVERIFY(store.contentOf(second, &error).isEmpty());
    QVERIFY2(error.contains("cannot read the message's file " + second.uid), error.constData());

    Pop3ServerConfig config;
    config.timestamp = "<1.2@servidor.edu>";
    Pop3ServerSession pop3(config, &store);
    pop3.start();
    pop3.receive("USER fran\r\nPASS claveejemplo\r\n");
    pop3.takeOutput();
    pop3.receive("RETR 2\r\n");
    QList<Utterance> out = pop3.takeOutput();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().code, QByteArray("-ERR"));
    QVERIFY2(out.first().lines.first().startsWith("-ERR cannot read the message's file " + second.uid),
             out.first().lines.first().constData());
    QVERIFY(out.first().lines.first().contains("No such file"));
    pop3.receive("TOP 2 0\r\n");
    QCOMPARE(pop3.takeOutput().first().code, QByteArray("-ERR"));
    // The others are still read, and the session goes on.
    pop3.receive("RETR 3\r\n");
    out = pop3.takeOutput();
    QCOMPARE(pop3Text(out.first()), texts.at(2));
    QCOMPARE(pop3.state(), Pop3ServerSession::State::Transaction);

    ImapServerConfig imapConfig;
    imapConfig.hostname = "servidor.edu";
    imapConfig.domain = "servidor.edu";
    ImapServerSession imap(imapConfig, &store);
    imap.start();
    imap.receive("a1 LOGIN fran claveejemplo\r\na2 SELECT INBOX\r\n");
    imap.takeOutput();
    imap.receive("a3 FETCH 2 BODY[]\r\n");
    const QByteArray no = allOutput(imap.takeOutput());
    QVERIFY2(no.contains("a3 NO [SERVERBUG] cannot read the message's file " + second.uid), no.constData());
    QVERIFY(!no.contains("* 2 FETCH"));
    // Not marked \Seen by a read that failed; the others still fetched.
    imap.receive("a4 FETCH 2 FLAGS\r\n");
    QVERIFY(!allOutput(imap.takeOutput()).contains("\\Seen"));
    imap.receive("a5 FETCH 3 BODY.PEEK[]\r\n");
    const QByteArray third = allOutput(imap.takeOutput());
    QVERIFY(third.contains(texts.at(2)));
    QVERIFY(third.contains("a5 OK"));
    imap.receive("a6 SEARCH BODY \"message 1\"\r\n");
    QVERIFY(allOutput(imap.takeOutput()).contains("a6 NO [SERVERBUG] cannot read the message's file"));
}

void TestBodiesOnDisk::withoutPersistenceMailStaysInMemory()
{
    MailStore store;
    store.addUser("fran", "claveejemplo");
    store.deliver("fran", messageNumber(1));
    QCOMPARE(store.heldBytes(), qint64(messageNumber(1).size()));
    QVERIFY(store.mailbox("fran").first().isHeld());
    QCOMPARE(store.messages("fran").first().content, messageNumber(1));
}

void TestBodiesOnDisk::appendIsHeldUntilDurable()
{
    // An IMAP APPEND is in memory until its file is durable, then read from it.
    QTemporaryDir dir;
    DiskCommitter committer;
    MailStore store;
    store.addUser("fran", "claveejemplo");
    QVERIFY(store.openStorage(dir.path(), &committer, nullptr, nullptr));
    QByteArray error;
    quint64 ticket = 0;
    const quint32 uid = store.append("fran", "Drafts", messageNumber(9), {"\\Draft"}, 0, &error, &ticket);
    QVERIFY(uid != 0);
    settle(&committer);
    QCOMPARE(store.heldBytes(), qint64(0));
    QCOMPARE(store.content("fran", "Drafts", uid, &error), messageNumber(9));
    // COPY reads the source's file.
    const QList<quint32> copies = store.copy("fran", "Drafts", {uid}, "INBOX", &error, &ticket);
    QCOMPARE(copies.size(), 1);
    settle(&committer);
    QCOMPARE(store.heldBytes(), qint64(0));
    QCOMPARE(store.content("fran", "INBOX", copies.first(), &error), messageNumber(9));
}

QTEST_GUILESS_MAIN(TestBodiesOnDisk)
#include "tst_bodiesondisk.moc"
