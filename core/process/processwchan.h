// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kaleido {

/**
 * /proc/<pid>/wchan: the kernel function a sleeping task waits in.
 *
 * @code
 * do_wait
 * @endcode
 * A symbol name without a newline, or "0" when the task is running, has no wait channel, or the reader may
 * not see kernel addresses (the kernel then prints "0" rather than failing).
 */
struct ProcessWchan
{
    QByteArray symbol; ///< empty when the file said "0"

    /// The task is not waiting in a known function (running, or hidden from this reader).
    bool isNone() const { return symbol.isEmpty(); }
};

/// Parses the bytes of /proc/<pid>/wchan. Fails (Malformed) on an empty file or one with blanks inside the
/// name.
Result<ProcessWchan> parseProcessWchan(QByteArrayView data,
                                       const QString& path = QStringLiteral("/proc/self/wchan"));

/// Reads and parses /proc/<pid>/wchan below @p fs's root. Vanished when the process exited.
Result<ProcessWchan> readProcessWchan(const KernelFs& fs, int pid);

} // namespace kaleido
