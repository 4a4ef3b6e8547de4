// SPDX-License-Identifier: GPL-3.0-or-later
// tst_serverheap.cpp — the class server's heap made ready ahead of the event
// loop (ServerHeap::Prefaulter): the pages beyond what malloc has used are
// put in memory by the prefaulter's thread, and only by it.
#include "cli/serverheap.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <vector>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define CARTEIRO_OWN_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CARTEIRO_OWN_MALLOC 1
#endif
#endif

class TestServerHeap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesAheadArePutInMemory();
    void withoutItThePagesAheadWait();
    void cleanupTestCase();

private:
    std::vector<void *> m_kept;
};

namespace {

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
uintptr_t heapEnd()
{
    return reinterpret_cast<uintptr_t>(sbrk(0));
}

// Allocates small blocks (from the heap, not mapped on their own) until the
// heap's end has moved by at least `by` octets, poking the prefaulter (if
// any) each time it moves, as the event loop does once per turn, and
// waiting `pauseMs` after each move.
void growHeap(std::vector<void *> *kept, uintptr_t by, ServerHeap::Prefaulter *prefaulter = nullptr,
              int pauseMs = 0)
{
    const uintptr_t start = heapEnd();
    uintptr_t seen = start;
    for (int i = 0; i < 1000000 && heapEnd() - start < by; ++i) {
        kept->push_back(std::malloc(16 * 1024));
        if (heapEnd() != seen) {
            seen = heapEnd();
            if (prefaulter)
                prefaulter->poke();
            if (pauseMs > 0)
                QTest::qSleep(pauseMs);
        }
    }
}

// The pages of the last `size` octets before `end` that are in memory.
size_t residentPages(uintptr_t end, size_t size)
{
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t to = end & ~(page - 1);
    const uintptr_t from = to - size;
    std::vector<unsigned char> map(size / page);
    if (mincore(reinterpret_cast<void *>(from), size, map.data()) != 0)
        return 0;
    size_t resident = 0;
    for (unsigned char m : map)
        resident += m & 1;
    return resident;
}
#endif

} // namespace

void TestServerHeap::initTestCase()
{
#if !defined(Q_OS_LINUX) || !defined(__GLIBC__)
    QSKIP("the prefaulter works with glibc's heap on Linux only");
#elif defined(CARTEIRO_OWN_MALLOC)
    QSKIP("under AddressSanitizer malloc is not glibc's: there is no heap's end to follow");
#endif
}

void TestServerHeap::pagesAheadArePutInMemory()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    ServerHeap::Prefaulter prefaulter;
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    // The heap grows a little: glibc keeps its usual margin (128 KiB), and
    // nothing beyond what malloc wrote is put in memory.
    growHeap(&m_kept, 1, &prefaulter);
    QTest::qSleep(200);
    QCOMPARE(residentPages(heapEnd(), 16 * page), size_t(0));
    // 16 MiB within a second: mail pours in. Any second, not one counted
    // from a move: here the pouring starts 0.9 s after the move above and
    // goes on for about a quarter of a second, across the end of the second
    // that move began (a window counted from it saw only part, and missed
    // it). glibc now takes 8 MiB ahead, and the prefaulter's thread puts
    // them in memory: the last 4 MiB before the end, where malloc has not
    // written.
    QTest::qSleep(700);
    growHeap(&m_kept, 16 * 1024 * 1024 + 1, &prefaulter, 2); // 128 KiB a move: about 250 ms
    growHeap(&m_kept, 1, &prefaulter);
    const uintptr_t end = heapEnd();
    constexpr size_t tail = 4 * 1024 * 1024;
    const size_t pages = tail / size_t(page);
    QElapsedTimer waited;
    waited.start();
    while (residentPages(end, tail) < pages && waited.elapsed() < 10000)
        QTest::qSleep(5);
    QCOMPARE(residentPages(end, tail), pages);
#endif
}

void TestServerHeap::withoutItThePagesAheadWait()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // glibc still takes 8 MiB ahead (the last prefaulter's setting), but no
    // thread puts them in memory: the test above can only pass because of it.
    growHeap(&m_kept, 1);
    const uintptr_t end = heapEnd();
    constexpr size_t tail = 4 * 1024 * 1024;
    QTest::qSleep(200);
    QCOMPARE(residentPages(end, tail), size_t(0));
#endif
}

void TestServerHeap::cleanupTestCase()
{
    for (void *p : m_kept)
        std::free(p);
    m_kept.clear();
}

QTEST_GUILESS_MAIN(TestServerHeap)
#include "tst_serverheap.moc"
