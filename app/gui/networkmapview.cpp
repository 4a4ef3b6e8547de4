#include "networkmapview.h"

#include "serverviews.h"

#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "transcript/transcriptformatter.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <utility>
#include <cmath>

namespace {

constexpr double margin = 10;        // around the drawing
constexpr double padding = 7;        // inside a host's box
constexpr double minimumGap = 44;    // between two hosts of the main row
constexpr double rowGap = 22;        // between the main row and the row below
constexpr double linkClearance = 20; // DNS box above the server-to-server link
constexpr double chipSpacing = 4;

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
                            float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB),
                            float(a.alphaF() * k + b.alphaF() * amountOfB));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QChar(0x1f) + b : b + QChar(0x1f) + a;
}

// Where the segment from the centre of `rect` towards `towards` leaves the rect.
QPointF exitPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    double t = 1.0;
    if (!qFuzzyIsNull(d.x()))
        t = std::min(t, (rect.width() / 2) / std::abs(d.x()));
    if (!qFuzzyIsNull(d.y()))
        t = std::min(t, (rect.height() / 2) / std::abs(d.y()));
    return c + d * t;
}

} // namespace

// The colours of the three protocols, shared with the timeline: SMTP blue,
// POP3 green, DNS orange, brighter on a dark palette and tinted by its text.
static QColor protocolColour(Protocol protocol, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor base;
    switch (protocol) {
    case Protocol::Smtp:
        base = dark ? QColor(0x6c, 0xa6, 0xff) : QColor(0x1f, 0x62, 0xc8);
        break;
    case Protocol::Pop3:
        base = dark ? QColor(0x62, 0xd0, 0x82) : QColor(0x1f, 0x86, 0x3e);
        break;
    case Protocol::Dns:
        base = dark ? QColor(0xff, 0xad, 0x4d) : QColor(0xcc, 0x66, 0x00);
        break;
    case Protocol::None:
        return palette.color(QPalette::Mid);
    }
    return mix(base, palette.color(QPalette::Text), 0.1);
}

NetworkMapView::NetworkMapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setEasingCurve(QEasingCurve::InOutQuad);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this] { update(); });
    connect(&m_animation, &QVariantAnimation::finished, this, [this] {
        if (m_moment < 0) {
            m_flight.valid = false;
            update();
        }
    });
}

NetworkMapView::~NetworkMapView() = default;

QColor NetworkMapView::protocolColor(Protocol protocol, const QPalette &palette)
{
    return protocolColour(protocol, palette);
}

void NetworkMapView::clear()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_animation.stop();
    m_moment = -1;
    m_scanned = 0;
    m_outside.clear();
    m_links.clear();
    m_linkIndex.clear();
    m_knownHosts.clear();
    m_history.clear();
    m_pendingQueueEvent.clear();
    m_flight = Flight();
    m_boxes.clear();
    m_hostImages.clear();
    m_layoutDirty = true;
}

void NetworkMapView::setWorld(World *world)
{
    clear();
    m_world = world;
    if (!world) {
        update();
        return;
    }
    for (const World::Host &h : world->hosts())
        m_knownHosts.insert(h.name);
    Transcript *transcript = world->transcript();
    m_connections.append(connect(transcript, &Transcript::eventAppended, this,
                                 [this](const TranscriptEvent &event) { noteEvent(event); }));
    m_connections.append(connect(transcript, &Transcript::eventsAdded, this,
                                 [this](qsizetype first, qsizetype last) { scan(first, last); }));
    m_connections.append(connect(world, &World::activityChanged, this, [this] { update(); }));
    for (MailServer *server : world->servers()) {
        const QString domain = server->domain();
        m_connections.append(connect(server, &MailServer::queueChanged, this, [this, server] {
            const QString domain = server->domain();
            // From the first "queued" or "removed from the queue" note since the last change.
            const qsizetype from = m_pendingQueueEvent.contains(domain) ? m_pendingQueueEvent.take(domain)
                                                                        : m_world->transcript()->size();
            record(QStringLiteral("q:") + domain, from, int(server->queue().size()));
            m_layoutDirty = true;
            update();
        }));
        m_connections.append(connect(server->store(), &MailStore::mailboxChanged, this,
                                     [this, server](const QByteArray &localPart) {
            // The "stored in the mailbox" note comes right after the change.
            record(QStringLiteral("m:%1@%2").arg(QString::fromUtf8(localPart), server->domain().toLower()),
                   m_world->transcript()->size(), server->store()->count(localPart));
            m_layoutDirty = true;
            update();
        }));
        recordServerState(domain, transcript->size());
    }
    for (MailClient *client : world->clients()) {
        m_connections.append(connect(client, &MailClient::inboxChanged, this, [this, client] {
            record(QStringLiteral("i:") + client->name(), m_world->transcript()->size(),
                   int(client->inbox().size()));
            m_layoutDirty = true;
            update();
        }));
        record(QStringLiteral("i:") + client->name(), transcript->size(), int(client->inbox().size()));
    }
    // The links that can exist: each MUA to its own server (submission and
    // POP3), server to server (SMTP) and each server to the DNS (MX lookups).
    for (MailClient *client : world->clients()) {
        if (world->server(client->serverDomain())) {
            const QString server = world->server(client->serverDomain())->domain();
            addLink(client->name(), server, Protocol::Smtp, -1);
            addLink(client->name(), server, Protocol::Pop3, -1);
        }
    }
    const QList<MailServer *> servers = world->servers();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        for (qsizetype j = i + 1; j < servers.size(); ++j)
            addLink(servers.at(i)->domain(), servers.at(j)->domain(), Protocol::Smtp, -1);
        addLink(servers.at(i)->domain(), QStringLiteral("DNS"), Protocol::Dns, -1);
    }
    // A world that already ran: catch up with what it said.
    for (qsizetype i = 0; i < transcript->size(); ++i)
        noteEvent(transcript->at(i));
    m_scanned = transcript->size();
    update();
}

