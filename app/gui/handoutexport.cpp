// SPDX-License-Identifier: GPL-3.0-or-later
// handoutexport.cpp — the PDF handout: text sections, timeline pages, answers.
//
// The pages, in order: the title and the story (a QTextDocument), the
// timeline (TimelinePainter, page by page: the lane header on every page,
// the drawing scaled to the page's width so nothing is cut at its edge),
// then the dialogue, the exercises, the questions and, from a page break,
// the answers (a second QTextDocument). Both documents are paginated by Qt
// (QTextDocument::setPageSize) and drawn a page at a time between our own
// header (the scenario's title) and footer (the page's number of all).
// The writer works at 96 dots per inch, the screen's, so that the timeline
// painter's measures (made with the screen's font metrics) fit what is drawn.
#include "handoutexport.h"

#include "timelineexport.h"
#include "timelinepainter.h"
#include "transcript/notes.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcript.h"
#include "transcript/transcriptformatter.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace {

// The labels' translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

constexpr int dpi = 96;
constexpr int contentLinesShown = 12; // of a message's lines, then "… n more lines"
constexpr const char *hiddenReply = "???";

bool fail(QString *error, const QString &fileName, const QString &reason)
{
    if (error)
        *error = Text::tr("Cannot write %1: %2").arg(fileName, reason);
    return false;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Protocol text as printable text, for HTML.
QString wire(const QByteArray &raw)
{
    return esc(TranscriptFormatter::printable(raw));
}

bool isContent(LineRole role)
{
    return role == LineRole::MessageContent || role == LineRole::Literal || role == LineRole::Body
        || role == LineRole::HeaderField;
}

// The run's events as the handout shows them: the replies asked about as
// "???" (their answers are on the teacher's page), passwords masked, and a
// "{port …}" in a caption as the port students will use.
QList<TranscriptEvent> shownEvents(const Handout::Material &m)
{
    QList<TranscriptEvent> events = m.events;
    QStringList hiddenTexts;
    // Each question is noted just before the reply it is about: the next
    // reply of that host to that peer, and the lines that continue it.
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TranscriptEvent &note = events.at(i);
        if (note.kind != TranscriptEvent::Kind::Note || note.noteCode != NoteCode::PredictionAsked)
            continue;
        int connection = -1;
        for (qsizetype j = i + 1; j < events.size(); ++j) {
            TranscriptEvent &e = events[j];
            if (e.kind != TranscriptEvent::Kind::Line)
                continue;
            if (connection < 0) {
                if (e.direction != TranscriptEvent::Direction::ServerToClient || e.from != note.from
                    || e.to != note.to || e.code.isEmpty()) {
                    continue;
                }
                connection = e.connectionId;
            } else if (e.connectionId != connection) {
                continue;
            } else if (!e.continued || e.direction != TranscriptEvent::Direction::ServerToClient) {
                break;
            }
            if (e.raw.size() > 4) {
                const QString text = QString::fromUtf8(e.raw);
                hiddenTexts.append(text);
                QString json = text; // as a phrase's JSON string has it
                json.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                    .replace(QLatin1Char('"'), QLatin1String("\\\""));
                if (json != text)
                    hiddenTexts.append(json);
            }
            e.raw = hiddenReply;
            e.code.clear();
        }
    }
    // A note may quote a hidden reply (a queue's "refused for good: 550 …"), as
    // itself or inside a phrase (a JSON string).
    for (TranscriptEvent &e : events) {
        if (e.kind == TranscriptEvent::Kind::Line)
            continue;
        for (const QString &text : std::as_const(hiddenTexts)) {
            e.note.replace(text, QLatin1String(hiddenReply));
            for (QString &argument : e.noteArguments)
                argument.replace(text, QLatin1String(hiddenReply));
        }
    }
    if (m.hidePasswords) {
        for (TranscriptEvent &e : events) {
            if (e.kind == TranscriptEvent::Kind::Line && e.sensitive)
                e.raw = TranscriptFormatter::maskedSecret(e.raw);
        }
    }
    // Captions, in the order of the steps that told them.
    QList<const ScenarioStep *> told;
    for (const ScenarioStep &step : m.scenario.steps) {
        if (step.kind == ScenarioStep::Kind::Say || step.kind == ScenarioStep::Kind::Exercise)
            told.append(&step);
    }
    qsizetype next = 0;
    for (TranscriptEvent &e : events) {
        if (e.kind != TranscriptEvent::Kind::Caption || next >= told.size())
            continue;
        e.noteArguments = {
            Notes::localized(PortPlaceholder::expand(told.at(next++)->text, m.portOf), m.language)};
    }
    return events;
}

