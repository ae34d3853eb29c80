// SPDX-License-Identifier: GPL-2.0-or-later
// kaleido-bench-spawn — a process table of a chosen size, or a chosen rate of process births and deaths, for
// the benchmarks in tests/bench (see docs/PERFORMANCE.md). Test-only: never installed. Plain C++ and POSIX,
// so that a fork copies as little as possible.
//
//   kaleido-bench-spawn --count N              N children that sleep until the spawner ends; "ready N" once
//   all
//                                              exist
//   kaleido-bench-spawn --churn RATE --seconds S
//                                              RATE short-lived children a second for S seconds; prints the
//                                              rate achieved
//
// Nothing outlives it: children die with it (PR_SET_PDEATHSIG), SIGTERM and SIGINT kill and reap them, and
// the churn's grandchildren end by themselves within a tenth of a second.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

/// Exit status when the machine has no room for the processes asked for (the benchmark skips, not fails).
constexpr int NoRoom = 3;

volatile std::sig_atomic_t g_stop = 0;

void onStop(int)
{
    g_stop = 1;
}

const char* const Usage =
    "usage: kaleido-bench-spawn --count N\n"
    "       kaleido-bench-spawn --churn RATE --seconds S\n"
    "\n"
    "  --count N       fork N children that sleep until this program ends (they die with it, also when it "
    "is\n"
    "                  killed); print \"ready N\" once all exist, then wait for SIGTERM or SIGINT\n"
    "  --churn RATE    fork RATE short-lived children per second: most exit at once, every tenth leaves an\n"
    "                  orphan that is re-parented for 50-100 ms, every tenth keeps a zombie for 100 ms; some "
    "are\n"
    "                  zombies here for a moment before being reaped; print the achieved rate at the end\n"
    "  --seconds S     how long to churn (default 60)\n"
    "  --help          show this help\n"
    "\n"
    "Exit status: 0 done, 1 error, 2 usage, 3 the machine has no room for the processes asked for.\n";

long readLong(const char* path)
{
    FILE* f = std::fopen(path, "re");
    if (!f)
        return -1;
    long value = -1;
    if (std::fscanf(f, "%ld", &value) != 1)
        value = -1;
    std::fclose(f);
    return value;
}

/// The number of tasks (processes and threads) on the machine: the fourth field of /proc/loadavg,
/// "running/total".
long tasksNow()
{
    FILE* f = std::fopen("/proc/loadavg", "re");
    if (!f)
        return -1;
    double a, b, c;
    long running = 0, total = -1;
    if (std::fscanf(f, "%lf %lf %lf %ld/%ld", &a, &b, &c, &running, &total) != 5)
        total = -1;
    std::fclose(f);
    return total;
}

/// "pids.max" and "pids.current" of this process's cgroup (v2), when it has a limit.
bool cgroupPids(long* max, long* current)
{
    FILE* f = std::fopen("/proc/self/cgroup", "re");
    if (!f)
        return false;
    char line[4096];
    std::string path;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "0::", 3) == 0) {
            path = line + 3;
            if (!path.empty() && path.back() == '\n')
                path.pop_back();
        }
    }
    std::fclose(f);
    if (path.empty())
        return false;
    const std::string dir = "/sys/fs/cgroup" + (path == "/" ? std::string() : path);
    *max = readLong((dir + "/pids.max").c_str()); // "max" (no limit) does not parse: -1
    *current = readLong((dir + "/pids.current").c_str());
    return *max > 0;
}

long memAvailableKiB()
{
    FILE* f = std::fopen("/proc/meminfo", "re");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "MemAvailable: %ld kB", &kib) == 1)
            break;
    }
    std::fclose(f);
    return kib;
}

