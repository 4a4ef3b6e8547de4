// SPDX-License-Identifier: GPL-3.0-or-later
// worldfiletranscript.cpp — reading a saved world's transcript.
//
// The "transcript" section: every event, in order, decoded by the one event
// decoder (EventJson, core/transcript) through the checked reader, so an event
// in a world file is the same JSON as everywhere else and its problems are
// named like the rest of the file's ("transcript[3].seq: expected 3, found 7
// (events must be in order)"). The events' highest connection id and latest
// time are kept: the loaded world's connection ids and clock go on from them.
#include "worldfilesections.h"

#include "transcript/eventjson.h"
#include "worldfile.h"

#include <QJsonArray>

namespace WorldFileSections {

namespace {

using Reader = CheckedJsonReader;

// One event's members, read with the file's checks under its path.
class EventFields final : public EventJson::Fields
{
public:
    EventFields(Reader &reader, const QJsonObject &object, const QString &path)
        : m_r(reader)
        , m_object(object)
        , m_path(path)
    {
    }

    qint64 integer(const QString &key, qint64 minimum, qint64 maximum, Presence presence) override
    {
        return m_r.integer(m_object, m_path, key, minimum, maximum, presence == Presence::Optional, 0);
    }
    QString text(const QString &key, qsizetype maximumLength, Presence presence) override
    {
        return m_r.string(m_object, m_path, key, presence == Presence::Optional, maximumLength);
    }
    bool has(const QString &key) override { return m_object.contains(key); }
    bool flag(const QString &key) override { return m_r.boolean(m_object, m_path, key); }
    QByteArray octets(const QString &key) override { return m_r.octets(m_object, m_path, key, true); }
    QStringList texts(const QString &key, qsizetype maximumCount, qsizetype maximumLength) override
    {
        const QJsonArray items = m_r.array(m_object, m_path, key, maximumCount, true);
        QStringList words;
        for (const QJsonValue &item : items) {
            if (!item.isString() || item.toString().size() > maximumLength) {
                m_r.fail(Reader::at(m_path, key), WorldFile::tr("expected a list of strings"));
                break;
            }
            words.append(item.toString());
        }
        return words;
    }

    void reject(const QString &key, Problem problem, const QString &found, qint64 expected) override
    {
        m_r.fail(Reader::at(m_path, key), message(problem, found, expected));
    }

private:
    static QString message(Problem problem, const QString &found, qint64 expected)
    {
        switch (problem) {
        case Problem::OutOfOrder:
            return WorldFile::tr("expected %1, found %2 (events must be in order)").arg(expected).arg(found);
        case Problem::UnknownKind: return WorldFile::tr("unknown kind \"%1\"").arg(found.left(32));
        case Problem::UnknownProtocol: return WorldFile::tr("unknown protocol \"%1\"").arg(found);
        case Problem::UnknownDirection:
            return WorldFile::tr("expected \"C\" or \"S\", found \"%1\"").arg(found);
        case Problem::UnknownPhase: return WorldFile::tr("unknown phase \"%1\"").arg(found);
        case Problem::UnknownOutcome:
            return WorldFile::tr("expected \"passed\" or \"failed\", found \"%1\"").arg(found);
        case Problem::UnknownRole: return WorldFile::tr("unknown line role \"%1\"").arg(found);
        }
        return found;
    }

    Reader &m_r;
    const QJsonObject &m_object;
    const QString &m_path;
};

} // namespace

TranscriptState readTranscript(CheckedJsonReader &r, const QJsonObject &root)
{
    TranscriptState state;
    const QJsonArray transcript = r.array(root, QString(), QStringLiteral("transcript"),
                                          WorldFile::MaximumEvents);
    if (!r.failed())
        state.events.reserve(transcript.size());
    EventJson::Limits limits;
    limits.maximumSequence = WorldFile::MaximumEvents;
    limits.maximumMs = maximumMs;
    for (qsizetype i = 0; i < transcript.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("transcript"), i);
        const QJsonObject object = r.element(transcript, i, path);
        EventFields fields(r, object, path);
        limits.sequence = i;
        TranscriptEvent e = EventJson::decode(fields, limits);
        state.highestConnection = qMax(state.highestConnection, e.connectionId);
        state.lastMs = qMax(state.lastMs, e.timeMs);
        state.events.append(std::move(e));
    }
    return state;
}

} // namespace WorldFileSections
