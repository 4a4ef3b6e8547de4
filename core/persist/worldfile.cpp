#include "worldfile.h"

#include "mail/mailclient.h"
#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "scenario/scenarioparser.h"
#include "transcript/eventjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <limits>

namespace {

// The world keeps the text of the scenario a loaded world came from here.
constexpr const char *scenarioTextProperty = "carteiroScenarioText";

// ---- names in the file (stable, never translated) ----

QString hostKindName(World::HostKind kind)
{
    switch (kind) {
    case World::HostKind::MailClient: return QStringLiteral("client");
    case World::HostKind::MailServer: return QStringLiteral("server");
    case World::HostKind::Dns: return QStringLiteral("dns");
    case World::HostKind::Console: return QStringLiteral("console");
    case World::HostKind::Outside: break;
    }
    return QStringLiteral("outside");
}

QString modeName(Pop3Mode mode)
{
    return mode == Pop3Mode::DownloadAndKeep ? QStringLiteral("keep") : QStringLiteral("delete");
}

// ---- writing ----

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject serverObject(const MailServer *server, const ScenarioServer *config)
{
    QJsonObject o;
    o.insert(QStringLiteral("domain"), server->domain());
    if (config && !config->address.isEmpty())
        o.insert(QStringLiteral("address"), config->address);
    QJsonObject settings;
    if (config) {
        for (auto it = config->settings.cbegin(); it != config->settings.cend(); ++it)
            settings.insert(it.key(), it.value());
    }
    o.insert(QStringLiteral("settings"), settings);
    QJsonArray faults;
    for (const MailServer::Fault &f : server->faults()) {
        faults.append(QJsonObject{{QStringLiteral("command"), f.command},
                                  {QStringLiteral("target"), f.target},
                                  {QStringLiteral("reply"), f.cut ? QString() : f.reply},
                                  {QStringLiteral("cut"), f.cut}});
    }
    o.insert(QStringLiteral("faults"), faults);
    o.insert(QStringLiteral("nextUid"), qint64(server->store()->nextUid()));
    o.insert(QStringLiteral("nextQueueNumber"), server->nextQueueNumber());
    o.insert(QStringLiteral("delivered"), server->deliveredCount());
    QJsonArray mailboxes;
    QList<QByteArray> users = server->store()->users();
    std::sort(users.begin(), users.end());
    for (const QByteArray &user : std::as_const(users)) {
        QJsonArray messages;
        for (const MailStore::Message &m : server->store()->mailbox(user)) {
            messages.append(QJsonObject{{QStringLiteral("uid"), EventJson::octets(m.uid)},
                                        {QStringLiteral("receivedMs"), m.receivedMs},
                                        {QStringLiteral("contentBase64"), base64(m.content)}});
        }
        mailboxes.append(QJsonObject{{QStringLiteral("user"), QString::fromUtf8(user)},
                                     {QStringLiteral("messages"), messages}});
    }
    o.insert(QStringLiteral("mailboxes"), mailboxes);
    QJsonArray queue;
    for (const MailServer::QueueEntry &e : server->queue()) {
        QJsonArray recipients;
        for (const QByteArray &r : e.recipients)
            recipients.append(EventJson::octets(r));
        QJsonObject entry{{QStringLiteral("id"), e.id},
                          {QStringLiteral("sender"), EventJson::octets(e.sender)},
                          {QStringLiteral("domain"), e.domain},
                          {QStringLiteral("recipients"), recipients},
                          {QStringLiteral("contentBase64"), base64(e.content)},
                          {QStringLiteral("attempts"), e.attempts},
                          {QStringLiteral("nextAttemptMs"), e.nextAttemptMs}};
        if (!e.lastError.isEmpty())
            entry.insert(QStringLiteral("lastError"), e.lastError);
        queue.append(entry);
    }
    o.insert(QStringLiteral("queue"), queue);
    return o;
}

QJsonObject clientObject(const MailClient *client, const ScenarioClient *config)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), client->name());
    o.insert(QStringLiteral("user"), config ? config->user : QString::fromUtf8(client->address()));
    o.insert(QStringLiteral("pop3"), modeName(client->pop3Mode()));
    QList<QByteArray> known = client->knownUids().values();
    std::sort(known.begin(), known.end());
    QJsonArray uids;
    for (const QByteArray &uid : std::as_const(known))
        uids.append(EventJson::octets(uid));
    o.insert(QStringLiteral("knownUids"), uids);
    QJsonArray inbox;
    for (const MailClient::InboxMessage &m : client->inbox()) {
        inbox.append(QJsonObject{{QStringLiteral("uid"), EventJson::octets(m.uid)},
                                 {QStringLiteral("contentBase64"), base64(m.content)}});
    }
    o.insert(QStringLiteral("inbox"), inbox);
    return o;
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it in an array and take the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// ---- reading ----

