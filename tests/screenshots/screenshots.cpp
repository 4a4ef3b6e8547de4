// SPDX-License-Identifier: GPL-3.0-or-later
// screenshots.cpp — the window's parts drawn into PNG files, for people to look at.
//
// Not a test (ctest does not run it): scripts/screenshots.sh builds it and
// runs it under Xvfb at a school laptop's 1366×768 and at 1920×1080, in
// Galician, Spanish and English, so that clipped text or a string in the wrong
// language is seen before a student sees it. Each scene is built through the
// same public API the window uses: a console typing the course's SMTP
// dialogue (light and dark), Ana's and Fran's mail clients after a delivery,
// the composer with an attachment, and the message inspector's tabs on a
// composed and on a damaged message; and the whole window on the ana-fran
// walkthrough, played to the end, with the relay's HELO selected below the
// captions that narrate it (walkthrough.png, the size of the screen it runs on);
// and a POP3S session drawn with its TLS handshake, a line inside TLS
// selected in the inspector beside it (timeline-tls.png, the screen's size).
//
// Usage: carteiro_screenshots OUTPUT_DIR [gl|es|en]
#include "classroom/scenariorunner.h"
#include "gui/consolewidget.h"
#include "gui/inspectorpanel.h"
#include "gui/languageswitcher.h"
#include "gui/mailclientwindow.h"
#include "gui/mainwindow.h"
#include "gui/messageinspector.h"
#include "gui/serverviews.h"
#include "gui/timelineview.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "message/mimecomposer.h"
#include "scenario/scenarioparser.h"
#include "testevents.h"
#include "testworlds.h"
#include "transcript/timelinemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTabWidget>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

namespace {

QString g_dir;
int g_failures = 0;

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int ms = 100)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path)) {
        std::printf("%s\n", qPrintable(path));
    } else {
        std::fprintf(stderr, "screenshots: could not write %s\n", qPrintable(path));
        ++g_failures;
    }
}

void fail(const char *what)
{
    std::fprintf(stderr, "screenshots: %s\n", what);
    ++g_failures;
}

template<typename T>
T *child(QWidget *widget, const char *name)
{
    return widget->findChild<T *>(QLatin1String(name));
}

void typeInto(ConsoleWidget *console, const QString &line)
{
    QLineEdit *input = child<QLineEdit>(console, "input");
    input->setText(line);
    QMetaObject::invokeMethod(input, "returnPressed");
}

void console(bool dark)
{
    auto world = TestWorlds::start();
    if (!world)
        return fail("the console's world did not start");
    ConsoleWidget console;
    console.setWorld(world.get());
    if (dark) {
        QPalette palette = console.palette();
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Link, QColor(0x80, 0xc0, 0xff));
        console.setPalette(palette);
    }
    console.resize(720, dark ? 300 : 420);
    console.show();
    QComboBox *combo = child<QComboBox>(&console, "serviceCombo");
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(QLatin1String("servidor.edu smtp ")))
            combo->setCurrentIndex(i);
    }
    child<QPushButton>(&console, "connectButton")->click();
    QPlainTextEdit *output = child<QPlainTextEdit>(&console, "output");
    if (!waitFor([&] { return output->toPlainText().contains(QLatin1String("S: 220")); }))
        return fail("the console got no greeting");
    for (const char *line :
         {"HELO cliente.fr", "MAIL FROM: <ana@cliente.fr>", "RCPT TO: <fran@servidor.edu>", "DATA"}) {
        const int before = output->toPlainText().count(QLatin1String("S: "));
        typeInto(&console, QString::fromLatin1(line));
        waitFor([&] { return output->toPlainText().count(QLatin1String("S: ")) > before; });
    }
    typeInto(&console, QStringLiteral("Quedamos hoxe?"));
    save(&console, dark ? QStringLiteral("console-dark") : QStringLiteral("console"));
}

void compose(MailClientWindow *window, const QString &to, const QString &cc, const QString &subject,
             const QString &body)
{
    child<QTabWidget>(window, "tabs")->setCurrentIndex(1);
    child<QLineEdit>(window, "toEdit")->setText(to);
    child<QLineEdit>(window, "ccEdit")->setText(cc);
    child<QLineEdit>(window, "subjectEdit")->setText(subject);
    child<QPlainTextEdit>(window, "bodyEdit")->setPlainText(body);
}

