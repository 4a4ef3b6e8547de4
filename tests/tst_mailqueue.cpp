// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for a MailServer's outgoing queue (OutgoingQueue) against a fake
// HostContext: no sockets, no timers, no event loop. The fake's clock moves
// by hand and rings the queue's alarm when its time comes, MX answers come
// from a table, and each connection the queue opens waits until the test
// plays it: the SmtpClientSession is fed the next hop's replies one by one
// (or told the connection was refused), and what it said is kept. So every
// rule can be watched step by step: the wait before the first attempt, the
// MX (or the domain itself), the doubling back-off, the bounce after the last
// attempt or at once after a 5xx, and never a bounce to a bounce.
#include "mail/hostcontext.h"
#include "mail/mailserver.h"
#include "message/mimemessage.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <deque>
#include <memory>

namespace {

class FakeHost;

// An alarm on the fake's clock: due at a time, rung by FakeHost::advanceTo().
class FakeAlarm final : public HostAlarm
{
public:
    FakeAlarm(FakeHost *host, std::function<void()> ring);
    ~FakeAlarm() override;
    void start(int ms) override;
    void stop() override { due = -1; }

    FakeHost *host;
    std::function<void()> ring;
    qint64 due = -1; // -1: stopped
};

class FakeHost final : public HostContext
{
public:
    struct Note {
        TranscriptEvent::Kind kind;
        QString from;
        QString to;
        QString text;
        Protocol protocol;
        NoteCode code;
        QStringList arguments = {};
    };
    // A connection the queue asked for, not played yet.
    struct Dial {
        QString from;
        QString to;
        QString service;
        qint64 atMs = 0;
        std::unique_ptr<ProtocolSession> engine;
        bool unpaced = false; // opened with connectUnpaced()
        Finished finished;
    };

    qint64 nowMs() const override { return now; }
    void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, const QString &text,
              Protocol protocol) override
    {
        notes.append({kind, from, to, text, protocol, NoteCode::None});
    }
    // A coded note is kept with its code and read as the transcript shows it.
    void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, NoteCode code,
              const QStringList &arguments, Protocol protocol) override
    {
        notes.append({kind, from, to, Notes::text(code, arguments), protocol, code, arguments});
    }
    QList<Dns::MxRecord> lookupMx(const QString &domain) const override { return mx.value(domain); }
    QHostAddress addressOf(const QString &host) const override { return addresses.value(host); }
    void connect(const QString &fromHost, const QString &toHost, const QString &serviceName,
                 std::unique_ptr<ProtocolSession> engine, Finished finished) override
    {
        dials.push_back({fromHost, toHost, serviceName, now, std::move(engine), false, std::move(finished)});
    }
    void connectUnpaced(const QString &fromHost, const QString &toHost, const QString &serviceName,
                        std::unique_ptr<ProtocolSession> engine, Finished finished) override
    {
        dials.push_back({fromHost, toHost, serviceName, now, std::move(engine), true, std::move(finished)});
    }
    // "host/address:port" of the sessions the gate does not pace.
    QSet<QString> unpacedPeers;
    bool isUnpacedPeer(const QString &host, const QByteArray &addressPort) const override
    {
        return unpacedPeers.contains(host + QLatin1Char('/') + QString::fromLatin1(addressPort));
    }
    std::unique_ptr<HostAlarm> alarm(std::function<void()> ring) override
    {
        return std::make_unique<FakeAlarm>(this, std::move(ring));
    }
    void soon(std::function<void()> work) override { later.append(std::move(work)); }

    // What the event loop would do once the current event is handled.
    void runSoon()
    {
        while (!later.isEmpty())
            later.takeFirst()();
    }
    // The clock moves to `ms`; every alarm due by then rings.
    void advanceTo(qint64 ms)
    {
        now = ms;
        for (int rung = 0; rung < 100; ++rung) {
            FakeAlarm *due = nullptr;
            for (FakeAlarm *a : std::as_const(alarms)) {
                if (a->due >= 0 && a->due <= now)
                    due = a;
            }
            if (!due)
                return;
            due->due = -1;
            due->ring();
        }
        QFAIL("an alarm keeps ringing");
    }
    // When the (only) alarm is due; -1 when stopped.
    qint64 alarmDue() const { return alarms.isEmpty() ? -2 : alarms.first()->due; }

    // Plays the oldest connection: the next hop says `replies` in turn, each
    // when the client has said what it answers; then the connection ends.
    // Returns every line the client wrote.
    QList<QByteArray> play(const QList<QByteArray> &replies)
    {
        if (dials.empty()) {
            QTest::qFail("no connection was opened", __FILE__, __LINE__);
            return {};
        }
        Dial dial = takeDial();
        QList<QByteArray> said;
        const auto collect = [&] {
            for (const Utterance &u : dial.engine->takeOutput())
                said += u.lines;
        };
        for (const QByteArray &reply : replies) {
            dial.engine->receive(reply + "\r\n");
            collect();
        }
        if (!dial.engine->wantsClose())
            dial.engine->connectionLost();
        collect();
        dial.finished(*dial.engine);
        return said;
    }
    // The oldest connection is refused (nothing listens there).
    void refuse()
    {
        if (dials.empty()) {
            QTest::qFail("no connection was opened", __FILE__, __LINE__);
            return;
        }
        Dial dial = takeDial();
        dial.engine->connectionLost();
        dial.finished(*dial.engine);
    }
    Dial takeDial()
    {
        Dial dial = std::move(dials.front());
        dials.pop_front();
        return dial;
    }

    QStringList notesOf(TranscriptEvent::Kind kind) const
    {
        QStringList out;
        for (const Note &n : notes) {
            if (n.kind == kind)
                out.append(n.text);
        }
        return out;
    }

    qint64 now = 0;
    QList<Note> notes;
    QMap<QString, QList<Dns::MxRecord>> mx;
    QHash<QString, QHostAddress> addresses;
    std::deque<Dial> dials;
    QList<std::function<void()>> later;
    QList<FakeAlarm *> alarms;
};