void NetworkMapView::recordServerState(const QString &domain, qsizetype from)
{
    MailServer *server = m_world ? m_world->server(domain) : nullptr;
    if (!server)
        return;
    record(QStringLiteral("q:") + domain, from, int(server->queue().size()));
    for (const QByteArray &user : server->store()->users())
        record(QStringLiteral("m:%1@%2").arg(QString::fromUtf8(user).toLower(), domain.toLower()), from,
               server->store()->count(user));
}

void NetworkMapView::record(const QString &key, qsizetype from, int value)
{
    QList<QPair<qsizetype, int>> &list = m_history[key];
    if (!list.isEmpty()) {
        if (list.last().second == value)
            return;
        if (list.last().first >= from) {
            list.last().second = value;
            if (list.size() > 1 && list.at(list.size() - 2).second == value)
                list.removeLast();
            return;
        }
    }
    list.append({from, value});
}

int NetworkMapView::valueAt(const QString &key, qsizetype moment) const
{
    const auto it = m_history.constFind(key);
    if (it == m_history.cend() || it->isEmpty())
        return 0;
    const QList<QPair<qsizetype, int>> &list = *it;
    if (moment < 0)
        return list.last().second;
    // The last change at or before the moment (before the first: the first known).
    auto after = std::upper_bound(list.cbegin(), list.cend(), moment,
                                  [](qsizetype m, const QPair<qsizetype, int> &p) { return m < p.first; });
    if (after == list.cbegin())
        return list.first().second;
    return std::prev(after)->second;
}

void NetworkMapView::noteEvent(const TranscriptEvent &event)
{
    if (!m_world || event.sequence < m_scanned)
        return;
    m_scanned = event.sequence + 1;
    using Kind = TranscriptEvent::Kind;
    switch (event.kind) {
    case Kind::Line:
    case Kind::ConnectionOpened:
    case Kind::ConnectionClosed: {
        if (event.from.isEmpty() || event.to.isEmpty())
            break;
        for (const QString &name : {event.from, event.to}) {
            if (!m_knownHosts.contains(name)) {
                m_knownHosts.insert(name);
                m_outside.append(name);
                m_layoutDirty = true;
            }
        }
        const bool fromClient = event.kind != Kind::Line
            || event.direction != TranscriptEvent::Direction::ServerToClient;
        addLink(fromClient ? event.from : event.to, fromClient ? event.to : event.from, event.protocol,
                event.sequence);
        break;
    }
    case Kind::DnsLookup:
        if (!event.from.isEmpty())
            addLink(event.from, event.to.isEmpty() ? QStringLiteral("DNS") : event.to, Protocol::Dns,
                    event.sequence);
        break;
    case Kind::Queue:
        if (!m_pendingQueueEvent.contains(event.from))
            m_pendingQueueEvent.insert(event.from, event.sequence);
        break;
    case Kind::Note:
        if (event.connectionId == 0 && event.to.isEmpty()) {
            for (const World::Service &service : m_world->services()) {
                if (service.host != event.from)
                    continue;
                const int change = ServerViews::listeningChange(event, service);
                if (change != 0) {
                    record(QStringLiteral("d:") + service.host, event.sequence, change < 0 ? 1 : 0);
                    m_layoutDirty = true;
                    update();
                    break;
                }
            }
        }
        break;
    default:
        break;
    }
}

void NetworkMapView::scan(qsizetype first, qsizetype last)
{
    if (!m_world)
        return;
    Transcript *transcript = m_world->transcript();
    for (qsizetype i = std::max(first, m_scanned); i <= last && i < transcript->size(); ++i)
        noteEvent(transcript->at(i));
    if (m_moment >= 0)
        return;
    // Live: fly the envelope for the latest line (or lookup) of this turn.
    for (qsizetype i = std::min(last, transcript->size() - 1); i >= first; --i) {
        const TranscriptEvent &e = transcript->at(i);
        if (e.kind != TranscriptEvent::Kind::Line && e.kind != TranscriptEvent::Kind::DnsLookup)
            continue;
        const Flight flight = flightFor(e);
        if (!flight.valid)
            break;
        m_flight = flight;
        int duration = 300;
        if (m_world->gate()->mode() == Gate::Mode::Paced)
            duration = std::clamp(int(300 / std::max(0.25, m_world->gate()->speed())), 80, 1200);
        m_animation.stop();
        m_animation.setDuration(duration);
        m_animation.start();
        break;
    }
    update();
}

