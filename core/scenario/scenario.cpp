// scenario.cpp — look-ups over the scenario model and error formatting.
#include "scenario/scenario.h"

const ScenarioServer *Scenario::server(const QString &domain) const
{
    for (const ScenarioServer &candidate : servers) {
        if (candidate.domain.compare(domain, Qt::CaseInsensitive) == 0)
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
