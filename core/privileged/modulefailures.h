// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QString>

namespace kaleido::privileged {

/**
 * One plain sentence for a failed init_module()/finit_module() of @p module with errno @p err. For EPERM and
 * EKEYREJECTED it reads the kernel's gatekeeping knobs below @p fs (modules_disabled, lockdown, sig_enforce,
 * module_blacklist= on the command line) to say which one refused.
 */
QString loadFailureCause(int err, const QString& module, const KernelFs& fs);

/**
 * @p cause made precise with the kernel's own words: the /dev/kmsg lines ("<level>text") a failed load of
 * @p module printed name the unknown symbol (ENOENT), the version magic or symbol version that disagrees
 * (ENOEXEC), the parameter refused (EINVAL), lockdown or the blacklist (EPERM), the rejected unsigned module
 * (EKEYREJECTED); a line of the module's own means its initialisation returned the error. Returns @p cause
 * when the log says nothing more.
 */
QString refineLoadFailureCause(int err, const QString& module, const QStringList& kernelLog,
                               const QString& cause);

/// One plain sentence for a failed delete_module() of @p module that is not about holders (see unload()).
QString unloadFailureCause(int err, const QString& module, const KernelFs& fs);

/// One plain sentence for a failed write of @p value to parameter @p parameter of @p module (sysfs).
QString parameterWriteFailureCause(int err, const QString& module, const QString& parameter,
                                   const QString& value);

/// Whether kernel.modules_disabled is 1 below @p fs (nothing can be loaded or unloaded until reboot).
bool modulesDisabled(const KernelFs& fs);

} // namespace kaleido::privileged
