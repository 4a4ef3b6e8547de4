// SPDX-License-Identifier: GPL-3.0-or-later
// fuzzsupport.h — what every harness in fuzz/ shares.
//
// A harness is one function, LLVMFuzzerTestOneInput(), built two ways: with
// libFuzzer (CARTEIRO_FUZZ, clang) to search for inputs, and with replaymain.cpp
// (any compiler) as a ctest test that feeds it every file of the seed corpus
// and of the regressions (fuzz/corpus/<harness>, fuzz/regressions/<harness>).
//
// The engine harnesses read their input as
//     octet 0   options (which configuration, how the session ends)
//     octet 1   chunk size: 0 feeds everything at once, n feeds n octets at a time
//     the rest  the octets the peer sends
// so a seed is a transcript with two octets in front, and the fuzzer also
// tries every way TCP may cut the stream.
#pragma once

#include "protocol/protocolsession.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant of ours was broken: stop so the fuzzer keeps the input.
#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)

namespace Fuzz {

struct EngineInput {
    std::uint8_t options = 0;
    int chunk = 0; // 0: everything in one receive()
    QByteArray stream; // what the peer sends
};

inline EngineInput engineInput(const std::uint8_t *data, std::size_t size)
{
    EngineInput input;
    if (size > 0)
        input.options = data[0];
    if (size > 1)
        input.chunk = data[1];
    if (size > 2)
        input.stream = QByteArray(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    return input;
}

// Takes what the engine wants written and checks what must hold for any input:
// no line carries a CR or an LF (each is written with its own CR LF, so one
// inside would let a peer inject a line), and nothing follows a close.
inline void drainOutput(ProtocolSession *engine, bool *closed)
{
    const QList<Utterance> output = engine->takeOutput();
    for (const Utterance &utterance : output) {
        FUZZ_CHECK(!*closed); // nothing is said after the utterance that closes
        for (const QByteArray &line : utterance.lines) {
            FUZZ_CHECK(!line.contains('\r'));
            FUZZ_CHECK(!line.contains('\n'));
        }
        if (utterance.closeAfter)
            *closed = true;
    }
    engine->takeHeard();
}

// Plays the input against an engine as Connection does: receive() until the
// engine asks to close, then the deadline passes (options bit 7) or the peer
// goes away. Returns whether the engine closed.
inline bool play(ProtocolSession *engine, const EngineInput &input)
{
    bool closed = false;
    engine->start();
    drainOutput(engine, &closed);
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    for (qsizetype at = 0; at < input.stream.size() && !engine->wantsClose(); at += step) {
        engine->receive(input.stream.mid(at, step));
        drainOutput(engine, &closed);
    }
    FUZZ_CHECK(engine->wantsClose() == closed);
    if (!closed) {
        if (input.options & 0x80)
            engine->timeout();
        else
            engine->connectionLost();
        drainOutput(engine, &closed);
    }
    return closed;
}

} // namespace Fuzz
