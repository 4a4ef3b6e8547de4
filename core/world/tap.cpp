// SPDX-License-Identifier: GPL-3.0-or-later
// tap.cpp — the listener, the two legs of each tapped connection, and what
// the tap says of the TLS records it passes on unread.
#include "tap.h"

#include "net/connection.h"
#include "protocol/tapsession.h"
#include "tls/tlslayer.h"
#include "world/anvil.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

struct ServicePort {
    const char *service;
    quint16 port;
    Protocol protocol;
    bool implicitTls;
};
const ServicePort servicePorts[] = {
    {"smtp", 25, Protocol::Smtp, false},        {"submission", 587, Protocol::Smtp, false},
    {"submissions", 465, Protocol::Smtp, true}, {"pop3", 110, Protocol::Pop3, false},
    {"pop3s", 995, Protocol::Pop3, true},       {"imap", 143, Protocol::Imap, false},
    {"imaps", 993, Protocol::Imap, true},
};

const ServicePort *byService(const QString &name)
{
    const QString lower = name.toLower();
    for (const ServicePort &s : servicePorts) {
        if (lower == QLatin1String(s.service))
            return &s;
    }
    if (lower == QLatin1String("smtps"))
        return byService(QStringLiteral("submissions"));
    if (lower == QLatin1String("imap2"))
        return byService(QStringLiteral("imap"));
    return nullptr;
}

// "ADDRESS:PORT", "[v6]:PORT", "PORT" or "ADDRESS" into its parts.
bool splitEnd(const QString &text, QHostAddress *address, int *port, bool portZero = false)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    } else if (!text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('.'))) {
        portText = text; // a port alone
    } else {
        host = text;
    }
    if (!host.isEmpty()) {
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            host = QStringLiteral("127.0.0.1");
        if (!address->setAddress(host))
            return false;
    }
    *port = 0;
    if (!portText.isEmpty()) {
        bool ok = false;
        *port = portText.toInt(&ok);
        if (!ok || *port < (portZero ? 0 : 1) || *port > 65535)
            return false;
    }
    return true;
}

} // namespace

QString TapSpec::serviceOfPort(quint16 port)
{
    for (const ServicePort &s : servicePorts) {
        if (s.port == port)
            return QLatin1String(s.service);
    }
    if (port == 2525)
        return QStringLiteral("smtp");
    return {};
}

quint16 TapSpec::standardPort(const QString &service)
{
    const ServicePort *s = byService(service);
    return s ? s->port : 0;
}

bool TapSpec::parse(const QString &text, TapSpec *spec, QString *error)
{
    *spec = TapSpec();
    spec->text = text;
    QString rest = text.trimmed();
    const qsizetype equals = rest.indexOf(QLatin1Char('='));
    if (equals < 0) {
        *error =
            Tap::tr("--tap %1: write it as LISTEN=TARGET, for example --tap 2525=127.0.0.1:25").arg(text);
        return false;
    }
    QString listen = rest.left(equals);
    const QString target = rest.mid(equals + 1);
    // A service named first: "imap:1143=…" (not an address: no dot, a letter).
    const qsizetype colon = listen.indexOf(QLatin1Char(':'));
    if (colon > 0 && !listen.startsWith(QLatin1Char('[')) && listen.at(0).isLetter()
        && !listen.left(colon).contains(QLatin1Char('.'))
        && listen.left(colon) != QLatin1String("localhost")) {
        const ServicePort *named = byService(listen.left(colon));
        if (!named) {
            *error =
                Tap::tr(
                    "--tap %1: unknown service \"%2\" (smtp, submission, submissions, pop3, pop3s, imap or "
                    "imaps)")
                    .arg(text, listen.left(colon));
            return false;
        }
        spec->service = QLatin1String(named->service);
        listen = listen.mid(colon + 1);
    }
    int listenPort = 0;
    QHostAddress listenAddress(QHostAddress::LocalHost);
    // Port 0: one the system picks (the TAP line of --serve says which).
    if (listen.isEmpty() || !splitEnd(listen, &listenAddress, &listenPort, true)) {
        *error =
            Tap::tr("--tap %1: \"%2\" is not a port to listen on (PORT or ADDRESS:PORT)").arg(text, listen);
        return false;
    }
    int targetPort = 0;
    QHostAddress targetAddress;
    if (!splitEnd(target, &targetAddress, &targetPort) || targetAddress.isNull()) {
        *error = Tap::tr("--tap %1: \"%2\" is not a server to pass to (ADDRESS:PORT)").arg(text, target);
        return false;
    }
    if (spec->service.isEmpty()) {
        spec->service = serviceOfPort(quint16(targetPort));
        if (spec->service.isEmpty() && listenPort != 0)
            spec->service = serviceOfPort(quint16(listenPort));
    }
    if (spec->service.isEmpty()) {
        *error = Tap::tr("--tap %1: which protocol does port %2 speak? Name it first, as in --tap imap:%3")
                     .arg(text)
                     .arg(targetPort)
                     .arg(rest);
        return false;
    }
    const ServicePort *service = byService(spec->service);
    if (targetPort == 0)
        targetPort = service->port;
    spec->listenAddress = listenAddress;
    spec->listenPort = quint16(listenPort);
    spec->targetAddress = targetAddress;
    spec->targetPort = quint16(targetPort);
    spec->protocol = service->protocol;
    spec->implicitTls = service->implicitTls;
    return true;
}

