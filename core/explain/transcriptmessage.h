// SPDX-License-Identifier: GPL-3.0-or-later
// transcriptmessage.h — the message a DATA transfer or a RETR answer carried, from its lines.
//
// An SMTP client sends the message after the server's 354 reply, one line at
// a time, and ends it with a line holding only "." (RFC 5321 §4.1.1.4); a
// POP3 server answers RETR or TOP with "+OK", the message's lines and the
// same "." (RFC 1939 §3). Lines that start with "." travel with one more "."
// in front (dot-stuffing, RFC 5321 §4.5.2), which is taken away here. Each
// line was recorded as one transcript event, so the message can be put back
// together from the transcript, and every byte of it traced to the line (and
// so to the timeline row) that carried it.
#pragma once

#include <QByteArray>
#include <QList>

class Transcript;

class TranscriptMessage
{
public:
    TranscriptMessage() = default;

    // The message whose content (or final ".") is the line at this transcript
    // index; an empty TranscriptMessage when that line is not message content.
    // A message still being sent holds the lines so far.
    static TranscriptMessage at(const Transcript &transcript, qsizetype event);

    bool isEmpty() const { return m_lineEvents.isEmpty(); }
    // The message as its recipient stores it: dot-stuffing undone, CR LF ends.
    const QByteArray &raw() const { return m_raw; }
    // Whether the final "." has been seen.
    bool isComplete() const { return m_complete; }
    // The transcript events of the content lines, in order (the "." excluded).
    const QList<qsizetype> &lineEvents() const { return m_lineEvents; }
    // Where each content line starts in raw().
    const QList<qsizetype> &lineOffsets() const { return m_lineOffsets; }
    // The event of the first and of the last line holding bytes of
    // [offset, offset + length) of raw(); {-1, -1} when none does.
    QPair<qsizetype, qsizetype> eventsOf(qsizetype offset, qsizetype length) const;
    // The transcript event of the final "." line, or -1 while incomplete.
    qsizetype endEvent() const { return m_endEvent; }

private:
    QByteArray m_raw;
    QList<qsizetype> m_lineEvents;
    QList<qsizetype> m_lineOffsets;
    qsizetype m_endEvent = -1;
    bool m_complete = false;
};
