// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kaleido {

/**
 * Sorts a LoadedModulesModel by raw value and filters it: by a text contained in the module's name or its
 * holders, and built-in rows only when showBuiltIn is on.
 */
class LoadedModulesProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LoadedModulesProxyModel(QObject* parent = nullptr);

    bool showBuiltIn() const { return m_showBuiltIn; }
    void setShowBuiltIn(bool show);
    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_showBuiltIn = false;
    QString m_text;
};

} // namespace kaleido