// Reads JSON values, checking each; the first problem is kept with the path
// of the field ("servers[0].queue[1].attempts"), and later reads do nothing.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
    }

    static QString at(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return QStringLiteral("true/false");
        case QJsonValue::Double: return WorldFile::tr("a number");
        case QJsonValue::String: return WorldFile::tr("a string");
        case QJsonValue::Array: return WorldFile::tr("a list");
        case QJsonValue::Object: return WorldFile::tr("an object");
        case QJsonValue::Undefined: break;
        }
        return WorldFile::tr("nothing");
    }

    // A member that must be there (unless `optional`) and of the right type.
    QJsonValue member(const QJsonObject &o, const QString &path, const QString &key, QJsonValue::Type type,
                      const QString &expected, bool optional)
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        const auto it = o.constFind(key);
        if (it == o.constEnd() || (optional && it->isNull())) {
            if (!optional)
                fail(at(path, key), WorldFile::tr("missing (expected %1)").arg(expected));
            return QJsonValue(QJsonValue::Undefined);
        }
        if (it->type() != type) {
            fail(at(path, key), WorldFile::tr("expected %1, found %2").arg(expected, typeName(*it)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return *it;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool optional = false)
    {
        return member(o, path, key, QJsonValue::Object, WorldFile::tr("an object"), optional).toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, qsizetype maximum,
                     bool optional = false)
    {
        const QJsonArray a = member(o, path, key, QJsonValue::Array, WorldFile::tr("a list"), optional).toArray();
        if (a.size() > maximum) {
            fail(at(path, key), WorldFile::tr("%1 entries, more than the %2 a world file may hold").arg(a.size()).arg(maximum));
            return QJsonArray();
        }
        return a;
    }

    // The item at `index` of a list, which must be an object; `path` names the item.
    QJsonObject element(const QJsonArray &a, qsizetype index, const QString &path)
    {
        if (failed())
            return QJsonObject();
        const QJsonValue v = a.at(index);
        if (!v.isObject()) {
            fail(path, WorldFile::tr("expected %1, found %2").arg(WorldFile::tr("an object"), typeName(v)));
            return QJsonObject();
        }
        return v.toObject();
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool optional = false,
                   qsizetype maximum = 64 * 1024)
    {
        const QString s = member(o, path, key, QJsonValue::String, WorldFile::tr("a string"), optional).toString();
        if (s.size() > maximum) {
            fail(at(path, key), WorldFile::tr("longer than %1 characters").arg(maximum));
            return QString();
        }
        return s;
    }

    // A non-empty string (names, domains, addresses).
    QString name(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString s = string(o, path, key, false, 1024);
        if (!failed() && s.trimmed().isEmpty())
            fail(at(path, key), WorldFile::tr("must not be empty"));
        return s;
    }

    qint64 integer(const QJsonObject &o, const QString &path, const QString &key, qint64 minimum, qint64 maximum,
                   bool optional = false, qint64 fallback = 0)
    {
        const QJsonValue v = member(o, path, key, QJsonValue::Double, WorldFile::tr("a whole number"), optional);
        if (failed() || v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d)) {
            fail(at(path, key), WorldFile::tr("expected a whole number, found %1").arg(d));
            return fallback;
        }
        if (d < double(minimum) || d > double(maximum)) {
            fail(at(path, key), WorldFile::tr("%1 is out of range (%2 to %3)").arg(QString::number(d, 'g', 15)).arg(minimum).arg(maximum));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        return member(o, path, key, QJsonValue::Bool, QStringLiteral("true/false"), true).toBool();
    }

    QByteArray decodeBase64(const QString &text, const QString &path)
    {
        if (failed())
            return QByteArray();
        if (text.size() / 4 * 3 > MaximumMessageSizeFor()) {
            fail(path, WorldFile::tr("larger than %1 MiB").arg(MaximumMessageSizeFor() / (1024 * 1024)));
            return QByteArray();
        }
        const QByteArray::FromBase64Result r =
            QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!r || text.size() % 4 != 0) {
            fail(path, WorldFile::tr("not valid base64"));
            return QByteArray();
        }
        return r.decoded;
    }

    // Text or {"base64": "…"}, as EventJson::octets() writes them.
    QByteArray octetsValue(const QJsonValue &v, const QString &path)
    {
        if (failed())
            return QByteArray();
        if (v.isString()) {
            if (v.toString().size() > 1024 * 1024) {
                fail(path, WorldFile::tr("longer than %1 characters").arg(1024 * 1024));
                return QByteArray();
            }
            return v.toString().toUtf8();
        }
        if (v.isObject() && v.toObject().size() == 1 && v.toObject().value(QStringLiteral("base64")).isString())
            return decodeBase64(v.toObject().value(QStringLiteral("base64")).toString(), at(path, QStringLiteral("base64")));
        fail(path, WorldFile::tr("expected a string or {\"base64\": …}, found %1").arg(typeName(v)));
        return QByteArray();
    }

    QByteArray octets(const QJsonObject &o, const QString &path, const QString &key, bool optional = false)
    {
        if (failed())
            return QByteArray();
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (!optional)
                fail(at(path, key), WorldFile::tr("missing (expected a string or {\"base64\": …})"));
            return QByteArray();
        }
        return octetsValue(*it, at(path, key));
    }

    QByteArray content(const QJsonObject &o, const QString &path)
    {
        const QString text = string(o, path, QStringLiteral("contentBase64"), false,
                                    MaximumMessageSizeFor() / 3 * 4 + 8);
        return decodeBase64(text, at(path, QStringLiteral("contentBase64")));
    }

    LocalizedText localizedText(const QJsonObject &o, const QString &path, const QString &key)
    {
        LocalizedText text;
        const QJsonObject object = this->object(o, path, key, true);
        for (auto it = object.constBegin(); it != object.constEnd() && !failed(); ++it) {
            if (!it->isString())
                fail(at(at(path, key), it.key()), WorldFile::tr("expected %1, found %2").arg(WorldFile::tr("a string"), typeName(*it)));
            else
                text.insert(it.key(), it->toString());
        }
        return text;
    }

