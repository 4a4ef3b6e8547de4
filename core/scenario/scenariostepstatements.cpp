// SPDX-License-Identifier: GPL-3.0-or-later
// scenariostepstatements.cpp — the statements that are steps of the story:
// say, send, fetch, wait, expect, fault, down, up, slow, predict.
//
// Each reads its line into one ScenarioStep appended to the scenario, in the
// order of the file, together with the helpers only steps use (a list of
// addresses, an attachment read from the scenario's folder, a command after
// "at", a number of seconds). Consecutive say lines in different languages
// make one narration step. The clients, users and servers a step names are
// recorded as references, checked once the whole file is read.
#include "scenario/scenarioreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace ScenarioLexer;

namespace {

// The commands whose reply a "predict" step may ask about.
const char *const PredictCommands[] = {
    "HELO",  "EHLO",   "MAIL",   "RCPT",    "DATA",   "RSET",    "VRFY",   "NOOP",   "QUIT",
    "USER",  "PASS",   "APOP",   "STAT",    "LIST",   "RETR",    "DELE",   "TOP",    "UIDL",
    "CAPA",  "LOGIN",  "SELECT", "EXAMINE", "CREATE", "DELETE",  "RENAME", "STATUS", "APPEND",
    "FETCH", "SEARCH", "STORE",  "COPY",    "MOVE",   "EXPUNGE", "LOGOUT",
};

// Longest "slow HOST MILLISECONDS": ten seconds a line.
constexpr int MaximumSlowMilliseconds = 10000;

// The commands a "fault" may answer: SMTP ones go through the server's checks
// (DATA is the end of the data), POP3 ones through the POP3 engine's hook.
const char *const SmtpFaultCommands[] = {"MAIL", "RCPT", "DATA"};
const char *const Pop3FaultCommands[] = {
    "USER", "PASS", "APOP", "STAT", "LIST", "RETR", "DELE", "TOP", "UIDL",
};
// IMAP's go through the IMAP engine's hook (FETCH stands for UID FETCH too).
const char *const ImapFaultCommands[] = {
    "LOGIN", "SELECT", "EXAMINE", "CREATE", "DELETE", "RENAME", "STATUS",  "APPEND",
    "LIST",  "FETCH",  "SEARCH",  "STORE",  "COPY",   "MOVE",   "EXPUNGE",
};

// Longest "down HOST for SECONDS": an hour.
constexpr int MaximumDownSeconds = 3600;

// Largest "count" an expectation takes.
constexpr int MaximumCount = 1000000;

} // namespace

void ScenarioReader::parseSay()
{
    // A say line after a say line, even a broken one, may add a language to its step.
    m_lastWasSay = m_sayBefore;
    QString language;
    QString text;
    if (!takeLanguageAndText(QStringLiteral("say"), &language, &text) || !finish(QStringLiteral("say"))) {
        return;
    }
    // Consecutive say lines in different languages are one narration step.
    if (m_lastWasSay && !m_scenario.steps.isEmpty() && m_scenario.steps.last().kind == ScenarioStep::Kind::Say
        && !m_scenario.steps.last().text.contains(language)) {
        m_scenario.steps.last().text.insert(language, text);
    } else {
        ScenarioStep step;
        step.kind = ScenarioStep::Kind::Say;
        step.location = statementLocation();
        step.text.insert(language, text);
        m_scenario.steps.append(step);
    }
    m_lastWasSay = true;
}

void ScenarioReader::parseSend()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Send;
    step.location = statementLocation();
    const Token *client = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                  QStringLiteral("\"send\""), &client)) {
        return;
    }
    step.client = client->text;
    if (!expectKeyword("to", QCoreApplication::translate("ScenarioParser", "the client name")))
        return;
    if (!takeAddressList(QStringLiteral("\"to\""), &step.recipients))
        return;
    if (!takeMessageOptions(&step))
        return;
    const int index = m_scenario.steps.size();
    reference(Reference::Kind::Client, step.client, client->column,
              [this, index](const QString &s) { m_scenario.steps[index].client = s; });
    m_scenario.steps.append(step);
}

