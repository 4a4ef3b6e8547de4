// mailclientwindow.h — Ana's or Fran's mail client (MUA) as a window.
//
// Compose (From, To, Subject, body) and send; the inbox; a message view
// (headers and body); the POP3 mode switch between "download and delete" and
// "download and keep", as the course describes them.
#pragma once

#include <QWidget>

class MailClient;

class MailClientWindow : public QWidget
{
    Q_OBJECT
public:
    explicit MailClientWindow(MailClient *client, QWidget *parent = nullptr);

private:
    MailClient *m_client;
};
