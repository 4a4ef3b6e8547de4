// SPDX-License-Identifier: GPL-3.0-or-later
// imapstore.h — what an IMAP server engine needs from the mailboxes it serves.
//
// The engine (ImapServerSession) speaks RFC 3501; the store keeps the mail.
// MailStore (core/mail) implements this over the same mailboxes POP3 reads,
// so a message delivered by SMTP is seen by both protocols, and builds each
// message's structure (ImapStructure) from the MIME layer, GMime: the
// engine only writes it out in IMAP's syntax. Folder names are the ones the
// client sees, with "/" between levels; INBOX is any case of "inbox".
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

struct ImapMessageInfo {
    quint32 uid = 0;
    QList<QByteArray> flags; // \Seen, \Deleted … and keywords, as stored
    qint64 internalDateMs = 0; // when the server received it (ms since the epoch, UTC)
    qint64 size = 0; // octets, CR LF line ends (RFC822.SIZE)
};

struct ImapFolderInfo {
    QByteArray name;
    QList<QByteArray> attributes; // \Sent, \Trash … (RFC 6154) and \HasChildren / \HasNoChildren
    bool subscribed = false;
};

struct ImapFolderState {
    quint32 uidValidity = 1;
    quint32 uidNext = 1;
    QList<ImapMessageInfo> messages; // in UID order
};

// A message's envelope and MIME structure (RFC 3501 §7.4.2), with where each
// part's bytes are in the message, so the engine can cut sections out of it.
struct ImapAddress {
    std::optional<QByteArray> name; // raw (RFC 2047 words kept, as servers send them)
    QByteArray mailbox;
    QByteArray host;
};

struct ImapEnvelope {
    std::optional<QByteArray> date;
    std::optional<QByteArray> subject;
    QList<ImapAddress> from, sender, replyTo, to, cc, bcc;
    std::optional<QByteArray> inReplyTo;
    std::optional<QByteArray> messageId;
};

struct ImapBodyPart {
    QByteArray type = "text"; // lower case
    QByteArray subtype = "plain";
    QList<QPair<QByteArray, QByteArray>> parameters; // charset, name, boundary …
    std::optional<QByteArray> id;
    std::optional<QByteArray> description;
    QByteArray encoding = "7bit";
    std::optional<QByteArray> disposition; // "attachment", "inline"
    QList<QPair<QByteArray, QByteArray>> dispositionParameters;
    QList<ImapBodyPart> children; // a multipart's parts
    // Where its bytes are in the message: its header fields, then its body.
    qint64 offset = 0;
    qint64 bodyOffset = 0;
    qint64 end = 0;
    qint64 lines = 0; // of its body, for text parts
};

struct ImapStructure {
    ImapEnvelope envelope;
    ImapBodyPart body;
};

class ImapStore
{
public:
    virtual ~ImapStore() = default;

    // The account's name as the store knows it ("fran", whether the client
    // said "fran" or "fran@servidor.edu"), or empty when the password is wrong.
    virtual QByteArray login(const QByteArray &user, const QByteArray &password) = 0;
    virtual QList<ImapFolderInfo> folders(const QByteArray &user) = 0;
    // false when there is no such folder.
    virtual bool folderState(const QByteArray &user, const QByteArray &folder, ImapFolderState *state) = 0;
    // The message's text. A store on disk reads it now; when it cannot (the
    // file removed behind its back) it is empty and `error` says why, in
    // English, for the NO.
    virtual QByteArray content(const QByteArray &user, const QByteArray &folder, quint32 uid,
                               QByteArray *error = nullptr) = 0;
    virtual ImapStructure structure(const QByteArray &content) = 0;
    // SEARCH matches what a person reads (RFC 3501 §6.4.4): a header field's
    // values with their RFC 2047 words decoded (one per line), and the text
    // of the text parts with their transfer encoding undone, in UTF-8. The
    // engine asks only for messages that carry such encodings.
    virtual QByteArray decodedHeaderValues(const QByteArray &content, const QByteArray &field) = 0;
    virtual QByteArray decodedText(const QByteArray &content) = 0;
    virtual void setFlags(const QByteArray &user, const QByteArray &folder, quint32 uid,
                          const QList<QByteArray> &flags) = 0;
    // Folder management; false with the reason (in English, for a NO) on failure.
    virtual bool createFolder(const QByteArray &user, const QByteArray &folder, QByteArray *error) = 0;
    virtual bool deleteFolder(const QByteArray &user, const QByteArray &folder, QByteArray *error) = 0;
    virtual bool renameFolder(const QByteArray &user, const QByteArray &from, const QByteArray &to,
                              QByteArray *error) = 0;
    virtual bool subscribe(const QByteArray &user, const QByteArray &folder, bool subscribed,
                           QByteArray *error) = 0;
    // Durable changes: a store on disk gives the ticket of its DiskCommitter
    // write (Utterance::durableTicket) in `durableTicket` (0: nothing to wait
    // for); the engine puts it on the tagged OK, which the Connection holds
    // until the write is durable (and says NO with the reason if it failed).
    // A new message in a folder; its UID, or 0 with the reason.
    virtual quint32 append(const QByteArray &user, const QByteArray &folder, const QByteArray &content,
                           const QList<QByteArray> &flags, qint64 internalDateMs, QByteArray *error,
                           quint64 *durableTicket) = 0;
    // Copies; the new UIDs in the same order, or empty with the reason.
    virtual QList<quint32> copy(const QByteArray &user, const QByteArray &from, const QList<quint32> &uids,
                                const QByteArray &to, QByteArray *error, quint64 *durableTicket) = 0;
    // Removes the messages; returns the ticket of the files' durable removal.
    virtual quint64 expunge(const QByteArray &user, const QByteArray &folder, const QList<quint32> &uids) = 0;
};
