// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for ScenarioParser: the built-in scenarios, the format's features, and
// broken input, where each problem must be reported at its exact line and column;
// and for the script notation (C:, S:, C~, S~, X, T, W:) a session is written in.
#include "scenario/scenarioparser.h"
#include "scenario/scriptnotation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <QTest>
#include <algorithm>

using Kind = ScenarioStep::Kind;
using Step = ScriptStep;
using ScriptNotation::Dialect;
using Reading = ScriptNotation::LineReading::Kind;

namespace {

QByteArray readTestFile(const QString &name)
{
    QFile file(QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/scenarios/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QString describe(const QList<ScenarioError> &errors)
{
    QStringList lines;
    for (const ScenarioError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

const char World[] = "server cliente.fr\n"
                     "server servidor.edu\n"
                     "user ana@cliente.fr password claveana\n"
                     "user fran@servidor.edu password claveejemplo\n"
                     "client ana user ana@cliente.fr\n"
                     "client fran user fran@servidor.edu\n";
// Lines of World; statements appended after it start on line WorldLines + 1.
constexpr int WorldLines = 6;

} // namespace

class TestScenarioParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anaFranLoadsFromResources();
    void anaFranFollowsTheCourse();
    void builtInNamesListAnaFran();
    void builtInScenariosParseCleanly_data();
    void builtInScenariosParseCleanly();
    void brokenInput_data();
    void brokenInput();
    void collectsEveryError();
    void garbageStaysBounded();
    void quotedTextAndComments();
    void sayLinesMerge();
    void sessionScript();
    void settingsAndOptions();
    void realServer();
    void loadsFileFromDisk();
    void sendWithCcAndAttachments();
    void builtInAttachmentIsRead();
    void utf8LocalPart();
    void studentsOnADomain();
    void classFromCsv();
    void privateWorlds();
    void classFileProblems_data();
    void classFileProblems();
    void fileNotFound_data();
    void fileNotFound();
    void errorToString();
    void expectBodyAndFarDomains();
    void faultsAndDowntime();
    void eavesdroppers();
    void browseSteps();
    void exercisesPredictionsAndLinks();
    void scriptLines_data();
    void scriptLines();
    void scriptNotAStep_data();
    void scriptNotAStep();
    void scenarioSessionDialect();
    void scriptParseStopsAtTheFirstBadLine();
    void scriptMatches();
    void scriptWriteReadsBack();
};

void TestScenarioParser::anaFranLoadsFromResources()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.name, QStringLiteral("ana-fran"));
    QCOMPARE(scenario.source, QStringLiteral(":/scenarios/ana-fran.scenario"));
    QCOMPARE(scenario.title.value(QStringLiteral("gl")), QStringLiteral("Ana escribe a Fran"));
    QCOMPARE(scenario.title.value(QStringLiteral("es")), QStringLiteral("Ana escribe a Fran"));
    QCOMPARE(scenario.title.value(QStringLiteral("en")), QStringLiteral("Ana writes to Fran"));

    QCOMPARE(scenario.servers.size(), 2);
    QCOMPARE(scenario.servers.at(0).domain, QStringLiteral("cliente.fr"));
    QCOMPARE(scenario.servers.at(1).domain, QStringLiteral("servidor.edu"));
    QVERIFY(scenario.server(QStringLiteral("cliente.fr")));
    QCOMPARE(scenario.server(QStringLiteral("cliente.fr"))->settings.value(QStringLiteral("greet")),
             QStringLiteral("helo"));
    QCOMPARE(scenario.mx.size(), 2);
    QCOMPARE(scenario.mx.at(1).domain, QStringLiteral("servidor.edu"));
    QCOMPARE(scenario.mx.at(1).host, QStringLiteral("servidor.edu"));

    QCOMPARE(scenario.users.size(), 2);
    QVERIFY(scenario.user(QStringLiteral("ana@cliente.fr")));
    QCOMPARE(scenario.user(QStringLiteral("ana@cliente.fr"))->password, QStringLiteral("claveana"));
    QVERIFY(scenario.user(QStringLiteral("fran@servidor.edu")));
    QCOMPARE(scenario.user(QStringLiteral("fran@servidor.edu"))->password, QStringLiteral("claveejemplo"));

    QCOMPARE(scenario.clients.size(), 2);
    QVERIFY(scenario.client(QStringLiteral("ana")));
    QCOMPARE(scenario.client(QStringLiteral("ana"))->user, QStringLiteral("ana@cliente.fr"));
    QVERIFY(scenario.client(QStringLiteral("fran")));
    QCOMPARE(scenario.client(QStringLiteral("fran"))->user, QStringLiteral("fran@servidor.edu"));
    QCOMPARE(scenario.client(QStringLiteral("fran"))->pop3Mode, Pop3Mode::DownloadAndDelete);
}

void TestScenarioParser::anaFranFollowsTheCourse()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));

    const QList<Kind> expected = {
        Kind::Say,          Kind::Say,          Kind::Send,          Kind::Say,         Kind::Say,
        Kind::Say,          Kind::Wait,         Kind::ExpectMailbox, Kind::Say,         Kind::Fetch,
        Kind::ExpectClient, Kind::ExpectClient, Kind::ExpectMailbox, Kind::ExpectQueue,
    };
    QList<Kind> kinds;
    for (const ScenarioStep &step : scenario.steps)
        kinds.append(step.kind);
    QCOMPARE(kinds, expected);

    // The six numbered steps of the course, each in three languages.
    int number = 0;
    for (const ScenarioStep &step : scenario.steps) {
        if (step.kind != Kind::Say)
            continue;
        ++number;
        const QString prefix = QString::number(number) + QLatin1String(". ");
        for (const char *language : {"gl", "es", "en"}) {
            const QString text = step.text.value(QLatin1String(language));
            QVERIFY2(text.startsWith(prefix), qPrintable(language + (": " + text)));
        }
    }
    QCOMPARE(number, 6);
    QVERIFY(
        scenario.steps.at(0).text.value(QStringLiteral("gl")).contains(QStringLiteral("fran@servidor.edu")));

    const ScenarioStep &send = scenario.steps.at(2);
    QCOMPARE(send.client, QStringLiteral("ana"));
    QCOMPARE(send.recipients, QStringList{QStringLiteral("fran@servidor.edu")});
    QCOMPARE(send.subject, QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(send.body, QStringLiteral("A que hora e onde?"));

    const ScenarioStep &fetch = scenario.steps.at(9);
    QCOMPARE(fetch.client, QStringLiteral("fran"));
    QVERIFY(fetch.hasPop3Mode);
    QCOMPARE(fetch.pop3Mode, Pop3Mode::DownloadAndDelete);

    QCOMPARE(scenario.steps.at(10).count, 1);
    QCOMPARE(scenario.steps.at(11).subject, QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(scenario.steps.at(12).target, QStringLiteral("fran@servidor.edu"));
    QCOMPARE(scenario.steps.at(12).count, 0);
    QCOMPARE(scenario.steps.at(13).host, QStringLiteral("cliente.fr"));
    QCOMPARE(scenario.steps.at(13).count, 0);
}

void TestScenarioParser::builtInNamesListAnaFran()
{
    QVERIFY(ScenarioParser::builtInNames().contains(QStringLiteral("ana-fran")));
}

void TestScenarioParser::builtInScenariosParseCleanly_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ScenarioParser::builtInNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestScenarioParser::builtInScenariosParseCleanly()
{
    QFETCH(QString, name);
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(name, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(!scenario.servers.isEmpty());
    QVERIFY(!scenario.steps.isEmpty());
    QVERIFY(!scenario.title.value(QStringLiteral("gl")).isEmpty());
}

void TestScenarioParser::brokenInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("count"); // errors in all; -1: do not check

    const auto file = [](const char *name) { return readTestFile(QLatin1String(name)); };
    const QByteArray world(World);
    const int next = WorldLines + 1;

    // Files under tests/scenarios, each broken in one place.
    QTest::newRow("misspelled keyword")
        << file("misspelled-keyword.scenario") << 8 << 1
        << "unknown statement \"sned\"; expected one of: title, description, server, set, postfix, dovecot, "
           "dns, user, class, students, client, eavesdropper, webmail, say, send, fetch, wait, session, "
           "expect, "
           "fault, down, "
           "up, slow, predict, imap, browse, exercise; did you mean \"send\"?"
        << 1;
    QTest::newRow("missing password") << file("missing-password.scenario") << 4 << 24
                                      << "expected \"password\" after the address, found \"pasword\"" << 1;
    QTest::newRow("unknown client in send") << file("unknown-client.scenario") << 8 << 6
                                            << "unknown client \"bea\"; declared clients: ana, fran" << 1;
    QTest::newRow("unterminated quote")
        << file("unterminated-quote.scenario") << 8 << 8 << "unterminated quoted text" << 1;
    // The column is where the quoted text opens, counted in characters: an
    // emoji before it (two UTF-16 code units) is one character.
    QTest::newRow("unterminated quote after an emoji")
        << world + "say \"\xF0\x9F\x93\xAC ok\" \"Ana escribe\n"
        << next << 12 << "unterminated quoted text" << 1;
    QTest::newRow("unterminated quote after closed ones")
        << world + "send ana to fran@servidor.edu subject \"\xF0\x9F\x93\xAC\" body \"abc\n"
        << next << 48 << "unterminated quoted text" << 1;
    QTest::newRow("unknown word after an emoji") << world + "say \"\xF0\x9F\x93\xAC x\" sobra\n"
                                                 << next << 11 << "sobra" << -1;
    QTest::newRow("session without end")
        << file("session-without-end.scenario") << 8 << 1 << "session without \"end\"" << 1;
    QTest::newRow("unknown setting")
        << file("unknown-setting.scenario") << 4 << 16
        << "unknown setting \"max-sise\"; expected one of: greet, greeting, max-size, "
           "max-recipients, pipelining, 8bitmime, smtputf8"
        << 1;
    QTest::newRow("bad address")
        << file("bad-address.scenario") << 8 << 13
        << "expected an e-mail address such as fran@servidor.edu, found \"fran.servidor.edu\"" << 1;

    // Small cases written here.
    QTest::newRow("empty file") << QByteArray() << 1 << 1 << "no server declared" << 1;
    QTest::newRow("only comments") << QByteArray("# nothing\n\n   # else\n") << 1 << 1 << "no server declared"
                                   << 1;
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18) << 1 << 1
                                    << "unexpected control character \\x89" << -1;
    QByteArray hugeLine = world + QByteArray(5 * 1024 * 1024, 'x') + "\nwait\n";
    QTest::newRow("five megabyte line") << hugeLine << next << ScenarioParser::MaximumLineLength + 1
                                        << "line too long: 5242880 characters" << 1;
    QTest::newRow("five megabyte quoted text")
        << world + "say \"" + QByteArray(5 * 1024 * 1024, 'y') + "\"\n"
        << next << ScenarioParser::MaximumLineLength + 1 << "line too long" << 1;
    QTest::newRow("missing user domain")
        << QByteArray("server cliente.fr\n"
                      "user fran@servidor.edu password x\n")
        << 2 << 11 << "no server declared for the domain \"servidor.edu\"" << 1;
    QTest::newRow("client of an unknown user")
        << QByteArray("server cliente.fr\nclient ana user ana@cliente.fr\n") << 2 << 17
        << "unknown user \"ana@cliente.fr\"; declared users: (none)" << 1;
    QTest::newRow("dns host not a server")
        << QByteArray("server cliente.fr\ndns servidor.edu mx mail.servidor.edu\n") << 2 << 21
        << "unknown server \"mail.servidor.edu\"; declared servers: cliente.fr" << 1;
    QTest::newRow("session on an unknown host") << world + "session mail.edu pop3\nC: QUIT\nend\n"
                                                << next << 9 << "unknown server \"mail.edu\"" << 1;
    QTest::newRow("session at end of file") << world + "wait\n  session servidor.edu smtp\nC: HELO x\n"
                                            << next + 1 << 3 << "session without \"end\"" << 1;
    QTest::newRow("bad service")
        << world + "session servidor.edu http\nend\n"
        << next << 22
        << "expected \"smtp\", \"submission\", \"pop3\" or \"imap\" after the host name, found \"http\"" << 1;
    QTest::newRow("POP3 refusal at an IMAP command")
        << world + "fault servidor.edu reply \"-ERR full\" at APPEND\n"
        << next << 26 << "the reply to APPEND must be an IMAP refusal: NO or BAD and a text" << 1;
    QTest::newRow("tagged IMAP refusal") << world + "fault servidor.edu reply \"a1 NO full\" at SELECT\n"
                                         << next << 26 << "without the tag" << 1;
    QTest::newRow("imap step for a POP3 client")
        << world + "imap fran create Traballo\n"
        << next << 6
        << "client \"fran\" reads its mail with POP3; IMAP steps need a client declared with \"imap\"" << 1;
    QTest::newRow("imap step without a verb")
        << world + "imap fran borra Traballo\n"
        << next << 11
        << "expected \"create\", \"rename\", \"delete\", \"open\", \"move\", \"copy\", \"flag\", "
           "\"unflag\", \"search\", \"expunge\" or \"download\" after the client name, found \"borra\""
        << -1;
    QTest::newRow("imap move without to")
        << world + "imap fran move \"Quedamos hoxe?\" Traballo\n"
        << next << 33 << "expected \"to\" after the subject, found \"Traballo\"" << -1;
    QTest::newRow("imap search with a bad key") << world + "imap fran search texto \"praia\"\n"
                                                << next << 18 << "\"texto\" is not a search key" << -1;
    QTest::newRow("imap search with a bad date")
        << world + "imap fran search since ayer\n"
        << next << 24 << "expected a date such as 1-Dec-2026 after \"since\", found \"ayer\"" << -1;
    QTest::newRow("imap flag without a flag")
        << world + "imap fran flag \"Quedamos hoxe?\" importante\n"
        << next << 33 << "expected an IMAP flag such as \\Seen after the subject, found \"importante\"" << -1;
    QTest::newRow("INBOX among the folders")
        << world + "user eva@servidor.edu password x folders Traballo inbox\n"
        << next << 51 << "\"inbox\" is not a folder name: it may not be INBOX" << 1;
    QTest::newRow("wildcard in a folder") << world + "user eva@servidor.edu password x folders \"Tra*\"\n"
                                          << next << 42 << "\"Tra*\" is not a folder name" << 1;
    QTest::newRow("folder listed twice")
        << world + "user eva@servidor.edu password x folders Traballo Traballo\n"
        << next << 51 << "folder \"Traballo\" is listed twice" << 1;
    QTest::newRow("folders without a name")
        << world + "user eva@servidor.edu password x folders\n"
        << next << 41 << "expected a folder name such as Traballo after \"folders\"" << 1;
    QTest::newRow("flag without a flag")
        << world + "expect mailbox fran@servidor.edu flag count 1\n"
        << next << 39 << "expected an IMAP flag such as \\Seen after \"flag\", found \"count\"" << 1;
    QTest::newRow("not without flag") << world + "expect mailbox fran@servidor.edu not seen\n"
                                      << next << 38 << "expected \"flag\" after \"not\", found \"seen\"" << 1;
    QTest::newRow("two folders") << world + "expect mailbox fran@servidor.edu folder A folder B\n"
                                 << next << 43 << "expected \"count\", \"subject\"" << 1;
    // A scenario's session has only C: and S: lines, as it always had: the
    // tests' steps are not statements a teacher's file may use there.
    QTest::newRow("pattern inside session")
        << world + "session servidor.edu smtp\n  S~ 220 .*\nC: QUIT\nend\n"
        << next + 1 << 3 << "expected \"C:\", \"S:\" or \"end\" inside a session, found \"S~\"" << 1;
    QTest::newRow("drop inside session")
        << world + "session servidor.edu smtp\nC: QUIT\nX\nend\n"
        << next + 2 << 1 << "expected \"C:\", \"S:\" or \"end\" inside a session, found \"X\"" << 1;
    QTest::newRow("junk inside session")
        << world + "session servidor.edu smtp\nHELO x\nC: QUIT\nend\n"
        << next + 1 << 1 << "expected \"C:\", \"S:\" or \"end\" inside a session, found \"HELO\"" << 1;
    QTest::newRow("end outside session") << world + "end\n"
                                         << next << 1 << "\"end\" without a \"session\"" << 1;
    QTest::newRow("duplicate server")
        << world + "server  cliente.fr\n"
        << next << 9 << "server \"cliente.fr\" is already declared on line 1" << 1;
    QTest::newRow("duplicate client") << world + "client ana user fran@servidor.edu\n"
                                      << next << 8 << "client \"ana\" is already declared on line 5" << 1;
    QTest::newRow("bad greet value") << world + "set cliente.fr greet hola\n"
                                     << next << 22
                                     << "expected \"helo\" or \"ehlo\" after \"greet\", found \"hola\"" << 1;
    QTest::newRow("setting for unknown server") << world + "set mail.fr pipelining on\n"
                                                << next << 5 << "unknown server \"mail.fr\"" << 1;
    QTest::newRow("bad second recipient") << world + "send ana to fran@servidor.edu,pepe subject x\n"
                                          << next << 31 << "found \"pepe\"" << 1;
    QTest::newRow("send without recipients")
        << world + "send ana to subject \"x\"\n"
        << next << 13 << "expected one or more addresses separated by commas after \"to\"" << 1;
    QTest::newRow("say without quotes")
        << world + "say Ana escribe\n"
        << next << 5 << "expected a language code (gl, es, en) or quoted text after \"say\", found \"Ana\""
        << 1;
    QTest::newRow("text with spaces unquoted") << world
            + "send ana to fran@servidor.edu "
              "subject Quedamos hoxe\n" << next << 48
                                               << "text with spaces goes between quotes" << 1;
    QTest::newRow("expect without count")
        << world + "expect queue cliente.fr\n"
        << next << 24 << "expected \"count\" after the host name, found the end of the line" << 1;
    QTest::newRow("negative count") << world + "expect client fran count -1\n"
                                    << next << 26 << "expected a whole number after \"count\", found \"-1\""
                                    << 1;
    QTest::newRow("expect mailbox of unknown user")
        << world + "expect mailbox pepe@servidor.edu count 0\n"
        << next << 16 << "unknown user \"pepe@servidor.edu\"" << 1;
    QTest::newRow("bad reply code") << world + "expect reply YES\n"
                                    << next << 14 << "expected a reply code such as 250, +OK or -ERR" << 1;
    QTest::newRow("non-loopback address") << QByteArray("server a.fr address 10.0.0.1\n") << 1 << 21
                                          << "expected a loopback address such as 127.0.0.3" << 1;
    // "server … real ADDRESS [smtp N] …": the student's own server.
    const QByteArray realWorld = "server cliente.fr\n"
                                 "user ana@cliente.fr password claveana\n"
                                 "user fran@servidor.edu password claveejemplo\n"
                                 "client ana user ana@cliente.fr\n"
                                 "client fran user fran@servidor.edu\n";
    QTest::newRow("real without an address")
        << QByteArray("server servidor.edu real\n") + realWorld << 1 << 25
        << "expected the address of the real server, such as 127.0.0.1 or 192.168.1.10 after \"real\", "
           "found the end of the line"
        << -1;
    QTest::newRow("real with a host name")
        << QByteArray("server servidor.edu real mail.servidor.edu\n") + realWorld << 1 << 26
        << "expected the address of the real server, such as 127.0.0.1 or 192.168.1.10 after \"real\", "
           "found \"mail.servidor.edu\""
        << -1;
    QTest::newRow("real on the wildcard") << QByteArray("server servidor.edu real 0.0.0.0\n") + realWorld << 1
                                          << 26 << "the address of the real server" << -1;
    QTest::newRow("real with an unknown service")
        << QByteArray("server servidor.edu real 127.0.0.1 smtp 2525 pop 110\n") + realWorld << 1 << 46
        << "expected a service and its port (smtp, submission, submissions, pop3, imap, pop3s, imaps) or the "
           "end of the line after the real server's address, found \"pop\""
        << -1;
    QTest::newRow("real with a bad port")
        << QByteArray("server servidor.edu real 127.0.0.1 smtp 70000\n") + realWorld << 1 << 41
        << "expected a port number such as 110 after \"smtp\", found \"70000\"" << -1;
    QTest::newRow("real with a port missing")
        << QByteArray("server servidor.edu real 127.0.0.1 pop3\n") + realWorld << 1 << 40
        << "expected a port number such as 110 after \"pop3\", found the end of the line" << -1;
    QTest::newRow("real with a port twice")
        << QByteArray("server servidor.edu real 127.0.0.1 imap 143 IMAP 1143\n") + realWorld << 1 << 45
        << "the port of imap is already given on this line" << -1;
    QTest::newRow("real twice") << QByteArray("server servidor.edu real 127.0.0.1 real 127.0.0.2\n")
            + realWorld << 1 << 36
                                << "\"real\" is already given on this line" << -1;
    QTest::newRow("real and a simulated address")
        << QByteArray("server servidor.edu address 127.0.0.3 real 127.0.0.1\n") + realWorld << 1 << 39
        << "a real server has no simulated \"address\"" << -1;
    QTest::newRow("a simulated address after real")
        << QByteArray("server servidor.edu real 127.0.0.1 address 127.0.0.3\n") + realWorld << 1 << 36
        << "a real server has no simulated \"address\"" << -1;
    QTest::newRow("expect mailbox of a real server")
        << realWorld + "server servidor.edu real 127.0.0.1\nexpect mailbox fran@servidor.edu count 1\n"
        << 7 << 1
        << "\"servidor.edu\" is the real server at 127.0.0.1: a scenario sends mail to it and fetches from "
           "it, "
           "but cannot look into it or change it"
        << 1;
    QTest::newRow("down on a real server")
        << realWorld + "server servidor.edu real 127.0.0.1\ndown servidor.edu\n"
        << 7 << 6 << "\"servidor.edu\" is the real server at 127.0.0.1" << 1;
    QTest::newRow("postfix settings of a real server")
        << realWorld + "server servidor.edu real 127.0.0.1\npostfix servidor.edu mailname 2esi.org\n"
        << 7 << 9 << "\"servidor.edu\" is the real server at 127.0.0.1" << 1;
    QTest::newRow("expect queue of a real server")
        << realWorld + "server servidor.edu real 127.0.0.1\nexpect queue servidor.edu count 0\n"
        << 7 << 14 << "\"servidor.edu\" is the real server at 127.0.0.1" << 1;
    QTest::newRow("fetch with unknown mode")
        << world + "fetch fran borrar\n"
        << next << 12 << "expected \"delete\", \"keep\" or the end of the line" << 1;
    QTest::newRow("quoted statement") << world + "\"send\" ana\n"
                                      << next << 1 << "unknown statement quoted text \"send\"" << 1;
    QTest::newRow("missing attachment")
        << world + "send ana to fran@servidor.edu attach nada.png\n"
        << next << 38 << "attachment \"nada.png\" not found; a file is looked for in the scenario's folder"
        << 1;
    QTest::newRow("attach without a file")
        << world + "send ana to fran@servidor.edu attach\n"
        << next << 37 << "expected a file name such as foto.png after \"attach\"" << 1;
    QTest::newRow("cc given twice") << world
            + "send ana to fran@servidor.edu cc ana@cliente.fr cc ana@cliente.fr\n"
                                    << next << 49 << "\"cc\" is given twice" << 1;
    QTest::newRow("cc without addresses")
        << world + "send ana to fran@servidor.edu cc subject x\n"
        << next << 34 << "expected one or more addresses separated by commas after \"cc\"" << 1;
    QTest::newRow("bad cc address") << world + "send ana to fran@servidor.edu cc pepe\n"
                                    << next << 34 << "found \"pepe\"" << 1;
    // A recipient domain nobody serves, one letter from one that is served:
    // the mail would bounce at once (unrouteable), so it is taken for a slip.
    QTest::newRow("recipient domain one letter off")
        << world + "send ana to fran@servidor.ed subject x\n"
        << next << 18
        << "no server or MX serves the domain \"servidor.ed\": mail to it would bounce at once; "
           "did you mean \"servidor.edu\"?"
        << 1;
    QTest::newRow("cc domain one letter off") << world + "send ana to fran@servidor.edu cc pepe@cliente.f\n"
                                              << next << 39 << "did you mean \"cliente.fr\"?" << 1;
    QTest::newRow("second recipient domain one letter off")
        << world + "send ana to fran@servidor.edu,pepe@servidr.edu\n"
        << next << 36 << "did you mean \"servidor.edu\"?" << 1;
    QTest::newRow("expect body without text")
        << world + "expect client fran body\n"
        << next << 24 << "expected quoted text (\"…\") after \"body\"" << 1;
    QTest::newRow("expect attachment without a name")
        << world + "expect mailbox fran@servidor.edu attachment\n"
        << next << 44 << "expected a file name (\"foto.png\") after \"attachment\"" << 1;
    QTest::newRow("fault without reply")
        << world + "fault servidor.edu at RCPT\n"
        << next << 20 << "expected \"reply\" or \"cut\" after the host name, found \"at\"" << 1;
    QTest::newRow("fault reply unquoted")
        << world + "fault servidor.edu reply 452 at RCPT\n"
        << next << 26 << "expected quoted text (\"…\") after \"reply\", found \"452\"" << 1;
    QTest::newRow("fault at unknown command")
        << world + "fault servidor.edu reply \"452 full\" at RCTP\n"
        << next << 40
        << "a fault cannot be set at \"RCTP\"; expected one of: MAIL, RCPT, DATA, USER, "
           "PASS, APOP, STAT, LIST, RETR, DELE, TOP, UIDL, LOGIN, SELECT, EXAMINE, CREATE, DELETE, RENAME, "
           "STATUS, APPEND, FETCH, SEARCH, STORE, COPY, MOVE, EXPUNGE; did you mean \"RCPT\"?"
        << 1;
    QTest::newRow("fault without command") << world + "fault servidor.edu reply \"452 full\" at\n"
                                           << next << 39 << "expected a command (MAIL, RCPT" << 1;
    QTest::newRow("fault with a positive SMTP reply")
        << world + "fault servidor.edu reply \"250 ok\" at MAIL\n"
        << next << 26 << "the reply to MAIL must be an SMTP error" << 1;
    QTest::newRow("fault with an SMTP reply to PASS")
        << world + "fault servidor.edu reply \"535 no\" at pass for fran\n"
        << next << 26 << "the reply to PASS must be a POP3 error" << 1;
    QTest::newRow("fault for a bad target")
        << world + "fault servidor.edu reply \"-ERR no\" at PASS for \"fran\"\n"
        << next << 48
        << "expected an address or a user name such as fran@servidor.edu or fran "
           "after \"for\""
        << 1;
    QTest::newRow("fault with junk after the command")
        << world + "fault servidor.edu reply \"-ERR no\" at PASS fran\n"
        << next << 44
        << "expected \"for\", \"during\" or the end of the line after the command, found \"fran\"" << 1;
    QTest::newRow("fault cut at a POP3 command")
        << world + "fault servidor.edu cut at RETR\n"
        << next << 27 << "a connection can be cut at MAIL, RCPT, DATA only; found \"RETR\"" << 1;
    QTest::newRow("fault during no time")
        << world + "fault servidor.edu cut at DATA during 0\n"
        << next << 39 << "expected a number of seconds from 1 to 3600 after \"during\", found \"0\"" << 1;
    QTest::newRow("slow without a delay")
        << world + "slow servidor.edu\n"
        << next << 18
        << "expected a delay in milliseconds from 0 to 10000 after the host name, found the end of the line"
        << 1;
    QTest::newRow("slow too slow") << world + "slow servidor.edu 60000\n"
                                   << next << 19 << "expected a delay in milliseconds from 0 to 10000" << 1;
    QTest::newRow("slow on an unknown server") << world + "slow mail.edu 100\n"
                                               << next << 6 << "unknown server \"mail.edu\"" << 1;
    QTest::newRow("predict at an unknown command")
        << world + "predict servidor.edu at SEND\n"
        << next << 25 << "cannot ask about the reply to \"SEND\"" << 1;
    QTest::newRow("predict with a bad choice")
        << world + "predict servidor.edu at RCPT choices 250,25x\n"
        << next << 38 << "expected a reply code such as 250, +OK or -ERR in the choices, found \"25x\"" << 1;
    QTest::newRow("predict with one choice") << world + "predict servidor.edu at RCPT choices 250\n"
                                             << next << 1 << "a prediction needs at least two choices" << 1;
    QTest::newRow("exercise without end")
        << world + "exercise\n  goal \"x\"\n  check mailbox fran@servidor.edu count 1\nsay \"y\"\n"
        << next << 1 << "exercise without \"end\"" << 1;
    QTest::newRow("exercise without a goal")
        << world + "exercise\n  check mailbox fran@servidor.edu count 1\nend\n"
        << next << 1 << "exercise without a goal" << 1;
    QTest::newRow("exercise without a check") << world + "exercise\n  goal gl \"x\"\nend\n"
                                              << next << 1 << "exercise without a check" << 1;
    QTest::newRow("hint outside an exercise")
        << world + "hint \"x\"\n"
        << next << 1 << "\"hint\" outside an exercise; start one with a line \"exercise\"" << 1;
    QTest::newRow("check with a bad header name")
        << world + "exercise\n goal \"x\"\n check mailbox fran@servidor.edu header \"Su bject\" \"x\"\nend\n"
        << next + 2 << 41 << "expected the name of a header field such as From after \"header\"" << 1;
    QTest::newRow("solution without end") << world
            + "exercise\n goal \"x\"\n check mailbox fran@servidor.edu count 1\n"
              " solution servidor.edu smtp\n  C: QUIT\nend\n"
                                          << next << 1 << "exercise without \"end\"" << 1;
    QTest::newRow("fault on an unknown server") << world + "fault mail.edu reply \"452 full\" at RCPT\n"
                                                << next << 7 << "unknown server \"mail.edu\"" << 1;
    QTest::newRow("down without host")
        << world + "down\n"
        << next << 5 << "expected a host name such as servidor.edu after \"down\"" << 1;
    QTest::newRow("down for no time")
        << world + "down servidor.edu for 0\n"
        << next << 23 << "expected a number of seconds from 1 to 3600 after \"for\", found \"0\"" << 1;
    QTest::newRow("down with junk") << world + "down servidor.edu later\n"
                                    << next << 19 << "expected \"for\" after the host name, found \"later\""
                                    << 1;
    QTest::newRow("up for a time") << world + "up servidor.edu for 3\n"
                                   << next << 17 << "unexpected \"for\" at the end of the \"up\" statement"
                                   << 1;
    QTest::newRow("up on an unknown server") << world + "up mail.edu\n"
                                             << next << 4 << "unknown server \"mail.edu\"" << 1;
    // browse CLIENT …: the client's browser on the webmail in front of its server.
    const QByteArray webmail = world + "webmail webmail.servidor.edu for servidor.edu\n";
    QTest::newRow("browse without a webmail")
        << world + "browse fran login\n"
        << next << 8
        << "no webmail serves \"servidor.edu\", the domain of client \"fran\"; add a line "
           "\"webmail webmail.servidor.edu for servidor.edu\""
        << 1;
    QTest::newRow("browse for an unknown client") << webmail + "browse fram login\n"
                                                  << next + 1 << 8 << "unknown client \"fram\"" << 1;
    QTest::newRow("browse with an unknown action")
        << webmail + "browse fran look\n"
        << next + 1 << 13
        << "expected \"login\", \"read\", \"send\", \"reply\", \"delete\", \"open\" or \"logout\" after the "
           "client name, found \"look\""
        << 1;
    QTest::newRow("browse read without a UID")
        << webmail + "browse fran read \"Quedamos hoxe?\"\n"
        << next + 1 << 18 << "expected a message's UID such as 1 after \"read\"" << 1;
    QTest::newRow("browse reply without a body")
        << webmail + "browse fran reply 1\n"
        << next + 1 << 20 << "expected \"body\" after the UID, found the end of the line" << 1;
    QTest::newRow("browse open without a path")
        << webmail + "browse fran open folder\n"
        << next + 1 << 18 << "expected a quoted path such as \"/folder?name=Sent\" after \"open\"" << 1;
    QTest::newRow("browse send with a stray word")
        << webmail + "browse fran send to ana@cliente.fr subject \"Ola\" body \"Si\" please\n"
        << next + 1 << 60
        << "expected \"subject\", \"body\", \"cc\", \"attach\" or the end of the line, found \"please\"; "
           "text with spaces goes between quotes"
        << 1;
    QTest::newRow("expect browser without page or status")
        << webmail + "expect browser fran contains \"Ola\"\n"
        << next + 1 << 21 << "expected \"page\" or \"status\" after the client name, found \"contains\"" << 1;
    QTest::newRow("expect browser status out of range")
        << webmail + "expect browser fran status 42\n"
        << next + 1 << 28 << "expected an HTTP status such as 200 after \"status\"" << 1;
    // eavesdropper NAME between A B: each of A and B a server or a client.
    QTest::newRow("eavesdropper without between")
        << world + "eavesdropper eva fran servidor.edu\n"
        << next << 18 << "expected \"between\" after the eavesdropper's name, found \"fran\"" << 1;
    QTest::newRow("eavesdropper with one host")
        << world + "eavesdropper eva between fran\n"
        << next << 30 << "expected a host or client name after fran, found the end of the line" << 1;
    QTest::newRow("eavesdropper on an unknown host")
        << world + "eavesdropper eva between fram servidor.edu\n"
        << next << 26
        << "unknown host \"fram\"; declared servers: cliente.fr, servidor.edu; declared clients: ana, fran; "
           "did you mean \"fran\"?"
        << 1;
    QTest::newRow("eavesdropper between a host and itself")
        << world + "eavesdropper eva between fran Fran\n"
        << next << 31 << "an eavesdropper sits between two different hosts; \"Fran\" is named twice" << 1;
    QTest::newRow("eavesdropper named as a host")
        << world + "eavesdropper ana between fran servidor.edu\n"
        << next << 14 << "\"ana\" is already the name of a host" << 1;
    QTest::newRow("eavesdropper twice on a link")
        << world + "eavesdropper eva between fran servidor.edu\neavesdropper eva between servidor.edu fran\n"
        << next + 1 << 14
        << "\"eva\" already listens between servidor.edu and fran on line " + QString::number(next) << 1;
    QTest::newRow("eavesdropper with junk")
        << world + "eavesdropper eva between fran servidor.edu too\n"
        << next << 44 << "unexpected \"too\" at the end of the \"eavesdropper\" statement" << 1;
    QTest::newRow("bad smtputf8 value")
        << world + "set servidor.edu smtputf8 si\n"
        << next << 27 << "expected \"on\" or \"off\" after \"smtputf8\", found \"si\"" << 1;
}

