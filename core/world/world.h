// SPDX-License-Identifier: GPL-3.0-or-later
// world.h — every simulated host of a scenario, their sockets and the transcript.
//
// Each host gets its own loopback address (127.0.0.2, 127.0.0.3 …; where a
// platform refuses those, 127.0.0.1 with distinct ports) and its services
// listen on the standard port plus an offset (default 10000: 25→10025,
// 587→10587, 110→10110; the window moves on to the next free offset when
// those are taken, by another carteiro or another user of the machine).
// Connections between hosts are real TCP connections;
// a client socket is bound to its host's address first, so the server sees
// the real source address and the world knows which host it is — anyone else
// is an outside host (a telnet, a real mail client).
#pragma once

#include "mail/dns.h"
#include "mail/outgoingqueue.h"
#include "mail/queuepolicy.h"
#include "net/connection.h"
#include "net/gate.h"
#include "protocol/phase.h"
#include "scenario/scenario.h"
#include "tls/classroomca.h"
#include "tls/tlslayer.h"
#include "transcript/transcript.h"
#include "world/anvil.h"
#include "world/tap.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class DiskCommitter;
class HostContext;
class MailServer;
class MailClient;
class WebmailServer;
class WebBrowser;

class World : public QObject
{
    Q_OBJECT
public:
    // IMAP's autologout timer may not be shorter (RFC 3501 §5.4).
    static constexpr int imapMinimumIdleMs = 30 * 60 * 1000;
    // A classroom connecting at once: the kernel's queue of connections not
    // yet accepted must hold them all (Qt's default is 50). ss -tl shows it
    // as a listening socket's Send-Q (core/world/listening.h).
    static constexpr int listenBacklog = 1024;
    struct Options {
        int portOffset = 10000; // added to 25, 587, 110
        bool ephemeralPorts = false; // every service on a port the OS picks (--headless, tests)
        // When a port at portOffset is taken (another carteiro, another user
        // of a shared machine): start() fails (--serve: the students were
        // told the ports) or tries the next offsets, 1000 apart, staying below
        // the system's ephemeral port range (the window).
        enum class TakenPorts {
            Fail,
            TryNextOffset
        };
        TakenPorts takenPorts = TakenPorts::Fail;
        int idleTimeoutMs = 5 * 60 * 1000; // servers' idle deadline (RFC 5321 §4.5.3.2)
        int sessionTimeoutMs = 0; // a server session's overall deadline; 0: none
        // Open server connections at once; beyond, a newcomer is told 421 (or
        // -ERR) and closed (Postfix's process limit, smtpd_client_connection_count_limit).
        int maximumConnections = 1000;
        // Per client address, as Postfix's anvil: connections at once and
        // per minute, MAIL commands per minute; the world's own hosts and
        // the exceptions (the machine itself by default) are never limited.
        Anvil::Limits clientLimits;
        // Every server listens here instead of on its own 127.0.0.x (null:
        // loopback only, the default). Hosts then share the address and their
        // ports step by 1000 as where 127.0.0.x is refused.
        QHostAddress listenAddress;
        QueuePolicy queue; // every server's: first retry, doubling, attempts before a bounce
        bool forceSharedAddress = false; // all hosts on 127.0.0.1 (as where 127.0.0.x is refused)
        // Mailboxes and queues on disk, in Maildir folders under DIR/<host>/
        // (MailServer::openStorage); empty: in memory only.
        QString dataDirectory;
        // TLS: servers offer STARTTLS/STLS and listen on 465, 993 and 995
        // with certificates from the classroom CA kept in caDirectory (empty:
        // the user's, ClassroomCa::defaultDirectory()). Off: no TLS at all.
        bool tls = true;
        // Keep the TLS sessions' secrets (tlsKeyLog(): a capture's keys). A
        // --serve that exports no capture keeps none: a class's sessions
        // would otherwise pile up about 1 KB each for nothing.
        bool keepTlsKeys = true;
        QString caDirectory;
        // Taps (--tap LISTEN=TARGET, tap.h): a real client and a real server
        // talking through the world, every line drawn.
        QList<TapSpec> taps;
        // A class's private world ("class … private"): 0 for any other world
        // (the teacher's among them); k ≥ 1 for student k's, whose hosts take
        // their own loopback addresses, 127.1.0.0 + 256·k + 2 … (127.1.k.2 …
        // for k < 256; a host asked for at 127.0.0.N gets 127.1.k.N). Where
        // the hosts share an address (127.0.0.2 refused, --listen), its
        // services take ports of their own instead, above the teacher's:
        // privatePort().
        int addressBlock = 0;
    };

