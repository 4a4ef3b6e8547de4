#include "timelineexport.h"

// Stub: being written.
namespace TimelineExport {
bool toImage(const TimelineModel &, const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("not yet");
    return false;
}
bool transcriptToText(const Transcript &, const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("not yet");
    return false;
}
} // namespace TimelineExport
