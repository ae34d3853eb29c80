// SPDX-License-Identifier: GPL-2.0-or-later
#include "loadedmodulesproxymodel.h"

#include "chartroles.h"
#include "loadedmodulesmodel.h"

namespace kaleido {

LoadedModulesProxyModel::LoadedModulesProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChartRoles::RawValueRole);
    setDynamicSortFilter(true);
}

void LoadedModulesProxyModel::setShowBuiltIn(bool show)
{
    if (show == m_showBuiltIn)
        return;
    m_showBuiltIn = show;
    invalidateFilter();
}

void LoadedModulesProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool LoadedModulesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, LoadedModulesModel::NameColumn, sourceParent);
    if (!m_showBuiltIn && name.data(LoadedModulesModel::BuiltInRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    if (name.data().toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    const QModelIndex usedBy =
        sourceModel()->index(sourceRow, LoadedModulesModel::UsedByColumn, sourceParent);
    return usedBy.data().toString().contains(m_text, Qt::CaseInsensitive);
}

bool LoadedModulesProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid(); // empty cells first
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace kaleido
