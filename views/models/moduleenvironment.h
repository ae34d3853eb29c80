// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "moduledatabase.h"
#include "moduleoperations.h"

#include <QString>
#include <QStringList>

namespace kaleido {

/**
 * Where the module pages look: the kernel files (/proc, /sys below @c fs) and the installed modules of one
 * release. The default is the running system; tests and the host (whose 6.18 kernel has no module support)
 * point it at another release or a fake tree made with depmod -b.
 */
struct ModuleEnvironment
{
    KernelFs fs = KernelFs();
    QString release;          ///< empty: the running kernel's (uname -r)
    QString modulesDirectory; ///< empty: /lib/modules/<release>
    QStringList configPaths;  ///< modprobe.d directories; empty: libkmod's defaults (/etc/modprobe.d, …)

    /// The release shown and indexed: @c release, or the running kernel's.
    QString effectiveRelease() const;
    /// The directory holding modules.dep.
    QString effectiveDirectory() const;
    /// A new database for this release (one per thread: a libkmod context is not thread-safe).
    ModuleDatabase database() const;
    /// Unprivileged previews (prepareLoad, prepareLoadFile) against this tree.
    privileged::ModuleOperations operations() const;

    /**
     * For a captured tree (kaleido --root: @c fs's root is not "/") whose @c configPaths are unset: sets them
     * to the tree's own modprobe.d directories that exist (<root>/etc, /run, /lib and /usr/lib modprobe.d, in
     * libkmod's order of precedence), so this machine's rules never show for another system's modules.
     * When the tree has none, sets <root>/etc/modprobe.d (absent: nothing is read) and returns false.
     * Returns true otherwise, doing nothing for the live system or paths already chosen.
     */
    bool useCapturedModprobeConfig();
};

} // namespace kaleido
