// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioclassstatements.cpp — a class of students: "class FILE.csv [on
// DOMAIN] [private]" and "students N on DOMAIN [private]".
//
// Each student becomes an account (a ScenarioUser marked `student`, with no
// password yet: one is generated and kept with the world's data,
// core/persist/classpasswords.h) and a ScenarioStudent (name and address,
// for the access sheet). The CSV file (docs/scenarios.md, "A class") is
// read when the scenario is parsed, relative to the scenario's folder; a
// problem in it is reported with the CSV file's own name and line.
//
//     name,user,domain
//     "López Pérez, Ana",ana.lopez,2esi.org
//     Brais Pereira,brais
//
// The header names the columns (name, user and, optionally, domain or
// address; Galician and Spanish names too). A row without the third column
// takes the domain given after "on".
//
// A trailing "private" gives each student a world of their own in --serve
// (Scenario::privateWorlds); every class line of a scenario says it, or none.
#include "scenario/scenarioreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace ScenarioLexer;

namespace {

// RFC 4180, as spreadsheets write it: fields between commas (or
// semicolons, as a spreadsheet set to Galician or Spanish saves them),
// a field between double quotes may hold commas and "" for a quote.
// False on a quote not closed or text after a closing quote.
bool splitCsvLine(const QString &line, QChar separator, QStringList *fields)
{
    fields->clear();
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == separator) {
            fields->append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            field.clear();
            inQuotes = true;
            wasQuoted = true;
            continue;
        }
        if (wasQuoted) {
            if (c.isSpace())
                continue;
            return false; // text after the closing quote
        }
        field += c;
    }
    if (inQuotes)
        return false;
    fields->append(wasQuoted ? field : field.trimmed());
    return true;
}

// A log-in as Unix and Dovecot take it: lower case letters, digits, '.', '_', '-'.
bool isLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,31}$"));
    return pattern.match(login).hasMatch();
}

enum class Column {
    Name,
    User,
    Domain,
    Unknown
};

Column columnNamed(const QString &header)
{
    const QString h = header.trimmed().toLower();
    for (const char *name : {"name", "nome", "nombre"}) {
        if (h == QLatin1String(name))
            return Column::Name;
    }
    for (const char *name : {"user", "usuario", "login"}) {
        if (h == QLatin1String(name))
            return Column::User;
    }
    for (const char *name :
         {"domain", "dominio", "address", "enderezo", "dirección", "email", "e-mail", "correo"}) {
        if (h == QString::fromUtf8(name))
            return Column::Domain;
    }
    return Column::Unknown;
}

} // namespace

bool ScenarioReader::addStudent(const QString &name, const QString &address, const ScenarioLocation &where)
{
    const QString key = QLatin1String("user:") + address.toLower();
    if (const int previous = m_declared.value(key)) {
        error(where,
              QCoreApplication::translate("ScenarioParser", "user \"%1\" is already declared on line %2")
                  .arg(address)
                  .arg(previous));
        return false;
    }
    m_declared.insert(key, m_line);
    ScenarioUser user;
    user.address = address;
    user.student = true;
    user.location = where;
    m_scenario.users.append(user);
    m_scenario.students.append({name, address, where});
    // One check of the domain per class line, not one per student.
    const QString domain = address.mid(address.lastIndexOf(QLatin1Char('@')) + 1);
    const bool checked = std::any_of(m_references.cbegin(), m_references.cend(), [&](const Reference &r) {
        return r.kind == Reference::Kind::UserDomain && r.name == domain && r.where.file == where.file
            && (r.where.file == m_file ? r.where.line == where.line : true);
    });
    if (!checked)
        m_references.append({Reference::Kind::UserDomain, domain, where, {}});
    return true;
}

bool ScenarioReader::takeClassDomain(const QString &after, QString *domain, int *column)
{
    if (!expectKeyword("on", after))
        return false;
    return takeHost(QStringLiteral("\"on\""), domain, column);
}

bool ScenarioReader::takePrivate(const QString &statement, bool *isPrivate)
{
    *isPrivate = false;
    if (!nextIs("private"))
        return true;
    take();
    *isPrivate = true;
    if (nextIs("private")) {
        error(peek()->column,
              QCoreApplication::translate("ScenarioParser",
                                          "\"private\" is given twice in the \"%1\" statement")
                  .arg(statement));
        return false;
    }
    return true;
}

