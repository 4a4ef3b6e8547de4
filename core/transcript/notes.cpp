// SPDX-License-Identifier: GPL-3.0-or-later
// notes.cpp — the sentence of every coded note, made when it is shown.
//
// One row per NoteCode: the name that files and JSON use, and the sentence as
// the code that records the note wrote it, under that code's translation
// context ("World", "MailServer" …), so the catalogues in translations/*.ts
// keep matching. Text() translates the sentence now and puts the arguments in
// one pass, as QString::arg(a, b, …) does: an argument that happens to hold
// "%2" (a server's reply) is not filled in again.
#include "notes.h"

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace {

struct Row {
    NoteCode code;
    const char *name;
    const char *context; // null: protocol text, shown as written
    const char *source;
    bool plural = false; // the first argument is the count of its %n
};

// clang-format off
const Row rows[] = {
    {NoteCode::StorageLoaded, "storage-loaded", "World",
        QT_TRANSLATE_NOOP("World", "%1 keeps its mail in %2: %3 message(s) in the mailboxes, %4 in the queue")},
    {NoteCode::ListeningAgain, "listening-again", "World", QT_TRANSLATE_NOOP("World", "%1 listens again on %2:%3 (%4)")},
    {NoteCode::StoppedListening, "stopped-listening", "World", QT_TRANSLATE_NOOP("World", "%1 stops listening on %2:%3 (%4)")},
    {NoteCode::ConnectionLimit, "connection-limit", "World",
        QT_TRANSLATE_NOOP("World", "%1 refused a connection from %2: %3 connections are open already (the limit)")},
    {NoteCode::ClientConnectionCount, "client-connection-count", "World",
        QT_TRANSLATE_NOOP("World", "%1 refused a connection from %2: it has %3 connections open already, the limit "
                                   "for one client (Postfix's smtpd_client_connection_count_limit)")},
    {NoteCode::ClientConnectionRate, "client-connection-rate", "World",
        QT_TRANSLATE_NOOP("World", "%1 refused a connection from %2: it opened %3 in the last minute already, the "
                                   "limit for one client (Postfix's smtpd_client_connection_rate_limit)")},
    {NoteCode::ClientMessageRate, "client-message-rate", "World",
        QT_TRANSLATE_NOOP("World", "%1 refused a message from %2: it asked to send %3 in the last minute already, "
                                   "the limit for one client (Postfix's smtpd_client_message_rate_limit)")},
    {NoteCode::NoSuchService, "no-such-service", "World",
        QT_TRANSLATE_NOOP("World", "cannot connect to %1 (%2): no such service")},
    {NoteCode::TlsOff, "tls-off", "World", QT_TRANSLATE_NOOP("World", "no TLS: the classroom CA cannot be used: %1")},
    {NoteCode::TlsOffForHost, "tls-off-for-host", "World", QT_TRANSLATE_NOOP("World", "%1 offers no TLS: %2")},
    {NoteCode::ConnectionOpened, "connection-opened", nullptr, "TCP %1 -> %2 (%3)"},
    {NoteCode::ConnectionClosedBy, "closed-by", "Connection", QT_TRANSLATE_NOOP("Connection", "closed by %1")},
    {NoteCode::CannotConnect, "cannot-connect", "Connection",
        QT_TRANSLATE_NOOP("Connection", "cannot connect to %1 (%2): %3")},
    {NoteCode::EarlyTalker, "early-talker", "Connection",
        QT_TRANSLATE_NOOP("Connection", "%1 spoke before the greeting (Postfix logs \"improper command pipelining "
                                        "after CONNECT\"); its commands are answered in order")},
    {NoteCode::TlsRecordClear, "tls-record-clear", "Connection",
        QT_TRANSLATE_NOOP("Connection", "TLS record in clear: %1, %2 octets")},
    {NoteCode::TlsRecordEncrypted, "tls-record-encrypted", "Connection",
        QT_TRANSLATE_NOOP("Connection", "encrypted TLS record: %2 octets (%1 inside)")},
    {NoteCode::TlsMessage, "tls-message", nullptr, "TLS %1"},
    {NoteCode::TlsCertificate, "tls-certificate", "Connection",
        QT_TRANSLATE_NOOP("Connection", "TLS %1: %3, issued by %4")},
    {NoteCode::TlsEstablished, "tls-established", "Connection",
        QT_TRANSLATE_NOOP("Connection", "encrypted from here (%1, %2); the certificate of %3, issued by %4, verified")},
    {NoteCode::TlsEstablishedUnverified, "tls-established-unverified", "Connection",
        QT_TRANSLATE_NOOP("Connection", "encrypted from here (%1, %2); the certificate of %3, issued by %4, "
                                        "NOT verified: %5")},
    {NoteCode::TlsEstablishedServer, "tls-established-server", "Connection",
        QT_TRANSLATE_NOOP("Connection", "encrypted from here (%1, %2); %3 presented the certificate of %4")},
    {NoteCode::TlsFailed, "tls-failed", "Connection", QT_TRANSLATE_NOOP("Connection", "TLS failed: %1")},
    {NoteCode::ManInTheMiddle, "man-in-the-middle", "Connection",
        QT_TRANSLATE_NOOP("Connection", "%1, in the middle, changed what %2 said before %3 read it: STARTTLS became "
                                        "XXXXXXXA, so %3 does not see that TLS is offered")},
    {NoteCode::TapEncrypted, "tap-encrypted", "Connection",
        QT_TRANSLATE_NOOP("Connection", "encrypted from here: %1 and %2 agreed on STARTTLS, and the tap in the "
                                        "middle holds no key, so it passes their TLS records on as they are and "
                                        "cannot show the commands and replies inside them")},
    {NoteCode::TapEncryptedFromStart, "tap-encrypted-from-start", "Connection",
        QT_TRANSLATE_NOOP("Connection", "encrypted from the first octet (port %3 is a secure port): the tap in the "
                                        "middle holds no key, so it passes the TLS records of %1 and %2 on as they "
                                        "are and cannot show the commands and replies inside them")},
    {NoteCode::FaultAnswers, "fault-answers", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "fault: %1 answers %2 with \"%3\"")},
    {NoteCode::FaultCutsMidMessage, "fault-cuts-mid-message", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "fault: %1 cuts the connection in the middle of the message")},
    {NoteCode::FaultCutsAt, "fault-cuts-at", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "fault: %1 cuts the connection at %2")},
    {NoteCode::AlreadyHeld, "already-held", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 already holds this message: it was stored before, but its 250 may "
                                        "never have reached the client. Accepted again, not stored twice "
                                        "(RFC 5321 section 6.1)")},
    {NoteCode::StoredInMailbox, "stored-in-mailbox", "MailServer",
        QT_TRANSLATE_N_NOOP("MailServer", "stored in the mailbox of %1 (%n message(s))"), true},
    {NoteCode::Queued, "queued", "MailServer", QT_TRANSLATE_NOOP("MailServer", "%1 queued for %2 (%3 in the queue)")},
    {NoteCode::CannotStore, "cannot-store", "MailServer", QT_TRANSLATE_NOOP("MailServer", "%1 cannot store the message: %2")},
    {NoteCode::NoMxRecord, "no-mx-record", "MailServer", QT_TRANSLATE_NOOP("MailServer", "MX %1? no MX record; trying %1 itself")},
    {NoteCode::MxAnswer, "mx-answer", nullptr, "MX %1? %2 %3 (%4)"},
    {NoteCode::ReencodedToSevenBit, "reencoded-7bit", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)")},
    {NoteCode::ReencodedAfterHelo, "reencoded-7bit-helo", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 was greeted with HELO, which gets no extensions (no 8BITMIME): "
                                        "the message was re-encoded to 7-bit (quoted-printable)")},
    {NoteCode::RefusedForGood, "refused-for-good", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 refused for good: %2; bouncing to the sender")},
    {NoteCode::ReplyAfterCommand, "reply-after", "MailServer", QT_TRANSLATE_NOOP("MailServer", "%1 (after %2)")},
    {NoteCode::UnrouteableReason, "unrouteable-reason", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "unrouteable address: no mail host for %1 (5.1.2)")},
    {NoteCode::DeliveredAndRemoved, "delivered-removed", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 delivered to %2; removed from the queue")},
    {NoteCode::DeferredGivingUp, "deferred-giving-up", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 deferred %2 times (%3); giving up and bouncing")},
    {NoteCode::Deferred, "deferred", "MailServer", QT_TRANSLATE_NOOP("MailServer", "%1 deferred (%2); attempt %3 of %4 in %5 s")},
    {NoteCode::BounceDropped, "bounce-dropped", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1: a bounce could not be delivered; dropped, as RFC 5321 §4.5.5 says")},
    {NoteCode::BounceSent, "bounce-sent", "MailServer", QT_TRANSLATE_NOOP("MailServer", "bounce to %1 for %2")},
    {NoteCode::ClientReencodedToSevenBit, "client-reencoded-7bit", "MailClient",
        QT_TRANSLATE_NOOP("MailClient", "%1 does not offer 8BITMIME: the message was re-encoded to 7-bit (quoted-printable)")},
    {NoteCode::ClientReencodedAfterHelo, "client-reencoded-7bit-helo", "MailClient",
        QT_TRANSLATE_NOOP("MailClient", "%1 was greeted with HELO, which gets no extensions (no 8BITMIME): "
                                        "the message was re-encoded to 7-bit (quoted-printable)")},
    {NoteCode::PredictionAsked, "prediction-asked", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Predict: what will %1 answer to \"%2\"? Choices: %3")},
    {NoteCode::PredictionUnanswered, "prediction-unanswered", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Prediction %1: no answer — the server answered %2 (%3 of %4 right so far)")},
    {NoteCode::PredictionRight, "prediction-right", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Prediction %1: %2 — right (%3 of %4 so far)")},
    {NoteCode::PredictionWrong, "prediction-wrong", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Prediction %1: %2 — the server answered %3 (%4 of %5 right so far)")},
    {NoteCode::Joined, "joined", nullptr, ""},
    {NoteCode::Concat, "concat", nullptr, ""},
    {NoteCode::Caption, "caption", nullptr, "%1"},
    {NoteCode::ExerciseCaption, "exercise", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "Exercise: %1")},
    {NoteCode::Hint, "hint", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "Hint %1 of %2: %3")},
    {NoteCode::ExerciseDone, "exercise-done", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "Exercise done (%1): %2")},
    {NoteCode::ExerciseNotDone, "exercise-not-done", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "Exercise not done (%1): %2")},
    {NoteCode::StudentPassed, "student-passed", "ClassGrader",
        QT_TRANSLATE_NOOP("ClassGrader", "%1 passed check %2 of exercise %3: %4")},
    {NoteCode::StudentReplySeen, "student-reply-seen", "ClassGrader",
        QT_TRANSLATE_NOOP("ClassGrader", "a reply %1 in one of the student's sessions")},
    {NoteCode::ClassPredictions, "class-predictions", "ClassGrader",
        QT_TRANSLATE_NOOP("ClassGrader", "Prediction %1 over the class (the reply was %2): %3 of %4 students answered, %5 right")},
    {NoteCode::DoneWithSolution, "done-with-solution", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "done with the solution shown")},
    {NoteCode::DoneByStudent, "done-by-student", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "done by the student")},
    {NoteCode::SolutionMissedGoal, "solution-missed-goal", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the solution did not reach the goal")},
    {NoteCode::NobodyToType, "nobody-to-type", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "nobody to type it and no solution to play")},
    {NoteCode::Skipped, "skipped", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "skipped")},
    {NoteCode::FaultWillCut, "fault-will-cut", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 will cut the connection at %2")},
    {NoteCode::FaultWillCutFor, "fault-will-cut-for", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 will cut the connection at %2 for %3")},
    {NoteCode::FaultWillAnswer, "fault-will-answer", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 will answer %2 with \"%3\"")},
    {NoteCode::FaultWillAnswerFor, "fault-will-answer-for", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 will answer %2 for %3 with \"%4\"")},
    {NoteCode::ForSeconds, "for-seconds", "ScenarioRunner", QT_TRANSLATE_N_NOOP("ScenarioRunner", " for %n second(s)"), true},
    {NoteCode::FaultMended, "fault-mended", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 answers %2 normally again")},
    {NoteCode::SlowLink, "slow-link", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the link of %1 is slow: each line it writes arrives %2 ms late")},
    {NoteCode::FastLink, "fast-link", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the link of %1 is fast again")},
    {NoteCode::Passed, "passed", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "OK")},
    {NoteCode::Failed, "failed", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "FAILED")},
    {NoteCode::StepTimeout, "step-timeout", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the step ends within %1 s")},
    {NoteCode::StillBusy, "still-busy", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "still busy; the run stops here")},
    {NoteCode::ScriptGoesAsWritten, "script-as-written", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the scripted %1 session with %2 goes as written")},
    {NoteCode::SolutionGoesAsWritten, "solution-as-written", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the exercise's solution (%1 with %2) goes as written")},
    {NoteCode::HostListensAgain, "host-listens-again", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "%1 listens again")},
    {NoteCode::ExerciseIsDone, "exercise-is-done", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the exercise is done")},
    {NoteCode::HasHeader, "has-header", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 has a message whose %2 header contains \"%3\"")},
    {NoteCode::NoHeader, "no-header", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "no message has a %1 header")},
    {NoteCode::HeadersFound, "headers-found", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "%1 headers found: %2")},
    {NoteCode::HoldsMessages, "holds-messages", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "%1 holds %2 message(s)")},
    {NoteCode::ItHolds, "it-holds", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "it holds %1")},
    {NoteCode::HasSubject, "has-subject", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 has a message with subject \"%2\"")},
    {NoteCode::NoMessages, "no-messages", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "it has no messages")},
    {NoteCode::SubjectsFound, "subjects-found", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "subjects found: %1")},
    {NoteCode::HasAttachment, "has-attachment", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 has a message with the attachment \"%2\"")},
    {NoteCode::NoAttachments, "no-attachments", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "no attachments found")},
    {NoteCode::AttachmentsFound, "attachments-found", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "attachments found: %1")},
    {NoteCode::MailboxOf, "mailbox-of", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the mailbox of %1")},
    {NoteCode::InboxOf, "inbox-of", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the inbox of %1's mail client")},
    {NoteCode::QueueOf, "queue-of", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the queue of %1")},
    {NoteCode::ReplySeen, "reply-seen", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "a reply %1 was seen in the last action")},
    {NoteCode::NoRepliesYet, "no-replies-yet", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "no replies yet")},
    {NoteCode::RepliesSeen, "replies-seen", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "replies seen: %1")},
    {NoteCode::ScriptExpected, "script-expected", "ScriptSession",
        QT_TRANSLATE_NOOP("ScriptSession", "expected the server to say \"%1\", but it said \"%2\"")},
    {NoteCode::ScriptServerClosed, "script-server-closed", "ScriptSession",
        QT_TRANSLATE_NOOP("ScriptSession", "the server closed the connection before the script ended")},
    {NoteCode::ScriptNoAnswer, "script-no-answer", "ScriptSession",
        QT_TRANSLATE_NOOP("ScriptSession", "the server did not answer in time")},
    {NoteCode::PredictionOf, "prediction-of", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the question about %1's reply to %2 (%3)")},
    {NoteCode::PredictionNeverAsked, "prediction-never-asked", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "never asked: no such reply came during the run")},
    {NoteCode::Unrouteable, "unrouteable", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "MX %1? no MX record and no host %1: unrouteable (RFC 5321 §5.1)")},
    {NoteCode::HasBody, "has-body", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 has a message whose text contains \"%2\"")},
    {NoteCode::NoBodyHasIt, "no-body-has-it", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "no message's text contains it")},
    {NoteCode::ConnectionRefused, "connection-refused", "Connection", QT_TRANSLATE_NOOP("Connection", "Connection refused")},
    {NoteCode::LeftOnServer, "left-on-server", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 has a message whose attachment \"%2\" stayed on the server")},
    {NoteCode::LeftFound, "left-found", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "attachments left on the server: %1")},
    {NoteCode::NoneLeft, "none-left", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "no attachment was left on the server")},
    {NoteCode::FolderOf, "folder-of", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the folder %2 of %1")},
    {NoteCode::FolderExists, "folder-exists", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "%1 exists")},
    {NoteCode::NoSuchFolder, "no-such-folder", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "there is no folder %1")},
    {NoteCode::WithFlag, "with-flag", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 (only the messages flagged %2)")},
    {NoteCode::WithoutFlag, "without-flag", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 (only the messages not flagged %2)")},
    {NoteCode::ImapStepFindsMessage, "imap-step-finds-message", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 finds the message \"%2\" in %3")},
    {NoteCode::NoMessageWithSubject, "no-message-with-subject", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "no message in %1 has that subject")},
    {NoteCode::WireBetween, "wire-between", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the wire between %1 and %2")},
    {NoteCode::WireShowsText, "wire-shows-text", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "on %1 anyone reads \"%2\"")},
    {NoteCode::WireHidesText, "wire-hides-text", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "on %1 nobody reads \"%2\"")},
    {NoteCode::WireTextSeen, "wire-text-seen", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "it crossed in clear (%1 octets crossed)")},
    {NoteCode::WireTextNotSeen, "wire-text-not-seen", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "it is not there (%1 octets crossed)")},
    {NoteCode::TlsIsUsed, "tls-is-used", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 is encrypted (TLS)")},
    {NoteCode::TlsIsRefused, "tls-is-refused", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "TLS on %1 is refused \"%2\"")},
    {NoteCode::TlsSessions, "tls-sessions", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "TLS sessions: %1")},
    {NoteCode::NoTlsSession, "no-tls-session", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "no TLS session")},
    {NoteCode::SearchHitsOf, "search-hits-of", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "what %1's last search found")},
    {NoteCode::SearchRan, "search-ran", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "%1 has searched")},
    {NoteCode::NoSearchYet, "no-search-yet", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "it has not searched yet")},
    {NoteCode::BrowseFailed, "browse-failed", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1's browser did not get the page it asked for: %2")},
    {NoteCode::BrowserPageOf, "browser-page-of", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the page %2 in %1's browser")},
    {NoteCode::PageContains, "page-contains", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 contains \"%2\"")},
    {NoteCode::PageLacks, "page-lacks", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 does not contain \"%2\"")},
    {NoteCode::TextIsThere, "text-is-there", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "the text is there")},
    {NoteCode::TextIsNotThere, "text-is-not-there", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the text is not there")},
    {NoteCode::NoPageYet, "no-page-yet", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "the browser has not opened a page yet")},
    {NoteCode::PageStatus, "page-status", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 answered with status %2")},
    {NoteCode::StatusWas, "status-was", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "it answered %1")},
    {NoteCode::ViaRelayHost, "via-relayhost", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 goes to the relayhost %2, without asking the DNS for an MX")},
    {NoteCode::LoopsBackToMyself, "loops-back-to-myself", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1: the MX of %2 is this server itself, but %2 is not in its "
                                        "mydestination (Postfix: \"mail for %2 loops back to myself\")")},
    {NoteCode::LoopbackOnlyRefused, "loopback-only-refused", "World",
        QT_TRANSLATE_NOOP("World", "%1 listens on loopback only (inet_interfaces = loopback-only): the "
                                   "connection from %2 is refused")},
    {NoteCode::ServerReconfigured, "server-reconfigured", "World", QT_TRANSLATE_NOOP("World", "%1 reconfigured: %2")},
    {NoteCode::ListensOnPort, "listens-on-port", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 listens on port %2")},
    {NoteCode::DoesNotListenOnPort, "does-not-listen-on-port", "ScenarioRunner",
        QT_TRANSLATE_NOOP("ScenarioRunner", "%1 does not listen on port %2")},
    {NoteCode::ListensOn, "listens-on", "ScenarioRunner", QT_TRANSLATE_NOOP("ScenarioRunner", "it listens on: %1")},
    {NoteCode::AddressQualified, "address-qualified", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 completes the address %2, which has no domain, as %3: Postfix adds "
                                        "@$myorigin to it (append_at_myorigin; myorigin = %4)")},
    {NoteCode::ErrorTransportRefuses, "error-transport-refuses", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 is configured as Local only (default_transport = error): mail for "
                                        "%2 cannot leave the machine, so Postfix refuses the recipient at once")},
    {NoteCode::ErrorTransportBounces, "error-transport-bounces", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1: %2 is configured as Local only (default_transport = error): mail "
                                        "for %3 is not delivered but returned to the sender")},
};
// clang-format on