void NetworkMapView::addLink(const QString &a, const QString &b, Protocol protocol, qsizetype event)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return;
    const QString key = pairKey(a, b) + QChar(0x1f) + QChar(u'0' + int(protocol));
    const auto it = m_linkIndex.constFind(key);
    if (it != m_linkIndex.cend()) {
        Link &link = m_links[*it];
        if (link.firstEvent < 0 && event >= 0)
            link.firstEvent = event;
        return;
    }
    m_linkIndex.insert(key, m_links.size());
    m_links.append({a, b, protocol, event});
}

NetworkMapView::Flight NetworkMapView::flightFor(const TranscriptEvent &event) const
{
    Flight f;
    using Kind = TranscriptEvent::Kind;
    f.from = event.from;
    f.to = event.to;
    f.protocol = event.protocol;
    f.direction = event.direction;
    switch (event.kind) {
    case Kind::Line: {
        const QString prefix = event.direction == TranscriptEvent::Direction::ClientToServer ? QStringLiteral("C: ")
            : event.direction == TranscriptEvent::Direction::ServerToClient                ? QStringLiteral("S: ")
                                                                                            : QString();
        // Peer text, made printable as everywhere else (no bare CR, no controls).
        f.text = prefix + TranscriptFormatter::printable(event.raw.left(200));
        break;
    }
    case Kind::DnsLookup:
        f.protocol = Protocol::Dns;
        if (f.to.isEmpty())
            f.to = QStringLiteral("DNS");
        f.text = event.note;
        break;
    case Kind::ConnectionOpened:
    case Kind::ConnectionClosed:
        f.text = event.note;
        break;
    default:
        // Not on a link: the acting host is outlined, no envelope.
        f.to.clear();
        f.text.clear();
        f.valid = false;
        return f;
    }
    f.valid = !f.from.isEmpty() && !f.to.isEmpty();
    return f;
}

void NetworkMapView::showMoment(qsizetype event)
{
    m_animation.stop();
    if (!m_world || event < 0 || event >= m_world->transcript()->size()) {
        m_moment = -1;
        m_flight = Flight();
    } else {
        Transcript *transcript = m_world->transcript();
        if (m_scanned <= event)
            scan(m_scanned, event);
        m_moment = event;
        m_flight = flightFor(transcript->at(event));
    }
    m_layoutDirty = true;
    update();
}

bool NetworkMapView::isListening(const QString &host) const
{
    return valueAt(QStringLiteral("d:") + host, m_moment) == 0;
}

int NetworkMapView::mailboxCountShown(const QString &address) const
{
    if (!m_world)
        return 0;
    const QString key = address.toLower();
    if (m_moment < 0) {
        const qsizetype at = key.lastIndexOf(QLatin1Char('@'));
        MailServer *server = m_world->server(key.mid(at + 1));
        return server ? server->store()->count(key.left(at).toUtf8()) : 0;
    }
    return valueAt(QStringLiteral("m:") + key, m_moment);
}

int NetworkMapView::queueLengthShown(const QString &host) const
{
    if (!m_world)
        return 0;
    if (m_moment < 0) {
        MailServer *server = m_world->server(host);
        return server ? int(server->queue().size()) : 0;
    }
    return valueAt(QStringLiteral("q:") + host, m_moment);
}

QStringList NetworkMapView::envelopeLink() const
{
    if (!m_flight.valid)
        return {};
    return {m_flight.from, m_flight.to};
}

QSize NetworkMapView::sizeHint() const
{
    return {960, 250};
}

QSize NetworkMapView::minimumSizeHint() const
{
    return {320, 140};
}

void NetworkMapView::resizeEvent(QResizeEvent *event)
{
    m_layoutDirty = true;
    QWidget::resizeEvent(event);
}

void NetworkMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange) {
        m_layoutDirty = true;
        update();
    }
    QWidget::changeEvent(event);
}

void NetworkMapView::ensureLayout() const
{
    if (m_layoutDirty)
        layoutHosts();
}

// ---- Layout ---------------------------------------------------------------

namespace {

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont detailFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : 8);
    return f;
}

} // namespace

QString NetworkMapView::roleText(World::HostKind kind) const
{
    switch (kind) {
    case World::HostKind::MailClient: return tr("MUA");
    case World::HostKind::MailServer: return tr("MTA");
    case World::HostKind::Dns: return tr("DNS");
    case World::HostKind::Console: return tr("terminal");
    case World::HostKind::Outside: return tr("client");
    }
    return {};
}

