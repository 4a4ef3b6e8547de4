// SPDX-License-Identifier: GPL-3.0-or-later
// linerole.h — what a line is within its conversation, as the engine that
// said or heard it knows it.
//
// The engines stamp each utterance with the role of its lines and, for a
// reply, which line of the client it answers (Utterance::role, restRole,
// answersLine); the Connection turns that into TranscriptEvent::role and
// TranscriptEvent::answers. Views read the role instead of replaying the
// conversation from its text. The IMAP and HTTP roles are here so that those
// engines fit the same picture (docs/architecture.md, "Events").
#pragma once

#include <QtGlobal>

enum class LineRole : quint8 {
    Unknown, // not recorded (a world file from before roles, a hand-made event)
    Greeting, // the server's first words, answering no command (SMTP 220, POP3 +OK)
    Command, // a client command (SMTP, POP3; an IMAP tagged command)
    Reply, // an SMTP reply line, a POP3 status line, an IMAP tagged completion
    AuthResponse, // the client's answer to an AUTH challenge (RFC 4954 §4)
    MessageContent, // a line of a message: SMTP DATA content, POP3 RETR/TOP lines
    EndOfContent, // the lone "." ending DATA content or a POP3 multi-line response
    ListingLine, // a line of a POP3 LIST, UIDL or CAPA listing
    // IMAP (RFC 3501 §2.2): "* …" data, "+ …" go-ahead, and the octets of a
    // literal {n} (§4.3), which belong to the command or response around them.
    Untagged,
    Continuation,
    Literal,
    // HTTP/1.1 (RFC 9112 §2.1): a request line, a status line, a header field
    // line, and the octets of a body.
    RequestLine,
    StatusLine,
    HeaderField,
    Body,
};

// The line role's stable name in world files and --json ("command", "reply" …);
// fromName() gives Unknown for a name it does not know.
namespace LineRoles {
const char *name(LineRole role);
// A client's line that waits for a reply: a command, the "." ending DATA,
// an answer to an AUTH challenge; the last line of an HTTP request (the
// empty line ending its header section, or its body's last line), since
// the Connection only asks this of the last line of a client's utterance.
inline bool awaitsReply(LineRole role)
{
    return role == LineRole::Command || role == LineRole::EndOfContent || role == LineRole::AuthResponse
        || role == LineRole::HeaderField || role == LineRole::Body;
}
LineRole fromName(const QByteArray &name);
} // namespace LineRoles
