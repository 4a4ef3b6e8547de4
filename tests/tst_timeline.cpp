// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline: the model over a real ana-fran run (one arrow per line, lanes
// in the course's order, phase bands), the view (hit test, clicks, keys,
// following the newest row, zoom) and the exports (SVG, PNG, text, and
// --export-timeline from the command line).
#include "classroom/scenariorunner.h"
#include "gui/shapedtext.h"
#include "gui/timelineexport.h"
#include "gui/timelinepainter.h"
#include "gui/timelineview.h"
#include "scenario/scenarioparser.h"
#include "testevents.h"
#include "testworlds.h"
#include "transcript/timelinemodel.h"
#include "world/world.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

World::Options testOptions()
{
    World::Options o;
    o.ephemeralPorts = true;
    return o;
}

// The ana-fran walkthrough, run to the end in a world that outlives the call.
struct AnaFran {
    Scenario scenario;
    std::unique_ptr<World> world;
    bool ok = false;
};

void runAnaFran(AnaFran *run, TimelineModel *followingModel = nullptr)
{
    QList<ScenarioError> errors;
    run->scenario = ScenarioParser::load(QStringLiteral("ana-fran"), &errors);
    QVERIFY(errors.isEmpty());
    run->world = std::make_unique<World>(run->scenario, testOptions());
    QString error;
    QVERIFY2(run->world->start(&error), qPrintable(error));
    if (followingModel) {
        followingModel->setPreferredLanes(TimelineModel::lanesFor(run->scenario));
        followingModel->setTranscript(run->world->transcript());
    }
    ScenarioRunner runner(run->world.get(), QStringLiteral("en"));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    run->ok = true;
}

TranscriptEvent line(int connection, const QString &from, const QString &to, const QByteArray &raw,
                     Phase phase, bool fromClient = true)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = connection;
    e.protocol = Protocol::Smtp;
    e.direction = fromClient ? TranscriptEvent::Direction::ClientToServer
                             : TranscriptEvent::Direction::ServerToClient;
    e.phase = phase;
    e.from = from;
    e.to = to;
    e.raw = raw;
    return e;
}

// A transcript of `count` lines between two hosts, as a busy server records.
void appendLines(Transcript *transcript, int count)
{
    for (int i = 0; i < count; ++i) {
        transcript->append(line(1 + i / 100, QStringLiteral("a"), QStringLiteral("b"),
                                "NOOP " + QByteArray::number(i), Phase::Transfer, i % 2 == 0));
    }
}

bool isSvgWith(const QString &fileName, const QString &text, QString *why)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    bool root = false;
    bool found = false;
    QString all;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !root) {
            root = true;
            if (xml.name() != QLatin1String("svg")) {
                *why = QStringLiteral("root is <%1>").arg(xml.name());
                return false;
            }
        }
        if (xml.isCharacters()) {
            all += xml.text();
            found = found || xml.text().contains(text);
        }
    }
    if (xml.hasError()) {
        *why = xml.errorString();
        return false;
    }
    if (!found)
        *why = QStringLiteral("no \"%1\" in the text of the SVG").arg(text);
    return root && found;
}

// A painter of light colours on white, as a default desktop theme gives.
void useLightPalette(TimelinePainter *painter)
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    painter->setPalette(palette);
}

