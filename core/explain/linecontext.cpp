// SPDX-License-Identifier: GPL-3.0-or-later
// linecontext.cpp — what a line is within its conversation, read from what
// was recorded with it: its role, whether it continues a reply, and which
// command a reply answers (TranscriptEvent::role, continued, answers, set by
// the engines). Only a message's own lines are looked at again, for where
// the header section ends (RFC 5322 §2.1) and which field a folded line
// continues (§2.2.3): that is the message's format, not the conversation's.
#include "explanations.h"

#include "linesyntax.h"

#include "transcript/transcript.h"

namespace Explanations {

using namespace Syntax;

namespace {

bool isLineOf(const TranscriptEvent &e, const TranscriptEvent &target)
{
    return e.kind == TranscriptEvent::Kind::Line && e.connectionId == target.connectionId;
}

// Where the header section ends and which field a line folds, for a line of
// message content: its message's lines run back to the other side's last line.
void placeInMessage(const Transcript &transcript, qsizetype index, LineContext *c)
{
    const TranscriptEvent &target = transcript.at(index);
    qsizetype first = index;
    for (qsizetype i = index - 1; i >= transcript.firstIndex(); --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (!isLineOf(e, target))
            continue;
        if (e.direction != target.direction || e.role != LineRole::MessageContent)
            break;
        first = i;
    }
    bool inBody = false;
    QByteArray lastField;
    for (qsizetype i = first; i < index; ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (!isLineOf(e, target) || inBody)
            continue;
        if (e.raw.isEmpty())
            inBody = true;
        else if (!e.raw.startsWith(' ') && !e.raw.startsWith('\t'))
            lastField = headerName(e.raw);
    }
    c->inBody = inBody;
    if (!inBody && (target.raw.startsWith(' ') || target.raw.startsWith('\t')))
        c->foldedField = lastField;
}

// IMAP: the command a tagged response answers, by name ("FETCH", "UID FETCH"),
// read from the command's first line (its last may follow a literal).
QByteArray imapCommandName(const Transcript &transcript, qsizetype answered)
{
    const TranscriptEvent &last = transcript.at(answered);
    qsizetype first = answered;
    // Back over the command's own lines (the server's "+" may come between).
    for (qsizetype i = answered - 1; i >= transcript.firstIndex() && transcript.at(first).continued; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.connectionId == last.connectionId
            && e.direction == last.direction)
            first = i;
        else if (e.connectionId == last.connectionId && e.kind != TranscriptEvent::Kind::Line)
            break;
    }
    return Syntax::imapCommandName(transcript.at(first).raw);
}

} // namespace

LineContext contextOf(const Transcript &transcript, qsizetype index)
{
    LineContext c;
    if (index < transcript.firstIndex() || index >= transcript.size())
        return c;
    const TranscriptEvent &target = transcript.at(index);
    if (target.kind != TranscriptEvent::Kind::Line || target.connectionId == 0)
        return c;
    // A greeting is a reply that answers nothing.
    c.role = target.role == LineRole::Greeting ? LineRole::Reply : target.role;
    c.firstLineOfReply = !(target.role == LineRole::Reply && target.continued);
    if (target.answers >= transcript.firstIndex() && target.answers < index) {
        const TranscriptEvent &answered = transcript.at(target.answers);
        c.answeredIndex = target.answers;
        if (answered.role == LineRole::EndOfContent)
            c.answeredVerb = QByteArrayLiteral(".");
        else if (answered.role == LineRole::AuthResponse)
            c.answeredVerb = QByteArrayLiteral("AUTH");
        else if (answered.protocol == Protocol::Imap)
            c.answeredVerb = imapCommandName(transcript, target.answers);
        else
            c.answeredVerb = verbOf(answered.raw);
    }
    if (c.role == LineRole::MessageContent)
        placeInMessage(transcript, index, &c);
    return c;
}

} // namespace Explanations