QString pick(const Handout::Material &m, const LocalizedText &text)
{
    return Scenario::pick(PortPlaceholder::expand(text, m.portOf), m.language);
}

QString mono()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

QString styleSheet()
{
    return QStringLiteral(
               "h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 11pt; } "
               "p.wire { font-family: '%1'; font-size: 8.5pt; white-space: pre-wrap; margin-top: 0; "
               "margin-bottom: 0; } span.wire { font-family: '%1'; font-size: 8.5pt; } "
               "p.gap { margin-top: 0; margin-bottom: 6px; } "
               ".note { color: #555555; font-style: italic; }")
        .arg(mono());
}

// One connection of the dialogue.
struct Talk {
    int id = 0;
    QString client;
    QString server;
    Protocol protocol = Protocol::None;
    QList<const TranscriptEvent *> lines;
};

QList<Talk> talks(const QList<TranscriptEvent> &events)
{
    QList<Talk> all;
    QHash<int, qsizetype> index;
    for (const TranscriptEvent &e : events) {
        if (e.kind != TranscriptEvent::Kind::Line || e.connectionId == 0)
            continue;
        auto found = index.find(e.connectionId);
        if (found == index.end()) {
            Talk talk;
            talk.id = e.connectionId;
            const bool fromClient = e.direction == TranscriptEvent::Direction::ClientToServer;
            talk.client = fromClient ? e.from : e.to;
            talk.server = fromClient ? e.to : e.from;
            talk.protocol = e.protocol;
            found = index.insert(e.connectionId, all.size());
            all.append(talk);
        }
        all[*found].lines.append(&e);
    }
    return all;
}

QString talkHeading(const Talk &talk)
{
    return Text::tr("Connection #%1: %2 → %3 (%4)")
        .arg(talk.id)
        .arg(talk.client, talk.server, protocolName(talk.protocol));
}

// A connection's lines in the course's notation; a message's long content
// is cut after a few lines with a note saying how many were left out.
QStringList talkLines(const Talk &talk, QList<int> *omitted)
{
    QStringList lines;
    int run = 0;
    int skipped = 0;
    auto flush = [&] {
        if (skipped > 0) {
            omitted->append(int(lines.size()));
            lines.append(Text::tr("[… %n more line(s) of the message …]", nullptr, skipped));
        }
        skipped = 0;
        run = 0;
    };
    for (const TranscriptEvent *e : talk.lines) {
        if (isContent(e->role)) {
            if (++run > contentLinesShown) {
                ++skipped;
                continue;
            }
        } else {
            flush();
        }
        const char *side = e->direction == TranscriptEvent::Direction::ServerToClient ? "S: " : "C: ";
        lines.append(QString::fromLatin1(side) + TranscriptFormatter::printable(e->raw));
    }
    flush();
    return lines;
}

struct Exercise {
    const ScenarioStep *step = nullptr;
    QStringList checks;
};

QList<Exercise> exercises(const Handout::Material &m)
{
    QList<Exercise> all;
    for (const ScenarioStep &step : m.scenario.steps) {
        if (step.kind == ScenarioStep::Kind::Exercise) {
            all.append(Exercise{&step, {}});
        } else if (step.exerciseCheck && !all.isEmpty()) {
            for (const ScenarioRunner::Outcome &o : m.outcomes) {
                if (o.location.line == step.location.line && o.location.file == step.location.file) {
                    all.last().checks.append(o.descriptionText());
                    break;
                }
            }
        }
    }
    return all;
}

