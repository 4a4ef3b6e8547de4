// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript's keep limit (--keep-lines in --serve), the formatter's
// defences (masked secrets, printable peer text), and a connection written as
// a script: captured from a real run of ana-fran, it replays against a fresh
// engine as a test.
#include "classroom/scenariorunner.h"
#include "enginescript.h"
#include "protocol/smtpserversession.h"
#include "testevents.h"
#include "testworlds.h"
#include "transcript/transcript.h"
#include "transcript/transcriptformatter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <vector>

namespace {

using TestEvents::lineEvent;

TranscriptEvent connectionEvent(TranscriptEvent::Kind kind, const QString &from, const QString &to)
{
    TranscriptEvent e;
    e.kind = kind;
    e.connectionId = 4;
    e.protocol = Protocol::Smtp;
    e.from = from;
    e.to = to;
    return e;
}

TranscriptEvent said(TranscriptEvent::Direction direction, const QByteArray &raw, int connectionId = 4)
{
    const bool byClient = direction == TranscriptEvent::Direction::ClientToServer;
    TranscriptEvent e = connectionEvent(
        TranscriptEvent::Kind::Line, byClient ? QStringLiteral("cliente.fr") : QStringLiteral("servidor.edu"),
        byClient ? QStringLiteral("servidor.edu") : QStringLiteral("cliente.fr"));
    e.connectionId = connectionId;
    e.direction = direction;
    e.raw = raw;
    return e;
}

// servidor.edu's and cliente.fr's policy in ana-fran, as a fresh engine's
// delegate: fran@servidor.edu is local, other domains are relayed.
class AnaFranDelegate : public SmtpServerDelegate
{
public:
    bool authenticate(const QByteArray &user, const QByteArray &password) override
    {
        // "ana" and "ana@cliente.fr" both name Ana's account, as in MailServer.
        return (user == "ana" || user == "ana@cliente.fr") && password == "claveana";
    }
    SmtpReply checkSender(const SmtpEnvelope &, const QByteArray &) override
    {
        return SmtpReply(250, QByteArray(), QByteArray()); // the engine's text
    }
    SmtpReply checkRecipient(const SmtpEnvelope &, const QByteArray &recipient) override
    {
        if (recipient.endsWith("@" + domain))
            return SmtpServerSession::recipientOk(recipient);
        return SmtpReply(250, "2.1.5", recipient + " ... Recipient ok (will relay)");
    }
    SmtpReply acceptMessage(const SmtpEnvelope &, const QByteArray &content) override
    {
        stored.append(content);
        return SmtpServerSession::messageAccepted();
    }
    QByteArray domain;
    QList<QByteArray> stored;
};

// The id of the first connection from `client` to `server`, 0 if none.
int connectionBetween(const Transcript &transcript, const QString &client, const QString &server)
{
    for (const TranscriptEvent &e : transcript.events()) {
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened && e.from == client && e.to == server)
            return e.connectionId;
    }
    return 0;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noteSentencesAreFilledInOnePass();
    void keepsEverythingByDefault();
    void keepLimitDropsTheOldestBlocks();
    void keepLimitBoundsTheText();
    void dropGuardIsCalledBeforeTheBlocksGo();
    void smallBlocksKeepLess();
    void byteBoundAloneDropsTheOldestKeepsTheNewest();
    void eventsFilledInPlace();
    void runsAreHeardTogether();
    void courseLinesOfARun();
    void courseLineOfLongLines_data();
    void courseLineOfLongLines();
    void maskedSecret_data();
    void maskedSecret();
    void courseLineMasksWhenAsked();
    void jsonLineMasksWhenAsked();
    void printable_data();
    void printable();
    void scriptOfAConnection();
    void scriptPatternsWhatVaries();
    void capturedSessionReplays();
};

