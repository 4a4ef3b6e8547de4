// SPDX-License-Identifier: GPL-3.0-or-later
// The mail client window over a real world: compose and send in Ana's window,
// fetch in Fran's in both POP3 modes, as the course's section 5.1 describes.
#include "gui/mailclientwindow.h"
#include "gui/serverviews.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "message/mimemessage.h"
#include "scenario/scenarioparser.h"
#include "world/world.h"

#include "testworlds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

std::unique_ptr<World> startWorld()
{
    World::Options options = TestWorlds::fastOptions();
    options.queue.maximumAttempts = 2;
    return TestWorlds::start(TestWorlds::twoDomains, options);
}

bool waitIdle(World *world, int ms = 10000)
{
    return QTest::qWaitFor([world] { return !world->hasWork(); }, ms);
}

template<typename T>
T *child(QWidget *window, const char *name)
{
    T *widget = window->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child named %s", name);
    return widget;
}

// Fills Ana's compose page and clicks Send, as a student would.
void compose(MailClientWindow *window, const QString &to, const QString &subject, const QString &body)
{
    child<QTabWidget>(window, "tabs")->setCurrentIndex(1);
    QLineEdit *toEdit = child<QLineEdit>(window, "toEdit");
    toEdit->clear();
    QTest::keyClicks(toEdit, to);
    QLineEdit *subjectEdit = child<QLineEdit>(window, "subjectEdit");
    subjectEdit->clear();
    QTest::keyClicks(subjectEdit, subject);
    child<QPlainTextEdit>(window, "bodyEdit")->setPlainText(body);
    QTest::mouseClick(child<QPushButton>(window, "sendButton"), Qt::LeftButton);
}

// On its circle, where a student clicks (the button is wider than its text).
void clickRadio(MailClientWindow *window, const char *name)
{
    QRadioButton *radio = child<QRadioButton>(window, name);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

int franCount(World *world)
{
    return world->server(QStringLiteral("servidor.edu"))->store()->count("fran");
}

} // namespace

class TestMailClientWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleAndFromAreTheClients();
    void sendArrivesInFransMailbox();
    void keepThenDelete();
    void imapLeavesTheAttachmentOnTheServer();
    void imapFoldersFlagsSearchAndIdle();
    void refusalShowsItsCode();
    void noRecipientSendsNothing();
    void recipientsAreParsed_data();
    void recipientsAreParsed();
    void clientGoneDisablesTheWindow();
    void sendingWhilePausedSaysSo();
};