bool ScenarioReader::agreeOnPrivacy(bool isPrivate, int column)
{
    if (m_firstClassLine == 0) {
        m_firstClassLine = m_line;
        m_scenario.privateWorlds = isPrivate;
        return true;
    }
    if (m_scenario.privateWorlds == isPrivate)
        return true;
    error(column,
          (isPrivate ? QCoreApplication::translate(
               "ScenarioParser",
               "this class line says \"private\" but the one on line %1 does not: every class line says "
               "\"private\" (a world for each student), or none does")
                     : QCoreApplication::translate(
                         "ScenarioParser",
                         "the class line on line %1 says \"private\" but this one does not: every class line "
                         "says \"private\" (a world for each student), or none does"))
              .arg(m_firstClassLine));
    return false;
}

void ScenarioReader::parseStudents()
{
    const ScenarioLocation where = statementLocation();
    int count = 0;
    if (!takeNumber(1, MaximumStudents,
                    QCoreApplication::translate("ScenarioParser", "a number of students from 1 to %1")
                        .arg(MaximumStudents),
                    QStringLiteral("\"students\""), &count)) {
        return;
    }
    QString domain;
    int column = 0;
    bool isPrivate = false;
    if (!takeClassDomain(QCoreApplication::translate("ScenarioParser", "the number of students"), &domain,
                         &column)
        || !takePrivate(QStringLiteral("students"), &isPrivate) || !finish(QStringLiteral("students"))
        || !agreeOnPrivacy(isPrivate, where.column)) {
        return;
    }
    if (m_scenario.students.size() + count > MaximumStudents) {
        error(where.column,
              QCoreApplication::translate("ScenarioParser", "a class has at most %1 students")
                  .arg(MaximumStudents));
        return;
    }
    for (int i = 1; i <= count; ++i) {
        const QString login = QStringLiteral("alumno%1").arg(i);
        if (!addStudent(login, login + QLatin1Char('@') + domain, where))
            return;
    }
}

