// lineroles.h — the line roles of a transcript recorded before engines
// stamped them (world files of version 1), worked out once at load.
//
// Since version 2 every line event carries what it is (TranscriptEvent::role,
// continued, answers) as its engine knew it. An older file has only the text
// of its lines, so its conversations are replayed once, here, the way the
// explainer used to replay them every time a line was selected: SMTP
// commands wait in order for their replies (pipelining too, RFC 2920 §3), a
// 354 opens the message and a 334 an AUTH answer, a POP3 +OK to RETR, TOP,
// CAPA or a bare LIST/UIDL opens a multi-line answer (RFC 1939 §3).
#pragma once

#include "transcript/transcriptevent.h"

#include <QList>

namespace LineRolesFromText {

// Fills role, continued and answers of every line event whose role is Unknown.
void infer(QList<TranscriptEvent> &events);

} // namespace LineRolesFromText
