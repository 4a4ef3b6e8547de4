// SPDX-License-Identifier: GPL-3.0-or-later
// tlslayer.cpp — OpenSSL 3 driven through two memory BIOs; records framed
// here from the bytes and paired with what the message callback said of them.
#include "tlslayer.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QHostAddress>

namespace {
constexpr quint8 changeCipherSpec = 20;
constexpr quint8 alertType = 21;
constexpr quint8 handshakeType = 22;
constexpr quint8 applicationData = 23;
constexpr int recordHeader = 5;

QString opensslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        reasons.append(reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code, 0, 16));
    }
    reasons.removeDuplicates();
    return reasons.join(QStringLiteral("; "));
}

QString nameOf(const X509_NAME *name)
{
    if (!name)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    // "CN=servidor.edu, O=Carteiro": one line, most specific first, as
    // `openssl x509 -subject` prints it; UTF-8 kept as is.
    X509_NAME_print_ex(bio, name, 0, (XN_FLAG_ONELINE & ~XN_FLAG_SPC_EQ & ~ASN1_STRFLGS_ESC_MSB));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QString text = QString::fromUtf8(data, int(size));
    BIO_free(bio);
    return text;
}

quint32 be24(const unsigned char *p)
{
    return (quint32(p[0]) << 16) | (quint32(p[1]) << 8) | quint32(p[2]);
}

SSL_CTX *newContext(bool server, QString *error)
{
    SSL_CTX *ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    if (!ctx) {
        if (error)
            *error = opensslErrors();
        return nullptr;
    }
    // TLS 1.2 and 1.3 only (RFC 8996 retired the older ones); for 1.2 only
    // forward-secret AEAD suites: no export, NULL, RC4, CBC or static RSA.
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
    SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!EXPORT");
    SSL_CTX_set_options(ctx,
                        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // No middlebox-compatibility change_cipher_spec in TLS 1.3 (RFC 8446
    // §D.4): on loopback there is no middlebox, and a student reading the
    // handshake sees only the messages the RFC's figure shows.
    SSL_CTX_clear_options(ctx, SSL_OP_ENABLE_MIDDLEBOX_COMPAT);
    // No session tickets or resumption: every connection shows a whole handshake.
    SSL_CTX_set_num_tickets(ctx, 0);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    return ctx;
}
} // namespace

// --- messages and records ------------------------------------------------

QString TlsMessage::name() const
{
    if (contentType == changeCipherSpec)
        return QStringLiteral("ChangeCipherSpec");
    if (contentType == alertType) {
        static const QHash<int, const char *> alerts = {
            {0, "close_notify"},
            {10, "unexpected_message"},
            {20, "bad_record_mac"},
            {22, "record_overflow"},
            {40, "handshake_failure"},
            {42, "bad_certificate"},
            {43, "unsupported_certificate"},
            {44, "certificate_revoked"},
            {45, "certificate_expired"},
            {46, "certificate_unknown"},
            {47, "illegal_parameter"},
            {48, "unknown_ca"},
            {49, "access_denied"},
            {50, "decode_error"},
            {51, "decrypt_error"},
            {70, "protocol_version"},
            {71, "insufficient_security"},
            {80, "internal_error"},
            {86, "inappropriate_fallback"},
            {90, "user_canceled"},
            {109, "missing_extension"},
            {110, "unsupported_extension"},
            {112, "unrecognized_name"},
            {116, "certificate_required"},
            {120, "no_application_protocol"},
        };
        const char *alert = alerts.value(type);
        return QStringLiteral("Alert: %1").arg(alert ? QString::fromLatin1(alert) : QString::number(type));
    }
    switch (type) {
    case 0: return QStringLiteral("HelloRequest");
    case 1: return QStringLiteral("ClientHello");
    case 2: return QStringLiteral("ServerHello");
    case 4: return QStringLiteral("NewSessionTicket");
    case 5: return QStringLiteral("EndOfEarlyData");
    case 8: return QStringLiteral("EncryptedExtensions");
    case 11: return QStringLiteral("Certificate");
    case 12: return QStringLiteral("ServerKeyExchange");
    case 13: return QStringLiteral("CertificateRequest");
    case 14: return QStringLiteral("ServerHelloDone");
    case 15: return QStringLiteral("CertificateVerify");
    case 16: return QStringLiteral("ClientKeyExchange");
    case 20: return QStringLiteral("Finished");
    case 24: return QStringLiteral("KeyUpdate");
    default: return QStringLiteral("Handshake %1").arg(type);
    }
}

