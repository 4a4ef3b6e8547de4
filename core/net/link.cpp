// SPDX-License-Identifier: GPL-3.0-or-later
// link.cpp — QTcpSocket under a Connection, or an accepted descriptor read
// and written by hand: what each tells the Connection, and when.
#include "link.h"

#include "connection.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// A reset, as the kernel sends it when a socket lingering 0 seconds is
// closed (RFC 9293 §3.10.4: ABORT): the peer's recv() gets ECONNRESET.
// Set on the socket (any of its descriptors): the RST leaves when the last
// one is closed.
void lingerNot(int descriptor)
{
#ifdef Q_OS_UNIX
    struct linger lingerNot = {1, 0};
    ::setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &lingerNot, sizeof lingerNot);
#else
    Q_UNUSED(descriptor);
#endif
}

// Whether the peer's RST has closed the socket already: after its FIN it
// waits in CLOSE_WAIT for our own close; after its RST the kernel has
// closed it (RFC 9293 §3.10.7.4: CLOSED).
bool closedByReset(int descriptor)
{
#ifdef Q_OS_LINUX
    struct tcp_info info;
    socklen_t size = sizeof info;
    std::memset(&info, 0, sizeof info);
    return ::getsockopt(descriptor, IPPROTO_TCP, TCP_INFO, &info, &size) == 0 && info.tcpi_state == TCP_CLOSE;
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}
} // namespace

// --- QtLink ---------------------------------------------------------------------

QtLink::QtLink(Connection *owner, QTcpSocket *socket)
    : m_socket(socket)
{
    m_socket->setParent(owner);
    // Bounded reads (Postfix's): Qt reads no more from the kernel than one
    // chunk ahead of the engine; a flood waits in TCP, not in memory.
    m_socket->setReadBufferSize(Connection::readChunk);
    QObject::connect(m_socket, &QTcpSocket::readyRead, owner, &Connection::readAvailable);
    QObject::connect(m_socket, &QTcpSocket::bytesWritten, owner, &Connection::onBytesWritten);
    QObject::connect(m_socket, &QTcpSocket::disconnected, owner, &Connection::onDisconnected);
    QObject::connect(m_socket, &QTcpSocket::errorOccurred, owner, &Connection::onSocketError);
}

QtLink::~QtLink()
{
    closeWatch();
}

qint64 QtLink::read(char *data, qint64 max)
{
    if (m_socket->bytesAvailable() <= 0)
        return 0;
    return qMax<qint64>(0, m_socket->read(data, max));
}

bool QtLink::mayHaveInput() const
{
    return m_socket->bytesAvailable() > 0;
}

QByteArray QtLink::readAll()
{
    return m_socket->readAll();
}

void QtLink::write(const char *data, qint64 size)
{
    m_socket->write(data, size);
}

