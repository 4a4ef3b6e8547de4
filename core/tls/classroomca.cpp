// SPDX-License-Identifier: GPL-3.0-or-later
// classroomca.cpp — the classroom CA with OpenSSL 3's API (see classroomca.h).
#include "tls/classroomca.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

const char *const CertificateName = "ca.pem";
const char *const KeyName = "ca-key.pem";

// The scenario domains: those of the built-in scenarios, the docs' examples
// and the course's own (2esi.org). A teacher's scenario with other names
// uses names under test or example, which the constraints also permit.
const char *const ScenarioDomains[] = {"servidor.edu",  "cliente.fr", "outro.gal", "outro.org",
                                       "instituto.edu", "aula.edu",   "2esi.org"};
// Reserved for testing and documentation (RFC 2606, RFC 6761).
const char *const ReservedDomains[] = {"test", "example", "invalid", "localhost"};

std::shared_ptr<x509_st> wrap(X509 *x)
{
    return std::shared_ptr<x509_st>(x, X509_free);
}

std::shared_ptr<evp_pkey_st> wrap(EVP_PKEY *k)
{
    return std::shared_ptr<evp_pkey_st>(k, EVP_PKEY_free);
}

// What OpenSSL said last (its error queue, which is per thread), emptied.
QString opensslError()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons.append(QString::fromLatin1(buffer));
    }
    return reasons.isEmpty() ? QStringLiteral("unknown error") : reasons.join(QStringLiteral("; "));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray pemOf(X509 *x)
{
    if (!x)
        return QByteArray();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || !PEM_write_bio_X509(bio.get(), x))
        return QByteArray();
    return bioBytes(bio.get());
}

QByteArray pemOf(EVP_PKEY *key)
{
    if (!key)
        return QByteArray();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || !PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return QByteArray();
    return bioBytes(bio.get());
}

QString nameToString(const X509_NAME *name)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio
        || X509_NAME_print_ex(bio.get(), name, 0,
                              XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_ESC_CTRL)
            < 0)
        return QString();
    return QString::fromUtf8(bioBytes(bio.get()));
}

EVP_PKEY *newKey()
{
    return EVP_EC_gen("P-256");
}

bool setRandomSerial(X509 *x)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x40; // and 16 bytes long in DER
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(bytes, sizeof bytes, nullptr), BN_free);
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x));
}

bool addEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
        == 1;
}

// One extension from its openssl.cnf spelling ("critical,CA:TRUE,pathlen:0").
bool addExtension(X509 *x, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(x, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray nameConstraints()
{
    QByteArrayList parts{"critical"};
    for (const char *domain : ScenarioDomains) {
        parts.append(QByteArray("permitted;DNS:") + domain);
        parts.append(QByteArray("permitted;email:") + domain); // mailboxes at it (S/MIME)
    }
    for (const char *domain : ReservedDomains)
        parts.append(QByteArray("permitted;DNS:") + domain);
    parts.append("permitted;IP:127.0.0.0/255.0.0.0");
    parts.append("permitted;IP:::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    return parts.join(',');
}

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    const QString machine = QSysInfo::machineHostName();
    QString who = user.isEmpty() ? machine : machine.isEmpty() ? user : user + QLatin1Char('@') + machine;
    // A few random hex digits: two students' CAs never share a name (NSS is
    // confused by two trusted CAs with one subject and different keys).
    unsigned char tag[3] = {};
    RAND_bytes(tag, sizeof tag);
    const QString id = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(tag), 3).toHex());
    return who.isEmpty() ? id : who.left(40) + QLatin1Char(' ') + id;
}