FakeAlarm::FakeAlarm(FakeHost *h, std::function<void()> r)
    : host(h)
    , ring(std::move(r))
{
    host->alarms.append(this);
}

FakeAlarm::~FakeAlarm()
{
    host->alarms.removeOne(this);
}

void FakeAlarm::start(int ms)
{
    due = host->now + ms;
}

// The next hop's replies for a message it takes for `recipients` recipients
// (EHLO without PIPELINING: one reply per command).
QList<QByteArray> accepting(int recipients = 1)
{
    QList<QByteArray> replies{"220 servidor.edu ESMTP", "250-servidor.edu\r\n250 ENHANCEDSTATUSCODES",
                              "250 2.1.0 Sender ok"};
    for (int i = 0; i < recipients; ++i)
        replies.append("250 2.1.5 Recipient ok");
    replies += {"354 End data with <CR><LF>.<CR><LF>", "250 2.0.0 Message accepted for delivery",
                "221 2.0.0 Bye"};
    return replies;
}

ScenarioUser user(const QString &address)
{
    ScenarioUser u;
    u.address = address;
    u.password = QStringLiteral("clave");
    return u;
}

SmtpEnvelope submitted(const QByteArray &from, const QList<QByteArray> &to)
{
    SmtpEnvelope envelope;
    envelope.heloName = "[127.0.0.4]";
    envelope.extended = true;
    envelope.peerAddress = "127.0.0.4:40000";
    envelope.authenticatedUser = "ana";
    envelope.mailFrom = from;
    envelope.recipients = to;
    return envelope;
}

const QByteArray message =
    "From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: Ola\r\n\r\nQue tal?\r\n";

// A message with an 8-bit body, as Ana's client writes it (8bit UTF-8 text).
const QByteArray eightBitMessage = "From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: Ola\r\n"
                                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                   "Content-Transfer-Encoding: 8bit\r\n\r\nEst\xc3\xa1s a\xc3\xad?\r\n";

// The groups of fields of a message/delivery-status body (RFC 3464 §2.1):
// the per-message fields first, then one group per recipient.
QList<QMap<QByteArray, QByteArray>> deliveryStatusGroups(const QByteArray &body)
{
    using Group = QMap<QByteArray, QByteArray>;
    QList<Group> groups(1);
    for (const QByteArray &line : body.split('\n')) {
        const QByteArray text = line.trimmed();
        if (text.isEmpty()) {
            if (!groups.last().isEmpty())
                groups.append(Group());
            continue;
        }
        const qsizetype colon = text.indexOf(':');
        if (colon > 0)
            groups.last().insert(text.left(colon).toLower(), text.mid(colon + 1).trimmed());
    }
    if (groups.last().isEmpty())
        groups.removeLast();
    return groups;
}

} // namespace

class TestMailQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void relaysThroughTheMxOnceTheReplyIsSaid();
    void noMxTriesTheDomainItself();
    void noMxAndNoAddressBouncesAtOnce();
    void deferredMessageWaitsTwiceAsLongEachTime();
    void attemptsRunOutThenTheSenderGetsABounce();
    void permanentRefusalBouncesAtOnce();
    void recipientRefusedForGoodBouncesAlone();
    void recipientRefusedForNowIsRetriedAlone();
    void bounceToARemoteSenderIsQueuedButNeverBounced();
    void restoredQueueSetsTheAlarmForTheSoonestEntry();
    void bounceIsADeliveryStatusNotification();
    void heloGreetingIsWhy8BitIsReencoded();
    void heldQueueStillRelaysWhatAnUnpacedSessionSent();

