// SPDX-License-Identifier: GPL-3.0-or-later
// networkmapview.cpp — the network map widget: paints the boxes the layout
// placed, the links the history found (dashed until they talked), the
// envelope in flight with the line it carries and the protocols' legend;
// follows the world live or shows it at a past event; tooltips and hit tests.
#include "networkmapview.h"

#include "mail/mailclient.h"
#include "mail/mailserver.h"
#include "transcript/transcriptformatter.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

using Layout = NetworkMapLayout;

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double k = 1.0 - amountOfB;
    return QColor::fromRgbF(
        float(a.redF() * k + b.redF() * amountOfB), float(a.greenF() * k + b.greenF() * amountOfB),
        float(a.blueF() * k + b.blueF() * amountOfB), float(a.alphaF() * k + b.alphaF() * amountOfB));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
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

// The colours of the protocols, shared with the timeline: SMTP blue,
// POP3 green, DNS orange, IMAP magenta, HTTP olive, brighter on a dark palette and tinted by its text.
static QColor protocolColour(Protocol protocol, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor base;
    switch (protocol) {
    case Protocol::Smtp: base = dark ? QColor(0x6c, 0xa6, 0xff) : QColor(0x1f, 0x62, 0xc8); break;
    case Protocol::Pop3: base = dark ? QColor(0x62, 0xd0, 0x82) : QColor(0x1f, 0x86, 0x3e); break;
    case Protocol::Dns: base = dark ? QColor(0xff, 0xad, 0x4d) : QColor(0xcc, 0x66, 0x00); break;
    case Protocol::Imap: base = dark ? QColor(0xe8, 0x86, 0xd0) : QColor(0xa8, 0x2a, 0x86); break;
    case Protocol::Http: base = dark ? QColor(0xb8, 0xc8, 0x5a) : QColor(0x6b, 0x7a, 0x12); break;
    case Protocol::None: return palette.color(QPalette::Mid);
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
    connect(&m_history, &NetworkMapHistory::changed, this, &NetworkMapView::historyChanged);
    connect(&m_history, &NetworkMapHistory::eventsScanned, this, &NetworkMapView::eventsScanned);
}

NetworkMapView::~NetworkMapView() = default;

QColor NetworkMapView::protocolColor(Protocol protocol, const QPalette &palette)
{
    return protocolColour(protocol, palette);
}

void NetworkMapView::setWorld(World *world)
{
    if (m_activityConnection)
        disconnect(m_activityConnection);
    m_animation.stop();
    m_moment = -1;
    m_flight = Flight();
    m_layout.clear();
    m_hostImages.clear();
    m_layoutDirty = true;
    m_world = world;
    if (world)
        m_activityConnection = connect(world, &World::activityChanged, this, [this] { update(); });
    m_history.setWorld(world);
    update();
}

void NetworkMapView::setClassGroup(bool group)
{
    if (m_layout.classGroup() == group)
        return;
    m_layout.setClassGroup(group);
    m_layoutDirty = true;
    update();
}

void NetworkMapView::setClassAtWork(int atWork)
{
    m_layout.setClassAtWork(atWork);
    if (m_layout.classGroup()) {
        const NetworkMapLayout::Box *box = m_layout.box(classGroupName());
        const QString shown = tr("at work: %1").arg(atWork);
        if (!box || box->rows.size() < 2 || box->rows.at(1).isEmpty()
            || box->rows.at(1).first().text != shown) {
            m_layoutDirty = true;
            update();
        }
    }
}

void NetworkMapView::historyChanged()
{
    m_layoutDirty = true;
    update();
}

void NetworkMapView::eventsScanned(qsizetype first, qsizetype last)
{
    if (m_moment >= 0)
        return;
    // Live: fly the envelope for the latest line (or lookup) of this turn.
    Transcript *transcript = m_world->transcript();
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
        const QString prefix = event.direction == TranscriptEvent::Direction::ClientToServer
            ? QStringLiteral("C: ")
            : event.direction == TranscriptEvent::Direction::ServerToClient ? QStringLiteral("S: ")
                                                                            : QString();
        // Peer text, made printable as everywhere else (no bare CR, no controls).
        f.text = prefix
            + TranscriptFormatter::printable(m_hidePasswords && event.sensitive
                                                 ? TranscriptFormatter::maskedSecret(event.raw)
                                                 : event.raw.left(200));
        break;
    }
    case Kind::DnsLookup:
        f.protocol = Protocol::Dns;
        if (f.to.isEmpty())
            f.to = QStringLiteral("DNS");
        f.text = event.noteText();
        break;
    case Kind::ConnectionOpened:
    case Kind::ConnectionClosed: f.text = event.noteText(); break;
    default:
        // Not on a link: the acting host is outlined, no envelope.
        f.to.clear();
        f.text.clear();
        f.valid = false;
        return f;
    }
    f.valid = !f.from.isEmpty() && !f.to.isEmpty();
    if (m_layout.classGroup()) {
        // A student's computer: the class's box (folded at the next layout
        // when it is new).
        const QStringList &outside = m_history.outsideHosts();
        if (outside.contains(f.from))
            f.from = classGroupName();
        if (outside.contains(f.to))
            f.to = classGroupName();
    }
    return f;
}

