// pop3serversession.h — the server side of POP3, RFC 1939 with CAPA (RFC 2449).
//
// USER, PASS, APOP, STAT, LIST [n], RETR, DELE, NOOP, RSET, QUIT, TOP, UIDL,
// CAPA. States exactly as RFC 1939 §3: AUTHORIZATION, TRANSACTION, UPDATE.
// Deletions are only marked until QUIT (§6); a dropped connection deletes
// nothing; sizes are exact octet counts of the message as RETR sends it
// (before byte-stuffing, with CR LF). The maildrop is locked for the session
// (§8): a second session gets -ERR [IN-USE] (RFC 2449 §8).
#pragma once

#include "protocolsession.h"

#include <QByteArray>
#include <QList>

struct Pop3StoredMessage {
    QByteArray uid;       // unique-id for UIDL (RFC 1939 §7), printable, 1-70 octets
    QByteArray content;   // the message, CR LF line ends, not byte-stuffed
};

class Pop3Maildrop
{
public:
    virtual ~Pop3Maildrop() = default;
    virtual bool checkPassword(const QByteArray &user, const QByteArray &password) = 0;
    // The shared secret for APOP (§7); empty if the user is unknown.
    virtual QByteArray apopSecret(const QByteArray &user) = 0;
    // Exclusive access (§8). false when another session holds it.
    virtual bool lock(const QByteArray &user) = 0;
    virtual void unlock(const QByteArray &user) = 0;
    // Snapshot of the maildrop taken when TRANSACTION begins.
    virtual QList<Pop3StoredMessage> messages(const QByteArray &user) = 0;
    // UPDATE state: remove these (by uid).
    virtual void remove(const QByteArray &user, const QList<QByteArray> &uids) = 0;
};

struct Pop3ServerConfig {
    QByteArray domain = "localhost";            // in the APOP timestamp
    QByteArray greetingText = "POP3 servidor listo"; // as in the course's transcript
    QByteArray timestamp;                       // APOP banner "<pid.clock@domain>"; generated if empty
    int maximumErrors = 10;
};

class Pop3ServerSession : public ProtocolSession
{
public:
    enum class State { Greeting, Authorization, Transaction, Update, Closed };

    Pop3ServerSession(const Pop3ServerConfig &config, Pop3Maildrop *maildrop);
    ~Pop3ServerSession() override; // unlocks the maildrop if still held

    Protocol protocol() const override { return Protocol::Pop3; }
    void start() override;
    void timeout() override;
    void connectionLost() override;
    Phase phase() const override;

    State state() const;
    QByteArray user() const;
    QList<QByteArray> allowedCommands() const;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // (members chosen by the engine's implementation)
};
