// SPDX-License-Identifier: GPL-3.0-or-later
// scriptnotation.cpp — reads and writes the script notation (C:, S:, C~, S~,
// X, T, W:, #) and matches a line said against a step.
//
// This is the only place that knows the notation's tags: the tests' engine
// scripts and fake peer, a scenario's session block and the transcript's
// script writer all go through it, so a script means the same to each. The
// scenario dialect keeps what teachers' files have always meant (trimmed
// text, '*' in S: lines); its errors are the scenario parser's, not ours.
#include "scenario/scriptnotation.h"

#include <QRegularExpression>

namespace {

QRegularExpression wholeLine(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

// "*" in a scenario's S: line matches any text; everything else is literal.
QRegularExpression wildcard(const QString &text)
{
    return wholeLine(QRegularExpression::escape(text).replace(QStringLiteral("\\*"), QStringLiteral(".*")));
}

bool isTag(QChar c, char letter)
{
    return c.toUpper() == QLatin1Char(letter);
}

// What follows a two-character tag: after one optional space, exactly.
QString textAfterTag(QStringView rest)
{
    QStringView text = rest.mid(2);
    if (text.startsWith(QLatin1Char(' ')))
        text = text.mid(1);
    return text.toString();
}

} // namespace

bool ScriptStep::matches(const QString &said) const
{
    switch (match) {
    case Match::Exact: return said == text;
    case Match::Wildcard: return wildcard(text).match(said).hasMatch();
    case Match::Pattern: return wholeLine(text).match(said).hasMatch();
    }
    return false;
}

bool ScriptStep::matches(const QByteArray &said) const
{
    if (match == Match::Exact)
        return said == text.toUtf8();
    return matches(QString::fromUtf8(said));
}

namespace ScriptNotation {

LineReading readLine(QStringView text, int lineNumber, Dialect dialect)
{
    LineReading reading;
    qsizetype begin = 0;
    while (begin < text.size() && text.at(begin).isSpace())
        ++begin;
    if (begin == text.size() || text.at(begin) == QLatin1Char('#'))
        return reading; // Skip
    const QStringView rest = text.mid(begin);
    ScriptStep &step = reading.step;
    step.line = lineNumber;
    step.column = int(begin) + 1;
    reading.kind = LineReading::Kind::Step;

    const bool tagged = rest.size() >= 2;
    const bool clientOrServer = tagged && (isTag(rest.at(0), 'C') || isTag(rest.at(0), 'S'));
    if (clientOrServer && rest.at(1) == QLatin1Char(':')) {
        step.kind = ScriptStep::Kind::Line;
        step.side = isTag(rest.at(0), 'C') ? ScriptStep::Side::Client : ScriptStep::Side::Server;
        if (dialect == Dialect::ScenarioSession) {
            // As teachers' files have always been read: the text trimmed, and
            // '*' in what the server must say matches any text.
            step.text = rest.mid(2).trimmed().toString();
            step.match = step.side == ScriptStep::Side::Server ? ScriptStep::Match::Wildcard
                                                               : ScriptStep::Match::Exact;
        } else {
            step.text = textAfterTag(rest);
        }
        return reading;
    }
    if (dialect == Dialect::ScenarioSession) {
        reading.kind = LineReading::Kind::Unknown;
        reading.problem = QStringLiteral("a scenario's session has only C: and S: lines");
        return reading;
    }
    if (clientOrServer && rest.at(1) == QLatin1Char('~')) {
        step.kind = ScriptStep::Kind::Line;
        step.side = isTag(rest.at(0), 'C') ? ScriptStep::Side::Client : ScriptStep::Side::Server;
        step.match = ScriptStep::Match::Pattern;
        step.text = textAfterTag(rest);
        const QRegularExpression pattern = wholeLine(step.text);
        if (!pattern.isValid()) {
            reading.kind = LineReading::Kind::Unknown;
            reading.problem = QStringLiteral("not a regular expression: %1").arg(pattern.errorString());
        }
        return reading;
    }
    const QStringView word = rest.trimmed();
    if (word.size() == 1 && isTag(word.at(0), 'X')) {
        step.kind = ScriptStep::Kind::Drop;
        return reading;
    }
    if (word.size() == 1 && isTag(word.at(0), 'T')) {
        step.kind = ScriptStep::Kind::Timeout;
        return reading;
    }
    if (tagged && isTag(rest.at(0), 'W') && rest.at(1) == QLatin1Char(':')) {
        bool number = false;
        step.kind = ScriptStep::Kind::Wait;
        step.milliseconds = rest.mid(2).trimmed().toInt(&number);
        if (!number || step.milliseconds < 0) {
            reading.kind = LineReading::Kind::Unknown;
            reading.problem = QStringLiteral("\"W:\" takes a number of milliseconds");
        }
        return reading;
    }
    reading.kind = LineReading::Kind::Unknown;
    reading.problem = QStringLiteral("not a script line (C:, S:, C~, S~, X, T, W: or #)");
    return reading;
}

Script parse(QStringView script, Dialect dialect)
{
    Script result;
    int number = 0;
    for (QStringView line : script.split(QLatin1Char('\n'))) {
        ++number;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const LineReading reading = readLine(line, number, dialect);
        if (reading.kind == LineReading::Kind::Unknown) {
            result.errorLine = number;
            result.error = reading.problem;
            return result;
        }
        if (reading.kind == LineReading::Kind::Step)
            result.steps.append(reading.step);
    }
    return result;
}

QString escapePattern(QStringView text)
{
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString write(const ScriptStep &step)
{
    switch (step.kind) {
    case ScriptStep::Kind::Drop: return QStringLiteral("X");
    case ScriptStep::Kind::Timeout: return QStringLiteral("T");
    case ScriptStep::Kind::Wait: return QStringLiteral("W: %1").arg(step.milliseconds);
    case ScriptStep::Kind::Line: break;
    }
    const QChar side = step.side == ScriptStep::Side::Client ? QLatin1Char('C') : QLatin1Char('S');
    QString text = step.text;
    QChar mark = QLatin1Char(':');
    if (step.match != ScriptStep::Match::Exact) {
        mark = QLatin1Char('~');
        if (step.match == ScriptStep::Match::Wildcard) // the same test, as a pattern
            text = escapePattern(step.text).replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    }
    QString line = QString(side) + mark;
    if (!text.isEmpty())
        line += QLatin1Char(' ') + text;
    return line;
}

QString write(const QList<ScriptStep> &steps)
{
    QString out;
    for (const ScriptStep &step : steps)
        out += write(step) + QLatin1Char('\n');
    return out;
}

} // namespace ScriptNotation
