// notes.cpp — the sentence of every coded note, made when it is shown.
//
// One row per NoteCode: the name that files and JSON use, and the sentence as
// the code that records the note wrote it, under that code's translation
// context ("World", "MailServer" …), so the catalogues in translations/*.ts
// keep matching. Text() translates the sentence now and puts the arguments in
// one pass, as QString::arg(a, b, …) does: an argument that happens to hold
// "%2" (a server's reply) is not filled in again.
#include "notes.h"

#include <QCoreApplication>

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
    {NoteCode::NoSuchService, "no-such-service", "World",
        QT_TRANSLATE_NOOP("World", "cannot connect to %1 (%2): no such service")},
    {NoteCode::ConnectionOpened, "connection-opened", nullptr, "TCP %1 -> %2 (%3)"},
    {NoteCode::ConnectionClosedBy, "closed-by", "Connection", QT_TRANSLATE_NOOP("Connection", "closed by %1")},
    {NoteCode::CannotConnect, "cannot-connect", "Connection",
        QT_TRANSLATE_NOOP("Connection", "cannot connect to %1 (%2): %3")},
    {NoteCode::EarlyTalker, "early-talker", "Connection",
        QT_TRANSLATE_NOOP("Connection", "%1 spoke before the greeting (Postfix logs \"improper command pipelining "
                                        "after CONNECT\"); its commands are answered in order")},
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
    {NoteCode::RefusedForGood, "refused-for-good", "MailServer",
        QT_TRANSLATE_NOOP("MailServer", "%1 refused for good: %2; bouncing to the sender")},
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
    {NoteCode::PredictionAsked, "prediction-asked", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Predict: what will %1 answer to \"%2\"? Choices: %3")},
    {NoteCode::PredictionUnanswered, "prediction-unanswered", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Prediction %1: no answer — the server answered %2 (%3 of %4 right so far)")},
    {NoteCode::PredictionRight, "prediction-right", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Prediction %1: %2 — right (%3 of %4 so far)")},
    {NoteCode::PredictionWrong, "prediction-wrong", "PredictionQuiz",
        QT_TRANSLATE_NOOP("PredictionQuiz", "Prediction %1: %2 — the server answered %3 (%4 of %5 right so far)")},
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
    const Row *row = rowOf(code);
    if (!row)
        return arguments.join(QLatin1Char(' '));
    if (row->plural && !arguments.isEmpty()) {
        const QString pattern = QCoreApplication::translate(row->context, row->source, nullptr,
                                                            arguments.first().toInt());
        return fill(pattern, arguments.mid(1));
    }
    const QString pattern = row->context ? QCoreApplication::translate(row->context, row->source)
                                         : QString::fromUtf8(row->source);
    return fill(pattern, arguments);
}

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
