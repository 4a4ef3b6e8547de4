// SPDX-License-Identifier: GPL-3.0-or-later
// protocolsession.h — the common shape of every protocol engine.
//
// An engine knows nothing of sockets or time: it is fed the octets its peer
// sent and answers with utterances to write. The Connection (core/net) moves
// octets between a socket and an engine, passes every write through the gate
// and records what crosses the wire in the transcript. Because of this split
// each engine can be tested line by line without an event loop.
#pragma once

#include "linereader.h"
#include "utterance.h"

#include <QByteArray>
#include <QList>

#include <functional>

class ProtocolSession
{
public:
    virtual ~ProtocolSession() = default;

    virtual Protocol protocol() const = 0;
    // Server engines greet here (SMTP 220, POP3 +OK); clients do nothing.
    virtual void start() { }
    // Octets from the peer. Complete lines are handled at once; a partial line waits.
    void receive(const QByteArray &bytes);
    // The same in two halves, so a connection can stop between lines (its
    // peer does not read its replies): feed() only buffers (bounded by the
    // LineReader), handleNextLine() handles one complete line and returns
    // false when none is complete or the engine is closing.
    void feed(const QByteArray &bytes) { m_reader.append(bytes); }
    bool handleNextLine();
    // True while the engine handles no further line although some may have
    // arrived (an HTTP server waiting for its handler's response: pipelined
    // requests wait, RFC 9112 §9.3.2). The Connection then reads no more from
    // the socket; the owner that makes the engine go on calls
    // Connection::pump(), which passes on the output and reads again.
    virtual bool isInputHeld() const { return false; }
    // Octets buffered that do not form a handled line yet.
    int pendingInputSize() const { return m_reader.pendingSize(); }
    // The idle deadline passed (SMTP: 421, RFC 5321 §4.5.3.2; POP3 §3: close).
    virtual void timeout() { }
    // The peer closed or the connection broke (POP3: deletes nothing, §6).
    virtual void connectionLost() { }
    // An utterance carrying a receipt (a 250 to the end of DATA) has left:
    // its octets are with the kernel, which delivers them even if this
    // process dies now.
    virtual void replyWritten(const QByteArray &receipt) { Q_UNUSED(receipt); }
    // TLS (STARTTLS, STLS, IMAP STARTTLS). The engine asks for it with
    // requestTls() once it has said the go-ahead (a server) or heard it (a
    // client); until the Connection has begun the handshake (tlsBegun())
    // no line is handled. tlsEstablished(): the handshake is done (a client
    // starts again with EHLO, RFC 3207 §4.2; CAPA, RFC 2595 §4; CAPABILITY,
    // RFC 3501 §6.2.1). tlsFailed(): it failed (the reason in words).
    bool tlsRequested() const { return m_tlsRequested; }
    void tlsBegun() { m_tlsRequested = false; }
    virtual void tlsEstablished() { m_tlsActive = true; }
    virtual void tlsFailed(const QString &reason) { Q_UNUSED(reason); }
    bool isTlsActive() const { return m_tlsActive; }
    // The current phase, for events that do not come from a line.
    virtual Phase phase() const = 0;
    // A server session: the account its client logged in as (SMTP AUTH,
    // POP3 USER/PASS or APOP, IMAP LOGIN or AUTHENTICATE); empty before.
    virtual QByteArray loggedInUser() const { return QByteArray(); }

    // What to write to the peer, in order; each utterance is one gate step.
    QList<Utterance> takeOutput();
    // The same into `into`, which must be empty: the two lists are swapped,
    // so the one given keeps its room for the next output (no allocation a
    // reply on a connection that talks on).
    void takeOutput(QList<Utterance> *into);
    // What the peer said, one utterance per command or reply (for the transcript
    // when the peer is outside the process and its writes are not recorded).
    QList<Utterance> takeHeard();
    // Instead of keeping them for takeHeard(), hand each heard utterance to this
    // function at once (so what the peer said is recorded before what it causes).
    // The utterance is the engine's own, thrown away after the call: the
    // handler may take its lines (Connection::record keeps a message's
    // content without counting each line's reference twice).
    void setHeardHandler(std::function<void(Utterance &)> handler) { m_heardHandler = std::move(handler); }
    // Called by say() each time `every` utterances wait in the output (none of
    // them closing the connection), so that a long answer — a FETCH of 2,000
    // messages — starts leaving while the engine still makes the rest of it.
    // The handler takes the output (takeOutput()); without one, the output
    // waits for the end of the line being handled, as before.
    void setOutputHandler(std::function<void()> handler, qsizetype every)
    {
        m_outputHandler = std::move(handler);
        m_outputEvery = qMax<qsizetype>(1, every);
    }
    // True once the engine has asked to close (after its last utterance).
    bool wantsClose() const { return m_wantsClose; }
    bool hasOutput() const { return !m_output.isEmpty(); }
    bool hasHeard() const { return !m_heard.isEmpty(); }
    // The number of the last line said (-1: none yet); see Utterance::lastLine.
    qint64 lastSaidLine() const { return m_linesSaid - 1; }

protected:
    // One complete line from the peer.
    virtual void handleLine(const LineReader::Line &line) = 0;
    // Octets of a literal the engine asked for with m_reader.expectOctets()
    // (IMAP, RFC 3501 §4.3), in pieces as they arrive.
    virtual void handleOctets(const QByteArray &octets) { Q_UNUSED(octets); }

    void say(const Utterance &utterance);
    void say(Utterance &&utterance);
    void sayLine(const QByteArray &text, Phase phase, const QByteArray &code = {});
    void heard(const Utterance &utterance);
    void heard(Utterance &&utterance);
    void heardLine(const QByteArray &text, Phase phase, const QByteArray &code = {});
    void requestClose();
    // Starts TLS after what was said so far. Whatever the peer sent after
    // the command that asked for it is dropped unread: nothing sent in clear
    // may be executed inside TLS (the STARTTLS command injection of
    // CVE-2011-0411; RFC 3207 §4.2, RFC 2595 §4, RFC 3501 §6.2.1).
    void requestTls();
    // The next complete line, counted as handled, as handleNextLine() takes
    // it for handleLine(): for an engine that takes a run of lines in one
    // go (SMTP's content). False when none is complete, or the engine is
    // closing or starting TLS. `textOnly`: LineReader::nextText().
    bool takeLine(LineReader::Line *line, bool textOnly = false);

    LineReader m_reader;

private:
    void noteSaid(); // what say() does once the utterance is in m_output

    QList<Utterance> m_output;
    QList<Utterance> m_heard;
    std::function<void(Utterance &)> m_heardHandler;
    std::function<void()> m_outputHandler;
    qsizetype m_outputEvery = 0;
    bool m_outputCloses = false; // an utterance in m_output closes the connection
    QByteArray m_lastHeard; // the last line heard (a command), for Utterance::answers
    qint64 m_linesRead = 0; // lines handled (numbered from 0, Utterance::lastLine)
    qint64 m_linesSaid = 0;
    qint64 m_answeredLine = -1; // the last line a reply said here answers
    bool m_wantsClose = false;
    bool m_tlsRequested = false;
    bool m_tlsActive = false;
};
