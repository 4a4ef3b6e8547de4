// SPDX-License-Identifier: GPL-3.0-or-later
// tlslayer.h — TLS between a socket and an engine, through memory BIOs.
//
// The layer never touches a socket. Ciphertext from the peer goes in with
// receive(); the plaintext it carried comes out with takePlaintext(). What
// the engine says goes in with encrypt() and comes out as TLS records, one
// per element, which the Connection submits to the gate one at a time — so
// a student steps through a handshake record by record, as through SMTP
// (docs/architecture.md, "TLS"). Records the layer must send on its own
// (the handshake's flights, alerts, close_notify) wait in takeRecords().
//
// Every record says what it carried: OpenSSL's message callback reports each
// handshake message, alert and change_cipher_spec, and for TLS 1.3 the inner
// content type, in the order the records are written or read; the layer
// pairs them with the records it frames itself from the bytes. So the
// timeline can draw ClientHello, ServerHello … Finished as arrows of their
// own, and the inspector can show what anyone on the wire sees.
//
// OpenSSL 3 is used only here and in classroomca.cpp: the engines never see it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <QMutex>
#include <QSet>

#include <memory>

struct ssl_st;
struct ssl_ctx_st;
struct x509_st;
struct evp_pkey_st;

// One message a record carried, as OpenSSL's message callback told it.
struct TlsMessage {
    quint8 contentType = 0; // 20 change_cipher_spec, 21 alert, 22 handshake
    quint8 type = 0; // the handshake type (1 ClientHello …) or the alert's description
    quint8 alertLevel = 0; // 1 warning, 2 fatal
    int length = 0; // octets of the message
    // A Certificate message: its first certificate's subject and issuer.
    QString subject;
    QString issuer;

    // "ClientHello", "Certificate", "Alert: certificate_expired", "ChangeCipherSpec".
    QString name() const;
    // The RFC section that defines it ("RFC 8446 §4.1.2").
    QString rfcSection(bool tls13) const;
};

// One TLS record, as it crossed (or will cross) the wire.
struct TlsRecord {
    QByteArray bytes; // header and fragment, as on the wire (ciphertext once encrypted)
    quint8 contentType = 0; // the header's type
    quint8 innerType = 0; // the real type (TLS 1.3 hides it inside type 23); else = contentType
    bool encrypted = false; // the fragment is ciphertext
    QList<TlsMessage> messages; // handshake messages, alerts (not application data)
    int plaintextLength = 0; // application data: octets of plaintext it carried

    static QString contentTypeName(quint8 type); // "handshake", "application_data" …
};

// The session secrets of a world's TLS sessions, as OpenSSL's key log
// callback gives them (NSS key log format: "CLIENT_RANDOM …", TLS 1.3's
// "CLIENT_HANDSHAKE_TRAFFIC_SECRET …" lines), so a capture of the world's
// traffic can be decrypted by Wireshark (PcapngExport writes them into the
// capture; --export-keylog into an SSLKEYLOGFILE). Both ends of an
// in-process session log the same lines: each is kept once. Sessions run in
// the event loop's thread, but the log may be read from another: locked.
class TlsKeyLog
{
public:
    void add(const QByteArray &line);
    // Every line so far, each ended by '\n', in the order they came.
    QByteArray text() const;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QByteArray m_text;
    QSet<QByteArray> m_seen;
};

// An SSL_CTX: the settings shared by every session of a host's service
// (TLS 1.2 and 1.3 only, AEAD ciphers, no compression, no tickets).
class TlsContext
{
public:
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    // A server presenting `certificate` (with `issuer` in its chain, when not
    // null). Takes references of its own; null and `error` when unusable.
    static std::shared_ptr<TlsContext> server(x509_st *certificate, evp_pkey_st *key, x509_st *issuer,
                                              QString *error);
    // The same from PEM (a certificate, its chain after it; a private key).
    static std::shared_ptr<TlsContext> serverFromPem(const QByteArray &certificatesPem,
                                                     const QByteArray &keyPem, QString *error);
    // A client trusting `anchor` (the classroom CA) and nothing else; null:
    // trusts nothing (every certificate fails verification, which is then
    // reported, not enforced, when the session does not require it).
    static std::shared_ptr<TlsContext> client(x509_st *anchor, QString *error);
    static std::shared_ptr<TlsContext> clientFromPem(const QByteArray &anchorPem, QString *error);

