// protocolsession.cpp — the line loop and the output lists every engine shares.
//
// receive() hands complete lines to handleLine() until the engine asks to
// close: nothing after QUIT counts (RFC 5321 §4.1.1.10). say() stamps each
// reply with the last line heard (at most 1024 octets), which is how the
// prediction quiz knows what a reply answers. requestClose() marks the last
// utterance waiting with closeAfter, or queues an empty one that only closes.
// Heard utterances go to the heard handler at once when there is one.
#include "protocolsession.h"

void ProtocolSession::receive(const QByteArray &bytes)
{
    m_reader.append(bytes);
    LineReader::Line line;
    // Stop reading once closing: RFC 5321 §4.1.1.10, nothing after QUIT counts.
    while (!m_wantsClose && m_reader.next(&line))
        handleLine(line);
}

bool ProtocolSession::handleNextLine()
{
    LineReader::Line line;
    if (m_wantsClose || !m_reader.next(&line))
        return false;
    handleLine(line);
    return true;
}

QList<Utterance> ProtocolSession::takeOutput()
{
    QList<Utterance> out;
    out.swap(m_output);
    return out;
}

QList<Utterance> ProtocolSession::takeHeard()
{
    QList<Utterance> out;
    out.swap(m_heard);
    return out;
}

void ProtocolSession::say(const Utterance &utterance)
{
    m_output.append(utterance);
    // What a reply answers, for whoever waits for a given one (predict-the-reply).
    if (!utterance.code.isEmpty() && utterance.answers.isEmpty())
        m_output.last().answers = m_lastHeard;
}

void ProtocolSession::sayLine(const QByteArray &text, Phase phase, const QByteArray &code)
{
    say(Utterance::line(text, phase, code));
}

void ProtocolSession::heard(const Utterance &utterance)
{
    if (!utterance.lines.isEmpty())
        m_lastHeard = utterance.lines.constLast().left(1024);
    if (m_heardHandler)
        m_heardHandler(utterance);
    else
        m_heard.append(utterance);
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
    else {
        Utterance close;
        close.closeAfter = true;
        m_output.append(close); // an empty utterance: close with nothing to write
    }
}
