// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "lockdown.h"
#include "printklevels.h"
#include "procmodules.h"
#include "result.h"

#include <QList>

#include <optional>

namespace kaleido {

/**
 * The kernel's gatekeeping knobs for modules and its log, each from its own file:
 *
 * | member            | file                                     | content     |
 * |-------------------|------------------------------------------|-------------|
 * | moduleSupport     | /proc/modules exists                     |             |
 * | modulesDisabled   | /proc/sys/kernel/modules_disabled        | 0 or 1      |
 * | signaturesEnforced| /sys/module/module/parameters/sig_enforce| Y or N      |
 * | lockdown          | /sys/kernel/security/lockdown            | see Lockdown|
 * | printk            | /proc/sys/kernel/printk                  | see PrintkLevels |
 * | dmesgRestrict     | /proc/sys/kernel/dmesg_restrict          | 0 or 1      |
 * | kptrRestrict      | /proc/sys/kernel/kptr_restrict           | 0, 1 or 2   |
 *
 * modules_disabled can only go from 0 to 1 (until reboot); sig_enforce only from N to Y. A value is nullopt
 * when its file is absent (no module support, no securityfs) or unreadable; `unavailable` then says which and
 * why.
 */
struct KernelSettings
{
    ModuleSupport moduleSupport = ModuleSupport::Loadable;
    std::optional<bool> modulesDisabled;
    std::optional<bool> signaturesEnforced;
    std::optional<Lockdown> lockdown;
    std::optional<PrintkLevels> printk;
    std::optional<int> dmesgRestrict; ///< 1: reading the kernel log needs CAP_SYSLOG
    std::optional<int>
        kptrRestrict;         ///< 1: addresses hidden from readers without CAP_SYSLOG; 2: from everyone
    QList<Error> unavailable; ///< one per value that is nullopt
};

/// Reads every knob; never fails as a whole (see KernelSettings::unavailable).
KernelSettings readKernelSettings(const KernelFs& fs);

} // namespace kaleido
