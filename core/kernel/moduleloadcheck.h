// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelsettings.h"
#include "moduleinfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/// A module's vermagic ("6.1.0-56-amd64 SMP preempt mod_unload modversions") against the kernel's.
struct VermagicComparison
{
    QString moduleRelease;
    QString kernelRelease;
    QString moduleFlags; ///< the words after the release, single-spaced
    QString kernelFlags;
    bool releaseMatches = false;
    bool flagsMatch = false;
    /// The kernel checks symbol CRCs instead of the release (CONFIG_MODVERSIONS: "modversions" in its flags).
    bool kernelHasModversions() const;
};

VermagicComparison compareVermagic(const QString& moduleVermagic, const QString& kernelVermagic);

/**
 * One thing Kaleido can say before a load: a refusal it predicts (with the errno the kernel will return), a
 * warning, or a note (the taint the load will add). Predictions never block a load: the kernel has the last
 * word, and a refused load changes nothing.
 */
struct LoadCheck
{
    enum class Severity
    {
        Refusal,
        Warning,
        Note,
    };
    Severity severity = Severity::Note;
    QString text;          ///< one plain sentence (translated)
    int expectedErrno = 0; ///< for a Refusal: what init_module/finit_module will return
};

/**
 * What loading @p info would meet on a kernel with @p settings: no module support (ENOSYS), modules_disabled
 * (EPERM), module.sig_enforce with an unsigned module (EKEYREJECTED, checked before lockdown), lockdown with
 * an unsigned module (EPERM), vermagic flags that differ or no vermagic (ENOEXEC), another release without
 * modversions (ENOEXEC; with modversions a warning: only symbol CRCs decide), already loaded (EEXIST); then
 * the taint the load would add (P, O, E, C, …) with meanings. @p kernelSignsModules and @p kernelVermagic as
 * ModuleDatabase reports them; nullopt skips the checks that need them.
 */
QList<LoadCheck> checkModuleLoad(const ModuleInfo& info, const KernelSettings& settings,
                                 std::optional<bool> kernelSignsModules,
                                 const std::optional<QString>& kernelVermagic, bool alreadyLoaded);

} // namespace kaleido
