// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelattributes.h"
#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * The hugetlbfs pools of /sys/kernel/mm/hugepages/, one directory per huge page size:
 * @code
 * /sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages        0
 * /sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages      0
 * /sys/kernel/mm/hugepages/hugepages-2048kB/resv_hugepages      0
 * /sys/kernel/mm/hugepages/hugepages-2048kB/surplus_hugepages   0
 * /sys/kernel/mm/hugepages/hugepages-2048kB/nr_overcommit_hugepages 0
 * @endcode
 * Pages in these pools are set aside: they count in MemTotal but not in CommitLimit's share of RAM.
 */
struct HugeTlbPool
{
    QString directory; ///< "hugepages-2048kB"
    quint64 pageSizeBytes = 0;
    KernelAttributes attributes;

    Result<quint64> nrHugepages() const { return attributes.number(QStringLiteral("nr_hugepages")); }
    Result<quint64> freeHugepages() const { return attributes.number(QStringLiteral("free_hugepages")); }
    Result<quint64> resvHugepages() const { return attributes.number(QStringLiteral("resv_hugepages")); }
    Result<quint64> surplusHugepages() const
    {
        return attributes.number(QStringLiteral("surplus_hugepages"));
    }
    Result<quint64> nrOvercommitHugepages() const
    {
        return attributes.number(QStringLiteral("nr_overcommit_hugepages"));
    }
    /// nr_hugepages × page size (0 when unreadable), saturating.
    quint64 totalBytes() const;
};

struct HugeTlb
{
    QList<HugeTlbPool> pools; ///< by page size, smallest first

    /// All pools' pages in bytes: the kernel's hugetlb_total_pages() × base page size.
    quint64 totalBytes() const;
    const HugeTlbPool* find(quint64 pageSizeBytes) const;
};

/// "hugepages-2048kB" → 2097152 bytes; nullopt for any other name. Also used for THP's per-size directories.
std::optional<quint64> parseHugepagesDirectoryName(QByteArrayView name);

/// Reads /sys/kernel/mm/hugepages. Absent on kernels without hugetlbfs.
Result<HugeTlb> readHugeTlb(const KernelFs& fs);

} // namespace kaleido
