// SPDX-License-Identifier: GPL-3.0-or-later
// inspectorpanel.h — everything about the selected line of the timeline.
//
// The raw bytes with CR LF made visible, who sent it to whom, the protocol
// phase before and after, and a plain-language explanation of the command or
// reply code with its RFC section (from core/explain). Inside TLS a line is
// shown twice: what the receiving host reads (the line, decrypted) and what
// anyone on the wire sees (the record that carried it, in hex, its 5-octet
// header explained); a handshake message shows its record the same way.
#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;
class Transcript;
struct TranscriptEvent;

class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setTranscript(const Transcript *transcript);
    // A line with a password shows "PASS ****", and no decoded AUTH (a class
    // window, projected): off by default, the course shows them on purpose.
    void setHidePasswords(bool hide);
    bool hidesPasswords() const { return m_hidePasswords; }
    // Shows the transcript event at this index; -1 clears.
    void showEvent(qsizetype index);
    qsizetype shownEvent() const { return m_event; }
    // What is shown, as plain text (for tests and copying).
    QString explanationText() const;
    QString rawText() const;
    // "Opening (handshake) → Mail transfer": the phases around the line.
    QString phaseText() const;
    // Who sent it to whom, the connection and the time.
    QString routeText() const;
    // Inside TLS: the carrying record in hex and its header explained (empty
    // for a line in clear).
    QString wireText() const;
    // The heading above the bytes ("What fran reads (decrypted)" inside TLS).
    QString bytesHeadingText() const;

    // The marks that make line endings visible in rawText(), drawn in the
    // palette's link colour. C escapes rather than the Unicode control
    // pictures (U+240D, U+240A), which common fonts (Noto, DejaVu) lack.
    static QString carriageReturnMark() { return QStringLiteral("\\r"); }
    static QString lineFeedMark() { return QStringLiteral("\\n"); }
    static QString tabMark() { return QStringLiteral("\\t"); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showWire(const Transcript &transcript, const TranscriptEvent &event);
    void clear();
    void transcriptGrew(qsizetype first, qsizetype last);

    QPointer<const Transcript> m_transcript;
    QMetaObject::Connection m_growth;
    qsizetype m_event = -1;
    bool m_hidePasswords = false;
    bool m_waitingForNext = false;

    QLabel *m_route = nullptr;
    QLabel *m_bytesHeading = nullptr;
    QLabel *m_raw = nullptr;
    QLabel *m_octets = nullptr;
    QLabel *m_sensitive = nullptr;
    QLabel *m_wireHeading = nullptr;
    QLabel *m_wire = nullptr;
    QLabel *m_wireHeader = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_rfc = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;

    QString m_rawPlain;
    QString m_explanationPlain;
    QString m_phasePlain;
    QString m_routePlain;
    QString m_wirePlain;
};