// One row as the timeline draws it, 600 pixels wide.
QImage paintRow(const TimelinePainter &painter, qsizetype row)
{
    QImage image(600, painter.rowHeight(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paintRows(&p, image.rect(), row, row);
    p.end();
    return image;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelHasOneArrowPerLine();
    void expectationsAreMarkedByTheirOutcomeInAnyLanguage();
    void tlsRecordsFoldIntoTheRowsTheyCarried();
    void tlsRecordsFoldTheSameWhenFollowed();
    void tlsHandshakeIsDrawnAsArrowsInOrder();
    void tlsEstablishedMarksTheConnection();
    void linesInsideTlsCarryAPadlock();
    void realPop3sSessionFoldsEveryRecord();
    void lanesReadLikeTheCourse();
    void bandsForEachPhase();
    void outsideHostsFoldIntoOneLane();
    void modelFollowsTheTranscript();
    void interleavedConnectionsKeepTheirBands();
    void twoConnectionsBetweenTheSameHostsGetTheirOwnSubLanes();
    void everyArrowSaysItsConnection();
    void longLaneNamesAreNotCut();
    void selectedLineShowsItsPair();
    void httpExchangeIsDrawn();
    void viewClickSelectsTheRow();
    void viewHitTestOutsideRows();
    void viewKeyboardMovesTheSelection();
    void viewSelectionUsesTheHighlight();
    void secretLinesAreMarked();
    void viewCursorFadesLaterRows();
    void viewFollowsTheNewestRow();
    void viewZoom();
    void exportSvgAndPng();
    void exportErrorsNameTheFile();
    void exportTranscriptText();
    void commandLineExportsTheTimeline();
    void exportedImagesCutNoLabel_data();
    void exportedImagesCutNoLabel();
    void labelsAreShapedOnce();
};

void TestTimeline::modelHasOneArrowPerLine()
{
    TimelineModel live;
    QSignalSpy appended(&live, &TimelineModel::rowsAppended);
    AnaFran run;
    runAnaFran(&run, &live);
    QVERIFY(run.ok);
    const Transcript *transcript = run.world->transcript();

    // Built after the run (reading what is there) and while it ran (following).
    TimelineModel after;
    after.setPreferredLanes(TimelineModel::lanesFor(run.scenario));
    after.setTranscript(transcript);
    for (const TimelineModel *model : {&live, &after}) {
        int lines = 0;
        int arrows = 0;
        int opened = 0;
        int closed = 0;
        int captions = 0;
        int lookups = 0;
        for (qsizetype i = 0; i < transcript->size(); ++i) {
            const TranscriptEvent &e = transcript->at(i);
            const qsizetype row = model->rowOfEvent(i);
            QVERIFY(row >= 0);
            QCOMPARE(model->row(row).event, i);
            if (e.kind == TranscriptEvent::Kind::Line) {
                ++lines;
                QCOMPARE(model->row(row).type, TimelineModel::RowType::Arrow);
                QCOMPARE(model->lane(model->row(row).fromLane), e.from);
                QCOMPARE(model->lane(model->row(row).toLane), e.to);
            }
        }
        for (qsizetype row = 0; row < model->rowCount(); ++row) {
            switch (model->row(row).type) {
            case TimelineModel::RowType::Arrow: ++arrows; break;
            case TimelineModel::RowType::ConnectionOpened: ++opened; break;
            case TimelineModel::RowType::ConnectionClosed: ++closed; break;
            case TimelineModel::RowType::Caption: ++captions; break;
            case TimelineModel::RowType::Lookup:
                ++lookups;
                QCOMPARE(model->lane(model->row(row).toLane), QStringLiteral("DNS"));
                QCOMPARE(model->lane(model->row(row).fromLane), QStringLiteral("cliente.fr"));
                break;
            case TimelineModel::RowType::Note: break;
            case TimelineModel::RowType::TlsEstablished: QFAIL("the walkthrough uses no TLS"); break;
            }
        }
        QCOMPARE(arrows, lines);
        QCOMPARE(lines, int(transcript->lines().size()));
        QVERIFY(lines > 80);
        QCOMPARE(opened, 3);
        QCOMPARE(closed, 3);
        QCOMPARE(captions, 6);
        QCOMPARE(lookups, 1);
        QCOMPARE(model->rowCount(), transcript->size());
        QCOMPARE(model->rowOfEvent(transcript->size()), qsizetype(-1));
    }
    // The live model announced every row, one by one, in order.
    QCOMPARE(appended.size(), int(transcript->size()));
    QCOMPARE(appended.last().at(0).value<qsizetype>(), transcript->size() - 1);
}

void TestTimeline::lanesReadLikeTheCourse()
{
    AnaFran run;
    TimelineModel model;
    runAnaFran(&run, &model);
    QVERIFY(run.ok);
    const QStringList expected{QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                               QStringLiteral("servidor.edu"), QStringLiteral("fran")};
    QCOMPARE(TimelineModel::lanesFor(run.scenario), expected);
    QStringList lanes;
    for (int i = 0; i < model.laneCount(); ++i)
        lanes.append(model.lane(i));
    QCOMPARE(lanes, expected);

    // Without a preferred order, lanes appear as hosts first speak.
    TimelineModel unordered;
    unordered.setTranscript(run.world->transcript());
    QCOMPARE(unordered.lane(0), QStringLiteral("ana"));
    QCOMPARE(unordered.laneCount(), 5);
    QVERIFY(unordered.laneOf(QStringLiteral("DNS")) > unordered.laneOf(QStringLiteral("cliente.fr")));
}

// A class's window: 30 students' computers (outside hosts: none of the
// world's) on one lane named as the map's box, after the story's lanes; the
// rows keep their real ends; unfolding gives each computer its lane again.
void TestTimeline::outsideHostsFoldIntoOneLane()
{
    const QStringList story{QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                            QStringLiteral("servidor.edu"), QStringLiteral("fran")};
    // The world's hosts: the story's, and the console (not a preferred lane).
    const QStringList worldHosts = story + QStringList{QStringLiteral("console")};
    const QString server = QStringLiteral("servidor.edu");
    const auto student = [](int k) { return QStringLiteral("outside 10.0.0.%1").arg(k); };
    Transcript transcript;
    transcript.append(
        line(1, QStringLiteral("ana"), QStringLiteral("cliente.fr"), "EHLO ana", Phase::Opening));
    for (int k = 1; k <= 30; ++k) {
        transcript.append(
            line(10 + k, student(k), server, "USER alumno" + QByteArray::number(k), Phase::Authorization));
        transcript.append(line(10 + k, server, student(k), "+OK", Phase::Authorization, false));
    }
    transcript.append(line(2, QStringLiteral("console"), server, "HELO console", Phase::Opening));

    TimelineModel model;
    model.setPreferredLanes(story);
    model.setTranscript(&transcript);
    QCOMPARE(model.laneCount(), 5 + 30 + 1); // a lane each, the console's
    QVERIFY(!model.foldsOutsideHosts());
    QVERIFY(model.foldedLaneName().isEmpty());

    QSignalSpy reset(&model, &TimelineModel::reset);
    model.foldOutsideHosts(worldHosts, QStringLiteral("The class"));
    QCOMPARE(reset.size(), 1); // read again
    QVERIFY(model.foldsOutsideHosts());
    QCOMPARE(model.foldedLaneName(), QStringLiteral("The class"));
    // The story's lanes, the class's where its first computer spoke, the console.
    QStringList lanes;
    for (int i = 0; i < model.laneCount(); ++i)
        lanes.append(model.lane(i));
    QCOMPARE(lanes, story + QStringList({QStringLiteral("The class"), QStringLiteral("console")}));
    const int classLane = 5;
    QCOMPARE(model.foldedHosts().size(), 30);
    QVERIFY(model.foldedHosts().contains(student(17)));
    QCOMPARE(model.rowCount(), 62);
    for (int k = 1; k <= 30; ++k)
        QCOMPARE(model.laneOf(student(k)), classLane);
    QCOMPARE(model.laneOf(server), 3);
    QCOMPARE(model.laneOf(QStringLiteral("console")), 6);
    for (qsizetype r = 1; r <= 60; ++r) {
        const TimelineModel::Row &row = model.row(r);
        const TranscriptEvent &e = model.event(r);
        // Only the lane is shared: the event still says whose computer.
        const int k = row.connection - 10;
        QCOMPARE(e.direction == TranscriptEvent::Direction::ClientToServer ? e.from : e.to, student(k));
        QCOMPARE(e.direction == TranscriptEvent::Direction::ClientToServer ? row.fromLane : row.toLane,
                 classLane);
        QCOMPARE(e.direction == TranscriptEvent::Direction::ClientToServer ? row.toLane : row.fromLane, 3);
    }
    // Folding again the same way reads nothing again.
    model.foldOutsideHosts(worldHosts, QStringLiteral("The class"));
    QCOMPARE(reset.size(), 1);

    // A computer that connects later goes to the class's lane: no new lane.
    QSignalSpy lanesChanged(&model, &TimelineModel::lanesChanged);
    transcript.append(line(50, student(31), server, "USER alumno31", Phase::Authorization));
    QCOMPARE(model.rowCount(), 63);
    QCOMPARE(model.row(62).fromLane, classLane);
    QCOMPARE(model.laneCount(), 7);
    QCOMPARE(lanesChanged.size(), 0);
    QCOMPARE(model.foldedHosts().size(), 31);

    // Another name (the window's language changed): the lane is renamed.
    model.foldOutsideHosts(worldHosts, QStringLiteral("A clase"));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.lane(classLane), QStringLiteral("A clase"));

    // Unfolded: a lane each again, in order of appearance, their rows on them.
    model.unfoldOutsideHosts();
    QCOMPARE(reset.size(), 3);
    QVERIFY(!model.foldsOutsideHosts());
    QVERIFY(model.foldedHosts().isEmpty());
    QCOMPARE(model.laneCount(), 5 + 31 + 1);
    QCOMPARE(model.lane(5), student(1));
    QCOMPARE(model.lane(34), student(30));
    QCOMPARE(model.laneOf(QStringLiteral("The class")), -1);
    QCOMPARE(model.laneOf(QStringLiteral("A clase")), -1);
    for (qsizetype r = 0; r < model.rowCount(); ++r) {
        const TimelineModel::Row &row = model.row(r);
        QCOMPARE(row.fromLane, model.laneOf(model.event(r).from));
        QCOMPARE(row.toLane, model.laneOf(model.event(r).to));
    }
    model.unfoldOutsideHosts();
    QCOMPARE(reset.size(), 3); // already unfolded: nothing read again

    // Folded before the first event, following the transcript: the class's
    // lane appears once, when the first computer speaks.
    Transcript live;
    TimelineModel following;
    following.setPreferredLanes(story);
    following.foldOutsideHosts(worldHosts, QStringLiteral("The class"));
    following.setTranscript(&live);
    QSignalSpy grew(&following, &TimelineModel::lanesChanged);
    QCOMPARE(following.laneCount(), 5);
    live.append(line(1, QStringLiteral("ana"), QStringLiteral("cliente.fr"), "EHLO ana", Phase::Opening));
    QCOMPARE(grew.size(), 0);
    for (int k = 1; k <= 30; ++k)
        live.append(line(10 + k, student(k), server, "QUIT", Phase::Update));
    QCOMPARE(grew.size(), 1);
    QCOMPARE(following.laneCount(), 6);
    QCOMPARE(following.lane(5), QStringLiteral("The class"));
}

void TestTimeline::bandsForEachPhase()
{
    AnaFran run;
    TimelineModel model;
    runAnaFran(&run, &model);
    QVERIFY(run.ok);
    const int client = model.laneOf(QStringLiteral("cliente.fr"));
    const int server = model.laneOf(QStringLiteral("servidor.edu"));
    const int fran = model.laneOf(QStringLiteral("fran"));
    QList<Phase> relay;
    QList<Phase> pop3;
    for (const TimelineModel::Band &band : model.bands()) {
        QVERIFY(band.firstRow <= band.lastRow);
        for (qsizetype row = band.firstRow; row <= band.lastRow; ++row) {
            const TranscriptEvent &e = model.event(row);
            // Every line of the band's connection in those rows is of its phase.
            if (e.connectionId == band.connectionId && e.kind == TranscriptEvent::Kind::Line)
                QCOMPARE(e.phase, band.phase);
        }
        QCOMPARE(model.event(band.firstRow).connectionId, band.connectionId);
        QCOMPARE(model.event(band.lastRow).connectionId, band.connectionId);
        if (band.leftLane == client && band.rightLane == server)
            relay.append(band.phase);
        if (band.leftLane == server && band.rightLane == fran)
            pop3.append(band.phase);
    }
    QCOMPARE(relay, (QList<Phase>{Phase::Opening, Phase::Transfer, Phase::Closing}));
    QCOMPARE(pop3, (QList<Phase>{Phase::Authorization, Phase::Transaction, Phase::Update}));
    // The relay's transfer band runs from MAIL FROM to the 250 after the dot.
    for (const TimelineModel::Band &band : model.bands()) {
        if (band.leftLane == client && band.rightLane == server && band.phase == Phase::Transfer) {
            QCOMPARE(model.event(band.firstRow).raw, QByteArray("MAIL FROM:<ana@cliente.fr>"));
            QCOMPARE(model.event(band.lastRow).raw, QByteArray("250 Message accepted for delivery"));
        }
    }
}

void TestTimeline::modelFollowsTheTranscript()
{
    Transcript transcript;
    TimelineModel model;
    model.setPreferredLanes({QStringLiteral("a"), QStringLiteral("b")});
    model.setTranscript(&transcript);
    QSignalSpy appended(&model, &TimelineModel::rowsAppended);
    QSignalSpy lanes(&model, &TimelineModel::lanesChanged);
    transcript.append(line(1, QStringLiteral("a"), QStringLiteral("b"), "HELO a", Phase::Opening));
    QCOMPARE(appended.size(), 1);
    QCOMPARE(lanes.size(), 0);
    TranscriptEvent note;
    note.kind = TranscriptEvent::Kind::Queue;
    note.from = QStringLiteral("c");
    note.note = QStringLiteral("Q1 queued");
    transcript.append(note);
    QCOMPARE(appended.size(), 2);
    QCOMPARE(appended.last().at(0).value<qsizetype>(), qsizetype(1));
    QCOMPARE(lanes.size(), 1);
    QCOMPARE(model.laneCount(), 3);
    QCOMPARE(model.lane(2), QStringLiteral("c"));
    QCOMPARE(model.row(1).type, TimelineModel::RowType::Note);
    QCOMPARE(model.row(1).fromLane, 2);
    QCOMPARE(model.row(1).toLane, 2);
    TranscriptEvent caption;
    caption.kind = TranscriptEvent::Kind::Caption;
    caption.note = QStringLiteral("1. Ana writes");
    transcript.append(caption);
    QCOMPARE(model.row(2).type, TimelineModel::RowType::Caption);
    QCOMPARE(model.row(2).fromLane, -1);

    // 10,000 more: rowOfEvent stays exact (and is a binary search).
    appendLines(&transcript, 10000);
    QCOMPARE(model.rowCount(), qsizetype(10003));
    QCOMPARE(model.rowOfEvent(0), qsizetype(0));
    QCOMPARE(model.rowOfEvent(7777), qsizetype(7777));
    QCOMPARE(model.rowOfEvent(10002), qsizetype(10002));
    QCOMPARE(model.rowOfEvent(10003), qsizetype(-1));
    QCOMPARE(model.rowOfEvent(-5), qsizetype(-1));

    // A new preferred order rebuilds the rows, with one reset.
    QSignalSpy reset(&model, &TimelineModel::reset);
    model.setPreferredLanes({QStringLiteral("b"), QStringLiteral("a")});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.lane(0), QStringLiteral("b"));
    QCOMPARE(model.rowCount(), qsizetype(10003));
    QCOMPARE(model.row(0).fromLane, 1);
}

