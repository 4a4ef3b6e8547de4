// SPDX-License-Identifier: GPL-3.0-or-later
// messageinspector.h — one e-mail message taken apart: headers, MIME tree, bytes.
//
// The course's section 4: a message is a header (fields such as From, To,
// Subject; RFC 5322) and a body; section 4.1: MIME (RFC 2045, 2046) adds
// fields that say what the body is, and lets a body hold parts (text,
// attachments) in a tree. The inspector shows the message as a reader sees it
// (the Text tab), its header fields each with what it is for (from
// core/explain), the MIME tree (type, charset, transfer encoding, file name,
// size) and the raw source with the line ends made visible. Selecting a part
// highlights its bytes in the source (its headers lightly, its body more) and
// emits partSelected(), so that the main window can light up the timeline
// rows that carried those bytes. A damaged message says so above everything.
#pragma once

#include "message/mimemessage.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

class MessageInspector : public QWidget
{
    Q_OBJECT
public:
    explicit MessageInspector(QWidget *parent = nullptr);

    // Shows a message as received (CR LF or LF line ends); empty clears.
    void setMessage(const QByteArray &raw);
    const MimeMessage &message() const { return m_message; }
    // What the view says when there is no message.
    void setPlaceholderText(const QString &text);

    // The selected part (index in message().parts()), or -1.
    int currentPart() const { return m_currentPart; }
    void setCurrentPart(int part);

    // Writes a part's decoded body (an attachment's own bytes) to a file.
    // The "Save attachment…" button asks for the file name and calls this.
    bool saveAttachment(int part, const QString &fileName, QString *error = nullptr) const;

    // The bytes of raw() highlighted in the source: the selected part's
    // [offset, offset + length); length 0 when nothing is.
    qsizetype highlightedOffset() const { return m_highlightOffset; }
    qsizetype highlightedLength() const { return m_highlightLength; }
    // Where a byte of raw() is in the source view's text (line ends are drawn
    // as \r \n marks, so positions and byte offsets differ).
    int sourcePosition(qsizetype byteOffset) const;

    // The "This message is damaged: …" line; empty when the message is sound.
    QString warningText() const;
    // The explanation shown for the selected header field, as plain text.
    QString headerExplanationText() const;

    QTreeWidget *partTree() const { return m_parts; }
    QTreeWidget *headerList() const { return m_headers; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *saveButton() const { return m_saveButton; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // A part was selected: its bytes are [offset, offset + length) of raw().
    // part -1 (offset 0, length 0): nothing is selected any more.
    void partSelected(int part, qsizetype offset, qsizetype length);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void fillTree();
    void fillHeaders();
    void fillText();
    void fillSource();
    void showHeaderExplanation();
    void highlightPart();
    void onPartChanged();
    void saveCurrent();
    QString describe(int part) const;
    QString partText(int part) const;

    MimeMessage m_message;
    int m_currentPart = -1;
    qsizetype m_highlightOffset = 0;
    qsizetype m_highlightLength = 0;
    QList<int> m_positions; // the source's text position of each byte of raw()
    QString m_placeholder;

    QWidget *m_warningBanner = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_partsLabel = nullptr;
    QTreeWidget *m_parts = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_headers = nullptr;
    QTextBrowser *m_headerExplanation = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_sourceLegend = nullptr;
};
