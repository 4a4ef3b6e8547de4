// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector: the selected line's bytes with CR LF visible, its route and
// phases, and its explanation with the RFC section; on a hand-made transcript
// and on the course's walkthrough over real sockets.
#include "classroom/scenariorunner.h"
#include "gui/inspectorpanel.h"
#include "scenario/scenarioparser.h"
#include "testevents.h"
#include "transcript/transcript.h"
#include "world/world.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using Direction = TranscriptEvent::Direction;

namespace {

const QString crlf = InspectorPanel::carriageReturnMark() + InspectorPanel::lineFeedMark();

TranscriptEvent line(const QByteArray &raw, Direction direction, Phase phase, int connection = 1)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = connection;
    e.protocol = Protocol::Smtp;
    e.direction = direction;
    e.raw = raw;
    e.phase = phase;
    const bool client = direction == Direction::ClientToServer;
    e.from = client ? QStringLiteral("cliente.fr") : QStringLiteral("servidor.edu");
    e.to = client ? QStringLiteral("servidor.edu") : QStringLiteral("cliente.fr");
    if (!client)
        e.code = raw.left(3);
    return e;
}

// The course's dialogue, up to a refused recipient.
void fill(TestEvents::HandMadeTranscript *t)
{
    TranscriptEvent opened;
    opened.kind = TranscriptEvent::Kind::ConnectionOpened;
    opened.connectionId = 1;
    opened.protocol = Protocol::Smtp;
    opened.from = QStringLiteral("cliente.fr");
    opened.to = QStringLiteral("servidor.edu");
    opened.note = QStringLiteral("TCP 127.0.0.2:40000 -> 127.0.0.3:10025 (smtp)");
    t->append(opened); // 0
    t->append(line("220 servidor.edu", Direction::ServerToClient, Phase::Opening)); // 1
    t->append(line("HELO cliente.fr", Direction::ClientToServer, Phase::Opening)); // 2
    t->append(line("250 Hello cliente.fr, pleased to meet you", Direction::ServerToClient,
                   Phase::Opening)); // 3
    t->append(line("MAIL FROM:<ana@cliente.fr>", Direction::ClientToServer, Phase::Transfer)); // 4
    t->append(line("250 ana@cliente.fr... Sender ok", Direction::ServerToClient,
                   Phase::Transfer)); // 5
    t->append(line("RCPT TO:<pepe@servidor.edu>", Direction::ClientToServer, Phase::Transfer)); // 6
    t->append(line("550 5.1.1 pepe@servidor.edu... User unknown", Direction::ServerToClient,
                   Phase::Transfer)); // 7
    t->done();
}

qsizetype find(const Transcript *t, const QByteArray &raw, Direction direction, int from = 0)
{
    for (qsizetype i = from; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.raw == raw && e.direction == direction)
            return i;
    }
    return -1;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsMailFromWithItsSection();
    void refusedRecipientShowsTheEnhancedCode();
    void minusOneClears();
    void connectionEventHasNoBytes();
    void passwordsAreMarked();
    void nonPrintableOctetsAreEscaped();
    void nextPhaseAppearsWhenTheLineArrives();
    void coloursFollowThePalette();
    void anaFranWalkthrough();
    void namesTheConnectionsOpenAtOnce();
    void lineInsideTlsShowsWhatEachOneSees();
    void handshakeMessageIsExplainedWithItsRecord();
};

