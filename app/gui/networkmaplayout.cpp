// SPDX-License-Identifier: GPL-3.0-or-later
// networkmaplayout.cpp — the network map's boxes: what each host shows (its
// address, ports, queue, mailboxes or inbox at the moment shown), how big
// that makes its box, and where the box goes in the course's figure, scaled
// to the widget.
#include "networkmaplayout.h"

#include "networkmaphistory.h"

#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "mail/webmailserver.h"

#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

constexpr double margin = 10; // around the drawing
constexpr double minimumGap = 44; // between two hosts of the main row
constexpr double rowGap = 22; // between the main row and the row below
constexpr double linkClearance = 20; // DNS box above the server-to-server link
constexpr double figureWidth = 20; // an eavesdropper's figure
constexpr double figureHeight = 28;
constexpr double figureDrop = 8; // between the link and her head

// The parts [t0, t1] of the segment p0 + t (p1 - p0), t in [0, 1], inside `rect`
// (Liang–Barsky); false when it misses.
bool clip(const QPointF &p0, const QPointF &p1, const QRectF &rect, double *t0, double *t1)
{
    const QPointF d = p1 - p0;
    double lo = 0;
    double hi = 1;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {p0.x() - rect.left(), rect.right() - p0.x(), p0.y() - rect.top(),
                         rect.bottom() - p0.y()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            lo = std::max(lo, r);
        else
            hi = std::min(hi, r);
    }
    if (lo > hi)
        return false;
    *t0 = lo;
    *t1 = hi;
    return true;
}

} // namespace

QFont NetworkMapLayout::titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont NetworkMapLayout::detailFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : 8);
    return f;
}

QString NetworkMapLayout::roleText(World::HostKind kind)
{
    switch (kind) {
    case World::HostKind::MailClient: return tr("MUA");
    case World::HostKind::MailServer:
        // The course's roles: it transfers mail (MTA) and, keeping the
        // mailboxes that POP3 hands out, delivers it (MDA).
        return tr("MTA · MDA");
    case World::HostKind::Dns: return tr("DNS");
    case World::HostKind::Console: return tr("terminal");
    case World::HostKind::Outside: return tr("client");
    case World::HostKind::Webmail: return tr("webmail");
    case World::HostKind::RealServer: return tr("MTA · MDA");
    }
    return {};
}

void NetworkMapLayout::clear()
{
    m_boxes.clear();
    m_eavesdroppers.clear();
    m_grouped.clear();
}

QStringList NetworkMapLayout::groupedHosts() const
{
    QStringList hosts(m_grouped.cbegin(), m_grouped.cend());
    hosts.sort();
    return hosts;
}

