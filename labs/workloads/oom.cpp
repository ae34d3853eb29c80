// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "OOM killer": allocate and write memory step by step until the kernel kills the process. Meant
// to run inside a memory-limited cgroup (Kaleido refuses to start this lab without one), so only it is at
// risk.
#include "workload.h"

#include <time.h>
#include <vector>

namespace {

const char help[] = "Usage: kaleido-lab-oom [--lifetime S] [--pace-ms MS] [--max MiB]\n"
                    "\n"
                    "Runs into the OOM killer. Commands on standard input, one per line:\n"
                    "  grow   allocate and write 8 MiB every --pace-ms (default 50) until killed, or until\n"
                    "         --max MiB (default 8192); prints \"progress MiB=N\" every 32 MiB\n"
                    "  quit   exit\n"
                    "Run it only inside a memory limit, e.g.\n"
                    "  systemd-run --user --scope -p MemoryMax=128M -p MemorySwapMax=0 kaleido-lab-oom\n"
                    "or, without systemd, as root in a cgroup v2 group of its own:\n"
                    "  echo +memory >/sys/fs/cgroup/cgroup.subtree_control; mkdir /sys/fs/cgroup/oom\n"
                    "  echo 128M >/sys/fs/cgroup/oom/memory.max\n"
                    "  sh -c 'echo $$ >/sys/fs/cgroup/oom/cgroup.procs && exec kaleido-lab-oom'\n"
                    "It sets its own oom_score_adj to 1000, so it is the first choice anywhere.\n";

} // namespace

int main(int argc, char** argv)
{
    int i = workload::parseCommonOptions(argc, argv, help);
    long paceMs = 50;
    size_t maxMiB = 8192;
    for (; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--pace-ms"))
            paceMs = std::strtol(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--max"))
            maxMiB = std::strtoul(argv[i + 1], nullptr, 10);
    }
    workload::volunteerForOomKiller();
    workload::reply("ready pid=%d", int(getpid()));
    std::vector<char*> chunks;
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "grow") {
            const size_t chunk = 8 * 1024 * 1024;
            size_t total = 0;
            while (total / (1024 * 1024) < maxMiB) {
                char* p = static_cast<char*>(std::malloc(chunk));
                if (!p) {
                    workload::reply("error malloc refused at MiB=%zu", total / (1024 * 1024));
                    break;
                }
                std::memset(p, 0x6b, chunk); // written, so every page is really used
                chunks.push_back(p);
                total += chunk;
                if (total % (32 * 1024 * 1024) == 0)
                    workload::reply("progress MiB=%zu", total / (1024 * 1024));
                if (paceMs > 0) {
                    const timespec pause{0, paceMs * 1000000L};
                    nanosleep(&pause, nullptr);
                }
            }
            workload::reply("ok grow MiB=%zu (not killed: no limit was reached)", total / (1024 * 1024));
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
