// scenarioparser.cpp — tokenizer, one handler per statement, then cross-checks.
//
// Every handler reports at most one problem for its line and gives up on the
// line, so a typo never hides the problems of later lines. References between
// lines (a send's client, a user's domain, …) are checked once the whole file
// is read, so statements may come in any order.
#include "scenario/scenarioparser.h"
#include "scenario/scriptnotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <functional>
#include <utility>

namespace {

struct Token {
    QString text;
    int column = 0; // 1-based, in characters
    bool quoted = false;
};

// Something named on one line that must be declared somewhere in the file.
struct Reference {
    enum class Kind {
        Server,
        User,
        Client,
        UserDomain
    };
    Kind kind;
    QString name;
    ScenarioLocation where; // the word itself
    std::function<void(const QString &)> canonicalize; // set the declared spelling
};

struct PendingSetting {
    QString host;
    QString key;
    QString value;
};

const char *const StatementKeywords[] = {
    "title", "description", "server", "set",   "dns",  "user", "client", "say",     "send",     "fetch",
    "wait",  "session",     "expect", "fault", "down", "up",   "slow",   "predict", "exercise",
};

// What an exercise block holds, besides its closing "end".
const char *const ExerciseKeywords[] = {"goal", "hint", "check", "solution"};

// The commands whose reply a "predict" step may ask about.
const char *const PredictCommands[] = {
    "HELO", "EHLO", "MAIL", "RCPT", "DATA", "RSET", "VRFY", "NOOP", "QUIT", "USER",
    "PASS", "APOP", "STAT", "LIST", "RETR", "DELE", "TOP",  "UIDL", "CAPA",
};

// Longest "slow HOST MILLISECONDS": ten seconds a line.
constexpr int MaximumSlowMilliseconds = 10000;

// The commands a "fault" may answer: SMTP ones go through the server's checks
// (DATA is the end of the data), POP3 ones through the POP3 engine's hook.
const char *const SmtpFaultCommands[] = {"MAIL", "RCPT", "DATA"};
const char *const Pop3FaultCommands[] = {
    "USER", "PASS", "APOP", "STAT", "LIST", "RETR", "DELE", "TOP", "UIDL",
};

// Longest "down HOST for SECONDS": an hour.
constexpr int MaximumDownSeconds = 3600;

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
};

constexpr int MaximumShownLength = 40;
constexpr int MaximumCount = 1000000;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.isSpace();
}

bool isOpeningQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C);
}

