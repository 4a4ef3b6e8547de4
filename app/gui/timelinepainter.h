// SPDX-License-Identifier: GPL-3.0-or-later
// timelinepainter.h — draws the timeline's rows; shared by the view and the exporter.
//
// The geometry, left to right: the time column (seconds.millis), the phase
// gutter (a bracket and the phase's name for each band), then one lane per
// host, evenly spread, each with a dashed lifeline. A row has a fixed height
// (× zoom); its label sits above its arrow, after its connection's "#n".
// Each connection is an activation bar on both its lifelines; connections
// open at once across the same lanes sit on sub-lanes side by side. Colours come from the palette,
// with the protocols' hues (SMTP blue, POP3 green, DNS purple) lightened on
// a dark palette and darkened on a light one, so both stay legible.
//
// Painting is bounded by the rows asked for: the view asks for the visible
// ones only, the exporter for all of them.
#pragma once

#include "shapedtext.h"

#include "transcript/timelinemodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRect>

class QPainter;

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    struct Options {
        qsizetype currentRow = -1; // highlighted with the palette's highlight
        qsizetype cursorRow = -1; // rows after it are faded; -1: none
        qsizetype pairedRow = -1; // the current row's command or reply: a lighter highlight
    };

    TimelinePainter();

    void setModel(const TimelineModel *model) { m_model = model; }
    const TimelineModel *model() const { return m_model; }
    void setPalette(const QPalette &palette) { m_palette = palette; }
    const QPalette &palette() const { return m_palette; }
    // The interface font (names, captions, notes) and the wire font (lines).
    void setFonts(const QFont &font, const QFont &fixedFont);
    // "PASS ****" instead of the password (TranscriptFormatter::maskedSecret):
    // a class window projected before its students. Off by default: the
    // course's window shows passwords on purpose.
    void setHidePasswords(bool hide) { m_hidePasswords = hide; }
    bool hidesPasswords() const { return m_hidePasswords; }
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

    int rowHeight() const { return m_rowHeight; }
    int headerHeight() const { return m_headerHeight; }
    // Narrower than this, lanes crowd: the view scrolls sideways instead.
    int minimumWidth() const;
    // The same for `lanes` lanes (a layout's plan before they exist).
    int minimumWidth(int lanes) const;
    // Roomy enough that most lines are not cut (used by the exporter).
    int preferredWidth() const;
    // Wide enough that no label is cut (a long caption, a long note), but no
    // wider than `limit` (used by the exporter: a document has no tooltips).
    int widthForWholeLabels(int limit) const;
    // The x of a lane's lifeline in a timeline `width` wide, starting at 0.
    double laneX(int lane, int width) const;
    // The horizontal span of a row's drawing (its arrow, mark or note).
    QRect rowSpan(qsizetype row, int width) const;

    // The lane names; `rect` is the header's area (its width is the timeline's).
    void paintHeader(QPainter *painter, const QRect &rect) const;
    // Rows [first, last]; row `first` starts at rect.top(), rect.left() is x 0.
    void paintRows(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last,
                   const Options &options) const;
    void paintRows(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last) const
    {
        paintRows(painter, rect, first, last, Options());
    }

    // How many labels are kept laid out (ShapedTextCache): a second paint
    // of the same rows adds none.
    int shapedTextCount() const { return m_text.size(); }

    // The full text of a row (for its tooltip): the course's notation.
    QString toolTip(qsizetype row) const;
    // A row's label as drawn before eliding.
    QString label(qsizetype row) const;
    QColor protocolColor(Protocol protocol) const;
    // Lines that carry a password (PASS, AUTH and its answers) are marked:
    // an amber tint under the label, a padlock, and a tooltip that says the
    // password travels in clear text.
    static bool carriesSecret(const TranscriptEvent &event);
    QColor secretTint() const;
    // TLS (issue 14): handshake messages are arrows in the TLS colour,
    // dash-dotted; a line that crossed inside TLS has a closed padlock
    // before its label; the connection's TlsEstablished row is a band
    // across its lanes ("encrypted from here", version and cipher), and its
    // activation bars are drawn in the TLS colour from there on.
    QColor tlsColor() const;
    static bool insideTls(const TranscriptEvent &event);

private:
    struct Columns {
        double timeWidth;
        double gutterWidth;
        double lanesLeft;
        double laneSpacing;
    };
    Columns columns(int width) const;
    // Where a row's label may go: the lanes' width, 4 px in from its edges
    // (rows never share a height, so a long label may cross other lanes).
    struct LabelArea {
        double left;
        double right;
        double room() const { return right > left ? right - left : 0.0; }
        // The label's left edge: centred on `centre`, moved in to fit.
        double place(double centre, double width) const;
    };
    LabelArea labelArea(const QRect &rowRect) const;
    // How far right a sub-lane's arrows and bars are drawn from the lifeline.
    double subLaneOffset(int subLane) const;
    double barHalfWidth() const;
    // "#2 ", the tag before a connection's labels ("" for no connection).
    static QString connectionTag(int connection);
    QFont tagFont() const;
    void paintSpans(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last) const;
    QColor adapt(const QColor &hue) const;
    QColor tint(const QColor &color, double amount) const;
    void paintBands(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last) const;
    void paintRow(QPainter *painter, const QRect &rowRect, qsizetype row) const;
    void paintArrow(QPainter *painter, const QRect &rowRect, qsizetype row) const;
    void paintConnection(QPainter *painter, const QRect &rowRect, qsizetype row) const;
    void paintNote(QPainter *painter, const QRect &rowRect, qsizetype row) const;
    void paintCaption(QPainter *painter, const QRect &rowRect, qsizetype row) const;
    void paintTlsEstablished(QPainter *painter, const QRect &rowRect, qsizetype row) const;
    void paintPadlock(QPainter *painter, const QPointF &rightCentre) const;
    void paintPadlock(QPainter *painter, const QPointF &rightCentre, const QColor &ink) const;
    double padlockWidth() const;
    void paintArrowHead(QPainter *painter, const QPointF &tip, double direction, const QColor &color) const;

    // The labels as laid out (ShapedTextCache): a repaint of the same rows
    // shapes no text again. Emptied when the fonts or the zoom change.
    ShapedTextCache m_text;
    const TimelineModel *m_model = nullptr;
    QPalette m_palette;
    QFont m_baseFont;
    QFont m_baseFixedFont;
    QFont m_font;
    QFont m_boldFont;
    QFont m_fixedFont;
    QFont m_smallFont;
    double m_zoom = 1.0;
    bool m_hidePasswords = false;
    int m_rowHeight = 22;
    int m_headerHeight = 30;
    int m_fixedAscent = 10;
    int m_fixedHeight = 14;
    int m_gutterText = 100;
    double m_timeText = 40; // the width of "000.000" in the small font
};
