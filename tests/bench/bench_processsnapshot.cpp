// SPDX-License-Identifier: GPL-2.0-or-later
// How fast is a full process-table snapshot? With 2 000 and then 10 000 extra sleeping processes, this times
// in the same run, interleaved so that a change of machine load hits all three alike (median of several
// rounds):
//   (a) ProcessSampler::sample() with threads — Kaleido's per-tick path;
//   (b) procps: ps -eLo pid,tid,ppid,stat,rss,vsz,comm >/dev/null, the tool users compare with;
//   (c) the floor: a plain C loop (opendir/readdir, open/read/close into a stack buffer, stat) over exactly
//   the
//       files the snapshot reads, with only the parsing that decides which files those are.
// and the same without threads (ps -eo …). It reports ratios and never fails on time.
#include "processsampler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace kaleido;

namespace {

// ---------------------------------------------------------------------------------------------- the floor
// Plain C on purpose: no Qt, no allocation, one stack buffer.

/// Field @p n (proc(5) numbering, n ≥ 3) of a stat line as a number; only what decides which files to read.
long statField(const char* buf, ssize_t len, int n)
{
    const char* p = static_cast<const char*>(memrchr(buf, ')', size_t(len)));
    if (!p)
        return -1;
    const char* end = buf + len;
    ++p;
    for (int field = 2; field < n && p < end; ++p) {
        if (*p == ' ')
            ++field;
    }
    return p < end ? std::strtol(p, nullptr, 10) : -1;
}

void readWhole(const char* path, char* buf, size_t size, ssize_t* len)
{
    *len = 0;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    *len = ::read(fd, buf, size);
    ::close(fd);
}

/// Reads what ProcessSampler reads: per process stat, statm (not for kernel threads), the directory's owner,
/// and with @p threads task/TID/stat (listing task/ only for multi-threaded processes). Returns tasks seen.
long floorScan(bool threads)
{
    char buf[4096];
    char path[600]; // two directory names of up to 255 bytes: never truncated
    long tasks = 0;
    DIR* proc = ::opendir("/proc");
    if (!proc)
        return 0;
    while (const struct dirent* e = ::readdir(proc)) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9')
            continue;
        ssize_t len;
        std::snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        readWhole(path, buf, sizeof buf, &len);
        if (len <= 0)
            continue;
        const long flags = statField(buf, len, 9);
        const long numThreads = statField(buf, len, 20);
        if (!(flags & 0x00200000)) {
            std::snprintf(path, sizeof path, "/proc/%s/statm", e->d_name);
            ssize_t mlen;
            readWhole(path, buf, sizeof buf, &mlen);
        }
        std::snprintf(path, sizeof path, "/proc/%s", e->d_name);
        struct stat st;
        if (::stat(path, &st) != 0)
            continue;
        ++tasks;
        if (!threads)
            continue;
        if (numThreads <= 1) {
            std::snprintf(path, sizeof path, "/proc/%s/task/%s/stat", e->d_name, e->d_name);
            readWhole(path, buf, sizeof buf, &len);
            continue;
        }
        std::snprintf(path, sizeof path, "/proc/%s/task", e->d_name);
        DIR* task = ::opendir(path);
        if (!task)
            continue;
        while (const struct dirent* t = ::readdir(task)) {
            if (t->d_name[0] < '1' || t->d_name[0] > '9')
                continue;
            std::snprintf(path, sizeof path, "/proc/%s/task/%s/stat", e->d_name, t->d_name);
            readWhole(path, buf, sizeof buf, &len);
        }
        ::closedir(task);
    }
    ::closedir(proc);
    return tasks;
}

// ------------------------------------------------------------------------------------------------ helpers

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Runs ps with stdout and stderr on /dev/null; wall time in ms including its start, or -1.
double timePs(const char* options, const char* format)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    char* const argv[] = {const_cast<char*>("ps"), const_cast<char*>(options), const_cast<char*>(format),
                          nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, "ps", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return -1;
    int status = 0;
    ::waitpid(pid, &status, 0);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ms : -1;
}

QString firstLine(const char* path)
{
    QFile file{QString::fromLatin1(path)};
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()).trimmed() : QString();
}

} // namespace

class BenchProcessSnapshot : public QObject
{
    Q_OBJECT

    QList<pid_t> m_children;

    /// Forks until @p total children sleep in pause(); false (with a message) when the system refuses.
    bool spawnUpTo(int total)
    {
        const pid_t parent = ::getpid();
        while (m_children.size() < total) {
            const pid_t child = ::fork();
            if (child < 0) {
                qWarning("fork failed after %lld children: %s", qint64(m_children.size()),
                         std::strerror(errno));
                return false;
            }
            if (child == 0) {
                // Die with the benchmark, whatever happens to it.
                ::prctl(PR_SET_PDEATHSIG, SIGKILL);
                if (::getppid() != parent)
                    ::_exit(0);
                for (;;)
                    ::pause();
            }
            m_children.append(child);
        }
        return true;
    }