void TestMailClientWindow::titleAndFromAreTheClients()
{
    auto world = startWorld();
    QVERIFY(world);
    MailClientWindow window(world->client(QStringLiteral("ana")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Ana's mail client (ana@cliente.fr)"));
    QLineEdit *from = child<QLineEdit>(&window, "fromEdit");
    QVERIFY(from);
    QCOMPARE(from->text(), QStringLiteral("ana@cliente.fr"));
    QVERIFY(from->isReadOnly());
    // The mode switch starts where the client is (delete: the course's default).
    QVERIFY(child<QRadioButton>(&window, "deleteModeRadio")->isChecked());
    QVERIFY(!child<QRadioButton>(&window, "keepModeRadio")->isChecked());
}

void TestMailClientWindow::sendArrivesInFransMailbox()
{
    auto world = startWorld();
    QVERIFY(world);
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    ana.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ana));
    QCOMPARE(franCount(world.get()), 0);
    compose(&ana, QStringLiteral("fran@servidor.edu"), QStringLiteral("Quedamos hoxe?"),
            QStringLiteral("A que hora e onde?"));
    QLabel *status = child<QLabel>(&ana, "sendStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith(QLatin1String("Sent: 250")); }, 10000));
    QVERIFY(waitIdle(world.get()));
    QCOMPARE(franCount(world.get()), 1);
    // The submission went over a real connection from Ana's host.
    bool fromAna = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        fromAna = fromAna
            || (e.from == QLatin1String("ana") && e.raw.startsWith("MAIL FROM:<ana@cliente.fr>"));
    QVERIFY(fromAna);
}

void TestMailClientWindow::keepThenDelete()
{
    auto world = startWorld();
    QVERIFY(world);
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    MailClientWindow fran(world->client(QStringLiteral("fran")));
    ana.show();
    fran.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fran));
    compose(&ana, QStringLiteral("fran@servidor.edu"), QStringLiteral("Quedamos hoxe?"),
            QStringLiteral("A que hora e onde?"));
    QVERIFY(QTest::qWaitFor([&] { return franCount(world.get()) == 1; }, 10000));
    QVERIFY(waitIdle(world.get()));

    MailClient *client = world->client(QStringLiteral("fran"));
    QTreeWidget *inbox = child<QTreeWidget>(&fran, "inboxList");
    QLabel *status = child<QLabel>(&fran, "fetchStatus");
    QPushButton *fetch = child<QPushButton>(&fran, "fetchButton");
    QCOMPARE(inbox->topLevelItemCount(), 0);

    // Download and keep: Fran reads it, the server still has it.
    clickRadio(&fran, "keepModeRadio");
    QCOMPARE(client->pop3Mode(), Pop3Mode::DownloadAndKeep);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return inbox->topLevelItemCount() == 1; }, 10000));
    QVERIFY(waitIdle(world.get()));
    QCOMPARE(inbox->topLevelItem(0)->text(1), QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(inbox->topLevelItem(0)->text(0), QStringLiteral("ana@cliente.fr"));
    QCOMPARE(franCount(world.get()), 1);
    QVERIFY2(status->text().contains(QLatin1String("server keeps")), qPrintable(status->text()));
    // The message view shows its headers and body.
    const QString shown = child<QPlainTextEdit>(&fran, "messageView")->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("Subject: Quedamos hoxe?")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("From: ana@cliente.fr")));
    QVERIFY(shown.endsWith(QLatin1String("A que hora e onde?"))
            || shown.contains(QLatin1String("\nA que hora e onde?")));
    QVERIFY(!shown.contains(QLatin1String("Received:")));
    // The whole message as received (its source) tells its journey.
    QVERIFY(child<QPlainTextEdit>(&fran, "messageSource")
                ->toPlainText()
                .contains(QLatin1String("Received: from")));

    // Download and delete: the server's mailbox is empty afterwards.
    clickRadio(&fran, "deleteModeRadio");
    QCOMPARE(client->pop3Mode(), Pop3Mode::DownloadAndDelete);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return franCount(world.get()) == 0; }, 10000));
    QVERIFY(waitIdle(world.get()));
    QVERIFY2(status->text().contains(QLatin1String("deleted from the server")), qPrintable(status->text()));
    // The delete fetch used the course's sequence: DELE went out.
    bool dele = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        dele = dele || (e.from == QLatin1String("fran") && e.raw == "DELE 1");
    QVERIFY(dele);
}