void TestInspector::lineInsideTlsShowsWhatEachOneSees()
{
    // USER inside TLS: what servidor.edu reads (the line) and what anyone on
    // the wire sees (the record that carried it, its header explained).
    Transcript t;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(at.user);
    QCOMPARE(panel.bytesHeadingText(), QStringLiteral("What servidor.edu reads (decrypted)"));
    QCOMPARE(panel.rawText(), QStringLiteral("USER fran") + crlf);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("inspectorOctets"))
                ->text()
                .contains(QStringLiteral("plaintext")));
    const QString wire = panel.wireText();
    QVERIFY2(wire.startsWith(QStringLiteral("17 03 03 00 3b ")), qPrintable(wire)); // 59 octets follow
    QVERIFY2(wire.contains(QStringLiteral("17 — content type: application_data (23)")), qPrintable(wire));
    QVERIFY2(wire.contains(QStringLiteral("03 03 — version: TLS 1.2")), qPrintable(wire));
    QVERIFY2(wire.contains(QStringLiteral("00 3b — length: 59 octet")), qPrintable(wire));
    QVERIFY2(wire.contains(QStringLiteral("ciphertext")), qPrintable(wire));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("inspectorWire"))->isVisibleTo(&panel));
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 1939")));

    // PASS was pipelined in USER's record: the same octets; no "in clear" warning.
    panel.showEvent(at.pass);
    QCOMPARE(panel.wireText(), wire);
    QVERIFY(panel.explanationText().contains(QStringLiteral("inside TLS")));
    QVERIFY(
        !panel.explanationText().contains(QStringLiteral("anyone who can watch the network can read this")));

    // The server's greeting: what fran reads.
    panel.showEvent(at.greeting);
    QCOMPARE(panel.bytesHeadingText(), QStringLiteral("What fran reads (decrypted)"));
    QVERIFY(panel.wireText() != wire);

    // A line in clear: its bytes on the wire, no record.
    TestEvents::HandMadeTranscript clear;
    clear.append(line("HELO cliente.fr", Direction::ClientToServer, Phase::Opening));
    clear.done();
    panel.setTranscript(&clear);
    panel.showEvent(0);
    QCOMPARE(panel.bytesHeadingText(), QStringLiteral("Bytes on the wire"));
    QVERIFY(panel.wireText().isEmpty());
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("inspectorWire"))->isVisibleTo(&panel));
}

void TestInspector::handshakeMessageIsExplainedWithItsRecord()
{
    Transcript t;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(at.certificate);
    QCOMPARE(panel.bytesHeadingText(), QStringLiteral("TLS handshake message"));
    const QString text = panel.explanationText();
    QVERIFY2(text.contains(QStringLiteral("Certificate: the server shows who it is")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("RFC 8446 §4.4.2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CN=servidor.edu, O=Carteiro")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("classroom CA")), qPrintable(text));
    QVERIFY2(panel.wireText().startsWith(QStringLiteral("17 03 03 02 30 ")), qPrintable(panel.wireText()));
    const QLabel *rfc = panel.findChild<QLabel *>(QStringLiteral("inspectorRfc"));
    QVERIFY(rfc->text().contains(QStringLiteral("rfc8446#section-4.4.2")));

    // The ClientHello crossed in clear, from a TLS 1.0 record header (0x0301).
    panel.showEvent(at.clientHello);
    QVERIFY2(panel.wireText().startsWith(QStringLiteral("16 03 01 01 24 ")), qPrintable(panel.wireText()));
    QVERIFY(panel.wireText().contains(QStringLiteral("handshake (22)")));
    QVERIFY(panel.wireText().contains(QStringLiteral("TLS 1.0")));
    QVERIFY(panel.wireText().contains(QStringLiteral("292 octet")));
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 8446 §4.1.2")));

    // The alert that ends the session.
    panel.showEvent(at.closeNotify);
    QVERIFY(panel.explanationText().contains(QStringLiteral("close_notify")));
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 8446 §6.1")));
    QVERIFY(panel.wireText().startsWith(QStringLiteral("17 03 03 00 13 ")));

    // The handshake's end: "encrypted from here", no record of its own.
    panel.showEvent(at.established);
    QVERIFY(panel.explanationText().contains(QStringLiteral("Encrypted from here")));
    QVERIFY(panel.wireText().isEmpty());
}

