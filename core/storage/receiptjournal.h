// SPDX-License-Identifier: GPL-3.0-or-later
// receiptjournal.h — which stored messages their client surely knew were stored.
//
// A server says 250 after the message is on disk, so a kill -9 can come
// between the store and the moment the client reads the 250. Such a client
// sends the message again (RFC 5321 §6.1; RFC 1047 describes the duplicates
// this makes). Carteiro does not store it twice: every stored file's name
// carries a key (a hash of the envelope and the message as received,
// ",K=…" in the Maildir name), and the journal records the keys whose 250 the
// client surely read, because a command came on the same connection after the
// 250 had been written (RFC 1047's own test: the next command proves the
// reply arrived). A key stored but never confirmed so is a *candidate*: an
// identical message (same sender, recipients and bytes) is answered 250
// again without storing it a second time, once.
//
// On disk, in the server's directory (DIR/<host>):
//   receipts.confirmed    one key per line, appended when confirmed
//   receipts.unconfirmed  "key seconds" per line: candidates whose files are
//                         gone (downloaded, relayed) and those found at start
// At start the keys of the files present are classified, candidates older
// than five days (Postfix's maximal_queue_lifetime) are dropped, and both
// files are written again, compacted, atomically. Appends are plain write(2)
// calls: a kill -9 keeps them (the kernel has them); a power failure may lose
// some confirmations, which only makes more candidates.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class ReceiptJournal
{
public:
    ReceiptJournal() = default;
    ~ReceiptJournal();
    ReceiptJournal(const ReceiptJournal &) = delete;
    ReceiptJournal &operator=(const ReceiptJournal &) = delete;

    // Candidates older than this are forgotten at start (seconds).
    static constexpr qint64 candidateLifetime = 5 * 24 * 3600;

    // The key of one transaction: 16 hex digits of SHA-256 over the sender,
    // the recipients and the content as the client sent it.
    static QByteArray keyFor(const QByteArray &sender, const QList<QByteArray> &recipients,
                             const QByteArray &content);
    // The key in a Maildir file name ("…,K=0123456789abcdef.carteiro"), or empty.
    static QByteArray keyOf(const QString &fileName);

    // Reads the journal in `directory`, takes every file name found there
    // (mailboxes and queue) with the time in its name, and writes the
    // journal again, compacted. Lines it cannot read are named in `problems`.
    bool open(const QString &directory, const QStringList &fileNames, QStringList *problems, QString *error);
    bool isOpen() const { return m_confirmedFd >= 0; }

    // A receipt names one transaction: the key, "#", a serial number.
    // An identical message was stored before and not confirmed: true takes
    // that candidate (the caller answers 250 without storing) and returns
    // the receipt of this new transaction in `receipt`.
    bool takeCandidate(const QByteArray &key, QByteArray *receipt);
    // A new transaction with `key` whose files are being committed.
    QByteArray begin(const QByteArray &key);
    // Its files are durable (ok) or were taken back (not ok: forgotten).
    void committed(const QByteArray &receipt, bool ok);
    // A command came after its 250 was written: the client read it.
    void confirmed(const QByteArray &receipt);
    // The connection ended without that: the client may send it again.
    void unconfirmed(const QByteArray &receipt);
    // A file is about to be removed (POP3 UPDATE, a queue entry relayed): if
    // its key is not confirmed, it stays a candidate without the file.
    void forgetting(const QString &fileName);

    bool isCandidate(const QByteArray &key) const { return m_candidates.contains(key); }
    int candidateCount() const { return int(m_candidates.size()); }

private:
    struct Pending {
        QByteArray key;
        bool durable = false;
        bool ended = false; // the connection ended unconfirmed
    };
    void addCandidate(const QByteArray &key, qint64 since);
    void append(int fd, const QByteArray &line);

    QString m_directory;
    int m_confirmedFd = -1;
    int m_unconfirmedFd = -1;
    quint64 m_serial = 0;
    QHash<QByteArray, Pending> m_pending; // by receipt
    QHash<QByteArray, int> m_open; // key -> transactions pending
    QHash<QByteArray, qint64> m_candidates; // key -> since (seconds)
};
