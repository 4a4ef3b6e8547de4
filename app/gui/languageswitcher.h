// SPDX-License-Identifier: GPL-3.0-or-later
// languageswitcher.h — the interface language, changed while the app runs.
//
// Owns the application's translators: Carteiro's own (":/i18n/carteiro_CODE.qm")
// and Qt's (qtbase, for the standard dialogs and --help: the system's, and
// our own ":/i18n/qtbase_CODE.qm" beside it: all of Galician, which Debian
// lacks, and the few texts Debian's Spanish one lacks).
// Installing a translator makes Qt send QEvent::LanguageChange to every
// widget; each widget then sets its texts again in its changeEvent(). The choice is kept in QSettings
// ("ui/language") for the next start.
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The interface languages, Galician first: gl, es, en.
    static QStringList languages();
    // A language's name in that language ("Galego", "Español", "English"):
    // never translated, so that anyone can find their own.
    static QString nativeName(const QString &code);
    // What to start with: the asked language if known, else the saved choice,
    // else the system's, else English.
    static QString initialLanguage(const QString &asked);
    static QString savedLanguage();

    QString language() const { return m_language; }
    // Removes the old translators and installs the new ones; false (and no
    // change) for a language we do not have.
    bool setLanguage(const QString &code);
    // As setLanguage(), and remembers the choice for the next start.
    bool chooseLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();
    QTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr; // the system's qtbase_CODE.qm
    QTranslator *m_qtOwnTranslator = nullptr; // ours, ":/i18n/qtbase_CODE.qm"
    QString m_language;
};
