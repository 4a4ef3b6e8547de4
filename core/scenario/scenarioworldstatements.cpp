// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioworldstatements.cpp — the statements that describe the scenario
// and build its world: title, description, server, set, dns, user, client.
//
// Each checks its own line and refuses a second declaration of the same thing
// (naming the line of the first); what it names elsewhere (a setting's or an
// mx record's server, a user's domain, a client's user) is recorded as a
// reference and checked once the whole file is read (scenariovalidation.cpp),
// so the world may be declared in any order. Settings are kept aside until
// then too: they go into their server only once it is known to exist.
#include "scenario/scenarioreader.h"
#include "scenario/serversettings.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>
#include <utility>

using namespace ScenarioLexer;

namespace {

struct KnownSetting {
    const char *key;
    enum class Kind {
        Choice,
        Text,
        Number,
        OnOff
    } kind;
    const char *choices; // for Choice: "helo|ehlo"
};

const KnownSetting KnownSettings[] = {
    {"greet", KnownSetting::Kind::Choice, "helo|ehlo"},
    {"greeting", KnownSetting::Kind::Text, nullptr},
    {"max-size", KnownSetting::Kind::Number, nullptr},
    {"max-recipients", KnownSetting::Kind::Number, nullptr},
    {"pipelining", KnownSetting::Kind::OnOff, nullptr},
    {"8bitmime", KnownSetting::Kind::OnOff, nullptr},
    {"smtputf8", KnownSetting::Kind::OnOff, nullptr},
    // TLS: how it relays (Postfix's smtp_tls_security_level), whether it
    // offers STARTTLS/STLS, whether it refuses to authenticate in clear
    // (smtpd_tls_auth_only), and a flawed certificate for a class to see refused.
    {"tls", KnownSetting::Kind::Choice, "none|may|encrypt"},
    // "stripped": a man in the middle removes it from the EHLO reply on its
    // way to the client (the STARTTLS stripping attack).
    {"starttls", KnownSetting::Kind::Choice, "on|off|stripped"},
    {"tls-auth-only", KnownSetting::Kind::OnOff, nullptr},
    {"certificate", KnownSetting::Kind::Choice, "good|expired|wrong-name|self-signed"},
};

} // namespace

void ScenarioReader::parseTitle()
{
    parseLocalized(&m_scenario.title, QStringLiteral("title"));
}

void ScenarioReader::parseDescription()
{
    parseLocalized(&m_scenario.description, QStringLiteral("description"));
}

