// SPDX-License-Identifier: GPL-2.0-or-later
#include "moduleloadcheck.h"

#include <QCoreApplication>

#include <cerrno>

namespace kaleido {

namespace {

std::pair<QString, QString> splitVermagic(const QString& vermagic)
{
    QStringList words = vermagic.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString release = words.takeFirst();
    return {release, words.join(QLatin1Char(' '))};
}

LoadCheck refusal(const QString& text, int err)
{
    return LoadCheck{LoadCheck::Severity::Refusal, text, err};
}

} // namespace

bool VermagicComparison::kernelHasModversions() const
{
    return kernelFlags.split(QLatin1Char(' ')).contains(QLatin1String("modversions"));
}

VermagicComparison compareVermagic(const QString& moduleVermagic, const QString& kernelVermagic)
{
    VermagicComparison c;
    std::tie(c.moduleRelease, c.moduleFlags) = splitVermagic(moduleVermagic);
    std::tie(c.kernelRelease, c.kernelFlags) = splitVermagic(kernelVermagic);
    c.releaseMatches = !c.moduleRelease.isEmpty() && c.moduleRelease == c.kernelRelease;
    c.flagsMatch = !c.moduleRelease.isEmpty() && c.moduleFlags == c.kernelFlags;
    return c;
}

QList<LoadCheck> checkModuleLoad(const ModuleInfo& info, const KernelSettings& settings,
                                 std::optional<bool> kernelSignsModules,
                                 const std::optional<QString>& kernelVermagic, bool alreadyLoaded)
{
    QList<LoadCheck> checks;
    if (info.builtIn) {
        checks.append(
            {LoadCheck::Severity::Note,
             QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                         "%1 is built into the kernel: it is always there and cannot "
                                         "be loaded or unloaded.")
                 .arg(info.name),
             0});
        return checks;
    }
    if (settings.moduleSupport == ModuleSupport::None)
        checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                          "This kernel was built without loadable-module "
                                                          "support: nothing can be loaded."),
                              ENOSYS));
    if (settings.modulesDisabled.value_or(false))
        checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                          "Module loading is disabled until reboot "
                                                          "(kernel.modules_disabled is 1)."),
                              EPERM));
    if (alreadyLoaded)
        checks.append(refusal(
            QCoreApplication::translate("kaleido::ModuleLoadCheck", "%1 is already loaded.").arg(info.name),
            EEXIST));
    if (!info.isSigned()) {
        if (settings.signaturesEnforced.value_or(false))
            checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                              "The kernel only loads signed modules "
                                                              "(module.sig_enforce is Y) and %1 is unsigned.")
                                      .arg(info.name),
                                  EKEYREJECTED));
        else if (settings.lockdown && settings.lockdown->active())
            checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                              "The kernel is locked down (%1): it refuses "
                                                              "unsigned modules such as %2.")
                                      .arg(settings.lockdown->selected, info.name),
                                  EPERM));
    }
    if (info.vermagic.isEmpty()) {
        checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                          "%1 has no version magic (vermagic): the kernel "
                                                          "refuses it as built for an unknown kernel.")
                                  .arg(info.name),
                              ENOEXEC));
    } else if (kernelVermagic) {
        const VermagicComparison c = compareVermagic(info.vermagic, *kernelVermagic);
        if (!c.flagsMatch) {
            checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                              "Built for a kernel configured differently: "
                                                              "vermagic flags “%1”, this kernel “%2”.")
                                      .arg(c.moduleFlags, c.kernelFlags),
                                  ENOEXEC));
        } else if (!c.releaseMatches) {
            if (c.kernelHasModversions())
                checks.append({LoadCheck::Severity::Warning,
                               QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                           "Built for kernel %1, this is %2: the kernel "
                                                           "accepts it only if the symbol versions (CRCs) "
                                                           "it uses match, otherwise ENOEXEC.")
                                   .arg(c.moduleRelease, c.kernelRelease),
                               ENOEXEC});
            else
                checks.append(refusal(QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                                                  "Built for kernel %1, this is %2.")
                                          .arg(c.moduleRelease, c.kernelRelease),
                                      ENOEXEC));
        }
    }
    const LoadTaint taint = predictLoadTaint(info, kernelSignsModules);
    for (const TaintFlag& flag : taint.flags)
        checks.append({LoadCheck::Severity::Note,
                       QCoreApplication::translate("kaleido::ModuleLoadCheck", "Loading it taints the kernel "
                                                                               "with %1: %2")
                           .arg(flag.name(), flag.meaning()),
                       0});
    if (taint.signatureCheckUnknown && !info.isSigned())
        checks.append(
            {LoadCheck::Severity::Note,
             QCoreApplication::translate("kaleido::ModuleLoadCheck",
                                         "It is unsigned; if this kernel checks signatures, loading "
                                         "it also taints it with E."),
             0});
    return checks;
}

} // namespace kaleido
