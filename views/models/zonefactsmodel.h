// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "zonessample.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * The facts of one zone from /proc/zoneinfo, a row each, for Memory ▸ Zones: where its free memory stands
 * against the watermarks, the watermarks (min, low, high, promo, boost), its sizes (spanned, present, managed
 * and what lies between them), CMA, its first page frame, and its protection (lowmem_reserve) against
 * allocations that could have used each higher zone. Each row's tooltip says what the fact means. Figures
 * the kernel did not print are shown as such, never as 0.
 */
class ZoneFactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FactColumn,
        ValueColumn, ///< bytes (or words)
        PagesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 420, ///< pages as a number; the text elsewhere
        KeyRole,                       ///< a stable name of the row: "free", "min", …, "protection:Normal"
    };

    /// Where free memory stands against the watermarks.
    enum class Pressure
    {
        Unknown,      ///< a figure is missing
        Empty,        ///< the zone has no memory
        AboveHigh,    ///< kswapd sleeps
        AboveLow,     ///< between low and high: kswapd, once woken, goes on until high
        AboveMin,     ///< between min and low: kswapd is reclaiming
        AtOrBelowMin, ///< allocations reclaim directly
    };
    Q_ENUM(Pressure)

    explicit ZoneFactsModel(QObject* parent = nullptr);

    ZoneKey zone() const { return m_zone; }
    void setZone(const ZoneKey& zone);
    void setSample(const ZonesSamplePtr& sample);

    static Pressure pressureOf(const ZoneInfo::Zone& zone);
    static QString pressureText(Pressure pressure);

    /// The row whose KeyRole is @p key, or -1.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString name;
        QString explanation;
        std::optional<quint64> pages; ///< a figure in pages (also the first page frame's number)
        bool isPages = true;          ///< the value is pages shown as bytes; else it is text
        QString text;                 ///< the value in words (the pressure, where the zone begins)
    };
    void rebuild();

    ZoneKey m_zone;
    ZonesSamplePtr m_sample;
    QList<Row> m_rows;
};

} // namespace kaleido
