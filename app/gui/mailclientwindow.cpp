// SPDX-License-Identifier: GPL-3.0-or-later
// mailclientwindow.cpp — a user's mail client window: inbox, fetch, compose.
//
// The window keeps no mail of its own: it reads the MailClient's inbox and
// last results, and retranslate() writes the status lines from the send and
// fetch states, so a language change redraws them. Files become attachments
// by Attach… or by a drop anywhere, the text included (an event filter keeps
// their paths from being typed in); one over 50 MB is refused before it is
// read, and the hint estimates the message's size in base64. The inbox keeps
// the reader's place, or opens the first new message; a client that is
// destroyed (the scenario restarts) leaves the window disabled.
#include "mailclientwindow.h"

#include "messageinspector.h"

#include "mail/mailclient.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

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

// Bigger files are refused here, before anything is read. The servers have
// their own, smaller limit (SIZE, RFC 1870): a file between the two is
// attached, and the refusal it earns is part of the lesson.
constexpr qint64 largestAttachment = 50 * 1024 * 1024;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The local files among dragged URLs; empty when any is not one.
QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile())
            return {};
        files.append(url.toLocalFile());
    }
    return files;
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
    // Files dropped anywhere on the window are attached, over the text too.
    setAcceptDrops(true);
    m_body->viewport()->installEventFilter(this);

    if (client) {
        connect(client, &MailClient::sent, this, &MailClientWindow::showSent);
        connect(client, &MailClient::fetched, this, &MailClientWindow::showFetched);
        connect(client, &MailClient::imapFetched, this, [this] {
            m_fetchAccess = MailAccess::Imap;
            m_fetchState = FetchState::Done;
            retranslate();
        });
        connect(client, &MailClient::inboxChanged, this, &MailClientWindow::refreshInbox);
        connect(client, &MailClient::imapUpdated, this, &MailClientWindow::showImapUpdate);
        connect(client, &MailClient::idleChanged, this, [this](bool idling) {
            m_idleOn = idling;
            if (!idling && m_idleCheck->isChecked() && isVisible() && imapMode()) {
                // The server or the network ended it: say so by the box.
                const QSignalBlocker block(m_idleCheck);
                m_idleCheck->setChecked(false);
            }
            retranslate();
        });
        connect(client, &QObject::destroyed, this, &MailClientWindow::clientGone);
        if (client->access() == MailAccess::Imap)
            m_imapMode->setChecked(true);
        else
            (client->pop3Mode() == Pop3Mode::DownloadAndKeep ? m_keepMode : m_deleteMode)->setChecked(true);
    }
    retranslate();
    modeChanged();
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
    m_cc = new QLineEdit(page);
    m_cc->setObjectName(QStringLiteral("ccEdit"));
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
    m_ccLabel = new QLabel(page);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_ccLabel->setBuddy(m_cc);
    m_subjectLabel->setBuddy(m_subject);

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_ccLabel, m_cc);
    form->addRow(m_subjectLabel, m_subject);

    // Attachments: a button, or files dropped on the window; a list to remove them.
    m_attachButton = new QPushButton(page);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_attachHint = new QLabel(page);
    m_attachHint->setObjectName(QStringLiteral("attachHint"));
    m_attachHint->setWordWrap(true);
    m_attachHint->setForegroundRole(QPalette::PlaceholderText);
    m_attachmentList = new QListWidget(page);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachmentList->setMaximumHeight(m_attachmentList->fontMetrics().height() * 5);
    m_attachmentList->installEventFilter(this);
    m_removeButton = new QPushButton(page);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attachButton);
    attachRow->addWidget(m_attachHint, 1);
    attachRow->addWidget(m_removeButton);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_sendStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addLayout(attachRow);
    layout->addWidget(m_attachmentList);
    layout->addLayout(buttons);

    connect(m_sendButton, &QPushButton::clicked, this, &MailClientWindow::send);
    connect(m_attachButton, &QPushButton::clicked, this, &MailClientWindow::chooseAttachments);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (QListWidgetItem *item : m_attachmentList->selectedItems())
            rows.append(m_attachmentList->row(item));
        std::sort(rows.rbegin(), rows.rend());
        for (int row : std::as_const(rows))
            removeAttachment(row);
    });
    connect(m_attachmentList, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_attachmentList->selectedItems().isEmpty()); });
    refreshAttachments();
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
    m_imapMode = new QRadioButton(m_modeBox);
    m_imapMode->setObjectName(QStringLiteral("imapModeRadio"));
    m_deleteExplanation = explanationLabel(m_modeBox);
    m_keepExplanation = explanationLabel(m_modeBox);
    m_imapExplanation = explanationLabel(m_modeBox);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_deleteMode);
    m_modeGroup->addButton(m_keepMode);
    m_modeGroup->addButton(m_imapMode);
    auto *modeLayout = new QVBoxLayout(m_modeBox);
    modeLayout->addWidget(m_deleteMode);
    modeLayout->addWidget(m_deleteExplanation);
    modeLayout->addWidget(m_keepMode);
    modeLayout->addWidget(m_keepExplanation);
    modeLayout->addWidget(m_imapMode);
    modeLayout->addWidget(m_imapExplanation);
    connect(m_deleteMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_client) {
            m_client->setAccess(MailAccess::Pop3);
            m_client->setPop3Mode(Pop3Mode::DownloadAndDelete);
        }
    });
    connect(m_keepMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_client) {
            m_client->setAccess(MailAccess::Pop3);
            m_client->setPop3Mode(Pop3Mode::DownloadAndKeep);
        }
    });
    connect(m_imapMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_client)
            m_client->setAccess(MailAccess::Imap);
        modeChanged();
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

    // The message: its text, header fields, MIME parts and source.
    m_messageInspector = new MessageInspector(page);
    m_messageInspector->setObjectName(QStringLiteral("messageInspector"));

    // IMAP mode: the list and its actions, the folders on the left.
    auto *listPane = new QWidget(page);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(buildImapActionRow(listPane));
    listLayout->addWidget(m_inbox, 1);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(listPane);
    splitter->addWidget(m_messageInspector);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    m_searchRow = new QWidget(page);
    auto *searchLayout = new QHBoxLayout(m_searchRow);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_searchKey = new QComboBox(m_searchRow);
    m_searchKey->setObjectName(QStringLiteral("searchKeyCombo"));
    for (int i = 0; i < 5; ++i)
        m_searchKey->addItem(QString());
    m_searchEdit = new QLineEdit(m_searchRow);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(m_searchRow);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_clearSearchButton = new QPushButton(m_searchRow);
    m_clearSearchButton->setObjectName(QStringLiteral("clearSearchButton"));
    m_idleCheck = new QCheckBox(m_searchRow);
    m_idleCheck->setObjectName(QStringLiteral("idleCheck"));
    searchLayout->addWidget(m_searchKey);
    searchLayout->addWidget(m_searchEdit, 1);
    searchLayout->addWidget(m_searchButton);
    searchLayout->addWidget(m_clearSearchButton);
    searchLayout->addWidget(m_idleCheck);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MailClientWindow::search);
    connect(m_searchButton, &QPushButton::clicked, this, &MailClientWindow::search);
    connect(m_clearSearchButton, &QPushButton::clicked, this, &MailClientWindow::clearSearch);
    connect(m_searchKey, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_searchEdit->setEnabled(index < 3); // UNSEEN and FLAGGED take no text
    });
    connect(m_idleCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_client)
            return;
        if (on && imapMode())
            m_client->startIdle();
        else
            m_client->stopIdle();
    });
    m_imapStatus = new QLabel(page);
    m_imapStatus->setObjectName(QStringLiteral("imapStatus"));
    m_imapStatus->setWordWrap(true);
    m_imapStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QHBoxLayout;
    content->addWidget(buildImapFolderPane(page));
    content->addWidget(splitter, 1);

    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchButton);
    fetchRow->addWidget(m_fetchStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_modeBox);
    layout->addLayout(fetchRow);
    layout->addWidget(m_searchRow);
    layout->addWidget(m_imapStatus);
    layout->addLayout(content, 1);
    return page;
}