void QtLink::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void QtLink::flush()
{
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

qint64 QtLink::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void QtLink::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

void QtLink::abort()
{
    const qintptr fd = m_socket->socketDescriptor();
    const int descriptor = fd >= 0 ? int(fd) : m_watch;
    if (descriptor >= 0)
        lingerNot(descriptor);
    m_socket->abort();
}

qintptr QtLink::descriptor() const
{
    return m_socket->socketDescriptor();
}

void QtLink::setLowDelay()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

QHostAddress QtLink::localAddress() const
{
    return m_socket->localAddress();
}

quint16 QtLink::localPort() const
{
    return m_socket->localPort();
}

QHostAddress QtLink::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 QtLink::peerPort() const
{
    return m_socket->peerPort();
}

void QtLink::watchClose()
{
#ifdef Q_OS_LINUX
    if (m_watch < 0 && m_socket->socketDescriptor() >= 0)
        m_watch = ::fcntl(int(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
#endif
}

bool QtLink::peerReset() const
{
    // Qt has closed its descriptor; ours kept the socket.
    return m_watch >= 0 && closedByReset(m_watch);
}

void QtLink::closeWatch()
{
#ifdef Q_OS_UNIX
    if (m_watch >= 0)
        ::close(m_watch); // the last descriptor: the kernel sends its FIN or RST now
#endif
    m_watch = -1;
}

// --- DescriptorLink ------------------------------------------------------------

namespace {
QHostAddress addressOf(const sockaddr_storage &storage, quint16 *port)
{
    if (storage.ss_family == AF_INET) {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&storage);
        *port = ntohs(a->sin_port);
        return QHostAddress(ntohl(a->sin_addr.s_addr));
    }
    if (storage.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&storage);
        *port = ntohs(a->sin6_port);
        return QHostAddress(reinterpret_cast<const sockaddr *>(a));
    }
    *port = 0;
    return QHostAddress();
}
} // namespace

bool AcceptedSocket::prepare(int fd)
{
    descriptor = fd;
    // One ioctl, not fcntl's F_GETFL and F_SETFL.
    int on = 1;
    if (::ioctl(fd, FIONBIO, &on) != 0)
        return false;
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return false;
    local = addressOf(storage, &localPort);
    length = sizeof storage;
    std::memset(&storage, 0, sizeof storage);
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return false;
    peer = addressOf(storage, &peerPort);
    return true;
}

DescriptorLink::DescriptorLink(Connection *owner, const AcceptedSocket &accepted)
    : m_owner(owner)
    , m_fd(accepted.descriptor)
    , m_local(accepted.local)
    , m_peer(accepted.peer)
    , m_localPort(accepted.localPort)
    , m_peerPort(accepted.peerPort)
{
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, owner);
    QObject::connect(m_readNotifier, &QSocketNotifier::activated, owner, [this] { onReadable(); });
}

DescriptorLink::~DescriptorLink()
{
    closeNow();
}

void DescriptorLink::closeNow()
{
    if (m_fd < 0)
        return;
    // Off the event loop before the number can be given to another socket.
    m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
}

void DescriptorLink::onReadable()
{
    m_drained = false;
    m_owner->readAvailable();
    if (m_fd < 0)
        return; // closed meanwhile (the Connection has heard)
    if (m_atEnd) {
        endOfInput();
        return;
    }
    // The Connection stopped before the end (its peer does not read, its
    // engine waits): the notifier would fire again at once, for ever.
    if (!m_drained)
        stopReading();
}

void DescriptorLink::stopReading()
{
    if (m_readNotifier->isEnabled())
        m_readNotifier->setEnabled(false);
}

qint64 DescriptorLink::read(char *data, qint64 max)
{
    if (m_fd < 0 || m_atEnd || m_drained || max <= 0)
        return 0;
    ssize_t got = 0;
    do {
        got = ::read(m_fd, data, size_t(max));
    } while (got < 0 && errno == EINTR);
    const int error = got < 0 ? errno : 0;
    // Short (or nothing, or the end): the kernel had no more. Level-
    // triggered, the notifier says when more (or the close) comes.
    if (got < max)
        m_drained = true;
    if (got == 0) {
        m_atEnd = true; // the peer's FIN
    } else if (got < 0 && error != EAGAIN && error != EWOULDBLOCK) {
        m_atEnd = true;
        m_reset = error == ECONNRESET; // the peer's RST
    }
    if (!m_readNotifier->isEnabled())
        m_readNotifier->setEnabled(true);
    return qMax<ssize_t>(got, 0);
}

bool DescriptorLink::mayHaveInput() const
{
    // Reading stopped before the end: what waits is not announced again.
    return m_fd >= 0 && !m_atEnd && !m_closing && !m_readNotifier->isEnabled();
}

QByteArray DescriptorLink::readAll()
{
    // Drained in this turn already: nothing waits now, and what comes later
    // fires the notifier (no read that only says EAGAIN, no chunk allocated).
    QByteArray bytes;
    if (m_fd < 0 || m_atEnd || m_drained)
        return bytes;
    bytes.resize(Connection::readChunk);
    qint64 total = 0;
    while (total < Connection::readChunk) {
        const qint64 got = read(bytes.data() + total, Connection::readChunk - total);
        if (got <= 0)
            break;
        total += got;
    }
    bytes.resize(total);
    return bytes;
}

