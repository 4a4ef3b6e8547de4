// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioreader.cpp — the reader's line loop, its statement table and the
// helpers every statement takes its words with.
//
// run() splits the file into lines (a BOM and CR LF endings allowed, a line
// too long refused), has each one tokenized, gives the lines of an open
// session block to it, and hands every other line to statement(): the first
// word looks up its handler in the statement table, the one list of keywords
// that both dispatches and fills the "unknown statement … did you mean" message.
// Every handler reports at most one problem for its line and gives up on the
// line, so a typo never hides the problems of later lines; errors are sorted
// by position once the whole file and its cross-checks are done.
#include "scenario/scenarioreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <utility>

using namespace ScenarioLexer;

const QList<ScenarioReader::Statement> &ScenarioReader::statements()
{
    // clang-format off
    static const QList<Statement> table = {
        // the world (scenarioworldstatements.cpp)
        {"title",       &ScenarioReader::parseTitle},
        {"description", &ScenarioReader::parseDescription},
        {"server",      &ScenarioReader::parseServer},
        {"set",         &ScenarioReader::parseSet},
        {"postfix",     &ScenarioReader::parsePostfix},
        {"dovecot",     &ScenarioReader::parseDovecot},
        {"dns",         &ScenarioReader::parseDns},
        {"user",        &ScenarioReader::parseUser},
        {"class",       &ScenarioReader::parseClass},
        {"students",    &ScenarioReader::parseStudents},
        {"client",      &ScenarioReader::parseClient},
        {"eavesdropper", &ScenarioReader::parseEavesdropper},
        {"webmail",     &ScenarioReader::parseWebmail},
        // the steps (scenariostepstatements.cpp; a session block: scenariosessions.cpp)
        {"say",         &ScenarioReader::parseSay},
        {"send",        &ScenarioReader::parseSend},
        {"fetch",       &ScenarioReader::parseFetch},
        {"wait",        &ScenarioReader::parseWait},
        {"session",     &ScenarioReader::parseSession},
        {"expect",      &ScenarioReader::parseExpect},
        {"fault",       &ScenarioReader::parseFault},
        {"down",        &ScenarioReader::parseDown},
        {"up",          &ScenarioReader::parseUp},
        {"slow",        &ScenarioReader::parseSlow},
        {"predict",     &ScenarioReader::parsePredict},
        {"imap",        &ScenarioReader::parseImap},
        {"browse",      &ScenarioReader::parseBrowse},
        // an exercise block (scenarioexercises.cpp)
        {"exercise",    &ScenarioReader::parseExercise},
    };
    // clang-format on
    return table;
}

QStringList ScenarioReader::keywords(const QList<Statement> &table)
{
    QStringList keywords;
    for (const Statement &statement : table)
        keywords.append(QLatin1String(statement.keyword));
    return keywords;
}

const ScenarioReader::Statement *ScenarioReader::find(const QList<Statement> &table, const QString &keyword)
{
    for (const Statement &statement : table) {
        if (keyword == QLatin1String(statement.keyword))
            return &statement;
    }
    return nullptr;
}