private:
    MailServer *server(const QueuePolicy &policy = {});
    void accept(const QByteArray &from, const QList<QByteArray> &to);

    std::unique_ptr<FakeHost> m_host;
    std::unique_ptr<MailServer> m_server;
};

void TestMailQueue::init()
{
    m_host = std::make_unique<FakeHost>();
    m_host->now = 5000;
    m_host->mx.insert(QStringLiteral("servidor.edu"), {{QStringLiteral("mx.servidor.edu"), 10}});
    m_host->addresses.insert(QStringLiteral("mx.servidor.edu"), QHostAddress(QStringLiteral("127.0.0.3")));
}

void TestMailQueue::cleanup()
{
    m_server.reset();
    m_host.reset();
}

MailServer *TestMailQueue::server(const QueuePolicy &policy)
{
    ScenarioServer config;
    config.domain = QStringLiteral("cliente.fr");
    m_server = std::make_unique<MailServer>(m_host.get(), config,
                                            QList<ScenarioUser>{user(QStringLiteral("ana@cliente.fr")),
                                                                user(QStringLiteral("fran@servidor.edu"))},
                                            policy);
    return m_server.get();
}

void TestMailQueue::accept(const QByteArray &from, const QList<QByteArray> &to)
{
    const SmtpReply reply = m_server->acceptMessage(submitted(from, to), message);
    QCOMPARE(reply.code, 250);
}

void TestMailQueue::relaysThroughTheMxOnceTheReplyIsSaid()
{
    MailServer *s = server();
    accept("ana@cliente.fr", {"fran@servidor.edu"});
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue),
             QStringList{QStringLiteral("Q1 queued for fran@servidor.edu (1 in the queue)")});
    QCOMPARE(m_host->notes.first().from, QStringLiteral("cliente.fr"));
    QCOMPARE(s->queue().size(), 1);
    QCOMPARE(s->queue().first().nextAttemptMs, qint64(5000));
    // Nothing goes before the submission's 250 is on its way.
    QVERIFY(m_host->dials.empty());
    QVERIFY(s->hasReadyWork());

    m_host->runSoon();
    QCOMPARE(m_host->dials.size(), size_t(1));
    QCOMPARE(m_host->dials.front().from, QStringLiteral("cliente.fr"));
    QCOMPARE(m_host->dials.front().to, QStringLiteral("mx.servidor.edu"));
    QCOMPARE(m_host->dials.front().service, QStringLiteral("smtp"));
    const FakeHost::Note lookup = m_host->notes.last();
    QCOMPARE(lookup.kind, TranscriptEvent::Kind::DnsLookup);
    QCOMPARE(lookup.to, QStringLiteral("DNS"));
    QCOMPARE(lookup.protocol, Protocol::Dns);
    QCOMPARE(lookup.text, QStringLiteral("MX servidor.edu? 10 mx.servidor.edu (127.0.0.3)"));
    QCOMPARE(s->queue().first().attempts, 1);
    QVERIFY(s->queue().first().sending);
    QCOMPARE(m_host->alarmDue(), qint64(-1)); // nothing else waits

    const QList<QByteArray> said = m_host->play(accepting());
    QCOMPARE(said.first(), QByteArray("EHLO cliente.fr"));
    QVERIFY(said.contains("MAIL FROM:<ana@cliente.fr>"));
    QVERIFY(said.contains("RCPT TO:<fran@servidor.edu>"));
    // This hop's trace line, then the message as it came.
    const qsizetype data = said.indexOf("DATA");
    QVERIFY(data > 0);
    QVERIFY(said.at(data + 1).startsWith("Received: from [127.0.0.4] ([127.0.0.4])"));
    QCOMPARE(said.at(data + 2), QByteArray("\tby cliente.fr (Carteiro) with ESMTPA id Q1"));
    QVERIFY(said.contains("Subject: Ola"));
    QCOMPARE(said.last(), QByteArray("QUIT"));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q1 delivered to servidor.edu; removed from the queue"));
    QVERIFY(s->queue().isEmpty());
    QVERIFY(!s->hasReadyWork());
    QCOMPARE(m_host->alarmDue(), qint64(-1));
    QCOMPARE(s->store()->count("ana"), 0); // no bounce
}

void TestMailQueue::noMxTriesTheDomainItself()
{
    m_host->mx.clear();
    m_host->addresses.insert(QStringLiteral("servidor.edu"), QHostAddress(QStringLiteral("127.0.0.3")));
    server();
    accept("ana@cliente.fr", {"fran@servidor.edu"});
    m_host->runSoon();
    const FakeHost::Note lookup = m_host->notes.last();
    QCOMPARE(lookup.kind, TranscriptEvent::Kind::DnsLookup);
    QCOMPARE(lookup.text, QStringLiteral("MX servidor.edu? no MX record; trying servidor.edu itself"));
    QCOMPARE(lookup.protocol, Protocol::Dns);
    QCOMPARE(m_host->dials.size(), size_t(1));
    QCOMPARE(m_host->dials.front().to, QStringLiteral("servidor.edu")); // RFC 5321 §5.1's implicit MX
    m_host->play(accepting());
    QVERIFY(m_server->queue().isEmpty());
}

