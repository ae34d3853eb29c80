// SPDX-License-Identifier: GPL-2.0-or-later
#include "processfiltermodel.h"

#include "processmodel.h"
#include "processnode.h"

namespace kaleido {

ProcessFilterModel::ProcessFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProcessModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    setRecursiveFilteringEnabled(true);
}

void ProcessFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-evaluates every row once.
    invalidateFilter();
}

void ProcessFilterModel::setFindText(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_words = simplified.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void ProcessFilterModel::setOnlyUser(std::optional<quint32> uid)
{
    if (uid == m_onlyUser)
        return;
    m_onlyUser = uid;
    refilter();
}

void ProcessFilterModel::setHideKernelThreads(bool hide)
{
    if (hide == m_hideKernelThreads)
        return;
    m_hideKernelThreads = hide;
    refilter();
}

bool ProcessFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ProcessModel*>(sourceModel());
    if (!model)
        return true;
    const ProcessNode* node = model->node(model->index(sourceRow, 0, sourceParent));
    if (!node)
        return false;
    if (!node->isTask()) // sessions and groups show when one of their processes does (recursive filtering)
        return m_words.isEmpty() && !m_onlyUser && !m_hideKernelThreads;
    if (m_hideKernelThreads && node->task.kernelThread)
        return false;
    if (m_onlyUser && node->task.uid != *m_onlyUser)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = model->data(model->index(sourceRow, 0, sourceParent), ProcessModel::FilterTextRole).toString();
    for (const QString& word : m_words) {
        if (text.contains(word))
            continue;
        bool number = false;
        const qint32 value = word.toInt(&number);
        if (number && (value == node->task.pid || value == node->task.tid))
            continue;
        return false;
    }
    return true;
}

bool ProcessFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(ProcessModel::SortRole);
    const QVariant b = right.data(ProcessModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int text = a.toString().compare(b.toString(), Qt::CaseInsensitive);
        if (text != 0)
            return text < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Equal values: by PID then TID, so equal rows keep a stable order from one refresh to the next.
    const qint64 leftId = (qint64(left.data(ProcessModel::PidRole).toInt()) << 32) |
                          quint32(left.data(ProcessModel::TidRole).toInt());
    const qint64 rightId = (qint64(right.data(ProcessModel::PidRole).toInt()) << 32) |
                           quint32(right.data(ProcessModel::TidRole).toInt());
    return leftId < rightId;
}

} // namespace kaleido
