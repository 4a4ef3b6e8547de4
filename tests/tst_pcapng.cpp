// SPDX-License-Identifier: GPL-3.0-or-later
// tst_pcapng.cpp — the capture writer (transcript/pcapngexport): its blocks'
// lengths, its checksums, the TCP sequence and acknowledgement numbers of a
// connection made from a transcript. tshark reads real captures in
// tests/pcap/check-captures.py; this one needs no outside program.
#include "transcript/notes.h"
#include "transcript/pcapngexport.h"
#include "transcript/transcript.h"

#include <QtEndian>
#include <QtTest>

namespace {

struct Block {
    quint32 type = 0;
    QByteArray body;
};

// Splits a capture into its blocks, checking each one's two lengths.
QList<Block> blocks(const QByteArray &capture)
{
    QList<Block> out;
    qsizetype at = 0;
    while (at < capture.size()) {
        if (capture.size() - at < 12)
            return {};
        const quint32 type = qFromLittleEndian<quint32>(capture.constData() + at);
        const quint32 total = qFromLittleEndian<quint32>(capture.constData() + at + 4);
        if (total % 4 != 0 || total < 12 || at + total > capture.size())
            return {};
        if (qFromLittleEndian<quint32>(capture.constData() + at + total - 4) != total)
            return {};
        out.append({type, capture.mid(at + 8, total - 12)});
        at += total;
    }
    return out;
}

struct Packet {
    quint64 timeUs = 0;
    QByteArray ip;
    quint32 source = 0;
    quint32 destination = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint32 ack = 0;
    quint8 flags = 0;
    QByteArray payload;
};

QList<Packet> packets(const QByteArray &capture)
{
    QList<Packet> out;
    for (const Block &b : blocks(capture)) {
        if (b.type != 6)
            continue;
        Packet p;
        const char *d = b.body.constData();
        p.timeUs = (quint64(qFromLittleEndian<quint32>(d + 4)) << 32) | qFromLittleEndian<quint32>(d + 8);
        const quint32 length = qFromLittleEndian<quint32>(d + 12);
        p.ip = b.body.mid(20, length);
        const char *ip = p.ip.constData();
        p.source = qFromBigEndian<quint32>(ip + 12);
        p.destination = qFromBigEndian<quint32>(ip + 16);
        const char *tcp = ip + 20;
        p.sourcePort = qFromBigEndian<quint16>(tcp);
        p.destinationPort = qFromBigEndian<quint16>(tcp + 2);
        p.seq = qFromBigEndian<quint32>(tcp + 4);
        p.ack = qFromBigEndian<quint32>(tcp + 8);
        p.flags = quint8(tcp[13]);
        p.payload = p.ip.mid(20 + (uchar(tcp[12]) >> 4) * 4);
        out.append(p);
    }
    return out;
}

// The checksum of a packet's TCP segment with its pseudo-header: 0 when right.
quint16 tcpCheck(const QByteArray &ip)
{
    QByteArray pseudo = ip.mid(12, 8);
    pseudo += char(0);
    pseudo += char(6);
    const quint16 length = quint16(ip.size() - 20);
    pseudo += char(length >> 8);
    pseudo += char(length & 0xff);
    return Pcapng::internetChecksum(pseudo + ip.mid(20));
}

TranscriptEvent opened(int id, const QString &client, const QString &server, const QString &clientEnd,
                       const QString &serverEnd, const QString &service)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::ConnectionOpened;
    e.connectionId = id;
    e.from = client;
    e.to = server;
    e.noteCode = NoteCode::ConnectionOpened;
    e.noteArguments = {clientEnd, serverEnd, service};
    return e;
}

TranscriptEvent line(int id, bool fromClient, const QByteArray &raw)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = id;
    e.from = fromClient ? QStringLiteral("ana") : QStringLiteral("servidor.edu");
    e.to = fromClient ? QStringLiteral("servidor.edu") : QStringLiteral("ana");
    e.direction = fromClient ? TranscriptEvent::Direction::ClientToServer
                             : TranscriptEvent::Direction::ServerToClient;
    e.raw = raw;
    return e;
}

TranscriptEvent closed(int id, const QString &by)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::ConnectionClosed;
    e.connectionId = id;
    e.from = by;
    e.noteCode = NoteCode::ConnectionClosedBy;
    e.noteArguments = {by};
    return e;
}

} // namespace