const Row *rowOf(NoteCode code)
{
    for (const Row &row : rows) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

} // namespace

namespace Notes {

namespace {

// A phrase inside a phrase goes no deeper than this: a file cannot make
// showing a note recurse without end.
constexpr int maximumDepth = 8;
const QLatin1String phraseKey("phrase");
const QLatin1String localizedKey("localized");

QString readerLanguage;
// Bumped when the reader's language changes: every thread's patterns are
// then translated again.
std::atomic<int> languageGeneration{0};

QString textAt(NoteCode code, const QStringList &arguments, int depth);

// In the languages Carteiro has catalogues for (and English, the source), a
// count's form is one of three: 0, 1, or any other number (Galician, Spanish
// and English say "1 message", "0 messages" and "2 messages"; French says
// "0 message"). A pattern translated for 2 then holds for every count from 2.
bool pluralFormsKnown()
{
    return readerLanguage.isEmpty() || readerLanguage == QLatin1String("gl")
        || readerLanguage == QLatin1String("es") || readerLanguage == QLatin1String("en");
}

// The translated pattern of a row: translate() looks the sentence up in every
// catalogue installed, which a class server would do for the delivery note of
// every message. Kept per thread, for the reader's language; a plural's
// pattern keeps its "%n" (a count that cannot be in a sentence stands for it
// while translating).
QString translatedPattern(const Row &row, int count)
{
    struct Cache {
        int generation = -1;
        QHash<quint64, QString> patterns;
    };
    static thread_local Cache cache;
    const int generation = languageGeneration.load(std::memory_order_acquire);
    if (cache.generation != generation) {
        cache.patterns.clear();
        cache.generation = generation;
    }
    const int form = !row.plural ? -1 : count >= 0 && count <= 1 ? count : pluralFormsKnown() ? 2 : -2;
    if (form == -2) // another language's forms: asked each time
        return QCoreApplication::translate(row.context, row.source, nullptr, count);
    const quint64 key = (quint64(quint32(row.code)) << 8) | quint64(form + 1);
    const auto found = cache.patterns.constFind(key);
    if (found != cache.patterns.cend())
        return form == 2 ? QString(*found).replace(QLatin1String("%n"), QString::number(count)) : *found;
    QString pattern;
    if (form == 2) {
        const QString standIn = QString::number(1000000007);
        pattern = QCoreApplication::translate(row.context, row.source, nullptr, 1000000007);
        if (!pattern.contains(standIn)) // written otherwise (%Ln): not kept
            return QCoreApplication::translate(row.context, row.source, nullptr, count);
        pattern.replace(standIn, QLatin1String("%n"));
    } else {
        pattern = QCoreApplication::translate(row.context, row.source, nullptr, row.plural ? count : -1);
    }
    cache.patterns.insert(key, pattern);
    return form == 2 ? pattern.replace(QLatin1String("%n"), QString::number(count)) : pattern;
}

QString expandAt(const QString &argument, int depth)
{
    if (!argument.startsWith(QLatin1Char('{')) || depth > maximumDepth)
        return argument;
    const QJsonDocument document = QJsonDocument::fromJson(argument.toUtf8());
    const QJsonObject object = document.object();
    if (object.contains(phraseKey)) {
        const QJsonArray parts = object.value(phraseKey).toArray();
        QStringList arguments;
        for (qsizetype i = 1; i < parts.size(); ++i)
            arguments.append(parts.at(i).toString());
        return textAt(fromName(parts.at(0).toString()), arguments, depth);
    }
    if (object.contains(localizedKey)) {
        const QJsonArray parts = object.value(localizedKey).toArray();
        const QJsonObject object = parts.at(1).toObject();
        LocalizedText texts;
        for (auto it = object.begin(); it != object.end(); ++it)
            texts.insert(it.key(), it.value().toString());
        return Scenario::pick(texts, readerLanguage.isEmpty() ? parts.at(0).toString() : readerLanguage);
    }
    return argument;
}

} // namespace

QString phrase(NoteCode code, const QStringList &arguments)
{
    QJsonArray parts{name(code)};
    for (const QString &argument : arguments)
        parts.append(argument);
    return QString::fromUtf8(QJsonDocument(QJsonObject{{phraseKey, parts}}).toJson(QJsonDocument::Compact));
}

QString localized(const QMap<QString, QString> &texts, const QString &recordedIn)
{
    QJsonObject object;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject{{localizedKey, QJsonArray{recordedIn, object}}})
                                 .toJson(QJsonDocument::Compact));
}

