// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace kaleido {

/**
 * /proc/<pid>/task/: the threads of a process, one directory per thread ID.
 *
 * @code
 * $ ls /proc/6600/task
 * 6600  6601  6602
 * @endcode
 * The thread-group leader's TID equals the PID. A directory can disappear between listing and use (the thread
 * exited); readers of files in task/TID/ report that as Vanished like any other /proc/<pid> file.
 */
struct ProcessTasks
{
    QList<int> tids; ///< ascending
};

/// The thread IDs among the names of a task/ directory; names that are not numbers are ignored.
ProcessTasks processTasksFromNames(const QList<QByteArray>& names);

/// Lists /proc/<pid>/task below @p fs's root. Vanished when the process exited.
Result<ProcessTasks> readProcessTasks(const KernelFs& fs, int pid);

} // namespace kaleido