    struct Service {
        QString host; // "servidor.edu"
        QString name; // "smtp", "submission", "pop3"
        Protocol protocol = Protocol::None;
        QHostAddress address;
        quint16 port = 0;
        quint16 standardPort = 0; // 25, 587, 110: what the course says
        bool implicitTls = false; // 465, 993, 995: TLS from the first octet (RFC 8314)
    };

    enum class HostKind {
        MailClient,
        MailServer,
        Dns,
        Console,
        Outside,
        Webmail, // pages over HTTP, IMAP and SMTP to its server behind
        RealServer // "server … real ADDRESS": the student's own Postfix and Dovecot, outside the process
    };
    struct Host {
        QString name;
        HostKind kind = HostKind::Outside;
        QHostAddress address;
    };

    World(const Scenario &scenario, const Options &options, QObject *parent = nullptr);
    ~World() override;

    // Opens the data directory (when the options name one) and loads it,
    // then binds every listening socket. On failure says which and why.
    // With TakenPorts::TryNextOffset, options().portOffset is afterwards the
    // offset the world listens on.
    bool start(QString *error);
    // Why start() failed last.
    enum class StartProblem {
        None,
        Storage, // the data directory
        PortTaken, // a port is in use (by another process, say)
        CannotListen // any other reason (no permission for a port below 1024 …)
    };
    StartProblem startProblem() const { return m_startProblem; }
    // The service that could not listen (its port, at the offset asked for).
    const Service &failedService() const { return m_failedService; }
    // The port offsets start() tries with TakenPorts::TryNextOffset, the
    // first being options().portOffset: 1000 apart (1000 times the number
    // of servers where the hosts share an address), at most maxOffsetTries,
    // every port below the first of the system's ephemeral ports
    // (/proc/sys/net/ipv4/ip_local_port_range), where the OS picks the
    // ports of outgoing connections.
    QList<int> candidatePortOffsets() const;
    static constexpr int maxOffsetTries = 16;
    // Private worlds where hosts share an address: student k's service in
    // `slot` (servers in order, seven slots each: smtp, submission, pop3,
    // imap, submissions, imaps, pop3s; then each webmail's http and https)
    // listens on privatePortBase() + (k − 1)·privatePortStride() + slot,
    // the base being above every port of the teacher's world (offset + 1000
    // per host) and the stride the slots rounded up to ten.
    int privatePortBase() const;
    int privatePortStride() const;
    // Whether `students` private worlds built like this one fit below the
    // system's ephemeral ports; false with the reason when they do not.
    // Always true where each has its own addresses.
    bool privatePortsFit(int students, QString *error) const;
    // The port a server's or webmail's service listens on, or will at the
    // options' offset when the world is not started (an access sheet made
    // before the class); 0 for an unknown host or service, or ports the OS
    // picks.
    quint16 plannedPort(const QString &host, const QString &serviceName) const;
    // True when the hosts share one address (127.0.0.1, or --listen's).
    bool sharesAddress() const { return m_sharedAddress || !m_options.listenAddress.isNull(); }
    // What could not be loaded from the data directory (each skipped).
    QStringList storageProblems() const { return m_storageProblems; }
    // Makes staged files durable; null when everything is in memory.
    DiskCommitter *committer() const { return m_committer; }
    void shutdown();
    // Takes a host off the network (its listeners close, connecting is refused)
    // or brings it back on the same ports: the queue's retries can be watched.
    enum class Listening : bool {
        Off,
        On
    };
    bool setHostListening(const QString &host, Listening listening, QString *error = nullptr);
    bool isListening(const QString &host, const QString &serviceName) const;
    // True when some service listens on an address outside 127.0.0.0/8 and
    // ::1 (reachable from other machines): the window and --serve say so.
    bool listensBeyondLoopback() const;
    // The services that do, as "host service address:port".
    QStringList servicesBeyondLoopback() const;
    // The Note that setHostListening() records has the code ListeningAgain or
    // StoppedListening and the service's name as its last argument: views
    // follow a host going down and up by it.
    // World files (core/persist): a loaded world's service goes down or up
    // again as it was when saved, without a new note (the saved transcript
    // has it), and connection ids go on after the saved ones.
    bool restoreListening(const QString &host, const QString &serviceName, bool listening,
                          QString *error = nullptr);
    void setNextConnectionId(int id) { m_nextConnectionId = id; }
    // A connection id nobody has yet (a tap's legs).
    int takeConnectionId() { return m_nextConnectionId++; }
    // The taps listening (--tap), in the order they were asked for.
    QList<Tap *> taps() const { return m_taps; }
    int nextConnectionId() const { return m_nextConnectionId; }

