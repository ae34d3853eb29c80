// SPDX-License-Identifier: GPL-2.0-or-later
#include "timeseriesmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kaleido {

namespace {
qsizetype capacityFor(int seconds)
{
    // One spare second of samples: trimming is by time, so a full span holds seconds × rate + 1 rows.
    return qsizetype(seconds + 1) * TimeSeriesModel::maxSamplesPerSecond + 1;
}
} // namespace

TimeSeriesModel::TimeSeriesModel(QList<TimeSeriesDefinition> series, QObject* parent)
    : QAbstractTableModel(parent)
    , m_series(std::move(series))
    , m_rows(capacityFor(m_historySeconds))
{}

int TimeSeriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimeSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + int(m_series.size());
}

std::optional<double> TimeSeriesModel::valueAt(int row, int seriesIndex) const
{
    const double v = m_rows.at(row).values.at(seriesIndex);
    if (std::isnan(v))
        return std::nullopt;
    return v;
}

QVariant TimeSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == TimeColumn)
        return chartTimeCell(m_rows.at(index.row()).msecs, role);
    const int seriesIndex = index.column() - FirstSeriesColumn;
    const auto value = valueAt(index.row(), seriesIndex);
    switch (role) {
    case Qt::DisplayRole:
        return value ? formatChartValue(*this, index.column(), *value) : tr("not reported");
    case ChartRoles::RawValueRole:
        if (!value)
            return {};
        // Whole numbers (bytes, counts) stay integers for sorting and exports.
        if (*value == std::floor(*value) && std::abs(*value) < 9.0e15)
            return qint64(*value);
        return *value;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TimeSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn)
        return chartTimeHeader(role, tr("When the sample was taken (local time)"));
    const TimeSeriesDefinition& series = m_series.at(section - FirstSeriesColumn);
    switch (role) {
    case Qt::DisplayRole:
        return series.label;
    case Qt::ToolTipRole:
        return series.explanation;
    case Qt::DecorationRole:
        return series.color;
    case ChartRoles::SeriesKeyRole:
        return series.key;
    case ChartRoles::UnitRole:
        return QVariant::fromValue(series.unit);
    case ChartRoles::UnitLabelRole:
        return series.unitLabel;
    default:
        return {};
    }
}

void TimeSeriesModel::addSample(qint64 msecsSinceEpoch, const QList<std::optional<double>>& values)
{
    if (!m_rows.isEmpty() && msecsSinceEpoch < m_rows.last().msecs)
        clear();

    Row row;
    row.msecs = msecsSinceEpoch;
    row.values.resize(m_series.size());
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const auto v = i < values.size() ? values.at(i) : std::nullopt;
        row.values[i] = v ? *v : std::numeric_limits<double>::quiet_NaN();
    }
    if (m_rows.isFull()) {
        // Faster than the fastest refresh: the ring is full before the time span is; the oldest row goes.
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst(1);
        endRemoveRows();
    }
    const int rowIndex = int(m_rows.size());
    beginInsertRows({}, rowIndex, rowIndex);
    m_rows.append(std::move(row));
    endInsertRows();
    trim();
}

void TimeSeriesModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TimeSeriesModel::setHistorySeconds(int seconds)
{
    m_historySeconds = std::max(10, seconds);
    trim();
    const qsizetype capacity = capacityFor(m_historySeconds);
    if (m_rows.size() > capacity) {
        beginRemoveRows({}, 0, int(m_rows.size() - capacity) - 1);
        m_rows.setCapacity(capacity);
        endRemoveRows();
    } else {
        m_rows.setCapacity(capacity);
    }
}

void TimeSeriesModel::trim()
{
    if (m_rows.isEmpty())
        return;
    const qint64 oldestKept = m_rows.last().msecs - qint64(m_historySeconds) * 1000;
    qsizetype drop = 0;
    while (drop < m_rows.size() && m_rows.at(drop).msecs < oldestKept)
        ++drop;
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, int(drop) - 1);
    m_rows.removeFirst(drop);
    endRemoveRows();
}

} // namespace kaleido