// Peer text made printable before it goes into a message (as Postfix does):
// control characters become \xNN and long words are cut.
QString printable(const QString &text)
{
    QString result;
    const int shown = std::min<int>(text.size(), MaximumShownLength);
    result.reserve(shown + 8);
    for (int i = 0; i < shown; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    if (text.size() > shown)
        result += QChar(0x2026);
    return result;
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

class Reader
{
public:
    Reader(const QString &fileName, QList<ScenarioError> *errors)
        : m_file(fileName)
        , m_errors(errors)
    {
    }

    Scenario run(const QByteArray &content);

private:
    // --- errors ---
    void error(int line, int column, const QString &message);
    void error(int column, const QString &message) { error(m_line, column, message); }
    bool full() const { return m_count >= ScenarioParser::MaximumErrors; }

    // --- a line ---
    QString decode(const QByteArray &bytes) const;
    bool checkCharacters(const QString &text);
    bool tokenize(const QString &text);
    const Token *peek() const { return m_index < m_tokens.size() ? &m_tokens.at(m_index) : nullptr; }
    const Token *take() { return m_index < m_tokens.size() ? &m_tokens.at(m_index++) : nullptr; }
    int here() const { return peek() ? peek()->column : m_endColumn; }
    bool nextIs(const char *keyword) const;
    ScenarioLocation location(int column) const { return {m_file, m_line, column}; }
    ScenarioLocation statementLocation() const { return location(m_tokens.first().column); }

    // Helpers that report "expected …, found …" and return false on a problem.
    bool expected(const QString &what, const QString &after);
    bool expectKeyword(const char *keyword, const QString &after);
    bool takeWord(const QString &what, const QString &after, const Token **word);
    bool takeText(const QString &after, QString *text); // quoted only
    bool takeValue(const QString &what, const QString &after, QString *value); // word or quoted
    bool takeHost(const QString &after, QString *host, int *column);
    bool takeAddress(const QString &after, QString *address, int *column);
    // A whole number from minimum to maximum; else "expected WHAT after AFTER".
    bool takeNumber(int minimum, int maximum, const QString &what, const QString &after, int *value);
    bool takeCount(int *count);
    bool takeAddressList(const QString &after, QStringList *addresses);
    bool takeAttachment(QList<ScenarioAttachment> *attachments);
    bool takeLanguageAndText(const QString &keyword, QString *language, QString *text);
    bool takeTarget(QString *target); // after "for": address or user
    bool takeSeconds(const QString &after, int *seconds); // 1 … MaximumDownSeconds
    // After "at": one of `commands` (upper case into `command`); `unknown`
    // (with %1 the word found, %2 the list) is the error for any other word.
    bool takeCommand(const QStringList &commands, const QString &unknown, QString *command, int *column);
    bool finish(const QString &statement);

    void reference(Reference::Kind kind, const QString &name, int column,
                   std::function<void(const QString &)> canonicalize = {});

    // --- statements ---
    void statement();
    void parseLocalized(LocalizedText *target, const QString &keyword);
    void parseServer();
    void parseSet();
    void parseDns();
    void parseUser();
    void parseClient();
    void parseSay();
    void parseSend();
    void parseFetch();
    void parseWait();
    void parseSession();
    void parseExpect(bool check = false);
    void parseFault();
    void parseDownOrUp(bool down);
    void parseSlow();
    void parsePredict();
    void parseExercise();
    bool exerciseStatement(const QString &keyword);
    void parseExerciseText(bool hint);
    void closeExercise(bool withEnd);
    bool sessionLine(const QString &text);
    void closeSession(bool withEnd);

    void validate();

    QString m_file;
    QList<ScenarioError> *m_errors;
    QList<ScenarioError> m_found;
    int m_count = 0;
    Scenario m_scenario;

    int m_line = 0;
    QList<Token> m_tokens;
    int m_index = 0;
    int m_endColumn = 1;

    bool m_lastWasSay = false;
    bool m_serverAttempted = false;
    bool m_inSession = false;
    bool m_sessionValid = false;
    bool m_sessionIsSolution = false; // the session is an exercise's "solution"
    bool m_inExercise = false;
    int m_exerciseIndex = -1; // the Exercise step in m_scenario.steps
    int m_exerciseChecks = 0;
    bool m_exerciseCheckAttempted = false; // a "check" line, even a broken one
    bool m_lastWasHint = false;
    ScenarioStep m_session;
    QHash<QString, int> m_declared; // "server:cliente.fr" → line, to report duplicates
    QList<PendingSetting> m_settings;
    QList<Reference> m_references;
};

Scenario Reader::run(const QByteArray &content)
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
        if (!checkCharacters(text))
            continue;
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

void Reader::error(int line, int column, const QString &message)
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

QString Reader::decode(const QByteArray &bytes) const
{
    // Teachers' editors may save Latin-1; a line that is not UTF-8 is read as Latin-1.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

bool Reader::checkCharacters(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const ushort c = text.at(i).unicode();
        // C0 and C1 controls; C1 ones come from binary data read as Latin-1.
        if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
            error(i + 1,
                  QCoreApplication::translate("ScenarioParser",
                                              "unexpected control character \\x%1; a scenario is plain text "
                                              "(saved as UTF-8)")
                      .arg(c, 2, 16, QLatin1Char('0')));
            return false;
        }
    }
    return true;
}

bool Reader::tokenize(const QString &text)
{
    m_tokens.clear();
    m_index = 0;
    m_endColumn = 1;
    int i = 0;
    const int size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#'))
            break;
        Token token;
        token.column = i + 1;
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
                error(token.column,
                      QCoreApplication::translate(
                          "ScenarioParser",
                          "unterminated quoted text; expected a closing \" on the same line"));
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
        m_tokens.append(token);
        m_endColumn = i + 1;
    }
    return true;
}

