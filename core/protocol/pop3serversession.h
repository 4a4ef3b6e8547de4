// SPDX-License-Identifier: GPL-3.0-or-later
// pop3serversession.h — the server side of POP3, RFC 1939 with CAPA (RFC 2449).
//
// USER, PASS, APOP, STAT, LIST [n], RETR, DELE, NOOP, RSET, QUIT, TOP, UIDL,
// CAPA. States exactly as RFC 1939 §3: AUTHORIZATION, TRANSACTION, UPDATE.
// Deletions are only marked until QUIT (§6); a dropped connection deletes
// nothing; sizes are exact octet counts of the message as RETR sends it
// (before byte-stuffing, with CR LF). The maildrop is locked for the session
// (§8): a second session gets -ERR [IN-USE] (RFC 2449 §8).
//
// USER and APOP take the user name alone ("fran") or the whole address
// ("fran@servidor.edu", the server's own domain in any case), as Thunderbird
// sends it; both open the same maildrop and share its lock.
//
// Reply texts follow the course's transcript where it has one: the greeting
// "+OK POP3 servidor listo <timestamp>", a bare "+OK" to USER, "+OK user
// successfully logged on", "+OK 2 messages (1410 octets)" before LIST's lines
// and "+OK POP3 server signing off" to QUIT (in AUTHORIZATION too, where §6
// ends the session without UPDATE). Failures: "-ERR [AUTH] invalid user name
// or password" (the session stays in AUTHORIZATION, and a new USER must come
// before PASS, §7), "-ERR [IN-USE] maildrop already locked", "-ERR no such
// message", "-ERR message 1 already deleted", "-ERR unknown command", "-ERR
// STAT is not valid in the AUTHORIZATION state: log in first"; the timer gives
// "-ERR autologout timer expired" and Pop3ServerConfig::maximumErrors errors
// give "-ERR too many errors", both closing without UPDATE. Lines that are too
// long, end in a bare LF or hold NUL, a lone CR or an 8-bit octet (outside
// PASS) get a -ERR of their own and the session reads on from the next line.
//
// TLS (RFC 2595 §4), when tlsOffered: CAPA lists STLS in AUTHORIZATION
// outside TLS; STLS is answered "+OK Begin TLS negotiation", whatever the
// client pipelined after it is dropped unread (CVE-2011-0411) and the
// session starts TLS still in AUTHORIZATION, a USER given before forgotten.
// Refusals in Dovecot's words: "-ERR TLS support isn't enabled." without a
// certificate, "-ERR TLS is already active." inside TLS. With tlsAuthOnly
// (Dovecot's disable_plaintext_auth) USER, PASS and APOP outside TLS get
// "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS)
// connections." and CAPA does not list USER.
#pragma once

#include "protocolsession.h"
#include "smtpaddress.h"

#include <QByteArray>
#include <QFlags>
#include <QList>

#include <functional>

struct Pop3StoredMessage {
    QByteArray uid; // unique-id for UIDL (RFC 1939 §7), printable, 1-70 octets
    // The message, CR LF line ends, not byte-stuffed; a maildrop that keeps
    // its messages on disk leaves it null and gives `size`, and the session
    // asks it for the text when RETR or TOP needs it (Pop3Maildrop::content).
    QByteArray content;
    qint64 size = -1; // octets; -1: content's size
    qint64 octets() const { return size >= 0 ? size : content.size(); }
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
    // A message of the snapshot, whole: its content when it carries one,
    // else read now; empty with the reason (English, for the -ERR) when it
    // cannot be read.
    virtual QByteArray content(const QByteArray &user, const Pop3StoredMessage &message, QByteArray *error)
    {
        Q_UNUSED(user);
        Q_UNUSED(error);
        return message.content;
    }
    // UPDATE state: remove these (by uid). Returns the ticket of the durable
    // removal the +OK to QUIT must wait for (Utterance::durableTicket), or 0
    // when it need not wait.
    virtual quint64 remove(const QByteArray &user, const QList<QByteArray> &uids) = 0;
};

struct Pop3ServerConfig {
    // The server's mail domain: in the APOP timestamp, and the domain a user
    // name may carry ("fran" and "fran@servidor.edu" name the same maildrop).
    QByteArray domain = "localhost";
    // How a log-in name names an account (Dovecot's auth_username_format);
    // unset: SmtpAddress::accountName with `domain`. Empty: no account.
    std::function<QByteArray(const QByteArray &login)> account;
    QByteArray greetingText = "POP3 servidor listo"; // as in the course's transcript
    QByteArray timestamp; // APOP banner "<pid.clock@domain>"; generated if empty
    int maximumErrors = 10;
    // A reply to give instead of the engine's own (a scenario's "fault"): called
    // with the command (upper case) and the user it concerns (USER's argument,
    // else the user of the session); "-ERR …" replaces the answer, empty keeps it.
    std::function<QByteArray(const QByteArray &command, const QByteArray &user)> fault;
    // RFC 2595: a certificate is configured, so STLS is listed and accepted.
    bool tlsOffered = false;
    // Dovecot's disable_plaintext_auth: no USER, PASS or APOP before TLS.
    bool tlsAuthOnly = false;
};

