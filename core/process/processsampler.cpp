// SPDX-License-Identifier: GPL-2.0-or-later
#include "processsampler.h"

#include "procstat.h"
#include "procstatm.h"
#include "procstatscan.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaleido {

namespace {

constexpr qsizetype kReadBufferSize = 4096;     // a stat line is at most ~1.2 KiB
constexpr qsizetype kDirBufferSize = 64 * 1024; // ~2 700 /proc entries per getdents64 call
constexpr int kMaxProblems = 8;
constexpr qint64 kDescriptorReserve = 512;      // descriptors left to the rest of the application
constexpr rlim_t kMaxDescriptorLimit = 1 << 20; // never ask for more than this many

/// Writes the decimal digits of @p value at @p out; returns the end.
char* appendNumber(char* out, qint32 value)
{
    return std::to_chars(out, out + 12, value).ptr;
}

char* appendText(char* out, const char* text)
{
    const size_t n = std::strlen(text);
    std::memcpy(out, text, n);
    return out + n;
}

bool fitsInt32(qint64 v)
{
    return v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max();
}

/// The second number of the "Uid:" line of a status file (real, effective, saved, filesystem).
std::optional<quint32> effectiveUidFromStatus(QByteArrayView status)
{
    const qsizetype line = status.startsWith("Uid:") ? 0 : status.indexOf("\nUid:");
    if (line < 0)
        return std::nullopt;
    const char* p = status.data() + line + (line == 0 ? 4 : 5);
    const char* const end = status.data() + status.size();
    quint64 value = 0;
    for (int field = 0; field < 2; ++field) {
        while (p < end && (*p == '\t' || *p == ' '))
            ++p;
        value = 0;
        const char* start = p;
        while (p < end && *p >= '0' && *p <= '9' && value <= 0xffffffffu)
            value = value * 10 + quint64(*p++ - '0');
        if (p == start || value > 0xffffffffu)
            return std::nullopt;
    }
    return quint32(value);
}

} // namespace

std::atomic<qint64> ProcessSampler::s_heldDescriptors{0};

ProcessSampler::ProcessSampler(KernelFs fs, Threads threads)
    : m_fs(std::move(fs))
    , m_threads(threads)
{
    m_buffer.resize(kReadBufferSize);
    m_dirBuffer.resize(kDirBufferSize);
    // Keeping each task's stat (and statm) open between ticks halves the cost of a tick: a re-read from the
    // start costs the kernel's formatting only, not a path lookup, an open and a close. Only on the live
    // system (a captured tree's files may be replaced between samples), and within the descriptor limit.
    if (m_fs.isLive())
        m_cacheCapacity = processDescriptorBudget();
}

qint64 ProcessSampler::processDescriptorBudget()
{
    // Once per process: the soft limit is raised to the hard one and a reserve is left for everything else.
    // The budget is shared by every sampler of the process (see s_heldDescriptors), so two samplers cannot
    // together run the process out of descriptors.
    static const qint64 budget = [] {
        struct rlimit limit;
        if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
            return qint64(0);
        if (limit.rlim_cur < limit.rlim_max) {
            struct rlimit raised = limit;
            raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, kMaxDescriptorLimit);
            if (raised.rlim_cur > limit.rlim_cur && ::setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        const qint64 soft = qint64(std::min<rlim_t>(limit.rlim_cur, kMaxDescriptorLimit));
        return soft > 2 * kDescriptorReserve ? soft - kDescriptorReserve : soft / 4;
    }();
    return budget;
}

ProcessSampler::~ProcessSampler()
{
    clearCache();
    if (m_procFd >= 0)
        ::close(m_procFd);
}

std::optional<Error> ProcessSampler::openProc()
{
    if (m_procFd >= 0)
        return std::nullopt;
    const QString path = QStringLiteral("/proc");
    const QByteArray native = QFile::encodeName(m_fs.hostPath(path));
    m_procFd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_procFd < 0)
        return errorFromErrno(errno, path);
    return std::nullopt;
}

Result<ProcessSnapshot> ProcessSampler::sample()
{
    ProcessSnapshot snapshot;
    if (auto error = sample(snapshot))
        return *error;
    return snapshot;
}

