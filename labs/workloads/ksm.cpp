// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "KSM": a region of identical pages marked mergeable; once ksmd runs it merges them into one
// write-protected page, and pages_sharing rises.
#include "workload.h"

#include <sys/mman.h>

namespace {

const char help[] =
    "Usage: kaleido-lab-ksm [--lifetime S] [--size MiB]\n"
    "\n"
    "Kernel samepage merging. Commands on standard input, one per line:\n"
    "  share     map --size MiB (default 64), fill every page with the same bytes and mark the\n"
    "            region MADV_MERGEABLE\n"
    "  status    this process's merged pages (/proc/self/ksm_merging_pages) and the machine's\n"
    "            pages_sharing and run (/sys/kernel/mm/ksm)\n"
    "  unmerge   MADV_UNMERGEABLE: every page gets its own copy again\n"
    "  quit      exit\n"
    "Merging happens only while /sys/kernel/mm/ksm/run is 1 (root). oom_score_adj is set to 1000.\n";

long long readNumber(const char* path, const char* key = nullptr)
{
    long long value = -1;
    if (FILE* file = std::fopen(path, "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, file)) {
            if (!key) {
                value = std::strtoll(line, nullptr, 10);
                break;
            }
            const size_t length = std::strlen(key);
            if (!std::strncmp(line, key, length) && line[length] == ' ') {
                value = std::strtoll(line + length + 1, nullptr, 10);
                break;
            }
        }
        std::fclose(file);
    }
    return value;
}

/// This process's merged pages: /proc/self/ksm_merging_pages (5.19+); ksm_stat has the same figure only
/// from 6.6.
long long mergingPages()
{
    const long long pages = readNumber("/proc/self/ksm_merging_pages");
    return pages >= 0 ? pages : readNumber("/proc/self/ksm_stat", "ksm_merging_pages");
}

void status(const char* command)
{
    workload::reply("ok %s run=%lld pages_sharing=%lld pages_shared=%lld ksm_merging_pages=%lld", command,
                    readNumber("/sys/kernel/mm/ksm/run"), readNumber("/sys/kernel/mm/ksm/pages_sharing"),
                    readNumber("/sys/kernel/mm/ksm/pages_shared"), mergingPages());
}

} // namespace

int main(int argc, char** argv)
{
    int i = workload::parseCommonOptions(argc, argv, help);
    size_t mib = 64;
    if (i + 1 < argc && !std::strcmp(argv[i], "--size"))
        mib = std::strtoul(argv[i + 1], nullptr, 10);
    workload::volunteerForOomKiller();
    const size_t bytes = mib * 1024 * 1024;
    char* region = nullptr;
    workload::reply("ready pid=%d", int(getpid()));
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "share") {
            if (!region) {
                void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
                if (p == MAP_FAILED) {
                    workload::reply("error mmap: %s", std::strerror(errno));
                    continue;
                }
                region = static_cast<char*>(p);
                madvise(region, bytes, MADV_NOHUGEPAGE); // KSM merges small pages
                const long page = sysconf(_SC_PAGESIZE);
                for (size_t offset = 0; offset < bytes; offset += size_t(page))
                    std::memset(region + offset, 'K', size_t(page)); // every page the same
            }
            if (madvise(region, bytes, MADV_MERGEABLE) != 0) {
                workload::reply("error madvise MADV_MERGEABLE: %s (kernel without CONFIG_KSM?)",
                                std::strerror(errno));
                continue;
            }
            workload::reply("ok share address=%p bytes=%zu", static_cast<void*>(region), bytes);
        } else if (command == "status") {
            status("status");
        } else if (command == "unmerge") {
            if (region)
                madvise(region, bytes, MADV_UNMERGEABLE);
            status("unmerge");
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