void mailClients()
{
    auto world = TestWorlds::start();
    if (!world)
        return fail("the mail clients' world did not start");
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    MailClientWindow fran(world->client(QStringLiteral("fran")));
    ana.show();
    fran.show();
    compose(&ana, QStringLiteral("fran@servidor.edu"), QString(), QStringLiteral("Quedamos hoxe?"),
            QStringLiteral("A que hora e onde?"));
    child<QPushButton>(&ana, "sendButton")->click();
    MailStore *store = world->server(QStringLiteral("servidor.edu"))->store();
    if (!waitFor([&] { return store->count("fran") == 1 && !world->isBusy(); }))
        return fail("the message did not reach fran's mailbox");
    child<QPushButton>(&fran, "fetchButton")->click();
    if (!waitFor(
            [&] { return !world->client(QStringLiteral("fran"))->inbox().isEmpty() && !world->isBusy(); }))
        return fail("fran's client fetched nothing");
    save(&ana, QStringLiteral("mailclient-compose"));
    save(&fran, QStringLiteral("mailclient-inbox"));

    // The composer with an attachment and accented text.
    const QString galician = QStringLiteral("Á tarde, na cafetería");
    const QString photo = QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/foto-praia.png");
    ana.addAttachment(photo);
    compose(&ana, QStringLiteral("fran@servidor.edu"), QStringLiteral("ana@cliente.fr"), galician,
            galician + QStringLiteral("\nVémonos ás seis."));
    save(&ana, QStringLiteral("composer-attachment"));

    // Fran in IMAP mode: his folder, the message moved there and flagged,
    // IDLE on; the servers' panel shows the folder and the flags.
    MailClient *franClient = world->client(QStringLiteral("fran"));
    child<QRadioButton>(&fran, "imapModeRadio")->setChecked(true);
    const int before = store->count("fran"); // POP3 may have taken the first
    ana.client()->send({"fran@servidor.edu"}, QStringLiteral("Apuntes"),
                       QStringLiteral("Os apuntes de redes."));
    ana.client()->send({"fran@servidor.edu"}, QStringLiteral("Praia"), QStringLiteral("Imos á praia?"));
    if (!waitFor([&] { return store->count("fran") == before + 2 && !world->isBusy(); }))
        return fail("the IMAP messages did not arrive");
    child<QPushButton>(&fran, "fetchButton")->click();
    QTreeWidget *list = child<QTreeWidget>(&fran, "inboxList");
    if (!waitFor([&] { return list->topLevelItemCount() == before + 2 && !world->isBusy(); }))
        return fail("fran's IMAP client read nothing");
    child<QLineEdit>(&fran, "folderNameEdit")->setText(QStringLiteral("Traballo"));
    child<QPushButton>(&fran, "createFolderButton")->click();
    if (!waitFor([&] { return store->folderNames("fran").contains("Traballo") && !world->isBusy(); }))
        return fail("no folder made");
    list->setCurrentItem(list->topLevelItem(1));
    child<QPushButton>(&fran, "flagButton")->click();
    waitFor([&] { return !world->isBusy(); });
    settle(200);
    list->setCurrentItem(list->topLevelItem(0));
    QComboBox *moveTo = child<QComboBox>(&fran, "moveCombo");
    moveTo->setCurrentIndex(moveTo->findData(QByteArray("Traballo")));
    child<QPushButton>(&fran, "moveButton")->click();
    if (!waitFor([&] { return list->topLevelItemCount() == before + 1 && !world->isBusy(); }))
        return fail("nothing moved");
    child<QCheckBox>(&fran, "idleCheck")->setChecked(true);
    ana.client()->send({"fran@servidor.edu"}, QStringLiteral("Novidades"), QStringLiteral("Chegou agora."));
    if (!waitFor([&] { return list->topLevelItemCount() == before + 2 && franClient->isIdling(); }))
        return fail("IDLE told nothing");
    settle(300);
    save(&fran, QStringLiteral("mailclient-imap"));
    ServerViews views;
    views.setWorld(world.get());
    views.setCurrentIndex(1);
    views.resize(720, 360);
    views.show();
    views.refresh();
    settle(200);
    save(&views, QStringLiteral("serverviews-folders"));
    franClient->stopIdle();
    waitFor([&] { return !franClient->isIdling(); });
}