void ScenarioReader::parseLocalized(LocalizedText *target, const QString &keyword)
{
    QString language;
    QString text;
    if (!takeLanguageAndText(keyword, &language, &text) || !finish(keyword))
        return;
    const QString key = keyword + QLatin1Char(':') + language;
    const int previous = m_declared.value(key);
    if (previous) {
        error(m_tokens.first().column,
              QCoreApplication::translate("ScenarioParser",
                                          "\"%1\" for this language is already given on line %2")
                  .arg(keyword)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    target->insert(language, text);
}

void ScenarioReader::parseServer()
{
    m_serverAttempted = true;
    ScenarioServer server;
    server.location = statementLocation();
    int column = 0;
    if (!takeHost(QStringLiteral("\"server\""), &server.domain, &column))
        return;
    while (peek()) {
        if (nextIs("real")) {
            // The student's own server: "real ADDRESS [smtp N] [pop3 N] …".
            if (!parseRealServer(&server))
                return;
            continue;
        }
        if (!nextIs("address")) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "\"address\", \"real\" or the end of the line"),
                QCoreApplication::translate("ScenarioParser", "the host name"));
        }
        if (server.isReal()) {
            error(peek()->column,
                  QCoreApplication::translate("ScenarioParser",
                                              "a real server has no simulated \"address\"; it is reached at "
                                              "the address given after \"real\""));
            return;
        }
        take();
        const Token *word = peek();
        QHostAddress address;
        if (!word || word->quoted || !address.setAddress(word->text)
            || address.protocol() != QAbstractSocket::IPv4Protocol || !address.isLoopback()) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a loopback address such as 127.0.0.3"),
                QStringLiteral("\"address\""));
        }
        for (const ScenarioServer &other : std::as_const(m_scenario.servers)) {
            if (other.address == address.toString()) {
                error(word->column,
                      QCoreApplication::translate("ScenarioParser",
                                                  "address %1 is already used by server \"%2\"")
                          .arg(address.toString(), other.domain));
                return;
            }
        }
        server.address = address.toString();
        take();
    }
    const QString key = QLatin1String("server:") + server.domain;
    if (const int previous = m_declared.value(key)) {
        error(column,
              QCoreApplication::translate("ScenarioParser", "server \"%1\" is already declared on line %2")
                  .arg(server.domain)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    m_scenario.servers.append(server);
}

bool ScenarioReader::parseRealServer(ScenarioServer *server)
{
    const Token *realWord = take();
    if (server->isReal()) {
        error(realWord->column,
              QCoreApplication::translate("ScenarioParser", "\"real\" is already given on this line"));
        return false;
    }
    if (!server->address.isEmpty()) {
        error(realWord->column,
              QCoreApplication::translate("ScenarioParser",
                                          "a real server has no simulated \"address\"; it is reached at the "
                                          "address given after \"real\""));
        return false;
    }
    const Token *word = peek();
    QHostAddress address;
    if (!word || word->quoted || !address.setAddress(word->text) || address.isNull()
        || address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6)) {
        return expected(QCoreApplication::translate("ScenarioParser",
                                                    "the address of the real server, such as 127.0.0.1 or "
                                                    "192.168.1.10"),
                        QStringLiteral("\"real\""));
    }
    take();
    server->realAddress = address.toString();
    const QStringList services = ScenarioServer::realServices();
    while (const Token *name = peek()) {
        if (name->quoted || !services.contains(name->text.toLower()))
            break;
        const QString service = take()->text.toLower();
        if (server->realPorts.contains(service)) {
            error(
                name->column,
                QCoreApplication::translate("ScenarioParser", "the port of %1 is already given on this line")
                    .arg(service));
            return false;
        }
        int port = 0;
        if (!takeNumber(1, 65535, QCoreApplication::translate("ScenarioParser", "a port number such as 110"),
                        QLatin1Char('"') + service + QLatin1Char('"'), &port)) {
            return false;
        }
        server->realPorts.insert(service, port);
    }
    if (peek() && !nextIs("address") && !nextIs("real")) {
        return expected(QCoreApplication::translate("ScenarioParser",
                                                    "a service and its port (%1) or the end of the line")
                            .arg(services.join(QStringLiteral(", "))),
                        QCoreApplication::translate("ScenarioParser", "the real server's address"));
    }
    return true;
}

