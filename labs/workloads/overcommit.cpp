// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "overcommit": ask for one large private writable mapping — the kind the kernel counts in
// Committed_AS — without touching it, and report whether the kernel's overcommit policy allowed it.
#include "workload.h"

#include <sys/mman.h>

namespace {

const char help[] =
    "Usage: kaleido-lab-overcommit [--lifetime S]\n"
    "\n"
    "Overcommit accounting. Commands on standard input, one per line:\n"
    "  reserve [MiB]  map MiB (default: 1 GiB more than CommitLimit - Committed_AS) of private\n"
    "                 writable memory without touching it; answers granted or refused\n"
    "  release        unmap it\n"
    "  status         show the mode and the commit figures now\n"
    "  quit           exit\n"
    "Every answer carries overcommit_memory, CommitLimit and Committed_AS (kB, /proc/meminfo).\n"
    "Nothing is written to the mapping, so it costs no RAM. oom_score_adj is set to 1000.\n";

long long meminfo(const char* key)
{
    long long value = -1;
    if (FILE* file = std::fopen("/proc/meminfo", "r")) {
        char line[256];
        const size_t length = std::strlen(key);
        while (std::fgets(line, sizeof line, file)) {
            if (!std::strncmp(line, key, length) && line[length] == ':') {
                value = std::strtoll(line + length + 1, nullptr, 10);
                break;
            }
        }
        std::fclose(file);
    }
    return value;
}

int overcommitMode()
{
    int mode = -1;
    if (FILE* file = std::fopen("/proc/sys/vm/overcommit_memory", "r")) {
        if (std::fscanf(file, "%d", &mode) != 1)
            mode = -1;
        std::fclose(file);
    }
    return mode;
}

} // namespace

int main(int argc, char** argv)
{
    workload::parseCommonOptions(argc, argv, help);
    workload::volunteerForOomKiller();
    void* block = nullptr;
    size_t bytes = 0;
    workload::reply("ready pid=%d overcommit_memory=%d CommitLimit=%lld Committed_AS=%lld", int(getpid()),
                    overcommitMode(), meminfo("CommitLimit"), meminfo("Committed_AS"));
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "reserve") {
            if (block) {
                munmap(block, bytes);
                block = nullptr;
            }
            const long long headroomKiB = meminfo("CommitLimit") - meminfo("Committed_AS");
            const long long mib = argument.empty() ? std::max(headroomKiB / 1024, 0LL) + 1024
                                                   : std::strtoll(argument.c_str(), nullptr, 10);
            bytes = size_t(mib) * 1024 * 1024;
            void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            const int error = p == MAP_FAILED ? errno : 0;
            block = p == MAP_FAILED ? nullptr : p;
            workload::reply("ok reserve result=%s MiB=%lld errno=%d overcommit_memory=%d CommitLimit=%lld "
                            "Committed_AS=%lld",
                            block ? "granted" : "refused", mib, error, overcommitMode(),
                            meminfo("CommitLimit"), meminfo("Committed_AS"));
        } else if (command == "release") {
            if (block)
                munmap(block, bytes);
            block = nullptr;
            workload::reply("ok release Committed_AS=%lld", meminfo("Committed_AS"));
        } else if (command == "status") {
            workload::reply("ok status overcommit_memory=%d CommitLimit=%lld Committed_AS=%lld reserved=%s",
                            overcommitMode(), meminfo("CommitLimit"), meminfo("Committed_AS"),
                            block ? "yes" : "no");
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
