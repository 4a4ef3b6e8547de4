// SPDX-License-Identifier: GPL-3.0-or-later
// imapserversession.h — the server side of IMAP4rev1 (RFC 3501), as a socket-free engine.
//
// States as RFC 3501 §3 names them: not authenticated, authenticated,
// selected, logout (they are the phases drawn on the timeline). Commands go
// through one table (name, the states it is valid in, its handler). A
// command is read whole before it runs: its lines and the literals they
// announce (a synchronising "{n}" gets "+ Ready for literal data", a
// LITERAL+ "{n+}" does not, RFC 7888), bounded by commandLimit and
// literalLimit; a literal too large is refused before a byte of it is kept.
//
// Extensions real clients use: LITERAL+, IDLE (RFC 2177), UIDPLUS (4315),
// MOVE (6851), NAMESPACE (2342), ID (2971), ENABLE (5161), SPECIAL-USE
// (6154), UNSELECT (3691), AUTH=PLAIN (4959 SASL-IR too). The mail is kept
// by an ImapStore; the engine keeps the selected folder's view (message
// sequence numbers, RFC 3501 §2.3.1.2) and tells the client what changed
// (EXISTS, EXPUNGE, FETCH FLAGS) when a command ends, or at once in IDLE.
//
// TLS (RFC 3501 §6.2.1), when tlsOffered: the greeting's and CAPABILITY's
// lists name STARTTLS in the not authenticated state outside TLS; STARTTLS
// is answered "OK Begin TLS negotiation now" and whatever the client
// pipelined after it is dropped unread (CVE-2011-0411). Inside TLS it is
// "BAD TLS is already active." (Dovecot's words), after a login BAD as any
// command in the wrong state; without a certificate it stays unknown. With
// tlsAuthOnly, outside TLS the lists say LOGINDISABLED instead of AUTH=PLAIN
// (§6.2.3) and LOGIN and AUTHENTICATE get "NO [PRIVACYREQUIRED]" (RFC 9051
// §7.1).
#pragma once

#include <functional>

#include "imapparser.h"
#include "imapstore.h"
#include "protocolsession.h"
#include "smtpaddress.h"

#include <QHash>

struct ImapServerConfig {
    QByteArray hostname = "localhost";
    QByteArray domain = "localhost"; // "fran@servidor.edu" logs in as "fran" here
    // How a log-in name names an account (Dovecot's auth_username_format);
    // unset: SmtpAddress::accountName with `domain`. Empty: no account.
    std::function<QByteArray(const QByteArray &login)> account;
    qsizetype commandLimit = 64 * 1024; // octets of a command, literals excluded
    qint64 literalLimit = 32 * 1024 * 1024; // octets of one literal (an APPENDed message)
    int maximumErrors = 10; // BAD responses before the server says BYE
    // A completion to give instead of the engine's own (a scenario's
    // "fault"): called with the command's name (FETCH for UID FETCH) and the
    // user it concerns (LOGIN's first argument, else who logged in); a
    // "NO …" or "BAD …" it returns is sent with the command's tag, and the
    // command is not run. Anything else: the command runs as usual.
    std::function<QByteArray(const QByteArray &command, const QByteArray &user)> fault;
    // RFC 3501 §6.2.1: a certificate is configured, so STARTTLS is offered.
    bool tlsOffered = false;
    // Dovecot's disable_plaintext_auth: LOGINDISABLED before TLS (§6.2.3).
    bool tlsAuthOnly = false;
};

class ImapServerSession : public ProtocolSession
{
public:
    ImapServerSession(ImapServerConfig config, ImapStore *store);

    Protocol protocol() const override { return Protocol::Imap; }
    Phase phase() const override;
    void start() override;
    void timeout() override;

    // The store changed (mail was delivered, another session expunged):
    // in IDLE the client is told at once; otherwise when its next command ends.
    void mailboxChanged();
    bool isIdling() const { return m_idleTag.size() > 0; }
    // The account logged in ("fran"), empty before.
    QByteArray user() const { return m_user; }
    QByteArray loggedInUser() const override { return m_user; }
    QByteArray selectedFolder() const { return m_folder; }
    // The name of the command last run (FETCH for UID FETCH), whose tagged
    // completion is the next one said; and the user it concerns, as for faults.
    QByteArray commandName() const { return m_commandName; }
    QByteArray commandUser() const { return m_commandUser; }
    // Its first line, as the client typed it ("a3 APPEND Traballo {10+}").
    QByteArray commandLine() const { return m_commandLine; }

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    QByteArray accountOf(const QByteArray &login) const
    {
        return m_config.account ? m_config.account(login) : SmtpAddress::accountName(login, m_config.domain);
    }
    enum class State : quint8 {
        NotAuthenticated,
        Authenticated,
        Selected,
        Logout
    };
    using Handler = void (ImapServerSession::*)(const ImapCommand &);
    struct CommandSpec {
        const char *name;
        quint8 states; // bit per State
        Handler handler;
        bool uidVariant; // may follow UID
    };
    static const CommandSpec *findCommand(const QByteArray &name);

