// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "demand paging": reserve a large anonymous block (virtual size jumps, resident size does not),
// then write to it one page after another (resident size and minor faults climb with every page).
#include "workload.h"

#include <sys/mman.h>
#include <time.h>

namespace {

const char help[] =
    "Usage: kaleido-lab-paging [--lifetime S] [--size MiB] [--pace-ms MS]\n"
    "\n"
    "Demand paging, step by step. Commands on standard input, one per line:\n"
    "  reserve   map --size MiB of anonymous memory (default 256) without touching it\n"
    "  touch     write one byte to every page of it, pausing --pace-ms (default 20) every MiB\n"
    "  release   unmap it\n"
    "  quit      exit\n"
    "Each command answers with one line starting with \"ok\" or \"error\".\n"
    "Watch VmSize, VmRSS (/proc/PID/status) and minflt (field 10 of /proc/PID/stat).\n"
    "The process sets its own oom_score_adj to 1000.\n";

} // namespace

int main(int argc, char** argv)
{
    int i = workload::parseCommonOptions(argc, argv, help);
    size_t mib = 256;
    long paceMs = 20;
    for (; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--size"))
            mib = std::strtoul(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--pace-ms"))
            paceMs = std::strtol(argv[i + 1], nullptr, 10);
    }
    workload::volunteerForOomKiller();
    const long page = sysconf(_SC_PAGESIZE);
    const size_t bytes = mib * 1024 * 1024;
    char* block = nullptr;
    workload::reply("ready pid=%d page=%ld", int(getpid()), page);

    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "reserve") {
            if (block) {
                workload::reply("error already reserved");
                continue;
            }
            void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) {
                workload::reply("error mmap: %s", std::strerror(errno));
                continue;
            }
            block = static_cast<char*>(p);
            // One fault per 4 KiB page, as the lab promises, even where THP is "always".
            madvise(block, bytes, MADV_NOHUGEPAGE);
            workload::reply("ok reserve address=%p bytes=%zu", static_cast<void*>(block), bytes);
        } else if (command == "touch") {
            if (!block) {
                workload::reply("error reserve first");
                continue;
            }
            size_t pages = 0;
            for (size_t offset = 0; offset < bytes; offset += size_t(page)) {
                block[offset] = 1;
                ++pages;
                if (paceMs > 0 && offset % (1024 * 1024) == 0) {
                    const timespec pause{0, paceMs * 1000000L};
                    nanosleep(&pause, nullptr);
                }
            }
            workload::reply("ok touch pages=%zu", pages);
        } else if (command == "release") {
            if (block)
                munmap(block, bytes);
            block = nullptr;
            workload::reply("ok release");
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
