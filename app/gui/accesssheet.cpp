// SPDX-License-Identifier: GPL-3.0-or-later
// accesssheet.cpp — the cards and their pages.
#include "accesssheet.h"

#include "handoutexport.h"
#include "mail/mailserver.h"
#include "mail/webmailserver.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

constexpr int dpi = 300;

struct Planned {
    const char *name;
    quint16 port;
    bool secure;
};
const Planned mailPorts[] = {{"smtp", 25, false},  {"submission", 587, false}, {"pop3", 110, false},
                             {"imap", 143, false}, {"submissions", 465, true}, {"pop3s", 995, true},
                             {"imaps", 993, true}};
const Planned webPorts[] = {{"http", 80, false}, {"https", 443, true}};

// The ports of a host: as it listens, or as it will at the world's offset
// (World::plannedPort: hosts that share an address step by 1000, a private
// world's take ports of their own).
QList<AccessSheet::Port> portsOf(const World &world, const QString &host, bool web)
{
    QList<AccessSheet::Port> ports;
    for (const World::Service &s : world.services()) {
        if (s.host == host)
            ports.append({s.name, s.port});
    }
    if (!ports.isEmpty() || world.options().ephemeralPorts)
        return ports;
    for (const Planned &p : web ? QList<Planned>(std::begin(webPorts), std::end(webPorts))
                                : QList<Planned>(std::begin(mailPorts), std::end(mailPorts))) {
        if (p.secure && !world.options().tls)
            continue;
        if (const quint16 port = world.plannedPort(host, QLatin1String(p.name)))
            ports.append({QLatin1String(p.name), port});
    }
    return ports;
}

quint16 portOf(const QList<AccessSheet::Port> &ports, const char *service)
{
    for (const AccessSheet::Port &p : ports) {
        if (p.service == QLatin1String(service))
            return p.port;
    }
    return 0;
}

bool fail(QString *error, const QString &fileName, const QString &reason)
{
    if (error)
        *error = AccessSheet::tr("Cannot write %1: %2").arg(fileName, reason);
    return false;
}

} // namespace

QList<AccessSheet::Card> AccessSheet::cards(const World &world)
{
    const Scenario &scenario = world.scenario();
    const QList<MailServer *> servers = world.servers();
    const QList<WebmailServer *> webmails = world.webmails();
    QList<Card> cards;
    for (const ScenarioStudent &student : scenario.students) {
        Card card;
        card.name = student.name;
        card.address = student.address;
        card.login = student.login();
        if (const ScenarioUser *user = scenario.user(student.address))
            card.password = user->password;
        const QString domain = student.address.mid(student.address.lastIndexOf(QLatin1Char('@')) + 1);
        const MailServer *server = world.serverFor(domain);
        if (server) {
            card.server = server->domain();
            card.serverAddress = world.addressOf(card.server).toString();
            card.ports = portsOf(world, card.server, false);
            for (int i = 0; i < webmails.size(); ++i) {
                const WebmailServer *webmail = webmails.at(i);
                if (webmail->config().mailServer.compare(card.server, Qt::CaseInsensitive) != 0)
                    continue;
                card.webmail = webmail->config().host;
                card.webmailAddress = world.addressOf(card.webmail).toString();
                card.webmailPorts = portsOf(world, card.webmail, true);
                break;
            }
            // Their own world: every other server in it is theirs too.
            if (world.options().addressBlock > 0) {
                for (const MailServer *other : servers) {
                    if (other == server)
                        continue;
                    card.otherServers.append({other->domain(), world.addressOf(other->domain()).toString(),
                                              portsOf(world, other->domain(), false)});
                }
            }
        }
        cards.append(card);
    }
    return cards;
}

