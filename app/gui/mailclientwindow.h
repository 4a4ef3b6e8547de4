// SPDX-License-Identifier: GPL-3.0-or-later
// mailclientwindow.h — Ana's or Fran's mail client (MUA) as a window.
//
// Compose (From, To, Cc, Subject, body, attachments — by the Attach… button or
// by dropping files on the window) and send; the inbox; the selected message
// in a MessageInspector (its text, header fields explained, MIME parts, the
// source); the POP3 mode switch between "download and delete" and "download
// and keep", as the course describes them.
//
// The window only asks its MailClient to send or fetch and shows what comes
// back (the server's reply to the message, the result of the POP3 session);
// the conversation itself is on the timeline like any other. If the client
// goes away (the scenario restarts) the window says so and does nothing more.
#pragma once

#include "message/mimecomposer.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class MailClient;
class MessageInspector;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTreeWidget;
enum class Pop3Mode;
enum class MailAccess : quint8;
struct Pop3ClientResult;
struct ImapClientResult;
struct ImapAction;
struct SmtpClientResult;

class MailClientWindow : public QWidget
{
    Q_OBJECT
public:
    explicit MailClientWindow(MailClient *client, QWidget *parent = nullptr);
    // Ends the IDLE connection, if any (DONE, LOGOUT).
    ~MailClientWindow() override;

    MailClient *client() const;

    // The "To" field as addresses: split at commas, semicolons and spaces.
    static QList<QByteArray> parseRecipients(const QString &text);

    // Attaches a file to the message being written (what Attach… and a drop
    // do); false, with the reason in *error, if it cannot be read.
    bool addAttachment(const QString &filePath, QString *error = nullptr);
    void removeAttachment(int index);
    QList<MimeAttachment> attachments() const { return m_attachments; }
    MessageInspector *messageInspector() const { return m_messageInspector; }
    // Whether the main window's playback is paused: a message being sent
    // then says that its lines wait for Play or Step.
    enum class Playback {
        Playing,
        Paused
    };
    void setPlayback(Playback playback);

    // IMAP mode: the folder whose messages are shown.
    QByteArray imapFolder() const { return m_imapFolder; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildComposePage();
    QWidget *buildInboxPage();
    void retranslate();
    void send();
    void chooseAttachments();
    void attachDropped(const QList<QUrl> &urls);
    void refreshAttachments();
    void fetch();
    void showSent(const SmtpClientResult &result);
    void showFetched(const Pop3ClientResult &result);
    void refreshInbox();
    void showSelectedMessage();
    void clientGone();
    // IMAP mode: folders, flags, move, search, IDLE.
    QWidget *buildImapFolderPane(QWidget *parent);
    QWidget *buildImapActionRow(QWidget *parent);
    bool imapMode() const;
    void modeChanged();
    void openFolder(const QByteArray &folder);
    // Runs one action on the server in the folder shown; `what` is what the
    // status line says when it worked.
    enum class ImapDid : quint8 {
        Nothing,
        Read,
        CreatedFolder,
        RenamedFolder,
        DeletedFolder,
        MarkedRead,
        MarkedUnread,
        Flagged,
        Unflagged,
        Moved,
        MovedToTrash,
        Expunged,
        Searched,
        DownloadedParts
    };
    void runImap(const QList<ImapAction> &actions, ImapDid did, const QString &argument = {});
    quint32 selectedUid() const;
    QList<QByteArray> selectedFlags() const;
    void createFolder();
    void downloadParts();
    void renameFolder();
    void deleteFolder();
    void toggleRead();
    void toggleFlagged();
    void deleteMessage();
    void moveMessage();
    void search();
    void clearSearch();
    void showImapUpdate(const ImapClientResult &result, bool fromIdle);
    void refreshFolders();
    void updateImapButtons();
    QString imapStatus() const;

    QPointer<MailClient> m_client;
    QString m_clientName; // kept for the title once the client is gone
    QString m_address;

    QTabWidget *m_tabs = nullptr;
    // Compose
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLabel *m_ccLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_attachButton = nullptr;
    QLabel *m_attachHint = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QPushButton *m_removeButton = nullptr;
    QList<MimeAttachment> m_attachments;
    QString m_attachError; // why the last file could not be attached
    QPushButton *m_sendButton = nullptr;
    QLabel *m_sendStatus = nullptr;
    // Inbox
    QGroupBox *m_modeBox = nullptr;
    QRadioButton *m_deleteMode = nullptr;
    QRadioButton *m_keepMode = nullptr;
    QRadioButton *m_imapMode = nullptr;
    QLabel *m_deleteExplanation = nullptr;
    QLabel *m_keepExplanation = nullptr;
    QLabel *m_imapExplanation = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QPushButton *m_fetchButton = nullptr;
    QLabel *m_fetchStatus = nullptr;
    QTreeWidget *m_inbox = nullptr;
    MessageInspector *m_messageInspector = nullptr;
    // IMAP mode
    QWidget *m_folderPane = nullptr;
    QLabel *m_folderLabel = nullptr;
    QListWidget *m_folderList = nullptr;
    QLineEdit *m_folderName = nullptr;
    QPushButton *m_createFolderButton = nullptr;
    QPushButton *m_renameFolderButton = nullptr;
    QPushButton *m_deleteFolderButton = nullptr;
    QWidget *m_imapActions = nullptr;
    QPushButton *m_readButton = nullptr;
    QPushButton *m_flagButton = nullptr;
    QPushButton *m_deleteMessageButton = nullptr;
    QPushButton *m_downloadPartsButton = nullptr; // the attachments left on the server, on demand
    QComboBox *m_moveCombo = nullptr;
    QPushButton *m_moveButton = nullptr;
    QWidget *m_searchRow = nullptr;
    QComboBox *m_searchKey = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_clearSearchButton = nullptr;
    QCheckBox *m_idleCheck = nullptr;
    QLabel *m_imapStatus = nullptr;
    QByteArray m_imapFolder = "INBOX";
    bool m_searchActive = false;
    QList<quint32> m_searchHits;
    int m_searchOf = 0; // messages in the folder searched
    QList<quint32> m_shownUids; // IMAP: the rows' UIDs
    ImapDid m_imapDid = ImapDid::Nothing;
    QString m_imapArgument; // the folder named in the status line
    bool m_imapWorking = false;
    bool m_imapFailed = false;
    QString m_imapReply; // the server's refusal
    int m_idleArrived = 0; // new messages told by the last IDLE wake-up
    bool m_idleOn = false;

    // What the status lines say, kept so that a language change redraws them.
    enum class SendState {
        Idle,
        Sending,
        Done,
        NoRecipient
    };
    SendState m_sendState = SendState::Idle;
    Playback m_playback = Playback::Playing;
    enum class FetchState {
        Idle,
        Fetching,
        Done
    };
    FetchState m_fetchState = FetchState::Idle;
    Pop3Mode m_fetchMode{}; // of the fetch the status line tells about
    MailAccess m_fetchAccess{};
};