Tap::Tap(const TapSpec &spec, const QString &serverName, World *world)
    : QObject(world)
    , m_spec(spec)
    , m_serverName(serverName)
    , m_world(world)
{
}

Tap::~Tap()
{
    close();
    // Sessions still open have connections that are children of this tap.
    qDeleteAll(m_sessions);
    deleteEnded();
}

bool Tap::listen(QString *error, bool *portTaken)
{
    m_listener = new QTcpServer(this);
    m_listener->setListenBacklogSize(World::listenBacklog);
    if (!m_listener->listen(m_spec.listenAddress, m_spec.listenPort)) {
        if (portTaken)
            *portTaken = m_listener->serverError() == QAbstractSocket::AddressInUseError;
        *error = tr("--tap %1: cannot listen on %2:%3: %4")
                     .arg(m_spec.text, m_spec.listenAddress.toString())
                     .arg(m_spec.listenPort)
                     .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &Tap::accept);
    return true;
}

QHostAddress Tap::listenAddress() const
{
    return m_listener ? m_listener->serverAddress() : m_spec.listenAddress;
}

quint16 Tap::listenPort() const
{
    return m_listener ? m_listener->serverPort() : m_spec.listenPort;
}

void Tap::close()
{
    if (m_listener) {
        m_listener->close();
        delete m_listener;
        m_listener = nullptr;
    }
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->client)
            s->client->abort();
        if (s->server)
            s->server->abort();
    }
}

void Tap::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        auto dialogue = std::make_shared<TapDialogue>(m_spec.protocol, m_spec.implicitTls);
        auto facingClient = std::make_unique<TapSession>(TapSession::Side::FacingClient, dialogue);
        auto facingServer = std::make_unique<TapSession>(TapSession::Side::FacingServer, dialogue);
        TapSession *toClient = facingClient.get();
        TapSession *toServer = facingServer.get();
        auto *session = new Session;
        m_sessions.append(session);

        const QString clientName = QCoreApplication::translate("World", "outside %1")
                                       .arg(Anvil::clientAddress(socket->peerAddress()).toString());
        Connection::Endpoints clientEnds;
        clientEnds.localHost = m_serverName;
        clientEnds.peerHost = clientName;
        clientEnds.peerIsOutside = true;
        clientEnds.role = Connection::Role::Server;
        clientEnds.service = m_spec.service;
        session->client = new Connection(m_world->takeConnectionId(), socket, std::move(facingClient),
                                         clientEnds, m_world->gate(), m_world->transcript(), this);

        auto *upstream = new QTcpSocket;
        Connection::Endpoints serverEnds;
        serverEnds.localHost = clientName;
        serverEnds.peerHost = m_serverName;
        serverEnds.peerIsOutside = true;
        serverEnds.role = Connection::Role::Client;
        serverEnds.service = m_spec.service;
        serverEnds.silent = true;
        session->server = new Connection(m_world->takeConnectionId(), upstream, std::move(facingServer),
                                         serverEnds, m_world->gate(), m_world->transcript(), this);
        // A tap waits as long as its two peers do: their own deadlines rule.
        session->client->setIdleTimeout(24 * 3600 * 1000);
        session->server->setIdleTimeout(24 * 3600 * 1000);

        Connection *clientLeg = session->client;
        Connection *serverLeg = session->server;
        toClient->setForward([toServer, serverLeg](const Utterance &u) {
            toServer->pass(u);
            serverLeg->pump();
        });
        toServer->setForward([toClient, clientLeg](const Utterance &u) {
            toClient->pass(u);
            clientLeg->pump();
        });
        toClient->setRecordHandler([this, session](const QByteArray &r) { recordRecord(session, r, true); });
        toServer->setRecordHandler([this, session](const QByteArray &r) { recordRecord(session, r, false); });
        toServer->setEncryptedHandler([this, session] { noteEncrypted(session); });
        connect(clientLeg, &Connection::finished, this,
                [this, session](Connection *c) { legFinished(session, c); });
        connect(serverLeg, &Connection::finished, this,
                [this, session](Connection *c) { legFinished(session, c); });

        clientLeg->begin();
        if (m_spec.implicitTls)
            noteEncrypted(session);
        connect(upstream, &QTcpSocket::connected, serverLeg, [serverLeg] { serverLeg->begin(); });
        upstream->connectToHost(m_spec.targetAddress, m_spec.targetPort);
    }
}

