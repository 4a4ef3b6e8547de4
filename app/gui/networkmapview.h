// SPDX-License-Identifier: GPL-3.0-or-later
// networkmapview.h — the hosts of the world and the links between them.
//
// Ana's MUA, cliente.fr, the DNS, servidor.edu with its mailboxes, Fran's MUA
// and any outside client, each showing its state (listening ports, queue
// length, mailbox count). An envelope travels along a link while a command or
// reply is in flight; showMoment() shows the world as it was at an event.
//
// Three parts, one job each: NetworkMapHistory keeps the state of the map at
// every event (counts, links, outside hosts); NetworkMapLayout decides what
// each host's box says and where it goes (the course's figure); this view
// paints them with vector shapes and text, so it stays sharp at any device
// pixel ratio, flies the envelope and answers tooltips and hit tests.
#pragma once

#include "networkmaphistory.h"
#include "networkmaplayout.h"
#include "shapedtext.h"

#include "world/world.h"

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QVariantAnimation>
#include <QWidget>

class NetworkMapView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget *parent = nullptr);
    ~NetworkMapView() override;

    void setWorld(World *world);
    World *world() const { return m_world; }
    // Highlight the link of this transcript event (an envelope on it); -1 clears.
    void showMoment(qsizetype event);
    qsizetype moment() const { return m_moment; }
    // A moment before the newest line is shown (the banner says so).
    bool showsThePast() const;

    // Where a host is drawn, in widget coordinates (empty if not on the map).
    QRectF hostRect(const QString &host) const;
    // The host drawn at a point, or an empty string (hit test for tests and tooltips).
    QString hostAt(const QPointF &point) const;
    // Where an eavesdropper is drawn (her first figure), in widget
    // coordinates; empty when the scenario has none of that name.
    QRectF eavesdropperRect(const QString &name) const;
    // The eavesdropper drawn at a point, or an empty string.
    QString eavesdropperAt(const QPointF &point) const;
    // What the map shows now: at the moment, or live when moment() is -1.
    int mailboxCountShown(const QString &address) const;
    int queueLengthShown(const QString &host) const;
    // The boxes of the link the envelope is on ("from", "to"), empty when
    // none (a student's computer's is the class's box in a class window).
    QStringList envelopeLink() const;
    // The envelope's line with its password as **** (a class window, projected).
    void setHidePasswords(bool hide)
    {
        m_hidePasswords = hide;
        update();
    }

    // A class's window: the students' computers drawn as one box, "The
    // class" (NetworkMapLayout::setClassGroup), which lights up when one of
    // them talks; `atWork` students have been at work so far.
    void setClassGroup(bool group);
    bool classGroup() const { return m_layout.classGroup(); }
    void setClassAtWork(int atWork);
    static QString classGroupName() { return NetworkMapLayout::classGroupName(); }
    static QString classGroupTitle() { return NetworkMapLayout::classGroupTitle(); }

    // The protocols' colours on this palette (SMTP blue, POP3 green, DNS
    // orange), brighter on a dark palette; the timeline uses the same ones.
    static QColor protocolColor(Protocol protocol, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // While a past moment is shown, a banner says so ("The past: line N of
    // M") and a click on it asks to go back to now; its area, empty live.
    QRect pastBanner() const;
    QString pastBannerText() const;

Q_SIGNALS:
    void backToNowRequested();
    // An eavesdropper was clicked: show her capture.
    void eavesdropperClicked(const QString &name);
    // A host was right-clicked: its settings (a mail server's Postfix and Dovecot).
    void hostSettingsRequested(const QString &host);
    // The moment shown changed (-1: now).
    void momentChanged(qsizetype event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Chip = NetworkMapLayout::Chip;
    using Box = NetworkMapLayout::Box;
    using Link = NetworkMapHistory::Link;
    // What the envelope carries: the line (or lookup) of one event, on one link.
    struct Flight {
        QString from;
        QString to;
        Protocol protocol = Protocol::None;
        TranscriptEvent::Direction direction = TranscriptEvent::Direction::None;
        QString text;
        bool valid = false;
    };

    void eventsScanned(qsizetype first, qsizetype last);
    void historyChanged();
    void ensureLayout() const;
    Flight flightFor(const TranscriptEvent &event) const;
    QString toolTipFor(const QString &host) const;

    void paintLinks(QPainter &painter) const;
    // A host box is drawn once into an image and that image is reused until
    // something it shows changes (under load, one box of seven changes).
    void paintHost(QPainter &painter, const Box &box) const;
    void drawHost(QPainter &painter, const Box &box) const;
    void paintEnvelope(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void paintEavesdroppers(QPainter &painter) const;

    QPointer<World> m_world;
    bool m_hidePasswords = false;
    NetworkMapHistory m_history;
    qsizetype m_moment = -1;
    Flight m_flight;
    QVariantAnimation m_animation;
    QMetaObject::Connection m_activityConnection;

    // Layout, recomputed on resize, when hosts appear or a count changes.
    mutable bool m_layoutDirty = true;
    mutable NetworkMapLayout m_layout;
    struct HostImage {
        QString key; // everything the image depends on
        QPixmap image;
    };
    mutable QHash<QString, HostImage> m_hostImages; // by host name
    // The envelope's label and the legend, laid out once (ShapedTextCache);
    // emptied when the font or the language changes.
    mutable ShapedTextCache m_text{256};
};
