// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioimapstatements.cpp — "imap CLIENT …": what an IMAP client does
// besides reading its mail, one job per statement (MailClient::runImap).
//
//   imap fran create Traballo            imap fran rename Traballo to Clase
//   imap fran delete Clase               imap fran open Traballo
//   imap fran move "Quedamos hoxe?" to Traballo [from INBOX]
//   imap fran copy "Quedamos hoxe?" to Traballo [from INBOX]
//   imap fran flag "Quedamos hoxe?" \Flagged [in INBOX]
//   imap fran unflag "Quedamos hoxe?" \Seen [in INBOX]
//   imap fran search text "praia" unseen [in Traballo]
//   imap fran expunge [in Trash]
//   imap fran download "Unha foto" [in INBOX]   (its attachments, on demand)
//
// A message is named by its subject, as a student sees it in the list; the
// runner finds its UID in the folder when the step runs. Search keys are
// RFC 3501 §6.4.4's, in words: text, body, subject, from, to, cc with a
// quoted text; all, seen, unseen, flagged, unflagged, answered, deleted;
// larger and smaller with a size; since, before and on with a date
// (1-Dec-2026); "not" before a key. The client must be declared "imap".
#include "protocol/imapclientsession.h"
#include "scenario/scenarioreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace ScenarioLexer;

