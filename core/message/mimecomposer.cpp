#include "mimecomposer.h"

// Stub: being written (GMime).
namespace MimeComposer {
QByteArray compose(const MimeDraft &, Encoding)
{
    return QByteArray();
}
QByteArray downgradeToSevenBit(const QByteArray &raw, bool *changed)
{
    if (changed)
        *changed = false;
    return raw;
}
} // namespace MimeComposer