class TestPcapng : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksumOfRfc1071Example()
    {
        // RFC 1071 §3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2; its complement.
        QCOMPARE(Pcapng::internetChecksum(QByteArray::fromHex("0001f203f4f5f6f7")), quint16(0x220d));
        // An odd length is padded with a zero octet.
        QCOMPARE(Pcapng::internetChecksum(QByteArray::fromHex("01")), quint16(~0x0100 & 0xffff));
    }

    void packetChecksumsVerify()
    {
        Pcapng::TcpSegment s;
        s.source = 0x7f000005;
        s.destination = 0x7f000003;
        s.sourcePort = 40312;
        s.destinationPort = 25;
        s.sequence = 1000;
        s.acknowledgement = 2000;
        s.flags = Pcapng::TcpFlag::psh | Pcapng::TcpFlag::ack;
        s.payload = "EHLO ana\r\n";
        const QByteArray ip = Pcapng::ipv4Tcp(s);
        QCOMPARE(ip.size(), 40 + 10);
        QCOMPARE(uchar(ip.at(0)), uchar(0x45));
        QCOMPARE(qFromBigEndian<quint16>(ip.constData() + 2), quint16(50));
        QCOMPARE(Pcapng::internetChecksum(ip.left(20)), quint16(0)); // the header's own checksum holds
        QCOMPARE(tcpCheck(ip), quint16(0));
        // A flipped octet of payload breaks the TCP checksum.
        QByteArray broken = ip;
        broken[45] = char(broken[45] ^ 0x20);
        QVERIFY(tcpCheck(broken) != 0);
    }

    void blocksHaveTheirLengthsAndOrder()
    {
        Transcript transcript;
        transcript.append(opened(1, "ana", "servidor.edu", "127.0.0.5:40312", "127.0.0.3:10025", "smtp"));
        transcript.append(line(1, false, "220 servidor.edu"));
        const QByteArray keys = "CLIENT_RANDOM 00112233 44556677\n";
        const QByteArray capture = PcapngExport::capture(transcript, keys, 1'700'000'000'000'000);
        QCOMPARE(capture.size() % 4, 0);
        const QList<Block> all = blocks(capture);
        QVERIFY(all.size() >= 3);
        QCOMPARE(all.at(0).type, quint32(0x0A0D0D0A));
        QCOMPARE(qFromLittleEndian<quint32>(all.at(0).body.constData()), quint32(0x1A2B3C4D));
        QVERIFY(all.at(0).body.contains(QCoreApplication::applicationName().toUtf8())); // shb_userappl
        QCOMPARE(all.at(1).type, quint32(1));
        QCOMPARE(qFromLittleEndian<quint16>(all.at(1).body.constData()), quint16(101));
        // The secrets before any packet, the key log whole.
        QCOMPARE(all.at(2).type, quint32(0x0000000A));
        QCOMPARE(qFromLittleEndian<quint32>(all.at(2).body.constData()), quint32(0x544c534b));
        QCOMPARE(qFromLittleEndian<quint32>(all.at(2).body.constData() + 4), quint32(keys.size()));
        QCOMPARE(all.at(2).body.mid(8, keys.size()), keys);
        for (qsizetype i = 3; i < all.size(); ++i)
            QCOMPARE(all.at(i).type, quint32(6));
        // Without keys, no secrets block.
        const QList<Block> plain = blocks(PcapngExport::capture(transcript, {}, 0));
        QVERIFY(!plain.isEmpty());
        for (const Block &b : plain)
            QVERIFY(b.type != 0x0000000A);
        // A truncated capture is not a capture.
        QVERIFY(blocks(capture.left(capture.size() - 2)).isEmpty());
    }

    void connectionBecomesHandshakeDataAndClose()
    {
        Transcript transcript;
        transcript.append(opened(7, "ana", "servidor.edu", "127.0.0.5:40312", "127.0.0.3:10025", "smtp"));
        transcript.append(line(7, false, "220 servidor.edu"));
        transcript.append(line(7, true, "QUIT"));
        transcript.append(line(7, false, "221 Bye"));
        transcript.append(closed(7, "servidor.edu"));
        const QList<Packet> p = packets(PcapngExport::capture(transcript, {}, 1'000'000));
        QCOMPARE(p.size(), 3 + 3 + 3);
        using namespace Pcapng::TcpFlag;
        // Addresses as the world had them; the server on 25, not 10025.
        QCOMPARE(p.at(0).source, quint32(0x7f000005));
        QCOMPARE(p.at(0).destination, quint32(0x7f000003));
        QCOMPARE(p.at(0).sourcePort, quint16(40312));
        QCOMPARE(p.at(0).destinationPort, quint16(25));
        QCOMPARE(p.at(0).flags, syn);
        const quint32 c = p.at(0).seq;
        QCOMPARE(p.at(1).flags, quint8(syn | ack));
        QCOMPARE(p.at(1).sourcePort, quint16(25));
        QCOMPARE(p.at(1).ack, c + 1);
        const quint32 s = p.at(1).seq;
        QCOMPARE(p.at(2).flags, ack);
        QCOMPARE(p.at(2).seq, c + 1);
        QCOMPARE(p.at(2).ack, s + 1);
        // Data: each write's octets, numbered.
        QCOMPARE(p.at(3).payload, QByteArray("220 servidor.edu\r\n"));
        QCOMPARE(p.at(3).seq, s + 1);
        QCOMPARE(p.at(3).ack, c + 1);
        QCOMPARE(p.at(4).payload, QByteArray("QUIT\r\n"));
        QCOMPARE(p.at(4).seq, c + 1);
        QCOMPARE(p.at(4).ack, s + 1 + 18);
        QCOMPARE(p.at(5).payload, QByteArray("221 Bye\r\n"));
        QCOMPARE(p.at(5).seq, s + 1 + 18);
        // The server closed: its FIN first, the client's, the last ACK.
        QCOMPARE(p.at(6).flags, quint8(fin | ack));
        QCOMPARE(p.at(6).sourcePort, quint16(25));
        QCOMPARE(p.at(6).seq, s + 1 + 18 + 9);
        QCOMPARE(p.at(7).flags, quint8(fin | ack));
        QCOMPARE(p.at(7).seq, c + 1 + 6);
        QCOMPARE(p.at(7).ack, s + 1 + 18 + 9 + 1);
        QCOMPARE(p.at(8).flags, ack);
        QCOMPARE(p.at(8).ack, c + 1 + 6 + 1);
        for (qsizetype i = 0; i < p.size(); ++i) {
            QCOMPARE(tcpCheck(p.at(i).ip), quint16(0));
            QCOMPARE(Pcapng::internetChecksum(p.at(i).ip.left(20)), quint16(0));
            if (i > 0)
                QVERIFY(p.at(i).timeUs > p.at(i - 1).timeUs);
        }
    }

    void longWritesAreSplitAndExactOctetsKept()
    {
        Transcript transcript;
        transcript.append(opened(2, "ana", "servidor.edu", "127.0.0.5:40000", "127.0.0.3:10080", "http"));
        // One write of two lines at one moment: one train of segments.
        const QByteArray longLine(4000, 'x');
        TranscriptEvent a = line(2, true, longLine);
        TranscriptEvent b = line(2, true, "second");
        b.continued = true;
        transcript.append(a);
        transcript.append(b); // may fall in another millisecond: then two writes, same octets
        // An HTTP message whose octets are not its lines (a body without CR LF).
        const qint64 first = transcript.size();
        transcript.setWriteOctets(first, "HTTP/1.1 200 OK\r\n\r\nbody", 3);
        transcript.append(line(2, false, "HTTP/1.1 200 OK"));
        transcript.append(line(2, false, ""));
        transcript.append(line(2, false, "body"));
        const QList<Packet> p = packets(PcapngExport::capture(transcript, {}, 0));
        QByteArray up;
        QByteArray down;
        for (const Packet &packet : p) {
            QVERIFY(packet.payload.size() <= PcapngExport::segmentSize);
            if (packet.destinationPort == 80)
                up += packet.payload;
            else
                down += packet.payload;
        }
        QCOMPARE(up, longLine + "\r\nsecond\r\n");
        QCOMPARE(down, QByteArray("HTTP/1.1 200 OK\r\n\r\nbody"));
        QCOMPARE(p.at(1).destinationPort, quint16(40000));
        QCOMPARE(p.at(1).sourcePort, quint16(80));
    }

    void resetCloseIsOneRstFromTheSideThatReset()
    {
        using namespace Pcapng::TcpFlag;
        for (const bool byServer : {true, false}) {
            Transcript transcript;
            transcript.append(opened(4, "ana", "servidor.edu", "127.0.0.5:40400", "127.0.0.3:10025", "smtp"));
            transcript.append(line(4, false, "220 servidor.edu"));
            transcript.append(line(4, true, "EHLO ana"));
            TranscriptEvent reset = closed(4,
                                           byServer ? QStringLiteral("servidor.edu") : QStringLiteral("ana"));
            reset.reset = true;
            transcript.append(reset);
            PcapngExport::Summary summary;
            const QList<Packet> p = packets(PcapngExport::capture(transcript, {}, 0, &summary));
            QCOMPARE(summary.resets, 1);
            // Handshake, two writes, one RST: no FIN at all, nothing after it.
            QCOMPARE(p.size(), 3 + 2 + 1);
            const quint32 c = p.at(0).seq;
            const quint32 s = p.at(1).seq;
            const Packet &rst = p.last();
            QCOMPARE(rst.flags, quint8(Pcapng::TcpFlag::rst | ack));
            QVERIFY(rst.payload.isEmpty());
            QCOMPARE(tcpCheck(rst.ip), quint16(0));
            if (byServer) {
                QCOMPARE(rst.sourcePort, quint16(25));
                QCOMPARE(rst.seq, s + 1 + 18); // after its 220
                QCOMPARE(rst.ack, c + 1 + 10); // all of EHLO received
            } else {
                QCOMPARE(rst.destinationPort, quint16(25));
                QCOMPARE(rst.seq, c + 1 + 10);
                QCOMPARE(rst.ack, s + 1 + 18);
            }
            for (const Packet &packet : p)
                QVERIFY(!(packet.flags & fin));
        }
        // The same close without `reset` (a file saved before it existed): FINs.
        Transcript orderly;
        orderly.append(opened(4, "ana", "servidor.edu", "127.0.0.5:40400", "127.0.0.3:10025", "smtp"));
        orderly.append(closed(4, "ana"));
        PcapngExport::Summary summary;
        const QList<Packet> p = packets(PcapngExport::capture(orderly, {}, 0, &summary));
        QCOMPARE(summary.resets, 0);
        QCOMPARE(p.size(), 3 + 3);
        for (const Packet &packet : p)
            QVERIFY(!(packet.flags & rst));
        QCOMPARE(p.at(3).flags, quint8(fin | ack));
        QCOMPARE(p.at(3).destinationPort, quint16(25)); // the client's FIN first
    }

    void refusedConnectionIsSynAndReset()
    {
        Transcript transcript;
        TranscriptEvent e;
        e.kind = TranscriptEvent::Kind::Note;
        e.from = QStringLiteral("cliente.fr");
        e.to = QStringLiteral("servidor.edu");
        e.noteCode = NoteCode::CannotConnect;
        e.noteArguments = {QStringLiteral("servidor.edu"), QStringLiteral("smtp"),
                           Notes::phrase(NoteCode::ConnectionRefused)};
        transcript.append(e);
        // Another reason (a timeout, no route) is no reset: nothing is made.
        e.noteArguments[2] = QStringLiteral("Network unreachable");
        transcript.append(e);
        PcapngExport::Summary summary;
        const QList<Packet> p = packets(PcapngExport::capture(transcript, {}, 0, &summary));
        QCOMPARE(summary.refused, 1);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).flags, Pcapng::TcpFlag::syn);
        QCOMPARE(p.at(0).destinationPort, quint16(25));
        QCOMPARE(p.at(1).flags, quint8(Pcapng::TcpFlag::rst | Pcapng::TcpFlag::ack));
        QCOMPARE(p.at(1).ack, p.at(0).seq + 1);
        QCOMPARE(p.at(1).destinationPort, p.at(0).sourcePort);
        QVERIFY(p.at(0).source != p.at(0).destination);
    }

    void standardPorts()
    {
        QCOMPARE(PcapngExport::standardPort("submissions"), quint16(465));
        QCOMPARE(PcapngExport::standardPort("pop3s"), quint16(995));
        QCOMPARE(PcapngExport::standardPort("imaps"), quint16(993));
        QCOMPARE(PcapngExport::standardPort("https"), quint16(443));
        QCOMPARE(PcapngExport::standardPort("gopher"), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestPcapng)
#include "tst_pcapng.moc"