bool ScenarioReader::takeMessageOptions(ScenarioStep *step)
{
    bool hasSubject = false;
    bool hasBody = false;
    bool hasCc = false;
    while (peek()) {
        if (nextIs("attach")) {
            take();
            if (!takeAttachment(&step->attachments))
                return false;
            continue;
        }
        if (nextIs("cc")) {
            const Token *keyword = take();
            if (hasCc) {
                error(keyword->column,
                      QCoreApplication::translate("ScenarioParser", "%1 is given twice")
                          .arg(quoted(QStringLiteral("cc"))));
                return false;
            }
            hasCc = true;
            if (!takeAddressList(QStringLiteral("\"cc\""), &step->cc))
                return false;
            continue;
        }
        bool *seen = nullptr;
        QString *value = nullptr;
        if (nextIs("subject")) {
            seen = &hasSubject;
            value = &step->subject;
        } else if (nextIs("body")) {
            seen = &hasBody;
            value = &step->body;
        } else {
            QString message =
                QCoreApplication::translate(
                    "ScenarioParser",
                    "expected \"subject\", \"body\", \"cc\", \"attach\" or the end of the line, "
                    "found %1")
                    .arg(describe(peek()));
            if ((hasSubject || hasBody) && !peek()->quoted) {
                message += QCoreApplication::translate("ScenarioParser",
                                                       "; text with spaces goes between quotes");
            }
            error(here(), message);
            return false;
        }
        const Token *keyword = take();
        if (*seen) {
            error(keyword->column,
                  QCoreApplication::translate("ScenarioParser", "%1 is given twice")
                      .arg(quoted(keyword->text.toLower())));
            return false;
        }
        *seen = true;
        if (!takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"),
                       quoted(keyword->text.toLower()), value)) {
            return false;
        }
    }
    return true;
}

bool ScenarioReader::takeAddressList(const QString &after, QStringList *addresses)
{
    // "to a@x,b@y" and "to a@x, b@y" are both accepted.
    const int before = addresses->size();
    while (peek() && !peek()->quoted && !nextIs("subject") && !nextIs("body") && !nextIs("cc")
           && !nextIs("attach")) {
        const Token *word = take();
        int offset = 0;
        for (const QString &part : word->text.split(QLatin1Char(','))) {
            if (!part.isEmpty()) {
                if (!isAddress(part)) {
                    error(word->column + offset,
                          QCoreApplication::translate("ScenarioParser",
                                                      "expected an e-mail address such as fran@servidor.edu, "
                                                      "found %1")
                              .arg(quoted(part)));
                    return false;
                }
                addresses->append(normalizedAddress(part));
                const qsizetype at = part.lastIndexOf(QLatin1Char('@'));
                reference(Reference::Kind::RecipientDomain, part.mid(at + 1).toLower(),
                          word->column + offset + int(at) + 1);
            }
            offset += part.size() + 1;
        }
    }
    if (addresses->size() == before) {
        return expected(
            QCoreApplication::translate("ScenarioParser", "one or more addresses separated by commas"),
            after);
    }
    return true;
}

