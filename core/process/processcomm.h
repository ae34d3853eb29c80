// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kaleido {

/**
 * /proc/<pid>/comm: the task's short name, one line.
 *
 * @code
 * bash
 * @endcode
 * Usually the executable's name cut to 15 bytes (TASK_COMM_LEN − 1), but a thread may set any bytes with
 * prctl(PR_SET_NAME) — spaces, parentheses, even an empty name or a newline — and workqueue kernel threads
 * show more than 15 ("kworker/0:1-events"). Only the one newline the kernel appends is removed.
 */
struct ProcessComm
{
    QByteArray name;

    /// The name decoded as UTF-8 (invalid bytes become U+FFFD).
    QString text() const { return QString::fromUtf8(name); }
};

/// Parses the bytes of /proc/<pid>/comm. Fails (Malformed) only on an empty file: the kernel always writes
/// "\n".
Result<ProcessComm> parseProcessComm(QByteArrayView data,
                                     const QString& path = QStringLiteral("/proc/self/comm"));

/// Reads and parses /proc/<pid>/comm below @p fs's root. Vanished when the process exited.
Result<ProcessComm> readProcessComm(const KernelFs& fs, int pid);

} // namespace kaleido