const NetworkMapLayout::Box *NetworkMapLayout::box(const QString &name) const
{
    for (const Box &b : m_boxes) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

void NetworkMapLayout::layOut(const World &world, const NetworkMapHistory &history, qsizetype moment,
                              const QFont &font, const QSize &size)
{
    m_boxes.clear();
    // What each host shows; the painter draws these rows as they are.
    QList<World::Host> hosts = world.hosts();
    const bool group = m_classGroup && !world.scenario().students.isEmpty();
    m_grouped.clear();
    for (const QString &outside : history.outsideHosts()) {
        if (group)
            m_grouped.insert(outside);
        else
            hosts.append({outside, World::HostKind::Outside, QHostAddress()});
    }
    for (const World::Host &h : std::as_const(hosts))
        m_boxes.append(hostBox(world, history, moment, h, font));
    if (group)
        m_boxes.append(classBox(world, font));
    place(world, font, size);
    placeEavesdroppers(world, font);
}

NetworkMapLayout::Box NetworkMapLayout::hostBox(const World &world, const NetworkMapHistory &history,
                                                qsizetype moment, const World::Host &h,
                                                const QFont &font) const
{
    using Style = Chip::Style;
    Box box;
    box.name = h.name;
    box.kind = h.kind;
    const QString address = h.address.isNull() ? QString() : h.address.toString();
    // A server's listening ports, one chip each in its protocol's colour.
    const auto addPorts = [&] {
        QList<Chip> ports;
        for (const World::Service &s : world.services()) {
            if (s.host == h.name)
                ports.append({QStringLiteral(":%1").arg(s.port), Style::Port, s.protocol});
        }
        if (!ports.isEmpty())
            box.rows.append(ports);
    };
    switch (h.kind) {
    case World::HostKind::MailServer: {
        box.up = history.isListening(h.name, moment);
        box.rows.append({{address, Style::Muted}});
        addPorts();
        if (!box.up)
            box.rows.append({{tr("off the network"), Style::Plain}});
        // Counts tinted when not zero: the queue by SMTP (it will be relayed),
        // the mailboxes by POP3 (they will be downloaded).
        const int queued = history.queueLength(h.name, moment);
        box.rows.append(
            {{tr("queue: %1").arg(queued), Style::Count, queued ? Protocol::Smtp : Protocol::None}});
        QList<Chip> mailboxes;
        // A class's students' mailboxes: one chip, else 30 chips make the
        // box as wide as the map and everything else tiny.
        QSet<QString> students;
        if (m_classGroup) {
            for (const ScenarioStudent &student : world.scenario().students)
                students.insert(student.address.toLower());
        }
        int studentMailboxes = 0;
        int studentMessages = 0;
        if (MailServer *server = world.server(h.name)) {
            for (const QByteArray &user : server->store()->users()) {
                const QString local = QString::fromUtf8(user);
                const QString address = local + QLatin1Char('@') + h.name;
                const int count = history.mailboxCount(address, moment);
                if (students.contains(address.toLower())) {
                    ++studentMailboxes;
                    studentMessages += count;
                    continue;
                }
                mailboxes.append({tr("%1: %2").arg(local).arg(count), Style::Count,
                                  count ? Protocol::Pop3 : Protocol::None});
            }
        }
        if (studentMailboxes > 0)
            mailboxes.append({tr("%1 students' mailboxes: %2").arg(studentMailboxes).arg(studentMessages),
                              Style::Count, studentMessages ? Protocol::Pop3 : Protocol::None});
        if (!mailboxes.isEmpty())
            box.rows.append(mailboxes);
        break;
    }
    case World::HostKind::MailClient:
        box.rows.append({{address, Style::Muted}});
        if (MailClient *client = world.client(h.name)) {
            box.rows.append({{QString::fromUtf8(client->address()), Style::Plain}});
            box.rows.append({{tr("inbox: %1").arg(history.inboxSize(h.name, moment)), Style::Plain}});
        }
        break;
    case World::HostKind::Dns: {
        QStringList domains;
        for (const ScenarioMx &mx : world.scenario().mx) {
            if (!domains.contains(mx.domain))
                domains.append(mx.domain);
        }
        box.rows.append({{tr("MX: %1").arg(domains.join(QStringLiteral(", "))), Style::Plain}});
        break;
    }
    case World::HostKind::Console: box.rows.append({{address, Style::Muted}}); break;
    case World::HostKind::Outside: box.rows.append({{tr("a real program"), Style::Muted}}); break;
    case World::HostKind::RealServer: {
        // The student's own Postfix and Dovecot: where they are, and the
        // ports the scenario reaches them on; nothing of their mail is seen.
        box.rows.append({{tr("real server %1").arg(address), Style::Plain}});
        QList<Chip> ports;
        if (const ScenarioServer *real = world.scenario().server(h.name)) {
            for (const QString &service :
                 {QStringLiteral("smtp"), QStringLiteral("pop3"), QStringLiteral("imap")}) {
                const Protocol protocol = service == QLatin1String("smtp") ? Protocol::Smtp
                    : service == QLatin1String("pop3")                     ? Protocol::Pop3
                                                                           : Protocol::Imap;
                ports.append({QStringLiteral(":%1").arg(real->realPort(service)), Style::Port, protocol});
            }
        }
        // A tap's real server (--tap): the ports it is reached on, and where
        // the tap listens for the real clients.
        QStringList tappedOn;
        for (const Tap *tap : world.taps()) {
            if (tap->serverName() != h.name)
                continue;
            ports.append(
                {QStringLiteral(":%1").arg(tap->spec().targetPort), Style::Port, tap->spec().protocol});
            tappedOn.append(QStringLiteral(":%1").arg(tap->listenPort()));
        }
        box.rows.append(ports);
        if (!tappedOn.isEmpty())
            box.rows.append({{tr("tapped on %1").arg(tappedOn.join(QStringLiteral(", "))), Style::Muted}});
        break;
    }
    case World::HostKind::Webmail: {
        box.up = history.isListening(h.name, moment);
        box.rows.append({{address, Style::Muted}});
        addPorts();
        if (WebmailServer *webmail = world.webmail(h.name))
            box.rows.append({{tr("for %1").arg(webmail->config().mailServer), Style::Plain}});
        break;
    }
    }
    sizeBox(&box, font);
    return box;
}

QString NetworkMapLayout::classGroupTitle()
{
    return tr("The class");
}

NetworkMapLayout::Box NetworkMapLayout::classBox(const World &world, const QFont &font) const
{
    using Style = Chip::Style;
    Box box;
    box.name = classGroupName();
    box.kind = World::HostKind::Outside;
    box.title = classGroupTitle();
    box.role = tr("students");
    box.rows.append({{tr("%n student(s)", nullptr, int(world.scenario().students.size())), Style::Plain}});
    box.rows.append({{tr("at work: %1").arg(m_classAtWork), Style::Count,
                      m_classAtWork > 0 ? Protocol::Smtp : Protocol::None}});
    box.rows.append({{tr("computers seen: %1").arg(m_grouped.size()), Style::Muted}});
    sizeBox(&box, font);
    return box;
}

void NetworkMapLayout::sizeBox(Box *box, const QFont &font)
{
    const QFontMetricsF titleMetrics(titleFont(font));
    const QFontMetricsF detailMetrics(detailFont(font));
    const double titleHeight = titleMetrics.height() + 4;
    const double rowHeight = detailMetrics.height() + 5;
    auto chipWidth = [&](const Chip &chip) {
        const bool framed = chip.style == Chip::Style::Port || chip.style == Chip::Style::Count;
        return detailMetrics.horizontalAdvance(chip.text) + (framed ? 10 : 0);
    };
    double width = titleMetrics.horizontalAdvance(box->title.isEmpty() ? box->name : box->title) + 12
        + detailMetrics.horizontalAdvance(box->role.isEmpty() ? roleText(box->kind) : box->role) + 10;
    for (const QList<Chip> &row : std::as_const(box->rows)) {
        double w = chipSpacing * double(std::max<qsizetype>(0, row.size() - 1));
        for (const Chip &c : row)
            w += chipWidth(c);
        width = std::max(width, w);
    }
    box->rect = QRectF(0, 0, std::ceil(width + 2 * padding),
                       std::ceil(titleHeight + rowHeight * double(box->rows.size()) + 2 * padding - 2));
}

void NetworkMapLayout::place(const World &world, const QFont &font, const QSize &size)
{
    // Columns of the main row: the first server's MUAs, the servers, the last
    // server's MUAs. Everything else goes to the row below.
    QList<qsizetype> main;
    QList<qsizetype> below;
    qsizetype dns = -1;
    // Simulated and real servers, in the scenario's order.
    QStringList servers;
    for (const ScenarioServer &s : world.scenario().servers)
        servers.append(s.domain);
    QList<qsizetype> left, right, serverColumns, tapServers;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes.at(i);
        if (b.kind == World::HostKind::RealServer && !servers.contains(b.name, Qt::CaseInsensitive)) {
            // A real server reached only through a tap (--tap): at the end of
            // the row, clear of the DNS that sits between the scenario's servers.
            tapServers.append(i);
        } else if (b.kind == World::HostKind::MailServer || b.kind == World::HostKind::RealServer) {
            serverColumns.append(i);
        } else if (b.kind == World::HostKind::Dns) {
            dns = i;
        } else if (b.kind == World::HostKind::MailClient) {
            MailClient *client = world.client(b.name);
            const QString domain = client ? client->serverDomain() : QString();
            const qsizetype serverIndex = [&] {
                for (qsizetype s = 0; s < servers.size(); ++s) {
                    if (servers.at(s).compare(domain, Qt::CaseInsensitive) == 0)
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
    main << left << serverColumns << right << tapServers;
    if (main.isEmpty() && dns >= 0)
        main.append(std::exchange(dns, -1));

    // Gaps between main columns; the one between the first and last server
    // is where the DNS sits, so it is at least as wide as the DNS box.
    const double dnsWidth = dns >= 0 ? m_boxes.at(dns).rect.width() : 0;
    const qsizetype firstServer = serverColumns.isEmpty() ? -1 : main.indexOf(serverColumns.first());
    const qsizetype lastServer = serverColumns.isEmpty() ? -1 : main.indexOf(serverColumns.last());
    const bool dnsBetween = dns >= 0 && lastServer > firstServer;
    // An eavesdropper stands in a gap beside one end of her link: such gaps
    // are wide enough for her figure and name.
    double eavesdropperGap = 0;
    QStringList tapped;
    for (const ScenarioEavesdropper &e : world.scenario().eavesdroppers) {
        eavesdropperGap = std::max(eavesdropperGap,
                                   QFontMetricsF(detailFont(font)).horizontalAdvance(e.name) + 20);
        tapped << e.a.toLower() << e.b.toLower();
    }
    QList<double> minGaps;
    double naturalWidth = 2 * margin;
    for (qsizetype c = 0; c < main.size(); ++c) {
        naturalWidth += m_boxes.at(main.at(c)).rect.width();
        if (c + 1 < main.size()) {
            double gap = minimumGap;
            if (dnsBetween && c >= firstServer && c < lastServer)
                gap = std::max(gap, (dnsWidth + 24) / double(lastServer - firstServer));
            if (tapped.contains(m_boxes.at(main.at(c)).name.toLower())
                || tapped.contains(m_boxes.at(main.at(c + 1)).name.toLower()))
                gap = std::max(gap, eavesdropperGap);
            minGaps.append(gap);
            naturalWidth += gap;
        }
    }
    double mainHeight = 0;
    for (qsizetype i : std::as_const(main))
        mainHeight = std::max(mainHeight, m_boxes.at(i).rect.height());
    const double dnsHeight = dns >= 0 ? m_boxes.at(dns).rect.height() : 0;
    // Above the main row: only what of the DNS box sticks out over it.
    // With a server between the first and the last (three servers), the DNS
    // sits over it: clear above the row then, never over its box.
    const bool serverUnderDns = dnsBetween && lastServer - firstServer > 1;
    const double dnsBottomFromCentre = serverUnderDns ? mainHeight / 2 + 8
        : dnsBetween                                  ? linkClearance
                                                      : mainHeight / 2 + rowGap;
    const double above = std::max(0.0, dnsHeight + dnsBottomFromCentre - mainHeight / 2);

    const QFontMetricsF legendMetrics(detailFont(font));
    const double legendHeight = legendMetrics.height() + 4;
    // The protocols' legend: HTTP only in a world with a webmail.
    const bool http = !world.webmails().isEmpty();
    const double legendWidth = legendMetrics.horizontalAdvance(http
                                                                   ? QStringLiteral("SMTP POP3 IMAP DNS HTTP")
                                                                   : QStringLiteral("SMTP POP3 IMAP DNS"))
        + (http ? 5 : 4) * 26;
    double belowWidth = 0;
    double belowHeight = 0;
    for (qsizetype i : std::as_const(below)) {
        belowWidth += m_boxes.at(i).rect.width() + minimumGap / 2;
        belowHeight = std::max(belowHeight, m_boxes.at(i).rect.height());
    }
    naturalWidth = std::max(naturalWidth, 2 * margin + legendWidth + 16 + belowWidth);
    const double naturalHeight = 2 * margin + above + mainHeight + rowGap
        + std::max(belowHeight, legendHeight);

    // Scale the whole drawing down when the widget is smaller; never up.
    const double w = std::max(1, size.width());
    const double h = std::max(1, size.height());
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
            cx = (m_boxes.at(main.at(firstServer)).rect.center().x()
                  + m_boxes.at(main.at(lastServer)).rect.center().x())
                / 2;
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
}

void NetworkMapLayout::placeEavesdroppers(const World &world, const QFont &font)
{
    m_eavesdroppers.clear();
    const QFontMetricsF metrics(titleFont(detailFont(font)));
    for (const ScenarioEavesdropper &e : world.scenario().eavesdroppers) {
        const Box *a = box(e.a);
        const Box *b = box(e.b);
        if (!a || !b)
            continue;
        // Where the link is seen: the segment between the two centres
        // minus every box it crosses.
        const QPointF p0 = a->rect.center();
        const QPointF p1 = b->rect.center();
        QList<std::pair<double, double>> covered;
        for (const Box &other : std::as_const(m_boxes)) {
            double t0 = 0;
            double t1 = 0;
            if (clip(p0, p1, other.rect, &t0, &t1))
                covered.append({t0, t1});
        }
        std::sort(covered.begin(), covered.end());
        QList<std::pair<double, double>> gaps;
        double from = 0;
        for (const auto &c : std::as_const(covered)) {
            if (c.first > from)
                gaps.append({from, c.first});
            from = std::max(from, c.second);
        }
        if (from < 1)
            gaps.append({from, 1.0});
        if (gaps.isEmpty())
            continue;
        // Beside the server's end (the wire into the server every
        // connection of the link crosses), else the middle.
        const bool aServer = a->kind == World::HostKind::MailServer || a->kind == World::HostKind::RealServer;
        const bool bServer = b->kind == World::HostKind::MailServer || b->kind == World::HostKind::RealServer;
        std::pair<double, double> gap = gaps.first();
        if (aServer && !bServer) {
            gap = gaps.first();
        } else if (bServer && !aServer) {
            gap = gaps.last();
        } else {
            double best = 2;
            for (const auto &g : std::as_const(gaps)) {
                const double distance = std::abs((g.first + g.second) / 2 - 0.5);
                if (distance < best) {
                    best = distance;
                    gap = g;
                }
            }
        }
        const QPointF tap = p0 + (p1 - p0) * ((gap.first + gap.second) / 2);
        bool known = false;
        for (const Eavesdropper &other : std::as_const(m_eavesdroppers)) {
            if (other.name.compare(e.name, Qt::CaseInsensitive) == 0 && QLineF(other.tap, tap).length() < 24)
                known = true;
        }
        if (known)
            continue;
        const double labelWidth = metrics.horizontalAdvance(e.name) + 4;
        const double width = std::max(figureWidth, labelWidth);
        const double height = figureHeight + metrics.height();
        Eavesdropper placed;
        placed.name = e.name;
        placed.tap = tap;
        // Below the link; above it when that would cover a box.
        QRectF rect(tap.x() - width / 2, tap.y() + figureDrop, width, height);
        bool covers = false;
        for (const Box &other : std::as_const(m_boxes))
            covers = covers || other.rect.intersects(rect);
        if (covers)
            rect.moveBottom(tap.y() - figureDrop);
        placed.rect = rect;
        placed.figure = QRectF(tap.x() - figureWidth / 2, rect.top(), figureWidth, figureHeight);
        m_eavesdroppers.append(placed);
    }
}