    const Scenario &scenario() const { return m_scenario; }
    Transcript *transcript() const { return m_transcript; }
    Gate *gate() const { return m_gate; }
    const Dns &dns() const { return m_dns; }
    const Options &options() const { return m_options; }
    QList<Service> services() const { return m_services; }
    const Service *service(const QString &host, const QString &name) const;
    QList<Host> hosts() const { return m_hosts; }
    // Their names: what is not one of them is outside (OutsideHosts, which
    // the map and the timeline both ask).
    QStringList hostNames() const;
    QList<MailServer *> servers() const { return m_servers; }
    QList<MailClient *> clients() const { return m_clients; }
    MailServer *server(const QString &domain) const;
    // The server that takes mail for a domain: the one of that name, else one
    // whose mydestination lists it (a mail name such as 2esi.org), else the
    // one its MX names.
    MailServer *serverFor(const QString &domain) const;
    // Changes a server's Postfix/Dovecot settings (serversettings.h) while
    // the world runs: the whole set of "postfix."/"dovecot." (and other)
    // settings it has from now on. The server behaves by them at once, its
    // services start or stop listening as they say (notes on the
    // transcript), and a world file saves them. False, with the reason, for
    // an unknown host, key or value.
    bool reconfigureServer(const QString &host, const QMap<QString, QString> &settings,
                           QString *error = nullptr);
    QList<WebmailServer *> webmails() const { return m_webmails; }
    WebmailServer *webmail(const QString &host) const;
    // The browser of a client (made at first need), on the webmail in front
    // of its server; null when no webmail serves the client's domain.
    WebBrowser *browser(const QString &clientName);
    MailClient *client(const QString &name) const;
    // True while a connection is open, the gate holds a write, or a queue has
    // a message ready to go now (not one waiting for a later retry).
    bool isBusy() const;
    // Open connections this names do not make the world busy (a class's
    // students' sessions, open all lesson, while the teacher plays the
    // story). Null: every one does.
    void setBusyExempt(std::function<bool(const Connection *)> exempt) { m_busyExempt = std::move(exempt); }
    // Every server's outgoing queue held or released (OutgoingQueue::setHold).
    void setQueuesHold(OutgoingQueue::Hold hold);
    // True when busy or any queue holds a message (even one waiting to retry).
    bool hasWork() const;
    int openConnections() const { return int(m_connections.size()); }
    // The account the client of this open connection logged in as, on the
    // server's side (ProtocolSession::loggedInUser), and that server's host
    // name; empty when it has not logged in, or the connection is closed.
    QByteArray loginOf(int connectionId, QString *serverHost = nullptr) const;
    // Server connections open, as --max-connections counts them: once the
    // count reaches the limit, the kernel is asked, and one whose peer has
    // closed or reset it counts no more, even before the event loop has read
    // its close (a burst accepted in one go).
    int openServerConnections();

    // Opens a real TCP connection from a host to a service of another host.
    // Passes on what the engine of an open connection said on its own (an
    // IMAP client's DONE and LOGOUT when Fran's window stops IDLE).
    void pumpEngine(ProtocolSession *engine);
    // The engine's result is read in `done`, called once the connection ends.
    using DoneHandler = std::function<void(Connection *)>;
    // Returns the connection (it deletes itself some time after `done`).
    // `unpaced`: the connection inherits the gate's unpaced status
    // (Connection::setInheritsUnpaced), and so does the server end it reaches.
    Connection *connectTo(const QString &fromHost, const QString &toHost, const QString &serviceName,
                          std::unique_ptr<ProtocolSession> engine, DoneHandler done, bool unpaced = false);
    // The real server (ScenarioServer::isReal) that a host name reaches: the
    // one of that name, else the one its MX names; null when none.
    const ScenarioServer *realServer(const QString &host) const;
    // The same to any address (a real server outside the process).
    Connection *connectToAddress(const QString &fromHost, const QString &peerName,
                                 const QHostAddress &address, quint16 port, const QString &serviceName,
                                 std::unique_ptr<ProtocolSession> engine, DoneHandler done,
                                 bool unpaced = false);
    // A non-line event: DNS lookups, queue and delivery decisions, narration.
    void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, const QString &text,
              Protocol protocol = Protocol::None);
    // The same with the note's meaning as a code and its arguments (notes.h);
    // `text` only for a note without a code.
    void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, NoteCode code,
              const QStringList &arguments, Protocol protocol = Protocol::None,
              const QString &text = QString());
    QHostAddress addressOf(const QString &host) const;
    // Which of the world's hosts has this "address:port" as the local end of
    // an open connection; empty for anyone else.
    QString hostAtEnd(const QString &addressPort) const;
    // Whether the server connection of `host` whose client is at
    // "address:port" goes without the gate's pacing (Gate::isUnpaced).
    bool isUnpacedPeer(const QString &host, const QString &addressPort) const;