// A coded note's sentence gets its words in one pass, as QString::arg(a, b)
// does: a word that holds "%2" (a server's reply, a file name) stays as it
// is; %10 is the tenth word; a marker without a word stays; names go both ways.
void TestTranscript::noteSentencesAreFilledInOnePass()
{
    QCOMPARE(Notes::fill(QStringLiteral("%1 deferred (%2)"),
                         {QStringLiteral("Q1"), QStringLiteral("451 %1 busy")}),
             QStringLiteral("Q1 deferred (451 %1 busy)"));
    QCOMPARE(Notes::fill(QStringLiteral("MX %1? no MX; trying %1 itself"), {QStringLiteral("x.org")}),
             QStringLiteral("MX x.org? no MX; trying x.org itself"));
    QStringList ten;
    for (int i = 1; i <= 10; ++i)
        ten.append(QString::number(i * 11));
    QCOMPARE(Notes::fill(QStringLiteral("%10/%1/%3%"), ten), QStringLiteral("110/11/33%"));
    QCOMPARE(Notes::fill(QStringLiteral("100% of %2 and %0"), {QStringLiteral("a")}),
             QStringLiteral("100% of %2 and %0"));
    QCOMPARE(
        Notes::text(NoteCode::StoredInMailbox, {QStringLiteral("2"), QStringLiteral("fran@servidor.edu")}),
        QStringLiteral("stored in the mailbox of fran@servidor.edu (2 message(s))"));
    QCOMPARE(Notes::fromName(Notes::name(NoteCode::Deferred)), NoteCode::Deferred);
    QCOMPARE(Notes::fromName(QStringLiteral("no-such-note")), NoteCode::None);
    TranscriptEvent coded;
    coded.noteCode = NoteCode::ConnectionClosedBy;
    coded.noteArguments = {QStringLiteral("servidor.edu")};
    QCOMPARE(coded.noteText(), QStringLiteral("closed by servidor.edu"));
    TranscriptEvent plain;
    plain.note = QStringLiteral("1. Ana writes");
    QCOMPARE(plain.noteText(), QStringLiteral("1. Ana writes"));
}

void TestTranscript::keepsEverythingByDefault()
{
    Transcript transcript;
    for (int i = 0; i < 10000; ++i)
        transcript.append(lineEvent("NOOP"));
    QCOMPARE(transcript.firstIndex(), 0);
    QCOMPARE(transcript.size(), 10000);
    qsizetype count = 0;
    for (const TranscriptEvent &e : transcript.events())
        count += e.raw == "NOOP" ? 1 : 0;
    QCOMPARE(count, 10000);
}

void TestTranscript::keepLimitDropsTheOldestBlocks()
{
    Transcript transcript;
    transcript.setKeepLimit(5000);
    const qsizetype block = Transcript::eventsPerBlock();
    for (int i = 0; i < 50000; ++i)
        transcript.append(lineEvent("NOOP " + QByteArray::number(i)));
    // Numbering goes on; at least the limit, at most the limit and a block, stay.
    QCOMPARE(transcript.size(), 50000);
    const qsizetype kept = transcript.size() - transcript.firstIndex();
    QVERIFY2(kept >= 5000 && kept <= 5000 + block, qPrintable(QString::number(kept)));
    QCOMPARE(transcript.firstIndex() % block, 0);
    QCOMPARE(transcript.at(transcript.firstIndex()).sequence, transcript.firstIndex());
    QCOMPARE(transcript.at(49999).raw, QByteArray("NOOP 49999"));
    qsizetype iterated = 0;
    qint64 expected = transcript.firstIndex();
    for (const TranscriptEvent &e : transcript.events()) {
        QCOMPARE(e.sequence, expected++);
        ++iterated;
    }
    QCOMPARE(iterated, kept);
    QCOMPARE(transcript.lines().size(), kept);
}

void TestTranscript::keepLimitBoundsTheText()
{
    // Big DATA lines: the byte bound drops blocks before the event count would.
    Transcript transcript;
    const qint64 bytes = 2 * 1024 * 1024;
    transcript.setKeepLimit(100000, bytes);
    const QByteArray big(998, 'x');
    for (int i = 0; i < 20000; ++i)
        transcript.append(lineEvent(big));
    const qint64 oneBlock = Transcript::eventsPerBlock() * Transcript::costOf(lineEvent(big));
    QVERIFY2(transcript.keptBytes() <= bytes + oneBlock, qPrintable(QString::number(transcript.keptBytes())));
    QVERIFY(transcript.firstIndex() > 0);
    QCOMPARE(transcript.size(), 20000);
}

