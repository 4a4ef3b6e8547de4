// pop3clientsession.h — the client side of POP3, RFC 1939, in the course's two modes.
//
// "Download and delete" (descarga e borrado): USER, PASS, LIST, then RETR n and
// DELE n for each message, QUIT — the course's transcript. "Download and keep"
// (descarga e mantén): UIDL tells which messages this client has already seen;
// it RETRieves only new ones and never sends DELE, so another client can read
// the same mail again.
#pragma once

#include "protocolsession.h"

#include <QByteArray>
#include <QList>
#include <QSet>

enum class Pop3Mode { DownloadAndDelete, DownloadAndKeep };

struct Pop3ClientJob {
    QByteArray user;
    QByteArray password;
    Pop3Mode mode = Pop3Mode::DownloadAndDelete;
    QSet<QByteArray> knownUids;   // keep mode: already downloaded, not fetched again
    bool useApop = false;         // APOP instead of USER/PASS, if the banner allows
};

struct Pop3FetchedMessage {
    int number = 0;
    QByteArray uid;               // empty if the server has no UIDL
    QByteArray content;           // byte-unstuffed, CR LF line ends
};

struct Pop3ClientResult {
    bool finished = false;
    bool ok = false;              // logged in and ended with +OK to QUIT
    QByteArray error;             // the -ERR line that stopped it, or a description
    QList<Pop3FetchedMessage> messages;
    QList<QByteArray> deletedUids; // DELE'd (take effect after QUIT's +OK)
    int messagesOnServer = 0;
};

class Pop3ClientSession : public ProtocolSession
{
public:
    enum class State { WaitGreeting, User, Pass, Apop, Uidl, List, Retr, Dele, Quit, Done };

    explicit Pop3ClientSession(const Pop3ClientJob &job);

    Protocol protocol() const override { return Protocol::Pop3; }
    void connectionLost() override;
    void timeout() override;
    Phase phase() const override;

    State state() const;
    bool isFinished() const;
    const Pop3ClientResult &result() const;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    // (members chosen by the engine's implementation)
};
