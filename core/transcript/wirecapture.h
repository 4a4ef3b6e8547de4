// SPDX-License-Identifier: GPL-3.0-or-later
// wirecapture.h — what an eavesdropper on a link reads (scenario's
// "eavesdropper eva between fran servidor.edu").
//
// Everything that crossed the link between two hosts, either way, in the
// order it crossed, as anyone on the wire reads it: a line in clear as it
// was written, and for what went inside TLS only the records (their header
// and ciphertext), never the plaintext the endpoints read. The same rule as
// the scenario's "expect wire" (ScenarioRunner), kept as entries a view can
// list and mark (a password in clear is `secret`).
#pragma once

#include "transcript/tlswire.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Transcript;

namespace WireCapture {

struct Link {
    QString a; // host names, either order
    QString b;
};

struct Entry {
    enum class Kind : quint8 {
        Line, // a line in clear
        Record // a TLS record (header in clear, the rest ciphertext)
    };
    Kind kind = Kind::Line;
    qsizetype event = -1; // its index in the transcript
    int connectionId = 0;
    QString from;
    QString to;
    QByteArray raw; // the line without CR LF, or the record's octets
    bool secret = false; // Line: carries a password or AUTH data in clear
    TlsWire::RecordHeader header; // Record
};

// Whether the event crossed one of `links` (either way).
bool crosses(const TranscriptEvent &event, const QList<Link> &links);

// What crossed `links` from the event `first` up to and including the
// event `last` (-1: to the newest).
QList<Entry> capture(const Transcript &transcript, const QList<Link> &links, qsizetype first = 0,
                     qsizetype last = -1);

// "handshake", "application data", "alert", "change cipher spec": a record's
// content type in words (protocol names, never translated).
QString recordKind(const TlsWire::RecordHeader &header);

} // namespace WireCapture