// --serve's stream writer reads stored events on its own thread: before a
// block is dropped or filled again, the drop guard is told which event is
// the first to stay, while those before it are still there as they were.
void TestTranscript::dropGuardIsCalledBeforeTheBlocksGo()
{
    Transcript transcript;
    transcript.setBlockBits(4); // blocks of 16
    transcript.setKeepLimit(20);
    QList<qsizetype> told;
    transcript.setDropGuard([&](qsizetype firstKept) {
        QVERIFY(firstKept > transcript.firstIndex());
        QCOMPARE(firstKept % 16, 0);
        // Every event still there, and unchanged, up to the first that stays.
        for (qsizetype i = transcript.firstIndex(); i < firstKept; ++i)
            QCOMPARE(transcript.at(i).raw, "NOOP " + QByteArray::number(i));
        told.append(firstKept);
    });
    for (int i = 0; i < 200; ++i)
        transcript.append(lineEvent("NOOP " + QByteArray::number(i)));
    QVERIFY(!told.isEmpty());
    // Each time, the first event kept is where the transcript starts after.
    QCOMPARE(told.last(), transcript.firstIndex());
    for (qsizetype i = 1; i < told.size(); ++i)
        QVERIFY(told.at(i) > told.at(i - 1));
    for (qsizetype i = transcript.firstIndex(); i < transcript.size(); ++i)
        QCOMPARE(transcript.at(i).raw, "NOOP " + QByteArray::number(i));
}

void TestTranscript::smallBlocksKeepLess()
{
    // A private world's transcript (blocks of 256): the same numbering, the
    // limit met with whole blocks of 256 beyond it (one kept whole, the one
    // being filled), not of 4096.
    Transcript transcript;
    QCOMPARE(transcript.blockEvents(), Transcript::eventsPerBlock());
    transcript.setBlockBits(8);
    QCOMPARE(transcript.blockEvents(), 256);
    transcript.setKeepLimit(300);
    for (int i = 0; i < 5000; ++i)
        transcript.append(lineEvent("NOOP " + QByteArray::number(i)));
    QCOMPARE(transcript.size(), 5000);
    const qsizetype kept = transcript.size() - transcript.firstIndex();
    QVERIFY2(kept >= 300 && kept <= 300 + 2 * 256, qPrintable(QString::number(kept)));
    QCOMPARE(transcript.firstIndex() % 256, 0);
    QCOMPARE(transcript.at(transcript.firstIndex()).raw,
             "NOOP " + QByteArray::number(transcript.firstIndex()));
    QCOMPARE(transcript.at(4999).raw, QByteArray("NOOP 4999"));
    qint64 expected = transcript.firstIndex();
    for (const TranscriptEvent &e : transcript.events())
        QCOMPARE(e.sequence, expected++);
    QCOMPARE(expected, 5000);
    // Once an event is in, the size of a block stays.
    transcript.setBlockBits(10);
    QCOMPARE(transcript.blockEvents(), 256);
}

void TestTranscript::byteBoundAloneDropsTheOldestKeepsTheNewest()
{
    // --keep-bytes without --keep-lines: short lines cost their event (about
    // 200 octets) and their text, so 60,000 of them do not fit in 4 MiB.
    Transcript transcript;
    const qint64 bound = 4 * 1024 * 1024;
    transcript.setKeepLimit(0, bound);
    QCOMPARE(transcript.keepBytes(), bound);
    qint64 oneBlock = 0;
    for (int i = 0; i < 60000; ++i) {
        const TranscriptEvent event = lineEvent("RCPT TO:<fran@servidor.edu> " + QByteArray::number(i));
        oneBlock = qMax(oneBlock, Transcript::costOf(event) * Transcript::eventsPerBlock());
        transcript.append(event);
    }
    QCOMPARE(transcript.size(), 60000);
    QVERIFY2(transcript.keptBytes() <= bound + oneBlock, qPrintable(QString::number(transcript.keptBytes())));
    // The cost counts the event, not only its text.
    QVERIFY(Transcript::costOf(lineEvent("x")) > qint64(sizeof(TranscriptEvent)));
    QVERIFY(transcript.firstIndex() > 0);
    QCOMPARE(transcript.firstIndex() % Transcript::eventsPerBlock(), 0);
    // The newest are kept, in order, with their numbers; the oldest are gone.
    QCOMPARE(transcript.at(59999).raw, QByteArray("RCPT TO:<fran@servidor.edu> 59999"));
    const qsizetype first = transcript.firstIndex();
    QCOMPARE(transcript.at(first).raw, "RCPT TO:<fran@servidor.edu> " + QByteArray::number(first));
    QVERIFY(transcript.size() - first >= Transcript::eventsPerBlock());
    qint64 counted = 0;
    for (const TranscriptEvent &e : transcript.events())
        counted += Transcript::costOf(e);
    QCOMPARE(counted, transcript.keptBytes());
    // No bound at all: everything stays.
    Transcript all;
    for (int i = 0; i < 10000; ++i)
        all.append(lineEvent("NOOP"));
    QCOMPARE(all.firstIndex(), 0);
}

