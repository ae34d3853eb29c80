// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "choicelist.h"
#include "kernelattributes.h"
#include "kernelfs.h"
#include "result.h"

#include <QList>
#include <QString>

namespace kaleido {

/**
 * Transparent huge pages, /sys/kernel/mm/transparent_hugepage/:
 * @code
 * enabled          always [madvise] never
 * defrag           always defer defer+madvise [madvise] never
 * shmem_enabled    always within_size advise [never] deny force
 * use_zero_page    1
 * hpage_pmd_size   2097152
 * khugepaged/pages_to_scan 4096   (also scan_sleep_millisecs, alloc_sleep_millisecs, pages_collapsed,
 *                                  full_scans, max_ptes_none, max_ptes_swap, max_ptes_shared, defrag)
 * hugepages-64kB/enabled   always inherit madvise [never]      (multi-size THP, 6.8+)
 * hugepages-64kB/stats/anon_fault_alloc 0                      (6.9+)
 * @endcode
 * Files differ between versions (6.18 adds shrink_underused, per-size shmem_enabled; a per-size directory may
 * have only shmem_enabled), so every file present is kept.
 */
struct TransparentHugepages
{
    struct Size
    {
        QString directory; ///< "hugepages-64kB"
        quint64 sizeBytes = 0;
        KernelAttributes settings; ///< enabled, shmem_enabled, …
        KernelAttributes stats;    ///< the files in stats/; empty on kernels without per-size statistics
        bool hasStats = false;

        Result<ChoiceList> choice(const QString& name) const;
    };

    KernelAttributes settings;   ///< the top-level files
    KernelAttributes khugepaged; ///< the files in khugepaged/
    QList<Size> sizes;           ///< per-size settings, smallest first (multi-size THP kernels only)

    /// A bracketed setting of the top level (enabled, defrag, shmem_enabled); Malformed when not a choice
    /// list.
    Result<ChoiceList> choice(const QString& name) const;
    Result<ChoiceList> enabled() const { return choice(QStringLiteral("enabled")); }
    Result<ChoiceList> defrag() const { return choice(QStringLiteral("defrag")); }
    Result<ChoiceList> shmemEnabled() const { return choice(QStringLiteral("shmem_enabled")); }
    Result<quint64> hpagePmdSize() const { return settings.number(QStringLiteral("hpage_pmd_size")); }
    Result<quint64> useZeroPage() const { return settings.number(QStringLiteral("use_zero_page")); }
};

/// Reads /sys/kernel/mm/transparent_hugepage. Absent on kernels built without THP.
Result<TransparentHugepages> readTransparentHugepages(const KernelFs& fs);

} // namespace kaleido
