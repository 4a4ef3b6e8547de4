// SPDX-License-Identifier: GPL-3.0-or-later
// tlscatalogue.cpp — what TLS says on the wire, as data: each handshake
// message of TLS 1.3 (RFC 8446) and of TLS 1.2 (RFC 5246), the alerts a
// class meets, a record, and the handshake's end. Keys are the message names
// the TLS layer gives (protocol text, never translated); titles and texts are
// translated in the context "Explanations". The RFC here is the message's
// section in TLS 1.3 where it has one; the inspector shows the section the
// layer recorded for the version in use, when it recorded one.
#include "catalogue.h"

namespace Explanations::Catalogue {

// --- handshake messages ----------------------------------------------------------

const Entry tlsMessagesRows[] = {
    {"ClientHello",
     QT_TRANSLATE_NOOP("Explanations", "ClientHello: the client proposes how to talk securely"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The first TLS message, still in clear. The client lists the TLS versions and the "
                       "cipher suites it can use, sends a random number and (in TLS 1.3) its half of a "
                       "Diffie-Hellman key exchange, and names the server it wants to reach (SNI). Anyone "
                       "on the wire can read it; nothing secret is in it."),
     "RFC 8446 §4.1.2"},
    {"ServerHello", QT_TRANSLATE_NOOP("Explanations", "ServerHello: the server chooses"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server picks one version and one cipher suite from the client's list and sends "
                       "its own random number and (in TLS 1.3) its half of the key exchange. From the two "
                       "halves both sides compute the same keys, which never cross the wire. In TLS 1.3 "
                       "everything after this message is encrypted."),
     "RFC 8446 §4.1.3"},
    {"EncryptedExtensions",
     QT_TRANSLATE_NOOP("Explanations", "EncryptedExtensions: the rest of the server's answer"),
     QT_TRANSLATE_NOOP("Explanations",
                       "TLS 1.3 only: the server's answers to the client's extensions that need not be "
                       "read before the keys are ready (for example which application protocol was "
                       "chosen). It is the first encrypted message: someone watching sees only its size."),
     "RFC 8446 §4.3.1"},
    {"Certificate", QT_TRANSLATE_NOOP("Explanations", "Certificate: the server shows who it is"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server sends its certificate: its name, its public key and the signature of "
                       "the authority that issued it (here the classroom CA). The client checks that the "
                       "name is the one it wanted to reach, that the certificate has not expired and that "
                       "the signature comes from an authority it trusts. If not, it refuses and ends the "
                       "connection with an alert."),
     "RFC 8446 §4.4.2"},
    {"CertificateRequest",
     QT_TRANSLATE_NOOP("Explanations", "CertificateRequest: the server asks for the client's certificate"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server asks the client to prove who it is with a certificate too. Mail "
                       "servers rarely do; clients usually log in with a password instead, inside TLS."),
     "RFC 8446 §4.3.2"},
    {"CertificateVerify",
     QT_TRANSLATE_NOOP("Explanations", "CertificateVerify: proof of owning the certificate"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server signs everything said so far with the private key of its certificate. "
                       "A certificate is public and anyone can copy it; only its owner can make this "
                       "signature, so the client now knows it talks to the real server."),
     "RFC 8446 §4.4.3"},
    {"Finished", QT_TRANSLATE_NOOP("Explanations", "Finished: the handshake was not tampered with"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Each side sends a code computed with the new keys over every handshake message. "
                       "If someone in the middle had changed a message (removed a strong cipher suite, "
                       "say), the codes would not match and the connection would end. After both Finished "
                       "messages the application's lines travel encrypted."),
     "RFC 8446 §4.4.4"},
    {"NewSessionTicket", QT_TRANSLATE_NOOP("Explanations", "NewSessionTicket: a ticket to come back faster"),
     QT_TRANSLATE_NOOP("Explanations",
                       "After the handshake the server may give the client a ticket. Next time, the client "
                       "shows it to resume the session without a full handshake (no certificate again)."),
     "RFC 8446 §4.6.1"},
    {"KeyUpdate", QT_TRANSLATE_NOOP("Explanations", "KeyUpdate: new keys for a long session"),
     QT_TRANSLATE_NOOP("Explanations",
                       "One side switches to fresh keys derived from the current ones, so that a very long "
                       "session does not encrypt too much with the same key."),
     "RFC 8446 §4.6.3"},
    {"ServerKeyExchange",
     QT_TRANSLATE_NOOP("Explanations", "ServerKeyExchange: the server's half of the key exchange"),
     QT_TRANSLATE_NOOP("Explanations",
                       "TLS 1.2: the server sends its Diffie-Hellman public value, signed with its "
                       "certificate's key so that nobody in the middle can replace it."),
     "RFC 5246 §7.4.3"},
    {"ServerHelloDone", QT_TRANSLATE_NOOP("Explanations", "ServerHelloDone: the server's turn is over"),
     QT_TRANSLATE_NOOP("Explanations",
                       "TLS 1.2: the server has said everything for this part of the handshake and waits "
                       "for the client."),
     "RFC 5246 §7.4.5"},
    {"ClientKeyExchange",
     QT_TRANSLATE_NOOP("Explanations", "ClientKeyExchange: the client's half of the key exchange"),
     QT_TRANSLATE_NOOP("Explanations",
                       "TLS 1.2: the client sends its Diffie-Hellman public value. Now both sides can "
                       "compute the same secret keys, which never cross the wire."),
     "RFC 5246 §7.4.7"},
    {"ChangeCipherSpec",
     QT_TRANSLATE_NOOP("Explanations", "ChangeCipherSpec: encrypted from the next record"),
     QT_TRANSLATE_NOOP("Explanations",
                       "TLS 1.2: the sender says that its next records are encrypted with the keys just "
                       "agreed. TLS 1.3 has no use for it but may still send one, only so that old "
                       "middleboxes that expect it let the connection through."),
     "RFC 5246 §7.1"},
};
const Table<Entry> tlsMessages(tlsMessagesRows);

// --- alerts (RFC 8446 §6, RFC 5246 §7.2) -----------------------------------------

const Entry tlsAlertsRows[] = {
    {"Alert: close_notify", QT_TRANSLATE_NOOP("Explanations", "Alert close_notify: the session ends cleanly"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The sender will send nothing more in this TLS session. Saying so, encrypted, "
                       "before TCP closes lets the peer know that no data was cut off by an attacker "
                       "closing the connection."),
     "RFC 8446 §6.1"},
    {"Alert: bad_certificate",
     QT_TRANSLATE_NOOP("Explanations", "Alert bad_certificate: the certificate was refused"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The certificate could not be accepted: for example it names another host than "
                       "the one the client wanted to reach, or its signature is wrong. The connection ends "
                       "before anything secret is sent."),
     "RFC 8446 §6.2"},
    {"Alert: certificate_expired",
     QT_TRANSLATE_NOOP("Explanations", "Alert certificate_expired: the certificate is out of date"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The certificate's validity period is over (or has not begun). A client must not "
                       "trust it, even if the rest is right: the connection ends."),
     "RFC 8446 §6.2"},
    {"Alert: unknown_ca",
     QT_TRANSLATE_NOOP("Explanations", "Alert unknown_ca: signed by an authority nobody trusts"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The certificate chain does not lead to an authority the client trusts, as with a "
                       "self-signed certificate or one from a CA the client was never given. Trusting the "
                       "classroom CA (carteiro --export-ca) is what makes its certificates acceptable."),
     "RFC 8446 §6.2"},
    {"Alert: certificate_unknown",
     QT_TRANSLATE_NOOP("Explanations", "Alert certificate_unknown: the certificate was not accepted"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Some other problem with the certificate made it unacceptable. The connection ends."),
     "RFC 8446 §6.2"},
    {"Alert: handshake_failure",
     QT_TRANSLATE_NOOP("Explanations", "Alert handshake_failure: no common ground"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The two sides could not agree on security parameters, for example no cipher suite "
                       "that both accept. The connection ends."),
     "RFC 8446 §6.2"},
    {"Alert: protocol_version",
     QT_TRANSLATE_NOOP("Explanations", "Alert protocol_version: no common TLS version"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The peer offered only versions this side refuses (older than TLS 1.2 here). The "
                       "connection ends."),
     "RFC 8446 §6.2"},
    {"Alert: decode_error", QT_TRANSLATE_NOOP("Explanations", "Alert decode_error: this is not TLS"),
     QT_TRANSLATE_NOOP("Explanations",
                       "A message could not be read: its fields were out of range or its length wrong, as "
                       "when something that is not TLS arrives where a handshake should be."),
     "RFC 8446 §6.2"},
};
const Table<Entry> tlsAlerts(tlsAlertsRows);

const Entry tlsOtherAlert = {
    "", QT_TRANSLATE_NOOP("Explanations", "A TLS alert"),
    QT_TRANSLATE_NOOP("Explanations",
                      "An alert tells the peer that something went wrong (or, for close_notify, that the "
                      "session ends). Every alert but close_notify and user_canceled ends the connection "
                      "at once."),
    "RFC 8446 §6"};

const Entry tlsOtherMessage = {
    "", QT_TRANSLATE_NOOP("Explanations", "A TLS handshake message"),
    QT_TRANSLATE_NOOP("Explanations",
                      "Part of the TLS handshake, in which client and server agree on a version and a "
                      "cipher suite, the server proves who it is with its certificate, and both compute "
                      "the keys that encrypt the rest of the connection."),
    "RFC 8446 §4"};

const Entry tlsCertificateDetail = {"", QT_TRANSLATE_NOOP("Explanations", "The certificate shown"),
                                    QT_TRANSLATE_NOOP("Explanations", "Subject: %1. Issued (signed) by: %2."),
                                    nullptr};

// --- records and the session ------------------------------------------------------

const Entry tlsRecordEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "A TLS record"),
    QT_TRANSLATE_NOOP("Explanations",
                      "TLS cuts what it sends into records of at most 16384 octets. Each starts with a "
                      "5-octet header in clear (content type, version, length); after the handshake the "
                      "rest is encrypted and ends with an authentication tag, so that nobody can read or "
                      "change it unnoticed."),
    "RFC 8446 §5.1"};

