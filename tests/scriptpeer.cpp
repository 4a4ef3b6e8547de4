// SPDX-License-Identifier: GPL-3.0-or-later
// scriptpeer.cpp — a fake server over a real socket, playing a script: sends
// the S: lines, checks the client's lines against the C:/C~ steps, closes on
// X and waits on W:.
//
// The notation is parsed and matched by core/scenario/scriptnotation.*; this
// file only moves lines between the steps and the socket.
#include "scriptpeer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

ScriptPeer::ScriptPeer(const QString &script, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_text = script.split(QLatin1Char('\n'));
    const ScriptNotation::Script parsed = ScriptNotation::parse(script);
    m_steps = parsed.steps; // up to the first line not in the notation
    if (!parsed.ok()) {
        m_scriptErrorLine = parsed.errorLine;
        m_scriptError = parsed.error;
    }
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptPeer::accept);
}

ScriptPeer::~ScriptPeer() = default;

quint16 ScriptPeer::port() const
{
    return m_server->serverPort();
}

QString ScriptPeer::lineOf(const ScriptStep &step) const
{
    QString line = m_text.value(step.line - 1);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
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
        if (!m_done && m_next < m_steps.size())
            fail(QStringLiteral("the client closed the connection; script line \"%1\" was next")
                     .arg(lineOf(m_steps.at(m_next))));
    });
    advance();
}

void ScriptPeer::advance()
{
    while (!m_done && !m_waiting && m_next < m_steps.size()) {
        const ScriptStep &step = m_steps.at(m_next);
        if (step.isLine(ScriptStep::Side::Server) && step.match == ScriptStep::Match::Exact) {
            m_socket->write(step.text.toUtf8() + "\r\n");
            ++m_next;
        } else if (step.kind == ScriptStep::Kind::Drop) {
            ++m_next;
            m_done = true;
            m_socket->disconnectFromHost();
            return;
        } else if (step.kind == ScriptStep::Kind::Wait) {
            ++m_next;
            m_waiting = true;
            QTimer::singleShot(step.milliseconds, this, [this] {
                m_waiting = false;
                advance();
                readLines();
            });
        } else if (step.isLine(ScriptStep::Side::Client)) {
            return; // wait for the client
        } else {
            fail(QStringLiteral("not a line a peer can play: \"%1\"").arg(lineOf(step)));
        }
    }
    if (m_next >= m_steps.size() && !m_done) {
        if (m_scriptErrorLine > 0) {
            QString line = m_text.value(m_scriptErrorLine - 1);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            fail(QStringLiteral("not a script line: \"%1\" (%2)").arg(line, m_scriptError));
            return;
        }
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
        if (m_next >= m_steps.size()) {
            fail(
                QStringLiteral("the script is over, but the client sent \"%1\"").arg(QString::fromUtf8(got)));
            return;
        }
        const ScriptStep &expected = m_steps.at(m_next);
        if (!expected.isLine(ScriptStep::Side::Client) || !expected.matches(got)) {
            fail(QStringLiteral("script line \"%1\": the client sent \"%2\"")
                     .arg(lineOf(expected), QString::fromUtf8(got)));
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
