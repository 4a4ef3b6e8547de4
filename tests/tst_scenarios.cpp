// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that every built-in scenario plays to the end headless with all its
// expectations met, and what the MIME scenarios show on the wire: seven-bit's
// relay leg re-encoded as quoted-printable (RFC 6152 §3), the photo of
// ana-fran-attachment arriving byte for byte.
#include "classroom/scenariorunner.h"
#include "explain/explanations.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "message/mimemessage.h"
#include "persist/worldfileupgrade.h"
#include "scenario/scenarioparser.h"
#include "testworlds.h"
#include "world/world.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

// A world running a built-in scenario to its end.
struct Run {
    std::unique_ptr<World> world;
    std::unique_ptr<ScenarioRunner> runner;
    bool finished = false;
    bool allPassed = false;
};

World::Options ephemeral()
{
    // The command line's timing (first retry after 2 s, five attempts): the
    // scenarios about deferred mail are written for it.
    World::Options options;
    options.ephemeralPorts = true;
    return options;
}

Run play(const Scenario &scenario, const World::Options &options = ephemeral(),
         const std::function<void(ScenarioRunner *)> &beforeStart = {})
{
    Run run;
    run.world = std::make_unique<World>(scenario, options);
    QString error;
    if (!run.world->start(&error)) {
        qWarning("%s", qPrintable(error));
        return run;
    }
    run.runner = std::make_unique<ScenarioRunner>(run.world.get(), QStringLiteral("gl"));
    QSignalSpy finished(run.runner.get(), &ScenarioRunner::finished);
    if (beforeStart)
        beforeStart(run.runner.get());
    run.runner->start();
    run.finished = finished.wait(30000);
    run.allPassed = run.finished && finished.first().first().toBool();
    return run;
}

Scenario load(const QString &name)
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(name, &errors);
    for (const ScenarioError &error : std::as_const(errors))
        qWarning("%s", qPrintable(error.toString()));
    return errors.isEmpty() ? scenario : Scenario();
}

Run play(const QString &name)
{
    const Scenario scenario = load(name);
    if (scenario.servers.isEmpty())
        return Run();
    return play(scenario);
}

// What a host said to another on the wire, line by line.
QList<QByteArray> linesFrom(const Transcript *transcript, const QString &from, const QString &to)
{
    QList<QByteArray> lines;
    for (qsizetype i = 0; i < transcript->size(); ++i) {
        const TranscriptEvent &event = transcript->at(i);
        if (event.kind == TranscriptEvent::Kind::Line && event.from == from && event.to == to)
            lines.append(event.raw);
    }
    return lines;
}

// The client's lines after DATA up to the final "." (still dot-stuffed).
QList<QByteArray> dataLines(const QList<QByteArray> &clientLines)
{
    const qsizetype data = clientLines.indexOf("DATA");
    if (data < 0)
        return {};
    const qsizetype end = clientLines.indexOf(".", data + 1);
    return clientLines.mid(data + 1, end < 0 ? -1 : end - data - 1);
}

QByteArray mailCommand(const QList<QByteArray> &clientLines)
{
    const auto mail = std::find_if(clientLines.cbegin(), clientLines.cend(),
                                   [](const QByteArray &l) { return l.startsWith("MAIL FROM:"); });
    return mail == clientLines.cend() ? QByteArray() : *mail;
}

