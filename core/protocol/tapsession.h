// SPDX-License-Identifier: GPL-3.0-or-later
// tapsession.h — one side of a tap: a real client and a real server talking
// through Carteiro, every octet passed on as it came, every line drawn.
//
// `carteiro --tap LISTEN=TARGET` (core/world/tap.h) accepts a real client
// (Thunderbird, fetchmail, swaks, telnet) and connects to a real server
// (Postfix, Dovecot): two Connections, each with a TapSession. What one side
// hears is passed to the other side's session, which says it: so each
// direction's writes go through the gate like any other, and a student can
// step a real Thunderbird's conversation with a real Postfix line by line.
//
// A tap understands nothing and changes nothing: it passes the octets on
// exactly (a line with a bare LF, a literal's binary octets included). It
// only follows the conversation enough to draw it: which lines are commands,
// replies, message content or listings (TapDialogue), so the inspector can
// explain them as it explains our own engines' lines. A line is passed on
// once its end has come (a whole line at a time, as every mail client and
// server writes them); a stream that never ends a line is passed on in
// pieces of at most pieceLimit octets.
//
// After STARTTLS (STLS, IMAP STARTTLS) and its go-ahead, or from the first
// octet on the secure ports (465, 993, 995), the tap holds no key: it passes
// the TLS records on whole and says what anyone on the wire sees of them
// (TapSession::RecordHandler), no more.
#pragma once

#include "protocolsession.h"

#include <QByteArray>

#include <functional>
#include <memory>

// What the tap follows of one conversation, shared by its two sessions.
class TapDialogue
{
public:
    TapDialogue(Protocol protocol, bool implicitTls)
        : m_protocol(protocol)
        , m_encrypted(implicitTls)
    {
    }
    Protocol protocol() const { return m_protocol; }
    // From here on the octets are TLS records.
    bool isEncrypted() const { return m_encrypted; }
    Phase phase() const { return m_phase; }
    // What one line is, in order: its role, the reply's code, the phase,
    // whether it carries a password, and whether it begins an utterance of
    // its own (a command, a reply) or goes on with the one before (message
    // content, a listing, a literal, a multi-line reply's next line).
    struct Line {
        LineRole role = LineRole::Unknown;
        QByteArray code;
        Phase phase = Phase::None;
        bool sensitive = false;
        bool startsNew = true;
    };
    Line client(const QByteArray &line);
    // After the go-ahead to STARTTLS isEncrypted() is true: what follows is
    // TLS, in both directions.
    Line server(const QByteArray &line);

private:
    // SMTP (RFC 5321 §4.1.4): after 354, the client's lines are content up to ".".
    void smtpClientLine(const QByteArray &line, LineRole *role, Phase *phase, bool *sensitive);
    void smtpServerLine(const QByteArray &line, LineRole *role, QByteArray *code);
    void pop3ClientLine(const QByteArray &line, LineRole *role, Phase *phase, bool *sensitive);
    void pop3ServerLine(const QByteArray &line, LineRole *role, QByteArray *code);
    void imapClientLine(const QByteArray &line, LineRole *role, Phase *phase, bool *sensitive);
    void imapServerLine(const QByteArray &line, LineRole *role, QByteArray *code);
    // IMAP literals (RFC 3501 §4.3): octets of "{n}" still to come, whose
    // lines are Literal.
    static qint64 literalAnnounced(const QByteArray &line);

    Protocol m_protocol;
    bool m_encrypted;
    Phase m_phase = Phase::None;
    bool m_greeted = false;
    QByteArray m_lastVerb; // the client's last command's verb ("DATA", "RETR", "STARTTLS")
    QByteArray m_lastTag; // IMAP: the tag of the last command
    bool m_inContent = false; // SMTP: the client sends the message; POP3: a multi-line response comes
    bool m_contentIsMessage = false; // POP3: RETR/TOP (message lines) rather than a listing
    bool m_multiLine = false; // POP3: the last command's +OK begins a multi-line response
    bool m_inAuth = false; // an AUTH (AUTHENTICATE) exchange: the client's lines answer challenges
    bool m_tlsAsked = false; // the client said STARTTLS/STLS; the go-ahead turns TLS on
    bool m_loggedIn = false;
    bool m_replyGoesOn = false; // SMTP: the server's last line was "250-…"
    bool m_clientInContentRun = false; // the client's last line was content
    qint64 m_clientLiteral = 0; // IMAP octets of a literal still to come from the client
    qint64 m_serverLiteral = 0; // from the server
    // IMAP: a literal ended with its line, so the next line goes on with
    // the command or response around it ("…)" after a FETCH's literal).
    bool m_clientGoesOn = false;
    bool m_serverGoesOn = false;
    bool m_lineGoesOn = false; // the line just classified went on with the one before
};

class TapSession : public ProtocolSession
{
public:
    enum class Side {
        FacingClient, // its peer is the real client: it hears commands, says replies
        FacingServer // its peer is the real server: it hears replies, says commands
    };
    // A line that never ends is passed on in pieces this long.
    static constexpr qsizetype pieceLimit = 64 * 1024;

    TapSession(Side side, std::shared_ptr<TapDialogue> dialogue);

    Protocol protocol() const override { return m_dialogue->protocol(); }
    Phase phase() const override { return m_dialogue->phase(); }
    void start() override;

    // What this side heard, for the other side to say (set by the tap).
    using Forward = std::function<void(const Utterance &)>;
    void setForward(Forward forward) { m_forward = std::move(forward); }
    // A TLS record heard (passed on as it is): for the tap to draw.
    using RecordHandler = std::function<void(const QByteArray &record)>;
    void setRecordHandler(RecordHandler handler) { m_recordHandler = std::move(handler); }
    // The dialogue turned encrypted (after the go-ahead to STARTTLS): for the tap to say so.
    using EncryptedHandler = std::function<void()>;
    void setEncryptedHandler(EncryptedHandler handler) { m_encryptedHandler = std::move(handler); }

    // The other side heard this: say it here (written by this side's
    // Connection, through the gate).
    void pass(const Utterance &utterance);
    // The other side's peer closed: close this side after what waits.
    void passClose();
    // Octets heard and not passed on yet (a line not ended).
    qsizetype pendingOctets() const { return m_pending.size(); }

protected:
    void handleLine(const LineReader::Line &line) override;
    void handleOctets(const QByteArray &octets) override;

private:
    void takeLines(); // the whole lines of m_pending
    void takeRecords(); // the whole TLS records of m_pending
    void armRaw();

    Side m_side;
    std::shared_ptr<TapDialogue> m_dialogue;
    Forward m_forward;
    RecordHandler m_recordHandler;
    EncryptedHandler m_encryptedHandler;
    QByteArray m_pending;
};