// Lines of protocol text, each a paragraph of its own: a page break falls
// between two of them, never across one, and a page draws only its own.
QString wireBlock(const QStringList &htmlLines)
{
    QString html;
    for (const QString &line : htmlLines)
        html +=
            QStringLiteral("<p class=\"wire\">%1</p>").arg(line.isEmpty() ? QStringLiteral("&nbsp;") : line);
    return html + QStringLiteral("<p class=\"gap\"></p>");
}

// The first document: title, description, the story told.
QString storyHtml(const Handout::Material &m)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(pick(m, m.scenario.title)));
    const QString description = pick(m, m.scenario.description);
    if (!description.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(description));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("What happens")));
    int exercise = 0;
    for (const ScenarioStep &step : m.scenario.steps) {
        if (step.kind == ScenarioStep::Kind::Say) {
            html += QStringLiteral("<p>%1</p>").arg(esc(pick(m, step.text)));
        } else if (step.kind == ScenarioStep::Kind::Exercise) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(Text::tr("Exercise %1:").arg(++exercise)), esc(pick(m, step.text)));
        }
    }
    return html;
}

// The second document: dialogue, exercises, questions, then the answers.
QString restHtml(const Handout::Material &m, const QList<TranscriptEvent> &events)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("The dialogue, line by line")));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(Text::tr("C: is what the client says, S: what the server answers, as in the "
                                  "course's notes. ??? is a reply you are asked to predict.")));
    const QList<Talk> all = talks(events);
    if (all.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No connection was made.")));
    for (const Talk &talk : all) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(talkHeading(talk)));
        QList<int> omitted;
        const QStringList lines = talkLines(talk, &omitted);
        QStringList shown;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            shown.append(omitted.contains(int(i))
                             ? QStringLiteral("<span class=\"note\">%1</span>").arg(esc(lines.at(i)))
                             : esc(lines.at(i)));
        }
        html += wireBlock(shown);
    }

    const QList<Exercise> exerciseList = exercises(m);
    if (!exerciseList.isEmpty()) {
        // Each exercise on a page of its own, so that its box is never cut.
        html +=
            QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(esc(Text::tr("Exercises")));
        int number = 0;
        for (const Exercise &e : exerciseList) {
            html += QStringLiteral("<h3%1>%2</h3><p>%3</p>")
                        .arg(number > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                             esc(Text::tr("Exercise %1").arg(number + 1)), esc(pick(m, e.step->text)));
            ++number;
            if (!e.checks.isEmpty()) {
                html += QStringLiteral("<p>%1</p><ul>").arg(esc(Text::tr("It is done when:")));
                for (const QString &check : e.checks)
                    html += QStringLiteral("<li>%1</li>").arg(esc(check));
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(Text::tr("Write here the lines you type and the "
                                          "replies you get:")));
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                   "<tr><td>%1</td></tr></table>")
                        .arg(QStringLiteral("<br>").repeated(22));
        }
    }

    if (!m.quiz.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Predict the reply")));
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(Text::tr("Mark the reply code you expect before you look at the answers.")));
        for (const PredictionQuiz::Result &r : m.quiz) {
            const PredictionQuiz::Question &q = r.question;
            QStringList boxes;
            for (const QString &choice : q.choices)
                boxes.append(QStringLiteral("☐ ") + esc(choice));
            // "." alone is the end of DATA: said in words too.
            const QString dot = q.command == "."
                ? QStringLiteral(" <i>%1</i>").arg(esc(Text::tr("(the line that ends the message)")))
                : QString();
            html += QStringLiteral("<p><b>%1</b> %2<br><span class=\"wire\">C: %3</span>%4<br>%5</p>")
                        .arg(esc(Text::tr("Question %1.").arg(q.number)),
                             esc(Text::tr("What does %1 answer when %2 says:").arg(q.host, q.peer)),
                             wire(PredictionQuiz::shownCommand(q.command)), dot,
                             boxes.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
        }
    }

    const bool solutions = std::any_of(exerciseList.begin(), exerciseList.end(),
                                       [](const Exercise &e) { return !e.step->script.isEmpty(); });
    if (m.quiz.isEmpty() && !solutions)
        return html;
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(esc(Text::tr("Answers (for the teacher)")));
    if (!m.quiz.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("Predict the reply")));
        for (const PredictionQuiz::Result &r : m.quiz) {
            const QString code = QString::fromLatin1(r.code);
            QStringList reply;
            for (const QByteArray &line : r.reply)
                reply.append(QStringLiteral("S: ") + wire(line));
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(Text::tr("Answer %1: %2").arg(r.question.number).arg(code)),
                             esc(PredictionQuiz::meaning(code)));
            html += wireBlock(reply);
        }
    }
    if (solutions) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("Exercises: a model solution")));
        int number = 0;
        for (const Exercise &e : exerciseList) {
            ++number;
            if (e.step->script.isEmpty())
                continue;
            QStringList lines;
            for (const ScenarioScriptLine &line : e.step->script)
                lines.append(esc(ScriptNotation::write(line.step)));
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(esc(
                            Text::tr("Exercise %1 (%2, %3)").arg(number).arg(e.step->host, e.step->service)));
            html += wireBlock(lines);
        }
    }
    return html;
}

