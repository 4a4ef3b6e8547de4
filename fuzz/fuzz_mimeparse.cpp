// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_mimeparse.cpp — MimeMessage::parse() on any octets a message may hold.
//
// Input: the raw message. Checked besides the sanitizers: parsing keeps the
// bytes as received; every part and header lies inside them (the inspector
// highlights those ranges); the tree is consistent (children point back to
// their parent, deeper by one); and every accessor the views call works.
#include "fuzzsupport.h"
#include "message/mimemessage.h"

namespace {

void checkRange(qsizetype offset, qsizetype length, qsizetype size)
{
    FUZZ_CHECK(offset >= 0);
    FUZZ_CHECK(length >= 0);
    FUZZ_CHECK(offset <= size);
    FUZZ_CHECK(length <= size - offset);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const MimeMessage message = MimeMessage::parse(raw);
    FUZZ_CHECK(message.raw() == raw);
    const QList<MimePart> &parts = message.parts();
    for (int index = 0; index < parts.size(); ++index) {
        const MimePart &part = parts.at(index);
        checkRange(part.offset, part.length, raw.size());
        checkRange(part.bodyOffset, part.bodyLength, raw.size());
        FUZZ_CHECK(part.bodyOffset >= part.offset);
        FUZZ_CHECK(part.bodyOffset + part.bodyLength <= part.offset + part.length);
        if (index == 0)
            FUZZ_CHECK(part.parent == -1 && part.depth == 0);
        else
            FUZZ_CHECK(part.parent >= 0 && part.parent < index);
        for (const int child : part.children) {
            FUZZ_CHECK(child > index && child < parts.size());
            FUZZ_CHECK(parts.at(child).parent == index);
            FUZZ_CHECK(parts.at(child).depth == part.depth + 1);
        }
        for (const MimeHeader &header : part.headers) {
            checkRange(header.offset, header.length, raw.size());
            MimeMessage::decodeHeaderValue(header.rawValue);
        }
        message.decodedBody(index);
    }
    message.headers();
    message.header("Subject");
    message.header("From");
    message.text();
    message.warnings();
    return 0;
}