// The CA's certificate: self-signed, CA:TRUE pathlen:0, name constraints.
X509 *makeCaCertificate(EVP_PKEY *key)
{
    std::unique_ptr<X509, decltype(&X509_free)> x(X509_new(), X509_free);
    if (!x || !X509_set_version(x.get(), X509_VERSION_3) || !setRandomSerial(x.get()))
        return nullptr;
    X509_NAME *name = X509_get_subject_name(x.get());
    if (!addEntry(name, "CN", QStringLiteral("Carteiro classroom CA (%1)").arg(userName()))
        || !addEntry(name, "O", QStringLiteral("Carteiro")) || !X509_set_issuer_name(x.get(), name))
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(x.get()), 3653, 0, nullptr); // ten years
    if (!X509_set_pubkey(x.get(), key))
        return nullptr;
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, x.get(), x.get(), nullptr, nullptr, 0);
    if (!addExtension(x.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(x.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(x.get(), &ctx, NID_subject_key_identifier, "hash")
        || !addExtension(x.get(), &ctx, NID_name_constraints, nameConstraints()))
        return nullptr;
    if (!X509_sign(x.get(), key, EVP_sha256()))
        return nullptr;
    return x.release();
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) || file.write(data) != data.size()
        || !file.flush() || ::fsync(file.handle()) != 0) {
        *error =
            QCoreApplication::translate("ClassroomCa", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString leftAsItIs(const QString &problem, const QString &directory)
{
    return QCoreApplication::translate(
               "ClassroomCa",
               "%1. The classroom CA is left as it is, since students may already trust it; move %2 away "
               "to make a new one.")
        .arg(problem, QDir::toNativeSeparators(directory));
}

// An IP address as the conf syntax spells it (no scope), or empty when the
// constraints do not permit it.
QString permittedAddressText(const QHostAddress &address)
{
    if (!ClassroomCa::permitsAddress(address))
        return QString();
    QHostAddress plain(address);
    plain.setScopeId(QString());
    bool isV4 = false;
    const quint32 v4 = plain.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : plain.toString();
}

// A CA half built by a process that was killed (a private key in a
// temporary directory) is removed once it is an hour old: no process takes
// that long to make one.
void removeStaleBuilds(const QString &parent)
{
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList stale = QDir(parent).entryInfoList({QStringLiteral(".classroom-ca-*")},
                                                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : stale) {
        if (!entry.isSymLink() && entry.lastModified().toUTC() < hourAgo)
            QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

} // namespace

QByteArray TlsIdentity::certificatePem() const
{
    return pemOf(certificate.get());
}

QByteArray TlsIdentity::keyPem() const
{
    return pemOf(key.get());
}

ClassroomCa::~ClassroomCa() = default;

QString ClassroomCa::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/carteiro/classroom-ca");
}

QStringList ClassroomCa::permittedDomains()
{
    QStringList domains;
    for (const char *domain : ScenarioDomains)
        domains.append(QString::fromLatin1(domain));
    for (const char *domain : ReservedDomains)
        domains.append(QString::fromLatin1(domain));
    return domains;
}

bool ClassroomCa::permitsName(const QString &hostName)
{
    QString name = hostName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    // Letters, digits, hyphens and dots only: what goes into a DNS name
    // (and nothing the extension syntax would read as a separator).
    if (name.isEmpty() || name.size() > 253 || name.startsWith(QLatin1Char('.'))
        || name.contains(QLatin1String("..")))
        return false;
    for (const QChar c : std::as_const(name)) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-')
              || c == QLatin1Char('.')))
            return false;
    }
    for (const QString &domain : permittedDomains()) {
        if (name == domain || name.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

bool ClassroomCa::permitsAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return (v4 >> 24) == 127;
    QHostAddress plain(address);
    plain.setScopeId(QString());
    return plain == QHostAddress(QHostAddress::LocalHostIPv6);
}

QString ClassroomCa::wrongName()
{
    return QStringLiteral("wrong.invalid");
}

QString ClassroomCa::certificateFile() const
{
    return m_directory + QLatin1Char('/') + QLatin1String(CertificateName);
}

QByteArray ClassroomCa::certificatePem() const
{
    return m_pem;
}

QString ClassroomCa::subject() const
{
    return nameToString(X509_get_subject_name(m_certificate.get()));
}

QByteArray ClassroomCa::sha256Fingerprint() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!X509_digest(m_certificate.get(), EVP_sha256(), digest, &size))
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex(':').toUpper();
}

