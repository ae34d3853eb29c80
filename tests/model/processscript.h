// SPDX-License-Identifier: GPL-2.0-or-later
// Hand-made process tables, one per refresh, as ProcessFrames: the sequences the process model must survive
// (fork storms, exits, PID reuse, re-parenting, zombies, threads coming and going).
#pragma once

#include "processframe.h"

#include <QList>

#include <algorithm>
#include <cstring>

namespace kaleido::test {

struct ScriptTask
{
    qint32 pid;
    qint32 ppid;
    const char* comm;
    quint64 startTime = 1;
    char state = 'S';
    quint32 uid = 1000;
    qint32 session = 0;
    qint32 pgrp = 0;
    QList<qint32> threads = {}; ///< extra thread ids (besides the main thread), empty: single-threaded
    quint64 utime = 0;
    bool kernelThread = false;
};

/// Builds the frames of a script: each call to next() is one refresh.
class ProcessScript
{
public:
    ProcessFramePtr next(const QList<ScriptTask>& tasks)
    {
        auto frame = std::make_shared<ProcessFrame>();
        QList<ScriptTask> sorted = tasks;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.pid < b.pid; });
        ProcessSnapshot& snapshot = frame->snapshot;
        snapshot.hasThreads = true;
        snapshot.monotonicNs = qint64(m_sequence + 1) * 1'000'000'000;
        for (const ScriptTask& t : sorted) {
            TaskSample task;
            task.pid = task.tid = t.pid;
            task.ppid = t.ppid;
            task.startTime = t.startTime;
            task.state = t.state;
            task.uid = t.uid;
            task.session = t.session ? t.session : t.pid;
            task.pgrp = t.pgrp ? t.pgrp : t.pid;
            task.utime = t.utime;
            task.kernelThread = t.kernelThread;
            task.flags = t.kernelThread ? TaskSample::PF_KTHREAD : 0;
            task.numThreads = int(t.threads.size()) + 1;
            task.setComm(t.comm, qsizetype(std::strlen(t.comm)));
            task.firstThread = int(snapshot.threads.size());
            QList<qint32> tids = {t.pid};
            tids += t.threads;
            for (const qint32 tid : tids) {
                TaskSample thread = task;
                thread.tid = tid;
                thread.firstThread = -1;
                snapshot.threads.append(thread);
            }
            task.threadCount = int(tids.size());
            snapshot.processes.append(task);
            frame->commandLines.append(t.kernelThread || t.state == 'Z' ? QString()
                                                                       : QStringLiteral("/usr/bin/") +
                                                                             QString::fromUtf8(t.comm));
        }
        ProcessDiff::compute(m_previous ? m_previous->snapshot : ProcessSnapshot(), snapshot, frame->diff);
        frame->sequence = ++m_sequence;
        frame->bootTimeMs = 1'700'000'000'000;
        m_previous = frame;
        return frame;
    }

private:
    ProcessFramePtr m_previous;
    quint64 m_sequence = 0;
};

} // namespace kaleido::test