void TestMailQueue::noMxAndNoAddressBouncesAtOnce()
{
    // RFC 5321 §5.1: no MX and no address: unrouteable, no retry can help.
    MailServer *s = server({1000, 5});
    accept("ana@cliente.fr", {"fran@servidor.ed"});
    m_host->runSoon();
    QVERIFY(m_host->dials.empty()); // nobody to connect to
    QVERIFY(m_host->notesOf(TranscriptEvent::Kind::DnsLookup)
                .contains(QStringLiteral(
                    "MX servidor.ed? no MX record and no host servidor.ed: unrouteable (RFC 5321 §5.1)")));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q1 refused for good: unrouteable address: no mail host for servidor.ed (5.1.2); "
                            "bouncing to the sender"));
    QVERIFY(s->queue().isEmpty());
    QCOMPARE(m_host->alarmDue(), qint64(-1)); // no retry
    QCOMPARE(s->store()->count("ana"), 1);
    const QByteArray bounce = s->store()->mailbox("ana").first().content();
    QVERIFY(bounce.contains("Status: 5.1.2"));
    QVERIFY(bounce.contains("Final-Recipient: rfc822; fran@servidor.ed"));
}

void TestMailQueue::deferredMessageWaitsTwiceAsLongEachTime()
{
    MailServer *s = server({1000, 4});
    accept("ana@cliente.fr", {"fran@servidor.edu"});
    m_host->runSoon();

    m_host->refuse(); // attempt 1, at 5000
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q1 deferred (no connection); attempt 2 of 4 in 1 s"));
    MailServer::QueueEntry entry = s->queue().first();
    QCOMPARE(entry.attempts, 1);
    QVERIFY(!entry.sending);
    QCOMPARE(entry.lastError, QStringLiteral("no connection"));
    QCOMPARE(entry.nextAttemptMs, qint64(6000));
    QCOMPARE(m_host->alarmDue(), qint64(6000));
    QVERIFY(!s->hasReadyWork());

    m_host->advanceTo(5999);
    QVERIFY(m_host->dials.empty());
    m_host->advanceTo(6000); // attempt 2
    QCOMPARE(m_host->dials.size(), size_t(1));
    QCOMPARE(m_host->dials.front().atMs, qint64(6000));
    m_host->play({"421 4.3.2 servidor.edu Service not available"});
    QCOMPARE(
        m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
        QStringLiteral("Q1 deferred (421 4.3.2 servidor.edu Service not available); attempt 3 of 4 in 2 s"));
    QCOMPARE(s->queue().first().nextAttemptMs, qint64(8000));
    QCOMPARE(m_host->alarmDue(), qint64(8000));

    m_host->advanceTo(8000); // attempt 3: 451 to MAIL
    m_host->play({"220 servidor.edu ESMTP", "250 servidor.edu", "451 4.3.0 Try again later", "221 Bye"});
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q1 deferred (451 4.3.0 Try again later); attempt 4 of 4 in 4 s"));
    entry = s->queue().first();
    QCOMPARE(entry.attempts, 3);
    QCOMPARE(entry.nextAttemptMs, qint64(12000));
    QCOMPARE(entry.lastError, QStringLiteral("451 4.3.0 Try again later"));
    QCOMPARE(m_host->alarmDue(), qint64(12000));
    QCOMPARE(s->store()->count("ana"), 0); // not bounced yet
}

