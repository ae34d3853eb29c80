// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kaleido {

/**
 * Reading below /proc/<pid>/, where a process can exit at any moment.
 *
 * KernelFs reports a missing file as Absent. For a process that is a lie half of the time: the file was there
 * a moment ago and its whole /proc/<pid> directory went away with the process. These helpers look at the
 * directory after an Absent and then say Vanished, so callers can tell "this kernel has no smaps_rollup" from
 * "the process is gone". They also add what KernelFs lacks for fd/, ns/ and task/: listing a directory and
 * reading a link.
 */
namespace PidFs {

/// "/proc/<pid>" or "/proc/<pid>/<leaf>".
QString path(int pid, QStringView leaf = {});

/// "/proc/<pid>/task/<tid>" or "/proc/<pid>/task/<tid>/<leaf>".
QString taskPath(int pid, int tid, QStringView leaf = {});

/// Absent → Vanished when /proc/<pid> itself no longer exists; every other error is returned unchanged.
Error classify(const KernelFs& fs, int pid, Error error);

/// Reads /proc/<pid>/<leaf> whole, with classify() applied to a failure.
Result<QByteArray> readFile(const KernelFs& fs, int pid, QStringView leaf);

/// Reads /proc/<pid>/task/<tid>/<leaf>: Vanished when the thread's directory is gone.
Result<QByteArray> readTaskFile(const KernelFs& fs, int pid, int tid, QStringView leaf);

/// Same, into a caller-owned buffer that keeps its capacity (for sampling and benchmarks).
std::optional<Error> readInto(const KernelFs& fs, int pid, QStringView leaf, QByteArray& buffer);

/**
 * The names in a directory below the root ("." and ".." left out), in the order the kernel gives them.
 * ENOENT → Absent, EACCES/EPERM → PermissionDenied, ESRCH → Vanished, ENOTDIR → Absent.
 */
Result<QList<QByteArray>> listDirectory(const KernelFs& fs, const QString& kernelPath);

/// Where a symbolic link below the root points, as the kernel reports it (e.g. "pipe:[101869]"). Same errors.
Result<QByteArray> readLink(const KernelFs& fs, const QString& kernelPath);

/// Whether a directory exists below the root (no error: a yes/no for fallbacks).
bool isDirectory(const KernelFs& fs, const QString& kernelPath);

} // namespace PidFs
} // namespace kaleido
