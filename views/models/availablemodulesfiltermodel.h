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

private:
    QString m_text;
    QStringList m_words;
    StateFilter m_state = StateFilter::All;
    QSet<QString> m_aliasMatches;
};

} // namespace kaleido