std::optional<Error> ProcessSampler::sample(ProcessSnapshot& snapshot)
{
    snapshot.clear();
    snapshot.hasThreads = m_threads == Threads::Include;
    snapshot.clockTicksPerSecond = ::sysconf(_SC_CLK_TCK);
    snapshot.pageSize = ::sysconf(_SC_PAGESIZE);
    struct timespec now;
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    snapshot.monotonicNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;

    if (auto error = openProc())
        return error;
    // The descriptor stays open between ticks; rewinding it restarts the listing.
    if (::lseek(m_procFd, 0, SEEK_SET) < 0) {
        const int err = errno;
        ::close(m_procFd);
        m_procFd = -1;
        return errorFromErrno(err, QStringLiteral("/proc"));
    }
    listNumericEntries(m_procFd, m_pids);
    snapshot.processes.reserve(m_pids.size());
    ++m_generation;
    m_reused = 0;
    for (const qint32 pid : std::as_const(m_pids))
        sampleProcess(snapshot, pid);
    sweepCache();
    if (!m_memos.isEmpty()) {
        m_memos.removeIf(
            [this](const QHash<qint32, Memo>::iterator& it) { return it->generation != m_generation; });
    }
    return std::nullopt;
}

void ProcessSampler::listNumericEntries(int dirFd, QList<qint32>& into)
{
    into.clear();
    for (;;) {
        const ssize_t n = ::getdents64(dirFd, m_dirBuffer.data(), size_t(m_dirBuffer.size()));
        if (n <= 0)
            break; // 0: the end; < 0: the directory went away (a process that exited) — nothing more to list
        for (ssize_t offset = 0; offset < n;) {
            const auto* entry = reinterpret_cast<const struct dirent64*>(m_dirBuffer.constData() + offset);
            offset += entry->d_reclen;
            if (entry->d_type != DT_DIR && entry->d_type != DT_UNKNOWN)
                continue;
            qint32 id = 0;
            const char* name = entry->d_name;
            const char* end = name + std::strlen(name);
            const auto parsed = std::from_chars(name, end, id);
            if (parsed.ec != std::errc() || parsed.ptr != end || id <= 0 || name[0] == '0' || name[0] == '+')
                continue;
            into.append(id);
        }
    }
    // /proc lists PIDs in ascending order; a hand-made tree on an ordinary file system need not.
    if (!std::is_sorted(into.cbegin(), into.cend()))
        std::sort(into.begin(), into.end());
}

int ProcessSampler::preadAll(int fd)
{
    m_length = 0;
    for (;;) {
        const ssize_t n =
            ::pread(fd, m_buffer.data() + m_length, size_t(m_buffer.size() - m_length), m_length);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        m_length += n;
        // The kernel hands a stat file over in one read; a short read is the end of it, which saves the
        // second read() that would only return 0.
        if (n == 0 || m_length < m_buffer.size())
            return 0;
        m_buffer.resize(m_buffer.size() * 2);
    }
}

ProcessSampler::ReadOutcome ProcessSampler::readStat(int dirFd, const char* relativePath, int& err,
                                                     quint64 cacheKey)
{
    err = 0;
    m_length = 0;
    // A descriptor kept from an earlier tick: read it again from the start (no path lookup, no open). Once
    // the task it was opened for has exited it fails with ESRCH, also when a new process got the same PID,
    // which then is opened afresh below.
    if (cacheKey != 0 && m_cacheCapacity > 0) {
        const auto cached = m_cache.find(cacheKey);
        if (cached != m_cache.end()) {
            err = preadAll(cached->fd);
            if (err == 0 && m_length > 0) {
                cached->generation = m_generation;
                return ReadOutcome::Ok;
            }
            ::close(cached->fd);
            m_cache.erase(cached);
            s_heldDescriptors.fetch_sub(1, std::memory_order_relaxed);
            err = 0;
            m_length = 0;
        }
    }
    const int fd = ::openat(dirFd, relativePath, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = errno;
    } else {
        err = preadAll(fd);
        if (err == 0 && m_length > 0 && cacheKey != 0 && m_cacheCapacity > 0 &&
            s_heldDescriptors.fetch_add(1, std::memory_order_relaxed) < m_cacheCapacity)
            m_cache.insert(cacheKey, CachedFile{fd, m_generation});
        else if (err == 0 && m_length > 0 && cacheKey != 0 && m_cacheCapacity > 0) {
            s_heldDescriptors.fetch_sub(1, std::memory_order_relaxed); // over the budget: not kept
            ::close(fd);
        } else
            ::close(fd);
    }
    if (err == 0)
        return m_length > 0 ? ReadOutcome::Ok
                            : ReadOutcome::Vanished; // an empty stat: the task is being reaped
    switch (err) {
    case ENOENT:
    case ESRCH:
        return ReadOutcome::Vanished;
    case EACCES:
    case EPERM:
        return ReadOutcome::Unreadable;
    default:
        return ReadOutcome::Failed;
    }
}

