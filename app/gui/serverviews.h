// serverviews.h — what the servers hold: outgoing queues, mailboxes, and a
// "netstat -tl"-style list of every listening service (host, address, port).
#pragma once

#include <QTabWidget>

class World;

class ServerViews : public QTabWidget
{
    Q_OBJECT
public:
    explicit ServerViews(QWidget *parent = nullptr);
    void setWorld(World *world);

private:
    World *m_world = nullptr;
};
