// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language changes while the window is open: View ▸ Language
// installs other translators and every widget sets its texts again.
#include "classroom/scenariorunner.h"
#include "gui/inspectorpanel.h"
#include "gui/languageswitcher.h"
#include "gui/mailclientwindow.h"
#include "gui/mainwindow.h"
#include "gui/timelineexport.h"
#include "gui/timelinepainter.h"
#include "mail/mailclient.h"
#include "persist/worldfile.h"
#include "scenario/scenarioparser.h"
#include "transcript/notes.h"
#include "transcript/transcriptformatter.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

Scenario anaFran()
{
    QList<ScenarioError> errors;
    return ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
}

World::Options options()
{
    World::Options o;
    o.ephemeralPorts = true;
    return o;
}

MailClientWindow *openClientWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *client = qobject_cast<MailClientWindow *>(w))
            return client;
    }
    return nullptr;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void languagesAreNamedInTheirOwnLanguage();
    void initialLanguage();
    void unknownLanguageChangesNothing();
    void qtStandardButtonsInTheLanguage_data();
    void qtStandardButtonsInTheLanguage();
    void qtFileDialogInGalician();
    void builtInScenariosMenuFollowsTheLanguage();
    void switchesTheWholeWindow_data();
    void switchesTheWholeWindow();
    void switchesAgainAndAgain();
    void notesRecordedInOneLanguageReadInTheNext();
    void countedNotesInEveryLanguage();
    void captionsAndVerdictsReadInTheNextLanguage();
    void noEnglishInAnyEventKind_data();
    void noEnglishInAnyEventKind();
    void aboutNamesVersionLicenceAndStandards_data();
    void aboutNamesVersionLicenceAndStandards();
};

void TestLanguage::initTestCase()
{
    // The choice is saved: in the test's own settings, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguage::init()
{
    QSettings().clear();
}

void TestLanguage::languagesAreNamedInTheirOwnLanguage()
{
    QCOMPARE(LanguageSwitcher::languages(), (QStringList{"gl", "es", "en"}));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("gl")), QStringLiteral("Galego"));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguage::initialLanguage()
{
    QCOMPARE(LanguageSwitcher::initialLanguage(QStringLiteral("es")), QStringLiteral("es"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("gl"));
    QCOMPARE(LanguageSwitcher::initialLanguage(QString()), QStringLiteral("gl"));
    // --lang wins over the saved choice.
    QCOMPARE(LanguageSwitcher::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QVERIFY(LanguageSwitcher::languages().contains(LanguageSwitcher::initialLanguage(QString())));
}

void TestLanguage::aboutNamesVersionLicenceAndStandards_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("licence");
    QTest::addColumn<QString>("standards");
    QTest::newRow("Galician") << "gl"
                              << "Licenza Pública Xeral de GNU"
                              << "Normas que implementa";
    QTest::newRow("Spanish") << "es"
                             << "Licencia Pública General de GNU"
                             << "Normas que implementa";
    QTest::newRow("English") << "en"
                             << "GNU General Public License"
                             << "Standards it implements";
}

// Help ▸ About: the version given to the application, the licence and every
// RFC Carteiro implements, in each language.
void TestLanguage::aboutNamesVersionLicenceAndStandards()
{
    QFETCH(QString, language);
    QFETCH(QString, licence);
    QFETCH(QString, standards);
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(language));
    const QString previous = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString about = MainWindow::aboutText();
    QCoreApplication::setApplicationVersion(previous);
    QVERIFY2(about.contains(QStringLiteral("<b>Carteiro</b> 9.8.7")), qPrintable(about));
    QVERIFY2(about.contains(licence), qPrintable(about));
    QVERIFY2(about.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(about));
    QVERIFY2(about.contains(standards), qPrintable(about));
    for (const char *rfc : {"RFC 5321", "RFC 5322", "2045", "2046", "2047", "2048", "2049", "RFC 1939",
                            "RFC 3501", "RFC 2595", "RFC 8314", "RFC 9110", "RFC 9112", "RFC 8446"})
        QVERIFY2(about.contains(QLatin1String(rfc)), rfc);
}

