#include "networkmapview.h"

// Stub: being written.
NetworkMapView::NetworkMapView(QWidget *parent)
    : QWidget(parent)
{
}

void NetworkMapView::setWorld(World *world)
{
    m_world = world;
}

void NetworkMapView::showMoment(qsizetype event)
{
    m_moment = event;
}