void TestMailQueue::attemptsRunOutThenTheSenderGetsABounce()
{
    MailServer *s = server({1000, 3});
    accept("ana@cliente.fr", {"fran@servidor.edu"});
    m_host->runSoon();
    m_host->refuse();
    m_host->advanceTo(6000);
    m_host->refuse();
    m_host->advanceTo(8000);
    QCOMPARE(s->queue().first().attempts, 3);
    m_host->refuse(); // the third and last
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue),
             (QStringList{QStringLiteral("Q1 queued for fran@servidor.edu (1 in the queue)"),
                          QStringLiteral("Q1 deferred (no connection); attempt 2 of 3 in 1 s"),
                          QStringLiteral("Q1 deferred (no connection); attempt 3 of 3 in 2 s"),
                          QStringLiteral("Q1 deferred 3 times (no connection); giving up and bouncing")}));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Delivery),
             (QStringList{QStringLiteral("bounce to ana@cliente.fr for fran@servidor.edu"),
                          QStringLiteral("stored in the mailbox of ana@cliente.fr (1 message(s))")}));
    QVERIFY(s->queue().isEmpty());
    QCOMPARE(m_host->alarmDue(), qint64(-1));
    QVERIFY(m_host->dials.empty());
    // Ana is local: the report is in her mailbox, from the mailer daemon.
    QCOMPARE(s->store()->count("ana"), 1);
    const QByteArray bounce = s->store()->mailbox("ana").first().content();
    QVERIFY(bounce.startsWith("Return-Path: <>\r\n"));
    QVERIFY(bounce.contains("\r\nTo: ana@cliente.fr\r\n"));
    QVERIFY(bounce.contains("\r\nFrom: Mail Delivery System <MAILER-DAEMON@cliente.fr>\r\n"));
    QVERIFY(bounce.contains("Subject: Undelivered Mail Returned to Sender"));
    QVERIFY(bounce.contains("Your message could not be delivered to:\r\n  fran@servidor.edu\r\n"));
    QVERIFY(bounce.contains("Reason:\r\n  no connection\r\n"));
    QVERIFY(bounce.contains("Subject: Ola")); // the header of the message that failed
    // No host ever answered: RFC 3463 4.4.1, and no Remote-MTA nor Diagnostic-Code.
    const MimeMessage parsed = MimeMessage::parse(bounce);
    QCOMPARE(parsed.parts().size(), 4);
    QCOMPARE(parsed.parts().at(2).contentType, QByteArray("message/delivery-status"));
    const auto groups = deliveryStatusGroups(parsed.decodedBody(2));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(1).value("status"), QByteArray("4.4.1"));
    QCOMPARE(groups.at(1).value("action"), QByteArray("failed"));
    QVERIFY(!groups.at(1).contains("remote-mta"));
    QVERIFY(!groups.at(1).contains("diagnostic-code"));
}

void TestMailQueue::permanentRefusalBouncesAtOnce()
{
    MailServer *s = server({1000, 5});
    accept("ana@cliente.fr", {"fran@servidor.edu"});
    m_host->runSoon();
    QList<QByteArray> replies = accepting();
    replies[5] = "554 5.7.1 Message refused"; // to the end of DATA
    replies[6] = "221 2.0.0 Bye";
    m_host->play(replies);
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral(
                 "Q1 refused for good: 554 5.7.1 Message refused (after DATA); bouncing to the sender"));
    // "(after DATA)" is a phrase of the note, put in the reader's language
    // when shown; the report mailed back keeps it in English, as MTAs write.
    const auto refused = std::find_if(
        m_host->notes.cbegin(), m_host->notes.cend(),
        [](const FakeHost::Note &n) { return n.code == NoteCode::RefusedForGood; });
    QVERIFY(refused != m_host->notes.cend());
    QVERIFY2(refused->arguments.value(1).startsWith(QStringLiteral("{\"phrase\":[\"reply-after\"")),
             qPrintable(refused->arguments.value(1)));
    QVERIFY(s->queue().isEmpty());
    QCOMPARE(m_host->alarmDue(), qint64(-1)); // no retry
    QCOMPARE(s->store()->count("ana"), 1);
    const QByteArray bounce = s->store()->mailbox("ana").first().content();
    QVERIFY(bounce.contains("\r\nTo: ana@cliente.fr\r\n"));
    QVERIFY(bounce.contains("Reason:\r\n  554 5.7.1 Message refused (after DATA)\r\n"));
}

void TestMailQueue::recipientRefusedForGoodBouncesAlone()
{
    MailServer *s = server();
    accept("ana@cliente.fr", {"fran@servidor.edu", "nadie@servidor.edu"});
    m_host->runSoon();
    QList<QByteArray> replies = accepting(2);
    replies[4] = "550 5.1.1 nadie@servidor.edu... User unknown";
    const QList<QByteArray> said = m_host->play(replies);
    QVERIFY(said.contains("RCPT TO:<nadie@servidor.edu>"));
    QVERIFY(said.contains("DATA")); // Fran's copy goes
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q1 delivered to servidor.edu; removed from the queue"));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Delivery).first(),
             QStringLiteral("bounce to ana@cliente.fr for nadie@servidor.edu"));
    QVERIFY(s->queue().isEmpty());
    const QByteArray bounce = s->store()->mailbox("ana").first().content();
    QVERIFY(bounce.contains("delivered to:\r\n  nadie@servidor.edu\r\n\r\n"));
    // The enhanced code stays in the reason (it was "550 nadie…" before).
    QVERIFY(
        bounce.contains("Reason:\r\n  nadie@servidor.edu: 550 5.1.1 nadie@servidor.edu... User unknown\r\n"));
}

