// SPDX-License-Identifier: GPL-3.0-or-later
// pop3clientsession.h — the client side of POP3, RFC 1939, in the course's two modes.
//
// "Download and delete" (descarga e borrado): USER, PASS, LIST, then RETR n and
// DELE n for each message, QUIT — the course's transcript. "Download and keep"
// (descarga e mantén): UIDL tells which messages this client has already seen;
// it RETRieves only new ones and never sends DELE, so another client can read
// the same mail again. If UIDL is refused (-ERR), LIST is used and every
// message counts as new. Delete mode sends no UIDL, exactly as the course,
// so there Pop3FetchedMessage::uid and Pop3ClientResult::deletedUids stay
// empty. A message whose RETR fails is never DELEted. -ERR to USER, PASS or
// APOP ends the job (ok false, error = that line) with a polite QUIT.
//
// Phases: USER, PASS and APOP are AUTHORIZATION; the other commands are
// TRANSACTION; QUIT sent after a login and its reply are UPDATE (§6: the
// server enters UPDATE when it receives QUIT). A QUIT sent before logging in
// stays in AUTHORIZATION, since the server does not enter UPDATE then.
//
// TLS (RFC 2595 §4), as the job's TlsPolicy says: with May or Encrypt the
// client says STLS right after the greeting (keeping it simple: no CAPA
// first), and after "+OK" asks for TLS and logs in once the handshake is
// done. A -ERR to STLS: May logs in in clear, Encrypt says QUIT and ends
// with "TLS is required, but the server refused STLS: <the -ERR>". A failed
// handshake ends it with "TLS handshake failed: <reason>". With implicit TLS
// (POP3S, port 995) the handshake comes before the greeting and no STLS is sent.
#pragma once

#include "protocolsession.h"
#include "tlspolicy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

enum class Pop3Mode {
    DownloadAndDelete,
    DownloadAndKeep
};

struct Pop3ClientJob {
    QByteArray user;
    QByteArray password;
    Pop3Mode mode = Pop3Mode::DownloadAndDelete;
    QSet<QByteArray> knownUids; // keep mode: already downloaded, not fetched again
    bool useApop = false; // APOP instead of USER/PASS, if the banner allows
    TlsPolicy tls = TlsPolicy::None; // when to say STLS (see above)
};

struct Pop3FetchedMessage {
    int number = 0;
    QByteArray uid; // empty if the server has no UIDL
    QByteArray content; // byte-unstuffed, CR LF line ends
};

struct Pop3ClientResult {
    bool finished = false;
    bool ok = false; // logged in and ended with +OK to QUIT
    QByteArray error; // the -ERR line that stopped it, or a description
    QList<Pop3FetchedMessage> messages;
    QList<QByteArray> deletedUids; // DELE'd (take effect after QUIT's +OK)
    int messagesOnServer = 0;
};

class Pop3ClientSession : public ProtocolSession
{
public:
    enum class State {
        WaitGreeting,
        Stls,
        User,
        Pass,
        Apop,
        Uidl,
        List,
        Retr,
        Dele,
        Quit,
        Done
    };

    explicit Pop3ClientSession(const Pop3ClientJob &job);

    Protocol protocol() const override { return Protocol::Pop3; }
    void connectionLost() override;
    void timeout() override;
    void tlsEstablished() override;
    void tlsFailed(const QString &reason) override;
    Phase phase() const override;

    State state() const;
    bool isFinished() const;
    const Pop3ClientResult &result() const;
    // The longest line accepted from the server, CR LF excluded. RFC 1939 §3
    // bounds responses to 512 octets, but message lines may be longer than
    // RFC 5322's 998; longer lines end the session with an error instead of
    // silently cutting the mail.
    static constexpr int maximumLineLength = 64 * 1024;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // What each command is waiting for; a multi-line reply is gathered line
    // by line until its "." (RFC 1939 §3) and handled as one response.
    void handleResponse(const QList<QByteArray> &lines, bool ok);
    void send(const QByteArray &command, Phase phase, bool sensitive = false);
    void login(); // APOP, or USER (then PASS)
    void sendNextAfterListing(); // the next RETR, or QUIT when none is left
    void sendQuit();
    void fail(const QByteArray &error); // stop with an error, leaving with QUIT
    void finish(const QByteArray &error);
    bool expectsMultiLine() const;

    Pop3ClientJob m_job;
    Pop3ClientResult m_result;
    State m_state = State::WaitGreeting;
    Phase m_phase = Phase::Authorization; // of the command last sent
    bool m_loggedIn = false;
    bool m_collecting = false; // inside a multi-line response
    QList<QByteArray> m_responseLines; // as received (still byte-stuffed)
    QByteArray m_timestamp; // from the greeting, for APOP (§7)
    QList<int> m_toFetch; // message numbers still to RETR
    QHash<int, QByteArray> m_uids; // number -> unique-id, from UIDL
    int m_current = 0; // message of the pending RETR or DELE
    bool m_awaitingTls = false; // STLS answered +OK: the handshake is under way
};
