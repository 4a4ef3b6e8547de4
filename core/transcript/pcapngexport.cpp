// SPDX-License-Identifier: GPL-3.0-or-later
// pcapngexport.cpp — pcapng blocks written by hand, and the TCP segments a
// transcript's connections would have crossed the wire as.
#include "transcript/pcapngexport.h"

#include "transcript/notes.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace Pcapng {

namespace {
template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T)); // the machine's byte order, as the SHB's magic says
    out.append(bytes, sizeof(T));
}

void pad(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

// A block: type, total length, body (padded to 32 bits), total length again.
QByteArray block(quint32 type, QByteArray body)
{
    pad(body);
    QByteArray out;
    const auto total = quint32(body.size() + 12);
    out.reserve(qsizetype(total));
    put(out, type);
    put(out, total);
    out += body;
    put(out, total);
    return out;
}

void option(QByteArray &body, quint16 code, const QByteArray &value)
{
    put(body, code);
    put(body, quint16(value.size()));
    body += value;
    pad(body);
}

void endOfOptions(QByteArray &body)
{
    put(body, quint16(0));
    put(body, quint16(0));
}

void putBigEndian16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

void putBigEndian32(QByteArray &out, quint32 value)
{
    putBigEndian16(out, quint16(value >> 16));
    putBigEndian16(out, quint16(value & 0xffff));
}

quint32 partialSum(const QByteArray &bytes, quint32 sum)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 1 < n; i += 2)
        sum += quint32((p[i] << 8) | p[i + 1]);
    if (i < n)
        sum += quint32(p[i] << 8);
    return sum;
}
} // namespace

QByteArray sectionHeader(const QString &application)
{
    QByteArray body;
    put(body, quint32(0x1A2B3C4D)); // byte-order magic
    put(body, quint16(1)); // major version
    put(body, quint16(0)); // minor version
    put(body, qint64(-1)); // section length: not given
    option(body, 4, application.toUtf8()); // shb_userappl
    endOfOptions(body);
    return block(0x0A0D0D0A, body);
}

QByteArray interfaceDescription(quint16 linkType, quint32 snapLength)
{
    QByteArray body;
    put(body, linkType);
    put(body, quint16(0)); // reserved
    put(body, snapLength);
    option(body, 2, QByteArrayLiteral("carteiro")); // if_name
    // if_tsresol left out: microseconds, the default.
    endOfOptions(body);
    return block(0x00000001, body);
}

QByteArray decryptionSecrets(const QByteArray &tlsKeyLog)
{
    QByteArray body;
    put(body, tlsKeyLogSecrets);
    put(body, quint32(tlsKeyLog.size()));
    body += tlsKeyLog;
    return block(0x0000000A, body);
}

QByteArray enhancedPacket(quint64 timestampUs, const QByteArray &packet)
{
    QByteArray body;
    put(body, quint32(0)); // interface 0
    put(body, quint32(timestampUs >> 32));
    put(body, quint32(timestampUs & 0xffffffffu));
    put(body, quint32(packet.size())); // captured
    put(body, quint32(packet.size())); // on the wire
    body += packet;
    return block(0x00000006, body);
}

quint16 internetChecksum(const QByteArray &bytes, quint32 sum)
{
    sum = partialSum(bytes, sum);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

QByteArray ipv4Tcp(const TcpSegment &s)
{
    QByteArray tcp;
    tcp.reserve(20 + s.payload.size());
    putBigEndian16(tcp, s.sourcePort);
    putBigEndian16(tcp, s.destinationPort);
    putBigEndian32(tcp, s.sequence);
    putBigEndian32(tcp, (s.flags & TcpFlag::ack) ? s.acknowledgement : 0);
    tcp.append(char(5 << 4)); // data offset: 5 words, no options
    tcp.append(char(s.flags));
    putBigEndian16(tcp, 65535); // window
    putBigEndian16(tcp, 0); // checksum, below
    putBigEndian16(tcp, 0); // urgent pointer
    tcp += s.payload;
    // The pseudo-header (RFC 793 §3.1): addresses, protocol 6, TCP length.
    QByteArray pseudo;
    putBigEndian32(pseudo, s.source);
    putBigEndian32(pseudo, s.destination);
    putBigEndian16(pseudo, 6);
    putBigEndian16(pseudo, quint16(tcp.size()));
    const quint16 tcpSum = internetChecksum(tcp, partialSum(pseudo, 0));
    tcp[16] = char(tcpSum >> 8);
    tcp[17] = char(tcpSum & 0xff);

    QByteArray ip;
    ip.reserve(20 + tcp.size());
    ip.append(char(0x45)); // version 4, 5 words
    ip.append(char(0)); // DSCP, ECN
    putBigEndian16(ip, quint16(20 + tcp.size()));
    putBigEndian16(ip, s.ipId);
    putBigEndian16(ip, 0x4000); // don't fragment
    ip.append(char(64)); // TTL
    ip.append(char(6)); // TCP
    putBigEndian16(ip, 0); // checksum, below
    putBigEndian32(ip, s.source);
    putBigEndian32(ip, s.destination);
    const quint16 ipSum = internetChecksum(ip);
    ip[10] = char(ipSum >> 8);
    ip[11] = char(ipSum & 0xff);
    return ip + tcp;
}

} // namespace Pcapng

