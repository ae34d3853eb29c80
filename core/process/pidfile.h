// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace kaleido {

/// "/proc/PID" and "/proc/PID/<name>", e.g. pidPath(42, "stat") → "/proc/42/stat".
QString pidPath(qint32 pid, QLatin1StringView name = {});
/// "/proc/PID/task/TID" and "/proc/PID/task/TID/<name>".
QString taskPath(qint32 pid, qint32 tid, QLatin1StringView name = {});

/**
 * Reads /proc/PID/<name>. A process can exit between the directory listing and the read: the kernel then
 * answers ENOENT (the directory is gone) or ESRCH (it is going), which KernelFs reports as Absent or
 * Vanished. This tells the two Absent cases apart: if /proc/PID itself no longer exists, the file did not go
 * missing, the process did, and the error is Vanished.
 */
Result<QByteArray> readProcessFile(const KernelFs& fs, qint32 pid, QLatin1StringView name);
/// The same for /proc/PID/task/TID/<name>: Vanished when the thread directory is gone.
Result<QByteArray> readTaskFile(const KernelFs& fs, qint32 pid, qint32 tid, QLatin1StringView name);

/// Turns Absent into Vanished when the directory @p ownerKernelPath (e.g. "/proc/42") no longer exists.
Error vanishedIfGone(const KernelFs& fs, const QString& ownerKernelPath, Error error);

} // namespace kaleido
