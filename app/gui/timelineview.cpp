// SPDX-License-Identifier: GPL-3.0-or-later
// timelineview.cpp — the scrolling sequence diagram, drawn by TimelinePainter.
//
// A QAbstractScrollArea with nothing laid out inside: the scroll range is the
// rows times the row height, and paintEvent() works out the visible rows from
// the scroll bar's value and asks the painter for those alone. Appended rows
// only set a flag; the scroll bars catch up once per turn of the event loop,
// or at once when a row's place is asked for. The view follows the newest row
// while the scroll bar sits at its bottom; otherwise a zoom keeps the top row
// in place.
#include "timelineview.h"

#include "transcript/timelinemodel.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace {
constexpr double zoomStep = 1.15;
constexpr double minimumZoom = 0.5;
constexpr double maximumZoom = 3.0;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setMouseTracking(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // The user scrolled: keep following only if they are at the bottom.
        if (!m_adjusting)
            m_following = value >= verticalScrollBar()->maximum();
    });
    updateFonts();
}

void TimelineView::setModel(TimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_painter.setModel(model);
    if (model) {
        connect(model, &TimelineModel::rowsAppended, this, &TimelineView::onRowsAppended);
        connect(model, &TimelineModel::reset, this, &TimelineView::onReset);
        connect(model, &TimelineModel::lanesChanged, this, [this] {
            updateScrollBars();
            viewport()->update();
        });
        connect(model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            m_painter.setModel(nullptr);
            onReset();
        });
    }
    onReset();
}

void TimelineView::onReset()
{
    const bool hadCurrent = m_current >= 0;
    m_current = -1;
    m_cursor = -1;
    m_highlightFirst = m_highlightLast = -1;
    m_following = true;
    updateScrollBars();
    viewport()->update();
    if (hadCurrent)
        Q_EMIT currentRowChanged(-1, -1);
}

void TimelineView::onRowsAppended(qsizetype, qsizetype)
{
    m_rowsPending = true;
    if (m_applyQueued)
        return;
    m_applyQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_applyQueued = false;
            applyAppendedRows();
        },
        Qt::QueuedConnection);
}

void TimelineView::applyAppendedRows() const
{
    if (!m_rowsPending)
        return;
    m_rowsPending = false;
    // Only the scroll bars and the viewport change: no state of the view itself.
    auto *self = const_cast<TimelineView *>(this);
    self->updateScrollBars();
    self->viewport()->update();
}

void TimelineView::updateFonts()
{
    m_painter.setPalette(palette());
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    m_painter.setFonts(font(), fixed);
    m_painter.setZoom(m_zoom);
    updateScrollBars();
}

int TimelineView::contentWidth() const
{
    return std::max(viewport()->width(), m_painter.minimumWidth());
}

int TimelineView::rowsTop() const
{
    return m_painter.headerHeight() - verticalScrollBar()->value();
}

int TimelineView::visibleRowsHeight() const
{
    return std::max(0, viewport()->height() - m_painter.headerHeight());
}

void TimelineView::updateScrollBars()
{
    m_adjusting = true;
    const int rowHeight = m_painter.rowHeight();
    const qint64 total = qint64(m_model ? m_model->rowCount() : 0) * rowHeight;
    const int visible = visibleRowsHeight();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setSingleStep(rowHeight);
    vertical->setPageStep(std::max(rowHeight, visible - rowHeight));
    vertical->setRange(0, int(std::clamp<qint64>(total - visible, 0, INT_MAX)));
    if (m_following)
        vertical->setValue(vertical->maximum());
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setSingleStep(20);
    horizontal->setPageStep(viewport()->width());
    horizontal->setRange(0, std::max(0, contentWidth() - viewport()->width()));
    m_adjusting = false;
}

