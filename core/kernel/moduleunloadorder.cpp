// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleunloadorder.h"

#include <QSet>

namespace kaleido {

namespace {

struct Walk
{
    const ProcModules& modules;
    UnloadPlan& plan;
    QSet<QString> visiting;
    QSet<QString> done;

    void visit(const QString& name)
    {
        if (done.contains(name) || visiting.contains(name))
            return; // already placed, or a cycle (the kernel does not allow one; stay safe anyway)
        visiting.insert(name);
        const LoadedModule* module = modules.find(name);
        if (!module) {
            plan.blockers.append({name, UnloadBlocker::Reason::NotLoaded, std::nullopt, 0});
            visiting.remove(name);
            done.insert(name);
            return;
        }
        for (const QString& holder : module->holders)
            visit(holder);
        visiting.remove(name);
        done.insert(name);
        plan.order.append(name);

        const UnloadBlocker blocker{name, UnloadBlocker::Reason::NotLoaded, module->refcount,
                                    module->holders.size()};
        auto block = [&](UnloadBlocker::Reason reason) {
            UnloadBlocker b = blocker;
            b.reason = reason;
            plan.blockers.append(b);
        };
        if (module->permanent)
            block(UnloadBlocker::Reason::Permanent);
        else if (!module->refcount)
            block(UnloadBlocker::Reason::NoUnloadSupport);
        else if (module->state != LoadedModule::State::Live)
            block(UnloadBlocker::Reason::NotLive);
        else if (*module->refcount > module->holders.size())
            block(UnloadBlocker::Reason::NonModuleUsers);
    }
};

} // namespace

UnloadPlan planUnload(const ProcModules& modules, const QString& module)
{
    UnloadPlan plan;
    plan.target = module;
    if (modules.support == ModuleSupport::None) {
        plan.blockers.append({module, UnloadBlocker::Reason::NoUnloadSupport, std::nullopt, 0});
        return plan;
    }
    Walk walk{modules, plan, {}, {}};
    walk.visit(module);
    if (!modules.find(module))
        plan.order.clear();
    return plan;
}

} // namespace kaleido