void TestTranscript::eventsFilledInPlace()
{
    // next()/commitNext() (Connection::record's path) number, store, announce
    // and drop blocks as append() does, with the time given; the listener
    // (--serve's stream) hears each event before eventAppended() does.
    Transcript transcript;
    transcript.setKeepLimit(5000);
    qsizetype recycledNotes = 0; // slots a line took over from a note
    qsizetype announced = 0;
    qsizetype listened = 0;
    transcript.setListener([&](qsizetype first, qsizetype last) {
        QCOMPARE(first, last); // no run: one at a time
        const TranscriptEvent &e = transcript.at(first);
        QCOMPARE(e.sequence, listened);
        QCOMPARE(announced, listened);
        ++listened;
    });
    connect(&transcript, &Transcript::eventAppended, this, [&](const TranscriptEvent &e) {
        QCOMPARE(e.sequence, announced);
        ++announced;
    });
    for (int i = 0; i < 20000; ++i) {
        if (i % 7 == 0) {
            // A note: the slot it takes comes round again for a line.
            TranscriptEvent note;
            note.kind = TranscriptEvent::Kind::Note;
            note.connectionId = -1; // a mark nextLine() leaves
            note.noteCode = NoteCode::Deferred;
            note.noteArguments = {QStringLiteral("NOOP %1").arg(i)};
            note.note = QStringLiteral("a note's own text");
            note.outcome = TranscriptEvent::Outcome::Failed;
            note.reset = true;
            transcript.append(note);
            continue;
        }
        // nextLine() (Connection::record's) for one line in two.
        const bool asLine = i % 2 == 1;
        TranscriptEvent &e = asLine ? transcript.nextLine() : transcript.next();
        recycledNotes += asLine && e.connectionId == -1 ? 1 : 0;
        // A reused slot is a default event but for the text every line sets
        // (from, to, raw, code), which the caller overwrites; nextLine()
        // also leaves the other fields every line sets.
        if (!asLine)
            QCOMPARE(e.kind, TranscriptEvent().kind);
        QCOMPARE(e.noteCode, NoteCode::None);
        QVERIFY(e.note.isNull());
        QVERIFY(e.noteArguments.isEmpty());
        QCOMPARE(e.outcome, TranscriptEvent::Outcome::None);
        QVERIFY(!e.reset);
        e.kind = TranscriptEvent::Kind::Line;
        e.connectionId = 1;
        e.from = QStringLiteral("client.example");
        e.to = QStringLiteral("server.example");
        e.raw = "NOOP " + QByteArray::number(i);
        e.code = QByteArray();
        QCOMPARE(transcript.commitNext(42 + i).timeMs, 42 + i);
    }
    QVERIFY(recycledNotes > 0);
    QCOMPARE(announced, 20000);
    QCOMPARE(listened, 20000);
    QCOMPARE(transcript.size(), 20000);
    QVERIFY(transcript.firstIndex() > 0);
    QCOMPARE(transcript.at(19998).raw, QByteArray("NOOP 19998"));
    QCOMPARE(transcript.at(19998).timeMs, 42 + 19998);
    QCOMPARE(transcript.at(19998).sequence, 19998);
    QCOMPARE(transcript.at(transcript.firstIndex()).sequence, transcript.firstIndex());
}

void TestTranscript::runsAreHeardTogether()
{
    // The lines of one write (Connection::record) are heard at the end of
    // their run, all at once, in order; an event outside a run at once. With
    // blocks of 16 events and a tight bound, a run longer than a block is
    // heard in parts before its first lines can be dropped: nothing is lost.
    Transcript transcript;
    transcript.setBlockBits(4);
    transcript.setKeepLimit(16);
    QList<std::pair<qsizetype, qsizetype>> heard;
    QList<QByteArray> lines;
    transcript.setListener([&](qsizetype first, qsizetype last) {
        heard.append({first, last});
        for (qsizetype i = first; i <= last; ++i)
            lines.append(transcript.at(i).raw);
    });
    transcript.append(lineEvent("DATA"));
    QCOMPARE(heard.size(), 1);
    transcript.beginRun();
    for (int i = 0; i < 40; ++i) {
        TranscriptEvent &e = transcript.next();
        e.kind = TranscriptEvent::Kind::Line;
        e.raw = "line " + QByteArray::number(i);
        e.from = e.to = QString();
        e.code = QByteArray();
        transcript.commitNext(1);
        if (i == 5)
            QCOMPARE(heard.size(), 1); // not yet: the run goes on
    }
    transcript.endRun();
    QVERIFY(heard.size() > 2); // in parts, as blocks were about to go
    QCOMPARE(heard.first(), std::make_pair(qsizetype(0), qsizetype(0)));
    QCOMPARE(heard.last().second, qsizetype(40));
    QCOMPARE(lines.size(), 41);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(lines.at(i + 1), "line " + QByteArray::number(i));
    QVERIFY(transcript.firstIndex() > 0);
    // Without a bound, one run is heard once.
    Transcript all;
    qsizetype calls = 0;
    all.setListener([&](qsizetype first, qsizetype last) {
        ++calls;
        QCOMPARE(first, qsizetype(0));
        QCOMPARE(last, qsizetype(99));
    });
    all.beginRun();
    for (int i = 0; i < 100; ++i)
        all.append(lineEvent("NOOP"));
    all.endRun();
    QCOMPARE(calls, qsizetype(1));
}

