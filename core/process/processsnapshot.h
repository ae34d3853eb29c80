// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"

#include <QByteArrayView>
#include <QList>

#include <span>

namespace kaleido {

/**
 * One row of the process table: a process (its numbers from /proc/PID/stat, which add up all its threads) or
 * one thread (from /proc/PID/task/TID/stat, that thread alone). Plain data, no heap: a snapshot of 10 000
 * tasks is one contiguous array that the sampler refills in place on every tick.
 */
struct TaskSample
{
    qint32 pid = 0;  ///< the process (thread group) id, TGID; also on thread rows
    qint32 tid = 0;  ///< the thread id; equal to pid on process rows and on the main thread
    qint32 ppid = 0; ///< the parent process (after re-parenting: init or a subreaper)
    qint32 pgrp = 0;
    qint32 session = 0;
    qint32 ttyNr =
        0;           ///< controlling terminal as a device number (major 8 bits at 8, minor split), 0 for none
    quint32 uid = 0; ///< effective uid: the owner of /proc/PID, as ps and htop report it
    quint32 flags = 0;   ///< PF_* bits
    qint32 priority = 0; ///< stat's priority (prio − 100); ps's PRI column shows 39 − priority
    qint32 nice = 0;
    quint32 policy = 0;    ///< SCHED_* (see schedulingPolicyName())
    qint32 processor = 0;  ///< the CPU it last ran on
    qint32 numThreads = 0; ///< as the kernel counts them (stat field 20)
    quint64 utime = 0;     ///< clock ticks in user mode (ProcessSnapshot::clockTicksPerSecond per second)
    quint64 stime = 0;     ///< clock ticks in kernel mode
    quint64 minFlt = 0;
    quint64 majFlt = 0;
    quint64 startTime =
        0;             ///< clock ticks after boot; with pid (and tid) it identifies the task across samples
    quint64 vsize = 0; ///< bytes of virtual memory
    quint64 rssPages = 0;      ///< resident pages (ProcessSnapshot::pageSize bytes each), exact: from statm
    qint32 firstThread = -1;   ///< process rows: index of its first thread in ProcessSnapshot::threads
    qint32 threadCount = 0;    ///< process rows: how many thread rows follow firstThread
    char state = '?';          ///< R S D T t Z X I P … (see taskStateWord())
    bool kernelThread = false; ///< PF_KTHREAD: a kernel thread (no user memory; kthreadd's children)
    quint8 commLength = 0;
    char commBytes[63] = {}; ///< the comm, not NUL-terminated (the kernel writes at most 63 bytes)

    static constexpr quint32 PF_KTHREAD = 0x00200000;
    static constexpr qsizetype maxCommLength = sizeof(commBytes);

    QByteArrayView comm() const { return QByteArrayView(commBytes, commLength); }
    void setComm(const char* data, qsizetype length);
    quint64 cpuTicks() const { return utime + stime; }
};

/**
 * Every process and (optionally) every thread at one moment, as ProcessSampler read them:
 * @code
 * processes: [1 init] [2 kthreadd] [3 …] … [6600 bash]          sorted by pid
 * threads:   [1/1] [2/2] … [812/812 812/813 812/815] …           sorted by pid, then tid
 * @endcode
 * Processes that exited while the table was read are simply not in it. Use ProcessDiff to compare two
 * snapshots (CPU %, fault rates, what appeared, went or changed).
 */
struct ProcessSnapshot
{
    QList<TaskSample> processes;
    QList<TaskSample> threads; ///< empty when sampled without threads
    bool hasThreads = false;

    qint64 monotonicNs = 0;           ///< CLOCK_MONOTONIC when the scan began
    qint64 clockTicksPerSecond = 100; ///< USER_HZ, the unit of utime/stime/startTime
    qint64 pageSize = 4096;           ///< the unit of rssPages

    int vanished = 0;   ///< tasks left out because they exited while being read
    int unreadable = 0; ///< tasks left out because their files could not be read (hidepid, permissions)
    /// Files that could not be parsed (their tasks are left out); at most a few, so a broken tree stays
    /// cheap.
    QList<Error> problems;

    /// The process row of @p pid, or nullptr (binary search).
    const TaskSample* process(qint32 pid) const;
    /// Index into processes, or -1.
    qsizetype indexOf(qint32 pid) const;
    /// The thread rows of a process row of this snapshot.
    std::span<const TaskSample> threadsOf(const TaskSample& process) const;

    /// Empties the snapshot but keeps its allocated capacity.
    void clear();
};

} // namespace kaleido
