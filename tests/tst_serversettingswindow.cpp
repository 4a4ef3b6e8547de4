// SPDX-License-Identifier: GPL-3.0-or-later
// tst_serversettingswindow.cpp — the server settings dialog (Servers ▸
// Settings of servidor.edu…): Postfix's questions, main.cf and dovecot.conf
// fields, the lines they make, errors, the Galician names, and what OK does
// to the running world.
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/networkmapview.h"
#include "gui/serversettingsdialog.h"
#include "mail/mailserver.h"
#include "scenario/scenarioparser.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTimer>

namespace {

QMap<QString, QString> internetSite()
{
    return {{QStringLiteral("postfix.type"), QStringLiteral("Internet Site")},
            {QStringLiteral("set.unrelated"), QStringLiteral("kept")}};
}

QPushButton *okButton(ServerSettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestServerSettingsWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheValuesInForceAndTheirLines();
    void typingAMailNameChangesTheLines();
    void choosingATypeSetsItsParameters();
    void uncheckingPop3ChangesDovecotConf();
    void aWrongValueIsNamedAndOkWaits();
    void typesInGalician();
    void fitsAScreenOf1366x768();
    void okReconfiguresTheRunningServer();
};

void TestServerSettingsWindow::showsTheValuesInForceAndTheirLines()
{
    ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
    auto *type = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("postfix.type")));
    QVERIFY(type);
    QCOMPARE(type->currentData().toString(), QStringLiteral("Internet Site"));
    auto *mailname = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("postfix.mailname")));
    QCOMPARE(mailname->text(), QStringLiteral("servidor.edu"));
    auto *interfaces = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("postfix.inet_interfaces")));
    QCOMPARE(interfaces->currentText(), QStringLiteral("all"));
    const QString text = dialog.configurationText();
    QVERIFY2(text.contains(QStringLiteral("mydestination = $myhostname, localhost.localdomain, localhost")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("protocols = imap pop3")));
    QVERIFY(text.contains(QStringLiteral("auth_username_format = %Lu")));
    // Nothing changed: the settings are those given, the others kept.
    QCOMPARE(dialog.settings(), internetSite());
}

void TestServerSettingsWindow::typingAMailNameChangesTheLines()
{
    ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
    auto *mailname = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("postfix.mailname")));
    mailname->selectAll();
    QTest::keyClicks(mailname, QStringLiteral("2esi.org"));
    QCOMPARE(dialog.settings().value(QStringLiteral("postfix.mailname")), QStringLiteral("2esi.org"));
    const QString text = dialog.configurationText();
    QVERIFY2(text.contains(QStringLiteral("# /etc/mailname: 2esi.org")), qPrintable(text));
    QVERIFY2(text.contains(
                 QStringLiteral("mydestination = $myhostname, 2esi.org, localhost.localdomain, localhost")),
             qPrintable(text));
    // mydestination's field shows the new value in force, not kept as given.
    auto *destination = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("postfix.mydestination")));
    QCOMPARE(destination->text(), QStringLiteral("$myhostname, 2esi.org, localhost.localdomain, localhost"));
    QVERIFY(!dialog.settings().contains(QStringLiteral("postfix.mydestination")));
}

void TestServerSettingsWindow::choosingATypeSetsItsParameters()
{
    ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
    auto *type = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("postfix.type")));
    const int localOnly = type->findData(QStringLiteral("Local only"));
    QVERIFY(localOnly >= 0);
    type->setCurrentIndex(localOnly);
    Q_EMIT type->activated(localOnly); // as a click on the item does
    QCOMPARE(dialog.settings().value(QStringLiteral("postfix.type")), QStringLiteral("Local only"));
    auto *interfaces = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("postfix.inet_interfaces")));
    QCOMPARE(interfaces->currentText(), QStringLiteral("loopback-only"));
    QVERIFY(dialog.configurationText().contains(QStringLiteral("inet_interfaces = loopback-only")));
}

void TestServerSettingsWindow::uncheckingPop3ChangesDovecotConf()
{
    ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
    auto *pop3 = dialog.findChild<QCheckBox *>(QStringLiteral("dovecot.protocols.pop3"));
    QVERIFY(pop3 && pop3->isChecked());
    pop3->click();
    QCOMPARE(dialog.settings().value(QStringLiteral("dovecot.protocols")), QStringLiteral("imap"));
    QVERIFY(dialog.configurationText().contains(QStringLiteral("protocols = imap\n")));
    QVERIFY(!pop3->isChecked());
}

