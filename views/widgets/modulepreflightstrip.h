// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"

#include <QFrame>
#include <QString>

class QLabel;

namespace kaleido {

/**
 * The line above the module pages that says, before anything is tried, what the kernel will allow:
 * modules_disabled, the lockdown mode, sig_enforce, Secure Boot (when the firmware tells), and the kernel's
 * current taint with the meaning of each letter. On a kernel built without loadable-module support it shows
 * one message instead (and the page disables its content). refresh() reads five small files.
 */
class ModulePreflightStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ModulePreflightStrip(KernelFs fs, QWidget* parent = nullptr);

    void refresh();
    bool moduleSupport() const { return m_support; }

    // The parts as shown (for tests and screen readers).
    QString modulesDisabledText() const;
    QString lockdownText() const;
    QString signaturesText() const;
    QString secureBootText() const;
    QString taintText() const;
    QString noSupportText() const;
    bool secureBootShown() const;

private:
    KernelFs m_fs;
    bool m_support = true;
    QLabel* m_modulesDisabled;
    QLabel* m_lockdown;
    QLabel* m_signatures;
    QLabel* m_secureBoot;
    QLabel* m_taint;
    QLabel* m_noSupport;
};

} // namespace kaleido
