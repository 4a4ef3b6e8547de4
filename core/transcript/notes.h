// notes.h — what a note on the transcript means, as a code and its arguments.
//
// A note (a queue decision, a DNS answer, a host going down, a prediction) is
// recorded as a NoteCode and the words that fill it (a queue id, a host, a
// count). Its sentence is made when it is shown, in the language of whoever
// reads it then: a world recorded in Galician reads in English after a
// switch, and a view that needs to know what happened asks the code, never
// the words. Events without a code (captions, text from outside, world files
// saved before codes existed) keep their text in TranscriptEvent::note.
#pragma once

#include <QString>
#include <QStringList>

enum class NoteCode : quint16 {
    None,
    // The world (context "World")
    StorageLoaded, // %1 keeps its mail in %2: %3 … %4 in the queue
    ListeningAgain, // %1 listens again on %2:%3 (%4)
    StoppedListening, // %1 stops listening on %2:%3 (%4)
    ConnectionLimit, // %1 refused a connection from %2: %3 connections …
    NoSuchService, // cannot connect to %1 (%2): no such service
    // A connection (context "Connection")
    ConnectionOpened, // TCP %1 -> %2 (%3) — protocol text: client end, server end, service
    ConnectionClosedBy, // closed by %1
    CannotConnect, // cannot connect to %1 (%2): %3
    EarlyTalker, // %1 spoke before the greeting (…)
    // A mail server (context "MailServer")
    FaultAnswers, // fault: %1 answers %2 with "%3"
    FaultCutsMidMessage, // fault: %1 cuts the connection in the middle of the message
    FaultCutsAt, // fault: %1 cuts the connection at %2
    AlreadyHeld, // %1 already holds this message: … (RFC 5321 section 6.1)
    StoredInMailbox, // stored in the mailbox of %1 (%n message(s)); first argument: n
    // A server's outgoing queue (context "MailServer")
    Queued, // %1 queued for %2 (%3 in the queue)
    CannotStore, // %1 cannot store the message: %2
    NoMxRecord, // MX %1? no MX record; trying %1 itself
    MxAnswer, // MX %1? %2 %3 (%4) — protocol text, never translated
    ReencodedToSevenBit, // %1 does not offer 8BITMIME: … (a relaying server)
    RefusedForGood, // %1 refused for good: %2; bouncing to the sender
    DeliveredAndRemoved, // %1 delivered to %2; removed from the queue
    DeferredGivingUp, // %1 deferred %2 times (%3); giving up and bouncing
    Deferred, // %1 deferred (%2); attempt %3 of %4 in %5 s
    BounceDropped, // %1: a bounce could not be delivered; dropped …
    BounceSent, // bounce to %1 for %2
    // A mail client (context "MailClient")
    ClientReencodedToSevenBit, // %1 does not offer 8BITMIME: … (a mail client)
    // Predict the reply (context "PredictionQuiz")
    PredictionAsked, // Predict: what will %1 answer to "%2"? Choices: %3
    PredictionUnanswered, // Prediction %1: no answer — the server answered %2 …
    PredictionRight, // Prediction %1: %2 — right (%3 of %4 so far)
    PredictionWrong, // Prediction %1: %2 — the server answered %3 (…)
};

namespace Notes {

// The sentence of a note in the current language, its arguments put in one
// pass (an argument that itself holds "%2" stays as it is). For a sentence
// with a plural (%n), the first argument is the count.
QString text(NoteCode code, const QStringList &arguments);
// A stable name for files and JSON ("queued", "deferred" …), and back
// (NoteCode::None for a name this version does not know).
QString name(NoteCode code);
NoteCode fromName(const QString &name);
// Fills %1 … %99 of a pattern in one pass.
QString fill(const QString &pattern, const QStringList &arguments);

} // namespace Notes