void NetworkMapView::showMoment(qsizetype event)
{
    m_animation.stop();
    if (!m_world || event < 0 || event >= m_world->transcript()->size()) {
        m_moment = -1;
        m_flight = Flight();
    } else {
        m_history.readUpTo(event);
        m_moment = event;
        m_flight = flightFor(m_world->transcript()->at(event));
    }
    m_layoutDirty = true;
    update();
    Q_EMIT momentChanged(m_moment);
}

int NetworkMapView::mailboxCountShown(const QString &address) const
{
    return m_history.mailboxCount(address, m_moment);
}

int NetworkMapView::queueLengthShown(const QString &host) const
{
    return m_history.queueLength(host, m_moment);
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
        m_text.clear();
        m_layoutDirty = true;
        update();
    }
    QWidget::changeEvent(event);
}

void NetworkMapView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    m_layoutDirty = false;
    if (!m_world) {
        m_layout.clear();
        return;
    }
    m_layout.layOut(*m_world, m_history, m_moment, font(), size());
    // Images of hosts no longer shown go.
    QSet<QString> shown;
    for (const Box &b : m_layout.boxes())
        shown.insert(b.name);
    m_hostImages.removeIf(
        [&shown](const QHash<QString, HostImage>::iterator it) { return !shown.contains(it.key()); });
}

QRectF NetworkMapView::hostRect(const QString &host) const
{
    ensureLayout();
    if (const Box *b = m_layout.box(host))
        return QRectF(m_layout.sceneToWidget(b->rect.topLeft()),
                      m_layout.sceneToWidget(b->rect.bottomRight()));
    return {};
}

QRectF NetworkMapView::eavesdropperRect(const QString &name) const
{
    ensureLayout();
    for (const NetworkMapLayout::Eavesdropper &e : m_layout.eavesdroppers()) {
        if (e.name == name)
            return QRectF(m_layout.sceneToWidget(e.rect.topLeft()),
                          m_layout.sceneToWidget(e.rect.bottomRight()));
    }
    return {};
}

QString NetworkMapView::eavesdropperAt(const QPointF &point) const
{
    ensureLayout();
    for (const NetworkMapLayout::Eavesdropper &e : m_layout.eavesdroppers()) {
        const QRectF rect(m_layout.sceneToWidget(e.rect.topLeft()),
                          m_layout.sceneToWidget(e.rect.bottomRight()));
        if (rect.adjusted(-3, -3, 3, 3).contains(point))
            return e.name;
    }
    return {};
}

