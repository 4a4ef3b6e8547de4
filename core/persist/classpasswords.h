// SPDX-License-Identifier: GPL-3.0-or-later
// classpasswords.h — the students' passwords, generated once and kept.
//
// A class ("class FILE.csv", "students N on DOMAIN") gives every student an
// account whose password Carteiro chooses (Scenario::generatePassword). With
// a data directory (--serve's by default, or --data-dir) they are kept in
// DIR/class-passwords, so a restart, a reboot and the access sheet printed
// beforehand (--export-access-sheet with the same directory) all give the
// same ones; without one (--no-persist, the window) each run gives new ones.
//
// The file is text, one account a line, "address password", after a
// comment line; written atomically (QSaveFile) and readable by its owner
// only (0600). A student added to the class later gets a new password and
// the others keep theirs; a line for an account no longer in the class is kept.
#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

class ClassPasswords
{
    Q_DECLARE_TR_FUNCTIONS(ClassPasswords)
public:
    static constexpr const char *fileName = "class-passwords";
    static QString path(const QString &dataDirectory);
    // Every student account of `scenario` still without a password gets the
    // one kept in `dataDirectory`, else a new one, which is then kept there.
    // An empty directory: new ones, kept nowhere. False, with the reason
    // (naming the file and line), when the file cannot be read or written.
    static bool assign(Scenario *scenario, const QString &dataDirectory, QString *error);
    // The file's accounts: address (lower case) → password.
    static bool read(const QString &path, QMap<QString, QString> *passwords, QString *error);
};
