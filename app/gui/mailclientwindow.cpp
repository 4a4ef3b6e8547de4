#include "mailclientwindow.h"

// Stub: being written.
MailClientWindow::MailClientWindow(MailClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
}
