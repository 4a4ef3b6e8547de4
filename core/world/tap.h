// SPDX-License-Identifier: GPL-3.0-or-later
// tap.h — `carteiro --tap LISTEN=TARGET`: a real client and a real server,
// every line between them drawn.
//
// The tap listens on LISTEN (a port on 127.0.0.1, or ADDRESS:PORT) and, for
// each client that connects (Thunderbird, fetchmail, swaks, telnet), opens a
// connection to TARGET (the student's Postfix or Dovecot) and passes every
// octet on, both ways (core/protocol/tapsession.h). The leg facing the
// client records both directions in the transcript, as between the client
// ("outside 127.0.0.1") and the real server; the leg facing the server
// records nothing, so each line appears once. Both legs' writes pass the
// gate: stepping holds a real conversation as it holds a simulated one.
//
// Which protocol TARGET speaks comes from its port (25, 587, 465, 110, 995,
// 143, 993) or the listening one, or is written before LISTEN
// ("imap:1143=127.0.0.1:10143"). On 465, 993 and 995 the tap passes TLS from
// the first octet; after STARTTLS and its go-ahead, from there on: it holds
// no key, draws the records as anyone on the wire sees them, and says so.
#pragma once

#include "protocol/phase.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class Connection;
class QTcpServer;
class QTcpSocket;
class World;

struct TapSpec {
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0;
    QHostAddress targetAddress;
    quint16 targetPort = 0;
    QString service; // "smtp", "submission", "submissions", "pop3", "pop3s", "imap", "imaps"
    Protocol protocol = Protocol::None;
    bool implicitTls = false;
    QString text; // as written

    // "[SERVICE:]LISTEN=TARGET": LISTEN is PORT or ADDRESS:PORT, TARGET is
    // ADDRESS:PORT (an IPv6 address in brackets) or ADDRESS alone (the
    // service's standard port). False with a message naming what is wrong.
    static bool parse(const QString &text, TapSpec *spec, QString *error);
    // The service a standard port speaks ("imap" for 143); empty for none.
    static QString serviceOfPort(quint16 port);
    static quint16 standardPort(const QString &service);
};

class Tap : public QObject
{
    Q_OBJECT
public:
    // `serverName`: the real server's host name on the timeline and the map.
    Tap(const TapSpec &spec, const QString &serverName, World *world);
    ~Tap() override;

    const TapSpec &spec() const { return m_spec; }
    QString serverName() const { return m_serverName; }
    // Binds LISTEN; false with the reason (the port is taken …).
    bool listen(QString *error, bool *portTaken = nullptr);
    // Where it listens (the port the system gave for LISTEN's port 0).
    QHostAddress listenAddress() const;
    quint16 listenPort() const;
    // Stops listening and cuts what passes (the world shuts down).
    void close();
    int openSessions() const { return int(m_sessions.size()); }

private:
    struct Session {
        QPointer<Connection> client; // facing the real client: records both ways
        QPointer<Connection> server; // facing the real server: records nothing
        bool encryptedNoted = false;
        bool clientToServerEncrypted = false; // a ChangeCipherSpec passed that way (TLS 1.2)
        bool serverToClientEncrypted = false;
        bool closingOther = false; // one leg ended and the other was told to close
    };
    void accept();
    void recordRecord(Session *session, const QByteArray &bytes, bool fromClient);
    void noteEncrypted(Session *session);
    void legFinished(Session *session, Connection *leg);

    TapSpec m_spec;
    QString m_serverName;
    World *m_world;
    QTcpServer *m_listener = nullptr;
    QList<Session *> m_sessions;
    // Ended, deleted on the next turn of the event loop (a leg's end may be
    // told inside the other's); the destructor deletes what is left.
    QList<Session *> m_ended;
    void deleteEnded();
};