Q_SIGNALS:
    // Something changed that may end a wait: a connection or a queue.
    void activityChanged();

private:
    void build();
    bool serviceWanted(const MailServer *server, const QString &serviceName) const;
    bool refusesAsLoopbackOnly(const QString &fromHost, const QString &toHost,
                               const QString &serviceName) const;
    void noteListening(const Service &service, bool listening);
    int portFor(const QString &serviceName, quint16 standardPort, int hostIndex) const;
    void listen(const QString &host, const QString &serviceName, Protocol protocol, quint16 standardPort,
                int hostIndex, QString *error, bool *ok, bool implicitTls = false);
    void setUpTls(); // the classroom CA, a certificate per server, the clients' trust
    // A service taken off the network keeps its port (see setHostListening).
    void reservePort(qsizetype index);
    void releasePort(qsizetype index);
    QHash<qsizetype, int> m_reservedPorts; // service index -> bound, not listening, socket
    // A connection a listener accepted (its descriptor, not yet a QTcpSocket).
    void accept(qintptr descriptor, const Service &service);
    bool listenAll(QString *error);
    void closeListeners();
    void track(Connection *connection, DoneHandler done);
    void refuseBusy(int descriptor, const Service &service, const Connection::Endpoints &ends);
    // Says `why` in the service's protocol and closes (a refusal before any session).
    void refuse(int descriptor, const Service &service, const QByteArray &why);
    std::unique_ptr<ProtocolSession> serverEngine(const Service &service);

    Scenario m_scenario;
    Options m_options;
    Transcript *m_transcript;
    Gate *m_gate;
    Dns m_dns;
    // The world as the mail hosts see it (core/mail/hostcontext.h).
    std::unique_ptr<HostContext> m_hostContext;
    QList<Host> m_hosts;
    QList<MailServer *> m_servers;
    QList<WebmailServer *> m_webmails;
    QList<Tap *> m_taps;
    bool startTaps(QString *error);
    QHash<QString, WebBrowser *> m_browsers; // by client name
    QList<MailClient *> m_clients;
    QList<Service> m_services;
    QList<QTcpServer *> m_listeners; // parallel to m_services
    QList<Connection *> m_connections;
    std::function<bool(const Connection *)> m_busyExempt;
    // Server connections whose peer has gone (closed or reset) while their
    // close waits for the event loop: not counted against the limit.
    QSet<const Connection *> m_peerGone;
    Anvil m_anvil; // per-client limits (outside clients only)
    QElapsedTimer m_clock; // the anvil's time
    StartProblem m_startProblem = StartProblem::None;
    Service m_failedService;
    // Our own client sockets, by local "address:port": host name and connection id.
    struct LocalEnd {
        QString host;
        int connectionId = 0;
        bool unpaced = false; // the server end inherits the unpaced status
    };
    QHash<QString, LocalEnd> m_localEnds;
    // The names outside clients were given ("outside 127.0.0.1"), one string
    // each: every line of theirs in the transcript shares it, and a reused
    // slot that holds it already is not written again (Connection::record).
    QSet<QString> m_outsideNames;
    int m_nextConnectionId = 1;
    bool m_sharedAddress = false;
    bool openStorage(QString *error);
    DiskCommitter *m_committer = nullptr;
    int m_lockFd = -1; // flock(2) on DIR/carteiro.lock: one process per directory
    QStringList m_storageProblems;
    // TLS (null: none). One context per server host, one for every client.
    std::shared_ptr<ClassroomCa> m_ca;
    QHash<QString, std::shared_ptr<TlsContext>> m_serverTls; // by host, lower case
    std::shared_ptr<TlsContext> m_clientTls;
    // The secrets of every TLS session of this world (PcapngExport, --export-keylog).
    std::shared_ptr<TlsKeyLog> m_tlsKeyLog = std::make_shared<TlsKeyLog>();
    bool m_tlsSetUp = false;

public:
    // The classroom CA in use (null when TLS is off or it could not be opened).
    std::shared_ptr<ClassroomCa> classroomCa() const { return m_ca; }
    // Why TLS is off, if it is (the CA could not be made or read).
    QString tlsProblem() const { return m_tlsProblem; }
    // The session secrets of the world's TLS sessions so far, in the NSS key
    // log format (SSLKEYLOGFILE), one line each: what Wireshark needs to
    // decrypt a capture of them. Empty when no session was made.
    QByteArray tlsKeyLog() const { return m_tlsKeyLog->text(); }

private:
    QString m_tlsProblem;
};