void TestTranscript::courseLinesOfARun()
{
    // --serve prints a run in one pass: the same text as line by line,
    // whatever the run holds (notes, escapes, a password to hide, another
    // connection's prefix).
    Transcript transcript;
    const QList<QByteArray> raws = {"MAIL FROM:<ana@cliente.fr>", "", "caf\xc3\xa9 \x1b[2J", "PASS secret",
                                    "a long line " + QByteArray(300, 'x')};
    for (qsizetype i = 0; i < raws.size(); ++i) {
        TranscriptEvent e = lineEvent(raws.at(i));
        e.connectionId = i < 3 ? 1 : 2;
        e.sensitive = raws.at(i).startsWith("PASS");
        transcript.append(e);
        if (i == 1) {
            TranscriptEvent note;
            note.kind = TranscriptEvent::Kind::Note;
            note.noteCode = NoteCode::Deferred;
            note.noteArguments = {QStringLiteral("a reason")};
            transcript.append(note);
        }
    }
    // A stretch of lines with one prefix (the same time, connection and
    // host strings), as Connection::record makes them.
    const QString client = QStringLiteral("cliente.fr");
    const QString server = QStringLiteral("servidor.edu");
    for (const QByteArray &raw : {QByteArray("Subject: Ola"), QByteArray(), QByteArray("Ola, Fran."),
                                  QByteArray("caf\xc3\xa9"), QByteArray("."), QByteArray("QUIT")}) {
        TranscriptEvent &e = transcript.next();
        e.kind = TranscriptEvent::Kind::Line;
        e.connectionId = 3;
        e.direction = TranscriptEvent::Direction::ClientToServer;
        e.from = client;
        e.to = server;
        e.raw = raw;
        e.code = QByteArray();
        transcript.commitNext(raw == "QUIT" ? 8 : 7);
    }
    for (const bool hide : {false, true}) {
        TranscriptFormatter::Options options;
        options.hidePasswords = hide;
        QByteArray one;
        for (qsizetype i = 0; i < transcript.size(); ++i)
            TranscriptFormatter::appendCourseLine(one, transcript.at(i), options, true);
        QByteArray run = "before\n";
        std::vector<const TranscriptEvent *> events;
        for (qsizetype i = 0; i < transcript.size(); ++i)
            events.push_back(&transcript.at(i));
        TranscriptFormatter::appendCourseLines(run, events.data(), qsizetype(events.size()), options);
        QCOMPARE(run, "before\n" + one);
        QCOMPARE(run.count('\n'), transcript.size() + 1);
        QCOMPARE(run.contains("secret"), !hide);
    }
}

void TestTranscript::courseLineOfLongLines_data()
{
    // --serve's stream looks at eight octets at a time: what is not printable
    // ASCII is escaped wherever it is in a long line.
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("shown");
    const QByteArray a("abcdefghijklmnopqrstuvwxyz0123456789");
    QTest::newRow("plain") << a << QString::fromLatin1(a);
    for (const int at : {0, 7, 8, 13, 35}) {
        QByteArray esc = a;
        esc[at] = '\x1b';
        QTest::addRow("ESC at %d", at) << esc << QString::fromLatin1(a.left(at) + "\\x1b" + a.mid(at + 1));
        QByteArray del = a;
        del[at] = '\x7f';
        QTest::addRow("DEL at %d", at) << del << QString::fromLatin1(a.left(at) + "\\x7f" + a.mid(at + 1));
        QByteArray high = a;
        high[at] = '\xff';
        QTest::addRow("0xff at %d", at) << high << QString::fromLatin1(a.left(at) + "\\xff" + a.mid(at + 1));
        QByteArray tab = a;
        tab[at] = '\t';
        QTest::addRow("tab at %d", at) << tab << QString::fromLatin1(tab);
    }
    QTest::newRow("UTF-8") << QByteArray("0123456789 caf\xc3\xa9 0123456789")
                           << QStringLiteral("0123456789 café 0123456789");
}

