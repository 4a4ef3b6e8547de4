// SPDX-License-Identifier: GPL-3.0-or-later
// The one event-to-JSON encoder (EventJson): the exact form reads back octet
// for octet, the display form (--json) is printable and masks passwords when
// asked, and the decoder names the words it does not know.
#include "testevents.h"
#include "transcript/eventjson.h"
#include "transcript/transcriptformatter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QTest>

namespace {

using TestEvents::lineEvent;

// EventJson::Fields over a plain JSON object, without the world file's
// checks: the first problem decode() reports is kept as "key: found".
class ObjectFields final : public EventJson::Fields
{
public:
    explicit ObjectFields(const QJsonObject &object)
        : m_object(object)
    {
    }
    QString problem;

    qint64 integer(const QString &key, qint64 minimum, qint64 maximum, Presence) override
    {
        const qint64 n = m_object.value(key).toInteger();
        if (n < minimum || n > maximum)
            note(key, QStringLiteral("out of range"));
        return n;
    }
    QString text(const QString &key, qsizetype, Presence) override { return m_object.value(key).toString(); }
    bool has(const QString &key) override { return m_object.contains(key); }
    bool flag(const QString &key) override { return m_object.value(key).toBool(); }
    QByteArray octets(const QString &key) override
    {
        const QJsonValue v = m_object.value(key);
        if (v.isObject())
            return QByteArray::fromBase64(
                v.toObject().value(QLatin1String(EventJson::base64Key)).toString().toLatin1());
        return v.toString().toUtf8();
    }
    QStringList texts(const QString &key, qsizetype, qsizetype) override
    {
        QStringList words;
        for (const QJsonValue &v : m_object.value(key).toArray())
            words.append(v.toString());
        return words;
    }
    void reject(const QString &key, Problem, const QString &found, qint64) override { note(key, found); }

private:
    void note(const QString &key, const QString &what)
    {
        if (problem.isEmpty())
            problem = key + QStringLiteral(": ") + what;
    }
    QJsonObject m_object;
};

} // namespace

class TestEventJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactFormReadsBack();
    void verdictWithoutOutcome();
    void resetCloseReadsBackAndOldClosesAreFins();
    void codedNoteKeepsItsCodeAndWords();
    void displayFormIsPrintable();
    void unknownWordsAreRejected();
};

void TestEventJson::exactFormReadsBack()
{
    // Octets that are not UTF-8 (a peer's Latin-1, a NUL, an escape) and
    // every field away from its default survive the exact form.
    TranscriptEvent e = lineEvent(QByteArray("HELO m\xe1quina\0\x1b[2J", 16), true);
    e.sequence = 7;
    e.timeMs = 1234;
    e.phase = Phase::Opening;
    e.code = "\xff";
    e.note = QStringLiteral("nota \u202e");
    const QJsonObject object = EventJson::encode(e);
    QCOMPARE(object.value(QStringLiteral("raw")).toObject().size(), 1);
    QVERIFY(!object.contains(QStringLiteral("line")));
    ObjectFields fields(object);
    EventJson::Limits limits;
    limits.sequence = 7;
    const TranscriptEvent back = EventJson::decode(fields, limits);
    QVERIFY2(fields.problem.isEmpty(), qPrintable(fields.problem));
    QCOMPARE(back.sequence, e.sequence);
    QCOMPARE(back.timeMs, e.timeMs);
    QCOMPARE(back.connectionId, e.connectionId);
    QCOMPARE(back.kind, e.kind);
    QCOMPARE(back.protocol, e.protocol);
    QCOMPARE(back.direction, e.direction);
    QCOMPARE(back.phase, e.phase);
    QCOMPARE(back.sensitive, e.sensitive);
    QCOMPARE(back.from, e.from);
    QCOMPARE(back.to, e.to);
    QCOMPARE(back.raw, e.raw);
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.note, e.note);
}

void TestEventJson::verdictWithoutOutcome()
{
    TranscriptEvent verdict;
    verdict.kind = TranscriptEvent::Kind::Expectation;
    verdict.outcome = TranscriptEvent::Outcome::Failed;
    verdict.note = QStringLiteral("OK but failed all the same");
    ObjectFields fields(EventJson::encode(verdict));
    QCOMPARE(EventJson::decode(fields).outcome, TranscriptEvent::Outcome::Failed);
    // Without "outcome" (older world files): the note's first word decides.
    QJsonObject older = EventJson::encode(verdict);
    older.remove(QStringLiteral("outcome"));
    ObjectFields olderFields(older);
    QCOMPARE(EventJson::decode(olderFields).outcome, TranscriptEvent::Outcome::Passed);
    older.insert(QStringLiteral("note"), QStringLiteral("FALLOU a caixa"));
    ObjectFields failedFields(older);
    QCOMPARE(EventJson::decode(failedFields).outcome, TranscriptEvent::Outcome::Failed);
}

