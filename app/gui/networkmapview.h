// networkmapview.h — the hosts of the world and the links between them.
//
// Ana's MUA, cliente.fr, the DNS, servidor.edu with its mailboxes, Fran's MUA
// and any outside client, each showing its state (listening ports, queue
// length, mailbox count). An envelope travels along a link while a command or
// reply is in flight; showMoment() shows the world as it was at an event.
#pragma once

#include <QWidget>

class World;

class NetworkMapView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget *parent = nullptr);

    void setWorld(World *world);
    // Highlight the link of this transcript event (an envelope on it); -1 clears.
    void showMoment(qsizetype event);
    qsizetype moment() const { return m_moment; }

private:
    World *m_world = nullptr;
    qsizetype m_moment = -1;
};