    ssl_ctx_st *handle() const { return m_ctx; }
    bool isServer() const { return m_server; }
    // Every session made from this context from now on adds its secrets to
    // `log` (null: none is kept, the default).
    void setKeyLog(std::shared_ptr<TlsKeyLog> log);

private:
    TlsContext(ssl_ctx_st *ctx, bool server)
        : m_ctx(ctx)
        , m_server(server)
    {
    }
    ssl_ctx_st *m_ctx;
    bool m_server;
    std::shared_ptr<TlsKeyLog> m_keyLog;
};

class TlsLayer
{
public:
    struct ClientOptions {
        // The name the server must prove (also sent as SNI when it is a name);
        // an address is checked against the certificate's IP addresses.
        QString peerName;
        // Refuse a certificate that does not verify (Postfix's "encrypt" with
        // verification, a mail client's default); false: go on and report
        // (Postfix's "may": opportunistic TLS is not authenticated).
        bool requireVerified = true;
    };

    // A server session.
    explicit TlsLayer(std::shared_ptr<TlsContext> context);
    // A client session: start() makes its ClientHello.
    TlsLayer(std::shared_ptr<TlsContext> context, const ClientOptions &options);
    ~TlsLayer();
    TlsLayer(const TlsLayer &) = delete;
    TlsLayer &operator=(const TlsLayer &) = delete;

    bool isClient() const { return m_client; }
    // Client: begin the handshake (the ClientHello waits in takeRecords()).
    void start();
    // Ciphertext from the peer, in any pieces. False once the session has
    // failed (error() says why; an alert for the peer may wait in takeRecords()).
    bool receive(const QByteArray &bytes);
    // Plaintext the peer sent, decrypted, in order.
    QByteArray takePlaintext();
    // Records to write that the layer made on its own (handshake, alerts, close_notify).
    QList<TlsRecord> takeRecords();
    // Records read from the peer so far, whole, with what they carried (for
    // a transcript that records what an outside peer sent).
    QList<TlsRecord> takeReceivedRecords();
    // Encrypts one piece of plaintext (at most recordLimit octets, after the
    // handshake) into one record, which waits in takeRecords() after anything
    // made before it. The caller cuts what it says into pieces (a Connection:
    // at the ends of lines, so a line is in the record that ends it). False
    // if the session has failed.
    bool encrypt(const QByteArray &piece);
    // close_notify (waits in takeRecords()).
    void close();

    bool isEstablished() const { return m_established; }
    // True once, right after the handshake completed: the caller marks "encrypted from here".
    bool takeJustEstablished();
    bool hasFailed() const { return m_failed; }
    QString error() const { return m_error; }
    bool peerClosed() const { return m_peerClosed; }
    // Undecrypted octets waiting for the rest of their record.
    qsizetype pendingCiphertext() const { return m_inFrame.size(); }

    // After the handshake: "TLSv1.3", "TLS_AES_128_GCM_SHA256".
    QString version() const;
    QString cipher() const;
    bool isTls13() const;
    // The peer's certificate (a client sees the server's): subject, issuer,
    // and whether it verified (with the reason it did not).
    QString peerSubject() const;
    QString peerIssuer() const;
    bool peerVerified() const;
    QString verifyError() const;
    // The certificate this side presented.
    QString ownSubject() const;

    static constexpr int recordLimit = 16384; // RFC 8446 §5.1: 2^14

private:
    struct Slot { // what the message callback saw of one record
        quint8 header = 0;
        quint8 inner = 0;
        QList<TlsMessage> messages;
    };
    static void messageCallback(int writeP, int version, int contentType, const void *buf, size_t len,
                                ssl_st *ssl, void *arg);
    void onMessage(bool written, int contentType, const unsigned char *data, size_t length);
    void drive(); // handshake and reads until OpenSSL wants more
    void drainOutput(); // what OpenSSL wrote, framed into records
    void fail(const QString &why);
    static QList<QByteArray> frame(QByteArray *buffer);
    TlsRecord describe(const QByteArray &bytes, const Slot &slot, bool written);

    std::shared_ptr<TlsContext> m_context;
    ssl_st *m_ssl = nullptr;
    bool m_client = false;
    bool m_requireVerified = true;
    bool m_established = false;
    bool m_justEstablished = false;
    bool m_failed = false;
    bool m_peerClosed = false;
    bool m_writeEncrypted = false; // a change_cipher_spec was written (TLS 1.2)
    bool m_readEncrypted = false;
    QString m_error;
    QByteArray m_plaintext;
    QByteArray m_inFrame; // ciphertext received, not yet a whole record
    QList<TlsRecord> m_out;
    QList<TlsRecord> m_in;
    QList<Slot> m_writeSlots; // records OpenSSL wrote, not framed yet
    QList<Slot> m_readSlots; // records OpenSSL read, not framed yet
};
