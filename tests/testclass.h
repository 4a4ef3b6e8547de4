// SPDX-License-Identifier: GPL-3.0-or-later
// testclass.h — a class window's set-up, as main.cpp makes it for --class:
// the scenario with its students' accounts and passwords kept in a data
// directory, and the options of its world and window.
#pragma once

#include "gui/mainwindow.h"
#include "persist/classpasswords.h"
#include "testworlds.h"

#include <QMap>
#include <QString>

struct TestClass {
    Scenario scenario;
    QMap<QString, QString> passwords; // the access sheet's, by address
    World::Options options; // ephemeral ports, the class's data directory
    MainWindow::ClassOptions classOptions; // a class

    // `text` saved as `file` and loaded, its passwords kept in `data`. False
    // with *error the first problem.
    bool load(const QString &file, const QByteArray &text, const QString &data, QString *error)
    {
        if (!TestWorlds::loadClass(file, text, data, &scenario, error)
            || !ClassPasswords::read(ClassPasswords::path(data), &passwords, error))
            return false;
        options.ephemeralPorts = true;
        options.dataDirectory = data;
        classOptions.enabled = true;
        return true;
    }
    QByteArray password(const QString &address) const { return passwords.value(address).toUtf8(); }
};
