// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "transparent huge pages": two anonymous regions touched alike, one with MADV_HUGEPAGE and one
// with MADV_NOHUGEPAGE; /proc/PID/smaps shows AnonHugePages for the first only, unless THP is "never".
#include "workload.h"

#include <cstdint>
#include <sys/mman.h>
#include <vector>

namespace {

const char help[] =
    "Usage: kaleido-lab-thp [--lifetime S] [--size MiB]\n"
    "\n"
    "Transparent huge pages. Commands on standard input, one per line:\n"
    "  huge      map --size MiB (default 16), 2 MiB aligned, madvise(MADV_HUGEPAGE), write to it\n"
    "  small     the same with MADV_NOHUGEPAGE\n"
    "  release   unmap both\n"
    "  status    show transparent_hugepage/enabled now\n"
    "  quit      exit\n"
    "Answers carry the address and /sys/kernel/mm/transparent_hugepage/enabled. Look for\n"
    "AnonHugePages in that area of /proc/PID/smaps. oom_score_adj is set to 1000.\n";

constexpr size_t hugePage = 2 * 1024 * 1024;

std::string thpMode()
{
    std::string mode = "unknown";
    if (FILE* file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r")) {
        char line[128] = {};
        if (std::fgets(line, sizeof line, file)) {
            const char* open = std::strchr(line, '[');
            const char* close = open ? std::strchr(open, ']') : nullptr;
            if (open && close)
                mode.assign(open + 1, close);
        }
        std::fclose(file);
    }
    return mode;
}

struct Region
{
    void* mapping = nullptr;
    size_t length = 0;
};

} // namespace

int main(int argc, char** argv)
{
    int i = workload::parseCommonOptions(argc, argv, help);
    size_t mib = 16;
    if (i + 1 < argc && !std::strcmp(argv[i], "--size"))
        mib = std::strtoul(argv[i + 1], nullptr, 10);
    workload::volunteerForOomKiller();
    std::vector<Region> regions;
    workload::reply("ready pid=%d enabled=%s", int(getpid()), thpMode().c_str());
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "huge" || command == "small") {
            const size_t bytes = mib * 1024 * 1024;
            // One huge page extra, so an aligned start can be chosen inside the mapping.
            const size_t length = bytes + hugePage;
            void* p = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) {
                workload::reply("error mmap: %s", std::strerror(errno));
                continue;
            }
            regions.push_back({p, length});
            char* start =
                reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + hugePage - 1) & ~(hugePage - 1));
            madvise(start, bytes, command == "huge" ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
            for (size_t offset = 0; offset < bytes; offset += 4096)
                start[offset] = 1;
            workload::reply("ok %s address=%p bytes=%zu enabled=%s", command.c_str(),
                            static_cast<void*>(start), bytes, thpMode().c_str());
        } else if (command == "release") {
            for (const Region& region : regions)
                munmap(region.mapping, region.length);
            regions.clear();
            workload::reply("ok release");
        } else if (command == "status") {
            workload::reply("ok status enabled=%s", thpMode().c_str());
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