void NetworkMapView::layoutHosts() const
{
    m_layoutDirty = false;
    m_boxes.clear();
    if (!m_world)
        return;
    const QFontMetricsF titleMetrics(titleFont(font()));
    const QFontMetricsF detailMetrics(detailFont(font()));
    const double titleHeight = titleMetrics.height() + 4;
    const double rowHeight = detailMetrics.height() + 5;
    auto chipWidth = [&](const Chip &chip) {
        const bool framed = chip.style == Chip::Style::Port || chip.style == Chip::Style::Count;
        return detailMetrics.horizontalAdvance(chip.text) + (framed ? 10 : 0);
    };

    // What each host shows; the painter draws these rows as they are.
    QList<World::Host> hosts = m_world->hosts();
    for (const QString &outside : m_outside)
        hosts.append({outside, World::HostKind::Outside, QHostAddress()});
    using Style = Chip::Style;
    for (const World::Host &h : std::as_const(hosts)) {
        Box box;
        box.name = h.name;
        box.kind = h.kind;
        const QString address = h.address.isNull() ? QString() : h.address.toString();
        switch (h.kind) {
        case World::HostKind::MailServer: {
            box.up = isListening(h.name);
            box.rows.append({{address, Style::Muted}});
            QList<Chip> ports;
            for (const World::Service &s : m_world->services()) {
                if (s.host == h.name)
                    ports.append({QStringLiteral(":%1").arg(s.port), Style::Port, s.protocol});
            }
            if (!ports.isEmpty())
                box.rows.append(ports);
            if (!box.up)
                box.rows.append({{tr("off the network"), Style::Plain}});
            // Counts tinted when not zero: the queue by SMTP (it will be relayed),
            // the mailboxes by POP3 (they will be downloaded).
            const int queued = queueLengthShown(h.name);
            box.rows.append({{tr("queue: %1").arg(queued), Style::Count, queued ? Protocol::Smtp : Protocol::None}});
            QList<Chip> mailboxes;
            if (MailServer *server = m_world->server(h.name)) {
                for (const QByteArray &user : server->store()->users()) {
                    const QString local = QString::fromUtf8(user);
                    const int count = mailboxCountShown(local + QLatin1Char('@') + h.name);
                    mailboxes.append({tr("%1: %2").arg(local).arg(count), Style::Count,
                                      count ? Protocol::Pop3 : Protocol::None});
                }
            }
            if (!mailboxes.isEmpty())
                box.rows.append(mailboxes);
            break;
        }
        case World::HostKind::MailClient:
            box.rows.append({{address, Style::Muted}});
            if (MailClient *client = m_world->client(h.name)) {
                box.rows.append({{QString::fromUtf8(client->address()), Style::Plain}});
                box.rows.append({{tr("inbox: %1").arg(valueAt(QStringLiteral("i:") + h.name, m_moment)),
                                  Style::Plain}});
            }
            break;
        case World::HostKind::Dns: {
            QStringList domains;
            for (const ScenarioMx &mx : m_world->scenario().mx) {
                if (!domains.contains(mx.domain))
                    domains.append(mx.domain);
            }
            box.rows.append({{tr("MX: %1").arg(domains.join(QStringLiteral(", "))), Style::Plain}});
            break;
        }
        case World::HostKind::Console:
            box.rows.append({{address, Style::Muted}});
            break;
        case World::HostKind::Outside:
            box.rows.append({{tr("a real program"), Style::Muted}});
            break;
        }
        double width = titleMetrics.horizontalAdvance(box.name) + 12
            + detailMetrics.horizontalAdvance(roleText(box.kind)) + 10;
        for (const QList<Chip> &row : std::as_const(box.rows)) {
            double w = chipSpacing * double(std::max<qsizetype>(0, row.size() - 1));
            for (const Chip &c : row)
                w += chipWidth(c);
            width = std::max(width, w);
        }
        box.rect = QRectF(0, 0, std::ceil(width + 2 * padding),
                          std::ceil(titleHeight + rowHeight * double(box.rows.size()) + 2 * padding - 2));
        m_boxes.append(box);
    }

    // Columns of the main row: the first server's MUAs, the servers, the last
    // server's MUAs. Everything else goes to the row below.
    QList<qsizetype> main;
    QList<qsizetype> below;
    qsizetype dns = -1;
    const QList<MailServer *> servers = m_world->servers();
    QList<qsizetype> left, right, serverColumns;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes.at(i);
        if (b.kind == World::HostKind::MailServer) {
            serverColumns.append(i);
        } else if (b.kind == World::HostKind::Dns) {
            dns = i;
        } else if (b.kind == World::HostKind::MailClient) {
            MailClient *client = m_world->client(b.name);
            const QString domain = client ? client->serverDomain() : QString();
            const qsizetype serverIndex = [&] {
                for (qsizetype s = 0; s < servers.size(); ++s) {
                    if (servers.at(s)->domain().compare(domain, Qt::CaseInsensitive) == 0)
                        return s;
                }
                return qsizetype(-1);
            }();
            if (serverIndex < 0)
                below.append(i);
            else if (servers.size() == 1)
                (left.size() <= right.size() ? left : right).append(i);
            else if (serverIndex == 0)
                left.append(i);
            else if (serverIndex == servers.size() - 1)
                right.append(i);
            else
                below.append(i);
        } else {
            below.append(i);
        }
    }
    main << left << serverColumns << right;
    if (main.isEmpty() && dns >= 0)
        main.append(std::exchange(dns, -1));

    // Gaps between main columns; the one between the first and last server
    // is where the DNS sits, so it is at least as wide as the DNS box.
    const double dnsWidth = dns >= 0 ? m_boxes.at(dns).rect.width() : 0;
    const qsizetype firstServer = serverColumns.isEmpty() ? -1 : main.indexOf(serverColumns.first());
    const qsizetype lastServer = serverColumns.isEmpty() ? -1 : main.indexOf(serverColumns.last());
    const bool dnsBetween = dns >= 0 && lastServer > firstServer;
    QList<double> minGaps;
    double naturalWidth = 2 * margin;
    for (qsizetype c = 0; c < main.size(); ++c) {
        naturalWidth += m_boxes.at(main.at(c)).rect.width();
        if (c + 1 < main.size()) {
            double gap = minimumGap;
            if (dnsBetween && c >= firstServer && c < lastServer)
                gap = std::max(gap, (dnsWidth + 24) / double(lastServer - firstServer));
            minGaps.append(gap);
            naturalWidth += gap;
        }
    }
    double mainHeight = 0;
    for (qsizetype i : std::as_const(main))
        mainHeight = std::max(mainHeight, m_boxes.at(i).rect.height());
    const double dnsHeight = dns >= 0 ? m_boxes.at(dns).rect.height() : 0;
    // Above the main row: only what of the DNS box sticks out over it.
    const double dnsBottomFromCentre = dnsBetween ? linkClearance : mainHeight / 2 + rowGap;
    const double above = std::max(0.0, dnsHeight + dnsBottomFromCentre - mainHeight / 2);

    const QFontMetricsF legendMetrics(detailFont(font()));
    const double legendHeight = legendMetrics.height() + 4;
    const double legendWidth = legendMetrics.horizontalAdvance(QStringLiteral("SMTP POP3 DNS")) + 3 * 26;
    double belowWidth = 0;
    double belowHeight = 0;
    for (qsizetype i : std::as_const(below)) {
        belowWidth += m_boxes.at(i).rect.width() + minimumGap / 2;
        belowHeight = std::max(belowHeight, m_boxes.at(i).rect.height());
    }
    naturalWidth = std::max(naturalWidth, 2 * margin + legendWidth + 16 + belowWidth);
    const double naturalHeight = 2 * margin + above + mainHeight + rowGap + std::max(belowHeight, legendHeight);

    // Scale the whole drawing down when the widget is smaller; never up.
    const double w = std::max(1, width());
    const double h = std::max(1, height());
    m_scale = std::min({1.0, w / naturalWidth, h / naturalHeight});
    m_sceneSize = QSizeF(w / m_scale, h / m_scale);
    m_offset = QPointF(0, 0);

    // Spread the spare width over the gaps, and centre vertically.
    double spare = m_sceneSize.width() - naturalWidth;
    const double extraPerGap = minGaps.isEmpty() ? 0 : spare / minGaps.size();
    double x = margin + (minGaps.isEmpty() ? spare / 2 : 0);
    const double top = margin + (m_sceneSize.height() - naturalHeight) / 2 * 0.6;
    const double centreY = top + above + mainHeight / 2;
    for (qsizetype c = 0; c < main.size(); ++c) {
        Box &b = m_boxes[main.at(c)];
        b.rect.moveTopLeft(QPointF(x, centreY - b.rect.height() / 2));
        x += b.rect.width() + (c < minGaps.size() ? minGaps.at(c) + extraPerGap : 0);
    }
    if (dns >= 0) {
        Box &b = m_boxes[dns];
        double cx = m_sceneSize.width() / 2;
        if (firstServer >= 0)
            cx = (m_boxes.at(main.at(firstServer)).rect.center().x() + m_boxes.at(main.at(lastServer)).rect.center().x()) / 2;
        b.rect.moveTopLeft(QPointF(cx - b.rect.width() / 2, centreY - dnsBottomFromCentre - b.rect.height()));
    }
    const double belowTop = centreY + mainHeight / 2 + rowGap;
    m_legendRect = QRectF(margin, m_sceneSize.height() - margin - legendHeight, legendWidth, legendHeight);
    // The row below, centred under the middle of the main row, clear of the legend.
    double bx = m_sceneSize.width() / 2 - belowWidth / 2 + minimumGap / 4;
    bx = std::max(bx, m_legendRect.right() + 16);
    for (qsizetype i : std::as_const(below)) {
        Box &b = m_boxes[i];
        b.rect.moveTopLeft(QPointF(bx, belowTop));
        bx += b.rect.width() + minimumGap / 2;
    }
    // Images of hosts no longer shown go.
    QSet<QString> shown;
    for (const Box &b : std::as_const(m_boxes))
        shown.insert(b.name);
    m_hostImages.removeIf([&shown](const QHash<QString, HostImage>::iterator it) {
        return !shown.contains(it.key());
    });
}

