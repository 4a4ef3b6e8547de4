// SPDX-License-Identifier: GPL-3.0-or-later
// serverviews.cpp — the Queues, Mailboxes and Listening tabs, kept up to date.
//
// A change (queueChanged, a user's mailboxChanged, activityChanged, the notes
// of a service stopping or starting to listen) only marks its tab dirty; one
// single-shot timer refreshes what is dirty after ten times the last
// refresh's duration, between 60 ms and 1 s, so a classroom's load cannot
// freeze the window. Queues and Listening are rebuilt whole (a queue waiting
// to retry every 500 ms, for its countdown); a mailbox keeps its rows, drops
// those of messages gone and adds new ones, decoding From and Subject once.
#include "serverviews.h"

#include "mail/mailmessage.h"
#include "mail/mailserver.h"
#include "world/listening.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

#include <utility>

namespace {

QTreeWidget *makeTree(QWidget *parent, bool nested)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(nested);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    return tree;
}

} // namespace

ServerViews::ServerViews(QWidget *parent)
    : QTabWidget(parent)
    , m_queues(makeTree(this, true))
    , m_mailboxes(makeTree(this, true))
    , m_listening(makeTree(this, false))
{
    m_queues->setObjectName(QStringLiteral("queues"));
    m_mailboxes->setObjectName(QStringLiteral("mailboxes"));
    m_listening->setObjectName(QStringLiteral("listening"));
    m_listening->setSortingEnabled(false);
    addTab(m_queues, QString());
    addTab(m_mailboxes, QString());
    addTab(m_listening, QString());
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(60);
    connect(&m_refresh, &QTimer::timeout, this, &ServerViews::refreshChanged);
    retranslate();
}

void ServerViews::retranslate()
{
    setTabText(0, tr("Queues"));
    setTabText(1, tr("Mailboxes"));
    setTabText(2, tr("Listening"));
    setTabToolTip(0, tr("Each server's outgoing queue: messages waiting to be relayed to another server."));
    setTabToolTip(1, tr("Each user's mailbox on its server, as POP3 will list it."));
    setTabToolTip(2,
                  tr("The sockets the servers listen on, as netstat -tl shows them. These are real "
                     "sockets: netstat or ss in a terminal lists them too."));
    m_queues->setHeaderLabels({tr("Queue ID"), tr("Sender"), tr("Recipients"), tr("Attempts"),
                               tr("Next attempt"), tr("Last error")});
    m_mailboxes->setHeaderLabels({tr("Mailbox / UID"), tr("Size"), tr("From"), tr("Subject"), tr("Flags")});
    // netstat's own column names (program output, as the real command prints
    // them), then the host and which port it really is.
    m_listening->setHeaderLabels({QStringLiteral("Proto"), QStringLiteral("Recv-Q"), QStringLiteral("Send-Q"),
                                  QStringLiteral("Local Address"), QStringLiteral("Foreign Address"),
                                  QStringLiteral("State"), tr("Host"), tr("Service and port")});
    refresh();
}

void ServerViews::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ServerViews::setWorld(World *world)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_boxItems.clear();
    m_dirtyBoxes.clear();
    m_allBoxesDirty = true;
    m_world = world;
    if (world) {
        // A connection opening or closing can start or end a queue's attempt;
        // the listening rows are few, and a service may have come or gone.
        m_connections.append(
            connect(world, &World::activityChanged, this, [this] { scheduleRefresh(Queues | Listening); }));
        for (MailServer *server : world->servers()) {
            m_connections.append(
                connect(server, &MailServer::queueChanged, this, [this] { scheduleRefresh(Queues); }));
            const QString domain = server->domain();
            m_connections.append(connect(
                server->store(), &MailStore::mailboxChanged, this, [this, domain](const QByteArray &user) {
                    m_dirtyBoxes.insert(domain + QLatin1Char('/') + QString::fromUtf8(user.toLower()));
                    scheduleRefresh(Mailboxes);
                }));
        }
        auto noteListening = [this](const TranscriptEvent &event) {
            if (event.kind != TranscriptEvent::Kind::Note || event.connectionId != 0 || !m_world)
                return;
            for (const World::Service &service : m_world->services()) {
                const int change = listeningChange(event, service);
                if (change != 0)
                    scheduleRefresh(Listening);
            }
        };
        m_connections.append(connect(world->transcript(), &Transcript::eventAppended, this, noteListening));
        for (const TranscriptEvent &event : world->transcript()->events())
            noteListening(event);
    }
    refresh();
}