bool AccessSheet::write(const QString &title, const QList<Card> &cards, const QString &fileName,
                        QString *error, int *pageCount)
{
    if (!Handout::checkWritable(fileName, error))
        return false;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(error, fileName, tr("drawing needs a graphical application"));
    if (cards.isEmpty())
        return fail(error, fileName,
                    tr("the scenario declares no class (\"class FILE.csv\" or \"students N on DOMAIN\")"));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, fileName, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(title.isEmpty() ? tr("Access sheet") : tr("Access sheet: %1").arg(title));
    writer.setCreator(QStringLiteral("Carteiro"));
    const QRectF full(QPointF(0, 0), writer.pageLayout().fullRectPixels(dpi).size());
    const double mm = dpi / 25.4;
    const QRectF content = full.adjusted(12 * mm, 16 * mm, -12 * mm, -14 * mm);
    constexpr int columns = 2;
    constexpr int rows = 4;
    const int perPage = columns * rows;
    const int pages = int((cards.size() + perPage - 1) / perPage);
    const double cardWidth = content.width() / columns;
    const double cardHeight = content.height() / rows;

    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(11);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(10);
    QFont fixedBold = fixed;
    fixedBold.setBold(true);
    QFont small = font;
    small.setPointSizeF(8);

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(error, fileName, tr("the PDF could not be started"));
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF smallMetrics(small, &writer);
        painter.drawText(
            QRectF(content.left(), content.top() - 9 * mm, content.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            title.isEmpty() ? tr("Access sheet") : tr("Access sheet: %1").arg(title));
        painter.drawText(
            QRectF(content.left(), content.bottom() + 4 * mm, content.width(), smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        for (int i = 0; i < perPage; ++i) {
            const qsizetype index = qsizetype(page) * perPage + i;
            if (index >= cards.size())
                break;
            const Card &card = cards.at(index);
            const QRectF box(content.left() + (i % columns) * cardWidth,
                             content.top() + (i / columns) * cardHeight, cardWidth, cardHeight);
            // Where to cut.
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * mm, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            const QRectF inner = box.adjusted(4 * mm, 4 * mm, -4 * mm, -4 * mm);
            double y = inner.top();
            // Word-wrapped: nothing is cut, whatever the names and ports.
            auto line = [&](const QFont &f, const QString &text,
                            const QColor &color = QColor(0x1a, 0x1a, 0x1a)) {
                painter.setFont(f);
                painter.setPen(color);
                const QRectF room(inner.left(), y, inner.width(), inner.bottom() - y);
                const QRectF used = painter.boundingRect(
                    room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
                painter.drawText(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
                y += used.height() + 0.6 * mm;
            };
            line(bold, card.name);
            y += 0.8 * mm;
            line(font, tr("Address: %1").arg(card.address));
            line(font, tr("User: %1").arg(card.login));
            line(fixedBold, tr("Password: %1").arg(card.password));
            y += 1.2 * mm;
            if (card.server.isEmpty()) {
                line(font, tr("No server takes mail for this address."));
                continue;
            }
            line(font, tr("Server: %1 (%2)").arg(card.server, card.serverAddress));
            if (const quint16 smtp = portOf(card.ports, "smtp"))
                line(fixed, QStringLiteral("telnet %1 %2").arg(card.serverAddress).arg(smtp));
            // One line per protocol, the secure port last (RFC 8314).
            const struct {
                const char *label;
                QStringList services;
            } groups[] = {
                {"SMTP",
                 {QStringLiteral("smtp"), QStringLiteral("submission"), QStringLiteral("submissions")}},
                {"POP3", {QStringLiteral("pop3"), QStringLiteral("pop3s")}},
                {"IMAP", {QStringLiteral("imap"), QStringLiteral("imaps")}},
            };
            for (const auto &group : groups) {
                QStringList parts;
                for (const QString &service : group.services) {
                    if (const quint16 port = portOf(card.ports, qPrintable(service)))
                        parts.append(service + QLatin1Char(' ') + QString::number(port));
                }
                if (!parts.isEmpty())
                    line(font,
                         QLatin1String(group.label) + QStringLiteral(": ")
                             + parts.join(QStringLiteral(" · ")));
            }
            if (!card.webmail.isEmpty()) {
                QStringList where;
                if (const quint16 http = portOf(card.webmailPorts, "http"))
                    where.append(QStringLiteral("http://%1:%2/").arg(card.webmailAddress).arg(http));
                if (const quint16 https = portOf(card.webmailPorts, "https"))
                    where.append(QStringLiteral("https://%1:%2/").arg(card.webmailAddress).arg(https));
                line(font, tr("Webmail %1: %2").arg(card.webmail, where.join(QStringLiteral(" · "))));
            }
            for (const Card::Host &other : card.otherServers) {
                QStringList parts;
                for (const char *service : {"smtp", "submission", "pop3", "imap"}) {
                    if (const quint16 port = portOf(other.ports, service))
                        parts.append(QLatin1String(service) + QLatin1Char(' ') + QString::number(port));
                }
                line(font,
                     tr("Your %1 too (%2): %3")
                         .arg(other.name, other.address, parts.join(QStringLiteral(" · "))));
            }
            if (!card.quiz.isEmpty())
                line(font, tr("Predict the reply: %1").arg(card.quiz));
            if (!card.quizConsole.isEmpty())
                line(font, tr("From a terminal: %1").arg(card.quizConsole));
        }
    }
    painter.end();
    if (!file.commit())
        return fail(error, fileName, file.errorString());
    if (pageCount)
        *pageCount = pages;
    return true;
}
