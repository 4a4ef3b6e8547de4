// SPDX-License-Identifier: GPL-3.0-or-later
// The message inspector (a message's header fields, MIME tree and bytes), the
// main window's Message dock over a real DATA transfer, and the composer's
// attachments arriving in Fran's mailbox.
#include "classroom/scenariorunner.h"
#include "explain/transcriptmessage.h"
#include "gui/mailclientwindow.h"
#include "gui/mainwindow.h"
#include "gui/messageinspector.h"
#include "gui/timelineview.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "message/mimecomposer.h"
#include "message/mimemessage.h"
#include "scenario/scenarioparser.h"
#include "testevents.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcript.h"

#include "testworlds.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

namespace {

const QString galician = QStringLiteral("Á tarde, na cafetería");

// Bytes no text encoding would survive: every octet value, twice.
QByteArray binaryData()
{
    QByteArray data;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 256; ++i)
            data.append(char(i));
    }
    data.append("\r\n.\r\n"); // a lone "." line, had it travelled as text
    return data;
}

QByteArray composed()
{
    MimeDraft draft;
    draft.from = "ana@cliente.fr";
    draft.to = {"fran@servidor.edu"};
    draft.subject = galician;
    draft.text = galician + QStringLiteral("\nVémonos ás seis.\n");
    draft.attachments.append({QStringLiteral("foto-á-tarde.png"), "image/png", binaryData()});
    draft.messageIdDomain = "cliente.fr";
    return MimeComposer::compose(draft);
}

int attachmentPart(const MimeMessage &message)
{
    for (int i = 0; i < message.parts().size(); ++i) {
        if (message.parts().at(i).isAttachment)
            return i;
    }
    return -1;
}

QTreeWidgetItem *itemOfPart(QTreeWidget *tree, int part)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toInt() == part)
            return *it;
    }
    return nullptr;
}

// The source view's text between two positions, with the line-end marks
// turned back into the bytes they stand for.
QString sourceBetween(const MessageInspector &inspector, int from, int to)
{
    QTextCursor cursor(inspector.sourceView()->document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.remove(QChar::ParagraphSeparator);
    text.replace(QLatin1String("\\r"), QLatin1String("\r"));
    text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    return text;
}

Scenario anaFran()
{
    QList<ScenarioError> errors;
    return ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
}

qsizetype findEvent(const Transcript *t, const QByteArray &raw, const QString &from, const QString &to)
{
    for (qsizetype i = 0; i < t->size(); ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.raw == raw && e.from == from && e.to == to)
            return i;
    }
    return -1;
}

} // namespace

class TestMessageInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void treeHasTheParts();
    void selectingAPartHighlightsItsBytes();
    void saveWritesTheOriginalBytes();
    void damagedMessageShowsTheWarning();
    void subjectIsDecodedAndExplained();
    void messageIsRebuiltFromTheTranscript();
    void mainWindowShowsTheMessageOfADataLine();
    void attachmentBytesMapToTheirBase64Lines();
    void composerSendsAnAttachment();
};

void TestMessageInspector::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QSettings().clear(); // no layout from an earlier run
}

void TestMessageInspector::treeHasTheParts()
{
    const QByteArray raw = composed();
    MessageInspector inspector;
    inspector.setMessage(raw);
    const MimeMessage &message = inspector.message();
    QCOMPARE(message.raw(), raw);
    QCOMPARE(message.parts().size(), 3); // multipart/mixed: the text, the attachment
    QTreeWidget *tree = inspector.partTree();
    int items = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        ++items;
    QCOMPARE(items, 3);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("multipart/mixed"));
    QCOMPARE(root->childCount(), 2);
    QCOMPARE(root->child(0)->text(0), QStringLiteral("text/plain"));
    QCOMPARE(root->child(0)->text(1), QStringLiteral("utf-8"));
    QCOMPARE(root->child(1)->text(0), QStringLiteral("image/png"));
    QCOMPARE(root->child(1)->text(2), QStringLiteral("base64"));
    QCOMPARE(root->child(1)->text(3), QStringLiteral("foto-á-tarde.png"));
    // The size of the attachment is its own, decoded, not its base64.
    QCOMPARE(root->child(1)->text(4),
             QLocale().formattedDataSize(binaryData().size(), 1, QLocale::DataSizeTraditionalFormat));
    // Nothing damaged: no warning.
    QVERIFY(inspector.warningText().isEmpty());
    // The Text tab reads like a mail client: the subject, the text, the attachment's name.
    const QString text = inspector.textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Subject: ") + galician), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Vémonos ás seis.")));
    QVERIFY(text.contains(QStringLiteral("foto-á-tarde.png")));
}

