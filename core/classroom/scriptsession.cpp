// SPDX-License-Identifier: GPL-3.0-or-later
// scriptsession.cpp — a scripted client: sends a session's C: lines and
// checks each S: line against what the server answers.
//
// The script comes from a scenario's "session … end" block (or an exercise's
// solution), read by ScenarioParser in the script notation
// (core/scenario/scriptnotation.h); ScriptStep::matches() is the one test of
// an answer, '*' wildcards included. Consecutive C: lines go out together,
// and an SMTP reply's continuation lines are skipped unless the script asks
// for them. In IMAP the script lists the lines it cares about: untagged
// data and literals it does not list are skipped, but every tagged
// completion it waits for must match (a completion it did not expect fails).
#include "scriptsession.h"

#include "transcript/notes.h"

namespace {

bool isClientLine(const ScenarioScriptLine &line)
{
    return line.step.isLine(ScriptStep::Side::Client);
}

} // namespace

ScriptSession::ScriptSession(Protocol protocol, const QList<ScenarioScriptLine> &script)
    : m_protocol(protocol)
    , m_script(script)
    , m_conversation(protocol)
{
    m_reader.setMaximumLength(64 * 1024);
}

void ScriptSession::sendPending()
{
    while (m_next < m_script.size() && isClientLine(m_script.at(m_next))) {
        const ScenarioScriptLine &line = m_script.at(m_next++);
        const QByteArray wire = line.step.text.toUtf8();
        const Utterance utterance = m_conversation.typed(wire);
        if (m_protocol == Protocol::Imap && utterance.role == LineRole::Command
            && !utterance.continuesPrevious)
            m_lastTag = wire.left(wire.indexOf(' '));
        say(utterance);
    }
    if (m_next >= m_script.size()) {
        m_finished = true;
        requestClose();
    }
}

void ScriptSession::handleLine(const LineReader::Line &line)
{
    if (m_finished)
        return;
    const QString text = QString::fromUtf8(line.text);
    if (m_protocol == Protocol::Imap) {
        imapLine(line.text, text);
        return;
    }
    QByteArray code;
    if (m_protocol == Protocol::Pop3) {
        if (line.text.startsWith("+OK"))
            code = "+OK";
        else if (line.text.startsWith("-ERR"))
            code = "-ERR";
    } else if (line.text.size() >= 3) {
        code = line.text.left(3);
    }
    if (!code.isEmpty())
        m_codes.append(code);
    heard(m_conversation.received(line.text));
    if (m_next >= m_script.size() || isClientLine(m_script.at(m_next))) {
        // More lines than the script expects (a multi-line reply): skip those
        // that continue an SMTP reply ("250-…") or a POP3 listing.
        return;
    }
    const ScenarioScriptLine &expected = m_script.at(m_next);
    // An SMTP reply's "250-…" continuation lines count only if the script asks for them.
    const bool continuation = m_protocol == Protocol::Smtp && line.text.size() > 3 && line.text.at(3) == '-';
    if (continuation && !(expected.step.text.size() > 3 && expected.step.text.at(3) == QLatin1Char('-')))
        return;
    if (!expected.step.matches(text)) {
        fail(Notes::phrase(NoteCode::ScriptExpected, {expected.step.text, text}), expected.location);
        return;
    }
    ++m_next;
    sendPending();
}

bool ScriptSession::imapMatches(const ScriptStep &expected, const QString &said)
{
    // "S: * 2 EXISTS": in IMAP a leading "* " is the untagged marker
    // (RFC 3501 §2.2.2), not "any text"; the '*' further on still is.
    if (!expected.text.startsWith(QLatin1String("* ")))
        return expected.matches(said);
    if (!said.startsWith(QLatin1String("* ")))
        return false;
    ScriptStep rest = expected;
    rest.text = expected.text.mid(2);
    return rest.matches(said.mid(2));
}

void ScriptSession::imapLine(const QByteArray &wire, const QString &text)
{
    const Utterance utterance = m_conversation.received(wire);
    heard(utterance);
    const bool completion = utterance.role == LineRole::Reply;
    if (completion)
        m_codes.append(utterance.code); // OK, NO or BAD (RFC 3501 §7.1)
    if (m_next >= m_script.size())
        return;
    if (isClientLine(m_script.at(m_next))) {
        if (!m_started)
            sendPending(); // a script that begins with C: lines starts after the greeting
        m_started = true;
        return;
    }
    m_started = true;
    const ScenarioScriptLine &expected = m_script.at(m_next);
    if (!imapMatches(expected.step, text)) {
        // The script lists the lines it cares about: untagged data, go-aheads,
        // literal octets and other commands' completions it does not list
        // are skipped. The completion of the command it waits for, or of the
        // last command sent, ends it if it is not the one expected.
        const QByteArray tag = wire.left(wire.indexOf(' '));
        const QString expectedText = expected.step.text;
        const bool tagged = !expectedText.startsWith(QLatin1Char('*'))
            && !expectedText.startsWith(QLatin1Char('+'));
        const QByteArray expectedTag = tagged ? expectedText.section(QLatin1Char(' '), 0, 0).toUtf8()
                                              : QByteArray();
        if ((completion && (tag == expectedTag || tag == m_lastTag)) || utterance.role == LineRole::Greeting)
            fail(Notes::phrase(NoteCode::ScriptExpected, {expected.step.text, text}), expected.location);
        return;
    }
    ++m_next;
    sendPending();
}

void ScriptSession::fail(const QString &why, const ScenarioLocation &where)
{
    m_failure = why;
    m_failureLocation = where;
    m_finished = true;
    requestClose();
}

void ScriptSession::connectionLost()
{
    if (!m_finished) {
        const ScenarioLocation where = m_next < m_script.size() ? m_script.at(m_next).location
                                                                : ScenarioLocation();
        m_failure = Notes::phrase(NoteCode::ScriptServerClosed);
        m_failureLocation = where;
        m_finished = true;
    }
}

void ScriptSession::timeout()
{
    if (!m_finished) {
        const ScenarioLocation where = m_next < m_script.size() ? m_script.at(m_next).location
                                                                : ScenarioLocation();
        fail(Notes::phrase(NoteCode::ScriptNoAnswer), where);
    }
}
