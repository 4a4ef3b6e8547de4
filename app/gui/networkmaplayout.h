// SPDX-License-Identifier: GPL-3.0-or-later
// networkmaplayout.h — where each host of the network map sits, and what its box says.
//
// The layout follows the course's figure: the senders' MUAs on the left, the
// mail servers (MTAs) in the middle in the scenario's order, the receivers'
// MUAs on the right, the DNS above between the servers, and the console and
// outside clients (telnet, a real mail client) below. Each box lists, under
// the host's name, rows of chips (address, ports, queue, mailboxes…) with the
// counts as at the moment shown (NetworkMapHistory). The drawing has a natural
// size; when the widget is smaller it is scaled down as a whole, never up.
//
// Positions are in scene coordinates; sceneToWidget() maps them for painting
// and hit tests. Its texts are the network map's and keep its translation
// context ("NetworkMapView").
#pragma once

#include "world/world.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QSize>

class NetworkMapHistory;

class NetworkMapLayout
{
    Q_DECLARE_TR_FUNCTIONS(NetworkMapView)
public:
    struct Chip {
        enum class Style : quint8 {
            Muted,
            Plain,
            Port,
            Count
        }; // Port, Count: framed
        QString text;
        Style style = Style::Plain;
        Protocol protocol = Protocol::None; // the frame's tint (None: neutral)
    };
    struct Box {
        QString name;
        QString title; // drawn as the box's title when not empty (else the name)
        QString role; // the badge when not empty (else roleText(kind))
        World::HostKind kind = World::HostKind::Outside;
        bool up = true; // listening (servers), as at the moment shown
        QRectF rect; // scene coordinates
        QList<QList<Chip>> rows; // under the title: address, ports, queue…
    };

    // An eavesdropper of the scenario ("eavesdropper eva between fran
    // servidor.edu"), drawn as a small figure tapping her link where it is
    // seen between boxes, nearest the server's end; one figure where
    // several of her links cross the same gap.
    struct Eavesdropper {
        QString name;
        QPointF tap; // on the link, scene coordinates
        QRectF figure; // the figure (head and body)
        QRectF rect; // the figure and her name below it
    };

    // Measures shared with the painter: inside a box, between chips.
    static constexpr double padding = 7;
    static constexpr double chipSpacing = 4;
    // A box's title (the host's name) and everything smaller (rows, badge, legend).
    static QFont titleFont(const QFont &base);
    static QFont detailFont(const QFont &base);
    // The role badge of a box ("MUA", "MTA", "DNS", "terminal", "client").
    static QString roleText(World::HostKind kind);

    // Lays out the hosts of `world` (and the outside ones seen) as at
    // `moment` (-1: live), for a widget of `size` drawn in `font`.
    void layOut(const World &world, const NetworkMapHistory &history, qsizetype moment, const QFont &font,
                const QSize &size);
    void clear();

    // A class's window (--class): the outside hosts (the students'
    // computers, one per address) are drawn as one box, "The class", with
    // the number of students and how many are at work, and a server's
    // student mailboxes as one chip (their count and their messages), so
    // that the story's hosts keep their size with 30 students. Off: every
    // outside host and mailbox has its own box and chip.
    void setClassGroup(bool group) { m_classGroup = group; }
    bool classGroup() const { return m_classGroup; }
    void setClassAtWork(int students) { m_classAtWork = students; }
    // The class's box's name (not a host's: it has a space).
    static QString classGroupName() { return QStringLiteral("the class"); }
    // What its box says it is, translated ("The class"); the timeline's
    // lane of the students' computers is called the same.
    static QString classGroupTitle();
    // The box a host is drawn in: its own, or the class's for an outside
    // host folded into it at the last layOut().
    QString boxNameFor(const QString &host) const
    {
        return m_grouped.contains(host) ? classGroupName() : host;
    }
    // The outside hosts in the class's box (its tooltip lists them).
    QStringList groupedHosts() const;

    const QList<Box> &boxes() const { return m_boxes; }
    const Box *box(const QString &name) const;
    const QList<Eavesdropper> &eavesdroppers() const { return m_eavesdroppers; }
    QSizeF sceneSize() const { return m_sceneSize; }
    double scale() const { return m_scale; }
    QPointF offset() const { return m_offset; }
    QRectF legendRect() const { return m_legendRect; }
    QPointF sceneToWidget(const QPointF &point) const { return point * m_scale + m_offset; }

private:
    Box hostBox(const World &world, const NetworkMapHistory &history, qsizetype moment,
                const World::Host &host, const QFont &font) const;
    Box classBox(const World &world, const QFont &font) const;
    // The box's size from its title, badge and rows.
    static void sizeBox(Box *box, const QFont &font);
    void place(const World &world, const QFont &font, const QSize &size);
    void placeEavesdroppers(const World &world, const QFont &font);

    bool m_classGroup = false;
    int m_classAtWork = 0;
    QSet<QString> m_grouped;
    QList<Box> m_boxes;
    QList<Eavesdropper> m_eavesdroppers;
    QSizeF m_sceneSize;
    double m_scale = 1.0;
    QPointF m_offset;
    QRectF m_legendRect;
};
