// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chartroles.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <optional>

namespace kaleido {

/**
 * The legend of a time-series chart as a table: one row per series of a source model that follows the ChartRoles
 * contract, with a check box that shows or hides the series, its colour, its explanation as tooltip, and its
 * latest, minimum and maximum values over the history. Generic, so every chart in Kaleido gets the same legend.
 */
class SeriesLegendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeriesColumn, NowColumn, MinimumColumn, MaximumColumn, ColumnCount };

    explicit SeriesLegendModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source);
    QAbstractItemModel* sourceModel() const { return m_source; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The source column shown by legend row @p row (source column 0 is time, so row 0 ↔ column 1).
    static int sourceColumnForRow(int row) { return row + 1; }

    bool isSeriesVisible(int sourceColumn) const;
    void setSeriesVisible(int sourceColumn, bool visible);

    /// SeriesKeyRole values of the hidden series, for saving the user's choice.
    QStringList hiddenKeys() const;
    void setHiddenKeys(const QStringList& keys);

Q_SIGNALS:
    void seriesVisibilityChanged(int sourceColumn, bool visible);

private:
    struct Stats
    {
        std::optional<double> now, minimum, maximum;
    };
    void recomputeAll();
    void includeRows(int first, int last);
    void emitValuesChanged();
    QString format(int row, std::optional<double> value) const;

    QPointer<QAbstractItemModel> m_source;
    QList<Stats> m_stats;
    QSet<int> m_hidden; // source columns
};

} // namespace kaleido
