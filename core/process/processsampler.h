// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processsnapshot.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <atomic>
#include <optional>

namespace kaleido {

/**
 * Reads the process table: every process in /proc and, optionally, every thread in /proc/PID/task.
 *
 * This is the per-tick hot path, so it reads as little as the table needs and allocates nothing per task:
 * - /proc/PID/stat per process and /proc/PID/task/TID/stat per thread, opened once (openat() relative to a
 *   /proc directory descriptor, paths formatted into a stack buffer, no QString in the loop) and then kept
 *   open and re-read with pread() on every tick — on the live system, within the descriptor limit (see
 *   descriptorCapacity()); a task that exits makes its descriptor fail with ESRCH, also when its PID was
 *   reused at once, and descriptors of tasks not seen in a sample are closed after it;
 * - /proc/PID/statm for the exact RSS (stat's rss field is a per-CPU approximation; kernel threads skip it);
 * - the owner of /proc/PID (one fstatat) for the user: the effective uid, which is what ps and htop show
 *   (in a captured tree, where owners are not kept, the Uid line of /proc/PID/status instead);
 * - the task/ directory is listed only for processes with more than one thread (a single-threaded process's
 *   one thread is its leader, tid = pid);
 * - the rows go into the arrays of the ProcessSnapshot passed in, which keep their capacity, and the read
 *   buffer is reused.
 * A task that exits while it is read is left out of the snapshot and counted in ProcessSnapshot::vanished;
 * that is never an error. Kernel threads are told apart by PF_KTHREAD in stat's flags (not by being children
 * of kthreadd, which usermode helpers such as modprobe also are until they exec).
 */
class ProcessSampler
{
public:
    enum class Threads
    {
        Skip,
        Include
    };

    explicit ProcessSampler(KernelFs fs = KernelFs(), Threads threads = Threads::Include);
    ~ProcessSampler();
    ProcessSampler(const ProcessSampler&) = delete;
    ProcessSampler& operator=(const ProcessSampler&) = delete;

    const KernelFs& fs() const { return m_fs; }
    Threads threads() const { return m_threads; }
    void setThreads(Threads threads) { m_threads = threads; }

    /**
     * Refills @p snapshot (its storage is reused). Fails only when /proc itself cannot be read; then the
     * snapshot is left empty.
     */
    std::optional<Error> sample(ProcessSnapshot& snapshot);

    /// Convenience: a fresh snapshot.
    Result<ProcessSnapshot> sample();

    /**
     * Incremental sampling (live system only): a single-threaded process whose run time in
     * /proc/PID/schedstat did not move since its last full read cannot have changed its CPU times, faults,
     * state or thread count, so its last row is used again without reading stat and statm. A full read
     * still happens when it ran, when its parent is gone (re-parenting), for the PIDs of setAlwaysRead(),
     * and for every process at least every @p everyTicks samples (staggered by PID, so the cost is spread).
     * What a process can change without running — its parent, its nice value set by another process, its RSS
     * under reclaim — is then at most @p everyTicks samples old for processes not always read.
     * 1 (the default) reads everything on every sample.
     */
    void setFullReadEvery(int everyTicks) { m_fullEvery = qMax(1, everyTicks); }
    int fullReadEvery() const { return m_fullEvery; }
    /// Processes read in full on every sample (the rows a person sees); sorted or not.
    void setAlwaysRead(QList<qint32> pids);
    /// How many processes the last sample took from their previous row instead of reading them.
    int reusedLastSample() const { return m_reused; }

    /// How many task files are kept open between samples (for tests and benchmarks).
    qsizetype openDescriptors() const { return m_cache.size(); }
    /// Whether process @p pid's stat file is among them (for tests: other processes come and go meanwhile).
    bool keepsDescriptorOf(qint32 pid) const
    {
        return m_cache.contains(cacheKey(CacheKind::ProcessStat, pid));
    }
    /// The most that all samplers of this process together keep open (0 for this one: none, e.g. for a
    /// captured tree).
    qsizetype descriptorCapacity() const { return m_cacheCapacity; }
    /// How many all samplers of this process keep open now.
    static qint64 heldDescriptors() { return s_heldDescriptors.load(std::memory_order_relaxed); }

private:
    enum class ReadOutcome
    {
        Ok,
        Vanished,
        Unreadable,
        Failed
    };
    std::optional<Error> openProc();
    enum class CacheKind : quint64
    {
        ProcessStat = 1,
        ProcessStatm = 2,
        ThreadStat = 3,
        ProcessSchedstat = 4
    };
    struct Memo
    {
        TaskSample sample;      ///< the process row of its last full read
        quint64 runtimeNs = 0;  ///< schedstat's first field at that read
        quint64 generation = 0; ///< the last sample that saw it
    };
    bool reuseUnchanged(ProcessSnapshot& snapshot, qint32 pid, char* path, char* pidEnd);
    std::optional<quint64> readRuntime(char* path, char* pidEnd, qint32 pid);
    void touch(quint64 key);
    static quint64 cacheKey(CacheKind kind, qint32 id) { return (quint64(kind) << 32) | quint32(id); }
    struct CachedFile
    {
        int fd = -1;
        quint64 generation = 0;
    };
    /// Reads a task file into m_buffer; with a cache key, through a descriptor kept open between samples.
    ReadOutcome readStat(int dirFd, const char* relativePath, int& err, quint64 cacheKey = 0);
    int preadAll(int fd);
    void sweepCache();
    void clearCache();
    bool sampleProcess(ProcessSnapshot& snapshot, qint32 pid);
    bool sampleThreads(ProcessSnapshot& snapshot, qsizetype processIndex);
    bool fillFromStat(ProcessSnapshot& snapshot, TaskSample& task, const char* kernelPathForErrors);
    void listNumericEntries(int dirFd, QList<qint32>& into);
    void addProblem(ProcessSnapshot& snapshot, ErrorKind kind, const char* path, const QString& detail);

    KernelFs m_fs;
    Threads m_threads;
    int m_procFd = -1;
    QByteArray m_buffer;    ///< the stat file being parsed; grows only for oversized (hand-made) files
    qsizetype m_length = 0; ///< bytes of m_buffer in use
    QByteArray m_dirBuffer; ///< getdents64 buffer
    QList<qint32> m_pids;   ///< this tick's PIDs, reused
    QList<qint32> m_tids;   ///< one process's TIDs, reused
    QHash<quint64, CachedFile> m_cache; ///< open stat/statm descriptors by kind and id
    QHash<qint32, Memo> m_memos;        ///< incremental sampling: each process's last full read
    QList<qint32> m_alwaysRead;         ///< sorted
    int m_fullEvery = 1;
    int m_reused = 0;
    qsizetype m_cacheCapacity = 0;
    static qint64 processDescriptorBudget();
    static std::atomic<qint64> s_heldDescriptors; ///< by every sampler of the process
    quint64 m_generation = 0; ///< the sample number; descriptors not used in a sample are closed after it
};

} // namespace kaleido