int ServerViews::listeningChange(const TranscriptEvent &event, const World::Service &service)
{
    if (event.kind != TranscriptEvent::Kind::Note || event.from != service.host)
        return 0;
    // The notes World::setHostListening() writes: a code, and the service last.
    if (event.noteArguments.value(3) != service.name)
        return 0;
    if (event.noteCode == NoteCode::StoppedListening)
        return -1;
    if (event.noteCode == NoteCode::ListeningAgain)
        return 1;
    return 0;
}

void ServerViews::scheduleRefresh(int parts)
{
    m_dirty |= parts;
    if (!m_refresh.isActive())
        m_refresh.start(m_interval);
}

void ServerViews::refresh()
{
    m_dirty = All;
    m_allBoxesDirty = true;
    refreshChanged();
}

void ServerViews::refreshChanged()
{
    QElapsedTimer took;
    took.start();
    m_refresh.stop();
    const int parts = std::exchange(m_dirty, 0);
    if (parts & Mailboxes)
        refreshMailboxes();
    if (parts & Listening)
        refreshListening();
    // Last: it may ask for the countdown's next refresh.
    if (parts & Queues)
        refreshQueues();
    // A refresh that took long (thousands of messages under a classroom's
    // load) comes less often: at most about a tenth of the time goes to it.
    m_interval = int(qBound(qint64(60), took.elapsed() * 10, qint64(1000)));
}

void ServerViews::refreshQueues()
{
    m_queues->clear();
    if (!m_world)
        return;
    const qint64 now = m_world->transcript()->elapsedMs();
    bool waiting = false;
    for (MailServer *server : m_world->servers()) {
        const QList<MailServer::QueueEntry> queue = server->queue();
        auto *top = new QTreeWidgetItem(m_queues);
        top->setText(0, tr("%1 — %n message(s)", "", int(queue.size())).arg(server->domain()));
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const MailServer::QueueEntry &e : queue) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, e.id);
            // An empty reverse-path is a bounce (RFC 5321 §4.5.5).
            item->setText(1, e.sender.isEmpty() ? QStringLiteral("<>") : QString::fromUtf8(e.sender));
            QStringList recipients;
            for (const QByteArray &r : e.recipients)
                recipients.append(QString::fromUtf8(r));
            item->setText(2, recipients.join(QStringLiteral(", ")));
            item->setText(3, QString::number(e.attempts));
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            QString next;
            if (e.sending) {
                next = tr("sending now");
            } else if (e.nextAttemptMs <= now) {
                next = tr("now");
            } else {
                next = tr("in %1 s").arg(QLocale().toString(double(e.nextAttemptMs - now) / 1000.0, 'f', 1));
                waiting = true;
            }
            item->setText(4, next);
            item->setText(5, e.lastError);
            item->setToolTip(5, e.lastError);
            item->setToolTip(
                0, tr("To %1, via the MX of %2").arg(recipients.join(QStringLiteral(", ")), e.domain));
        }
    }
    m_queues->expandAll();
    for (int c = 0; c < m_queues->columnCount() - 1; ++c)
        m_queues->resizeColumnToContents(c);
    // The "in … s" countdown moves on by itself.
    if (waiting && !m_refresh.isActive()) {
        m_dirty |= Queues;
        m_refresh.start(500);
    }
}

