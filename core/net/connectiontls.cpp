// SPDX-License-Identifier: GPL-3.0-or-later
// connectiontls.cpp — a Connection inside TLS: what the engine says becomes
// records, one gate step each; what the peer sends is decrypted before the
// engine reads it; each record is recorded as it crossed the wire, followed
// by the lines it carried in plaintext (docs/architecture.md, "TLS").
#include "connection.h"

#include "gate.h"
#include "transcript/transcript.h"

#include <QTcpSocket>

void Connection::startTls()
{
    if (m_tls || !m_endpoints.tls)
        return;
    if (m_endpoints.role == Role::Client)
        m_tls = std::make_unique<TlsLayer>(m_endpoints.tls, m_endpoints.tlsClient);
    else
        m_tls = std::make_unique<TlsLayer>(m_endpoints.tls);
    m_engine->tlsBegun();
    if (m_endpoints.role == Role::Client) {
        m_tls->start();
        submitTlsRecords();
    }
    // What waited in the socket while the go-ahead was held is the handshake's.
    if (m_begun && m_link->mayHaveInput())
        QMetaObject::invokeMethod(this, &Connection::readAvailable, Qt::QueuedConnection);
}

qsizetype Connection::submitTlsRecords(bool closeAfter)
{
    const QList<TlsRecord> records = m_tls->takeRecords();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const TlsRecord &record = records.at(i);
        Utterance u;
        u.phase = m_engine->phase();
        u.wire = record.bytes;
        QStringList names;
        for (const TlsMessage &m : record.messages)
            names.append(m.name());
        u.wireLabel = "TLS "
            + (names.isEmpty() ? TlsRecord::contentTypeName(record.innerType)
                               : names.join(QLatin1String(", ")))
                  .toUtf8();
        u.closeAfter = closeAfter && i == records.size() - 1;
        m_recordsOut.append(record);
        m_heldBytes += u.wire.size();
        m_gate->submit(this, u);
    }
    return records.size();
}

void Connection::submitEncrypted(const Utterance &utterance)
{
    // The lines in pieces of at most one record (2^14 octets), cut at the
    // end of a line where possible: each line is carried by the record that
    // holds its end, and is recorded after that record.
    struct Piece {
        QByteArray bytes;
        qsizetype firstLine = 0;
        qsizetype lineCount = 0; // lines that end in this piece
    };
    QList<Piece> pieces;
    Piece current;
    if (!utterance.octets.isEmpty()) {
        // Exact octets (an HTTP message): cut anywhere; its lines ride with
        // the last record, and are recorded once all of it is written.
        for (qsizetype at = 0; at < utterance.octets.size(); at += TlsLayer::recordLimit)
            pieces.append(Piece{utterance.octets.mid(at, TlsLayer::recordLimit), 0, 0});
        pieces.last().lineCount = utterance.lines.size();
    }
    for (qsizetype i = 0; utterance.octets.isEmpty() && i < utterance.lines.size(); ++i) {
        const QByteArray &line = utterance.lines.at(i);
        const qsizetype size = line.size() + 2;
        if (!current.bytes.isEmpty() && current.bytes.size() + size > TlsLayer::recordLimit) {
            pieces.append(current);
            current = Piece{{}, i, 0};
        }
        if (size > TlsLayer::recordLimit) {
            // A line longer than a record: its beginning in records of its own.
            QByteArray whole = line + "\r\n";
            qsizetype at = 0;
            while (whole.size() - at > TlsLayer::recordLimit) {
                pieces.append(Piece{whole.mid(at, TlsLayer::recordLimit), i, 0});
                at += TlsLayer::recordLimit;
            }
            current = Piece{whole.mid(at), i, 1};
            continue;
        }
        current.bytes += line;
        current.bytes += "\r\n";
        ++current.lineCount;
    }
    if (!current.bytes.isEmpty())
        pieces.append(current);

    bool first = true;
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        const Piece &piece = pieces.at(p);
        const bool last = p == pieces.size() - 1;
        if (!m_tls->encrypt(piece.bytes))
            break;
        QList<TlsRecord> records = m_tls->takeRecords();
        if (records.isEmpty())
            continue;
        const TlsRecord carrier = records.takeLast();
        for (const TlsRecord &before : std::as_const(records)) {
            // Made by the layer first (an answer to a KeyUpdate): in order, alone.
            Utterance u;
            u.phase = utterance.phase;
            u.wire = before.bytes;
            u.wireLabel = "TLS " + TlsRecord::contentTypeName(before.innerType).toUtf8();
            m_recordsOut.append(before);
            m_heldBytes += u.wire.size();
            m_gate->submit(this, u);
        }
        Utterance u = utterance;
        u.startsTls = false;
        u.wire = carrier.bytes;
        u.octets.clear(); // carried by the record now
        u.lines = utterance.lines.mid(piece.firstLine, piece.lineCount);
        if (!first) {
            // A later part of what was said in one go.
            u.continuesPrevious = true;
            if (utterance.restRole != LineRole::Unknown)
                u.role = utterance.restRole;
        }
        if (!u.lines.isEmpty())
            first = false;
        if (!last) {
            u.closeAfter = false;
            u.receipt.clear();
            u.lastLine = -1;
        }
        if (u.lines.isEmpty())
            u.wireLabel = "TLS application_data";
        m_recordsOut.append(carrier);
        m_heldBytes += u.wire.size();
        m_gate->submit(this, u);
    }
    if (utterance.closeAfter && !m_tls->hasFailed()) {
        // The session ends with close_notify (RFC 8446 §6.1), then TCP closes.
        m_tls->close();
        submitTlsRecords(true);
    }
}

