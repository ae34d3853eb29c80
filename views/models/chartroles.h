// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <Qt>
#include <QVariant>

class QAbstractItemModel;

namespace kaleido {

/**
 * The contract between time-series table models and the chart adapter (TimeSeriesChart):
 * column 0 holds the sample time, columns 1… one series each; a row is one sample.
 */
namespace ChartRoles {
enum Role
{
    /// Cell: the raw number (qint64 msecs since the epoch in column 0, the value in its base unit elsewhere);
    /// an invalid QVariant when the kernel did not report that value in that sample. Also used for sorting.
    RawValueRole = Qt::UserRole + 1,
    /// Horizontal header: the ValueUnit of the series.
    UnitRole,
    /// Horizontal header: a stable identifier (e.g. the /proc/meminfo field name), for settings and exports.
    SeriesKeyRole,
    /// Horizontal header, for series that are not in bytes: the words after a value ("faults/s", "KiB/s");
    /// none when the number speaks for itself.
    UnitLabelRole,
};
}

enum class ValueUnit
{
    Bytes,
    Count,
    PerSecond, ///< events per second, fractional (rates computed from the kernel's event counters)
};

/// @p value of series @p column of a ChartRoles model as the user reads it: "1.2 GiB", "4 096", "12.5
/// faults/s".
QString formatChartValue(const QAbstractItemModel& model, int column, double value);

/// Column 0 of the contract for a sample taken at @p msecs (since the epoch): local time shown, msecs raw.
QVariant chartTimeCell(qint64 msecs, int role);
/// The header of column 0; @p toolTip says what the time marks (a sample, the end of an interval).
QVariant chartTimeHeader(int role, const QString& toolTip);

} // namespace kaleido
