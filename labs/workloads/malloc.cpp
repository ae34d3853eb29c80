// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "malloc": many small requests are carved out of the [heap], which glibc grows with brk();
// one request above the mmap threshold (128 KiB by default) gets an anonymous mapping of its own.
#include "workload.h"

#include <vector>

namespace {

const char help[] =
    "Usage: kaleido-lab-malloc [--lifetime S]\n"
    "\n"
    "Where malloc() takes memory from. Commands on standard input, one per line:\n"
    "  small [N]   malloc(1024) N times (default 2000) and write to each: [heap] grows via brk\n"
    "  large [K]   malloc(K KiB) once (default 1024) and write to it: a new anonymous mapping\n"
    "  free        free everything\n"
    "  quit        exit\n"
    "Each command answers with one line starting with \"ok\" or \"error\" and the addresses.\n"
    "Compare /proc/PID/maps before and after. The process sets its oom_score_adj to 1000.\n";

} // namespace

int main(int argc, char** argv)
{
    workload::parseCommonOptions(argc, argv, help);
    workload::volunteerForOomKiller();
    std::vector<void*> blocks;
    workload::reply("ready pid=%d brk=%p", int(getpid()), sbrk(0));

    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "small") {
            const long count = argument.empty() ? 2000 : std::strtol(argument.c_str(), nullptr, 10);
            void* before = sbrk(0);
            void* first = nullptr;
            void* last = nullptr;
            for (long i = 0; i < count; ++i) {
                void* p = std::malloc(1024);
                if (!p)
                    break;
                std::memset(p, 0x5a, 1024);
                blocks.push_back(p);
                first = first ? first : p;
                last = p;
            }
            workload::reply("ok small count=%ld first=%p last=%p brk-before=%p brk=%p", count, first, last,
                            before, sbrk(0));
        } else if (command == "large") {
            const long kib = argument.empty() ? 1024 : std::strtol(argument.c_str(), nullptr, 10);
            void* p = std::malloc(size_t(kib) * 1024);
            if (!p) {
                workload::reply("error malloc failed");
                continue;
            }
            std::memset(p, 0x5a, size_t(kib) * 1024);
            blocks.push_back(p);
            workload::reply("ok large kib=%ld address=%p brk=%p", kib, p, sbrk(0));
        } else if (command == "free") {
            for (void* p : blocks)
                std::free(p);
            blocks.clear();
            workload::reply("ok free brk=%p", sbrk(0));
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
