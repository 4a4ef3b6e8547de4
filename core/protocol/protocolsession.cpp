// SPDX-License-Identifier: GPL-3.0-or-later
// protocolsession.cpp — the line loop and the output lists every engine shares.
//
// receive() hands complete lines to handleLine() until the engine asks to
// close: nothing after QUIT counts (RFC 5321 §4.1.1.10). say() stamps each
// reply with the last line heard (at most 1024 octets), which is how the
// prediction quiz knows what a reply answers. requestClose() marks the last
// utterance waiting with closeAfter, or queues an empty one that only closes.
// Heard utterances go to the heard handler at once when there is one.
//
// Lines are counted as they are handled and said, so every utterance knows
// the number of its last line; a reply said while a line is handled answers
// that line (once: a second reply to it, like a 421 after a 500, answers
// none), and one said before any line was read is a greeting. A client engine
// knows which of its commands a reply answers and sets answersLine itself.
#include "protocolsession.h"

void ProtocolSession::receive(const QByteArray &bytes)
{
    m_reader.append(bytes);
    // Stops once closing: RFC 5321 §4.1.1.10, nothing after QUIT counts.
    while (handleNextLine()) {
    }
}

bool ProtocolSession::handleNextLine()
{
    if (isInputHeld())
        return false;
    if (m_reader.octetsExpected() > 0) {
        // An IMAP literal's octets, as they arrive (bounded by what was asked).
        QByteArray chunk;
        if (m_wantsClose || m_tlsRequested || !m_reader.nextOctets(&chunk))
            return false;
        handleOctets(chunk);
        return true;
    }
    LineReader::Line line;
    if (!takeLine(&line))
        return false;
    handleLine(line);
    return true;
}

bool ProtocolSession::takeLine(LineReader::Line *line, bool textOnly)
{
    if (m_wantsClose || m_tlsRequested || !(textOnly ? m_reader.nextText(line) : m_reader.next(line)))
        return false;
    ++m_linesRead;
    return true;
}

QList<Utterance> ProtocolSession::takeOutput()
{
    QList<Utterance> out;
    takeOutput(&out);
    return out;
}

QList<Utterance> ProtocolSession::takeHeard()
{
    QList<Utterance> out;
    out.swap(m_heard);
    return out;
}

void ProtocolSession::takeOutput(QList<Utterance> *into)
{
    Q_ASSERT(into->isEmpty());
    into->swap(m_output);
    m_outputCloses = false;
}

void ProtocolSession::say(const Utterance &utterance)
{
    m_output.append(utterance);
    noteSaid();
}

void ProtocolSession::say(Utterance &&utterance)
{
    m_output.append(std::move(utterance));
    noteSaid();
}

void ProtocolSession::noteSaid()
{
    Utterance &said = m_output.last();
    // What a reply answers, for whoever waits for a given one (predict-the-reply).
    if (!said.code.isEmpty() && said.answers.isEmpty())
        said.answers = m_lastHeard;
    m_linesSaid += said.lines.size();
    said.lastLine = said.lines.isEmpty() ? -1 : m_linesSaid - 1;
    if (said.role == LineRole::Unknown && !said.lines.isEmpty()) {
        if (said.code.isEmpty())
            said.role = LineRole::Command;
        else
            said.role = m_linesRead == 0 ? LineRole::Greeting : LineRole::Reply;
    }
    const bool reply = said.role == LineRole::Reply || said.role == LineRole::Greeting;
    if (reply && said.answersLine < 0 && m_linesRead - 1 > m_answeredLine) {
        said.answersLine = m_linesRead - 1;
        m_answeredLine = said.answersLine;
    }
    m_outputCloses = m_outputCloses || said.closeAfter;
    if (m_outputHandler && !m_outputCloses && m_output.size() >= m_outputEvery)
        m_outputHandler();
}

void ProtocolSession::sayLine(const QByteArray &text, Phase phase, const QByteArray &code)
{
    say(Utterance::line(text, phase, code));
}

void ProtocolSession::heard(const Utterance &utterance)
{
    heard(Utterance(utterance));
}

void ProtocolSession::heard(Utterance &&utterance)
{
    if (!utterance.lines.isEmpty())
        m_lastHeard = utterance.lines.constLast().left(1024);
    // Heard while its last line is handled (a content's "." included).
    utterance.lastLine = m_linesRead - 1;
    if (utterance.role == LineRole::Unknown && !utterance.lines.isEmpty()) {
        if (utterance.code.isEmpty())
            utterance.role = LineRole::Command;
        else
            utterance.role = m_linesSaid == 0 ? LineRole::Greeting : LineRole::Reply;
    }
    if (m_heardHandler)
        m_heardHandler(utterance);
    else
        m_heard.append(std::move(utterance));
}

void ProtocolSession::heardLine(const QByteArray &text, Phase phase, const QByteArray &code)
{
    heard(Utterance::line(text, phase, code));
}

void ProtocolSession::requestClose()
{
    m_wantsClose = true;
    if (!m_output.isEmpty())
        m_output.last().closeAfter = true;
    else
        m_output.append(Utterance::closeOnly()); // close with nothing to write
}

void ProtocolSession::requestTls()
{
    m_tlsRequested = true;
    m_reader.clear();
    if (!m_output.isEmpty()) {
        m_output.last().startsTls = true;
    } else {
        Utterance start;
        start.startsTls = true;
        m_output.append(start); // nothing to write: only the handshake begins
    }
}