struct Page {
    QRectF full; // the sheet, in device pixels
    QRectF content; // between the margins, the header and the footer
};

void setUpDocument(QTextDocument *doc, QPagedPaintDevice *device, const Page &page, const QString &html)
{
    doc->documentLayout()->setPaintDevice(device);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long base64 line too
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(styleSheet());
    doc->setHtml(html);
    doc->setPageSize(page.content.size());
    // No paragraph across two pages (a page would hold the other's lines,
    // clipped but still text in the PDF): one that would straddle a page's
    // end starts the next page. Tables' cells are left as they are.
    const double height = page.content.height();
    // One pass: moving a block changes only where the ones after it go.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block); // lays it out
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 2 || QTextCursor(block).currentTable())
            continue;
        const QTextLine first = layout->lineAt(0);
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        const double top = rect.top() + first.y();
        const double bottom = rect.top() + last.y() + last.height();
        // Half a pixel either way: a block that starts a page starts it.
        if (std::floor((top + 0.5) / height) == std::floor((bottom - 0.5) / height) || bottom - top >= height)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

void paintDocumentPage(QPainter *painter, QTextDocument *doc, const Page &page, int index)
{
    painter->save();
    const QSizeF size = page.content.size();
    painter->translate(page.content.left(), page.content.top() - index * size.height());
    const QRectF clip(0, index * size.height(), size.width(), size.height());
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // A block of the page before or after may touch this one by a pixel or two:
    // it is left to its own page (a PDF keeps even text that is clipped).
    context.clip = clip.adjusted(0, 4, 0, -4);
    context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

void paintFrame(QPainter *painter, const Page &page, const QString &title, int number, int count)
{
    painter->save();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF metrics(font, painter->device());
    const double left = page.content.left();
    const double width = page.content.width();
    const QRectF top(left, page.content.top() - 28, width, metrics.height());
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, width * 0.7));
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Carteiro"));
    painter->drawLine(QPointF(left, top.bottom() + 3), QPointF(left + width, top.bottom() + 3));
    const QRectF bottom(left, page.content.bottom() + 14, width, metrics.height());
    painter->drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter,
                      Text::tr("Page %1 of %2").arg(number).arg(count));
    painter->restore();
}

// The timeline cut into pages: the rows each page shows.
struct TimelineLayout {
    int width = 0; // the drawing's width, in the painter's pixels
    double scale = 1.0; // to the page
    int rowsPerPage = 0;
    int pages = 0;
};

