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
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
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

#else

void tuneForServe(char **)
{
}

#endif

} // namespace ServerHeap
