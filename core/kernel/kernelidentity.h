// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QString>

namespace kaleido {

/// Which kernel is running: /proc/sys/kernel/osrelease ("6.1.0-28-amd64") and .../version ("#1 SMP ...").
struct KernelIdentity
{
    QString release;
    QString version;
};

/// Reads the release (required) and the version string (optional, empty when absent).
Result<KernelIdentity> readKernelIdentity(const KernelFs& fs);

/**
 * /proc/uptime: "350735.47 234388.90\n" — seconds since boot, then idle seconds summed over all CPUs.
 * Returns the first number in seconds.
 */
Result<double> parseUptime(QByteArrayView data, const QString& path = QStringLiteral("/proc/uptime"));
Result<double> readUptime(const KernelFs& fs);

} // namespace kaleido
