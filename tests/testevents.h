// testevents.h — transcript events made by hand, for the tests of what reads them.
#pragma once

#include "transcript/transcriptevent.h"

namespace TestEvents {

// A line from an outside client to servidor.edu on connection 1 (SMTP, C→S).
inline TranscriptEvent lineEvent(const QByteArray &raw, bool sensitive = false)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = 1;
    e.protocol = Protocol::Smtp;
    e.direction = TranscriptEvent::Direction::ClientToServer;
    e.from = QStringLiteral("outside 127.0.0.1");
    e.to = QStringLiteral("servidor.edu");
    e.raw = raw;
    e.sensitive = sensitive;
    return e;
}

} // namespace TestEvents