bool Reader::nextIs(const char *keyword) const
{
    const Token *token = peek();
    return token && !token->quoted && token->text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

bool Reader::expected(const QString &what, const QString &after)
{
    error(here(),
          QCoreApplication::translate("ScenarioParser", "expected %1 after %2, found %3")
              .arg(what, after, describe(peek())));
    return false;
}

bool Reader::expectKeyword(const char *keyword, const QString &after)
{
    if (nextIs(keyword)) {
        take();
        return true;
    }
    return expected(QLatin1Char('"') + QLatin1String(keyword) + QLatin1Char('"'), after);
}

bool Reader::takeWord(const QString &what, const QString &after, const Token **word)
{
    const Token *token = peek();
    if (!token || token->quoted)
        return expected(what, after);
    *word = take();
    return true;
}

bool Reader::takeText(const QString &after, QString *text)
{
    const Token *token = peek();
    if (!token || !token->quoted) {
        return expected(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"), after);
    }
    *text = take()->text;
    return true;
}

bool Reader::takeValue(const QString &what, const QString &after, QString *value)
{
    const Token *token = peek();
    if (!token)
        return expected(what, after);
    *value = take()->text;
    return true;
}

bool Reader::takeHost(const QString &after, QString *host, int *column)
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

bool Reader::takeAddress(const QString &after, QString *address, int *column)
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

bool Reader::takeNumber(int minimum, int maximum, const QString &what, const QString &after, int *value)
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

bool Reader::takeCount(int *count)
{
    return takeNumber(0, MaximumCount, QCoreApplication::translate("ScenarioParser", "a whole number"),
                      QStringLiteral("\"count\""), count);
}

bool Reader::takeLanguageAndText(const QString &keyword, QString *language, QString *text)
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
        return takeText(QCoreApplication::translate("ScenarioParser", "the language \"%1\"").arg(*language),
                        text);
    }
    return takeText(after, text);
}

bool Reader::takeTarget(QString *target)
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

bool Reader::takeSeconds(const QString &after, int *seconds)
{
    return takeNumber(1, MaximumDownSeconds,
                      QCoreApplication::translate("ScenarioParser", "a number of seconds from 1 to %1")
                          .arg(MaximumDownSeconds),
                      after, seconds);
}

bool Reader::takeCommand(const QStringList &commands, const QString &unknown, QString *command, int *column)
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

bool Reader::finish(const QString &statement)
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

void Reader::reference(Reference::Kind kind, const QString &name, int column,
                       std::function<void(const QString &)> canonicalize)
{
    m_references.append({kind, name, location(column), std::move(canonicalize)});
}

void Reader::statement()
{
    const Token *first = take();
    const QString keyword = first->text.toLower();
    const bool say = !first->quoted && keyword == QLatin1String("say");
    const bool wasSay = m_lastWasSay;
    m_lastWasSay = false;
    if (m_inExercise && !first->quoted) {
        const bool wasHint = m_lastWasHint;
        m_lastWasHint = false;
        if (keyword == QLatin1String("hint"))
            m_lastWasHint = wasHint;
        if (exerciseStatement(keyword))
            return;
    }
    if (first->quoted) {
        // fall through to the "unknown statement" message below
    } else if (keyword == QLatin1String("title")) {
        return parseLocalized(&m_scenario.title, keyword);
    } else if (keyword == QLatin1String("description")) {
        return parseLocalized(&m_scenario.description, keyword);
    } else if (keyword == QLatin1String("server")) {
        return parseServer();
    } else if (keyword == QLatin1String("set")) {
        return parseSet();
    } else if (keyword == QLatin1String("dns")) {
        return parseDns();
    } else if (keyword == QLatin1String("user")) {
        return parseUser();
    } else if (keyword == QLatin1String("client")) {
        return parseClient();
    } else if (say) {
        m_lastWasSay = wasSay;
        return parseSay();
    } else if (keyword == QLatin1String("send")) {
        return parseSend();
    } else if (keyword == QLatin1String("fetch")) {
        return parseFetch();
    } else if (keyword == QLatin1String("wait")) {
        return parseWait();
    } else if (keyword == QLatin1String("session")) {
        return parseSession();
    } else if (keyword == QLatin1String("expect")) {
        return parseExpect();
    } else if (keyword == QLatin1String("fault")) {
        return parseFault();
    } else if (keyword == QLatin1String("down")) {
        return parseDownOrUp(true);
    } else if (keyword == QLatin1String("up")) {
        return parseDownOrUp(false);
    } else if (keyword == QLatin1String("slow")) {
        return parseSlow();
    } else if (keyword == QLatin1String("predict")) {
        return parsePredict();
    } else if (keyword == QLatin1String("exercise")) {
        return parseExercise();
    } else if (keyword == QLatin1String("end")) {
        error(first->column,
              QCoreApplication::translate("ScenarioParser",
                                          "\"end\" without a \"session\" or an \"exercise\" before it"));
        return;
    } else if (keyword.startsWith(QLatin1String("c:")) || keyword.startsWith(QLatin1String("s:"))) {
        error(first->column,
              QCoreApplication::translate("ScenarioParser",
                                          "%1 line outside a session; start one with \"session HOST smtp\"")
                  .arg(quoted(first->text)));
        return;
    }
    QStringList exerciseWords;
    for (const char *word : ExerciseKeywords)
        exerciseWords.append(QLatin1String(word));
    if (!first->quoted && exerciseWords.contains(keyword)) {
        error(first->column,
              QCoreApplication::translate("ScenarioParser",
                                          "%1 outside an exercise; start one with a line \"exercise\"")
                  .arg(quoted(first->text)));
        return;
    }
    const QStringList keywords = ScenarioParser::statementKeywords();
    error(first->column,
          QCoreApplication::translate("ScenarioParser", "unknown statement %1; expected one of: %2")
                  .arg(describe(first), keywords.join(QLatin1String(", ")))
              + (first->quoted ? QString() : suggestion(first->text, keywords)));
}