void TestEventJson::resetCloseReadsBackAndOldClosesAreFins()
{
    TranscriptEvent close;
    close.kind = TranscriptEvent::Kind::ConnectionClosed;
    close.connectionId = 3;
    close.from = QStringLiteral("servidor.edu");
    close.noteCode = NoteCode::ConnectionClosedBy;
    close.noteArguments = {close.from};
    // An orderly close (FIN) writes no "reset" at all: files stay as they were.
    QVERIFY(!EventJson::encode(close).contains(QStringLiteral("reset")));
    QVERIFY(!EventJson::encode(close, EventJson::Form::Display).contains(QStringLiteral("reset")));
    close.reset = true;
    const QJsonObject object = EventJson::encode(close);
    QCOMPARE(object.value(QStringLiteral("reset")), QJsonValue(true));
    QCOMPARE(EventJson::encode(close, EventJson::Form::Display).value(QStringLiteral("reset")),
             QJsonValue(true));
    ObjectFields fields(object);
    const TranscriptEvent back = EventJson::decode(fields);
    QVERIFY2(fields.problem.isEmpty(), qPrintable(fields.problem));
    QVERIFY(back.reset);
    QCOMPARE(back.from, close.from);
    // A file saved before the field existed: the close reads as a FIN.
    QJsonObject older = object;
    older.remove(QStringLiteral("reset"));
    ObjectFields olderFields(older);
    QVERIFY(!EventJson::decode(olderFields).reset);
}

void TestEventJson::codedNoteKeepsItsCodeAndWords()
{
    TranscriptEvent e;
    e.kind = TranscriptEvent::Kind::Queue;
    e.from = QStringLiteral("cliente.fr");
    e.noteCode = NoteCode::Queued;
    e.noteArguments = {QStringLiteral("Q1"), QStringLiteral("servidor.edu"), QStringLiteral("1")};
    const QJsonObject object = EventJson::encode(e);
    QCOMPARE(object.value(QStringLiteral("noteCode")).toString(), Notes::name(NoteCode::Queued));
    QCOMPARE(object.value(QStringLiteral("noteArgs")).toArray().size(), 3);
    // The text too, for a reader that does not know the code.
    QCOMPARE(object.value(QStringLiteral("note")).toString(), e.noteText());
    ObjectFields fields(object);
    const TranscriptEvent back = EventJson::decode(fields);
    QCOMPARE(back.noteCode, NoteCode::Queued);
    QCOMPARE(back.noteArguments, e.noteArguments);
    QVERIFY(back.note.isEmpty());
    // A code this version does not know: the saved text stays.
    QJsonObject unknown = object;
    unknown.insert(QStringLiteral("noteCode"), QStringLiteral("teleported"));
    ObjectFields unknownFields(unknown);
    const TranscriptEvent kept = EventJson::decode(unknownFields);
    QCOMPARE(kept.noteCode, NoteCode::None);
    QCOMPARE(kept.note, e.noteText());
    // The display form makes the words printable.
    e.noteArguments[1] = QStringLiteral("servidor\x1b[2J.edu");
    const QJsonObject shown = EventJson::encode(e, EventJson::Form::Display);
    QCOMPARE(shown.value(QStringLiteral("noteArgs")).toArray().at(1).toString(),
             QStringLiteral("servidor\\x1b[2J.edu"));
}

void TestEventJson::displayFormIsPrintable()
{
    const TranscriptEvent e = lineEvent("PASS \x1b[2Jclave", true);
    const QJsonObject masked = EventJson::encode(e, EventJson::Form::Display, EventJson::Passwords::Masked);
    QCOMPARE(masked.value(QStringLiteral("line")).toString(), QStringLiteral("PASS ****"));
    QVERIFY(!masked.contains(QStringLiteral("raw")));
    const QJsonObject shown = EventJson::encode(e, EventJson::Form::Display);
    QCOMPARE(shown.value(QStringLiteral("line")).toString(), QStringLiteral("PASS \\x1b[2Jclave"));
    // --json is this form.
    QCOMPARE(EventJson::encodeLine(e, EventJson::Form::Display), TranscriptFormatter::jsonLine(e));
    TranscriptFormatter::Options hidden;
    hidden.hidePasswords = true;
    QCOMPARE(EventJson::encodeLine(e, EventJson::Form::Display, EventJson::Passwords::Masked),
             TranscriptFormatter::jsonLine(e, hidden));
    // A caption: "from" is there, empty, for scripts; not in the exact form.
    TranscriptEvent caption;
    caption.kind = TranscriptEvent::Kind::Caption;
    caption.note = QStringLiteral("1. Ana writes");
    QCOMPARE(EventJson::encodeLine(caption, EventJson::Form::Display),
             QByteArray(R"({"from":"","kind":"caption","ms":0,"note":"1. Ana writes","seq":0})"));
    QCOMPARE(EventJson::encodeLine(caption),
             QByteArray(R"({"kind":"caption","ms":0,"note":"1. Ana writes","seq":0})"));
}

void TestEventJson::unknownWordsAreRejected()
{
    QJsonObject object = EventJson::encode(lineEvent("QUIT"));
    object.insert(QStringLiteral("protocol"), QStringLiteral("GOPHER"));
    ObjectFields fields(object);
    EventJson::decode(fields);
    QCOMPARE(fields.problem, QStringLiteral("protocol: GOPHER"));

    object = EventJson::encode(lineEvent("QUIT"));
    object.insert(QStringLiteral("seq"), 3);
    ObjectFields outOfOrder(object);
    EventJson::Limits limits;
    limits.sequence = 2;
    EventJson::decode(outOfOrder, limits);
    QCOMPARE(outOfOrder.problem, QStringLiteral("seq: 3"));
}

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_eventjson.moc"
