// SPDX-License-Identifier: GPL-3.0-or-later
// consolewidget.h — a terminal-like panel: type SMTP or POP3 by hand, as the
// course does with telnet. Opens a real TCP connection to any host's service;
// the traffic is drawn on the timeline as the console's lifeline.
//
// The output reads like the course's transcripts: "S: …" for what the server
// says, "C: …" for what the student typed. Each typed line is one utterance
// at the gate, so in step mode it waits for Step like every other write; the
// panel says so. A hint names the equivalent real command (telnet address
// port), which works against the same server from a real terminal. Before
// connecting, `netstat -tl` or `ss -tl` lists what listens, as in the course,
// and `telnet HOST PORT` connects as the course's telnet does. A real server
// (`server X real ADDRESS …`: the student's own Postfix and Dovecot) is
// listed and reached at its real address and port.
#pragma once

#include "world/world.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class Connection;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class World;

class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(QWidget *parent = nullptr);
    ~ConsoleWidget() override;

    // A new world (or none, while the scenario restarts): any open connection
    // of the old one is dropped and the services are listed again.
    void setWorld(World *world);
    World *world() const { return m_world; }

    // The connection being typed into; null when none is open.
    Connection *connection() const { return m_connection; }
    bool isConnected() const;
    // Connect to a service of the list ("servidor.edu", "smtp"; a real
    // server's too); false if the world has no such service or a connection
    // is already open.
    bool connectToService(const QString &host, const QString &serviceName);
    // Picks a service of the list without connecting (an exercise's server).
    bool selectService(const QString &host, const QString &serviceName);
    void disconnectFromService();
    // Type a line as if entered in the line edit (echoed, kept in the history).
    // With no connection open, netstat -tl, netstat -tln, ss -tl and ss -tln
    // print the world's listening sockets as the real commands do, and
    // telnet HOST PORT connects (PORT: the real one, the standard one it
    // stands for, or a service name; a host's address may stand for it).
    void typeLine(const QString &line);
    // Empties the output, the typed line and its history (another scenario).
    void clear();
    // Everything shown in the output area, one line per row.
    QString outputText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class LineKind {
        Server,
        Client,
        Note,
        Output // a local command's (netstat -tl)
    };
    struct OutputLine {
        LineKind kind;
        QString text;
    };

    void retranslate();
    void refreshServices();
    // A service of the list: the world's, or a real server's (its real address and port).
    const World::Service *target(const QString &host, const QString &serviceName) const;
    // telnet HOST [PORT]: connects, or says why not.
    void runTelnet(const QStringList &words);
    void connectSelected();
    void sendInput();
    // No connection open: netstat -tl, ss -tl (-n too) on the world.
    void runLocalCommand(const QString &line);
    void appendOutput(LineKind kind, const QString &text);
    void renderOutput();
    void onConnectionFinished(Connection *connection, int generation);
    void dropConnection();
    void updateState();
    void updateHint();
    void browseHistory(int delta);

    QPointer<World> m_world;
    QPointer<Connection> m_connection;
    int m_generation = 0; // which connection the callbacks belong to
    bool m_connected = false; // the TCP connection was established
    bool m_closingByUs = false;
    QString m_peer; // "servidor.edu smtp", for the messages
    QList<World::Service> m_targets; // as listed in m_services
    QSet<QString> m_realHosts; // hosts of m_targets that are real servers
    QList<OutputLine> m_lines;
    QStringList m_history;
    int m_historyIndex = 0; // == m_history.size(): a new line

    QLabel *m_serviceLabel;
    QComboBox *m_services;
    QPushButton *m_connectButton;
    QPushButton *m_disconnectButton;
    QLabel *m_hint;
    QPlainTextEdit *m_output;
    QLabel *m_prompt;
    QLineEdit *m_input;
    QLabel *m_status;
};