QString TlsMessage::rfcSection(bool tls13) const
{
    if (contentType == changeCipherSpec)
        return tls13 ? QStringLiteral("RFC 8446 §D.4") : QStringLiteral("RFC 5246 §7.1");
    if (contentType == alertType)
        return tls13 ? QStringLiteral("RFC 8446 §6") : QStringLiteral("RFC 5246 §7.2");
    const char *section = nullptr;
    if (tls13) {
        switch (type) {
        case 1: section = "RFC 8446 §4.1.2"; break;
        case 2: section = "RFC 8446 §4.1.3"; break;
        case 4: section = "RFC 8446 §4.6.1"; break;
        case 8: section = "RFC 8446 §4.3.1"; break;
        case 11: section = "RFC 8446 §4.4.2"; break;
        case 13: section = "RFC 8446 §4.3.2"; break;
        case 15: section = "RFC 8446 §4.4.3"; break;
        case 20: section = "RFC 8446 §4.4.4"; break;
        case 24: section = "RFC 8446 §4.6.3"; break;
        default: section = "RFC 8446 §4"; break;
        }
    } else {
        switch (type) {
        case 0: section = "RFC 5246 §7.4.1.1"; break;
        case 1: section = "RFC 5246 §7.4.1.2"; break;
        case 2: section = "RFC 5246 §7.4.1.3"; break;
        case 4: section = "RFC 5077 §3.3"; break;
        case 11: section = "RFC 5246 §7.4.2"; break;
        case 12: section = "RFC 5246 §7.4.3"; break;
        case 13: section = "RFC 5246 §7.4.4"; break;
        case 14: section = "RFC 5246 §7.4.5"; break;
        case 15: section = "RFC 5246 §7.4.8"; break;
        case 16: section = "RFC 5246 §7.4.7"; break;
        case 20: section = "RFC 5246 §7.4.9"; break;
        default: section = "RFC 5246 §7.4"; break;
        }
    }
    return QString::fromUtf8(section);
}

QString TlsRecord::contentTypeName(quint8 type)
{
    switch (type) {
    case changeCipherSpec: return QStringLiteral("change_cipher_spec");
    case alertType: return QStringLiteral("alert");
    case handshakeType: return QStringLiteral("handshake");
    case applicationData: return QStringLiteral("application_data");
    default: return QStringLiteral("type %1").arg(type);
    }
}

// --- the key log -----------------------------------------------------------

void TlsKeyLog::add(const QByteArray &line)
{
    if (line.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_seen.contains(line))
        return;
    m_seen.insert(line);
    m_text += line;
    m_text += '\n';
}

QByteArray TlsKeyLog::text() const
{
    QMutexLocker lock(&m_mutex);
    return m_text;
}

qsizetype TlsKeyLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen.size();
}

namespace {
// Where an SSL_CTX keeps its TlsContext, for the key log callback.
int contextIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

void keyLogCallback(const SSL *ssl, const char *line)
{
    const SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
    auto *log = ctx ? static_cast<TlsKeyLog *>(SSL_CTX_get_ex_data(ctx, contextIndex())) : nullptr;
    if (log && line)
        log->add(QByteArray(line));
}
} // namespace

// --- contexts --------------------------------------------------------------

void TlsContext::setKeyLog(std::shared_ptr<TlsKeyLog> log)
{
    m_keyLog = std::move(log);
    SSL_CTX_set_ex_data(m_ctx, contextIndex(), m_keyLog.get());
    SSL_CTX_set_keylog_callback(m_ctx, m_keyLog ? &keyLogCallback : nullptr);
}

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_ctx);
}

std::shared_ptr<TlsContext> TlsContext::server(x509_st *certificate, evp_pkey_st *key, x509_st *issuer,
                                               QString *error)
{
    ERR_clear_error();
    SSL_CTX *ctx = newContext(true, error);
    if (!ctx)
        return nullptr;
    std::shared_ptr<TlsContext> context(new TlsContext(ctx, true));
    if (!certificate || !key || SSL_CTX_use_certificate(ctx, certificate) != 1
        || SSL_CTX_use_PrivateKey(ctx, key) != 1 || (issuer && SSL_CTX_add1_chain_cert(ctx, issuer) != 1)
        || SSL_CTX_check_private_key(ctx) != 1) {
        if (error)
            *error = QStringLiteral("unusable certificate or key: %1").arg(opensslErrors());
        return nullptr;
    }
    return context;
}