    void run(const QByteArray &wire);
    void hearPiece(const QByteArray &text, LineRole role, bool continues);
    void untagged(QByteArray text);
    void tagged(const QByteArray &tag, const QByteArray &status, const QByteArray &text);
    void ok(const ImapCommand &command, const QByteArray &text = {});
    void no(const ImapCommand &command, const QByteArray &text);
    void bad(const QByteArray &tag, const QByteArray &text);
    void setState(State state);
    bool argumentCount(const ImapCommand &command, int minimum, int maximum);
    QByteArray folderArgument(const ImapValue &value) const;

    // Commands (RFC 3501 §6).
    void capability(const ImapCommand &c);
    void noop(const ImapCommand &c);
    void logout(const ImapCommand &c);
    void login(const ImapCommand &c);
    void authenticate(const ImapCommand &c);
    void finishAuthenticate(const QByteArray &line);
    void select(const ImapCommand &c);
    void create(const ImapCommand &c);
    void deleteFolder(const ImapCommand &c);
    void rename(const ImapCommand &c);
    void subscribe(const ImapCommand &c);
    void list(const ImapCommand &c);
    void status(const ImapCommand &c);
    void append(const ImapCommand &c);
    void check(const ImapCommand &c);
    void close(const ImapCommand &c);
    void unselect(const ImapCommand &c);
    void expunge(const ImapCommand &c);
    void search(const ImapCommand &c);
    void fetch(const ImapCommand &c);
    void store(const ImapCommand &c);
    void copy(const ImapCommand &c);
    void uid(const ImapCommand &c);
    void idle(const ImapCommand &c);
    void namespaceCommand(const ImapCommand &c);
    void id(const ImapCommand &c);
    void enable(const ImapCommand &c);
    void starttls(const ImapCommand &c);
    // A capability list as said now: STARTTLS and LOGINDISABLED added (and
    // AUTH=PLAIN left out) as TLS and the configuration make them true.
    QByteArray capabilities(QByteArray list) const;
    bool loginDisabled() const;

    // The selected folder.
    bool refresh(bool reportExpunges);
    QList<int> messagesIn(const QByteArray &set, bool byUid, bool *ok) const; // indexes
    bool expungeDeleted(const QList<quint32> &only, bool report);
    QByteArray fetchItems(int index, const ImapValue &items, bool byUid, bool *ok, QByteArray *error);
    QByteArray fetchSection(int index, const QByteArray &attribute, bool *ok, QByteArray *error);
    QByteArray flagList(const QList<QByteArray> &flags) const;
    bool matches(int index, const QList<ImapValue> &keys, int depth, bool *ok, QByteArray *error);
    bool matchesOne(int index, const QList<ImapValue> &keys, int *at, int depth, bool *ok, QByteArray *error);
    const QByteArray &contentOf(int index);

    ImapServerConfig m_config;
    ImapStore *m_store;
    State m_state = State::NotAuthenticated;
    QByteArray m_user;
    QByteArray m_folder;
    bool m_readOnly = false;
    ImapFolderState m_view; // what the client has been told
    int m_errors = 0;

    // A command being read: its wire form so far, and the literal awaited.
    QByteArray m_wire;
    qint64 m_literalLeft = 0;
    bool m_literalDiscarded = false; // too large: its octets are skipped
    QByteArray m_literal;
    // AUTHENTICATE waiting for the client's response line.
    QByteArray m_authTag;
    // IDLE's tag while idling (until DONE).
    QByteArray m_idleTag;
    // The store's durable write the next tagged reply waits for (APPEND,
    // COPY, MOVE, EXPUNGE on disk: ImapStore's durableTicket), 0 if none.
    quint64 m_durableTicket = 0;
    Phase m_commandPhase = Phase::NotAuthenticated;
    // Contents read in this command (FETCH, SEARCH), by UID.
    QHash<quint32, QByteArray> m_contentCache;
    // Why the store could not give a message's text in the command under
    // way (its file removed behind the store's back): the command ends in NO.
    QByteArray m_contentError;
    bool takeContentError(const ImapCommand &command);
    QByteArray m_commandName;
    QByteArray m_commandLine;
    QByteArray m_commandUser;
};