void TestScenarioParser::brokenInput()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    QFETCH(int, count);
    QVERIFY2(!content.isNull() || QTest::currentDataTag() == QByteArray("empty file"), "test file missing");

    QList<ScenarioError> errors;
    ScenarioParser::parse(QStringLiteral("broken.scenario"), content, &errors);
    QVERIFY(!errors.isEmpty());
    const ScenarioError &first = errors.first();
    QVERIFY2(first.message.contains(fragment), qPrintable(describe(errors)));
    QCOMPARE(first.location.file, QStringLiteral("broken.scenario"));
    QCOMPARE(first.location.line, line);
    QCOMPARE(first.location.column, column);
    if (count >= 0)
        QVERIFY2(errors.size() == count, qPrintable(describe(errors)));
    for (const ScenarioError &error : errors)
        QVERIFY(error.message.size() < 400);
}

void TestScenarioParser::collectsEveryError()
{
    const QByteArray content = "server cliente.fr\n"
                               "sever servidor.edu\n"
                               "user ana@cliente.fr pasword x\n"
                               "send bea to ana@cliente.fr\n"
                               "say gl \"ola\n";
    QList<ScenarioError> errors;
    ScenarioParser::parse(QStringLiteral("many.scenario"), content, &errors);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.at(0).location.line, 2);
    QVERIFY(errors.at(0).message.contains(QStringLiteral("did you mean \"server\"")));
    QCOMPARE(errors.at(1).location.line, 3);
    QCOMPARE(errors.at(2).location.line, 4);
    QVERIFY(errors.at(2).message.contains(QStringLiteral("unknown client \"bea\"")));
    QCOMPARE(errors.at(3).location.line, 5);
}