void TestLanguage::unknownLanguageChangesNothing()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Ficheiro"));
    QVERIFY(!switcher.chooseLanguage(QStringLiteral("xx")));
    QCOMPARE(switcher.language(), QStringLiteral("gl"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Ficheiro"));
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QVERIFY(switcher.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestLanguage::qtStandardButtonsInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ok");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("yes");
    QTest::addColumn<QString>("no");
    QTest::newRow("Galician") << "gl"
                              << "Aceptar"
                              << "Cancelar"
                              << "Si"
                              << "Non";
    QTest::newRow("Spanish") << "es"
                             << "Aceptar"
                             << "Cancelar"
                             << "Sí"
                             << "No";
    QTest::newRow("English") << "en"
                             << "OK"
                             << "Cancel"
                             << "Yes"
                             << "No";
}

void TestLanguage::qtStandardButtonsInTheLanguage()
{
    // Qt's own texts: Debian's catalogue for Spanish, ours for Galician.
    QFETCH(QString, language);
    QFETCH(QString, ok);
    QFETCH(QString, cancel);
    QFETCH(QString, yes);
    QFETCH(QString, no);
    if (language == QLatin1String("es")
        && !QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_es.qm")))
        QSKIP("Qt's Spanish catalogue (qt6-translations-l10n) is not installed");
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(language));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes
                         | QDialogButtonBox::No);
    // Some platform themes add mnemonics ("&OK"): the words are what counts.
    auto text = [&box](QDialogButtonBox::StandardButton which) {
        return box.button(which)->text().remove(QLatin1Char('&'));
    };
    QCOMPARE(text(QDialogButtonBox::Ok), ok);
    QCOMPARE(text(QDialogButtonBox::Cancel), cancel);
    QCOMPARE(text(QDialogButtonBox::Yes), yes);
    QCOMPARE(text(QDialogButtonBox::No), no);
}

void TestLanguage::qtFileDialogInGalician()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
    QFileDialog dialog(nullptr, QString(), QString(), QStringLiteral("*.scenario"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *fileName = dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
    auto *fileType = dialog.findChild<QLabel *>(QStringLiteral("fileTypeLabel"));
    auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    QVERIFY(fileName && fileType && lookIn);
    QCOMPARE(fileName->text(), QStringLiteral("&Nome do ficheiro:"));
    QCOMPARE(fileType->text(), QStringLiteral("Ficheiros de tipo:"));
    QCOMPARE(lookIn->text(), QStringLiteral("Ver en:"));
}

void TestLanguage::builtInScenariosMenuFollowsTheLanguage()
{
    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("en")));
    window.setLanguageSwitcher(&switcher);
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("builtInScenariosMenu"));
    QVERIFY(menu);
    const QStringList names = ScenarioParser::builtInNames();
    QVERIFY(names.contains(QStringLiteral("pop3-delete-vs-keep")));
    auto check = [&](const QString &language) {
        QCOMPARE(menu->actions().size(), names.size());
        for (const QString &name : names) {
            QList<ScenarioError> errors;
            const Scenario scenario = ScenarioParser::load(name, &errors);
            QVERIFY(errors.isEmpty());
            auto *a = menu->findChild<QAction *>(QStringLiteral("builtIn_") + name);
            if (!a)
                a = window.findChild<QAction *>(QStringLiteral("builtIn_") + name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY(menu->actions().contains(a));
            QCOMPARE(a->text(), Scenario::pick(scenario.title, language));
            QCOMPARE(a->toolTip(), Scenario::pick(scenario.description, language).simplified());
            QCOMPARE(a->statusTip(), a->toolTip());
        }
    };
    check(QStringLiteral("en"));
    QCOMPARE(menu->title(), QStringLiteral("&Built-in scenario"));
    window.findChild<QAction *>(QStringLiteral("language_gl"))->trigger();
    QTRY_COMPARE(menu->title(), QStringLiteral("Escenario &incluído"));
    check(QStringLiteral("gl"));
    window.findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_COMPARE(menu->title(), QStringLiteral("Escenario &incluido"));
    check(QStringLiteral("es"));
}

