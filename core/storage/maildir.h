// SPDX-License-Identifier: GPL-3.0-or-later
// maildir.h — one Maildir folder on disk (https://cr.yp.to/proto/maildir.html).
//
// A folder holds tmp/, new/ and cur/. A message is written under a unique
// name into tmp/, fsync'ed, renamed into new/ and the directory fsync'ed:
// only then does it exist (the DiskCommitter does the last three steps, for
// many messages at once). A reader sees whole messages or none; whatever is
// left in tmp/ after a crash was never acknowledged and is removed by
// cleanTemporary() when the folder is opened again.
//
// The same layout keeps a server's queue (DIR/<host>/queue): each entry is a
// file with the envelope and retry state first, then the message.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class Maildir
{
public:
    struct Entry {
        QString name; // the file name, also the POP3 unique id
        QString path; // where it is now (new/ or cur/)
        QByteArray content; // empty when loaded without contents
        qint64 size = 0; // octets of the file
    };

    // A message on its way: the commit writes `content` into `temporaryPath`
    // (unless `fd` is already that file, open), fsyncs it, renames it to
    // `finalPath` and fsyncs the directory of `finalPath`.
    struct Staged {
        int fd = -1;
        QString temporaryPath;
        QString finalPath;
        QByteArray content;
    };

    explicit Maildir(const QString &path = QString());

    QString path() const { return m_path; }
    bool isNull() const { return m_path.isEmpty(); }

    // Creates tmp/, new/ and cur/ when missing (and the folder itself).
    bool create(QString *error) const;
    // Removes every file in tmp/: a message that was never renamed into new/
    // was never acknowledged (Maildir's own rule for stale tmp files).
    int cleanTemporary(QStringList *problems) const;
    // Every message of new/ and cur/, oldest name first. A file that cannot
    // be read is named in `problems` and skipped.
    // With `readContents` false only the names, paths and sizes: a store
    // that reads each message when asked (MailStore with persistence) does
    // not read a term of mail into memory at start.
    QList<Entry> load(QStringList *problems, bool readContents = true) const;

    // A new message under a new unique name, for the DiskCommitter to write
    // (nothing touches the disk yet: the event loop never waits for it).
    // `key` (ReceiptJournal) goes into the name, ",K=<key>".
    Staged plan(const QByteArray &content, const QByteArray &key = {}) const;
    // The same, to replace an existing entry (`name` in new/) atomically.
    Staged planReplacement(const QString &name, const QByteArray &content) const;
    // Writes `content` into tmp/ under a new unique name now; the file stays
    // open for the commit. On failure (disk full, no permission) says why.
    Staged stage(const QByteArray &content, QString *error) const;
    // Writes a planned file into tmp/ (its fd is then open); false with the error.
    static bool write(Staged *staged, QString *error);
    // Where a message named `name` lives now (new/ or cur/), or empty.
    QString find(const QString &name) const;

    // A name unique on this machine: seconds, microseconds, process id and a
    // counter (the Maildir recipe), e.g. "1764230400.M123456P4242Q7.carteiro";
    // with a key, "1764230400.M123456P4242Q7,K=0123456789abcdef.carteiro".
    // `seconds`: the time to name it by instead of now (an IMAP APPEND's
    // internal date, a COPY's original one: the name keeps it, RFC 3501 §2.3.3).
    static QString uniqueName(const QByteArray &key = {}, qint64 seconds = -1);
    // Does the whole job for one message at once (tmp, fsync, rename, fsync dir).
    static bool commitNow(const Staged &staged, QString *error);
    // fsync() of a directory, so a rename or an unlink in it is durable.
    static bool syncDirectory(const QString &path, QString *error);
    // A name safe as one path component: [a-z0-9._-] kept, the rest %XX.
    static QString safeComponent(const QString &name);

private:
    QString m_path;
};
