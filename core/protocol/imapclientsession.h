// SPDX-License-Identifier: GPL-3.0-or-later
// imapclientsession.h — the client side of IMAP4rev1 (RFC 3501), as Fran's mail client uses it.
//
// One job per connection, as real clients do it: LOGIN, LIST "" "*" (the
// folders), SELECT INBOX, UID SEARCH ALL, then for the messages it does not
// have yet UID FETCH (UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER])
// — the structure first — and then, the course's point, only the text: a
// message with attachments gets BODY.PEEK[1.MIME] and BODY.PEEK[1] (the text
// part), its attachments stay on the server; a single-part message is its
// text, BODY.PEEK[]. ImapDownload::Whole fetches BODY.PEEK[] always, to
// compare. LOGOUT at the end. Nothing is deleted: the mail stays on the
// server, unread (PEEK does not set \Seen).
//
// A job may also open another folder than INBOX and do actions, each one its
// own tagged command on the timeline (ImapAction): folder actions (CREATE,
// RENAME, DELETE) right after LOGIN, so LIST shows their effect; message
// actions (UID STORE, UID MOVE, UID COPY, EXPUNGE, UID SEARCH with criteria)
// after SELECT, in the order given, before UID SEARCH ALL reads what the
// folder holds. Without MOVE in the server's CAPABILITY a move is UID COPY,
// UID STORE +FLAGS.SILENT (\Deleted) and UID EXPUNGE (EXPUNGE without UIDPLUS).
// With `idle`, the job ends in IDLE (RFC 2177) instead of LOGOUT: an
// untagged "* N EXISTS" with more messages than before makes the client say
// DONE, read the folder again (UID SEARCH ALL, the new messages as above),
// tell its round handler and IDLE again; stop() says DONE and LOGOUT.
//
// Responses are read whole: a line that ends in "{n}" is followed by n
// octets, then the line goes on (RFC 3501 §4.3). Tags are a1, a2 …
//
// TLS (RFC 3501 §6.2.1), as the job's TlsPolicy says: with May or Encrypt,
// STARTTLS before LOGIN when the greeting's capabilities list it (or give
// none); after its OK the client asks for TLS and, once the handshake is
// done, forgets the capabilities and asks CAPABILITY again before LOGIN.
// Not offered or refused: May logs in in clear, Encrypt says LOGOUT with
// "TLS is required, but …" as the error. LOGINDISABLED (§6.2.3) outside TLS
// ends the job without sending the password. A failed handshake ends it with
// "TLS handshake failed: <reason>". With implicit TLS (IMAPS, port 993) the
// handshake comes before the greeting and no STARTTLS is sent.
#pragma once

#include "imapparser.h"
#include "imapresponse.h"
#include "protocolsession.h"
#include "tlspolicy.h"

#include <QHash>
#include <QSet>

#include <functional>

enum class ImapDownload {
    TextOnly, // the text part; attachments stay on the server
    Whole // BODY.PEEK[]: the whole message, as POP3's RETR
};

// One thing a job does besides reading the folder; the factories say which
// fields each kind uses.
struct ImapAction {
    enum class Kind : quint8 {
        Create, // CREATE folder
        Rename, // RENAME folder newName
        Delete, // DELETE folder
        Store, // UID STORE uid +FLAGS (flags) (add) or -FLAGS (flags)
        Move, // UID MOVE uid folder (or COPY, STORE \Deleted, EXPUNGE)
        Copy, // UID COPY uid folder
        Expunge, // EXPUNGE: the messages marked \Deleted go
        Search, // UID SEARCH criteria: the hits are ImapClientResult::searchHits
        FetchPart // UID FETCH uid (BODY.PEEK[part.MIME] BODY.PEEK[part]): an attachment, on demand
    };
    Kind kind = Kind::Expunge;
    QByteArray folder; // Create, Rename (the old name), Delete; Move, Copy: where to
    QByteArray newName; // Rename
    quint32 uid = 0; // Store, Move, Copy, FetchPart
    QByteArray part; // FetchPart: the part's number ("2", "1.2")
    QList<QByteArray> flags; // Store: "\\Seen", "\\Flagged", "\\Deleted"
    bool add = true; // Store: +FLAGS (true) or -FLAGS
    // Search: IMAP search keys as sent ("UNSEEN", "FROM \"ana\""), best made
    // with searchKey(); a key holding UTF-8 makes it CHARSET UTF-8.
    QByteArray criteria;

