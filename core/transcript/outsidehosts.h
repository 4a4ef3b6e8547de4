// SPDX-License-Identifier: GPL-3.0-or-later
// outsidehosts.h — which hosts a transcript names are outside the world.
//
// An outside host is one the world does not have: a telnet, a real mail
// client, a student's computer in a class ("outside 10.0.0.5", one per
// address; the name is translated, so it is told by not being one of the
// world's hosts, never by its words). They are seen at either end of a line
// or of a TCP connection opening or closing. The network map draws each in
// a box of its own, or all of them in the class's; the timeline gives each
// a lane of its own, or all of them one lane (TimelineModel::
// foldOutsideHosts). Both ask this one predicate, so a host folded on the
// map is folded on the timeline too.
#pragma once

#include "transcript/transcriptevent.h"

#include <QSet>
#include <QString>
#include <QStringList>

class OutsideHosts
{
public:
    OutsideHosts() = default;
    // The world's own hosts (the names of World::hosts()): never outside.
    explicit OutsideHosts(const QStringList &worldHosts)
        : m_world(worldHosts.cbegin(), worldHosts.cend())
    {
    }

    // Whether `host` is outside: named, and none of the world's hosts.
    bool isOutside(const QString &host) const { return !host.isEmpty() && !m_world.contains(host); }
    // Whether the event names two hosts talking (a line, a connection
    // opening or closing, both ends named): where outside hosts are seen.
    static bool namesBothEnds(const TranscriptEvent &event)
    {
        using Kind = TranscriptEvent::Kind;
        return (event.kind == Kind::Line || event.kind == Kind::ConnectionOpened
                || event.kind == Kind::ConnectionClosed)
            && !event.from.isEmpty() && !event.to.isEmpty();
    }
    const QSet<QString> &worldHosts() const { return m_world; }

private:
    QSet<QString> m_world;
};