void TestTimeline::interleavedConnectionsKeepTheirBands()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    // Connection 1 closes while connection 2 opens, as in ana-fran.
    transcript.append(line(1, QStringLiteral("ana"), QStringLiteral("mx"), "QUIT", Phase::Closing));
    transcript.append(line(2, QStringLiteral("mx"), QStringLiteral("far"), "220 far", Phase::Opening, false));
    transcript.append(line(1, QStringLiteral("mx"), QStringLiteral("ana"), "221 bye", Phase::Closing, false));
    transcript.append(line(2, QStringLiteral("mx"), QStringLiteral("far"), "HELO mx", Phase::Opening));
    QCOMPARE(model.bandCount(), qsizetype(2));
    const TimelineModel::Band closing = model.band(0);
    const TimelineModel::Band opening = model.band(1);
    QCOMPARE(closing.connectionId, 1);
    QCOMPARE(closing.phase, Phase::Closing);
    QCOMPARE(closing.firstRow, qsizetype(0));
    QCOMPARE(closing.lastRow, qsizetype(2));
    QCOMPARE(closing.leftLane, 0);
    QCOMPARE(closing.rightLane, 1);
    QCOMPARE(opening.firstRow, qsizetype(1));
    QCOMPARE(opening.lastRow, qsizetype(3));
    QCOMPARE(opening.leftLane, 1);
    QCOMPARE(opening.rightLane, 2);
    QCOMPARE(closing.track, 0);
    QCOMPARE(opening.track, 1); // drawn apart from the one still open
}

namespace {

TranscriptEvent opened(int connection, const QString &from, const QString &to)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::ConnectionOpened;
    e.connectionId = connection;
    e.protocol = Protocol::Smtp;
    e.from = from;
    e.to = to;
    return e;
}

TranscriptEvent closed(int connection, const QString &from, const QString &to)
{
    TranscriptEvent e = opened(connection, from, to);
    e.kind = TranscriptEvent::Kind::ConnectionClosed;
    return e;
}

// Two messages relayed together from cliente.fr to servidor.edu: their
// sessions interleave line by line, as after a server comes back.
void appendTwoRelaysAtOnce(Transcript *transcript)
{
    const QString client = QStringLiteral("cliente.fr");
    const QString server = QStringLiteral("servidor.edu");
    transcript->append(opened(9, client, server));
    transcript->append(line(9, server, client, "220 servidor.edu", Phase::Opening, false));
    transcript->append(opened(10, client, server));
    transcript->append(line(10, server, client, "220 servidor.edu", Phase::Opening, false));
    transcript->append(line(9, client, server, "HELO cliente.fr", Phase::Opening));
    transcript->append(line(10, client, server, "HELO cliente.fr", Phase::Opening));
    transcript->append(line(9, server, client, "250 Hello", Phase::Opening, false));
    transcript->append(line(10, server, client, "250 Hello", Phase::Opening, false));
    transcript->append(line(9, client, server, "DATA", Phase::Transfer));
    transcript->append(line(10, client, server, "DATA", Phase::Transfer));
    transcript->append(line(9, server, client, "354 Enter mail", Phase::Transfer, false));
    transcript->append(line(10, server, client, "354 Enter mail", Phase::Transfer, false));
    transcript->append(line(9, client, server, "QUIT", Phase::Closing));
    transcript->append(line(9, server, client, "221 bye", Phase::Closing, false));
    transcript->append(closed(9, server, client));
    transcript->append(line(10, client, server, "QUIT", Phase::Closing));
    transcript->append(line(10, server, client, "221 bye", Phase::Closing, false));
    transcript->append(closed(10, server, client));
}

} // namespace

