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
 * /proc/vmstat: the kernel's virtual-memory counters, one "name value" pair per line:
 * @code
 * nr_free_pages 224007
 * pgfault 81224753
 * pgmajfault 2301
 * thp_fault_alloc 6058
 * @endcode
 * Most names are event counters since boot (pgfault, pgmajfault, pgalloc_normal, compact_stall, thp_*,
 * oom_kill, workingset_refault_file, …); names starting with nr_ are current page counts. The set changes
 * with every kernel version and configuration (6.1 has nr_bounce, 6.18 nr_free_pages_blocks and
 * pgsteal_khugepaged), so all pairs are kept in file order and looked up by name.
 */
struct VmStat
{
    struct Counter
    {
        qsizetype nameOffset = 0; ///< where the name starts in VmStat::text
        qsizetype nameLength = 0;
        quint64 value = 0;
    };

    /// The file's bytes; counter names point into them, so a parse allocates once, not once per line.
    QByteArray text;
    QList<Counter> counters;
    /// Lines that could not be parsed (Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    QByteArrayView name(const Counter& counter) const
    {
        return QByteArrayView(text).sliced(counter.nameOffset, counter.nameLength);
    }

    /// The counter's value; nullopt when this kernel does not report it.
    std::optional<quint64> value(QByteArrayView name) const;
    bool has(QByteArrayView name) const { return value(name).has_value(); }

    /// The sum of all counters whose name starts with @p prefix (e.g. "pgalloc_" sums every zone's
    /// allocations); nullopt when there is none. Saturates instead of wrapping.
    std::optional<quint64> sumWithPrefix(QByteArrayView prefix) const;
};

/**
 * How one event counter of /proc/vmstat moved from an older sample to a newer one. Event counters only grow
 * while the kernel runs, so a smaller newer value means the counter was reset (another boot, a captured tree
 * from another machine, a wrap) and the interval has no meaningful difference: it is reported as such, never
 * as a negative number. A counter one of the samples lacks (an older kernel, a configuration without it) is
 * NotReported.
 */
struct VmStatDelta
{
    enum class State
    {
        Moved,        ///< delta holds newer − older (0 when the counter did not move)
        NotReported,  ///< one of the samples has no such counter
        WentBackwards ///< the newer value is smaller: a reset, no difference to report
    };
    State state = State::NotReported;
    quint64 delta = 0;

    bool moved() const { return state == State::Moved; }
};

/// The difference of counter @p name from @p older to @p newer.
VmStatDelta vmstatDelta(const VmStat& older, const VmStat& newer, QByteArrayView name);

/// Parses the bytes of /proc/vmstat. Fails (Malformed) only when no line holds a counter.
Result<VmStat> parseVmstat(QByteArrayView data, const QString& path = QStringLiteral("/proc/vmstat"));

/// Reads and parses /proc/vmstat below @p fs's root.
Result<VmStat> readVmstat(const KernelFs& fs);

} // namespace kaleido
