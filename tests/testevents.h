// SPDX-License-Identifier: GPL-3.0-or-later
// testevents.h — transcript events made by hand, for the tests of what reads them.
#pragma once

#include "persist/worldfileupgrade.h"
#include "transcript/transcript.h"
#include "transcript/transcriptevent.h"

#include <QList>

namespace TestEvents {

// A line from an outside client to servidor.edu on connection 1 (SMTP, C→S).
inline TranscriptEvent lineEvent(const QByteArray &raw, bool sensitive = false)
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Line;
    e.connectionId = 1;
    e.protocol = Protocol::Smtp;
    e.direction = TranscriptEvent::Direction::ClientToServer;
    e.from = QStringLiteral("outside 127.0.0.1");
    e.to = QStringLiteral("servidor.edu");
    e.raw = raw;
    e.sensitive = sensitive;
    return e;
}

// A transcript made by hand, line by line, whose lines get the roles their
// engines would have recorded (what each line is, which command a reply
// answers), worked out from their text as for a version 1 world file.
// append() collects; done() stores them all, with their roles; what is
// appended after done() is appended as it is (a line without a role).
class HandMadeTranscript : public Transcript
{
public:
    qsizetype append(TranscriptEvent event)
    {
        if (m_done)
            return Transcript::append(std::move(event)).sequence;
        event.sequence = m_events.size();
        m_events.append(std::move(event));
        return m_events.size() - 1;
    }
    void done()
    {
        WorldFileUpgrade::inferLineRoles(m_events);
        restore(m_events, 0);
        m_done = true;
    }

private:
    QList<TranscriptEvent> m_events;
    bool m_done = false;
};

// A POP3S session (implicit TLS, TLS 1.3) between fran and servidor.edu on
// connection `connection`, in the shape Connection records it
// (core/net/connectiontls.cpp): each TLS record as it crossed the wire, then
// the handshake messages or lines it carried; the client's "encrypted from
// here" note after its Finished; a record that carried nothing (the client's
// compatibility ChangeCipherSpec); USER and PASS pipelined in one record.
// The indexes of the events, for the tests' checks:
struct TlsSession {
    qsizetype clientHelloRecord = -1, clientHello = -1, serverHello = -1, certificateRecord = -1,
              certificate = -1, changeCipherSpecRecord = -1, clientFinishedRecord = -1, clientFinished = -1,
              established = -1, greetingRecord = -1, greeting = -1, userRecord = -1, user = -1, pass = -1,
              closeNotify = -1, closed = -1;
};

