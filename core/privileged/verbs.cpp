// SPDX-License-Identifier: GPL-2.0-or-later
#include "verbs.h"

#include "helperids.h"

#include <QtGlobal>

#include <array>

namespace kaleido::privileged {

namespace {

using enum Implicit;

// Defaults: no for any and inactive sessions, auth_admin_keep for the active one, except loading a file
// (kernel code the user chose: ask every time).
const std::array<VerbInfo, 10> table{{
    {Verb::LoadModule, "LoadModule", "sa{ss}", "a{sv}", "load-module",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Load a kernel module"),
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb",
                       "Authentication is required to load a kernel module into the running kernel."),
     No, No, AuthAdminKeep},
    {Verb::LoadModuleFile, "LoadModuleFile", "sa{ss}", "a{sv}", "load-module-file",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Load a kernel module from a file"),
     QT_TRANSLATE_NOOP(
         "kaleido::privileged::Verb",
         "Authentication is required to load a kernel module from a file that is not part of the "
         "installed kernel. The module's code will run inside the kernel."),
     No, No, AuthAdmin},
    {Verb::UnloadModule, "UnloadModule", "s", "a{sv}", "unload-module",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Unload a kernel module"),
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Authentication is required to unload a kernel module."),
     No, No, AuthAdminKeep},
    {Verb::WriteModuleParameter, "WriteModuleParameter", "sss", "a{sv}", "write-module-parameter",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Change a parameter of a loaded kernel module"),
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb",
                       "Authentication is required to change a parameter of a loaded kernel module."),
     No, No, AuthAdminKeep},
    {Verb::WriteTunable, "WriteTunable", "ss", "a{sv}", "write-tunable",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Change a kernel memory setting"),
     QT_TRANSLATE_NOOP(
         "kaleido::privileged::Verb",
         "Authentication is required to change a memory management setting of the running kernel."),
     No, No, AuthAdminKeep},
    {Verb::SignalProcess, "SignalProcess", "iti", "a{sv}", "signal-process",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Send a signal to another user's process"),
     QT_TRANSLATE_NOOP(
         "kaleido::privileged::Verb",
         "Authentication is required to send a signal to a process that belongs to another user."),
     No, No, AuthAdminKeep},
    {Verb::ReniceProcess, "ReniceProcess", "iti", "a{sv}", "renice-process",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Change the priority of another user's process"),
     QT_TRANSLATE_NOOP(
         "kaleido::privileged::Verb",
         "Authentication is required to change the priority of a process that belongs to another "
         "user, or to raise the priority of a process."),
     No, No, AuthAdminKeep},
    {Verb::SetOomScoreAdj, "SetOomScoreAdj", "iti", "a{sv}", "set-oom-score-adj",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Change how likely the OOM killer picks a process"),
     QT_TRANSLATE_NOOP(
         "kaleido::privileged::Verb",
         "Authentication is required to change the out-of-memory score adjustment of a process."),
     No, No, AuthAdminKeep},
    {Verb::SetAffinity, "SetAffinity", "itai", "a{sv}", "set-affinity",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Change which CPUs another user's process may run on"),
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb",
                       "Authentication is required to change the CPU affinity of a process that belongs to "
                       "another user."),
     No, No, AuthAdminKeep},
    {Verb::OpenStream, "OpenStream", "siu", "ha{sv}", "open-stream",
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb", "Read kernel information that only root may read"),
     QT_TRANSLATE_NOOP("kaleido::privileged::Verb",
                       "Authentication is required to read kernel information that is restricted to the "
                       "administrator, such as the slab caches or the kernel log."),
     No, No, AuthAdminKeep},
}};

} // namespace

const char* implicitName(Implicit value)
{
    switch (value) {
    case No:
        return "no";
    case Yes:
        return "yes";
    case AuthSelf:
        return "auth_self";
    case AuthSelfKeep:
        return "auth_self_keep";
    case AuthAdmin:
        return "auth_admin";
    case AuthAdminKeep:
        return "auth_admin_keep";
    }
    return "no";
}

QString VerbInfo::actionId() const
{
    return QLatin1StringView(ids::actionPrefix) + QLatin1StringView(actionSuffix);
}

std::span<const VerbInfo> verbTable()
{
    return table;
}

const VerbInfo& verbInfo(Verb verb)
{
    return table[static_cast<std::size_t>(verb)];
}

std::optional<Verb> verbForMethod(const QString& method)
{
    for (const VerbInfo& info : table) {
        if (method == QLatin1StringView(info.method))
            return info.verb;
    }
    return std::nullopt;
}

} // namespace kaleido::privileged
