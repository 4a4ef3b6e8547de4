// SPDX-License-Identifier: GPL-3.0-or-later
// consolewidget.cpp — the console panel: telnet to a service, inside the app.
//
// A connection is opened with World::connectTo() from the "console" host and
// a ConsoleSession engine: a typed line is given to the engine and pumped
// through the gate, and the engine's line handler echoes what the server
// says. A generation counter makes the late callbacks of a dropped connection
// (a restart, Disconnect) harmless. The output is also kept as a list of
// lines (at most 5,000) and drawn again when the palette changes, since its
// colours come from it; Up and Down browse the lines already typed. With no
// connection open the line is a command on the world: netstat -tl, ss -tl
// (core/world/listening.h prints what the real ones print) and telnet HOST
// PORT. A real server's services (ScenarioServer::isReal) are listed with its
// real address and ports; World::connectTo() goes there, and the lines are
// drawn as any other session's.
#include "consolewidget.h"

#include "protocol/consolesession.h"
#include "world/listening.h"
#include "world/world.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTcpSocket>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

constexpr int hostRole = Qt::UserRole;
constexpr int serviceRole = Qt::UserRole + 1;
// A RETR of a long message should not make the panel grow without end.
constexpr int maximumOutputLines = 5000;

ConsoleSession *sessionOf(Connection *connection)
{
    return connection ? static_cast<ConsoleSession *>(connection->engine()) : nullptr;
}

} // namespace

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent)
    , m_serviceLabel(new QLabel(this))
    , m_services(new QComboBox(this))
    , m_connectButton(new QPushButton(this))
    , m_disconnectButton(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_prompt(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_services->setObjectName(QStringLiteral("serviceCombo"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_output->setObjectName(QStringLiteral("output"));
    m_input->setObjectName(QStringLiteral("input"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_prompt->setObjectName(QStringLiteral("prompt"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_services->setFont(fixed);
    m_services->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serviceLabel->setBuddy(m_services);
    m_output->setFont(fixed);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_output->setMaximumBlockCount(maximumOutputLines);
    m_output->setUndoRedoEnabled(false);
    m_input->setFont(fixed);
    m_input->installEventFilter(this);
    m_prompt->setFont(fixed);
    m_prompt->setText(QStringLiteral("C:"));
    m_prompt->setBuddy(m_input);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_serviceLabel);
    top->addWidget(m_services, 1);
    top->addWidget(m_connectButton);
    top->addWidget(m_disconnectButton);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_prompt);
    inputRow->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_output, 1);
    layout->addLayout(inputRow);
    layout->addWidget(m_status);

    connect(m_connectButton, &QPushButton::clicked, this, &ConsoleWidget::connectSelected);
    connect(m_disconnectButton, &QPushButton::clicked, this, &ConsoleWidget::disconnectFromService);
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWidget::sendInput);
    connect(m_services, &QComboBox::currentIndexChanged, this, &ConsoleWidget::updateHint);

    retranslate();
    updateState();
}

ConsoleWidget::~ConsoleWidget()
{
    // The connection belongs to the world and may outlive the panel.
    if (ConsoleSession *session = sessionOf(m_connection))
        session->setLineHandler(nullptr);
    ++m_generation;
    if (m_connection)
        m_connection->abort();
}

void ConsoleWidget::setWorld(World *world)
{
    if (m_world == world)
        return;
    const bool hadConnection = !m_connection.isNull();
    dropConnection();
    if (m_world)
        disconnect(m_world, nullptr, this, nullptr);
    if (m_world && m_world->gate())
        disconnect(m_world->gate(), nullptr, this, nullptr);
    m_world = world;
    if (m_world) {
        connect(m_world->gate(), &Gate::pendingChanged, this, &ConsoleWidget::updateState);
        // Services appear once the world has started listening.
        connect(m_world, &World::activityChanged, this, [this] {
            if (m_services->count() == 0 && m_world && !m_world->services().isEmpty())
                refreshServices();
        });
    }
    if (hadConnection)
        appendOutput(LineKind::Note, tr("The scenario restarted: that connection is gone. Connect again."));
    refreshServices();
    updateState();
}

bool ConsoleWidget::isConnected() const
{
    return m_connection && m_connection->isOpen();
}

void ConsoleWidget::refreshServices()
{
    const QString host = m_services->currentData(hostRole).toString();
    const QString service = m_services->currentData(serviceRole).toString();
    m_services->clear();
    m_targets.clear();
    m_realHosts.clear();
    if (m_world) {
        m_targets = m_world->services();
        // The student's own servers: the plain-text services the console
        // can type into, at the real ports (the standard ones unless given).
        for (const ScenarioServer &server : m_world->scenario().servers) {
            if (!server.isReal())
                continue;
            m_realHosts.insert(server.domain);
            const struct {
                const char *name;
                Protocol protocol;
                quint16 standard;
            } plain[] = {{"smtp", Protocol::Smtp, 25},
                         {"submission", Protocol::Smtp, 587},
                         {"pop3", Protocol::Pop3, 110},
                         {"imap", Protocol::Imap, 143}};
            for (const auto &p : plain) {
                const QString name = QLatin1String(p.name);
                // submission only when the scenario gives its port (the course's servers may lack it).
                if (name == QLatin1String("submission") && !server.realPorts.contains(name))
                    continue;
                World::Service real;
                real.host = server.domain;
                real.name = name;
                real.protocol = p.protocol;
                real.address = QHostAddress(server.realAddress);
                real.port = quint16(server.realPort(name));
                real.standardPort = p.standard;
                m_targets.append(real);
            }
        }
        for (const World::Service &s : std::as_const(m_targets)) {
            // As the course writes an address: host, service, address:port.
            m_services->addItem(
                QStringLiteral("%1 %2 %3:%4").arg(s.host, s.name, s.address.toString()).arg(s.port));
            m_services->setItemData(m_services->count() - 1, s.host, hostRole);
            m_services->setItemData(m_services->count() - 1, s.name, serviceRole);
            if (s.host == host && s.name == service)
                m_services->setCurrentIndex(m_services->count() - 1);
        }
    }
    updateHint();
    updateState();
}

const World::Service *ConsoleWidget::target(const QString &host, const QString &serviceName) const
{
    for (const World::Service &s : m_targets) {
        if (s.host.compare(host, Qt::CaseInsensitive) == 0 && s.name == serviceName)
            return &s;
    }
    return nullptr;
}

bool ConsoleWidget::selectService(const QString &host, const QString &serviceName)
{
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->itemData(i, hostRole).toString() == host
            && m_services->itemData(i, serviceRole).toString() == serviceName) {
            m_services->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ConsoleWidget::connectSelected()
{
    connectToService(m_services->currentData(hostRole).toString(),
                     m_services->currentData(serviceRole).toString());
}

bool ConsoleWidget::connectToService(const QString &host, const QString &serviceName)
{
    if (!m_world || m_connection)
        return false;
    if (m_targets.isEmpty())
        refreshServices(); // the world has just started listening
    const World::Service *found = target(host, serviceName);
    if (!found)
        return false;
    const World::Service copy = *found; // the list may be made again below
    const World::Service *service = &copy;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->itemData(i, hostRole).toString() == service->host
            && m_services->itemData(i, serviceRole).toString() == service->name)
            m_services->setCurrentIndex(i);
    }
    const int generation = ++m_generation;
    m_connected = false;
    m_closingByUs = false;
    m_peer = m_realHosts.contains(service->host)
        ? tr("%1 (%2, a real server)").arg(service->host, service->name)
        : QStringLiteral("%1 (%2)").arg(service->host, service->name);
    const QPointer<ConsoleWidget> self(this);
    auto session = std::make_unique<ConsoleSession>(service->protocol);
    session->setLineHandler([self, generation](const QByteArray &line) {
        if (self && self->m_generation == generation)
            self->appendOutput(LineKind::Server, QStringLiteral("S: ") + QString::fromUtf8(line));
    });
    // As telnet says "Trying 127.0.0.3...".
    appendOutput(
        LineKind::Note,
        tr("Connecting to %1 at %2 port %3…").arg(m_peer, service->address.toString()).arg(service->port));
    Connection *connection = m_world->connectTo(QStringLiteral("console"), service->host, service->name,
                                                std::move(session), [self, generation](Connection *c) {
                                                    if (self)
                                                        self->onConnectionFinished(c, generation);
                                                });
    m_connection = connection;
    if (connection && connection->socket()) {
        connect(connection->socket(), &QTcpSocket::connected, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_connected = true;
            appendOutput(LineKind::Note,
                         tr("Connected to %1. Type the commands; Enter sends a line.").arg(m_peer));
            updateState();
            m_input->setFocus();
        });
    }
    updateState();
    return true;
}

void ConsoleWidget::disconnectFromService()
{
    if (!m_connection)
        return;
    m_closingByUs = true;
    QTcpSocket *socket = m_connection->socket();
    if (m_connection->isOpen() && socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->disconnectFromHost(); // like quitting telnet: the server sees the close
    else
        m_connection->abort();
    updateState();
}

void ConsoleWidget::dropConnection()
{
    if (!m_connection)
        return;
    if (ConsoleSession *session = sessionOf(m_connection))
        session->setLineHandler(nullptr);
    ++m_generation; // its last callbacks are ignored
    Connection *connection = m_connection;
    m_connection = nullptr;
    m_connected = false;
    connection->abort();
}

void ConsoleWidget::onConnectionFinished(Connection *connection, int generation)
{
    if (generation != m_generation)
        return;
    if (!m_connected) {
        QString why;
        if (connection && connection->socket()
            && connection->socket()->error() != QAbstractSocket::UnknownSocketError)
            why = connection->socket()->errorString();
        else
            why = tr("nobody listens there");
        appendOutput(LineKind::Note, tr("Could not connect to %1: %2.").arg(m_peer, why));
    } else if (m_closingByUs) {
        appendOutput(LineKind::Note, tr("You closed the connection to %1.").arg(m_peer));
    } else {
        appendOutput(LineKind::Note, tr("Connection closed by %1.").arg(m_peer));
    }
    m_connection = nullptr;
    m_connected = false;
    m_closingByUs = false;
    updateState();
}

void ConsoleWidget::sendInput()
{
    const QString line = m_input->text();
    m_input->clear();
    typeLine(line);
}

void ConsoleWidget::typeLine(const QString &line)
{
    if (!m_connection) {
        runLocalCommand(line);
        return;
    }
    ConsoleSession *session = sessionOf(m_connection);
    if (!session || !m_connection->isOpen() || session->isClosed())
        return;
    // An empty line is sent too: it separates the headers from the body.
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.last() != line))
        m_history.append(line);
    m_historyIndex = int(m_history.size());
    appendOutput(LineKind::Client, QStringLiteral("C: ") + line);
    session->type(line.toUtf8());
    m_connection->pump(); // through the gate: in step mode it waits for Step
    updateState();
}