bool ScenarioReader::takeAttachment(QList<ScenarioAttachment> *attachments)
{
    const Token *token = peek();
    if (!token) {
        return expected(QCoreApplication::translate("ScenarioParser", "a file name such as foto.png"),
                        QStringLiteral("\"attach\""));
    }
    take();
    ScenarioAttachment attachment;
    attachment.fileName = token->text;
    attachment.location = location(token->column);
    // Relative to the scenario's own folder: ":/scenarios" for a built-in one.
    const QString folder = QFileInfo(m_file).path();
    attachment.path = QDir(folder).filePath(token->text);
    QFile file(attachment.path);
    const QFileInfo info(attachment.path);
    if (token->text.isEmpty() || !info.exists() || info.isDir()) {
        error(token->column,
              QCoreApplication::translate("ScenarioParser",
                                          "attachment %1 not found; a file is looked for in the scenario's "
                                          "folder (%2)")
                  .arg(quoted(token->text), folder));
        return false;
    }
    if (info.size() > ScenarioParser::MaximumAttachmentSize) {
        error(
            token->column,
            QCoreApplication::translate("ScenarioParser", "attachment %1 is too large (%2 bytes; at most %3)")
                .arg(quoted(token->text))
                .arg(info.size())
                .arg(ScenarioParser::MaximumAttachmentSize));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error(token->column,
              QCoreApplication::translate("ScenarioParser", "cannot read attachment %1: %2")
                  .arg(quoted(token->text), file.errorString()));
        return false;
    }
    attachment.data = file.read(ScenarioParser::MaximumAttachmentSize);
    attachments->append(attachment);
    return true;
}

void ScenarioReader::parseFetch()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Fetch;
    step.location = statementLocation();
    const Token *client = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                  QStringLiteral("\"fetch\""), &client)) {
        return;
    }
    step.client = client->text;
    if (peek()) {
        if (nextIs("delete")) {
            step.pop3Mode = Pop3Mode::DownloadAndDelete;
        } else if (nextIs("keep")) {
            step.pop3Mode = Pop3Mode::DownloadAndKeep;
        } else {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "\"delete\", \"keep\" or the end of the line"),
                QCoreApplication::translate("ScenarioParser", "the client name"));
        }
        step.hasPop3Mode = true;
        take();
    }
    if (!finish(QStringLiteral("fetch")))
        return;
    const int index = m_scenario.steps.size();
    reference(Reference::Kind::Client, step.client, client->column,
              [this, index](const QString &s) { m_scenario.steps[index].client = s; });
    m_scenario.steps.append(step);
}

void ScenarioReader::parseWait()
{
    if (!finish(QStringLiteral("wait")))
        return;
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Wait;
    step.location = statementLocation();
    m_scenario.steps.append(step);
}

void ScenarioReader::parseExpect()
{
    parseExpectation(false);
}