void ProcessSampler::sweepCache()
{
    // Descriptors of tasks that were not read on this tick (exited, or no longer sampled) are closed.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it->generation != m_generation) {
            ::close(it->fd);
            it = m_cache.erase(it);
            s_heldDescriptors.fetch_sub(1, std::memory_order_relaxed);
        } else {
            ++it;
        }
    }
}

void ProcessSampler::clearCache()
{
    for (const CachedFile& file : std::as_const(m_cache))
        ::close(file.fd);
    s_heldDescriptors.fetch_sub(m_cache.size(), std::memory_order_relaxed);
    m_cache.clear();
}

void ProcessSampler::addProblem(ProcessSnapshot& snapshot, ErrorKind kind, const char* path,
                                const QString& detail)
{
    if (snapshot.problems.size() >= kMaxProblems)
        return;
    Error e;
    e.kind = kind;
    e.path = QLatin1String("/proc/") + QLatin1String(path);
    e.line = kind == ErrorKind::Malformed ? 1 : 0;
    e.detail = detail;
    snapshot.problems.append(e);
}

bool ProcessSampler::fillFromStat(ProcessSnapshot& snapshot, TaskSample& task, const char* path)
{
    detail::ProcStatScan scan;
    const auto result = detail::scanProcStat(m_buffer.constData(), m_length, scan, ProcStat::Policy);
    if (result != detail::ProcStatScanResult::Ok || scan.fieldCount < ProcStat::Rss ||
        scan.pid != quint64(task.tid)) {
        addProblem(snapshot, ErrorKind::Malformed, path,
                   QCoreApplication::translate("kaleido::ProcessSampler",
                                               "expected “%1 (command) state” and at least 24 fields")
                       .arg(task.tid));
        return false;
    }
    const auto& f = scan.field;
    const qint64 ppid = scan.signedField(ProcStat::Ppid);
    const qint64 pgrp = scan.signedField(ProcStat::Pgrp);
    const qint64 session = scan.signedField(ProcStat::Session);
    const qint64 tty = scan.signedField(ProcStat::TtyNr);
    const qint64 priority = scan.signedField(ProcStat::Priority);
    const qint64 nice = scan.signedField(ProcStat::Nice);
    const qint64 threads = scan.signedField(ProcStat::NumThreads);
    if (!fitsInt32(ppid) || !fitsInt32(pgrp) || !fitsInt32(session) || !fitsInt32(tty) ||
        !fitsInt32(priority) || !fitsInt32(nice) || !fitsInt32(threads) || f[ProcStat::Flags] > 0xffffffffu) {
        addProblem(snapshot, ErrorKind::Malformed, path,
                   QCoreApplication::translate("kaleido::ProcessSampler", "a field is out of range"));
        return false;
    }
    task.ppid = qint32(ppid);
    task.pgrp = qint32(pgrp);
    task.session = qint32(session);
    task.ttyNr = qint32(tty);
    task.flags = quint32(f[ProcStat::Flags]);
    task.minFlt = f[ProcStat::MinFlt];
    task.majFlt = f[ProcStat::MajFlt];
    task.utime = f[ProcStat::Utime];
    task.stime = f[ProcStat::Stime];
    task.priority = qint32(priority);
    task.nice = qint32(nice);
    task.numThreads = qint32(threads);
    task.startTime = f[ProcStat::StartTime];
    task.vsize = f[ProcStat::VSize];
    const qint64 rss = scan.signedField(ProcStat::Rss);
    task.rssPages = rss > 0 ? quint64(rss) : 0;
    // Fields after rss are missing on very old kernels only.
    task.processor =
        scan.fieldCount >= ProcStat::Processor && fitsInt32(scan.signedField(ProcStat::Processor))
            ? qint32(scan.signedField(ProcStat::Processor))
            : 0;
    task.policy = scan.fieldCount >= ProcStat::Policy && f[ProcStat::Policy] <= 0xffffffffu
                      ? quint32(f[ProcStat::Policy])
                      : 0;
    task.state = scan.state;
    task.kernelThread = task.flags & TaskSample::PF_KTHREAD;
    task.setComm(scan.comm, scan.commLength);
    return true;
}

