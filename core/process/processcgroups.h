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
 * /proc/<pid>/cgroup: the control groups the process belongs to, one line per hierarchy.
 *
 * @code
 * 9:name=systemd:/
 * 4:memory:/process_api/77fa4483991bc9abdbf94220f4231efe
 * 1:cpu:/
 * 0::/user.slice/user-1000.slice/session-2.scope
 * @endcode
 * "hierarchy-ID:controller-list:cgroup-path". cgroup v1 hierarchies have an ID > 0 and a comma-separated list
 * of controllers (or "name=…" for a named hierarchy); the unified v2 hierarchy is "0::/path". A pure v2
 * system has only the "0::" line. The path may contain ':' (only the first two colons separate) and ends in "
 * (deleted)" when the cgroup was removed while the process was in it.
 */
struct ProcessCgroups
{
    struct Membership
    {
        int hierarchyId = 0;
        QList<QByteArray> controllers; ///< e.g. {"cpu", "cpuacct"} or {"name=systemd"}; empty for v2
        QByteArray path; ///< relative to the hierarchy's root (or to the reader's cgroup namespace)

        bool isUnified() const { return hierarchyId == 0 && controllers.isEmpty(); }
    };

    QList<Membership> memberships; ///< in file order
    /// Lines that could not be parsed (kind Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    /// The path in the unified (v2) hierarchy, if the process has one.
    std::optional<QByteArray> unifiedPath() const;
    /// The path in the v1 hierarchy that has @p controller (e.g. "memory").
    std::optional<QByteArray> controllerPath(QByteArrayView controller) const;
};

/// Parses the bytes of /proc/<pid>/cgroup. Fails (Malformed) only when there is text and no line parses.
Result<ProcessCgroups> parseProcessCgroups(QByteArrayView data,
                                           const QString& path = QStringLiteral("/proc/self/cgroup"));

/// Reads and parses /proc/<pid>/cgroup below @p fs's root. Vanished when the process exited.
Result<ProcessCgroups> readProcessCgroups(const KernelFs& fs, int pid);

} // namespace kaleido
