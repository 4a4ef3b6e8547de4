// SPDX-License-Identifier: GPL-3.0-or-later
// languageswitcher.cpp — loads, swaps and remembers the interface translators.
//
// setLanguage() loads the new catalogues before removing the old ones, so a
// language whose .qm cannot be loaded changes nothing; English needs no file
// (the sources are English), and Qt's qtbase catalogue is used when the
// system has one, with ours beside it where we have one (":/i18n/qtbase_gl.qm",
// ":/i18n/qtbase_es.qm" for what Debian's Spanish one lacks). Qt's translator is installed first and Carteiro's last:
// each install sends LanguageChange, and the last finds both in place. The
// first language is the one asked for, else the saved one ("ui/language"),
// else the system's, else English.
#include "languageswitcher.h"

#include "transcript/notes.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {
const QString settingsKey = QStringLiteral("ui/language");
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

void LanguageSwitcher::removeTranslators()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
    if (m_qtOwnTranslator)
        QCoreApplication::removeTranslator(m_qtOwnTranslator);
    delete m_translator;
    delete m_qtTranslator;
    delete m_qtOwnTranslator;
    m_translator = nullptr;
    m_qtTranslator = nullptr;
    m_qtOwnTranslator = nullptr;
}

QStringList LanguageSwitcher::languages()
{
    return {QStringLiteral("gl"), QStringLiteral("es"), QStringLiteral("en")};
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == QLatin1String("gl"))
        return QStringLiteral("Galego");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString LanguageSwitcher::savedLanguage()
{
    return QSettings().value(settingsKey).toString();
}

QString LanguageSwitcher::initialLanguage(const QString &asked)
{
    const QStringList known = languages();
    if (known.contains(asked))
        return asked;
    const QString saved = savedLanguage();
    if (known.contains(saved))
        return saved;
    // Galician first: the course is Galician. Any other system language that
    // we do not have falls back to English.
    const QString system = QLocale::system().name().left(2);
    return known.contains(system) ? system : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    // The sources are in English: English works even without its .qm file.
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/carteiro_%1.qm").arg(code))) {
        if (code != QLatin1String("en"))
            return false;
        translator.reset();
    }
    // Qt's own texts (standard buttons, dialogs, --help); English needs none.
    // The system's catalogue, and ours beside it where we have one: the whole
    // of them for Galician (Debian has none), what Debian's lacks for Spanish.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtTranslator.reset();
    auto qtOwnTranslator = std::make_unique<QTranslator>();
    if (!qtOwnTranslator->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code)))
        qtOwnTranslator.reset();

    removeTranslators();
    m_translator = translator.release();
    m_qtTranslator = qtTranslator.release();
    m_qtOwnTranslator = qtOwnTranslator.release();
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator);
    // Installed later, looked up first: ours fill the system's gaps.
    if (m_qtOwnTranslator)
        QCoreApplication::installTranslator(m_qtOwnTranslator);
    // Each install sends LanguageChange; the last one finds all in place.
    if (m_translator)
        QCoreApplication::installTranslator(m_translator);
    const bool changed = m_language != code;
    m_language = code;
    Notes::setLanguage(code); // coded notes and captions on the transcript read in it now
    if (changed)
        Q_EMIT languageChanged(code);
    return true;
}

bool LanguageSwitcher::chooseLanguage(const QString &code)
{
    if (!setLanguage(code))
        return false;
    QSettings().setValue(settingsKey, code);
    return true;
}
