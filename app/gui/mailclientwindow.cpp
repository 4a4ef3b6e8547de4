#include "mailclientwindow.h"

#include "mail/mailclient.h"
#include "mail/mailmessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString replyText(const SmtpReply &reply)
{
    if (reply.code == 0)
        return QString::fromUtf8(reply.text()); // no reply: what happened instead
    QString text = QString::number(reply.code);
    if (!reply.enhanced.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(reply.enhanced);
    if (!reply.lines.isEmpty())
        text += QLatin1Char(' ') + QString::fromUtf8(reply.text());
    return text;
}

QString capitalized(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

QLabel *explanationLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Under its radio button's text, not under the button.
    label->setContentsMargins(24, 0, 0, 4);
    return label;
}

} // namespace

MailClientWindow::MailClientWindow(MailClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    if (client) {
        m_clientName = capitalized(client->name());
        m_address = QString::fromUtf8(client->address());
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildInboxPage(), QString());
    m_tabs->addTab(buildComposePage(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    if (client) {
        connect(client, &MailClient::sent, this, &MailClientWindow::showSent);
        connect(client, &MailClient::fetched, this, &MailClientWindow::showFetched);
        connect(client, &MailClient::inboxChanged, this, &MailClientWindow::refreshInbox);
        connect(client, &QObject::destroyed, this, &MailClientWindow::clientGone);
        (client->pop3Mode() == Pop3Mode::DownloadAndKeep ? m_keepMode : m_deleteMode)->setChecked(true);
    }
    retranslate();
    refreshInbox();
    if (!client)
        clientGone();
    resize(640, 520);
}

MailClient *MailClientWindow::client() const
{
    return m_client;
}

QWidget *MailClientWindow::buildComposePage()
{
    auto *page = new QWidget(this);
    m_from = new QLineEdit(m_address, page);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setReadOnly(true);
    m_from->setFocusPolicy(Qt::ClickFocus);
    m_to = new QLineEdit(page);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_subject = new QLineEdit(page);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_body = new QPlainTextEdit(page);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);
    m_sendButton = new QPushButton(page);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendStatus = new QLabel(page);
    m_sendStatus->setObjectName(QStringLiteral("sendStatus"));
    m_sendStatus->setWordWrap(true);
    m_sendStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fromLabel = new QLabel(page);
    m_toLabel = new QLabel(page);
    m_subjectLabel = new QLabel(page);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_subjectLabel->setBuddy(m_subject);

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_subjectLabel, m_subject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_sendStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    connect(m_sendButton, &QPushButton::clicked, this, &MailClientWindow::send);
    return page;
}

QWidget *MailClientWindow::buildInboxPage()
{
    auto *page = new QWidget(this);
    m_modeBox = new QGroupBox(page);
    m_deleteMode = new QRadioButton(m_modeBox);
    m_deleteMode->setObjectName(QStringLiteral("deleteModeRadio"));
    m_keepMode = new QRadioButton(m_modeBox);
    m_keepMode->setObjectName(QStringLiteral("keepModeRadio"));
    m_deleteExplanation = explanationLabel(m_modeBox);
    m_keepExplanation = explanationLabel(m_modeBox);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_deleteMode);
    m_modeGroup->addButton(m_keepMode);
    auto *modeLayout = new QVBoxLayout(m_modeBox);
    modeLayout->addWidget(m_deleteMode);
    modeLayout->addWidget(m_deleteExplanation);
    modeLayout->addWidget(m_keepMode);
    modeLayout->addWidget(m_keepExplanation);
    connect(m_deleteMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_client)
            m_client->setPop3Mode(Pop3Mode::DownloadAndDelete);
    });
    connect(m_keepMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_client)
            m_client->setPop3Mode(Pop3Mode::DownloadAndKeep);
    });

    m_fetchButton = new QPushButton(page);
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_fetchStatus = new QLabel(page);
    m_fetchStatus->setObjectName(QStringLiteral("fetchStatus"));
    m_fetchStatus->setWordWrap(true);
    m_fetchStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_fetchButton, &QPushButton::clicked, this, &MailClientWindow::fetch);

    m_inbox = new QTreeWidget(page);
    m_inbox->setObjectName(QStringLiteral("inboxList"));
    m_inbox->setColumnCount(2);
    m_inbox->setRootIsDecorated(false);
    m_inbox->setUniformRowHeights(true);
    m_inbox->setAlternatingRowColors(true);
    m_inbox->header()->setStretchLastSection(true);
    m_inbox->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_inbox, &QTreeWidget::currentItemChanged, this, &MailClientWindow::showSelectedMessage);

    m_allHeaders = new QCheckBox(page);
    m_allHeaders->setObjectName(QStringLiteral("allHeadersCheck"));
    connect(m_allHeaders, &QCheckBox::toggled, this, &MailClientWindow::showSelectedMessage);
    m_messageView = new QPlainTextEdit(page);
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setReadOnly(true);
    m_messageView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *viewer = new QWidget(page);
    auto *viewerLayout = new QVBoxLayout(viewer);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addWidget(m_messageView, 1);
    viewerLayout->addWidget(m_allHeaders);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_inbox);
    splitter->addWidget(viewer);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchButton);
    fetchRow->addWidget(m_fetchStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_modeBox);
    layout->addLayout(fetchRow);
    layout->addWidget(splitter, 1);
    return page;
}