void TestMailQueue::recipientRefusedForNowIsRetriedAlone()
{
    MailServer *s = server();
    accept("ana@cliente.fr", {"fran@servidor.edu", "pepe@servidor.edu"});
    m_host->runSoon();
    QList<QByteArray> replies = accepting(2);
    replies[3] = "452 4.2.2 Mailbox full"; // Fran's
    m_host->play(replies);
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q1 deferred (452 4.2.2 Mailbox full); attempt 2 of 5 in 2 s"));
    QCOMPARE(s->queue().size(), 1);
    const MailServer::QueueEntry entry = s->queue().first();
    QCOMPARE(entry.recipients, QList<QByteArray>{"fran@servidor.edu"});
    QCOMPARE(entry.attempts, 1);
    QCOMPARE(entry.nextAttemptMs, qint64(7000)); // the default policy: 2 s first
    QCOMPARE(s->store()->count("ana"), 0); // a 4xx does not bounce

    m_host->advanceTo(7000);
    const QList<QByteArray> again = m_host->play(accepting(1));
    QVERIFY(again.contains("RCPT TO:<fran@servidor.edu>"));
    QVERIFY(!again.contains("RCPT TO:<pepe@servidor.edu>")); // not sent twice
    QVERIFY(s->queue().isEmpty());
}

void TestMailQueue::bounceToARemoteSenderIsQueuedButNeverBounced()
{
    MailServer *s = server();
    accept("pepe@outro.org", {"fran@servidor.edu"});
    m_host->mx.insert(QStringLiteral("outro.org"), {{QStringLiteral("mx.outro.org"), 5}});
    m_host->runSoon();
    m_host->play({"220 servidor.edu ESMTP", "250 servidor.edu", "550 5.7.1 Sender refused", "221 Bye"});
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Delivery),
             QStringList{QStringLiteral("bounce to pepe@outro.org for fran@servidor.edu")});
    // The sender is not ours: the report waits in the queue, from <>.
    QCOMPARE(s->queue().size(), 1);
    const MailServer::QueueEntry report = s->queue().first();
    QCOMPARE(report.id, QStringLiteral("Q2"));
    QCOMPARE(report.sender, QByteArray());
    QCOMPARE(report.domain, QStringLiteral("outro.org"));
    QCOMPARE(report.recipients, QList<QByteArray>{"pepe@outro.org"});
    QVERIFY(report.content.contains("\r\nTo: pepe@outro.org\r\n"));
    QVERIFY(report.content.contains("Reason:\r\n  550 5.7.1 Sender refused (after MAIL)\r\n"));
    // Queued while Q1, which it reports on, was still there.
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).at(2),
             QStringLiteral("Q2 queued for pepe@outro.org (2 in the queue)"));

    // The report itself is refused for good: it is dropped, not bounced.
    m_host->runSoon();
    QCOMPARE(m_host->dials.front().to, QStringLiteral("mx.outro.org"));
    const QList<QByteArray> said = m_host->play({"220 mx.outro.org ESMTP", "250 mx.outro.org", "250 2.1.0 ok",
                                                 "550 5.1.1 pepe@outro.org... User unknown", "221 Bye"});
    QVERIFY(said.contains("MAIL FROM:<>"));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q2: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says"));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Delivery).size(), 1); // no second bounce
    QVERIFY(s->queue().isEmpty());
    QVERIFY(m_host->dials.empty());
    QVERIFY(m_host->later.isEmpty());
}

void TestMailQueue::restoredQueueSetsTheAlarmForTheSoonestEntry()
{
    MailServer *s = server({1000, 5});
    MailServer::QueueEntry first;
    first.id = QStringLiteral("Q7");
    first.sender = "ana@cliente.fr";
    first.domain = QStringLiteral("servidor.edu");
    first.recipients = {"fran@servidor.edu"};
    first.content = message;
    first.attempts = 2;
    first.nextAttemptMs = 9000;
    first.sending = true; // it was being sent when saved: tried again
    MailServer::QueueEntry second = first;
    second.id = QStringLiteral("Q8");
    second.nextAttemptMs = 7500;
    second.sending = false;
    s->restoreState({first, second}, 9, 0);
    QCOMPARE(s->nextQueueNumber(), 9);
    QVERIFY(!s->queue().first().sending);
    QCOMPARE(m_host->alarmDue(), qint64(7500));
    m_host->advanceTo(7500);
    QCOMPARE(m_host->dials.size(), size_t(1)); // Q8 only
    QCOMPARE(s->queue().at(1).attempts, 3);
    QCOMPARE(m_host->alarmDue(), qint64(9000)); // then Q7
    m_host->refuse();
    // Its third attempt failed: the fourth waits 1 s × 2².
    QCOMPARE(s->queue().at(1).nextAttemptMs, qint64(7500 + 4000));
    QCOMPARE(m_host->notesOf(TranscriptEvent::Kind::Queue).last(),
             QStringLiteral("Q8 deferred (no connection); attempt 4 of 5 in 4 s"));
    QCOMPARE(m_host->alarmDue(), qint64(9000));
    // A message accepted now gets the next number.
    accept("ana@cliente.fr", {"fran@servidor.edu"});
    QCOMPARE(s->queue().last().id, QStringLiteral("Q9"));
}

