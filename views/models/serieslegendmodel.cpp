// SPDX-License-Identifier: GPL-2.0-or-later
#include "serieslegendmodel.h"

namespace kaleido {

SeriesLegendModel::SeriesLegendModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SeriesLegendModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_hidden.clear();
    if (m_source) {
        connect(m_source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) {
                    includeRows(first, last);
                    emitValuesChanged();
                });
        auto recompute = [this] {
            recomputeAll();
            emitValuesChanged();
        };
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, recompute);
        connect(m_source, &QAbstractItemModel::dataChanged, this, recompute);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            beginResetModel();
            recomputeAll();
            endResetModel();
        });
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation, int, int) {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, SeriesColumn), index(rowCount() - 1, SeriesColumn));
        });
    }
    recomputeAll();
    endResetModel();
}

int SeriesLegendModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return std::max(0, m_source->columnCount() - 1);
}

int SeriesLegendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SeriesLegendModel::recomputeAll()
{
    m_stats.clear();
    m_stats.resize(m_source ? std::max(0, m_source->columnCount() - 1) : 0);
    if (m_source && m_source->rowCount() > 0)
        includeRows(0, m_source->rowCount() - 1);
}

void SeriesLegendModel::includeRows(int first, int last)
{
    const int lastRow = m_source->rowCount() - 1;
    for (int row = 0; row < m_stats.size(); ++row) {
        Stats& s = m_stats[row];
        for (int r = first; r <= last; ++r) {
            const QVariant v = m_source->index(r, sourceColumnForRow(row)).data(ChartRoles::RawValueRole);
            if (!v.isValid())
                continue;
            const double d = v.toDouble();
            s.minimum = s.minimum ? std::min(*s.minimum, d) : d;
            s.maximum = s.maximum ? std::max(*s.maximum, d) : d;
        }
        const QVariant latest =
            m_source->index(lastRow, sourceColumnForRow(row)).data(ChartRoles::RawValueRole);
        s.now = latest.isValid() ? std::optional<double>(latest.toDouble()) : std::nullopt;
    }
}

void SeriesLegendModel::emitValuesChanged()
{
    // One merged signal per source change, not one per cell.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, NowColumn), index(rowCount() - 1, MaximumColumn));
}

QString SeriesLegendModel::format(int row, std::optional<double> value) const
{
    if (!value)
        return tr("—");
    return formatChartValue(*m_source, sourceColumnForRow(row), *value);
}

QVariant SeriesLegendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    const int sourceColumn = sourceColumnForRow(index.row());
    const Stats& stats = m_stats.at(index.row());
    if (index.column() == SeriesColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::DecorationRole:
        case ChartRoles::SeriesKeyRole:
            return m_source->headerData(sourceColumn, Qt::Horizontal, role);
        case Qt::CheckStateRole:
            return isSeriesVisible(sourceColumn) ? Qt::Checked : Qt::Unchecked;
        case ChartRoles::RawValueRole:
            return index.row(); // sort in legend order
        default:
            return {};
        }
    }
    const std::optional<double> value = index.column() == NowColumn       ? stats.now
                                        : index.column() == MinimumColumn ? stats.minimum
                                                                          : stats.maximum;
    switch (role) {
    case Qt::DisplayRole:
        return format(index.row(), value);
    case ChartRoles::RawValueRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    default:
        return {};
    }
}

bool SeriesLegendModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != SeriesColumn || role != Qt::CheckStateRole)
        return false;
    setSeriesVisible(sourceColumnForRow(index.row()), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

QVariant SeriesLegendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeriesColumn:
            return tr("Series");
        case NowColumn:
            return tr("Now");
        case MinimumColumn:
            return tr("Minimum");
        case MaximumColumn:
            return tr("Maximum");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeriesColumn:
            return tr("Tick a series to draw it; hover over its name for what it means");
        case NowColumn:
            return tr("The value in the latest sample");
        case MinimumColumn:
            return tr("The lowest value in the recorded history");
        case MaximumColumn:
            return tr("The highest value in the recorded history");
        }
    }
    return {};
}

Qt::ItemFlags SeriesLegendModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SeriesColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SeriesLegendModel::isSeriesVisible(int sourceColumn) const
{
    return !m_hidden.contains(sourceColumn);
}

void SeriesLegendModel::setSeriesVisible(int sourceColumn, bool visible)
{
    if (visible == isSeriesVisible(sourceColumn) || sourceColumn < 1 || sourceColumn > rowCount())
        return;
    if (visible)
        m_hidden.remove(sourceColumn);
    else
        m_hidden.insert(sourceColumn);
    const QModelIndex cell = index(sourceColumn - 1, SeriesColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
    Q_EMIT seriesVisibilityChanged(sourceColumn, visible);
}

QStringList SeriesLegendModel::hiddenKeys() const
{
    QStringList keys;
    for (int row = 0; row < rowCount(); ++row) {
        const int column = sourceColumnForRow(row);
        if (!isSeriesVisible(column))
            keys.append(m_source->headerData(column, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString());
    }
    return keys;
}

void SeriesLegendModel::setHiddenKeys(const QStringList& keys)
{
    for (int row = 0; row < rowCount(); ++row) {
        const int column = sourceColumnForRow(row);
        const QString key =
            m_source->headerData(column, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString();
        setSeriesVisible(column, !keys.contains(key));
    }
}

} // namespace kaleido
