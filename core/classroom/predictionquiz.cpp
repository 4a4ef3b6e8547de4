// SPDX-License-Identifier: GPL-3.0-or-later
// predictionquiz.cpp — the gate's hold hook for predict-the-reply.
//
// Each reply a server connection submits is matched against the armed steps
// by host and by the command it answers (Utterance::answers through
// commandOf(): "." is the end of DATA, the DATA command is never asked about).
// The choices, from the step or usualChoices(), always include the real code.
// Without a student the question is only noted and the reply goes on; with
// one the reply is held, the question is noted and asked() emitted when the
// gate reaches it (holding()), and answer() releases it and notes the verdict
// and the score.
#include "classroom/predictionquiz.h"

#include "explain/explanations.h"
#include "net/connection.h"
#include "net/gate.h"
#include "protocol/imapserversession.h"
#include "protocol/pop3serversession.h"
#include "protocol/smtpserversession.h"
#include "transcript/transcriptformatter.h"
#include "web/webtext.h"
#include "world/world.h"

#include <QCoreApplication>

#include <algorithm>

PredictionQuiz::PredictionQuiz(World *world, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_gate(world->gate())
{
    m_gate->setHoldHook(
        [this](Connection *connection, const Utterance &utterance) { return hold(connection, utterance); });
    connect(m_gate, &Gate::holding, this, &PredictionQuiz::onHolding);
}

PredictionQuiz::~PredictionQuiz()
{
    if (m_gate)
        m_gate->setHoldHook({});
}

void PredictionQuiz::arm(const ScenarioStep &predict)
{
    m_armed.append(predict);
}

QString PredictionQuiz::commandOf(const QByteArray &line)
{
    if (line == ".")
        return QStringLiteral("DATA");
    const qsizetype space = line.indexOf(' ');
    const QString verb = QString::fromLatin1(space < 0 ? line : line.left(space)).toUpper();
    // "DATA" names the end of the data (as for faults); the 354 that answers
    // the DATA command itself is not asked about.
    return verb == QLatin1String("DATA") ? QString() : verb;
}

QStringList PredictionQuiz::usualChoices(const QString &command, Protocol protocol)
{
    if (protocol == Protocol::Pop3)
        return {QStringLiteral("+OK"), QStringLiteral("-ERR")};
    if (protocol == Protocol::Imap)
        return {QStringLiteral("OK"), QStringLiteral("NO"), QStringLiteral("BAD")};
    static const QHash<QString, QStringList> usual = {
        {QStringLiteral("HELO"), {"250", "501", "504", "550"}},
        {QStringLiteral("EHLO"), {"250", "501", "504", "550"}},
        {QStringLiteral("MAIL"), {"250", "451", "452", "501", "530", "550", "553"}},
        {QStringLiteral("RCPT"), {"250", "251", "450", "452", "550", "551", "553", "554"}},
        {QStringLiteral("DATA"), {"250", "354", "451", "452", "552", "554"}},
        {QStringLiteral("QUIT"), {"221", "250", "421"}},
    };
    return usual.value(command, {"250", "252", "500", "502", "550"});
}

QString PredictionQuiz::meaning(const QString &code)
{
    return meaning(code, QString());
}

QString PredictionQuiz::meaning(const QString &code, const QString &language)
{
    // An empty language: the interface's (the installed translators).
    const auto say = [&language](const char *source) {
        return language.isEmpty() ? tr(source) : Web::translate(language, "PredictionQuiz", source);
    };
    if (code == QLatin1String("+OK"))
        return say(QT_TR_NOOP("positive: the command worked"));
    if (code == QLatin1String("-ERR"))
        return say(QT_TR_NOOP("negative: the command failed"));
    // IMAP's tagged completions (RFC 3501 §7.1).
    if (code == QLatin1String("OK"))
        return say(QT_TR_NOOP("OK: the command worked"));
    if (code == QLatin1String("NO"))
        return say(QT_TR_NOOP("NO: the command was understood but failed"));
    if (code == QLatin1String("BAD"))
        return say(QT_TR_NOOP("BAD: the command was not understood (syntax, or the wrong state)"));
    bool ok = false;
    const int number = code.toInt(&ok);
    if (!ok)
        return QString();
    // The catalogue's title names the code itself ("250 OK"): the words alone.
    QString title = language.isEmpty() ? Explanations::forSmtpReplyCode(number).title
                                       : Explanations::smtpReplyCodeTitle(number, language);
    if (title.startsWith(code + QLatin1Char(' ')))
        title = title.mid(code.size() + 1);
    return title;
}

QList<QByteArray> PredictionQuiz::targetsOf(const ProtocolSession *engine, const QString &command,
                                            const QByteArray &line)
{
    // As for faults (MailServer::findFault and the engines' fault hooks).
    if (const auto *imap = dynamic_cast<const ImapServerSession *>(engine)) {
        Q_UNUSED(line);
        return {imap->commandUser()}; // LOGIN's user, else who logged in
    }
    if (const auto *pop3 = dynamic_cast<const Pop3ServerSession *>(engine)) {
        // USER and APOP name the user; any other command is the user's who
        // logged in (or was named by USER before PASS).
        if (command == QLatin1String("USER") || command == QLatin1String("APOP")) {
            const QList<QByteArray> words = line.simplified().split(' ');
            return {words.value(1)};
        }
        return {pop3->user()};
    }
    if (const auto *smtp = dynamic_cast<const SmtpServerSession *>(engine)) {
        // MAIL: the sender; RCPT: the recipient; the end of DATA: any
        // recipient of the message.
        if (command == QLatin1String("DATA"))
            return smtp->lastRecipients();
        if (command == QLatin1String("MAIL") || command == QLatin1String("RCPT")) {
            const qsizetype open = line.indexOf('<');
            const qsizetype close = line.indexOf('>', open + 1);
            if (open >= 0 && close > open)
                return {line.mid(open + 1, close - open - 1)};
        }
    }
    return {line}; // any other command: a line that names the target
}

bool PredictionQuiz::targetMatches(const QString &target, const QByteArray &address, const QString &domain)
{
    // "fran" names the local part of any address; "fran@servidor.edu" that
    // address, or the user "fran" of the server servidor.edu.
    const QString text = QString::fromUtf8(address);
    if (text.isEmpty())
        return false;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const bool wholeLine = text.contains(QLatin1Char(' '));
    if (wholeLine) // not an address: a line that names it
        return text.contains(target, Qt::CaseInsensitive);
    const QString local = at < 0 ? text : text.left(at);
    if (target.contains(QLatin1Char('@'))) {
        const QString full = at < 0 ? text + QLatin1Char('@') + domain : text;
        return target.compare(full, Qt::CaseInsensitive) == 0;
    }
    return target.compare(local, Qt::CaseInsensitive) == 0;
}

static bool lessCode(const QString &a, const QString &b)
{
    // Numbers in order; +OK before -ERR.
    if (a.at(0).isDigit() && b.at(0).isDigit())
        return a.toInt() < b.toInt();
    return a > b;
}

bool PredictionQuiz::hold(Connection *connection, const Utterance &utterance)
{
    if (m_armed.isEmpty() || m_asking || utterance.code.isEmpty()
        || connection->endpoints().role != Connection::Role::Server
        || (m_heldConnections && (connection->inheritsUnpaced() || !m_heldConnections(connection)))) {
        return false;
    }
    QString command = commandOf(utterance.answers);
    if (const auto *imap = dynamic_cast<const ImapServerSession *>(connection->engine())) {
        // IMAP: only a tagged completion answers a command (RFC 3501 §2.2.2);
        // its line begins with the tag, so the engine names the command.
        if (utterance.role != LineRole::Reply)
            return false;
        command = QString::fromLatin1(imap->commandName());
    }
    const QString host = connection->endpoints().localHost;
    const auto match = std::find_if(m_armed.begin(), m_armed.end(), [&](const ScenarioStep &step) {
        if (step.host.compare(host, Qt::CaseInsensitive) != 0 || step.command != command)
            return false;
        if (step.faultFor.isEmpty())
            return true;
        const QList<QByteArray> targets = targetsOf(connection->engine(), command, utterance.answers);
        return std::any_of(targets.begin(), targets.end(), [&](const QByteArray &address) {
            return targetMatches(step.faultFor, address, host);
        });
    });
    if (match == m_armed.end())
        return false;
    const ScenarioStep step = *match;
    m_armed.erase(match);

    Question question;
    question.number = ++m_asked;
    question.host = host;
    question.peer = connection->endpoints().peerHost;
    question.protocol = connection->engine()->protocol();
    question.command = utterance.answers;
    if (const auto *imap = dynamic_cast<const ImapServerSession *>(connection->engine()))
        question.command = imap->commandLine(); // the last line heard may be a literal's
    question.location = step.location;
    question.choices = step.choices.isEmpty() ? usualChoices(command, question.protocol) : step.choices;
    const QString code = QString::fromLatin1(utterance.code);
    if (!question.choices.contains(code))
        question.choices.append(code);
    std::sort(question.choices.begin(), question.choices.end(), lessCode);

    if (!m_interactive) {
        // Nobody to ask: the question is told, and the reply goes on.
        noteQuestion(question);
        Result result;
        result.question = question;
        result.code = utterance.code;
        result.reply = utterance.lines;
        m_results.append(result);
        return false;
    }
    m_current = question;
    m_heldReply = utterance;
    m_heldConnection = connection;
    m_asking = true;
    m_announced = false;
    return true;
}

void PredictionQuiz::onHolding(Connection *connection, const Utterance &)
{
    if (!m_asking || m_announced || connection != m_heldConnection)
        return;
    m_announced = true;
    noteQuestion(m_current);
    Q_EMIT asked(m_current);
}

QByteArray PredictionQuiz::shownCommand(const QByteArray &command)
{
    // The note is kept and printed where the transcript masks the line
    // itself ("PASS ****"): a command that carries a secret is masked here
    // too, whoever reads it. The window's question shows it as it was.
    const QList<QByteArray> words = command.trimmed().split(' ');
    const QByteArray verb = words.value(0).toUpper();
    const QByteArray imapCommand = words.value(1).toUpper(); // after the tag
    if (verb == "PASS" || verb == "AUTH" || imapCommand == "LOGIN" || imapCommand == "AUTHENTICATE")
        return TranscriptFormatter::maskedSecret(command);
    return command;
}

void PredictionQuiz::noteQuestion(const Question &question)
{
    m_world->note(TranscriptEvent::Kind::Note, question.host, question.peer, NoteCode::PredictionAsked,
                  {question.host, QString::fromUtf8(shownCommand(question.command)),
                   question.choices.join(QStringLiteral(", "))},
                  question.protocol);
}

bool PredictionQuiz::answer(const QString &code)
{
    // An empty code: no guess (the student closed the question).
    if (!m_asking || !m_announced || (!code.isEmpty() && !m_current.choices.contains(code)))
        return false;
    Result result;
    result.question = m_current;
    result.chosen = code;
    result.code = m_heldReply.code;
    result.reply = m_heldReply.lines;
    result.right = code == QString::fromLatin1(m_heldReply.code);
    if (result.right)
        ++m_right;
    m_results.append(result);
    m_asking = false;
    m_announced = false;
    if (m_gate)
        m_gate->releaseHold(); // the real reply is written now
    const QString number = QString::number(m_current.number);
    const QString real = QString::fromLatin1(result.code);
    const QString right = QString::number(m_right);
    const QString asked = QString::number(m_asked);
    const NoteCode verdict = code.isEmpty() ? NoteCode::PredictionUnanswered
        : result.right                      ? NoteCode::PredictionRight
                                            : NoteCode::PredictionWrong;
    const QStringList words = code.isEmpty() ? QStringList{number, real, right, asked}
        : result.right                       ? QStringList{number, code, right, asked}
                                             : QStringList{number, code, real, right, asked};
    m_world->note(TranscriptEvent::Kind::Note, m_current.host, m_current.peer, verdict, words,
                  m_current.protocol);
    Q_EMIT answered(result);
    Q_EMIT scoreChanged(m_right, m_asked);
    return true;
}
