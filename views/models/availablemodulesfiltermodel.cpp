// SPDX-License-Identifier: GPL-2.0-or-later
#include "availablemodulesfiltermodel.h"

namespace kaleido {

AvailableModulesFilterModel::AvailableModulesFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AvailableModulesModel::SortRole);
    setDynamicSortFilter(true);
}

void AvailableModulesFilterModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_exactName = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    // The exact match's rank depends on the text: sort again, not only filter.
    invalidate();
}

void AvailableModulesFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void AvailableModulesFilterModel::setAliasMatches(const QSet<QString>& names)
{
    if (names == m_aliasMatches)
        return;
    m_aliasMatches = names;
    invalidateRowsFilter();
}

bool AvailableModulesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using State = AvailableModulesModel::ModuleState;
    const auto state = State(index.data(AvailableModulesModel::StateRole).toInt());
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Loadable:
        if (state == State::BuiltIn)
            return false;
        break;
    case StateFilter::BuiltIn:
        if (state != State::BuiltIn)
            return false;
        break;
    case StateFilter::Loaded:
        if (state != State::Loaded)
            return false;
        break;
    case StateFilter::NotLoaded:
        if (state != State::Loadable && state != State::Blacklisted)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    if (m_aliasMatches.contains(index.data(AvailableModulesModel::ModuleNameRole).toString()))
        return true;
    const QString haystack = index.data(AvailableModulesModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word) &&
            !haystack.contains(QString(word).replace(QLatin1Char('-'), QLatin1Char('_'))))
            return false;
    }
    return true;
}

bool AvailableModulesFilterModel::isExactMatch(const QModelIndex& index) const
{
    if (m_exactName.isEmpty())
        return false;
    const QModelIndex name = index.siblingAtColumn(0);
    return name.data(AvailableModulesModel::ModuleNameRole)
               .toString()
               .toLower()
               .replace(QLatin1Char('-'), QLatin1Char('_')) == m_exactName;
}

bool AvailableModulesFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftExact = isExactMatch(left);
    if (leftExact != isExactMatch(right)) {
        // First in the view whichever way the column is sorted (the view reverses lessThan for descending).
        return leftExact == (sortOrder() == Qt::AscendingOrder);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace kaleido