void ScenarioReader::parseExpectation(bool check)
{
    ScenarioStep step;
    step.location = statementLocation();
    step.exerciseCheck = check;
    const QString statementName = check ? QStringLiteral("check") : QStringLiteral("expect");
    const int index = m_scenario.steps.size();
    const QString after = QLatin1Char('"') + statementName + QLatin1Char('"');
    bool countOrSubject = false;
    if (nextIs("mailbox")) {
        take();
        step.kind = ScenarioStep::Kind::ExpectMailbox;
        int column = 0;
        if (check && peek() && !peek()->quoted && peek()->text == ScenarioStep::studentPlaceholder()) {
            // "check mailbox {student}": each student's own, in a class.
            const Token *word = take();
            step.target = word->text;
            reference(Reference::Kind::Student, step.target, word->column, {});
        } else {
            if (!takeAddress(QStringLiteral("\"mailbox\""), &step.target, &column))
                return;
            reference(Reference::Kind::User, step.target, column,
                      [this, index](const QString &s) { m_scenario.steps[index].target = s; });
        }
        countOrSubject = true;
    } else if (nextIs("client")) {
        take();
        step.kind = ScenarioStep::Kind::ExpectClient;
        const Token *client = nullptr;
        if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                      QStringLiteral("\"client\""), &client)) {
            return;
        }
        step.client = client->text;
        reference(Reference::Kind::Client, step.client, client->column,
                  [this, index](const QString &s) { m_scenario.steps[index].client = s; });
        countOrSubject = true;
    } else if (nextIs("search")) {
        // The hits of an IMAP client's last "imap … search".
        take();
        step.kind = ScenarioStep::Kind::ExpectSearch;
        const Token *client = nullptr;
        if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                      QStringLiteral("\"search\""), &client)) {
            return;
        }
        step.client = client->text;
        reference(Reference::Kind::ImapClient, step.client, client->column,
                  [this, index](const QString &s) { m_scenario.steps[index].client = s; });
        countOrSubject = true;
    } else if (nextIs("wire") || nextIs("tls")) {
        // What crosses the wire between two hosts, as anyone on it reads it
        // (Eva, the eavesdropper), and whether TLS hid it:
        //   expect wire fran servidor.edu [not] contains "PASS claveejemplo"
        //   expect tls fran servidor.edu [refused ["certificate has expired"]]
        const bool wire = nextIs("wire");
        const QString keyword = wire ? QStringLiteral("\"wire\"") : QStringLiteral("\"tls\"");
        take();
        step.kind = wire ? ScenarioStep::Kind::ExpectWire : ScenarioStep::Kind::ExpectTls;
        const Token *first = nullptr;
        const Token *second = nullptr;
        const QString host = QCoreApplication::translate("ScenarioParser", "a host or client name");
        if (!takeWord(host, keyword, &first) || !takeWord(host, first->text, &second))
            return;
        step.host = first->text;
        step.target = second->text;
        if (wire) {
            if (nextIs("not")) {
                take();
                step.withoutFlag = true;
            }
            if (!expectKeyword("contains", second->text)
                || !takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"),
                              QStringLiteral("\"contains\""), &step.body)) {
                return;
            }
        } else if (nextIs("refused")) {
            take();
            step.withoutFlag = true;
            if (peek()
                && !takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"),
                              QStringLiteral("\"refused\""), &step.body)) {
                return;
            }
        }
        if (!finish(statementName))
            return;
    } else if (nextIs("browser")) {
        // The last page the client's browser read:
        //   expect browser fran page [not] contains "Quedamos hoxe?"
        //   expect browser fran status 200
        take();
        step.kind = ScenarioStep::Kind::ExpectBrowser;
        const Token *client = nullptr;
        if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                      QStringLiteral("\"browser\""), &client)) {
            return;
        }
        step.client = client->text;
        if (nextIs("page")) {
            take();
            if (nextIs("not")) {
                take();
                step.withoutFlag = true;
            }
            if (!expectKeyword("contains", QStringLiteral("\"page\""))
                || !takeText(QStringLiteral("\"contains\""), &step.body)) {
                return;
            }
        } else if (nextIs("status")) {
            take();
            if (!takeNumber(100, 599,
                            QCoreApplication::translate("ScenarioParser", "an HTTP status such as 200"),
                            QStringLiteral("\"status\""), &step.count)) {
                return;
            }
        } else {
            return (void)expected(QStringLiteral("\"page\" or \"status\""),
                                  QCoreApplication::translate("ScenarioParser", "the client name"));
        }
        if (!finish(statementName))
            return;
        reference(Reference::Kind::BrowserClient, step.client, client->column,
                  [this, index](const QString &s) { m_scenario.steps[index].client = s; });
    } else if (nextIs("listening")) {
        // What a host listens on, as netstat -tl shows it: its standard port.
        //   expect listening servidor.edu [not] port 110
        take();
        step.kind = ScenarioStep::Kind::ExpectListening;
        int column = 0;
        if (!takeHost(QStringLiteral("\"listening\""), &step.host, &column))
            return;
        if (nextIs("not")) {
            take();
            step.withoutFlag = true;
        }
        if (!expectKeyword("port",
                           step.withoutFlag ? QStringLiteral("\"not\"")
                                            : QCoreApplication::translate("ScenarioParser", "the host name"))
            || !takeNumber(1, 65535,
                           QCoreApplication::translate("ScenarioParser", "a port number such as 110"),
                           QStringLiteral("\"port\""), &step.count)
            || !finish(statementName)) {
            return;
        }
        reference(Reference::Kind::SimulatedServer, step.host, column,
                  [this, index](const QString &s) { m_scenario.steps[index].host = s; });
    } else if (nextIs("queue")) {
        take();
        step.kind = ScenarioStep::Kind::ExpectQueue;
        int column = 0;
        if (!takeHost(QStringLiteral("\"queue\""), &step.host, &column)
            || !expectKeyword("count", QCoreApplication::translate("ScenarioParser", "the host name"))
            || !takeCount(&step.count) || !finish(statementName)) {
            return;
        }
        reference(Reference::Kind::SimulatedServer, step.host, column);
    } else if (nextIs("reply")) {
        take();
        step.kind = ScenarioStep::Kind::ExpectReply;
        // SMTP's codes, POP3's status and IMAP's tagged status (RFC 3501 §7.1).
        static const QRegularExpression code(QStringLiteral("^(?:[2-5][0-9][0-9]|\\+OK|-ERR|OK|NO|BAD)$"),
                                             QRegularExpression::CaseInsensitiveOption);
        const Token *token = peek();
        if (!token || token->quoted || !code.match(token->text).hasMatch()) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a reply code such as 250, +OK or -ERR"),
                QStringLiteral("\"reply\""));
        }
        step.code = take()->text.toUpper();
        if (!finish(statementName))
            return;
    } else {
        return (void)expected(
            QStringLiteral("\"mailbox\", \"client\", \"search\", \"queue\", \"reply\", \"wire\", \"tls\", "
                           "\"browser\" or \"listening\""),
            after);
    }

    if (countOrSubject) {
        bool hasSubject = false;
        bool hasAttachment = false;
        bool hasHeader = false;
        bool hasBody = false;
        bool hasFolder = false;
        bool hasFlag = false;
        bool ok = true;
        while (ok && peek()) {
            if ((step.kind == ScenarioStep::Kind::ExpectMailbox
                 || step.kind == ScenarioStep::Kind::ExpectClient)
                && nextIs("folder") && !hasFolder) {
                // An IMAP folder of the mailbox instead of INBOX.
                take();
                hasFolder = true;
                ok = takeFolder(QStringLiteral("\"folder\""), true, &step.folder);
            } else if (step.kind == ScenarioStep::Kind::ExpectMailbox && (nextIs("flag") || nextIs("not"))
                       && !hasFlag) {
                // Only the messages with (or, "not flag", without) an IMAP flag.
                hasFlag = true;
                if (nextIs("not")) {
                    take();
                    step.withoutFlag = true;
                    ok = expectKeyword("flag", QStringLiteral("\"not\""));
                } else {
                    take();
                }
                ok = ok && takeFlag(QStringLiteral("\"flag\""), &step.flag);
            } else if (nextIs("count") && step.count < 0) {
                take();
                ok = takeCount(&step.count);
            } else if (nextIs("subject") && !hasSubject) {
                take();
                hasSubject = true;
                ok = takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"),
                               QStringLiteral("\"subject\""), &step.subject);
            } else if (nextIs("attachment") && !hasAttachment) {
                take();
                hasAttachment = true;
                ok = takeValue(QCoreApplication::translate("ScenarioParser", "a file name (\"foto.png\")"),
                               QStringLiteral("\"attachment\""), &step.attachment);
                // "attachment "foto.png" on server": an IMAP client left it there.
                if (ok && step.kind == ScenarioStep::Kind::ExpectClient && nextIs("on")) {
                    take();
                    ok = expectKeyword("server", QStringLiteral("\"on\""));
                    step.attachmentOnServer = ok;
                }
            } else if (nextIs("body") && !hasBody) {
                take();
                hasBody = true;
                ok = takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"),
                               QStringLiteral("\"body\""), &step.body);
            } else if (nextIs("header") && !hasHeader) {
                take();
                hasHeader = true;
                const Token *name = nullptr;
                static const QRegularExpression fieldName(QStringLiteral("^[!-9;-~]+$"));
                ok = takeWord(
                    QCoreApplication::translate("ScenarioParser", "the name of a header field such as From"),
                    QStringLiteral("\"header\""), &name);
                if (ok && !fieldName.match(name->text).hasMatch()) {
                    error(name->column,
                          QCoreApplication::translate(
                              "ScenarioParser",
                              "%1 is not a header field name (RFC 5322 §3.6.8: printable "
                              "characters without spaces or \":\")")
                              .arg(quoted(name->text)));
                    ok = false;
                }
                if (ok) {
                    step.header = name->text;
                    ok = takeText(QCoreApplication::translate("ScenarioParser", "the header name"),
                                  &step.headerText);
                }
            } else {
                ok = expected(
                    QCoreApplication::translate("ScenarioParser",
                                                "\"count\", \"subject\", \"attachment\", \"header\", "
                                                "\"body\" or the end of the line"),
                    QCoreApplication::translate("ScenarioParser", "the name"));
            }
        }
        // "expect mailbox … folder Traballo" alone: the folder exists.
        if (ok && step.count < 0 && !hasSubject && !hasAttachment && !hasHeader && !hasBody && !hasFolder) {
            ok = expected(QStringLiteral("\"count\" / \"subject\" / \"attachment\" / \"header\" / \"body\""),
                          QCoreApplication::translate("ScenarioParser", "the name"));
        }
        if (!ok) {
            // The reference was recorded for a step that is not kept.
            m_references.removeLast();
            return;
        }
    }
    m_scenario.steps.append(step);
}