std::shared_ptr<TlsContext> TlsContext::serverFromPem(const QByteArray &certificatesPem,
                                                      const QByteArray &keyPem, QString *error)
{
    ERR_clear_error();
    BIO *certs = BIO_new_mem_buf(certificatesPem.constData(), int(certificatesPem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *leaf = PEM_read_bio_X509(certs, nullptr, nullptr, nullptr);
    X509 *chain = leaf ? PEM_read_bio_X509(certs, nullptr, nullptr, nullptr) : nullptr;
    ERR_clear_error(); // no second certificate is not an error
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    std::shared_ptr<TlsContext> context;
    if (!leaf || !key) {
        if (error)
            *error = QStringLiteral("cannot read the certificate or key: %1").arg(opensslErrors());
    } else {
        context = server(leaf, key, chain, error);
    }
    X509_free(leaf);
    X509_free(chain);
    EVP_PKEY_free(key);
    BIO_free(certs);
    BIO_free(keyBio);
    return context;
}

std::shared_ptr<TlsContext> TlsContext::client(x509_st *anchor, QString *error)
{
    ERR_clear_error();
    SSL_CTX *ctx = newContext(false, error);
    if (!ctx)
        return nullptr;
    std::shared_ptr<TlsContext> context(new TlsContext(ctx, false));
    if (anchor && X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), anchor) != 1) {
        if (error)
            *error = QStringLiteral("cannot trust the CA: %1").arg(opensslErrors());
        return nullptr;
    }
    return context;
}

std::shared_ptr<TlsContext> TlsContext::clientFromPem(const QByteArray &anchorPem, QString *error)
{
    ERR_clear_error();
    BIO *bio = BIO_new_mem_buf(anchorPem.constData(), int(anchorPem.size()));
    X509 *anchor = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!anchor) {
        if (error)
            *error = QStringLiteral("cannot read the CA certificate: %1").arg(opensslErrors());
        return nullptr;
    }
    std::shared_ptr<TlsContext> context = client(anchor, error);
    X509_free(anchor);
    return context;
}

// --- sessions --------------------------------------------------------------

TlsLayer::TlsLayer(std::shared_ptr<TlsContext> context)
    : m_context(std::move(context))
{
    m_ssl = SSL_new(m_context->handle());
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(in, -1); // empty: "try again", not end of file
    BIO_set_mem_eof_return(out, -1);
    SSL_set_bio(m_ssl, in, out);
    SSL_set_msg_callback(m_ssl, &TlsLayer::messageCallback);
    SSL_set_msg_callback_arg(m_ssl, this);
    SSL_set_accept_state(m_ssl);
}

TlsLayer::TlsLayer(std::shared_ptr<TlsContext> context, const ClientOptions &options)
    : TlsLayer(std::move(context))
{
    m_client = true;
    m_requireVerified = options.requireVerified;
    SSL_set_connect_state(m_ssl);
    const QByteArray name = options.peerName.toUtf8();
    const QHostAddress address(options.peerName);
    if (!address.isNull()) {
        // An address is proved by the certificate's IP subjectAltName (no SNI: RFC 6066 §3).
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), name.constData());
    } else if (!name.isEmpty()) {
        SSL_set_tlsext_host_name(m_ssl, name.constData());
        SSL_set1_host(m_ssl, name.constData());
    }
    // Verified either way, so the result can be shown; enforced only when required.
    SSL_set_verify(m_ssl, m_requireVerified ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, nullptr);
}

TlsLayer::~TlsLayer()
{
    SSL_free(m_ssl);
}

void TlsLayer::messageCallback(int writeP, int version, int contentType, const void *buf, size_t len,
                               ssl_st *ssl, void *arg)
{
    Q_UNUSED(version);
    Q_UNUSED(ssl);
    static_cast<TlsLayer *>(arg)->onMessage(writeP != 0, contentType, static_cast<const unsigned char *>(buf),
                                            len);
}