void TestInspector::namesTheConnectionsOpenAtOnce()
{
    // Two relays between the same hosts at once: #1's DATA, #2's DATA, then
    // #1's 354 (answering #1's DATA, two rows up) and #2's.
    TestEvents::HandMadeTranscript t;
    t.append(line("DATA", Direction::ClientToServer, Phase::Transfer, 1)); // 0
    t.append(line("DATA", Direction::ClientToServer, Phase::Transfer, 2)); // 1
    TranscriptEvent first = line("354 Enter mail", Direction::ServerToClient, Phase::Transfer, 1);
    first.answers = 0;
    t.append(first); // 2
    TranscriptEvent second = line("354 Enter mail", Direction::ServerToClient, Phase::Transfer, 2);
    second.answers = 1;
    t.append(second); // 3
    TranscriptEvent closed;
    closed.kind = TranscriptEvent::Kind::ConnectionClosed;
    closed.connectionId = 1;
    closed.from = QStringLiteral("servidor.edu");
    closed.to = QStringLiteral("cliente.fr");
    t.append(closed); // 4
    t.append(line("QUIT", Direction::ClientToServer, Phase::Closing, 2)); // 5
    t.done();
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(3);
    const QString route = panel.routeText();
    QVERIFY2(route.contains(QStringLiteral("connection #2, open at the same time as #1")), qPrintable(route));
    // Once #1 has closed, #2 is alone again.
    panel.showEvent(5);
    QVERIFY2(panel.routeText().contains(QStringLiteral("connection #2")), qPrintable(panel.routeText()));
    QVERIFY2(!panel.routeText().contains(QStringLiteral("same time")), qPrintable(panel.routeText()));
}

