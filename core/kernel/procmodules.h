// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/// Whether the kernel can load modules at all (CONFIG_MODULES). Without it /proc/modules does not exist.
enum class ModuleSupport
{
    Loadable, ///< /proc/modules exists (loading may still be switched off: see modules_disabled)
    None,     ///< built without loadable-module support: every driver is built in
};

/**
 * One line of /proc/modules: a loaded (loadable) module.
 *
 * @code
 * name        size refcount holders            state address            taints
 * virtio_ring 49152 3 9pnet_virtio,virtio_pci, Live 0xffffffffc039d000
 * hello       16384 0 -                        Loading 0x0000000000000000 (OE+)
 * perm        16384 0 [permanent],             Live 0xffffffffc0e00000 (O)
 * @endcode
 * `refcount` and `holders` are "-" on kernels without CONFIG_MODULE_UNLOAD; `refcount` is -1 while an rmmod
 * is unloading the module. The address reads as 0 to readers the kernel hides addresses from (kptr_restrict,
 * not root). The parenthesised taint letters appear only for tainting modules, followed by '+' while loading
 * and '-' while unloading.
 */
struct LoadedModule
{
    enum class State
    {
        Live,
        Loading,
        Unloading,
        Unknown
    };

    QString name;
    quint64 size = 0;               ///< bytes of all its memory regions
    std::optional<qint64> refcount; ///< nullopt when the kernel cannot unload modules ("-")
    QStringList holders;            ///< modules using this one, in the kernel's order
    bool permanent = false;         ///< has an init but no exit function: cannot be unloaded
    State state = State::Unknown;
    QString stateText;              ///< as written, also for states newer than this parser
    std::optional<quint64> address; ///< base of the module's code; nullopt when the line had none
    QString taints;                 ///< the letters in parentheses, e.g. "OE" (empty: untainted)
    QStringList extraFields;        ///< fields after the known ones, kept for newer kernels

    /// The kernel printed 0x0000000000000000 because it hides addresses from this reader.
    bool addressHidden() const { return address && *address == 0; }
};

struct ProcModules
{
    ModuleSupport support = ModuleSupport::Loadable;
    QList<LoadedModule> modules; ///< in file order (most recently loaded first)
    QList<Error> skippedLines;   ///< lines that could not be parsed (Malformed, with line number)

    const LoadedModule* find(const QString& name) const;
};

/// Parses /proc/modules. An empty file is a kernel with no module loaded; fails only when no line is usable.
Result<ProcModules> parseProcModules(QByteArrayView data,
                                     const QString& path = QStringLiteral("/proc/modules"));

/**
 * Reads /proc/modules. A kernel without loadable-module support has no /proc/modules: that is reported as
 * support == ModuleSupport::None with no modules, not as an error.
 */
Result<ProcModules> readProcModules(const KernelFs& fs);

/// Only whether /proc/modules exists, without reading it.
ModuleSupport detectModuleSupport(const KernelFs& fs);

} // namespace kaleido