bool ScenarioReader::takeFlag(const QString &after, QString *flag)
{
    // A system flag (RFC 3501 §2.3.2) or a "$" keyword ($Junk, $Forwarded).
    static const QRegularExpression pattern(
        QStringLiteral("^(?:\\\\(?:Seen|Answered|Flagged|Deleted|Draft)|\\$[A-Za-z0-9_.-]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const Token *token = peek();
    if (!token || !pattern.match(token->text).hasMatch())
        return expected(QCoreApplication::translate("ScenarioParser", "an IMAP flag such as \\Seen"), after);
    *flag = take()->text;
    if (flag->startsWith(QLatin1Char('\\'))) // "\seen" is \Seen
        *flag = QLatin1Char('\\') + flag->mid(1, 1).toUpper() + flag->mid(2).toLower();
    return true;
}

bool ScenarioReader::takeFolder(const QString &after, bool inboxToo, QString *folder)
{
    const Token *name = peek();
    if (!name) {
        return expected(QCoreApplication::translate("ScenarioParser", "a folder name such as Traballo"),
                        after);
    }
    if (inboxToo && name->text.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
        take();
        *folder = QStringLiteral("INBOX");
        return true;
    }
    QString why;
    if (!isFolderName(name->text, &why)) {
        error(name->column, why);
        return false;
    }
    *folder = take()->text;
    return true;
}

namespace {

// The search keys that take a quoted text, a number, a date, or nothing.
const char *const TextKeys[] = {"text", "body", "subject", "from", "to", "cc"};
const char *const FlagKeys[] = {"all", "seen", "unseen", "flagged", "unflagged", "answered", "deleted"};
const char *const NumberKeys[] = {"larger", "smaller"};
const char *const DateKeys[] = {"since", "before", "on"};

template<size_t N>
bool among(const char *const (&keys)[N], const QString &word)
{
    for (const char *key : keys) {
        if (word == QLatin1String(key))
            return true;
    }
    return false;
}

} // namespace

void ScenarioReader::parseImap()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Imap;
    step.location = statementLocation();
    const Token *client = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                  QStringLiteral("\"imap\""), &client)) {
        return;
    }
    step.client = client->text;
    static const QStringList verbs = {
        QStringLiteral("create"),  QStringLiteral("rename"),   QStringLiteral("delete"),
        QStringLiteral("open"),    QStringLiteral("move"),     QStringLiteral("copy"),
        QStringLiteral("flag"),    QStringLiteral("unflag"),   QStringLiteral("search"),
        QStringLiteral("expunge"), QStringLiteral("download"),
    };
    const Token *verb = peek();
    if (!verb || verb->quoted || !verbs.contains(verb->text.toLower())) {
        return (void)expected(
            QStringLiteral("\"create\", \"rename\", \"delete\", \"open\", \"move\", \"copy\", "
                           "\"flag\", \"unflag\", \"search\", \"expunge\" or \"download\""),
            QCoreApplication::translate("ScenarioParser", "the client name"));
    }
    step.imapVerb = take()->text.toLower();
    const QString after = QLatin1Char('"') + step.imapVerb + QLatin1Char('"');
    const QString &v = step.imapVerb;
    if (v == QLatin1String("create") || v == QLatin1String("delete")) {
        if (!takeFolder(after, false, &step.folder))
            return;
    } else if (v == QLatin1String("open")) {
        if (!takeFolder(after, true, &step.folder))
            return;
    } else if (v == QLatin1String("rename")) {
        if (!takeFolder(after, false, &step.folder)
            || !expectKeyword("to", QCoreApplication::translate("ScenarioParser", "the folder name"))
            || !takeFolder(QStringLiteral("\"to\""), false, &step.newName)) {
            return;
        }
    } else if (v == QLatin1String("move") || v == QLatin1String("copy") || v == QLatin1String("flag")
               || v == QLatin1String("unflag")) {
        // The message, by its subject.
        if (!takeText(after, &step.subject))
            return;
        if (v == QLatin1String("flag") || v == QLatin1String("unflag")) {
            if (!takeFlag(QCoreApplication::translate("ScenarioParser", "the subject"), &step.flag))
                return;
        } else if (!expectKeyword("to", QCoreApplication::translate("ScenarioParser", "the subject"))
                   || !takeFolder(QStringLiteral("\"to\""), true, &step.newName)) {
            return;
        }
    } else if (v == QLatin1String("download")) {
        if (!takeText(after, &step.subject)) // the message whose attachments it downloads
            return;
    } else if (v == QLatin1String("search")) {
        QByteArray criteria;
        bool negate = false;
        while (peek() && !nextIs("in")) {
            const Token *key = take();
            const QString word = key->quoted ? QString() : key->text.toLower();
            QByteArray piece;
            if (word == QLatin1String("not") && !negate) {
                negate = true;
                continue;
            }
            if (among(TextKeys, word)) {
                QString text;
                if (!takeText(quoted(word), &text))
                    return;
                piece = ImapAction::searchKey(word.toUpper().toLatin1(), text);
            } else if (among(FlagKeys, word)) {
                piece = word.toUpper().toLatin1();
            } else if (among(NumberKeys, word)) {
                int size = 0;
                if (!takeNumber(0, 1 << 30, QCoreApplication::translate("ScenarioParser", "a size in octets"),
                                quoted(word), &size)) {
                    return;
                }
                piece = word.toUpper().toLatin1() + ' ' + QByteArray::number(size);
            } else if (among(DateKeys, word)) {
                static const QRegularExpression date(QStringLiteral(
                    "^[0-9]{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-[0-9]{4}$"));
                const Token *when = peek();
                if (!when || !date.match(when->text).hasMatch()) {
                    return (void)expected(
                        QCoreApplication::translate("ScenarioParser", "a date such as 1-Dec-2026"),
                        quoted(word));
                }
                piece = word.toUpper().toLatin1() + ' ' + take()->text.toLatin1();
            } else {
                error(
                    key->column,
                    QCoreApplication::translate(
                        "ScenarioParser",
                        "%1 is not a search key; use text, body, subject, from, to or cc with a quoted text, "
                        "all, seen, unseen, flagged, unflagged, answered, deleted, larger or smaller with a "
                        "size, since, before or on with a date, and \"not\" before a key")
                        .arg(describe(key)));
                return;
            }
            if (!criteria.isEmpty())
                criteria += ' ';
            criteria += (negate ? QByteArray("NOT ") : QByteArray()) + piece;
            negate = false;
        }
        if (criteria.isEmpty() || negate) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a search key such as text \"praia\""),
                negate ? QStringLiteral("\"not\"") : after);
        }
        step.criteria = QString::fromUtf8(criteria);
    }
    // Where the message is, or the folder searched or expunged.
    if ((v == QLatin1String("move") || v == QLatin1String("copy")) && nextIs("from")) {
        take();
        if (!takeFolder(QStringLiteral("\"from\""), true, &step.folder))
            return;
    } else if ((v == QLatin1String("flag") || v == QLatin1String("unflag") || v == QLatin1String("search")
                || v == QLatin1String("expunge") || v == QLatin1String("download"))
               && nextIs("in")) {
        take();
        if (!takeFolder(QStringLiteral("\"in\""), true, &step.folder))
            return;
    }
    if (!finish(QStringLiteral("imap")))
        return;
    const int index = m_scenario.steps.size();
    reference(Reference::Kind::ImapClient, step.client, client->column,
              [this, index](const QString &s) { m_scenario.steps[index].client = s; });
    m_scenario.steps.append(step);
}
