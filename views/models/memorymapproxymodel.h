// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kaleido {

/**
 * Memory ▸ Map's table proxy over MemoryMapModel or MemoryMapGroupModel: sorts by their SortRole (raw
 * values), filters by the text of the path column, and with setOnlyChanges() keeps only the rows that changed
 * since the snapshot (MemoryMapModel::ChangeRole).
 */
class MemoryMapProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MemoryMapProxyModel(QObject* parent = nullptr);

    void setOnlyChanges(bool only);
    bool onlyChanges() const { return m_onlyChanges; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_onlyChanges = false;
};

} // namespace kaleido
