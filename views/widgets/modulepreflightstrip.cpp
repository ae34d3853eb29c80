// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulepreflightstrip.h"

#include "kernelidentity.h"
#include "kernelsettings.h"
#include "kerneltaint.h"

#include <QHBoxLayout>
#include <QLabel>

namespace kaleido {

namespace {

constexpr auto warningStyle = "QLabel { color: #b71c1c; font-weight: bold; }";
constexpr auto okStyle = "QLabel { color: palette(text); }";

void showPart(QLabel* label, const QString& text, const QString& toolTip, bool warning)
{
    label->setText(text);
    label->setToolTip(toolTip);
    label->setStyleSheet(QLatin1String(warning ? warningStyle : okStyle));
    label->setVisible(!text.isEmpty());
}

} // namespace

ModulePreflightStrip::ModulePreflightStrip(KernelFs fs, QWidget* parent)
    : QFrame(parent)
    , m_fs(std::move(fs))
    , m_modulesDisabled(new QLabel(this))
    , m_lockdown(new QLabel(this))
    , m_signatures(new QLabel(this))
    , m_secureBoot(new QLabel(this))
    , m_taint(new QLabel(this))
    , m_noSupport(new QLabel(this))
{
    setObjectName(QStringLiteral("modulePreflightStrip"));
    setFrameShape(QFrame::StyledPanel);
    setToolTip(tr("What the kernel will allow for modules right now, read before anything is tried"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);
    for (QLabel* label : {m_modulesDisabled, m_lockdown, m_signatures, m_secureBoot, m_taint})
        layout->addWidget(label);
    layout->addWidget(m_noSupport, 1);
    layout->addStretch();
    m_noSupport->setObjectName(QStringLiteral("noModuleSupportMessage"));
    m_noSupport->setWordWrap(true);
    m_noSupport->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 6px; }"));
    m_noSupport->hide();
    refresh();
}

void ModulePreflightStrip::refresh()
{
    const KernelSettings s = readKernelSettings(m_fs);
    m_support = s.moduleSupport == ModuleSupport::Loadable;
    if (!m_support) {
        const auto identity = readKernelIdentity(m_fs);
        const QString release = identity ? identity->release : tr("(unknown release)");
        for (QLabel* label : {m_modulesDisabled, m_lockdown, m_signatures, m_secureBoot, m_taint})
            label->hide();
        m_noSupport->setText(
            tr("Kernel %1 was built without loadable-module support: every driver is built in. "
               "Nothing can be loaded or unloaded.")
                .arg(release));
        m_noSupport->setToolTip(tr("There is no /proc/modules: the kernel was configured without "
                                   "CONFIG_MODULES. Built-in code and its parameters are still listed under "
                                   "/sys/module."));
        m_noSupport->show();
        return;
    }
    m_noSupport->hide();

    if (s.modulesDisabled)
        showPart(
            m_modulesDisabled,
            *s.modulesDisabled ? tr("Module loading is switched off (modules_disabled = 1)")
                               : tr("Module loading allowed"),
            *s.modulesDisabled
                ? tr("/proc/sys/kernel/modules_disabled is 1: every load and unload fails with EPERM until "
                     "the next boot. It cannot be switched back on.")
                : tr("/proc/sys/kernel/modules_disabled is 0: modules may be loaded and unloaded."),
            *s.modulesDisabled);
    else
        showPart(m_modulesDisabled, tr("modules_disabled unknown"),
                 tr("/proc/sys/kernel/modules_disabled could not be read."), false);

    if (s.lockdown)
        showPart(
            m_lockdown, tr("Lockdown: %1").arg(s.lockdown->selected),
            s.lockdown->active()
                ? tr("Kernel lockdown is in force (%1): unsigned modules are refused with EPERM, and some "
                     "parameters cannot be changed.")
                      .arg(s.lockdown->selected)
                : tr("Kernel lockdown is off; the kernel offers: %1.")
                      .arg(s.lockdown->options.join(QStringLiteral(", "))),
            s.lockdown->active());
    else
        showPart(
            m_lockdown, tr("Lockdown: not available"),
            tr("/sys/kernel/security/lockdown is missing: no lockdown LSM, or securityfs is not mounted."),
            false);

    if (s.signaturesEnforced)
        showPart(
            m_signatures,
            *s.signaturesEnforced ? tr("Signatures required (sig_enforce = Y)")
                                  : tr("Signatures not required"),
            *s.signaturesEnforced
                ? tr("The kernel refuses modules without a valid signature (EKEYREJECTED or ENOKEY). This "
                     "cannot be switched off until reboot.")
                : tr("Unsigned modules load, but taint the kernel with E."),
            *s.signaturesEnforced);
    else
        showPart(m_signatures, QString(), QString(), false);

    if (s.secureBoot)
        showPart(m_secureBoot, *s.secureBoot ? tr("Secure Boot on") : tr("Secure Boot off"),
                 *s.secureBoot
                     ? tr("The firmware booted with Secure Boot: distribution kernels then enforce "
                          "lockdown and module signatures.")
                     : tr("The firmware booted without Secure Boot (EFI variable SecureBoot is 0)."),
                 false);
    else
        showPart(m_secureBoot, QString(), QString(), false);

    if (const auto taint = readTainted(m_fs)) {
        QStringList meanings;
        for (const TaintFlag& flag : taint->flags)
            meanings.append(tr("%1: %2").arg(flag.name(), flag.meaning()));
        showPart(m_taint,
                 taint->tainted() ? tr("Kernel taint: %1").arg(taint->letters()) : tr("Kernel not tainted"),
                 taint->tainted()
                     ? meanings.join(QLatin1Char('\n'))
                     : tr("/proc/sys/kernel/tainted is 0: nothing has tainted the kernel since boot."),
                 false);
    } else {
        showPart(m_taint, tr("Taint unknown"), taint.error().message(), false);
    }
}

QString ModulePreflightStrip::modulesDisabledText() const
{
    return m_modulesDisabled->text();
}

QString ModulePreflightStrip::lockdownText() const
{
    return m_lockdown->text();
}

QString ModulePreflightStrip::signaturesText() const
{
    return m_signatures->text();
}

QString ModulePreflightStrip::secureBootText() const
{
    return m_secureBoot->text();
}

QString ModulePreflightStrip::taintText() const
{
    return m_taint->text() + QLatin1Char('\n') + m_taint->toolTip();
}

QString ModulePreflightStrip::noSupportText() const
{
    return m_noSupport->isHidden() ? QString() : m_noSupport->text();
}

bool ModulePreflightStrip::secureBootShown() const
{
    return !m_secureBoot->isHidden();
}

} // namespace kaleido
