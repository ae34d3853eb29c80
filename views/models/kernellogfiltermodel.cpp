// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernellogfiltermodel.h"

#include "kernellogmodel.h"

namespace kaleido {

KernelLogFilterModel::KernelLogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void KernelLogFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow() for every row.
    invalidateFilter();
}

void KernelLogFilterModel::setLevels(quint8 mask)
{
    if (mask == m_levels)
        return;
    m_levels = mask;
    refilter();
}

void KernelLogFilterModel::setFacilities(const QSet<int>& facilities)
{
    if (facilities == m_facilities)
        return;
    m_facilities = facilities;
    refilter();
}

void KernelLogFilterModel::setText(const QString& text, bool regex)
{
    if (text == m_text && regex == m_regex)
        return;
    m_text = text;
    m_regex = regex;
    m_textError.clear();
    m_pattern = QRegularExpression();
    if (regex && !text.isEmpty()) {
        m_pattern = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
        if (!m_pattern.isValid())
            m_textError = m_pattern.errorString();
    }
    refilter();
}

void KernelLogFilterModel::setModule(const QString& module)
{
    if (module == m_module)
        return;
    m_module = module;
    refilter();
}

void KernelLogFilterModel::setSequenceRange(std::optional<std::pair<quint64, quint64>> range)
{
    if (range == m_range)
        return;
    m_range = range;
    refilter();
}

bool KernelLogFilterModel::isFiltering() const
{
    return m_levels != allLevels || !m_facilities.isEmpty() || (!m_text.isEmpty() && m_textError.isEmpty()) ||
           !m_module.isEmpty() || m_range.has_value();
}

bool KernelLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, KernelLogModel::MessageColumn, sourceParent);
    const bool textFilter = !m_text.isEmpty() && m_textError.isEmpty();
    if (index.data(KernelLogModel::IsGapRole).toBool())
        return !textFilter && m_module.isEmpty() && !m_range;

    const int priority = index.data(KernelLogModel::PriorityRole).toInt();
    if (priority >= 0 && priority < 8 && !(m_levels & (1U << priority)))
        return false;
    if (!m_facilities.isEmpty() && !m_facilities.contains(index.data(KernelLogModel::FacilityRole).toInt()))
        return false;
    if (m_range) {
        const quint64 sequence = index.data(KernelLogModel::SequenceRole).toULongLong();
        if (sequence < m_range->first || sequence > m_range->second)
            return false;
    }
    const QString message = index.data(KernelLogModel::MessageRole).toString();
    if (!m_module.isEmpty()) {
        const bool prefixed = message.startsWith(m_module + QLatin1Char(':'), Qt::CaseSensitive);
        const bool bracketed = message.contains(QLatin1Char('[') + m_module + QLatin1Char(']'));
        if (!prefixed && !bracketed)
            return false;
    }
    if (textFilter) {
        const QString device =
            sourceModel()->index(sourceRow, KernelLogModel::DeviceColumn, sourceParent).data().toString();
        if (m_regex)
            return m_pattern.match(message).hasMatch() || m_pattern.match(device).hasMatch();
        return message.contains(m_text, Qt::CaseInsensitive) || device.contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}

} // namespace kaleido