void TestServerSettingsWindow::aWrongValueIsNamedAndOkWaits()
{
    ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
    dialog.show();
    auto *size = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("postfix.message_size_limit")));
    size->setFocus();
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("big"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("message_size_limit"))
                 && error->text().contains(QStringLiteral("big")),
             qPrintable(error->text()));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(size->text(), QStringLiteral("big")); // the user's text stays
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("2048"));
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.settings().value(QStringLiteral("postfix.message_size_limit")), QStringLiteral("2048"));
}

void TestServerSettingsWindow::typesInGalician()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("gl")));
    {
        ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
        auto *type = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("postfix.type")));
        QCOMPARE(type->currentText(), QStringLiteral("Sitio de Internet"));
        QCOMPARE(type->itemText(type->findData(QStringLiteral("Local only"))), QStringLiteral("Só local"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Configuración de servidor.edu"));
    }
    QVERIFY(switcher.setLanguage(QStringLiteral("en")));
}

void TestServerSettingsWindow::fitsAScreenOf1366x768()
{
    ServerSettingsDialog dialog(QStringLiteral("servidor.edu"), internetSite());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= 1366 && dialog.height() <= 768 - 40,
             qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
    QVERIFY(dialog.minimumSizeHint().width() <= 1366);
    QVERIFY(dialog.minimumSizeHint().height() <= 768 - 40);
    // To look at it: CARTEIRO_DIALOG_PNG=/tmp/dialog.png
    if (qEnvironmentVariableIsSet("CARTEIRO_DIALOG_PNG"))
        QVERIFY(dialog.grab().save(qEnvironmentVariable("CARTEIRO_DIALOG_PNG")));
}

void TestServerSettingsWindow::okReconfiguresTheRunningServer()
{
    QList<ScenarioError> errors;
    World::Options options;
    options.ephemeralPorts = true;
    MainWindow window(ScenarioParser::load(QStringLiteral("ana-fran"), &errors), options,
                      QStringLiteral("en"));
    QVERIFY(QTest::qWaitFor([&] { return window.world() && !window.world()->services().isEmpty(); }, 10000));
    // Servers ▸ Settings of servidor.edu… is there, in English.
    auto *servers = window.menuBar()->findChild<QMenu *>(QStringLiteral("serversMenu"));
    QVERIFY(servers);
    QCOMPARE(servers->title(), QStringLiteral("&Servers"));
    auto *action = window.findChild<QAction *>(QStringLiteral("serverSettings_servidor.edu"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Settings of servidor.edu…"));
    // The dialog opens from the menu; Cancel changes nothing.
    bool seen = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = window.findChild<ServerSettingsDialog *>();
        seen = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
    // A right-click on servidor.edu on the network map opens it too.
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NetworkMapView *map = window.networkMap();
    QPoint onServer(-1, -1);
    for (int y = 0; y < map->height() && onServer.x() < 0; y += 4) {
        for (int x = 0; x < map->width() && onServer.x() < 0; x += 4) {
            if (map->hostAt(QPointF(x, y)) == QLatin1String("servidor.edu"))
                onServer = QPoint(x, y);
        }
    }
    QVERIFY(onServer.x() >= 0);
    seen = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = window.findChild<ServerSettingsDialog *>();
        seen = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    QTest::mouseClick(map, Qt::RightButton, {}, onServer);
    QTRY_VERIFY(seen);
    World *world = window.world();
    QVERIFY(world->isListening(QStringLiteral("servidor.edu"), QStringLiteral("pop3")));
    // OK with pop3 unchecked: port 110 stops, the server is Postfix now.
    QMap<QString, QString> settings = world->server(QStringLiteral("servidor.edu"))->settings();
    settings.insert(QStringLiteral("postfix.type"), QStringLiteral("Internet Site"));
    settings.insert(QStringLiteral("dovecot.protocols"), QStringLiteral("imap"));
    QVERIFY(window.applyServerSettings(QStringLiteral("servidor.edu"), settings));
    QVERIFY(!world->isListening(QStringLiteral("servidor.edu"), QStringLiteral("pop3")));
    QVERIFY(world->isListening(QStringLiteral("servidor.edu"), QStringLiteral("imap")));
    QVERIFY(world->server(QStringLiteral("servidor.edu"))->configuration().postfixConfigured());
    QCOMPARE(world->scenario()
                 .server(QStringLiteral("servidor.edu"))
                 ->settings.value(QStringLiteral("dovecot.protocols")),
             QStringLiteral("imap"));
}

QTEST_MAIN(TestServerSettingsWindow)
#include "tst_serversettingswindow.moc"
