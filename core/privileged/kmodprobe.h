// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the module operations ask libkmod besides loading: which modules a probe would insert (recorded
// through libkmod's print_action callback), a module's modinfo, and whether a filter keeps a module out.
#include "moduleinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <libkmod.h>

namespace kaleido::privileged {

/// One module kmod_module_probe_insert_module() handles, in its order.
struct ProbeAction
{
    QString name;
    bool runsInstallCommand = false; ///< libkmod runs the install command instead of inserting it
    bool hasInstallCommand = false;  ///< modprobe configuration has an install rule for it
};

/// The print_action callback to pass to kmod_module_probe_insert_module(): appends to the innermost live
/// ProbeRecorder of this thread (print_action has no user data pointer).
void recordProbeAction(kmod_module* module, bool install, const char* options);

/// Collects the probe actions of this thread while it lives.
class ProbeRecorder
{
public:
    ProbeRecorder();
    ~ProbeRecorder();
    ProbeRecorder(const ProbeRecorder&) = delete;
    ProbeRecorder& operator=(const ProbeRecorder&) = delete;

    QList<ProbeAction> actions;

private:
    QList<ProbeAction>* m_previous;
};

QStringList namesOf(const QList<ProbeAction>& actions);

/// The module's modinfo fields as libkmod reads them from its file.
ModuleInfo moduleInfoOf(kmod_module* module);

/// Whether the one module of @p list (as kmod_module_new_from_lookup() returns it) is kept out by @p filter.
bool filteredOut(kmod_ctx* ctx, kmod_filter filter, const kmod_list* list);

} // namespace kaleido::privileged
