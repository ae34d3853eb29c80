// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "page cache": read a file cold, then warm. How much of it is in the page cache is asked of the
// kernel with mincore(); the file's pages are evicted with posix_fadvise(DONTNEED), which needs no privilege.
#include "workload.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <vector>

namespace {

const char help[] =
    "Usage: kaleido-lab-pagecache [--lifetime S] [--size MiB] [--dir DIR]\n"
    "\n"
    "The page cache. Commands on standard input, one per line:\n"
    "  create   write a file of --size MiB (default 256) in --dir (default $TMPDIR or /var/tmp),\n"
    "           flush it to disk\n"
    "  evict    drop the file's pages from the page cache (posix_fadvise POSIX_FADV_DONTNEED)\n"
    "  read     read the whole file; answers with the time taken and the pages cached before\n"
    "           and after (mincore)\n"
    "  status   the pages of the file in the page cache now\n"
    "  quit     delete the file and exit\n"
    "tmpfs keeps files in memory only: use a directory on a disk.\n";

std::string path;
size_t fileBytes = 0;
const long pageSize = sysconf(_SC_PAGESIZE);

/// Pages of the file in the page cache, asked of the kernel with mincore() on a mapping of it.
long cachedPages()
{
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    void* map = mmap(nullptr, fileBytes, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return -1;
    std::vector<unsigned char> resident((fileBytes + size_t(pageSize) - 1) / size_t(pageSize));
    long count = -1;
    if (mincore(map, fileBytes, resident.data()) == 0) {
        count = 0;
        for (unsigned char r : resident)
            count += r & 1;
    }
    munmap(map, fileBytes);
    return count;
}

double nowMs()
{
    timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

void removeFile(int)
{
    if (!path.empty())
        unlink(path.c_str());
    _exit(0);
}

} // namespace

int main(int argc, char** argv)
{
    int i = workload::parseCommonOptions(argc, argv, help);
    size_t mib = 256;
    const char* tmp = std::getenv("TMPDIR");
    std::string dir = tmp && *tmp ? tmp : "/var/tmp";
    for (; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--size"))
            mib = std::strtoul(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
    }
    fileBytes = mib * 1024 * 1024;
    path = dir + "/kaleido-lab-pagecache-" + std::to_string(getpid());
    signal(SIGTERM, removeFile); // Stop removes the file too
    const long pages = long(fileBytes / size_t(pageSize));
    workload::reply("ready pid=%d file=%s pages=%ld", int(getpid()), path.c_str(), pages);
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "create") {
            const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            if (fd < 0) {
                workload::reply("error %s: %s", path.c_str(), std::strerror(errno));
                continue;
            }
            std::vector<char> chunk(1024 * 1024, 'k');
            bool ok = true;
            for (size_t written = 0; ok && written < fileBytes; written += chunk.size())
                ok = write(fd, chunk.data(), chunk.size()) == ssize_t(chunk.size());
            ok = fsync(fd) == 0 && ok; // clean pages: eviction and drop_caches can drop them
            close(fd);
            if (!ok)
                workload::reply("error writing %s: %s", path.c_str(), std::strerror(errno));
            else
                workload::reply("ok create file=%s cached=%ld pages=%ld", path.c_str(), cachedPages(), pages);
        } else if (command == "evict") {
            const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
            const int result = fd < 0 ? errno : posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            if (fd >= 0)
                close(fd);
            if (result != 0)
                workload::reply("error evict: %s", std::strerror(result));
            else
                workload::reply("ok evict cached=%ld pages=%ld", cachedPages(), pages);
        } else if (command == "read") {
            const long before = cachedPages();
            const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                workload::reply("error %s: %s (create it first)", path.c_str(), std::strerror(errno));
                continue;
            }
            std::vector<char> chunk(1024 * 1024);
            const double start = nowMs();
            size_t total = 0;
            ssize_t got;
            while ((got = read(fd, chunk.data(), chunk.size())) > 0)
                total += size_t(got);
            const double elapsed = nowMs() - start;
            close(fd);
            workload::reply("ok read bytes=%zu ms=%.1f cached-before=%ld cached=%ld pages=%ld", total,
                            elapsed, before, cachedPages(), pages);
        } else if (command == "status") {
            workload::reply("ok status cached=%ld pages=%ld", cachedPages(), pages);
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    removeFile(0);
}