QString NetworkMapView::hostAt(const QPointF &point) const
{
    ensureLayout();
    for (const Box &b : m_layout.boxes()) {
        if (QRectF(m_layout.sceneToWidget(b.rect.topLeft()), m_layout.sceneToWidget(b.rect.bottomRight()))
                .contains(point))
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
    painter.translate(m_layout.offset());
    painter.scale(m_layout.scale(), m_layout.scale());
    paintLinks(painter);
    for (const Box &b : m_layout.boxes())
        paintHost(painter, b);
    paintEavesdroppers(painter);
    paintEnvelope(painter);
    paintLegend(painter);
    if (showsThePast()) {
        // The past, unmistakably: a banner over the map, one click to now.
        painter.resetTransform();
        const QRect banner = pastBanner();
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(banner, 4, 4);
        painter.drawText(banner, Qt::AlignCenter, pastBannerText());
    }
}

bool NetworkMapView::showsThePast() const
{
    // The newest line, selected, is now: no banner until a later one comes.
    return m_world && m_moment >= 0 && m_moment + 1 < m_world->transcript()->size();
}

QString NetworkMapView::pastBannerText() const
{
    if (!showsThePast())
        return QString();
    return tr("The past: line %1 of %2 — click here to go back to now")
        .arg(m_moment + 1)
        .arg(m_world->transcript()->size());
}

QRect NetworkMapView::pastBanner() const
{
    if (!showsThePast())
        return QRect();
    const QFontMetrics metrics(font());
    const int width = metrics.horizontalAdvance(pastBannerText()) + 24;
    const int height = metrics.height() + 10;
    return QRect(qMax(4, this->width() - width - 8), 6, qMin(width, this->width() - 8), height);
}

void NetworkMapView::mousePressEvent(QMouseEvent *event)
{
    if (pastBanner().contains(event->position().toPoint())) {
        Q_EMIT backToNowRequested();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        const QString host = hostAt(event->position());
        if (!host.isEmpty()) {
            Q_EMIT hostSettingsRequested(host);
            event->accept();
            return;
        }
    }
    const QString eavesdropper = eavesdropperAt(event->position());
    if (!eavesdropper.isEmpty()) {
        Q_EMIT eavesdropperClicked(eavesdropper);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void NetworkMapView::paintLinks(QPainter &painter) const
{
    QHash<QString, const Box *> boxes;
    for (const Box &b : m_layout.boxes())
        boxes.insert(b.name, &b);
    // Links between the same two hosts run side by side. In a class, the
    // students' computers' links are the class's box's, one per protocol
    // and server (the earliest that talked).
    QList<Link> folded;
    if (m_layout.classGroup()) {
        QHash<QString, qsizetype> seen;
        for (Link l : m_history.links()) {
            l.a = m_layout.boxNameFor(l.a);
            l.b = m_layout.boxNameFor(l.b);
            const QString key = NetworkMapHistory::pairKey(l.a, l.b) + QLatin1Char('|')
                + QString::number(int(l.protocol));
            const auto it = seen.constFind(key);
            if (it == seen.cend()) {
                seen.insert(key, folded.size());
                folded.append(l);
            } else {
                Link &known = folded[it.value()];
                if (l.firstEvent >= 0 && (known.firstEvent < 0 || l.firstEvent < known.firstEvent))
                    known.firstEvent = l.firstEvent;
            }
        }
    }
    const QList<Link> &links = m_layout.classGroup() ? folded : m_history.links();
    QHash<QString, QList<const Link *>> byPair;
    for (const Link &l : links) {
        if (boxes.contains(l.a) && boxes.contains(l.b))
            byPair[NetworkMapHistory::pairKey(l.a, l.b)].append(&l);
    }
    const QString flightKey = m_flight.valid ? NetworkMapHistory::pairKey(m_flight.from, m_flight.to)
                                             : QString();
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
                      .arg(box.name + QLatin1Char('\t') + box.title + QLatin1Char('\t') + box.role)
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
    // The class's box lights up in the protocol's colour while a student talks.
    if (involved && m_flight.valid && box.name == Layout::classGroupName())
        fill = mix(fill, protocolColour(m_flight.protocol, p), 0.18);
    painter.setBrush(fill);
    painter.drawRoundedRect(box.rect, 6, 6);

    const QFont title = Layout::titleFont(font());
    const QFont detail = Layout::detailFont(font());
    const QFontMetricsF titleMetrics(title);
    const QFontMetricsF detailMetrics(detail);
    const double titleHeight = titleMetrics.height() + 4;
    const double rowHeight = detailMetrics.height() + 5;
    const QRectF inner = box.rect.adjusted(Layout::padding, Layout::padding - 1, -Layout::padding,
                                           -Layout::padding);
    const QColor text = up ? p.color(QPalette::Text) : p.color(QPalette::PlaceholderText);
    const QColor muted = mix(p.color(QPalette::Text), p.color(QPalette::Base), 0.4);

    // The role badge, top right.
    const QString role = box.role.isEmpty() ? Layout::roleText(box.kind) : box.role;
    const double badgeWidth = detailMetrics.horizontalAdvance(role) + 10;
    const QRectF badge(inner.right() - badgeWidth, inner.top() + 1, badgeWidth, detailMetrics.height() + 2);
    const QColor badgeColour = box.kind == World::HostKind::Dns ? protocolColour(Protocol::Dns, p)
        : box.kind == World::HostKind::MailServer || box.kind == World::HostKind::RealServer
        ? protocolColour(Protocol::Smtp, p)
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
                     titleMetrics.elidedText(box.title.isEmpty() ? box.name : box.title, Qt::ElideRight,
                                             titleRect.width()));

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
                    painter.drawLine(QPointF(r.left() + 3, r.center().y()),
                                     QPointF(r.right() - 3, r.center().y()));
                }
                x += w + Layout::chipSpacing;
            } else {
                painter.setPen(chip.style == Style::Muted ? muted : text);
                const QRectF r(x, y, std::max(0.0, inner.right() - x), rowHeight);
                painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                                 detailMetrics.elidedText(chip.text, Qt::ElideRight, r.width()));
                x += detailMetrics.horizontalAdvance(chip.text) + Layout::chipSpacing;
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
    for (const Box &b : m_layout.boxes()) {
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
        head << centre + d * (reach + 9) << centre + d * (reach + 3) + n * 4.5
             << centre + d * (reach + 3) - n * 4.5;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(head);
    }

    // The line it carries ("C: MAIL FROM:<…>"), in a label under it (the DNS
    // sits above the server-to-server link).
    if (m_flight.text.isEmpty())
        return;
    const QFont detail = Layout::detailFont(font());
    // Fixed at the middle of the link and no wider than it, so that a label
    // never covers a host's counts while the envelope travels.
    const double room = std::max(90.0, std::abs(end.x() - start.x()) - 8);
    const ShapedTextCache::Text text = m_text.get(m_flight.text, detail, std::min(260.0, room - 10));
    const double w = text.width + 10;
    const QPointF middle = (start + end) / 2;
    QRectF label(middle.x() - w / 2, middle.y() + 12, w, text.height + 3);
    label.moveLeft(
        std::clamp(label.left(), 2.0, std::max(2.0, m_layout.sceneSize().width() - label.width() - 2)));
    painter.setPen(QPen(colour, 1));
    painter.setBrush(p.color(QPalette::ToolTipBase));
    painter.drawRoundedRect(label, 3, 3);
    painter.setFont(detail);
    painter.setPen(p.color(QPalette::ToolTipText));
    ShapedTextCache::draw(&painter, label, Qt::AlignHCenter, text);
}

