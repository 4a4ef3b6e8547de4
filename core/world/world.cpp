// SPDX-License-Identifier: GPL-3.0-or-later
// world.cpp — the composition root: builds the hosts of a scenario, gives
// each its loopback address, listens for their services, opens the client
// connections, and implements HostContext for the mail hosts.
#include "world.h"

#include "scenario/serversettings.h"

#include "mail/hostcontext.h"
#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/mailstore.h"
#include "mail/webbrowser.h"
#include "mail/webmailserver.h"
#include "protocol/httpserversession.h"
#include "protocol/imapserversession.h"
#include "protocol/pop3serversession.h"
#include "protocol/smtpserversession.h"
#include "storage/diskcommitter.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <netinet/in.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace {
// A listener whose connections are served without a QTcpSocket: each
// accepted descriptor goes to `take` (World::accept) as QTcpServer accepts
// it, and none is kept pending.
class DescriptorServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::function<void(qintptr)> take;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (take)
            take(descriptor);
        else
            ::close(int(descriptor));
    }
};

// An alarm of the world: a single-shot QTimer, precise (a coarse one may
// ring 5 % late, 100 ms on a 2 s retry, and a retry due as a host comes back
// would then find it up or down by chance).
class TimerAlarm final : public HostAlarm
{
public:
    explicit TimerAlarm(std::function<void()> ring)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, std::move(ring));
    }
    void start(int ms) override { m_timer.start(ms); }
    void stop() override { m_timer.stop(); }

private:
    QTimer m_timer;
};

// What the mail hosts may ask of the world: its clock, its transcript, its
// DNS, its addresses, its sockets and its timers.
class WorldHostContext final : public HostContext
{
public:
    explicit WorldHostContext(World *world)
        : m_world(world)
    {
    }

    qint64 nowMs() const override { return m_world->transcript()->elapsedMs(); }
    void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, const QString &text,
              Protocol protocol) override
    {
        m_world->note(kind, from, to, text, protocol);
    }
    void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, NoteCode code,
              const QStringList &arguments, Protocol protocol) override
    {
        m_world->note(kind, from, to, code, arguments, protocol);
    }
    QList<Dns::MxRecord> lookupMx(const QString &domain) const override
    {
        return m_world->dns().lookupMx(domain);
    }
    QHostAddress addressOf(const QString &host) const override { return m_world->addressOf(host); }
    QString hostAtEnd(const QByteArray &addressPort) const override
    {
        return m_world->hostAtEnd(QString::fromLatin1(addressPort));
    }
    void connect(const QString &fromHost, const QString &toHost, const QString &serviceName,
                 std::unique_ptr<ProtocolSession> engine, Finished finished) override
    {
        m_world->connectTo(fromHost, toHost, serviceName, std::move(engine),
                           [finished = std::move(finished)](Connection *c) { finished(*c->engine()); });
    }
    void connectUnpaced(const QString &fromHost, const QString &toHost, const QString &serviceName,
                        std::unique_ptr<ProtocolSession> engine, Finished finished) override
    {
        m_world->connectTo(
            fromHost, toHost, serviceName, std::move(engine),
            [finished = std::move(finished)](Connection *c) { finished(*c->engine()); }, true);
    }
    bool isUnpacedPeer(const QString &host, const QByteArray &addressPort) const override
    {
        return m_world->isUnpacedPeer(host, QString::fromLatin1(addressPort));
    }
    void pump(ProtocolSession *engine) override { m_world->pumpEngine(engine); }
    std::unique_ptr<HostAlarm> alarm(std::function<void()> ring) override
    {
        return std::make_unique<TimerAlarm>(std::move(ring));
    }
    void soon(std::function<void()> work) override { QTimer::singleShot(0, m_world, std::move(work)); }

private:
    World *m_world;
};
} // namespace

