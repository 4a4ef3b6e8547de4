#include "timelinemodel.h"

// Stub: being written.
TimelineModel::TimelineModel(QObject *parent)
    : QObject(parent)
{
}

void TimelineModel::setTranscript(const Transcript *transcript)
{
    m_transcript = transcript;
}

void TimelineModel::setPreferredLanes(const QStringList &hosts)
{
    m_lanes = hosts;
}

qsizetype TimelineModel::rowOfEvent(qsizetype) const
{
    return -1;
}

void TimelineModel::appendEvent(const TranscriptEvent &)
{
}