void TestTranscript::courseLineOfLongLines()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, shown);
    TranscriptFormatter::Options bare;
    bare.showTime = false;
    bare.showHosts = false;
    QCOMPARE(TranscriptFormatter::courseLine(lineEvent(raw), bare), QStringLiteral("C: ") + shown);
}

void TestTranscript::maskedSecret_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("masked");
    QTest::newRow("POP3 PASS") << QByteArray("PASS claveejemplo") << QByteArray("PASS ****");
    QTest::newRow("PASS with spaces") << QByteArray("pass a secret phrase") << QByteArray("pass ****");
    QTest::newRow("AUTH PLAIN with initial response")
        << QByteArray("AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==") << QByteArray("AUTH PLAIN ****");
    QTest::newRow("AUTH LOGIN carries nothing") << QByteArray("AUTH LOGIN") << QByteArray("AUTH LOGIN");
    QTest::newRow("a continuation line") << QByteArray("Y2xhdmVhbmE=") << QByteArray("****");
    QTest::newRow("cancelling") << QByteArray("*") << QByteArray("*");
    // An APOP digest is not a password (RFC 1939 §7): kept, even on a line
    // marked sensitive by an older world file.
    QTest::newRow("APOP") << QByteArray("APOP fran c4c9334bac560ecc979e58001b3e22fb")
                          << QByteArray("APOP fran c4c9334bac560ecc979e58001b3e22fb");
}

void TestTranscript::maskedSecret()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, masked);
    QCOMPARE(TranscriptFormatter::maskedSecret(raw), masked);
}

void TestTranscript::courseLineMasksWhenAsked()
{
    const TranscriptEvent e = lineEvent("Y2xhdmVhbmE=", true);
    TranscriptFormatter::Options hidden;
    hidden.showTime = false;
    hidden.hidePasswords = true;
    QCOMPARE(TranscriptFormatter::courseLine(e, hidden),
             QStringLiteral("#1 outside 127.0.0.1 -> servidor.edu  C: ****"));
    TranscriptFormatter::Options shown = hidden;
    shown.hidePasswords = false;
    QVERIFY(TranscriptFormatter::courseLine(e, shown).endsWith(QStringLiteral("C: Y2xhdmVhbmE=")));
}

void TestTranscript::jsonLineMasksWhenAsked()
{
    const TranscriptEvent e = lineEvent("PASS claveejemplo", true);
    TranscriptFormatter::Options hidden;
    hidden.hidePasswords = true;
    QVERIFY(TranscriptFormatter::jsonLine(e, hidden).contains("\"line\":\"PASS ****\""));
    QVERIFY(!TranscriptFormatter::jsonLine(e, hidden).contains("claveejemplo"));
    QVERIFY(TranscriptFormatter::jsonLine(e).contains("claveejemplo"));
}

void TestTranscript::printable_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("HELO x") << QStringLiteral("HELO x");
    QTest::newRow("ESC and BEL (OSC)") << QByteArray("\x1b]0;t\x07") << QStringLiteral("\\x1b]0;t\\x07");
    QTest::newRow("bare CR") << QByteArray("a\rb") << QStringLiteral("a\\x0db");
    QTest::newRow("valid UTF-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("café");
    QTest::newRow("C1 CSI in UTF-8") << QByteArray("\xc2\x9b") << QStringLiteral("\\xc2\\x9b");
    QTest::newRow("right-to-left override")
        << QByteArray("\xe2\x80\xae") << QStringLiteral("\\xe2\\x80\\xae");
    QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << QStringLiteral("\\xe2\\x80\\xa8");
    QTest::newRow("broken UTF-8") << QByteArray("\xff\xfe") << QStringLiteral("\\xff\\xfe");
    QTest::newRow("DEL") << QByteArray("\x7f") << QStringLiteral("\\x7f");
}

void TestTranscript::printable()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, shown);
    QCOMPARE(TranscriptFormatter::printable(raw), shown);
}

