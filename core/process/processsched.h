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
 * /proc/<pid>/sched: the scheduler's own counters for the task (absent where the kernel lacks
 * CONFIG_SCHED_DEBUG).
 *
 * @code
 * bash (6600, #threads: 1)
 * -------------------------------------------------------------------
 * se.exec_start                                :       1368848.194203
 * se.sum_exec_runtime                          :            31.902870
 * nr_switches                                  :                  133
 * se.load.weight                               :              1048576
 * numa_preferred_nid                           :                   -1
 * current_node=0, numa_group_id=0
 * @endcode
 * A header "comm (pid, #threads: n)", a rule, then "key : value" lines. Values are integers or decimals
 * printed as
 * "%lld.%06ld" (milliseconds with nanosecond digits): each is kept as its text and as a number. The set of
 * keys depends on kernel version and configuration (NUMA, schedstats, sched_ext), so nothing assumes one;
 * lines of other shapes (the NUMA "a=b" lines) are kept as they are.
 */
struct ProcessSched
{
    struct Field
    {
        QByteArray name;
        QByteArray text;               ///< the value as written ("31.902870", "-1")
        std::optional<double> number;  ///< the value as a number, when it is one
        std::optional<qint64> integer; ///< the value when it is a whole number (no decimal point)
    };

    bool hasHeader = false;
    QByteArray comm; ///< from the header
    int pid = 0;     ///< from the header
    int threads = 0; ///< from the header: "#threads"
    QList<Field> fields;
    QList<QByteArray>
        otherLines; ///< lines that are not "key : value", e.g. "current_node=0, numa_group_id=0"
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    const Field* field(QByteArrayView name) const;
    std::optional<double> number(QByteArrayView name) const;
};

/// Parses the bytes of /proc/<pid>/sched. Fails (Malformed) only when there is neither a header nor a field.
Result<ProcessSched> parseProcessSched(QByteArrayView data,
                                       const QString& path = QStringLiteral("/proc/self/sched"));

/// Reads and parses /proc/<pid>/sched below @p fs's root. Absent without CONFIG_SCHED_DEBUG.
Result<ProcessSched> readProcessSched(const KernelFs& fs, int pid);

} // namespace kaleido