void TestMessageInspector::selectingAPartHighlightsItsBytes()
{
    const QByteArray raw = composed();
    MessageInspector inspector;
    inspector.setMessage(raw);
    const MimeMessage &message = inspector.message();
    const int attachment = attachmentPart(message);
    QVERIFY(attachment > 0);
    QVERIFY(inspector.sourceView()->extraSelections().isEmpty());
    QVERIFY(!inspector.saveButton()->isEnabled());

    QSignalSpy selected(&inspector, &MessageInspector::partSelected);
    // As a student does: a click on the part in the tree.
    QTreeWidgetItem *item = itemOfPart(inspector.partTree(), attachment);
    QVERIFY(item);
    inspector.partTree()->setCurrentItem(item);
    const MimePart &part = message.parts().at(attachment);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toInt(), attachment);
    QCOMPARE(selected.first().at(1).value<qsizetype>(), part.offset);
    QCOMPARE(selected.first().at(2).value<qsizetype>(), part.length);
    QCOMPARE(inspector.highlightedOffset(), part.offset);
    QCOMPARE(inspector.highlightedLength(), part.length);
    QVERIFY(inspector.saveButton()->isEnabled());

    // The highlight starts at the part's first byte and ends after its last.
    const QList<QTextEdit::ExtraSelection> selections = inspector.sourceView()->extraSelections();
    QVERIFY(!selections.isEmpty());
    const int start = selections.first().cursor.selectionStart();
    const int end = selections.last().cursor.selectionEnd();
    QCOMPARE(start, inspector.sourcePosition(part.offset));
    QCOMPARE(end, inspector.sourcePosition(part.offset + part.length));
    QCOMPARE(sourceBetween(inspector, start, end), QString::fromLatin1(raw.mid(part.offset, part.length)));
    // Its body (the base64) is the strong band: exactly the body's bytes.
    bool bodyFound = false;
    for (const QTextEdit::ExtraSelection &s : selections) {
        bodyFound = bodyFound
            || (s.cursor.selectionStart() == inspector.sourcePosition(part.bodyOffset)
                && s.cursor.selectionEnd() == inspector.sourcePosition(part.bodyOffset + part.bodyLength));
    }
    QVERIFY(bodyFound);

    // Every part, the 8-bit UTF-8 text too (one character from two bytes).
    for (int i = 0; i < message.parts().size(); ++i) {
        const MimePart &p = message.parts().at(i);
        inspector.setCurrentPart(i);
        const QList<QTextEdit::ExtraSelection> s = inspector.sourceView()->extraSelections();
        QVERIFY(!s.isEmpty());
        QCOMPARE(sourceBetween(inspector, s.first().cursor.selectionStart(), s.last().cursor.selectionEnd()),
                 QString::fromUtf8(raw.mid(p.offset, p.length)));
    }
    // The line ends are visible in the source.
    QVERIFY(inspector.sourceView()->toPlainText().contains(QLatin1String("MIME-Version: 1.0\\r\\n\n")));
    // Nothing selected: no highlight, and the main window hears of it.
    inspector.partTree()->setCurrentItem(nullptr);
    QVERIFY(inspector.sourceView()->extraSelections().isEmpty());
    QCOMPARE(selected.last().at(0).toInt(), -1);
}