void Connection::receiveCiphertext(const QByteArray &bytes)
{
    // One record at a time, so that what a record causes (the handshake's
    // end, a reply) is recorded after it. What cannot be a record header
    // (garbage where a ClientHello should be) goes to the layer at once, to
    // fail there, rather than waiting for a length it made up.
    m_cipherIn += bytes;
    qsizetype at = 0;
    while (m_tls && !m_tls->hasFailed() && m_cipherIn.size() - at >= 5) {
        const auto type = uchar(m_cipherIn.at(at));
        const auto major = uchar(m_cipherIn.at(at + 1));
        const qsizetype size = 5 + ((uchar(m_cipherIn.at(at + 3)) << 8) | uchar(m_cipherIn.at(at + 4)));
        const bool plausible = type >= 20 && type <= 24 && major == 3 && size <= 5 + 16384 + 2048;
        if (plausible && m_cipherIn.size() - at < size)
            break;
        const qsizetype take = plausible ? size : m_cipherIn.size() - at;
        receiveRecord(m_cipherIn.mid(at, take));
        at += take;
    }
    m_cipherIn.remove(0, at);
    if (m_tls && m_tls->hasFailed())
        m_cipherIn.clear();
}

void Connection::receiveRecord(const QByteArray &bytes)
{
    const bool wasFailed = m_tls->hasFailed();
    m_tls->receive(bytes);
    // An outside peer records nothing itself: its records are recorded here,
    // as they arrived, before the lines they carried.
    if (m_endpoints.peerIsOutside) {
        for (const TlsRecord &record : m_tls->takeReceivedRecords())
            recordTlsRecord(record, false);
    } else {
        m_tls->takeReceivedRecords();
    }
    if (m_tls->takeJustEstablished()) {
        if (recordsTlsSummary())
            recordTlsEstablished();
        submitTlsRecords(); // a client's Finished, after the server's flight
        m_engine->tlsEstablished();
        // An implicit-TLS server greets now, inside TLS (RFC 8314 §3.3).
        if (m_endpoints.implicitTls && m_endpoints.role == Role::Server)
            m_engine->start();
        flushEngine();
    } else if (!m_tls->hasFailed()) {
        submitTlsRecords();
    }
    if (m_tls->hasFailed() && !wasFailed) {
        // The alert telling the peer why goes, then the connection closes.
        recordTlsFailed();
        if (submitTlsRecords(true) == 0)
            m_gate->submit(this, Utterance::closeOnly());
        m_engine->tlsFailed(m_tls->error());
        m_engine->takeOutput(); // nothing more is said, in clear or inside a broken session
        return;
    }
    // After a close_notify nothing more comes (TCP's close follows).
    const QByteArray plaintext = m_tls->takePlaintext();
    if (!plaintext.isEmpty())
        m_engine->feed(plaintext);
}