    static ImapAction create(const QByteArray &folder);
    static ImapAction rename(const QByteArray &folder, const QByteArray &newName);
    static ImapAction remove(const QByteArray &folder);
    static ImapAction store(quint32 uid, const QList<QByteArray> &flags, bool add);
    static ImapAction move(quint32 uid, const QByteArray &folder);
    static ImapAction copy(quint32 uid, const QByteArray &folder);
    static ImapAction expunge();
    static ImapAction search(const QByteArray &criteria);
    static ImapAction fetchPart(quint32 uid, const QByteArray &part);
    // A search key and its string: searchKey("TEXT", "praia") is TEXT "praia";
    // non-ASCII text goes as a LITERAL+ literal ({7+} CR LF, then the octets).
    static QByteArray searchKey(const QByteArray &key, const QString &text);
    // An astring argument (a folder's name) the same way.
    static QByteArray argument(const QByteArray &octets);
    bool isFolderAction() const
    {
        return kind == Kind::Create || kind == Kind::Rename || kind == Kind::Delete;
    }
};

struct ImapClientJob {
    QByteArray user;
    QByteArray password;
    ImapDownload download = ImapDownload::TextOnly;
    quint32 uidValidity = 0; // of the UIDs below; another one means start again
    QSet<quint32> knownUids; // already downloaded, not fetched again
    QByteArray folder = "INBOX"; // the folder to SELECT
    QList<ImapAction> actions;
    // Also read the flags of the messages already known (UID FETCH 1:* (FLAGS)),
    // so that the result has every message's flags.
    bool readFlags = false;
    // End in IDLE instead of LOGOUT (see above).
    bool idle = false;
    TlsPolicy tls = TlsPolicy::None; // when to say STARTTLS (see above)
};

struct ImapFolderEntry {
    QByteArray name;
    QList<QByteArray> attributes; // \Sent, \Trash … (RFC 6154), \HasNoChildren …
};

struct ImapActionOutcome {
    ImapAction action;
    bool ok = false;
    QByteArray reply; // the tagged completion (of the last command, for a move)
};

struct ImapAttachmentInfo {
    QByteArray part; // "2", "1.2"
    QByteArray fileName;
    QByteArray type; // "image/png"
    qint64 size = 0; // encoded octets on the server
};

struct ImapFetchedPart { // a FetchPart's result: one part, as the server keeps it
    quint32 uid = 0;
    QByteArray part;
    QByteArray mime; // its MIME header fields (BODY[part.MIME]), blank line included
    QByteArray octets; // its body, transfer-encoded as on the server
};

struct ImapFetchedMessage {
    quint32 uid = 0;
    QList<QByteArray> flags;
    qint64 size = 0; // RFC822.SIZE: what a whole download costs
    qint64 downloaded = 0; // octets of sections actually fetched
    // What was downloaded, as a message a client can show: the header and,
    // for a message with attachments, the text part only (its MIME header
    // fields in place of the multipart's).
    QByteArray content;
    bool partial = false; // attachments left on the server
    QList<ImapAttachmentInfo> attachments;
};