World::World(const Scenario &scenario, const Options &options, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_options(options)
    , m_transcript(new Transcript(this))
    , m_gate(new Gate(this))
    , m_hostContext(std::make_unique<WorldHostContext>(this))
    , m_anvil(options.clientLimits)
{
    connect(m_gate, &Gate::pendingChanged, this, &World::activityChanged);
    // Students whose passwords nobody kept (ClassPasswords::assign was not
    // asked): new ones, for this run only. No account is ever open without one.
    m_scenario.giveStudentsPasswords();
    build();
}

World::~World()
{
    shutdown();
    // Connections closed above wait for deleteLater(), which may never run now;
    // they must go before the servers whose mailboxes their engines lock.
    const QList<Connection *> left = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(left);
    // What was given to the disk is finished before the directory is let go.
    delete m_committer;
    m_committer = nullptr;
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

bool World::openStorage(QString *error)
{
    const QString directory = m_options.dataDirectory;
    if (!QDir().mkpath(directory)) {
        *error = tr("cannot create the data directory %1").arg(directory);
        return false;
    }
    // One process per directory: two servers renaming into the same new/
    // would each load the other's half-written state.
    const QString lockPath = directory + QStringLiteral("/carteiro.lock");
    m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0) {
        *error = tr("cannot open %1: %2").arg(lockPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        *error = tr("the data directory %1 is in use by another carteiro").arg(directory);
        ::close(m_lockFd);
        m_lockFd = -1;
        return false;
    }
    m_committer = new DiskCommitter(this);
    for (MailServer *server : std::as_const(m_servers)) {
        const QString hostDirectory = directory + QLatin1Char('/') + Maildir::safeComponent(server->domain());
        QStringList problems;
        if (!server->openStorage(hostDirectory, m_committer, &problems, error))
            return false;
        m_storageProblems += problems;
        for (const QString &problem : std::as_const(problems))
            note(TranscriptEvent::Kind::Note, server->domain(), QString(), problem);
        int messages = 0;
        for (const QByteArray &user : server->store()->users())
            messages += server->store()->count(user);
        note(TranscriptEvent::Kind::Note, server->domain(), QString(), NoteCode::StorageLoaded,
             {server->domain(), hostDirectory, QString::number(messages),
              QString::number(server->queue().size())});
    }
    return true;
}

void World::build()
{
    // Can this platform give each host its own 127.0.0.x? (Linux can; some can't.)
    m_sharedAddress = m_options.forceSharedAddress;
    if (!m_sharedAddress) {
        QTcpServer probe;
        m_sharedAddress = !probe.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0);
    }
    int next = 2;
    // A student's private world: 127.1.0.0 + 256·k, then the host's number.
    const quint32 block = m_options.addressBlock > 0 ? 0x7f010000u + 256u * quint32(m_options.addressBlock)
                                                     : 0;
    auto assign = [&](const QString &wanted) {
        if (m_sharedAddress)
            return QHostAddress(QHostAddress::LocalHost);
        if (block != 0) {
            const QHostAddress asked(wanted);
            const quint32 last = wanted.isEmpty() || asked.protocol() != QAbstractSocket::IPv4Protocol
                ? quint32(next++)
                : (asked.toIPv4Address() & 0xffu);
            return QHostAddress(block + (last & 0xffu));
        }
        if (!wanted.isEmpty())
            return QHostAddress(wanted);
        return QHostAddress(QStringLiteral("127.0.0.%1").arg(next++));
    };
    for (const ScenarioServer &s : m_scenario.servers) {
        // The student's own server: no simulated one, only its address.
        if (s.isReal()) {
            m_hosts.append({s.domain, HostKind::RealServer, QHostAddress(s.realAddress)});
            continue;
        }
        // Asked for explicitly (--listen): every server on that address.
        const QHostAddress address = m_options.listenAddress.isNull() ? assign(s.address)
                                                                      : m_options.listenAddress;
        m_hosts.append({s.domain, HostKind::MailServer, address});
        m_servers.append(new MailServer(m_hostContext.get(), s, m_scenario.users, m_options.queue, this));
        connect(m_servers.last(), &MailServer::queueChanged, this, &World::activityChanged);
    }
    for (const ScenarioWebmail &w : m_scenario.webmails) {
        const QHostAddress address = m_options.listenAddress.isNull() ? assign(w.address)
                                                                      : m_options.listenAddress;
        m_hosts.append({w.host, HostKind::Webmail, address});
        WebmailConfig config;
        config.host = w.host;
        config.mailServer = w.server;
        config.domain = w.server;
        m_webmails.append(new WebmailServer(m_hostContext.get(), config, this));
    }
    m_hosts.append({QStringLiteral("DNS"), HostKind::Dns, QHostAddress()});
    for (const ScenarioMx &mx : m_scenario.mx)
        m_dns.addMx(mx.domain, mx.host, mx.preference);
    for (const ScenarioClient &c : m_scenario.clients) {
        m_hosts.append({c.name, HostKind::MailClient, assign(QString())});
        const ScenarioUser *user = m_scenario.user(c.user);
        m_clients.append(
            new MailClient(m_hostContext.get(), c, user ? user->password.toUtf8() : QByteArray(), this));
    }
    // Where a scenario's scripted sessions come from, as a student at a terminal.
    m_hosts.append({QStringLiteral("console"), HostKind::Console, QHostAddress(QHostAddress::LocalHost)});
}

bool World::start(QString *error)
{
    m_startProblem = StartProblem::None;
    if (!m_options.dataDirectory.isEmpty() && !m_committer && !openStorage(error)) {
        m_startProblem = StartProblem::Storage;
        return false;
    }
    const int asked = m_options.portOffset;
    const QList<int> offsets = m_options.takenPorts == Options::TakenPorts::TryNextOffset
        ? candidatePortOffsets()
        : QList<int>{asked};
    QString firstError;
    Service firstFailed;
    for (const int offset : offsets) {
        m_options.portOffset = offset;
        QString attempt;
        if (listenAll(&attempt)) {
            m_startProblem = StartProblem::None;
            if (!startTaps(&attempt)) {
                // A tap's port is the user's own choice: no other offset helps.
                if (error)
                    *error = attempt;
                shutdown();
                return false;
            }
            return true;
        }
        closeListeners();
        if (firstError.isEmpty()) {
            firstError = attempt;
            firstFailed = m_failedService;
        }
        // Only a taken port is worth another offset.
        if (m_startProblem != StartProblem::PortTaken)
            break;
    }
    m_options.portOffset = asked;
    m_failedService = firstFailed;
    if (error)
        *error = firstError;
    shutdown();
    return false;
}

namespace {
// The first port of the range the OS picks outgoing connections' ports
// from (Linux: 32768 unless set otherwise).
int ephemeralPortRangeStart()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const int first =
            QString::fromLatin1(range.readAll()).simplified().section(QLatin1Char(' '), 0, 0).toInt(&ok);
        if (ok && first > 1024)
            return first;
    }
    return 32768;
}
} // namespace

QList<int> World::candidatePortOffsets() const
{
    const int first = m_options.portOffset;
    if (m_options.ephemeralPorts)
        return {first};
    // Where the hosts share an address their ports step by 1000 already.
    const bool shared = m_sharedAddress || !m_options.listenAddress.isNull();
    const int servers = int(qMax<qsizetype>(1, m_servers.size() + m_webmails.size()));
    const int step = shared ? 1000 * servers : 1000;
    const int highestAbove = 587 + (shared ? 1000 * (servers - 1) : 0); // the highest port above an offset
    const int limit = qMin(ephemeralPortRangeStart(), 65536);
    QList<int> offsets{first};
    for (int offset = first + step; offsets.size() < maxOffsetTries && offset + highestAbove < limit;
         offset += step)
        offsets.append(offset);
    return offsets;
}

namespace {
// The services of a server, then of a webmail, in their private-port slots.
const char *const serverSlots[] = {"smtp", "submission", "pop3", "imap", "submissions", "imaps", "pop3s"};
const char *const webmailSlots[] = {"http", "https"};
constexpr int serverSlotCount = int(std::size(serverSlots));
constexpr int webmailSlotCount = int(std::size(webmailSlots));

int slotIn(const char *const *names, int count, const QString &name)
{
    for (int i = 0; i < count; ++i) {
        if (name == QLatin1String(names[i]))
            return i;
    }
    return 0;
}
} // namespace

int World::privatePortBase() const
{
    const int hosts = int(qMax<qsizetype>(1, m_servers.size() + m_webmails.size()));
    return m_options.portOffset + 1000 * hosts;
}

int World::privatePortStride() const
{
    const int slots = int(m_servers.size()) * serverSlotCount + int(m_webmails.size()) * webmailSlotCount;
    return qMax(10, (slots + 9) / 10 * 10);
}

int World::portFor(const QString &serviceName, quint16 standardPort, int hostIndex) const
{
    if (m_options.ephemeralPorts)
        return 0;
    if (m_options.addressBlock > 0 && sharesAddress()) {
        const int servers = int(m_servers.size());
        const int slot = hostIndex < servers
            ? hostIndex * serverSlotCount + slotIn(serverSlots, serverSlotCount, serviceName)
            : servers * serverSlotCount + (hostIndex - servers) * webmailSlotCount
                + slotIn(webmailSlots, webmailSlotCount, serviceName);
        return privatePortBase() + (m_options.addressBlock - 1) * privatePortStride() + slot;
    }
    if (sharesAddress())
        return standardPort + m_options.portOffset + 1000 * hostIndex;
    return standardPort + m_options.portOffset;
}

quint16 World::plannedPort(const QString &host, const QString &serviceName) const
{
    static const struct {
        const char *name;
        quint16 port;
    } standard[] = {{"smtp", 25},   {"submission", 587}, {"pop3", 110}, {"imap", 143}, {"submissions", 465},
                    {"imaps", 993}, {"pop3s", 995},      {"http", 80},  {"https", 443}};
    quint16 standardPort = 0;
    for (const auto &s : standard) {
        if (serviceName == QLatin1String(s.name))
            standardPort = s.port;
    }
    int hostIndex = -1;
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i)->domain().compare(host, Qt::CaseInsensitive) == 0)
            hostIndex = i;
    }
    for (int i = 0; i < m_webmails.size(); ++i) {
        if (m_webmails.at(i)->config().host.compare(host, Qt::CaseInsensitive) == 0)
            hostIndex = int(m_servers.size()) + i;
    }
    if (standardPort == 0 || hostIndex < 0)
        return 0;
    const int port = portFor(serviceName, standardPort, hostIndex);
    return port > 0 && port < 65536 ? quint16(port) : 0;
}

