// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "memorymapmodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <array>

namespace kaleido {

/**
 * Memory ▸ Map grouped by file: one row per path of a MemoryMapModel (a library's code, data and read-only
 * areas together; all anonymous memory in one row), with the smaps counters summed, as `pmap -X` would sum
 * them per file. Follows the source: a reset rebuilds the groups, a reload of the same areas only updates
 * the sums (dataChanged), so the selection survives.
 */
class MemoryMapGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PathColumn,
        MappingsColumn,
        SizeColumn,
        RssColumn,
        PssColumn,
        SharedCleanColumn,
        SharedDirtyColumn,
        PrivateCleanColumn,
        PrivateDirtyColumn,
        ReferencedColumn,
        AnonymousColumn,
        SwapColumn,
        SwapPssColumn,
        AnonHugePagesColumn,
        FilePmdMappedColumn,
        LockedColumn,
        PermissionsColumn,
        KindsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = MemoryMapModel::SortRole, ///< the raw value, as in MemoryMapModel
        KindRole = MemoryMapModel::KindRole, ///< int(Kind) holding most of the group's resident memory
        RowsRole = Qt::UserRole + 320,       ///< QList<int>: the source rows in the group, in address order
        KeyRole,                             ///< the path the group stands for ("" for anonymous memory)
    };

    struct Group
    {
        QString path; ///< "" for all anonymous memory
        QList<int> rows;
        quint64 size = 0;
        std::array<quint64, MemoryMapModel::FieldCount> values{};
        QStringList permissions; ///< distinct, in address order ("r--p", "r-xp", …)
        quint32 kinds = 0;       ///< bit per MemoryMapModel::Kind
        MemoryMapModel::Kind largestKind = MemoryMapModel::Kind::Anonymous; ///< most resident (then largest)
    };

    explicit MemoryMapGroupModel(QObject* parent = nullptr);

    void setSourceModel(MemoryMapModel* source);
    MemoryMapModel* sourceModel() const { return m_source; }

    const QList<Group>& groups() const { return m_groups; }
    const Group& group(int row) const { return m_groups.at(row); }
    /// The row of the group holding source row @p sourceRow, or -1.
    int rowOfSourceRow(int sourceRow) const;
    /// The row of the group for @p path, or -1.
    int rowOfPath(const QString& path) const;
    /// The same totals as the source (every area is in exactly one group), under this model's columns.
    QVariant totalData(int column, int role = Qt::DisplayRole) const;

    /// The MemoryMapModel column a column of this model sums, or -1 (Path, Mappings, Permissions, Kinds).
    static int sourceColumn(int column);
    /// Groups @p mappings by path (what the model does on every reset).
    static QList<Group> groupsOf(const QList<MemoryMapModel::Mapping>& mappings);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void updateSums();

    QPointer<MemoryMapModel> m_source;
    QList<Group> m_groups;
    QList<int> m_groupOfSourceRow;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kaleido
