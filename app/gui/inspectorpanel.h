// inspectorpanel.h — everything about the selected line of the timeline.
//
// The raw bytes with CR LF made visible, who sent it to whom, the protocol
// phase before and after, and a plain-language explanation of the command or
// reply code with its RFC section (from core/explain).
#pragma once

#include <QWidget>

class Transcript;

class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setTranscript(const Transcript *transcript);
    // Shows the transcript event at this index; -1 clears.
    void showEvent(qsizetype index);
    qsizetype shownEvent() const { return m_event; }
    // What is shown, as plain text (for tests and copying).
    QString explanationText() const;
    QString rawText() const;

private:
    const Transcript *m_transcript = nullptr;
    qsizetype m_event = -1;
};
