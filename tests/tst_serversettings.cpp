// SPDX-License-Identifier: GPL-3.0-or-later
// tst_serversettings.cpp — servers configured as Postfix and Dovecot are
// (core/scenario/serversettings.h): the settings' values and lines, the
// "postfix"/"dovecot" statements and their errors, world files, and what
// each setting makes a running world's server do.
#include "classroom/scenariorunner.h"
#include "explain/explanations.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"
#include "scenario/serversettings.h"
#include "testworlds.h"
#include "world/world.h"

#include <QSignalSpy>
#include <QTest>

using namespace ServerSettings;

namespace {

// The world of the course's sections 6 and 7: servidor.edu, whose mail
// name may be 2esi.org, and Ana at cliente.fr.
const QByteArray world = "server cliente.fr\n"
                         "server servidor.edu\n"
                         "dns cliente.fr mx cliente.fr\n"
                         "dns servidor.edu mx servidor.edu\n"
                         "dns 2esi.org mx servidor.edu\n"
                         "user ana@cliente.fr password claveana\n"
                         "user fran@servidor.edu password claveejemplo\n"
                         "user alumno1@2esi.org password clavealumno\n"
                         "client ana user ana@cliente.fr\n";

QString wire(const World &w)
{
    QStringList lines;
    for (const TranscriptEvent &e : w.transcript()->events()) {
        if (e.kind == TranscriptEvent::Kind::Line)
            lines.append(QString::fromUtf8(e.raw));
        else if (e.kind == TranscriptEvent::Kind::Note || e.kind == TranscriptEvent::Kind::Queue)
            lines.append(Notes::text(e.noteCode, e.noteArguments) + e.note);
    }
    return lines.join(QLatin1Char('\n'));
}

struct Run {
    std::unique_ptr<World> world;
    QStringList failures;
    int outcomes = 0;
};

// Plays `story` on `world` plus `settings` to the end.
Run play(const QByteArray &settings, const QByteArray &story,
         const World::Options &options = TestWorlds::fastOptions())
{
    Run run;
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("settings.scenario"),
                                                    world + settings + story, &errors);
    for (const ScenarioError &e : errors)
        run.failures.append(e.toString());
    if (!errors.isEmpty())
        return run;
    run.world = std::make_unique<World>(scenario, options);
    QString error;
    if (!run.world->start(&error)) {
        run.failures.append(error);
        return run;
    }
    ScenarioRunner runner(run.world.get(), QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    if (!finished.wait(20000)) {
        run.failures.append(QStringLiteral("the story did not end"));
        return run;
    }
    for (const ScenarioRunner::Outcome &o : runner.outcomes()) {
        ++run.outcomes;
        if (!o.passed)
            run.failures.append(o.descriptionText() + QStringLiteral(": ") + o.detailText());
    }
    return run;
}

// fastOptions() with a queue that keeps a deferred message for seconds, not
// 60 ms: an "expect queue … count 1" after a deferral must not race the
// bounce on a loaded machine (CI runs two tests at once).
World::Options patientQueue()
{
    World::Options options = TestWorlds::fastOptions();
    options.queue.maximumAttempts = 9; // 20 ms doubling: the bounce after about 5 s
    return options;
}

QStringList parseErrors(const QByteArray &text)
{
    QList<ScenarioError> errors;
    ScenarioParser::parse(QStringLiteral("bad.scenario"), world + text, &errors);
    QStringList out;
    for (const ScenarioError &e : errors)
        out.append(e.toString());
    return out;
}

} // namespace

class TestServerSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void internetSiteWritesDebiansMainCf();
    void localOnlyAndSatelliteSetTheirParameters();
    void checkNamesUnknownKeysAndValues();
    void mboxIsRefusedClearly();
    void myoriginQualifiesAddressesWithoutDomain();
    void localOnlyRefusesMailForOtherDomains();
    void localOnlyBouncesWhatIsQueued();
    void authUsernameFormatDefaultAcceptsBothForms();
    void statementsGoIntoTheServer();
    void statementsAmongTheStepsAreSteps();
    void statementErrorsNameLineAndKey();
    void expectListeningParses();
    void mailNameMakesItAcceptItsAddresses();
    void missingFromMydestinationIsRelayDenied();
    void mxToItselfLoopsBackToMyself();
    void loopbackOnlyRefusesOtherHosts();
    void satelliteSendsToTheRelayhost();
    void dovecotListenOnLoopbackRefusesOtherHosts();
    void protocolsWithoutPop3RemovesItsPorts();
    void dovecotLogsInWithBothForms();
    void worldFileKeepsTheSettings();
    void worldFileRefusesAWrongSetting();
    void inspectorExplainsPostfixTexts();
    void builtInScenarioPlays();
};

