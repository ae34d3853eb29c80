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
 * | secureBoot        | efivars SecureBoot-8be4df61-…            | see secureboot.h |
 *
 * modules_disabled can only go from 0 to 1 (until reboot); sig_enforce only from N to Y. A value is nullopt
 * when its file is absent (no module support, no securityfs) or unreadable; `unavailable` then says which and
 * why. secureBoot is nullopt without an `unavailable` entry on machines booted without EFI: there is no
 * Secure Boot to report, which is a state rather than a failure.
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
        kptrRestrict;               ///< 1: addresses hidden from readers without CAP_SYSLOG; 2: from everyone
    std::optional<bool> secureBoot; ///< the firmware booted with Secure Boot on (EFI machines only)
    QList<Error> unavailable;       ///< one per value that is nullopt (see secureBoot)
};

/// Reads every knob; never fails as a whole (see KernelSettings::unavailable).
KernelSettings readKernelSettings(const KernelFs& fs);

} // namespace kaleido
