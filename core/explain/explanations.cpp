#include "explanations.h"

// Stub: the catalogue is being written.
namespace Explanations {
Explanation forLine(Protocol, TranscriptEvent::Direction, const QByteArray &, Phase)
{
    return {};
}
Explanation forEvent(const TranscriptEvent &)
{
    return {};
}
QString phaseTitle(Phase phase)
{
    return phaseName(phase);
}
} // namespace Explanations