void TestTimeline::twoConnectionsBetweenTheSameHostsGetTheirOwnSubLanes()
{
    Transcript transcript;
    TimelineModel model;
    model.setPreferredLanes({QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                             QStringLiteral("servidor.edu")});
    model.setTranscript(&transcript);
    // Ana's submission shares only cliente.fr's lifeline with the relays: no
    // overlap, it keeps the first sub-lane.
    transcript.append(opened(8, QStringLiteral("ana"), QStringLiteral("cliente.fr")));
    appendTwoRelaysAtOnce(&transcript);
    transcript.append(closed(8, QStringLiteral("cliente.fr"), QStringLiteral("ana")));
    // A later relay, once both are closed, goes back to the first sub-lane.
    transcript.append(opened(11, QStringLiteral("cliente.fr"), QStringLiteral("servidor.edu")));

    QCOMPARE(model.spanCount(), qsizetype(4));
    const TimelineModel::Span *submission = model.spanOf(8);
    const TimelineModel::Span *first = model.spanOf(9);
    const TimelineModel::Span *second = model.spanOf(10);
    const TimelineModel::Span *later = model.spanOf(11);
    QVERIFY(submission && first && second && later);
    QCOMPARE(submission->subLane, 0);
    QCOMPARE(first->subLane, 0);
    QCOMPARE(second->subLane, 1);
    QCOMPARE(later->subLane, 0);
    QCOMPARE(model.subLaneCount(), 2);
    QCOMPARE(first->firstRow, qsizetype(1));
    QCOMPARE(first->lastRow, qsizetype(15));
    QVERIFY(first->closed);
    QCOMPARE(first->leftLane, 1);
    QCOMPARE(first->rightLane, 3);

    // Every row of a connection knows it and its sub-lane; each connection's
    // phases are bands of their own, on its sub-lane.
    for (qsizetype row = 1; row <= 18; ++row) {
        const int connection = model.event(row).connectionId;
        QCOMPARE(model.row(row).connection, connection);
        QCOMPARE(model.row(row).subLane, connection == 10 ? 1 : 0);
    }
    int bandsOfTen = 0;
    for (qsizetype i = 0; i < model.bandCount(); ++i) {
        const TimelineModel::Band &band = model.band(i);
        QCOMPARE(band.subLane, band.connectionId == 10 ? 1 : 0);
        if (band.connectionId == 10)
            ++bandsOfTen;
    }
    QCOMPARE(bandsOfTen, 3); // opening, transfer, closing

    // Drawn side by side: the second connection's arrows are right of the first's.
    TimelinePainter painter;
    painter.setModel(&model);
    const int width = 900;
    const QRect helloOfNine = painter.rowSpan(5, width);
    const QRect helloOfTen = painter.rowSpan(6, width);
    QCOMPARE(helloOfTen.width(), helloOfNine.width());
    QVERIFY2(helloOfTen.left() - helloOfNine.left() >= 8,
             qPrintable(QStringLiteral("%1 vs %2").arg(helloOfTen.left()).arg(helloOfNine.left())));

    // And painted so: the pixels of row 6 (#10's HELO) differ from row 5's
    // shifted nowhere, i.e. the arrows do not lie on the same line.
    useLightPalette(&painter);
    const QImage nine = paintRow(painter, 5);
    const QImage ten = paintRow(painter, 6);
    QVERIFY(nine != ten);
}

void TestTimeline::everyArrowSaysItsConnection()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendTwoRelaysAtOnce(&transcript);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("two.svg"));
    QString error;
    QVERIFY2(TimelineExport::toImage(model, svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    int nine = 0;
    int ten = 0;
    QXmlStreamReader xml(text);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isCharacters())
            continue;
        const QString t = xml.text().toString().trimmed();
        if (t.startsWith(QLatin1String("#9")))
            ++nine;

        if (t.startsWith(QLatin1String("#10")))
            ++ten;
        QVERIFY2(!t.startsWith(QLatin1Char('#')) || !t.endsWith(QChar(0x2026)), qPrintable(t)); // not cut
    }
    // Each connection's 7 lines and 2 connection marks carry its #n, and so
    // do its 3 bands' titles in the gutter.
    QCOMPARE(nine, 12);
    QCOMPARE(ten, 12);
}

void TestTimeline::longLaneNamesAreNotCut()
{
    // Six lanes at the narrowest width the view allows (a 1280×720 projector):
    // a real client's lane, "outside 127.0.0.1", goes on two lines, not cut.
    Transcript transcript;
    TimelineModel model;
    model.setPreferredLanes({QStringLiteral("ana"), QStringLiteral("cliente.fr"), QStringLiteral("DNS"),
                             QStringLiteral("servidor.edu"), QStringLiteral("fran"),
                             QStringLiteral("outside 127.0.0.1")});
    model.setTranscript(&transcript);
    TimelinePainter painter;
    painter.setModel(&model);
    QFont font;
    font.setPointSizeF(10);
    painter.setFonts(font, font);
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSize size(painter.minimumWidth(), painter.headerHeight());
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter p(&svg);
    painter.paintHeader(&p, QRect(QPoint(0, 0), size));
    p.end();
    QXmlStreamReader xml(buffer.data());
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && !xml.isWhitespace())
            texts.append(xml.text().toString().trimmed());
    }
    QVERIFY2(texts.contains(QStringLiteral("127.0.0.1")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("servidor.edu")), qPrintable(texts.join(QLatin1Char('|'))));
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text));
}

void TestTimeline::httpExchangeIsDrawn()
{
    // A request and its response: HTTP's own colour, the status code drawn
    // apart after the version, the response paired with its request.
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    TranscriptEvent request = line(1, QStringLiteral("fran"), QStringLiteral("webmail.edu"),
                                   "GET /caixa HTTP/1.1", Phase::Exchange);
    request.protocol = Protocol::Http;
    request.role = LineRole::RequestLine;
    transcript.append(request); // 0
    request.raw = QByteArray();
    request.role = LineRole::HeaderField;
    request.continued = true;
    transcript.append(request); // 1: the empty line ending it
    TranscriptEvent status = line(1, QStringLiteral("webmail.edu"), QStringLiteral("fran"),
                                  "HTTP/1.1 404 Not Found", Phase::Exchange, false);
    status.protocol = Protocol::Http;
    status.role = LineRole::StatusLine;
    status.code = "404";
    status.answers = 1;
    transcript.append(status); // 2
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    const QColor http = painter.protocolColor(Protocol::Http);
    for (Protocol other : {Protocol::Smtp, Protocol::Pop3, Protocol::Imap, Protocol::Dns})
        QVERIFY(painter.protocolColor(other) != http);
    const QImage image = paintRow(painter, model.rowOfEvent(2));
    QVERIFY(!image.isNull());
    TimelineView view;
    view.setModel(&model);
    view.resize(800, 300);
    view.setCurrentRow(model.rowOfEvent(2));
    QCOMPARE(view.pairedRow(), model.rowOfEvent(1));
}