void TestServerSettings::internetSiteWritesDebiansMainCf()
{
    const Configuration c(QStringLiteral("servidor.edu"),
                          {{QStringLiteral("postfix.type"), QStringLiteral("Internet Site")},
                           {QStringLiteral("postfix.mailname"), QStringLiteral("2esi.org")}});
    QVERIFY(c.postfixConfigured());
    QVERIFY(!c.dovecotConfigured());
    QCOMPARE(c.destinations(),
             QStringList({QStringLiteral("servidor.edu"), QStringLiteral("2esi.org"),
                          QStringLiteral("localhost.localdomain"), QStringLiteral("localhost")}));
    const QStringList lines = c.mainCfLines();
    QCOMPARE(lines.first(), QStringLiteral("# /etc/mailname: 2esi.org"));
    QVERIFY(lines.contains(
        QStringLiteral("mydestination = $myhostname, 2esi.org, localhost.localdomain, localhost")));
    QVERIFY(lines.contains(QStringLiteral("myhostname = servidor.edu")));
    QVERIFY(lines.contains(QStringLiteral("myorigin = /etc/mailname")));
    QVERIFY(lines.contains(QStringLiteral("inet_interfaces = all")));
    QVERIFY(lines.contains(QStringLiteral("relayhost =")));
    QVERIFY(lines.contains(QStringLiteral("mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128")));
    // What the simulated server keeps (Maildir), not Debian's mbox default.
    QVERIFY(lines.contains(QStringLiteral("home_mailbox = Maildir/")));
    QVERIFY(!lines.contains(QStringLiteral("default_transport = error")));
    QCOMPARE(c.myOrigin(), QStringLiteral("2esi.org")); // /etc/mailname
    // postconf -n: alphabetical order.
    QStringList sorted = lines.mid(1);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(lines.mid(1), sorted);
    QCOMPARE(c.dovecotLines(),
             QStringList({QStringLiteral("protocols = imap pop3"), QStringLiteral("listen = *, ::"),
                          QStringLiteral("ssl = yes"), QStringLiteral("mail_location = maildir:~/Maildir"),
                          QStringLiteral("auth_username_format = %Lu")}));
    // An explicit parameter is shown and wins over the type's.
    const Configuration set(QStringLiteral("servidor.edu"),
                            {{QStringLiteral("postfix.mydestination"), QStringLiteral("localhost")},
                             {QStringLiteral("postfix.message_size_limit"), QStringLiteral("1000")}});
    QCOMPARE(set.destinations(), QStringList{QStringLiteral("localhost")});
    QVERIFY(set.mainCfLines().contains(QStringLiteral("message_size_limit = 1000")));
    QCOMPARE(set.messageSizeLimit(), 1000);
}

void TestServerSettings::localOnlyAndSatelliteSetTheirParameters()
{
    const Configuration local(QStringLiteral("servidor.edu"),
                              {{QStringLiteral("postfix.type"), QStringLiteral("Local only")}});
    QVERIFY(local.smtpLoopbackOnly());
    QVERIFY(local.mainCfLines().contains(QStringLiteral("inet_interfaces = loopback-only")));
    // Debian's postinst for Local only: nothing leaves the machine.
    QVERIFY(local.errorTransport());
    QVERIFY(local.mainCfLines().contains(QStringLiteral("default_transport = error")));
    QVERIFY(local.mainCfLines().contains(QStringLiteral("relay_transport = error")));
    const Configuration satellite(
        QStringLiteral("servidor.edu"),
        {{QStringLiteral("postfix.type"), QStringLiteral("Satellite system")},
         {QStringLiteral("postfix.relayhost"), QStringLiteral("[smtp.isp.example]:587")},
         {QStringLiteral("postfix.mailname"), QStringLiteral("2esi.org")}});
    QCOMPARE(satellite.relayHost(), QStringLiteral("smtp.isp.example"));
    QVERIFY(!satellite.isDestination(QStringLiteral("2esi.org"))); // everything goes to the relayhost
    QVERIFY(!satellite.smtpLoopbackOnly());
    const Configuration none(QStringLiteral("servidor.edu"),
                             {{QStringLiteral("postfix.type"), QStringLiteral("No configuration")}});
    QVERIFY(!none.smtpRuns());
    QVERIFY(none.mainCfLines().first().contains(QStringLiteral("No configuration")));
}

void TestServerSettings::checkNamesUnknownKeysAndValues()
{
    QString canonical;
    QString error;
    QVERIFY(
        !check(Program::Postfix, QStringLiteral("mydestinaton"), QStringLiteral("x"), &canonical, &error));
    QVERIFY2(error.contains(QStringLiteral("mydestinaton"))
                 && error.contains(QStringLiteral("\"mydestination\"")),
             qPrintable(error));
    QVERIFY(!check(Program::Postfix, QStringLiteral("inet_interfaces"), QStringLiteral("everywhere"),
                   &canonical, &error));
    QVERIFY2(error.contains(QStringLiteral("inet_interfaces"))
                 && error.contains(QStringLiteral("everywhere")),
             qPrintable(error));
    QVERIFY(!check(Program::Dovecot, QStringLiteral("protocols"), QStringLiteral("imap smtp"), &canonical,
                   &error));
    QVERIFY2(error.contains(QStringLiteral("protocols")), qPrintable(error));
    QVERIFY(!check(Program::Postfix, QStringLiteral("type"), QStringLiteral("Internet"), &canonical, &error));
    QVERIFY(!check(Program::Postfix, QStringLiteral("mailname"), QStringLiteral("not a name"), &canonical,
                   &error));
    QVERIFY(!check(Program::Postfix, QStringLiteral("mynetworks"), QStringLiteral("300.0.0.0/8"), &canonical,
                   &error));
    QVERIFY(
        check(Program::Postfix, QStringLiteral("type"), QStringLiteral("internet-site"), &canonical, &error));
    QCOMPARE(canonical, QStringLiteral("Internet Site"));
    QVERIFY(check(Program::Postfix, QStringLiteral("mydestination"),
                  QStringLiteral("$myhostname,2esi.org  localhost"), &canonical, &error));
    QCOMPARE(canonical, QStringLiteral("$myhostname, 2esi.org, localhost"));
    QVERIFY(check(Program::Dovecot, QStringLiteral("protocols"), QStringLiteral("IMAP"), &canonical, &error));
    QCOMPARE(canonical, QStringLiteral("imap"));
    // myorigin: a domain or one of Postfix's own spellings.
    QVERIFY(
        check(Program::Postfix, QStringLiteral("myorigin"), QStringLiteral("$mydomain"), &canonical, &error));
    const Configuration origin(QStringLiteral("mail.servidor.edu"),
                               {{QStringLiteral("postfix.myorigin"), QStringLiteral("$mydomain")}});
    QCOMPARE(origin.myOrigin(), QStringLiteral("servidor.edu"));
}