qsizetype TimelineView::indexAt(const QPoint &viewportPoint) const
{
    applyAppendedRows();
    if (!m_model || !viewport()->rect().contains(viewportPoint)
        || viewportPoint.y() < m_painter.headerHeight())
        return -1;
    const qint64 y = qint64(viewportPoint.y()) - rowsTop();
    const qsizetype row = qsizetype(y / m_painter.rowHeight());
    return row < m_model->rowCount() ? row : -1;
}

QRect TimelineView::rowRect(qsizetype row) const
{
    applyAppendedRows();
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return QRect();
    QRect span = m_painter.rowSpan(row, contentWidth());
    span.translate(-horizontalScrollBar()->value(), int(rowsTop() + qint64(row) * m_painter.rowHeight()));
    return span;
}

void TimelineView::setCurrentRow(qsizetype row)
{
    const qsizetype count = m_model ? m_model->rowCount() : 0;
    if (row < -1 || row >= count)
        row = -1;
    if (row == m_current)
        return;
    m_current = row;
    if (row >= 0)
        ensureRowVisible(row);
    viewport()->update();
    Q_EMIT currentRowChanged(row, row >= 0 ? m_model->row(row).event : -1);
}

qsizetype TimelineView::pairedRow() const
{
    // The line the selected one is paired with: for a reply (an IMAP tagged
    // completion too), the command it answers; for a command, its reply.
    if (!m_model || !m_model->transcript() || m_current < 0)
        return -1;
    const Transcript &transcript = *m_model->transcript();
    const qsizetype event = m_model->row(m_current).event;
    if (event < transcript.firstIndex() || event >= transcript.size())
        return -1;
    const TranscriptEvent &e = transcript.at(event);
    if (e.kind != TranscriptEvent::Kind::Line)
        return -1;
    if (e.answers >= transcript.firstIndex())
        return m_model->rowOfEvent(e.answers);
    // A command: its reply is among the next lines of its connection.
    constexpr qsizetype lookAhead = 5000;
    for (qsizetype i = event + 1; i < transcript.size() && i - event < lookAhead; ++i) {
        const TranscriptEvent &later = transcript.at(i);
        if (later.answers == event)
            return m_model->rowOfEvent(i);
        if (later.connectionId == e.connectionId && later.kind == TranscriptEvent::Kind::ConnectionClosed)
            break;
    }
    return -1;
}

void TimelineView::setCursorRow(qsizetype row)
{
    if (row == m_cursor)
        return;
    m_cursor = row;
    viewport()->update();
}

void TimelineView::setHighlightedRows(qsizetype first, qsizetype last)
{
    if (first < 0 || last < first)
        first = last = -1;
    if (first == m_highlightFirst && last == m_highlightLast)
        return;
    m_highlightFirst = first;
    m_highlightLast = last;
    if (first >= 0)
        ensureRowVisible(first);
    viewport()->update();
}

void TimelineView::setZoom(double factor)
{
    factor = std::clamp(factor, minimumZoom, maximumZoom);
    if (qFuzzyCompare(factor, m_zoom))
        return;
    // Keep the row at the top of the view where it is.
    const int oldHeight = m_painter.rowHeight();
    const double topRow = double(verticalScrollBar()->value()) / oldHeight;
    m_zoom = factor;
    m_painter.setZoom(factor);
    updateScrollBars();
    if (!m_following) {
        m_adjusting = true;
        verticalScrollBar()->setValue(int(topRow * m_painter.rowHeight()));
        m_adjusting = false;
    }
    viewport()->update();
    Q_EMIT zoomChanged(factor);
}

void TimelineView::ensureRowVisible(qsizetype row)
{
    applyAppendedRows();
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const qint64 top = qint64(row) * m_painter.rowHeight();
    const qint64 bottom = top + m_painter.rowHeight();
    QScrollBar *vertical = verticalScrollBar();
    if (top < vertical->value())
        vertical->setValue(int(top));
    else if (bottom > vertical->value() + visibleRowsHeight())
        vertical->setValue(int(bottom - visibleRowsHeight()));
}

