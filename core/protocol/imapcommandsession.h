// SPDX-License-Identifier: GPL-3.0-or-later
// imapcommandsession.h — an IMAP client that says the commands its owner gives, one at a time.
//
// The webmail's leg to servidor.edu (RFC 3501): each page a browser asks for
// becomes a short IMAP session, as SquirrelMail's are — LOGIN, SELECT, a
// FETCH or two, LOGOUT — and what the owner asks next depends on what the
// server said (SELECT's EXISTS decides which messages a page shows). So
// unlike ImapClientSession, whose job is fixed in advance, this engine only
// carries commands: command() queues one (its tag is added here), and when
// the tagged completion arrives the callback gets it with every untagged
// response heard since the command was sent, parsed (ImapParser). The
// callback may queue the next command; logout() ends the session.
//
// Before the greeting nothing is sent; commands queued meanwhile wait. A
// greeting other than OK, a BYE, a lost connection, an unreadable response
// or the idle deadline end the session: every command still waiting gets
// its callback with ok false and the reason in `error`.
#pragma once

#include "imapparser.h"
#include "imapresponse.h"
#include "protocolsession.h"

#include <functional>

struct ImapCommandResult {
    bool ok = false; // the tagged completion was OK
    QByteArray status; // "OK", "NO", "BAD"; empty when the session ended first
    QByteArray completion; // the tagged line ("a3 OK [READ-WRITE] SELECT completed")
    QList<ImapCommand> untagged; // "* 3 EXISTS", "* 1 FETCH (…)", in order
    QByteArray error; // why it failed, in words (a NO's text, or the session's end)
};

class ImapCommandSession : public ProtocolSession
{
public:
    using Callback = std::function<void(const ImapCommandResult &)>;

    ImapCommandSession();

    Protocol protocol() const override { return Protocol::Imap; }
    Phase phase() const override { return m_phase; }
    void connectionLost() override;
    void timeout() override;

    // Queues a command ("SELECT INBOX"; a literal's octets may follow its
    // "{n+}" line, LITERAL+). `sensitive`: it carries a password (LOGIN).
    // `phase` names the state it belongs to, for the timeline's bands; None:
    // the state the session is in (LOGIN's OK enters authenticated, SELECT's
    // and EXAMINE's selected, CLOSE's authenticated again; RFC 3501 §3).
    void command(const QByteArray &text, Callback callback, bool sensitive = false,
                 Phase phase = Phase::None);
    // LOGOUT, then the close; `done` when the server has closed or the session ended.
    void logout(std::function<void()> done = {});
    bool isFinished() const { return m_finished; }
    QByteArray error() const { return m_error; }
    // The greeting's capabilities, when it listed them ("[CAPABILITY …]").
    QList<QByteArray> capabilities() const { return m_capabilities; }

    static constexpr int maximumLineLength = ImapResponse::Reader::maximumLineLength;
    static constexpr qint64 maximumLiteral = ImapResponse::Reader::maximumLiteral;

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    struct Pending {
        QByteArray text;
        Callback callback;
        bool sensitive = false;
        Phase phase = Phase::None;
    };
    void response(const QByteArray &wire);
    void sendNext();
    void finish(const QByteArray &error);

    QList<Pending> m_queue; // not sent yet
    Pending m_current; // sent, its completion awaited
    bool m_waiting = false; // m_current is under way
    bool m_greeted = false;
    bool m_finished = false;
    bool m_loggingOut = false;
    std::function<void()> m_loggedOut;
    QByteArray m_tag;
    int m_nextTag = 1;
    ImapResponse::Reader m_responses; // a response being read (lines and literals)
    QList<ImapCommand> m_untagged;
    QList<QByteArray> m_capabilities;
    QByteArray m_error;
    Phase m_phase = Phase::NotAuthenticated;
};
