// SPDX-License-Identifier: GPL-2.0-or-later
#include "faultingfiltermodel.h"

#include "processfaultsmodel.h"

namespace kaleido {

FaultingFilterModel::FaultingFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProcessFaultsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FaultingFilterModel::setOnlyFaulting(bool only)
{
    if (only == m_onlyFaulting)
        return;
    m_onlyFaulting = only;
    invalidateRowsFilter();
}

bool FaultingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_onlyFaulting)
        return true;
    const auto* model = qobject_cast<const ProcessFaultsModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    return model->minorRate(sourceRow).value_or(0) > 0 || model->majorRate(sourceRow).value_or(0) > 0;
}

} // namespace kaleido