void TestMailClientWindow::imapLeavesTheAttachmentOnTheServer()
{
    // The course's IMAP: Fran chooses IMAP and fetches a message with a
    // photo: he gets the text, the photo and the message stay on the server.
    auto world = startWorld();
    QVERIFY(world);
    MimeDraft draft;
    draft.to = {"fran@servidor.edu"};
    draft.subject = QStringLiteral("Unha foto");
    draft.text = QStringLiteral("Mira a foto.");
    MimeAttachment photo;
    photo.fileName = QStringLiteral("praia.png");
    photo.data = QByteArray(20000, 'x');
    draft.attachments.append(photo);
    world->client(QStringLiteral("ana"))->send(draft);
    QVERIFY(QTest::qWaitFor([&] { return franCount(world.get()) == 1; }, 10000));
    QVERIFY(waitIdle(world.get()));

    MailClientWindow fran(world->client(QStringLiteral("fran")));
    fran.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fran));
    clickRadio(&fran, "imapModeRadio");
    MailClient *client = world->client(QStringLiteral("fran"));
    QCOMPARE(client->access(), MailAccess::Imap);
    QTest::mouseClick(child<QPushButton>(&fran, "fetchButton"), Qt::LeftButton);
    QTreeWidget *inbox = child<QTreeWidget>(&fran, "inboxList");
    QVERIFY(QTest::qWaitFor([&] { return inbox->topLevelItemCount() == 1; }, 10000));
    QVERIFY(waitIdle(world.get()));
    const QString status = child<QLabel>(&fran, "fetchStatus")->text();
    QVERIFY2(status.contains(QLatin1String("1 attachment(s) left on the server")), qPrintable(status));
    QCOMPARE(franCount(world.get()), 1); // the server keeps it
    QCOMPARE(client->inbox().first().attachmentsOnServer, QStringList{QStringLiteral("praia.png")});
    QVERIFY(client->inbox().first().content.size() < 2000); // not the 20,000-octet photo
    const QString shown = child<QPlainTextEdit>(&fran, "messageView")->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("Mira a foto.")), qPrintable(shown));
    // It went over IMAP: a FETCH of part 1 only.
    bool textOnly = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        textOnly = textOnly || (e.protocol == Protocol::Imap && e.raw.contains("BODY.PEEK[1]"));
    QVERIFY(textOnly);

    // On demand: the photo, and only the photo, comes when Fran asks.
    QPushButton *download = child<QPushButton>(&fran, "downloadPartsButton");
    inbox->setCurrentItem(inbox->topLevelItem(0));
    QVERIFY(QTest::qWaitFor([&] { return download->isEnabled(); }, 5000));
    const qsizetype before = world->transcript()->size();
    QTest::mouseClick(download, Qt::LeftButton);
    QLabel *imapStatus = child<QLabel>(&fran, "imapStatus");
    QVERIFY(QTest::qWaitFor(
        [&] { return imapStatus->text().contains(QLatin1String("Downloaded on demand")); }, 10000));
    QVERIFY(waitIdle(world.get()));
    QVERIFY2(imapStatus->text().contains(QLatin1String("praia.png")), qPrintable(imapStatus->text()));
    bool partAlone = false;
    bool wholeAgain = false;
    for (qsizetype i = before; i < world->transcript()->size(); ++i) {
        const TranscriptEvent &e = world->transcript()->at(i);
        partAlone = partAlone || e.raw.endsWith("(BODY.PEEK[2.MIME] BODY.PEEK[2])");
        wholeAgain = wholeAgain || e.raw.contains("BODY.PEEK[]") || e.raw.contains("BODY.PEEK[1]");
    }
    QVERIFY(partAlone);
    QVERIFY(!wholeAgain); // the text is not fetched again
    const MailClient::InboxMessage got = client->inbox().first();
    QVERIFY(got.attachmentsOnServer.isEmpty());
    const MimeMessage parsed = MimeMessage::parse(got.content);
    int photoPart = -1;
    for (int i = 0; i < parsed.parts().size(); ++i) {
        if (parsed.parts().at(i).fileName == QLatin1String("praia.png"))
            photoPart = i;
    }
    QVERIFY2(photoPart > 0, got.content.left(600).constData());
    QCOMPARE(parsed.decodedBody(photoPart), QByteArray(20000, 'x'));
    QVERIFY(parsed.text().contains(QLatin1String("Mira a foto.")));
    QVERIFY(!download->isEnabled()); // nothing left to download
}

void TestMailClientWindow::refusalShowsItsCode()
{
    auto world = startWorld();
    QVERIFY(world);
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    ana.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ana));
    // A local user that does not exist: Ana's own server refuses at RCPT.
    compose(&ana, QStringLiteral("nobody@cliente.fr"), QStringLiteral("Hello"), QStringLiteral("Anyone?"));
    QLabel *status = child<QLabel>(&ana, "sendStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith(QLatin1String("Not sent")); }, 10000));
    QVERIFY2(status->text().contains(QLatin1String("550")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("nobody@cliente.fr")));
}

void TestMailClientWindow::noRecipientSendsNothing()
{
    auto world = startWorld();
    QVERIFY(world);
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    ana.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ana));
    const qsizetype eventsBefore = world->transcript()->size();
    compose(&ana, QString(), QStringLiteral("Hello"), QStringLiteral("Anyone?"));
    // Sending opens its connection at once (World::connectTo): none was opened,
    // and nothing was recorded.
    QCOMPARE(world->openConnections(), 0);
    QCOMPARE(world->transcript()->size(), eventsBefore);
    QVERIFY(!world->client(QStringLiteral("ana"))->isBusy());
    QVERIFY(child<QLabel>(&ana, "sendStatus")->text().contains(QLatin1String("at least one address")));
}

void TestMailClientWindow::recipientsAreParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("one") << QStringLiteral("fran@servidor.edu") << QList<QByteArray>{"fran@servidor.edu"};
    QTest::newRow("commas and spaces") << QStringLiteral(" fran@servidor.edu,  ana@cliente.fr ;x@y.z")
                                       << QList<QByteArray>{"fran@servidor.edu", "ana@cliente.fr", "x@y.z"};
    QTest::newRow("angle brackets") << QStringLiteral("<fran@servidor.edu>")
                                    << QList<QByteArray>{"fran@servidor.edu"};
    QTest::newRow("empty") << QStringLiteral(" , ") << QList<QByteArray>{};
}

void TestMailClientWindow::recipientsAreParsed()
{
    QFETCH(QString, text);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(MailClientWindow::parseRecipients(text), expected);
}

