#include "serverviews.h"

// Stub: being written.
ServerViews::ServerViews(QWidget *parent)
    : QTabWidget(parent)
{
}

void ServerViews::setWorld(World *world)
{
    m_world = world;
}
