// SPDX-License-Identifier: GPL-3.0-or-later
// transcriptevent.h — one thing that happened in the world, as the views see it.
#pragma once

#include "protocol/linerole.h"
#include "protocol/phase.h"
#include "transcript/notes.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct TranscriptEvent {
    enum class Kind : quint8 {
        Line, // a command, reply or content line crossed a socket
        ConnectionOpened, // TCP connection established
        ConnectionClosed, // TCP connection closed (note says who closed / why)
        DnsLookup, // an MX or address lookup and its answer (note)
        Queue, // a message entered, left or waits in a queue
        Delivery, // a message was stored in a mailbox, or bounced
        Caption, // the scenario's narration ("1. Ana uses her mail client …")
        Expectation, // a scenario's expectation was checked (note says how it went)
        Note, // anything else worth telling (errors, refused connections)
        // Below the lines (docs/architecture.md, "Events"). A TLS handshake
        // message (ClientHello, ServerHello, Certificate … from the TLS layer's
        // message callback: its type, version, cipher suite in noteArguments,
        // its octets in raw) is an arrow between the two hosts like a line.
        TlsHandshake,
        // A TLS record as it crossed the wire (raw: the record's octets,
        // ciphertext once encrypted); the Line events it carried come after
        // it on the same connection, each with the plaintext.
        TlsRecord,
        // A TCP segment for the capture export: SYN, FIN, RST or data, with
        // its flags and sequence numbers in noteArguments.
        TcpSegment
    };
    // How a checked expectation went (Kind::Expectation): views colour and
    // mark it by this, never by the words of the note, which are translated.
    enum class Outcome : quint8 {
        None,
        Passed,
        Failed
    };
    enum class Direction : quint8 {
        None,
        ClientToServer, // "C:" in the course's notation
        ServerToClient // "S:"
    };

    qint64 sequence = 0; // position in the transcript, from 0
    qint64 timeMs = 0; // milliseconds since the world started
    int connectionId = 0; // 0 when not about a connection
    Kind kind = Kind::Note;
    Protocol protocol = Protocol::None;
    Direction direction = Direction::None;
    Phase phase = Phase::None;
    Outcome outcome = Outcome::None; // Kind::Expectation only
    // Kind::Line: what the line is, as the engine that said or heard it knew
    // (linerole.h: commands, replies, content; IMAP's tagged, untagged and
    // continuation lines and literals; HTTP's request and status lines,
    // header fields and bodies); `continued` when it is not the first line of what was
    // said in one go (an EHLO reply's second line, a RETR answer's content);
    // `answers`, for a reply, the sequence of the client's line it answers
    // (-1: a greeting, a reply nobody asked for, or not known).
    LineRole role = LineRole::Unknown;
    bool continued = false;
    qint64 answers = -1;
    bool sensitive = false; // carries a password (shown on purpose in the course)
    // Crossed inside TLS (a padlock): a line's plaintext, which the TlsRecord
    // before it on its connection carried encrypted; a record or handshake
    // message sent after the handshake.
    bool tls = false;
    // Kind::ConnectionClosed: the close was a TCP reset (RST) sent by `from`
    // (an abort, or a peer that reset), not the orderly FIN exchange.
    bool reset = false;
    QString from; // host that sent it (or the host acting)
    QString to; // host that received it
    QByteArray raw; // the line as sent, without CR LF
    QByteArray code; // "250", "+OK", "-ERR" … for replies
    QString note; // plain text for non-line events without a code
    // What a note means (notes.h): its sentence is made when it is shown, in
    // the reader's language, from the code and these arguments.
    NoteCode noteCode = NoteCode::None;
    QStringList noteArguments;

    // The note's text as a person reads it now.
    QString noteText() const
    {
        return noteCode == NoteCode::None ? note : Notes::text(noteCode, noteArguments);
    }
};

Q_DECLARE_METATYPE(TranscriptEvent)