void TestScenarioParser::garbageStaysBounded()
{
    QByteArray garbage;
    for (int i = 0; i < 100000; ++i)
        garbage.append(char((i * 7919) % 256));
    QList<ScenarioError> errors;
    ScenarioParser::parse(QStringLiteral("garbage"), garbage, &errors);
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.size() <= ScenarioParser::MaximumErrors);
    QVERIFY(errors.last().message.contains(QStringLiteral("too many errors")));
    for (const ScenarioError &error : errors) {
        for (QChar c : error.message)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(error.toString()));
    }
}

void TestScenarioParser::quotedTextAndComments()
{
    const QByteArray content = QByteArray(World) + "# a comment line\n"
        + "\tsend ana to fran@servidor.edu,  ana@cliente.fr subject \"Ola # non é comentario\""
          " body \"Liña 1\\nDi \\\"ola\\\"\\\\\"   # comment\n"
        + "say \xe2\x80\x9c"
          "Comiñas curvas\xe2\x80\x9d\n"
        + "say es \"caf\xe9 en Latin-1\"\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("x.scenario"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.name, QStringLiteral("x"));
    QCOMPARE(scenario.steps.size(), 2);
    const ScenarioStep &send = scenario.steps.at(0);
    QCOMPARE(send.recipients,
             (QStringList{QStringLiteral("fran@servidor.edu"), QStringLiteral("ana@cliente.fr")}));
    QCOMPARE(send.subject, QStringLiteral("Ola # non é comentario"));
    QCOMPARE(send.body, QStringLiteral("Liña 1\nDi \"ola\"\\"));
    QCOMPARE(send.location.line, WorldLines + 2);
    QCOMPARE(send.location.column, 2);
    QCOMPARE(scenario.steps.at(1).text.value(QString()), QStringLiteral("Comiñas curvas"));
    QCOMPARE(scenario.steps.at(1).text.value(QStringLiteral("es")), QStringLiteral("café en Latin-1"));
}