void TestServerSettings::mboxIsRefusedClearly()
{
    // The simulated servers keep Maildir: an mbox value is refused, saying so.
    QString canonical;
    QString error;
    QVERIFY(check(Program::Postfix, QStringLiteral("home_mailbox"), QStringLiteral("Maildir/"), &canonical,
                  &error));
    QVERIFY(check(Program::Dovecot, QStringLiteral("mail_location"), QStringLiteral("maildir:~/Maildir"),
                  &canonical, &error));
    QCOMPARE(canonical, QStringLiteral("maildir:~/Maildir"));
    for (const QString &mbox : {QStringLiteral("Mailbox"), QString(), QStringLiteral("Mail/")}) {
        error.clear();
        QVERIFY2(!check(Program::Postfix, QStringLiteral("home_mailbox"), mbox, &canonical, &error),
                 qPrintable(mbox));
        QVERIFY2(error.contains(QStringLiteral("home_mailbox")) && error.contains(QStringLiteral("Maildir"))
                     && error.contains(QStringLiteral("mbox")),
                 qPrintable(error));
    }
    QVERIFY(!check(Program::Dovecot, QStringLiteral("mail_location"),
                   QStringLiteral("mbox:~/mail:INBOX=/var/mail/%u"), &canonical, &error));
    QVERIFY2(error.startsWith(QStringLiteral("dovecot.conf mail_location:"))
                 && error.contains(QStringLiteral("maildir:~/Maildir")),
             qPrintable(error));
    // In a scenario: the line, the key and the reason.
    QStringList errors = parseErrors("dovecot servidor.edu mail_location mbox:~/mail:INBOX=/var/mail/%u\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("bad.scenario:10:"))
                 && errors.first().contains(QStringLiteral("Maildir")),
             qPrintable(errors.first()));
    errors = parseErrors("postfix servidor.edu home_mailbox Mailbox\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("bad.scenario:10:"))
                 && errors.first().contains(QStringLiteral("home_mailbox")),
             qPrintable(errors.first()));
    // Both sides show what the simulated server is configured with.
    const Configuration defaults(QStringLiteral("servidor.edu"),
                                 {{QStringLiteral("dovecot.protocols"), QStringLiteral("imap pop3")}});
    QCOMPARE(defaults.value(Program::Postfix, QStringLiteral("home_mailbox")), QStringLiteral("Maildir/"));
    QVERIFY(defaults.dovecotLines().contains(QStringLiteral("mail_location = maildir:~/Maildir")));
}

void TestServerSettings::myoriginQualifiesAddressesWithoutDomain()
{
    // telnet localhost 25 on the server, as the course does, with bare names:
    // Postfix completes them with @$myorigin (/etc/mailname: 2esi.org here).
    const QByteArray session = "session servidor.edu smtp\n"
                               "  S: 220 *\n"
                               "  C: EHLO servidor.edu\n"
                               "  S: 250 *\n"
                               "  C: MAIL FROM:<fran>\n"
                               "  S: 250 2.1.0 Ok\n"
                               "  C: RCPT TO:<alumno1>\n"
                               "  S: 250 2.1.5 Ok\n"
                               "  C: DATA\n"
                               "  S: 354 *\n"
                               "  C: Subject: sen dominio\n"
                               "  C:\n"
                               "  C: ola\n"
                               "  C: .\n"
                               "  S: 250 *\n"
                               "  C: QUIT\n"
                               "  S: 221 *\n"
                               "end\n"
                               "expect mailbox alumno1@2esi.org count 1\n";
    Run run = play("postfix servidor.edu type \"Internet Site\" mailname 2esi.org\n", session);
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes, 2);
    MailStore *store = run.world->server(QStringLiteral("servidor.edu"))->store();
    const QByteArray stored = store->mailbox("alumno1").value(0).content();
    QVERIFY2(stored.startsWith("Return-Path: <fran@2esi.org>"), stored.constData());
    QVERIFY2(stored.contains("for <alumno1@2esi.org>"), stored.constData());
    const QString seen = wire(*run.world);
    QVERIFY2(seen.contains(
                 QStringLiteral("completes the address alumno1, which has no domain, as alumno1@2esi.org")),
             qPrintable(seen));
    // The inspector explains the note.
    bool explained = false;
    for (const TranscriptEvent &e : run.world->transcript()->events()) {
        if (e.noteCode == NoteCode::AddressQualified)
            explained = Explanations::forEvent(e).rfc.contains(QStringLiteral("append_at_myorigin"));
    }
    QVERIFY(explained);

    // myorigin elsewhere: the same bare name is another domain's, relayed.
    Run other = play("postfix servidor.edu type \"Internet Site\" myorigin cliente.fr\n",
                     "session servidor.edu smtp\n"
                     "  S: 220 *\n"
                     "  C: HELO servidor.edu\n"
                     "  S: 250 *\n"
                     "  C: MAIL FROM:<fran@servidor.edu>\n"
                     "  S: 250 *\n"
                     "  C: RCPT TO:<ana>\n"
                     "  S: 250 *\n"
                     "  C: DATA\n"
                     "  S: 354 *\n"
                     "  C: ola\n"
                     "  C: .\n"
                     "  S: 250 *\n"
                     "  C: QUIT\n"
                     "  S: 221 *\n"
                     "end\n"
                     "wait\n"
                     "expect mailbox ana@cliente.fr count 1\n");
    QVERIFY2(other.failures.isEmpty(), qPrintable(other.failures.join(QLatin1Char('\n'))));

    // Carteiro's own server (no Postfix settings) keeps RFC 5321's refusal.
    Run own = play("",
                   "session servidor.edu smtp\n"
                   "  S: 220 *\n"
                   "  C: HELO servidor.edu\n"
                   "  S: 250 *\n"
                   "  C: MAIL FROM:<fran@servidor.edu>\n"
                   "  S: 250 *\n"
                   "  C: RCPT TO:<fran>\n"
                   "  S: 553 *\n"
                   "  C: QUIT\n"
                   "  S: 221 *\n"
                   "end\n");
    QVERIFY2(own.failures.isEmpty(), qPrintable(own.failures.join(QLatin1Char('\n'))));
}

