// SPDX-License-Identifier: GPL-3.0-or-later
// scenariolexer.cpp — a line's bytes into tokens, and the kinds of word.
//
// A line is decoded (UTF-8, else Latin-1), refused when it holds control
// characters, then split into words and quoted texts: a quoted text may hold
// spaces, '#', \" and \n, and a curly opening quote pasted from a word
// processor closes with either quote. Nothing here reports an error itself:
// a problem goes back to the reader with its column. The word classes and the
// wording of what was found are shared by every statement.
#include "scenario/scenariolexer.h"

#include "protocol/printable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace ScenarioLexer {

namespace {

constexpr int MaximumShownLength = 40;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.isSpace();
}

bool isOpeningQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C);
}

// Text from the file made printable before it goes into a message (as
// Postfix does): Printable's transcript style (controls, bidirectional
// overrides and broken octets as \xNN), a line feed as \n, long words cut.
QString printable(const QString &text)
{
    const QString shown = text.left(MaximumShownLength);
    QStringList pieces;
    for (const QString &piece : shown.split(QLatin1Char('\n')))
        pieces.append(QString::fromUtf8(Printable::escape(piece.toUtf8(), Printable::Style::Escaped)));
    QString result = pieces.join(QLatin1String("\\n"));
    if (text.size() > shown.size())
        result += QChar(0x2026);
    return result;
}

} // namespace

// Edits between two short words, a swap of neighbours counting as one ("sned").
int editDistance(const QString &a, const QString &b)
{
    const int width = b.size() + 1;
    QList<int> d((a.size() + 1) * width);
    for (int i = 0; i <= a.size(); ++i)
        d[i * width] = i;
    for (int j = 0; j <= b.size(); ++j)
        d[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min(
                {d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[(i - 2) * width + j - 2] + 1);
            d[i * width + j] = best;
        }
    }
    return d[a.size() * width + b.size()];
}

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

// The column of the character at UTF-16 index `index`: characters, not code
// units, are counted, so a character outside the BMP before it (an emoji in
// a caption) counts once, as an editor counts it.
static int columnAt(const QString &text, int index)
{
    int column = index + 1;
    for (int i = 0; i < index && i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            --column;
    }
    return column;
}

// columnAt() for every index of a line, in one pass; empty when the line
// has no surrogate pairs (then a column is the index + 1).
static QList<int> columnsOf(const QString &text)
{
    QList<int> columns;
    bool pairs = false;
    for (const QChar c : text)
        pairs = pairs || c.isSurrogate();
    if (!pairs)
        return columns;
    columns.reserve(text.size() + 1);
    int column = 1;
    for (int i = 0; i <= text.size(); ++i) {
        columns.append(column);
        if (i < text.size()
            && !(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++column;
    }
    return columns;
}

bool checkCharacters(const QString &text, Problem *problem)
{
    for (int i = 0; i < text.size(); ++i) {
        const ushort c = text.at(i).unicode();
        // C0 and C1 controls; C1 ones come from binary data read as Latin-1.
        if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
            problem->column = columnAt(text, i);
            problem->message = QCoreApplication::translate(
                                   "ScenarioParser",
                                   "unexpected control character \\x%1; a scenario is "
                                   "plain text (saved as UTF-8)")
                                   .arg(c, 2, 16, QLatin1Char('0'));
            return false;
        }
    }
    return true;
}

bool tokenize(const QString &text, QList<Token> *tokens, int *endColumn, Problem *problem)
{
    tokens->clear();
    *endColumn = 1;
    int i = 0;
    const int size = text.size();
    const QList<int> columns = columnsOf(text);
    const auto column = [&columns](int index) { return columns.isEmpty() ? index + 1 : columns.at(index); };
    while (i < size) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#'))
            break;
        Token token;
        token.column = column(i); // an unclosed quote is reported here, where it opens
        if (isOpeningQuote(c)) {
            // A curly opening quote (pasted from a word processor) closes with either.
            const bool curly = c != QLatin1Char('"');
            token.quoted = true;
            bool closed = false;
            ++i;
            while (i < size) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"') || (curly && d == QChar(0x201D))) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < size) {
                    const QChar escaped = text.at(i + 1);
                    if (escaped == QLatin1Char('"') || escaped == QLatin1Char('\\')) {
                        token.text += escaped;
                        i += 2;
                        continue;
                    }
                    if (escaped == QLatin1Char('n')) {
                        token.text += QLatin1Char('\n');
                        i += 2;
                        continue;
                    }
                }
                token.text += d;
                ++i;
            }
            if (!closed) {
                problem->column = token.column;
                problem->message = QCoreApplication::translate(
                    "ScenarioParser", "unterminated quoted text; expected a closing \" on the same line");
                return false;
            }
        } else {
            const int begin = i;
            while (i < size && !isSpace(text.at(i)) && text.at(i) != QLatin1Char('#')
                   && !isOpeningQuote(text.at(i))) {
                ++i;
            }
            token.text = text.mid(begin, i - begin);
        }
        tokens->append(token);
        *endColumn = column(i);
    }
    return true;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + printable(text) + QLatin1Char('"');
}

QString describe(const Token *token)
{
    if (!token)
        return QCoreApplication::translate("ScenarioParser", "the end of the line");
    if (token->quoted)
        return QCoreApplication::translate("ScenarioParser", "quoted text %1").arg(quoted(token->text));
    return quoted(token->text);
}

QString listOrNone(QStringList names)
{
    if (names.isEmpty())
        return QCoreApplication::translate("ScenarioParser", "(none)");
    return names.join(QLatin1String(", "));
}

// "; did you mean "send"?" when a candidate is close enough, else empty.
QString suggestion(const QString &word, const QStringList &candidates)
{
    if (word.size() > MaximumShownLength)
        return QString();
    // One slip in a short word, two in a longer one: "bea" is not a typo of "ana".
    const int allowed = word.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word.toLower(), candidate.toLower());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best.isEmpty())
        return QString();
    return QCoreApplication::translate("ScenarioParser", "; did you mean \"%1\"?").arg(best);
}

bool isHostName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return pattern.match(name).hasMatch();
}

// local@domain with the RFC 5322 §3.2.3 "atext" characters and dots in the local
// part, which may also hold non-ASCII letters ("josé@servidor.edu"; such mail
// needs SMTPUTF8, RFC 6531 §3.3). The domain stays ASCII: it names a server.
bool isAddress(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64)
        return false;
    static const QRegularExpression local(
        QStringLiteral("^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\\x00-\\x7f\\s])+"
                       "(?:\\.(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\\x00-\\x7f\\s])+)*$"));
    return local.match(address.left(at)).hasMatch() && isHostName(address.mid(at + 1));
}

// The domain of an address in lower case, the local part as written.
QString normalizedAddress(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    return address.left(at + 1) + address.mid(at + 1).toLower();
}

bool isLanguageCode(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$"));
    return pattern.match(word).hasMatch();
}

bool isName(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w][\\w.-]*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(word).hasMatch();
}

} // namespace ScenarioLexer
