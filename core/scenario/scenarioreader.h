// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioreader.h — the reader behind ScenarioParser::parse(): one class, its
// members spread over files by job.
//
// Inside core/scenario only. The reader takes a file line by line and hands
// each line to the statement its first word names, through one table of
// keywords and handlers (statements(); an exercise block has its own,
// exerciseStatements()). The jobs, one file each:
//   scenarioreader.cpp           the line loop, the statement tables and the
//                                helpers every statement uses to take words
//   scenarioworldstatements.cpp  the world: title, description, server, set,
//                                dns, user, client
//   scenarioclassstatements.cpp  a class: class FILE.csv, students N on DOMAIN
//   scenariostepstatements.cpp   the steps: say, send, fetch, wait, expect,
//                                fault, down, up, slow, predict
//   scenariobrowsestatements.cpp browse: the client's browser on its webmail
//   scenariosessions.cpp         session … end: the C:/S: lines
//   scenarioexercises.cpp        exercise … end: goal, hint, check, solution
//   scenariovalidation.cpp       once the file is read: the references between lines
// The tokens and the kinds of word are scenariolexer.h's.
#pragma once

#include "scenario/scenario.h"
#include "scenario/scenariolexer.h"
#include "scenario/scenarioparser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class ScenarioReader
{
public:
    ScenarioReader(const QString &fileName, QList<ScenarioError> *errors)
        : m_file(fileName)
        , m_errors(errors)
    {
    }

    Scenario run(const QByteArray &content);

    // A statement: its keyword (lower case) and the member that reads the rest of its line.
    struct Statement {
        const char *keyword;
        void (ScenarioReader::*read)();
    };
    // Every statement, in the order the documentation presents them: the
    // table that dispatches a line and that "unknown statement" lists.
    static const QList<Statement> &statements();
    // What an exercise block holds, besides its closing "end" (scenarioexercises.cpp).
    static const QList<Statement> &exerciseStatements();
    static QStringList keywords(const QList<Statement> &table);

private:
    using Token = ScenarioLexer::Token;

    // Something named on one line that must be declared somewhere in the file.
    struct Reference {
        enum class Kind {
            Server,
            SimulatedServer, // a server the statement looks into or changes: not a real one
            User,
            Student, // "{student}": each student's own address; needs a class
            Client,
            ImapClient, // a client that must read its mail with IMAP
            BrowserClient, // a client whose server has a webmail in front (browse, expect browser)
            UserDomain,
            Host, // a server or a client (either end of an eavesdropper's link)
            EavesdropperName, // must not be the name of a server or a client
            WebmailName, // the same for a webmail host
            RecipientDomain // the domain of an address mail is sent to
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

    static const Statement *find(const QList<Statement> &table, const QString &keyword);

    // --- errors ---
    void error(int line, int column, const QString &message);
    void error(int column, const QString &message) { error(m_line, column, message); }
    void error(const ScenarioLocation &where, const QString &message); // in another file (a class's CSV)
    bool full() const { return m_count >= ScenarioParser::MaximumErrors; }

    // --- a line (scenarioreader.cpp) ---
    bool tokenize(const QString &text);
    const Token *peek() const { return m_index < m_tokens.size() ? &m_tokens.at(m_index) : nullptr; }
    const Token *take() { return m_index < m_tokens.size() ? &m_tokens.at(m_index++) : nullptr; }
    int here() const { return peek() ? peek()->column : m_endColumn; }
    bool nextIs(const char *keyword) const;
    ScenarioLocation location(int column) const { return {m_file, m_line, column}; }
    ScenarioLocation statementLocation() const { return location(m_tokens.first().column); }
    void statement();

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
    bool takeLanguageAndText(const QString &keyword, QString *language, QString *text);
    // "{port HOST SERVICE}" in a text: well formed, in a text told while the
    // world runs, and HOST a declared server (checked with the references).
    void checkPortPlaceholders(const QString &keyword, const QString &text, int column);
    bool finish(const QString &statement);
    static QString realServerRefused(const ScenarioServer &server);
    bool parseRealServer(ScenarioServer *server); // "real ADDRESS [smtp N] …" of a "server" line

    void reference(Reference::Kind kind, const QString &name, int column,
                   std::function<void(const QString &)> canonicalize = {});

    // --- the world (scenarioworldstatements.cpp) ---
    void parseTitle();
    void parseDescription();
    void parseLocalized(LocalizedText *target, const QString &keyword);
    void parseServer();
    void parseSet();
    void parseProgram(bool postfix); // "postfix HOST KEY VALUE …", "dovecot HOST KEY VALUE …"
    void parsePostfix() { parseProgram(true); }
    void parseDovecot() { parseProgram(false); }
    void parseDns();
    void parseUser();
    void parseClient();
    void parseEavesdropper();
    void parseWebmail();

    // --- a class (scenarioclassstatements.cpp) ---
    static constexpr int MaximumStudents = ScenarioParser::MaximumStudents;
    static constexpr qint64 MaximumClassFileSize = 1024 * 1024;
    void parseClass(); // "class FILE.csv [on DOMAIN] [private]"
    void parseStudents(); // "students N on DOMAIN [private]"
    bool takeClassDomain(const QString &after, QString *domain, int *column); // "on DOMAIN"
    // The optional "private" that ends a class line (each student a world
    // of their own), once; false on a second one.
    bool takePrivate(const QString &statement, bool *isPrivate);
    // Every class line of a scenario says "private", or none does; false
    // (reported) when this one disagrees with the first.
    bool agreeOnPrivacy(bool isPrivate, int column);
    bool addStudent(const QString &name, const QString &address, const ScenarioLocation &where);

    // --- the steps (scenariostepstatements.cpp) ---
    void parseSay();
    void parseSend();
    bool takeAddressList(const QString &after, QStringList *addresses);
    bool takeAttachment(QList<ScenarioAttachment> *attachments);
    // A message's options after its recipients, in any order, each once
    // but "attach": cc ADDRESSES, subject TEXT, body TEXT, attach FILE.
    bool takeMessageOptions(ScenarioStep *step);
    void parseFetch();
    void parseWait();
    void parseExpect();
    void parseExpectation(bool check); // "expect", or an exercise's "check"
    // A folder name a scenario may give (user … folders, expect … folder);
    // false with the reason, translated.
    static bool isFolderName(const QString &name, QString *why);
    bool takeCount(int *count);
    void parseFault();
    bool takeTarget(QString *target); // after "for": address or user
    bool takeSeconds(const QString &after, int *seconds); // 1 … MaximumDownSeconds
    // After "at": one of `commands` (upper case into `command`); `unknown`
    // (with %1 the word found, %2 the list) is the error for any other word.
    // An IMAP flag: a system flag (\Seen, any capitals; given as \Seen) or a "$" keyword.
    bool takeFlag(const QString &after, QString *flag);
    // A folder name (isFolderName), or INBOX when `inboxToo`.
    bool takeFolder(const QString &after, bool inboxToo, QString *folder);
    bool takeCommand(const QStringList &commands, const QString &unknown, QString *command, int *column);
    void parseDown();
    void parseUp();
    void parseDownOrUp(bool down);
    void parseSlow();
    void parsePredict();
    void parseImap(); // scenarioimapstatements.cpp
    void parseBrowse(); // scenariobrowsestatements.cpp

    // --- session blocks (scenariosessions.cpp) ---
    void parseSession();
    bool sessionLine(const QString &text);
    void closeSession(bool withEnd);

    // --- exercise blocks (scenarioexercises.cpp) ---
    void parseExercise();
    bool exerciseStatement(const QString &keyword);
    void parseGoal();
    void parseHint();
    void parseCheck();
    void parseSolution();
    void parseExerciseText(bool hint);
    void closeExercise(bool withEnd);

    // --- once the file is read (scenariovalidation.cpp) ---
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
    bool m_sayBefore = false; // m_lastWasSay as the statement being read started
    bool m_serverAttempted = false;
    bool m_inSession = false;
    bool m_sessionValid = false;
    bool m_sessionIsSolution = false; // the session is an exercise's "solution"
    bool m_inExercise = false;
    int m_exerciseIndex = -1; // the Exercise step in m_scenario.steps
    int m_exerciseChecks = 0;
    bool m_exerciseCheckAttempted = false; // a "check" line, even a broken one
    bool m_lastWasHint = false;
    bool m_hintBefore = false; // m_lastWasHint as the exercise's statement being read started
    ScenarioStep m_session;
    QHash<QString, int> m_declared; // "server:cliente.fr" → line, to report duplicates
    int m_firstClassLine = 0; // the first "class" or "students" line (its "private" decides)
    QList<PendingSetting> m_settings;
    QList<Reference> m_references;
};