inline TlsSession appendTlsSession(Transcript *t, int connection = 1)
{
    TlsSession at;
    const QString client = QStringLiteral("fran");
    const QString server = QStringLiteral("servidor.edu");
    const auto base = [&](TranscriptEvent::Kind kind, bool fromClient) {
        TranscriptEvent e;
        e.kind = kind;
        e.connectionId = connection;
        e.protocol = Protocol::Pop3;
        e.phase = Phase::Authorization;
        e.direction = fromClient ? TranscriptEvent::Direction::ClientToServer
                                 : TranscriptEvent::Direction::ServerToClient;
        e.from = fromClient ? client : server;
        e.to = fromClient ? server : client;
        return e;
    };
    // A record: its 5-octet header (type, 0x0303 or 0x0301, length) and a body
    // of `size` octets (ciphertext, made up).
    const auto record = [&](bool fromClient, bool encrypted, quint8 type, const QString &inner, int size) {
        TranscriptEvent e = base(TranscriptEvent::Kind::TlsRecord, fromClient);
        const quint8 outer = encrypted ? 23 : type;
        QByteArray raw;
        raw.append(char(outer));
        raw.append(char(3));
        raw.append(char(type == 22 && !encrypted && fromClient ? 1 : 3));
        raw.append(char((size >> 8) & 0xff));
        raw.append(char(size & 0xff));
        for (int i = 0; i < size; ++i)
            raw.append(char((i * 37 + size) & 0xff));
        e.raw = raw;
        e.tls = encrypted;
        e.noteCode = encrypted ? NoteCode::TlsRecordEncrypted : NoteCode::TlsRecordClear;
        e.noteArguments = {inner, QString::number(raw.size())};
        return t->append(std::move(e)).sequence;
    };
    const auto message = [&](bool fromClient, bool encrypted, const QString &name, const QString &rfc,
                             const QString &subject = QString(), const QString &issuer = QString()) {
        TranscriptEvent e = base(TranscriptEvent::Kind::TlsHandshake, fromClient);
        e.tls = encrypted;
        e.noteCode = subject.isEmpty() ? NoteCode::TlsMessage : NoteCode::TlsCertificate;
        e.noteArguments = {name, rfc, subject, issuer};
        return t->append(std::move(e)).sequence;
    };
    const auto tlsLine = [&](bool fromClient, const QByteArray &raw, bool sensitive = false) {
        TranscriptEvent e = base(TranscriptEvent::Kind::Line, fromClient);
        e.raw = raw;
        e.tls = true;
        e.sensitive = sensitive;
        e.role = fromClient ? LineRole::Command : LineRole::Reply;
        if (!fromClient)
            e.code = "+OK";
        return t->append(std::move(e)).sequence;
    };

    TranscriptEvent opened = base(TranscriptEvent::Kind::ConnectionOpened, true);
    opened.direction = TranscriptEvent::Direction::None;
    opened.noteCode = NoteCode::ConnectionOpened;
    opened.noteArguments = {QStringLiteral("127.0.0.5:40000"), QStringLiteral("127.0.0.3:10995"),
                            QStringLiteral("pop3s")};
    t->append(std::move(opened));
    at.clientHelloRecord = record(true, false, 22, QStringLiteral("handshake"), 292);
    at.clientHello = message(true, false, QStringLiteral("ClientHello"), QStringLiteral("RFC 8446 §4.1.2"));
    record(false, false, 22, QStringLiteral("handshake"), 122);
    at.serverHello = message(false, false, QStringLiteral("ServerHello"), QStringLiteral("RFC 8446 §4.1.3"));
    record(false, true, 22, QStringLiteral("handshake"), 23);
    message(false, true, QStringLiteral("EncryptedExtensions"), QStringLiteral("RFC 8446 §4.3.1"));
    at.certificateRecord = record(false, true, 22, QStringLiteral("handshake"), 560);
    at.certificate = message(false, true, QStringLiteral("Certificate"), QStringLiteral("RFC 8446 §4.4.2"),
                             QStringLiteral("CN=servidor.edu, O=Carteiro"),
                             QStringLiteral("CN=Carteiro classroom CA, O=Carteiro"));
    record(false, true, 22, QStringLiteral("handshake"), 96);
    message(false, true, QStringLiteral("CertificateVerify"), QStringLiteral("RFC 8446 §4.4.3"));
    record(false, true, 22, QStringLiteral("handshake"), 69);
    message(false, true, QStringLiteral("Finished"), QStringLiteral("RFC 8446 §4.4.4"));
    at.changeCipherSpecRecord = record(true, false, 20, QStringLiteral("change_cipher_spec"), 1);
    at.clientFinishedRecord = record(true, true, 22, QStringLiteral("handshake"), 69);
    at.clientFinished = message(true, true, QStringLiteral("Finished"), QStringLiteral("RFC 8446 §4.4.4"));
    TranscriptEvent established = base(TranscriptEvent::Kind::Note, true);
    established.direction = TranscriptEvent::Direction::None;
    established.tls = true;
    established.noteCode = NoteCode::TlsEstablished;
    established.noteArguments = {QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"),
                                 QStringLiteral("CN=servidor.edu, O=Carteiro"),
                                 QStringLiteral("CN=Carteiro classroom CA, O=Carteiro"), QString()};
    at.established = t->append(std::move(established)).sequence;
    at.greetingRecord = record(false, true, 23, QStringLiteral("application_data"), 87);
    at.greeting = tlsLine(false, "+OK POP3 servidor listo");
    at.userRecord = record(true, true, 23, QStringLiteral("application_data"), 59);
    at.user = tlsLine(true, "USER fran");
    record(false, true, 23, QStringLiteral("application_data"), 22);
    tlsLine(false, "+OK");
    at.pass = tlsLine(true, "PASS claveejemplo", true); // in the same record as USER
    record(false, true, 23, QStringLiteral("application_data"), 50);
    tlsLine(false, "+OK user successfully logged on");
    record(false, true, 21, QStringLiteral("alert"), 19);
    at.closeNotify = message(false, true, QStringLiteral("Alert: close_notify"),
                             QStringLiteral("RFC 8446 §6"));
    TranscriptEvent closed = base(TranscriptEvent::Kind::ConnectionClosed, false);
    closed.direction = TranscriptEvent::Direction::None;
    closed.noteCode = NoteCode::ConnectionClosedBy;
    closed.noteArguments = {server};
    at.closed = t->append(std::move(closed)).sequence;
    return at;
}

} // namespace TestEvents
