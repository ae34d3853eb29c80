// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulefailures.h"

#include "kernelcmdline.h"
#include "kernelsettings.h"
#include "operationresult.h"

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

QString parameterWriteFailureCause(int err, const QString& module, const QString& parameter,
                                   const QString& value)
{
    QString cause;
    switch (err) {
    case EINVAL:
    case ERANGE:
        cause = QCoreApplication::translate(
                    "kaleido::privileged::ModuleOperations",
                    "%1 did not accept %2 for parameter “%3”; the kernel log may say why.")
                    .arg(module, value, parameter);
        break;
    case ENOENT:
        cause =
            QCoreApplication::translate("kaleido::privileged::ModuleOperations", "%1 was unloaded meanwhile.")
                .arg(module);
        break;
    case EPERM:
    case EACCES:
        cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                            "The kernel did not allow changing parameter “%1” of %2.")
                    .arg(parameter, module);
        break;
    case EBUSY:
        cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                            "Parameter “%1” of %2 cannot be changed now (busy); try again.")
                    .arg(parameter, module);
        break;
    default:
        cause = QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                            "Parameter “%1” of %2 could not be written: %3.")
                    .arg(parameter, module, QString::fromLocal8Bit(std::strerror(err)));
    }
    return cause;
}

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

namespace kaleido::privileged {

namespace {

QString stripLevel(const QString& line)
{
    if (line.startsWith(QLatin1Char('<'))) {
        const qsizetype close = line.indexOf(QLatin1Char('>'));
        if (close > 0 && close < 6)
            return line.mid(close + 1);
    }
    return line;
}

/// The word after @p marker in @p line ("Unknown symbol foo (err -2)" → "foo").
QString wordAfter(const QString& line, QLatin1String marker)
{
    const qsizetype at = line.indexOf(marker);
    if (at < 0)
        return {};
    const QString rest = line.mid(at + marker.size()).trimmed();
    return rest.section(QLatin1Char(' '), 0, 0);
}

} // namespace

QString refineLoadFailureCause(int err, const QString& module, const QStringList& kernelLog,
                               const QString& cause)
{
    QStringList lines;
    for (const QString& line : kernelLog)
        lines.append(stripLevel(line));
    const QString name = normalized(module);
    auto find = [&lines](QLatin1String text) -> QString {
        for (const QString& line : lines) {
            if (line.contains(text))
                return line;
        }
        return {};
    };
    switch (err) {
    case ENOENT: {
        QStringList symbols;
        for (const QString& line : lines) {
            const QString symbol = wordAfter(line, QLatin1String("Unknown symbol "));
            if (!symbol.isEmpty() && !symbols.contains(symbol))
                symbols.append(symbol);
        }
        if (!symbols.isEmpty())
            return QCoreApplication::translate(
                       "kaleido::privileged::ModuleOperations",
                       "%1 uses %2, which no loaded module provides (Unknown symbol): "
                       "load the module that exports it first.")
                .arg(module, symbols.join(QStringLiteral(", ")));
        break;
    }
    case ENOEXEC: {
        const QString magic = find(QLatin1String("version magic"));
        if (!magic.isEmpty())
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "%1 was built for another kernel: the kernel says “%2”.")
                .arg(module, magic.trimmed());
        const QString symbolVersion = find(QLatin1String("disagrees about version of symbol"));
        if (!symbolVersion.isEmpty())
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "%1 was built against other versions of the kernel's "
                                               "symbols: the kernel says “%2”.")
                .arg(module, symbolVersion.trimmed());
        break;
    }
    case EINVAL: {
        // "can only take N arguments" says more than the "`v' invalid for parameter" that follows it.
        QString line = find(QLatin1String("can only take"));
        if (line.isEmpty())
            line = find(QLatin1String("invalid for parameter"));
        if (line.isEmpty())
            line = find(QLatin1String("Unknown parameter"));
        if (!line.isEmpty())
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "The kernel refused a parameter of %1: “%2”.")
                .arg(module, line.trimmed());
        break;
    }
    case EPERM: {
        const QString lockdown = find(QLatin1String("Lockdown:"));
        if (!lockdown.isEmpty())
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "The kernel is locked down and refused %1: “%2”.")
                .arg(module, lockdown.trimmed());
        const QString blacklisted = find(QLatin1String("is blacklisted"));
        if (!blacklisted.isEmpty())
            return QCoreApplication::translate(
                       "kaleido::privileged::ModuleOperations",
                       "The kernel command line forbids %1 (module_blacklist=): “%2”.")
                .arg(module, blacklisted.trimmed());
        break;
    }
    case EKEYREJECTED: {
        const QString rejected = find(QLatin1String("is rejected"));
        if (!rejected.isEmpty())
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "The kernel only loads signed modules and refused %1: “%2”.")
                .arg(module, rejected.trimmed());
        break;
    }
    default:
        break;
    }
    // A line of the module's own ("name: …") means its init function ran and returned the error.
    const QString prefix = name + QLatin1Char(':');
    for (const QString& line : lines) {
        if (normalized(line.trimmed()).startsWith(prefix) && err != EEXIST) {
            const QString own = line.trimmed();
            if (own.contains(QLatin1String("Unknown symbol")) || own.contains(QLatin1String("version magic")))
                continue;
            return QCoreApplication::translate("kaleido::privileged::ModuleOperations",
                                               "%1 started and its initialisation returned %2; its last "
                                               "message was “%3”. %4")
                .arg(module, errnoSymbol(err), own, cause);
        }
    }
    return cause;
}

} // namespace kaleido::privileged