QPointF NetworkMapView::sceneToWidget(const QPointF &point) const
{
    return point * m_scale + m_offset;
}

QRectF NetworkMapView::hostRect(const QString &host) const
{
    ensureLayout();
    for (const Box &b : std::as_const(m_boxes)) {
        if (b.name == host)
            return QRectF(sceneToWidget(b.rect.topLeft()), sceneToWidget(b.rect.bottomRight()));
    }
    return {};
}

QString NetworkMapView::hostAt(const QPointF &point) const
{
    ensureLayout();
    for (const Box &b : std::as_const(m_boxes)) {
        if (QRectF(sceneToWidget(b.rect.topLeft()), sceneToWidget(b.rect.bottomRight())).contains(point))
            return b.name;
    }
    return {};
}

// ---- Painting -------------------------------------------------------------

void NetworkMapView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (!m_world) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No world is running."));
        return;
    }
    painter.translate(m_offset);
    painter.scale(m_scale, m_scale);
    paintLinks(painter);
    for (const Box &b : std::as_const(m_boxes))
        paintHost(painter, b);
    paintEnvelope(painter);
    paintLegend(painter);
}

void NetworkMapView::paintLinks(QPainter &painter) const
{
    QHash<QString, const Box *> boxes;
    for (const Box &b : std::as_const(m_boxes))
        boxes.insert(b.name, &b);
    // Links between the same two hosts run side by side.
    QHash<QString, QList<const Link *>> byPair;
    for (const Link &l : m_links) {
        if (boxes.contains(l.a) && boxes.contains(l.b))
            byPair[pairKey(l.a, l.b)].append(&l);
    }
    const QString flightKey = m_flight.valid ? pairKey(m_flight.from, m_flight.to) : QString();
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        const QList<const Link *> &links = it.value();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const Link &l = *links.at(i);
            const QPointF a = boxes.value(l.a)->rect.center();
            const QPointF b = boxes.value(l.b)->rect.center();
            QPointF normal(-(b - a).y(), (b - a).x());
            const double length = std::hypot(normal.x(), normal.y());
            if (length > 0)
                normal /= length;
            const double shift = (double(i) - double(links.size() - 1) / 2) * 6;
            const QPointF from = a + normal * shift;
            const QPointF to = b + normal * shift;
            const bool talked = l.firstEvent >= 0 && (m_moment < 0 || l.firstEvent <= m_moment);
            const bool current = it.key() == flightKey && l.protocol == m_flight.protocol;
            QColor colour = protocolColour(l.protocol, palette());
            QPen pen(colour, current ? 3.2 : talked ? 2.0 : 1.2);
            if (!talked) {
                colour.setAlphaF(0.55f);
                pen.setColor(colour);
                pen.setStyle(Qt::DashLine);
            }
            pen.setCapStyle(Qt::RoundCap);
            painter.setPen(pen);
            painter.drawLine(from, to);
        }
    }
}