/// Says why @p count more processes cannot be made, or returns true when there is room.
bool roomFor(long count)
{
    const long margin = 512; // the desktop, the benchmark and what it measures keep running meanwhile
    const long tasks = tasksNow();
    const long pidMax = readLong("/proc/sys/kernel/pid_max");
    const long threadsMax = readLong("/proc/sys/kernel/threads-max");
    bool ok = true;
    if (pidMax > 0 && tasks >= 0 && tasks + count + margin > pidMax) {
        std::fprintf(stderr,
                     "kaleido-bench-spawn: kernel.pid_max is %ld and %ld tasks exist: no room for %ld more "
                     "(raise it as root: sysctl kernel.pid_max=%ld)\n",
                     pidMax, tasks, count, std::max(4 * (tasks + count), 32768L));
        ok = false;
    }
    if (threadsMax > 0 && tasks >= 0 && tasks + count + margin > threadsMax) {
        std::fprintf(
            stderr,
            "kaleido-bench-spawn: kernel.threads-max is %ld and %ld tasks exist: no room for %ld more "
            "(raise it as root: sysctl kernel.threads-max=%ld)\n",
            threadsMax, tasks, count, 2 * (tasks + count + margin));
        ok = false;
    }
    long cgMax = 0, cgCurrent = 0;
    if (cgroupPids(&cgMax, &cgCurrent) && cgCurrent + count + 16 > cgMax) {
        std::fprintf(
            stderr,
            "kaleido-bench-spawn: this cgroup allows %ld tasks (pids.max) and has %ld: no room for %ld "
            "more\n",
            cgMax, cgCurrent, count);
        ok = false;
    }
    // A sleeping fork costs the kernel a stack, page tables and task structures: allow 256 KiB each.
    const long available = memAvailableKiB();
    if (available >= 0 && available < count * 256) {
        std::fprintf(stderr,
                     "kaleido-bench-spawn: %ld MiB of memory available, %ld processes need about %ld MiB\n",
                     available / 1024, count, count / 4);
        ok = false;
    }
    // RLIMIT_NPROC counts this user's tasks: lift it as far as allowed (root may lift the hard limit too).
    struct rlimit limit;
    if (::getrlimit(RLIMIT_NPROC, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const rlim_t wanted = rlim_t(tasks > 0 ? tasks : 0) + rlim_t(count) + rlim_t(margin);
        if (limit.rlim_cur < wanted) {
            struct rlimit raised = limit;
            raised.rlim_cur =
                limit.rlim_max == RLIM_INFINITY ? wanted : std::max(limit.rlim_cur, limit.rlim_max);
            if (raised.rlim_cur < wanted) {
                raised.rlim_cur = raised.rlim_max = wanted;
                if (::setrlimit(RLIMIT_NPROC, &raised) !=
                    0) // not privileged: the soft limit up to the hard one
                    raised.rlim_cur = raised.rlim_max = limit.rlim_max;
            }
            ::setrlimit(RLIMIT_NPROC, &raised);
            ::getrlimit(RLIMIT_NPROC, &limit);
            if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
                std::fprintf(
                    stderr,
                    "kaleido-bench-spawn: RLIMIT_NPROC (ulimit -u) is %llu and cannot be raised to %llu "
                    "(the hard limit); raise it in /etc/security/limits.conf or as root\n",
                    static_cast<unsigned long long>(limit.rlim_cur), static_cast<unsigned long long>(wanted));
                ok = false;
            }
        }
    }
    return ok;
}

void installStopHandlers()
{
    struct sigaction sa = {};
    sa.sa_handler = onStop;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
}

/// In a freshly forked child: default signal handling, and death with the parent @p parent.
void becomeChild(pid_t parent)
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGHUP, SIG_DFL);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) // the parent died before prctl: nobody would send the signal
        ::_exit(0);
}

