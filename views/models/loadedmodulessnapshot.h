// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error.h"
#include "kernelfs.h"
#include "procmodules.h"
#include "sysfsmodule.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * What Modules ▸ Loaded shows in one refresh: every line of /proc/modules with the details of its
 * /sys/module directory, plus the built-in code that has a /sys/module directory (parameters, version).
 */
struct LoadedModulesSnapshot
{
    struct Row
    {
        QString name;
        bool builtIn = false;             ///< in /sys/module only: compiled into the kernel
        LoadedModule module;              ///< the /proc/modules line (default for built-in rows)
        std::optional<SysfsModule> sysfs; ///< without parameter values; nullopt when unreadable or absent
    };

    ModuleSupport support = ModuleSupport::Loadable;
    QList<Row> rows;            ///< loaded modules in /proc/modules order, then built-in ones
    std::optional<Error> error; ///< /proc/modules could not be read (rows then hold no loaded module)
    int sysfsReads = 0;         ///< /sys/module directories read for this snapshot (the rest reused)

    const Row* find(const QString& name) const;
    /// The loaded modules as /proc/modules had them (for planUnload()).
    ProcModules procModules() const;
};

/**
 * Reads /proc/modules, and /sys/module/<m> (without parameter values) only for modules that are new since
 * @p previous or whose /proc/modules line changed; the other rows reuse @p previous's details. Built-in
 * rows: /sys/module directories without a loaded module, read once each.
 */
LoadedModulesSnapshot readLoadedModules(const KernelFs& fs, const LoadedModulesSnapshot* previous = nullptr);

} // namespace kaleido