void TestTimeline::selectedLineShowsItsPair()
{
    // Two IMAP sessions interleaved: a tagged completion is paired with the
    // command it answers (A3 … A3 OK), not with the line above it.
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    TranscriptEvent command = line(1, QStringLiteral("fran"), QStringLiteral("servidor.edu"),
                                   "a3 FETCH 1 FLAGS", Phase::Selected);
    command.protocol = Protocol::Imap;
    transcript.append(command); // 0
    TranscriptEvent other = command;
    other.connectionId = 2;
    other.raw = "b7 NOOP";
    transcript.append(other); // 1
    TranscriptEvent data = line(1, QStringLiteral("servidor.edu"), QStringLiteral("fran"),
                                "* 1 FETCH (FLAGS ())", Phase::Selected, false);
    data.protocol = Protocol::Imap;
    transcript.append(data); // 2: untagged, answers nothing
    TranscriptEvent done = data;
    done.raw = "a3 OK FETCH completed";
    done.answers = 0;
    transcript.append(done); // 3
    TimelineView view;
    view.setModel(&model);
    view.resize(800, 300);
    view.setCurrentRow(3);
    QCOMPARE(view.pairedRow(), qsizetype(0));
    view.setCurrentRow(0);
    QCOMPARE(view.pairedRow(), qsizetype(3));
    view.setCurrentRow(1); // b7 NOOP has no answer yet
    QCOMPARE(view.pairedRow(), qsizetype(-1));
    view.setCurrentRow(2);
    QCOMPARE(view.pairedRow(), qsizetype(-1));
    // And it is drawn: the pair's row is tinted.
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    const auto paint = [&](qsizetype paired) {
        QImage image(600, painter.rowHeight(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        TimelinePainter::Options options;
        options.currentRow = 3;
        options.pairedRow = paired;
        painter.paintRows(&p, image.rect(), 0, 0, options);
        p.end();
        return image;
    };
    QVERIFY(paint(0) != paint(-1));
}

void TestTimeline::viewClickSelectsTheRow()
{
    AnaFran run;
    TimelineModel model;
    runAnaFran(&run, &model);
    QVERIFY(run.ok);
    TimelineView view;
    view.resize(1100, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &TimelineView::currentRowChanged);

    // The view follows the newest row: the last one is visible.
    const qsizetype last = model.rowCount() - 1;
    QVERIFY(view.viewport()->rect().contains(view.rowRect(last).center()));
    // Click the HELO of the relay (scrolling there first).
    const qsizetype helo = [&] {
        for (qsizetype row = 0; row < model.rowCount(); ++row) {
            if (model.event(row).raw == "HELO cliente.fr")
                return row;
        }
        return qsizetype(-1);
    }();
    QVERIFY(helo > 0);
    view.ensureRowVisible(helo);
    const QRect rect = view.rowRect(helo);
    QVERIFY(view.viewport()->rect().contains(rect.center()));
    QCOMPARE(view.indexAt(rect.center()), helo);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view.currentRow(), helo);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<qsizetype>(), helo);
    const qsizetype event = changed.first().at(1).value<qsizetype>();
    QCOMPARE(model.transcript()->at(event).raw, QByteArray("HELO cliente.fr"));
    // The arrow runs from cliente.fr's lifeline to servidor.edu's.
    QVERIFY(view.rowRect(helo).width() > view.rowRect(helo - 1).width() / 2);
    // Clicking the same row again says nothing new.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(changed.size(), 1);
    // The row below.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.rowRect(helo + 1).center());
    QCOMPARE(view.currentRow(), helo + 1);
    QCOMPARE(changed.size(), 2);
}

void TestTimeline::viewHitTestOutsideRows()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendLines(&transcript, 5);
    TimelineView view;
    view.resize(800, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.indexAt(QPoint(300, 2)), qsizetype(-1)); // the header
    QCOMPARE(view.indexAt(QPoint(300, view.viewport()->height() - 3)), qsizetype(-1)); // below the rows
    QCOMPARE(view.indexAt(QPoint(-5, view.rowRect(2).center().y())), qsizetype(-1)); // outside
    QCOMPARE(view.indexAt(view.rowRect(2).center()), qsizetype(2));
    QCOMPARE(view.rowRect(5), QRect());
    // A click below the rows selects nothing.
    QSignalSpy changed(&view, &TimelineView::currentRowChanged);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(300, view.viewport()->height() - 3));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(view.currentRow(), qsizetype(-1));
}

void TestTimeline::viewKeyboardMovesTheSelection()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendLines(&transcript, 300);
    TimelineView view;
    view.resize(800, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &TimelineView::currentRowChanged);
    view.setCurrentRow(10);
    QCOMPARE(changed.size(), 1);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), qsizetype(11));
    QCOMPARE(changed.last().at(1).value<qsizetype>(), model.row(11).event);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentRow(), qsizetype(9));
    QTest::keyClick(&view, Qt::Key_PageDown);
    QVERIFY(view.currentRow() > 12);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentRow(), qsizetype(299));
    QVERIFY(view.viewport()->rect().contains(view.rowRect(299).center()));
    QTest::keyClick(&view, Qt::Key_Down); // stays on the last row
    QCOMPARE(view.currentRow(), qsizetype(299));
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentRow(), qsizetype(0));
    // The selected row is scrolled into view.
    QVERIFY(view.viewport()->rect().contains(view.rowRect(0).center()));
    QCOMPARE(view.indexAt(view.rowRect(0).center()), qsizetype(0));
}

void TestTimeline::viewSelectionUsesTheHighlight()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendLines(&transcript, 20);
    TimelineView view;
    QPalette palette = view.palette();
    palette.setColor(QPalette::Highlight, QColor(200, 0, 0));
    palette.setColor(QPalette::Base, QColor(255, 255, 255));
    view.setPalette(palette);
    view.resize(800, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentRow(3);
    const QImage image = view.viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixelAt = [&](qsizetype row) {
        return image.pixelColor(QPoint(1, view.rowRect(row).center().y()) * ratio);
    };
    QCOMPARE(pixelAt(3), QColor(200, 0, 0)); // the selection's edge
    QCOMPARE(pixelAt(5), QColor(255, 255, 255));
}

void TestTimeline::secretLinesAreMarked()
{
    // A PASS line is drawn with an amber tint and a padlock, and its tooltip
    // says the password travels in clear text; the same line not marked
    // sensitive is drawn plain.
    const auto render = [](bool sensitive, QString *tip, bool *marked) {
        Transcript transcript;
        TimelineModel model;
        model.setTranscript(&transcript);
        TranscriptEvent pass = line(1, QStringLiteral("fran"), QStringLiteral("servidor.edu"),
                                    "PASS claveejemplo", Phase::Authorization);
        pass.protocol = Protocol::Pop3;
        pass.sensitive = sensitive;
        transcript.append(pass);
        TimelinePainter painter;
        painter.setModel(&model);
        useLightPalette(&painter);
        const QImage image = paintRow(painter, 0);
        *tip = painter.toolTip(0);
        *marked = TimelinePainter::carriesSecret(model.event(0));
        return image;
    };
    QString markedTip;
    QString plainTip;
    bool isMarked = false;
    bool isPlainMarked = true;
    const QImage marked = render(true, &markedTip, &isMarked);
    const QImage plain = render(false, &plainTip, &isPlainMarked);
    QVERIFY(isMarked);
    QVERIFY(!isPlainMarked);
    QVERIFY(markedTip.contains(QStringLiteral("password in clear text")));
    QVERIFY(!plainTip.contains(QStringLiteral("password in clear text")));
    QVERIFY(markedTip.contains(QStringLiteral("PASS claveejemplo"))); // shown on purpose
    // Amber (red high, blue low) somewhere in the marked row only.
    const auto hasAmber = [](const QImage &image) {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 230 && c.green() > 200 && c.blue() < 200)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(hasAmber(marked));
    QVERIFY(!hasAmber(plain));
}

void TestTimeline::viewCursorFadesLaterRows()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendLines(&transcript, 10);
    TimelineView view;
    view.resize(800, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect early = view.rowRect(2).adjusted(0, -8, 0, 0);
    const QRect late = view.rowRect(7).adjusted(0, -8, 0, 0);
    const QImage before = view.viewport()->grab().toImage();
    view.setCursorRow(4);
    QCOMPARE(view.cursorRow(), qsizetype(4));
    const QImage after = view.viewport()->grab().toImage();
    const qreal r = before.devicePixelRatio();
    const auto region = [r](const QImage &image, const QRect &rect) {
        return image.copy(QRect(rect.topLeft() * r, rect.size() * r));
    };
    QCOMPARE(region(after, early), region(before, early));
    QVERIFY(region(after, late) != region(before, late));
}

void TestTimeline::viewFollowsTheNewestRow()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    TimelineView view;
    view.resize(800, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    appendLines(&transcript, 200);
    QVERIFY(view.isFollowing());
    QVERIFY(view.viewport()->rect().contains(view.rowRect(199).center()));
    QCOMPARE(view.indexAt(view.rowRect(199).center()), qsizetype(199));
    // The user scrolls up: new rows no longer move the view.
    view.verticalScrollBar()->setValue(0);
    QVERIFY(!view.isFollowing());
    appendLines(&transcript, 50);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QCOMPARE(view.indexAt(view.rowRect(0).center()), qsizetype(0));
    QVERIFY(!view.viewport()->rect().contains(view.rowRect(249).center()));
    // Back at the bottom: following again.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QVERIFY(view.isFollowing());
    appendLines(&transcript, 50);
    QVERIFY(view.viewport()->rect().contains(view.rowRect(299).center()));
}

