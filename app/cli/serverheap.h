// SPDX-License-Identifier: GPL-3.0-or-later
// serverheap.h — the class server's heap in transparent huge pages.
#pragma once

namespace ServerHeap {

// Called first thing in main() for --serve --no-persist (mail in memory). On Linux with glibc, unless the
// heap is tuned already (or the kernel has no transparent huge pages, or the
// process runs under Valgrind), starts the same program again in place with
// glibc's malloc told to ask for huge pages (GLIBC_TUNABLES
// glibc.malloc.hugetlb=1, read by the loader only, hence the exec). Returns
// only when nothing was done or the exec failed: the server then runs as
// before. In the program started again it puts the environment back as the
// user gave it, so no child process inherits the change.
void tuneForServe(char **argv);

// While it exists (runServe with mail in memory), a thread of its own
// writes into the heap's new pages ahead of the event loop. Once mail pours
// in (the heap grew by 16 MiB within a second), glibc is told to take memory
// from the kernel 8 MiB at a time beyond what it needs, and each time the
// heap's end moves the thread has the kernel supply those pages
// (MADV_POPULATE_WRITE: the zeroed page, or the huge page, each costs in the
// thread, not where the loop first writes to it). Nothing where the kernel
// or the C library cannot.
class Prefaulter
{
public:
    Prefaulter();
    ~Prefaulter();
    Prefaulter(const Prefaulter &) = delete;
    Prefaulter &operator=(const Prefaulter &) = delete;
    // Cheap (no system call unless the heap's end moved): call once per
    // turn of the event loop.
    void poke();

private:
    struct Private;
    Private *d = nullptr;
};

} // namespace ServerHeap