void TestServerSettings::localOnlyRefusesMailForOtherDomains()
{
    // From the machine itself (the only one that can connect), mail for
    // another domain meets the error transport: refused at RCPT, as Postfix
    // 3.7 with default_transport = error says it; local mail still goes.
    Run run = play("postfix servidor.edu type \"Local only\"\n",
                   "session servidor.edu smtp\n"
                   "  S: 220 servidor.edu ESMTP Postfix (Debian/GNU)\n"
                   "  C: EHLO servidor.edu\n"
                   "  S: 250 *\n"
                   "  C: MAIL FROM:<fran@servidor.edu>\n"
                   "  S: 250 2.1.0 Ok\n"
                   "  C: RCPT TO:<ana@cliente.fr>\n"
                   "  S: 550 5.1.1 <ana@cliente.fr>: Recipient address rejected: cliente.fr\n"
                   "  C: RCPT TO:<fran>\n"
                   "  S: 250 2.1.5 Ok\n"
                   "  C: DATA\n"
                   "  S: 354 *\n"
                   "  C: ola\n"
                   "  C: .\n"
                   "  S: 250 *\n"
                   "  C: QUIT\n"
                   "  S: 221 *\n"
                   "end\n"
                   "wait\n"
                   "expect mailbox fran@servidor.edu count 1\n"
                   "expect mailbox ana@cliente.fr count 0\n"
                   "expect queue servidor.edu count 0\n");
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    bool noted = false;
    for (const TranscriptEvent &e : run.world->transcript()->events())
        noted = noted || e.noteCode == NoteCode::ErrorTransportRefuses;
    QVERIFY(noted);
    const Explanation reply = Explanations::forLine(
        Protocol::Smtp, TranscriptEvent::Direction::ServerToClient,
        "550 5.1.1 <ana@cliente.fr>: Recipient address rejected: cliente.fr", Phase::Transfer);
    bool found = false;
    for (const ExplanationDetail &d : reply.details)
        found = found || d.text.contains(QStringLiteral("default_transport = error"));
    QVERIFY(found);
}

void TestServerSettings::localOnlyBouncesWhatIsQueued()
{
    // Mail queued while the server was an Internet Site (cliente.fr is
    // down), then the server is made Local only: the error transport
    // returns it to Fran with Postfix's report (5.0.0, the domain as the reason).
    Run run = play("postfix servidor.edu type \"Internet Site\"\n",
                   "down cliente.fr\n"
                   "session servidor.edu smtp\n"
                   "  S: 220 *\n"
                   "  C: HELO servidor.edu\n"
                   "  S: 250 *\n"
                   "  C: MAIL FROM:<fran@servidor.edu>\n"
                   "  S: 250 *\n"
                   "  C: RCPT TO:<ana@cliente.fr>\n"
                   "  S: 250 *\n"
                   "  C: DATA\n"
                   "  S: 354 *\n"
                   "  C: Subject: sen saida\n"
                   "  C:\n"
                   "  C: ola\n"
                   "  C: .\n"
                   "  S: 250 *\n"
                   "  C: QUIT\n"
                   "  S: 221 *\n"
                   "end\n"
                   "expect queue servidor.edu count 1\n"
                   "postfix servidor.edu type \"Local only\"\n"
                   "wait\n"
                   "expect queue servidor.edu count 0\n"
                   "expect mailbox fran@servidor.edu count 1\n",
                   patientQueue());
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    MailStore *store = run.world->server(QStringLiteral("servidor.edu"))->store();
    const QByteArray bounce = store->mailbox("fran").value(0).content();
    QVERIFY2(bounce.contains("Status: 5.0.0") && bounce.contains("cliente.fr")
                 && bounce.contains("multipart/report"),
             bounce.constData());
    bool noted = false;
    for (const TranscriptEvent &e : run.world->transcript()->events())
        noted = noted || e.noteCode == NoteCode::ErrorTransportBounces;
    QVERIFY(noted);
}

