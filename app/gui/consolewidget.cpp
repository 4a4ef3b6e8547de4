#include "consolewidget.h"

// Stub: being written.
ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent)
{
}

void ConsoleWidget::setWorld(World *world)
{
    m_world = world;
}