namespace PcapngExport {

quint16 standardPort(const QString &service)
{
    static const QHash<QString, quint16> ports = {
        {QStringLiteral("smtp"), 25},         {QStringLiteral("submission"), 587},
        {QStringLiteral("submissions"), 465}, {QStringLiteral("pop3"), 110},
        {QStringLiteral("pop3s"), 995},       {QStringLiteral("imap"), 143},
        {QStringLiteral("imaps"), 993},       {QStringLiteral("http"), 80},
        {QStringLiteral("https"), 443},
    };
    return ports.value(service.toLower(), 0);
}

namespace {

using Pcapng::TcpSegment;
namespace TcpFlag = Pcapng::TcpFlag;

struct Endpoint {
    QString host;
    quint32 address = 0;
    quint16 port = 0;
};

struct Stream {
    Endpoint client;
    Endpoint server;
    quint32 next[2] = {0, 0}; // the next sequence number: [0] client's, [1] server's
    bool started = false;
    bool closed = false;
    bool closeWaiting = false; // its close came before its last write was recorded
    bool closedByClient = false;
    bool reset = false; // the close was a reset (RST) from the side that closed
    qsizetype lastData = -1; // index of its last event that carried octets
    qsizetype skipLines[2] = {0, 0}; // lines an HTTP message's octets already carried
};

// "127.0.0.5:40312" → its address and port; an IPv6 address gives no address.
bool parseEnd(const QString &text, quint32 *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    *port = quint16(number);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool v4 = false;
    const quint32 a = QHostAddress(host).toIPv4Address(&v4);
    *address = v4 ? a : 0;
    return true;
}

class Builder
{
public:
    Builder(qint64 startUs)
        : m_startUs(startUs)
    {
    }

    QByteArray packets;
    int packetCount = 0;

    quint32 addressOf(const QString &host, quint32 seen)
    {
        const QString key = host.toLower();
        const auto it = m_addresses.constFind(key);
        if (it != m_addresses.cend())
            return it.value();
        // A host's own address as the world gave it, unless another host
        // has it already (a server listening on a shared address): then
        // one of 127.0.1.x, so that each host is one address in Wireshark.
        quint32 address = seen;
        if (address == 0 || m_used.contains(address)) {
            do {
                address = 0x7f000100u + quint32(++m_synthetic);
            } while (m_used.contains(address));
        }
        m_used.insert(address);
        m_addresses.insert(key, address);
        return address;
    }

    void send(Stream &s, bool fromClient, quint8 flags, const QByteArray &payload, qint64 timeMs)
    {
        const Endpoint &from = fromClient ? s.client : s.server;
        const Endpoint &to = fromClient ? s.server : s.client;
        TcpSegment segment;
        segment.source = from.address;
        segment.destination = to.address;
        segment.sourcePort = from.port;
        segment.destinationPort = to.port;
        segment.sequence = s.next[fromClient ? 0 : 1];
        segment.acknowledgement = s.next[fromClient ? 1 : 0];
        segment.flags = flags;
        segment.payload = payload;
        segment.ipId = ++m_ipIds[from.address];
        s.next[fromClient ? 0 : 1] += quint32(payload.size())
            + ((flags & (TcpFlag::syn | TcpFlag::fin)) ? 1 : 0);
        packets += Pcapng::enhancedPacket(timestamp(timeMs), Pcapng::ipv4Tcp(segment));
        ++packetCount;
    }

    void data(Stream &s, bool fromClient, const QByteArray &bytes, qint64 timeMs)
    {
        for (qsizetype at = 0; at < bytes.size(); at += segmentSize) {
            const bool last = at + segmentSize >= bytes.size();
            send(s, fromClient, last ? (TcpFlag::psh | TcpFlag::ack) : TcpFlag::ack,
                 bytes.mid(at, segmentSize), timeMs);
        }
    }

