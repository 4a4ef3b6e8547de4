// SPDX-License-Identifier: GPL-3.0-or-later
// timelineview.h — the animated, command-by-command sequence diagram.
//
// A lifeline per host, an arrow per command and per reply labelled with the
// real line, time on the left, coloured by protocol, TCP opening/closing
// marks, phase bands. Rows have a fixed height and only the visible ones are
// painted, so 10,000 arrows scroll as smoothly as 10. Follows the newest row
// unless the user scrolled away. Public hit test for tests: indexAt().
//
// Keys: Up/Down, PageUp/PageDown, Home/End move the selection; + and - (or
// Ctrl+wheel) zoom, Ctrl+0 resets the zoom. The drawing itself is
// TimelinePainter's, shared with the exporter.
#pragma once

#include "timelinepainter.h"

#include <QAbstractScrollArea>

class TimelineModel;

class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const { return m_model; }

    // The row under a point of the viewport, or -1.
    qsizetype indexAt(const QPoint &viewportPoint) const;
    // Where a row's arrow is, in viewport coordinates (for tests and tooltips).
    QRect rowRect(qsizetype row) const;
    qsizetype currentRow() const { return m_current; }
    // The row paired with the current one: the command a selected reply
    // answers (A3 … A3 OK), or the reply to a selected command; -1: none.
    qsizetype pairedRow() const;
    void setCurrentRow(qsizetype row);
    // History cursor: rows after it are drawn as not yet happened (-1: none).
    void setCursorRow(qsizetype row);
    qsizetype cursorRow() const { return m_cursor; }
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    // The width `lanes` lanes need without scrolling sideways (each wide
    // enough for its host's name), with the times and the phases' column.
    int minimumWidthForLanes(int lanes) const { return m_painter.minimumWidth(lanes); }
    // Passwords drawn as **** (a class window; TimelinePainter::setHidePasswords).
    void setHidePasswords(bool hide)
    {
        m_painter.setHidePasswords(hide);
        viewport()->update();
    }
    bool hidesPasswords() const { return m_painter.hidesPasswords(); }
    // Scrolls so that a row is visible.
    void ensureRowVisible(qsizetype row);
    // True while the view keeps the newest row in sight as rows arrive.
    bool isFollowing() const { return m_following; }
    // Rows [first, last] drawn over a tinted band: the lines that carried the
    // bytes of a message part selected elsewhere. (-1, -1): none.
    void setHighlightedRows(qsizetype first, qsizetype last);
    qsizetype highlightedFirstRow() const { return m_highlightFirst; }
    qsizetype highlightedLastRow() const { return m_highlightLast; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The selected row and the transcript event it draws.
    void currentRowChanged(qsizetype row, qsizetype event);
    void zoomChanged(double factor);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onRowsAppended(qsizetype first, qsizetype last);
    // Rows appended since the scroll bars were last set: they are set once
    // per turn of the event loop (a busy classroom appends thousands of rows
    // a second), or at once when something asks where a row is.
    void applyAppendedRows() const;
    void onReset();
    void updateFonts();
    void updateScrollBars();
    int contentWidth() const;
    int rowsTop() const; // y in the viewport of row 0
    int visibleRowsHeight() const; // viewport height below the header

    TimelineModel *m_model = nullptr;
    TimelinePainter m_painter;
    qsizetype m_current = -1;
    qsizetype m_cursor = -1;
    qsizetype m_highlightFirst = -1;
    qsizetype m_highlightLast = -1;
    double m_zoom = 1.0;
    bool m_following = true;
    bool m_adjusting = false; // scroll bars moved by the view, not the user
    mutable bool m_rowsPending = false;
    bool m_applyQueued = false;
};
