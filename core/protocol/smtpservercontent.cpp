// SPDX-License-Identifier: GPL-3.0-or-later
// smtpservercontent.cpp — the SMTP server's DATA (RFC 5321 §4.1.1.4): the
// 354, the content lines up to "." with dot-unstuffing (§4.5.2), the limits
// on line length (§4.5.3.1.6) and message size (RFC 1870 §6.3), and the
// reply once "." comes. Only CR LF "." CR LF ends the content: "." after a
// bare LF is content, which defeats "SMTP smuggling".
#include "smtpserversession.h"

#include "dotstuffing.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

// The course's text (section 3 of the course, its SMTP transcript).
const QByteArray dataText = "Enter mail, end with \".\" on a line by itself";

// The lines of the last message any session on this thread took: the room a
// session's first message starts with (not grown 8, 16, 32, 64 a message).
thread_local qsizetype lastDataLinesOnThread = 0;

} // namespace

void SmtpServerSession::commandData(const QByteArray &, Phase phase)
{
    m_state = State::Data;
    // §4.5.3.1.6: text lines are up to 1000 octets with CR LF.
    m_reader.setMaximumLength(m_config.maximumTextLineLength - 2);
    // Room for as many lines as the last message had (a client sends alike
    // messages), not grown a line at a time.
    const qsizetype last = m_lastDataLines > 0 ? m_lastDataLines : lastDataLinesOnThread;
    m_dataLines.reserve(std::min<qsizetype>(last + 8, 4096));
    reply(354, QByteArray(), dataText, phase);
}

void SmtpServerSession::handleContentLine(const LineReader::Line &line)
{
    m_phase = Phase::Transfer;
    LineReader::Line next = line;
    if (!takeContentLine(next))
        return;
    // The rest of the content already read is taken here, line after line,
    // not one round through the connection each (seventy lines a message;
    // a content line is never answered, so nothing waits to be written
    // between them). Only where each ends is looked for: the octets of
    // content are kept as they came, whatever they are.
    while (m_state == State::Data && takeLine(&next, true)) {
        if (!takeContentLine(next))
            return;
    }
}

bool SmtpServerSession::takeContentLine(LineReader::Line &line)
{
    // §4.5.2: only CR LF "." CR LF ends the data; "." after a bare LF is content.
    if (DotStuffing::isTerminator(line.text) && !line.bareLineFeed) {
        finishData();
        return false;
    }
    if (line.overlong)
        m_dataLineTooLong = true;
    if (m_dataTooBig)
        return true; // RFC 1870 §6.3: the message fails anyway; keep nothing more
    // A "." line here came with a bare LF: content as it is (DotStuffing::unstuff).
    m_contentSize += DotStuffing::unstuff(line.text).size() + 2;
    if (m_contentSize > m_config.maximumMessageSize) {
        m_dataTooBig = true;
        return true;
    }
    // The line as it came, for the transcript; the message to store is made
    // from these lines at "." (one copy held while the data comes, not two).
    // Moved: the reader gives the next line a new array anyway.
    m_dataLines.append(std::move(line.text));
    if (m_dataLines.size() == 1 && m_delegate && m_delegate->cutDuringData(m_envelope)) {
        // The link is cut here: what arrived so far was heard, nothing is answered.
        Utterance content;
        content.lines = std::move(m_dataLines);
        content.phase = Phase::Transfer;
        content.role = LineRole::MessageContent;
        heard(content);
        cut();
        return false;
    }
    return true;
}

void SmtpServerSession::finishData()
{
    const bool tooBig = m_dataTooBig;
    const bool lineTooLong = m_dataLineTooLong;
    const bool deliver = !tooBig && !lineTooLong;
    QByteArray message;
    if (deliver) {
        // Unstuffed (§4.5.2), every line ended with CR LF (a bare LF included).
        // A "." line here came with a bare LF (with CR LF it ended the data):
        // it is content as it is.
        // Sized once and copied into: two appends a line cost more than the
        // copies themselves.
        // Its size is the content's, counted line by line as it came
        // (takeContentLine()).
        const qsizetype size = qsizetype(m_contentSize);
#ifndef QT_NO_DEBUG
        qsizetype counted = 0;
        for (const QByteArray &line : std::as_const(m_dataLines))
            counted += DotStuffing::unstuff(line).size() + 2;
        Q_ASSERT(counted == size);
#endif
        message.reserve(size); // exactly: resize() alone would round it up
        message.resize(size);
        char *out = message.data();
        for (const QByteArray &line : std::as_const(m_dataLines)) {
            const QByteArrayView text = DotStuffing::unstuff(line);
            std::memcpy(out, text.data(), size_t(text.size()));
            out += text.size();
            *out++ = '\r';
            *out++ = '\n';
        }
    }
    m_lastDataLines = m_dataLines.size();
    lastDataLinesOnThread = m_lastDataLines;
    Utterance content;
    content.lines = std::move(m_dataLines);
    content.lines.append(DotStuffing::terminator);
    content.phase = Phase::Transfer;
    content.role = LineRole::MessageContent;
    heard(std::move(content));

    const SmtpEnvelope envelope = m_envelope;
    m_lastRecipients = envelope.recipients;
    resetTransaction();
    m_state = State::Greeted;
    m_reader.setMaximumLength(m_config.maximumCommandLength - 2);

    if (tooBig) {
        reply(552, "5.3.4", "Message size exceeds fixed maximum message size", Phase::Transfer);
    } else if (lineTooLong) {
        // §4.5.3.1.6: a text line is at most 1000 octets with its CR LF.
        reply(500, "5.5.2", "Line too long", Phase::Transfer, ErrorCount::Count);
    } else {
        SmtpReply answer = m_delegate
            ? m_delegate->acceptMessage(envelope, message)
            : SmtpReply(451, "4.3.0", "Requested action aborted: local error in processing");
        reply(completeReply(answer, messageAccepted()), Phase::Transfer);
    }
}
