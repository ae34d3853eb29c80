// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "zonessample.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * The memory zones of Memory ▸ Zones as a tree: NUMA nodes, and beneath each its zones (DMA, DMA32, Normal,
 * Movable, …) in the kernel's order, with their free pages, watermarks and sizes from /proc/zoneinfo. Node
 * rows add up their zones' free and size figures. Zones without pages stay listed, in italics, so the tree
 * shows every zone the kernel has. A new sample with the same zones only reports dataChanged (the selection
 * stays).
 *
 * Figures are shown in bytes and sort as pages (SortRole).
 */
class ZoneTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        FreeColumn,
        MinColumn,
        LowColumn,
        HighColumn,
        ManagedColumn,
        PresentColumn,
        SpannedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 400, ///< the raw number of pages (the name on the name column)
        NodeRole,                      ///< int: the NUMA node
        ZoneRole,                      ///< QString: the zone's name; empty on node rows
        PopulatedRole,                 ///< bool: the zone (or the node) has pages
    };

    explicit ZoneTreeModel(QObject* parent = nullptr);

    void setSample(const ZonesSamplePtr& sample);
    void clear();

    /// The zone of a zone row (any column); an invalid key for node rows.
    ZoneKey zoneAt(const QModelIndex& index) const;
    /// The name column of @p key's row; invalid when it is not in the tree.
    QModelIndex indexOf(const ZoneKey& key) const;
    /// The zone to select first: the one with the most managed pages (usually Normal).
    ZoneKey largestZone() const;

    static QString columnTitle(int column);
    static QString columnExplanation(int column);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Figures
    {
        std::optional<quint64> values[ColumnCount]; ///< pages, by column (the name column unused)
    };
    struct ZoneRow
    {
        ZoneKey key;
        Figures figures;
        bool populated = false;
    };
    struct NodeRow
    {
        int node = 0;
        Figures figures; ///< sums of the zones' free, managed, present and spanned pages
        QList<ZoneRow> zones;
    };

    QVariant figureData(const Figures& figures, int column, int role) const;
    static bool sameShape(const QList<NodeRow>& a, const QList<NodeRow>& b);

    QList<NodeRow> m_nodes;
    quint64 m_pageSize = 4096;
};

} // namespace kaleido
