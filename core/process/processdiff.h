// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processsnapshot.h"

#include <QFlags>
#include <QList>

namespace kaleido {

/**
 * What changed in a process (or thread) between two snapshots, one bit per table field — the idea of
 * libksysguard's Process::Change flags, so a view repaints only the cells that changed.
 */
enum class TaskChange : quint32
{
    None = 0,
    Ppid = 1u << 0, ///< re-parented: the parent exited and init or a subreaper adopted it
    Uid = 1u << 1,
    State = 1u << 2,
    Comm = 1u << 3, ///< exec() or prctl(PR_SET_NAME)
    Utime = 1u << 4,
    Stime = 1u << 5,
    Nice = 1u << 6,
    Priority = 1u << 7,
    Policy = 1u << 8,
    NumThreads = 1u << 9,
    Vsize = 1u << 10,
    Rss = 1u << 11,
    MinFlt = 1u << 12,
    MajFlt = 1u << 13,
    Tty = 1u << 14,
    Session = 1u << 15,
    Pgrp = 1u << 16,
    Processor = 1u << 17,
    Flags = 1u << 18, ///< PF_* bits
};
Q_DECLARE_FLAGS(TaskChanges, TaskChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(TaskChanges)

/// One task of the newer snapshot compared with the older one.
struct TaskDelta
{
    qsizetype previous = -1; ///< its index in the older snapshot's list; -1 when it is new
    TaskChanges changes;     ///< empty for new tasks
    /// (Δutime + Δstime) / clock ticks per second / elapsed seconds × 100: 100 is one CPU busy all the time,
    /// so a process with several busy threads can exceed 100, as in top.
    double cpuPercent = 0;
    double minorFaultsPerSecond = 0;
    double majorFaultsPerSecond = 0;
};

/// Added, removed and changed tasks of one kind (processes or threads).
struct TaskDiff
{
    QList<TaskDelta> deltas;  ///< parallel to the newer snapshot's list (processes or threads)
    QList<qsizetype> added;   ///< indices into the newer list
    QList<qsizetype> removed; ///< indices into the older list
    QList<qsizetype> changed; ///< indices into the newer list of tasks whose changes are not empty

    void clear();
};

/**
 * Compares two snapshots of the same system. A task is the same task when its pid (and tid) AND its start
 * time are the same; a PID that was reused for a new process is reported as one removal and one addition,
 * never as a change. Rates use the CLOCK_MONOTONIC difference of the two snapshots; with no time between them
 * (or the older one newer) they are 0.
 */
struct ProcessDiff
{
    double elapsedSeconds = 0;
    TaskDiff processes;
    TaskDiff threads; ///< empty unless both snapshots hold threads

    /// Fills @p into (its storage is reused between ticks) with the difference from @p older to @p newer.
    static void compute(const ProcessSnapshot& older, const ProcessSnapshot& newer, ProcessDiff& into);
    static ProcessDiff compute(const ProcessSnapshot& older, const ProcessSnapshot& newer);
};

} // namespace kaleido