QWidget *MailClientWindow::buildImapFolderPane(QWidget *parent)
{
    m_folderPane = new QWidget(parent);
    m_folderPane->setObjectName(QStringLiteral("folderPane"));
    m_folderLabel = new QLabel(m_folderPane);
    m_folderList = new QListWidget(m_folderPane);
    m_folderList->setObjectName(QStringLiteral("folderList"));
    m_folderName = new QLineEdit(m_folderPane);
    m_folderName->setObjectName(QStringLiteral("folderNameEdit"));
    m_createFolderButton = new QPushButton(m_folderPane);
    m_createFolderButton->setObjectName(QStringLiteral("createFolderButton"));
    m_renameFolderButton = new QPushButton(m_folderPane);
    m_renameFolderButton->setObjectName(QStringLiteral("renameFolderButton"));
    m_deleteFolderButton = new QPushButton(m_folderPane);
    m_deleteFolderButton->setObjectName(QStringLiteral("deleteFolderButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_createFolderButton);
    buttons->addWidget(m_renameFolderButton);
    buttons->addWidget(m_deleteFolderButton);
    auto *layout = new QVBoxLayout(m_folderPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_folderList, 1);
    layout->addWidget(m_folderName);
    layout->addLayout(buttons);
    m_folderPane->setMaximumWidth(220);
    connect(m_folderList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openFolder(item->data(Qt::UserRole).toByteArray()); });
    connect(m_createFolderButton, &QPushButton::clicked, this, &MailClientWindow::createFolder);
    connect(m_renameFolderButton, &QPushButton::clicked, this, &MailClientWindow::renameFolder);
    connect(m_deleteFolderButton, &QPushButton::clicked, this, &MailClientWindow::deleteFolder);
    connect(m_folderName, &QLineEdit::textChanged, this, &MailClientWindow::updateImapButtons);
    return m_folderPane;
}

QWidget *MailClientWindow::buildImapActionRow(QWidget *parent)
{
    m_imapActions = new QWidget(parent);
    m_readButton = new QPushButton(m_imapActions);
    m_readButton->setObjectName(QStringLiteral("readButton"));
    m_flagButton = new QPushButton(m_imapActions);
    m_flagButton->setObjectName(QStringLiteral("flagButton"));
    m_deleteMessageButton = new QPushButton(m_imapActions);
    m_deleteMessageButton->setObjectName(QStringLiteral("deleteMessageButton"));
    m_downloadPartsButton = new QPushButton(m_imapActions);
    m_downloadPartsButton->setObjectName(QStringLiteral("downloadPartsButton"));
    m_moveCombo = new QComboBox(m_imapActions);
    m_moveCombo->setObjectName(QStringLiteral("moveCombo"));
    m_moveCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_moveButton = new QPushButton(m_imapActions);
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
    auto *layout = new QHBoxLayout(m_imapActions);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readButton);
    layout->addWidget(m_flagButton);
    layout->addWidget(m_deleteMessageButton);
    layout->addWidget(m_downloadPartsButton);
    layout->addStretch(1);
    layout->addWidget(m_moveButton);
    layout->addWidget(m_moveCombo);
    connect(m_readButton, &QPushButton::clicked, this, &MailClientWindow::toggleRead);
    connect(m_flagButton, &QPushButton::clicked, this, &MailClientWindow::toggleFlagged);
    connect(m_deleteMessageButton, &QPushButton::clicked, this, &MailClientWindow::deleteMessage);
    connect(m_moveButton, &QPushButton::clicked, this, &MailClientWindow::moveMessage);
    connect(m_downloadPartsButton, &QPushButton::clicked, this, &MailClientWindow::downloadParts);
    return m_imapActions;
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

void MailClientWindow::setPlayback(Playback playback)
{
    m_playback = playback;
    retranslate();
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
    MimeDraft draft; // From and the Message-ID's domain: the client's own
    draft.to = recipients;
    draft.cc = parseRecipients(m_cc->text());
    draft.subject = m_subject->text();
    draft.text = m_body->toPlainText();
    draft.attachments = m_attachments;
    m_sendState = SendState::Sending;
    retranslate();
    // The client puts everyone in To and Cc in the envelope (one RCPT each).
    m_client->send(draft);
}

bool MailClientWindow::addAttachment(const QString &filePath, QString *error)
{
    const QFileInfo info(filePath);
    QString why;
    QByteArray data;
    if (!info.isFile()) {
        why = tr("%1 is not a file.").arg(QDir::toNativeSeparators(filePath));
    } else if (info.size() > largestAttachment) {
        why = tr("%1 is too big to attach (%2; at most %3).")
                  .arg(info.fileName(), sizeText(info.size()), sizeText(largestAttachment));
    } else {
        QFile file(filePath);
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        if (file.error() != QFile::NoError)
            why = tr("Could not read %1: %2").arg(info.fileName(), file.errorString());
    }
    m_attachError = why;
    if (!why.isEmpty()) {
        refreshAttachments();
        if (error)
            *error = why;
        return false;
    }
    MimeAttachment attachment;
    attachment.fileName = info.fileName();
    attachment.contentType = QMimeDatabase().mimeTypeForFileNameAndData(filePath, data).name().toLatin1();
    attachment.data = data;
    m_attachments.append(attachment);
    refreshAttachments();
    return true;
}

void MailClientWindow::removeAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    m_attachError.clear();
    refreshAttachments();
}