void TestScenarioParser::sayLinesMerge()
{
    const QByteArray content = QByteArray(World)
        + "say gl \"un\"\nsay es \"uno\"\n\n# comment between\nsay en \"one\"\n"
        + "say gl \"dous\"\nsay gl \"tres\"\nwait\nsay es \"cuatro\"\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("say"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 5);
    QCOMPARE(scenario.steps.at(0).text.size(), 3);
    QCOMPARE(scenario.steps.at(0).text.value(QStringLiteral("en")), QStringLiteral("one"));
    QCOMPARE(scenario.steps.at(1).text.value(QStringLiteral("gl")), QStringLiteral("dous"));
    QCOMPARE(scenario.steps.at(2).text.value(QStringLiteral("gl")), QStringLiteral("tres"));
    QCOMPARE(scenario.steps.at(3).kind, Kind::Wait);
    QCOMPARE(scenario.steps.at(4).text.value(QStringLiteral("es")), QStringLiteral("cuatro"));
    QCOMPARE(Scenario::pick(scenario.steps.at(0).text, QStringLiteral("es")), QStringLiteral("uno"));
    QCOMPARE(Scenario::pick(scenario.steps.at(0).text, QStringLiteral("es_ES")), QStringLiteral("uno"));
    QCOMPARE(Scenario::pick(scenario.steps.at(0).text, QStringLiteral("fr")), QStringLiteral("un"));
}

void TestScenarioParser::sessionScript()
{
    const QByteArray content = QByteArray(World)
        + "session servidor.edu smtp\n"
          "  S: 220 servidor.edu*\n"
          "  # a comment inside the session\n"
          "  C: HELO cliente.fr   \n"
          "  c: NOOP # not a comment\n"
          "  S: 250 *\n"
          "end\n"
          "expect reply 250\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("s"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 2);
    const ScenarioStep &session = scenario.steps.at(0);
    QCOMPARE(session.kind, Kind::Session);
    QCOMPARE(session.host, QStringLiteral("servidor.edu"));
    QCOMPARE(session.service, QStringLiteral("smtp"));
    QCOMPARE(session.script.size(), 4);
    QVERIFY(session.script.at(0).step.isLine(ScriptStep::Side::Server));
    QCOMPARE(session.script.at(0).step.match, ScriptStep::Match::Wildcard);
    QCOMPARE(session.script.at(0).step.text, QStringLiteral("220 servidor.edu*"));
    QVERIFY(session.script.at(0).step.matches(QStringLiteral("220 servidor.edu ESMTP")));
    QVERIFY(!session.script.at(0).step.matches(QStringLiteral("220 outro.edu")));
    QVERIFY(session.script.at(1).step.isLine(ScriptStep::Side::Client));
    QCOMPARE(session.script.at(1).step.match, ScriptStep::Match::Exact);
    QCOMPARE(session.script.at(1).step.text, QStringLiteral("HELO cliente.fr"));
    QCOMPARE(session.script.at(2).step.text, QStringLiteral("NOOP # not a comment"));
    QVERIFY(session.script.at(2).step.isLine(ScriptStep::Side::Client));
    QCOMPARE(session.script.at(2).location.line, WorldLines + 5);
    QCOMPARE(session.script.at(2).location.column, 3);
    QCOMPARE(scenario.steps.at(1).kind, Kind::ExpectReply);
    QCOMPARE(scenario.steps.at(1).code, QStringLiteral("250"));
}