void ScenarioReader::parseClass()
{
    const Token *token = peek();
    if (!token) {
        return (void)expected(QCoreApplication::translate("ScenarioParser", "a CSV file such as alumnos.csv"),
                              QStringLiteral("\"class\""));
    }
    take();
    const QString fileName = token->text;
    const int fileColumn = token->column;
    QString domain;
    int column = 0;
    if (peek() && !nextIs("private")
        && !takeClassDomain(QCoreApplication::translate("ScenarioParser", "the file name"), &domain,
                            &column)) {
        return;
    }
    bool isPrivate = false;
    if (!takePrivate(QStringLiteral("class"), &isPrivate) || !finish(QStringLiteral("class")))
        return;
    if (const int previous = m_declared.value(QStringLiteral("class"))) {
        error(fileColumn,
              QCoreApplication::translate("ScenarioParser", "a class is already declared on line %1")
                  .arg(previous));
        return;
    }
    m_declared.insert(QStringLiteral("class"), m_line);
    if (!agreeOnPrivacy(isPrivate, statementLocation().column))
        return;

    // Relative to the scenario's own folder, as "attach".
    const QString path = QDir(QFileInfo(m_file).path()).filePath(fileName);
    const QFileInfo info(path);
    QFile file(path);
    if (fileName.isEmpty() || !info.exists() || info.isDir()) {
        error(fileColumn,
              QCoreApplication::translate(
                  "ScenarioParser",
                  "the class file %1 was not found; it is looked for in the scenario's folder (%2)")
                  .arg(quoted(fileName), QFileInfo(path).absolutePath()));
        return;
    }
    if (info.size() > MaximumClassFileSize) {
        error(fileColumn,
              QCoreApplication::translate("ScenarioParser",
                                          "the class file %1 is too large (%2 bytes; at most %3)")
                  .arg(quoted(path))
                  .arg(info.size())
                  .arg(MaximumClassFileSize));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error(fileColumn,
              QCoreApplication::translate("ScenarioParser", "cannot read the class file %1: %2")
                  .arg(quoted(path), file.errorString()));
        return;
    }
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    int csvLine = 0;
    QList<Column> columns;
    QChar separator = QLatin1Char(',');
    int rows = 0;
    qsizetype start = 0;
    while (start < data.size() && !full()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++csvLine;
        QByteArray bytes = data.mid(start, end - start);
        start = end + 1;
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        const ScenarioLocation where{path, csvLine, 1};
        const QString text = decode(bytes);
        Problem problem;
        if (!checkCharacters(text, &problem)) {
            error(ScenarioLocation{path, csvLine, problem.column}, problem.message);
            return;
        }
        if (text.trimmed().isEmpty() || text.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (columns.isEmpty()) {
            // The header: which column is which.
            if (!text.contains(QLatin1Char(',')) && text.contains(QLatin1Char(';')))
                separator = QLatin1Char(';');
            QStringList headers;
            splitCsvLine(text, separator, &headers);
            for (const QString &header : std::as_const(headers))
                columns.append(columnNamed(header));
            if (columns.count(Column::Name) != 1 || columns.count(Column::User) != 1
                || columns.count(Column::Domain) > 1 || columns.contains(Column::Unknown)) {
                error(where,
                      QCoreApplication::translate(
                          "ScenarioParser",
                          "expected a header line \"name,user\" or \"name,user,domain\" (the domain "
                          "column may hold whole addresses), found %1")
                          .arg(quoted(text)));
                return;
            }
            continue;
        }
        QStringList fields;
        if (!splitCsvLine(text, separator, &fields)) {
            error(where,
                  QCoreApplication::translate("ScenarioParser",
                                              "a quoted field is not closed, or text follows its "
                                              "closing quote: %1")
                      .arg(quoted(text)));
            return;
        }
        if (fields.size() != columns.size()) {
            error(where,
                  QCoreApplication::translate("ScenarioParser",
                                              "expected %1 fields as in the header, found %2: %3")
                      .arg(columns.size())
                      .arg(fields.size())
                      .arg(quoted(text)));
            return;
        }
        QString name;
        QString login;
        QString third;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            switch (columns.at(i)) {
            case Column::Name: name = fields.at(i); break;
            case Column::User: login = fields.at(i); break;
            case Column::Domain: third = fields.at(i); break;
            case Column::Unknown: break;
            }
        }
        if (name.isEmpty()) {
            error(where, QCoreApplication::translate("ScenarioParser", "the student's name is empty"));
            return;
        }
        if (!isLogin(login)) {
            error(where,
                  QCoreApplication::translate(
                      "ScenarioParser",
                      "expected a user name such as alumno1 (lower case letters, digits, '.', '_' "
                      "and '-', at most 32), found %1")
                      .arg(quoted(login)));
            return;
        }
        QString address;
        if (third.contains(QLatin1Char('@'))) {
            if (!isAddress(third) || third.left(third.lastIndexOf(QLatin1Char('@'))) != login) {
                error(where,
                      QCoreApplication::translate(
                          "ScenarioParser",
                          "expected the address %1@DOMAIN (its local part is the user name), found %2")
                          .arg(login, quoted(third)));
                return;
            }
            address = normalizedAddress(third);
        } else {
            QString rowDomain = third.isEmpty() ? domain : third.toLower();
            if (rowDomain.isEmpty()) {
                error(where,
                      QCoreApplication::translate(
                          "ScenarioParser",
                          "no domain for %1: add a domain column, or \"on DOMAIN\" after the file name")
                          .arg(quoted(login)));
                return;
            }
            if (!isHostName(rowDomain)) {
                error(where,
                      QCoreApplication::translate("ScenarioParser",
                                                  "expected a domain such as 2esi.org, found %1")
                          .arg(quoted(rowDomain)));
                return;
            }
            address = login + QLatin1Char('@') + rowDomain;
        }
        if (++rows + m_scenario.students.size() > MaximumStudents) {
            error(where,
                  QCoreApplication::translate("ScenarioParser", "a class has at most %1 students")
                      .arg(MaximumStudents));
            return;
        }
        if (!addStudent(name, address, where))
            return;
    }
    if (columns.isEmpty() || rows == 0) {
        error(fileColumn,
              QCoreApplication::translate("ScenarioParser",
                                          "the class file %1 names no student (a header line "
                                          "\"name,user,domain\", then one line per student)")
                  .arg(quoted(path)));
    }
}
