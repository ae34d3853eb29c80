// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processdiff.h"
#include "processsnapshot.h"

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace kaleido {

/// The columns that cost a file read per process, read only for the rows a person can see or selected.
enum class LazyGroup : quint32
{
    None = 0,
    Memory = 1u << 0,     ///< PSS and swap from /proc/PID/smaps_rollup (walks the page tables)
    Oom = 1u << 1,        ///< /proc/PID/oom_score and oom_score_adj
    Cgroup = 1u << 2,     ///< /proc/PID/cgroup
    Namespaces = 1u << 3, ///< the links in /proc/PID/ns
};
Q_DECLARE_FLAGS(LazyGroups, LazyGroup)
Q_DECLARE_OPERATORS_FOR_FLAGS(LazyGroups)

/// The namespace kinds shown as columns, in column order.
enum class NamespaceKind
{
    Pid,
    Mount,
    Network,
    User,
    Uts,
    Ipc,
    Cgroup,
    Count
};

/// The lazily read values of one process, as read on one tick.
struct LazyValues
{
    qint32 pid = 0;
    quint64 startTime = 0;
    LazyGroups read;         ///< which groups this record carries
    std::optional<quint64> pss; ///< bytes
    std::optional<quint64> swap; ///< bytes
    std::optional<qint64> oomScore;
    std::optional<qint32> oomScoreAdj;
    QString cgroup;
    std::array<quint64, size_t(NamespaceKind::Count)> namespaces = {}; ///< inode numbers, 0 when unknown
};

/// A process the view wants lazy columns for.
struct LazyTarget
{
    qint32 pid = 0;
    quint64 startTime = 0;
};

/**
 * One tick of the process table as the sampling thread hands it to the GUI: the snapshot, its difference from
 * the tick before, the command lines (read once per process, again after an exec) and the lazy values read for
 * the rows that were visible. Frames are shared read-only between the threads.
 */
struct ProcessFrame
{
    ProcessSnapshot snapshot;
    ProcessDiff diff;
    QList<QString> commandLines; ///< parallel to snapshot.processes; empty for kernel threads and zombies
    QList<LazyValues> lazy;
    qint64 bootTimeMs = 0;       ///< the wall-clock time of boot, ms since the epoch (0: unknown)
    qint64 sampleNs = 0;         ///< how long the sampling thread took for this frame
    quint64 sequence = 0;        ///< 1 for the first frame of a feed
    std::optional<Error> error;  ///< /proc could not be read at all (the snapshot is empty)
};

using ProcessFramePtr = std::shared_ptr<const ProcessFrame>;

} // namespace kaleido

Q_DECLARE_METATYPE(kaleido::ProcessFramePtr)