void TestInspector::showsMailFromWithItsSection()
{
    TestEvents::HandMadeTranscript t;
    fill(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(4);
    QCOMPARE(panel.shownEvent(), qsizetype(4));
    QVERIFY2(panel.explanationText().contains(QStringLiteral("RFC 5321 §4.1.1.2")),
             qPrintable(panel.explanationText()));
    QVERIFY(panel.explanationText().contains(QStringLiteral("MAIL FROM")));
    QCOMPARE(panel.rawText(), QStringLiteral("MAIL FROM:<ana@cliente.fr>") + crlf);
    // 26 octets of text and CR LF.
    auto *octets = panel.findChild<QLabel *>(QStringLiteral("inspectorOctets"));
    QVERIFY(octets);
    QVERIFY2(octets->text().contains(QStringLiteral("28")), qPrintable(octets->text()));
    // Who to whom, the course's C:, the connection.
    QVERIFY(panel.routeText().contains(QStringLiteral("cliente.fr → servidor.edu")));
    QVERIFY(panel.routeText().contains(QStringLiteral("C:")));
    QVERIFY(panel.routeText().contains(QStringLiteral("#1")));
    // The phase changes here: from the opening to the mail transfer.
    QVERIFY2(panel.phaseText().contains(QStringLiteral("Opening (handshake)")),
             qPrintable(panel.phaseText()));
    QVERIFY(panel.phaseText().contains(QStringLiteral("Mail transfer")));
    QVERIFY(panel.phaseText().contains(QStringLiteral("new phase")));
    // The RFC section is a visible label.
    auto *rfc = panel.findChild<QLabel *>(QStringLiteral("inspectorRfc"));
    QVERIFY(rfc);
    QVERIFY(rfc->isVisibleTo(&panel));
    QVERIFY(rfc->text().contains(QStringLiteral("RFC 5321 §4.1.1.2")));
    QVERIFY(rfc->text().contains(QStringLiteral("rfc5321#section-4.1.1.2")));
    // The course names RFC 2821: the inspector says how the two are related.
    QVERIFY2(rfc->text().contains(QStringLiteral("RFC 2821")), qPrintable(rfc->text()));

    // The reply says which command it answers.
    panel.showEvent(5);
    QVERIFY2(panel.explanationText().contains(QStringLiteral("MAIL FROM:<ana@cliente.fr>")),
             qPrintable(panel.explanationText()));
    QVERIFY(panel.routeText().contains(QStringLiteral("S:")));
}

void TestInspector::refusedRecipientShowsTheEnhancedCode()
{
    TestEvents::HandMadeTranscript t;
    fill(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(7);
    const QString text = panel.explanationText();
    QVERIFY2(text.contains(QStringLiteral("550")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("5.1.1")));
    QVERIFY(text.contains(QStringLiteral("bad destination mailbox")));
    QVERIFY(text.contains(QStringLiteral("RFC 3463 §3.2")));
    // The same reply without the enhanced code has no such detail.
    t.append(line("550 pepe@servidor.edu... User unknown", Direction::ServerToClient, Phase::Transfer, 2));
    panel.showEvent(t.size() - 1);
    QVERIFY(!panel.explanationText().contains(QStringLiteral("RFC 3463")));
}

void TestInspector::minusOneClears()
{
    TestEvents::HandMadeTranscript t;
    fill(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(4);
    QVERIFY(!panel.explanationText().isEmpty());
    panel.showEvent(-1);
    QCOMPARE(panel.shownEvent(), qsizetype(-1));
    QVERIFY(panel.explanationText().isEmpty());
    QVERIFY(panel.rawText().isEmpty());
    QVERIFY(panel.phaseText().isEmpty());
    // Out of range is cleared as well, and so is a change of transcript.
    panel.showEvent(4);
    panel.showEvent(1000);
    QCOMPARE(panel.shownEvent(), qsizetype(-1));
    QVERIFY(panel.explanationText().isEmpty());
    panel.showEvent(4);
    panel.setTranscript(nullptr);
    QCOMPARE(panel.shownEvent(), qsizetype(-1));
    QVERIFY(panel.rawText().isEmpty());
    panel.showEvent(4);
    QCOMPARE(panel.shownEvent(), qsizetype(-1));
}

void TestInspector::connectionEventHasNoBytes()
{
    TestEvents::HandMadeTranscript t;
    fill(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(0);
    QVERIFY(panel.explanationText().contains(QStringLiteral("three-way handshake")));
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 9293 §3.5")));
    QVERIFY(!panel.rawText().contains(crlf));
    QVERIFY(panel.rawText().contains(QStringLiteral("127.0.0.3")));
    auto *octets = panel.findChild<QLabel *>(QStringLiteral("inspectorOctets"));
    QVERIFY(!octets->isVisibleTo(&panel));
}

void TestInspector::passwordsAreMarked()
{
    Transcript t;
    TranscriptEvent auth = line("AUTH PLAIN AGFuYQBjbGF2ZWFuYQ==", Direction::ClientToServer, Phase::Opening);
    auth.sensitive = true;
    t.append(auth);
    t.append(line("250 2.1.0 ok", Direction::ServerToClient, Phase::Transfer));
    InspectorPanel panel;
    panel.setTranscript(&t);
    auto *mark = panel.findChild<QLabel *>(QStringLiteral("inspectorSensitive"));
    QVERIFY(mark);
    panel.showEvent(0);
    QVERIFY(mark->isVisibleTo(&panel));
    QVERIFY2(panel.explanationText().contains(QStringLiteral("shown on purpose, as in the course")),
             qPrintable(panel.explanationText()));
    // Base64 hides nothing: the decoded NUL-separated name and password.
    QVERIFY2(panel.explanationText().contains(QStringLiteral("\\x00ana\\x00claveana")),
             qPrintable(panel.explanationText()));
    panel.showEvent(1);
    QVERIFY(!mark->isVisibleTo(&panel));
    QVERIFY(!panel.explanationText().contains(QStringLiteral("shown on purpose")));
}

void TestInspector::nonPrintableOctetsAreEscaped()
{
    Transcript t;
    t.append(line(QByteArray("HELO a\x01"
                             "b\tc"),
                  Direction::ClientToServer, Phase::Opening));
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(0);
    QCOMPARE(panel.rawText(), QStringLiteral("HELO a\\x01b\\tc") + crlf);
    auto *raw = panel.findChild<QLabel *>(QStringLiteral("inspectorRaw"));
    QVERIFY(raw->text().contains(QStringLiteral("\\x01")));
    QVERIFY(!raw->text().contains(QChar(1)));
}

void TestInspector::nextPhaseAppearsWhenTheLineArrives()
{
    TestEvents::HandMadeTranscript t;
    fill(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    panel.showEvent(7);
    QVERIFY2(panel.phaseText().contains(QStringLiteral("(nothing yet)")), qPrintable(panel.phaseText()));
    t.append(line("QUIT", Direction::ClientToServer, Phase::Closing));
    QTRY_VERIFY2(panel.phaseText().contains(QStringLiteral("after: Closing")), qPrintable(panel.phaseText()));
    QVERIFY(panel.phaseText().contains(QStringLiteral("next line starts a new phase")));
    // A closed connection says so.
    TranscriptEvent closed;
    closed.kind = TranscriptEvent::Kind::ConnectionClosed;
    closed.connectionId = 1;
    t.append(closed);
    panel.showEvent(t.size() - 2);
    QVERIFY2(panel.phaseText().contains(QStringLiteral("(connection closed)")),
             qPrintable(panel.phaseText()));
}

void TestInspector::coloursFollowThePalette()
{
    TestEvents::HandMadeTranscript t;
    fill(&t);
    InspectorPanel panel;
    panel.setTranscript(&t);
    QPalette light = panel.palette();
    light.setColor(QPalette::Link, QColor(0x00, 0x33, 0xcc));
    panel.setPalette(light);
    panel.showEvent(4);
    auto *raw = panel.findChild<QLabel *>(QStringLiteral("inspectorRaw"));
    QVERIFY2(raw->text().contains(QStringLiteral("#0033cc")), qPrintable(raw->text()));
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Link, QColor(0x88, 0xbb, 0xff));
    panel.setPalette(dark);
    QVERIFY2(raw->text().contains(QStringLiteral("#88bbff")), qPrintable(raw->text()));
    QVERIFY(!raw->text().contains(QStringLiteral("#0033cc")));
}

void TestInspector::anaFranWalkthrough()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    QVERIFY(errors.isEmpty());
    World::Options options;
    options.ephemeralPorts = true;
    options.queue.retryBaseMs = 20;
    World world(scenario, options);
    QString error;
    QVERIFY2(world.start(&error), qPrintable(error));
    ScenarioRunner runner(&world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));

    const Transcript *t = world.transcript();
    InspectorPanel panel;
    panel.setTranscript(t);

    // The server-to-server leg: the course's MAIL FROM.
    const qsizetype mail = find(t, "MAIL FROM:<ana@cliente.fr>", Direction::ClientToServer);
    QVERIFY(mail >= 0);
    panel.showEvent(mail);
    QVERIFY2(panel.explanationText().contains(QStringLiteral("RFC 5321 §4.1.1.2")),
             qPrintable(panel.explanationText()));
    QCOMPARE(panel.rawText(), QStringLiteral("MAIL FROM:<ana@cliente.fr>") + crlf);
    QVERIFY(panel.routeText().contains(QStringLiteral("cliente.fr → servidor.edu")));

    // A line of the message is not a command, even if it looked like one.
    const qsizetype body = find(t, "A que hora e onde?", Direction::ClientToServer);
    QVERIFY(body >= 0);
    panel.showEvent(body);
    QVERIFY2(panel.explanationText().contains(QStringLiteral("RFC 5322 §2.3")),
             qPrintable(panel.explanationText()));
    const qsizetype subject = find(t, "Subject: Quedamos hoxe?", Direction::ClientToServer);
    panel.showEvent(subject);
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 5322 §3.6.5")));
    const qsizetype dot = find(t, ".", Direction::ClientToServer);
    panel.showEvent(dot);
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 5321 §4.1.1.4")));
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 5321 §4.5.2")));

    // EHLO's keywords, and the submission's login shown on purpose.
    const qsizetype pipelining = find(t, "250-PIPELINING", Direction::ServerToClient);
    QVERIFY(pipelining >= 0);
    panel.showEvent(pipelining);
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 2920 §3")));
    const qsizetype pass = find(t, "PASS claveejemplo", Direction::ClientToServer);
    QVERIFY(pass >= 0);
    panel.showEvent(pass);
    QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 1939 §7")));
    QVERIFY(panel.explanationText().contains(QStringLiteral("shown on purpose")));

    // POP3: the listing line after LIST, and the phases around PASS's answer.
    const qsizetype listing = find(t, "1 616", Direction::ServerToClient);
    if (listing >= 0) { // the size depends on the header's lengths
        panel.showEvent(listing);
        QVERIFY(panel.explanationText().contains(QStringLiteral("RFC 1939 §5")));
    }
    const qsizetype loggedOn = find(t, "+OK user successfully logged on", Direction::ServerToClient);
    QVERIFY(loggedOn >= 0);
    panel.showEvent(loggedOn);
    QVERIFY2(panel.phaseText().contains(QStringLiteral("TRANSACTION state")), qPrintable(panel.phaseText()));
    QVERIFY(panel.phaseText().contains(QStringLiteral("AUTHORIZATION state")));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
