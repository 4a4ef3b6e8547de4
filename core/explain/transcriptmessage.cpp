// transcriptmessage.cpp — putting a message back together from the lines
// that carried it: from a selected content line back to the 354 or the
// RETR/TOP that opened it, forward to the lone ".", without the stuffed dots,
// keeping for each line the event and the offset of its bytes.
#include "transcriptmessage.h"

#include "explain/explanations.h"
#include "protocol/dotstuffing.h"
#include "protocol/phase.h"
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

    // Back to the other side's last line: SMTP's 354 (the client waits for it
    // before the content, RFC 2920 §3.1 too), or POP3's RETR/TOP command.
    const int connection = selected.connectionId;
    const Direction direction = selected.direction;
    qsizetype start = -1;
    for (qsizetype i = event - 1; i >= 0; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (isLineOf(e, connection) && e.direction != direction) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return {};
    const TranscriptEvent &opener = transcript.at(start);
    qsizetype first = start + 1;
    if (selected.protocol == Protocol::Smtp) {
        if (!opener.raw.startsWith("354"))
            return {};
    } else {
        const QByteArray verb = commandVerb(opener.raw);
        if (verb != "RETR" && verb != "TOP")
            return {};
        // The "+OK" status line comes before the message (RFC 1939 §7).
        while (first < event && !isLineOf(transcript.at(first), connection))
            ++first;
        if (first >= event)
            return {};
        ++first;
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
