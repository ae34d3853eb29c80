// SPDX-License-Identifier: GPL-2.0-or-later
#include "loadedmodulessnapshot.h"

#include <QHash>
#include <QSet>

namespace kaleido {

namespace {

bool sameLine(const LoadedModule& a, const LoadedModule& b)
{
    return a.size == b.size && a.refcount == b.refcount && a.holders == b.holders &&
           a.permanent == b.permanent && a.state == b.state && a.stateText == b.stateText &&
           a.address == b.address && a.taints == b.taints;
}

} // namespace

const LoadedModulesSnapshot::Row* LoadedModulesSnapshot::find(const QString& name) const
{
    for (const Row& row : rows)
        if (row.name == name)
            return &row;
    return nullptr;
}

ProcModules LoadedModulesSnapshot::procModules() const
{
    ProcModules modules;
    modules.support = support;
    for (const Row& row : rows)
        if (!row.builtIn)
            modules.modules.append(row.module);
    return modules;
}

LoadedModulesSnapshot readLoadedModules(const KernelFs& fs, const LoadedModulesSnapshot* previous)
{
    LoadedModulesSnapshot snapshot;
    QHash<QString, const LoadedModulesSnapshot::Row*> before;
    if (previous)
        for (const auto& row : previous->rows)
            before.insert(row.name, &row);

    QSet<QString> loadedNames;
    if (auto modules = readProcModules(fs)) {
        snapshot.support = modules->support;
        for (const LoadedModule& module : modules->modules) {
            LoadedModulesSnapshot::Row row;
            row.name = module.name;
            row.module = module;
            const auto* old = before.value(module.name);
            if (old && !old->builtIn && sameLine(old->module, module)) {
                row.sysfs = old->sysfs;
            } else {
                ++snapshot.sysfsReads;
                if (auto sysfs = readSysfsModule(fs, module.name, SysfsModuleParts::WithoutParameters))
                    row.sysfs = std::move(*sysfs);
            }
            loadedNames.insert(module.name);
            snapshot.rows.append(std::move(row));
        }
    } else {
        snapshot.error = modules.error();
    }

    if (auto names = listSysfsModules(fs)) {
        QStringList builtIn;
        for (const QString& name : *names)
            if (!loadedNames.contains(name))
                builtIn.append(name);
        builtIn.sort();
        for (const QString& name : builtIn) {
            LoadedModulesSnapshot::Row row;
            row.name = name;
            row.builtIn = true;
            row.module.name = name;
            if (const auto* old = before.value(name); old && old->builtIn) {
                row.sysfs = old->sysfs;
            } else {
                ++snapshot.sysfsReads;
                auto sysfs = readSysfsModule(fs, name, SysfsModuleParts::WithoutParameters);
                if (sysfs && !sysfs->builtIn())
                    continue; // a module between /proc/modules and /sys/module: it shows up next time
                if (sysfs)
                    row.sysfs = std::move(*sysfs);
            }
            snapshot.rows.append(std::move(row));
        }
    }
    return snapshot;
}

} // namespace kaleido
