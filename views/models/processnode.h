// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processframe.h"

#include <QList>
#include <QString>

namespace kaleido {

/**
 * One row of ProcessModel: a process, one of its threads, or (when grouping by session) a session or a
 * process group. A node keeps its own copy of the task's numbers, so the model never looks into a frame it
 * no longer holds, and a process that exited can stay on screen for one more refresh.
 */
struct ProcessNode
{
    enum class Kind : quint8
    {
        Process,
        Thread,
        Session,
        ProcessGroup
    };

    Kind kind = Kind::Process;
    bool fresh = false; ///< appeared on the last refresh (highlighted once)
    bool dying = false; ///< gone on the last refresh: shown once more, removed on the next
    bool changed = false; ///< queued for dataChanged on this refresh
    bool adding = false;  ///< being inserted on this refresh (its new children go in with it)
    quint64 seen = 0;   ///< the frame sequence that last listed it

    ProcessNode* parent = nullptr; ///< nullptr: a top-level row
    int row = -1; ///< index in parent's (or the model's top-level) children; < 0 while not in the tree
    QList<ProcessNode*> children;

    qint32 groupId = 0; ///< Session/ProcessGroup rows: the session or process group id

    TaskSample task;
    double cpuPercent = 0;
    double minorFaultsPerSecond = 0;
    double majorFaultsPerSecond = 0;
    QString commandLine;

    LazyGroups lazyRead; ///< which lazy groups hold values
    std::optional<quint64> pss;
    std::optional<quint64> swap;
    std::optional<qint64> oomScore;
    std::optional<qint32> oomScoreAdj;
    QString cgroup;
    std::array<quint64, size_t(NamespaceKind::Count)> namespaces = {};

    bool isTask() const { return kind == Kind::Process || kind == Kind::Thread; }
};

} // namespace kaleido
