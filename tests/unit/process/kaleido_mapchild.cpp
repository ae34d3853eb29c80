// SPDX-License-Identifier: GPL-2.0-or-later
// A process with a known memory layout for live tests and benchmarks. It maps memory, prints "ready <areas>"
// on stdout and then sleeps until it is killed:
//
//   kaleido_mapchild idle        a few touched anonymous pages
//   kaleido_mapchild many N      N one-page areas with alternating protections (rw-, r--), so they cannot
//   merge
//   kaleido_mapchild serve       then reads commands on stdin, one per line, and answers each with
//                                "done <start> <end>" (hexadecimal, the memory it made):
//                                  mmap KIB   maps KIB KiB of new anonymous memory and touches every page
//                                  grow KIB   grows the heap by KIB KiB with sbrk() and touches it
//
// It is linked statically where the build allows: then no other process maps its file-backed pages, so its
// PSS cannot change while pmap and kaleido-cli read it one after the other. Plain libc only, no Qt.
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "kaleido_mapchild: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

[[noreturn]] void readyThenSleep(long areas)
{
    std::printf("ready %ld\n", areas);
    std::fflush(stdout);
    for (;;)
        pause();
}

} // namespace

int main(int argc, char* argv[])
{
    const long page = sysconf(_SC_PAGESIZE);
    if (argc == 2 && std::strcmp(argv[1], "idle") == 0) {
        char* area = static_cast<char*>(
            mmap(nullptr, size_t(8 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        if (area == MAP_FAILED)
            fail("mmap");
        for (long i = 0; i < 8; i += 2) // half of it resident, so Rss and Size differ
            area[i * page] = 1;
        readyThenSleep(1);
    }
    if (argc == 3 && std::strcmp(argv[1], "many") == 0) {
        const long count = std::strtol(argv[2], nullptr, 10);
        if (count <= 0)
            fail("many: expected a positive count");
        // One reservation, every page touched (so smaps has resident pages to count), then every other page
        // made read-only: count areas from one mmap and count/2 mprotect calls.
        char* base = static_cast<char*>(
            mmap(nullptr, size_t(count * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        if (base == MAP_FAILED)
            fail("mmap");
        madvise(base, size_t(count * page), MADV_NOHUGEPAGE); // plain 4 KiB pages, as from small mallocs
        for (long i = 0; i < count; ++i)
            base[i * page] = char(i);
        for (long i = 1; i < count; i += 2) {
            if (mprotect(base + i * page, size_t(page), PROT_READ) != 0)
                fail("mprotect (is vm.max_map_count too low?)");
        }
        readyThenSleep(count);
    }
    if (argc == 2 && std::strcmp(argv[1], "serve") == 0) {
        std::printf("ready 0\n");
        std::fflush(stdout);
        char line[128];
        while (std::fgets(line, sizeof line, stdin)) {
            char command[16] = {};
            long kib = 0;
            if (std::sscanf(line, "%15s %ld", command, &kib) != 2 || kib <= 0) {
                std::printf("error expected \"mmap KIB\" or \"grow KIB\"\n");
                std::fflush(stdout);
                continue;
            }
            const size_t bytes = size_t(kib) * 1024;
            char* block = nullptr;
            if (std::strcmp(command, "mmap") == 0) {
                void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
                block = p == MAP_FAILED ? nullptr : static_cast<char*>(p);
            } else if (std::strcmp(command, "grow") == 0) {
                void* p = sbrk(intptr_t(bytes));
                block = p == reinterpret_cast<void*>(-1) ? nullptr : static_cast<char*>(p);
            }
            if (!block) {
                std::printf("error %s\n", std::strerror(errno));
                std::fflush(stdout);
                continue;
            }
            for (size_t i = 0; i < bytes; i += size_t(page))
                block[i] = 1;
            std::printf("done %lx %lx\n", reinterpret_cast<unsigned long>(block),
                        reinterpret_cast<unsigned long>(block + bytes));
            std::fflush(stdout);
        }
        return 0;
    }
    std::fprintf(stderr, "usage: kaleido_mapchild idle | many N | serve\n");
    return 2;
}
