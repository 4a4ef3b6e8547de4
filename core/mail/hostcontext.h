// SPDX-License-Identifier: GPL-3.0-or-later
// hostcontext.h — the world as a mail host sees it, and nothing more.
//
// A MailServer (and its OutgoingQueue) or a MailClient needs a clock, a place
// to note what it decides on the transcript, the DNS's MX records, the
// addresses of hosts, connections to other hosts' services and alarms. This
// interface gives exactly that. The World (core/world) implements it with its
// transcript, real sockets and QTimers; a test implements it with a fake
// whose clock moves by hand, whose MX answers come from a table and whose
// connections feed the engine scripted replies (tests/tst_mailqueue.cpp), so
// the queue's retry, back-off and bounce rules are tested without sockets,
// timers or an event loop.
#pragma once

#include "mail/dns.h"
#include "protocol/phase.h"
#include "protocol/protocolsession.h"
#include "transcript/transcriptevent.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// A one-shot alarm: rings once, `ms` after start(). Starting it again moves
// it; stop() cancels it; once destroyed it never rings.
class HostAlarm
{
public:
    virtual ~HostAlarm() = default;
    virtual void start(int ms) = 0;
    virtual void stop() = 0;
};

class HostContext
{
public:
    virtual ~HostContext() = default;

    // Milliseconds on the world's clock (the transcript's).
    virtual qint64 nowMs() const = 0;
    // A non-line event on the transcript: DNS lookups, queue and delivery
    // decisions, faults, narration.
    virtual void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, const QString &text,
                      Protocol protocol = Protocol::None) = 0;
    // The same, its meaning a code and the words that fill it (notes.h): the
    // sentence is made when shown, in the language of whoever reads it then.
    virtual void note(TranscriptEvent::Kind kind, const QString &from, const QString &to, NoteCode code,
                      const QStringList &arguments, Protocol protocol = Protocol::None) = 0;
    // The MX records of a domain, best (lowest preference) first; empty when
    // it has none.
    virtual QList<Dns::MxRecord> lookupMx(const QString &domain) const = 0;
    // A host's own address; null for a host the world does not know.
    virtual QHostAddress addressOf(const QString &host) const = 0;
    // The host at the far end of a connection a server accepted, by its
    // "address:port" (SmtpEnvelope::peerAddress); empty for one from outside.
    virtual QString hostAtEnd(const QByteArray &addressPort) const
    {
        Q_UNUSED(addressPort);
        return QString();
    }
    // Opens a connection from `fromHost` to the service `serviceName`
    // ("smtp", "submission", "pop3") of `toHost`, run by `engine`. `finished`
    // is called with the engine, whose result can then be read, once the
    // connection has ended (a refused one too: the engine was told
    // connectionLost()); never before connect() returns.
    using Finished = std::function<void(ProtocolSession &engine)>;
    virtual void connect(const QString &fromHost, const QString &toHost, const QString &serviceName,
                         std::unique_ptr<ProtocolSession> engine, Finished finished) = 0;
    // The same for work a connection the gate does not pace caused (a
    // student's message relayed while the teacher steps the story): the new
    // connection is not paced either (Gate::setUnpaced).
    virtual void connectUnpaced(const QString &fromHost, const QString &toHost, const QString &serviceName,
                                std::unique_ptr<ProtocolSession> engine, Finished finished)
    {
        connect(fromHost, toHost, serviceName, std::move(engine), std::move(finished));
    }
    // Whether the server connection whose client is at "address:port"
    // (SmtpEnvelope::peerAddress) of `host` goes without the gate's pacing.
    virtual bool isUnpacedPeer(const QString &host, const QByteArray &addressPort) const
    {
        Q_UNUSED(host);
        Q_UNUSED(addressPort);
        return false;
    }
    // Passes on what the engine of a connection opened by connect(), still
    // open, said on its own, not in answer to a line (an IMAP client ending
    // its IDLE); nothing once that connection is over.
    virtual void pump(ProtocolSession *engine) { Q_UNUSED(engine); }
    // An alarm that calls `ring` (stopped until started).
    virtual std::unique_ptr<HostAlarm> alarm(std::function<void()> ring) = 0;
    // Calls `work` once the event being handled now is done (the reply being
    // said is on its way first), as a queued call would.
    virtual void soon(std::function<void()> work) = 0;
};