void MailClientWindow::chooseAttachments()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    for (const QString &file : files)
        addAttachment(file);
}

void MailClientWindow::attachDropped(const QList<QUrl> &urls)
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_body->parentWidget()));
    for (const QUrl &url : urls)
        addAttachment(url.toLocalFile());
}

void MailClientWindow::refreshAttachments()
{
    m_attachmentList->clear();
    qint64 total = 0;
    for (const MimeAttachment &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(m_attachmentList);
        item->setText(tr("%1 — %2").arg(a.fileName, sizeText(a.data.size())));
        item->setToolTip(QString::fromLatin1(a.contentType));
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        total += a.data.size();
    }
    m_attachmentList->setVisible(!m_attachments.isEmpty());
    m_removeButton->setVisible(!m_attachments.isEmpty());
    m_removeButton->setEnabled(!m_attachmentList->selectedItems().isEmpty());
    m_attachHint->setToolTip(QString());
    if (!m_attachError.isEmpty()) {
        m_attachHint->setText(m_attachError);
    } else if (m_attachments.isEmpty()) {
        m_attachHint->setText(tr("or drop files on this window."));
    } else {
        // Base64 (RFC 2045 §6.8) writes 3 bytes as 4 characters, plus line ends.
        m_attachHint->setText(tr("%n file(s), %1 (about %2 in base64)", nullptr, int(m_attachments.size()))
                                  .arg(sizeText(total), sizeText(total * 4 / 3 + total / 38)));
        m_attachHint->setToolTip(tr("Base64 (RFC 2045 §6.8) writes every 3 bytes of a file as 4 "
                                    "letters, in lines of 76: the message is about a third bigger "
                                    "than its files."));
    }
}

void MailClientWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_client && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MailClientWindow::dropEvent(QDropEvent *event)
{
    if (!m_client || localFiles(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    attachDropped(event->mimeData()->urls());
}

bool MailClientWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the text are attached, not typed in as their paths.
    if (watched == m_body->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (!localFiles(drop->mimeData()).isEmpty()) {
                drop->acceptProposedAction();
                attachDropped(drop->mimeData()->urls());
                return true;
            }
        }
    } else if (watched == m_attachmentList && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            m_removeButton->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MailClientWindow::fetch()
{
    if (!m_client)
        return;
    m_fetchState = FetchState::Fetching;
    m_fetchMode = m_client->pop3Mode();
    m_fetchAccess = m_client->access();
    retranslate();
    if (imapMode()) {
        // The folder shown, with its flags (and INBOX's new mail as before).
        m_searchActive = false;
        runImap({}, ImapDid::Read);
        return;
    }
    m_client->fetch();
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
    m_fetchAccess = MailAccess::Pop3;
    m_fetchState = FetchState::Done;
    retranslate();
}

void MailClientWindow::refreshInbox()
{
    const int current = m_inbox->indexOfTopLevelItem(m_inbox->currentItem());
    const int before = m_inbox->topLevelItemCount();
    m_inbox->clear();
    m_shownUids.clear();
    if (m_client && imapMode()) {
        // The folder's messages: bold while unread, ⚑ when flagged.
        const QList<MailClient::ImapMessage> messages = m_client->imapMessages(m_imapFolder);
        for (const MailClient::ImapMessage &m : messages) {
            if (m_searchActive && !m_searchHits.contains(m.uid))
                continue;
            auto *item = new QTreeWidgetItem(m_inbox);
            const bool flagged = m.flags.contains("\\Flagged");
            item->setText(0, m.message.from);
            const QString subject = m.message.subject.isEmpty() ? tr("(no subject)") : m.message.subject;
            item->setText(1, flagged ? QStringLiteral("⚑ ") + subject : subject);
            QFont font = item->font(0);
            font.setBold(!m.flags.contains("\\Seen"));
            item->setFont(0, font);
            item->setFont(1, font);
            const QString flags = m.flags.isEmpty() ? tr("no flags") : QString::fromUtf8(m.flags.join(' '));
            item->setToolTip(0, tr("UID %1 — %2").arg(m.uid).arg(flags));
            item->setToolTip(1, tr("UID %1 — %2").arg(m.uid).arg(flags));
            m_shownUids.append(m.uid);
        }
    } else if (m_client) {
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
    QList<MailClient::InboxMessage> messages;
    if (m_client && imapMode()) {
        const QList<MailClient::ImapMessage> all = m_client->imapMessages(m_imapFolder);
        for (const quint32 uid : std::as_const(m_shownUids)) {
            for (const MailClient::ImapMessage &m : all) {
                if (m.uid == uid)
                    messages.append(m.message);
            }
        }
    } else if (m_client) {
        messages = m_client->inbox();
    }
    updateImapButtons();
    if (row < 0 || row >= messages.size()) {
        m_messageInspector->setMessage(QByteArray());
        m_messageInspector->setPlaceholderText(messages.isEmpty() ? tr("No messages yet: press Fetch.")
                                                                  : tr("Choose a message to read it."));
        return;
    }
    const QByteArray &content = messages.at(row).content;
    if (content != m_messageInspector->message().raw())
        m_messageInspector->setMessage(content);
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
    m_ccLabel->setText(tr("&Cc:"));
    m_cc->setPlaceholderText(tr("copies, seen by everyone (optional)"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_to->setPlaceholderText(tr("fran@servidor.edu (several: separate them with commas)"));
    m_body->setPlaceholderText(tr("Write the message here."));
    m_attachButton->setText(tr("&Attach…"));
    m_attachButton->setToolTip(tr("Adds files to the message: MIME (RFC 2045, 2046) carries them as parts, "
                                  "encoded in base64"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Takes the selected files out of the message (Delete)"));
    refreshAttachments();
    m_sendButton->setText(tr("Se&nd"));
    m_sendButton->setToolTip(
        tr("Hands the message to %1's server by SMTP (port 587, with a password)").arg(m_clientName));

    m_modeBox->setTitle(tr("When fetching mail"));
    m_imapMode->setText(tr("&IMAP: leave the mail on the server"));
    m_imapExplanation->setText(tr("The mail stays on the server, in its folders; only the text is "
                                  "downloaded, and the attachments stay there too."));
    m_deleteMode->setText(tr("Download and &delete"));
    m_keepMode->setText(tr("Download and &keep"));
    m_deleteExplanation->setText(tr("The messages are deleted from the server once downloaded: "
                                    "no other client can read them again."));
    m_keepExplanation->setText(tr("The messages stay on the server: another client can read "
                                  "the same mail again."));
    m_deleteMode->setToolTip(m_deleteExplanation->text());
    m_keepMode->setToolTip(m_keepExplanation->text());
    m_fetchButton->setText(tr("&Fetch"));
    m_fetchButton->setToolTip(
        tr("Downloads the new mail from %1's server by POP3 (port 110) or IMAP (port 143)")
            .arg(m_clientName));
    m_inbox->setHeaderLabels({tr("From"), tr("Subject")});

    m_folderLabel->setText(tr("Folders on the server"));
    m_folderName->setPlaceholderText(tr("folder name"));
    m_createFolderButton->setText(tr("New"));
    m_createFolderButton->setToolTip(tr("Creates a folder with this name on the server (CREATE)"));
    m_renameFolderButton->setText(tr("Rename"));
    m_renameFolderButton->setToolTip(tr("Gives the selected folder this name (RENAME)"));
    m_deleteFolderButton->setText(tr("Delete"));
    m_deleteFolderButton->setToolTip(
        tr("Deletes the selected folder and its messages from the server (DELETE)"));
    m_flagButton->setToolTip(tr("Sets or clears the \\Flagged flag on the server (UID STORE)"));
    m_readButton->setToolTip(tr("Sets or clears the \\Seen flag on the server (UID STORE)"));
    m_moveButton->setText(tr("&Move to:"));
    m_moveButton->setToolTip(tr("Moves the message to another folder on the server (UID MOVE)"));
    m_searchKey->setItemText(0, tr("Text"));
    m_searchKey->setItemText(1, tr("From"));
    m_searchKey->setItemText(2, tr("Subject"));
    m_searchKey->setItemText(3, tr("Unread"));
    m_searchKey->setItemText(4, tr("Flagged"));
    m_searchEdit->setPlaceholderText(tr("search on the server"));
    m_searchButton->setText(tr("Sea&rch"));
    m_searchButton->setToolTip(
        tr("The server searches the folder (UID SEARCH): nothing is downloaded for it"));
    m_clearSearchButton->setText(tr("Show all"));
    m_idleCheck->setText(tr("Stay connected (IDLE)"));
    m_idleCheck->setToolTip(tr("Keeps a connection open in IDLE: the server tells of new mail in INBOX "
                               "as soon as it arrives"));
    updateImapButtons();
    m_imapStatus->setText(imapStatus());

    if (!m_client)
        return;
    switch (m_sendState) {
    case SendState::Idle: m_sendStatus->clear(); break;
    case SendState::NoRecipient: m_sendStatus->setText(tr("Write at least one address in To.")); break;
    case SendState::Sending:
        m_sendStatus->setText(m_playback == Playback::Paused ? tr(
                                  "Sending… playback is paused: press Play (Space) or Step (Right) in the "
                                  "main window to let its lines go out.")
                                                             : tr("Sending…"));
        break;
    case SendState::Done: {
        const SmtpClientResult &r = m_client->lastSendResult();
        QString text;
        switch (r.outcome) {
        case SmtpClientResult::Outcome::Delivered: text = tr("Sent: %1").arg(replyText(r.lastReply)); break;
        case SmtpClientResult::Outcome::PermanentFailure:
            text = r.failedCommand.isEmpty()
                ? tr("Not sent: %1").arg(replyText(r.lastReply))
                : tr("Not sent: the server answered %1 with %2")
                      .arg(QString::fromLatin1(r.failedCommand), replyText(r.lastReply));
            break;
        case SmtpClientResult::Outcome::TransientFailure:
            text =
                tr("Not sent for now (a temporary failure, try again later): %1").arg(replyText(r.lastReply));
            break;
        case SmtpClientResult::Outcome::Pending: text = tr("Sending…"); break;
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
    case FetchState::Idle: m_fetchStatus->clear(); break;
    case FetchState::Fetching: m_fetchStatus->setText(tr("Fetching…")); break;
    case FetchState::Done: {
        if (m_fetchAccess == MailAccess::Imap) {
            const ImapClientResult &imap = m_client->lastImapResult();
            qint64 downloaded = 0;
            qint64 whole = 0;
            int left = 0;
            for (const ImapFetchedMessage &m : imap.messages) {
                downloaded += m.downloaded;
                whole += m.size;
                left += m.partial ? int(m.attachments.size()) : 0;
            }
            if (!imap.ok)
                m_fetchStatus->setText(tr("Fetch failed: %1").arg(QString::fromUtf8(imap.error)));
            else
                m_fetchStatus->setText(
                    tr("IMAP: %n new message(s); %1 of %2 octets downloaded, %3 attachment(s) left on the "
                       "server, which keeps all %4 message(s).",
                       nullptr, int(imap.messages.size()))
                        .arg(downloaded)
                        .arg(whole)
                        .arg(left)
                        .arg(imap.messagesOnServer));
            break;
        }
        const Pop3ClientResult &r = m_client->lastFetchResult();
        const int fetched = int(r.messages.size());
        if (!r.ok)
            m_fetchStatus->setText(tr("Fetch failed: %1").arg(QString::fromUtf8(r.error)));
        else if (m_fetchMode == Pop3Mode::DownloadAndKeep)
            m_fetchStatus->setText(
                tr("%n new message(s) downloaded; the server keeps all %1.", nullptr, fetched)
                    .arg(r.messagesOnServer));
        else
            m_fetchStatus->setText(
                tr("%n message(s) downloaded and deleted from the server.", nullptr, fetched));
        break;
    }
    }
}

// ---- IMAP mode: folders, flags, move, search, IDLE ----------------------------------

bool MailClientWindow::imapMode() const
{
    return m_imapMode->isChecked();
}

void MailClientWindow::modeChanged()
{
    const bool imap = imapMode();
    m_folderPane->setVisible(imap);
    m_imapActions->setVisible(imap);
    m_searchRow->setVisible(imap);
    m_imapStatus->setVisible(imap);
    // Room for the folders: in IMAP mode the POP3 modes' explanations go
    // (their radio buttons' tooltips keep them).
    m_deleteExplanation->setVisible(!imap);
    m_keepExplanation->setVisible(!imap);
    if (m_client) {
        if (imap && m_idleCheck->isChecked() && isVisible())
            m_client->startIdle();
        else if (!imap)
            m_client->stopIdle(); // DONE and LOGOUT: POP3 needs no open connection
    }
    refreshFolders();
    refreshInbox();
}

MailClientWindow::~MailClientWindow()
{
    if (m_client)
        m_client->stopIdle();
}

void MailClientWindow::closeEvent(QCloseEvent *event)
{
    // The IDLE connection ends with the window (DONE, LOGOUT).
    if (m_client)
        m_client->stopIdle();
    QWidget::closeEvent(event);
}

void MailClientWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    modeChanged();
}

void MailClientWindow::openFolder(const QByteArray &folder)
{
    m_imapFolder = folder;
    m_searchActive = false;
    refreshFolders();
    refreshInbox();
    runImap({}, ImapDid::Read, QString::fromUtf8(folder));
}

void MailClientWindow::runImap(const QList<ImapAction> &actions, ImapDid did, const QString &argument)
{
    if (!m_client)
        return;
    m_imapDid = did;
    m_imapArgument = argument;
    m_imapWorking = true;
    m_imapFailed = false;
    m_idleArrived = 0;
    m_imapStatus->setText(imapStatus());
    m_client->runImap(m_imapFolder, actions);
}

quint32 MailClientWindow::selectedUid() const
{
    const int row = m_inbox->indexOfTopLevelItem(m_inbox->currentItem());
    return row >= 0 && row < m_shownUids.size() ? m_shownUids.at(row) : 0;
}

QList<QByteArray> MailClientWindow::selectedFlags() const
{
    const quint32 uid = selectedUid();
    if (!m_client || uid == 0)
        return {};
    const QList<MailClient::ImapMessage> messages = m_client->imapMessages(m_imapFolder);
    for (const MailClient::ImapMessage &m : messages) {
        if (m.uid == uid)
            return m.flags;
    }
    return {};
}

void MailClientWindow::createFolder()
{
    const QByteArray name = m_folderName->text().trimmed().toUtf8();
    if (name.isEmpty())
        return;
    runImap({ImapAction::create(name)}, ImapDid::CreatedFolder, QString::fromUtf8(name));
}

void MailClientWindow::renameFolder()
{
    const QByteArray name = m_folderName->text().trimmed().toUtf8();
    if (name.isEmpty() || m_imapFolder.compare("INBOX", Qt::CaseInsensitive) == 0)
        return;
    const QByteArray old = m_imapFolder;
    // The folder is read under its new name once renamed.
    m_imapFolder = "INBOX";
    m_searchActive = false;
    m_imapDid = ImapDid::RenamedFolder;
    runImap({ImapAction::rename(old, name)}, ImapDid::RenamedFolder, QString::fromUtf8(name));
}

void MailClientWindow::deleteFolder()
{
    if (m_imapFolder.compare("INBOX", Qt::CaseInsensitive) == 0)
        return;
    const QByteArray old = m_imapFolder;
    m_imapFolder = "INBOX";
    m_searchActive = false;
    runImap({ImapAction::remove(old)}, ImapDid::DeletedFolder, QString::fromUtf8(old));
}

void MailClientWindow::downloadParts()
{
    // The course's "on demand": only the parts left on the server, one
    // UID FETCH each (BODY.PEEK[n.MIME] and BODY.PEEK[n]).
    const quint32 uid = selectedUid();
    if (!m_client || uid == 0)
        return;
    QList<ImapAction> actions;
    QStringList names;
    for (const MailClient::ImapMessage &m : m_client->imapMessages(m_imapFolder)) {
        if (m.uid != uid)
            continue;
        for (const ImapAttachmentInfo &a : m.leftOnServer) {
            actions.append(ImapAction::fetchPart(uid, a.part));
            names.append(QString::fromUtf8(a.fileName));
        }
    }
    if (!actions.isEmpty())
        runImap(actions, ImapDid::DownloadedParts, names.join(QStringLiteral(", ")));
}

void MailClientWindow::toggleRead()
{
    const quint32 uid = selectedUid();
    if (uid == 0)
        return;
    const bool seen = selectedFlags().contains("\\Seen");
    runImap({ImapAction::store(uid, {"\\Seen"}, !seen)}, seen ? ImapDid::MarkedUnread : ImapDid::MarkedRead);
}

void MailClientWindow::toggleFlagged()
{
    const quint32 uid = selectedUid();
    if (uid == 0)
        return;
    const bool flagged = selectedFlags().contains("\\Flagged");
    runImap({ImapAction::store(uid, {"\\Flagged"}, !flagged)},
            flagged ? ImapDid::Unflagged : ImapDid::Flagged);
}

void MailClientWindow::deleteMessage()
{
    const quint32 uid = selectedUid();
    if (uid == 0 || !m_client)
        return;
    // As Thunderbird does: to the Trash folder (RFC 6154's \Trash); in the
    // Trash itself, or without one, \Deleted and EXPUNGE remove it for good.
    QByteArray trash;
    const QList<ImapFolderEntry> folders = m_client->imapFolders();
    for (const ImapFolderEntry &f : folders) {
        if (f.attributes.contains("\\Trash"))
            trash = f.name;
    }
    if (!trash.isEmpty() && trash != m_imapFolder) {
        runImap({ImapAction::move(uid, trash)}, ImapDid::MovedToTrash, QString::fromUtf8(trash));
        return;
    }
    runImap({ImapAction::store(uid, {"\\Deleted"}, true), ImapAction::expunge()}, ImapDid::Expunged);
}

void MailClientWindow::moveMessage()
{
    const quint32 uid = selectedUid();
    const QByteArray to = m_moveCombo->currentData().toByteArray();
    if (uid == 0 || to.isEmpty())
        return;
    runImap({ImapAction::move(uid, to)}, ImapDid::Moved, QString::fromUtf8(to));
}

void MailClientWindow::search()
{
    const QString text = m_searchEdit->text().trimmed();
    QByteArray criteria;
    switch (m_searchKey->currentIndex()) {
    case 0: criteria = ImapAction::searchKey("TEXT", text); break;
    case 1: criteria = ImapAction::searchKey("FROM", text); break;
    case 2: criteria = ImapAction::searchKey("SUBJECT", text); break;
    case 3: criteria = "UNSEEN"; break;
    default: criteria = "FLAGGED"; break;
    }
    if (m_searchKey->currentIndex() < 3 && text.isEmpty()) {
        clearSearch();
        return;
    }
    runImap({ImapAction::search(criteria)}, ImapDid::Searched);
}

void MailClientWindow::clearSearch()
{
    m_searchActive = false;
    m_searchEdit->clear();
    if (m_imapDid == ImapDid::Searched)
        m_imapDid = ImapDid::Nothing;
    m_imapStatus->setText(imapStatus());
    refreshInbox();
}

void MailClientWindow::showImapUpdate(const ImapClientResult &result, bool fromIdle)
{
    if (fromIdle) {
        // New mail told while connected: the list follows by itself.
        m_idleArrived = int(result.rounds > 1 ? result.messages.size() : 0);
        if (m_idleArrived > 0)
            m_imapDid = ImapDid::Nothing;
    } else {
        m_imapWorking = false;
        m_imapFailed = !result.ok || !result.selected;
        m_imapReply = QString::fromUtf8(result.error);
        for (const ImapActionOutcome &o : result.outcomes) {
            if (!o.ok) {
                m_imapFailed = true;
                m_imapReply = QString::fromUtf8(o.reply);
            }
        }
        if (result.searched && !m_imapFailed) {
            m_searchActive = true;
            m_searchHits = result.searchHits;
            m_searchOf = int(result.uids.size());
        }
        if (!result.selected && result.folder != "INBOX") {
            // The folder is gone (deleted elsewhere): back to INBOX.
            m_imapFolder = "INBOX";
        }
        m_fetchState = FetchState::Done;
        m_fetchAccess = MailAccess::Imap;
    }
    refreshFolders();
    refreshInbox();
    retranslate();
}

void MailClientWindow::refreshFolders()
{
    if (!m_client)
        return;
    QList<ImapFolderEntry> folders = m_client->imapFolders();
    if (folders.isEmpty())
        folders.append(ImapFolderEntry{"INBOX", {}});
    const QSignalBlocker block(m_folderList);
    m_folderList->clear();
    const QByteArray moveTo = m_moveCombo->currentData().toByteArray();
    m_moveCombo->clear();
    for (const ImapFolderEntry &f : std::as_const(folders)) {
        auto *item = new QListWidgetItem(QString::fromUtf8(f.name), m_folderList);
        item->setData(Qt::UserRole, f.name);
        QStringList special;
        for (const QByteArray &a : f.attributes)
            special.append(QString::fromUtf8(a));
        item->setToolTip(special.join(QLatin1Char(' ')));
        if (f.name == m_imapFolder) {
            m_folderList->setCurrentItem(item);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            m_moveCombo->addItem(QString::fromUtf8(f.name), f.name);
        }
    }
    const int again = m_moveCombo->findData(moveTo);
    if (again >= 0)
        m_moveCombo->setCurrentIndex(again);
    updateImapButtons();
}

void MailClientWindow::updateImapButtons()
{
    if (!m_readButton)
        return;
    const bool has = selectedUid() != 0;
    const QList<QByteArray> flags = selectedFlags();
    m_readButton->setText(flags.contains("\\Seen") ? tr("Mark as &unread") : tr("Mark as r&ead"));
    m_flagButton->setText(flags.contains("\\Flagged") ? tr("Unfla&g") : tr("Fla&g"));
    m_deleteMessageButton->setText(tr("De&lete"));
    m_deleteMessageButton->setToolTip(tr("Moves the message to Trash; in Trash, marks it \\Deleted and "
                                         "EXPUNGE removes it from the server"));
    bool partsLeft = false;
    for (const MailClient::ImapMessage &m :
         m_client ? m_client->imapMessages(m_imapFolder) : QList<MailClient::ImapMessage>()) {
        if (m.uid == selectedUid())
            partsLeft = !m.leftOnServer.isEmpty();
    }
    m_downloadPartsButton->setText(tr("Download a&ttachments"));
    m_downloadPartsButton->setToolTip(tr("Downloads only the attachments left on the server "
                                         "(UID FETCH … BODY.PEEK[part])"));
    m_downloadPartsButton->setEnabled(partsLeft);
    m_readButton->setEnabled(has);
    m_flagButton->setEnabled(has);
    m_deleteMessageButton->setEnabled(has);
    m_moveButton->setEnabled(has && m_moveCombo->count() > 0);
    const bool inbox = m_imapFolder.compare("INBOX", Qt::CaseInsensitive) == 0;
    const bool named = !m_folderName->text().trimmed().isEmpty();
    m_createFolderButton->setEnabled(named);
    m_renameFolderButton->setEnabled(named && !inbox);
    m_deleteFolderButton->setEnabled(!inbox);
}

QString MailClientWindow::imapStatus() const
{
    const QString server = m_client ? m_client->serverDomain() : QString();
    QString text;
    if (m_imapWorking) {
        text = tr("Asking %1…").arg(server);
    } else if (m_imapFailed) {
        text = tr("%1 refused: %2").arg(server, m_imapReply);
    } else if (m_idleArrived > 0) {
        text = tr("New mail: %n message(s) arrived in INBOX while connected (IDLE).", nullptr, m_idleArrived);
    } else {
        switch (m_imapDid) {
        case ImapDid::Nothing:
        case ImapDid::Read: break;
        case ImapDid::CreatedFolder:
            text = tr("Folder \"%1\" created on %2.").arg(m_imapArgument, server);
            break;
        case ImapDid::RenamedFolder:
            text = tr("Folder renamed to \"%1\" on %2.").arg(m_imapArgument, server);
            break;
        case ImapDid::DeletedFolder:
            text = tr("Folder \"%1\" deleted from %2.").arg(m_imapArgument, server);
            break;
        case ImapDid::MarkedRead: text = tr("Marked as read (\\Seen) on %1.").arg(server); break;
        case ImapDid::MarkedUnread: text = tr("Marked as unread (no \\Seen) on %1.").arg(server); break;
        case ImapDid::Flagged: text = tr("Flagged (\\Flagged) on %1.").arg(server); break;
        case ImapDid::Unflagged: text = tr("Flag cleared on %1.").arg(server); break;
        case ImapDid::Moved: text = tr("Moved to \"%1\" on %2.").arg(m_imapArgument, server); break;
        case ImapDid::MovedToTrash:
            text = tr("Deleted: moved to \"%1\" on %2 (it can still be recovered from there).")
                       .arg(m_imapArgument, server);
            break;
        case ImapDid::Expunged:
            text = tr("Deleted for good: marked \\Deleted and expunged from %1.").arg(server);
            break;
        case ImapDid::DownloadedParts:
            text = tr("Downloaded on demand from %1: %2 (the text was already here).")
                       .arg(server, m_imapArgument);
            break;
        case ImapDid::Searched:
            if (m_searchActive)
                text = tr("Searched on %1: %2 of %n message(s)", nullptr, m_searchOf)
                           .arg(server)
                           .arg(m_searchHits.size());
            break;
        }
    }
    if (m_idleOn && text.isEmpty())
        text = tr("Connected to %1 in IDLE: new mail will show up by itself.").arg(server);
    return text;
}