bool ProcessSampler::sampleProcess(ProcessSnapshot& snapshot, qint32 pid)
{
    char path[64];
    char* const pidEnd = appendNumber(path, pid);
    *pidEnd = '\0';
    const bool incremental = m_fullEvery > 1 && m_cacheCapacity > 0;
    if (incremental && reuseUnchanged(snapshot, pid, path, pidEnd))
        return true;
    char* end = appendText(pidEnd, "/stat");
    *end = '\0';

    int err = 0;
    switch (readStat(m_procFd, path, err, cacheKey(CacheKind::ProcessStat, pid))) {
    case ReadOutcome::Ok:
        break;
    case ReadOutcome::Vanished:
        ++snapshot.vanished;
        return false;
    case ReadOutcome::Unreadable:
        ++snapshot.unreadable;
        return false;
    case ReadOutcome::Failed:
        addProblem(snapshot, ErrorKind::IoError, path, QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }

    TaskSample task;
    task.pid = pid;
    task.tid = pid;
    if (!fillFromStat(snapshot, task, path))
        return false;

    // stat's rss reads the per-CPU RSS counters without summing them (Linux 6.2+), so it can be off by
    // hundreds of KiB; statm has the exact sum that ps and top show. Kernel threads have no memory to count.
    if (!task.kernelThread) {
        char* end = appendText(pidEnd, "/statm");
        *end = '\0';
        if (readStat(m_procFd, path, err, cacheKey(CacheKind::ProcessStatm, pid)) == ReadOutcome::Ok) {
            quint64 pages[2];
            if (detail::scanNumbers(m_buffer.constData(), m_length, pages, 2) == 2)
                task.rssPages = pages[1];
        } // else: keep stat's value (a captured tree without statm, or the process is just exiting)
    }

    // The owner of the /proc/PID directory is the effective uid (files inside it turn to root when the
    // process is not dumpable, the directory does not).
    *pidEnd = '\0';
    struct stat st;
    if (::fstatat(m_procFd, path, &st, 0) != 0) {
        if (errno == ENOENT || errno == ESRCH)
            ++snapshot.vanished;
        else
            ++snapshot.unreadable;
        return false;
    }
    task.uid = st.st_uid;
    // A captured tree does not keep the owners of /proc/PID (its files belong to whoever checked them out):
    // there the effective uid comes from the Uid line of status, when it was captured.
    if (!m_fs.isLive()) {
        char* end = appendText(pidEnd, "/status");
        *end = '\0';
        if (readStat(m_procFd, path, err) == ReadOutcome::Ok) {
            if (const auto uid = effectiveUidFromStatus(QByteArrayView(m_buffer.constData(), m_length)))
                task.uid = *uid;
        }
    }

    snapshot.processes.append(task);
    if (m_threads == Threads::Include && !sampleThreads(snapshot, snapshot.processes.size() - 1)) {
        // It exited between its stat and its threads: leave the whole process out.
        snapshot.processes.removeLast();
        ++snapshot.vanished;
        return false;
    }
    if (incremental && task.numThreads == 1) {
        Memo& memo = m_memos[pid];
        const std::optional<quint64> runtime = readRuntime(path, pidEnd, pid);
        memo.sample = task;
        memo.runtimeNs = runtime.value_or(~0ull); // unreadable: never reused
        memo.generation = runtime ? m_generation : 0;
    }
    return true;
}

void ProcessSampler::setAlwaysRead(QList<qint32> pids)
{
    std::sort(pids.begin(), pids.end());
    m_alwaysRead = std::move(pids);
}

void ProcessSampler::touch(quint64 key)
{
    const auto it = m_cache.find(key);
    if (it != m_cache.end())
        it->generation = m_generation;
}

std::optional<quint64> ProcessSampler::readRuntime(char* path, char* pidEnd, qint32 pid)
{
    char* end = appendText(pidEnd, "/schedstat");
    *end = '\0';
    int err = 0;
    const ReadOutcome outcome = readStat(m_procFd, path, err, cacheKey(CacheKind::ProcessSchedstat, pid));
    *pidEnd = '\0';
    if (outcome != ReadOutcome::Ok)
        return std::nullopt;
    quint64 runtime = 0;
    if (detail::scanNumbers(m_buffer.constData(), m_length, &runtime, 1) != 1)
        return std::nullopt;
    return runtime;
}

bool ProcessSampler::reuseUnchanged(ProcessSnapshot& snapshot, qint32 pid, char* path, char* pidEnd)
{
    const auto memo = m_memos.find(pid);
    if (memo == m_memos.end() || memo->generation == 0)
        return false;
    const TaskSample& last = memo->sample;
    // Read in full: every few samples (staggered by PID), the rows a person sees, and orphans whose parent
    // has gone (the kernel re-parents them without their running).
    if ((quint64(pid) + m_generation) % quint64(m_fullEvery) == 0 ||
        std::binary_search(m_alwaysRead.cbegin(), m_alwaysRead.cend(), pid) ||
        (last.ppid > 0 && !std::binary_search(m_pids.cbegin(), m_pids.cend(), last.ppid)))
        return false;
    const std::optional<quint64> runtime = readRuntime(path, pidEnd, pid);
    if (!runtime || *runtime != memo->runtimeNs)
        return false; // it ran (or is gone): read it
    memo->generation = m_generation;
    touch(cacheKey(CacheKind::ProcessStat, pid));
    touch(cacheKey(CacheKind::ProcessStatm, pid));
    touch(cacheKey(CacheKind::ThreadStat, pid));
    snapshot.processes.append(last);
    if (m_threads == Threads::Include) {
        TaskSample& row = snapshot.processes.last();
        row.firstThread = qint32(snapshot.threads.size());
        row.threadCount = 1;
        TaskSample thread = last;
        thread.firstThread = -1;
        thread.threadCount = 0;
        snapshot.threads.append(thread);
    }
    ++m_reused;
    return true;
}

bool ProcessSampler::sampleThreads(ProcessSnapshot& snapshot, qsizetype processIndex)
{
    const TaskSample process = snapshot.processes.at(processIndex);
    const qsizetype first = snapshot.threads.size();
    char path[96];
    char* const pidEnd = appendNumber(path, process.pid);
    char* const taskEnd = appendText(pidEnd, "/task/");
    int err = 0;

    // Reads one thread's stat; false when the thread has exited.
    auto addThread = [&](int dirFd, const char* relativePath, qint32 tid) {
        switch (readStat(dirFd, relativePath, err, cacheKey(CacheKind::ThreadStat, tid))) {
        case ReadOutcome::Ok:
            break;
        case ReadOutcome::Vanished:
            return false;
        case ReadOutcome::Unreadable:
            ++snapshot.unreadable;
            return true;
        case ReadOutcome::Failed:
            addProblem(snapshot, ErrorKind::IoError, path, QString::fromLocal8Bit(std::strerror(err)));
            return true;
        }
        TaskSample thread;
        thread.pid = process.pid;
        thread.tid = tid;
        if (fillFromStat(snapshot, thread, path)) {
            thread.uid = process.uid;
            thread.rssPages = process.rssPages; // the threads share the process's memory: the exact figure
            snapshot.threads.append(thread);
        }
        return true;
    };

    if (process.numThreads <= 1) {
        // One thread: the leader itself (the kernel counts a zombie leader as long as any thread lives), so
        // task/ need not be listed.
        char* end = appendNumber(taskEnd, process.pid);
        end = appendText(end, "/stat");
        *end = '\0';
        if (!addThread(m_procFd, path, process.pid))
            return false; // the process has gone
    } else {
        *(taskEnd - 1) = '\0'; // "PID/task"
        const int taskFd = ::openat(m_procFd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (taskFd < 0) {
            if (errno == ENOENT || errno == ESRCH)
                return false;
            ++snapshot.unreadable;
            return true; // keep the process, without thread rows
        }
        *(taskEnd - 1) = '/';
        listNumericEntries(taskFd, m_tids);
        for (const qint32 tid : std::as_const(m_tids)) {
            // path holds "PID/task/TID/stat" for error messages; the open is relative to task/.
            char* end = appendNumber(taskEnd, tid);
            end = appendText(end, "/stat");
            *end = '\0';
            if (!addThread(taskFd, taskEnd, tid))
                ++snapshot.vanished;
        }
        ::close(taskFd);
        if (m_tids.isEmpty())
            return false; // an empty task/: the process has gone
    }

    TaskSample& row = snapshot.processes[processIndex];
    row.firstThread = qint32(first);
    row.threadCount = qint32(snapshot.threads.size() - first);
    return true;
}

} // namespace kaleido