void ScenarioReader::parseSet()
{
    PendingSetting setting;
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"set\""), &setting.host, &hostColumn))
        return;
    const Token *keyWord = nullptr;
    QStringList keys;
    for (const KnownSetting &known : KnownSettings)
        keys.append(QLatin1String(known.key));
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "a setting (%1)")
                      .arg(keys.join(QLatin1String(", "))),
                  QCoreApplication::translate("ScenarioParser", "the host name"), &keyWord)) {
        return;
    }
    setting.key = keyWord->text.toLower();
    const KnownSetting *known = nullptr;
    for (const KnownSetting &candidate : KnownSettings) {
        if (setting.key == QLatin1String(candidate.key))
            known = &candidate;
    }
    if (!known) {
        error(keyWord->column,
              QCoreApplication::translate("ScenarioParser", "unknown setting %1; expected one of: %2")
                      .arg(quoted(keyWord->text), keys.join(QLatin1String(", ")))
                  + suggestion(keyWord->text, keys));
        return;
    }
    const QString after = QLatin1Char('"') + setting.key + QLatin1Char('"');
    const Token *value = peek();
    switch (known->kind) {
    case KnownSetting::Kind::Text:
        if (!takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"), after,
                       &setting.value)) {
            return;
        }
        break;
    case KnownSetting::Kind::Number: {
        bool ok = false;
        const int number = value && !value->quoted ? value->text.toInt(&ok) : 0;
        if (!ok || number <= 0) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a whole number greater than 0"), after);
        }
        setting.value = QString::number(number);
        take();
        break;
    }
    case KnownSetting::Kind::Choice:
    case KnownSetting::Kind::OnOff: {
        const QStringList choices = known->kind == KnownSetting::Kind::OnOff
            ? QStringList{QStringLiteral("on"), QStringLiteral("off")}
            : QString::fromLatin1(known->choices).split(QLatin1Char('|'));
        const QString word = value && !value->quoted ? value->text.toLower() : QString();
        if (!choices.contains(word)) {
            return (void)expected(
                QLatin1Char('"') + choices.join(QLatin1String("\" or \"")) + QLatin1Char('"'), after);
        }
        setting.value = word;
        take();
        break;
    }
    }
    if (!finish(QStringLiteral("set")))
        return;
    const QString key = QLatin1String("set:") + setting.host + QLatin1Char(':') + setting.key;
    if (const int previous = m_declared.value(key)) {
        error(keyWord->column,
              QCoreApplication::translate("ScenarioParser",
                                          "setting \"%1\" of \"%2\" is already given on line %3")
                  .arg(setting.key, setting.host)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    reference(Reference::Kind::SimulatedServer, setting.host, hostColumn);
    m_settings.append(setting);
}

void ScenarioReader::parseProgram(bool postfix)
{
    // "postfix servidor.edu type "Internet Site" mailname 2esi.org",
    // "dovecot servidor.edu protocols = "imap"": KEY VALUE pairs as main.cf
    // and dovecot.conf say them (the "=" may be written). Before the story,
    // the server's configuration; among the steps, a change made then.
    const ServerSettings::Program program = postfix ? ServerSettings::Program::Postfix
                                                    : ServerSettings::Program::Dovecot;
    const QString statementName = ServerSettings::programName(program);
    const bool asStep = !m_scenario.steps.isEmpty() || m_inExercise;
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Configure;
    step.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QLatin1Char('"') + statementName + QLatin1Char('"'), &step.host, &hostColumn))
        return;
    const QStringList keys = ServerSettings::keys(program);
    QList<PendingSetting> found;
    QList<int> keyColumns;
    do {
        const Token *keyWord = nullptr;
        if (!takeWord(QCoreApplication::translate("ScenarioParser", "a setting (%1)")
                          .arg(keys.join(QLatin1String(", "))),
                      found.isEmpty() ? QCoreApplication::translate("ScenarioParser", "the host name")
                                      : QLatin1Char('"') + found.last().key.section(QLatin1Char('.'), 1)
                              + QLatin1Char('"'),
                      &keyWord)) {
            return;
        }
        const QString key = keyWord->text;
        if (!keys.contains(key)) {
            QString why;
            ServerSettings::check(program, key, QString(), nullptr, &why);
            error(keyWord->column, why);
            return;
        }
        if (peek() && !peek()->quoted && peek()->text == QLatin1String("="))
            take();
        QString value;
        if (!takeValue(QCoreApplication::translate("ScenarioParser", "a value (a word or \"quoted text\")"),
                       QLatin1Char('"') + key + QLatin1Char('"'), &value)) {
            return;
        }
        QString canonical;
        QString why;
        if (!ServerSettings::check(program, key, value, &canonical, &why)) {
            error(keyWord->column, why);
            return;
        }
        found.append({step.host, ServerSettings::storageKey(program, key), canonical});
        keyColumns.append(keyWord->column);
    } while (peek());
    if (!finish(statementName))
        return;
    if (asStep) {
        for (const PendingSetting &setting : std::as_const(found))
            step.settings.insert(setting.key, setting.value);
        const int index = m_scenario.steps.size();
        reference(Reference::Kind::SimulatedServer, step.host, hostColumn,
                  [this, index](const QString &s) { m_scenario.steps[index].host = s; });
        m_scenario.steps.append(step);
        return;
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QString key = QLatin1String("set:") + found.at(i).host + QLatin1Char(':') + found.at(i).key;
        if (const int previous = m_declared.value(key)) {
            error(keyColumns.at(i),
                  QCoreApplication::translate("ScenarioParser",
                                              "setting \"%1\" of \"%2\" is already given on line %3")
                      .arg(found.at(i).key.section(QLatin1Char('.'), 1), found.at(i).host)
                      .arg(previous));
            return;
        }
        m_declared.insert(key, m_line);
        m_settings.append(found.at(i));
    }
    reference(Reference::Kind::SimulatedServer, step.host, hostColumn);
}