void NetworkMapView::paintEavesdroppers(QPainter &painter) const
{
    // A small figure with headphones beside the link she taps, a dotted
    // wire from the link to her, and her name under her.
    const QColor ink = isDark(palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    const QFont label = Layout::titleFont(Layout::detailFont(font()));
    for (const NetworkMapLayout::Eavesdropper &e : m_layout.eavesdroppers()) {
        const QRectF f = e.figure;
        const bool below = f.top() > e.tap.y();
        painter.save();
        painter.setPen(QPen(ink, 1.2, Qt::DotLine, Qt::RoundCap));
        painter.drawLine(e.tap, QPointF(e.tap.x(), below ? f.top() : e.rect.bottom()));
        painter.setPen(QPen(ink, 1.4));
        painter.setBrush(ink);
        painter.drawEllipse(e.tap, 2.2, 2.2);
        // Head, shoulders, headphones.
        const double cx = f.center().x();
        const QPointF head(cx, f.top() + 6);
        painter.setBrush(mix(ink, palette().color(QPalette::Window), 0.75));
        QPainterPath body;
        body.moveTo(cx - f.width() / 2, f.bottom());
        body.cubicTo(cx - f.width() / 2, f.top() + 12, cx + f.width() / 2, f.top() + 12, cx + f.width() / 2,
                     f.bottom());
        body.closeSubpath();
        painter.drawPath(body);
        painter.drawEllipse(head, 5.0, 5.0);
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(head.x() - 6.8, head.y() - 7.0, 13.6, 13.6), 20 * 16, 140 * 16);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(head.x() - 8.0, head.y() - 1.8, 2.8, 4.6), 1, 1);
        painter.drawRoundedRect(QRectF(head.x() + 5.2, head.y() - 1.8, 2.8, 4.6), 1, 1);
        painter.setFont(label);
        painter.setPen(ink);
        painter.drawText(
            QRectF(e.rect.left() - 20, f.bottom(), e.rect.width() + 40, e.rect.bottom() - f.bottom()),
            Qt::AlignHCenter | Qt::AlignTop, e.name);
        painter.restore();
    }
}