TimelineLayout layOut(const TimelinePainter &painter, const Page &page, double headingHeight)
{
    TimelineLayout l;
    const int pageWidth = int(page.content.width());
    // A label may need more than the page: the drawing is made wider (up to
    // half as much again) and scaled down; beyond that the painter elides.
    l.width = std::max(pageWidth,
                       std::min(painter.widthForWholeLabels(pageWidth * 3 / 2), pageWidth * 3 / 2));
    l.width = std::max(l.width, std::min(painter.minimumWidth(), pageWidth * 3 / 2));
    l.scale = double(pageWidth) / l.width;
    const double height = (page.content.height() - headingHeight) / l.scale - painter.headerHeight();
    l.rowsPerPage = std::max(1, int(height / painter.rowHeight()));
    const qsizetype rows = painter.model()->rowCount();
    l.pages = rows == 0 ? 0 : int((rows + l.rowsPerPage - 1) / l.rowsPerPage);
    return l;
}

} // namespace

namespace Handout {

bool checkWritable(const QString &fileName, QString *error)
{
    if (QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return fail(error, fileName, Text::tr("the name must end in .pdf"));
    if (QFileInfo(fileName).isDir())
        return fail(error, fileName, Text::tr("it is a folder"));
    QSaveFile probe(fileName);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(error, fileName, probe.errorString());
    probe.cancelWriting();
    return true;
}

bool write(const Material &material, const QString &fileName, QString *error, int *pageCount)
{
    if (!checkWritable(fileName, error))
        return false;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(error, fileName, Text::tr("drawing needs a graphical application"));
    const QList<TranscriptEvent> events = shownEvents(material);
    const QString title = pick(material, material.scenario.title);

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, fileName, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Carteiro"));
    Page page;
    page.full = QRectF(QPointF(0, 0), writer.pageLayout().fullRectPixels(dpi).size());
    const double mm = dpi / 25.4;
    page.content = page.full.adjusted(18 * mm, 22 * mm, -18 * mm, -20 * mm);

    QTextDocument story;
    setUpDocument(&story, &writer, page, storyHtml(material));
    QTextDocument rest;
    setUpDocument(&rest, &writer, page, restHtml(material, events));

    Transcript transcript;
    transcript.restore(events, events.isEmpty() ? 0 : events.constLast().timeMs);
    TimelineModel model;
    model.setPreferredLanes(TimelineModel::lanesFor(material.scenario));
    model.setTranscript(&transcript);
    TimelinePainter timeline;
    timeline.setModel(&model);
    timeline.setPalette(TimelineExport::documentPalette());
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(9);
    timeline.setFonts(font, fixed);
    QFont headingFont = QGuiApplication::font();
    headingFont.setPointSizeF(14);
    headingFont.setBold(true);
    const double headingHeight = QFontMetricsF(headingFont, &writer).height() * 1.6;
    const TimelineLayout lanes = layOut(timeline, page, headingHeight);

    const int total = story.pageCount() + lanes.pages + rest.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(error, fileName, Text::tr("the PDF could not be started"));
    }
    int number = 0;
    auto newPage = [&] {
        if (number > 0)
            writer.newPage();
        ++number;
        paintFrame(&painter, page, title, number, total);
    };
    for (int i = 0; i < story.pageCount(); ++i) {
        newPage();
        paintDocumentPage(&painter, &story, page, i);
    }
    for (int i = 0; i < lanes.pages; ++i) {
        newPage();
        painter.save();
        painter.setFont(headingFont);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        const QString heading = i == 0 ? Text::tr("Timeline")
                                       : Text::tr("Timeline (%1 of %2)").arg(i + 1).arg(lanes.pages);
        painter.drawText(QRectF(page.content.left(), page.content.top(), page.content.width(), headingHeight),
                         Qt::AlignLeft | Qt::AlignTop, heading);
        painter.translate(page.content.left(), page.content.top() + headingHeight);
        painter.scale(lanes.scale, lanes.scale);
        const qsizetype first = qsizetype(i) * lanes.rowsPerPage;
        const qsizetype last = std::min<qsizetype>(first + lanes.rowsPerPage, model.rowCount()) - 1;
        const int header = timeline.headerHeight();
        const int rowsHeight = int(last - first + 1) * timeline.rowHeight();
        painter.setClipRect(QRect(0, 0, lanes.width, header + rowsHeight));
        timeline.paintRows(&painter, QRect(0, header, lanes.width, rowsHeight), first, last);
        timeline.paintHeader(&painter, QRect(0, 0, lanes.width, header));
        painter.restore();
    }
    for (int i = 0; i < rest.pageCount(); ++i) {
        newPage();
        paintDocumentPage(&painter, &rest, page, i);
    }
    if (!painter.end()) {
        file.cancelWriting();
        return fail(error, fileName, Text::tr("the PDF could not be finished"));
    }
    if (!file.commit())
        return fail(error, fileName, file.errorString());
    if (pageCount)
        *pageCount = total;
    return true;
}

Job::Job(const Scenario &scenario, const World::Options &options, const QString &language,
         const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_options(options)
    , m_language(language)
    , m_fileName(fileName)
{
    // A world of its own, beside any other: no data directory, ports the
    // system picks, nobody outside.
    m_options.dataDirectory.clear();
    m_options.ephemeralPorts = true;
    m_options.takenPorts = World::Options::TakenPorts::Fail;
    m_options.listenAddress = QHostAddress(); // each host its own loopback address
}

Job::~Job()
{
    m_runner.reset();
    if (m_world)
        m_world->shutdown();
}

void Job::fail(Failure failure, const QString &error)
{
    m_error = error;
    m_failure = failure;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(false); }, Qt::QueuedConnection);
}