bool ScenarioReader::takeCount(int *count)
{
    return takeNumber(0, MaximumCount, QCoreApplication::translate("ScenarioParser", "a whole number"),
                      QStringLiteral("\"count\""), count);
}

void ScenarioReader::parseFault()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Fault;
    step.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"fault\""), &step.host, &hostColumn))
        return;
    int replyColumn = 0;
    if (nextIs("cut")) {
        take();
        step.cut = true;
        if (!expectKeyword("at", QStringLiteral("\"cut\"")))
            return;
    } else {
        if (!nextIs("reply")) {
            return (void)expected(QStringLiteral("\"reply\" or \"cut\""),
                                  QCoreApplication::translate("ScenarioParser", "the host name"));
        }
        take();
        replyColumn = here();
        if (!takeText(QStringLiteral("\"reply\""), &step.reply)
            || !expectKeyword("at", QCoreApplication::translate("ScenarioParser", "the reply"))) {
            return;
        }
    }
    QStringList smtpCommands;
    for (const char *command : SmtpFaultCommands)
        smtpCommands.append(QLatin1String(command));
    QStringList pop3Commands;
    for (const char *command : Pop3FaultCommands)
        pop3Commands.append(QLatin1String(command));
    QStringList imapCommands;
    for (const char *command : ImapFaultCommands)
        imapCommands.append(QLatin1String(command));
    QStringList commands = smtpCommands + pop3Commands;
    for (const QString &command : std::as_const(imapCommands)) {
        if (!commands.contains(command))
            commands.append(command);
    }
    int commandColumn = 0;
    if (!takeCommand(
            commands,
            QCoreApplication::translate("ScenarioParser", "a fault cannot be set at %1; expected one of: %2"),
            &step.command, &commandColumn)) {
        return;
    }
    // The reply must be a refusal in the command's protocol: a fault that
    // said yes would let the server accept what it cannot keep.
    if (step.cut) {
        if (!smtpCommands.contains(step.command)) {
            error(
                commandColumn,
                QCoreApplication::translate("ScenarioParser", "a connection can be cut at %1 only; found %2")
                    .arg(smtpCommands.join(QLatin1String(", ")), quoted(step.command)));
            return;
        }
    } else if (smtpCommands.contains(step.command)) {
        static const QRegularExpression smtp(QStringLiteral("^[45][0-9][0-9](?: |$)"));
        if (!smtp.match(step.reply).hasMatch()) {
            error(replyColumn,
                  QCoreApplication::translate(
                      "ScenarioParser",
                      "the reply to %1 must be an SMTP error: a code from 400 to 599 and "
                      "a text, such as \"452 4.2.2 Mailbox full\"; found %2")
                      .arg(step.command, quoted(step.reply)));
            return;
        }
    } else if (imapCommands.contains(step.command)
               && (!pop3Commands.contains(step.command) || !step.reply.startsWith(QLatin1String("-ERR")))) {
        // IMAP: NO or BAD and a text; the server puts the command's tag before it.
        static const QRegularExpression imap(QStringLiteral("^(?:NO|BAD)(?: .*)?$"));
        if (!imap.match(step.reply).hasMatch()) {
            error(replyColumn,
                  QCoreApplication::translate(
                      "ScenarioParser",
                      "the reply to %1 must be an IMAP refusal: NO or BAD and a text, without the tag, "
                      "such as \"NO [OVERQUOTA] Quota exceeded\"; found %2")
                      .arg(step.command, quoted(step.reply)));
            return;
        }
    } else if (step.reply != QLatin1String("-ERR") && !step.reply.startsWith(QLatin1String("-ERR "))) {
        error(replyColumn,
              QCoreApplication::translate("ScenarioParser",
                                          "the reply to %1 must be a POP3 error: -ERR and a text, such as "
                                          "\"-ERR [AUTH] invalid password\"; found %2")
                  .arg(step.command, quoted(step.reply)));
        return;
    }
    bool hasFor = false;
    bool hasDuring = false;
    while (peek()) {
        if (nextIs("for") && !hasFor) {
            take();
            hasFor = true;
            if (!takeTarget(&step.faultFor))
                return;
        } else if (nextIs("during") && !hasDuring) {
            take();
            hasDuring = true;
            if (!takeSeconds(QStringLiteral("\"during\""), &step.seconds))
                return;
        } else {
            return (void)expected(
                QStringLiteral("\"for\", \"during\"")
                    + QCoreApplication::translate("ScenarioParser", " or the end of the line"),
                QCoreApplication::translate("ScenarioParser", "the command"));
        }
    }
    if (!finish(QStringLiteral("fault")))
        return;
    reference(Reference::Kind::SimulatedServer, step.host, hostColumn);
    m_scenario.steps.append(step);
}

