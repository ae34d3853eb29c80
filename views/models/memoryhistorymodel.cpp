// SPDX-License-Identifier: GPL-2.0-or-later
#include "memoryhistorymodel.h"

#include "meminfo.h"
#include "units.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace kaleido {

MemoryHistoryModel::MemoryHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int MemoryHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int MemoryHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + int(memorySeries().size());
}

std::optional<qint64> MemoryHistoryModel::valueAt(int row, int seriesIndex) const
{
    const qint64 v = m_samples.at(row).values.at(seriesIndex);
    if (v < 0)
        return std::nullopt;
    return v;
}

QVariant MemoryHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sample& sample = m_samples.at(index.row());
    if (index.column() == TimeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(sample.msecs).time(),
                                      QLocale::LongFormat);
        case ChartRoles::RawValueRole:
            return sample.msecs;
        default:
            return {};
        }
    }
    const auto value = valueAt(index.row(), index.column() - FirstSeriesColumn);
    switch (role) {
    case Qt::DisplayRole:
        return value ? Units::formatBytes(quint64(*value)) : tr("not reported");
    case ChartRoles::RawValueRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MemoryHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Time");
        case ChartRoles::SeriesKeyRole:
            return QStringLiteral("time");
        case Qt::ToolTipRole:
            return tr("When the sample was taken (local time)");
        default:
            return {};
        }
    }
    const MemorySeries& series = memorySeries().at(section - FirstSeriesColumn);
    switch (role) {
    case Qt::DisplayRole:
        return series.translatedLabel();
    case Qt::ToolTipRole:
        return series.translatedExplanation();
    case Qt::DecorationRole:
        return series.color;
    case ChartRoles::SeriesKeyRole:
        return series.key();
    case ChartRoles::UnitRole:
        return QVariant::fromValue(ValueUnit::Bytes);
    default:
        return {};
    }
}

void MemoryHistoryModel::addSample(qint64 msecsSinceEpoch, const MemInfo& info)
{
    if (!m_samples.isEmpty() && msecsSinceEpoch < m_samples.constLast().msecs)
        clear();

    Sample sample;
    sample.msecs = msecsSinceEpoch;
    const auto& series = memorySeries();
    sample.values.reserve(series.size());
    for (const MemorySeries& s : series) {
        const auto v = s.valueIn(info);
        sample.values.append(v ? qint64(std::min<quint64>(*v, quint64(std::numeric_limits<qint64>::max())))
                               : -1);
    }

    const int row = int(m_samples.size());
    beginInsertRows({}, row, row);
    m_samples.append(std::move(sample));
    endInsertRows();
    trim();
}

void MemoryHistoryModel::clear()
{
    if (m_samples.isEmpty())
        return;
    beginResetModel();
    m_samples.clear();
    endResetModel();
}

void MemoryHistoryModel::setHistorySeconds(int seconds)
{
    m_historySeconds = std::max(10, seconds);
    trim();
}

void MemoryHistoryModel::trim()
{
    if (m_samples.isEmpty())
        return;
    const qint64 oldestKept = m_samples.constLast().msecs - qint64(m_historySeconds) * 1000;
    const auto firstKept = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                        [oldestKept](const Sample& s) { return s.msecs >= oldestKept; });
    const int drop = int(firstKept - m_samples.cbegin());
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_samples.remove(0, drop);
    endRemoveRows();
}

} // namespace kaleido
