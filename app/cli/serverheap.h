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

} // namespace ServerHeap
