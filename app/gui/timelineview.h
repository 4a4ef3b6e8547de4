// timelineview.h — the animated, command-by-command sequence diagram.
//
// A lifeline per host, an arrow per command and per reply labelled with the
// real line, time on the left, coloured by protocol, TCP opening/closing
// marks, phase bands. Rows have a fixed height and only the visible ones are
// painted, so 10,000 arrows scroll as smoothly as 10. Follows the newest row
// unless the user scrolled away. Public hit test for tests: indexAt().
#pragma once

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
    void setCurrentRow(qsizetype row);
    // History cursor: rows after it are drawn as not yet happened (-1: none).
    void setCursorRow(qsizetype row);
    qsizetype cursorRow() const { return m_cursor; }
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

Q_SIGNALS:
    // The selected row and the transcript event it draws.
    void currentRowChanged(qsizetype row, qsizetype event);

private:
    TimelineModel *m_model = nullptr;
    qsizetype m_current = -1;
    qsizetype m_cursor = -1;
    double m_zoom = 1.0;
};