void TlsLayer::onMessage(bool written, int contentType, const unsigned char *data, size_t length)
{
    QList<Slot> &slots = written ? m_writeSlots : m_readSlots;
    if (contentType == SSL3_RT_HEADER) {
        Slot slot;
        slot.header = length > 0 ? data[0] : 0;
        slots.append(slot);
        return;
    }
    if (slots.isEmpty())
        slots.append(Slot{}); // never seen: a message before any header
    Slot &slot = slots.last();
    if (contentType == SSL3_RT_INNER_CONTENT_TYPE) {
        slot.inner = length > 0 ? data[0] : 0;
        return;
    }
    TlsMessage message;
    message.contentType = quint8(contentType);
    message.length = int(length);
    if (contentType == alertType && length >= 2) {
        message.alertLevel = data[0];
        message.type = data[1];
    } else if (contentType == handshakeType && length >= 4) {
        message.type = data[0];
        if (message.type == 11 && written) {
            // Our own: its names are known without decoding it again (a
            // d2i_X509 per handshake was a fifth of a server's time).
            if (const X509 *own = SSL_get_certificate(m_ssl)) {
                message.subject = nameOf(X509_get_subject_name(own));
                message.issuer = nameOf(X509_get_issuer_name(own));
            }
        } else if (message.type == 11) {
            // Certificate (RFC 8446 §4.4.2, RFC 5246 §7.4.2): the first entry's subject and issuer.
            size_t at = 4;
            if (SSL_version(m_ssl) == TLS1_3_VERSION && at < length)
                at += 1 + data[at]; // certificate_request_context
            at += 3; // the list's length
            if (at + 3 <= length) {
                const quint32 size = be24(data + at);
                at += 3;
                if (at + size <= length) {
                    const unsigned char *der = data + at;
                    if (X509 *cert = d2i_X509(nullptr, &der, long(size))) {
                        message.subject = nameOf(X509_get_subject_name(cert));
                        message.issuer = nameOf(X509_get_issuer_name(cert));
                        X509_free(cert);
                    }
                }
            }
        }
    } else if (contentType != changeCipherSpec) {
        return; // nothing a student reads (heartbeats, and so on)
    }
    slot.messages.append(message);
}

void TlsLayer::start()
{
    drive();
}

bool TlsLayer::receive(const QByteArray &bytes)
{
    if (m_failed)
        return false;
    m_inFrame += bytes;
    BIO_write(SSL_get_rbio(m_ssl), bytes.constData(), int(bytes.size()));
    drive();
    // Whole records, paired in order with what OpenSSL read of them; once it
    // reads no more (failed, or the peer closed), the rest as bytes only.
    while (m_inFrame.size() >= recordHeader) {
        const int size = recordHeader + ((uchar(m_inFrame.at(3)) << 8) | uchar(m_inFrame.at(4)));
        if (m_inFrame.size() < size)
            break;
        if (m_readSlots.isEmpty() && !m_failed && !m_peerClosed)
            break; // not read by OpenSSL yet
        const Slot slot = m_readSlots.isEmpty() ? Slot{} : m_readSlots.takeFirst();
        m_in.append(describe(m_inFrame.left(size), slot, false));
        m_inFrame.remove(0, size);
    }
    return !m_failed;
}

void TlsLayer::drive()
{
    ERR_clear_error();
    if (!m_established) {
        const int result = SSL_do_handshake(m_ssl);
        if (result == 1) {
            m_established = true;
            m_justEstablished = true;
        } else {
            const int code = SSL_get_error(m_ssl, result);
            if (code != SSL_ERROR_WANT_READ && code != SSL_ERROR_WANT_WRITE) {
                const long verify = SSL_get_verify_result(m_ssl);
                if (verify != X509_V_OK && m_requireVerified && m_client)
                    fail(QString::fromUtf8(X509_verify_cert_error_string(verify)));
                else
                    fail(opensslErrors());
            }
        }
    }
    if (m_established && !m_failed) {
        char buffer[16384];
        for (;;) {
            const int read = SSL_read(m_ssl, buffer, int(sizeof buffer));
            if (read > 0) {
                m_plaintext.append(buffer, read);
                continue;
            }
            const int code = SSL_get_error(m_ssl, read);
            if (code == SSL_ERROR_ZERO_RETURN)
                m_peerClosed = true;
            else if (code != SSL_ERROR_WANT_READ && code != SSL_ERROR_WANT_WRITE)
                fail(opensslErrors());
            break;
        }
    }
    drainOutput();
}

void TlsLayer::drainOutput()
{
    BIO *out = SSL_get_wbio(m_ssl);
    const size_t pending = BIO_ctrl_pending(out);
    if (pending == 0)
        return;
    QByteArray bytes(qsizetype(pending), Qt::Uninitialized);
    const int read = BIO_read(out, bytes.data(), int(pending));
    bytes.truncate(qMax(0, read));
    for (const QByteArray &record : frame(&bytes)) {
        const Slot slot = m_writeSlots.isEmpty() ? Slot{} : m_writeSlots.takeFirst();
        m_out.append(describe(record, slot, true));
    }
}