// RFC 3464: a bounce is multipart/report (RFC 6522) with a text for people,
// a message/delivery-status whose Status keeps the reply's enhanced code, and
// the returned header; it says Auto-Submitted: auto-replied (RFC 3834).
void TestMailQueue::bounceIsADeliveryStatusNotification()
{
    MailServer *s = server();
    accept("ana@cliente.fr", {"fran@servidor.edu", "nadie@servidor.edu"});
    m_host->runSoon();
    QList<QByteArray> replies = accepting(2);
    replies[4] = "550 5.1.1 nadie@servidor.edu... User unknown";
    m_host->play(replies);
    QCOMPARE(s->store()->count("ana"), 1);
    const QByteArray bounce = s->store()->mailbox("ana").first().content();
    QVERIFY(bounce.startsWith("Return-Path: <>\r\n")); // the empty reverse-path (RFC 5321 §4.5.5)

    const MimeMessage parsed = MimeMessage::parse(bounce);
    QVERIFY2(parsed.warnings().isEmpty(), qPrintable(parsed.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.header("Auto-Submitted"), QStringLiteral("auto-replied"));
    QCOMPARE(parsed.header("From"), QStringLiteral("Mail Delivery System <MAILER-DAEMON@cliente.fr>"));
    QCOMPARE(parsed.header("Subject"), QStringLiteral("Undelivered Mail Returned to Sender"));
    const QList<MimePart> &parts = parsed.parts();
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0).contentType, QByteArray("multipart/report"));
    QVERIFY(parsed.header("Content-Type").contains(QLatin1String("report-type=delivery-status")));
    QCOMPARE(parts.at(0).children, (QList<int>{1, 2, 3}));
    QCOMPARE(parts.at(1).contentType, QByteArray("text/plain"));
    QCOMPARE(parts.at(2).contentType, QByteArray("message/delivery-status"));
    QCOMPARE(parts.at(3).contentType, QByteArray("text/rfc822-headers"));

    // For people: who and why, the enhanced code kept.
    QVERIFY(parsed.text().contains(
        QLatin1String("nadie@servidor.edu: 550 5.1.1 nadie@servidor.edu... User unknown")));
    // For programs: the per-message fields, then one group for Nadie alone
    // (Fran's copy went).
    const auto groups = deliveryStatusGroups(parsed.decodedBody(2));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).value("reporting-mta"), QByteArray("dns; cliente.fr"));
    QVERIFY(QDateTime::fromString(QString::fromLatin1(groups.at(0).value("arrival-date")), Qt::RFC2822Date)
                .isValid());
    QCOMPARE(groups.at(1).value("final-recipient"), QByteArray("rfc822; nadie@servidor.edu"));
    QCOMPARE(groups.at(1).value("action"), QByteArray("failed"));
    QCOMPARE(groups.at(1).value("status"), QByteArray("5.1.1"));
    QCOMPARE(groups.at(1).value("remote-mta"), QByteArray("dns; mx.servidor.edu"));
    QCOMPARE(groups.at(1).value("diagnostic-code"),
             QByteArray("smtp; 550 5.1.1 nadie@servidor.edu... User unknown"));
    // The header of the message that failed, and not its body.
    const QByteArray returned = parsed.decodedBody(3);
    QVERIFY(returned.contains("Subject: Ola"));
    QVERIFY(returned.contains("Received: from [127.0.0.4]"));
    QVERIFY(!returned.contains("Que tal?"));

    // Refused after HELO, a reply has no enhanced code: the class's own, 5.0.0.
    accept("ana@cliente.fr", {"pepe@servidor.edu"});
    m_host->runSoon();
    m_host->play(
        {"220 servidor.edu", "250 servidor.edu", "250 Sender ok", "550 pepe... User unknown", "221 Bye"});
    QCOMPARE(s->store()->count("ana"), 2);
    const MimeMessage second = MimeMessage::parse(s->store()->mailbox("ana").last().content());
    const auto status = deliveryStatusGroups(second.decodedBody(2));
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(1).value("status"), QByteArray("5.0.0"));
    QCOMPARE(status.at(1).value("diagnostic-code"), QByteArray("smtp; 550 pepe... User unknown"));
}