void Tap::legFinished(Session *session, Connection *leg)
{
    leg->deleteLater();
    // One peer has gone: the other is closed once what it waits for is
    // written. Closing it may end it at once (this is then called inside).
    Connection *other = leg == session->client ? session->server.data() : session->client.data();
    if (other && !other->isClosed() && !session->closingOther) {
        session->closingOther = true;
        if (auto *engine = dynamic_cast<TapSession *>(other->engine())) {
            if (other->isOpen()) {
                engine->passClose();
                other->pump();
            } else {
                other->abort(); // never connected: nothing to say
            }
        }
    }
    const bool clientGone = !session->client || session->client->isClosed();
    const bool serverGone = !session->server || session->server->isClosed();
    if (clientGone && serverGone && m_sessions.removeOne(session)) {
        m_ended.append(session);
        QMetaObject::invokeMethod(this, &Tap::deleteEnded, Qt::QueuedConnection);
    }
}

void Tap::deleteEnded()
{
    qDeleteAll(m_ended);
    m_ended.clear();
}

void Tap::noteEncrypted(Session *session)
{
    if (session->encryptedNoted || !session->client)
        return;
    session->encryptedNoted = true;
    const Connection::Endpoints &ends = session->client->endpoints();
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Note;
    event.connectionId = session->client->id();
    event.from = ends.peerHost;
    event.to = ends.localHost;
    event.protocol = m_spec.protocol;
    event.noteCode = m_spec.implicitTls ? NoteCode::TapEncryptedFromStart : NoteCode::TapEncrypted;
    event.noteArguments = {ends.peerHost, ends.localHost, QString::number(m_spec.targetPort)};
    m_world->transcript()->append(std::move(event));
}

void Tap::recordRecord(Session *session, const QByteArray &bytes, bool fromClient)
{
    if (!session->client || bytes.size() < 5)
        return;
    // What anyone on the wire sees: the header, and in clear the handshake
    // messages before the keys (a ClientHello, a TLS 1.2 Certificate).
    constexpr quint8 changeCipherSpec = 20, alert = 21, handshake = 22, applicationData = 23;
    TlsRecord record;
    record.bytes = bytes;
    record.contentType = quint8(bytes.at(0));
    record.innerType = record.contentType;
    bool &encryptedFromHere = fromClient ? session->clientToServerEncrypted
                                         : session->serverToClientEncrypted;
    record.encrypted = record.contentType == applicationData || encryptedFromHere;
    if (record.contentType == changeCipherSpec) {
        TlsMessage m;
        m.contentType = changeCipherSpec;
        m.length = int(bytes.size() - 5);
        record.messages.append(m);
        encryptedFromHere = true;
    } else if (!record.encrypted && record.contentType == handshake) {
        qsizetype at = 5;
        while (at + 4 <= bytes.size()) {
            TlsMessage m;
            m.contentType = handshake;
            m.type = quint8(bytes.at(at));
            m.length = (uchar(bytes.at(at + 1)) << 16) | (uchar(bytes.at(at + 2)) << 8)
                | uchar(bytes.at(at + 3));
            record.messages.append(m);
            at += 4 + m.length;
        }
    } else if (!record.encrypted && record.contentType == alert && bytes.size() >= 7) {
        TlsMessage m;
        m.contentType = alert;
        m.alertLevel = quint8(bytes.at(5));
        m.type = quint8(bytes.at(6));
        m.length = 2;
        record.messages.append(m);
    }
    // The leg facing the client records: from it, the client's records are heard.
    session->client->recordPassingTlsRecord(record, !fromClient);
}
