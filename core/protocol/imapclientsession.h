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
// Responses are read whole: a line that ends in "{n}" is followed by n
// octets, then the line goes on (RFC 3501 §4.3). Tags are a1, a2 …
#pragma once

#include "imapparser.h"
#include "protocolsession.h"

#include <QSet>

enum class ImapDownload {
    TextOnly, // the text part; attachments stay on the server
    Whole // BODY.PEEK[]: the whole message, as POP3's RETR
};

struct ImapClientJob {
    QByteArray user;
    QByteArray password;
    ImapDownload download = ImapDownload::TextOnly;
    quint32 uidValidity = 0; // of the UIDs below; another one means start again
    QSet<quint32> knownUids; // already downloaded, not fetched again
};

struct ImapAttachmentInfo {
    QByteArray part; // "2", "1.2"
    QByteArray fileName;
    QByteArray type; // "image/png"
    qint64 size = 0; // encoded octets on the server
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
    QList<ImapFetchedMessage> messages;
};

class ImapClientSession : public ProtocolSession
{
public:
    explicit ImapClientSession(const ImapClientJob &job);

    Protocol protocol() const override { return Protocol::Imap; }
    Phase phase() const override { return m_phase; }
    void connectionLost() override;
    void timeout() override;

    bool isFinished() const { return m_result.finished; }
    const ImapClientResult &result() const { return m_result; }
    static constexpr int maximumLineLength = 64 * 1024;
    static constexpr qint64 maximumLiteral = 64 * 1024 * 1024;

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    enum class Step : quint8 {
        Greeting,
        Login,
        List,
        Select,
        Search,
        Structure,
        Text,
        Logout,
        Done
    };
    void send(const QByteArray &command, bool sensitive = false);
    void response(const QByteArray &wire);
    void untagged(const ImapCommand &r);
    void completed(bool ok, const QByteArray &line);
    void fetchNextText();
    void logout();
    void fail(const QByteArray &error);

    ImapClientJob m_job;
    ImapClientResult m_result;
    Step m_step = Step::Greeting;
    Phase m_phase = Phase::NotAuthenticated;
    int m_nextTag = 1;
    QByteArray m_tag; // of the command waiting for its completion
    // A response being read: its wire form, the literal's octets still due.
    QByteArray m_wire;
    qint64 m_literalLeft = 0;
    QList<quint32> m_newUids;
    int m_textIndex = 0; // in m_result.messages, the next one whose text is fetched
    QHash<quint32, QByteArray> m_textPart; // uid -> the text part's number ("1", "1.1")
};
