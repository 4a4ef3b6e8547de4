// SPDX-License-Identifier: GPL-3.0-or-later
// classpasswords.cpp — DIR/class-passwords: read, completed, written atomically.
#include "persist/classpasswords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString ClassPasswords::path(const QString &dataDirectory)
{
    return dataDirectory + QLatin1Char('/') + QLatin1String(fileName);
}

bool ClassPasswords::read(const QString &path, QMap<QString, QString> *passwords, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2")
                     .arg(path, file.size() > 4 * 1024 * 1024 ? tr("too large") : file.errorString());
        return false;
    }
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() != 2 || !words.constFirst().contains(QLatin1Char('@'))) {
            *error = tr("%1:%2: expected \"address password\", found \"%3\"").arg(path).arg(number).arg(line);
            return false;
        }
        passwords->insert(words.constFirst().toLower(), words.constLast());
    }
    return true;
}

bool ClassPasswords::assign(Scenario *scenario, const QString &dataDirectory, QString *error)
{
    if (dataDirectory.isEmpty() || scenario->students.isEmpty()) {
        scenario->giveStudentsPasswords();
        return true;
    }
    const QString file = path(dataDirectory);
    QMap<QString, QString> kept;
    if (!read(file, &kept, error))
        return false;
    bool added = false;
    for (ScenarioUser &user : scenario->users) {
        if (!user.student || !user.password.isEmpty())
            continue;
        const QString key = user.address.toLower();
        user.password = kept.value(key);
        if (user.password.isEmpty()) {
            user.password = Scenario::generatePassword();
            kept.insert(key, user.password);
            added = true;
        }
    }
    if (!added)
        return true;
    if (!QDir().mkpath(dataDirectory)) {
        *error = tr("cannot create the data directory %1").arg(dataDirectory);
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray text = "# carteiro: the students' passwords (address password), kept across restarts\n";
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        text += it.key().toUtf8() + ' ' + it.value().toUtf8() + '\n';
    out.write(text);
    if (!out.commit()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}