bool ClassroomCa::exportCertificate(const QString &file, QString *error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_pem) != m_pem.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("ClassroomCa", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

std::shared_ptr<ClassroomCa> ClassroomCa::shared(QString *error)
{
    static QMutex mutex;
    static std::shared_ptr<ClassroomCa> ca;
    const QMutexLocker locker(&mutex);
    if (!ca)
        ca = open(defaultDirectory(), error);
    return ca;
}

std::shared_ptr<ClassroomCa> ClassroomCa::open(const QString &directory, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString dir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    // An empty directory (made by hand, say) is filled: rename(2) replaces it.
    const QFileInfo info(dir);
    const bool absent = !info.exists()
        || (info.isDir()
            && QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    if (absent && !create(dir, error))
        return nullptr;
    return load(dir, error);
}

bool ClassroomCa::create(const QString &directory, QString *error)
{
    const QString parent = QFileInfo(directory).absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QCoreApplication::translate("ClassroomCa", "cannot create the directory %1")
                     .arg(QDir::toNativeSeparators(parent));
        return false;
    }
    removeStaleBuilds(parent);
    // Built beside its place (same file system), in a directory only its
    // owner can enter, then renamed into place in one step.
    QTemporaryDir building(parent + QStringLiteral("/.classroom-ca-XXXXXX"));
    if (!building.isValid()) {
        *error = QCoreApplication::translate("ClassroomCa", "cannot create the directory %1")
                     .arg(QDir::toNativeSeparators(parent));
        return false;
    }
    ERR_clear_error();
    const std::shared_ptr<evp_pkey_st> key = wrap(newKey());
    const std::shared_ptr<x509_st> certificate = key ? wrap(makeCaCertificate(key.get())) : nullptr;
    const QByteArray certificatePem = pemOf(certificate.get());
    const QByteArray keyPem = pemOf(key.get());
    if (certificatePem.isEmpty() || keyPem.isEmpty()) {
        *error = QCoreApplication::translate("ClassroomCa", "OpenSSL could not make the classroom CA: %1")
                     .arg(opensslError());
        return false;
    }
    if (!writeFile(building.filePath(QLatin1String(KeyName)), keyPem, QFile::ReadOwner | QFile::WriteOwner,
                   error)
        || !writeFile(building.filePath(QLatin1String(CertificateName)), certificatePem,
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther, error))
        return false;
    syncDirectory(building.path());
    if (::rename(QFile::encodeName(building.path()).constData(), QFile::encodeName(directory).constData())
        == 0) {
        building.setAutoRemove(false);
        syncDirectory(parent);
        return true;
    }
    const int renameError = errno;
    // Another process made it first: its CA is the one (load() reads it).
    if (renameError == EEXIST || renameError == ENOTEMPTY)
        return true;
    *error = QCoreApplication::translate("ClassroomCa", "cannot move the new classroom CA into %1: %2")
                 .arg(QDir::toNativeSeparators(directory),
                      QString::fromLocal8Bit(std::strerror(renameError)));
    return false;
}

std::shared_ptr<ClassroomCa> ClassroomCa::load(const QString &directory, QString *error)
{
    const QString certificatePath = directory + QLatin1Char('/') + QLatin1String(CertificateName);
    const QString keyPath = directory + QLatin1Char('/') + QLatin1String(KeyName);
    const QString shownCertificate = QDir::toNativeSeparators(certificatePath);
    const QString shownKey = QDir::toNativeSeparators(keyPath);
    if (!QFileInfo(directory).isDir()) {
        *error = leftAsItIs(QCoreApplication::translate("ClassroomCa", "%1 is not a directory")
                                .arg(QDir::toNativeSeparators(directory)),
                            directory);
        return nullptr;
    }
    QByteArray certificateBytes;
    QByteArray keyBytes;
    auto read = [&](const QString &path, const QString &shown, QByteArray *bytes) {
        QFile file(path);
        if (!file.exists()) {
            *error = leftAsItIs(QCoreApplication::translate("ClassroomCa", "%1 is missing").arg(shown),
                                directory);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = leftAsItIs(QCoreApplication::translate("ClassroomCa", "cannot read %1: %2")
                                    .arg(shown, file.errorString()),
                                directory);
            return false;
        }
        *bytes = file.read(1 << 20);
        return true;
    };
    if (!read(certificatePath, shownCertificate, &certificateBytes) || !read(keyPath, shownKey, &keyBytes))
        return nullptr;
    ERR_clear_error();
    std::unique_ptr<BIO, decltype(&BIO_free)> certificateBio(
        BIO_new_mem_buf(certificateBytes.constData(), int(certificateBytes.size())), BIO_free);
    const std::shared_ptr<x509_st> certificate = wrap(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        *error = leftAsItIs(
            QCoreApplication::translate("ClassroomCa", "%1 holds no readable PEM certificate (%2)")
                .arg(shownCertificate, opensslError()),
            directory);
        return nullptr;
    }
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())), BIO_free);
    // No passphrase callback: a key asking for one is not ours.
    const std::shared_ptr<evp_pkey_st> key = wrap(PEM_read_bio_PrivateKey(
        keyBio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr));
    if (!key) {
        *error = leftAsItIs(
            QCoreApplication::translate("ClassroomCa", "%1 holds no readable PEM private key (%2)")
                .arg(shownKey, opensslError()),
            directory);
        return nullptr;
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        *error = leftAsItIs(
            QCoreApplication::translate("ClassroomCa", "the key in %1 does not match the certificate in %2")
                .arg(shownKey, shownCertificate),
            directory);
        return nullptr;
    }
    if (X509_check_ca(certificate.get()) != 1) {
        *error = leftAsItIs(
            QCoreApplication::translate("ClassroomCa", "the certificate in %1 is not a CA certificate")
                .arg(shownCertificate),
            directory);
        return nullptr;
    }
    std::shared_ptr<ClassroomCa> ca(new ClassroomCa);
    ca->m_directory = directory;
    ca->m_certificate = certificate;
    ca->m_key = key;
    ca->m_pem = pemOf(certificate.get());
    return ca;
}