QByteArray composedMessage()
{
    QFile photo(QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/foto-praia.png"));
    photo.open(QIODevice::ReadOnly);
    MimeDraft draft;
    draft.from = "ana@cliente.fr";
    draft.to = {"fran@servidor.edu"};
    draft.subject = QStringLiteral("Á tarde, na cafetería");
    draft.text = draft.subject + QStringLiteral("\nVémonos ás seis.\n");
    draft.attachments.append({QStringLiteral("foto-á-tarde.png"), "image/png", photo.readAll()});
    draft.messageIdDomain = "cliente.fr";
    return MimeComposer::compose(draft);
}

void inspector()
{
    MessageInspector inspector;
    inspector.resize(720, 620);
    inspector.setMessage(composedMessage());
    inspector.show();
    int attachment = -1;
    for (int i = 0; i < inspector.message().parts().size(); ++i) {
        if (inspector.message().parts().at(i).isAttachment)
            attachment = i;
    }
    inspector.setCurrentPart(attachment);
    inspector.tabs()->setCurrentIndex(2);
    save(&inspector, QStringLiteral("inspector-source"));
    inspector.tabs()->setCurrentIndex(1);
    inspector.setCurrentPart(0);
    inspector.headerList()->setCurrentItem(inspector.headerList()->topLevelItem(3));
    save(&inspector, QStringLiteral("inspector-headers"));
    inspector.tabs()->setCurrentIndex(0);
    save(&inspector, QStringLiteral("inspector-text"));
    QFile damaged(QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/mime/broken-boundary.eml"));
    if (!damaged.open(QIODevice::ReadOnly))
        return fail("tests/mime/broken-boundary.eml is missing");
    inspector.setMessage(damaged.readAll());
    save(&inspector, QStringLiteral("inspector-damaged"));
}

void walkthrough(const QString &language)
{
    QList<ScenarioError> errors;
    const Scenario scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    World::Options options;
    options.ephemeralPorts = true;
    MainWindow window(scenario, options, language);
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.showMaximized();
    if (!waitFor([&] { return window.runner() && window.runner()->isFinished(); }, 60000))
        return fail("the walkthrough did not finish");
    // Ana's submission ending (#1) at the top, then the captions 3 to 5 and
    // the relay (#2) they narrate, its HELO selected: the course's dialogue.
    const Transcript *t = window.world()->transcript();
    qsizetype submissionEnd = -1;
    qsizetype relayHelo = -1;
    for (qsizetype i = 0; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.raw.startsWith("221") && e.to == QLatin1String("ana"))
            submissionEnd = i;
        if (e.raw.startsWith("HELO ") && e.to == QLatin1String("servidor.edu"))
            relayHelo = i;
    }
    if (submissionEnd < 0 || relayHelo < 0)
        return fail("the walkthrough has no submission or no relay");
    window.timeline()->setCurrentRow(window.timelineModel()->rowOfEvent(submissionEnd));
    settle(100);
    window.timeline()->setCurrentRow(window.timelineModel()->rowOfEvent(relayHelo));
    settle(600);
    save(&window, QStringLiteral("walkthrough"));
}

void tlsTimeline()
{
    // A hand-made POP3S session in the shape Connection records it (no TLS
    // scenario yet): the handshake's arrows, "encrypted from here", padlocks;
    // PASS selected, so the inspector shows what each one sees.
    Transcript transcript;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&transcript);
    TimelineModel model;
    model.setPreferredLanes({QStringLiteral("servidor.edu"), QStringLiteral("DNS"), QStringLiteral("fran")});
    model.setTranscript(&transcript);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *timeline = new TimelineView(&window);
    timeline->setModel(&model);
    auto *panel = new InspectorPanel(&window);
    panel->setTranscript(&transcript);
    layout->addWidget(timeline, 3);
    layout->addWidget(panel, 2);
    QObject::connect(timeline, &TimelineView::currentRowChanged, panel,
                     [panel](qsizetype, qsizetype event) { panel->showEvent(event); });
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    window.resize(screen.size());
    window.show();
    settle(200);
    timeline->setCurrentRow(model.rowOfEvent(at.pass));
    panel->showEvent(at.pass);
    save(&window, QStringLiteral("timeline-tls"));
    timeline->setCurrentRow(model.rowOfEvent(at.certificate));
    panel->showEvent(at.certificate);
    save(&window, QStringLiteral("timeline-tls-certificate"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: carteiro_screenshots OUTPUT_DIR [gl|es|en]\n");
        return 2;
    }
    g_dir = args.at(1);
    QDir().mkpath(g_dir);
    LanguageSwitcher languages;
    if (!languages.setLanguage(args.size() > 2 ? args.at(2) : QStringLiteral("gl"))) {
        std::fprintf(stderr, "screenshots: unknown language %s\n", qPrintable(args.value(2)));
        return 2;
    }
    console(false);
    console(true);
    mailClients();
    inspector();
    walkthrough(languages.language());
    tlsTimeline();
    return g_failures == 0 ? 0 : 1;
}
