// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "procmodules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/// Why a module in an unload chain cannot be removed by unloading modules alone.
struct UnloadBlocker
{
    enum class Reason
    {
        NotLoaded,       ///< the module is not in /proc/modules
        Permanent,       ///< loaded without an exit function: the kernel never unloads it
        NonModuleUsers,  ///< more references than holders: a mount, an open device, an interface… uses it
        NotLive,         ///< still loading or already unloading
        NoUnloadSupport, ///< the kernel was built without CONFIG_MODULE_UNLOAD (refcount "-")
    };

    QString module;
    Reason reason = Reason::NotLoaded;
    std::optional<qint64> refcount;
    qsizetype holders = 0;
};

/**
 * The order in which a module and everything holding it can be unloaded: holders first (a post-order walk
 * over the holders lists of /proc/modules), the target last. Each module appears once, even when several
 * modules of the chain hold it. A chain is only proposed, never forced: `blockers` lists every module of the
 * chain the kernel would refuse to unload for a reason other than a holder that comes earlier in `order`.
 */
struct UnloadPlan
{
    QString target;
    QStringList order;
    QList<UnloadBlocker> blockers;

    bool feasible() const { return blockers.isEmpty() && !order.isEmpty(); }
};

UnloadPlan planUnload(const ProcModules& modules, const QString& module);

} // namespace kaleido