void TestServerSettings::authUsernameFormatDefaultAcceptsBothForms()
{
    const Configuration byDefault(QStringLiteral("servidor.edu"),
                                  {{QStringLiteral("dovecot.protocols"), QStringLiteral("imap pop3")}});
    QCOMPARE(byDefault.accountName("fran"), QByteArray("fran"));
    QCOMPARE(byDefault.accountName("fran@servidor.edu"), QByteArray("fran"));
    QCOMPARE(byDefault.accountName("Fran@Servidor.EDU"), QByteArray("fran")); // %L
    QCOMPARE(byDefault.accountName("fran@otro.org"), QByteArray()); // not a domain of this server
    const Configuration userPart(QStringLiteral("servidor.edu"),
                                 {{QStringLiteral("dovecot.auth_username_format"), QStringLiteral("%n")}});
    QCOMPARE(userPart.accountName("fran@otro.org"), QByteArray("fran"));
    QCOMPARE(userPart.accountName("Fran"), QByteArray()); // no %L: the account is "fran"
    const Configuration asGiven(QStringLiteral("servidor.edu"),
                                {{QStringLiteral("dovecot.auth_username_format"), QStringLiteral("%u")}});
    QCOMPARE(asGiven.accountName("fran@servidor.edu"), QByteArray("fran"));
    QCOMPARE(asGiven.accountName("FRAN"), QByteArray());
}

void TestServerSettings::statementsGoIntoTheServer()
{
    QList<ScenarioError> errors;
    const Scenario s = ScenarioParser::parse(
        QStringLiteral("s.scenario"),
        world
            + "postfix servidor.edu type \"Internet Site\" mailname 2esi.org\n"
              "postfix servidor.edu mydestination = \"$myhostname, 2esi.org, localhost\"\n"
              "postfix servidor.edu inet_interfaces loopback-only\n"
              "dovecot servidor.edu protocols \"imap\" auth_username_format %Lu\n"
              "say en \"go\"\n",
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    const ScenarioServer *server = s.server(QStringLiteral("servidor.edu"));
    QVERIFY(server);
    QCOMPARE(server->settings.value(QStringLiteral("postfix.type")), QStringLiteral("Internet Site"));
    QCOMPARE(server->settings.value(QStringLiteral("postfix.mailname")), QStringLiteral("2esi.org"));
    QCOMPARE(server->settings.value(QStringLiteral("postfix.mydestination")),
             QStringLiteral("$myhostname, 2esi.org, localhost"));
    QCOMPARE(server->settings.value(QStringLiteral("postfix.inet_interfaces")),
             QStringLiteral("loopback-only"));
    QCOMPARE(server->settings.value(QStringLiteral("dovecot.protocols")), QStringLiteral("imap"));
    QVERIFY(s.server(QStringLiteral("cliente.fr"))->settings.isEmpty());
    QCOMPARE(s.serverFor(QStringLiteral("2esi.org")), server);
    QCOMPARE(s.steps.size(), 1);
}

void TestServerSettings::statementsAmongTheStepsAreSteps()
{
    QList<ScenarioError> errors;
    const Scenario s = ScenarioParser::parse(QStringLiteral("s.scenario"),
                                             world
                                                 + "say en \"install\"\n"
                                                   "postfix Servidor.edu type \"Local only\"\n"
                                                   "dovecot servidor.edu protocols imap\n",
                                             &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(s.steps.size(), 3);
    QCOMPARE(s.steps.at(1).kind, ScenarioStep::Kind::Configure);
    QCOMPARE(s.steps.at(1).host, QStringLiteral("servidor.edu")); // the declared spelling
    QCOMPARE(s.steps.at(1).settings.value(QStringLiteral("postfix.type")), QStringLiteral("Local only"));
    QCOMPARE(s.steps.at(2).settings.value(QStringLiteral("dovecot.protocols")), QStringLiteral("imap"));
    QVERIFY(s.server(QStringLiteral("servidor.edu"))->settings.isEmpty());
}

void TestServerSettings::statementErrorsNameLineAndKey()
{
    // The world is 9 lines: the statement is on line 10.
    QStringList errors = parseErrors("postfix servidor.edu mydestinaton localhost\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("bad.scenario:10:22:")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QStringLiteral("mydestinaton"))
                 && errors.first().contains(QStringLiteral("did you mean \"mydestination\"")),
             qPrintable(errors.first()));
    errors = parseErrors("postfix servidor.edu type \"Internet Site\" inet_interfaces everywhere\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("bad.scenario:10:43:"))
                 && errors.first().contains(QStringLiteral("inet_interfaces"))
                 && errors.first().contains(QStringLiteral("everywhere")),
             qPrintable(errors.first()));
    errors = parseErrors("dovecot servidor.edu protocols \"imap smtp\"\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("protocols")), qPrintable(errors.first()));
    errors = parseErrors("dovecot servidor.edu protocols\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("\"protocols\"")), qPrintable(errors.first()));
    errors = parseErrors("postfix nowhere.example type \"Internet Site\"\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("nowhere.example")), qPrintable(errors.first()));
    errors = parseErrors("postfix servidor.edu mailname 2esi.org\npostfix servidor.edu mailname x.org\n");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("line 10")), qPrintable(errors.first()));
}