TlsIdentity ClassroomCa::issue(const QString &hostName, const QList<QHostAddress> &addresses, Flaw flaw,
                               QString *error)
{
    QString name = hostName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (!permitsName(name)) {
        if (error)
            *error = QCoreApplication::translate(
                         "ClassroomCa",
                         "%1 is outside the names the classroom CA may vouch for (%2 and their subdomains): "
                         "no certificate is made for it")
                         .arg(hostName, permittedDomains().join(QStringLiteral(", ")));
        return TlsIdentity();
    }
    QStringList ips;
    for (const QHostAddress &address : addresses) {
        const QString text = permittedAddressText(address);
        if (!text.isEmpty() && !ips.contains(text))
            ips.append(text);
    }
    ips.sort();
    const QString cacheKey =
        QStringLiteral("%1|%2|%3").arg(name, ips.join(QLatin1Char(',')), QString::number(int(flaw)));
    const QMutexLocker locker(&m_mutex);
    if (const auto found = m_issued.constFind(cacheKey); found != m_issued.constEnd())
        return found.value();

    ERR_clear_error();
    auto failed = [&] {
        if (error)
            *error = QCoreApplication::translate("ClassroomCa",
                                                 "OpenSSL could not make a certificate for %1: %2")
                         .arg(hostName, opensslError());
        return TlsIdentity();
    };
    const QString certifiedName = flaw == Flaw::WrongName ? wrongName() : name;
    const bool selfSigned = flaw == Flaw::SelfSigned;
    TlsIdentity identity;
    identity.key = wrap(newKey());
    if (!identity.key)
        return failed();
    std::shared_ptr<x509_st> x = wrap(X509_new());
    if (!x || !X509_set_version(x.get(), X509_VERSION_3) || !setRandomSerial(x.get()))
        return failed();
    X509_NAME *subject = X509_get_subject_name(x.get());
    if (!addEntry(subject, "CN", certifiedName) || !addEntry(subject, "O", QStringLiteral("Carteiro")))
        return failed();
    X509 *issuer = selfSigned ? x.get() : m_certificate.get();
    if (!X509_set_issuer_name(x.get(), X509_get_subject_name(issuer)))
        return failed();
    if (flaw == Flaw::Expired) {
        X509_time_adj_ex(X509_getm_notBefore(x.get()), -730, 0, nullptr);
        X509_time_adj_ex(X509_getm_notAfter(x.get()), -1, 0, nullptr);
    } else {
        X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
        X509_time_adj_ex(X509_getm_notAfter(x.get()), 825, 0, nullptr);
    }
    if (!X509_set_pubkey(x.get(), identity.key.get()))
        return failed();
    // The subject alternative names: what clients check (the CN is only shown).
    // A wrong-name certificate names no address either, or a client that
    // connects by address would accept it.
    QByteArrayList altNames{"DNS:" + certifiedName.toLatin1()};
    if (flaw != Flaw::WrongName) {
        for (const QString &ip : std::as_const(ips))
            altNames.append("IP:" + ip.toLatin1());
    }
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, x.get(), nullptr, nullptr, 0);
    if (!addExtension(x.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(x.get(), &ctx, NID_key_usage, "critical,digitalSignature")
        || !addExtension(x.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth")
        || !addExtension(x.get(), &ctx, NID_subject_key_identifier, "hash")
        || !addExtension(x.get(), &ctx, NID_authority_key_identifier, "keyid:always")
        || !addExtension(x.get(), &ctx, NID_subject_alt_name, altNames.join(',')))
        return failed();
    if (!X509_sign(x.get(), selfSigned ? identity.key.get() : m_key.get(), EVP_sha256()))
        return failed();
    identity.certificate = x;
    if (!selfSigned)
        identity.issuer = m_certificate;
    m_issued.insert(cacheKey, identity);
    return identity;
}
