// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleinfo.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kaleido {

/// One module of a kernel's index: loadable (modules.dep) or built in (modules.builtin).
struct ModuleIndexEntry
{
    QString name; ///< '_' form, as the kernel names it
    QString path; ///< absolute path of the .ko[.xz|.zst]; empty for a built-in module
    bool builtIn = false;
    QStringList dependencies; ///< from modules.dep
};

/**
 * The installed modules of one kernel, /lib/modules/<release>/, looked up through libkmod (the library behind
 * modprobe, lsmod and modinfo): find a module by name or alias, read the metadata of a module file (also
 * compressed .ko.xz/.ko.zst), tell built-in modules (modules.builtin) from loadable ones.
 *
 * This is the only place Kaleido calls libkmod. It reads files under /lib/modules only; the /proc and /sys
 * view of loaded modules is in procmodules.h and sysfsmodule.h. Nothing here needs privileges.
 */
class ModuleDatabase
{
public:
    /// The running kernel's modules: /lib/modules/$(uname -r).
    ModuleDatabase();
    /// The modules of kernel @p release (e.g. "6.1.0-56-amd64"), or of @p directory when it is not empty.
    explicit ModuleDatabase(const QString& release, const QString& directory = QString());
    ~ModuleDatabase();
    ModuleDatabase(ModuleDatabase&&) noexcept;
    ModuleDatabase& operator=(ModuleDatabase&&) noexcept;

    /// uname -r: the release of the running kernel.
    static QString runningRelease();

    /// The release this database was made for.
    QString release() const;
    /// The module directory, e.g. /lib/modules/6.1.0-56-amd64.
    QString directory() const;
    /// Whether the directory holds a module index (modules.dep): false for kernels without installed modules.
    bool hasModules() const;

    /**
     * Every module @p nameOrAlias names, as modinfo(8) resolves it: a module name, or an alias such as
     * "fs-ext3" (several modules can match an alias). Absent when nothing matches.
     */
    Result<QList<ModuleInfo>> lookup(const QString& nameOrAlias) const;

    /**
     * Every module of this kernel: the loadable ones of modules.dep, then the built-in ones of
     * modules.builtin (the text files depmod writes beside its binary indexes). Absent when modules.dep is
     * missing.
     */
    Result<QList<ModuleIndexEntry>> index() const;

    /**
     * The metadata of module @p name exactly (no alias resolution): from its file, or for a built-in module
     * from modules.builtin.modinfo. Absent when the kernel has no module of that name.
     */
    Result<ModuleInfo> info(const QString& name) const;

    /// The metadata of a module file. Absent when the file does not exist, Malformed when it is not a module.
    Result<ModuleInfo> fromFile(const QString& path) const;

    /**
     * Whether this kernel checks module signatures (CONFIG_MODULE_SIG), judged by whether its own modules are
     * signed. nullopt when the directory has no modules to judge by.
     */
    std::optional<bool> signsModules() const;

    /**
     * The vermagic string of this kernel ("6.1.0-56-amd64 SMP preempt mod_unload modversions"), taken from
     * its first in-tree module, as the kernel itself compares it. nullopt when there is no module to read.
     */
    std::optional<QString> kernelVermagic() const;

private:
    bool isBuiltIn(const QString& name) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kaleido
