// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_pop3client.cpp — Pop3ClientSession fed whatever a server may answer.
//
// Input: see fuzzsupport.h; the stream is the server's responses. Options:
// bit 0 "download and keep" (UIDL, never DELE) instead of "download and
// delete", bit 1 APOP, bit 2 two messages already known (keep mode), bit 7 the
// idle deadline ends it instead of a dropped connection.
// Checked besides the sanitizers: no command line carries CR or LF; the
// session ends finished; keep mode never deletes; what is deleted was fetched.
#include "fuzzsupport.h"
#include "protocol/pop3clientsession.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    Pop3ClientJob job;
    job.user = "fran";
    job.password = "claveejemplo";
    job.mode = (input.options & 0x01) ? Pop3Mode::DownloadAndKeep : Pop3Mode::DownloadAndDelete;
    job.useApop = input.options & 0x02;
    if (input.options & 0x04)
        job.knownUids = {"uid-1", "uid-2"};

    Pop3ClientSession session(job);
    session.setHeardHandler([](const Utterance &) {});
    Fuzz::play(&session, input);
    const Pop3ClientResult &result = session.result();
    FUZZ_CHECK(session.isFinished());
    FUZZ_CHECK(result.finished);
    if (job.mode == Pop3Mode::DownloadAndKeep)
        FUZZ_CHECK(result.deletedUids.isEmpty());
    QSet<QByteArray> fetched;
    for (const Pop3FetchedMessage &message : result.messages) {
        FUZZ_CHECK(message.number > 0);
        fetched.insert(message.uid);
    }
    for (const QByteArray &uid : result.deletedUids)
        FUZZ_CHECK(fetched.contains(uid));
    return 0;
}