QList<QByteArray> MailClientWindow::parseRecipients(const QString &text)
{
    QList<QByteArray> recipients;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        // "<fran@servidor.edu>" as well as "fran@servidor.edu".
        if (part.startsWith(QLatin1Char('<')) && part.endsWith(QLatin1Char('>')))
            part = part.mid(1, part.size() - 2);
        if (!part.isEmpty())
            recipients.append(part.toUtf8());
    }
    return recipients;
}

void MailClientWindow::send()
{
    if (!m_client)
        return;
    const QList<QByteArray> recipients = parseRecipients(m_to->text());
    if (recipients.isEmpty()) {
        m_sendState = SendState::NoRecipient;
        retranslate();
        m_to->setFocus();
        return;
    }
    m_sendState = SendState::Sending;
    retranslate();
    m_client->send(recipients, m_subject->text(), m_body->toPlainText());
}

void MailClientWindow::fetch()
{
    if (!m_client)
        return;
    m_fetchState = FetchState::Fetching;
    m_fetchMode = m_client->pop3Mode();
    retranslate();
    m_client->fetch(m_client->pop3Mode());
}

void MailClientWindow::showSent(const SmtpClientResult &)
{
    m_sendState = SendState::Done;
    retranslate();
}

void MailClientWindow::showFetched(const Pop3ClientResult &)
{
    // A fetch started elsewhere (the scenario) used the client's mode.
    if (m_fetchState != FetchState::Fetching && m_client)
        m_fetchMode = m_client->pop3Mode();
    m_fetchState = FetchState::Done;
    retranslate();
}

void MailClientWindow::refreshInbox()
{
    const int current = m_inbox->indexOfTopLevelItem(m_inbox->currentItem());
    const int before = m_inbox->topLevelItemCount();
    m_inbox->clear();
    if (m_client) {
        const QList<MailClient::InboxMessage> messages = m_client->inbox();
        for (const MailClient::InboxMessage &m : messages) {
            auto *item = new QTreeWidgetItem(m_inbox);
            item->setText(0, m.from);
            item->setText(1, m.subject.isEmpty() ? tr("(no subject)") : m.subject);
            item->setToolTip(1, m.subject);
        }
    }
    // Keep the reader where they were; otherwise open the first new message.
    const int count = m_inbox->topLevelItemCount();
    if (current >= 0 && current < count)
        m_inbox->setCurrentItem(m_inbox->topLevelItem(current));
    else if (count > before)
        m_inbox->setCurrentItem(m_inbox->topLevelItem(before));
    showSelectedMessage();
}

