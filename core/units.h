// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace kaleido {

/// Human-readable numbers with units, in the user's locale. Binary prefixes, as the kernel's "kB" means KiB.
namespace Units {

/// 0 B, 512 B, 4.0 KiB, 12.3 MiB, 23.4 GiB — three significant digits at most.
QString formatBytes(quint64 bytes);
QString formatBytes(double bytes);

/// The binary unit (1, 1024, 1024², …) and its symbol that suits @p maxBytes best, for axes and tables.
struct Scale
{
    double divisor = 1;
    QString symbol;
};
Scale byteScaleFor(double maxBytes);

/// A rate with its unit: "0.5 faults/s", "12.3 faults/s", "8,124 faults/s" (one decimal below 100, none
/// above); "12.3 /s" when @p unitLabel is empty.
QString formatRate(double perSecond, const QString& unitLabel = QString());

/// "3 d 04:05:06" or "04:05:06": durations such as the uptime.
QString formatDuration(qint64 seconds);

} // namespace Units
} // namespace kaleido