void NetworkMapView::paintHost(QPainter &painter, const Box &box) const
{
    const QTransform world = painter.worldTransform();
    // In device pixels, with room for the border's width; aligned, so the
    // image lands on whole pixels and looks as if drawn in place.
    const QRect pixels = world.mapRect(box.rect).adjusted(-3, -3, 3, 3).toAlignedRect();
    const qreal ratio = devicePixelRatioF();
    const bool involved = !m_flight.from.isEmpty() && (m_flight.from == box.name || m_flight.to == box.name);
    QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                      .arg(box.name)
                      .arg(int(box.kind))
                      .arg(box.up)
                      .arg(involved ? (m_flight.valid ? int(m_flight.protocol) : -2) : -1)
                      .arg(world.m11())
                      .arg(world.dx())
                      .arg(world.dy())
                      .arg(ratio)
                      .arg(palette().cacheKey());
    key += QLatin1Char('|') + font().key();
    for (const QList<Chip> &row : box.rows) {
        key += QLatin1Char('\n');
        for (const Chip &chip : row)
            key += QStringLiteral("%1:%2:%3\t").arg(int(chip.style)).arg(int(chip.protocol)).arg(chip.text);
    }
    HostImage &cached = m_hostImages[box.name];
    if (cached.key != key) {
        QPixmap image(pixels.size() * ratio);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.setRenderHints(painter.renderHints());
        imagePainter.setWorldTransform(world * QTransform::fromTranslate(-pixels.left(), -pixels.top()));
        drawHost(imagePainter, box);
        imagePainter.end();
        cached = {key, image};
    }
    painter.save();
    painter.resetTransform();
    painter.drawPixmap(pixels.topLeft(), cached.image);
    painter.restore();
}

