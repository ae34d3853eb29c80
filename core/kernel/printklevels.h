// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace kaleido {

/**
 * /proc/sys/kernel/printk: four log levels (0 emerg … 7 debug), separated by tabs.
 *
 * @code
 * 4	4	1	7
 * @endcode
 * Messages with a level numerically below `console` reach the console; `defaultMessage` is the level of a
 * printk() without one; `minimumConsole` is the lowest value `console` may be set to; `defaultConsole` is
 * `console`'s value at boot.
 */
struct PrintkLevels
{
    int console = 0;
    int defaultMessage = 0;
    int minimumConsole = 0;
    int defaultConsole = 0;
};

/// Parses the four numbers. Malformed unless there are four non-negative integers (more are ignored).
Result<PrintkLevels> parsePrintkLevels(QByteArrayView data,
                                       const QString& path = QStringLiteral("/proc/sys/kernel/printk"));
Result<PrintkLevels> readPrintkLevels(const KernelFs& fs);

} // namespace kaleido