void TestLanguage::switchesTheWholeWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("fetch");
    QTest::addColumn<QString>("bytes");
    QTest::newRow("Galician") << "gl"
                              << "&Ficheiro"
                              << "Paso"
                              << "&Descargar"
                              << "Bytes que viaxan pola rede";
    QTest::newRow("Spanish") << "es"
                             << "&Archivo"
                             << "Paso"
                             << "&Recibir"
                             << "Bytes en la red";
}

void TestLanguage::switchesTheWholeWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, step);
    QFETCH(QString, fetch);
    QFETCH(QString, bytes);

    MainWindow window(anaFran(), options(), QStringLiteral("en"));
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("en")));
    window.setLanguageSwitcher(&switcher);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("client_ana"))->trigger();
    MailClientWindow *client = openClientWindow();
    QVERIFY(client);

    auto *fileMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *stepAction = window.findChild<QAction *>(QStringLiteral("step"));
    auto *fetchButton = client->findChild<QPushButton *>(QStringLiteral("fetchButton"));
    auto *bytesHeading = window.inspector()->findChild<QLabel *>(QStringLiteral("inspectorBytesHeading"));
    QVERIFY(fileMenu && stepAction && fetchButton && bytesHeading);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(stepAction->text(), QStringLiteral("Step"));
    QCOMPARE(fetchButton->text(), QStringLiteral("&Fetch"));
    QCOMPARE(bytesHeading->text(), QStringLiteral("Bytes on the wire"));

    // As the student does it: the menu entry, named in its own language.
    auto *entry = window.findChild<QAction *>(QStringLiteral("language_") + language);
    QVERIFY(entry);
    QCOMPARE(entry->text(), LanguageSwitcher::nativeName(language));
    entry->trigger();
    QCOMPARE(switcher.language(), language);
    QCOMPARE(window.language(), language);
    QCOMPARE(window.runner()->language(), language); // the captions still to come
    QVERIFY(entry->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), language);

    QTRY_COMPARE(fileMenu->title(), file);
    QCOMPARE(stepAction->text(), step);
    QTRY_COMPARE(fetchButton->text(), fetch);
    QTRY_COMPARE(bytesHeading->text(), bytes);
    // The language names stay as they are.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("language_gl"))->text(), QStringLiteral("Galego"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("language_en"))->text(), QStringLiteral("English"));
    // The window title follows the scenario's title in that language.
    QVERIFY(window.windowTitle().contains(Scenario::pick(anaFran().title, language)));
}

