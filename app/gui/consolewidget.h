// consolewidget.h — a terminal-like panel: type SMTP or POP3 by hand, as the
// course does with telnet. Opens a real TCP connection to any host's service;
// the traffic is drawn on the timeline as the console's lifeline.
#pragma once

#include <QWidget>

class World;

class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(QWidget *parent = nullptr);
    void setWorld(World *world);

private:
    World *m_world = nullptr;
};
