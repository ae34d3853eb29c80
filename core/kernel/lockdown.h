// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace kaleido {

/**
 * /sys/kernel/security/lockdown: which kernel lockdown mode is in force, the selected one in brackets.
 *
 * @code
 * [none] integrity confidentiality
 * @endcode
 * "integrity" stops user space from changing the running kernel (unsigned modules, /dev/mem writes, kexec of
 * unsigned images…); "confidentiality" also stops it from reading kernel memory. The file exists only with
 * securityfs mounted and the lockdown LSM built in; without it readLockdown() returns Absent.
 */
struct Lockdown
{
    QStringList options; ///< every mode the kernel offers, in file order, without brackets
    QString selected;    ///< the bracketed one

    bool active() const { return !selected.isEmpty() && selected != QLatin1String("none"); }
};

/// Parses the lockdown file. Malformed when no option, or not exactly one, is in brackets.
Result<Lockdown> parseLockdown(QByteArrayView data,
                               const QString& path = QStringLiteral("/sys/kernel/security/lockdown"));
Result<Lockdown> readLockdown(const KernelFs& fs);

} // namespace kaleido