void TestLanguage::switchesAgainAndAgain()
{
    MainWindow window(anaFran(), options(), QStringLiteral("gl"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *fileMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *stepAction = window.findChild<QAction *>(QStringLiteral("step"));
    auto *servers = window.findChild<QTabWidget *>(QStringLiteral("serverViews"));
    auto *placeholder = window.inspector()->findChild<QLabel *>(QStringLiteral("inspectorPlaceholder"));
    QVERIFY(fileMenu && stepAction && servers && placeholder);

    // Without a switcher from main(), the window makes its own.
    QVERIFY(window.languageSwitcher()->setLanguage(QStringLiteral("gl")));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Ficheiro"));
    QCOMPARE(stepAction->text(), QStringLiteral("Paso"));
    QTRY_COMPARE(
        placeholder->text(),
        QStringLiteral("Selecciona unha liña na liña temporal para ver os seus bytes e o que significa."));

    window.findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Archivo"));
    QCOMPARE(stepAction->text(), QStringLiteral("Paso"));
    QTRY_COMPARE(
        placeholder->text(),
        QStringLiteral("Al seleccionar una línea de la cronología se ven sus bytes y lo que significa."));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("language_es"))->isChecked());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("language_gl"))->isChecked());

    window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(stepAction->text(), QStringLiteral("Step"));
    QTRY_COMPARE(servers->tabText(0), QStringLiteral("Queues"));
    QTRY_COMPARE(placeholder->text(),
                 QStringLiteral("Select a line of the timeline to see its bytes and what it means."));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

    window.findChild<QAction *>(QStringLiteral("language_gl"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Ficheiro"));
    QTRY_COMPARE(servers->tabText(0), QStringLiteral("Colas"));
    window.close();
}

// A note is recorded as a code and its words (transcript/notes.h), and its
// sentence is made when shown: the queue's notes of a world played in
// Galician read in English after a switch, on the transcript and in a world
// file loaded again.
// A note's translated pattern is kept (Notes::text, a class server writes a
// delivery note for every message): the count's form still follows the
// count, and the language of the moment, language after language.
void TestLanguage::countedNotesInEveryLanguage()
{
    LanguageSwitcher switcher;
    const QString fran = QStringLiteral("fran@servidor.edu");
    const auto stored = [&fran](int count) {
        return Notes::text(NoteCode::StoredInMailbox, {QString::number(count), fran});
    };
    for (int round = 0; round < 2; ++round) {
        QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
        QCOMPARE(stored(1), QStringLiteral("gardada no buzón de fran@servidor.edu (1 mensaxe)"));
        QCOMPARE(stored(2), QStringLiteral("gardada no buzón de fran@servidor.edu (2 mensaxes)"));
        QCOMPARE(stored(1234), QStringLiteral("gardada no buzón de fran@servidor.edu (1234 mensaxes)"));
        QCOMPARE(stored(0), QStringLiteral("gardada no buzón de fran@servidor.edu (0 mensaxes)"));
        QCOMPARE(stored(1), QStringLiteral("gardada no buzón de fran@servidor.edu (1 mensaxe)"));
        QVERIFY(switcher.setLanguage(QStringLiteral("es")));
        QCOMPARE(stored(7), QStringLiteral("guardado en el buzón de fran@servidor.edu (7 mensajes)"));
        QCOMPARE(stored(1), QStringLiteral("guardado en el buzón de fran@servidor.edu (1 mensaje)"));
        QVERIFY(switcher.setLanguage(QStringLiteral("en")));
        for (int count : {0, 1, 2, 3, 100, 1000000007}) {
            QCOMPARE(stored(count),
                     Notes::fill(QCoreApplication::translate("MailServer",
                                                             "stored in the mailbox of %1 (%n message(s))",
                                                             nullptr, count),
                                 {fran}));
        }
        // Not counted: the sentence of the language of the moment too.
        QCOMPARE(
            Notes::text(NoteCode::ConnectionClosedBy, {QStringLiteral("servidor.edu")}),
            QCoreApplication::translate("Connection", "closed by %1").arg(QStringLiteral("servidor.edu")));
    }
    QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
    QCOMPARE(Notes::text(NoteCode::ConnectionClosedBy, {QStringLiteral("servidor.edu")}),
             QCoreApplication::translate("Connection", "closed by %1").arg(QStringLiteral("servidor.edu")));
    QVERIFY(Notes::text(NoteCode::ConnectionClosedBy, {QStringLiteral("servidor.edu")})
            != QStringLiteral("closed by servidor.edu"));
}

void TestLanguage::notesRecordedInOneLanguageReadInTheNext()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
    World::Options o = options();
    World world(anaFran(), o);
    QVERIFY(world.start(nullptr));
    world.client(QStringLiteral("ana"))
        ->send({"fran@servidor.edu"}, QStringLiteral("Ola"), QStringLiteral("?"));
    const auto queued = [&world]() -> const TranscriptEvent * {
        for (const TranscriptEvent &e : world.transcript()->events()) {
            if (e.noteCode == NoteCode::Queued)
                return &e;
        }
        return nullptr;
    };
    QVERIFY(QTest::qWaitFor([&] { return queued() != nullptr; }, 10000));
    const TranscriptEvent recorded = *queued();
    QCOMPARE(recorded.noteArguments.value(1), QStringLiteral("fran@servidor.edu"));
    QCOMPARE(recorded.noteText(), QStringLiteral("Q1 na cola para fran@servidor.edu (1 na cola)"));
    QByteArray line;
    TranscriptFormatter::appendCourseLine(line, recorded);
    QVERIFY2(line.contains("Q1 na cola para fran@servidor.edu"), line.constData());

    QVERIFY(switcher.setLanguage(QStringLiteral("en")));
    QCOMPARE(recorded.noteText(), QStringLiteral("Q1 queued for fran@servidor.edu (1 in the queue)"));
    line.clear();
    TranscriptFormatter::appendCourseLine(line, recorded);
    QVERIFY2(line.contains("Q1 queued for fran@servidor.edu (1 in the queue)"), line.constData());

    // Saved and loaded again: still a code, read in the language of the day.
    QVERIFY(QTest::qWaitFor([&] { return !world.hasWork(); }, 20000));
    QString error;
    const QByteArray saved = WorldFile::toJson(world);
    QVERIFY(!saved.isEmpty());
    QVERIFY(switcher.setLanguage(QStringLiteral("es")));
    const std::unique_ptr<World> loaded = WorldFile::fromJson(saved, o, &error);
    QVERIFY2(loaded, qPrintable(error));
    const Transcript *t = loaded->transcript();
    bool found = false;
    for (qsizetype i = 0; i < t->size(); ++i) {
        if (t->at(i).noteCode == NoteCode::Queued) {
            QCOMPARE(t->at(i).noteText(),
                     QStringLiteral("Q1 en la cola para fran@servidor.edu (1 en la cola)"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestLanguage::captionsAndVerdictsReadInTheNextLanguage()
{
    // A scenario played in Galician: its captions (the scenario's own words,
    // kept in all its languages) and its expectations' verdicts (phrases
    // made of phrases) read in English after a switch, and in Spanish once
    // saved and loaded again.
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
    World::Options o = options();
    World world(anaFran(), o);
    QVERIFY(world.start(nullptr));
    ScenarioRunner runner(&world, QStringLiteral("gl"));
    bool finished = false;
    connect(&runner, &ScenarioRunner::finished, this, [&finished] { finished = true; });
    runner.start();
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
    const auto first = [](const Transcript *t, TranscriptEvent::Kind kind) -> const TranscriptEvent * {
        for (const TranscriptEvent &e : t->events()) {
            if (e.kind == kind)
                return &e;
        }
        return nullptr;
    };
    const TranscriptEvent *caption = first(world.transcript(), TranscriptEvent::Kind::Caption);
    const TranscriptEvent *verdict = first(world.transcript(), TranscriptEvent::Kind::Expectation);
    QVERIFY(caption && verdict);
    QVERIFY2(caption->noteText().startsWith(QStringLiteral("1. Ana usa un axente de usuario")),
             qPrintable(caption->noteText()));
    QCOMPARE(verdict->noteText(), QStringLiteral("OK o buzón de fran@servidor.edu contén 1 mensaxe(s)"));

    QVERIFY(switcher.setLanguage(QStringLiteral("en")));
    QVERIFY2(caption->noteText().startsWith(QStringLiteral("1. Ana uses a mail user agent")),
             qPrintable(caption->noteText()));
    QCOMPARE(verdict->noteText(), QStringLiteral("OK the mailbox of fran@servidor.edu holds 1 message(s)"));

    QString error;
    const QByteArray saved = WorldFile::toJson(world);
    QVERIFY(switcher.setLanguage(QStringLiteral("es")));
    const std::unique_ptr<World> loaded = WorldFile::fromJson(saved, o, &error);
    QVERIFY2(loaded, qPrintable(error));
    const TranscriptEvent *loadedCaption = first(loaded->transcript(), TranscriptEvent::Kind::Caption);
    QVERIFY(loadedCaption);
    QVERIFY2(loadedCaption->noteText().startsWith(QStringLiteral("1. Ana usa un agente de usuario")),
             qPrintable(loadedCaption->noteText()));
}

void TestLanguage::noEnglishInAnyEventKind_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("gl") << "gl";
    QTest::newRow("es") << "es";
}

// Every kind of event a built-in scenario records, read in Galician and in
// Spanish wherever it is shown — the timeline's label and tooltip, the
// inspector, the exported transcript — has no English words but the
// protocol's own text (what crossed the wire, never translated).
void TestLanguage::noEnglishInAnyEventKind()
{
    QFETCH(QString, language);
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(language));
    // Words that only English has, as whole words, in any case ("Message-ID"
    // is a header's name, protocol text).
    QList<QRegularExpression> english;
    for (const char *word : {"the", "with", "after", "delivery", "queue", "connection", "stored", "mailbox",
                             "expected", "refused", "deferred", "closed", "lookup", "message", "attempt"}) {
        english.append(QRegularExpression(QStringLiteral("\\b%1\\b(?!-)").arg(QLatin1String(word)),
                                          QRegularExpression::CaseInsensitiveOption));
    }
    QSet<TranscriptEvent::Kind> seen;
    QStringList found;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name :
         {QStringLiteral("ana-fran"), QStringLiteral("unknown-user"), QStringLiteral("server-down"),
          QStringLiteral("wrong-password"), QStringLiteral("pop3-delete-vs-keep")}) {
        QList<ScenarioError> errors;
        const Scenario scenario = ScenarioParser::load(name, &errors);
        QVERIFY(errors.isEmpty());
        World world(scenario, options());
        QVERIFY(world.start(nullptr));
        ScenarioRunner runner(&world, language);
        bool finished = false;
        connect(&runner, &ScenarioRunner::finished, this, [&finished] { finished = true; });
        runner.start();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
        QVERIFY2(runner.allPassed(), qPrintable(name));
        const Transcript *transcript = world.transcript();

        // Protocol text: every line that crossed the wire, as printed, the
        // longest first (a reply quoted in a note is one of them).
        QStringList protocol;
        for (const TranscriptEvent &e : transcript->events()) {
            if (e.kind == TranscriptEvent::Kind::Line && e.raw.trimmed().size() >= 6)
                protocol.append(TranscriptFormatter::printable(e.raw));
        }
        protocol.removeDuplicates();
        std::sort(protocol.begin(), protocol.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const auto check = [&](const QString &where, QString text) {
            for (const QString &line : std::as_const(protocol))
                text.replace(line, QStringLiteral("…"));
            // A quotation ("Mail Delivery System", a subject) is someone's words.
            static const QRegularExpression quotation(QStringLiteral("\"[^\"\n]*\""));
            text.replace(quotation, QStringLiteral("\"…\""));
            for (const QRegularExpression &word : std::as_const(english)) {
                const QRegularExpressionMatch match = word.match(text);
                if (match.hasMatch()) {
                    found.append(QStringLiteral("%1 %2: \"%3\" in: %4")
                                     .arg(name, where, match.captured(), text.simplified().left(300)));
                    return;
                }
            }
        };

        TimelineModel model;
        model.setTranscript(transcript);
        TimelinePainter painter;
        painter.setModel(&model);
        InspectorPanel inspector;
        inspector.setTranscript(transcript);
        for (qsizetype row = 0; row < model.rowCount(); ++row) {
            const TranscriptEvent &e = model.event(row);
            seen.insert(e.kind);
            const QString kind = QString::number(int(e.kind));
            if (e.kind != TranscriptEvent::Kind::Line)
                check(QStringLiteral("label (kind %1)").arg(kind), painter.label(row));
            check(QStringLiteral("tooltip (kind %1)").arg(kind), painter.toolTip(row));
            inspector.showEvent(model.row(row).event);
            check(QStringLiteral("inspector (kind %1)").arg(kind),
                  inspector.routeText() + QLatin1Char('\n') + inspector.phaseText() + QLatin1Char('\n')
                      + inspector.explanationText());
        }
        QString error;
        const QString file = dir.filePath(name + QStringLiteral(".txt"));
        QVERIFY2(TimelineExport::transcriptToText(*transcript, file, EventJson::Passwords::Masked, &error),
                 qPrintable(error));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(exported.readAll()).split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 10);
        for (const QString &line : lines)
            check(QStringLiteral("export"), line);
    }
    // The kinds the scenarios above produce, each seen, so that nothing is
    // left out of the check by a scenario that changed.
    for (TranscriptEvent::Kind kind :
         {TranscriptEvent::Kind::Line, TranscriptEvent::Kind::ConnectionOpened,
          TranscriptEvent::Kind::ConnectionClosed, TranscriptEvent::Kind::DnsLookup,
          TranscriptEvent::Kind::Queue, TranscriptEvent::Kind::Delivery, TranscriptEvent::Kind::Expectation,
          TranscriptEvent::Kind::Caption, TranscriptEvent::Kind::Note})
        QVERIFY2(seen.contains(kind), qPrintable(QStringLiteral("kind %1 never seen").arg(int(kind))));
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(),
             qPrintable(QString::number(found.size()) + QStringLiteral(" English fragment(s):\n")
                        + found.mid(0, 80).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