struct ImapClientResult {
    bool finished = false;
    bool ok = false;
    QByteArray error;
    QList<QByteArray> folders;
    quint32 uidValidity = 0;
    int messagesOnServer = 0;
    // The new messages of this round (of the last one, when idling).
    QList<ImapFetchedMessage> messages;
    QList<ImapFolderEntry> folderEntries; // LIST's, with their attributes
    QByteArray folder; // the folder selected
    bool selected = false; // SELECT said OK
    QList<quint32> uids; // every message of the folder (UID SEARCH ALL)
    QHash<quint32, QList<QByteArray>> flags; // as the server last said them
    QList<ImapActionOutcome> outcomes; // one per action, in order
    bool searched = false; // a Search action ran
    QList<quint32> searchHits; // its UIDs (of the last Search)
    QList<ImapFetchedPart> parts; // of FetchPart actions, in order
    int rounds = 0; // folder readings finished (1, then one more per IDLE wake-up)
    bool idling = false; // in IDLE now (the server said "+")
};

class ImapClientSession : public ProtocolSession
{
public:
    explicit ImapClientSession(const ImapClientJob &job);

    Protocol protocol() const override { return Protocol::Imap; }
    Phase phase() const override { return m_phase; }
    void connectionLost() override;
    void timeout() override;
    void tlsEstablished() override;
    void tlsFailed(const QString &reason) override;

    bool isFinished() const { return m_result.finished; }
    // Ends an idling job: DONE, then LOGOUT (at once, or when the command
    // under way ends). Its lines are output to take (takeOutput()).
    void stop();
    // Called each time a reading of the folder ends (the job's, then each
    // one after an IDLE wake-up), before IDLE is sent again.
    void setRoundHandler(std::function<void(const ImapClientResult &)> handler)
    {
        m_roundHandler = std::move(handler);
    }
    const ImapClientResult &result() const { return m_result; }
    static constexpr int maximumLineLength = ImapResponse::Reader::maximumLineLength;
    static constexpr qint64 maximumLiteral = ImapResponse::Reader::maximumLiteral;

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    enum class Step : quint8 {
        Greeting,
        StartTls, // STARTTLS sent
        Capability, // CAPABILITY asked again inside TLS
        Login,
        FolderAction,
        List,
        Select,
        MessageAction,
        Search,
        Flags,
        Structure,
        Text,
        Idle, // IDLE sent
        IdleDone, // DONE sent, IDLE's completion awaited
        Logout,
        Done
    };
    void send(const QByteArray &command, bool sensitive = false);
    void response(const QByteArray &wire);
    void untagged(const ImapCommand &r);
    void completed(bool ok, const QByteArray &line);
    void fetchNew(); // the structure of the messages not known yet
    void fetchNextText();
    void readCapabilities(const QByteArray &text);
    void startAction(const ImapAction &action);
    void nextFolderAction();
    void nextMessageAction();
    void searchAll();
    void roundDone();
    void done(); // DONE, once the server has said "+"
    void logout();
    void fail(const QByteArray &error);
    // STARTTLS as the TLS policy asks, else LOGIN (unless LOGINDISABLED).
    void beginLogin();
    void sendLogin();

    ImapClientJob m_job;
    ImapClientResult m_result;
    Step m_step = Step::Greeting;
    Phase m_phase = Phase::NotAuthenticated;
    int m_nextTag = 1;
    QByteArray m_tag; // of the command waiting for its completion
    // A response being read: its wire form, the literal's octets still due.
    ImapResponse::Reader m_responses; // a response being read (lines and literals)
    QList<quint32> m_newUids;
    int m_textIndex = 0; // in m_result.messages, the next one whose text is fetched
    QHash<quint32, QByteArray> m_textPart; // uid -> the text part's number ("1", "1.1")
    QSet<QByteArray> m_capabilities;
    QList<ImapAction> m_folderActions;
    QList<ImapAction> m_messageActions;
    int m_actionIndex = 0;
    QList<QByteArray> m_actionCommands; // of the action under way, still to send
    bool m_actionOk = true;
    QSet<quint32> m_wanted; // new messages whose FETCH responses are kept
    int m_exists = 0; // the folder's size as last told
    bool m_stopping = false;
    bool m_awaitingTls = false; // STARTTLS answered OK: the handshake is under way
    bool m_wakeUp = false; // new mail while idling: DONE, then read again
    std::function<void(const ImapClientResult &)> m_roundHandler;
};