void Connection::writeRecord(const Utterance &utterance)
{
    put(utterance.wire);
    if (!m_recordsOut.isEmpty())
        recordTlsRecord(m_recordsOut.takeFirst(), true);
    if (!utterance.lines.isEmpty())
        record(utterance, true);
    tellReceipt(utterance);
}

void Connection::recordTlsRecord(const TlsRecord &record, bool ours)
{
    const bool clientSide = m_endpoints.role == Role::Client;
    const bool clientToServer = ours == clientSide;
    const QString &from = ours ? m_endpoints.localHost : m_endpoints.peerHost;
    const QString &to = ours ? m_endpoints.peerHost : m_endpoints.localHost;
    const auto direction = clientToServer ? TranscriptEvent::Direction::ClientToServer
                                          : TranscriptEvent::Direction::ServerToClient;
    const qint64 timeMs = m_transcript->elapsedMs();
    // The record, then each message it carried: the same ends and moment.
    const auto start = [&](TranscriptEvent::Kind kind, const QByteArray &raw) -> TranscriptEvent & {
        TranscriptEvent &event = m_transcript->next();
        event.kind = kind;
        event.connectionId = m_id;
        event.from = from;
        event.to = to;
        event.protocol = m_engine->protocol();
        event.direction = direction;
        event.phase = m_engine->phase();
        event.raw = raw;
        event.code = QByteArray(); // next() may hold a dropped event's text
        event.tls = record.encrypted;
        return event;
    };
    {
        TranscriptEvent &event = start(TranscriptEvent::Kind::TlsRecord, record.bytes);
        event.noteCode = record.encrypted ? NoteCode::TlsRecordEncrypted : NoteCode::TlsRecordClear;
        event.noteArguments = {
            TlsRecord::contentTypeName(record.encrypted ? record.innerType : record.contentType),
            QString::number(record.bytes.size())};
        m_transcript->commitNext(timeMs);
    }
    const bool tls13 = m_tls && m_tls->isTls13();
    for (const TlsMessage &message : record.messages) {
        TranscriptEvent &event = start(TranscriptEvent::Kind::TlsHandshake, QByteArray());
        event.noteCode = message.subject.isEmpty() ? NoteCode::TlsMessage : NoteCode::TlsCertificate;
        event.noteArguments = {message.name(), message.rfcSection(tls13), message.subject, message.issuer};
        m_transcript->commitNext(timeMs);
    }
}

bool Connection::recordsTlsSummary() const
{
    // Once per connection: the client tells (it verified the server), or the
    // server when the client is outside and tells nothing here.
    return m_endpoints.role == Role::Client || m_endpoints.peerIsOutside;
}

void Connection::recordTlsEstablished()
{
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Note;
    event.connectionId = m_id;
    event.from = m_endpoints.localHost;
    event.to = m_endpoints.peerHost;
    event.protocol = m_engine->protocol();
    event.phase = m_engine->phase();
    event.tls = true;
    if (m_endpoints.role == Role::Server) {
        event.noteCode = NoteCode::TlsEstablishedServer;
        event.noteArguments = {m_tls->version(), m_tls->cipher(), m_endpoints.localHost, m_tls->ownSubject()};
    } else {
        const bool verified = m_tls->peerVerified();
        event.noteCode = verified ? NoteCode::TlsEstablished : NoteCode::TlsEstablishedUnverified;
        event.noteArguments = {m_tls->version(), m_tls->cipher(), m_tls->peerSubject(), m_tls->peerIssuer(),
                               m_tls->verifyError()};
    }
    m_transcript->append(std::move(event));
}

void Connection::recordTlsFailed()
{
    if (m_tlsFailedRecorded)
        return;
    m_tlsFailedRecorded = true;
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Note;
    event.connectionId = m_id;
    event.from = m_endpoints.localHost;
    event.to = m_endpoints.peerHost;
    event.protocol = m_engine->protocol();
    event.phase = m_engine->phase();
    event.noteCode = NoteCode::TlsFailed;
    event.noteArguments = {m_tls->error()};
    m_transcript->append(std::move(event));
}
