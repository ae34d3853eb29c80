// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hugetlb.h"
#include "kernelfs.h"
#include "meminfo.h"
#include "pagesize.h"
#include "result.h"
#include "vmsysctls.h"

#include <QString>

#include <optional>

namespace kaleido {

/// What the kernel's vm_commit_limit() works from.
struct CommitLimitInputs
{
    quint64 pageSize = 4096;
    quint64 memTotalBytes = 0;  ///< MemTotal (totalram_pages)
    quint64 swapTotalBytes = 0; ///< SwapTotal (total_swap_pages)
    quint64 hugetlbBytes = 0;   ///< pages in all hugetlb pools (hugetlb_total_pages)
    quint64 overcommitRatio = 50;
    quint64 overcommitKbytes = 0;
};

/**
 * CommitLimit as the kernel computes it, in bytes, with its rounding (it works in whole pages):
 *   overcommit_kbytes ≠ 0:  overcommit_kbytes + SwapTotal
 *   otherwise:              (MemTotal − hugetlb pages) × overcommit_ratio / 100 + SwapTotal
 * Only mode 2 (overcommit_memory = 2) enforces it; /proc/meminfo shows it in every mode.
 */
quint64 computeCommitLimit(const CommitLimitInputs& inputs);

/**
 * The overcommit policy and its numbers, from /proc/sys/vm (overcommit_memory, overcommit_ratio,
 * overcommit_kbytes, admin_reserve_kbytes, user_reserve_kbytes), /proc/meminfo (MemTotal, SwapTotal,
 * CommitLimit, Committed_AS) and the hugetlb pools.
 */
struct Overcommit
{
    enum class HugetlbSource
    {
        Pools,
        MeminfoHugetlb,
        MeminfoHugePages
    };

    VmSysctls::OvercommitMode mode = VmSysctls::OvercommitMode::Heuristic;
    CommitLimitInputs inputs;
    HugetlbSource hugetlbSource = HugetlbSource::Pools;
    quint64 adminReserveBytes = 0;
    quint64 userReserveBytes = 0;
    quint64 commitLimit = 0;                  ///< computed by computeCommitLimit()
    std::optional<quint64> kernelCommitLimit; ///< CommitLimit from /proc/meminfo
    std::optional<quint64> committedAs;       ///< Committed_AS from /proc/meminfo

    bool agreesWithKernel() const { return kernelCommitLimit && *kernelCommitLimit == commitLimit; }

    struct Verdict
    {
        bool refused = false;
        quint64 requestBytes = 0; ///< rounded up to whole pages
        /// Mode 2: Committed_AS plus the request. Mode 0: the request alone. Mode 1: 0.
        quint64 comparedBytes = 0;
        /// Mode 2: CommitLimit less the reserves (refused when comparedBytes reaches it). Mode 0: MemTotal +
        /// SwapTotal (refused when comparedBytes exceeds it). Mode 1: no limit (max).
        quint64 limitBytes = 0;
    };

    /**
     * Whether the kernel's __vm_enough_memory() would refuse @p bytes more of committed memory (a private
     * writable mmap, brk, …) under @p mode. In mode 2 a process without CAP_SYS_ADMIN (@p privileged false)
     * also loses admin_reserve_kbytes, and every process min(its total_vm / 32, user_reserve_kbytes).
     */
    Verdict check(quint64 bytes, VmSysctls::OvercommitMode mode, bool privileged,
                  quint64 processTotalVmBytes = 0) const;
};

/// "heuristic", "always", "never": the kernel's OVERCOMMIT_GUESS/ALWAYS/NEVER.
QString overcommitModeName(VmSysctls::OvercommitMode mode);
/// One sentence on what the mode does.
QString overcommitModeMeaning(VmSysctls::OvercommitMode mode);

/**
 * Combines the three sources (pure). Hugetlb pages come from @p hugetlb when given, else from meminfo's
 * Hugetlb, else from HugePages_Total × Hugepagesize. Fails when a needed value is missing.
 */
Result<Overcommit> computeOvercommit(const MemInfo& meminfo, const VmSysctls& sysctls, const HugeTlb* hugetlb,
                                     quint64 pageSize);

/// Reads /proc/meminfo, /proc/sys/vm and /sys/kernel/mm/hugepages below @p fs's root and combines them.
Result<Overcommit> readOvercommit(const KernelFs& fs, quint64 pageSize = systemPageSize());

} // namespace kaleido
