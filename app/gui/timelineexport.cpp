// SPDX-License-Identifier: GPL-3.0-or-later
// timelineexport.cpp — timeline images (SVG, PNG) and the transcript as text.
//
// A TimelinePainter with a printed page's palette and 10-point fonts paints
// every row, then the lane header. SVG is generated in memory by
// QSvgGenerator; PNG is drawn at twice the pixel density (sharp on a
// projector) and refused beyond 1 GiB of pixels, with .svg suggested instead.
// Every file goes through QSaveFile, so a failed export leaves no half file,
// and every error reads "Cannot write FILE: REASON".
#include "timelineexport.h"

#include "timelinepainter.h"
#include "transcript/timelinemodel.h"
#include "transcript/transcriptformatter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

QPalette TimelineExport::documentPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa6, 0xb0));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

namespace {

void setUp(TimelinePainter *painter, const TimelineModel &model)
{
    painter->setModel(&model);
    painter->setPalette(TimelineExport::documentPalette());
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(10);
    painter->setFonts(font, fixed);
}

void paintAll(const TimelinePainter &painter, QPainter *device, const QSize &size)
{
    const int header = painter.headerHeight();
    painter.paintRows(device, QRect(0, header, size.width(), size.height() - header), 0,
                      painter.model()->rowCount() - 1);
    painter.paintHeader(device, QRect(0, 0, size.width(), header));
}

// The messages' translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExport)
};

// "Cannot write FILE: REASON", the form of every export error.
bool fail(QString *error, const QString &fileName, const QString &reason)
{
    if (error)
        *error = Text::tr("Cannot write %1: %2").arg(fileName, reason);
    return false;
}

bool writeFile(const QString &fileName, const QByteArray &data, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(error, fileName, file.errorString());
    return true;
}

} // namespace

namespace TimelineExport {

bool toImage(const TimelineModel &model, const QString &fileName, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(error, fileName, Text::tr("the name must end in .svg or .png"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(error, fileName, Text::tr("drawing needs a graphical application"));
    if (!model.transcript())
        return fail(error, fileName, Text::tr("there is no transcript to draw"));
    TimelinePainter painter;
    setUp(&painter, model);
    const qint64 height = painter.headerHeight() + qint64(model.rowCount()) * painter.rowHeight() + 1;
    // A document has no tooltips: wide enough that no caption or note is cut,
    // up to three times the usual width (a 998-octet line is cut past that).
    const QSize size(painter.widthForWholeLabels(3 * painter.preferredWidth()),
                     int(std::min<qint64>(height, INT_MAX / 4)));

    if (suffix == QLatin1String("svg")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(Text::tr("Carteiro timeline"));
        generator.setDescription(Text::tr("Every command and reply of the scenario, as a sequence "
                                          "diagram"));
        QPainter device;
        if (!device.begin(&generator))
            return fail(error, fileName, Text::tr("the SVG could not be started"));
        paintAll(painter, &device, size);
        device.end();
        return writeFile(fileName, buffer.data(), error);
    }

    // PNG at twice the pixel density, so that it stays sharp on a projector.
    constexpr qreal ratio = 2.0;
    const qint64 bytes = qint64(size.width()) * ratio * size.height() * ratio * 4;
    if (bytes > qint64(1) << 30) {
        const QString reason = Text::tr("%1 rows are too many for a PNG image; export it as .svg");
        return fail(error, fileName, reason.arg(model.rowCount()));
    }
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(error, fileName, Text::tr("not enough memory for the image"));
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter device(&image);
        paintAll(painter, &device, size);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, fileName, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(error, fileName, writer.errorString());
    }
    if (!file.commit())
        return fail(error, fileName, file.errorString());
    return true;
}

bool transcriptToText(const Transcript &transcript, const QString &fileName, EventJson::Passwords passwords,
                      QString *error)
{
    TranscriptFormatter::Options options;
    options.hidePasswords = passwords == EventJson::Passwords::Masked;
    QByteArray text;
    for (const TranscriptEvent &event : transcript.events()) {
        if (event.kind == TranscriptEvent::Kind::Caption)
            text += "\n== " + TranscriptFormatter::printable(event.noteText().toUtf8()).toUtf8() + '\n';
        else
            TranscriptFormatter::appendCourseLine(text, event, options, true);
    }
    return writeFile(fileName, text, error);
}

} // namespace TimelineExport
