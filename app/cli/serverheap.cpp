// SPDX-License-Identifier: GPL-3.0-or-later
// serverheap.cpp — the class server's heap in transparent huge pages.
//
// Why: a server that keeps mail in memory grows its heap by the size of each
// message it accepts, and every new 4 KiB page costs a page fault the first
// time it is written. On the bench machine (a virtual machine) that was
// about 1.9 faults a message and a sixth of the SMTP ingest rate with
// connection reuse; with glibc's huge-page tunable, 0.26 faults a message
// and the same peak resident memory (docs/benchmarks.md, "Session 17").
// glibc reads its tunables when the loader starts the program, never later,
// so the only way from inside is to start again with them set.
#include "serverheap.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <malloc.h>
#include <mutex>
#include <string>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <utility>
#endif

namespace ServerHeap {

#if defined(Q_OS_LINUX) && defined(__GLIBC__)

namespace {

constexpr const char tunables[] = "GLIBC_TUNABLES";
constexpr const char hugePages[] = "glibc.malloc.hugetlb=1";
// Set in the environment of the program started again: the value
// GLIBC_TUNABLES had before ("=" and it), or "-" when it had none.
constexpr const char given[] = "CARTEIRO_GIVEN_GLIBC_TUNABLES";

// Whether the kernel gives huge pages to memory that asks for them
// ("always" or "madvise" chosen, not "never").
bool kernelHasHugePages()
{
    std::FILE *file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!file)
        return false;
    char text[128] = {};
    const size_t got = std::fread(text, 1, sizeof text - 1, file);
    std::fclose(file);
    text[got] = '\0';
    return std::strstr(text, "[never]") == nullptr && std::strchr(text, '[') != nullptr;
}

} // namespace

void tuneForServe(char **argv)
{
    if (const char *before = std::getenv(given)) {
        // The program started again: the environment back as it was.
        if (before[0] == '=')
            setenv(tunables, before + 1, 1);
        else
            unsetenv(tunables);
        unsetenv(given);
        return;
    }
    const char *current = std::getenv(tunables);
    if (current && std::strstr(current, "glibc.malloc.hugetlb") != nullptr)
        return; // the user chose already
    // Under Valgrind the exec would leave the tool behind.
    const char *preload = std::getenv("LD_PRELOAD");
    if (preload && std::strstr(preload, "vgpreload") != nullptr)
        return;
    if (!kernelHasHugePages())
        return;
    const std::string before = current ? std::string("=") + current : std::string("-");
    const std::string tuned = current && *current ? std::string(current) + ':' + hugePages
                                                  : std::string(hugePages);
    if (setenv(given, before.c_str(), 1) != 0 || setenv(tunables, tuned.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Not started again (no /proc, say): run as we are, environment as given.
    if (current)
        setenv(tunables, current, 1);
    else
        unsetenv(tunables);
    unsetenv(given);
}

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14
#endif

struct Prefaulter::Private {
    static constexpr size_t ahead = 8 * 1024 * 1024;
    std::mutex mutex;
    std::condition_variable wake;
    // Mail pouring in: the heap grew by this much within a second.
    static constexpr uintptr_t pouringGrowth = 16 * 1024 * 1024;
    // The event loop's thread: the heap's end at the last poke; the moves of
    // the last second (when, and where the end was before each); whether
    // mail pours in.
    uintptr_t seenEnd = 0;
    std::deque<std::pair<std::chrono::steady_clock::time_point, uintptr_t>> moves;
    bool pouring = false;
    uintptr_t wantedEnd = 0; // under mutex
    bool stop = false; // under mutex
    uintptr_t doneEnd = 0; // populated up to here; under mutex
    std::thread thread;

    void run()
    {
        const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return stop || wantedEnd > doneEnd; });
            if (stop)
                return;
            const uintptr_t start = doneEnd;
            const uintptr_t end = wantedEnd;
            lock.unlock();
            const uintptr_t from = (start + page - 1) & ~(page - 1);
            const uintptr_t to = end & ~(page - 1);
            // Fails (EINVAL before Linux 5.14, or the heap shrank in the
            // meantime): nothing lost, the loop faults the pages itself.
            if (to > from)
                madvise(reinterpret_cast<void *>(from), to - from, MADV_POPULATE_WRITE);
            lock.lock();
            if (doneEnd == start) // not trimmed meanwhile
                doneEnd = end;
        }
    }
};

Prefaulter::Prefaulter()
    : d(new Private)
{
    d->seenEnd = d->doneEnd = d->wantedEnd = reinterpret_cast<uintptr_t>(sbrk(0));
    d->thread = std::thread([this] { d->run(); });
}

Prefaulter::~Prefaulter()
{
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->stop = true;
    }
    d->wake.notify_one();
    d->thread.join();
    delete d;
}

void Prefaulter::poke()
{
    const uintptr_t end = reinterpret_cast<uintptr_t>(sbrk(0));
    if (end == d->seenEnd)
        return;
    const uintptr_t before = d->seenEnd;
    d->seenEnd = end;
    if (!d->pouring) {
        // Only once mail pours in (16 MiB of heap within a second): a heap
        // that grows now and then (a class typing, a slow reader held at its
        // cap) faults its pages as it touches them, and glibc keeps no more
        // than its usual margin, free or in memory, beyond what is used.
        const auto now = std::chrono::steady_clock::now();
        d->moves.emplace_back(now, before);
        while (now - d->moves.front().first > std::chrono::seconds(1))
            d->moves.pop_front();
        const uintptr_t from = d->moves.front().second;
        if (end < from || end - from < Private::pouringGrowth)
            return;
        d->pouring = true;
        d->moves.clear();
        mallopt(M_TOP_PAD, int(Private::ahead));
    }
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        if (end < d->doneEnd)
            d->doneEnd = end; // trimmed: populate from there when it grows again
        d->wantedEnd = end;
    }
    d->wake.notify_one();
}

#else

void tuneForServe(char **)
{
}

struct Prefaulter::Private { };
Prefaulter::Prefaulter() = default;
Prefaulter::~Prefaulter() = default;
void Prefaulter::poke()
{
}

#endif

} // namespace ServerHeap