void TestMailClientWindow::sendingWhilePausedSaysSo()
{
    // The main window is paused (the gate holds every line): the message's
    // lines wait, and the mail client tells why nothing happens.
    auto world = startWorld();
    QVERIFY(world);
    world->gate()->setMode(Gate::Mode::Step);
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    ana.setPlayback(MailClientWindow::Playback::Paused);
    ana.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ana));
    compose(&ana, QStringLiteral("fran@servidor.edu"), QStringLiteral("Ola"), QStringLiteral("?"));
    QLabel *status = child<QLabel>(&ana, "sendStatus");
    QVERIFY2(status->text().contains(QStringLiteral("playback is paused")), qPrintable(status->text()));
    // Playing again: the same line says only that it is sending, then the result.
    ana.setPlayback(MailClientWindow::Playback::Playing);
    QVERIFY(!status->text().contains(QStringLiteral("paused")));
    world->gate()->setMode(Gate::Mode::FreeRun);
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith(QLatin1String("Sent: 250")); }, 10000));
}

void TestMailClientWindow::imapFoldersFlagsSearchAndIdle()
{
    // Fran's client in IMAP mode: a folder made on the server, Ana's message
    // moved there and flagged, a search the server does, and with IDLE a new
    // message that shows up without a click; the servers' panel shows it all.
    auto world = startWorld();
    QVERIFY(world);
    MailClient *ana = world->client(QStringLiteral("ana"));
    ana->send({"fran@servidor.edu"}, QStringLiteral("Quedamos hoxe?"), QStringLiteral("A que hora e onde?"));
    ana->send({"fran@servidor.edu"}, QStringLiteral("Apuntes"), QStringLiteral("Os apuntes de redes."));
    ana->send({"fran@servidor.edu"}, QStringLiteral("Praia"), QStringLiteral("Imos á praia?"));
    QVERIFY(QTest::qWaitFor([&] { return franCount(world.get()) == 3; }, 10000));
    QVERIFY(waitIdle(world.get()));
    MailStore *store = world->server(QStringLiteral("servidor.edu"))->store();

    MailClientWindow fran(world->client(QStringLiteral("fran")));
    fran.setWindowState(Qt::WindowNoState);
    fran.resize(640, 520); // its own size, on a 1366×768 screen
    fran.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fran));
    clickRadio(&fran, "imapModeRadio");
    QVERIFY(child<QListWidget>(&fran, "folderList")->isVisible());
    QVERIFY(child<QLineEdit>(&fran, "searchEdit")->isVisible());
    QTest::mouseClick(child<QPushButton>(&fran, "fetchButton"), Qt::LeftButton);
    QTreeWidget *list = child<QTreeWidget>(&fran, "inboxList");
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 3; }, 10000));
    QVERIFY(list->topLevelItem(0)->font(1).bold()); // unread
    QLabel *status = child<QLabel>(&fran, "imapStatus");

    // A folder of his own.
    QTest::keyClicks(child<QLineEdit>(&fran, "folderNameEdit"), QStringLiteral("Traballo"));
    QTest::mouseClick(child<QPushButton>(&fran, "createFolderButton"), Qt::LeftButton);
    QListWidget *folders = child<QListWidget>(&fran, "folderList");
    QVERIFY(QTest::qWaitFor(
        [&] { return !folders->findItems(QStringLiteral("Traballo"), Qt::MatchExactly).isEmpty(); }, 10000));
    QVERIFY(store->folderNames("fran").contains("Traballo"));
    QVERIFY2(status->text().contains(QLatin1String("Traballo")), qPrintable(status->text()));

    // Ana's first message moves there.
    list->setCurrentItem(list->topLevelItem(0));
    QComboBox *moveTo = child<QComboBox>(&fran, "moveCombo");
    moveTo->setCurrentIndex(moveTo->findData(QByteArray("Traballo")));
    QVERIFY(moveTo->currentIndex() >= 0);
    QTest::mouseClick(child<QPushButton>(&fran, "moveButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 2; }, 10000));
    ImapFolderState state;
    QVERIFY(store->folderState("fran", "Traballo", &state));
    QCOMPARE(state.messages.size(), 1);

    // In Traballo it is flagged.
    QListWidgetItem *traballo = folders->findItems(QStringLiteral("Traballo"), Qt::MatchExactly).first();
    QTest::mouseClick(folders->viewport(), Qt::LeftButton, {}, folders->visualItemRect(traballo).center());
    QCOMPARE(fran.imapFolder(), QByteArray("Traballo"));
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 1; }, 10000));
    QVERIFY(waitIdle(world.get()));
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(&fran, "flagButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItem(0)->text(1).startsWith(QStringLiteral("⚑")); },
                            10000));
    QVERIFY(store->folderState("fran", "Traballo", &state));
    QVERIFY(state.messages.first().flags.contains("\\Flagged"));
    // and read.
    QTest::mouseClick(child<QPushButton>(&fran, "readButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !list->topLevelItem(0)->font(1).bold(); }, 10000));

    // Back in INBOX, a search the server does: only the hit is shown.
    QListWidgetItem *inbox = folders->findItems(QStringLiteral("INBOX"), Qt::MatchExactly).first();
    QTest::mouseClick(folders->viewport(), Qt::LeftButton, {}, folders->visualItemRect(inbox).center());
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 2; }, 10000));
    QVERIFY(waitIdle(world.get()));
    QTest::keyClicks(child<QLineEdit>(&fran, "searchEdit"), QStringLiteral("apuntes"));
    QTest::mouseClick(child<QPushButton>(&fran, "searchButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 1; }, 10000));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Apuntes"));
    QVERIFY2(status->text().contains(QLatin1String("Searched on servidor.edu: 1 of 2")),
             qPrintable(status->text()));
    bool searched = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        searched = searched || (e.protocol == Protocol::Imap && e.raw.endsWith("UID SEARCH TEXT apuntes"));
    QVERIFY(searched);
    QTest::mouseClick(child<QPushButton>(&fran, "clearSearchButton"), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 2);

    // IDLE: Ana's new message shows up by itself.
    QVERIFY(waitIdle(world.get()));
    MailClient *client = world->client(QStringLiteral("fran"));
    child<QCheckBox>(&fran, "idleCheck")->click();
    QVERIFY(client->isIdling());
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const TranscriptEvent &e : world->transcript()->events()) {
                if (e.raw == "+ idling")
                    return true;
            }
            return false;
        },
        10000));
    ana->send({"fran@servidor.edu"}, QStringLiteral("Novidades"), QStringLiteral("Chegou agora."));
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 3; }, 10000));
    QVERIFY2(status->text().contains(QLatin1String("New mail")), qPrintable(status->text()));
    bool exists = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        exists = exists
            || (e.protocol == Protocol::Imap && e.raw == "* 3 EXISTS"
                && e.from == QLatin1String("servidor.edu"));
    QVERIFY(exists);
    QVERIFY(client->isIdling()); // still connected, idling again

    // The servers' panel: the folder, its message and its flags.
    ServerViews views;
    views.setWorld(world.get());
    views.refresh();
    QTreeWidgetItem *folderRow = nullptr;
    for (int i = 0; i < views.mailboxTree()->topLevelItemCount(); ++i) {
        if (views.mailboxTree()->topLevelItem(i)->text(0).startsWith(
                QStringLiteral("fran@servidor.edu ▸ Traballo")))
            folderRow = views.mailboxTree()->topLevelItem(i);
    }
    QVERIFY(folderRow);
    QCOMPARE(folderRow->childCount(), 1);
    QCOMPARE(folderRow->child(0)->text(3), QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(folderRow->child(0)->text(4), QStringLiteral("\\Flagged \\Seen"));

    // Closing the window ends IDLE: DONE, then LOGOUT.
    fran.close();
    QVERIFY(QTest::qWaitFor([&] { return !client->isIdling(); }, 10000));
    bool done = false;
    for (const TranscriptEvent &e : world->transcript()->events())
        done = done || (e.protocol == Protocol::Imap && e.raw == "DONE");
    QVERIFY(done);
}

void TestMailClientWindow::clientGoneDisablesTheWindow()
{
    auto world = startWorld();
    QVERIFY(world);
    MailClientWindow fran(world->client(QStringLiteral("fran")));
    QVERIFY(fran.isEnabled());
    world.reset(); // the scenario restarts: its clients go
    QVERIFY(!fran.client());
    QVERIFY(!fran.isEnabled());
    const QString gone = QStringLiteral("This mail client is gone (the scenario restarted).");
    QCOMPARE(child<QLabel>(&fran, "fetchStatus")->text(), gone);
    QCOMPARE(child<QLabel>(&fran, "sendStatus")->text(), gone);
    // Fetch asked for anyway (a click already queued when the world went):
    // nothing starts and the window keeps saying why, instead of "Fetching…".
    Q_EMIT child<QPushButton>(&fran, "fetchButton")->clicked();
    QCOMPARE(child<QLabel>(&fran, "fetchStatus")->text(), gone);
    QVERIFY(!fran.isEnabled());
}

QTEST_MAIN(TestMailClientWindow)
#include "tst_mailclientwindow.moc"
