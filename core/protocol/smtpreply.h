// SPDX-License-Identifier: GPL-3.0-or-later
// smtpreply.h — an SMTP reply as a value: code, enhanced status code, text lines.
//
// RFC 5321 §4.2: "250-first line" … "250 last line". RFC 3463 enhanced status
// codes ("2.1.0") are written only when the server advertised
// ENHANCEDSTATUSCODES and the client greeted with EHLO (RFC 2034 §3).
#pragma once

#include <QByteArray>
#include <QList>

struct SmtpReply {
    int code = 0; // 250, 354, 550 …
    QByteArray enhanced; // "2.1.0", or empty
    QList<QByteArray> lines; // text of each line, without code
    // The end of DATA accepted: the delegate's name for the transaction,
    // handed back once the client has surely read this reply (or not).
    QByteArray receipt;
    // The reply may leave only once the write with this ticket is durable
    // (DiskCommitter: the message it accepts is on disk); 0: at once. It goes
    // on the reply's utterance (Utterance::durableTicket).
    quint64 durableTicket = 0;

    SmtpReply() = default;
    SmtpReply(int replyCode, const QByteArray &enhancedCode, const QByteArray &text)
        : code(replyCode)
        , enhanced(enhancedCode)
        , lines{text}
    {
    }

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
    QByteArray text() const { return lines.join(' '); }

    // Wire form, one entry per line without CR LF ("250-…", "250 …").
    QList<QByteArray> toLines(bool withEnhancedCode) const;
    // Parses one line of a reply; false if it is not "ddd[ -]text".
    static bool parseLine(const QByteArray &line, int *code, bool *isLast, QByteArray *text);
};
