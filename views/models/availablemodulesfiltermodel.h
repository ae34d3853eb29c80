// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "availablemodulesmodel.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace kaleido {

/**
 * Search and state filter over AvailableModulesModel, sorting by its SortRole. The text matches (case
 * insensitive, every word) the name, aliases, description, authors and parameter names; modules an alias
 * lookup resolved the text to (setAliasMatches, e.g. "fs-ext3" or a pci: modalias) are shown too.
 *
 * While a search is active, a module whose name is the search text ('-' and '_' alike) comes first in either
 * sort order, the way a file manager's or launcher's search puts the exact hit on top; the other rows keep
 * the order of the sorted column's value.
 */
class AvailableModulesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter
    {
        All,
        Loadable, ///< loadable, loaded and blacklisted: everything with a file
        BuiltIn,
        Loaded,
        NotLoaded, ///< loadable and blacklisted
    };

    explicit AvailableModulesFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    /// Names an exact alias lookup of the text found; shown whatever the text says.
    void setAliasMatches(const QSet<QString>& names);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// Whether the module of @p index (a source index) is named exactly what the search says.
    bool isExactMatch(const QModelIndex& index) const;

    QString m_text;
    QString m_exactName; ///< the search text in the '_' form of module names; empty: no search
    QStringList m_words;
    StateFilter m_state = StateFilter::All;
    QSet<QString> m_aliasMatches;
};

} // namespace kaleido
