#include "scriptpeer.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

ScriptPeer::ScriptPeer(const QString &script, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            m_lines.append(line);
    }
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptPeer::accept);
}

ScriptPeer::~ScriptPeer() = default;

quint16 ScriptPeer::port() const
{
    return m_server->serverPort();
}

void ScriptPeer::accept()
{
    QTcpSocket *socket = m_server->nextPendingConnection();
    if (m_socket) { // one client per script
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &ScriptPeer::readLines);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_done && m_next < m_lines.size())
            fail(QStringLiteral("the client closed the connection; script line \"%1\" was next").arg(m_lines.at(m_next)));
    });
    advance();
}

static QString textOf(const QString &line)
{
    QString text = line.mid(2);
    if (text.startsWith(QLatin1Char(' ')))
        text.remove(0, 1);
    return text;
}

void ScriptPeer::advance()
{
    while (!m_done && !m_waiting && m_next < m_lines.size()) {
        const QString line = m_lines.at(m_next);
        if (line.startsWith(QLatin1String("S:"))) {
            m_socket->write(textOf(line).toUtf8() + "\r\n");
            ++m_next;
        } else if (line.trimmed() == QLatin1String("X")) {
            ++m_next;
            m_done = true;
            m_socket->disconnectFromHost();
            return;
        } else if (line.startsWith(QLatin1String("W:"))) {
            ++m_next;
            m_waiting = true;
            QTimer::singleShot(textOf(line).toInt(), this, [this] {
                m_waiting = false;
                advance();
                readLines();
            });
        } else if (line.startsWith(QLatin1String("C:")) || line.startsWith(QLatin1String("C~"))) {
            return; // wait for the client
        } else {
            fail(QStringLiteral("not a script line: \"%1\"").arg(line));
        }
    }
    if (m_next >= m_lines.size() && !m_done) {
        m_done = true;
        m_socket->disconnectFromHost();
    }
}

void ScriptPeer::readLines()
{
    if (!m_socket || m_waiting)
        return;
    m_buffer += m_socket->readAll();
    qsizetype lf;
    while (!m_done && !m_waiting && (lf = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray got = m_buffer.left(lf);
        m_buffer.remove(0, lf + 2);
        m_received.append(got);
        if (m_next >= m_lines.size()) {
            fail(QStringLiteral("the script is over, but the client sent \"%1\"").arg(QString::fromUtf8(got)));
            return;
        }
        const QString expected = m_lines.at(m_next);
        bool ok = false;
        if (expected.startsWith(QLatin1String("C:")))
            ok = got == textOf(expected).toUtf8();
        else if (expected.startsWith(QLatin1String("C~")))
            ok = QRegularExpression(QRegularExpression::anchoredPattern(textOf(expected)))
                     .match(QString::fromUtf8(got)).hasMatch();
        if (!ok) {
            fail(QStringLiteral("script line \"%1\": the client sent \"%2\"").arg(expected, QString::fromUtf8(got)));
            return;
        }
        ++m_next;
        advance();
    }
}

void ScriptPeer::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    m_done = true;
    if (m_socket)
        m_socket->abort();
}