void TestScenarioParser::realServer()
{
    // The student's own Postfix and Dovecot: ports as given, else the standard ones.
    const QByteArray content = "server cliente.fr\n"
                               "server servidor.edu real 127.0.0.1 smtp 2525 POP3 1110 imap 1143\n"
                               "server 2esi.org real 192.168.1.10\n"
                               "dns servidor.edu mx servidor.edu\n"
                               "user ana@cliente.fr password claveana\n"
                               "user fran@servidor.edu password claveejemplo\n"
                               "client ana user ana@cliente.fr\n"
                               "client fran user fran@servidor.edu\n"
                               "send ana to fran@servidor.edu subject \"Ola\" body \"Ola\"\n"
                               "wait\n"
                               "session servidor.edu smtp\n"
                               "C: QUIT\n"
                               "end\n"
                               "fetch fran\n"
                               "expect client fran count 1\n"
                               "expect reply 221\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("o"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(!scenario.server(QStringLiteral("cliente.fr"))->isReal());
    const ScenarioServer *real = scenario.server(QStringLiteral("servidor.edu"));
    QVERIFY(real);
    QVERIFY(real->isReal());
    QCOMPARE(real->realAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(real->address.isEmpty());
    QCOMPARE(real->realPort(QStringLiteral("smtp")), 2525);
    QCOMPARE(real->realPort(QStringLiteral("pop3")), 1110);
    QCOMPARE(real->realPort(QStringLiteral("imap")), 1143);
    QCOMPARE(real->realPort(QStringLiteral("submission")), 587);
    QCOMPARE(real->realPort(QStringLiteral("pop3s")), 995);
    QCOMPARE(real->realPort(QStringLiteral("imaps")), 993);
    const ScenarioServer *lan = scenario.server(QStringLiteral("2esi.org"));
    QVERIFY(lan && lan->isReal());
    QCOMPARE(lan->realAddress, QStringLiteral("192.168.1.10"));
    QCOMPARE(lan->realPort(QStringLiteral("smtp")), 25);
    QCOMPARE(lan->realPort(QStringLiteral("pop3")), 110);
    QCOMPARE(lan->realPort(QStringLiteral("imap")), 143);
}

void TestScenarioParser::settingsAndOptions()
{
    const QByteArray content = "Server Cliente.FR address 127.0.0.3\n"
                               "server servidor.edu\n"
                               "set cliente.fr greet EHLO\n"
                               "set cliente.fr greeting \"Benvida, Ana\"\n"
                               "set cliente.fr max-size 1024\n"
                               "set servidor.edu 8bitmime off\n"
                               "set servidor.edu smtputf8 off\n"
                               "dns servidor.edu mx servidor.edu preference 5\n"
                               "user Fran@Servidor.EDU password \"con espazos\"\n"
                               "client Fran user fran@servidor.edu pop3 keep\n"
                               "fetch fran\n"
                               "expect mailbox FRAN@servidor.edu subject \"Ola\" count 2\n"
                               "expect client FRAN count 0\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("o"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const ScenarioServer *server = scenario.server(QStringLiteral("cliente.fr"));
    QVERIFY(server);
    QCOMPARE(server->domain, QStringLiteral("cliente.fr"));
    QCOMPARE(server->address, QStringLiteral("127.0.0.3"));
    QCOMPARE(server->settings.value(QStringLiteral("greet")), QStringLiteral("ehlo"));
    QCOMPARE(server->settings.value(QStringLiteral("greeting")), QStringLiteral("Benvida, Ana"));
    QCOMPARE(server->settings.value(QStringLiteral("max-size")), QStringLiteral("1024"));
    QCOMPARE(scenario.servers.at(1).settings.value(QStringLiteral("8bitmime")), QStringLiteral("off"));
    QCOMPARE(scenario.servers.at(1).settings.value(QStringLiteral("smtputf8")), QStringLiteral("off"));
    QCOMPARE(scenario.mx.at(0).preference, 5);
    QCOMPARE(scenario.users.at(0).address, QStringLiteral("Fran@servidor.edu"));
    QCOMPARE(scenario.users.at(0).password, QStringLiteral("con espazos"));
    QCOMPARE(scenario.clients.at(0).pop3Mode, Pop3Mode::DownloadAndKeep);
    // References take the declared spelling.
    QCOMPARE(scenario.clients.at(0).user, QStringLiteral("Fran@servidor.edu"));
    QCOMPARE(scenario.steps.at(0).client, QStringLiteral("Fran"));
    QVERIFY(!scenario.steps.at(0).hasPop3Mode);
    QCOMPARE(scenario.steps.at(1).target, QStringLiteral("Fran@servidor.edu"));
    QCOMPARE(scenario.steps.at(1).count, 2);
    QCOMPARE(scenario.steps.at(1).subject, QStringLiteral("Ola"));
    QCOMPARE(scenario.steps.at(2).client, QStringLiteral("Fran"));
    QCOMPARE(scenario.steps.at(2).count, 0);
}

void TestScenarioParser::loadsFileFromDisk()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("aula.scenario"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("server aula.edu\nwait\n");
    file.close();

    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(path, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.name, QStringLiteral("aula"));
    QCOMPARE(scenario.source, path);
    QCOMPARE(scenario.servers.size(), 1);

    // Errors in a file on disk name that file.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("server aula.edu\nwiat\n");
    file.close();
    ScenarioParser::load(path, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toString().left(path.size() + 5), path + QLatin1String(":2:1:"));
}

void TestScenarioParser::sendWithCcAndAttachments()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QVERIFY(QDir(directory.path()).mkdir(QStringLiteral("fotos")));
    const QByteArray png("\x89PNG\r\n\x1a\n fake", 13);
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(directory.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("foto.png"), png));
    QVERIFY(write(QStringLiteral("fotos/a praia.png"), "praia"));
    QVERIFY(write(QStringLiteral("aula.scenario"),
                  QByteArray(World)
                      + "send ana to fran@servidor.edu cc ana@cliente.fr, Pepe@Servidor.EDU attach foto.png"
                        " subject \"Fotos\" attach \"fotos/a praia.png\" body Velaquí\n"
                      + "expect mailbox fran@servidor.edu attachment \"foto.png\"\n"
                      + "expect client fran count 1 attachment \"a praia.png\" subject Fotos\n"));

    // Relative names are found next to the scenario, whatever the current folder.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(directory.filePath(QStringLiteral("aula.scenario")),
                                                   &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 3);
    const ScenarioStep &send = scenario.steps.at(0);
    QCOMPARE(send.recipients, QStringList{QStringLiteral("fran@servidor.edu")});
    QCOMPARE(send.cc, (QStringList{QStringLiteral("ana@cliente.fr"), QStringLiteral("Pepe@servidor.edu")}));
    QCOMPARE(send.subject, QStringLiteral("Fotos"));
    QCOMPARE(send.body, QStringLiteral("Velaquí"));
    QCOMPARE(send.attachments.size(), 2);
    QCOMPARE(send.attachments.at(0).fileName, QStringLiteral("foto.png"));
    QCOMPARE(send.attachments.at(0).data, png);
    QCOMPARE(send.attachments.at(0).path, directory.filePath(QStringLiteral("foto.png")));
    QCOMPARE(send.attachments.at(0).location.line, WorldLines + 1);
    QCOMPARE(send.attachments.at(0).location.column, 75);
    QCOMPARE(send.attachments.at(1).fileName, QStringLiteral("fotos/a praia.png"));
    QCOMPARE(send.attachments.at(1).data, QByteArray("praia"));
    QCOMPARE(scenario.steps.at(1).kind, Kind::ExpectMailbox);
    QCOMPARE(scenario.steps.at(1).attachment, QStringLiteral("foto.png"));
    QCOMPARE(scenario.steps.at(1).count, -1);
    QCOMPARE(scenario.steps.at(2).attachment, QStringLiteral("a praia.png"));
    QCOMPARE(scenario.steps.at(2).subject, QStringLiteral("Fotos"));
    QCOMPARE(scenario.steps.at(2).count, 1);

    // A missing file is an error of its own line and column, naming the file.
    QVERIFY(QFile::remove(directory.filePath(QStringLiteral("foto.png"))));
    errors.clear();
    ScenarioParser::load(directory.filePath(QStringLiteral("aula.scenario")), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).toString().endsWith(
                 QStringLiteral("aula.scenario:%1:75: attachment \"foto.png\" not found; a "
                                "file is looked for in the scenario's folder (%2)")
                     .arg(WorldLines + 1)
                     .arg(directory.path())),
             qPrintable(errors.at(0).toString()));
}

void TestScenarioParser::studentsOnADomain()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(
        QStringLiteral("clase.scenario"),
        QByteArray(World) + "server 2esi.org\nstudents 30 on 2ESI.org\nuser profe@2esi.org password clave\n",
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.students.size(), 30);
    QCOMPARE(scenario.students.first().name, QStringLiteral("alumno1"));
    QCOMPARE(scenario.students.first().address, QStringLiteral("alumno1@2esi.org"));
    QCOMPARE(scenario.students.first().login(), QStringLiteral("alumno1"));
    QCOMPARE(scenario.students.last().address, QStringLiteral("alumno30@2esi.org"));
    QCOMPARE(scenario.students.last().location.line, WorldLines + 2);
    // Each is an account with no password yet: one is generated, never written.
    const ScenarioUser *user = scenario.user(QStringLiteral("alumno7@2esi.org"));
    QVERIFY(user);
    QVERIFY(user->student);
    QVERIFY(user->password.isEmpty());
    QVERIFY(!scenario.user(QStringLiteral("profe@2esi.org"))->student);
    QVERIFY(!scenario.user(QStringLiteral("alumno31@2esi.org")));

    Scenario given = scenario;
    given.giveStudentsPasswords();
    QSet<QString> passwords;
    for (const ScenarioUser &u : std::as_const(given.users)) {
        if (!u.student)
            continue;
        QVERIFY2(QRegularExpression(QStringLiteral("^[bcdfghjkmnprstvz][aeiou][bcdfghjkmnprstvz][aeiou](-["
                                                   "bcdfghjkmnprstvz][aeiou][bcdfghjkmnprstvz][aeiou]){2}$"))
                     .match(u.password)
                     .hasMatch(),
                 qPrintable(u.password));
        passwords.insert(u.password);
    }
    QCOMPARE(passwords.size(), 30); // random: 30 different ones
    QCOMPARE(given.user(QStringLiteral("profe@2esi.org"))->password, QStringLiteral("clave"));

    // Out of range, no domain, an undeclared domain, a clash with a user.
    const struct {
        const char *line;
        int column;
        const char *message;
    } bad[] = {
        {"students 0 on 2esi.org", 10,
         "expected a number of students from 1 to 500 after \"students\", found \"0\""},
        {"students 501 on 2esi.org", 10,
         "expected a number of students from 1 to 500 after \"students\", found \"501\""},
        {"students treinta on 2esi.org", 10, "expected a number of students from 1 to 500"},
        {"students 3", 11, "expected \"on\" after the number of students, found the end of the line"},
        {"students 3 on", 14, "expected a host name such as servidor.edu after \"on\""},
        {"students 3 on nowhere.org", 1, "no server declared for the domain \"nowhere.org\""},
        {"user alumno2@2esi.org password x\nstudents 3 on 2esi.org", 1,
         "user \"alumno2@2esi.org\" is already declared on line 8"},
    };
    for (const auto &b : bad) {
        errors.clear();
        ScenarioParser::parse(QStringLiteral("clase.scenario"),
                              QByteArray(World) + "server 2esi.org\n" + b.line + "\n", &errors);
        QVERIFY2(!errors.isEmpty(), b.line);
        QVERIFY2(errors.first().message.contains(QLatin1String(b.message)), qPrintable(describe(errors)));
        QCOMPARE(errors.first().location.file, QStringLiteral("clase.scenario"));
        QVERIFY2(errors.first().location.line >= WorldLines + 2, qPrintable(describe(errors)));
        QCOMPARE(errors.first().location.column, b.column);
    }
}