bool ScenarioReader::takeTarget(QString *target)
{
    const Token *token = peek();
    if (!token || token->quoted || !(isAddress(token->text) || isName(token->text))) {
        return expected(QCoreApplication::translate(
                            "ScenarioParser", "an address or a user name such as fran@servidor.edu or fran"),
                        QStringLiteral("\"for\""));
    }
    *target = isAddress(token->text) ? normalizedAddress(token->text) : token->text;
    take();
    return true;
}

bool ScenarioReader::takeSeconds(const QString &after, int *seconds)
{
    return takeNumber(1, MaximumDownSeconds,
                      QCoreApplication::translate("ScenarioParser", "a number of seconds from 1 to %1")
                          .arg(MaximumDownSeconds),
                      after, seconds);
}

bool ScenarioReader::takeCommand(const QStringList &commands, const QString &unknown, QString *command,
                                 int *column)
{
    const Token *word = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "a command (%1)")
                      .arg(commands.join(QLatin1String(", "))),
                  QStringLiteral("\"at\""), &word)) {
        return false;
    }
    if (!commands.contains(word->text.toUpper())) {
        error(word->column,
              unknown.arg(quoted(word->text), commands.join(QLatin1String(", ")))
                  + suggestion(word->text, commands));
        return false;
    }
    *command = word->text.toUpper();
    *column = word->column;
    return true;
}

