// SPDX-License-Identifier: GPL-2.0-or-later
#include "processdiff.h"

namespace kaleido {

namespace {

/// Orders tasks as the snapshot stores them: by process, then by thread.
int compareKeys(const TaskSample& a, const TaskSample& b)
{
    if (a.pid != b.pid)
        return a.pid < b.pid ? -1 : 1;
    if (a.tid != b.tid)
        return a.tid < b.tid ? -1 : 1;
    return 0;
}

TaskChanges changesBetween(const TaskSample& a, const TaskSample& b)
{
    TaskChanges c;
    c.setFlag(TaskChange::Ppid, a.ppid != b.ppid);
    c.setFlag(TaskChange::Uid, a.uid != b.uid);
    c.setFlag(TaskChange::State, a.state != b.state);
    c.setFlag(TaskChange::Comm, a.comm() != b.comm());
    c.setFlag(TaskChange::Utime, a.utime != b.utime);
    c.setFlag(TaskChange::Stime, a.stime != b.stime);
    c.setFlag(TaskChange::Nice, a.nice != b.nice);
    c.setFlag(TaskChange::Priority, a.priority != b.priority);
    c.setFlag(TaskChange::Policy, a.policy != b.policy);
    c.setFlag(TaskChange::NumThreads, a.numThreads != b.numThreads);
    c.setFlag(TaskChange::Vsize, a.vsize != b.vsize);
    c.setFlag(TaskChange::Rss, a.rssPages != b.rssPages);
    c.setFlag(TaskChange::MinFlt, a.minFlt != b.minFlt);
    c.setFlag(TaskChange::MajFlt, a.majFlt != b.majFlt);
    c.setFlag(TaskChange::Tty, a.ttyNr != b.ttyNr);
    c.setFlag(TaskChange::Session, a.session != b.session);
    c.setFlag(TaskChange::Pgrp, a.pgrp != b.pgrp);
    c.setFlag(TaskChange::Processor, a.processor != b.processor);
    c.setFlag(TaskChange::Flags, a.flags != b.flags);
    return c;
}

/// Counters only grow; a smaller value would be a different task or a bug, and must not become a huge rate.
double perSecond(quint64 before, quint64 after, double seconds)
{
    return after > before && seconds > 0 ? double(after - before) / seconds : 0;
}

void diffTasks(const QList<TaskSample>& older, const QList<TaskSample>& newer, double seconds,
               double ticksPerSecond, TaskDiff& into)
{
    into.clear();
    into.deltas.resize(newer.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < older.size() || j < newer.size()) {
        const int order = i == older.size()   ? 1
                          : j == newer.size() ? -1
                                              : compareKeys(older.at(i), newer.at(j));
        if (order < 0) {
            into.removed.append(i++);
            continue;
        }
        TaskDelta& delta = into.deltas[j];
        delta = TaskDelta();
        if (order > 0) {
            into.added.append(j++);
            continue;
        }
        const TaskSample& before = older.at(i);
        const TaskSample& after = newer.at(j);
        if (before.startTime != after.startTime) {
            // The PID was reused: the old task is gone and this is another one.
            into.removed.append(i++);
            into.added.append(j++);
            continue;
        }
        delta.previous = i;
        delta.changes = changesBetween(before, after);
        if (ticksPerSecond > 0)
            delta.cpuPercent =
                perSecond(before.cpuTicks(), after.cpuTicks(), seconds) / ticksPerSecond * 100.0;
        delta.minorFaultsPerSecond = perSecond(before.minFlt, after.minFlt, seconds);
        delta.majorFaultsPerSecond = perSecond(before.majFlt, after.majFlt, seconds);
        if (delta.changes)
            into.changed.append(j);
        ++i;
        ++j;
    }
}

} // namespace

void TaskDiff::clear()
{
    deltas.clear();
    added.clear();
    removed.clear();
    changed.clear();
}

void ProcessDiff::compute(const ProcessSnapshot& older, const ProcessSnapshot& newer, ProcessDiff& into)
{
    const qint64 ns = newer.monotonicNs - older.monotonicNs;
    into.elapsedSeconds = ns > 0 ? double(ns) / 1e9 : 0;
    const double ticks = double(newer.clockTicksPerSecond);
    diffTasks(older.processes, newer.processes, into.elapsedSeconds, ticks, into.processes);
    if (older.hasThreads && newer.hasThreads)
        diffTasks(older.threads, newer.threads, into.elapsedSeconds, ticks, into.threads);
    else
        into.threads.clear();
}

ProcessDiff ProcessDiff::compute(const ProcessSnapshot& older, const ProcessSnapshot& newer)
{
    ProcessDiff diff;
    compute(older, newer, diff);
    return diff;
}

} // namespace kaleido