QList<QByteArray> TlsLayer::frame(QByteArray *buffer)
{
    QList<QByteArray> records;
    qsizetype at = 0;
    while (buffer->size() - at >= recordHeader) {
        const int size = recordHeader + ((uchar(buffer->at(at + 3)) << 8) | uchar(buffer->at(at + 4)));
        if (buffer->size() - at < size)
            break;
        records.append(buffer->mid(at, size));
        at += size;
    }
    buffer->remove(0, at);
    return records;
}

TlsRecord TlsLayer::describe(const QByteArray &bytes, const Slot &slot, bool written)
{
    TlsRecord record;
    record.bytes = bytes;
    record.contentType = quint8(bytes.at(0));
    record.innerType = slot.inner ? slot.inner : record.contentType;
    bool &encryptedFromHere = written ? m_writeEncrypted : m_readEncrypted;
    // TLS 1.3 hides every encrypted record as application_data; TLS 1.2
    // encrypts what follows a change_cipher_spec.
    record.encrypted = record.contentType == applicationData || encryptedFromHere;
    record.messages = slot.messages;
    for (const TlsMessage &m : record.messages) {
        if (m.contentType == changeCipherSpec)
            encryptedFromHere = true;
    }
    return record;
}

QByteArray TlsLayer::takePlaintext()
{
    return std::exchange(m_plaintext, {});
}

QList<TlsRecord> TlsLayer::takeRecords()
{
    return std::exchange(m_out, {});
}

QList<TlsRecord> TlsLayer::takeReceivedRecords()
{
    return std::exchange(m_in, {});
}

bool TlsLayer::encrypt(const QByteArray &piece)
{
    if (m_failed || !m_established)
        return false;
    if (piece.isEmpty())
        return true;
    ERR_clear_error();
    const int written = SSL_write(m_ssl, piece.constData(), int(qMin<qsizetype>(piece.size(), recordLimit)));
    if (written <= 0) {
        fail(opensslErrors());
        drainOutput();
        return false;
    }
    const qsizetype before = m_out.size();
    drainOutput();
    if (m_out.size() > before)
        m_out.last().plaintextLength = written;
    return true;
}

void TlsLayer::close()
{
    if (m_failed || !m_established)
        return;
    SSL_shutdown(m_ssl);
    drainOutput();
}

bool TlsLayer::takeJustEstablished()
{
    return std::exchange(m_justEstablished, false);
}

void TlsLayer::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = why.isEmpty() ? QStringLiteral("TLS error") : why;
}

QString TlsLayer::version() const
{
    return QString::fromLatin1(SSL_get_version(m_ssl));
}

QString TlsLayer::cipher() const
{
    const SSL_CIPHER *c = SSL_get_current_cipher(m_ssl);
    return c ? QString::fromLatin1(SSL_CIPHER_standard_name(c)) : QString();
}

bool TlsLayer::isTls13() const
{
    return SSL_version(m_ssl) == TLS1_3_VERSION;
}

QString TlsLayer::peerSubject() const
{
    X509 *peer = SSL_get0_peer_certificate(m_ssl);
    return peer ? nameOf(X509_get_subject_name(peer)) : QString();
}

QString TlsLayer::peerIssuer() const
{
    X509 *peer = SSL_get0_peer_certificate(m_ssl);
    return peer ? nameOf(X509_get_issuer_name(peer)) : QString();
}

bool TlsLayer::peerVerified() const
{
    return SSL_get0_peer_certificate(m_ssl) && SSL_get_verify_result(m_ssl) == X509_V_OK;
}

QString TlsLayer::verifyError() const
{
    // After a refused handshake the peer's certificate is gone, the reason is not.
    const long result = SSL_get_verify_result(m_ssl);
    if (result != X509_V_OK)
        return QString::fromUtf8(X509_verify_cert_error_string(result));
    return SSL_get0_peer_certificate(m_ssl) ? QString() : QStringLiteral("no certificate");
}

QString TlsLayer::ownSubject() const
{
    X509 *own = SSL_get_certificate(m_ssl);
    return own ? nameOf(X509_get_subject_name(own)) : QString();
}