void ScenarioReader::parseDns()
{
    ScenarioMx mx;
    mx.location = statementLocation();
    int column = 0;
    if (!takeHost(QStringLiteral("\"dns\""), &mx.domain, &column))
        return;
    if (!expectKeyword("mx",
                       QCoreApplication::translate(
                           "ScenarioParser", "the domain (only mail exchanger records are simulated)"))) {
        return;
    }
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"mx\""), &mx.host, &hostColumn))
        return;
    while (peek()) {
        if (!nextIs("preference")) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "\"preference\" or the end of the line"),
                QCoreApplication::translate("ScenarioParser", "the host name"));
        }
        take();
        const Token *value = peek();
        bool ok = false;
        const int preference = value && !value->quoted ? value->text.toInt(&ok) : -1;
        // RFC 1035 §3.3.9: PREFERENCE is a 16 bit integer.
        if (!ok || preference < 0 || preference > 65535) {
            return (void)expected(QCoreApplication::translate("ScenarioParser", "a number from 0 to 65535"),
                                  QStringLiteral("\"preference\""));
        }
        mx.preference = preference;
        take();
    }
    const QString key = QLatin1String("mx:") + mx.domain + QLatin1Char(':') + mx.host;
    if (const int previous = m_declared.value(key)) {
        error(hostColumn,
              QCoreApplication::translate("ScenarioParser", "this mx record is already declared on line %1")
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    reference(Reference::Kind::Server, mx.host, hostColumn);
    m_scenario.mx.append(mx);
}

void ScenarioReader::parseUser()
{
    ScenarioUser user;
    user.location = statementLocation();
    int column = 0;
    if (!takeAddress(QStringLiteral("\"user\""), &user.address, &column))
        return;
    if (!expectKeyword("password", QCoreApplication::translate("ScenarioParser", "the address")))
        return;
    if (!takeValue(QCoreApplication::translate("ScenarioParser", "the password"),
                   QStringLiteral("\"password\""), &user.password)) {
        return;
    }
    if (nextIs("folders")) {
        // IMAP folders the account starts with (RFC 3501 §5.1: "/" between levels).
        take();
        while (peek()) {
            const Token *name = take();
            QString why;
            if (!ScenarioReader::isFolderName(name->text, &why)) {
                error(name->column, why);
                return;
            }
            if (user.folders.contains(name->text)) {
                error(name->column,
                      QCoreApplication::translate("ScenarioParser", "folder %1 is listed twice")
                          .arg(quoted(name->text)));
                return;
            }
            user.folders.append(name->text);
        }
        if (user.folders.isEmpty()) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a folder name such as Traballo"),
                QStringLiteral("\"folders\""));
        }
    }
    if (!finish(QStringLiteral("user")))
        return;
    const QString key = QLatin1String("user:") + user.address.toLower();
    if (const int previous = m_declared.value(key)) {
        error(column,
              QCoreApplication::translate("ScenarioParser", "user \"%1\" is already declared on line %2")
                  .arg(user.address)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    const int at = user.address.lastIndexOf(QLatin1Char('@'));
    reference(Reference::Kind::UserDomain, user.address.mid(at + 1), column + at + 1);
    m_scenario.users.append(user);
}

void ScenarioReader::parseClient()
{
    ScenarioClient client;
    client.location = statementLocation();
    const Token *name = nullptr;
    const QString what = QCoreApplication::translate("ScenarioParser", "a client name such as ana");
    if (!takeWord(what, QStringLiteral("\"client\""), &name))
        return;
    if (!isName(name->text)) {
        error(name->column,
              QCoreApplication::translate("ScenarioParser",
                                          "expected a client name such as ana (letters, digits, '-', '_' "
                                          "and '.'), found %1")
                  .arg(quoted(name->text)));
        return;
    }
    client.name = name->text;
    if (!expectKeyword("user", QCoreApplication::translate("ScenarioParser", "the client name"))) {
        return;
    }
    int userColumn = 0;
    if (!takeAddress(QStringLiteral("\"user\""), &client.user, &userColumn))
        return;
    while (peek()) {
        if (nextIs("tls")) {
            // TLS to its server: STARTTLS if offered (may), STARTTLS or
            // nothing (encrypt), or the secure ports from the first octet
            // (implicit: POP3S 995, IMAPS 993, submissions 465).
            take();
            if (nextIs("may"))
                client.tls = ClientTls::May;
            else if (nextIs("encrypt"))
                client.tls = ClientTls::Encrypt;
            else if (nextIs("implicit"))
                client.tls = ClientTls::Implicit;
            else
                return (void)expected(QStringLiteral("\"may\" / \"encrypt\" / \"implicit\""),
                                      QStringLiteral("\"tls\""));
            take();
            continue;
        }
        if (nextIs("imap")) {
            // IMAP: the mail stays on the server; "whole" downloads every
            // part, "text" (the default) leaves the attachments there.
            take();
            client.access = MailAccess::Imap;
            if (nextIs("whole") || nextIs("text")) {
                client.imapDownload = nextIs("whole") ? ImapDownload::Whole : ImapDownload::TextOnly;
                take();
            }
            continue;
        }
        if (!nextIs("pop3")) {
            return (void)expected(QCoreApplication::translate(
                                      "ScenarioParser", "\"pop3\", \"imap\", \"tls\" or the end of the line"),
                                  QCoreApplication::translate("ScenarioParser", "the address"));
        }
        take();
        if (nextIs("delete")) {
            client.pop3Mode = Pop3Mode::DownloadAndDelete;
        } else if (nextIs("keep")) {
            client.pop3Mode = Pop3Mode::DownloadAndKeep;
        } else {
            return (void)expected(QStringLiteral("\"delete\" / \"keep\""), QStringLiteral("\"pop3\""));
        }
        take();
    }
    const QString key = QLatin1String("client:") + client.name.toLower();
    if (const int previous = m_declared.value(key)) {
        error(name->column,
              QCoreApplication::translate("ScenarioParser", "client \"%1\" is already declared on line %2")
                  .arg(client.name)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    const int index = m_scenario.clients.size();
    reference(Reference::Kind::User, client.user, userColumn,
              [this, index](const QString &s) { m_scenario.clients[index].user = s; });
    m_scenario.clients.append(client);
}

void ScenarioReader::parseEavesdropper()
{
    // "eavesdropper eva between fran servidor.edu": someone on the network
    // between two hosts (servers or clients) who reads what crosses it.
    ScenarioEavesdropper eavesdropper;
    eavesdropper.location = statementLocation();
    const Token *name = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "a name such as eva"),
                  QStringLiteral("\"eavesdropper\""), &name)) {
        return;
    }
    if (!isName(name->text)) {
        error(name->column,
              QCoreApplication::translate("ScenarioParser",
                                          "expected a name such as eva (letters, digits, '-', '_' and '.'), "
                                          "found %1")
                  .arg(quoted(name->text)));
        return;
    }
    eavesdropper.name = name->text;
    if (!expectKeyword("between", QCoreApplication::translate("ScenarioParser", "the eavesdropper's name")))
        return;
    const QString host = QCoreApplication::translate("ScenarioParser", "a host or client name");
    const Token *first = nullptr;
    const Token *second = nullptr;
    if (!takeWord(host, QStringLiteral("\"between\""), &first) || !takeWord(host, first->text, &second))
        return;
    if (!finish(QStringLiteral("eavesdropper")))
        return;
    if (first->text.compare(second->text, Qt::CaseInsensitive) == 0) {
        error(second->column,
              QCoreApplication::translate(
                  "ScenarioParser", "an eavesdropper sits between two different hosts; %1 is named twice")
                  .arg(quoted(second->text)));
        return;
    }
    eavesdropper.a = first->text;
    eavesdropper.b = second->text;
    const QString key = QLatin1String("eavesdropper:") + eavesdropper.name.toLower() + QLatin1Char(':')
        + std::min(eavesdropper.a.toLower(), eavesdropper.b.toLower()) + QLatin1Char(':')
        + std::max(eavesdropper.a.toLower(), eavesdropper.b.toLower());
    if (const int previous = m_declared.value(key)) {
        error(name->column,
              QCoreApplication::translate("ScenarioParser", "%1 already listens between %2 and %3 on line %4")
                  .arg(quoted(eavesdropper.name), eavesdropper.a, eavesdropper.b)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    const int index = m_scenario.eavesdroppers.size();
    reference(Reference::Kind::Host, eavesdropper.a, first->column,
              [this, index](const QString &s) { m_scenario.eavesdroppers[index].a = s; });
    reference(Reference::Kind::Host, eavesdropper.b, second->column,
              [this, index](const QString &s) { m_scenario.eavesdroppers[index].b = s; });
    // Its name must not be a host's: checked once every host is known.
    reference(Reference::Kind::EavesdropperName, eavesdropper.name, name->column);
    m_scenario.eavesdroppers.append(eavesdropper);
}

void ScenarioReader::parseWebmail()
{
    // "webmail webmail.servidor.edu for servidor.edu [address 127.0.0.9]"
    ScenarioWebmail webmail;
    webmail.location = statementLocation();
    int column = 0;
    if (!takeHost(QStringLiteral("\"webmail\""), &webmail.host, &column))
        return;
    if (!expectKeyword("for", QCoreApplication::translate("ScenarioParser", "the webmail's host name")))
        return;
    int serverColumn = 0;
    if (!takeHost(QStringLiteral("\"for\""), &webmail.server, &serverColumn))
        return;
    if (nextIs("address")) {
        take();
        const Token *word = peek();
        QHostAddress address;
        if (!word || word->quoted || !address.setAddress(word->text)
            || address.protocol() != QAbstractSocket::IPv4Protocol || !address.isLoopback()) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a loopback address such as 127.0.0.3"),
                QStringLiteral("\"address\""));
        }
        webmail.address = address.toString();
        take();
    }
    if (!finish(QStringLiteral("webmail")))
        return;
    const QString key = QLatin1String("webmail:") + webmail.host.toLower();
    if (const int previous = m_declared.value(key)) {
        error(column,
              QCoreApplication::translate("ScenarioParser", "webmail \"%1\" is already declared on line %2")
                  .arg(webmail.host)
                  .arg(previous));
        return;
    }
    m_declared.insert(key, m_line);
    const int index = m_scenario.webmails.size();
    reference(Reference::Kind::SimulatedServer, webmail.server, serverColumn,
              [this, index](const QString &s) { m_scenario.webmails[index].server = s; });
    // Its name must not be a server's or a client's.
    reference(Reference::Kind::WebmailName, webmail.host, column);
    m_scenario.webmails.append(webmail);
}

bool ScenarioReader::isFolderName(const QString &name, QString *why)
{
    // As an IMAP client may name it (RFC 3501 §5.1): not INBOX (every account
    // has it), no empty level, no wildcard or control character.
    bool ok = !name.isEmpty() && name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0
        && !name.startsWith(QLatin1Char('/')) && !name.endsWith(QLatin1Char('/'))
        && !name.contains(QLatin1String("//"));
    for (const QChar c : name)
        ok = ok && c.unicode() >= 0x20 && c.unicode() != 0x7f && c != QLatin1Char('*')
            && c != QLatin1Char('%');
    if (!ok && why) {
        *why = QCoreApplication::translate(
                   "ScenarioParser",
                   "%1 is not a folder name: it may not be INBOX, begin or end with "
                   "\"/\", or hold \"*\", \"%\" or control characters (RFC 3501 §5.1)")
                   .arg(quoted(name));
    }
    return ok;
}
