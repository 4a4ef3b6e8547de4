// SPDX-License-Identifier: GPL-3.0-or-later
// catalogue.h — the explanations' tables, as data (inside core/explain only).
//
// Each row has a key (a verb, a reply code, an enhanced status code, an EHLO
// keyword, a header field name…), a title and a text marked for translation
// with QT_TRANSLATE_NOOP in the context "Explanations", and the RFC section.
// The rows live in one file per subject (smtpcatalogue.cpp: commands, reply
// codes, enhanced status codes and EHLO keywords; pop3catalogue.cpp;
// messagecatalogue.cpp: content lines and header fields; eventcatalogue.cpp:
// connections, DNS, queue…); explanations.cpp decides which row applies to a
// line, as Postfix keeps its command table apart from the code that runs it.
#pragma once

#include "explain/explanations.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>

namespace Explanations::Catalogue {

// One row: a key, the texts marked for translation, and the RFC section.
struct Entry {
    const char *key;
    const char *title;
    const char *text;
    const char *rfc; // null when none applies
};

// A row of the SMTP reply codes, by number.
struct CodeEntry {
    int code;
    const char *title;
    const char *text;
    const char *rfc;
};

// The rows of one table (an array defined in one of the catalogue's files).
template<typename Row>
class Table
{
public:
    template<std::size_t N>
    constexpr Table(const Row (&rows)[N])
        : m_rows(rows)
        , m_size(N)
    {
    }
    const Row *begin() const { return m_rows; }
    const Row *end() const { return m_rows + m_size; }

private:
    const Row *m_rows;
    std::size_t m_size;
};

// The row with this key (exactly as written in the table), or null.
inline const Entry *find(const Table<Entry> &table, const QByteArray &key)
{
    for (const Entry &entry : table) {
        if (key == entry.key)
            return &entry;
    }
    return nullptr;
}

inline QString translated(const char *text)
{
    return QCoreApplication::translate("Explanations", text);
}

inline QString rfcText(const char *rfc)
{
    return rfc ? QString::fromUtf8(rfc) : QString();
}

inline Explanation make(const Entry &entry)
{
    return {translated(entry.title), translated(entry.text), rfcText(entry.rfc), {}};
}

inline ExplanationDetail makeDetail(const Entry &entry)
{
    return {translated(entry.title), translated(entry.text), rfcText(entry.rfc)};
}

// --- SMTP (smtpcatalogue.cpp) ----------------------------------------------------
extern const Table<Entry> smtpCommands; // by verb (RFC 5321 §4.1.1)
extern const Table<const char *> oldSmtpCommands; // RFC 821 verbs RFC 5321 dropped
extern const Entry smtpUnknownCommand;
extern const Entry smtpOldCommand;
extern const Table<Entry> authMechanisms; // by SASL mechanism (AUTH PLAIN…)
extern const Entry authResponse; // an answer to a 334 challenge
extern const Entry authCancel; // "*"
extern const Table<Entry> mailParameters; // SIZE=, BODY=, AUTH= after MAIL FROM
extern const Entry nullSender; // MAIL FROM:<>
extern const Entry pipelinedCommand; // a command sent before the last one's reply (%1: its verb)
extern const Table<CodeEntry> smtpCodes; // reply codes (RFC 5321 §4.2)
extern const Table<Entry> smtpOkAnswers; // a 250, by the verb it answers ("." for DATA's end)
extern const Table<Entry> smtpTlsAnswers; // "STARTTLS 220", "AUTH 530": by verb and code
extern const Table<Entry> enhancedCodes; // "subject.detail" (RFC 3463 §3)
extern const Table<Entry> enhancedClasses; // "2", "4", "5"
extern const Table<Entry> enhancedSubjects; // "0"… "7"
extern const Table<Entry> ehloKeywords; // PIPELINING, SIZE…
// Postfix's and Dovecot's own texts in a reply ("Relay access denied"), by a
// phrase the reply's text contains.
extern const Table<Entry> serverTexts;
// Notes of servers configured as Postfix (serversettings.h).
extern const Entry loopsBackEvent;
extern const Entry loopbackOnlyEvent;
extern const Entry relayHostEvent;
extern const Entry addressQualifiedEvent;
extern const Entry errorTransportEvent;
extern const Entry reconfiguredEvent;

// --- POP3 (pop3catalogue.cpp) ----------------------------------------------------
extern const Table<Entry> pop3Commands; // by verb (RFC 1939)
extern const Entry pop3QuitUnauthorized; // QUIT in AUTHORIZATION
extern const Entry pop3UnknownCommand;
extern const Entry pop3Greeting;
extern const Entry pop3Ok;
extern const Table<Entry> pop3OkAnswers; // a +OK, by the verb it answers
extern const Entry pop3Error;
extern const Table<Entry> pop3ResponseCodes; // -ERR [CODE] (RFC 2449 §8)
extern const Table<Entry> pop3Capabilities; // CAPA lines
extern const Entry pop3ListLine;
extern const Entry pop3UidlLine;
extern const Entry pop3Capability;
extern const Entry pop3EndOfResponse;

// --- HTTP/1.1 (httpcatalogue.cpp) ----------------------------------------------
extern const Entry httpRequestLine; // method SP target SP version
extern const Table<Entry> httpMethods; // GET, HEAD, POST
extern const Entry httpStatusLine; // version SP code SP reason
extern const Table<CodeEntry> httpCodes; // status codes (RFC 9110 §15)
extern const Table<Entry> httpFields; // by field name in lower case
extern const Entry httpField; // any other field
extern const Entry httpEndOfHeaders; // the empty line
extern const Entry httpBody;

// --- IMAP (imapcatalogue.cpp) ----------------------------------------------------
extern const Table<Entry> imapCommands; // by command name (RFC 3501 §6)
extern const Entry imapUnknownCommand;
extern const Entry imapGreeting;
extern const Entry imapContinuation; // "+ …"
extern const Entry imapLiteral; // a literal's octets
extern const Entry imapAuthResponse;
extern const Table<Entry> imapTagged; // OK, NO, BAD with the command's tag
extern const Table<Entry> imapUntagged; // "* n EXISTS", "* LIST" … by keyword
extern const Table<Entry> imapResponseCodes; // "[UIDVALIDITY n]" …
extern const Table<Entry> imapCapabilities; // capability words worth a detail (STARTTLS…)
extern const Entry imapPeekDetail; // a FETCH of part of a message

// --- message content (messagecatalogue.cpp) --------------------------------------
extern const Entry smtpEndOfData;
extern const Entry dotStuffingSmtp;
extern const Entry dotStuffingPop3;
extern const Entry headerBodySeparator;
extern const Entry bodyLine;
extern const Entry foldedHeader;
extern const Table<Entry> headerFields; // by field name, upper case
extern const Entry otherHeaderField;

// --- events (eventcatalogue.cpp) -------------------------------------------------
extern const Entry connectionOpened;
extern const Entry connectionClosed;
extern const Entry dnsLookup;
extern const Entry queueEvent;
extern const Entry deliveryEvent;
extern const Entry bounceDetail;
extern const Entry captionEvent;
extern const Entry expectationEvent;
extern const Entry noteEvent;

// --- TLS (tlscatalogue.cpp) ------------------------------------------------------
extern const Table<Entry> tlsMessages; // by message name ("ClientHello", "Finished" …)
extern const Table<Entry> tlsAlerts; // by the layer's name ("Alert: close_notify" …)
extern const Entry tlsOtherAlert;
extern const Entry tlsOtherMessage;
extern const Entry tlsCertificateDetail; // %1: subject, %2: issuer
extern const Entry tlsRecordEvent;
extern const Entry tlsEstablishedEvent;
extern const Entry tlsUnverifiedDetail;
extern const Entry tlsFailedEvent;
extern const Entry insideTlsDetail;
// Lines carrying a password inside TLS: "POP3 PASS", "IMAP LOGIN",
// "IMAP AUTHENTICATE", "AUTH RESPONSE" (SMTP's and IMAP's base64 answers).
extern const Table<Entry> insideTlsCredentials;

} // namespace Explanations::Catalogue