    void open(Stream &s, int id, qint64 timeMs)
    {
        s.started = true;
        // Initial sequence numbers as a kernel picks them: anything; these
        // are fixed per connection, so two exports of a world agree.
        s.next[0] = 0x10000000u * quint32(id % 15 + 1) + quint32(id) * 7919u;
        s.next[1] = 0xa0000000u - quint32(id) * 104729u;
        send(s, true, TcpFlag::syn, {}, timeMs); // a SYN counts one: the SYN-ACK acknowledges ISN + 1
        send(s, false, TcpFlag::syn | TcpFlag::ack, {}, timeMs);
        send(s, true, TcpFlag::ack, {}, timeMs);
    }

    // A connection refused (nobody listens on the port): the client's SYN,
    // the reset that answered it (RFC 9293 §3.5.2: RST with ACK of the SYN).
    void refused(Stream &s, int attempt, qint64 timeMs)
    {
        s.started = true;
        s.closed = true;
        s.next[0] = 0x30000000u + quint32(attempt) * 7919u;
        s.next[1] = 0;
        send(s, true, TcpFlag::syn, {}, timeMs);
        send(s, false, TcpFlag::rst | TcpFlag::ack, {}, timeMs);
    }

    void close(Stream &s, qint64 timeMs)
    {
        s.closed = true;
        const bool c = s.closedByClient;
        if (s.reset) {
            // An abort (SO_LINGER 0, RFC 9293 §3.10.4): one RST from the side
            // that reset, at its next sequence number, acknowledging what it
            // had received (Linux sends RST with ACK); nothing answers it.
            send(s, c, TcpFlag::rst | TcpFlag::ack, {}, timeMs);
            return;
        }
        send(s, c, TcpFlag::fin | TcpFlag::ack, {}, timeMs);
        send(s, !c, TcpFlag::fin | TcpFlag::ack, {}, timeMs);
        send(s, c, TcpFlag::ack, {}, timeMs);
    }

private:
    quint64 timestamp(qint64 timeMs)
    {
        // The transcript's milliseconds; packets of one moment a microsecond
        // apart, so that they keep their order in any tool.
        const quint64 t = quint64(std::max<qint64>(0, m_startUs + timeMs * 1000));
        m_lastUs = std::max(t, m_lastUs + 1);
        return m_lastUs;
    }