void TestScenarioParser::classFromCsv()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(directory.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("alumnos.csv"),
                  "\xEF\xBB\xBF# 2º ESI, A\r\n"
                  "nome,usuario,dominio\r\n"
                  "\"López Pérez, Ana\",ana.lopez,2esi.org\r\n"
                  "\r\n"
                  "Brais Pereira , brais,\r\n"
                  "\"Uxía \"\"Xía\"\" Rey\",uxia,uxia@servidor.edu\r\n"));
    QVERIFY(write(QStringLiteral("clase.scenario"),
                  QByteArray(World) + "server 2esi.org\nclass alumnos.csv on 2esi.org\n"));
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(directory.filePath(QStringLiteral("clase.scenario")),
                                                   &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.students.size(), 3);
    QCOMPARE(scenario.students.at(0).name, QStringLiteral("López Pérez, Ana"));
    QCOMPARE(scenario.students.at(0).address, QStringLiteral("ana.lopez@2esi.org"));
    QCOMPARE(scenario.students.at(0).location.file, directory.filePath(QStringLiteral("alumnos.csv")));
    QCOMPARE(scenario.students.at(0).location.line, 3);
    QCOMPARE(scenario.students.at(1).name, QStringLiteral("Brais Pereira"));
    QCOMPARE(scenario.students.at(1).address, QStringLiteral("brais@2esi.org")); // the domain after "on"
    QCOMPARE(scenario.students.at(2).name, QStringLiteral("Uxía \"Xía\" Rey"));
    QCOMPARE(scenario.students.at(2).address, QStringLiteral("uxia@servidor.edu"));
    QVERIFY(scenario.user(QStringLiteral("uxia@servidor.edu"))->student);

    // Semicolons, as a spreadsheet in Galician saves it; no "on": every row names its domain.
    QVERIFY(write(QStringLiteral("b.csv"), "name;user;address\nAna;ana2;ana2@2esi.org\n"));
    QVERIFY(write(QStringLiteral("b.scenario"), QByteArray(World) + "server 2esi.org\nclass \"b.csv\"\n"));
    errors.clear();
    const Scenario b = ScenarioParser::load(directory.filePath(QStringLiteral("b.scenario")), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(b.students.size(), 1);
    QCOMPARE(b.students.first().address, QStringLiteral("ana2@2esi.org"));

    // The examples under scenarios/examples parse, in every language.
    errors.clear();
    const Scenario example = ScenarioParser::load(
        QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/examples/clase-2esi.scenario"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(example.students.size(), 30);
    QCOMPARE(example.title.keys(),
             (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("gl")}));
    const Scenario fromCsv = ScenarioParser::load(
        QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/examples/clase-csv.scenario"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(fromCsv.students.size(), 3);
    QCOMPARE(fromCsv.students.first().name, QStringLiteral("López Pérez, Ana"));
    const Scenario exercises = ScenarioParser::load(
        QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/examples/clase-exercicios.scenario"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(exercises.students.size(), 30);
    const auto mailboxChecks = std::count_if(
        exercises.steps.cbegin(), exercises.steps.cend(),
        [](const ScenarioStep &s) { return s.exerciseCheck && s.kind == ScenarioStep::Kind::ExpectMailbox; });
    QCOMPARE(mailboxChecks, 2);
    QCOMPARE(exercises.steps.last().target, ScenarioStep::studentPlaceholder());
    // The story the teacher projects while the class answers its questions.
    const Scenario predicting = ScenarioParser::load(
        QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/examples/clase-predicir.scenario"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(predicting.students.size(), 30);
    const auto predictions = std::count_if(
        predicting.steps.cbegin(), predicting.steps.cend(),
        [](const ScenarioStep &s) { return s.kind == ScenarioStep::Kind::Predict; });
    QCOMPARE(predictions, 2);

    // "{student}" is each student's own address: only in a check, only with a class.
    const QByteArray exercise =
        "exercise\n  goal en \"Empty your mailbox\"\n  check mailbox {student} count 0\nend\n";
    errors.clear();
    ScenarioParser::parse(QStringLiteral("c.scenario"), QByteArray(World) + exercise, &errors);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(
        errors.first().message.contains(QLatin1String("{student} is each student's own address, and this "
                                                      "scenario declares no class")),
        qPrintable(describe(errors)));
    errors.clear();
    ScenarioParser::parse(QStringLiteral("c.scenario"),
                          QByteArray(World) + "expect mailbox {student} count 0\n", &errors);
    QVERIFY2(!errors.isEmpty() && errors.first().message.contains(QLatin1String("e-mail address")),
             qPrintable(describe(errors)));
    errors.clear();
    const Scenario graded = ScenarioParser::parse(
        QStringLiteral("c.scenario"),
        QByteArray(World) + "server 2esi.org\nstudents 2 on 2esi.org\n" + exercise, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestScenarioParser::privateWorlds()
{
    // "students … private": a world for each student; without it, none.
    QList<ScenarioError> errors;
    Scenario scenario = ScenarioParser::parse(
        QStringLiteral("clase.scenario"),
        QByteArray(World) + "server 2esi.org\nstudents 5 on 2esi.org private\n", &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(scenario.privateWorlds);
    QCOMPARE(scenario.students.size(), 5);
    scenario = ScenarioParser::parse(QStringLiteral("clase.scenario"),
                                     QByteArray(World) + "server 2esi.org\nstudents 5 on 2esi.org\n",
                                     &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(!scenario.privateWorlds);
    // Two lines that agree; "PRIVATE" in any case.
    scenario = ScenarioParser::parse(
        QStringLiteral("clase.scenario"),
        QByteArray(World)
            + "server 2esi.org\nstudents 2 on 2esi.org Private\nstudents 1 on servidor.edu private\n",
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(scenario.privateWorlds);
    QCOMPARE(scenario.students.size(), 3);

    // "class FILE private" and "class FILE on DOMAIN private".
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(directory.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("alumnos.csv"), "name,user,domain\nAna,ana,2esi.org\nBrais,brais,\n"));
    const auto load = [&](const QByteArray &lines) {
        errors.clear();
        write(QStringLiteral("clase.scenario"), QByteArray(World) + "server 2esi.org\n" + lines);
        return ScenarioParser::load(directory.filePath(QStringLiteral("clase.scenario")), &errors);
    };
    scenario = load("class alumnos.csv on 2esi.org private\n");
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(scenario.privateWorlds);
    QCOMPARE(scenario.students.size(), 2);
    QVERIFY(write(QStringLiteral("b.csv"), "name,user,domain\nEva,eva,2esi.org\n"));
    scenario = load("class b.csv private\n");
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(scenario.privateWorlds);
    QCOMPARE(scenario.students.first().address, QStringLiteral("eva@2esi.org"));
    scenario = load("class b.csv\n");
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(!scenario.privateWorlds);

    // The example of a class with private worlds.
    const Scenario example = ScenarioParser::load(
        QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/examples/clase-privada.scenario"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(example.privateWorlds);
    QCOMPARE(example.students.size(), 30);
    // A student's own world: of the class only them, the other users too, no steps.
    const Scenario third = example.privateWorldOf(2);
    QCOMPARE(third.students.size(), 1);
    QCOMPARE(third.students.first().address, QStringLiteral("alumno3@servidor.edu"));
    QVERIFY(third.user(QStringLiteral("alumno3@servidor.edu")));
    QVERIFY(!third.user(QStringLiteral("alumno2@servidor.edu")));
    QVERIFY(third.user(QStringLiteral("ana@cliente.fr")));
    QVERIFY(third.steps.isEmpty());
    QCOMPARE(third.servers.size(), example.servers.size());

    // Twice on a line, lines that disagree (either way), a word after it.
    const struct {
        const char *lines;
        int line; // after the world's lines and "server 2esi.org"
        int column;
        const char *message;
    } bad[] = {
        {"students 3 on 2esi.org private private\n", 1, 32,
         "\"private\" is given twice in the \"students\" statement"},
        {"class b.csv private private\n", 1, 21, "\"private\" is given twice in the \"class\" statement"},
        {"students 3 on 2esi.org private\nstudents 2 on servidor.edu\n", 2, 1,
         "the class line on line %1 says \"private\" but this one does not"},
        {"students 3 on 2esi.org\nclass b.csv on 2esi.org private\n", 2, 1,
         "this class line says \"private\" but the one on line %1 does not"},
        {"students 3 on 2esi.org private now\n", 1, 32,
         "unexpected \"now\" at the end of the \"students\" statement"},
        {"class b.csv privately\n", 1, 13, "expected \"on\" after the file name"},
    };
    for (const auto &b : bad) {
        const Scenario broken = load(b.lines);
        QVERIFY2(!errors.isEmpty(), b.lines);
        const QString message = QString::fromUtf8(b.message).replace(QLatin1String("%1"),
                                                                     QString::number(WorldLines + 2));
        QVERIFY2(errors.first().message.contains(message), qPrintable(describe(errors)));
        QCOMPARE(errors.first().location.line, WorldLines + 1 + b.line);
        QCOMPARE(errors.first().location.column, b.column);
    }
}

void TestScenarioParser::classFileProblems_data()
{
    QTest::addColumn<QByteArray>("csv"); // empty: no file at all
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("inCsv"); // the error names the CSV file (else the scenario)
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    const int at = WorldLines + 2;
    QTest::newRow("missing file")
        << QByteArray() << "class alumnos.csv on 2esi.org" << false << at
        << "the class file \"alumnos.csv\" was not found; it is looked for in the scenario's folder (%1)";
    QTest::newRow("no header") << QByteArray("Ana,ana\n") << "class alumnos.csv on 2esi.org" << true << 1
                               << "expected a header line \"name,user\" or \"name,user,domain\"";
    QTest::newRow("too few fields") << QByteArray("name,user\nAna,ana\nBrais\n")
                                    << "class alumnos.csv on 2esi.org" << true << 3
                                    << "expected 2 fields as in the header, found 1: \"Brais\"";
    QTest::newRow("quote not closed")
        << QByteArray("name,user\n\"Ana,ana\n") << "class alumnos.csv on 2esi.org" << true << 2
        << "a quoted field is not closed";
    QTest::newRow("bad user") << QByteArray("name,user\nAna,Ana López\n") << "class alumnos.csv on 2esi.org"
                              << true << 2 << "expected a user name such as alumno1";
    QTest::newRow("no domain") << QByteArray("name,user\nAna,ana\n") << "class alumnos.csv" << true << 2
                               << "no domain for \"ana\": add a domain column, or \"on DOMAIN\"";
    QTest::newRow("address of another user")
        << QByteArray("name,user,address\nAna,ana,eva@2esi.org\n") << "class alumnos.csv" << true << 2
        << "expected the address ana@DOMAIN";
    QTest::newRow("twice") << QByteArray("name,user\nAna,ana\nAna B,ana\n") << "class alumnos.csv on 2esi.org"
                           << true << 3 << "user \"ana@2esi.org\" is already declared";
    QTest::newRow("undeclared domain")
        << QByteArray("name,user,domain\nAna,ana,nowhere.org\n") << "class alumnos.csv" << true << 2
        << "no server declared for the domain \"nowhere.org\"";
    QTest::newRow("empty") << QByteArray("name,user\n") << "class alumnos.csv on 2esi.org" << false << at
                           << "names no student";
    QTest::newRow("binary") << QByteArray("name,user\n\x01\x02,x\n") << "class alumnos.csv on 2esi.org"
                            << true << 2 << "";
}

void TestScenarioParser::classFileProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, statement);
    QFETCH(bool, inCsv);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    if (!csv.isNull()) {
        QFile file(directory.filePath(QStringLiteral("alumnos.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }
    const QString scenarioFile = directory.filePath(QStringLiteral("clase.scenario"));
    QFile file(scenarioFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(World) + "server 2esi.org\n" + statement.toUtf8() + "\n");
    file.close();
    QList<ScenarioError> errors;
    ScenarioParser::load(scenarioFile, &errors);
    QVERIFY(!errors.isEmpty());
    const ScenarioError &first = errors.first();
    QVERIFY2(first.message.contains(fragment.replace(QLatin1String("%1"), directory.path())),
             qPrintable(describe(errors)));
    QCOMPARE(first.location.file, inCsv ? directory.filePath(QStringLiteral("alumnos.csv")) : scenarioFile);
    QCOMPARE(first.location.line, line);
}

void TestScenarioParser::builtInAttachmentIsRead()
{
    // Built-in scenarios read their files from the same resource folder.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran-attachment"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const auto send = std::find_if(scenario.steps.cbegin(), scenario.steps.cend(),
                                   [](const ScenarioStep &s) { return s.kind == Kind::Send; });
    QVERIFY(send != scenario.steps.cend());
    QCOMPARE(send->attachments.size(), 1);
    QCOMPARE(send->attachments.first().path, QStringLiteral(":/scenarios/foto-praia.png"));
    QVERIFY(send->attachments.first().data.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(send->attachments.first().data.size() > 1000);
}

void TestScenarioParser::utf8LocalPart()
{
    // RFC 6531: a local part may be UTF-8 (the mail then needs SMTPUTF8); a
    // domain names a declared server, so it stays ASCII.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(
        QStringLiteral("u"),
        QByteArray(World)
            + "user jos\xc3\xa9@servidor.edu password x\n"
              "send ana to jos\xc3\xa9@servidor.edu cc fran@servidor.edu\n",
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.first().recipients, QStringList{QStringLiteral("josé@servidor.edu")});
    ScenarioParser::parse(QStringLiteral("u"), QByteArray(World) + "send ana to fran@servid\xc3\xb3r.edu\n",
                          &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().location.column, 13);
}

void TestScenarioParser::fileNotFound_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing path") << QStringLiteral("/nonexistent/aula.scenario")
                                  << QStringLiteral("\"/nonexistent/aula.scenario\" not found");
    QTest::newRow("missing file name") << QStringLiteral("aula-inexistente.scenario")
                                       << QStringLiteral("\"aula-inexistente.scenario\" not found");
    QTest::newRow("unknown built-in name")
        << QStringLiteral("bea-carlos")
        << QStringLiteral("no built-in scenario named \"bea-carlos\"; built-in scenarios: "
                          "ana-fran");
}

void TestScenarioParser::fileNotFound()
{
    QFETCH(QString, name);
    QFETCH(QString, fragment);
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(name, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).message.contains(fragment), qPrintable(errors.at(0).toString()));
    QCOMPARE(errors.at(0).location.file, name);
    QVERIFY(scenario.servers.isEmpty());
}

void TestScenarioParser::errorToString()
{
    ScenarioError error;
    error.location = {QStringLiteral("aula.scenario"), 3, 7};
    error.message = QStringLiteral("unknown statement \"sned\"");
    QCOMPARE(error.toString(), QStringLiteral("aula.scenario:3:7: unknown statement \"sned\""));
    error.location.line = 0;
    QCOMPARE(error.toString(), QStringLiteral("aula.scenario: unknown statement \"sned\""));
}

void TestScenarioParser::expectBodyAndFarDomains()
{
    // A domain far from every served one may be the lesson (a bounce); one
    // served by an MX record is served.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(
        QStringLiteral("body.scenario"),
        QByteArray(World)
            + "dns instituto.edu mx servidor.edu\n"
              "send ana to pepe@outro.org, pepe@instituto.edu cc x@Servidor.EDU body \"A que hora\"\n"
              "expect client fran body \"a que HORA\"\n"
              "expect mailbox fran@servidor.edu count 1 body Hora subject x\n",
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 3);
    QCOMPARE(scenario.steps.at(1).kind, ScenarioStep::Kind::ExpectClient);
    QCOMPARE(scenario.steps.at(1).body, QStringLiteral("a que HORA"));
    QCOMPARE(scenario.steps.at(2).body, QStringLiteral("Hora"));
    QCOMPARE(scenario.steps.at(2).subject, QStringLiteral("x"));
    QCOMPARE(scenario.steps.at(2).count, 1);
}

void TestScenarioParser::eavesdroppers()
{
    // Declared in any order, names given their declared spelling; the same
    // eavesdropper may listen on several links.
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("eva.scenario"),
                                                    "eavesdropper eva between Fran SERVIDOR.edu\n"
                                                    "eavesdropper eva between ana cliente.fr\n"
                                                    "eavesdropper mallory between cliente.fr servidor.edu\n"
                                                        + QByteArray(World),
                                                    &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.eavesdroppers.size(), 3);
    QCOMPARE(scenario.eavesdroppers.at(0).name, QStringLiteral("eva"));
    QCOMPARE(scenario.eavesdroppers.at(0).a, QStringLiteral("fran"));
    QCOMPARE(scenario.eavesdroppers.at(0).b, QStringLiteral("servidor.edu"));
    QCOMPARE(scenario.eavesdroppers.at(0).location.line, 1);
    QCOMPARE(scenario.eavesdropperNames(), QStringList({QStringLiteral("eva"), QStringLiteral("mallory")}));
    QVERIFY(scenario.eavesdropperTaps(QStringLiteral("eva"), QStringLiteral("servidor.edu"),
                                      QStringLiteral("fran")));
    QVERIFY(scenario.eavesdropperTaps(QStringLiteral("eva"), QStringLiteral("ana"),
                                      QStringLiteral("cliente.fr")));
    QVERIFY(!scenario.eavesdropperTaps(QStringLiteral("eva"), QStringLiteral("cliente.fr"),
                                       QStringLiteral("servidor.edu")));

    // The built-in scenario puts Eva between Fran (both clients) and servidor.edu.
    const Scenario builtIn = ScenarioParser::load(QStringLiteral("eavesdropper"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(builtIn.eavesdropperTaps(QStringLiteral("eva"), QStringLiteral("fran"),
                                     QStringLiteral("servidor.edu")));
    QVERIFY(builtIn.eavesdropperTaps(QStringLiteral("eva"), QStringLiteral("fran-seguro"),
                                     QStringLiteral("servidor.edu")));
    // No declaration, no eavesdropper.
    QVERIFY(ScenarioParser::load(QStringLiteral("ana-fran"), &errors).eavesdroppers.isEmpty());
}

void TestScenarioParser::browseSteps()
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(
        QStringLiteral("browse.scenario"),
        QByteArray(World)
            + "webmail webmail.servidor.edu for servidor.edu\n"
              "browse Fran login\n"
              "browse fran read 3 in Traballo\n"
              "browse fran send to ana@cliente.fr, eva@cliente.fr cc ana@cliente.fr subject \"Ola\" body "
              "\"Si\"\n"
              "browse fran reply 2 body \"Vale\"\n"
              "browse fran delete 4\n"
              "browse fran open \"/folder?name=Sent\"\n"
              "browse fran logout\n"
              "expect browser fran page not contains \"Ola\"\n"
              "expect browser fran status 303\n",
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 9);
    const ScenarioStep &login = scenario.steps.at(0);
    QCOMPARE(login.kind, ScenarioStep::Kind::Browse);
    QCOMPARE(login.client, QStringLiteral("fran")); // the declared spelling
    QCOMPARE(login.browseVerb, QStringLiteral("login"));
    QCOMPARE(scenario.steps.at(1).uid, 3);
    QCOMPARE(scenario.steps.at(1).folder, QStringLiteral("Traballo"));
    const ScenarioStep &send = scenario.steps.at(2);
    QCOMPARE(send.recipients,
             QStringList({QStringLiteral("ana@cliente.fr"), QStringLiteral("eva@cliente.fr")}));
    QCOMPARE(send.cc, QStringList({QStringLiteral("ana@cliente.fr")}));
    QCOMPARE(send.subject, QStringLiteral("Ola"));
    QCOMPARE(send.body, QStringLiteral("Si"));
    QCOMPARE(scenario.steps.at(3).browseVerb, QStringLiteral("reply"));
    QCOMPARE(scenario.steps.at(3).uid, 2);
    QCOMPARE(scenario.steps.at(3).body, QStringLiteral("Vale"));
    QCOMPARE(scenario.steps.at(4).uid, 4);
    QVERIFY(scenario.steps.at(4).folder.isEmpty()); // INBOX
    QCOMPARE(scenario.steps.at(5).path, QStringLiteral("/folder?name=Sent"));
    QCOMPARE(scenario.steps.at(6).browseVerb, QStringLiteral("logout"));
    const ScenarioStep &page = scenario.steps.at(7);
    QCOMPARE(page.kind, ScenarioStep::Kind::ExpectBrowser);
    QVERIFY(page.withoutFlag);
    QCOMPARE(page.body, QStringLiteral("Ola"));
    QCOMPARE(page.count, -1);
    QCOMPARE(scenario.steps.at(8).count, 303);
}

void TestScenarioParser::faultsAndDowntime()
{
    const QByteArray content = QByteArray(World)
        + "fault Servidor.edu reply \"452 4.2.2 Mailbox full\" at rcpt for Fran@Servidor.EDU\n"
          "fault servidor.edu reply \"-ERR [AUTH] invalid password\" at PASS for fran\n"
          "FAULT servidor.edu reply \"421 4.3.2 Shutting down\" at DATA\n"
          "down servidor.edu for 3\n"
          "down cliente.fr\n"
          "up cliente.fr\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("f"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 6);
    const ScenarioStep &full = scenario.steps.at(0);
    QCOMPARE(full.kind, Kind::Fault);
    QCOMPARE(full.host, QStringLiteral("servidor.edu"));
    QCOMPARE(full.reply, QStringLiteral("452 4.2.2 Mailbox full"));
    QCOMPARE(full.command, QStringLiteral("RCPT"));
    QCOMPARE(full.faultFor, QStringLiteral("Fran@servidor.edu"));
    QCOMPARE(full.location.line, WorldLines + 1);
    QCOMPARE(scenario.steps.at(1).command, QStringLiteral("PASS"));
    QCOMPARE(scenario.steps.at(1).faultFor, QStringLiteral("fran"));
    QCOMPARE(scenario.steps.at(2).command, QStringLiteral("DATA"));
    QVERIFY(scenario.steps.at(2).faultFor.isEmpty());
    QCOMPARE(scenario.steps.at(3).kind, Kind::Down);
    QCOMPARE(scenario.steps.at(3).seconds, 3);
    QCOMPARE(scenario.steps.at(4).kind, Kind::Down);
    QCOMPARE(scenario.steps.at(4).seconds, 0);
    QCOMPARE(scenario.steps.at(5).kind, Kind::Up);
    QCOMPARE(scenario.steps.at(5).host, QStringLiteral("cliente.fr"));
}

void TestScenarioParser::exercisesPredictionsAndLinks()
{
    const QByteArray content = QByteArray(World)
        + "fault servidor.edu cut at DATA for fran@servidor.edu during 4\n"
          "slow servidor.edu 800\n"
          "predict servidor.edu at RCPT for Fran@Servidor.edu choices 250, 452,550\n"
          "predict servidor.edu at pass\n"
          "exercise\n"
          "  goal gl \"Envía unha mensaxe a Fran\"\n"
          "  goal en \"Send Fran a message\"\n"
          "  hint gl \"Conéctate ao porto 25\"\n"
          "  hint en \"Connect to port 25\"\n"
          "  hint gl \"Remata con un punto\"\n"
          "  check mailbox fran@servidor.edu count 1 header From \"ana@cliente.fr\"\n"
          "  check reply 250\n"
          "  solution servidor.edu smtp\n"
          "    S: 220 *\n"
          "    C: QUIT\n"
          "    S: 221 *\n"
          "  end\n"
          "end\n"
          "say \"after\"\n";
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::parse(QStringLiteral("e"), content, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(scenario.steps.size(), 8);
    const ScenarioStep &cut = scenario.steps.at(0);
    QCOMPARE(cut.kind, Kind::Fault);
    QVERIFY(cut.cut);
    QVERIFY(cut.reply.isEmpty());
    QCOMPARE(cut.command, QStringLiteral("DATA"));
    QCOMPARE(cut.faultFor, QStringLiteral("fran@servidor.edu"));
    QCOMPARE(cut.seconds, 4);
    QCOMPARE(scenario.steps.at(1).kind, Kind::Slow);
    QCOMPARE(scenario.steps.at(1).milliseconds, 800);
    const ScenarioStep &predict = scenario.steps.at(2);
    QCOMPARE(predict.kind, Kind::Predict);
    QCOMPARE(predict.command, QStringLiteral("RCPT"));
    QCOMPARE(predict.faultFor, QStringLiteral("Fran@servidor.edu"));
    QCOMPARE(predict.choices, QStringList({"250", "452", "550"}));
    QCOMPARE(scenario.steps.at(3).command, QStringLiteral("PASS"));
    QVERIFY(scenario.steps.at(3).choices.isEmpty());
    const ScenarioStep &exercise = scenario.steps.at(4);
    QCOMPARE(exercise.kind, Kind::Exercise);
    QCOMPARE(exercise.location.line, WorldLines + 5);
    QCOMPARE(exercise.text.value("gl"), QStringLiteral("Envía unha mensaxe a Fran"));
    QCOMPARE(exercise.text.value("en"), QStringLiteral("Send Fran a message"));
    QCOMPARE(exercise.hints.size(), 2);
    QCOMPARE(exercise.hints.at(0).value("en"), QStringLiteral("Connect to port 25"));
    QCOMPARE(exercise.hints.at(1).value("gl"), QStringLiteral("Remata con un punto"));
    QCOMPARE(exercise.host, QStringLiteral("servidor.edu"));
    QCOMPARE(exercise.service, QStringLiteral("smtp"));
    QCOMPARE(exercise.script.size(), 3);
    QCOMPARE(scenario.steps.at(5).kind, Kind::ExpectMailbox);
    QVERIFY(scenario.steps.at(5).exerciseCheck);
    QCOMPARE(scenario.steps.at(5).header, QStringLiteral("From"));
    QCOMPARE(scenario.steps.at(5).headerText, QStringLiteral("ana@cliente.fr"));
    QCOMPARE(scenario.steps.at(5).count, 1);
    QCOMPARE(scenario.steps.at(6).kind, Kind::ExpectReply);
    QVERIFY(scenario.steps.at(6).exerciseCheck);
    QCOMPARE(scenario.steps.at(7).kind, Kind::Say);
    QVERIFY(!scenario.steps.at(7).exerciseCheck);
}

void TestScenarioParser::scriptLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("milliseconds");
    QTest::addColumn<int>("column");

    const int line = int(Step::Kind::Line);
    const int client = int(Step::Side::Client);
    const int server = int(Step::Side::Server);
    const int exact = int(Step::Match::Exact);
    const int pattern = int(Step::Match::Pattern);
    QTest::newRow("C:") << "C: HELO cliente.fr" << line << client << exact << "HELO cliente.fr" << 0 << 1;
    QTest::newRow("S:") << "S: 220 servidor.edu" << line << server << exact << "220 servidor.edu" << 0 << 1;
    QTest::newRow("empty line") << "S:" << line << server << exact << "" << 0 << 1;
    QTest::newRow("no space") << "C:QUIT" << line << client << exact << "QUIT" << 0 << 1;
    QTest::newRow("one space taken, the rest kept")
        << "C:  \tby cliente.fr " << line << client << exact << " \tby cliente.fr " << 0 << 1;
    QTest::newRow("'#' is text") << "C: NOOP # not a comment" << line << client << exact
                                 << "NOOP # not a comment" << 0 << 1;
    QTest::newRow("'*' is text") << "S: 250 *" << line << server << exact << "250 *" << 0 << 1;
    QTest::newRow("lower case, indented") << "  s: 250 ok" << line << server << exact << "250 ok" << 0 << 3;
    QTest::newRow("S~") << "S~ \\+OK POP3 .*" << line << server << pattern << "\\+OK POP3 .*" << 0 << 1;
    QTest::newRow("C~") << "C~ MAIL FROM:.*" << line << client << pattern << "MAIL FROM:.*" << 0 << 1;
    QTest::newRow("X") << "X" << int(Step::Kind::Drop) << client << exact << "" << 0 << 1;
    QTest::newRow("X with spaces") << " X  " << int(Step::Kind::Drop) << client << exact << "" << 0 << 2;
    QTest::newRow("T") << "T" << int(Step::Kind::Timeout) << client << exact << "" << 0 << 1;
    QTest::newRow("W:") << "W: 250" << int(Step::Kind::Wait) << client << exact << "" << 250 << 1;
}

void TestScenarioParser::scriptLines()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(int, side);
    QFETCH(int, match);
    QFETCH(QString, text);
    QFETCH(int, milliseconds);
    QFETCH(int, column);
    const ScriptNotation::LineReading reading = ScriptNotation::readLine(line, 7);
    QVERIFY2(reading.kind == Reading::Step, qPrintable(reading.problem));
    QCOMPARE(int(reading.step.kind), kind);
    if (reading.step.kind == Step::Kind::Line) {
        QCOMPARE(int(reading.step.side), side);
        QCOMPARE(int(reading.step.match), match);
    }
    QCOMPARE(reading.step.text, text);
    QCOMPARE(reading.step.milliseconds, milliseconds);
    QCOMPARE(reading.step.line, 7);
    QCOMPARE(reading.step.column, column);

    // Blank lines and comments, anywhere, are no steps.
    for (const char *skipped : {"", "   ", "# a comment", "   # indented"})
        QCOMPARE(ScriptNotation::readLine(QString::fromLatin1(skipped), 1).kind, Reading::Skip);
}

void TestScenarioParser::scriptNotAStep_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("other tag") << "Q: 250 ok";
    QTest::newRow("a tag alone") << "C";
    QTest::newRow("no tag") << "HELO cliente.fr";
    QTest::newRow("wait without a number") << "W: soon";
    QTest::newRow("negative wait") << "W: -5";
    QTest::newRow("broken pattern") << "S~ 250 (";
    QTest::newRow("X with more") << "X 2";
}

void TestScenarioParser::scriptNotAStep()
{
    QFETCH(QString, line);
    const ScriptNotation::LineReading reading = ScriptNotation::readLine(line, 1);
    QCOMPARE(reading.kind, Reading::Unknown);
    QVERIFY(!reading.problem.isEmpty());
}

void TestScenarioParser::scenarioSessionDialect()
{
    // What teachers' files have always meant: text trimmed, '*' in S: lines.
    ScriptNotation::LineReading reading = ScriptNotation::readLine(u"  S:   250 *  ", 3,
                                                                   Dialect::ScenarioSession);
    QCOMPARE(reading.kind, Reading::Step);
    QVERIFY(reading.step.isLine(Step::Side::Server));
    QCOMPARE(reading.step.match, Step::Match::Wildcard);
    QCOMPARE(reading.step.text, QStringLiteral("250 *"));
    QCOMPARE(reading.step.column, 3);
    reading = ScriptNotation::readLine(u"\tC: MAIL FROM:<*@x>  ", 4, Dialect::ScenarioSession);
    QVERIFY(reading.step.isLine(Step::Side::Client));
    QCOMPARE(reading.step.match, Step::Match::Exact); // sent as written, '*' included
    QCOMPARE(reading.step.text, QStringLiteral("MAIL FROM:<*@x>"));
    QCOMPARE(ScriptNotation::readLine(u"  # note", 5, Dialect::ScenarioSession).kind, Reading::Skip);
    // The tests' steps are not a scenario's: the scenario parser reports them.
    for (const char16_t *line : {u"S~ 250 .*", u"X", u"T", u"W: 10", u"end"})
        QCOMPARE(ScriptNotation::readLine(line, 6, Dialect::ScenarioSession).kind, Reading::Unknown);
}

void TestScenarioParser::scriptParseStopsAtTheFirstBadLine()
{
    const ScriptNotation::Script script = ScriptNotation::parse(
        u"# the course\r\nS: 220 servidor.edu\r\nC: HELO cliente.fr\r\n\r\nS~ 250 .*\nwhat\nX\n");
    QVERIFY(!script.ok());
    QCOMPARE(script.errorLine, 6);
    QCOMPARE(script.steps.size(), 3); // the steps before it
    QCOMPARE(script.steps.at(0).text, QStringLiteral("220 servidor.edu")); // no CR
    QCOMPARE(script.steps.at(1).line, 3);
    QCOMPARE(script.steps.at(2).line, 5);

    const ScriptNotation::Script good = ScriptNotation::parse(u"S: 220 x\nC: QUIT\nX\n");
    QVERIFY(good.ok());
    QCOMPARE(good.errorLine, 0);
    QCOMPARE(good.steps.size(), 3);
}

void TestScenarioParser::scriptMatches()
{
    Step exact;
    exact.text = QStringLiteral("250 ok");
    QVERIFY(exact.matches(QStringLiteral("250 ok")));
    QVERIFY(exact.matches(QByteArray("250 ok")));
    QVERIFY(!exact.matches(QByteArray("250 ok ")));
    QVERIFY(!exact.matches(QByteArray("250 OK")));

    Step pattern;
    pattern.match = Step::Match::Pattern;
    pattern.text = QStringLiteral("250 [a-z]+");
    QVERIFY(pattern.matches(QByteArray("250 ok")));
    QVERIFY(!pattern.matches(QByteArray("250 ok then"))); // the whole line
    QVERIFY(!pattern.matches(QByteArray("x250 ok")));

    Step wildcard;
    wildcard.match = Step::Match::Wildcard;
    wildcard.text = QStringLiteral("250 *.edu (*)");
    QVERIFY(wildcard.matches(QStringLiteral("250 servidor.edu (x)")));
    QVERIFY(!wildcard.matches(QStringLiteral("250 servidor.edu x")));
    QVERIFY(!wildcard.matches(QStringLiteral("250 servidorXedu (x)"))); // '.' is literal
}

void TestScenarioParser::scriptWriteReadsBack()
{
    QList<Step> steps;
    auto line = [&](Step::Side side, Step::Match match, const QString &text) {
        Step step;
        step.side = side;
        step.match = match;
        step.text = text;
        steps.append(step);
    };
    line(Step::Side::Server, Step::Match::Exact, QStringLiteral("220 servidor.edu"));
    line(Step::Side::Client, Step::Match::Exact, QStringLiteral("HELO cliente.fr"));
    line(Step::Side::Client, Step::Match::Exact, QString());
    line(Step::Side::Client, Step::Match::Exact, QStringLiteral("  two spaces, a tab\t"));
    line(Step::Side::Client, Step::Match::Exact, QStringLiteral("# not a comment"));
    line(Step::Side::Server, Step::Match::Pattern, QStringLiteral("\\+OK .*"));
    for (Step::Kind kind : {Step::Kind::Drop, Step::Kind::Timeout, Step::Kind::Wait}) {
        Step step;
        step.kind = kind;
        step.milliseconds = kind == Step::Kind::Wait ? 120 : 0;
        steps.append(step);
    }
    const QString written = ScriptNotation::write(steps);
    QCOMPARE(written.section(QLatin1Char('\n'), 2, 2), QStringLiteral("C:"));
    const ScriptNotation::Script read = ScriptNotation::parse(written);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.steps.size(), steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(read.steps.at(i).kind, steps.at(i).kind);
        QCOMPARE(read.steps.at(i).side, steps.at(i).side);
        QCOMPARE(read.steps.at(i).match, steps.at(i).match);
        QCOMPARE(read.steps.at(i).text, steps.at(i).text);
        QCOMPARE(read.steps.at(i).milliseconds, steps.at(i).milliseconds);
    }

    // A scenario's wildcard line is written as the pattern that means the same.
    Step wildcard;
    wildcard.side = Step::Side::Server;
    wildcard.match = Step::Match::Wildcard;
    wildcard.text = QStringLiteral("250 2.0.0 *");
    QCOMPARE(ScriptNotation::write(wildcard), QStringLiteral("S~ 250 2\\.0\\.0 .*"));
    QCOMPARE(ScriptNotation::escapePattern(u"a.b*c(d)[e]{f}|g^h$i?j+k\\l"),
             QStringLiteral("a\\.b\\*c\\(d\\)\\[e\\]\\{f\\}\\|g\\^h\\$i\\?j\\+k\\\\l"));
}

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