bool World::privatePortsFit(int students, QString *error) const
{
    if (!sharesAddress() || m_options.ephemeralPorts || students <= 0)
        return true;
    const int highest = privatePortBase() + students * privatePortStride() - 1;
    const int limit = qMin(ephemeralPortRangeStart(), 65536);
    if (highest < limit)
        return true;
    if (error) {
        *error = tr("The private worlds of %1 students need ports %2 to %3 (%4 each), but the system's "
                    "temporary ports start at %5: give a smaller --port-offset, or fewer services or "
                    "students")
                     .arg(students)
                     .arg(privatePortBase())
                     .arg(highest)
                     .arg(privatePortStride())
                     .arg(limit);
    }
    return false;
}

bool World::serviceWanted(const MailServer *server, const QString &serviceName) const
{
    // Postfix and Dovecot settings decide what runs (serversettings.h):
    // "No configuration" starts no Postfix; Dovecot serves its protocols,
    // and with ssl = no not their secure ports.
    const ServerSettings::Configuration &c = server->configuration();
    if (serviceName == QLatin1String("smtp") || serviceName == QLatin1String("submission")
        || serviceName == QLatin1String("submissions"))
        return !c.postfixConfigured() || c.smtpRuns();
    if (!c.dovecotConfigured())
        return true;
    const bool secure = serviceName.endsWith(QLatin1Char('s'));
    const QString protocol = secure ? serviceName.chopped(1) : serviceName;
    return c.serves(protocol) && (!secure || c.ssl() != QLatin1String("no"));
}

bool World::listenAll(QString *error)
{
    setUpTls();
    bool ok = true;
    struct Standard {
        const char *name;
        Protocol protocol;
        quint16 port;
        bool implicitTls;
    };
    static const Standard plain[] = {{"smtp", Protocol::Smtp, 25, false},
                                     {"submission", Protocol::Smtp, 587, false},
                                     {"pop3", Protocol::Pop3, 110, false},
                                     {"imap", Protocol::Imap, 143, false}};
    // The secure versions (the course's POPS and IMAPS; RFC 8314's
    // submissions), TLS from the first octet, where the host has a certificate.
    static const Standard secure[] = {{"submissions", Protocol::Smtp, 465, true},
                                      {"imaps", Protocol::Imap, 993, true},
                                      {"pop3s", Protocol::Pop3, 995, true}};
    for (int i = 0; i < m_servers.size() && ok; ++i) {
        const QString host = m_servers.at(i)->domain();
        for (const Standard &s : plain) {
            if (ok && serviceWanted(m_servers.at(i), QLatin1String(s.name)))
                listen(host, QLatin1String(s.name), s.protocol, s.port, i, error, &ok, s.implicitTls);
        }
        if (!m_serverTls.contains(host.toLower()))
            continue;
        for (const Standard &s : secure) {
            if (ok && serviceWanted(m_servers.at(i), QLatin1String(s.name)))
                listen(host, QLatin1String(s.name), s.protocol, s.port, i, error, &ok, s.implicitTls);
        }
    }
    // Webmail hosts: HTTP, and HTTPS where the host has a certificate.
    for (int i = 0; i < m_webmails.size() && ok; ++i) {
        const QString host = m_webmails.at(i)->config().host;
        const int index = int(m_servers.size()) + i;
        listen(host, QStringLiteral("http"), Protocol::Http, 80, index, error, &ok);
        if (ok && m_serverTls.contains(host.toLower()))
            listen(host, QStringLiteral("https"), Protocol::Http, 443, index, error, &ok, true);
    }
    return ok;
}

void World::setUpTls()
{
    if (m_tlsSetUp || !m_options.tls)
        return;
    m_tlsSetUp = true;
    QString error;
    m_ca = m_options.caDirectory.isEmpty() ? ClassroomCa::shared(&error)
                                           : ClassroomCa::open(m_options.caDirectory, &error);
    if (m_ca)
        m_clientTls = TlsContext::client(m_ca->certificate(), &error);
    if (m_clientTls && m_options.keepTlsKeys)
        m_clientTls->setKeyLog(m_tlsKeyLog);
    if (!m_ca || !m_clientTls) {
        m_ca.reset();
        m_tlsProblem = error;
        note(TranscriptEvent::Kind::Note, QString(), QString(), NoteCode::TlsOff, {error});
        return;
    }
    QStringList tlsHosts;
    for (MailServer *server : std::as_const(m_servers))
        tlsHosts.append(server->domain());
    // The webmail is reached by name or by address: its certificate names both.
    for (WebmailServer *webmail : std::as_const(m_webmails))
        tlsHosts.append(webmail->config().host);
    for (const QString &host : std::as_const(tlsHosts)) {
        MailServer *server = this->server(host);
        QList<QHostAddress> addresses;
        const QHostAddress address = addressOf(host);
        if (!address.isNull())
            addresses.append(address);
        // The server is reached by its name, or by address from outside.
        if (!addresses.contains(QHostAddress(QHostAddress::LocalHost)))
            addresses.append(QHostAddress(QHostAddress::LocalHost));
        // A flawed certificate on purpose (set HOST certificate expired …),
        // so a class sees a client refuse it and why.
        const QString flawName = m_scenario.server(host)
            ? m_scenario.server(host)->settings.value(QStringLiteral("certificate"))
            : QString();
        const ClassroomCa::Flaw flaw = flawName == QLatin1String("expired") ? ClassroomCa::Flaw::Expired
            : flawName == QLatin1String("wrong-name")                       ? ClassroomCa::Flaw::WrongName
            : flawName == QLatin1String("self-signed")                      ? ClassroomCa::Flaw::SelfSigned
                                                                            : ClassroomCa::Flaw::None;
        QString why;
        const TlsIdentity identity = m_ca->issue(host, addresses, flaw, &why);
        // The CA is the root: clients trust it or not; it is not sent.
        std::shared_ptr<TlsContext> context = identity.isNull()
            ? nullptr
            : TlsContext::server(identity.certificate.get(), identity.key.get(), nullptr, &why);
        if (!context) {
            note(TranscriptEvent::Kind::Note, host, QString(), NoteCode::TlsOffForHost, {host, why});
            continue;
        }
        if (m_options.keepTlsKeys)
            context->setKeyLog(m_tlsKeyLog);
        m_serverTls.insert(host.toLower(), context);
        if (server)
            server->setTlsAvailable(true);
    }
}