void NetworkMapView::paintLegend(QPainter &painter) const
{
    const QFont detail = Layout::detailFont(font());
    const QRectF legend = m_layout.legendRect();
    painter.setFont(detail);
    double x = legend.left();
    const double y = legend.center().y();
    QList<Protocol> protocols{Protocol::Smtp, Protocol::Pop3, Protocol::Imap, Protocol::Dns};
    if (m_world && !m_world->webmails().isEmpty())
        protocols.append(Protocol::Http);
    for (const Protocol protocol : std::as_const(protocols)) {
        const ShapedTextCache::Text name = m_text.get(protocolName(protocol).toUpper(), detail);
        painter.setPen(QPen(protocolColour(protocol, palette()), 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(x, y), QPointF(x + 16, y));
        x += 20;
        painter.setPen(palette().color(QPalette::Text));
        ShapedTextCache::draw(&painter, QRectF(x, legend.top(), name.width + 2, legend.height()),
                              Qt::AlignLeft, name);
        x += name.width + 10;
    }
}

// ---- Tooltips -------------------------------------------------------------

bool NetworkMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString eavesdropper = eavesdropperAt(help->pos());
        if (!eavesdropper.isEmpty()) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 is on the network and reads what crosses this link. Click to see "
                                  "the capture.")
                                   .arg(eavesdropper),
                               this);
            return true;
        }
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
    for (const Box &b : m_layout.boxes()) {
        if (b.name == host)
            kind = b.kind;
    }
    QStringList lines;
    if (host == classGroupName() && m_layout.classGroup()) {
        lines.append(tr("The class: %1 students. Each one works from their own computer, a client from "
                        "outside that connects to the servers; the class panel shows who did what.")
                         .arg(m_world->scenario().students.size()));
        const QStringList computers = m_layout.groupedHosts();
        if (!computers.isEmpty())
            lines.append(tr("Computers seen: %1").arg(computers.join(QStringLiteral(", "))));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(host);
    switch (kind) {
    case World::HostKind::MailClient:
        lines.append(tr("Mail user agent (MUA): composes messages, sends them to its server by SMTP "
                        "submission and downloads the mailbox by POP3."));
        break;
    case World::HostKind::MailServer:
        lines.append(tr("Mail transfer agent (MTA): relays mail by SMTP through its queue. Mail "
                        "delivery agent (MDA): keeps its users' mailboxes and hands them out by POP3."));
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
    case World::HostKind::Webmail:
        lines.append(tr("Webmail: a web server whose pages read and send mail. A browser speaks HTTP to it; "
                        "behind each page it speaks IMAP and SMTP to the mail server."));
        break;
        break;
    case World::HostKind::RealServer:
        lines.append(tr("Real server: the student's own Postfix and Dovecot, outside Carteiro. The simulated "
                        "clients send to it and fetch from it; its replies are drawn as they come."));
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
        lines.append(
            m_history.isListening(host, m_moment)
                ? tr("Listening: %1").arg(listening.join(QStringLiteral(", ")))
                : tr("Off the network (was listening on %1)").arg(listening.join(QStringLiteral(", "))));
    }
    if (MailServer *server = m_world->server(host)) {
        lines.append(tr("Messages in the outgoing queue: %1").arg(queueLengthShown(host)));
        for (const QByteArray &user : server->store()->users()) {
            const QString mailbox = QString::fromUtf8(user) + QLatin1Char('@') + host;
            lines.append(tr("Mailbox %1: %2 message(s)").arg(mailbox).arg(mailboxCountShown(mailbox)));
        }
    }
    if (MailClient *client = m_world->client(host)) {
        lines.append(
            tr("Account: %1 (server %2)").arg(QString::fromUtf8(client->address()), client->serverDomain()));
        lines.append(tr("Inbox: %1 message(s)").arg(m_history.inboxSize(host, m_moment)));
    }
    if (kind == World::HostKind::Dns) {
        for (const ScenarioMx &mx : m_world->scenario().mx)
            lines.append(QStringLiteral("%1 MX %2 %3").arg(mx.domain).arg(mx.preference).arg(mx.host));
    }
    if (m_moment >= 0)
        lines.append(tr("(as at event %1)").arg(m_moment + 1));
    return lines.join(QLatin1Char('\n'));
}