void TestTranscript::scriptOfAConnection()
{
    using Direction = TranscriptEvent::Direction;
    Transcript transcript;
    transcript.append(connectionEvent(TranscriptEvent::Kind::ConnectionOpened, QStringLiteral("cliente.fr"),
                                      QStringLiteral("servidor.edu")));
    transcript.append(said(Direction::ServerToClient, "220 servidor.edu"));
    transcript.append(said(Direction::ClientToServer, "HELO cliente.fr", 5)); // another connection
    transcript.append(said(Direction::ClientToServer, "HELO cliente.fr"));
    transcript.append(said(Direction::ServerToClient, "250 Hello cliente.fr, pleased to meet you"));
    transcript.append(said(Direction::ClientToServer, "DATA"));
    transcript.append(said(Direction::ServerToClient, "354 Enter mail, end with \".\" on a line by itself"));
    transcript.append(said(Direction::ClientToServer, "  indented # not a comment"));
    transcript.append(said(Direction::ClientToServer, ""));
    transcript.append(connectionEvent(TranscriptEvent::Kind::ConnectionClosed, QStringLiteral("cliente.fr"),
                                      QStringLiteral("servidor.edu")));

    // The server's lines are expected, the client's fed; the client dropped
    // the connection in the middle of DATA.
    const QString server = TranscriptFormatter::script(transcript, 4, ScriptStep::Side::Server);
    QCOMPARE(
        server,
        QStringLiteral("# connection #4: cliente.fr -> servidor.edu (SMTP), from a transcript of Carteiro\n"
                       "# expected: the server's lines (S:, S~ where a part varies); fed: the client's (C:)\n"
                       "S: 220 servidor.edu\n"
                       "C: HELO cliente.fr\n"
                       "S: 250 Hello cliente.fr, pleased to meet you\n"
                       "C: DATA\n"
                       "S: 354 Enter mail, end with \".\" on a line by itself\n"
                       "C:   indented # not a comment\n"
                       "C:\n"
                       "X\n"));
    // Read back, it is the same dialogue.
    const ScriptNotation::Script read = ScriptNotation::parse(server);
    QVERIFY(read.ok());
    QCOMPARE(read.steps.size(), 8);
    QCOMPARE(read.steps.at(5).text, QStringLiteral("  indented # not a comment"));
    QCOMPARE(read.steps.at(6).text, QString());
    QCOMPARE(read.steps.at(7).kind, ScriptStep::Kind::Drop);

    // Seen from the client, the close is its own: no X.
    const QString client = TranscriptFormatter::script(transcript, 4, ScriptStep::Side::Client);
    QVERIFY(client.contains(QLatin1String("\n# expected: the client's lines")));
    QVERIFY(client.endsWith(QLatin1String("C:\n")));
    QVERIFY(TranscriptFormatter::script(transcript, 9, ScriptStep::Side::Server).isEmpty());
}

void TestTranscript::scriptPatternsWhatVaries()
{
    using Direction = TranscriptEvent::Direction;
    const QList<QByteArray> varying = {
        "+OK POP3 servidor listo <4711.1736000000123.1@servidor.edu>",
        "Date: Mon, 5 Jan 2026 10:00:00 +0100",
        "\tTue, 13 Jan 2026 09:08:07 -0000",
        "Message-Id: <0f8fad5b-d9cb-469f-a165-70867728950e@cliente.fr>",
        "MAIL FROM:<ana@cliente.fr> SIZE=290",
        "Content-Type: multipart/mixed; boundary=\"=-AbC+12/xyz\"",
        "--=-AbC+12/xyz",
        "--=-AbC+12/xyz--",
    };
    const QList<QByteArray> changed = {
        "+OK POP3 servidor listo <12.1736999999999.42@servidor.edu>",
        "Date: Wed, 21 Oct 2026 23:59:01 +0200",
        "\tSat, 1 Feb 2025 00:00:00 +0000",
        "Message-Id: <aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee@cliente.fr>",
        "MAIL FROM:<ana@cliente.fr> SIZE=291",
        "Content-Type: multipart/mixed; boundary=\"=-Other\"",
        "--=-Other",
        "--=-Other--",
    };
    Transcript transcript;
    for (const QByteArray &line : varying)
        transcript.append(said(Direction::ServerToClient, line));
    transcript.append(said(Direction::ServerToClient, "250 2.0.0 Ok (fixed)"));
    transcript.append(said(Direction::ClientToServer, "Date: Mon, 5 Jan 2026 10:00:00 +0100")); // fed

    const ScriptNotation::Script read = ScriptNotation::parse(
        TranscriptFormatter::script(transcript, 4, ScriptStep::Side::Server));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.steps.size(), varying.size() + 2);
    for (qsizetype i = 0; i < varying.size(); ++i) {
        const ScriptStep &step = read.steps.at(i);
        QCOMPARE(step.match, ScriptStep::Match::Pattern);
        QVERIFY2(step.matches(varying.at(i)), qPrintable(step.text));
        QVERIFY2(step.matches(changed.at(i)), qPrintable(step.text));
    }
    // What does not vary stays as it was, and a pattern holds it exactly.
    QVERIFY(!read.steps.at(0).matches(QByteArray("+OK POP3 other <4711.1736000000123.1@servidor.edu>")));
    QVERIFY(!read.steps.at(4).matches(QByteArray("MAIL FROM:<eva@cliente.fr> SIZE=290")));
    QCOMPARE(read.steps.at(varying.size()).match, ScriptStep::Match::Exact);
    QCOMPARE(read.steps.at(varying.size()).text, QStringLiteral("250 2.0.0 Ok (fixed)"));
    // The fed side is written exactly, as it is to be sent.
    QCOMPARE(read.steps.last().match, ScriptStep::Match::Exact);
    QCOMPARE(read.steps.last().text, QStringLiteral("Date: Mon, 5 Jan 2026 10:00:00 +0100"));
}