void World::closeListeners()
{
    for (QTcpServer *server : std::as_const(m_listeners))
        server->close();
    qDeleteAll(m_listeners);
#ifdef Q_OS_UNIX
    for (const int fd : std::as_const(m_reservedPorts))
        ::close(fd);
#endif
    m_reservedPorts.clear();
    m_listeners.clear();
    m_services.clear();
}

void World::listen(const QString &host, const QString &serviceName, Protocol protocol, quint16 standardPort,
                   int hostIndex, QString *error, bool *ok, bool implicitTls)
{
    Service service;
    service.host = host;
    service.name = serviceName;
    service.protocol = protocol;
    service.implicitTls = implicitTls;
    service.address = addressOf(host);
    service.standardPort = standardPort;
    if (m_options.ephemeralPorts) {
        service.port = 0;
    } else if (m_options.addressBlock > 0 && sharesAddress()) {
        // A student's private world on a shared address: ports of its own.
        const int port = portFor(serviceName, standardPort, hostIndex);
        const int limit = qMin(ephemeralPortRangeStart(), 65536);
        if (port >= limit) {
            m_startProblem = StartProblem::CannotListen;
            m_failedService = service;
            if (error) {
                *error = tr("%1 cannot listen for %2: its port would be %3, but the system's temporary "
                            "ports start at %4")
                             .arg(host, serviceName)
                             .arg(port)
                             .arg(limit);
            }
            *ok = false;
            return;
        }
        service.port = quint16(port);
    } else if (m_sharedAddress || !m_options.listenAddress.isNull()) {
        service.port = quint16(standardPort + m_options.portOffset + 1000 * hostIndex);
    } else {
        service.port = quint16(standardPort + m_options.portOffset);
    }
    auto *server = new DescriptorServer(this);
    server->setListenBacklogSize(listenBacklog);
    if (!server->listen(service.address, service.port)) {
        m_startProblem = server->serverError() == QAbstractSocket::AddressInUseError
            ? StartProblem::PortTaken
            : StartProblem::CannotListen;
        m_failedService = service;
        if (error) {
            *error = tr("%1 cannot listen for %2 on %3:%4: %5")
                         .arg(host, serviceName, service.address.toString())
                         .arg(service.port)
                         .arg(server->errorString());
        }
        delete server;
        *ok = false;
        return;
    }
    service.port = server->serverPort();
    m_listeners.append(server);
    m_services.append(service);
    server->take = [this, service](qintptr descriptor) { accept(descriptor, service); };
    // Out of descriptors (EMFILE, ENFILE): QTcpServer pauses accepting and
    // would never start again. Try again shortly, when some have closed.
    connect(server, &QTcpServer::acceptError, this, [server] {
        QTimer::singleShot(100, server, [server] {
            if (server->isListening())
                server->resumeAccepting();
        });
    });
}

void World::reservePort(qsizetype index)
{
#ifdef Q_OS_UNIX
    // Off the network, but its port kept: a socket bound to it and not
    // listening, so a connection is still refused (RST) while nobody else —
    // an outgoing connection given that ephemeral port — can take it before
    // the server comes back.
    const Service &s = m_services.at(index);
    const bool v6 = s.address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return;
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(s.port);
        const Q_IPV6ADDR ip = s.address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(s.port);
        a->sin_addr.s_addr = htonl(s.address.toIPv4Address());
        length = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        ::close(fd);
        return;
    }
    m_reservedPorts.insert(index, fd);
#else
    Q_UNUSED(index);
#endif
}

void World::releasePort(qsizetype index)
{
#ifdef Q_OS_UNIX
    const int fd = m_reservedPorts.take(index);
    if (fd > 0)
        ::close(fd);
#else
    Q_UNUSED(index);
#endif
}

bool World::setHostListening(const QString &host, Listening listening, QString *error)
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        const Service &s = m_services.at(i);
        if (s.host.compare(host, Qt::CaseInsensitive) != 0)
            continue;
        QTcpServer *server = m_listeners.at(i);
        if (listening == Listening::Off) {
            server->close();
            reservePort(i);
            noteListening(s, false);
        } else if (!server->isListening()) {
            releasePort(i);
            if (!server->listen(s.address, s.port)) {
                if (error)
                    *error = tr("%1 cannot listen for %2 on %3:%4: %5")
                                 .arg(s.host, s.name, s.address.toString())
                                 .arg(s.port)
                                 .arg(server->errorString());
                return false;
            }
            noteListening(s, true);
        }
    }
    return true;
}

bool World::restoreListening(const QString &host, const QString &serviceName, bool listening, QString *error)
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        const Service &s = m_services.at(i);
        if (s.host.compare(host, Qt::CaseInsensitive) != 0 || s.name != serviceName)
            continue;
        QTcpServer *server = m_listeners.at(i);
        if (!listening) {
            server->close();
        } else if (!server->isListening() && !server->listen(s.address, s.port)) {
            if (error)
                *error = tr("%1 cannot listen for %2 on %3:%4: %5")
                             .arg(s.host, s.name, s.address.toString())
                             .arg(s.port)
                             .arg(server->errorString());
            return false;
        }
        return true;
    }
    return true;
}

void World::noteListening(const Service &s, bool listening)
{
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Note;
    event.from = s.host;
    // Views follow this by its code, whatever the language of the note; the
    // service is the last argument.
    event.noteCode = listening ? NoteCode::ListeningAgain : NoteCode::StoppedListening;
    event.noteArguments = {s.host, s.address.toString(), QString::number(s.port), s.name};
    m_transcript->append(std::move(event));
}

bool World::listensBeyondLoopback() const
{
    return !servicesBeyondLoopback().isEmpty();
}

QStringList World::servicesBeyondLoopback() const
{
    QStringList out;
    for (const Service &s : m_services) {
        // The wildcard address (0.0.0.0, ::) is not loopback either.
        if (!s.address.isLoopback())
            out.append(QStringLiteral("%1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port));
    }
    return out;
}

bool World::isListening(const QString &host, const QString &serviceName) const
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        const Service &s = m_services.at(i);
        if (s.host.compare(host, Qt::CaseInsensitive) == 0 && s.name == serviceName)
            return m_listeners.at(i)->isListening();
    }
    return false;
}