    qint64 m_startUs;
    quint64 m_lastUs = 0;
    QHash<QString, quint32> m_addresses;
    QSet<quint32> m_used;
    int m_synthetic = 0;
    QHash<quint32, quint16> m_ipIds;
};

bool carriesOctets(const TranscriptEvent &e)
{
    return (e.kind == TranscriptEvent::Kind::Line && !e.tls) || e.kind == TranscriptEvent::Kind::TlsRecord;
}

} // namespace

QByteArray capture(const Transcript &transcript, const QByteArray &tlsKeyLog, qint64 startUs,
                   Summary *summary)
{
    Builder builder(startUs);
    QHash<int, Stream> streams;
    // First the connections: their ends, and where their last octets are.
    for (qsizetype i = transcript.firstIndex(); i < transcript.size(); ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId == 0)
            continue;
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened && !streams.contains(e.connectionId)
            && e.noteArguments.size() >= 3) {
            Stream s;
            quint32 clientAddress = 0;
            quint32 serverAddress = 0;
            quint16 serverPort = 0;
            if (!parseEnd(e.noteArguments.at(0), &clientAddress, &s.client.port)
                || !parseEnd(e.noteArguments.at(1), &serverAddress, &serverPort))
                continue;
            s.client.host = e.from;
            s.server.host = e.to;
            s.client.address = builder.addressOf(e.from, clientAddress);
            s.server.address = builder.addressOf(e.to, serverAddress);
            const quint16 standard = standardPort(e.noteArguments.at(2));
            s.server.port = standard != 0 ? standard : serverPort;
            streams.insert(e.connectionId, s);
        }
        if (carriesOctets(e)) {
            const auto it = streams.find(e.connectionId);
            if (it != streams.end())
                it->lastData = i;
        }
    }
    // Then every packet, in the transcript's order.
    const QString refusedWhy = Notes::phrase(NoteCode::ConnectionRefused);
    int refusedCount = 0;
    for (qsizetype i = transcript.firstIndex(); i < transcript.size(); ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.noteCode == NoteCode::CannotConnect && e.noteArguments.size() >= 3
            && e.noteArguments.at(2) == refusedWhy && standardPort(e.noteArguments.at(1)) != 0) {
            // The client's port was never known (it did not connect): one
            // from the ephemeral range, a new one each time.
            Stream s;
            s.client = {e.from, builder.addressOf(e.from, 0), quint16(49152 + refusedCount % 16000)};
            s.server = {e.to, builder.addressOf(e.to, 0), standardPort(e.noteArguments.at(1))};
            builder.refused(s, ++refusedCount, e.timeMs);
            continue;
        }
        const auto it = e.connectionId == 0 ? streams.end() : streams.find(e.connectionId);
        if (it == streams.end())
            continue;
        Stream &s = *it;
        const bool octets = carriesOctets(e);
        if (!s.started && (octets || e.kind == TranscriptEvent::Kind::ConnectionOpened))
            builder.open(s, e.connectionId, e.timeMs);
        if (!s.started)
            continue;
        if (octets && !s.closed) {
            const bool fromClient = e.direction == TranscriptEvent::Direction::None
                ? e.from.compare(s.client.host, Qt::CaseInsensitive) == 0
                : e.direction == TranscriptEvent::Direction::ClientToServer;
            const int side = fromClient ? 0 : 1;
            if (e.kind == TranscriptEvent::Kind::TlsRecord) {
                builder.data(s, fromClient, e.raw, e.timeMs);
            } else if (s.skipLines[side] > 0) {
                --s.skipLines[side]; // carried by the HTTP message's octets
            } else if (const Transcript::WriteOctets *w = transcript.writeOctets(i)) {
                builder.data(s, fromClient, w->octets, e.timeMs);
                s.skipLines[side] = std::max<qsizetype>(0, w->lines - 1);
            } else {
                // The lines of one write: recorded one after another, at one moment.
                QByteArray bytes = e.raw + "\r\n";
                qsizetype last = i;
                for (qsizetype j = i + 1; j < transcript.size(); ++j) {
                    const TranscriptEvent &n = transcript.at(j);
                    if (n.kind != TranscriptEvent::Kind::Line || n.tls || n.connectionId != e.connectionId
                        || n.direction != e.direction || n.timeMs != e.timeMs || transcript.writeOctets(j))
                        break;
                    bytes += n.raw;
                    bytes += "\r\n";
                    last = j;
                }
                builder.data(s, fromClient, bytes, e.timeMs);
                if (s.closeWaiting && last >= s.lastData) {
                    builder.close(s, e.timeMs);
                    s.closeWaiting = false;
                }
                i = last;
                continue;
            }
            if (s.closeWaiting && i >= s.lastData) {
                builder.close(s, e.timeMs);
                s.closeWaiting = false;
            }
        } else if (e.kind == TranscriptEvent::Kind::ConnectionClosed && !s.closed && !s.closeWaiting) {
            s.closedByClient = e.from.compare(s.client.host, Qt::CaseInsensitive) == 0;
            s.reset = e.reset;
            if (i >= s.lastData)
                builder.close(s, e.timeMs);
            else
                s.closeWaiting = true;
        }
    }
    if (summary) {
        summary->connections = int(streams.size());
        summary->refused = refusedCount;
        summary->resets = int(std::count_if(streams.cbegin(), streams.cend(),
                                            [](const Stream &s) { return s.closed && s.reset; }));
        summary->packets = builder.packetCount;
    }
    const QString application = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName().isEmpty()
                                                                ? QStringLiteral("carteiro")
                                                                : QCoreApplication::applicationName(),
                                                            QCoreApplication::applicationVersion());
    QByteArray out = Pcapng::sectionHeader(application.trimmed());
    out += Pcapng::interfaceDescription(Pcapng::linkTypeRaw, 262144);
    if (!tlsKeyLog.isEmpty())
        out += Pcapng::decryptionSecrets(tlsKeyLog);
    out += builder.packets;
    return out;
}

namespace {
bool save(const QByteArray &bytes, const QString &file, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("PcapngExport", "Cannot write %1: %2")
                         .arg(file, out.errorString());
        return false;
    }
    return true;
}
} // namespace

bool write(const Transcript &transcript, const QByteArray &tlsKeyLog, const QString &file, QString *error,
           Summary *summary)
{
    const qint64 startUs = (QDateTime::currentMSecsSinceEpoch() - transcript.elapsedMs()) * 1000;
    return save(capture(transcript, tlsKeyLog, startUs, summary), file, error);
}

bool writeKeyLog(const QByteArray &tlsKeyLog, const QString &file, QString *error)
{
    return save(tlsKeyLog, file, error);
}

} // namespace PcapngExport
