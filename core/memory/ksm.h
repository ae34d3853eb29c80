// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "choicelist.h"
#include "kernelattributes.h"
#include "kernelfs.h"
#include "result.h"

namespace kaleido {

/**
 * Kernel samepage merging, /sys/kernel/mm/ksm/: one value per file.
 * @code
 * run                0          (0 stopped, 1 running, 2 unmerge everything and stop)
 * pages_to_scan      100
 * sleep_millisecs    20
 * pages_shared       0          (KSM pages in use)
 * pages_sharing      0          (further mappings of them: the pages saved)
 * pages_unshared     0
 * pages_volatile     0
 * full_scans         0
 * general_profit     0          (6.4+)
 * merge_across_nodes 1
 * use_zero_pages     0
 * max_page_sharing   256
 * stable_node_chains 0          (also stable_node_dups, stable_node_chains_prune_millisecs)
 * advisor_mode       [none] scan-time   (6.8+)
 * @endcode
 * A file this kernel does not have is reported as Absent by the accessors.
 */
struct Ksm
{
    enum class Run
    {
        Stopped = 0,
        Running = 1,
        Unmerging = 2
    };

    KernelAttributes attributes;

    /// run; Malformed for values other than 0, 1, 2.
    Result<Run> run() const;
    Result<quint64> value(const QString& name) const { return attributes.number(name); }
    Result<qint64> signedValue(const QString& name) const { return attributes.signedNumber(name); }
    /// A bracketed setting such as advisor_mode.
    Result<ChoiceList> choice(const QString& name) const { return choiceAttribute(attributes, name); }
};

/// Reads /sys/kernel/mm/ksm. Absent on kernels built without KSM.
Result<Ksm> readKsm(const KernelFs& fs);

} // namespace kaleido