class Pop3ServerSession : public ProtocolSession
{
public:
    enum class State {
        Greeting,
        Authorization,
        Transaction,
        Update,
        Closed
    };

    Pop3ServerSession(const Pop3ServerConfig &config, Pop3Maildrop *maildrop);
    ~Pop3ServerSession() override; // unlocks the maildrop if still held

    Protocol protocol() const override { return Protocol::Pop3; }
    void start() override;
    void timeout() override;
    void connectionLost() override;
    Phase phase() const override;

    State state() const;
    QByteArray user() const;
    QByteArray loggedInUser() const override
    {
        return m_state == State::Transaction || m_state == State::Update ? m_user : QByteArray();
    }
    // Commands valid in the current state (upper case), for the GUI.
    QList<QByteArray> allowedCommands() const;
    // The APOP timestamp sent in the greeting, angle brackets included (§7).
    QByteArray timestamp() const;
    // The longest command line accepted, CR LF excluded: RFC 2449 §4 allows
    // 255 octets including CR LF.
    static constexpr int maximumCommandLength = 255 - 2;

protected:
    void handleLine(const LineReader::Line &line) override;

private:
    QByteArray accountOf(const QByteArray &login) const
    {
        return m_config.account ? m_config.account(login) : SmtpAddress::accountName(login, m_config.domain);
    }
    // One row of the command table (Dovecot's cmd_* functions, Postfix's
    // table of name, handler and flags): policy lives in data.
    using Handler = void (Pop3ServerSession::*)(const QList<QByteArray> &arguments, const QByteArray &rest);
    enum class CommandFlag {
        Authorization = 0x1, // valid in the AUTHORIZATION state (§4)
        Transaction = 0x2, // valid in the TRANSACTION state (§5)
        CarriesSecret =
            0x4, // the line holds a password: heard as sensitive (PASS; an APOP digest is no secret)
        EightBitArgument = 0x8, // 8-bit octets allowed: a password may be UTF-8, as Dovecot takes it (PASS)
        NamesUser = 0x10, // the first argument is the user a scenario's fault concerns (USER, APOP)
        Authenticates = 0x20, // logs in: refused outside TLS with tlsAuthOnly (USER, PASS, APOP)
        StartsTls = 0x40 // STLS: only with tlsOffered, and not inside TLS
    };
    Q_DECLARE_FLAGS(CommandFlags, CommandFlag)
    // Q_DECLARE_OPERATORS_FOR_FLAGS, kept private: "A | B" in the table.
    friend constexpr CommandFlags operator|(CommandFlag a, CommandFlag b) { return CommandFlags(a) | b; }
    struct Command {
        const char *name;
        Handler handler;
        CommandFlags flags;
    };
    static const Command commandTable[]; // in the order allowedCommands() lists them
    static const Command *findCommand(const QByteArray &keyword);

    // Handlers, one per command; `arguments` split at spaces, `rest` is the
    // whole text after the first space (PASS may contain spaces, §7).
    void commandUser(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandPass(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandApop(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandQuit(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandCapa(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandStat(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandList(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandRetr(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandTop(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandDele(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandNoop(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandRset(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandUidl(const QList<QByteArray> &arguments, const QByteArray &rest);
    void commandStls(const QList<QByteArray> &arguments, const QByteArray &rest);
    // Whether a command with these flags may be offered now (TLS aside from the state).
    bool offeredNow(CommandFlags flags) const;

    // Validators with precise -ERR texts; they reply themselves and return
    // false (or -1) when the argument is not acceptable.
    bool checkArgumentCount(const QList<QByteArray> &arguments, int minimum, int maximum);
    int messageIndex(const QByteArray &argument); // 0-based index of a live message, or -1
    // RETR and DELE: exactly one message number, of a live message; -1 after an -ERR.
    int singleMessageArgument(const QList<QByteArray> &arguments);
    void login(const QByteArray &user);

    void replyOk(const QByteArray &text);
    void replyError(const QByteArray &text); // counts errors (§ Postfix's error counter)
    // The status line, then `lines` (a listing or a message, linesRole) stuffed and ended by ".".
    void replyMultiLine(const QByteArray &status, const QList<QByteArray> &lines, LineRole linesRole);
    void closeWithoutUpdate(const QByteArray &errorText);
    void releaseLock();
    void setState(State state);

    int liveCount() const;
    qint64 liveOctets() const;

    Pop3ServerConfig m_config;
    Pop3Maildrop *m_maildrop;
    State m_state = State::Greeting;
    Phase m_phase = Phase::Authorization; // the last phase, kept once Closed
    QByteArray m_timestamp; // the APOP banner, angle brackets included
    QByteArray m_user; // USER's name, then the logged-in user
    bool m_userAccepted = false; // the previous command was a successful USER
    bool m_locked = false;
    int m_errors = 0;
    QList<Pop3StoredMessage> m_messages; // snapshot taken when TRANSACTION begins
    QList<bool> m_deleted; // marked by DELE, undone by RSET (§5)
};
