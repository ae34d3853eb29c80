// SPDX-License-Identifier: GPL-2.0-or-later
#include "kmodprobe.h"

#include "kmodhandles.h"

#include <utility>

namespace kaleido::privileged {

using namespace kmod;

namespace {

thread_local QList<ProbeAction>* probeActions = nullptr;

} // namespace

void recordProbeAction(kmod_module* module, bool install, const char* /*options*/)
{
    if (!probeActions)
        return;
    probeActions->append(ProbeAction{QString::fromUtf8(kmod_module_get_name(module)), install,
                                     kmod_module_get_install_commands(module) != nullptr});
}

ProbeRecorder::ProbeRecorder()
    : m_previous(std::exchange(probeActions, &actions))
{}

ProbeRecorder::~ProbeRecorder()
{
    probeActions = m_previous;
}

QStringList namesOf(const QList<ProbeAction>& actions)
{
    QStringList names;
    for (const ProbeAction& action : actions)
        names.append(action.name);
    return names;
}

ModuleInfo moduleInfoOf(kmod_module* module)
{
    kmod_list* raw = nullptr;
    const int err = kmod_module_get_info(module, &raw);
    InfoListPtr list(raw);
    QList<ModuleInfo::Field> fields;
    if (err >= 0) {
        for (kmod_list* it = list.get(); it; it = kmod_list_next(list.get(), it)) {
            fields.append(ModuleInfo::Field{QString::fromUtf8(kmod_module_info_get_key(it)),
                                            QString::fromUtf8(kmod_module_info_get_value(it))});
        }
    }
    const char* path = kmod_module_get_path(module);
    return moduleInfoFromFields(QString::fromUtf8(kmod_module_get_name(module)),
                                path ? QString::fromUtf8(path) : QString(), fields);
}

bool filteredOut(kmod_ctx* ctx, kmod_filter filter, const kmod_list* list)
{
    kmod_list* raw = nullptr;
    const int err = kmod_module_apply_filter(ctx, filter, list, &raw);
    ModuleListPtr output(raw);
    return err == 0 && !output;
}

} // namespace kaleido::privileged
