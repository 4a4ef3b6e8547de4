#include "timelineview.h"

// Stub: being written.
TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
}

void TimelineView::setModel(TimelineModel *model)
{
    m_model = model;
}

qsizetype TimelineView::indexAt(const QPoint &) const
{
    return -1;
}

QRect TimelineView::rowRect(qsizetype) const
{
    return QRect();
}

void TimelineView::setCurrentRow(qsizetype row)
{
    m_current = row;
}

void TimelineView::setCursorRow(qsizetype row)
{
    m_cursor = row;
}

void TimelineView::setZoom(double factor)
{
    m_zoom = factor;
}