bool World::startTaps(QString *error)
{
    for (const TapSpec &spec : std::as_const(m_options.taps)) {
        // The real server by its scenario name when the scenario has it
        // ("server servidor.edu real 127.0.0.1"), else by its address.
        QString name = spec.targetAddress.toString();
        for (const ScenarioServer &s : std::as_const(m_scenario.servers)) {
            if (s.isReal() && QHostAddress(s.realAddress).isEqual(spec.targetAddress))
                name = s.domain;
        }
        auto *tap = new Tap(spec, name, this);
        bool taken = false;
        if (!tap->listen(error, &taken)) {
            delete tap;
            m_startProblem = taken ? StartProblem::PortTaken : StartProblem::CannotListen;
            return false;
        }
        m_taps.append(tap);
        const bool known = std::any_of(m_hosts.cbegin(), m_hosts.cend(), [&](const Host &h) {
            return h.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            m_hosts.append({name, HostKind::RealServer, spec.targetAddress});
    }
    return true;
}

void World::shutdown()
{
    for (Tap *tap : std::as_const(m_taps))
        tap->close();
    for (QTcpServer *server : std::as_const(m_listeners))
        server->close();
    qDeleteAll(m_listeners);
#ifdef Q_OS_UNIX
    for (const int fd : std::as_const(m_reservedPorts))
        ::close(fd);
#endif
    m_reservedPorts.clear();
    m_listeners.clear();
    const QList<Connection *> open = m_connections;
    for (Connection *c : open)
        c->abort();
}

QStringList World::hostNames() const
{
    QStringList names;
    names.reserve(m_hosts.size());
    for (const Host &h : m_hosts)
        names.append(h.name);
    return names;
}

const World::Service *World::service(const QString &host, const QString &name) const
{
    for (const Service &s : m_services) {
        if (s.host.compare(host, Qt::CaseInsensitive) == 0 && s.name == name)
            return &s;
    }
    return nullptr;
}

WebmailServer *World::webmail(const QString &host) const
{
    for (WebmailServer *w : m_webmails) {
        if (w->config().host.compare(host, Qt::CaseInsensitive) == 0)
            return w;
    }
    return nullptr;
}

WebBrowser *World::browser(const QString &clientName)
{
    if (WebBrowser *known = m_browsers.value(clientName))
        return known;
    MailClient *c = client(clientName);
    if (!c)
        return nullptr;
    for (WebmailServer *w : std::as_const(m_webmails)) {
        if (w->config().mailServer.compare(c->serverDomain(), Qt::CaseInsensitive) != 0)
            continue;
        const ScenarioClient *config = m_scenario.client(clientName);
        const ScenarioUser *user = config ? m_scenario.user(config->user) : nullptr;
        auto *b = new WebBrowser(m_hostContext.get(), clientName, w->config().host, c->address(),
                                 user ? user->password.toUtf8() : QByteArray(), this);
        m_browsers.insert(clientName, b);
        return b;
    }
    return nullptr;
}

MailServer *World::server(const QString &domain) const
{
    for (MailServer *s : m_servers) {
        if (s->domain().compare(domain, Qt::CaseInsensitive) == 0)
            return s;
    }
    return nullptr;
}

MailServer *World::serverFor(const QString &domain) const
{
    if (MailServer *named = server(domain))
        return named;
    for (MailServer *s : m_servers) {
        if (s->configuration().postfixConfigured() && s->isDestination(domain))
            return s;
    }
    // Else the server the domain's MX names (how a student sets up a mail
    // client for alumno1@2esi.org: its server is servidor.edu).
    for (const Dns::MxRecord &mx : m_dns.lookupMx(domain)) {
        if (MailServer *s = server(mx.host))
            return s;
    }
    return nullptr;
}

QString World::hostAtEnd(const QString &addressPort) const
{
    return m_localEnds.value(addressPort).host;
}

bool World::isUnpacedPeer(const QString &host, const QString &addressPort) const
{
    for (const Connection *c : m_connections) {
        const Connection::Endpoints &ends = c->endpoints();
        if (ends.role == Connection::Role::Server && ends.localHost.compare(host, Qt::CaseInsensitive) == 0
            && Connection::endText(c->peerAddress(), c->peerPort()) == addressPort)
            return m_gate->isUnpaced(c);
    }
    return false;
}

bool World::refusesAsLoopbackOnly(const QString &fromHost, const QString &toHost,
                                  const QString &serviceName) const
{
    // inet_interfaces = loopback-only (Postfix), listen = 127.0.0.1 (Dovecot):
    // only the host itself, and the console at its terminal, may connect.
    const MailServer *target = server(toHost);
    if (!target || fromHost.compare(toHost, Qt::CaseInsensitive) == 0 || fromHost == QLatin1String("console"))
        return false;
    const ServerSettings::Configuration &c = target->configuration();
    const bool smtp = serviceName == QLatin1String("smtp") || serviceName == QLatin1String("submission")
        || serviceName == QLatin1String("submissions");
    if (smtp)
        return c.postfixConfigured() && c.smtpLoopbackOnly();
    return c.dovecotConfigured() && c.popImapLoopbackOnly();
}

bool World::reconfigureServer(const QString &host, const QMap<QString, QString> &settings, QString *error)
{
    MailServer *mailServer = server(host);
    if (!mailServer) {
        if (error)
            *error = tr("there is no server %1").arg(host);
        return false;
    }
    QMap<QString, QString> checked;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        QString canonical;
        QString why;
        if (!ServerSettings::checkStored(it.key(), it.value(), &canonical, &why)) {
            if (error)
                *error = why;
            return false;
        }
        checked.insert(it.key(), canonical);
    }
    const QMap<QString, QString> before = mailServer->settings();
    mailServer->reconfigure(checked);
    for (ScenarioServer &s : m_scenario.servers) {
        if (s.domain.compare(host, Qt::CaseInsensitive) == 0)
            s.settings = checked; // what a world file saves
    }
    // What changed, as "key = value" lines would say it.
    QStringList changes;
    for (auto it = checked.cbegin(); it != checked.cend(); ++it) {
        if (before.value(it.key()) != it.value() || !before.contains(it.key()))
            changes.append(it.key().section(QLatin1Char('.'), 1) + QStringLiteral(" = ") + it.value());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!checked.contains(it.key()))
            changes.append(it.key().section(QLatin1Char('.'), 1) + QStringLiteral(" ="));
    }
    if (!changes.isEmpty())
        note(TranscriptEvent::Kind::Note, host, QString(), NoteCode::ServerReconfigured,
             {host, changes.join(QLatin1String("; "))});
    // Its services follow: what no longer runs stops listening (its port
    // kept, as a host taken down), what runs now listens.
    const int index = int(m_servers.indexOf(mailServer));
    const QList<std::pair<const char *, std::pair<Protocol, quint16>>> all = {
        {"smtp", {Protocol::Smtp, 25}},         {"submission", {Protocol::Smtp, 587}},
        {"pop3", {Protocol::Pop3, 110}},        {"imap", {Protocol::Imap, 143}},
        {"submissions", {Protocol::Smtp, 465}}, {"imaps", {Protocol::Imap, 993}},
        {"pop3s", {Protocol::Pop3, 995}}};
    bool ok = true;
    for (const auto &entry : all) {
        const QString name = QLatin1String(entry.first);
        const bool implicitTls = entry.second.second == 465 || entry.second.second == 993
            || entry.second.second == 995;
        if (implicitTls && !m_serverTls.contains(host.toLower()))
            continue;
        const bool wanted = serviceWanted(mailServer, name);
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_services.size(); ++i) {
            if (m_services.at(i).host.compare(host, Qt::CaseInsensitive) == 0
                && m_services.at(i).name == name)
                at = i;
        }
        if (at < 0) {
            if (wanted && !m_listeners.isEmpty()) {
                listen(mailServer->domain(), name, entry.second.first, entry.second.second, index, error, &ok,
                       implicitTls);
                if (!ok)
                    return false;
                noteListening(m_services.last(), true);
            }
            continue;
        }
        QTcpServer *listener = m_listeners.at(at);
        if (!wanted && listener->isListening()) {
            listener->close();
            reservePort(at);
            noteListening(m_services.at(at), false);
        } else if (wanted && !listener->isListening()) {
            releasePort(at);
            const Service &s = m_services.at(at);
            if (!listener->listen(s.address, s.port)) {
                if (error)
                    *error = tr("%1 cannot listen for %2 on %3:%4: %5")
                                 .arg(s.host, s.name, s.address.toString())
                                 .arg(s.port)
                                 .arg(listener->errorString());
                return false;
            }
            noteListening(s, true);
        }
    }
    return true;
}