void DescriptorLink::emptyOut()
{
    if (m_out.isDetached() && m_out.capacity() <= keptOutRoom)
        m_out.truncate(0);
    else
        m_out = QByteArray();
    m_outAt = 0;
}

void DescriptorLink::write(const char *data, qint64 size)
{
    if (m_fd < 0 || size <= 0)
        return;
    if (m_outAt == m_out.size())
        emptyOut();
    m_out.append(data, size);
    // As Qt's write notifier would: what nobody flushes leaves at the end
    // of this turn of the event loop.
    m_owner->flushSoon();
}

void DescriptorLink::write(const QByteArray &bytes)
{
    if (m_fd < 0 || bytes.isEmpty())
        return;
    if (bytes.size() <= keptOutRoom) {
        write(bytes.constData(), bytes.size()); // into the room kept
        return;
    }
    if (m_outAt == m_out.size()) {
        m_out = bytes; // shared, not copied
        m_outAt = 0;
    } else {
        m_out.append(bytes);
    }
    m_owner->flushSoon();
}

void DescriptorLink::flush()
{
    if (m_fd < 0)
        return;
    qint64 written = 0;
    while (m_outAt < m_out.size()) {
        const ssize_t sent = ::send(m_fd, m_out.constData() + m_outAt, size_t(m_out.size() - m_outAt),
                                    MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
            m_outAt += sent;
            written += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!m_writeNotifier) {
                m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, m_owner);
                QObject::connect(m_writeNotifier, &QSocketNotifier::activated, m_owner, [this] { flush(); });
            } else if (!m_writeNotifier->isEnabled()) {
                m_writeNotifier->setEnabled(true);
            }
            break;
        }
        failed(sent < 0 ? errno : EPIPE);
        return;
    }
    if (m_outAt == m_out.size()) {
        emptyOut();
        if (m_writeNotifier && m_writeNotifier->isEnabled())
            m_writeNotifier->setEnabled(false);
    }
    // As Qt says bytesWritten: at once, but not again from within.
    if (written > 0 && !m_inWritten) {
        m_inWritten = true;
        m_owner->onBytesWritten();
        m_inWritten = false;
    }
    finishIfDone();
}

void DescriptorLink::finishIfDone()
{
    if (m_fd < 0 || !m_closing || m_outAt < m_out.size() || m_inWritten)
        return;
    // Our close: the peer may have reset meanwhile.
    if (!m_reset && !m_atEnd && closedByReset(m_fd))
        m_reset = true;
    closeNow();
    m_owner->onDisconnected();
}

void DescriptorLink::endOfInput()
{
    if (m_reset) {
        closeNow();
        m_owner->onDisconnected();
        return;
    }
    // The peer's FIN: it may still read what we have to say.
    m_closing = true;
    stopReading();
    flush();
}

void DescriptorLink::failed(int error)
{
    // Qt: errorOccurred, then abort(), and the close is the peer's.
    m_reset = error == ECONNRESET || error == EPIPE;
    m_out.clear();
    m_outAt = 0;
    closeNow();
    m_owner->onDisconnected();
}

void DescriptorLink::disconnectFromHost()
{
    if (m_fd < 0)
        return;
    m_closing = true;
    stopReading();
    // As Qt's: closed now if nothing waits; otherwise once the flush at the
    // end of this turn of the event loop has sent it all, with whatever is
    // written meanwhile (TLS's close_notify after the last reply's record).
    if (bytesToWrite() == 0)
        finishIfDone();
    else
        m_owner->flushSoon();
}

void DescriptorLink::abort()
{
    if (m_fd < 0)
        return;
    lingerNot(m_fd);
    m_out.clear();
    m_outAt = 0;
    closeNow();
}

void DescriptorLink::setLowDelay()
{
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}
