// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymapproxymodel.h"

#include "memorymapmodel.h"

namespace kaleido {

MemoryMapProxyModel::MemoryMapProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MemoryMapModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void MemoryMapProxyModel::setOnlyChanges(bool only)
{
    if (only == m_onlyChanges)
        return;
    m_onlyChanges = only;
    invalidateFilter();
}

bool MemoryMapProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_onlyChanges &&
        !sourceModel()->index(sourceRow, 0, sourceParent).data(MemoryMapModel::ChangeRole).isValid())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace kaleido
