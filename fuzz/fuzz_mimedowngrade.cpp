// fuzz_mimedowngrade.cpp — MimeComposer::downgradeToSevenBit() on any message.
//
// Input: the raw message (an 8-bit one is what reaches the function in
// practice: a 7-bit message comes back untouched). Checked besides the
// sanitizers: a 7-bit message is returned as it is and unchanged; "changed"
// says whether the octets changed; the result parses; and a second pass
// changes nothing (the first one already made 7-bit everything the function
// knows how to; what is left, such as an 8-bit address, makes the client
// refuse the message with 554 5.6.3).
#include "fuzzsupport.h"
#include "message/mimecomposer.h"
#include "message/mimemessage.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    bool changed = true;
    const QByteArray once = MimeComposer::downgradeToSevenBit(raw, &changed);
    const bool ascii = std::all_of(raw.cbegin(), raw.cend(),
                                   [](char c) { return static_cast<unsigned char>(c) < 128; });
    if (ascii)
        FUZZ_CHECK(!changed && once == raw);
    FUZZ_CHECK(changed == (once != raw));
    MimeMessage::parse(once);
    bool changedAgain = true;
    const QByteArray twice = MimeComposer::downgradeToSevenBit(once, &changedAgain);
    FUZZ_CHECK(!changedAgain);
    FUZZ_CHECK(twice == once);
    return 0;
}
