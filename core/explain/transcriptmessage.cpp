// SPDX-License-Identifier: GPL-3.0-or-later
// transcriptmessage.cpp — putting a message back together from the lines
// that carried it: from a selected content line back to the first line of its
// content (the lines' recorded roles say which they are), forward to the lone
// ".", without the stuffed dots, keeping for each line the event and the
// offset of its bytes.
#include "transcriptmessage.h"

#include "explain/explanations.h"
#include "protocol/dotstuffing.h"
#include "transcript/transcript.h"

#include <algorithm>

namespace {

using Direction = TranscriptEvent::Direction;

bool isLineOf(const TranscriptEvent &e, int connectionId)
{
    return e.kind == TranscriptEvent::Kind::Line && e.connectionId == connectionId;
}

} // namespace

TranscriptMessage TranscriptMessage::at(const Transcript &transcript, qsizetype event)
{
    if (event < 0 || event >= transcript.size())
        return {};
    const TranscriptEvent &selected = transcript.at(event);
    if (selected.kind != TranscriptEvent::Kind::Line
        || (selected.protocol != Protocol::Smtp && selected.protocol != Protocol::Pop3))
        return {};
    const Explanations::LineContext context = Explanations::contextOf(transcript, event);
    if (context.role != Explanations::LineRole::MessageContent
        && context.role != Explanations::LineRole::EndOfContent)
        return {};

    // Back to the message's first line: the lines of its content recorded
    // before this one on the connection, in the same direction (after SMTP's
    // 354, or POP3's +OK to RETR or TOP).
    const int connection = selected.connectionId;
    const Direction direction = selected.direction;
    qsizetype first = event;
    for (qsizetype i = event - 1; i >= transcript.firstIndex(); --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (!isLineOf(e, connection))
            continue;
        if (e.direction != direction || e.role != LineRole::MessageContent)
            break;
        first = i;
    }

    TranscriptMessage message;
    for (qsizetype i = first; i < transcript.size(); ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (!isLineOf(e, connection))
            continue;
        if (e.direction != direction)
            break; // the message was cut short (a reply, a closed connection)
        if (DotStuffing::isTerminator(e.raw)) {
            message.m_endEvent = i;
            message.m_complete = true;
            break;
        }
        // Dot-stuffing undone: ".." at the start of a line was ".".
        const QByteArrayView line = DotStuffing::unstuff(e.raw);
        message.m_lineEvents.append(i);
        message.m_lineOffsets.append(message.m_raw.size());
        message.m_raw.append(line);
        message.m_raw += "\r\n";
    }
    // The selected "." of an empty message still names a message: its end.
    if (message.m_lineEvents.isEmpty() && !message.m_complete)
        return {};
    return message;
}

QPair<qsizetype, qsizetype> TranscriptMessage::eventsOf(qsizetype offset, qsizetype length) const
{
    if (m_lineOffsets.isEmpty() || length <= 0 || offset < 0 || offset >= m_raw.size())
        return {-1, -1};
    // The line holding a byte: the last line starting at or before it.
    auto lineOf = [this](qsizetype byte) {
        const auto it = std::upper_bound(m_lineOffsets.cbegin(), m_lineOffsets.cend(), byte);
        return qsizetype(it - m_lineOffsets.cbegin()) - 1;
    };
    const qsizetype last = std::min(offset + length, m_raw.size()) - 1;
    return {m_lineEvents.at(lineOf(offset)), m_lineEvents.at(lineOf(last))};
}
