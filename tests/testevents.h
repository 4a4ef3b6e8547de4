// testevents.h — transcript events made by hand, for the tests of what reads them.
#pragma once

#include "persist/worldfileupgrade.h"
#include "transcript/transcript.h"
#include "transcript/transcriptevent.h"

#include <QList>

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

// A transcript made by hand, line by line, whose lines get the roles their
// engines would have recorded (what each line is, which command a reply
// answers), worked out from their text as for a version 1 world file.
// append() collects; done() stores them all, with their roles; what is
// appended after done() is appended as it is (a line without a role).
class HandMadeTranscript : public Transcript
{
public:
    qsizetype append(TranscriptEvent event)
    {
        if (m_done)
            return Transcript::append(std::move(event)).sequence;
        event.sequence = m_events.size();
        m_events.append(std::move(event));
        return m_events.size() - 1;
    }
    void done()
    {
        WorldFileUpgrade::inferLineRoles(m_events);
        restore(m_events, 0);
        m_done = true;
    }

private:
    QList<TranscriptEvent> m_events;
    bool m_done = false;
};

} // namespace TestEvents
