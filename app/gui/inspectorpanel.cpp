#include "inspectorpanel.h"

// Stub: being written.
InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
{
}

void InspectorPanel::setTranscript(const Transcript *transcript)
{
    m_transcript = transcript;
}

void InspectorPanel::showEvent(qsizetype index)
{
    m_event = index;
}

QString InspectorPanel::explanationText() const
{
    return QString();
}

QString InspectorPanel::rawText() const
{
    return QString();
}