void ServerViews::refreshMailboxes()
{
    if (!m_world) {
        m_mailboxes->clear();
        m_boxItems.clear();
        m_folderItems.clear();
        return;
    }
    if (m_allBoxesDirty) {
        m_mailboxes->clear();
        m_boxItems.clear();
        m_folderItems.clear();
        for (MailServer *server : m_world->servers()) {
            for (const QByteArray &user : server->store()->users()) {
                auto *top = new QTreeWidgetItem(m_mailboxes);
                top->setFirstColumnSpanned(true);
                QFont bold = top->font(0);
                bold.setBold(true);
                top->setFont(0, bold);
                m_boxItems.insert(server->domain() + QLatin1Char('/') + QString::fromUtf8(user.toLower()),
                                  top);
                updateMailbox(server, user);
            }
        }
        m_mailboxes->expandAll();
    } else {
        for (const QString &key : std::as_const(m_dirtyBoxes)) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            if (MailServer *server = m_world->server(key.left(slash)))
                updateMailbox(server, key.mid(slash + 1).toUtf8());
        }
    }
    m_allBoxesDirty = false;
    m_dirtyBoxes.clear();
    // Sizing columns reads every row: only while the lists are short (a
    // class's teacher gets thousands of messages, the first box may hold none).
    int rows = m_mailboxes->topLevelItemCount();
    for (int i = 0; i < m_mailboxes->topLevelItemCount() && rows < 500; ++i)
        rows += m_mailboxes->topLevelItem(i)->childCount();
    if (rows > 0 && rows < 500) {
        for (int c = 0; c < m_mailboxes->columnCount() - 1; ++c)
            m_mailboxes->resizeColumnToContents(c);
    }
}

