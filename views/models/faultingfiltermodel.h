// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kaleido {

/**
 * The proxy of Memory ▸ Faults & OOM's fault table over a ProcessFaultsModel: sorts by value
 * (ProcessFaultsModel::SortRole) and, on request, hides the processes that took no page fault in the last
 * interval (those without a rate yet included).
 */
class FaultingFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FaultingFilterModel(QObject* parent = nullptr);

    bool onlyFaulting() const { return m_onlyFaulting; }
    void setOnlyFaulting(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_onlyFaulting = false;
};

} // namespace kaleido
