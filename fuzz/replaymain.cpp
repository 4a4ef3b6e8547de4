// SPDX-License-Identifier: GPL-3.0-or-later
// replaymain.cpp — a harness without libFuzzer: feeds it every file it is given.
//
// Usage: fuzz_<harness> <file or folder>...   (folders are read recursively,
// in name order). This is how ctest replays the seed corpus and every input a
// fuzzer once crashed on (fuzz/regressions), in the ordinary build: an input
// that crashes again fails the test. No file at all is an error too, so a
// wrong path cannot pass silently.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#if defined(__SANITIZE_ADDRESS__)
#define CARTEIRO_REPLAY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CARTEIRO_REPLAY_ASAN 1
#endif
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
#ifndef CARTEIRO_REPLAY_ASAN
    // An input that once made memory grow without end (fuzz/regressions)
    // fails at 2 GiB instead of swapping the machine. (AddressSanitizer
    // reserves terabytes of address space: no limit there; ctest's timeout.)
    const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
    setrlimit(RLIMIT_AS, &limit);
#endif
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder.append(it.next());
            std::sort(inFolder.begin(), inFolder.end());
            files += inFolder;
        } else if (info.isFile()) {
            files.append(path);
        } else {
            std::fprintf(stderr, "replay: %s is neither a file nor a folder\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: no input files given\n");
        return 2;
    }
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(name));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(name),
                     static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                               std::size_t(data.size()));
    }
    std::printf("replay: %lld inputs, no crash\n", static_cast<long long>(files.size()));
    return 0;
}