void ConsoleWidget::runLocalCommand(const QString &line)
{
    if (!m_world || line.trimmed().isEmpty())
        return;
    if (m_history.isEmpty() || m_history.last() != line)
        m_history.append(line);
    m_historyIndex = int(m_history.size());
    appendOutput(LineKind::Client, QStringLiteral("$ ") + line);
    const QStringList words = line.simplified().split(QLatin1Char(' '));
    if (words.first() == QLatin1String("telnet")) {
        runTelnet(words);
        return;
    }
    Listening::Command command;
    QString error;
    if (!Listening::parseCommand(line, &command, &error)) {
        appendOutput(LineKind::Note,
                     error.isEmpty()
                         ? tr("Not connected: here netstat -tl, netstat -tln, ss -tl, ss -tln and telnet "
                              "HOST PORT run; to type SMTP, POP3 or IMAP choose a service and press "
                              "Connect, or type telnet servidor.edu 25.")
                         : error);
        return;
    }
    // Program output, as the real command prints it (not translated).
    const QString output = Listening::format(Listening::sockets(*m_world), command);
    for (const QString &row : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        appendOutput(LineKind::Output, row);
    const int offset = m_world->options().ephemeralPorts ? -1 : m_world->options().portOffset;
    if (!command.numeric && offset > 0)
        appendOutput(LineKind::Note,
                     tr("Each port is the standard one plus %1 (10025 = 25 + %1), and is named here as "
                        "the standard one: smtp is 25 + %1. With -n the real numbers.")
                         .arg(offset));
}

void ConsoleWidget::runTelnet(const QStringList &words)
{
    if (words.size() < 2 || words.size() > 3) {
        appendOutput(LineKind::Note, tr("Usage: telnet HOST PORT, for example telnet servidor.edu 25."));
        return;
    }
    if (m_targets.isEmpty())
        refreshServices();
    const QString host = words.at(1);
    // telnet's default port is 23, which nothing here listens on.
    const QString port = words.value(2, QStringLiteral("23"));
    bool numeric = false;
    const int number = port.toInt(&numeric);
    QHostAddress hostAddress;
    for (const World::Service &s : std::as_const(m_targets)) {
        const bool hostMatches = s.host.compare(host, Qt::CaseInsensitive) == 0
            || (!QHostAddress(host).isNull() && QHostAddress(host).isEqual(s.address));
        if (!hostMatches)
            continue;
        hostAddress = s.address;
        const bool portMatches = numeric ? (number == s.port || number == s.standardPort) : port == s.name;
        if (portMatches) {
            const World::Service chosen = s;
            connectToService(chosen.host, chosen.name);
            return;
        }
    }
    // As telnet says it (its own words, not translated), then why.
    if (hostAddress.isNull()) {
        appendOutput(
            LineKind::Output,
            QStringLiteral("telnet: could not resolve %1/%2: Name or service not known").arg(host, port));
        appendOutput(LineKind::Note, tr("No host %1 in this scenario.").arg(host));
        return;
    }
    appendOutput(LineKind::Output, QStringLiteral("Trying %1...").arg(hostAddress.toString()));
    appendOutput(LineKind::Output,
                 QStringLiteral("telnet: Unable to connect to remote host: Connection refused"));
    appendOutput(LineKind::Note,
                 tr("Nothing listens on port %1 of %2 (netstat -tl lists what does).").arg(port, host));
}

void ConsoleWidget::clear()
{
    m_lines.clear();
    m_output->clear();
    m_input->clear();
    m_history.clear();
    m_historyIndex = 0;
}

QString ConsoleWidget::outputText() const
{
    QStringList rows;
    rows.reserve(m_lines.size());
    for (const OutputLine &line : m_lines)
        rows.append(line.text);
    return rows.join(QLatin1Char('\n'));
}

void ConsoleWidget::appendOutput(LineKind kind, const QString &text)
{
    m_lines.append({kind, text});
    if (m_lines.size() > maximumOutputLines)
        m_lines.removeFirst();
    QTextCharFormat format;
    const QPalette &p = palette();
    switch (kind) {
    case LineKind::Server:
    case LineKind::Output: format.setForeground(p.color(QPalette::Text)); break;
    case LineKind::Client:
        format.setForeground(p.color(QPalette::Link));
        format.setFontWeight(QFont::DemiBold);
        break;
    case LineKind::Note: {
        // Half-way between text and background: quieter than the dialogue in
        // any palette, light or dark.
        const QColor text = p.color(QPalette::Text);
        const QColor base = p.color(QPalette::Base);
        format.setForeground(QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                                    (text.blue() + base.blue()) / 2));
        format.setFontItalic(true);
        break;
    }
    }
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ConsoleWidget::renderOutput()
{
    // The colours come from the palette: draw again when it changes.
    const QList<OutputLine> lines = m_lines;
    m_lines.clear();
    m_output->clear();
    for (const OutputLine &line : lines)
        appendOutput(line.kind, line.text);
}

void ConsoleWidget::updateHint()
{
    const World::Service *service = m_world ? target(m_services->currentData(hostRole).toString(),
                                                     m_services->currentData(serviceRole).toString())
                                            : nullptr;
    if (!service) {
        m_hint->setText(tr("No scenario is running: there is nothing to connect to."));
        return;
    }
    const QString command =
        QStringLiteral("telnet %1 %2").arg(service->address.toString()).arg(service->port);
    m_hint->setText(tr("The same from a real terminal: %1")
                        .arg(QStringLiteral("<code>%1</code>").arg(command.toHtmlEscaped())));
    m_hint->setToolTip(command);
}

void ConsoleWidget::updateState()
{
    const bool busy = !m_connection.isNull();
    const bool open = isConnected();
    ConsoleSession *session = sessionOf(m_connection);
    m_services->setEnabled(!busy && m_services->count() > 0);
    m_connectButton->setEnabled(!busy && m_world && m_services->count() > 0);
    m_disconnectButton->setEnabled(busy);
    // Without a connection the line runs netstat -tl or ss -tl on the world.
    const bool local = !busy && m_world;
    m_input->setEnabled((open && session && !session->isClosed()) || local);
    m_prompt->setText(busy ? QStringLiteral("C:") : QStringLiteral("$"));
    m_prompt->setEnabled(m_input->isEnabled());

    if (session && open) {
        if (session->protocol() == Protocol::Smtp && session->isInContent())
            m_input->setPlaceholderText(tr("The message: headers, an empty line, the body; "
                                           "a line with only \".\" ends it"));
        else if (session->protocol() == Protocol::Smtp)
            m_input->setPlaceholderText(tr("An SMTP command, e.g. HELO cliente.fr, then Enter"));
        else
            m_input->setPlaceholderText(tr("A POP3 command, e.g. USER fran, then Enter"));
    } else if (local) {
        m_input->setPlaceholderText(
            tr("netstat -tl, ss -tl or telnet HOST PORT, then Enter; or choose a service and Connect"));
    } else {
        m_input->setPlaceholderText(QString());
    }

    QString status;
    const Gate *gate = m_world ? m_world->gate() : nullptr;
    if (!m_world)
        status = tr("Waiting for a scenario.");
    else if (busy && !m_connected)
        status = tr("Connecting…");
    else if (!open)
        status = tr("Not connected. Choose a service and press Connect, or type netstat -tl.");
    else if (gate && gate->mode() == Gate::Mode::Step && gate->pendingCount() > 0)
        status = tr("Step mode: %n line(s) wait at the gate. Press Step to send the next one.", nullptr,
                    int(gate->pendingCount()));
    else if (gate && gate->mode() == Gate::Mode::Step)
        status = tr("Step mode: each line you type waits at the gate until Step.");
    else
        status = tr("Connected to %1.").arg(m_peer);
    m_status->setText(status);
}

void ConsoleWidget::browseHistory(int delta)
{
    if (m_history.isEmpty())
        return;
    m_historyIndex = qBound(0, m_historyIndex + delta, int(m_history.size()));
    m_input->setText(m_historyIndex < m_history.size() ? m_history.at(m_historyIndex) : QString());
}

bool ConsoleWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up) {
            browseHistory(-1);
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            browseHistory(+1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConsoleWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        renderOutput();
    QWidget::changeEvent(event);
}

void ConsoleWidget::retranslate()
{
    m_serviceLabel->setText(tr("&Service:"));
    m_connectButton->setText(tr("&Connect"));
    m_disconnectButton->setText(tr("&Disconnect"));
    m_services->setToolTip(tr("Every service of every host: host, service, address:port"));
    m_output->setToolTip(tr("S: what the server says; C: what you typed"));
    updateHint();
    updateState();
}
