// explanations.h — what each command, reply code and event means, in plain words.
//
// The catalogue the inspector shows for a selected line: a short title, a
// plain-language explanation for a student, and the RFC section it comes
// from (e.g. RFC 5321 §4.1.1.2 for MAIL). Texts go through tr() (context
// "Explanations") so they are translated with the rest of the interface.
#pragma once

#include "transcript/transcriptevent.h"

#include <QString>

struct Explanation {
    QString title;   // "MAIL FROM: the sender of the envelope"
    QString text;    // a few sentences for a student
    QString rfc;     // "RFC 5321 §4.1.1.2"; empty when none applies
    bool isEmpty() const { return title.isEmpty() && text.isEmpty(); }
};

namespace Explanations {
// A line on the wire: a command (by its verb) or a reply (by its code).
Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase = Phase::None);
// Any event: lines as above, and connections, DNS lookups, queue decisions…
Explanation forEvent(const TranscriptEvent &event);
// The course's name of a phase ("Apertura (handshake)" in Galician).
QString phaseTitle(Phase phase);
} // namespace Explanations
