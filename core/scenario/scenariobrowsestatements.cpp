// SPDX-License-Identifier: GPL-3.0-or-later
// scenariobrowsestatements.cpp — "browse CLIENT …": the client's browser on
// the webmail in front of its server (World::browser, WebBrowser::run).
//
//   browse fran login                    browse fran logout
//   browse fran read 1 [in INBOX]        browse fran delete 1 [in Trash]
//   browse fran send to ana@cliente.fr [cc eva@x] subject "…" body "…" [attach foto.png]
//   browse fran reply 1 body "…"         browse fran open "/folder?name=Sent"
//
// A message is named by its UID in the folder, as the webmail's links name
// it. The client must exist and a webmail must serve its server's domain
// (checked once the file is read, with the other references).
#include "scenario/scenarioreader.h"

#include <QCoreApplication>

using namespace ScenarioLexer;

void ScenarioReader::parseBrowse()
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Browse;
    step.location = statementLocation();
    const Token *client = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "the name of a client"),
                  QStringLiteral("\"browse\""), &client)) {
        return;
    }
    step.client = client->text;
    static const QStringList verbs = {
        QStringLiteral("login"),  QStringLiteral("read"), QStringLiteral("send"),   QStringLiteral("reply"),
        QStringLiteral("delete"), QStringLiteral("open"), QStringLiteral("logout"),
    };
    const Token *verb = peek();
    if (!verb || verb->quoted || !verbs.contains(verb->text.toLower())) {
        return (void)expected(QStringLiteral("\"login\", \"read\", \"send\", \"reply\", \"delete\", \"open\" "
                                             "or \"logout\""),
                              QCoreApplication::translate("ScenarioParser", "the client name"));
    }
    step.browseVerb = take()->text.toLower();
    const QString &v = step.browseVerb;
    const QString after = QLatin1Char('"') + v + QLatin1Char('"');
    const QString uidWhat = QCoreApplication::translate("ScenarioParser", "a message's UID such as 1");
    if (v == QLatin1String("read") || v == QLatin1String("delete") || v == QLatin1String("reply")) {
        if (!takeNumber(1, 2147483647, uidWhat, after, &step.uid))
            return;
        if (v == QLatin1String("reply")) {
            if (!expectKeyword("body", QCoreApplication::translate("ScenarioParser", "the UID"))
                || !takeText(QStringLiteral("\"body\""), &step.body)) {
                return;
            }
        } else if (nextIs("in")) {
            take();
            if (!takeFolder(QStringLiteral("\"in\""), true, &step.folder))
                return;
        }
    } else if (v == QLatin1String("open")) {
        const Token *path = peek();
        if (!path || !path->quoted || !path->text.startsWith(QLatin1Char('/'))
            || path->text.contains(QLatin1Char(' '))) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "a quoted path such as \"/folder?name=Sent\""),
                after);
        }
        step.path = take()->text;
    } else if (v == QLatin1String("send")) {
        if (!expectKeyword("to", after) || !takeAddressList(QStringLiteral("\"to\""), &step.recipients))
            return;
        if (!takeMessageOptions(&step))
            return;
    }
    if (!finish(QStringLiteral("browse")))
        return;
    const int index = m_scenario.steps.size();
    reference(Reference::Kind::BrowserClient, step.client, client->column,
              [this, index](const QString &s) { m_scenario.steps[index].client = s; });
    m_scenario.steps.append(step);
}