void NetworkMapView::drawHost(QPainter &painter, const Box &box) const
{
    using Style = Chip::Style;
    const QPalette &p = palette();
    const bool up = box.up;
    const bool involved = !m_flight.from.isEmpty() && (m_flight.from == box.name || m_flight.to == box.name);
    QColor border = p.color(QPalette::Mid);
    double borderWidth = 1.0;
    if (involved) {
        border = m_flight.valid ? protocolColour(m_flight.protocol, p) : p.color(QPalette::Highlight);
        borderWidth = 2.2;
    }
    QPen pen(border, borderWidth);
    if (!up)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    QColor fill = p.color(QPalette::Base);
    if (!up)
        fill = mix(fill, p.color(QPalette::Window), 0.6);
    painter.setBrush(fill);
    painter.drawRoundedRect(box.rect, 6, 6);

    const QFont title = titleFont(font());
    const QFont detail = detailFont(font());
    const QFontMetricsF titleMetrics(title);
    const QFontMetricsF detailMetrics(detail);
    const double titleHeight = titleMetrics.height() + 4;
    const double rowHeight = detailMetrics.height() + 5;
    const QRectF inner = box.rect.adjusted(padding, padding - 1, -padding, -padding);
    const QColor text = up ? p.color(QPalette::Text) : p.color(QPalette::PlaceholderText);
    const QColor muted = mix(p.color(QPalette::Text), p.color(QPalette::Base), 0.4);

    // The role badge, top right.
    const QString role = roleText(box.kind);
    const double badgeWidth = detailMetrics.horizontalAdvance(role) + 10;
    const QRectF badge(inner.right() - badgeWidth, inner.top() + 1, badgeWidth, detailMetrics.height() + 2);
    const QColor badgeColour = box.kind == World::HostKind::Dns ? protocolColour(Protocol::Dns, p)
        : box.kind == World::HostKind::MailServer               ? protocolColour(Protocol::Smtp, p)
                                                                : p.color(QPalette::Text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mix(p.color(QPalette::Base), badgeColour, 0.16));
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter.setFont(detail);
    painter.setPen(mix(badgeColour, p.color(QPalette::Text), 0.25));
    painter.drawText(badge, Qt::AlignCenter, role);

    painter.setFont(title);
    painter.setPen(text);
    const QRectF titleRect(inner.left(), inner.top(), inner.width() - badgeWidth - 6, titleHeight);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(box.name, Qt::ElideRight, titleRect.width()));

    // The rows: plain text, or chips (ports tinted by protocol, mailboxes).
    painter.setFont(detail);
    double y = inner.top() + titleHeight;
    for (const QList<Chip> &row : box.rows) {
        double x = inner.left();
        for (const Chip &chip : row) {
            if (chip.style == Style::Port || chip.style == Style::Count) {
                const QColor colour = chip.protocol != Protocol::None ? protocolColour(chip.protocol, p)
                                                                      : p.color(QPalette::Mid);
                const double w = detailMetrics.horizontalAdvance(chip.text) + 10;
                const QRectF r(x, y + 1, w, rowHeight - 3);
                painter.setPen(QPen(mix(colour, p.color(QPalette::Base), up ? 0.3 : 0.7), 1));
                painter.setBrush(mix(p.color(QPalette::Base), colour, up ? 0.14 : 0.05));
                painter.drawRoundedRect(r, 4, 4);
                painter.setPen(text);
                painter.drawText(r, Qt::AlignCenter, chip.text);
                if (chip.style == Style::Port && !up) {
                    painter.setPen(QPen(p.color(QPalette::PlaceholderText), 1));
                    painter.drawLine(QPointF(r.left() + 3, r.center().y()), QPointF(r.right() - 3, r.center().y()));
                }
                x += w + chipSpacing;
            } else {
                painter.setPen(chip.style == Style::Muted ? muted : text);
                const QRectF r(x, y, std::max(0.0, inner.right() - x), rowHeight);
                painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                                 detailMetrics.elidedText(chip.text, Qt::ElideRight, r.width()));
                x += detailMetrics.horizontalAdvance(chip.text) + chipSpacing;
            }
        }
        y += rowHeight;
    }
}

