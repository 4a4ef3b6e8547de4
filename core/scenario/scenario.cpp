// SPDX-License-Identifier: GPL-3.0-or-later
// scenario.cpp — look-ups over the scenario model and error formatting.
#include "scenario/scenario.h"

#include "scenario/serversettings.h"

#include <QRandomGenerator>

QStringList ScenarioServer::realServices()
{
    return {QStringLiteral("smtp"), QStringLiteral("submission"), QStringLiteral("submissions"),
            QStringLiteral("pop3"), QStringLiteral("imap"),       QStringLiteral("pop3s"),
            QStringLiteral("imaps")};
}

int ScenarioServer::realPort(const QString &service) const
{
    if (realPorts.contains(service))
        return realPorts.value(service);
    static const QMap<QString, int> standard{
        {QStringLiteral("smtp"), 25},         {QStringLiteral("submission"), 587},
        {QStringLiteral("submissions"), 465}, {QStringLiteral("pop3"), 110},
        {QStringLiteral("imap"), 143},        {QStringLiteral("pop3s"), 995},
        {QStringLiteral("imaps"), 993}};
    return standard.value(service);
}

const ScenarioServer *Scenario::server(const QString &domain) const
{
    for (const ScenarioServer &candidate : servers) {
        if (candidate.domain.compare(domain, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const ScenarioServer *Scenario::serverFor(const QString &domain) const
{
    if (const ScenarioServer *named = server(domain))
        return named;
    for (const ScenarioServer &candidate : servers) {
        const ServerSettings::Configuration configuration(candidate.domain, candidate.settings);
        if (configuration.postfixConfigured() && configuration.isDestination(domain))
            return &candidate;
    }
    return nullptr;
}

const ScenarioClient *Scenario::client(const QString &name) const
{
    for (const ScenarioClient &candidate : clients) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QStringList Scenario::eavesdropperNames() const
{
    QStringList names;
    for (const ScenarioEavesdropper &e : eavesdroppers) {
        if (!names.contains(e.name, Qt::CaseInsensitive))
            names.append(e.name);
    }
    return names;
}

bool Scenario::eavesdropperTaps(const QString &name, const QString &a, const QString &b) const
{
    const auto same = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive) == 0;
    };
    for (const ScenarioEavesdropper &e : eavesdroppers) {
        if (same(e.name, name) && ((same(e.a, a) && same(e.b, b)) || (same(e.a, b) && same(e.b, a))))
            return true;
    }
    return false;
}

const ScenarioUser *Scenario::user(const QString &address) const
{
    // The local part is kept as written; the domain is case-insensitive (RFC 5321 §2.4),
    // and teachers do not expect "Fran" and "fran" to be two people.
    for (const ScenarioUser &candidate : users) {
        if (candidate.address.compare(address, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QString Scenario::generatePassword()
{
    // Easy to read aloud and to type over telnet: no l (1, I), no q, w, x, y.
    static const char consonants[] = "bcdfghjkmnprstvz";
    static const char vowels[] = "aeiou";
    QRandomGenerator *random = QRandomGenerator::system();
    QString password;
    for (int group = 0; group < 3; ++group) {
        if (group > 0)
            password += QLatin1Char('-');
        for (int syllable = 0; syllable < 2; ++syllable) {
            password += QLatin1Char(consonants[random->bounded(int(sizeof consonants) - 1)]);
            password += QLatin1Char(vowels[random->bounded(int(sizeof vowels) - 1)]);
        }
    }
    return password;
}

void Scenario::giveStudentsPasswords()
{
    for (ScenarioUser &user : users) {
        if (user.student && user.password.isEmpty())
            user.password = generatePassword();
    }
}

Scenario Scenario::privateWorldOf(int student) const
{
    Scenario world = *this;
    world.steps.clear();
    world.students.clear();
    if (student < 0 || student >= students.size())
        return world;
    const ScenarioStudent &own = students.at(student);
    world.students.append(own);
    world.users.removeIf([&own](const ScenarioUser &user) {
        return user.student && user.address.compare(own.address, Qt::CaseInsensitive) != 0;
    });
    return world;
}

QString Scenario::pick(const LocalizedText &text, const QString &language)
{
    if (text.isEmpty())
        return QString();
    if (!language.isEmpty()) {
        const auto exact = text.constFind(language);
        if (exact != text.constEnd())
            return exact.value();
        // "es_ES" or "pt-BR" fall back to their base language.
        const QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        const auto baseMatch = text.constFind(base);
        if (baseMatch != text.constEnd())
            return baseMatch.value();
    }
    const auto galician = text.constFind(QStringLiteral("gl"));
    if (galician != text.constEnd())
        return galician.value();
    const auto plain = text.constFind(QString());
    if (plain != text.constEnd())
        return plain.value();
    return text.constBegin().value();
}

QString ScenarioError::toString() const
{
    QString result = location.file;
    if (location.line > 0) {
        result += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            result += QLatin1Char(':') + QString::number(location.column);
    }
    if (!result.isEmpty())
        result += QLatin1String(": ");
    return result + message;
}

namespace PortPlaceholder {

QList<Found> find(const QString &text)
{
    static const QLatin1String opening("{port");
    QList<Found> found;
    qsizetype from = 0;
    while ((from = text.indexOf(opening, from)) >= 0) {
        Found f;
        f.position = from;
        const qsizetype close = text.indexOf(QLatin1Char('}'), from);
        f.length = (close < 0 ? text.size() : close + 1) - from;
        from += f.length;
        // "{portal}" is not a placeholder: "{port" must end the word.
        const qsizetype after = f.position + opening.size();
        if (after < text.size() && text.at(after) != QLatin1Char(' ') && text.at(after) != QLatin1Char('}'))
            continue;
        const QStringList words =
            text.mid(after, close < 0 ? -1 : close - after).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 1)
            f.host = words.at(0);
        if (words.size() >= 2)
            f.service = words.at(1).toLower();
        f.wellFormed = close >= 0 && words.size() == 2
            && (f.service == QLatin1String("smtp") || f.service == QLatin1String("submission")
                || f.service == QLatin1String("pop3") || f.service == QLatin1String("imap"));
        found.append(f);
    }
    return found;
}

QString expand(const QString &text, const PortOf &port)
{
    const QList<Found> found = find(text);
    if (found.isEmpty())
        return text;
    QString out;
    qsizetype done = 0;
    for (const Found &f : found) {
        out += text.mid(done, f.position - done);
        const quint16 number = f.wellFormed ? port(f.host, f.service) : 0;
        out += number ? QString::number(number) : text.mid(f.position, f.length);
        done = f.position + f.length;
    }
    out += text.mid(done);
    return out;
}

LocalizedText expand(const LocalizedText &texts, const PortOf &port)
{
    LocalizedText out;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        out.insert(it.key(), expand(it.value(), port));
    return out;
}

} // namespace PortPlaceholder
