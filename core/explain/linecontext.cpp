// linecontext.cpp — what a line is within its conversation, found by
// replaying its connection from the start: SMTP commands wait in order for
// their replies (pipelining too, RFC 2920 §3), a 354 opens the message and a
// 334 an AUTH answer; a POP3 +OK to RETR, TOP, CAPA or a bare LIST/UIDL opens
// a multi-line answer (RFC 1939 §3). The explainer reads the result.
#include "explanations.h"

#include "linesyntax.h"

#include "transcript/transcript.h"

#include <deque>

namespace Explanations {

using namespace Syntax;

namespace {

bool isMultiLinePop3Command(const QByteArray &line)
{
    const QByteArray verb = verbOf(line);
    if (verb == "RETR" || verb == "TOP" || verb == "CAPA")
        return true;
    return (verb == "LIST" || verb == "UIDL") && argumentOf(line).isEmpty();
}

} // namespace

LineContext contextOf(const Transcript &transcript, qsizetype index)
{
    LineContext result;
    if (index < 0 || index >= transcript.size())
        return result;
    const TranscriptEvent &target = transcript.at(index);
    if (target.kind != TranscriptEvent::Kind::Line || target.connectionId == 0)
        return result;
    const int id = target.connectionId;
    const Protocol protocol = target.protocol;

    // Start where the connection opened (or at its first line).
    qsizetype start = index;
    for (qsizetype i = index - 1; i >= 0; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId != id)
            continue;
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened)
            break;
        if (e.kind == TranscriptEvent::Kind::Line)
            start = i;
    }

    // Replay: commands wait in order for their replies (RFC 2920 §3 keeps the
    // order with pipelining too).
    struct Pending {
        QByteArray verb;
        QByteArray line;
        qsizetype index;
    };
    std::deque<Pending> pending;
    bool inContent = false; // SMTP after 354, POP3 inside a multi-line answer
    bool inBody = false;
    QByteArray lastField;
    bool authChallenge = false; // the last server line was a 334
    bool replyOpen = false; // an SMTP reply has had a "250-" line
    Pending multiLineOf{QByteArray(), QByteArray(), -1};

    for (qsizetype i = start; i <= index; ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId != id || e.kind != TranscriptEvent::Kind::Line || e.protocol != protocol)
            continue;
        const bool fromClient = e.direction == TranscriptEvent::Direction::ClientToServer;
        LineContext c;
        if (protocol == Protocol::Smtp && fromClient) {
            if (inContent) {
                if (e.raw == ".") {
                    c.role = LineRole::EndOfContent;
                    inContent = false;
                    pending.push_back({QByteArray("."), e.raw, i});
                } else {
                    c.role = LineRole::MessageContent;
                    c.inBody = inBody;
                    if (!inBody) {
                        if (e.raw.isEmpty()) {
                            inBody = true;
                        } else if (e.raw.startsWith(' ') || e.raw.startsWith('\t')) {
                            c.foldedField = lastField;
                        } else {
                            lastField = headerName(e.raw);
                        }
                    }
                }
            } else if (authChallenge) {
                c.role = LineRole::AuthResponse;
                authChallenge = false;
                pending.push_back({QByteArray("AUTH"), e.raw, i});
            } else {
                c.role = LineRole::Command;
                pending.push_back({verbOf(e.raw), e.raw, i});
            }
        } else if (protocol == Protocol::Smtp) {
            c.role = LineRole::Reply;
            c.firstLineOfReply = !replyOpen;
            if (!pending.empty()) {
                c.answeredVerb = pending.front().verb;
                c.answeredIndex = pending.front().index;
            }
            const bool last = !(e.raw.size() > 3 && e.raw.at(3) == '-');
            replyOpen = !last;
            authChallenge = false;
            if (last) {
                if (!pending.empty())
                    pending.pop_front();
                const int code = smtpReplyCode(e.raw);
                if (code == 354) {
                    inContent = true;
                    inBody = false;
                    lastField.clear();
                } else if (code == 334) {
                    authChallenge = true;
                }
            }
        } else if (fromClient) {
            c.role = LineRole::Command;
            pending.push_back({verbOf(e.raw), e.raw, i});
        } else if (inContent) {
            c.answeredVerb = multiLineOf.verb;
            c.answeredIndex = multiLineOf.index;
            if (e.raw == ".") {
                c.role = LineRole::EndOfContent;
                inContent = false;
            } else if (multiLineOf.verb == "RETR" || multiLineOf.verb == "TOP") {
                c.role = LineRole::MessageContent;
                c.inBody = inBody;
                if (!inBody) {
                    if (e.raw.isEmpty())
                        inBody = true;
                    else if (e.raw.startsWith(' ') || e.raw.startsWith('\t'))
                        c.foldedField = lastField;
                    else
                        lastField = headerName(e.raw);
                }
            } else {
                c.role = LineRole::ListingLine;
            }
        } else {
            c.role = LineRole::Reply;
            if (!pending.empty()) {
                multiLineOf = pending.front();
                pending.pop_front();
                c.answeredVerb = multiLineOf.verb;
                c.answeredIndex = multiLineOf.index;
                if (e.raw.startsWith("+OK") && isMultiLinePop3Command(multiLineOf.line)) {
                    inContent = true;
                    inBody = false;
                    lastField.clear();
                }
            }
        }
        if (i == index)
            result = c;
    }
    return result;
}

} // namespace Explanations