void NetworkMapView::paintEnvelope(QPainter &painter) const
{
    if (!m_flight.valid)
        return;
    const Box *from = nullptr;
    const Box *to = nullptr;
    for (const Box &b : std::as_const(m_boxes)) {
        if (b.name == m_flight.from)
            from = &b;
        if (b.name == m_flight.to)
            to = &b;
    }
    if (!from || !to)
        return;
    // Along the visible part of the link, from the sender to the receiver.
    const QPointF start = exitPoint(from->rect, to->rect.center());
    const QPointF end = exitPoint(to->rect, from->rect.center());
    const double t = m_moment >= 0 || m_animation.state() != QAbstractAnimation::Running
        ? 0.5
        : m_animation.currentValue().toDouble();
    const QPointF centre = start + (end - start) * t;

    const QPalette &p = palette();
    const QColor colour = protocolColour(m_flight.protocol, p);
    const QRectF envelope(centre.x() - 12, centre.y() - 8, 24, 16);
    painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(mix(p.color(QPalette::Base), colour, 0.18));
    painter.drawRoundedRect(envelope, 2, 2);
    QPainterPath flap;
    flap.moveTo(envelope.topLeft() + QPointF(1.5, 1.5));
    flap.lineTo(envelope.center().x(), envelope.center().y() + 2);
    flap.lineTo(envelope.topRight() + QPointF(-1.5, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(flap);
    // Which way it goes: a small arrowhead on the receiver's side.
    const QPointF along = end - start;
    const double length = std::hypot(along.x(), along.y());
    if (length > 1) {
        const QPointF d = along / length;
        const QPointF n(-d.y(), d.x());
        const double reach = std::abs(d.x()) * 12 + std::abs(d.y()) * 8; // to the envelope's edge
        QPolygonF head;
        head << centre + d * (reach + 9) << centre + d * (reach + 3) + n * 4.5 << centre + d * (reach + 3) - n * 4.5;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(head);
    }

    // The line it carries ("C: MAIL FROM:<…>"), in a label under it (the DNS
    // sits above the server-to-server link).
    if (m_flight.text.isEmpty())
        return;
    const QFont detail = detailFont(font());
    const QFontMetricsF metrics(detail);
    // Fixed at the middle of the link and no wider than it, so that a label
    // never covers a host's counts while the envelope travels.
    const double room = std::max(90.0, std::abs(end.x() - start.x()) - 8);
    const QString text = metrics.elidedText(m_flight.text, Qt::ElideRight, std::min(260.0, room - 10));
    const double w = metrics.horizontalAdvance(text) + 10;
    const QPointF middle = (start + end) / 2;
    QRectF label(middle.x() - w / 2, middle.y() + 12, w, metrics.height() + 3);
    label.moveLeft(std::clamp(label.left(), 2.0, std::max(2.0, m_sceneSize.width() - label.width() - 2)));
    painter.setPen(QPen(colour, 1));
    painter.setBrush(p.color(QPalette::ToolTipBase));
    painter.drawRoundedRect(label, 3, 3);
    painter.setFont(detail);
    painter.setPen(p.color(QPalette::ToolTipText));
    painter.drawText(label, Qt::AlignCenter, text);
}

void NetworkMapView::paintLegend(QPainter &painter) const
{
    const QFont detail = detailFont(font());
    const QFontMetricsF metrics(detail);
    painter.setFont(detail);
    double x = m_legendRect.left();
    const double y = m_legendRect.center().y();
    for (Protocol protocol : {Protocol::Smtp, Protocol::Pop3, Protocol::Dns}) {
        const QString name = protocolName(protocol).toUpper();
        painter.setPen(QPen(protocolColour(protocol, palette()), 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(x, y), QPointF(x + 16, y));
        x += 20;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x, m_legendRect.top(), metrics.horizontalAdvance(name) + 2, m_legendRect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + 10;
    }
}

// ---- Tooltips -------------------------------------------------------------

bool NetworkMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString host = hostAt(help->pos());
        if (host.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipFor(host), this);
        return true;
    }
    return QWidget::event(event);
}

QString NetworkMapView::toolTipFor(const QString &host) const
{
    if (!m_world)
        return {};
    ensureLayout();
    World::HostKind kind = World::HostKind::Outside;
    for (const Box &b : std::as_const(m_boxes)) {
        if (b.name == host)
            kind = b.kind;
    }
    QStringList lines;
    lines.append(host);
    switch (kind) {
    case World::HostKind::MailClient:
        lines.append(tr("Mail user agent (MUA): composes messages, sends them to its server by SMTP "
                        "submission and downloads the mailbox by POP3."));
        break;
    case World::HostKind::MailServer:
        lines.append(tr("Mail transfer agent (MTA): relays mail by SMTP through its queue, keeps its "
                        "users' mailboxes and serves them by POP3."));
        break;
    case World::HostKind::Dns:
        lines.append(tr("Domain name system: says which server receives each domain's mail (MX records)."));
        break;
    case World::HostKind::Console:
        lines.append(tr("Console: a terminal where commands are typed by hand, as with telnet."));
        break;
    case World::HostKind::Outside:
        lines.append(tr("Outside client: a real program that connected to the world's servers."));
        break;
    }
    const QHostAddress address = m_world->addressOf(host);
    if (!address.isNull())
        lines.append(tr("Address: %1").arg(address.toString()));
    QStringList listening;
    for (const World::Service &s : m_world->services()) {
        if (s.host == host)
            listening.append(QStringLiteral("%1 %2:%3").arg(s.name, s.address.toString()).arg(s.port));
    }
    if (!listening.isEmpty()) {
        lines.append(isListening(host) ? tr("Listening: %1").arg(listening.join(QStringLiteral(", ")))
                                       : tr("Off the network (was listening on %1)")
                                             .arg(listening.join(QStringLiteral(", "))));
    }
    if (MailServer *server = m_world->server(host)) {
        lines.append(tr("Messages in the outgoing queue: %1").arg(queueLengthShown(host)));
        for (const QByteArray &user : server->store()->users()) {
            const QString mailbox = QString::fromUtf8(user) + QLatin1Char('@') + host;
            lines.append(tr("Mailbox %1: %2 message(s)").arg(mailbox).arg(mailboxCountShown(mailbox)));
        }
    }
    if (MailClient *client = m_world->client(host)) {
        lines.append(tr("Account: %1 (server %2)").arg(QString::fromUtf8(client->address()), client->serverDomain()));
        lines.append(tr("Inbox: %1 message(s)").arg(valueAt(QStringLiteral("i:") + host, m_moment)));
    }
    if (kind == World::HostKind::Dns) {
        for (const ScenarioMx &mx : m_world->scenario().mx)
            lines.append(QStringLiteral("%1 MX %2 %3").arg(mx.domain).arg(mx.preference).arg(mx.host));
    }
    if (m_moment >= 0)
        lines.append(tr("(as at event %1)").arg(m_moment + 1));
    return lines.join(QLatin1Char('\n'));
}
