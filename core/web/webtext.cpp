// SPDX-License-Identifier: GPL-3.0-or-later
// webtext.cpp — the webmail's words and HTML escaping (see webtext.h).
#include "webtext.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>
#include <QUrl>

#include <memory>

namespace Web {

QStringList languages()
{
    return {QStringLiteral("gl"), QStringLiteral("es"), QStringLiteral("en")};
}

QString text(const QString &language, const char *source)
{
    return translate(language, "Webmail", source);
}

QString translate(const QString &language, const char *context, const char *source)
{
    // One catalogue per language, loaded at first need and kept.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> catalogues;
    if (language != QLatin1String("en") && languages().contains(language)) {
        std::shared_ptr<QTranslator> catalogue;
        {
            const QMutexLocker lock(&mutex);
            auto found = catalogues.find(language);
            if (found == catalogues.end()) {
                auto loaded = std::make_shared<QTranslator>();
                if (!loaded->load(QStringLiteral(":/i18n/carteiro_%1.qm").arg(language)))
                    loaded.reset();
                found = catalogues.insert(language, loaded);
            }
            catalogue = found.value();
        }
        if (catalogue) {
            const QString translated = catalogue->translate(context, source);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString negotiateLanguage(const QByteArray &acceptLanguage, const QString &fallback)
{
    QString best;
    double bestQuality = 0;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QString range = QString::fromLatin1(parts.first().trimmed().toLower());
        double quality = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0;
            }
        }
        const QString primary = range.section(QLatin1Char('-'), 0, 0);
        if (quality > bestQuality && languages().contains(primary)) {
            best = primary;
            bestQuality = quality;
        }
    }
    return best.isEmpty() ? fallback : best;
}

QByteArray escape(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 8);
    for (const char c : utf8) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\0': out += "\xEF\xBF\xBD"; break; // U+FFFD: HTML has no NUL
        default: out += c;
        }
    }
    return out;
}

QByteArray escape(const QString &text)
{
    return escape(text.toUtf8());
}

QByteArray urlEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace Web