void Reader::parseLocalized(LocalizedText *target, const QString &keyword)
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

void Reader::parseServer()
{
    m_serverAttempted = true;
    ScenarioServer server;
    server.location = statementLocation();
    int column = 0;
    if (!takeHost(QStringLiteral("\"server\""), &server.domain, &column))
        return;
    while (peek()) {
        if (!nextIs("address")) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "\"address\" or the end of the line"),
                QCoreApplication::translate("ScenarioParser", "the host name"));
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

void Reader::parseSet()
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
    reference(Reference::Kind::Server, setting.host, hostColumn);
    m_settings.append(setting);
}

void Reader::parseDns()
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

void Reader::parseUser()
{
    ScenarioUser user;
    user.location = statementLocation();
    int column = 0;
    if (!takeAddress(QStringLiteral("\"user\""), &user.address, &column))
        return;
    if (!expectKeyword("password", QCoreApplication::translate("ScenarioParser", "the address")))
        return;
    if (!takeValue(QCoreApplication::translate("ScenarioParser", "the password"),
                   QStringLiteral("\"password\""), &user.password)
        || !finish(QStringLiteral("user"))) {
        return;
    }
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

void Reader::parseClient()
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
        if (!nextIs("pop3")) {
            return (void)expected(
                QCoreApplication::translate("ScenarioParser", "\"pop3\" or the end of the line"),
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

void Reader::parseSay()
{
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

void Reader::parseSend()
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
    bool hasSubject = false;
    bool hasBody = false;
    bool hasCc = false;
    while (peek()) {
        if (nextIs("attach")) {
            take();
            if (!takeAttachment(&step.attachments))
                return;
            continue;
        }
        if (nextIs("cc")) {
            const Token *keyword = take();
            if (hasCc) {
                error(keyword->column,
                      QCoreApplication::translate("ScenarioParser", "%1 is given twice")
                          .arg(quoted(QStringLiteral("cc"))));
                return;
            }
            hasCc = true;
            if (!takeAddressList(QStringLiteral("\"cc\""), &step.cc))
                return;
            continue;
        }
        bool *seen = nullptr;
        QString *value = nullptr;
        if (nextIs("subject")) {
            seen = &hasSubject;
            value = &step.subject;
        } else if (nextIs("body")) {
            seen = &hasBody;
            value = &step.body;
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
            return;
        }
        const Token *keyword = take();
        if (*seen) {
            error(keyword->column,
                  QCoreApplication::translate("ScenarioParser", "%1 is given twice")
                      .arg(quoted(keyword->text.toLower())));
            return;
        }
        *seen = true;
        if (!takeValue(QCoreApplication::translate("ScenarioParser", "quoted text (\"…\")"),
                       quoted(keyword->text.toLower()), value)) {
            return;
        }
    }
    const int index = m_scenario.steps.size();
    reference(Reference::Kind::Client, step.client, client->column,
              [this, index](const QString &s) { m_scenario.steps[index].client = s; });
    m_scenario.steps.append(step);
}

bool Reader::takeAddressList(const QString &after, QStringList *addresses)
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

bool Reader::takeAttachment(QList<ScenarioAttachment> *attachments)
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

void Reader::parseFetch()
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

void Reader::parseWait()
{
    if (!finish(QStringLiteral("wait")))
        return;
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Wait;
    step.location = statementLocation();
    m_scenario.steps.append(step);
}

void Reader::parseSession()
{
    // Whatever happens on this line, the C:/S: lines up to "end" belong to the
    // session: entering session mode avoids one error per script line.
    m_inSession = true;
    m_sessionValid = false;
    m_sessionIsSolution = false;
    m_session = ScenarioStep();
    m_session.kind = ScenarioStep::Kind::Session;
    m_session.location = statementLocation();
    int hostColumn = 0;
    if (!takeHost(QStringLiteral("\"session\""), &m_session.host, &hostColumn))
        return;
    const Token *service = peek();
    const QString name = service && !service->quoted ? service->text.toLower() : QString();
    if (name != QLatin1String("smtp") && name != QLatin1String("submission")
        && name != QLatin1String("pop3")) {
        return (void)expected(QStringLiteral("\"smtp\", \"submission\" or \"pop3\""),
                              QCoreApplication::translate("ScenarioParser", "the host name"));
    }
    take();
    m_session.service = name;
    if (!finish(QStringLiteral("session")))
        return;
    reference(Reference::Kind::Server, m_session.host, hostColumn);
    m_sessionValid = true;
}

// A line read while a session is open; false when it is an ordinary statement.
bool Reader::sessionLine(const QString &text)
{
    // Blank lines, comments and C:/S: lines are the script notation's
    // (core/scenario/scriptnotation.h); the rest of a C:/S: line is protocol
    // text, taken literally ('#' included).
    const ScriptNotation::LineReading reading = ScriptNotation::readLine(
        text, m_line, ScriptNotation::Dialect::ScenarioSession);
    if (reading.kind == ScriptNotation::LineReading::Kind::Skip)
        return true;
    if (reading.kind == ScriptNotation::LineReading::Kind::Step) {
        m_session.script.append({reading.step, location(reading.step.column)});
        return true;
    }
    if (!tokenize(text) || m_tokens.isEmpty())
        return true;
    const Token &first = m_tokens.first();
    const QString word = first.quoted ? QString() : first.text.toLower();
    if (word == QLatin1String("end")) {
        take();
        closeSession(true);
        finish(QStringLiteral("end"));
        return true;
    }
    bool exerciseWord = false;
    for (const char *keyword : ExerciseKeywords)
        exerciseWord = exerciseWord || word == QLatin1String(keyword);
    if (ScenarioParser::statementKeywords().contains(word) || (m_inExercise && exerciseWord)) {
        closeSession(false);
        return false;
    }
    error(first.column,
          QCoreApplication::translate("ScenarioParser",
                                      "expected \"C:\", \"S:\" or \"end\" inside a session, found %1")
              .arg(describe(&first)));
    return true;
}

void Reader::closeSession(bool withEnd)
{
    m_inSession = false;
    if (!withEnd) {
        error(
            m_session.location.line, m_session.location.column,
            QCoreApplication::translate(
                "ScenarioParser", "session without \"end\"; close its C: and S: lines with a line \"end\""));
        return;
    }
    if (!m_sessionValid)
        return;
    if (m_session.script.isEmpty()) {
        error(m_session.location.line, m_session.location.column,
              QCoreApplication::translate("ScenarioParser", "session without any \"C:\" or \"S:\" line"));
        return;
    }
    if (m_sessionIsSolution) {
        if (m_inExercise && m_exerciseIndex >= 0) {
            ScenarioStep &exercise = m_scenario.steps[m_exerciseIndex];
            exercise.host = m_session.host;
            exercise.service = m_session.service;
            exercise.script = m_session.script;
        }
        return;
    }
    m_scenario.steps.append(m_session);
}

void Reader::parseExpect(bool check)
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
        if (!takeAddress(QStringLiteral("\"mailbox\""), &step.target, &column))
            return;
        reference(Reference::Kind::User, step.target, column,
                  [this, index](const QString &s) { m_scenario.steps[index].target = s; });
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
    } else if (nextIs("queue")) {
        take();
        step.kind = ScenarioStep::Kind::ExpectQueue;
        int column = 0;
        if (!takeHost(QStringLiteral("\"queue\""), &step.host, &column)
            || !expectKeyword("count", QCoreApplication::translate("ScenarioParser", "the host name"))
            || !takeCount(&step.count) || !finish(statementName)) {
            return;
        }
        reference(Reference::Kind::Server, step.host, column);
    } else if (nextIs("reply")) {
        take();
        step.kind = ScenarioStep::Kind::ExpectReply;
        static const QRegularExpression code(QStringLiteral("^(?:[2-5][0-9][0-9]|\\+OK|-ERR)$"),
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
        return (void)expected(QStringLiteral("\"mailbox\", \"client\", \"queue\" or \"reply\""), after);
    }

    if (countOrSubject) {
        bool hasSubject = false;
        bool hasAttachment = false;
        bool hasHeader = false;
        bool ok = true;
        while (ok && peek()) {
            if (nextIs("count") && step.count < 0) {
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
                                                "\"count\", \"subject\", \"attachment\", \"header\" or "
                                                "the end of the line"),
                    QCoreApplication::translate("ScenarioParser", "the name"));
            }
        }
        if (ok && step.count < 0 && !hasSubject && !hasAttachment && !hasHeader) {
            ok = expected(QStringLiteral("\"count\" / \"subject\" / \"attachment\" / \"header\""),
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

void Reader::parseFault()
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
    const QStringList commands = smtpCommands + pop3Commands;
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
    reference(Reference::Kind::Server, step.host, hostColumn);
    m_scenario.steps.append(step);
}

void Reader::parseDownOrUp(bool down)
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
    reference(Reference::Kind::Server, step.host, hostColumn);
    m_scenario.steps.append(step);
}

void Reader::parseSlow()
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
    reference(Reference::Kind::Server, step.host, hostColumn);
    m_scenario.steps.append(step);
}

void Reader::parsePredict()
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
            static const QRegularExpression code(QStringLiteral("^(?:[2-5][0-9][0-9]|\\+OK|-ERR)$"),
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
    reference(Reference::Kind::Server, step.host, hostColumn);
    m_scenario.steps.append(step);
}

void Reader::parseExercise()
{
    if (!finish(QStringLiteral("exercise")))
        return;
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Exercise;
    step.location = statementLocation();
    m_inExercise = true;
    m_exerciseIndex = m_scenario.steps.size();
    m_exerciseChecks = 0;
    m_exerciseCheckAttempted = false;
    m_lastWasHint = false;
    m_scenario.steps.append(step);
}

// A statement inside an exercise; false when it is not one of the exercise's
// own (the exercise lacks its "end": it is closed and the line read as usual).
bool Reader::exerciseStatement(const QString &keyword)
{
    if (keyword == QLatin1String("goal")) {
        parseExerciseText(false);
        return true;
    }
    if (keyword == QLatin1String("hint")) {
        parseExerciseText(true);
        return true;
    }
    if (keyword == QLatin1String("check")) {
        m_exerciseCheckAttempted = true;
        const qsizetype before = m_scenario.steps.size();
        parseExpect(true);
        m_exerciseChecks += int(m_scenario.steps.size() - before);
        return true;
    }
    if (keyword == QLatin1String("solution")) {
        const ScenarioStep &exercise = m_scenario.steps.at(m_exerciseIndex);
        if (!exercise.script.isEmpty()) {
            error(m_tokens.first().column,
                  QCoreApplication::translate("ScenarioParser", "this exercise already has a solution"));
        }
        parseSession();
        m_session.kind = ScenarioStep::Kind::Session;
        m_sessionIsSolution = true;
        return true;
    }
    if (keyword == QLatin1String("end")) {
        take();
        if (finish(QStringLiteral("end")))
            closeExercise(true);
        else
            m_inExercise = false;
        return true;
    }
    closeExercise(false);
    return false;
}

void Reader::parseExerciseText(bool hint)
{
    const QString keyword = hint ? QStringLiteral("hint") : QStringLiteral("goal");
    QString language;
    QString text;
    if (!takeLanguageAndText(keyword, &language, &text) || !finish(keyword))
        return;
    ScenarioStep &exercise = m_scenario.steps[m_exerciseIndex];
    if (!hint) {
        if (exercise.text.contains(language)) {
            error(m_tokens.first().column,
                  QCoreApplication::translate(
                      "ScenarioParser", "\"goal\" for this language is already given in this exercise"));
            return;
        }
        exercise.text.insert(language, text);
        return;
    }
    // Consecutive hint lines in different languages are one hint.
    if (m_lastWasHint && !exercise.hints.isEmpty() && !exercise.hints.last().contains(language))
        exercise.hints.last().insert(language, text);
    else
        exercise.hints.append(LocalizedText{{language, text}});
    m_lastWasHint = true;
}

void Reader::closeExercise(bool withEnd)
{
    m_inExercise = false;
    m_lastWasHint = false;
    if (m_exerciseIndex < 0)
        return;
    const ScenarioStep &exercise = m_scenario.steps.at(m_exerciseIndex);
    const ScenarioLocation &where = exercise.location;
    if (!withEnd) {
        error(
            where.line, where.column,
            QCoreApplication::translate("ScenarioParser",
                                        "exercise without \"end\"; close its goal, hint, check and solution "
                                        "lines with a line \"end\""));
        return;
    }
    if (exercise.text.isEmpty()) {
        error(where.line, where.column,
              QCoreApplication::translate("ScenarioParser",
                                          "exercise without a goal; add a line such as goal gl \"Envía unha "
                                          "mensaxe a Fran escribindo SMTP a man\""));
    }
    if (m_exerciseChecks == 0 && !m_exerciseCheckAttempted) {
        error(where.line, where.column,
              QCoreApplication::translate("ScenarioParser",
                                          "exercise without a check; add a line such as check mailbox "
                                          "fran@servidor.edu count 1"));
    }
}

void Reader::validate()
{
    // A misspelt server line has its own error already.
    if (m_scenario.servers.isEmpty() && !m_serverAttempted) {
        error(1, 1,
              QCoreApplication::translate("ScenarioParser",
                                          "no server declared; a scenario needs at least one line such as "
                                          "\"server servidor.edu\""));
    }
    QStringList servers;
    for (const ScenarioServer &server : std::as_const(m_scenario.servers))
        servers.append(server.domain);
    QStringList users;
    for (const ScenarioUser &user : std::as_const(m_scenario.users))
        users.append(user.address);
    QStringList clients;
    for (const ScenarioClient &client : std::as_const(m_scenario.clients))
        clients.append(client.name);

    for (const Reference &reference : std::as_const(m_references)) {
        const auto report = [&](const QString &message) {
            error(reference.where.line, reference.where.column, message);
        };
        switch (reference.kind) {
        case Reference::Kind::Server:
            if (!m_scenario.server(reference.name)) {
                report(
                    QCoreApplication::translate("ScenarioParser", "unknown server %1; declared servers: %2")
                        .arg(quoted(reference.name), listOrNone(servers)));
            }
            break;
        case Reference::Kind::UserDomain:
            if (!m_scenario.server(reference.name)) {
                report(QCoreApplication::translate("ScenarioParser",
                                                   "no server declared for the domain %1; add a line "
                                                   "\"server %2\"")
                           .arg(quoted(reference.name), reference.name));
            }
            break;
        case Reference::Kind::User:
            if (const ScenarioUser *user = m_scenario.user(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(user->address);
            } else {
                report(QCoreApplication::translate("ScenarioParser", "unknown user %1; declared users: %2")
                           .arg(quoted(reference.name), listOrNone(users)));
            }
            break;
        case Reference::Kind::Client:
            if (const ScenarioClient *client = m_scenario.client(reference.name)) {
                if (reference.canonicalize)
                    reference.canonicalize(client->name);
            } else {
                report(
                    QCoreApplication::translate("ScenarioParser", "unknown client %1; declared clients: %2")
                        .arg(quoted(reference.name), listOrNone(clients))
                    + suggestion(reference.name, clients));
            }
            break;
        }
    }

    for (const PendingSetting &setting : std::as_const(m_settings)) {
        for (ScenarioServer &server : m_scenario.servers) {
            if (server.domain == setting.host)
                server.settings.insert(setting.key, setting.value);
        }
    }
}

} // namespace

Scenario ScenarioParser::parse(const QString &fileName, const QByteArray &content,
                               QList<ScenarioError> *errors)
{
    Reader reader(fileName, errors);
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
    QStringList keywords;
    for (const char *keyword : StatementKeywords)
        keywords.append(QLatin1String(keyword));
    return keywords;
}