void ServerViews::updateMailbox(MailServer *server, const QByteArray &user)
{
    QTreeWidgetItem *top = m_boxItems.value(server->domain() + QLatin1Char('/')
                                            + QString::fromUtf8(user.toLower()));
    if (!top)
        return;
    const QList<MailStore::Message> messages = server->store()->mailbox(user);
    top->setText(0,
                 tr("%1 — %n message(s)", "", int(messages.size()))
                     .arg(QString::fromUtf8(user) + QLatin1Char('@') + server->domain()));
    QSet<QString> present;
    QHash<QString, QString> flags; // IMAP's, as they are now
    for (const MailStore::Message &m : messages) {
        present.insert(QString::fromUtf8(m.uid));
        flags.insert(QString::fromUtf8(m.uid), QString::fromUtf8(m.flags.join(' ')));
    }
    // Rows of messages no longer there (POP3 UPDATE removed them).
    QSet<QString> shown;
    for (int i = top->childCount() - 1; i >= 0; --i) {
        const QString uid = top->child(i)->text(0);
        if (!present.contains(uid)) {
            delete top->takeChild(i);
        } else {
            shown.insert(uid);
            top->child(i)->setText(4, flags.value(uid));
        }
    }
    // New messages get a row; headers are decoded once, for that row.
    QList<QTreeWidgetItem *> added;
    for (const MailStore::Message &m : messages) {
        const QString uid = QString::fromUtf8(m.uid);
        if (shown.contains(uid))
            continue;
        auto *item = new QTreeWidgetItem;
        item->setText(0, uid);
        item->setText(1, tr("%n octet(s)", "", int(m.size)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        // The header only: on disk the text is read when the row is opened.
        const QByteArray header = server->store()->headerOf(m);
        item->setText(2, MailMessage::decodedHeader(header, "From"));
        item->setText(3, MailMessage::decodedHeader(header, "Subject"));
        item->setToolTip(3, item->text(3));
        item->setText(4, flags.value(uid));
        added.append(item);
    }
    top->addChildren(added);
    updateFolders(server, user, top);
}

void ServerViews::updateFolders(MailServer *server, const QByteArray &user, QTreeWidgetItem *inbox)
{
    // The user's other IMAP folders (Sent, Trash, those the client made), each
    // a row after INBOX's with its messages and their flags; rebuilt whole:
    // they are few, and a move or a rename changes them all.
    const QString key = server->domain() + QLatin1Char('/') + QString::fromUtf8(user.toLower());
    for (QTreeWidgetItem *old : m_folderItems.take(key))
        delete old;
    inbox->setToolTip(0, tr("INBOX: what POP3 lists and IMAP's INBOX"));
    MailStore *store = server->store();
    int at = m_mailboxes->indexOfTopLevelItem(inbox) + 1;
    QList<QTreeWidgetItem *> rows;
    for (const QByteArray &folder : store->folderNames(user)) {
        ImapFolderState state;
        if (!store->folderState(user, folder, &state))
            continue;
        auto *row = new QTreeWidgetItem;
        row->setText(0,
                     tr("%1 ▸ %2 — %n message(s)", "", int(state.messages.size()))
                         .arg(QString::fromUtf8(user) + QLatin1Char('@') + server->domain(),
                              QString::fromUtf8(folder)));
        row->setFirstColumnSpanned(true);
        for (const ImapMessageInfo &m : std::as_const(state.messages)) {
            const QByteArray content = store->headerOf(user, folder, m.uid);
            auto *item = new QTreeWidgetItem(row);
            item->setText(0, tr("UID %1").arg(m.uid));
            item->setText(1, tr("%n octet(s)", "", int(m.size)));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(2, MailMessage::decodedHeader(content, "From"));
            item->setText(3, MailMessage::decodedHeader(content, "Subject"));
            item->setToolTip(3, item->text(3));
            item->setText(4, QString::fromUtf8(m.flags.join(' ')));
        }
        m_mailboxes->insertTopLevelItem(at++, row);
        row->setFirstColumnSpanned(true);
        row->setExpanded(true);
        rows.append(row);
    }
    m_folderItems.insert(key, rows);
}

void ServerViews::refreshListening()
{
    m_listening->clear();
    if (!m_world)
        return;
    // The rows `netstat -tl` prints (core/world/listening.h): a service taken
    // down, or a host off the network, is not listed.
    for (const Listening::Socket &s : Listening::sockets(*m_world)) {
        auto *item = new QTreeWidgetItem(m_listening);
        const bool v6 = s.address.protocol() == QAbstractSocket::IPv6Protocol;
        item->setText(0, v6 ? QStringLiteral("tcp6") : QStringLiteral("tcp"));
        item->setText(1, QStringLiteral("0"));
        item->setText(2, QStringLiteral("0"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, Listening::localAddress(s, Listening::Tool::Netstat, false));
        item->setToolTip(
            3, tr("netstat -tln: %1").arg(Listening::localAddress(s, Listening::Tool::Netstat, true)));
        item->setText(4, v6 ? QStringLiteral("[::]:*") : QStringLiteral("0.0.0.0:*"));
        item->setText(5, QStringLiteral("LISTEN"));
        item->setText(6, s.host);
        // Which port it really is: the standard one plus the world's offset.
        QString port;
        if (s.standardPort == 0)
            port = tr("%1 — port %2, chosen by the system").arg(s.service).arg(s.port);
        else if (s.offset == 0)
            port = tr("%1 — port %2").arg(s.service).arg(s.port);
        else
            port = tr("%1 — port %2 = %3 + %4").arg(s.service).arg(s.port).arg(s.standardPort).arg(s.offset);
        item->setText(7, port);
        item->setToolTip(7,
                         s.standardPort != 0 && s.offset != 0
                             ? tr("%1 normally listens on port %2 (%3 in /etc/services); here on %4, the "
                                  "standard port plus "
                                  "the offset %5, and netstat -tl is shown naming it as the standard one.")
                                   .arg(s.service)
                                   .arg(s.standardPort)
                                   .arg(Listening::serviceName(s.standardPort))
                                   .arg(s.port)
                                   .arg(s.offset)
                             : QString());
    }
    for (int c = 0; c < m_listening->columnCount() - 1; ++c)
        m_listening->resizeColumnToContents(c);
}