// After HELO a server offers no extensions at all (RFC 5321 §4.1.1.1): the
// note says that is why the message was re-encoded, not that the next hop
// lacks 8BITMIME; after an EHLO without 8BITMIME the note says that.
void TestMailQueue::heloGreetingIsWhy8BitIsReencoded()
{
    ScenarioServer config;
    config.domain = QStringLiteral("cliente.fr");
    config.settings.insert(QStringLiteral("greet"), QStringLiteral("helo"));
    m_server = std::make_unique<MailServer>(
        m_host.get(), config, QList<ScenarioUser>{user(QStringLiteral("ana@cliente.fr"))}, QueuePolicy{});
    QCOMPARE(
        m_server->acceptMessage(submitted("ana@cliente.fr", {"fran@servidor.edu"}), eightBitMessage).code,
        250);
    m_host->runSoon();
    const QList<QByteArray> said = m_host->play(
        {"220 servidor.edu ESMTP", "250 servidor.edu Hello cliente.fr", "250 Sender ok", "250 Recipient ok",
         "354 Go ahead", "250 Message accepted for delivery", "221 Bye"});
    QCOMPARE(said.first(), QByteArray("HELO cliente.fr"));
    QVERIFY(said.contains("Content-Transfer-Encoding: quoted-printable"));
    const auto reencoded = std::find_if(
        m_host->notes.cbegin(), m_host->notes.cend(), [](const FakeHost::Note &n) {
            return n.code == NoteCode::ReencodedAfterHelo || n.code == NoteCode::ReencodedToSevenBit;
        });
    QVERIFY(reencoded != m_host->notes.cend());
    QCOMPARE(reencoded->code, NoteCode::ReencodedAfterHelo);
    QCOMPARE(reencoded->text,
             QStringLiteral("mx.servidor.edu was greeted with HELO, which gets no extensions "
                            "(no 8BITMIME): the message was re-encoded to 7-bit "
                            "(quoted-printable)"));
    QVERIFY(!reencoded->text.contains(QLatin1String("does not offer")));

    // Greeted with EHLO, a server without 8BITMIME is named as such.
    m_host->notes.clear();
    MailServer *s = server();
    QCOMPARE(s->acceptMessage(submitted("ana@cliente.fr", {"fran@servidor.edu"}), eightBitMessage).code, 250);
    m_host->runSoon();
    m_host->play({"220 servidor.edu ESMTP", "250-servidor.edu\r\n250 SIZE 1000000", "250 Sender ok",
                  "250 Recipient ok", "354 Go ahead", "250 Message accepted for delivery", "221 Bye"});
    const auto plain = std::find_if(
        m_host->notes.cbegin(), m_host->notes.cend(), [](const FakeHost::Note &n) {
            return n.code == NoteCode::ReencodedAfterHelo || n.code == NoteCode::ReencodedToSevenBit;
        });
    QVERIFY(plain != m_host->notes.cend());
    QCOMPARE(plain->code, NoteCode::ReencodedToSevenBit);
    QCOMPARE(plain->text,
             QStringLiteral("mx.servidor.edu does not offer 8BITMIME: the message was re-encoded "
                            "to 7-bit (quoted-printable)"));
}

// A class: the story holds the queues while the teacher steps it, but a
// message from a student's session (which the gate does not pace) is relayed
// at once, on a connection that inherits that status, and keeps no story
// waiting; the story's own message waits for the hold to end.
void TestMailQueue::heldQueueStillRelaysWhatAnUnpacedSessionSent()
{
    MailServer *s = server();
    s->setQueueHold(OutgoingQueue::Hold::Held);
    SmtpEnvelope student = submitted("ana@cliente.fr", {"fran@servidor.edu"});
    student.peerAddress = "127.0.0.1:41234";
    m_host->unpacedPeers.insert(QStringLiteral("cliente.fr/127.0.0.1:41234"));
    QCOMPARE(s->acceptMessage(student, message).code, 250);
    accept("ana@cliente.fr", {"fran@servidor.edu"}); // the story's, from 127.0.0.4:40000
    QCOMPARE(s->queue().size(), 2);
    QVERIFY(s->queue().at(0).unpaced);
    QVERIFY(!s->queue().at(1).unpaced);
    QVERIFY(!s->hasReadyWork()); // held: the story's waits, the student's keeps nobody waiting
    m_host->runSoon();
    QCOMPARE(m_host->dials.size(), size_t(1));
    QVERIFY(m_host->dials.front().unpaced);
    QVERIFY(!s->hasReadyWork());
    m_host->play({"220 mx.servidor.edu", "250 mx.servidor.edu", "250 ok", "250 ok", "354 go", "250 queued",
                  "221 bye"});
    QCOMPARE(s->queue().size(), 1);
    QVERIFY(m_host->dials.empty());
    // Released: the story's message goes, paced as ever.
    s->setQueueHold(OutgoingQueue::Hold::Released);
    QCOMPARE(m_host->dials.size(), size_t(1));
    QVERIFY(!m_host->dials.front().unpaced);
}

QTEST_GUILESS_MAIN(TestMailQueue)
#include "tst_mailqueue.moc"
