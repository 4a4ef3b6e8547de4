// networkmapview.h — the hosts of the world and the links between them.
//
// Ana's MUA, cliente.fr, the DNS, servidor.edu with its mailboxes, Fran's MUA
// and any outside client, each showing its state (listening ports, queue
// length, mailbox count). An envelope travels along a link while a command or
// reply is in flight; showMoment() shows the world as it was at an event.
//
// The layout follows the course's figure: the senders' MUAs on the left, the
// mail servers (MTAs) in the middle in the scenario's order, the receivers'
// MUAs on the right, the DNS above between the servers, and the console and
// outside clients (telnet, a real mail client) below. Everything is painted
// with vector shapes and text, so it stays sharp at any device pixel ratio,
// and scaled down as a whole when the widget is smaller than the drawing.
//
// Counts at a past moment come from a change log the view keeps while the
// world runs: each queue length and mailbox count is recorded with the index
// of the first transcript event at which it held (the "queued", "removed from
// the queue" and "stored in the mailbox" notes are the moments they change).
#pragma once

#include "world/world.h"

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QVariantAnimation>
#include <QWidget>

class NetworkMapView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget *parent = nullptr);
    ~NetworkMapView() override;

    void setWorld(World *world);
    // Highlight the link of this transcript event (an envelope on it); -1 clears.
    void showMoment(qsizetype event);
    qsizetype moment() const { return m_moment; }

    // Where a host is drawn, in widget coordinates (empty if not on the map).
    QRectF hostRect(const QString &host) const;
    // The host drawn at a point, or an empty string (hit test for tests and tooltips).
    QString hostAt(const QPointF &point) const;
    // What the map shows now: at the moment, or live when moment() is -1.
    int mailboxCountShown(const QString &address) const;
    int queueLengthShown(const QString &host) const;
    // The hosts of the link the envelope is on ("from", "to"), empty when none.
    QStringList envelopeLink() const;

    // The protocols' colours on this palette (SMTP blue, POP3 green, DNS
    // orange), brighter on a dark palette; the timeline uses the same ones.
    static QColor protocolColor(Protocol protocol, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chip {
        enum class Style : quint8 { Muted, Plain, Port, Count }; // Port, Count: framed
        QString text;
        Style style = Style::Plain;
        Protocol protocol = Protocol::None; // the frame's tint (None: neutral)
    };
    struct Box {
        QString name;
        World::HostKind kind = World::HostKind::Outside;
        bool up = true;       // listening (servers), as at the moment shown
        QRectF rect;          // scene coordinates
        QList<QList<Chip>> rows; // under the title: address, ports, queue…
    };
    struct Link {
        QString a;            // the client end (or the first host seen)
        QString b;
        Protocol protocol = Protocol::None;
        qsizetype firstEvent = -1; // first event on it; -1: never talked (possible link)
    };
    struct Flight {
        QString from;
        QString to;
        Protocol protocol = Protocol::None;
        TranscriptEvent::Direction direction = TranscriptEvent::Direction::None;
        QString text;
        bool valid = false;
    };

    void clear();
    void scan(qsizetype first, qsizetype last);
    void noteEvent(const TranscriptEvent &event);
    void recordServerState(const QString &domain, qsizetype from);
    void record(const QString &key, qsizetype from, int value);
    int valueAt(const QString &key, qsizetype moment) const;
    void addLink(const QString &a, const QString &b, Protocol protocol, qsizetype event);
    void scheduleLayout();
    void ensureLayout() const;
    void layoutHosts() const;
    QString roleText(World::HostKind kind) const;
    Flight flightFor(const TranscriptEvent &event) const;
    bool isListening(const QString &host) const;
    QString toolTipFor(const QString &host) const;

    void paintLinks(QPainter &painter) const;
    // A host box is drawn once into an image and that image is reused until
    // something it shows changes (under load, one box of seven changes).
    void paintHost(QPainter &painter, const Box &box) const;
    void drawHost(QPainter &painter, const Box &box) const;
    void paintEnvelope(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    QPointF sceneToWidget(const QPointF &point) const;

    QPointer<World> m_world;
    qsizetype m_moment = -1;
    qsizetype m_scanned = 0;                  // events looked at so far
    QStringList m_outside;                    // outside hosts, in order of appearance
    QList<Link> m_links;
    QHash<QString, qsizetype> m_linkIndex;   // pair and protocol → index in m_links
    QSet<QString> m_knownHosts;              // the world's hosts and the outside ones seen
    QHash<QString, QList<QPair<qsizetype, int>>> m_history; // "q:host", "m:address"
    QHash<QString, qsizetype> m_pendingQueueEvent; // server → its first unrecorded Queue note
    QHash<QString, bool> m_down;              // host → taken off the network
    Flight m_flight;
    QVariantAnimation m_animation;
    QList<QMetaObject::Connection> m_connections;

    // Layout, recomputed on resize or when hosts appear.
    mutable bool m_layoutDirty = true;
    mutable QList<Box> m_boxes;
    mutable QSizeF m_sceneSize;
    mutable double m_scale = 1.0;
    mutable QPointF m_offset;
    mutable QRectF m_legendRect;
    struct HostImage {
        QString key;          // everything the image depends on
        QPixmap image;
    };
    mutable QHash<QString, HostImage> m_hostImages; // by host name
};
