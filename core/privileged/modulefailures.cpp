// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulefailures.h"

#include "kernelcmdline.h"
#include "kernelsettings.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace kaleido::privileged {

namespace {

QString normalized(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

// module_blacklist=a,b on the kernel command line makes the kernel itself refuse a and b with EPERM.
bool forbiddenOnCommandLine(const QString& module, const KernelFs& fs)
{
    const auto cmdline = readKernelCmdline(fs);
    if (!cmdline)
        return false;
    for (const KernelCmdline::Parameter& p : cmdline->parameters) {
        if (normalized(p.name) != u"module_blacklist" || !p.value)
            continue;
        for (const QString& name : p.value->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (normalized(name) == normalized(module))
                return true;
        }
    }
    return false;
}

QString permissionCause(const QString& module, const KernelFs& fs)
{
    const KernelSettings settings = readKernelSettings(fs);
    if (settings.modulesDisabled.value_or(false))
        return QCoreApplication::translate(
            "kaleido::privileged::ModuleOperations",
            "Module loading is disabled until reboot (kernel.modules_disabled is 1).");
    if (forbiddenOnCommandLine(module, fs))
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The kernel command line forbids loading %1 (module_blacklist=).")
            .arg(module);
    if (settings.lockdown && settings.lockdown->active())
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The kernel is locked down (%1): it only loads modules signed "
                                           "with a key it trusts, and %2 "
                                           "is not.")
            .arg(settings.lockdown->selected, module);
    return QCoreApplication::translate(
               "kaleido::privileged::ModuleOperations",
               "The kernel or a security module (SELinux, AppArmor, LoadPin, IPE…) did not allow loading %1; "
               "its log may say why.")
        .arg(module);
}

} // namespace

bool modulesDisabled(const KernelFs& fs)
{
    const auto bytes = fs.readFile(QStringLiteral("/proc/sys/kernel/modules_disabled"));
    return bytes && bytes->trimmed() == "1";
}

QString loadFailureCause(int err, const QString& module, const KernelFs& fs)
{
    switch (err) {
    case EEXIST:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations", "%1 is already loaded.")
            .arg(module);
    case ENOEXEC:
        return QCoreApplication::translate(
                   "kaleido::privileged::ModuleOperations",
                   "%1 is not a valid module for this kernel: it was built for another kernel version or "
                   "configuration (vermagic), or the file is damaged.")
            .arg(module);
    case EINVAL:
        return QCoreApplication::translate(
                   "kaleido::privileged::ModuleOperations",
                   "The kernel refused %1: a parameter value was not accepted, or the module's format does "
                   "not "
                   "match this kernel. The kernel log below says which.")
            .arg(module);
    case EKEYREJECTED: {
        const KernelSettings settings = readKernelSettings(fs);
        if (settings.signaturesEnforced.value_or(false))
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "The kernel only loads signed modules (module.sig_enforce), "
                                               "and the signature of %1 is "
                                               "missing or was not made with a key it trusts.")
                .arg(module);
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The signature of %1 was rejected by the kernel.")
            .arg(module);
    }
    case ENOKEY:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "%1 is signed with a key the kernel does not know.")
            .arg(module);
    case EKEYEXPIRED:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "%1 is signed with a key that has expired.")
            .arg(module);
    case EPERM:
    case EACCES:
        return permissionCause(module, fs);
    case ENOENT:
        return QCoreApplication::translate(
                   "kaleido::privileged::ModuleOperations",
                   "%1 needs a symbol no loaded module provides, or its file disappeared. The kernel log "
                   "below "
                   "names the missing symbol.")
            .arg(module);
    case EBUSY:
        return QCoreApplication::translate(
                   "kaleido::privileged::ModuleOperations",
                   "The kernel is busy with another module called %1 (being loaded or unloaded); try again.")
            .arg(module);
    case ENOMEM:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The kernel does not have enough memory to load %1.")
            .arg(module);
    case ENODEV:
        return QCoreApplication::translate(
                   "kaleido::privileged::ModuleOperations",
                   "%1 found no device to drive: its initialisation gave up (ENODEV).")
            .arg(module);
    case ETXTBSY:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The file of %1 is open for writing by another program.")
            .arg(module);
    case EFBIG:
    case ENOSPC:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "%1 is too large for the kernel to load.")
            .arg(module);
    case ENOSYS:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "This kernel has no loadable-module support.");
    case ETIMEDOUT:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The initialisation of %1 timed out.")
            .arg(module);
    default:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The kernel refused to load %1: %2.")
            .arg(module, QString::fromLocal8Bit(std::strerror(err)));
    }
}

QString unloadFailureCause(int err, const QString& module, const KernelFs& fs)
{
    switch (err) {
    case ENOENT:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations", "%1 is not loaded.")
            .arg(module);
    case EPERM:
        if (modulesDisabled(fs))
            return QCoreApplication::translate(
                "kaleido::privileged::ModuleOperations",
                "Module unloading is disabled until reboot (kernel.modules_disabled is 1).");
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The kernel or a security module did not allow unloading %1.")
            .arg(module);
    case EBUSY:
    case EAGAIN:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "%1 is in use and cannot be unloaded now.")
            .arg(module);
    case ENOSYS:
        return QCoreApplication::translate(
            "kaleido::privileged::ModuleOperations",
            "This kernel cannot unload modules (built without CONFIG_MODULE_UNLOAD).");
    case EINTR:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "Unloading %1 was interrupted; try again.")
            .arg(module);
    default:
        return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                           "The kernel refused to unload %1: %2.")
            .arg(module, QString::fromLocal8Bit(std::strerror(err)));
    }
}

} // namespace kaleido::privileged