    void reapAll()
    {
        for (const pid_t child : std::as_const(m_children))
            ::kill(child, SIGKILL);
        for (const pid_t child : std::as_const(m_children))
            ::waitpid(child, nullptr, 0);
        m_children.clear();
    }

    void measure(int extra)
    {
        ProcessSampler withThreads(KernelFs(), ProcessSampler::Threads::Include);
        ProcessSampler processesOnly(KernelFs(), ProcessSampler::Threads::Skip);
        ProcessSnapshot snapshot;
        ProcessSnapshot processSnapshot;
        // Warm the dentry cache and the buffers once.
        QVERIFY(!withThreads.sample(snapshot));
        QVERIFY(!processesOnly.sample(processSnapshot));
        floorScan(true);

        constexpr int rounds = 7;
        QList<double> ours, floor, ps, oursP, floorP, psP;
        QElapsedTimer timer;
        long floorTasks = 0;
        for (int r = 0; r < rounds; ++r) {
            timer.start();
            floorTasks = floorScan(true);
            floor.append(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            QVERIFY(!withThreads.sample(snapshot));
            ours.append(double(timer.nsecsElapsed()) / 1e6);
            ps.append(timePs("-eLo", "pid,tid,ppid,stat,rss,vsz,comm"));

            timer.start();
            floorScan(false);
            floorP.append(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            QVERIFY(!processesOnly.sample(processSnapshot));
            oursP.append(double(timer.nsecsElapsed()) / 1e6);
            psP.append(timePs("-eo", "pid,ppid,stat,rss,vsz,comm"));
        }
        QVERIFY(std::all_of(ps.cbegin(), ps.cend(), [](double ms) { return ms > 0; }));
        QVERIFY(snapshot.processes.size() >= extra);
        QVERIFY(qAbs(floorTasks - long(snapshot.processes.size())) <
                50); // the same table, give or take churn

        const double a = median(ours), b = median(ps), c = median(floor);
        const double ap = median(oursP), bp = median(psP), cp = median(floorP);
        qInfo("+%d sleeping processes: %lld processes, %lld threads in the table", extra,
              qint64(snapshot.processes.size()), qint64(snapshot.threads.size()));
        qInfo("  with threads:    snapshot %.1f ms, floor %.1f ms, ps -eLo %.1f ms | snapshot/floor %.2f "
              "(target <= 1.3), ps/snapshot %.2f (target >= 2)",
              a, c, b, a / c, b / a);
        qInfo("  processes only:  snapshot %.1f ms, floor %.1f ms, ps -eo  %.1f ms | snapshot/floor %.2f, "
              "ps/snapshot %.2f",
              ap, cp, bp, ap / cp, bp / ap);
        qInfo("  per task with threads: snapshot %.2f us, floor %.2f us",
              a * 1000 / double(snapshot.threads.size()), c * 1000 / double(snapshot.threads.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Up to the hard limit (root is exempt anyway); the children are ours alone.
        struct rlimit limit;
        if (::getrlimit(RLIMIT_NPROC, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            ::setrlimit(RLIMIT_NPROC, &limit);
        }
        struct utsname uts;
        ::uname(&uts);
        qInfo("machine: %ld CPUs online, kernel %s, load average %s", ::sysconf(_SC_NPROCESSORS_ONLN),
              uts.release, qPrintable(firstLine("/proc/loadavg")));
    }

    void snapshotAgainstPsAndFloor_data()
    {
        QTest::addColumn<int>("extra");
        QTest::newRow("2000") << 2000;
        QTest::newRow("10000") << 10000;
    }
    void snapshotAgainstPsAndFloor()
    {
        QFETCH(int, extra);
        // Room for them: pid_max and threads-max bound every task, RLIMIT_NPROC this user's.
        const long pidMax = firstLine("/proc/sys/kernel/pid_max").toLong();
        const long threadsMax = firstLine("/proc/sys/kernel/threads-max").toLong();
        struct rlimit limit;
        ::getrlimit(RLIMIT_NPROC, &limit);
        const long running = long(QDir(QStringLiteral("/proc")).entryList(QDir::Dirs).size());
        const long needed = running + extra + 500;
        if (pidMax < needed || threadsMax < needed ||
            (::geteuid() != 0 && limit.rlim_cur != RLIM_INFINITY && rlim_t(needed) > limit.rlim_cur))
            QSKIP(qPrintable(QStringLiteral("not enough room for %1 processes (pid_max %2, threads-max %3)")
                                 .arg(extra)
                                 .arg(pidMax)
                                 .arg(threadsMax)));
        if (!spawnUpTo(extra)) {
            reapAll();
            QSKIP("the system refused more processes");
        }
        measure(extra);
    }

    void cleanupTestCase() { reapAll(); }
    void cleanup()
    {
        if (QTest::currentTestFailed())
            reapAll();
    }
};

QTEST_GUILESS_MAIN(BenchProcessSnapshot)
#include "bench_processsnapshot.moc"
