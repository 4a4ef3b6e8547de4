// SPDX-License-Identifier: GPL-3.0-or-later
// notes.h — what a note on the transcript means, as a code and its arguments.
//
// A note (a queue decision, a DNS answer, a host going down, a prediction) is
// recorded as a NoteCode and the words that fill it (a queue id, a host, a
// count). Its sentence is made when it is shown, in the language of whoever
// reads it then: a world recorded in Galician reads in English after a
// switch, and a view that needs to know what happened asks the code, never
// the words. A caption keeps the scenario's words in all its languages.
// Events without a code (text from outside, world files saved before codes
// existed) keep their text in TranscriptEvent::note.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

enum class NoteCode : quint16 {
    None,
    // The world (context "World")
    StorageLoaded, // %1 keeps its mail in %2: %3 … %4 in the queue
    ListeningAgain, // %1 listens again on %2:%3 (%4)
    StoppedListening, // %1 stops listening on %2:%3 (%4)
    ConnectionLimit, // %1 refused a connection from %2: %3 connections …
    ClientConnectionCount, // %1 refused a connection from %2: %3 open already (per client)
    ClientConnectionRate, // %1 refused a connection from %2: %3 in a minute already (per client)
    ClientMessageRate, // %1 refused a message from %2: %3 in a minute already (per client)
    NoSuchService, // cannot connect to %1 (%2): no such service
    TlsOff, // no TLS: the classroom CA cannot be used: %1
    TlsOffForHost, // %1 offers no TLS: %2
    // A connection (context "Connection")
    ConnectionOpened, // TCP %1 -> %2 (%3) — protocol text: client end, server end, service
    ConnectionClosedBy, // closed by %1
    CannotConnect, // cannot connect to %1 (%2): %3
    EarlyTalker, // %1 spoke before the greeting (…)
    TlsRecordClear, // TLS record in clear: %1, %2 octets (type, size)
    TlsRecordEncrypted, // encrypted TLS record: %2 octets (%1 inside)
    TlsMessage, // TLS %1 — protocol text: message name, RFC section, [subject, issuer]
    TlsCertificate, // TLS %1: %3, issued by %4
    TlsEstablished, // encrypted from here (%1, %2); certificate of %3 issued by %4, verified
    TlsEstablishedUnverified, // … NOT verified: %5
    TlsEstablishedServer, // encrypted from here (%1, %2); %3 presented %4
    TlsFailed, // TLS failed: %1
    ManInTheMiddle, // %1, in the middle, changed what %2 said before %3 read it
    TapEncrypted, // a tap: encrypted from here between %1 and %2; passed on unread
    TapEncryptedFromStart, // a tap: TLS from the first octet (port %3); passed on unread
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
    ReencodedAfterHelo, // %1 was greeted with HELO, which gets no extensions (no 8BITMIME): …
    RefusedForGood, // %1 refused for good: %2; bouncing to the sender
    ReplyAfterCommand, // %1 (after %2): a reply and the command it answered
    UnrouteableReason, // unrouteable address: no mail host for %1 (5.1.2)
    DeliveredAndRemoved, // %1 delivered to %2; removed from the queue
    DeferredGivingUp, // %1 deferred %2 times (%3); giving up and bouncing
    Deferred, // %1 deferred (%2); attempt %3 of %4 in %5 s
    BounceDropped, // %1: a bounce could not be delivered; dropped …
    BounceSent, // bounce to %1 for %2
    // A mail client (context "MailClient")
    ClientReencodedToSevenBit, // %1 does not offer 8BITMIME: … (a mail client)
    ClientReencodedAfterHelo, // %1 was greeted with HELO, which gets no extensions …
    // Predict the reply (context "PredictionQuiz")
    PredictionAsked, // Predict: what will %1 answer to "%2"? Choices: %3
    PredictionUnanswered, // Prediction %1: no answer — the server answered %2 …
    PredictionRight, // Prediction %1: %2 — right (%3 of %4 so far)
    PredictionWrong, // Prediction %1: %2 — the server answered %3 (…)
    // Putting phrases together (no words of their own): the arguments, each
    // made into text, joined by "; " (Joined) or by nothing (Concat).
    Joined,
    Concat,
    // A scenario's run (context "ScenarioRunner", "ScriptSession")
    Caption, // the scenario's own words: one localized() argument
    ExerciseCaption, // Exercise: %1
    Hint, // Hint %1 of %2: %3
    ExerciseDone, // Exercise done (%1): %2
    ExerciseNotDone, // Exercise not done (%1): %2
    StudentPassed, // a class: %1 passed check %2 of exercise %3: %4
    StudentReplySeen, // a class: a reply %1 in one of the student's sessions
    ClassPredictions, // a class: prediction %1 over the class: %2 of %3 students answered, %4 right
    DoneWithSolution, // done with the solution shown
    DoneByStudent, // done by the student
    SolutionMissedGoal, // the solution did not reach the goal
    NobodyToType, // nobody to type it and no solution to play
    Skipped, // skipped
    FaultWillCut, // %1 will cut the connection at %2
    FaultWillCutFor, // %1 will cut the connection at %2 for %3
    FaultWillAnswer, // %1 will answer %2 with "%3"
    FaultWillAnswerFor, // %1 will answer %2 for %3 with "%4"
    ForSeconds, // " for %n second(s)"; first argument: n
    FaultMended, // %1 answers %2 normally again
    SlowLink, // the link of %1 is slow: each line it writes arrives %2 ms late
    FastLink, // the link of %1 is fast again
    Passed, // OK (an expectation's verdict)
    Failed, // FAILED
    StepTimeout, // the step ends within %1 s
    StillBusy, // still busy; the run stops here
    ScriptGoesAsWritten, // the scripted %1 session with %2 goes as written
    SolutionGoesAsWritten, // the exercise's solution (%1 with %2) goes as written
    HostListensAgain, // %1 listens again
    ExerciseIsDone, // the exercise is done
    HasHeader, // %1 has a message whose %2 header contains "%3"
    NoHeader, // no message has a %1 header
    HeadersFound, // %1 headers found: %2
    HoldsMessages, // %1 holds %2 message(s)
    ItHolds, // it holds %1
    HasSubject, // %1 has a message with subject "%2"
    NoMessages, // it has no messages
    SubjectsFound, // subjects found: %1
    HasAttachment, // %1 has a message with the attachment "%2"
    NoAttachments, // no attachments found
    AttachmentsFound, // attachments found: %1
    MailboxOf, // the mailbox of %1
    InboxOf, // the inbox of %1's mail client
    QueueOf, // the queue of %1
    ReplySeen, // a reply %1 was seen in the last action
    NoRepliesYet, // no replies yet
    RepliesSeen, // replies seen: %1
    ScriptExpected, // expected the server to say "%1", but it said "%2"
    ScriptServerClosed, // the server closed the connection before the script ended
    ScriptNoAnswer, // the server did not answer in time
    PredictionOf, // the question about %1's reply to %2 (%3)
    PredictionNeverAsked, // never asked: no such reply came during the run
    Unrouteable, // MX %1? no MX record and no host %1: unrouteable (RFC 5321 §5.1)
    HasBody, // %1 has a message whose text contains "%2"
    NoBodyHasIt, // no message's text contains it
    ConnectionRefused, // Connection refused: why a connection could not be made (context "Connection")
    LeftOnServer, // %1 has a message whose attachment "%2" stayed on the server (IMAP)
    LeftFound, // attachments left on the server: %1
    NoneLeft, // no attachment was left on the server
    FolderOf, // the folder %2 of %1 (IMAP)
    FolderExists, // %1 exists
    NoSuchFolder, // there is no folder %1
    WithFlag, // %1 (only the messages flagged %2)
    WithoutFlag, // %1 (only the messages not flagged %2)
    ImapStepFindsMessage, // %1 finds the message "%2" in %3
    NoMessageWithSubject, // no message in %1 has that subject
    WireBetween, // the wire between %1 and %2
    WireShowsText, // on %1 anyone reads "%2"
    WireHidesText, // on %1 nobody reads "%2"
    WireTextSeen, // it is there, in clear (%1 octets crossed)
    WireTextNotSeen, // it is not there (%1 octets crossed)
    TlsIsUsed, // %1 is encrypted (TLS)
    TlsIsRefused, // TLS on %1 is refused "%2"
    TlsSessions, // %1 TLS session(s)
    NoTlsSession, // no TLS session
    SearchHitsOf, // what %1's last search found
    SearchRan, // %1 has searched
    NoSearchYet, // it has not searched yet
    BrowseFailed, // %1's browser did not get the page it asked for: %2 (a browse step that failed)
    BrowserPageOf, // the page %2 in %1's browser
    PageContains, // %1 contains "%2"
    PageLacks, // %1 does not contain "%2"
    TextIsThere, // the text is there
    TextIsNotThere, // the text is not there
    NoPageYet, // the browser has not opened a page yet
    PageStatus, // %1 answered with status %2
    StatusWas, // it answered %1
    // Servers configured as Postfix and Dovecot (core/scenario/serversettings.h)
    ViaRelayHost, // %1 goes to the relayhost %2, without asking the DNS for an MX (context "MailServer")
    LoopsBackToMyself, // %1: the MX of %2 is this server itself … loops back to myself ("MailServer")
    LoopbackOnlyRefused, // %1 listens on loopback only (inet_interfaces): %2's connection refused ("World")
    ServerReconfigured, // %1 reconfigured: %2 ("World")
    ListensOnPort, // %1 listens on port %2 ("ScenarioRunner")
    DoesNotListenOnPort, // %1 does not listen on port %2
    ListensOn, // it listens on: %1
    AddressQualified, // %1 completes %2 as %3 (Postfix's myorigin = %4) ("MailServer")
    ErrorTransportRefuses, // %1 is Local only: mail for %2 is not deliverable, refused at RCPT ("MailServer")
    ErrorTransportBounces, // %1: %2 is Local only, mail for %3 bounces (default_transport = error)
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

// Phrases inside phrases. An argument may itself be a coded phrase (an
// expectation's description, a fault's "for 30 seconds") or a text the
// scenario gives in several languages (a caption): it is kept as such, as a
// small JSON text, and made into words with the rest, when shown.
QString phrase(NoteCode code, const QStringList &arguments = {});
// `texts`: language code → text ("" for a text in no particular language);
// `recordedIn`: the language it was first shown in, used when the reader's
// language (setLanguage) has no text of its own.
QString localized(const QMap<QString, QString> &texts, const QString &recordedIn);
// Any argument (or phrase()/localized() result) as a person reads it now.
QString expand(const QString &argument);

// The reader's language ("gl", "es", "en"), set where the translators are
// installed; empty until then.
void setLanguage(const QString &code);
QString language();

} // namespace Notes