Scenario ScenarioReader::run(const QByteArray &content)
{
    m_scenario.source = m_file;
    m_scenario.name = QFileInfo(m_file).completeBaseName();

    QByteArray data = content;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    qsizetype start = 0;
    while (start < data.size() && !full()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++m_line;
        qsizetype length = end - start;
        if (length > 0 && data.at(start + length - 1) == '\r')
            --length;
        const qsizetype lineStart = start;
        start = end + 1;

        if (length > ScenarioParser::MaximumLineLength) {
            error(ScenarioParser::MaximumLineLength + 1,
                  QCoreApplication::translate("ScenarioParser",
                                              "line too long: %1 characters; at most %2 are allowed")
                      .arg(length)
                      .arg(ScenarioParser::MaximumLineLength));
            continue;
        }
        const QString text = decode(QByteArray::fromRawData(data.constData() + lineStart, length));
        Problem problem;
        if (!checkCharacters(text, &problem)) {
            error(problem.column, problem.message);
            continue;
        }
        if (m_inSession && sessionLine(text))
            continue;
        if (!tokenize(text) || m_tokens.isEmpty())
            continue;
        statement();
    }
    if (m_inSession && !full())
        closeSession(false);
    if (m_inExercise && !full())
        closeExercise(false);
    if (!full())
        validate();

    std::stable_sort(m_found.begin(), m_found.end(), [](const ScenarioError &a, const ScenarioError &b) {
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    if (m_errors)
        m_errors->append(m_found);
    return m_scenario;
}

void ScenarioReader::error(int line, int column, const QString &message)
{
    if (full())
        return;
    ++m_count;
    if (full()) {
        m_found.append({{m_file, line, column},
                        QCoreApplication::translate(
                            "ScenarioParser", "too many errors; stopping here (is this a scenario file?)")});
        return;
    }
    m_found.append({{m_file, line, column}, message});
}

void ScenarioReader::error(const ScenarioLocation &where, const QString &message)
{
    if (full())
        return;
    const int before = m_count;
    error(where.line, where.column, message);
    if (m_count > before && !m_found.isEmpty() && m_found.constLast().message == message)
        m_found.last().location.file = where.file;
}

bool ScenarioReader::tokenize(const QString &text)
{
    m_index = 0;
    Problem problem;
    if (ScenarioLexer::tokenize(text, &m_tokens, &m_endColumn, &problem))
        return true;
    error(problem.column, problem.message);
    return false;
}

// The line's first word names the statement; its handler reads the rest.
void ScenarioReader::statement()
{
    const Token *first = take();
    const QString keyword = first->text.toLower();
    m_sayBefore = std::exchange(m_lastWasSay, false);
    if (m_inExercise && !first->quoted) {
        m_hintBefore = std::exchange(m_lastWasHint, false);
        if (exerciseStatement(keyword))
            return;
    }
    if (!first->quoted) {
        if (const Statement *known = find(statements(), keyword))
            return (this->*known->read)();
        if (keyword == QLatin1String("end")) {
            error(first->column,
                  QCoreApplication::translate("ScenarioParser",
                                              "\"end\" without a \"session\" or an \"exercise\" before it"));
            return;
        }
        if (keyword.startsWith(QLatin1String("c:")) || keyword.startsWith(QLatin1String("s:"))) {
            error(first->column,
                  QCoreApplication::translate(
                      "ScenarioParser", "%1 line outside a session; start one with \"session HOST smtp\"")
                      .arg(quoted(first->text)));
            return;
        }
        if (find(exerciseStatements(), keyword)) {
            error(first->column,
                  QCoreApplication::translate("ScenarioParser",
                                              "%1 outside an exercise; start one with a line \"exercise\"")
                      .arg(quoted(first->text)));
            return;
        }
    }
    const QStringList names = keywords(statements());
    error(first->column,
          QCoreApplication::translate("ScenarioParser", "unknown statement %1; expected one of: %2")
                  .arg(describe(first), names.join(QLatin1String(", ")))
              + (first->quoted ? QString() : suggestion(first->text, names)));
}

bool ScenarioReader::nextIs(const char *keyword) const
{
    const Token *token = peek();
    return token && !token->quoted && token->text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

bool ScenarioReader::expected(const QString &what, const QString &after)
{
    error(here(),
          QCoreApplication::translate("ScenarioParser", "expected %1 after %2, found %3")
              .arg(what, after, describe(peek())));
    return false;
}

bool ScenarioReader::expectKeyword(const char *keyword, const QString &after)
{
    if (nextIs(keyword)) {
        take();
        return true;
    }
    return expected(QLatin1Char('"') + QLatin1String(keyword) + QLatin1Char('"'), after);
}

bool ScenarioReader::takeWord(const QString &what, const QString &after, const Token **word)
{
    const Token *token = peek();
    if (!token || token->quoted)
        return expected(what, after);
    *word = take();
    return true;
}

bool ScenarioReader::takeText(const QString &after, QString *text)
{
    const Token *token = peek();
    if (!token || !token->quoted) {
        return expected(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"), after);
    }
    *text = take()->text;
    return true;
}

bool ScenarioReader::takeValue(const QString &what, const QString &after, QString *value)
{
    const Token *token = peek();
    if (!token)
        return expected(what, after);
    *value = take()->text;
    return true;
}

bool ScenarioReader::takeHost(const QString &after, QString *host, int *column)
{
    const Token *word = nullptr;
    if (!takeWord(QCoreApplication::translate("ScenarioParser", "a host name such as servidor.edu"), after,
                  &word)) {
        return false;
    }
    if (!isHostName(word->text)) {
        error(
            word->column,
            QCoreApplication::translate("ScenarioParser",
                                        "expected a host name such as servidor.edu (letters, digits, hyphens "
                                        "and dots), found %1")
                .arg(quoted(word->text)));
        return false;
    }
    *host = word->text.toLower();
    *column = word->column;
    return true;
}

bool ScenarioReader::takeAddress(const QString &after, QString *address, int *column)
{
    const Token *word = nullptr;
    if (!takeWord(
            QCoreApplication::translate("ScenarioParser", "an e-mail address such as fran@servidor.edu"),
            after, &word)) {
        return false;
    }
    if (!isAddress(word->text)) {
        error(word->column,
              QCoreApplication::translate("ScenarioParser",
                                          "expected an e-mail address such as fran@servidor.edu, found %1")
                  .arg(quoted(word->text)));
        return false;
    }
    *address = normalizedAddress(word->text);
    *column = word->column;
    return true;
}

bool ScenarioReader::takeNumber(int minimum, int maximum, const QString &what, const QString &after,
                                int *value)
{
    const Token *token = peek();
    bool ok = false;
    const int number = token && !token->quoted ? token->text.toInt(&ok) : 0;
    if (!ok || number < minimum || number > maximum)
        return expected(what, after);
    take();
    *value = number;
    return true;
}

bool ScenarioReader::takeLanguageAndText(const QString &keyword, QString *language, QString *text)
{
    const QString after = QLatin1Char('"') + keyword + QLatin1Char('"');
    language->clear();
    const Token *token = peek();
    if (token && !token->quoted) {
        if (!isLanguageCode(token->text)) {
            return expected(
                QCoreApplication::translate("ScenarioParser", "a language code (gl, es, en) or quoted text"),
                after);
        }
        *language = take()->text;
        const Token *quotedText = peek();
        const int column = quotedText ? quotedText->column : 0;
        if (!takeText(QCoreApplication::translate("ScenarioParser", "the language \"%1\"").arg(*language),
                      text))
            return false;
        checkPortPlaceholders(keyword, *text, column);
        return true;
    }
    const Token *quotedText = peek();
    const int column = quotedText ? quotedText->column : 0;
    if (!takeText(after, text))
        return false;
    checkPortPlaceholders(keyword, *text, column);
    return true;
}

void ScenarioReader::checkPortPlaceholders(const QString &keyword, const QString &text, int column)
{
    const QList<PortPlaceholder::Found> found = PortPlaceholder::find(text);
    // A title and a description are shown before any world listens.
    const bool allowed = keyword != QLatin1String("title") && keyword != QLatin1String("description");
    for (const PortPlaceholder::Found &placeholder : found) {
        const QString written = text.mid(placeholder.position, placeholder.length);
        if (!allowed) {
            error(column,
                  QCoreApplication::translate("ScenarioParser",
                                              "%1 in \"%2\": a port is known only once the world listens; "
                                              "use it in say, goal or hint")
                      .arg(quoted(written), keyword));
        } else if (!placeholder.wellFormed) {
            error(
                column,
                QCoreApplication::translate("ScenarioParser",
                                            "%1: expected {port HOST SERVICE}, the service being "
                                            "smtp, submission, pop3 or imap, as in {port servidor.edu smtp}")
                    .arg(quoted(written)));
        } else {
            reference(Reference::Kind::Server, placeholder.host, column);
        }
    }
}

bool ScenarioReader::finish(const QString &statement)
{
    const Token *token = peek();
    if (!token)
        return true;
    QString message = QCoreApplication::translate("ScenarioParser",
                                                  "unexpected %1 at the end of the \"%2\" statement")
                          .arg(describe(token), statement);
    if (!token->quoted) {
        message += QCoreApplication::translate("ScenarioParser", "; text with spaces goes between quotes");
    }
    error(token->column, message);
    return false;
}

void ScenarioReader::reference(Reference::Kind kind, const QString &name, int column,
                               std::function<void(const QString &)> canonicalize)
{
    m_references.append({kind, name, location(column), std::move(canonicalize)});
}