int spawnCount(long count)
{
    if (!roomFor(count))
        return NoRoom;
    // Block the stop signals while forking, so that a stop in the middle cannot be missed by sigsuspend
    // below.
    sigset_t stopSignals, waitMask;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGHUP);
    ::sigprocmask(SIG_BLOCK, &stopSignals, &waitMask);
    installStopHandlers();

    const pid_t self = ::getpid();
    std::vector<pid_t> children;
    children.reserve(size_t(count));
    int status = 0;
    for (long i = 0; i < count; ++i) {
        const pid_t child = ::fork();
        if (child == 0) {
            becomeChild(self);
            sigset_t none;
            sigemptyset(&none);
            for (;;)
                ::sigsuspend(&none); // SIGTERM and SIGKILL end it; other signals are ignored or default
        }
        if (child < 0) {
            std::fprintf(stderr, "kaleido-bench-spawn: fork failed after %zu children: %s\n", children.size(),
                         std::strerror(errno));
            status = errno == EAGAIN ? NoRoom : 1;
            break;
        }
        children.push_back(child);
    }
    if (status == 0) {
        std::printf("ready %zu\n", children.size());
        std::fflush(stdout);
        while (!g_stop)
            ::sigsuspend(&waitMask);
    }
    for (pid_t child : children)
        ::kill(child, SIGKILL);
    for (pid_t child : children) {
        while (::waitpid(child, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    return status;
}

double now()
{
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void sleepFor(double seconds)
{
    timespec ts;
    ts.tv_sec = time_t(seconds);
    ts.tv_nsec = long((seconds - double(ts.tv_sec)) * 1e9);
    ::nanosleep(&ts, nullptr);
}

/// Reaps whatever has ended (children, and orphaned grandchildren: this process is their subreaper).
long reapAll(bool block)
{
    long reaped = 0;
    for (;;) {
        const pid_t pid = ::waitpid(-1, nullptr, block ? 0 : WNOHANG);
        if (pid > 0) {
            ++reaped;
            continue;
        }
        if (pid < 0 && errno == EINTR)
            continue;
        return reaped;
    }
}

int churn(double rate, double seconds)
{
    installStopHandlers();
    // Orphans are re-parented here rather than to init, which in a container may never reap them.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    const pid_t self = ::getpid();
    long forks = 0, failures = 0, orphans = 0, zombies = 0;
    const double start = now();
    const double interval = 1.0 / rate;
    std::printf("churning %g per second for %g s\n", rate, seconds);
    std::fflush(stdout);
    while (!g_stop) {
        const double due = start + double(forks + failures) * interval;
        if (due - start >= seconds)
            break;
        // Children exited since the last fork stay zombies until now: reaping comes only between forks.
        reapAll(false);
        const double wait = due - now();
        if (wait > 0)
            sleepFor(wait);
        const long kind = (forks + failures) % 10;
        const pid_t child = ::fork();
        if (child == 0) {
            becomeChild(self);
            if (kind == 8) {
                // An orphan: the grandchild outlives this child by 50-100 ms and is re-parented meanwhile.
                if (::fork() == 0) {
                    sleepFor(0.05 + 0.05 * double(::getpid() % 11) / 10.0);
                    ::_exit(0);
                }
            } else if (kind == 9) {
                // A zombie: the grandchild ends at once and stays unreaped for 100 ms.
                const pid_t grandchild = ::fork();
                if (grandchild == 0)
                    ::_exit(0);
                sleepFor(0.1);
                if (grandchild > 0)
                    ::waitpid(grandchild, nullptr, 0);
            }
            ::_exit(0);
        }
        if (child < 0) {
            ++failures;
            sleepFor(0.01);
            continue;
        }
        ++forks;
        orphans += kind == 8;
        zombies += kind == 9;
    }
    const double elapsed = now() - start;
    reapAll(true);
    std::printf(
        "churned %ld forks in %.1f s: %.1f per second (asked %g); %ld orphans re-parented, %ld kept as "
        "zombies for 100 ms, %ld forks failed\n",
        forks, elapsed, double(forks) / elapsed, rate, orphans, zombies, failures);
    std::fflush(stdout);
    return 0;
}

bool parseNumber(const char* text, double* value)
{
    char* end = nullptr;
    errno = 0;
    *value = std::strtod(text, &end);
    return errno == 0 && end != text && *end == '\0' && *value > 0;
}

} // namespace

int main(int argc, char* argv[])
{
    double count = 0, rate = 0, seconds = 60;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        double* target = arg == "--count"     ? &count
                         : arg == "--churn"   ? &rate
                         : arg == "--seconds" ? &seconds
                                              : nullptr;
        if (arg == "--help" || arg == "-h") {
            std::fputs(Usage, stdout);
            return 0;
        }
        if (!target || i + 1 >= argc || !parseNumber(argv[i + 1], target)) {
            std::fprintf(stderr, "kaleido-bench-spawn: bad or incomplete argument “%s”\n\n%s", argv[i],
                         Usage);
            return 2;
        }
        ++i;
    }
    if ((count > 0) == (rate > 0)) {
        std::fprintf(stderr, "kaleido-bench-spawn: give either --count or --churn\n\n%s", Usage);
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    return count > 0 ? spawnCount(long(count)) : churn(rate, seconds);
}