void TestServerSettings::expectListeningParses()
{
    QList<ScenarioError> errors;
    const Scenario s = ScenarioParser::parse(QStringLiteral("s.scenario"),
                                             world
                                                 + "expect listening servidor.edu port 25\n"
                                                   "expect listening servidor.edu not port 110\n",
                                             &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(s.steps.at(0).kind, ScenarioStep::Kind::ExpectListening);
    QCOMPARE(s.steps.at(0).count, 25);
    QVERIFY(!s.steps.at(0).withoutFlag);
    QVERIFY(s.steps.at(1).withoutFlag);
    QCOMPARE(s.steps.at(1).count, 110);
    QVERIFY(!parseErrors("expect listening servidor.edu port 0\n").isEmpty());
    QVERIFY(!parseErrors("expect listening servidor.edu 110\n").isEmpty());
}

void TestServerSettings::mailNameMakesItAcceptItsAddresses()
{
    // A telnet to 25: RCPT for alumno1@2esi.org is local with the mail name.
    const QByteArray session = "session servidor.edu smtp\n"
                               "  S: 220 servidor.edu ESMTP Postfix (Debian/GNU)\n"
                               "  C: EHLO servidor.edu\n"
                               "  S: 250 *\n"
                               "  C: MAIL FROM:<ana@cliente.fr>\n"
                               "  S: 250 2.1.0 Ok\n"
                               "  C: RCPT TO:<alumno1@2esi.org>\n"
                               "  S: 250 2.1.5 Ok\n"
                               "  C: DATA\n"
                               "  S: 354 *\n"
                               "  C: Subject: proba\n"
                               "  C:\n"
                               "  C: ola\n"
                               "  C: .\n"
                               "  S: 250 *\n"
                               "  C: QUIT\n"
                               "  S: 221 *\n"
                               "end\n"
                               "expect mailbox alumno1@2esi.org count 1\n";
    Run run = play("postfix servidor.edu type \"Internet Site\" mailname 2esi.org\n", session);
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes, 2);
    QCOMPARE(run.world->serverFor(QStringLiteral("2esi.org")),
             run.world->server(QStringLiteral("servidor.edu")));
    QCOMPARE(run.world->server(QStringLiteral("servidor.edu"))->store()->count("alumno1"), 1);
}

void TestServerSettings::missingFromMydestinationIsRelayDenied()
{
    // Ana's server (outside servidor.edu's mynetworks) brings mail for a
    // domain servidor.edu does not list: Postfix's relay refusal.
    Run run = play("postfix servidor.edu type \"Internet Site\"\n",
                   "send ana to alumno1@2esi.org subject \"Ola\" body \"ola\"\n"
                   "wait\n"
                   "expect mailbox alumno1@2esi.org count 0\n");
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    QVERIFY2(wire(*run.world).contains(QStringLiteral("554 5.7.1 <alumno1@2esi.org>: Relay access denied")),
             qPrintable(wire(*run.world)));
    // With the mail name the same message is taken.
    Run fixed = play("postfix servidor.edu type \"Internet Site\" mailname 2esi.org\n",
                     "send ana to alumno1@2esi.org subject \"Ola\" body \"ola\"\n"
                     "wait\n"
                     "expect mailbox alumno1@2esi.org count 1\n");
    QVERIFY2(fixed.failures.isEmpty(), qPrintable(fixed.failures.join(QLatin1Char('\n'))));
    QVERIFY(!wire(*fixed.world).contains(QStringLiteral("Relay access denied")));
}

void TestServerSettings::mxToItselfLoopsBackToMyself()
{
    // From the machine itself (in mynetworks) the relay is allowed, but the
    // MX of 2esi.org is servidor.edu itself: Postfix bounces the loop.
    Run run = play("postfix servidor.edu type \"Internet Site\"\n",
                   "session servidor.edu smtp\n"
                   "  S: 220 *\n"
                   "  C: EHLO servidor.edu\n"
                   "  S: 250 *\n"
                   "  C: MAIL FROM:<fran@servidor.edu>\n"
                   "  S: 250 2.1.0 Ok\n"
                   "  C: RCPT TO:<alumno1@2esi.org>\n"
                   "  S: 250 2.1.5 Ok\n"
                   "  C: DATA\n"
                   "  S: 354 *\n"
                   "  C: ola\n"
                   "  C: .\n"
                   "  S: 250 *\n"
                   "  C: QUIT\n"
                   "  S: 221 *\n"
                   "end\n"
                   "wait\n"
                   "expect mailbox fran@servidor.edu count 1\n"
                   "expect queue servidor.edu count 0\n");
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    const QString seen = wire(*run.world);
    QVERIFY2(seen.contains(QStringLiteral("mail for 2esi.org loops back to myself")), qPrintable(seen));
    // The bounce in Fran's mailbox says so too, with RFC 3463's 5.4.6.
    MailStore *store = run.world->server(QStringLiteral("servidor.edu"))->store();
    const QByteArray bounce = store->mailbox("fran").value(0).content();
    QVERIFY2(bounce.contains("loops back to myself") && bounce.contains("5.4.6"), bounce.constData());
    // No connection from servidor.edu to itself was made.
    for (const TranscriptEvent &e : run.world->transcript()->events())
        QVERIFY(
            !(e.kind == TranscriptEvent::Kind::ConnectionOpened && e.from == QLatin1String("servidor.edu")));
}

void TestServerSettings::loopbackOnlyRefusesOtherHosts()
{
    Run run = play("postfix servidor.edu type \"Local only\"\n",
                   "send ana to fran@servidor.edu subject \"Ola\" body \"ola\"\n"
                   "expect queue cliente.fr count 1\n"
                   "expect mailbox fran@servidor.edu count 0\n"
                   // The machine itself (a telnet localhost 25) still gets through.
                   "session servidor.edu smtp\n"
                   "  S: 220 servidor.edu ESMTP Postfix (Debian/GNU)\n"
                   "  C: QUIT\n"
                   "  S: 221 *\n"
                   "end\n",
                   patientQueue());
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    bool refused = false;
    for (const TranscriptEvent &e : run.world->transcript()->events()) {
        if (e.noteCode == NoteCode::LoopbackOnlyRefused) {
            refused = true;
            QCOMPARE(e.from, QStringLiteral("cliente.fr"));
            QCOMPARE(e.to, QStringLiteral("servidor.edu"));
        }
    }
    QVERIFY(refused);
    // Back to all interfaces (a step, as dpkg-reconfigure): mail gets through.
    Run again = play("postfix servidor.edu type \"Local only\"\n",
                     "say en \"dpkg-reconfigure postfix\"\n"
                     "postfix servidor.edu type \"Internet Site\"\n"
                     "send ana to fran@servidor.edu subject \"Again\" body \"ola\"\n"
                     "wait\n"
                     "expect mailbox fran@servidor.edu subject \"Again\"\n");
    QVERIFY2(again.failures.isEmpty(), qPrintable(again.failures.join(QLatin1Char('\n'))));
    for (const TranscriptEvent &e : again.world->transcript()->events())
        QVERIFY(e.noteCode != NoteCode::LoopbackOnlyRefused);
}

