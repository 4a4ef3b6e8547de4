// SPDX-License-Identifier: GPL-3.0-or-later
// classroomca.h — the classroom CA: one certificate authority per user that
// signs the certificates of the scenario's hosts (docs/security.md,
// "Certificates and the classroom CA").
//
// It is made once, at first need, with OpenSSL's API (no openssl command),
// and kept in the user's data directory ($XDG_DATA_HOME/carteiro/classroom-ca:
// ca.pem, and ca-key.pem readable by its owner only), so the window, --serve
// and --headless present certificates from the same CA, and a student who
// trusted it once (`carteiro --export-ca FILE`, then Thunderbird's or the
// browser's certificate manager) keeps trusting it.
//
// Why the name constraints: students import this CA into their browser's and
// mail client's trust store, and its private key lies in their home directory,
// readable by anything they run. A CA without limits there could vouch for
// their bank. So the CA carries a critical nameConstraints extension (RFC 5280
// 4.2.1.10) that permits only the scenario domains (servidor.edu, cliente.fr,
// … and their subdomains), the reserved names test, example, invalid and
// localhost (RFC 2606, 6761), mailboxes at the scenario domains, and the
// loopback addresses 127.0.0.0/8 and ::1. A verifier that honours the
// extension (OpenSSL, NSS in Firefox and Thunderbird, Chromium) refuses any
// certificate from it for another name, even one signed with the stolen key;
// issue() does not even sign one (it answers with an error).
//
// Everything here is ECDSA P-256 with SHA-256 signatures (fast handshakes; the
// bench compares with Postfix using the same key type) and random 128-bit
// serials. Thread-safe: a bench may issue from worker threads.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>

struct x509_st; // X509
struct evp_pkey_st; // EVP_PKEY

// What a server (or a client with a certificate) presents.
struct TlsIdentity {
    std::shared_ptr<x509_st> certificate; // X509, freed with X509_free
    std::shared_ptr<evp_pkey_st> key; // its private key, EVP_PKEY
    // The CA that signed it (for the views, and a client's trust store); null
    // when self-signed. It is the root, so a server need not send it: the
    // chain is the certificate alone (sending it makes a client that does not
    // trust the CA say "self-signed certificate in chain" instead of "unable
    // to get local issuer certificate").
    std::shared_ptr<x509_st> issuer;

    QByteArray certificatePem() const;
    QByteArray keyPem() const; // unencrypted PKCS#8: for tests and real servers only
    bool isNull() const { return !certificate || !key; }
};

class ClassroomCa
{
public:
    // What a scenario can give a host instead of a good certificate, so a
    // class sees a client refuse it and why.
    enum class Flaw {
        None,
        Expired, // signed by the CA, but valid from two years ago until yesterday
        WrongName, // signed by the CA, for wrongName() and no address
        SelfSigned // signed by its own key: no CA vouches for it
    };

    ~ClassroomCa();
    ClassroomCa(const ClassroomCa &) = delete;
    ClassroomCa &operator=(const ClassroomCa &) = delete;

    // Loads the CA kept in `directory`, or makes it there at first need,
    // atomically: it is built in a temporary directory beside it and renamed
    // into place with rename(2), so two processes starting at once end up with
    // the same CA (the loser loads the winner's); an empty directory is
    // filled the same way. A directory that holds a broken CA (unreadable
    // PEM, a key that does not match the certificate) is an error naming the
    // file and what is wrong; it is never replaced, since students may
    // already trust it. Null with `error` set on failure.
    static std::shared_ptr<ClassroomCa> open(const QString &directory, QString *error);
    // The CA in defaultDirectory(), opened once per process and shared.
    static std::shared_ptr<ClassroomCa> shared(QString *error);
    // $XDG_DATA_HOME/carteiro/classroom-ca (~/.local/share/carteiro/classroom-ca),
    // beside --serve's mailboxes.
    static QString defaultDirectory();

    // What the name constraints permit: DNS subtrees (each also permits its
    // subdomains) and the loopback addresses.
    static QStringList permittedDomains();
    static bool permitsName(const QString &hostName);
    static bool permitsAddress(const QHostAddress &address);
    // The name a Flaw::WrongName certificate is made for.
    static QString wrongName();

    QString directory() const { return m_directory; }
    QString certificateFile() const; // directory()/ca.pem
    QByteArray certificatePem() const;
    QString subject() const; // "CN=…, O=Carteiro", for the views
    QByteArray sha256Fingerprint() const; // "AB:CD:…", as certificate managers show it
    // Writes the CA certificate (PEM) to `file`, replacing it atomically.
    bool exportCertificate(const QString &file, QString *error) const;

    // A certificate for a host, with its name and addresses as subject
    // alternative names (DNS and IP; the webmail is reached by address),
    // signed by the CA unless the flaw says otherwise. Addresses the
    // constraints do not permit (beyond loopback) are left out; a name they do
    // not permit gets no certificate (null, `error` says why). Cached per
    // host, addresses and flaw: the same host gets the same certificate.
    TlsIdentity issue(const QString &hostName, const QList<QHostAddress> &addresses, Flaw flaw = Flaw::None,
                      QString *error = nullptr);

    // The CA certificate, for a client's trust store; owned by the CA.
    x509_st *certificate() const { return m_certificate.get(); }

private:
    ClassroomCa() = default;
    static std::shared_ptr<ClassroomCa> load(const QString &directory, QString *error);
    static bool create(const QString &directory, QString *error);

    QString m_directory;
    std::shared_ptr<x509_st> m_certificate;
    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_pem;
    QMutex m_mutex; // guards m_issued
    QHash<QString, TlsIdentity> m_issued;
};