void ScenarioReader::parseDown()
{
    parseDownOrUp(true);
}

void ScenarioReader::parseUp()
{
    parseDownOrUp(false);
}

void ScenarioReader::parseDownOrUp(bool down)
{
    const QString keyword = down ? QStringLiteral("down") : QStringLiteral("up");
    ScenarioStep step;
    step.kind = down ? ScenarioStep::Kind::Down : ScenarioStep::Kind::Up;
    step.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QLatin1Char('"') + keyword + QLatin1Char('"'), &step.host, &hostColumn))
        return;
    if (down && peek()) {
        if (!expectKeyword("for", QCoreApplication::translate("ScenarioParser", "the host name")))
            return;
        if (!takeSeconds(QStringLiteral("\"for\""), &step.seconds))
            return;
    }
    if (!finish(keyword))
        return;
    reference(Reference::Kind::SimulatedServer, step.host, hostColumn);
    m_scenario.steps.append(step);
}

void ScenarioReader::parseSlow()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Slow;
    step.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"slow\""), &step.host, &hostColumn))
        return;
    if (!takeNumber(0, MaximumSlowMilliseconds,
                    QCoreApplication::translate("ScenarioParser", "a delay in milliseconds from 0 to %1")
                        .arg(MaximumSlowMilliseconds),
                    QCoreApplication::translate("ScenarioParser", "the host name"), &step.milliseconds)
        || !finish(QStringLiteral("slow"))) {
        return;
    }
    reference(Reference::Kind::SimulatedServer, step.host, hostColumn);
    m_scenario.steps.append(step);
}