MailClient *World::client(const QString &name) const
{
    for (MailClient *c : m_clients) {
        if (c->name().compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return nullptr;
}

QHostAddress World::addressOf(const QString &host) const
{
    for (const Host &h : m_hosts) {
        if (h.name.compare(host, Qt::CaseInsensitive) == 0)
            return h.address;
    }
    return QHostAddress();
}

bool World::isBusy() const
{
    if (m_gate->pendingCount() > 0)
        return true;
    for (const Connection *c : m_connections) {
        // A relay a student's session caused is as exempt as that session.
        if (!m_busyExempt || !(c->inheritsUnpaced() || m_busyExempt(c)))
            return true;
    }
    for (const MailServer *s : m_servers) {
        if (s->hasReadyWork())
            return true;
    }
    for (const MailClient *c : m_clients) {
        if (c->isBusy())
            return true;
    }
    for (const WebBrowser *b : m_browsers) {
        if (b->isBusy())
            return true;
    }
    return false;
}

void World::setQueuesHold(OutgoingQueue::Hold hold)
{
    for (MailServer *s : std::as_const(m_servers))
        s->setQueueHold(hold);
}

bool World::hasWork() const
{
    if (isBusy())
        return true;
    for (const MailServer *s : m_servers) {
        if (!s->queue().isEmpty())
            return true;
    }
    return false;
}

std::unique_ptr<ProtocolSession> World::serverEngine(const Service &service)
{
    if (WebmailServer *webmail = this->webmail(service.host)) {
        HttpServerConfig config;
        config.carriesSecret = &WebmailServer::carriesSecret;
        const bool secure = service.implicitTls;
        QPointer<WebmailServer> guarded(webmail);
        return std::make_unique<HttpServerSession>(
            config, [guarded, secure](const HttpRequest &request, HttpResponder responder) {
                if (guarded)
                    guarded->handle(request, responder, secure);
            });
    }
    MailServer *mailServer = server(service.host);
    if (!mailServer)
        return nullptr;
    if (service.protocol == Protocol::Pop3)
        return std::make_unique<Pop3ServerSession>(mailServer->pop3Config(), mailServer->store());
    if (service.protocol == Protocol::Imap)
        return std::make_unique<ImapServerSession>(mailServer->imapConfig(), mailServer->store());
    return std::make_unique<SmtpServerSession>(
        mailServer->smtpConfig(service.name == QLatin1String("submission")
                                       || service.name == QLatin1String("submissions")
                                   ? MailServer::SmtpService::Submission
                                   : MailServer::SmtpService::Relay),
        mailServer);
}

void World::accept(qintptr descriptor, const Service &service)
{
    AcceptedSocket socket;
    if (!socket.prepare(int(descriptor))) {
        ::close(int(descriptor)); // gone before it could be served
        return;
    }
    const QString key = Connection::endText(socket.peer, socket.peerPort);
    Connection::Endpoints ends;
    ends.localHost = service.host;
    ends.role = Connection::Role::Server;
    ends.service = service.name;
    ends.tls = m_serverTls.value(service.host.toLower());
    ends.implicitTls = service.implicitTls;
    int id = 0;
    const auto it = m_localEnds.constFind(key);
    bool unpaced = false;
    QHostAddress client; // an outside client's address, as the anvil counts it
    if (it != m_localEnds.cend()) {
        ends.peerHost = it->host;
        id = it->connectionId;
        unpaced = it->unpaced;
    } else {
        // Not one of ours: a telnet, nc or a real mail client.
        client = Anvil::clientAddress(socket.peer);
        const QString name = tr("outside %1").arg(Connection::addressText(client));
        const auto known = m_outsideNames.constFind(name);
        if (known != m_outsideNames.cend()) {
            ends.peerHost = *known;
        } else {
            if (m_outsideNames.size() >= 4096)
                m_outsideNames.clear(); // a class's worth many times over
            m_outsideNames.insert(name);
            ends.peerHost = name;
        }
        ends.peerIsOutside = true;
        id = m_nextConnectionId++;
    }
    if (m_options.maximumConnections > 0 && openServerConnections() >= m_options.maximumConnections) {
        refuseBusy(socket.descriptor, service, ends);
        return;
    }
    // One client's runaway script must not lock a class out: limits per
    // client address, as Postfix's anvil (outside clients only).
    if (ends.peerIsOutside) {
        if (!m_clock.isValid())
            m_clock.start();
        const Anvil::Verdict verdict = m_anvil.connected(client, m_clock.elapsed());
        if (verdict != Anvil::Verdict::Allowed) {
            const QByteArray address = client.toString().toLatin1();
            refuse(socket.descriptor, service, "too many connections from " + address);
            note(TranscriptEvent::Kind::Note, service.host, ends.peerHost,
                 verdict == Anvil::Verdict::TooManyConnections ? NoteCode::ClientConnectionCount
                                                               : NoteCode::ClientConnectionRate,
                 {service.host, ends.peerHost, QString::number(m_anvil.limitOf(verdict))}, service.protocol);
            return;
        }
    }
    std::unique_ptr<ProtocolSession> engine = serverEngine(service);
    if (!engine) {
        ::close(socket.descriptor);
        return;
    }
    if (auto *smtp = dynamic_cast<SmtpServerSession *>(engine.get())) {
        smtp->setPeerAddress(key.toLatin1());
        if (!client.isNull()) {
            const QString host = service.host;
            const QString peer = ends.peerHost;
            const Protocol protocol = service.protocol;
            smtp->setMessageAdmission(
                Connection::addressText(client).toLatin1(), [this, client, host, peer, protocol] {
                    if (m_anvil.mail(client, m_clock.elapsed()) == Anvil::Verdict::Allowed)
                        return true;
                    note(TranscriptEvent::Kind::Note, host, peer, NoteCode::ClientMessageRate,
                         {host, peer, QString::number(m_anvil.limits().messageRate)}, protocol);
                    return false;
                });
        }
    }
    auto *connection = new Connection(id, socket, std::move(engine), ends, m_gate, m_transcript, this);
    connection->setInheritsUnpaced(unpaced);
    // IMAP's autologout timer is at least 30 minutes (RFC 3501 §5.4, RFC
    // 9051 §5.4): a client in IDLE or reading a long message is not cut.
    connection->setIdleTimeout(service.protocol == Protocol::Imap
                                   ? qMax(m_options.idleTimeoutMs, imapMinimumIdleMs)
                                   : m_options.idleTimeoutMs);
    connection->setSessionTimeout(m_options.sessionTimeoutMs);
    // Replies caused by a durable write (250 at the end of DATA) wait for it.
    connection->setCommitter(m_committer);
    track(
        connection,
        client.isNull() ? DoneHandler() : [this, client](Connection *) { m_anvil.disconnected(client); });
    if (service.protocol == Protocol::Smtp && !service.implicitTls && this->server(service.host)
        && this->server(service.host)->startTlsStripped()) {
        // The STARTTLS stripping attack: a man in the middle overwrites
        // the offer in the EHLO reply, keeping its length, as real ones do.
        connection->setTamper(
            [](Utterance *u) {
                bool changed = false;
                for (QByteArray &line : u->lines) {
                    if (line.size() == 12 && line.startsWith("250") && line.mid(4).toUpper() == "STARTTLS") {
                        line = line.left(4) + "XXXXXXXA";
                        changed = true;
                    }
                }
                return changed;
            },
            tr("Mallory"));
    }
    if (auto *http = dynamic_cast<HttpServerSession *>(connection->engine())) {
        // An answer given after the page's IMAP leg goes out, and the
        // requests that waited behind it are read (RFC 9112 §9.3.2).
        QPointer<Connection> guarded(connection);
        http->setAnsweredLater([guarded] {
            if (guarded && guarded->isOpen())
                guarded->pump();
        });
    }
    if (auto *imap = dynamic_cast<ImapServerSession *>(connection->engine())) {
        // IDLE (RFC 2177): new mail is told while the client waits, once
        // the server has finished storing it (queued: its delivery note first).
        MailServer *mailServer = this->server(service.host);
        QPointer<Connection> guarded(connection);
        connect(
            mailServer->store(), &MailStore::mailboxChanged, connection,
            [imap, guarded](const QByteArray &user) {
                if (guarded && guarded->isOpen() && imap->user() == user) {
                    imap->mailboxChanged();
                    guarded->pump();
                }
            },
            Qt::QueuedConnection);
    }
    connection->begin();
}

QByteArray World::loginOf(int connectionId, QString *serverHost) const
{
    for (const Connection *c : std::as_const(m_connections)) {
        if (c->id() != connectionId || c->endpoints().role != Connection::Role::Server || !c->engine())
            continue;
        if (serverHost)
            *serverHost = c->endpoints().localHost;
        return c->engine()->loggedInUser();
    }
    return QByteArray();
}

int World::openServerConnections()
{
    int count = 0;
    for (const Connection *c : std::as_const(m_connections))
        count += c->endpoints().role == Connection::Role::Server && !m_peerGone.contains(c) ? 1 : 0;
    if (m_options.maximumConnections <= 0 || count < m_options.maximumConnections)
        return count;
#ifdef Q_OS_UNIX
    // At the limit, ask the kernel which peers are still there. QTcpServer
    // accepts everything waiting in one go, before the event loop reads a
    // single close: after a burst of connections opened and dropped at once
    // (clients giving up and retrying, a runaway script), the count would
    // otherwise hold every one of them until their closes are read, and the
    // next client would be told 421 although it is alone.
    std::vector<pollfd> polled;
    std::vector<const Connection *> polledConnections;
    polled.reserve(size_t(count));
    polledConnections.reserve(size_t(count));
    for (const Connection *c : std::as_const(m_connections)) {
        // One paused because its peer reads nothing keeps counting: its close
        // is not read until its idle deadline.
        if (c->endpoints().role != Connection::Role::Server || m_peerGone.contains(c) || c->isReadingPaused())
            continue;
        const qintptr fd = c->descriptor();
        if (fd < 0)
            continue;
        short events = 0;
#ifdef POLLRDHUP
        events |= POLLRDHUP;
#endif
        polled.push_back({int(fd), events, 0});
        polledConnections.push_back(c);
    }
    if (polled.empty() || ::poll(polled.data(), nfds_t(polled.size()), 0) <= 0)
        return count;
    for (size_t i = 0; i < polled.size(); ++i) {
        short gone = POLLHUP | POLLERR;
#ifdef POLLRDHUP
        gone |= POLLRDHUP; // the peer closed its end (a FIN): Qt closes on it too
#endif
        if (polled[i].revents & gone) {
            m_peerGone.insert(polledConnections[i]);
            --count;
        }
    }
#endif
    return count;
}

void World::refuseBusy(int descriptor, const Service &service, const Connection::Endpoints &ends)
{
    // Postfix: "421 4.7.0 <host> Error: too many connections"; POP3 has no
    // code for it, RFC 2449 §8.1.2's [SYS/TEMP] says "try again later".
    refuse(descriptor, service, "too many connections, try again later");
    note(TranscriptEvent::Kind::Note, service.host, ends.peerHost, NoteCode::ConnectionLimit,
         {service.host, ends.peerHost, QString::number(m_options.maximumConnections)}, service.protocol);
}

void World::refuse(int descriptor, const Service &service, const QByteArray &why)
{
    // Each protocol's way of saying "not now" before a session: Postfix's
    // "421 4.7.0 <host> Error: …"; POP3's [SYS/TEMP] (RFC 2449 §8.1.2);
    // IMAP's BYE with [UNAVAILABLE] (RFC 5530 §3); HTTP's 503 (RFC 9110
    // §15.6.4). Implicit TLS would need a handshake first: closed.
    const MailServer *mailServer = server(service.host);
    const QByteArray domain = mailServer ? mailServer->domain().toUtf8() : service.host.toUtf8();
    QByteArray reply;
    switch (service.protocol) {
    case Protocol::Pop3: reply = "-ERR [SYS/TEMP] " + why + "\r\n"; break;
    case Protocol::Imap: reply = "* BYE [UNAVAILABLE] " + why + "\r\n"; break;
    case Protocol::Http:
        reply = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 60\r\nContent-Type: text/plain; "
                "charset=utf-8\r\nContent-Length: "
            + QByteArray::number(why.size() + 2) + "\r\nConnection: close\r\n\r\n" + why + "\r\n";
        break;
    default: reply = "421 4.7.0 " + domain + " Error: " + why + "\r\n"; break;
    }
    // A fresh socket's send buffer takes the line whole; the kernel still
    // delivers it after the close (and a peer that reads nothing holds no
    // descriptor of ours).
    if (!service.implicitTls)
        ::send(descriptor, reply.constData(), size_t(reply.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    ::close(descriptor);
}

void World::pumpEngine(ProtocolSession *engine)
{
    for (Connection *c : std::as_const(m_connections)) {
        if (c->engine() == engine && c->isOpen())
            c->pump();
    }
}

void World::track(Connection *connection, DoneHandler done)
{
    m_connections.append(connection);
    connect(connection, &Connection::finished, this, [this, done](Connection *c) {
        m_connections.removeOne(c);
        m_peerGone.remove(c);
        // Forget this connection's local ends (the bound one and the connected
        // one are the same on every platform we know, but need not be).
        m_localEnds.removeIf(
            [c](const QHash<QString, LocalEnd>::iterator it) { return it->connectionId == c->id(); });
        if (done)
            done(c);
        c->deleteLater();
        Q_EMIT activityChanged();
    });
    Q_EMIT activityChanged();
}

Connection *World::connectTo(const QString &fromHost, const QString &asked, const QString &serviceName,
                             std::unique_ptr<ProtocolSession> engine, DoneHandler done, bool unpaced)
{
    // A client of alumno1@2esi.org reaches the server whose mail name is 2esi.org.
    QString toHost = asked;
    if (!server(toHost) && !webmail(toHost)) {
        if (MailServer *destination = serverFor(toHost))
            toHost = destination->domain();
    }
    if (const ScenarioServer *real = realServer(toHost)) {
        // The student's own Postfix or Dovecot: the real address and port.
        return connectToAddress(fromHost, real->domain, QHostAddress(real->realAddress),
                                quint16(real->realPort(serviceName)), serviceName, std::move(engine),
                                std::move(done), unpaced);
    }
    const Service *target = service(toHost, serviceName);
    if (!target) {
        // No such service: tell it, and end the engine as a refused connection.
        note(TranscriptEvent::Kind::Note, fromHost, toHost, NoteCode::NoSuchService, {toHost, serviceName},
             engine->protocol());
        engine->connectionLost();
        auto *socket = new QTcpSocket;
        auto *connection = new Connection(
            m_nextConnectionId++, socket, std::move(engine),
            {fromHost, toHost, false, Connection::Role::Client, serviceName, {}, false, {}}, m_gate,
            m_transcript, this);
        track(connection, done);
        QMetaObject::invokeMethod(
            connection, [connection] { Q_EMIT connection->finished(connection); }, Qt::QueuedConnection);
        return connection;
    }
    if (refusesAsLoopbackOnly(fromHost, toHost, serviceName)) {
        // Nothing listens on the address the other host reaches: refused.
        note(TranscriptEvent::Kind::Note, fromHost, toHost, NoteCode::LoopbackOnlyRefused, {toHost, fromHost},
             engine->protocol());
        engine->connectionLost();
        auto *socket = new QTcpSocket;
        auto *connection = new Connection(
            m_nextConnectionId++, socket, std::move(engine),
            {fromHost, toHost, false, Connection::Role::Client, serviceName, {}, false, {}}, m_gate,
            m_transcript, this);
        track(connection, done);
        QMetaObject::invokeMethod(
            connection, [connection] { Q_EMIT connection->finished(connection); }, Qt::QueuedConnection);
        return connection;
    }
    return connectToAddress(fromHost, toHost, target->address, target->port, serviceName, std::move(engine),
                            std::move(done), unpaced);
}

const ScenarioServer *World::realServer(const QString &host) const
{
    const ScenarioServer *named = m_scenario.server(host);
    if (named)
        return named->isReal() ? named : nullptr;
    if (server(host) || webmail(host))
        return nullptr;
    for (const Dns::MxRecord &mx : m_dns.lookupMx(host)) {
        if (const ScenarioServer *s = m_scenario.server(mx.host); s && s->isReal())
            return s;
    }
    return nullptr;
}

Connection *World::connectToAddress(const QString &fromHost, const QString &peerName,
                                    const QHostAddress &address, quint16 port, const QString &serviceName,
                                    std::unique_ptr<ProtocolSession> engine, DoneHandler done, bool unpaced)
{
    auto *socket = new QTcpSocket;
    const QHostAddress own = addressOf(fromHost);
    // A server listening on the wildcard (--listen 0.0.0.0) is reached on loopback.
    QHostAddress target = address;
    if (target == QHostAddress(QHostAddress::AnyIPv4) || target == QHostAddress(QHostAddress::Any))
        target = QHostAddress(QHostAddress::LocalHost);
    else if (target == QHostAddress(QHostAddress::AnyIPv6))
        target = QHostAddress(QHostAddress::LocalHostIPv6);
    // Bind first: the server then sees the host's own address, and the world
    // knows this "address:port" is ours before the server accepts it. To a
    // server on a machine address (--listen 192.0.2.7) the client binds to
    // that address, so it is known as ours all the same.
    if (!own.isNull() && target.isLoopback() && own.protocol() == target.protocol())
        socket->bind(own, 0);
    else if (!target.isLoopback() && target == m_options.listenAddress)
        socket->bind(target, 0);
    const int id = m_nextConnectionId++;
    Connection::Endpoints ends;
    ends.localHost = fromHost;
    ends.peerHost = peerName;
    ends.role = Connection::Role::Client;
    ends.service = serviceName;
    ends.peerIsOutside = service(peerName, serviceName) == nullptr;
    // TLS when the engine asks for it (STARTTLS), or from the first octet on
    // the secure ports. A mail client insists on a certificate that verifies,
    // as Thunderbird does; a relay's opportunistic TLS does not (Postfix's
    // smtp_tls_security_level = may or encrypt: encrypted, not authenticated).
    ends.tls = m_clientTls;
    ends.implicitTls = serviceName == QLatin1String("submissions") || serviceName == QLatin1String("imaps")
        || serviceName == QLatin1String("pop3s");
    ends.tlsClient.peerName = peerName;
    ends.tlsClient.requireVerified = serviceName != QLatin1String("smtp");
    if (socket->localPort() != 0)
        m_localEnds.insert(Connection::endText(socket->localAddress(), socket->localPort()),
                           {fromHost, id, unpaced});
    auto *connection = new Connection(id, socket, std::move(engine), ends, m_gate, m_transcript, this);
    connection->setInheritsUnpaced(unpaced);
    // An IMAP client in IDLE waits as long as its server does (RFC 3501 §5.4).
    connection->setIdleTimeout(connection->engine()->protocol() == Protocol::Imap
                                   ? qMax(m_options.idleTimeoutMs, imapMinimumIdleMs)
                                   : m_options.idleTimeoutMs);
    connect(socket, &QTcpSocket::connected, connection, [this, connection, socket, fromHost, id, unpaced] {
        m_localEnds.insert(Connection::endText(socket->localAddress(), socket->localPort()),
                           {fromHost, id, unpaced});
        connection->begin();
    });
    track(connection, std::move(done));
    socket->connectToHost(target, port);
    return connection;
}

void World::note(TranscriptEvent::Kind kind, const QString &from, const QString &to, const QString &text,
                 Protocol protocol)
{
    note(kind, from, to, NoteCode::None, {}, protocol, text);
}

void World::note(TranscriptEvent::Kind kind, const QString &from, const QString &to, NoteCode code,
                 const QStringList &arguments, Protocol protocol, const QString &text)
{
    TranscriptEvent event;
    event.kind = kind;
    event.from = from;
    event.to = to;
    event.note = text;
    event.noteCode = code;
    event.noteArguments = arguments;
    event.protocol = protocol;
    m_transcript->append(std::move(event));
}
