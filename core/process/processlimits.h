// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * /proc/<pid>/limits: the process's resource limits (setrlimit/prlimit), soft and hard.
 *
 * @code
 * Limit                     Soft Limit           Hard Limit           Units
 * Max cpu time              unlimited            unlimited            seconds
 * Max stack size            8388608              unlimited            bytes
 * Max open files            1024                 4096                 files
 * Max nice priority         0                    0
 * @endcode
 * A fixed-width table: limit names contain spaces, so each row is cut at the columns where the header's
 * titles start, not split at blanks. A value is "unlimited" (RLIM_INFINITY) or a decimal number; Units is
 * empty for the two priorities. Should a value ever be wider than its column, that row falls back to reading
 * words.
 */
struct ProcessLimits
{
    struct Value
    {
        bool unlimited = false;
        quint64 value = 0; ///< meaningful when !unlimited

        bool operator==(const Value&) const = default;
    };
    struct Limit
    {
        QByteArray name; ///< "Max open files"
        Value soft;
        Value hard;
        QByteArray units; ///< "files", "bytes", "us", or empty
    };

    QList<Limit> limits; ///< in file order
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    const Limit* find(QByteArrayView name) const;
};

/// Parses the bytes of /proc/<pid>/limits. Fails (Malformed) only when no row can be read.
Result<ProcessLimits> parseProcessLimits(QByteArrayView data,
                                         const QString& path = QStringLiteral("/proc/self/limits"));

/// Reads and parses /proc/<pid>/limits below @p fs's root. Vanished when the process exited.
Result<ProcessLimits> readProcessLimits(const KernelFs& fs, int pid);

} // namespace kaleido
