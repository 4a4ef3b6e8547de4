// mailclient.h — a mail user agent (MUA): Ana's or Fran's mail client.
//
// Composes RFC 5322 messages and submits them to its own server (port 587,
// AUTH PLAIN), and fetches mail by POP3 in the course's two modes: "download
// and delete" and "download and keep" (it remembers the UIDLs it has seen).
#pragma once

#include "protocol/pop3clientsession.h"
#include "protocol/smtpclientsession.h"
#include "scenario/scenario.h"

#include <QObject>
#include <QSet>

class World;

class MailClient : public QObject
{
    Q_OBJECT
public:
    struct InboxMessage {
        QByteArray uid;
        QByteArray content;
        QString subject;
        QString from;
    };

    MailClient(World *world, const ScenarioClient &config, const QByteArray &password);

    QString name() const { return m_name; }
    QByteArray address() const { return m_address; }
    QString serverDomain() const;
    Pop3Mode pop3Mode() const { return m_mode; }
    void setPop3Mode(Pop3Mode mode) { m_mode = mode; }
    bool isBusy() const { return m_busy > 0; }

    void send(const QList<QByteArray> &recipients, const QString &subject, const QString &body);
    void sendMessage(const QList<QByteArray> &recipients, const QByteArray &content);
    void fetch() { fetch(m_mode); }
    void fetch(Pop3Mode mode);

    QList<InboxMessage> inbox() const { return m_inbox; }
    const SmtpClientResult &lastSendResult() const { return m_lastSend; }
    const Pop3ClientResult &lastFetchResult() const { return m_lastFetch; }

Q_SIGNALS:
    void sent(const SmtpClientResult &result);
    void fetched(const Pop3ClientResult &result);
    void inboxChanged();

private:
    World *m_world;
    QString m_name;
    QByteArray m_address;
    QByteArray m_password;
    Pop3Mode m_mode;
    QSet<QByteArray> m_knownUids;
    QList<InboxMessage> m_inbox;
    SmtpClientResult m_lastSend;
    Pop3ClientResult m_lastFetch;
    int m_busy = 0;
};
