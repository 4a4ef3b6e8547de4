// SPDX-License-Identifier: GPL-3.0-or-later
// pcapngexport.h — the world's traffic as a capture Wireshark opens.
//
// A pcapng file (the pcapng specification, draft-ietf-opsawg-pcapng): a
// Section Header Block, one Interface Description Block of raw IPv4
// (LINKTYPE_RAW, 101), a Decryption Secrets Block with the TLS key log when
// there were TLS sessions, then one Enhanced Packet Block per IPv4 packet.
//
// The packets are made from the transcript, not captured: each connection
// (ConnectionOpened's ends and service) gets a three-way handshake, then a
// segment train for each write — a line in clear and the lines written with
// it, each ended by CR LF; an HTTP message's exact octets
// (Transcript::writeOctets); a TLS record's octets, ciphertext once
// encrypted — with sequence and acknowledgement numbers that count them,
// then FIN from the side that closed, FIN from the other, the last ACK — or,
// for a close recorded as a reset (TranscriptEvent::reset: an abort, a
// peer's RST), one RST with ACK from the side that reset. A
// connection refused (NoteCode::CannotConnect, "Connection refused": a
// server down) is the client's SYN and the RST that answered it.
// Each host keeps the address it had in the world (127.0.0.x); a server's
// port is its service's standard one (25, 587, 465, 110, 995, 143, 993, 80,
// 443) whatever offset the world ran on, so Wireshark dissects each protocol
// without "Decode As"; a client's port is the one it had. Times are the
// transcript's, from `startUs` on (microseconds since 1970).
//
// The key log (NSS format, World::tlsKeyLog) in the Decryption Secrets
// Block lets Wireshark and tshark decrypt POP3S, IMAPS, SMTP with STARTTLS
// and HTTPS with no setup.
#pragma once

#include <QByteArray>
#include <QString>

class Transcript;

namespace Pcapng {

// The block writers, each a whole block with its two lengths, in the byte
// order of the machine (the Section Header's magic says which).
QByteArray sectionHeader(const QString &application);
QByteArray interfaceDescription(quint16 linkType, quint32 snapLength);
// Type 0x0000000A, secrets type 0x544c534b ("TLSK"): the key log's lines.
QByteArray decryptionSecrets(const QByteArray &tlsKeyLog);
QByteArray enhancedPacket(quint64 timestampUs, const QByteArray &packet);

constexpr quint16 linkTypeRaw = 101; // raw IP: each packet begins with its IPv4 header
constexpr quint32 tlsKeyLogSecrets = 0x544c534b;

// The Internet checksum (RFC 1071) of `bytes`, continuing from `sum` (a
// pseudo-header's partial sum), folded and complemented.
quint16 internetChecksum(const QByteArray &bytes, quint32 sum = 0);

namespace TcpFlag {
constexpr quint8 fin = 0x01;
constexpr quint8 syn = 0x02;
constexpr quint8 rst = 0x04;
constexpr quint8 psh = 0x08;
constexpr quint8 ack = 0x10;
} // namespace TcpFlag

struct TcpSegment {
    quint32 source = 0; // IPv4 addresses, host byte order (0x7f000001 is 127.0.0.1)
    quint32 destination = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 sequence = 0;
    quint32 acknowledgement = 0;
    quint8 flags = 0;
    quint16 ipId = 0;
    QByteArray payload; // at most 65495 octets
};
// An IPv4 packet (20-octet header, DF, TTL 64) carrying the TCP segment
// (20-octet header, window 65535), both checksums computed.
QByteArray ipv4Tcp(const TcpSegment &segment);

} // namespace Pcapng

namespace PcapngExport {

// The standard port of a service ("smtp" 25, "submission" 587, "submissions"
// 465, "pop3" 110, "pop3s" 995, "imap" 143, "imaps" 993, "http" 80, "https"
// 443); 0 for a name it does not know.
quint16 standardPort(const QString &service);

// Payload octets per segment (an Ethernet's MSS: a long message crosses as
// many segments, as a capture on a network shows it).
constexpr int segmentSize = 1460;

struct Summary {
    int connections = 0;
    int refused = 0; // attempts refused (a SYN answered by a reset)
    int resets = 0; // connections closed by a reset (an abort, a peer's RST)
    int packets = 0;
};

// The capture of everything in the transcript, as a pcapng file's octets.
QByteArray capture(const Transcript &transcript, const QByteArray &tlsKeyLog, qint64 startUs,
                   Summary *summary = nullptr);
// The same into `file`, the world having started `transcript.elapsedMs()`
// ago. False with a sentence naming the file and why when it cannot be written.
bool write(const Transcript &transcript, const QByteArray &tlsKeyLog, const QString &file, QString *error,
           Summary *summary = nullptr);
// The key log into `file` (SSLKEYLOGFILE format). False with a sentence when
// it cannot be written.
bool writeKeyLog(const QByteArray &tlsKeyLog, const QString &file, QString *error);

} // namespace PcapngExport
