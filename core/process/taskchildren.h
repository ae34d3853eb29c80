// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>

namespace kaleido {

/**
 * /proc/<pid>/task/<tid>/children (CONFIG_PROC_CHILDREN): the processes this thread created that still exist.
 *
 * @code
 * 7076 7077
 * @endcode
 * Space-separated PIDs with a trailing space, or an empty file. A child belongs to the thread that forked it,
 * so the children of a process are the union over its threads (readProcessChildren). The kernel's list is not
 * a consistent snapshot while processes come and go.
 */
struct TaskChildren
{
    QList<int> pids; ///< in the kernel's order
    /// Tokens that are not PIDs (kind Malformed); the others are still used.
    QList<Error> skippedLines;
};

/// Parses the bytes of task/<tid>/children. Empty input means no children. Never fails.
Result<TaskChildren> parseTaskChildren(QByteArrayView data,
                                       const QString& path = QStringLiteral("/proc/self/task/self/children"));

/// Reads and parses /proc/<pid>/task/<tid>/children below @p fs's root. Vanished when the thread exited.
Result<TaskChildren> readTaskChildren(const KernelFs& fs, int pid, int tid);

/// The children of all threads of @p pid, ascending and without duplicates.
Result<TaskChildren> readProcessChildren(const KernelFs& fs, int pid);

} // namespace kaleido
