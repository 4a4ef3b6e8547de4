// SPDX-License-Identifier: GPL-3.0-or-later
// accesssheet.h — a class's access sheet: one card per student to cut out
// (issue 17, "A class").
//
// Each card says who the student is and how to get in: name, address,
// user, password, and the host and ports to telnet to (SMTP, submission,
// POP3, IMAP, the secure ones, and the webmail in front of their server).
// The ports are those of a running world, or, for a world not started
// (--export-access-sheet before the class), the ones it will listen on at
// its port offset (World::plannedPort). A class with private worlds gets
// each card from that student's world: their own servidor.edu, and their
// own cliente.fr too. A4, eight cards a page, drawn with Qt's PDF writer.
#pragma once

#include "world/world.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class AccessSheet
{
    Q_DECLARE_TR_FUNCTIONS(AccessSheet)
public:
    struct Port {
        QString
            service; // "smtp", "submission", "pop3", "imap", "submissions", "pop3s", "imaps", "http", "https"
        quint16 port = 0;
    };
    struct Card {
        QString name;
        QString address;
        QString login;
        QString password;
        QString server; // the host of their mailbox ("2esi.org")
        QString serverAddress; // where to telnet to ("127.0.0.2")
        QList<Port> ports; // of their server
        QString webmail; // the webmail in front of it, if any
        QString webmailAddress;
        QList<Port> webmailPorts;
        // A private world's ("class … private"): the student's other servers
        // (their own cliente.fr), where each listens.
        struct Host {
            QString name;
            QString address;
            QList<Port> ports;
        };
        QList<Host> otherServers;
        // The class's quiz page (predict-the-reply), when the window serves one.
        QString quiz; // "http://127.0.0.2:18080/"
        QString quizConsole; // the same from a terminal: "telnet 127.0.0.2 18081"
    };
    // A card per student of the world's scenario (their passwords as the
    // world has them), in the order declared. A student's private world
    // (World::Options::addressBlock, the scenario of that student only)
    // gives their card, with the world's other servers as theirs too.
    static QList<Card> cards(const World &world);
    // Writes the PDF through a QSaveFile; false with "Cannot write FILE: REASON".
    static bool write(const QString &title, const QList<Card> &cards, const QString &fileName, QString *error,
                      int *pages = nullptr);
};