void Job::start()
{
    QString error;
    if (!checkWritable(m_fileName, &error))
        return fail(Failure::File, error);
    m_world = std::make_unique<World>(m_scenario, m_options);
    if (!m_world->start(&error))
        return fail(Failure::World, error);
    m_runner = std::make_unique<ScenarioRunner>(m_world.get(), m_language);
    connect(m_runner.get(), &ScenarioRunner::finished, this, &Job::done, Qt::QueuedConnection);
    m_runner->start();
}

void Job::done(bool allPassed)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!allPassed) {
        QStringList failed;
        for (const ScenarioRunner::Outcome &o : m_runner->outcomes()) {
            if (!o.passed) {
                failed.append(Text::tr("%1:%2: expected %3; %4")
                                  .arg(o.location.file)
                                  .arg(o.location.line)
                                  .arg(o.descriptionText(), o.detailText()));
            }
        }
        m_failure = Failure::Run;
        m_error = Text::tr("The scenario did not run as it says, so no handout was written:")
            + QLatin1Char('\n') + failed.join(QLatin1Char('\n'));
        Q_EMIT finished(false);
        return;
    }
    Material material;
    material.scenario = m_scenario;
    material.language = m_language;
    for (const TranscriptEvent &e : m_world->transcript()->events())
        material.events.append(e);
    material.outcomes = m_runner->outcomes();
    material.quiz = m_runner->quiz()->results();
    const World *world = m_world.get();
    const int offset = m_printedOffset;
    // Standard ports, in the scenario's world, plus the offset students use.
    QHash<QString, quint16> ports;
    for (const World::Service &s : world->services())
        ports.insert(s.host + QLatin1Char(' ') + s.name, quint16(s.standardPort + offset));
    material.portOf = [ports](const QString &host, const QString &service) -> quint16 {
        return ports.value(host + QLatin1Char(' ') + service, 0);
    };
    material.hidePasswords = m_hidePasswords;
    m_runner.reset();
    m_world->shutdown();
    const bool ok = write(material, m_fileName, &m_error, &m_pages);
    if (!ok)
        m_failure = Failure::File;
    Q_EMIT finished(ok);
}

} // namespace Handout
