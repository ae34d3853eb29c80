// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "loadedmodulessnapshot.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace kaleido {

/**
 * Modules ▸ Loaded: one row per loaded module (as lsmod lists them) and, flagged as built-in, one per piece
 * of built-in code that has a /sys/module directory.
 *
 * update() takes one LoadedModulesSnapshot. Rows are matched by module name, so a module keeps its row (and
 * the view its selection) across refreshes; a module that appears is appended, one that disappears is
 * removed, and a changed module emits dataChanged for the cells that changed only. Raw values (bytes, counts,
 * the State number) are in ChartRoles::RawValueRole for sorting; units appear only in Qt::DisplayRole.
 */
class LoadedModulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        CoreSizeColumn,
        InitSizeColumn,
        RefcountColumn,
        UsedByColumn,
        StateColumn,
        TaintColumn,
        VersionColumn,
        SrcVersionColumn,
        AddressColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class State
    {
        Live,
        Loading,
        Unloading,
        Permanent,
        BuiltIn,
        Unknown
    };
    Q_ENUM(State)

    enum Role
    {
        ModuleNameRole = Qt::UserRole + 500, ///< any cell: the module's name
        StateRole,                           ///< any cell: State as int
        BuiltInRole,                         ///< any cell: bool
    };

    explicit LoadedModulesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void update(const LoadedModulesSnapshot& snapshot);
    const LoadedModulesSnapshot& snapshot() const { return m_snapshot; }

    /// The row of @p name, or -1.
    int rowOf(const QString& name) const;
    int loadedCount() const;

    static State stateOf(const LoadedModulesSnapshot::Row& row);
    static QString stateName(State state);
    /// "O: out-of-tree module; E: unsigned module" for the letters "OE", one per line.
    static QString taintMeanings(const QString& letters);

private:
    QVariant cell(const LoadedModulesSnapshot::Row& row, int column, int role) const;

    LoadedModulesSnapshot m_snapshot;
};

} // namespace kaleido
