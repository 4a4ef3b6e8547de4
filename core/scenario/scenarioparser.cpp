// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioparser.cpp — ScenarioParser's entry points: parse a text, load a
// file or a built-in scenario, list the built-in ones and the keywords.
//
// The reading itself is ScenarioReader's (scenarioreader.h), split by job
// over the scenario*.cpp files beside this one: the lexer, the reader's line
// loop and statement table, the world's and the steps' statements, session
// and exercise blocks, the cross-checks once the file is read.
#include "scenario/scenarioparser.h"
#include "scenario/scenariolexer.h"
#include "scenario/scenarioreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace ScenarioLexer;

Scenario ScenarioParser::parse(const QString &fileName, const QByteArray &content,
                               QList<ScenarioError> *errors)
{
    ScenarioReader reader(fileName, errors);
    return reader.run(content);
}

Scenario ScenarioParser::load(const QString &nameOrPath, QList<ScenarioError> *errors)
{
    const bool isPath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.contains(QLatin1Char('\\'))
        || nameOrPath.endsWith(QLatin1String(".scenario")) || QFileInfo::exists(nameOrPath);
    const QString fileName = isPath ? nameOrPath : QStringLiteral(":/scenarios/%1.scenario").arg(nameOrPath);

    const auto fail = [&](const QString &message) {
        if (errors)
            errors->append({{nameOrPath, 0, 0}, message});
        Scenario scenario;
        scenario.source = fileName;
        scenario.name = QFileInfo(fileName).completeBaseName();
        return scenario;
    };

    QFile file(fileName);
    if (!file.exists()) {
        if (isPath) {
            return fail(QCoreApplication::translate("ScenarioParser", "scenario file %1 not found")
                            .arg(quoted(nameOrPath)));
        }
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "no built-in scenario named %1; built-in scenarios: %2")
                        .arg(quoted(nameOrPath), listOrNone(builtInNames())));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("ScenarioParser", "cannot read %1: %2")
                        .arg(quoted(nameOrPath), file.errorString()));
    }
    if (file.size() > MaximumFileSize) {
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "%1 is too large for a scenario (%2 bytes; at most %3)")
                        .arg(quoted(nameOrPath))
                        .arg(file.size())
                        .arg(MaximumFileSize));
    }
    return parse(fileName, file.read(MaximumFileSize), errors);
}

QStringList ScenarioParser::builtInNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/scenarios"))
                                  .entryList({QStringLiteral("*.scenario")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

QStringList ScenarioParser::statementKeywords()
{
    return ScenarioReader::keywords(ScenarioReader::statements());
}
