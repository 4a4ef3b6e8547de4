// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_mimedowngrade.cpp — MimeComposer::downgradeToSevenBit() on any message.
//
// Input: the raw message (an 8-bit one is what reaches the function in
// practice: a 7-bit message comes back untouched). Checked besides the
// sanitizers: a 7-bit message is returned as it is and unchanged; "changed"
// says whether the octets changed; the result parses; and when the result is
// 7-bit, it has the same parts with the same types, and a second pass changes
// nothing. (A result still 8-bit, such as one with an 8-bit address, makes the
// SMTP client refuse the message with 554 5.6.3: nothing more is promised.)
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
    const MimeMessage after = MimeMessage::parse(once);
    const auto isAscii = [](const QByteArray &bytes) {
        return std::all_of(bytes.cbegin(), bytes.cend(),
                           [](char c) { return static_cast<unsigned char>(c) < 128; });
    };
    if (!isAscii(once))
        return 0; // what is left 8-bit makes the client refuse it (554 5.6.3)
    // Made 7-bit: only encodings changed, not the structure, and a second
    // pass (a retry) has nothing left to do.
    // Only for a well-formed message (no warnings, CR LF throughout): in a
    // malformed one a field added for a header-less part can land in its
    // parent's header. Known; docs/testing.md.
    const MimeMessage before = MimeMessage::parse(raw);
    QByteArray lineEnds = raw;
    lineEnds.replace("\r\n", "");
    if (before.warnings().isEmpty() && !lineEnds.contains('\n') && !lineEnds.contains('\r')) {
        FUZZ_CHECK(after.parts().size() == before.parts().size());
        for (int i = 0; i < after.parts().size(); ++i)
            FUZZ_CHECK(after.parts().at(i).contentType == before.parts().at(i).contentType);
    }
    bool changedAgain = true;
    const QByteArray twice = MimeComposer::downgradeToSevenBit(once, &changedAgain);
    FUZZ_CHECK(!changedAgain);
    FUZZ_CHECK(twice == once);
    return 0;
}