QString expand(const QString &argument)
{
    return expandAt(argument, 0);
}

void setLanguage(const QString &code)
{
    readerLanguage = code;
    languageGeneration.fetch_add(1, std::memory_order_release);
}

QString language()
{
    return readerLanguage;
}

QString fill(const QString &pattern, const QStringList &arguments)
{
    QString out;
    out.reserve(pattern.size() + 16 * arguments.size());
    qsizetype copied = 0; // pattern[copied, i) is still to be copied
    for (qsizetype i = pattern.indexOf(QLatin1Char('%')); i >= 0 && i + 1 < pattern.size();
         i = pattern.indexOf(QLatin1Char('%'), i + 1)) {
        if (!pattern.at(i + 1).isDigit() || pattern.at(i + 1) == QLatin1Char('0'))
            continue;
        int n = pattern.at(i + 1).digitValue();
        qsizetype end = i + 2;
        if (end < pattern.size() && pattern.at(end).isDigit()) {
            n = n * 10 + pattern.at(end).digitValue();
            ++end;
        }
        if (n > arguments.size())
            continue;
        out += QStringView(pattern).sliced(copied, i - copied);
        out += arguments.at(n - 1);
        copied = end;
        i = end - 1;
    }
    out += QStringView(pattern).sliced(copied);
    return out;
}

QString text(NoteCode code, const QStringList &arguments)
{
    return textAt(code, arguments, 0);
}

namespace {

QString textAt(NoteCode code, const QStringList &given, int depth)
{
    const Row *row = rowOf(code);
    QStringList arguments;
    arguments.reserve(given.size());
    for (const QString &argument : given)
        arguments.append(expandAt(argument, depth + 1));
    if (code == NoteCode::Joined)
        return arguments.join(QStringLiteral("; "));
    if (code == NoteCode::Concat)
        return arguments.join(QString());
    if (!row)
        return arguments.join(QLatin1Char(' '));
    if (row->plural && !arguments.isEmpty())
        return fill(translatedPattern(*row, arguments.first().toInt()), arguments.mid(1));
    const QString pattern = row->context ? translatedPattern(*row, -1) : QString::fromUtf8(row->source);
    return fill(pattern, arguments);
}

} // namespace

QString name(NoteCode code)
{
    const Row *row = rowOf(code);
    return row ? QString::fromLatin1(row->name) : QString();
}

NoteCode fromName(const QString &name)
{
    for (const Row &row : rows) {
        if (name == QLatin1String(row.name))
            return row.code;
    }
    return NoteCode::None;
}

} // namespace Notes