void TestTimeline::viewZoom()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendLines(&transcript, 10);
    TimelineView view;
    view.resize(800, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int height = view.rowRect(0).height();
    view.setZoom(2.0);
    QCOMPARE(view.zoom(), 2.0);
    QVERIFY(view.rowRect(0).height() >= 2 * height - 4);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.zoom() < 2.0);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 1.0);
    QCOMPARE(view.rowRect(0).height(), height);
}

void TestTimeline::exportSvgAndPng()
{
    AnaFran run;
    TimelineModel model;
    runAnaFran(&run, &model);
    QVERIFY(run.ok);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString svg = dir.filePath(QStringLiteral("ana-fran.svg"));
    QVERIFY2(TimelineExport::toImage(model, svg, &error), qPrintable(error));
    QString why;
    QVERIFY2(isSvgWith(svg, QStringLiteral("HELO cliente.fr"), &why), qPrintable(why));
    QVERIFY2(isSvgWith(svg, QStringLiteral("servidor.edu"), &why), qPrintable(why));
    // Every row is drawn: the last line of the POP3 session too.
    QVERIFY2(isSvgWith(svg, QStringLiteral("POP3 server signing off"), &why), qPrintable(why));

    const QString png = dir.filePath(QStringLiteral("ana-fran.png"));
    QVERIFY2(TimelineExport::toImage(model, png, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(png));
    QVERIFY(image.width() > 1000);
    // All rows, at twice the density.
    QVERIFY(image.height() > 2 * model.rowCount() * 10);
}

void TestTimeline::exportErrorsNameTheFile()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    appendLines(&transcript, 3);
    QString error;
    const QString missing = QStringLiteral("/nonexistent-directory/timeline.svg");
    QVERIFY(!TimelineExport::toImage(model, missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(error.size() > missing.size() + 5); // and a reason
    QVERIFY(!TimelineExport::toImage(model, QStringLiteral("/tmp/timeline.jpg"), &error));
    QVERIFY2(error.contains(QLatin1String("timeline.jpg")) && error.contains(QLatin1String(".svg")),
             qPrintable(error));
    QVERIFY(!TimelineExport::transcriptToText(transcript, QStringLiteral("/nonexistent-directory/t.txt"),
                                              EventJson::Passwords::Shown, &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent-directory/t.txt")), qPrintable(error));
}

void TestTimeline::exportTranscriptText()
{
    AnaFran run;
    runAnaFran(&run);
    QVERIFY(run.ok);
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("ana-fran.txt"));
    QString error;
    QVERIFY2(
        TimelineExport::transcriptToText(*run.world->transcript(), name, EventJson::Passwords::Shown, &error),
        qPrintable(error));
    QFile file(name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(" C: PASS claveejemplo\n"));
    const QList<QByteArray> lines = text.split('\n');
    // Masked, as on the terminal: the password is not in the file.
    const QString masked = dir.filePath(QStringLiteral("ana-fran-masked.txt"));
    QVERIFY2(TimelineExport::transcriptToText(*run.world->transcript(), masked, EventJson::Passwords::Masked,
                                              &error),
             qPrintable(error));
    QFile maskedFile(masked);
    QVERIFY(maskedFile.open(QIODevice::ReadOnly));
    const QByteArray maskedText = maskedFile.readAll();
    QVERIFY(maskedText.contains(" C: PASS ****\n"));
    QVERIFY(!maskedText.contains("claveejemplo"));
    int course = 0;
    for (const QByteArray &l : lines)
        course += l.contains(" C: ") || l.contains(" S: ") ? 1 : 0;
    QCOMPARE(course, int(run.world->transcript()->lines().size()));
    QVERIFY(
        lines.contains("== 1. Ana uses a mail user agent (MUA) to compose a message for fran@servidor.edu"));
    bool helo = false;
    for (const QByteArray &l : lines)
        helo = helo || l.endsWith("cliente.fr -> servidor.edu  C: HELO cliente.fr");
    QVERIFY(helo);
}

void TestTimeline::exportedImagesCutNoLabel_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("language");
    // The longest caption (ana-fran's 4.), a long permanent refusal in the
    // queue (unknown-user), POP3's states (pop3-delete-vs-keep).
    for (const char *scenario : {"ana-fran", "unknown-user", "pop3-delete-vs-keep"}) {
        for (const char *language : {"gl", "es", "en"})
            QTest::addRow("%s-%s", scenario, language)
                << QString::fromLatin1(scenario) << QString::fromLatin1(language);
    }
}

void TestTimeline::exportedImagesCutNoLabel()
{
    // A document has no tooltips: no label of an exported timeline is cut.
    QFETCH(QString, scenario);
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("out.svg"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--ephemeral-ports"), QStringLiteral("--scenario"), scenario,
                   QStringLiteral("--lang"), language, QStringLiteral("--export-timeline"), svg});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isCharacters() || xml.isWhitespace())
            continue;
        ++texts;
        QVERIFY2(!xml.text().contains(QChar(0x2026)), qPrintable(xml.text().toString()));
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(texts > 100, qPrintable(QString::number(texts)));
}

void TestTimeline::commandLineExportsTheTimeline()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("out.svg"));
    const QString text = dir.filePath(QStringLiteral("out.txt"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program sets offscreen itself
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                   QStringLiteral("--scenario"), QStringLiteral("ana-fran"),
                   QStringLiteral("--export-timeline"), svg, QStringLiteral("--export-transcript"), text});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QString why;
    QVERIFY2(isSvgWith(svg, QStringLiteral("HELO cliente.fr"), &why), qPrintable(why));
    QVERIFY(QFile(text).size() > 1000);
    // A PNG too.
    const QString png = dir.filePath(QStringLiteral("out.png"));
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                   QStringLiteral("--export-timeline"), png});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QImage(png).isNull());

    // A file that cannot be written: a clear message and a failing exit code.
    const QString bad = QStringLiteral("/nonexistent-directory/out.svg");
    process.start(QStringLiteral(CARTEIRO_BIN),
                  {QStringLiteral("--headless"), QStringLiteral("--ephemeral-ports"),
                   QStringLiteral("--export-timeline"), bad});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(bad));
}

// An expectation's verdict is structure (TranscriptEvent::outcome), not the
// note's first word: a failure recorded in Galician ("FALLOU …") or Spanish
// is marked ✘ and drawn in the failure colour, a pass ✔ in the other.
void TestTimeline::expectationsAreMarkedByTheirOutcomeInAnyLanguage()
{
    Transcript transcript;
    TimelineModel model;
    model.setTranscript(&transcript);
    const struct {
        const char *note;
        TranscriptEvent::Outcome outcome;
    } cases[] = {
        {"FALLOU o cliente fran recibiu 1 mensaxe: recibiu 0", TranscriptEvent::Outcome::Failed},
        {"FALLÓ el cliente fran recibió 1 mensaje: recibió 0", TranscriptEvent::Outcome::Failed},
        {"OK o cliente fran recibiu 1 mensaxe", TranscriptEvent::Outcome::Passed},
    };
    for (const auto &c : cases) {
        TranscriptEvent e;
        e.kind = TranscriptEvent::Kind::Expectation;
        e.note = QString::fromUtf8(c.note);
        e.outcome = c.outcome;
        transcript.append(e);
    }
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    QCOMPARE(model.rowCount(), qsizetype(3));
    QCOMPARE(painter.label(0),
             QStringLiteral("\u2718 Expected: o cliente fran recibiu 1 mensaxe: recibiu 0"));
    QCOMPARE(painter.label(1),
             QStringLiteral("\u2718 Expected: el cliente fran recibió 1 mensaje: recibió 0"));
    QCOMPARE(painter.label(2), QStringLiteral("\u2714 Expected: o cliente fran recibiu 1 mensaxe"));
    // The two failures are drawn alike, the pass differently.
    const auto hues = [](const QImage &image) {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.saturation() > 100)
                    colours.insert(c.rgb());
            }
        }
        return colours;
    };
    const QSet<QRgb> failedGl = hues(paintRow(painter, 0));
    const QSet<QRgb> failedEs = hues(paintRow(painter, 1));
    const QSet<QRgb> passed = hues(paintRow(painter, 2));
    QVERIFY(!failedGl.isEmpty());
    QVERIFY(!passed.isEmpty());
    QVERIFY(failedGl.intersects(failedEs));
    QVERIFY(!failedGl.intersects(passed));
}