const Entry tlsEstablishedEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "Encrypted from here"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The TLS handshake is over: both sides hold the same keys, agreed without sending "
                      "them, and the client has checked the server's certificate. Every line after this "
                      "mark on this connection travels inside encrypted records: the hosts read the lines, "
                      "anyone on the wire sees only the records' sizes."),
    "RFC 8446 §2"};

const Entry tlsUnverifiedDetail = {
    "", QT_TRANSLATE_NOOP("Explanations", "Encrypted, but with whom?"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The certificate was not verified (a relay's opportunistic TLS accepts any): the "
                      "connection is safe from someone who only listens, not from someone in the middle "
                      "who presents a certificate of their own."),
    "RFC 7435 §1"};

const Entry tlsFailedEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "TLS failed"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The handshake did not end in an encrypted session (an alert says why, for example a "
                      "refused certificate). Nothing more is said on this connection, neither in clear nor "
                      "encrypted; a mail client reports the error and a relay keeps the message in its "
                      "queue."),
    "RFC 8446 §6.2"};

// A line inside TLS: what it is stays the same, who reads it changes.
const Entry insideTlsDetail = {
    "", QT_TRANSLATE_NOOP("Explanations", "Inside TLS: encrypted on the wire"),
    QT_TRANSLATE_NOOP("Explanations",
                      "This line crossed the network inside TLS records. The two ends read it as it is "
                      "shown here; anyone watching the network sees only the record that carried it: a "
                      "header and encrypted octets."),
    "RFC 8446 §5.2"};

