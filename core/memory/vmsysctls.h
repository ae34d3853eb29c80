// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelattributes.h"
#include "kernelfs.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kaleido {

/**
 * The VM sysctls, the files of /proc/sys/vm, one value each, e.g.
 * @code
 * overcommit_memory      0
 * overcommit_ratio       50
 * swappiness             60
 * min_free_kbytes        67584
 * lowmem_reserve_ratio   256	256	32	0	0
 * numa_zonelist_order    Node
 * drop_caches            (mode 0200: write-only, an action)
 * @endcode
 * The set of files depends on version and configuration (6.18 has defrag_mode and vfs_cache_pressure_denom),
 * so every regular file is kept; write-only files are listed with writeOnly set and not read.
 */
struct VmSysctls
{
    enum class OvercommitMode
    {
        Heuristic = 0,
        Always = 1,
        Never = 2
    };

    KernelAttributes attributes;

    Result<quint64> value(const QString& name) const { return attributes.number(name); }
    Result<QByteArray> text(const QString& name) const { return attributes.text(name); }
    /// Whitespace-separated numbers, e.g. lowmem_reserve_ratio; Malformed when a word is not a number.
    Result<QList<quint64>> values(const QString& name) const;
    bool isWriteOnly(QStringView name) const;
    QStringList writeOnlyNames() const;

    /// overcommit_memory; Malformed for values other than 0, 1, 2.
    Result<OvercommitMode> overcommitMode() const;
    Result<quint64> overcommitRatio() const { return value(QStringLiteral("overcommit_ratio")); }
    Result<quint64> overcommitKbytes() const { return value(QStringLiteral("overcommit_kbytes")); }
    Result<quint64> swappiness() const { return value(QStringLiteral("swappiness")); }
    Result<quint64> minFreeKbytes() const { return value(QStringLiteral("min_free_kbytes")); }
    Result<quint64> watermarkScaleFactor() const { return value(QStringLiteral("watermark_scale_factor")); }
    Result<quint64> watermarkBoostFactor() const { return value(QStringLiteral("watermark_boost_factor")); }
    Result<quint64> vfsCachePressure() const { return value(QStringLiteral("vfs_cache_pressure")); }
    Result<quint64> maxMapCount() const { return value(QStringLiteral("max_map_count")); }
    Result<quint64> adminReserveKbytes() const { return value(QStringLiteral("admin_reserve_kbytes")); }
    Result<quint64> userReserveKbytes() const { return value(QStringLiteral("user_reserve_kbytes")); }
};

/// Reads every regular file of /proc/sys/vm below @p fs's root. Absent without /proc/sys (no CONFIG_SYSCTL).
Result<VmSysctls> readVmSysctls(const KernelFs& fs);

} // namespace kaleido