namespace {

// Pixels of the TLS colour's hue (teal), as the painter draws handshake
// arrows, padlocks and the "encrypted from here" band.
int tlsPixels(const TimelinePainter &painter, const QImage &image)
{
    const int hue = painter.tlsColor().hslHue();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hslSaturation() > 90 && c.lightness() < 200 && std::abs(c.hslHue() - hue) <= 12)
                ++count;
        }
    }
    return count;
}

} // namespace

void TestTimeline::tlsRecordsFoldIntoTheRowsTheyCarried()
{
    // A record is no row of its own: each handshake message and line knows
    // the record that carried it; one that carried nothing (the client's
    // ChangeCipherSpec) is a loose record of the connection's next row.
    Transcript transcript;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&transcript);
    TimelineModel model;
    model.setTranscript(&transcript);
    qsizetype records = 0;
    for (const TranscriptEvent &e : transcript.events())
        records += e.kind == TranscriptEvent::Kind::TlsRecord ? 1 : 0;
    QCOMPARE(records, 13);
    QCOMPARE(model.rowCount(), transcript.size() - records);
    for (qsizetype row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.event(row).kind != TranscriptEvent::Kind::TlsRecord);

    const auto recordOf = [&model](qsizetype event) { return model.row(model.rowOfEvent(event)).record; };
    QCOMPARE(recordOf(at.clientHello), at.clientHelloRecord);
    QCOMPARE(recordOf(at.certificate), at.certificateRecord);
    QCOMPARE(recordOf(at.clientFinished), at.clientFinishedRecord);
    QCOMPARE(recordOf(at.greeting), at.greetingRecord);
    QCOMPARE(recordOf(at.user), at.userRecord);
    // Pipelined: PASS crossed in USER's record, after the server's +OK to USER.
    QCOMPARE(recordOf(at.pass), at.userRecord);
    QCOMPARE(recordOf(at.established), qsizetype(-1));
    QCOMPARE(recordOf(0), qsizetype(-1)); // TCP opening

    const qsizetype finishedRow = model.rowOfEvent(at.clientFinished);
    QCOMPARE(model.looseRecords(finishedRow), QList<qsizetype>{at.changeCipherSpecRecord});
    qsizetype loose = 0;
    for (qsizetype row = 0; row < model.rowCount(); ++row)
        loose += model.looseRecords(row).size();
    QCOMPARE(loose, 1);
    // Every record is found again through a row (none is lost).
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        if (transcript.at(i).kind != TranscriptEvent::Kind::TlsRecord)
            continue;
        const qsizetype row = model.rowOfEvent(i);
        QVERIFY2(row >= 0, qPrintable(QString::number(i)));
        QVERIFY(model.row(row).record == i || model.looseRecords(row).contains(i));
    }
    QCOMPARE(model.rowOfEvent(at.userRecord), model.rowOfEvent(at.user));
    QCOMPARE(model.rowOfEvent(at.changeCipherSpecRecord), finishedRow);
}

void TestTimeline::tlsRecordsFoldTheSameWhenFollowed()
{
    // A model following the transcript as it grows (the window, live) folds
    // as one that read it whole, and records announce no rows.
    Transcript transcript;
    TimelineModel following;
    following.setTranscript(&transcript);
    QSignalSpy appended(&following, &TimelineModel::rowsAppended);
    TestEvents::appendTlsSession(&transcript);
    TimelineModel whole;
    whole.setTranscript(&transcript);
    QCOMPARE(following.rowCount(), whole.rowCount());
    QCOMPARE(qsizetype(appended.size()), whole.rowCount());
    for (qsizetype row = 0; row < whole.rowCount(); ++row) {
        QCOMPARE(following.row(row).event, whole.row(row).event);
        QCOMPARE(following.row(row).record, whole.row(row).record);
        QCOMPARE(following.looseRecords(row), whole.looseRecords(row));
        QCOMPARE(int(following.row(row).type), int(whole.row(row).type));
    }
    // A second connection's records fold into its own rows.
    const TestEvents::TlsSession second = TestEvents::appendTlsSession(&transcript, 2);
    QCOMPARE(following.row(following.rowOfEvent(second.user)).record, second.userRecord);
    QCOMPARE(following.row(following.rowOfEvent(second.user)).connection, 2);
}

void TestTimeline::tlsHandshakeIsDrawnAsArrowsInOrder()
{
    Transcript transcript;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&transcript);
    TimelineModel model;
    model.setTranscript(&transcript);
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    QStringList labels;
    for (qsizetype row = 0; row < model.rowCount(); ++row) {
        if (model.event(row).kind != TranscriptEvent::Kind::TlsHandshake)
            continue;
        QCOMPARE(int(model.row(row).type), int(TimelineModel::RowType::Arrow));
        labels << painter.label(row);
    }
    QCOMPARE(labels,
             (QStringList{"TLS ClientHello", "TLS ServerHello", "TLS EncryptedExtensions",
                          "TLS Certificate (CN=servidor.edu)", "TLS CertificateVerify", "TLS Finished",
                          "TLS Finished", "TLS Alert: close_notify"}));
    // Between the two hosts, each its way.
    const TimelineModel::Row &hello = model.row(model.rowOfEvent(at.clientHello));
    QCOMPARE(hello.fromLane, model.laneOf(QStringLiteral("fran")));
    QCOMPARE(hello.toLane, model.laneOf(QStringLiteral("servidor.edu")));
    QCOMPARE(hello.connection, 1);
    const TimelineModel::Row &serverHello = model.row(model.rowOfEvent(at.serverHello));
    QCOMPARE(serverHello.fromLane, model.laneOf(QStringLiteral("servidor.edu")));
    // Drawn in the TLS colour, unlike a line of the protocol.
    QVERIFY(tlsPixels(painter, paintRow(painter, model.rowOfEvent(at.clientHello))) > 20);
    Transcript plain;
    plain.append(
        line(1, QStringLiteral("fran"), QStringLiteral("servidor.edu"), "USER fran", Phase::Authorization));
    TimelineModel plainModel;
    plainModel.setTranscript(&plain);
    TimelinePainter plainPainter;
    plainPainter.setModel(&plainModel);
    useLightPalette(&plainPainter);
    QCOMPARE(tlsPixels(plainPainter, paintRow(plainPainter, 0)), 0);
}

void TestTimeline::tlsEstablishedMarksTheConnection()
{
    Transcript transcript;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&transcript);
    TimelineModel model;
    model.setTranscript(&transcript);
    const qsizetype row = model.rowOfEvent(at.established);
    QVERIFY(row >= 0);
    QCOMPARE(int(model.row(row).type), int(TimelineModel::RowType::TlsEstablished));
    QCOMPARE(model.row(row).connection, 1);
    QCOMPARE(model.spanOf(1)->tlsRow, row);
    QCOMPARE(qMin(model.row(row).fromLane, model.row(row).toLane),
             qMin(model.laneOf(QStringLiteral("fran")), model.laneOf(QStringLiteral("servidor.edu"))));
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    QCOMPARE(painter.label(row), QStringLiteral("Encrypted from here: TLSv1.3, TLS_AES_256_GCM_SHA384"));
    QVERIFY(tlsPixels(painter, paintRow(painter, row)) > 100); // the band
    // A connection without TLS has no mark.
    Transcript plain;
    plain.append(
        line(1, QStringLiteral("fran"), QStringLiteral("servidor.edu"), "USER fran", Phase::Authorization));
    TimelineModel plainModel;
    plainModel.setTranscript(&plain);
    QCOMPARE(plainModel.spanOf(1)->tlsRow, qsizetype(-1));
}

