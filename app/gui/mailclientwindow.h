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
struct SmtpClientResult;

class MailClientWindow : public QWidget
{
    Q_OBJECT
public:
    explicit MailClientWindow(MailClient *client, QWidget *parent = nullptr);

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

protected:
    void changeEvent(QEvent *event) override;
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
