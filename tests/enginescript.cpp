#include "enginescript.h"

#include <QRegularExpression>
#include <QStringList>

static QList<QByteArray> s_lastOutput;

QList<QByteArray> EngineScript::lastOutput()
{
    return s_lastOutput;
}

QString EngineScript::run(ProtocolSession *engine, const QString &script, Role role)
{
    s_lastOutput.clear();
    const QString feedTag = role == Role::EngineIsServer ? QStringLiteral("C") : QStringLiteral("S");
    QList<QByteArray> pending; // output lines not yet matched
    bool closed = false;
    auto collect = [&] {
        const QList<Utterance> out = engine->takeOutput();
        for (const Utterance &u : out) {
            for (const QByteArray &line : u.lines) {
                pending.append(line);
                s_lastOutput.append(line);
            }
            if (u.closeAfter)
                closed = true;
        }
    };
    engine->start();
    collect();
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString where = QStringLiteral("script line %1 (%2): ").arg(i + 1).arg(line);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.trimmed() == QLatin1String("X")) {
            engine->connectionLost();
            collect();
            continue;
        }
        if (line.trimmed() == QLatin1String("T")) {
            engine->timeout();
            collect();
            continue;
        }
        if (line.size() < 2 || (line.at(1) != QLatin1Char(':') && line.at(1) != QLatin1Char('~')))
            return where + QStringLiteral("not a script line");
        const QString tag = line.left(1);
        QString text = line.mid(2);
        if (text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
        if (tag == feedTag && line.at(1) == QLatin1Char(':')) {
            if (!pending.isEmpty())
                return where + QStringLiteral("unexpected output before it: \"%1\"")
                                   .arg(QString::fromUtf8(pending.first()));
            if (closed)
                return where + QStringLiteral("the engine already closed the connection");
            engine->receive(text.toUtf8() + "\r\n");
            collect();
            continue;
        }
        if (pending.isEmpty())
            return where + QStringLiteral("expected output, but the engine said nothing");
        const QByteArray got = pending.takeFirst();
        if (line.at(1) == QLatin1Char('~')) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(text));
            if (!re.match(QString::fromUtf8(got)).hasMatch())
                return where + QStringLiteral("got \"%1\"").arg(QString::fromUtf8(got));
        } else if (got != text.toUtf8()) {
            return where + QStringLiteral("got \"%1\"").arg(QString::fromUtf8(got));
        }
    }
    if (!pending.isEmpty())
        return QStringLiteral("end of script: unexpected output \"%1\"").arg(QString::fromUtf8(pending.first()));
    return QString();
}