void TestTimeline::linesInsideTlsCarryAPadlock()
{
    // USER inside TLS: flagged, a teal padlock before it; the same line in
    // clear has none. PASS inside TLS is no password in clear (no amber).
    Transcript transcript;
    const TestEvents::TlsSession at = TestEvents::appendTlsSession(&transcript);
    TimelineModel model;
    model.setTranscript(&transcript);
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    const qsizetype user = model.rowOfEvent(at.user);
    const qsizetype pass = model.rowOfEvent(at.pass);
    QVERIFY(TimelinePainter::insideTls(model.event(user)));
    QVERIFY(!TimelinePainter::insideTls(model.event(model.rowOfEvent(at.clientHello))));
    QVERIFY(!TimelinePainter::carriesSecret(model.event(pass)));
    QVERIFY(painter.toolTip(user).contains(QStringLiteral("encrypted TLS record of 64 octet")));
    QVERIFY(tlsPixels(painter, paintRow(painter, user)) > 10);

    Transcript plain;
    plain.append(
        line(1, QStringLiteral("fran"), QStringLiteral("servidor.edu"), "USER fran", Phase::Authorization));
    TimelineModel plainModel;
    plainModel.setTranscript(&plain);
    TimelinePainter plainPainter;
    plainPainter.setModel(&plainModel);
    useLightPalette(&plainPainter);
    QVERIFY(!TimelinePainter::insideTls(plainModel.event(0)));
    QCOMPARE(tlsPixels(plainPainter, paintRow(plainPainter, 0)), 0);
    QVERIFY(!plainPainter.toolTip(0).contains(QStringLiteral("TLS record")));
}

void TestTimeline::realPop3sSessionFoldsEveryRecord()
{
    // The shape as Connection really records it: openssl s_client logs in to
    // servidor.edu's POP3S (implicit TLS) over a real socket. Every record
    // is found again through a row, every line inside TLS knows its record,
    // the handshake starts with ClientHello, and the connection is marked
    // encrypted before its first line.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl command");
    std::unique_ptr<World> world = TestWorlds::start();
    QVERIFY(world);
    const World::Service *pop3s = world->service(QStringLiteral("servidor.edu"), QStringLiteral("pop3s"));
    if (!pop3s)
        QSKIP("no TLS in this world (no classroom CA)");
    QProcess client;
    client.start(openssl,
                 {QStringLiteral("s_client"), QStringLiteral("-quiet"), QStringLiteral("-connect"),
                  QStringLiteral("%1:%2").arg(pop3s->address.toString()).arg(pop3s->port)});
    QVERIFY(client.waitForStarted());
    client.write("USER fran\r\nPASS claveejemplo\r\nSTAT\r\nQUIT\r\n");
    const Transcript *transcript = world->transcript();
    const auto closed = [transcript] {
        for (const TranscriptEvent &e : transcript->events()) {
            if (e.kind == TranscriptEvent::Kind::ConnectionClosed)
                return true;
        }
        return false;
    };
    QVERIFY(QTest::qWaitFor(closed, 15000));
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(5000));

    TimelineModel model;
    model.setTranscript(transcript);
    int records = 0;
    for (qsizetype i = transcript->firstIndex(); i < transcript->size(); ++i) {
        const TranscriptEvent &e = transcript->at(i);
        if (e.kind == TranscriptEvent::Kind::TlsRecord) {
            ++records;
            const qsizetype row = model.rowOfEvent(i);
            QVERIFY2(row >= 0, qPrintable(QString::number(i)));
            QVERIFY(model.row(row).record == i || model.looseRecords(row).contains(i));
        }
        if (e.kind == TranscriptEvent::Kind::Line && e.tls)
            QVERIFY2(model.row(model.rowOfEvent(i)).record >= 0, e.raw.constData());
    }
    QVERIFY(records >= 8);
    QStringList handshake;
    qsizetype established = -1;
    qsizetype firstLine = -1;
    for (qsizetype row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.event(row).kind != TranscriptEvent::Kind::TlsRecord);
        if (model.event(row).kind == TranscriptEvent::Kind::TlsHandshake)
            handshake << model.event(row).noteArguments.value(0);
        if (model.row(row).type == TimelineModel::RowType::TlsEstablished && established < 0)
            established = row;
        if (model.event(row).kind == TranscriptEvent::Kind::Line && firstLine < 0)
            firstLine = row;
    }
    QVERIFY2(handshake.size() >= 5, qPrintable(handshake.join(QLatin1Char(' '))));
    QCOMPARE(handshake.first(), QStringLiteral("ClientHello"));
    QVERIFY(handshake.contains(QStringLiteral("Certificate")));
    QVERIFY(established >= 0);
    QVERIFY(firstLine > established);
    QCOMPARE(model.spanOf(model.row(established).connection)->tlsRow, established);
    QVERIFY(model.event(firstLine).tls);
}

// The labels are laid out once (ShapedTextCache) and drawn again: a second
// paint of the same rows shapes nothing new; a zoom starts afresh; a label
// with no room is elided to it, and text is never read as markup.
void TestTimeline::labelsAreShapedOnce()
{
    ShapedTextCache cache;
    QFont font;
    font.setPointSizeF(10);
    const QFontMetricsF metrics(font);
    const QString mail = QStringLiteral("MAIL FROM:<ana@cliente.fr>");
    const ShapedTextCache::Text whole = cache.get(mail, font);
    QCOMPARE(whole.shown, mail);
    QVERIFY(qAbs(whole.width - metrics.horizontalAdvance(mail)) < 0.01);
    QCOMPARE(whole.layout.text(), mail);
    QCOMPARE(whole.layout.textFormat(), Qt::PlainText);
    const ShapedTextCache::Text cut = cache.get(mail, font, 60);
    QVERIFY2(cut.shown.endsWith(QChar(0x2026)) && cut.width <= 60, qPrintable(cut.shown));
    QCOMPARE(cache.size(), 2);
    cache.get(mail, font, 60.7); // the same whole pixels of room
    cache.get(mail, font);
    QCOMPARE(cache.size(), 2);
    QFont bold = font;
    bold.setBold(true);
    cache.get(mail, bold);
    QCOMPARE(cache.size(), 3);

    AnaFran run;
    TimelineModel model;
    runAnaFran(&run, &model);
    QVERIFY(run.ok);
    QVERIFY(model.rowCount() > 20);
    TimelinePainter painter;
    painter.setModel(&model);
    useLightPalette(&painter);
    QImage image(1200, int(model.rowCount()) * painter.rowHeight(), QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paintRows(&p, image.rect(), 0, model.rowCount() - 1);
    };
    QCOMPARE(painter.shapedTextCount(), 0);
    paint();
    const int shaped = painter.shapedTextCount();
    QVERIFY2(shaped > model.rowCount() / 2, qPrintable(QString::number(shaped)));
    const QImage first = image.copy();
    paint();
    QCOMPARE(painter.shapedTextCount(), shaped);
    QCOMPARE(image, first); // drawn the same from the cache
    painter.setZoom(1.5);
    QCOMPARE(painter.shapedTextCount(), 0);
    painter.setZoom(1.0);
    paint();
    QCOMPARE(painter.shapedTextCount(), shaped);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