void ScenarioReader::parsePredict()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Predict;
    step.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"predict\""), &step.host, &hostColumn)
        || !expectKeyword("at", QCoreApplication::translate("ScenarioParser", "the host name"))) {
        return;
    }
    QStringList commands;
    for (const char *command : PredictCommands)
        commands.append(QLatin1String(command));
    int commandColumn = 0;
    if (!takeCommand(commands,
                     QCoreApplication::translate("ScenarioParser",
                                                 "cannot ask about the reply to %1; expected one of: %2"),
                     &step.command, &commandColumn)) {
        return;
    }
    bool hasFor = false;
    while (peek()) {
        if (nextIs("for") && !hasFor) {
            take();
            hasFor = true;
            if (!takeTarget(&step.faultFor))
                return;
        } else if (nextIs("choices") && step.choices.isEmpty()) {
            take();
            // "choices 250, 452, 550" or "choices 250,452,550": the rest of the line.
            static const QRegularExpression code(QStringLiteral("^(?:[2-5][0-9][0-9]|\\+OK|-ERR|OK|NO|BAD)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
            if (!peek()) {
                return (void)expected(QCoreApplication::translate("ScenarioParser",
                                                                  "reply codes separated by commas, such as "
                                                                  "250, 452, 550"),
                                      QStringLiteral("\"choices\""));
            }
            while (const Token *token = peek()) {
                if (token->quoted || nextIs("for"))
                    break;
                const QStringList parts = token->text.split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &part : parts) {
                    if (!code.match(part).hasMatch()) {
                        error(token->column,
                              QCoreApplication::translate(
                                  "ScenarioParser",
                                  "expected a reply code such as 250, +OK or -ERR in the "
                                  "choices, found %1")
                                  .arg(quoted(part)));
                        return;
                    }
                    if (!step.choices.contains(part.toUpper()))
                        step.choices.append(part.toUpper());
                }
                take();
            }
            if (step.choices.size() < 2) {
                error(
                    step.location.line, step.location.column,
                    QCoreApplication::translate("ScenarioParser", "a prediction needs at least two choices"));
                return;
            }
        } else {
            return (void)expected(
                QStringLiteral("\"for\", \"choices\"")
                    + QCoreApplication::translate("ScenarioParser", " or the end of the line"),
                QCoreApplication::translate("ScenarioParser", "the command"));
        }
    }
    if (!finish(QStringLiteral("predict")))
        return;
    reference(Reference::Kind::SimulatedServer, step.host, hostColumn);
    m_scenario.steps.append(step);
}