void TestTranscript::capturedSessionReplays()
{
    // ana-fran as the course plays it, over loopback sockets.
    QFile file(QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/ana-fran.scenario"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto world = TestWorlds::start(file.readAll());
    QVERIFY(world);
    ScenarioRunner runner(world.get(), QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    const Transcript &transcript = *world->transcript();

    // Connection #2: cliente.fr relays the message to servidor.edu (HELO, the
    // course's transcript). Written as a script that expects the server's
    // lines, it plays against a fresh engine with servidor.edu's policy.
    const int relay = connectionBetween(transcript, QStringLiteral("cliente.fr"),
                                        QStringLiteral("servidor.edu"));
    QCOMPARE(relay, 2);
    const QString script = TranscriptFormatter::script(transcript, relay, ScriptStep::Side::Server);
    QVERIFY2(script.contains(QLatin1String("\nS: 220 servidor.edu\nC: HELO cliente.fr\n"
                                           "S: 250 Hello cliente.fr, pleased to meet you\n")),
             qPrintable(script));
    QVERIFY2(!script.contains(QLatin1String("\nS~")), qPrintable(script)); // nothing of it varies
    AnaFranDelegate servidor;
    servidor.domain = "servidor.edu";
    SmtpServerConfig config;
    config.domain = "servidor.edu";
    config.tlsOffered = true; // as the world's servers, which have a certificate
    SmtpServerSession engine(config, &servidor);
    const QString failure = EngineScript::run(&engine, script, EngineScript::Role::EngineIsServer);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + script));
    QCOMPARE(servidor.stored.size(), 1);
    QVERIFY(servidor.stored.first().startsWith("Received: from [127.0.0.4]"));
    QVERIFY(servidor.stored.first().endsWith("\r\n\r\nA que hora e onde?\r\n"));
    QCOMPARE(engine.state(), SmtpServerSession::State::Closed);

    // Connection #1: Ana's client submits it to cliente.fr with EHLO, AUTH and
    // PIPELINING: MAIL, RCPT and DATA went together before their replies. So
    // the script lists them together, and plays when they are fed together.
    const int submission = connectionBetween(transcript, QStringLiteral("ana"), QStringLiteral("cliente.fr"));
    QCOMPARE(submission, 1);
    const QString pipelined = TranscriptFormatter::script(transcript, submission, ScriptStep::Side::Server);
    QVERIFY2(QRegularExpression(QStringLiteral("\nC: MAIL FROM:[^\n]*\nC: RCPT TO:[^\n]*\nC: DATA\n"))
                 .match(pipelined)
                 .hasMatch(),
             qPrintable(pipelined));
    AnaFranDelegate clienteFr;
    clienteFr.domain = "cliente.fr";
    config.domain = "cliente.fr";
    config.submission = true;
    SmtpServerSession submissionEngine(config, &clienteFr);
    const QString pipelinedFailure = EngineScript::run(
        &submissionEngine, pipelined, EngineScript::Role::EngineIsServer, EngineScript::Feeding::Pipelined);
    QVERIFY2(pipelinedFailure.isEmpty(), qPrintable(pipelinedFailure + QLatin1Char('\n') + pipelined));
    QCOMPARE(clienteFr.stored.size(), 1);
    // Line by line, the engine answers MAIL before RCPT is fed, and the
    // script (which lists RCPT first) says so.
    SmtpServerSession lineByLine(config, &clienteFr);
    QVERIFY(EngineScript::run(&lineByLine, pipelined, EngineScript::Role::EngineIsServer)
                .contains(QLatin1String("unexpected output before it")));
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