void TestMessageInspector::saveWritesTheOriginalBytes()
{
    MessageInspector inspector;
    inspector.setMessage(composed());
    const int attachment = attachmentPart(inspector.message());
    QVERIFY(attachment > 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("foto.png"));
    QString error;
    QVERIFY2(inspector.saveAttachment(attachment, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), binaryData());
    // A folder that is not there: false, and why.
    QVERIFY(!inspector.saveAttachment(attachment, dir.filePath(QStringLiteral("no/such/foto.png")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!inspector.saveAttachment(99, path, &error));
}

void TestMessageInspector::damagedMessageShowsTheWarning()
{
    MessageInspector inspector;
    inspector.resize(600, 500);
    inspector.show();
    QWidget *banner = inspector.findChild<QWidget *>(QStringLiteral("warningBanner"));
    QVERIFY(banner);
    inspector.setMessage(composed());
    QVERIFY(!banner->isVisible());

    QFile file(QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/mime/broken-boundary.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    inspector.setMessage(file.readAll());
    QVERIFY(!inspector.message().warnings().isEmpty());
    QVERIFY(banner->isVisible());
    const QString text = inspector.findChild<QLabel *>(QStringLiteral("damagedWarning"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("This message is damaged: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("--cut--")), qPrintable(text));
    QCOMPARE(inspector.warningText(), text);

    // A sound message again: the warning goes.
    inspector.setMessage(composed());
    QVERIFY(!banner->isVisible());
}

void TestMessageInspector::subjectIsDecodedAndExplained()
{
    MessageInspector inspector;
    inspector.setMessage(composed());
    QTreeWidget *headers = inspector.headerList();
    QTreeWidgetItem *subject = nullptr;
    for (int i = 0; i < headers->topLevelItemCount(); ++i) {
        if (headers->topLevelItem(i)->text(0) == QLatin1String("Subject"))
            subject = headers->topLevelItem(i);
    }
    QVERIFY(subject);
    // It travelled as RFC 2047 encoded words; the list shows it decoded.
    QVERIFY(inspector.message().parts().first().headers.size() >= 5);
    QCOMPARE(subject->text(1), galician);
    QVERIFY(subject->text(2).contains(QLatin1String("what the message is about")));
    headers->setCurrentItem(subject);
    const QString explanation = inspector.headerExplanationText();
    QVERIFY2(explanation.contains(QLatin1String("RFC 5322")), qPrintable(explanation));
    QVERIFY2(explanation.contains(QLatin1String("=?")), qPrintable(explanation)); // as it travelled
    QVERIFY(explanation.contains(QLatin1String("RFC 2047")));

    // A part's own header fields when the part is selected.
    inspector.setCurrentPart(attachmentPart(inspector.message()));
    bool disposition = false;
    for (int i = 0; i < headers->topLevelItemCount(); ++i)
        disposition = disposition
            || headers->topLevelItem(i)->text(0) == QLatin1String("Content-Disposition");
    QVERIFY(disposition);
}

void TestMessageInspector::messageIsRebuiltFromTheTranscript()
{
    TestEvents::HandMadeTranscript transcript;
    auto line = [&](TranscriptEvent::Direction direction, const QByteArray &raw, int connection = 1) {
        TranscriptEvent e;
        e.kind = TranscriptEvent::Kind::Line;
        e.protocol = Protocol::Smtp;
        e.connectionId = connection;
        e.direction = direction;
        e.phase = Phase::Transfer;
        e.from = direction == TranscriptEvent::Direction::ClientToServer ? QStringLiteral("a")
                                                                         : QStringLiteral("b");
        e.to = direction == TranscriptEvent::Direction::ClientToServer ? QStringLiteral("b")
                                                                       : QStringLiteral("a");
        e.raw = raw;
        return transcript.append(e);
    };
    using D = TranscriptEvent::Direction;
    line(D::ServerToClient, "220 b");
    line(D::ClientToServer, "HELO a");
    line(D::ServerToClient, "250 b");
    line(D::ClientToServer, "MAIL FROM:<x@a>");
    line(D::ServerToClient, "250 ok");
    line(D::ClientToServer, "RCPT TO:<y@b>");
    line(D::ServerToClient, "250 ok");
    const qsizetype data = line(D::ClientToServer, "DATA");
    line(D::ServerToClient, "354 go ahead");
    const qsizetype subject = line(D::ClientToServer, "Subject: dots");
    line(D::ClientToServer, "");
    line(D::ServerToClient, "220 other", 2); // another connection in between
    const qsizetype stuffed = line(D::ClientToServer, "..a line that starts with a dot");
    const qsizetype end = line(D::ClientToServer, ".");
    line(D::ServerToClient, "250 stored");
    transcript.done();

    QVERIFY(TranscriptMessage::at(transcript, data).isEmpty());
    const TranscriptMessage message = TranscriptMessage::at(transcript, stuffed);
    QVERIFY(!message.isEmpty());
    QVERIFY(message.isComplete());
    QCOMPARE(message.endEvent(), end);
    // Dot-stuffing undone: the recipient's copy has one dot.
    QCOMPARE(message.raw(), QByteArray("Subject: dots\r\n\r\n.a line that starts with a dot\r\n"));
    QCOMPARE(message.lineEvents().size(), 3);
    QCOMPARE(message.lineEvents().first(), subject);
    QCOMPARE(TranscriptMessage::at(transcript, end).raw(), message.raw());
    QCOMPARE(TranscriptMessage::at(transcript, subject).raw(), message.raw());
    // Bytes to lines: by line lengths plus CR LF.
    QCOMPARE(message.eventsOf(0, 5), qMakePair(subject, subject));
    QCOMPARE(message.eventsOf(15, 2), qMakePair(subject + 1, subject + 1)); // the empty line
    QCOMPARE(message.eventsOf(17, 1), qMakePair(stuffed, stuffed));
    QCOMPARE(message.eventsOf(0, message.raw().size()), qMakePair(subject, stuffed));
    QCOMPARE(message.eventsOf(0, 0), qMakePair(qsizetype(-1), qsizetype(-1)));
}

void TestMessageInspector::mainWindowShowsTheMessageOfADataLine()
{
    World::Options options;
    options.ephemeralPorts = true;
    MainWindow window(anaFran(), options, QStringLiteral("en"));
    window.setSpeed(16.0);
    window.setPlaying(true);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.runner(), &ScenarioRunner::finished);
    QVERIFY(finished.wait(60000));

    auto *messageDock = window.findChild<QDockWidget *>(QStringLiteral("messageDock"));
    auto *inspectorDock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(messageDock && inspectorDock);
    QVERIFY(window.tabifiedDockWidgets(inspectorDock).contains(messageDock));
    MessageInspector *inspector = window.messageInspector();
    QVERIFY(inspector->message().raw().isEmpty());

    // The server-to-server leg: cliente.fr hands the message to servidor.edu.
    const Transcript *t = window.world()->transcript();
    const QString client = QStringLiteral("cliente.fr");
    const QString server = QStringLiteral("servidor.edu");
    const qsizetype subjectEvent = findEvent(t, "Subject: Quedamos hoxe?", client, server);
    const qsizetype bodyEvent = findEvent(t, "A que hora e onde?", client, server);
    const qsizetype firstEvent = findEvent(t, "Received: from [127.0.0.4] ([127.0.0.4])", client, server);
    QVERIFY(subjectEvent >= 0 && bodyEvent > subjectEvent && firstEvent >= 0 && firstEvent < subjectEvent);
    TimelineModel *model = window.timelineModel();
    TimelineView *view = window.timeline();

    // A line that is not message content shows nothing.
    view->setCurrentRow(model->rowOfEvent(findEvent(t, "MAIL FROM:<ana@cliente.fr>", client, server)));
    QVERIFY(inspector->message().raw().isEmpty());

    view->setCurrentRow(model->rowOfEvent(subjectEvent));
    QCOMPARE(inspector->message().header("Subject"), QStringLiteral("Quedamos hoxe?"));
    // This leg's copy: with the Received line cliente.fr added, no Return-Path yet.
    QVERIFY(inspector->message().raw().startsWith("Received: from [127.0.0.4]"));
    QVERIFY(inspector->message().header("Return-Path").isEmpty());
    QVERIFY(inspector->message().warnings().isEmpty());
    QCOMPARE(view->highlightedFirstRow(), qsizetype(-1));

    // The message is one text/plain part: its body is the line "A que hora e onde?".
    const MimeMessage &message = inspector->message();
    QCOMPARE(message.parts().size(), 1);
    const MimePart &body = message.parts().first();
    QCOMPARE(message.raw().mid(body.bodyOffset, body.bodyLength), QByteArray("A que hora e onde?\r\n"));
    inspector->setCurrentPart(0);
    // The part's bytes came in from the first content line to the body line.
    QCOMPARE(view->highlightedFirstRow(), model->rowOfEvent(firstEvent));
    QCOMPARE(view->highlightedLastRow(), model->rowOfEvent(bodyEvent));
    // And the body's own bytes are exactly that one line.
    const TranscriptMessage carried = TranscriptMessage::at(*t, subjectEvent);
    QCOMPARE(carried.eventsOf(body.bodyOffset, body.bodyLength), qMakePair(bodyEvent, bodyEvent));

    // Another line of the same message keeps the selection; the final "." too.
    const qsizetype endEvent = carried.endEvent();
    QVERIFY(endEvent > bodyEvent);
    view->setCurrentRow(model->rowOfEvent(endEvent));
    QCOMPARE(inspector->currentPart(), 0);
    QCOMPARE(view->highlightedLastRow(), model->rowOfEvent(bodyEvent));

    // Fran's POP3 RETR: the same message as stored, now with Return-Path.
    const qsizetype retrEvent = findEvent(t, "Subject: Quedamos hoxe?", server, QStringLiteral("fran"));
    QVERIFY(retrEvent > endEvent);
    view->setCurrentRow(model->rowOfEvent(retrEvent));
    QCOMPARE(inspector->message().header("Subject"), QStringLiteral("Quedamos hoxe?"));
    QCOMPARE(inspector->message().header("Return-Path"), QStringLiteral("<ana@cliente.fr>"));
    QCOMPARE(view->highlightedFirstRow(), qsizetype(-1)); // a new message: no part selected yet
}

void TestMessageInspector::attachmentBytesMapToTheirBase64Lines()
{
    // The photo scenario, free-running: the relay leg carries ~170 base64 lines.
    QList<ScenarioError> errors;
    World world(ScenarioParser::load(QStringLiteral("ana-fran-attachment"), &errors),
                TestWorlds::fastOptions());
    for (const ScenarioError &e : std::as_const(errors))
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(errors.isEmpty());
    QVERIFY(world.start(nullptr));
    ScenarioRunner runner(&world, QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    const Transcript *t = world.transcript();
    const QString client = QStringLiteral("cliente.fr");
    const QString server = QStringLiteral("servidor.edu");
    qsizetype disposition = -1;
    for (qsizetype i = 0; i < t->size() && disposition < 0; ++i) {
        const TranscriptEvent &e = t->at(i);
        if (e.from == client && e.to == server && e.raw.startsWith("Content-Disposition: attachment"))
            disposition = i;
    }
    QVERIFY(disposition >= 0);
    const TranscriptMessage carried = TranscriptMessage::at(*t, disposition);
    QVERIFY(carried.isComplete());

    MessageInspector inspector;
    inspector.setMessage(carried.raw());
    QVERIFY(inspector.warningText().isEmpty());
    const int attachment = attachmentPart(inspector.message());
    QVERIFY(attachment > 0);
    QFile photo(QStringLiteral(CARTEIRO_SOURCE_DIR "/scenarios/foto-praia.png"));
    QVERIFY(photo.open(QIODevice::ReadOnly));
    QCOMPARE(inspector.message().decodedBody(attachment), photo.readAll());

    QSignalSpy selected(&inspector, &MessageInspector::partSelected);
    inspector.setCurrentPart(attachment);
    QCOMPARE(selected.size(), 1);
    const QPair<qsizetype, qsizetype> events = carried.eventsOf(selected.first().at(1).value<qsizetype>(),
                                                                selected.first().at(2).value<qsizetype>());
    // From the part's first header line to its last base64 line, before the
    // closing boundary.
    QVERIFY2(t->at(events.first).raw.startsWith("Content-Type: image/png"),
             t->at(events.first).raw.constData());
    const qsizetype last = carried.lineEvents().indexOf(events.second);
    QVERIFY(last > 0 && last + 1 < carried.lineEvents().size());
    QVERIFY(carried.lineEvents().indexOf(events.first) < last - 100);
    QVERIFY(!t->at(events.second).raw.isEmpty());
    QVERIFY(!t->at(events.second).raw.startsWith("--"));
    // (GMime leaves an empty line before the boundary: the delimiter's CR LF.)
    qsizetype next = last + 1;
    while (next < carried.lineEvents().size() && t->at(carried.lineEvents().at(next)).raw.isEmpty())
        ++next;
    QVERIFY(next < carried.lineEvents().size());
    QVERIFY(t->at(carried.lineEvents().at(next)).raw.startsWith("--"));
    // The base64 lines are 76 characters (RFC 2045 §6.8).
    QCOMPARE(t->at(events.second - 1).raw.size(), 76);
}

void TestMessageInspector::composerSendsAnAttachment()
{
    auto world = TestWorlds::start();
    QVERIFY(world);
    MailClientWindow ana(world->client(QStringLiteral("ana")));
    ana.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ana));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString photo = dir.filePath(QStringLiteral("foto-á-tarde.png"));
    {
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(binaryData());
    }
    const QString notes = dir.filePath(QStringLiteral("notas.txt"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Levar o paraugas.\n");
    }
    QString error;
    QVERIFY(!ana.addAttachment(dir.filePath(QStringLiteral("missing.png")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(ana.addAttachment(photo, &error), qPrintable(error));
    auto *list = ana.findChild<QListWidget *>(QStringLiteral("attachmentList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("foto-á-tarde.png")));

    // A file dropped on the text is attached, not typed in.
    auto *body = ana.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(notes)});
    const QPoint where = body->viewport()->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(body->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(body->viewport(), &drop);
    QCOMPARE(ana.attachments().size(), 2);
    QCOMPARE(ana.attachments().at(1).fileName, QStringLiteral("notas.txt"));
    QVERIFY(body->toPlainText().isEmpty());
    // …and removed again.
    ana.removeAttachment(1);
    QCOMPARE(ana.attachments().size(), 1);
    QCOMPARE(list->count(), 1);

    ana.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    ana.findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(QStringLiteral("fran@servidor.edu"));
    ana.findChild<QLineEdit *>(QStringLiteral("ccEdit"))->setText(QStringLiteral("ana@cliente.fr"));
    ana.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(galician);
    body->setPlainText(galician + QStringLiteral("\nVémonos ás seis."));
    QTest::mouseClick(ana.findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);

    MailStore *fran = world->server(QStringLiteral("servidor.edu"))->store();
    MailStore *anaStore = world->server(QStringLiteral("cliente.fr"))->store();
    QVERIFY(QTest::qWaitFor([&] { return fran->count("fran") == 1 && anaStore->count("ana") == 1; }, 15000));
    const MimeMessage arrived = MimeMessage::parse(fran->mailbox("fran").first().content());
    QVERIFY2(arrived.warnings().isEmpty(), qPrintable(arrived.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(arrived.header("Subject"), galician);
    QCOMPARE(arrived.header("Cc"), QStringLiteral("ana@cliente.fr"));
    QVERIFY2(arrived.text().startsWith(galician), qPrintable(arrived.text()));
    const int attachment = attachmentPart(arrived);
    QVERIFY(attachment > 0);
    QCOMPARE(arrived.parts().at(attachment).fileName, QStringLiteral("foto-á-tarde.png"));
    QCOMPARE(arrived.decodedBody(attachment), binaryData());
    // The copy for Cc arrived too.
    QCOMPARE(MimeMessage::parse(anaStore->mailbox("ana").first().content()).decodedBody(attachment),
             binaryData());
}

QTEST_MAIN(TestMessageInspector)
#include "tst_messageinspector.moc"