void MailClientWindow::showSelectedMessage()
{
    const int row = m_inbox->indexOfTopLevelItem(m_inbox->currentItem());
    const QList<MailClient::InboxMessage> messages = m_client ? m_client->inbox() : QList<MailClient::InboxMessage>();
    if (row < 0 || row >= messages.size()) {
        m_messageView->clear();
        m_messageView->setPlaceholderText(messages.isEmpty() ? tr("No messages yet: press Fetch.")
                                                             : tr("Choose a message to read it."));
        return;
    }
    const QByteArray &content = messages.at(row).content;
    QString text;
    if (m_allHeaders->isChecked()) {
        // The message as it arrived: the trace headers tell its journey.
        text = QString::fromUtf8(content);
    } else {
        const struct {
            const char *name;
            QString label;
        } shown[] = {
            {"From", tr("From:")},
            {"To", tr("To:")},
            {"Date", tr("Date:")},
            {"Subject", tr("Subject:")},
        };
        for (const auto &header : shown) {
            const QString value = MailMessage::decodedHeader(content, header.name);
            if (!value.isEmpty())
                text += header.label + QLatin1Char(' ') + value + QLatin1Char('\n');
        }
        text += QLatin1Char('\n') + QString::fromUtf8(MailMessage::body(content));
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_messageView->setPlainText(text);
}

void MailClientWindow::clientGone()
{
    m_client = nullptr;
    setEnabled(false);
    m_sendStatus->setText(tr("This mail client is gone (the scenario restarted)."));
    m_fetchStatus->setText(m_sendStatus->text());
}

void MailClientWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MailClientWindow::retranslate()
{
    setWindowTitle(tr("%1's mail client (%2)").arg(m_clientName, m_address));
    m_tabs->setTabText(0, tr("&Inbox"));
    m_tabs->setTabText(1, tr("C&ompose"));

    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("&To:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_to->setPlaceholderText(tr("fran@servidor.edu (several: separate them with commas)"));
    m_body->setPlaceholderText(tr("Write the message here."));
    m_sendButton->setText(tr("Se&nd"));
    m_sendButton->setToolTip(tr("Hands the message to %1's server by SMTP (port 587, with a password)")
                                 .arg(m_clientName));

    m_modeBox->setTitle(tr("When fetching mail (POP3)"));
    m_deleteMode->setText(tr("Download and &delete"));
    m_keepMode->setText(tr("Download and &keep"));
    m_deleteExplanation->setText(tr("The messages are deleted from the server once downloaded: "
                                    "no other client can read them again."));
    m_keepExplanation->setText(tr("The messages stay on the server: another client can read "
                                  "the same mail again."));
    m_fetchButton->setText(tr("&Fetch"));
    m_fetchButton->setToolTip(tr("Downloads the new mail from %1's server by POP3 (port 110)")
                                  .arg(m_clientName));
    m_inbox->setHeaderLabels({tr("From"), tr("Subject")});
    m_allHeaders->setText(tr("Show the whole message as received (all headers)"));

    if (!m_client)
        return;
    switch (m_sendState) {
    case SendState::Idle:
        m_sendStatus->clear();
        break;
    case SendState::NoRecipient:
        m_sendStatus->setText(tr("Write at least one address in To."));
        break;
    case SendState::Sending:
        m_sendStatus->setText(tr("Sending…"));
        break;
    case SendState::Done: {
        const SmtpClientResult &r = m_client->lastSendResult();
        QString text;
        switch (r.outcome) {
        case SmtpClientResult::Outcome::Delivered:
            text = tr("Sent: %1").arg(replyText(r.lastReply));
            break;
        case SmtpClientResult::Outcome::PermanentFailure:
            text = r.failedCommand.isEmpty()
                ? tr("Not sent: %1").arg(replyText(r.lastReply))
                : tr("Not sent: the server answered %1 with %2")
                      .arg(QString::fromLatin1(r.failedCommand), replyText(r.lastReply));
            break;
        case SmtpClientResult::Outcome::TransientFailure:
            text = tr("Not sent for now (a temporary failure, try again later): %1")
                       .arg(replyText(r.lastReply));
            break;
        case SmtpClientResult::Outcome::Pending:
            text = tr("Sending…");
            break;
        }
        for (const auto &refused : r.rejectedRecipients) {
            text += QLatin1Char('\n')
                + tr("Refused for %1: %2").arg(QString::fromUtf8(refused.first), replyText(refused.second));
        }
        m_sendStatus->setText(text);
        break;
    }
    }

    switch (m_fetchState) {
    case FetchState::Idle:
        m_fetchStatus->clear();
        break;
    case FetchState::Fetching:
        m_fetchStatus->setText(tr("Fetching…"));
        break;
    case FetchState::Done: {
        const Pop3ClientResult &r = m_client->lastFetchResult();
        const int fetched = int(r.messages.size());
        if (!r.ok)
            m_fetchStatus->setText(tr("Fetch failed: %1").arg(QString::fromUtf8(r.error)));
        else if (m_fetchMode == Pop3Mode::DownloadAndKeep)
            m_fetchStatus->setText(tr("%n new message(s) downloaded; the server keeps all %1.", nullptr, fetched)
                                       .arg(r.messagesOnServer));
        else
            m_fetchStatus->setText(tr("%n message(s) downloaded and deleted from the server.", nullptr, fetched));
        break;
    }
    }
}
