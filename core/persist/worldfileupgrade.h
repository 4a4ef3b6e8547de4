// SPDX-License-Identifier: GPL-3.0-or-later
// worldfileupgrade.h — what a world file of an older version did not record,
// worked out once when it is loaded.
//
// Version 1 files: the line roles (since version 2 every line event carries what it is (TranscriptEvent::role,
// continued, answers) as its engine knew it. An older file has only the text
// of its lines), so its conversations are replayed once, here, the way the
// explainer used to replay them every time a line was selected: SMTP
// commands wait in order for their replies (pipelining too, RFC 2920 §3), a
// 354 opens the message and a 334 an AUTH answer, a POP3 +OK to RETR, TOP,
// CAPA or a bare LIST/UIDL opens a multi-line answer (RFC 1939 §3).
#pragma once

#include "transcript/transcriptevent.h"

#include <QList>

// Files saved before notes had codes also kept a service going up or down
// and a connection's ends only in words; their codes are given back here.
namespace WorldFileUpgrade {

// Everything a version 1 file's events lack, in place.
void fromVersion1(QList<TranscriptEvent> &events);

// Fills role, continued and answers of every line event whose role is Unknown.
void inferLineRoles(QList<TranscriptEvent> &events);
// Gives a code to a "LISTEN"/"DOWN" note and to a connection's "TCP a -> b (s)"
// note that were saved as text only.
void codeOldNotes(QList<TranscriptEvent> &events);

} // namespace WorldFileUpgrade