// The lines that carry a password, inside TLS: the same command, but the
// "anyone watching can read it" of their plain explanation no longer holds.
const Entry insideTlsCredentialRows[] = {
    {"POP3 PASS", QT_TRANSLATE_NOOP("Explanations", "PASS: the password"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Right after USER, the client sends the password. This connection is inside TLS, "
                       "so on the wire the password is an encrypted record: only the server reads it. If "
                       "it is right, the server answers +OK, locks the mailbox, and the session enters the "
                       "TRANSACTION state."),
     "RFC 2595 §4"},
    {"IMAP LOGIN", QT_TRANSLATE_NOOP("Explanations", "LOGIN: user name and password"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client logs in with a user name and a password. This connection is inside "
                       "TLS, so on the wire they are an encrypted record: only the server reads them. If "
                       "they are right the session goes from the not authenticated state to the "
                       "authenticated state."),
     "RFC 3501 §6.2.3"},
    {"IMAP AUTHENTICATE", QT_TRANSLATE_NOOP("Explanations", "AUTHENTICATE: log in with a SASL mechanism"),
     QT_TRANSLATE_NOOP("Explanations",
                       "With PLAIN, the user name and the password go in base64 after the server's "
                       "\"+\". Base64 is not encryption, but TLS is: anyone watching the network sees "
                       "only encrypted records."),
     "RFC 3501 §6.2.2"},
    {"AUTH RESPONSE", QT_TRANSLATE_NOOP("Explanations", "The client's answer to the login challenge"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client answers the server's challenge with a line of base64: the user name, "
                       "the password, or both. Base64 hides nothing, but this line is inside TLS: on the "
                       "wire it is an encrypted record. A line with only \"*\" cancels the login."),
     "RFC 4954 §4"},
};
const Table<Entry> insideTlsCredentials(insideTlsCredentialRows);

} // namespace Explanations::Catalogue