private:
    static qsizetype MaximumMessageSizeFor() { return WorldFile::MaximumMessageSize; }
    QString m_error;
};

// One event's members for the event decoder (EventJson), read with the
// file's checks under the event's path.
class EventFields final : public EventJson::Fields
{
public:
    EventFields(Reader &reader, const QJsonObject &object, const QString &path)
        : m_r(reader), m_object(object), m_path(path)
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
        case Problem::UnknownDirection: return WorldFile::tr("expected \"C\" or \"S\", found \"%1\"").arg(found);
        case Problem::UnknownPhase: return WorldFile::tr("unknown phase \"%1\"").arg(found);
        case Problem::UnknownOutcome:
            return WorldFile::tr("expected \"passed\" or \"failed\", found \"%1\"").arg(found);
        }
        return found;
    }

    Reader &m_r;
    const QJsonObject &m_object;
    const QString &m_path;
};

// "line 3, column 14" for a JSON parse error's offset.
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return WorldFile::tr("line %1, column %2").arg(line).arg(column);
}

// The newest LISTEN or DOWN note of each service: whether it was listening.
QList<QPair<QPair<QString, QString>, bool>> listeningStates(const Transcript &transcript)
{
    QList<QPair<QPair<QString, QString>, bool>> states;
    for (const TranscriptEvent &e : transcript.events()) {
        if (e.kind != TranscriptEvent::Kind::Note)
            continue;
        const bool up = e.code == World::listeningCode;
        if (!up && e.code != World::notListeningCode)
            continue;
        const QPair<QString, QString> key(e.from.toLower(), QString::fromLatin1(e.raw));
        states.removeIf([&](const auto &s) { return s.first == key; });
        states.append({key, up});
    }
    return states;
}

} // namespace

// ---- WorldFile ----