void TestServerSettings::satelliteSendsToTheRelayhost()
{
    // Mail for ana@cliente.fr goes to the relayhost, not to cliente.fr's MX.
    QByteArray relayWorld = "server isp.example\n";
    Run run = play(
        relayWorld
            + "postfix servidor.edu type \"Satellite system\" relayhost [isp.example]\n"
              "postfix isp.example type \"Internet Site\" mynetworks \"127.0.0.0/8 servidor.edu\"\n",
        "session servidor.edu smtp\n"
        "  S: 220 *\n"
        "  C: EHLO servidor.edu\n"
        "  S: 250 *\n"
        "  C: MAIL FROM:<fran@servidor.edu>\n"
        "  S: 250 *\n"
        "  C: RCPT TO:<ana@cliente.fr>\n"
        "  S: 250 *\n"
        "  C: DATA\n"
        "  S: 354 *\n"
        "  C: ola\n"
        "  C: .\n"
        "  S: 250 *\n"
        "  C: QUIT\n"
        "  S: 221 *\n"
        "end\n"
        "wait\n"
        "expect mailbox ana@cliente.fr count 1\n");
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    bool viaRelay = false;
    QStringList legs;
    for (const TranscriptEvent &e : run.world->transcript()->events()) {
        viaRelay = viaRelay
            || (e.noteCode == NoteCode::ViaRelayHost
                && e.noteArguments.value(1) == QLatin1String("isp.example"));
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened)
            legs.append(e.from + QStringLiteral("->") + e.to);
    }
    QVERIFY(viaRelay);
    QVERIFY2(legs.contains(QStringLiteral("servidor.edu->isp.example")),
             qPrintable(legs.join(QLatin1Char(' '))));
    QVERIFY2(!legs.contains(QStringLiteral("servidor.edu->cliente.fr")),
             qPrintable(legs.join(QLatin1Char(' '))));
    QVERIFY2(legs.contains(QStringLiteral("isp.example->cliente.fr")),
             qPrintable(legs.join(QLatin1Char(' '))));
}

void TestServerSettings::dovecotListenOnLoopbackRefusesOtherHosts()
{
    Run run = play("client fran user fran@servidor.edu\n"
                   "dovecot servidor.edu listen \"127.0.0.1, ::1\"\n",
                   "fetch fran\n"
                   "expect client fran count 0\n");
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    bool refused = false;
    for (const TranscriptEvent &e : run.world->transcript()->events())
        refused = refused || (e.noteCode == NoteCode::LoopbackOnlyRefused && e.from == QLatin1String("fran"));
    QVERIFY(refused);
    // Listening everywhere, the same fetch gets in.
    Run open = play("client fran user fran@servidor.edu\n"
                    "dovecot servidor.edu listen \"*, ::\"\n",
                    "fetch fran\n");
    QVERIFY2(open.failures.isEmpty(), qPrintable(open.failures.join(QLatin1Char('\n'))));
    for (const TranscriptEvent &e : open.world->transcript()->events())
        QVERIFY(e.noteCode != NoteCode::LoopbackOnlyRefused);
    QVERIFY(wire(*open.world).contains(QStringLiteral("+OK Dovecot (Debian) ready.")));
}

void TestServerSettings::protocolsWithoutPop3RemovesItsPorts()
{
    std::unique_ptr<World> w = TestWorlds::start(world + "dovecot servidor.edu protocols imap\n");
    QVERIFY(w);
    const QString host = QStringLiteral("servidor.edu");
    QVERIFY(!w->isListening(host, QStringLiteral("pop3")));
    QVERIFY(!w->isListening(host, QStringLiteral("pop3s")));
    QVERIFY(w->isListening(host, QStringLiteral("imap")));
    QVERIFY(w->isListening(host, QStringLiteral("imaps")));
    QVERIFY(w->isListening(host, QStringLiteral("smtp")));
    QVERIFY(w->isListening(QStringLiteral("cliente.fr"), QStringLiteral("pop3")));
    // Installed later: 110 and 995 listen; removed again: they stop.
    QMap<QString, QString> settings{{QStringLiteral("dovecot.protocols"), QStringLiteral("imap pop3")}};
    QVERIFY(w->reconfigureServer(host, settings));
    QVERIFY(w->isListening(host, QStringLiteral("pop3")));
    QVERIFY(w->isListening(host, QStringLiteral("pop3s")));
    QCOMPARE(w->service(host, QStringLiteral("pop3"))->standardPort, quint16(110));
    settings.insert(QStringLiteral("dovecot.protocols"), QStringLiteral("imap"));
    QVERIFY(w->reconfigureServer(host, settings));
    QVERIFY(!w->isListening(host, QStringLiteral("pop3")));
    QVERIFY(!w->isListening(host, QStringLiteral("pop3s")));
    QVERIFY(w->isListening(host, QStringLiteral("imap")));
    // A wrong value is refused, naming it, and changes nothing.
    QString error;
    settings.insert(QStringLiteral("dovecot.protocols"), QStringLiteral("pop4"));
    QVERIFY(!w->reconfigureServer(host, settings, &error));
    QVERIFY2(error.contains(QStringLiteral("pop4")), qPrintable(error));
    QVERIFY(w->isListening(host, QStringLiteral("imap")));
    // "No configuration": Postfix does not run at all.
    QVERIFY(
        w->reconfigureServer(host, {{QStringLiteral("postfix.type"), QStringLiteral("No configuration")}}));
    QVERIFY(!w->isListening(host, QStringLiteral("smtp")));
    QVERIFY(!w->isListening(host, QStringLiteral("submission")));
}