bool isSevenBit(const QByteArray &line)
{
    return std::all_of(line.cbegin(), line.cend(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A scenario's text with one phrase replaced (a shorter "down … for").
Scenario loadWith(const QString &name, const QByteArray &before, const QByteArray &after)
{
    QFile file(QStringLiteral(":/scenarios/%1.scenario").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return Scenario();
    QByteArray text = file.readAll();
    if (!text.contains(before))
        return Scenario();
    text.replace(before, after);
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(name + QStringLiteral(".scenario"), text, &errors);
    for (const ScenarioError &error : std::as_const(errors))
        qWarning("%s", qPrintable(error.toString()));
    return errors.isEmpty() ? scenario : Scenario();
}

// What happened, in order, without what changes from run to run by design
// (times, ports, dates, Message-Ids): each event's kind, ends and note code;
// a line's role and first word (the command or the reply code).
QStringList story(const Transcript *transcript)
{
    QStringList events;
    for (const TranscriptEvent &e : transcript->events()) {
        QString what = QString::number(int(e.kind)) + QLatin1Char(' ') + e.from + QStringLiteral(" -> ")
            + e.to + QLatin1Char(' ');
        if (e.kind == TranscriptEvent::Kind::Line)
            what += QString::fromLatin1(LineRoles::name(e.role)) + QLatin1Char(' ')
                + QString::fromUtf8(e.raw.left(e.raw.indexOf(' ')));
        else
            what += Notes::name(e.noteCode);
        events.append(what);
    }
    return events;
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInScenarioPasses_data();
    void builtInScenarioPasses();
    void sevenBitRelayIsQuotedPrintable();
    void photoArrivesIntact();
    void utf8AddressNeedsSmtpUtf8_data();
    void utf8AddressNeedsSmtpUtf8();
    void pipelinedCommandsAreToldApart();
    void captionsComeBeforeWhatTheyNarrate_data();
    void captionsComeBeforeWhatTheyNarrate();
    void captionsTellTheRealPort_data();
    void captionsTellTheRealPort();
    void timedStatementsFireOnScenarioTime();
    void sameStoryEveryRun_data();
    void sameStoryEveryRun();
    void imapScriptsListWhatTheyCareAbout();
    void imapFoldersAndFlagsAreChecked();
    void imapFaultsAndPredictions();
};

void TestScenarios::builtInScenarioPasses_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = ScenarioParser::builtInNames();
    QVERIFY(names.contains(QStringLiteral("ana-fran-attachment")));
    QVERIFY(names.contains(QStringLiteral("seven-bit")));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestScenarios::builtInScenarioPasses()
{
    QFETCH(QString, name);
    const Run run = play(name);
    QVERIFY(run.runner);
    QVERIFY(run.finished);
    QStringList failures;
    for (const ScenarioRunner::Outcome &outcome : run.runner->outcomes()) {
        if (!outcome.passed)
            failures.append(outcome.descriptionText() + QStringLiteral(": ") + outcome.detailText());
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(run.allPassed);
    QVERIFY(!run.runner->outcomes().isEmpty());

    // Every line carries what it is, as its engine knew it; replaying the
    // conversations from their text alone (how version 1 world files are
    // read) finds the same roles, continuations and answered commands.
    QList<TranscriptEvent> recorded;
    for (const TranscriptEvent &e : run.world->transcript()->events())
        recorded.append(e);
    QList<TranscriptEvent> replayed = recorded;
    for (TranscriptEvent &e : replayed) {
        e.role = LineRole::Unknown;
        e.continued = false;
        e.answers = -1;
    }
    WorldFileUpgrade::inferLineRoles(replayed);
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        const TranscriptEvent &r = recorded.at(i);
        if (r.kind != TranscriptEvent::Kind::Line)
            continue;
        const QByteArray where = QByteArray::number(i) + " \"" + r.raw.left(60) + "\"";
        QVERIFY2(r.role != LineRole::Unknown, where.constData());
        // Version 1 files hold no IMAP and no HTTP: their roles come from the engines only.
        if (r.protocol == Protocol::Imap || r.protocol == Protocol::Http)
            continue;
        QVERIFY2(r.role == replayed.at(i).role,
                 (where + ": recorded " + LineRoles::name(r.role) + ", replayed "
                  + LineRoles::name(replayed.at(i).role))
                     .constData());
        QVERIFY2(r.continued == replayed.at(i).continued, where.constData());
        QVERIFY2(r.answers == replayed.at(i).answers,
                 (where + ": answers " + QByteArray::number(r.answers) + ", replayed "
                  + QByteArray::number(replayed.at(i).answers))
                     .constData());
    }
}

void TestScenarios::pipelinedCommandsAreToldApart()
{
    // Ana's client submits with EHLO and PIPELINING: its RCPT and DATA go out
    // before MAIL's 250, and their explanation says so; the course's HELO
    // dialogue between the servers waits for each reply.
    const Run run = play(QStringLiteral("ana-fran"));
    QVERIFY(run.allPassed);
    const Transcript *t = run.world->transcript();
    const auto explained = [t](const QString &from, const QString &to, const QByteArray &verb) {
        for (qsizetype i = 0; i < t->size(); ++i) {
            const TranscriptEvent &e = t->at(i);
            if (e.kind == TranscriptEvent::Kind::Line && e.from == from && e.to == to
                && e.raw.startsWith(verb))
                return Explanations::forEvent(*t, i);
        }
        return Explanation();
    };
    const auto pipelined = [](const Explanation &e) {
        for (const ExplanationDetail &d : e.details) {
            if (d.rfc == QStringLiteral("RFC 2920 §3.1"))
                return true;
        }
        return false;
    };
    QVERIFY(pipelined(explained(QStringLiteral("ana"), QStringLiteral("cliente.fr"), "RCPT")));
    QVERIFY(pipelined(explained(QStringLiteral("ana"), QStringLiteral("cliente.fr"), "DATA")));
    QVERIFY(!pipelined(explained(QStringLiteral("ana"), QStringLiteral("cliente.fr"), "MAIL")));
    QVERIFY(!pipelined(explained(QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu"), "RCPT")));
    QVERIFY(!pipelined(explained(QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu"), "DATA")));
}

void TestScenarios::captionsComeBeforeWhatTheyNarrate_data()
{
    // A caption (its number), and the first event of what it narrates: a
    // connection opened from one host to another, or a coded note.
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("note");
    const int connection = int(NoteCode::None);
    QTest::newRow("ana-fran: Ana submits") << "ana-fran"
                                           << "2."
                                           << "ana"
                                           << "cliente.fr" << connection;
    QTest::newRow("ana-fran: the relay opens TCP") << "ana-fran"
                                                   << "3."
                                                   << "cliente.fr"
                                                   << "servidor.edu" << connection;
    QTest::newRow("ana-fran: the relay sends") << "ana-fran"
                                               << "4."
                                               << "cliente.fr"
                                               << "servidor.edu" << connection;
    QTest::newRow("ana-fran: the mailbox") << "ana-fran"
                                           << "5."
                                           << "servidor.edu"
                                           << "" << int(NoteCode::StoredInMailbox);
    QTest::newRow("ana-fran: Fran fetches") << "ana-fran"
                                            << "6."
                                            << "fran"
                                            << "servidor.edu" << connection;
    QTest::newRow("unknown-user: the relay") << "unknown-user"
                                             << "2."
                                             << "cliente.fr"
                                             << "servidor.edu" << connection;
    QTest::newRow("unknown-user: the bounce") << "unknown-user"
                                              << "3."
                                              << ""
                                              << "" << int(NoteCode::BounceSent);
    QTest::newRow("ana-fran-attachment: the mailbox") << "ana-fran-attachment"
                                                      << "4."
                                                      << "servidor.edu"
                                                      << "" << int(NoteCode::StoredInMailbox);
}

void TestScenarios::captionsComeBeforeWhatTheyNarrate()
{
    // The runner holds the outgoing queues while the story is told, so this
    // holds every run, on a busy machine too, not by luck of timing.
    QFETCH(QString, scenario);
    QFETCH(QString, caption);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, note);
    const Run run = play(scenario);
    QVERIFY(run.allPassed);
    const Transcript *t = run.world->transcript();
    qsizetype captionAt = -1;
    qsizetype narratedAt = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.kind == TranscriptEvent::Kind::Caption && captionAt < 0 && e.noteText().startsWith(caption))
            captionAt = i;
        const bool narrated = note == int(NoteCode::None)
            ? e.kind == TranscriptEvent::Kind::ConnectionOpened && e.from == from && e.to == to
            : e.noteCode == NoteCode(note) && (from.isEmpty() || e.from == from);
        if (narrated && narratedAt < 0)
            narratedAt = i;
    }
    QVERIFY2(captionAt >= 0, qPrintable(caption));
    QVERIFY2(narratedAt >= 0, qPrintable(from + QStringLiteral(" -> ") + to));
    QVERIFY2(captionAt < narratedAt,
             qPrintable(QStringLiteral("caption %1 at event %2, what it narrates at %3")
                            .arg(caption)
                            .arg(captionAt)
                            .arg(narratedAt)));
}

void TestScenarios::sevenBitRelayIsQuotedPrintable()
{
    const Run run = play(QStringLiteral("seven-bit"));
    QVERIFY(run.allPassed);
    const Transcript *transcript = run.world->transcript();

    // Submission: cliente.fr offers 8BITMIME, so the text goes as 8bit.
    const QList<QByteArray> submission = linesFrom(transcript, QStringLiteral("ana"),
                                                   QStringLiteral("cliente.fr"));
    QVERIFY(mailCommand(submission).endsWith(" BODY=8BITMIME"));
    const QList<QByteArray> submitted = dataLines(submission);
    QVERIFY(submitted.contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(!std::all_of(submitted.cbegin(), submitted.cend(), isSevenBit));

    // Relay: servidor.edu does not offer it; every line is 7-bit.
    const QList<QByteArray> relay = linesFrom(transcript, QStringLiteral("cliente.fr"),
                                              QStringLiteral("servidor.edu"));
    QVERIFY(!mailCommand(relay).isEmpty());
    QVERIFY(!mailCommand(relay).contains("BODY="));
    const QList<QByteArray> relayed = dataLines(relay);
    QVERIFY(!relayed.isEmpty());
    for (const QByteArray &line : relayed)
        QVERIFY2(isSevenBit(line), line.constData());
    QVERIFY(relayed.contains("Content-Transfer-Encoding: quoted-printable"));
    QVERIFY(!relayed.contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(std::any_of(relayed.cbegin(), relayed.cend(),
                        [](const QByteArray &l) { return l.contains("=C3=81 tarde"); }));

    // The note says so, from the relaying host, before its MAIL command.
    qsizetype note = -1;
    qsizetype mail = -1;
    for (qsizetype i = 0; i < transcript->size(); ++i) {
        const TranscriptEvent &event = transcript->at(i);
        if (event.kind == TranscriptEvent::Kind::Note && event.from == QLatin1String("cliente.fr")
            && event.noteText().contains(QLatin1String("8BITMIME")) && note < 0) {
            note = i;
        }
        if (event.kind == TranscriptEvent::Kind::Line && event.from == QLatin1String("cliente.fr")
            && event.raw.startsWith("MAIL FROM:") && mail < 0) {
            mail = i;
        }
    }
    QVERIFY(note >= 0);
    QVERIFY(note < mail);
    QVERIFY(transcript->at(note).noteText().contains(QLatin1String("servidor.edu")));

    // Fran reads the accents as Ana wrote them.
    MailClient *fran = run.world->client(QStringLiteral("fran"));
    QVERIFY(fran);
    QCOMPARE(fran->inbox().size(), 1);
    const MimeMessage message = MimeMessage::parse(fran->inbox().first().content);
    QVERIFY2(message.text().contains(QStringLiteral("Á tarde, na cafetería")), qPrintable(message.text()));
}

void TestScenarios::photoArrivesIntact()
{
    const Run run = play(QStringLiteral("ana-fran-attachment"));
    QVERIFY(run.allPassed);
    QFile photo(QStringLiteral(":/scenarios/foto-praia.png"));
    QVERIFY(photo.open(QIODevice::ReadOnly));
    const QByteArray expected = photo.readAll();

    MailClient *fran = run.world->client(QStringLiteral("fran"));
    QVERIFY(fran);
    QCOMPARE(fran->inbox().size(), 1);
    const MimeMessage message = MimeMessage::parse(fran->inbox().first().content);
    int found = -1;
    for (int i = 0; i < message.parts().size(); ++i) {
        if (message.parts().at(i).fileName == QLatin1String("foto-praia.png"))
            found = i;
    }
    QVERIFY(found > 0);
    QCOMPARE(message.parts().at(found).contentType, QByteArray("image/png"));
    QCOMPARE(message.parts().at(found).transferEncoding, QByteArray("base64"));
    QCOMPARE(message.decodedBody(found), expected);
    QVERIFY2(message.text().contains(QStringLiteral("Á tarde, na cafetería")), qPrintable(message.text()));
    // Both legs offered 8BITMIME: nothing was re-encoded.
    const Transcript *transcript = run.world->transcript();
    for (qsizetype i = 0; i < transcript->size(); ++i)
        QVERIFY(!transcript->at(i).noteText().contains(QLatin1String("re-encoded")));
}

void TestScenarios::utf8AddressNeedsSmtpUtf8_data()
{
    QTest::addColumn<bool>("offered");
    QTest::newRow("servidor.edu offers SMTPUTF8") << true;
    QTest::newRow("servidor.edu does not offer SMTPUTF8") << false;
}

void TestScenarios::utf8AddressNeedsSmtpUtf8()
{
    QFETCH(bool, offered);
    // RFC 6531: mail to josé travels only where every hop offers SMTPUTF8;
    // otherwise the relay gives up (553 5.6.7) and Ana gets a bounce.
    QByteArray text = TestWorlds::twoDomains
        + "user jos\xc3\xa9@servidor.edu password clavejose\n"
          "send ana to jos\xc3\xa9@servidor.edu subject Ola body \"Ola, Jos\xc3\xa9\"\n"
          "wait\n";
    if (offered) {
        text += "expect mailbox jos\xc3\xa9@servidor.edu count 1\n"
                "expect mailbox ana@cliente.fr count 0\n";
    } else {
        text += "set servidor.edu smtputf8 off\n"
                "expect mailbox jos\xc3\xa9@servidor.edu count 0\n"
                "expect mailbox ana@cliente.fr subject \"Undelivered Mail Returned to Sender\"\n";
    }
    const Scenario scenario = TestWorlds::parse(text);
    QVERIFY(!scenario.steps.isEmpty());
    const Run run = play(scenario);
    QVERIFY(run.finished);
    QStringList failures;
    for (const ScenarioRunner::Outcome &outcome : run.runner->outcomes()) {
        if (!outcome.passed)
            failures.append(outcome.descriptionText() + QStringLiteral(": ") + outcome.detailText());
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    const Transcript *transcript = run.world->transcript();
    const QByteArray submitted = mailCommand(
        linesFrom(transcript, QStringLiteral("ana"), QStringLiteral("cliente.fr")));
    QVERIFY2(submitted.endsWith(" SMTPUTF8"), submitted.constData());
    const QList<QByteArray> relay = linesFrom(transcript, QStringLiteral("cliente.fr"),
                                              QStringLiteral("servidor.edu"));
    if (offered) {
        QVERIFY(mailCommand(relay).endsWith(" SMTPUTF8"));
        QVERIFY(relay.contains("RCPT TO:<jos\xc3\xa9@servidor.edu>"));
    } else {
        // The client stops before MAIL: the address never goes on the wire.
        QVERIFY(mailCommand(relay).isEmpty());
        QCOMPARE(relay.last(), QByteArray("QUIT"));
        MailServer *cliente = run.world->server(QStringLiteral("cliente.fr"));
        QVERIFY(cliente);
        const QList<MailStore::Message> box = cliente->store()->mailbox("ana");
        QCOMPARE(box.size(), 1);
        QVERIFY2(box.first().content().contains("553 5.6.7"), box.first().content().constData());
    }
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"

void TestScenarios::captionsTellTheRealPort_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("standard");
    QTest::newRow("telnet-smtp") << "telnet-smtp"
                                 << "smtp" << 25;
    QTest::newRow("telnet-pop3") << "telnet-pop3"
                                 << "pop3" << 110;
    QTest::newRow("telnet-imap") << "telnet-imap"
                                 << "imap" << 143;
}

void TestScenarios::captionsTellTheRealPort()
{
    // The window's world: 25 plus an offset (the next one when taken), so
    // the student must be told 17025, not the course's 25.
    QFETCH(QString, scenario);
    QFETCH(QString, service);
    QFETCH(int, standard);
    World::Options options;
    options.portOffset = 17000;
    options.takenPorts = World::Options::TakenPorts::TryNextOffset;
    QString goal;
    const Run run = play(load(scenario), options, [&goal](ScenarioRunner *runner) {
        QObject::connect(runner, &ScenarioRunner::exerciseStarted,
                         [&goal](const ScenarioRunner::Exercise &e) { goal = e.goal; });
    });
    QVERIFY(run.allPassed);
    const World::Service *listening = run.world->service(QStringLiteral("servidor.edu"), service);
    QVERIFY(listening);
    QVERIFY(listening->port >= 17000 + standard);
    const QString port = QString::number(listening->port);
    const QString told = QStringLiteral("porto %1 (o %2 do curso)").arg(port).arg(standard);
    QStringList captions;
    for (const TranscriptEvent &e : run.world->transcript()->events()) {
        if (e.kind == TranscriptEvent::Kind::Caption)
            captions.append(e.noteText());
    }
    const auto tells = [&](const QString &text) { return text.contains(told); };
    QVERIFY2(std::any_of(captions.cbegin(), captions.cend(), tells),
             qPrintable(captions.join(QLatin1Char('\n'))));
    // The exercise's goal, in the exercise panel and on the transcript.
    QVERIFY2(goal.contains(QStringLiteral("porto ") + port + QLatin1Char(':')), qPrintable(goal));
    for (const QString &caption : std::as_const(captions))
        QVERIFY2(!caption.contains(QLatin1String("{port")), qPrintable(caption));
}

void TestScenarios::timedStatementsFireOnScenarioTime()
{
    // "down servidor.edu for 6" and the queue's retries (2 s, then 4 s):
    // the host is back 6 s after it went down, and the retry due then
    // delivers, 6 s after the first attempt — not at 14 s, as when a coarse
    // timer brought the host back 300 ms late, after that retry.
    const QByteArray text = "server cliente.fr\n"
                            "server servidor.edu\n"
                            "dns cliente.fr mx cliente.fr\n"
                            "dns servidor.edu mx servidor.edu\n"
                            "user ana@cliente.fr password claveana\n"
                            "user fran@servidor.edu password claveejemplo\n"
                            "client ana user ana@cliente.fr\n"
                            "down servidor.edu for 6\n"
                            "send ana to fran@servidor.edu subject \"Quedamos hoxe?\" body \"A que hora?\"\n"
                            "wait\n"
                            "expect mailbox fran@servidor.edu count 1\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("down-for-6.scenario"), text, &errors);
    QVERIFY(errors.isEmpty());
    const Run run = play(scenario);
    QVERIFY(run.allPassed);
    qint64 down = -1, up = -1, firstDeferred = -1, secondDeferred = -1, retried = -1, delivered = -1;
    int deferrals = 0;
    for (const TranscriptEvent &e : run.world->transcript()->events()) {
        if (e.noteCode == NoteCode::StoppedListening && down < 0)
            down = e.timeMs;
        if (e.noteCode == NoteCode::ListeningAgain && up < 0)
            up = e.timeMs;
        if (e.noteCode == NoteCode::Deferred && ++deferrals == 1)
            firstDeferred = e.timeMs;
        else if (e.noteCode == NoteCode::Deferred && deferrals == 2)
            secondDeferred = e.timeMs;
        // The retry: the first thing cliente.fr does after the second
        // deferral (its MX look-up, then the connection).
        else if (secondDeferred >= 0 && retried < 0 && e.from == QLatin1String("cliente.fr"))
            retried = e.timeMs;
        if (e.noteCode == NoteCode::StoredInMailbox && e.from == QLatin1String("servidor.edu"))
            delivered = e.timeMs;
    }
    QVERIFY(down >= 0 && up >= 0 && firstDeferred >= 0 && secondDeferred >= 0 && retried >= 0
            && delivered >= retried);
    const QByteArray times = "down " + QByteArray::number(down) + " ms, up " + QByteArray::number(up)
        + " ms, deferred " + QByteArray::number(firstDeferred) + " and " + QByteArray::number(secondDeferred)
        + " ms, retried " + QByteArray::number(retried) + " ms, delivered " + QByteArray::number(delivered)
        + " ms";
    QVERIFY2(qAbs(up - down - 6000) <= 50, times.constData());
    // The retry leaves on time: 4 s after the second deferral, as the queue
    // said. (Counted from the first deferral, it would also hold the second
    // attempt's own time, which a sanitizer build on a slow machine makes
    // 100 ms.) A coarse timer may be 200 ms off either way.
    QVERIFY2(qAbs(retried - secondDeferred - 4000) <= 50, times.constData());
    // And so the mail is in Fran's mailbox at about 6 s, not at 14 s.
    QVERIFY2(delivered - firstDeferred < 7000, times.constData());
    QCOMPARE(deferrals, 2);
}

void TestScenarios::sameStoryEveryRun_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("retryMs");
    QTest::newRow("ana-fran") << "ana-fran" << QByteArray() << QByteArray() << 2000;
    // server-down, shorter: down for 2 s, retries after 0.667 s and
    // 1.334 s, so the third attempt comes 2.001 s after the first one,
    // itself a poll (20 ms) after the host went down: the host is back some
    // 20 ms before it, every run. 20 runs in about 40 s.
    QTest::newRow("server-down") << "server-down" << QByteArray("down servidor.edu for 3")
                                 << QByteArray("down servidor.edu for 2") << 667;
}

void TestScenarios::sameStoryEveryRun()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, retryMs);
    const Scenario loaded = before.isEmpty() ? load(scenario) : loadWith(scenario, before, after);
    QVERIFY(!loaded.servers.isEmpty());
    World::Options options = ephemeral();
    options.queue.retryBaseMs = retryMs;
    QStringList first;
    for (int i = 0; i < 20; ++i) {
        const Run run = play(loaded, options);
        QVERIFY2(run.allPassed, qPrintable(QStringLiteral("run %1").arg(i + 1)));
        const QStringList events = story(run.world->transcript());
        if (i == 0) {
            first = events;
            QVERIFY(first.size() > 20);
            continue;
        }
        for (qsizetype n = 0; n < qMax(first.size(), events.size()); ++n) {
            const QString expected = first.value(n, QStringLiteral("(nothing)"));
            const QString now = events.value(n, QStringLiteral("(nothing)"));
            QVERIFY2(expected == now,
                     qPrintable(QStringLiteral("run %1, event %2: %3, first run: %4")
                                    .arg(i + 1)
                                    .arg(n)
                                    .arg(now, expected)));
        }
    }
}

namespace {

const char ImapWorld[] = "server servidor.edu\n"
                         "user fran@servidor.edu password claveejemplo folders Traballo \"Viaxes/2026\"\n";

} // namespace

void TestScenarios::imapScriptsListWhatTheyCareAbout()
{
    // Untagged data the script does not list (FLAGS, RECENT, UIDVALIDITY …
    // after SELECT) is skipped; a leading "* " is the untagged marker, not
    // "any text", so "* 0 EXISTS" does not match a completion.
    const Run good = play(TestWorlds::parse(QByteArray(ImapWorld)
                                            + "session servidor.edu imap\n"
                                              "  S: * OK *\n"
                                              "  C: a1 LOGIN fran claveejemplo\n"
                                              "  S: a1 OK *\n"
                                              "  C: a2 SELECT INBOX\n"
                                              "  S: * 0 EXISTS\n"
                                              "  S: a2 OK [READ-WRITE] *\n"
                                              "  C: a3 LOGOUT\n"
                                              "  S: a3 OK *\n"
                                              "end\n"
                                              "expect reply OK\n"));
    QVERIFY(good.finished);
    QVERIFY(good.allPassed);
    // A completion the script did not expect ends it, and says where.
    const Run bad = play(TestWorlds::parse(QByteArray(ImapWorld)
                                           + "session servidor.edu imap\n"
                                             "  S: * OK *\n"
                                             "  C: a1 LOGIN fran mal\n"
                                             "  S: a1 OK *\n"
                                             "end\n"));
    QVERIFY(bad.finished);
    QVERIFY(!bad.allPassed);
    const ScenarioRunner::Outcome failed = bad.runner->outcomes().first();
    QVERIFY(!failed.passed);
    QCOMPARE(failed.location.line, 6);
    QVERIFY2(failed.detailText().contains(QLatin1String("a1 NO")), qPrintable(failed.detailText()));
    // An untagged line expected but never sent: the completion fails it.
    const Run missing = play(TestWorlds::parse(QByteArray(ImapWorld)
                                               + "session servidor.edu imap\n"
                                                 "  S: * OK *\n"
                                                 "  C: a1 LOGIN fran claveejemplo\n"
                                                 "  S: a1 OK *\n"
                                                 "  C: a2 SELECT INBOX\n"
                                                 "  S: * 5 EXISTS\n"
                                                 "  S: a2 OK *\n"
                                                 "end\n"));
    QVERIFY(!missing.allPassed);
    QVERIFY2(missing.runner->outcomes().first().detailText().contains(QLatin1String("* 5 EXISTS")),
             qPrintable(missing.runner->outcomes().first().detailText()));
}

void TestScenarios::imapFoldersAndFlagsAreChecked()
{
    // "folders" makes them; "folder" and "flag" check them, and fail when
    // they are not so.
    const Run run = play(
        TestWorlds::parse(QByteArray(ImapWorld)
                          + "session servidor.edu imap\n"
                            "  C: a1 LOGIN fran claveejemplo\n"
                            "  C: a2 APPEND Traballo (\\Flagged) {10+}\n"
                            "  C: Ola, Fran!\n"
                            "  C: a3 LOGOUT\n"
                            "  S: a3 OK *\n"
                            "end\n"
                            "expect mailbox fran@servidor.edu folder \"Viaxes/2026\" count 0\n"
                            "expect mailbox fran@servidor.edu folder Traballo flag \\flagged count 1\n"
                            "expect mailbox fran@servidor.edu folder Traballo not flag \\Seen count 1\n"
                            "expect mailbox fran@servidor.edu folder Traballo flag \\Seen count 1\n"
                            "expect mailbox fran@servidor.edu folder Persoal\n"));
    QVERIFY(run.finished);
    const QList<ScenarioRunner::Outcome> outcomes = run.runner->outcomes();
    QCOMPARE(outcomes.size(), 6);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(outcomes.at(i).passed,
                 qPrintable(outcomes.at(i).descriptionText() + outcomes.at(i).detailText()));
    QVERIFY(!outcomes.at(4).passed);
    QVERIFY2(outcomes.at(4).detailText().contains(QLatin1String("it holds 0")),
             qPrintable(outcomes.at(4).detailText()));
    QVERIFY(!outcomes.at(5).passed);
    QVERIFY2(outcomes.at(5).detailText().contains(QLatin1String("there is no folder Persoal")),
             qPrintable(outcomes.at(5).detailText()));
}

void TestScenarios::imapFaultsAndPredictions()
{
    // A fault at APPEND answers with the command's tag and stores nothing; a
    // prediction at LOGIN asks OK, NO or BAD, the password masked; a POP3
    // fault at LIST is not IMAP's LIST.
    const Run run = play(
        TestWorlds::parse(QByteArray(ImapWorld)
                          + "fault servidor.edu reply \"NO [OVERQUOTA] Quota exceeded\" at APPEND for fran\n"
                            "fault servidor.edu reply \"-ERR no listing today\" at LIST\n"
                            "predict servidor.edu at LOGIN\n"
                            "predict servidor.edu at APPEND\n"
                            "session servidor.edu imap\n"
                            "  S: * OK *\n"
                            "  C: a1 LOGIN fran claveejemplo\n"
                            "  S: a1 OK *\n"
                            "  C: a2 LIST \"\" Traballo\n"
                            "  S: * LIST (\\HasNoChildren) \"/\" \"Traballo\"\n"
                            "  S: a2 OK LIST completed\n"
                            "  C: a3 APPEND Traballo {10+}\n"
                            "  C: Ola, Fran!\n"
                            "  S: a3 NO [OVERQUOTA] Quota exceeded\n"
                            "  C: a4 LOGOUT\n"
                            "  S: a4 OK *\n"
                            "end\n"
                            "expect reply NO\n"
                            "expect mailbox fran@servidor.edu folder Traballo count 0\n"));
    QVERIFY(run.finished);
    QStringList failures;
    for (const ScenarioRunner::Outcome &outcome : run.runner->outcomes()) {
        if (!outcome.passed)
            failures.append(outcome.descriptionText() + QStringLiteral(": ") + outcome.detailText());
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QString asked;
    QString appendAsked;
    for (const TranscriptEvent &e : run.world->transcript()->events()) {
        if (e.noteCode == NoteCode::PredictionAsked && asked.isEmpty())
            asked = e.noteText();
        else if (e.noteCode == NoteCode::PredictionAsked)
            appendAsked = e.noteText();
    }
    // The question names APPEND's command line, not its literal's octets.
    QVERIFY2(appendAsked.contains(QLatin1String("\"a3 APPEND Traballo {10+}\"")), qPrintable(appendAsked));
    QVERIFY2(asked.contains(QLatin1String("a1 LOGIN fran ****")), qPrintable(asked));
    QVERIFY2(!asked.contains(QLatin1String("claveejemplo")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("OK, NO, BAD")), qPrintable(asked));
}