QString WorldFile::scenarioText(const World &world)
{
    const QVariant kept = world.property(scenarioTextProperty);
    if (kept.isValid())
        return kept.toString();
    QFile file(world.scenario().source);
    if (world.scenario().source.isEmpty() || file.size() > ScenarioParser::MaximumFileSize
        || !file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

QByteArray WorldFile::toJson(const World &world)
{
    const Scenario &scenario = world.scenario();
    QJsonObject scenarioObject;
    scenarioObject.insert(QStringLiteral("name"), scenario.name);
    scenarioObject.insert(QStringLiteral("source"), scenario.source);
    scenarioObject.insert(QStringLiteral("title"), localized(scenario.title));
    scenarioObject.insert(QStringLiteral("description"), localized(scenario.description));
    scenarioObject.insert(QStringLiteral("text"), scenarioText(world));

    QJsonArray hosts;
    for (const World::Host &h : world.hosts()) {
        QJsonObject host{{QStringLiteral("name"), h.name}, {QStringLiteral("kind"), hostKindName(h.kind)}};
        if (!h.address.isNull())
            host.insert(QStringLiteral("address"), h.address.toString());
        hosts.append(host);
    }
    QJsonArray users;
    for (const ScenarioUser &u : scenario.users)
        users.append(QJsonObject{{QStringLiteral("address"), u.address}, {QStringLiteral("password"), u.password}});
    QJsonArray dns;
    for (const ScenarioMx &mx : scenario.mx) {
        dns.append(QJsonObject{{QStringLiteral("domain"), mx.domain},
                               {QStringLiteral("host"), mx.host},
                               {QStringLiteral("preference"), mx.preference}});
    }

    const Transcript *transcript = world.transcript();
    QByteArray out;
    out += "{\n";
    const auto field = [&out](const char *key, const QJsonValue &value, bool last = false) {
        out += '"';
        out += key;
        out += "\": ";
        out += compact(value);
        out += last ? "\n" : ",\n";
    };
    // One list item per line: a person can read and diff a world file.
    const auto list = [&out](const char *key, const QList<QJsonObject> &items) {
        out += '"';
        out += key;
        out += "\": [";
        for (qsizetype i = 0; i < items.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += compact(items.at(i));
        }
        out += items.isEmpty() ? "],\n" : "\n],\n";
    };
    field("format", QLatin1String(formatName));
    field("version", formatVersion);
    field("savedBy", QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                 QCoreApplication::applicationVersion()).trimmed());
    field("savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    field("clockMs", transcript->elapsedMs());
    field("nextConnectionId", world.nextConnectionId());
    field("scenario", scenarioObject);
    field("hosts", hosts);
    field("users", users);
    field("dns", dns);
    QList<QJsonObject> servers;
    for (const MailServer *s : world.servers())
        servers.append(serverObject(s, scenario.server(s->domain())));
    list("servers", servers);
    QList<QJsonObject> clients;
    for (const MailClient *c : world.clients())
        clients.append(clientObject(c, scenario.client(c->name())));
    list("clients", clients);
    out += "\"transcript\": [";
    for (qsizetype i = 0; i < transcript->size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += EventJson::encodeLine(transcript->at(i), EventJson::Form::Exact);
    }
    out += transcript->size() == 0 ? "]\n" : "\n]\n";
    out += "}\n";
    return out;
}

bool WorldFile::save(const World &world, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = WorldFile::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson(world));
    if (!file.commit()) {
        if (error)
            *error = WorldFile::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<World> WorldFile::load(const QString &path, const World::Options &options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WorldFile::tr("Cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    if (file.size() > MaximumFileSize) {
        if (error)
            *error = WorldFile::tr("%1: the file is larger than %2 MiB, the most a world file may be")
                         .arg(path).arg(MaximumFileSize / (1024 * 1024));
        return nullptr;
    }
    return fromJson(file.readAll(), options, error, path);
}

std::unique_ptr<World> WorldFile::fromJson(const QByteArray &json, const World::Options &options, QString *error,
                                           const QString &fileName)
{
    const auto failWith = [&](const QString &message) -> std::unique_ptr<World> {
        if (error)
            *error = fileName.isEmpty() ? message : QStringLiteral("%1: %2").arg(fileName, message);
        return nullptr;
    };
    if (json.size() > MaximumFileSize)
        return failWith(WorldFile::tr("the file is larger than %1 MiB, the most a world file may be")
                            .arg(MaximumFileSize / (1024 * 1024)));
    if (json.trimmed().isEmpty())
        return failWith(WorldFile::tr("the file is empty: not a Carteiro world file"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(WorldFile::tr("not a valid world file: broken JSON at offset %1 (%2): %3")
                            .arg(parseError.offset)
                            .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return failWith(WorldFile::tr("not a Carteiro world file: the file is not a JSON object"));
    const QJsonObject root = document.object();

    Reader r;
    // What the file is comes first: a foreign JSON file is named as such.
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        return failWith(WorldFile::tr("not a Carteiro world file: \"format\" is %1, expected \"%2\"")
                            .arg(root.contains(QStringLiteral("format"))
                                     ? QString::fromUtf8(compact(root.value(QStringLiteral("format"))).left(80))
                                     : WorldFile::tr("missing"),
                                 QLatin1String(formatName)));
    }
    const qint64 version = r.integer(root, QString(), QStringLiteral("version"), 1,
                                     std::numeric_limits<int>::max());
    if (r.failed())
        return failWith(r.error());
    if (version != formatVersion) {
        return failWith(WorldFile::tr("world file version %1 is not supported: this Carteiro reads version %2")
                            .arg(version)
                            .arg(formatVersion));
    }

    constexpr qint64 maximumMs = 100LL * 365 * 24 * 3600 * 1000; // a century
    const qint64 clockMs = r.integer(root, QString(), QStringLiteral("clockMs"), 0, maximumMs);
    qint64 nextConnectionId = r.integer(root, QString(), QStringLiteral("nextConnectionId"), 1,
                                        std::numeric_limits<int>::max() / 2);

    // The scenario: what the world was built from.
    Scenario scenario;
    const QJsonObject scenarioObject = r.object(root, QString(), QStringLiteral("scenario"));
    scenario.name = r.string(scenarioObject, QStringLiteral("scenario"), QStringLiteral("name"), false, 1024);
    scenario.source = r.string(scenarioObject, QStringLiteral("scenario"), QStringLiteral("source"), true, 4096);
    scenario.title = r.localizedText(scenarioObject, QStringLiteral("scenario"), QStringLiteral("title"));
    scenario.description = r.localizedText(scenarioObject, QStringLiteral("scenario"), QStringLiteral("description"));
    const QString text = r.string(scenarioObject, QStringLiteral("scenario"), QStringLiteral("text"), true,
                                  ScenarioParser::MaximumFileSize);

    // Hosts: checked for shape; the world gives the same addresses again.
    const QJsonArray hosts = r.array(root, QString(), QStringLiteral("hosts"), MaximumHosts);
    for (qsizetype i = 0; i < hosts.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("hosts"), i);
        const QJsonObject h = r.element(hosts, i, path);
        r.name(h, path, QStringLiteral("name"));
        r.string(h, path, QStringLiteral("kind"));
        const QString address = r.string(h, path, QStringLiteral("address"), true, 64);
        if (!r.failed() && !address.isEmpty() && QHostAddress(address).isNull())
            r.fail(Reader::at(path, QStringLiteral("address")), WorldFile::tr("\"%1\" is not an IP address").arg(address));
    }

    const QJsonArray users = r.array(root, QString(), QStringLiteral("users"), MaximumHosts * 100);
    QSet<QString> userAddresses;
    for (qsizetype i = 0; i < users.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("users"), i);
        const QJsonObject u = r.element(users, i, path);
        ScenarioUser user;
        user.address = r.name(u, path, QStringLiteral("address"));
        user.password = r.string(u, path, QStringLiteral("password"), false, 1024);
        if (!r.failed() && !user.address.contains(QLatin1Char('@')))
            r.fail(Reader::at(path, QStringLiteral("address")), WorldFile::tr("\"%1\" is not a mail address").arg(user.address));
        if (!r.failed() && userAddresses.contains(user.address.toLower()))
            r.fail(Reader::at(path, QStringLiteral("address")), WorldFile::tr("\"%1\" appears twice").arg(user.address));
        userAddresses.insert(user.address.toLower());
        scenario.users.append(user);
    }

    const QJsonArray dns = r.array(root, QString(), QStringLiteral("dns"), MaximumHosts * 10);
    for (qsizetype i = 0; i < dns.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("dns"), i);
        const QJsonObject m = r.element(dns, i, path);
        ScenarioMx mx;
        mx.domain = r.name(m, path, QStringLiteral("domain"));
        mx.host = r.name(m, path, QStringLiteral("host"));
        mx.preference = int(r.integer(m, path, QStringLiteral("preference"), 0, 65535));
        scenario.mx.append(mx);
    }

    // Servers: the scenario's part first; their state once the world exists.
    struct ServerState {
        QList<MailServer::Fault> faults;
        quint64 nextUid = 1;
        int nextQueueNumber = 1;
        int delivered = 0;
        QList<QPair<QByteArray, QList<MailStore::Message>>> mailboxes;
        QList<MailServer::QueueEntry> queue;
    };
    QList<ServerState> serverStates;
    QSet<QString> domains;
    const QJsonArray servers = r.array(root, QString(), QStringLiteral("servers"), MaximumHosts);
    for (qsizetype i = 0; i < servers.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("servers"), i);
        const QJsonObject s = r.element(servers, i, path);
        ScenarioServer config;
        config.domain = r.name(s, path, QStringLiteral("domain")).toLower();
        if (!r.failed() && domains.contains(config.domain))
            r.fail(Reader::at(path, QStringLiteral("domain")), WorldFile::tr("\"%1\" appears twice").arg(config.domain));
        domains.insert(config.domain);
        config.address = r.string(s, path, QStringLiteral("address"), true, 64);
        if (!r.failed() && !config.address.isEmpty() && QHostAddress(config.address).isNull())
            r.fail(Reader::at(path, QStringLiteral("address")), WorldFile::tr("\"%1\" is not an IP address").arg(config.address));
        const QJsonObject settings = r.object(s, path, QStringLiteral("settings"), true);
        for (auto it = settings.constBegin(); it != settings.constEnd() && !r.failed(); ++it) {
            if (!it->isString())
                r.fail(Reader::at(Reader::at(path, QStringLiteral("settings")), it.key()),
                       WorldFile::tr("expected %1, found %2").arg(WorldFile::tr("a string"), Reader::typeName(*it)));
            config.settings.insert(it.key(), it->toString());
        }
        scenario.servers.append(config);

        ServerState state;
        const QJsonArray faults = r.array(s, path, QStringLiteral("faults"), 1000, true);
        for (qsizetype f = 0; f < faults.size() && !r.failed(); ++f) {
            const QString fp = Reader::at(Reader::at(path, QStringLiteral("faults")), f);
            const QJsonObject fo = r.element(faults, f, fp);
            MailServer::Fault fault;
            fault.command = r.name(fo, fp, QStringLiteral("command")).toUpper();
            fault.target = r.string(fo, fp, QStringLiteral("target"), true, 1024);
            fault.cut = r.boolean(fo, fp, QStringLiteral("cut")); // optional: false when absent
            fault.reply = fault.cut ? r.string(fo, fp, QStringLiteral("reply"), true, 1024)
                                    : r.name(fo, fp, QStringLiteral("reply"));
            state.faults.append(fault);
        }
        state.nextUid = quint64(r.integer(s, path, QStringLiteral("nextUid"), 1, 1LL << 52, true, 1));
        state.nextQueueNumber = int(r.integer(s, path, QStringLiteral("nextQueueNumber"), 1,
                                              std::numeric_limits<int>::max() / 2, true, 1));
        state.delivered = int(r.integer(s, path, QStringLiteral("delivered"), 0,
                                        std::numeric_limits<int>::max() / 2, true, 0));
        const QJsonArray mailboxes = r.array(s, path, QStringLiteral("mailboxes"), MaximumHosts * 100);
        for (qsizetype b = 0; b < mailboxes.size() && !r.failed(); ++b) {
            const QString bp = Reader::at(Reader::at(path, QStringLiteral("mailboxes")), b);
            const QJsonObject bo = r.element(mailboxes, b, bp);
            const QString user = r.name(bo, bp, QStringLiteral("user"));
            if (!r.failed() && !userAddresses.contains(user.toLower() + QLatin1Char('@') + config.domain)) {
                r.fail(Reader::at(bp, QStringLiteral("user")),
                       WorldFile::tr("%1@%2 is not one of the users").arg(user, config.domain));
            }
            const QJsonArray messages = r.array(bo, bp, QStringLiteral("messages"), MaximumMessages);
            QList<MailStore::Message> box;
            QSet<QByteArray> uids;
            for (qsizetype m = 0; m < messages.size() && !r.failed(); ++m) {
                const QString mp = Reader::at(Reader::at(bp, QStringLiteral("messages")), m);
                const QJsonObject mo = r.element(messages, m, mp);
                MailStore::Message message;
                message.uid = r.octets(mo, mp, QStringLiteral("uid"));
                if (!r.failed() && message.uid.isEmpty())
                    r.fail(Reader::at(mp, QStringLiteral("uid")), WorldFile::tr("must not be empty"));
                // POP3 UIDs name one message each (RFC 1939 §7).
                if (!r.failed() && uids.contains(message.uid))
                    r.fail(Reader::at(mp, QStringLiteral("uid")),
                           WorldFile::tr("\"%1\" appears twice").arg(QString::fromUtf8(message.uid).left(80)));
                uids.insert(message.uid);
                message.receivedMs = r.integer(mo, mp, QStringLiteral("receivedMs"), 0,
                                               std::numeric_limits<qint64>::max() / 4, true, 0);
                message.content = r.content(mo, mp);
                box.append(message);
            }
            state.mailboxes.append({user.toUtf8(), box});
        }
        const QJsonArray queue = r.array(s, path, QStringLiteral("queue"), MaximumMessages);
        QSet<QString> queueIds;
        for (qsizetype q = 0; q < queue.size() && !r.failed(); ++q) {
            const QString qp = Reader::at(Reader::at(path, QStringLiteral("queue")), q);
            const QJsonObject qo = r.element(queue, q, qp);
            MailServer::QueueEntry entry;
            entry.id = r.name(qo, qp, QStringLiteral("id"));
            // The queue finds an entry by its id.
            if (!r.failed() && queueIds.contains(entry.id))
                r.fail(Reader::at(qp, QStringLiteral("id")), WorldFile::tr("\"%1\" appears twice").arg(entry.id));
            queueIds.insert(entry.id);
            entry.sender = r.octets(qo, qp, QStringLiteral("sender"));
            entry.domain = r.name(qo, qp, QStringLiteral("domain"));
            const QJsonArray recipients = r.array(qo, qp, QStringLiteral("recipients"), 10000);
            if (!r.failed() && recipients.isEmpty())
                r.fail(Reader::at(qp, QStringLiteral("recipients")), WorldFile::tr("must not be empty"));
            for (qsizetype k = 0; k < recipients.size() && !r.failed(); ++k)
                entry.recipients.append(r.octetsValue(recipients.at(k),
                                                      Reader::at(Reader::at(qp, QStringLiteral("recipients")), k)));
            entry.content = r.content(qo, qp);
            entry.attempts = int(r.integer(qo, qp, QStringLiteral("attempts"), 0, 1000));
            entry.nextAttemptMs = r.integer(qo, qp, QStringLiteral("nextAttemptMs"), 0, maximumMs);
            entry.lastError = r.string(qo, qp, QStringLiteral("lastError"), true);
            state.queue.append(entry);
        }
        serverStates.append(state);
    }

    struct ClientState {
        QList<MailClient::InboxMessage> inbox;
        QSet<QByteArray> knownUids;
    };
    QList<ClientState> clientStates;
    QList<Pop3Mode> clientModes;
    QSet<QString> clientNames;
    const QJsonArray clients = r.array(root, QString(), QStringLiteral("clients"), MaximumHosts);
    for (qsizetype i = 0; i < clients.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("clients"), i);
        const QJsonObject c = r.element(clients, i, path);
        ScenarioClient config;
        config.name = r.name(c, path, QStringLiteral("name"));
        if (!r.failed() && (clientNames.contains(config.name.toLower()) || domains.contains(config.name.toLower())))
            r.fail(Reader::at(path, QStringLiteral("name")), WorldFile::tr("\"%1\" appears twice").arg(config.name));
        clientNames.insert(config.name.toLower());
        config.user = r.name(c, path, QStringLiteral("user"));
        if (!r.failed() && !userAddresses.contains(config.user.toLower()))
            r.fail(Reader::at(path, QStringLiteral("user")), WorldFile::tr("%1 is not one of the users").arg(config.user));
        const QString mode = r.string(c, path, QStringLiteral("pop3"));
        if (!r.failed() && mode != QLatin1String("delete") && mode != QLatin1String("keep"))
            r.fail(Reader::at(path, QStringLiteral("pop3")), WorldFile::tr("expected \"delete\" or \"keep\", found \"%1\"").arg(mode.left(80)));
        config.pop3Mode = mode == QLatin1String("keep") ? Pop3Mode::DownloadAndKeep : Pop3Mode::DownloadAndDelete;
        scenario.clients.append(config);
        clientModes.append(config.pop3Mode);

        ClientState state;
        const QJsonArray known = r.array(c, path, QStringLiteral("knownUids"), MaximumMessages);
        for (qsizetype k = 0; k < known.size() && !r.failed(); ++k)
            state.knownUids.insert(r.octetsValue(known.at(k), Reader::at(Reader::at(path, QStringLiteral("knownUids")), k)));
        const QJsonArray inbox = r.array(c, path, QStringLiteral("inbox"), MaximumMessages);
        for (qsizetype m = 0; m < inbox.size() && !r.failed(); ++m) {
            const QString mp = Reader::at(Reader::at(path, QStringLiteral("inbox")), m);
            const QJsonObject mo = r.element(inbox, m, mp);
            MailClient::InboxMessage message;
            message.uid = r.octets(mo, mp, QStringLiteral("uid"), true);
            message.content = r.content(mo, mp);
            if (!r.failed()) {
                message.subject = MailMessage::decodedHeader(message.content, "Subject");
                message.from = MailMessage::decodedHeader(message.content, "From");
            }
            state.inbox.append(message);
        }
        clientStates.append(state);
    }

    // The transcript, event for event.
    QList<TranscriptEvent> events;
    const QJsonArray transcript = r.array(root, QString(), QStringLiteral("transcript"), MaximumEvents);
    int highestConnection = 0;
    qint64 lastMs = 0;
    if (!r.failed())
        events.reserve(transcript.size());
    EventJson::Limits limits;
    limits.maximumSequence = MaximumEvents;
    limits.maximumMs = maximumMs;
    for (qsizetype i = 0; i < transcript.size() && !r.failed(); ++i) {
        const QString path = Reader::at(QStringLiteral("transcript"), i);
        const QJsonObject o = r.element(transcript, i, path);
        EventFields fields(r, o, path);
        limits.sequence = i;
        TranscriptEvent e = EventJson::decode(fields, limits);
        highestConnection = qMax(highestConnection, e.connectionId);
        lastMs = qMax(lastMs, e.timeMs);
        events.append(std::move(e));
    }
    if (r.failed())
        return failWith(r.error());

    // The scenario's story, so that "restart" plays it again: taken from its
    // text when that still reads without errors (the world stays as saved).
    if (!text.isEmpty()) {
        QList<ScenarioError> errors;
        const Scenario parsed = ScenarioParser::parse(scenario.source.isEmpty() ? scenario.name : scenario.source,
                                                      text.toUtf8(), &errors);
        if (errors.isEmpty())
            scenario.steps = parsed.steps;
    }

    // Everything read and checked: now the new world, with the saved state.
    auto world = std::make_unique<World>(scenario, options);
    world->setProperty(scenarioTextProperty, text);
    world->transcript()->restore(events, qMax(clockMs, lastMs));
    world->setNextConnectionId(int(qMax<qint64>(nextConnectionId, highestConnection + 1)));
    const QList<MailServer *> worldServers = world->servers();
    for (qsizetype i = 0; i < worldServers.size() && i < serverStates.size(); ++i) {
        MailServer *server = worldServers.at(i);
        const ServerState &state = serverStates.at(i);
        for (const MailServer::Fault &f : state.faults)
            server->addFault(f);
        server->store()->setNextUid(state.nextUid);
        for (const auto &box : state.mailboxes)
            server->store()->restoreMailbox(box.first, box.second);
        server->restoreState(state.queue, state.nextQueueNumber, state.delivered);
    }
    const QList<MailClient *> worldClients = world->clients();
    for (qsizetype i = 0; i < worldClients.size() && i < clientStates.size(); ++i) {
        worldClients.at(i)->setPop3Mode(clientModes.at(i));
        worldClients.at(i)->restoreInbox(clientStates.at(i).inbox, clientStates.at(i).knownUids);
    }
    return world;
}

bool WorldFile::start(World *world, QString *error)
{
    if (!world->start(error))
        return false;
    for (const auto &state : listeningStates(*world->transcript())) {
        if (!world->restoreListening(state.first.first, state.first.second, state.second, error))
            return false;
    }
    return true;
}
