// SPDX-License-Identifier: GPL-3.0-or-later
// checkedjsonreader.cpp — reading a world file's JSON values, each checked.
//
// The one place that knows what a well-formed value of a world file is and
// how a wrong one is reported: a missing member, a wrong type, a number that
// is not whole or out of its range, a string or list longer than a world file
// may hold, broken base64. The first problem wins and names its field's path;
// the sections' readers (worldfilesections.h) only say what they expect.
#include "checkedjsonreader.h"

#include "transcript/eventjson.h"
#include "worldfile.h"

#include <cmath>

void CheckedJsonReader::fail(const QString &path, const QString &what)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
}

QString CheckedJsonReader::at(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString CheckedJsonReader::at(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString CheckedJsonReader::typeName(const QJsonValue &v)
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

QString CheckedJsonReader::lineAndColumn(const QByteArray &json, int offset)
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

QJsonValue CheckedJsonReader::member(const QJsonObject &o, const QString &path, const QString &key,
                                     QJsonValue::Type type, const QString &expected, bool optional)
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

QJsonObject CheckedJsonReader::object(const QJsonObject &o, const QString &path, const QString &key,
                                      bool optional)
{
    return member(o, path, key, QJsonValue::Object, WorldFile::tr("an object"), optional).toObject();
}

QJsonArray CheckedJsonReader::array(const QJsonObject &o, const QString &path, const QString &key,
                                    qsizetype maximum, bool optional)
{
    const QJsonArray a = member(o, path, key, QJsonValue::Array, WorldFile::tr("a list"), optional).toArray();
    if (a.size() > maximum) {
        fail(at(path, key),
             WorldFile::tr("%1 entries, more than the %2 a world file may hold").arg(a.size()).arg(maximum));
        return QJsonArray();
    }
    return a;
}

QJsonObject CheckedJsonReader::element(const QJsonArray &a, qsizetype index, const QString &path)
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

QString CheckedJsonReader::string(const QJsonObject &o, const QString &path, const QString &key,
                                  bool optional, qsizetype maximum)
{
    const QString s =
        member(o, path, key, QJsonValue::String, WorldFile::tr("a string"), optional).toString();
    if (s.size() > maximum) {
        fail(at(path, key), WorldFile::tr("longer than %1 characters").arg(maximum));
        return QString();
    }
    return s;
}

QString CheckedJsonReader::name(const QJsonObject &o, const QString &path, const QString &key)
{
    const QString s = string(o, path, key, false, 1024);
    if (!failed() && s.trimmed().isEmpty())
        fail(at(path, key), WorldFile::tr("must not be empty"));
    return s;
}

qint64 CheckedJsonReader::integer(const QJsonObject &o, const QString &path, const QString &key,
                                  qint64 minimum, qint64 maximum, bool optional, qint64 fallback)
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
        fail(at(path, key),
             WorldFile::tr("%1 is out of range (%2 to %3)")
                 .arg(QString::number(d, 'g', 15))
                 .arg(minimum)
                 .arg(maximum));
        return fallback;
    }
    return qint64(d);
}

bool CheckedJsonReader::boolean(const QJsonObject &o, const QString &path, const QString &key)
{
    return member(o, path, key, QJsonValue::Bool, QStringLiteral("true/false"), true).toBool();
}

QByteArray CheckedJsonReader::decodeBase64(const QString &text, const QString &path)
{
    if (failed())
        return QByteArray();
    if (text.size() / 4 * 3 > WorldFile::MaximumMessageSize) {
        fail(path, WorldFile::tr("larger than %1 MiB").arg(WorldFile::MaximumMessageSize / (1024 * 1024)));
        return QByteArray();
    }
    const QByteArray::FromBase64Result r = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || text.size() % 4 != 0) {
        fail(path, WorldFile::tr("not valid base64"));
        return QByteArray();
    }
    return r.decoded;
}

QByteArray CheckedJsonReader::octetsValue(const QJsonValue &v, const QString &path)
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
    const QString base64 = QLatin1String(EventJson::base64Key);
    if (v.isObject() && v.toObject().size() == 1 && v.toObject().value(base64).isString())
        return decodeBase64(v.toObject().value(base64).toString(), at(path, base64));
    fail(path, WorldFile::tr("expected a string or {\"base64\": …}, found %1").arg(typeName(v)));
    return QByteArray();
}

QByteArray CheckedJsonReader::octets(const QJsonObject &o, const QString &path, const QString &key,
                                     bool optional)
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

QByteArray CheckedJsonReader::content(const QJsonObject &o, const QString &path)
{
    const QString text = string(o, path, QStringLiteral("contentBase64"), false,
                                WorldFile::MaximumMessageSize / 3 * 4 + 8);
    return decodeBase64(text, at(path, QStringLiteral("contentBase64")));
}

LocalizedText CheckedJsonReader::localizedText(const QJsonObject &o, const QString &path, const QString &key)
{
    LocalizedText text;
    const QJsonObject object = this->object(o, path, key, true);
    for (auto it = object.constBegin(); it != object.constEnd() && !failed(); ++it) {
        if (!it->isString())
            fail(at(at(path, key), it.key()),
                 WorldFile::tr("expected %1, found %2").arg(WorldFile::tr("a string"), typeName(*it)));
        else
            text.insert(it.key(), it->toString());
    }
    return text;
}