QSize TimelineView::sizeHint() const
{
    return QSize(m_painter.minimumWidth() + 20, 420);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(240, m_painter.headerHeight() + 4 * m_painter.rowHeight());
}

void TimelineView::paintEvent(QPaintEvent *)
{
    applyAppendedRows();
    QPainter painter(viewport());
    const int width = contentWidth();
    const int left = -horizontalScrollBar()->value();
    const int header = m_painter.headerHeight();
    const int rowHeight = m_painter.rowHeight();
    const int value = verticalScrollBar()->value();
    const qsizetype first = value / rowHeight;
    const int offset = value % rowHeight;
    const qsizetype last = first + (visibleRowsHeight() + offset) / rowHeight + 1;
    painter.save();
    painter.setClipRect(QRect(0, header, viewport()->width(), viewport()->height() - header));
    TimelinePainter::Options options;
    options.currentRow = m_current;
    options.cursorRow = m_cursor;
    options.pairedRow = pairedRow();
    m_painter.paintRows(&painter,
                        QRect(left, header - offset, width, visibleRowsHeight() + offset + rowHeight), first,
                        last, options);
    if (m_highlightFirst >= 0 && m_highlightLast >= first && m_highlightFirst <= last) {
        // A tint over the rows, and a bar at the left edge to find them by.
        const int top = header - offset + int(std::max<qsizetype>(m_highlightFirst - first, -1) * rowHeight);
        const int bottom = header - offset + int((std::min(m_highlightLast, last) - first + 1) * rowHeight);
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(40);
        painter.fillRect(QRect(0, top, viewport()->width(), bottom - top), tint);
        tint.setAlpha(220);
        painter.fillRect(QRect(0, top, 4, bottom - top), tint);
    }
    painter.restore();
    m_painter.paintHeader(&painter, QRect(left, 0, width, header));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qsizetype row = indexAt(event->position().toPoint());
        if (row >= 0)
            setCurrentRow(row);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press selected; the release is ours too (nothing under it to pass to).
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const qsizetype count = m_model ? m_model->rowCount() : 0;
    const qsizetype page = std::max(1, visibleRowsHeight() / m_painter.rowHeight() - 1);
    qsizetype row = m_current;
    switch (event->key()) {
    case Qt::Key_Down: row = m_current < 0 ? 0 : m_current + 1; break;
    case Qt::Key_Up: row = m_current < 0 ? count - 1 : m_current - 1; break;
    case Qt::Key_PageDown: row = m_current < 0 ? 0 : m_current + page; break;
    case Qt::Key_PageUp: row = m_current < 0 ? 0 : m_current - page; break;
    case Qt::Key_Home: row = 0; break;
    case Qt::Key_End: row = count - 1; break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: setZoom(m_zoom * zoomStep); return;
    case Qt::Key_Minus: setZoom(m_zoom / zoomStep); return;
    case Qt::Key_0:
        if (event->modifiers() & Qt::ControlModifier) {
            setZoom(1.0);
            return;
        }
        [[fallthrough]];
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    if (count == 0)
        return;
    setCurrentRow(std::clamp<qsizetype>(row, 0, count - 1));
    event->accept();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(delta > 0 ? m_zoom * zoomStep : m_zoom / zoomStep);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype row = indexAt(help->pos());
        if (row >= 0) {
            const QRect rowArea(0, int(rowsTop() + qint64(row) * m_painter.rowHeight()), viewport()->width(),
                                m_painter.rowHeight());
            QToolTip::showText(help->globalPos(), m_painter.toolTip(row), viewport(), rowArea);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateFonts();
        viewport()->update();
        break;
    case QEvent::LanguageChange:
        // The header and the tooltips are made at paint (and hover) time; the
        // columns are measured again for the new words (phases, "time (s)").
        updateFonts();
        viewport()->update();
        break;
    default: break;
    }
}
