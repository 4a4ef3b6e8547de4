// SPDX-License-Identifier: GPL-3.0-or-later
// checkedjsonreader.h — JSON values read with a check each, for world files.
//
// Every read names the field it wants and what it must be (a whole number in a
// range, a string no longer than so much, a list of at most so many items,
// octets as EventJson::octets() writes them, a message's base64). The first
// problem is kept with the path of the field ("servers[0].queue[1].attempts:
// expected a whole number, found a string"), and every read after it does
// nothing and gives an empty value, so a section's reader goes on without
// checking after each field and the file's first problem is the one reported.
// The messages are WorldFile's (translation context "WorldFile").
#pragma once

#include "scenario/scenario.h" // LocalizedText

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class CheckedJsonReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Keeps `what` as the problem at `path`, unless there is one already.
    void fail(const QString &path, const QString &what);

    // "servers[0]" + "queue" → "servers[0].queue"; "servers" + 0 → "servers[0]".
    static QString at(const QString &path, const QString &key);
    static QString at(const QString &path, qsizetype index);
    // What a value is, in a message: "a string", "a list" …
    static QString typeName(const QJsonValue &value);
    // "line 3, column 14" for an offset in a JSON text (a parse error's).
    static QString lineAndColumn(const QByteArray &json, int offset);

    // A member that must be there (unless `optional`) and of the right type.
    QJsonValue member(const QJsonObject &o, const QString &path, const QString &key, QJsonValue::Type type,
                      const QString &expected, bool optional);
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool optional = false);
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, qsizetype maximum,
                     bool optional = false);
    // The item at `index` of a list, which must be an object; `path` names the item.
    QJsonObject element(const QJsonArray &a, qsizetype index, const QString &path);
    QString string(const QJsonObject &o, const QString &path, const QString &key, bool optional = false,
                   qsizetype maximum = 64 * 1024);
    // A non-empty string (names, domains, addresses).
    QString name(const QJsonObject &o, const QString &path, const QString &key);
    qint64 integer(const QJsonObject &o, const QString &path, const QString &key, qint64 minimum,
                   qint64 maximum, bool optional = false, qint64 fallback = 0);
    // Optional: false when absent.
    bool boolean(const QJsonObject &o, const QString &path, const QString &key);
    // Text or {"base64": "…"}, as EventJson::octets() writes them.
    QByteArray octetsValue(const QJsonValue &v, const QString &path);
    QByteArray octets(const QJsonObject &o, const QString &path, const QString &key, bool optional = false);
    // A message's octets: "contentBase64".
    QByteArray content(const QJsonObject &o, const QString &path);
    // Language code → text.
    LocalizedText localizedText(const QJsonObject &o, const QString &path, const QString &key);

private:
    QByteArray decodeBase64(const QString &text, const QString &path);

    QString m_error;
};
