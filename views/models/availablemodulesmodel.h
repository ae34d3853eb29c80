// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moduleinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace kaleido {

/**
 * Every module of a kernel (loadable and built in) with its modinfo, filled in batches by ModuleIndexer.
 * Raw values for sorting are in SortRole; the whole ModuleInfo in ModuleInfoRole. The state column joins
 * what the index says (built in) with /proc/modules (loaded, set each tick) and modprobe.d (blacklisted).
 */
class AvailableModulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        Version,
        License,
        Authors,
        InTree,
        Signed,
        Depends,
        Parameters,
        State,
        ColumnCount,
    };

    enum Role
    {
        SortRole = Qt::UserRole + 700, ///< raw value: text lower-cased, counts as int, booleans as int
        ModuleInfoRole,                ///< QVariant of ModuleInfo
        ModuleNameRole,
        StateRole,      ///< ModuleState as int
        SearchTextRole, ///< name, aliases, description, authors and parameter names, lower-case
    };

    enum class ModuleState
    {
        Loadable,
        BuiltIn,
        Loaded,
        Blacklisted,
    };

    explicit AvailableModulesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendModules(const QList<ModuleInfo>& modules);
    /// Module names (kernel '_' form) currently in /proc/modules.
    void setLoaded(const QSet<QString>& names);
    /// Module names blacklisted in modprobe.d.
    void setBlacklisted(const QSet<QString>& names);

    const ModuleInfo* module(int row) const;
    /// The row of module @p name, or -1.
    int rowOf(const QString& name) const;
    ModuleState state(int row) const;
    static QString stateText(ModuleState state);

private:
    void emitStateChanged();

    QList<ModuleInfo> m_modules;
    QList<QString> m_search;
    QHash<QString, int> m_rows;
    QSet<QString> m_loaded;
    QSet<QString> m_blacklisted;
};

} // namespace kaleido

Q_DECLARE_METATYPE(kaleido::ModuleInfo)