void TestServerSettings::dovecotLogsInWithBothForms()
{
    const QByteArray login = "session servidor.edu pop3\n"
                             "  S: +OK Dovecot (Debian) ready.*\n"
                             "  C: USER %1\n"
                             "  S: +OK*\n"
                             "  C: PASS claveejemplo\n"
                             "  S: %2*\n"
                             "  C: QUIT\n"
                             "  S: +OK*\n"
                             "end\n";
    const auto story = [&](const char *user, const char *answer) {
        return QString::fromUtf8(login).arg(QLatin1String(user), QLatin1String(answer)).toUtf8();
    };
    Run run = play("dovecot servidor.edu protocols \"imap pop3\"\n",
                   story("fran", "+OK") + story("fran@servidor.edu", "+OK")
                       + story("FRAN@servidor.edu", "+OK") + story("fran@otro.org", "-ERR"));
    QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes, 4);
    Run strict = play("dovecot servidor.edu auth_username_format %u\n", story("FRAN", "-ERR"));
    QVERIFY2(strict.failures.isEmpty(), qPrintable(strict.failures.join(QLatin1Char('\n'))));
}

void TestServerSettings::worldFileKeepsTheSettings()
{
    std::unique_ptr<World> w = TestWorlds::start(
        world + "postfix servidor.edu type \"Internet Site\" mailname 2esi.org\n");
    QVERIFY(w);
    QMap<QString, QString> settings = w->server(QStringLiteral("servidor.edu"))->settings();
    settings.insert(QStringLiteral("dovecot.protocols"), QStringLiteral("imap"));
    QVERIFY(w->reconfigureServer(QStringLiteral("servidor.edu"), settings));
    const QByteArray json = WorldFile::toJson(*w);
    QString error;
    std::unique_ptr<World> loaded = WorldFile::fromJson(json, TestWorlds::fastOptions(), &error);
    QVERIFY2(loaded, qPrintable(error));
    const MailServer *server = loaded->server(QStringLiteral("servidor.edu"));
    QCOMPARE(server->settings().value(QStringLiteral("postfix.mailname")), QStringLiteral("2esi.org"));
    QCOMPARE(server->settings().value(QStringLiteral("dovecot.protocols")), QStringLiteral("imap"));
    QVERIFY(server->isDestination(QStringLiteral("2esi.org")));
    QVERIFY(WorldFile::start(loaded.get(), &error));
    QVERIFY(!loaded->isListening(QStringLiteral("servidor.edu"), QStringLiteral("pop3")));
    QVERIFY(loaded->isListening(QStringLiteral("servidor.edu"), QStringLiteral("imap")));
    // Saved again: the same settings.
    QVERIFY(WorldFile::toJson(*loaded).contains("\"dovecot.protocols\":\"imap\""));
}

void TestServerSettings::worldFileRefusesAWrongSetting()
{
    std::unique_ptr<World> w = TestWorlds::start(world + "dovecot servidor.edu protocols imap\n");
    QVERIFY(w);
    QByteArray json = WorldFile::toJson(*w);
    QVERIFY(json.contains("\"dovecot.protocols\":\"imap\""));
    json.replace("\"dovecot.protocols\":\"imap\"", "\"dovecot.protocolz\":\"imap\"");
    QString error;
    QVERIFY(!WorldFile::fromJson(json, TestWorlds::fastOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("protocolz")), qPrintable(error));
}

void TestServerSettings::inspectorExplainsPostfixTexts()
{
    const Explanation relay = Explanations::forLine(
        Protocol::Smtp, TranscriptEvent::Direction::ServerToClient,
        "554 5.7.1 <x@y.org>: Relay access denied", Phase::Transfer);
    bool found = false;
    for (const ExplanationDetail &d : relay.details)
        found = found
            || (d.title.contains(QStringLiteral("relay access denied"))
                && d.rfc.contains(QStringLiteral("Postfix")));
    QVERIFY(found);
    TranscriptEvent loop;
    loop.kind = TranscriptEvent::Kind::Queue;
    loop.noteCode = NoteCode::LoopsBackToMyself;
    QVERIFY(Explanations::forEvent(loop).rfc.contains(QStringLiteral("mydestination")));
    TranscriptEvent refused;
    refused.kind = TranscriptEvent::Kind::Note;
    refused.noteCode = NoteCode::LoopbackOnlyRefused;
    QVERIFY(Explanations::forEvent(refused).text.contains(QStringLiteral("loopback")));
}

void TestServerSettings::builtInScenarioPlays()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("instalar-postfix-dovecot"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    World w(scenario, TestWorlds::fastOptions());
    QVERIFY(w.start(nullptr));
    ScenarioRunner runner(&w, QStringLiteral("gl"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QStringList failures;
    for (const ScenarioRunner::Outcome &o : runner.outcomes()) {
        if (!o.passed)
            failures.append(o.descriptionText() + QStringLiteral(": ") + o.detailText());
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(runner.outcomes().size() >= 15);
}

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
