// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace kaleido {

/**
 * /proc/PID/stat or /proc/PID/task/TID/stat: one line, the PID, the command name in parentheses, the state
 * letter, then numbers in a fixed order (proc(5) numbers the fields from 1):
 * @code
 * 6600 (bash) S 6333 6333 2886 0 -1 4194304 3709 62470 1 3 1 1 49 8 20 0 1 0 136934 4169728 763 … 0
 * @endcode
 * The comm is whatever the task called itself (up to 63 bytes for workqueue and kernel threads, 15 otherwise)
 * and may hold spaces, parentheses and newlines, so it ends at the LAST ')' of the line. Kernels before 3.5
 * print fewer fields and a future one may print more: fieldCount says how many were read, the extra ones are
 * kept in extraFields. In the process file the counters (faults, times) cover all threads, including those
 * that have exited; in task/TID/stat they cover that thread alone.
 */
struct ProcStat
{
    /// Field numbers as proc(5) counts them.
    enum Field
    {
        Pid = 1,
        Comm,
        State,
        Ppid,
        Pgrp,
        Session,
        TtyNr,
        Tpgid,
        Flags,
        MinFlt,
        CMinFlt,
        MajFlt,
        CMajFlt,
        Utime,
        Stime,
        CUtime,
        CStime,
        Priority,
        Nice,
        NumThreads,
        ItRealValue,
        StartTime,
        VSize,
        Rss,
        RssLim,
        StartCode,
        EndCode,
        StartStack,
        KStkEsp,
        KStkEip,
        Signal,
        Blocked,
        SigIgnore,
        SigCatch,
        WChan,
        NSwap,
        CNSwap,
        ExitSignal,
        Processor,
        RtPriority,
        Policy,
        DelayAcctBlkioTicks,
        GuestTime,
        CGuestTime,
        StartData,
        EndData,
        StartBrk,
        ArgStart,
        ArgEnd,
        EnvStart,
        EnvEnd,
        ExitCode,
    };

    qint32 pid = 0;
    QByteArray comm; ///< raw bytes, unescaped (the kernel does not escape the comm in this file)
    char state = '?';
    qint32 ppid = 0;
    qint32 pgrp = 0;
    qint32 session = 0;
    qint32 ttyNr = 0; ///< device number of the controlling terminal, 0 for none
    qint32 tpgid = -1;
    quint32 flags = 0; ///< PF_* bits
    quint64 minFlt = 0, cMinFlt = 0, majFlt = 0, cMajFlt = 0;
    quint64 utime = 0, stime = 0; ///< clock ticks (sysconf(_SC_CLK_TCK), 100 on Linux)
    qint64 cUtime = 0, cStime = 0;
    qint64 priority = 0; ///< prio − 100: 0…39 for normal tasks (20 = nice 0), −2…−100 for real-time ones
    qint64 nice = 0;
    qint64 numThreads = 0;
    qint64 itRealValue = 0;
    quint64 startTime = 0; ///< clock ticks after boot
    quint64 vsize = 0;     ///< bytes
    qint64 rss = 0;        ///< pages
    quint64 rssLim = 0;
    quint64 startCode = 0, endCode = 0, startStack = 0, kStkEsp = 0, kStkEip = 0;
    quint64 signal = 0, blocked = 0, sigIgnore = 0, sigCatch = 0; ///< obsolete, first 31 signals only
    quint64 wchan = 0, nSwap = 0, cNSwap = 0;
    qint32 exitSignal = 0;
    qint32 processor = 0;
    quint32 rtPriority = 0;
    quint32 policy = 0; ///< SCHED_OTHER 0, FIFO 1, RR 2, BATCH 3, IDLE 5, DEADLINE 6, EXT 7
    quint64 delayAcctBlkioTicks = 0, guestTime = 0;
    qint64 cGuestTime = 0;
    quint64 startData = 0, endData = 0, startBrk = 0, argStart = 0, argEnd = 0, envStart = 0, envEnd = 0;
    qint32 exitCode = 0;

    /// How many fields the line held, counting pid and comm (52 on Linux ≥ 3.5, 44 on 2.6.24).
    int fieldCount = 0;
    /// Fields after exit_code that a newer kernel may print, as written.
    QList<QByteArray> extraFields;
    /// A field that was not a number ends the line: it is reported here and the fields before it are kept.
    QList<Error> skippedLines;

    bool has(Field field) const { return int(field) <= fieldCount; }
    /// PF_KTHREAD: a kernel thread (it has no user-space memory).
    bool isKernelThread() const { return flags & 0x00200000u; }
};

/// Parses the bytes of a stat file. Fails (Malformed) when not even the pid, comm and state can be read.
Result<ProcStat> parseProcStat(QByteArrayView data, const QString& path = QStringLiteral("/proc/PID/stat"));

/// /proc/PID/stat; a process that exits while it is read gives Vanished.
Result<ProcStat> readProcStat(const KernelFs& fs, qint32 pid);
/// /proc/PID/task/TID/stat: one thread's own counters.
Result<ProcStat> readTaskStat(const KernelFs& fs, qint32 pid, qint32 tid);

} // namespace kaleido
