// SPDX-License-Identifier: GPL-2.0-or-later
#include "slabhistorymodel.h"

#include "slabinfo.h"
#include "units.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace kaleido {

namespace {
/// The pinned (selected) cache's colour: apart from the palette of the largest ones.
const QColor kPinnedColor(0xd8, 0x1b, 0x60);

/// The new charted ids: @p current kept where the cache is still among the largest (or not clearly
/// overtaken), newcomers in the places that fell free, at most @p count.
QList<int> chooseSlots(const QList<int>& current, const QList<std::pair<int, quint64>>& ranked, int count,
                       const std::function<std::optional<quint64>(int)>& sizeOf)
{
    QList<int> top;
    for (qsizetype i = 0; i < ranked.size() && top.size() < count; ++i)
        top.append(ranked.at(i).first);

    QList<int> chosen;
    for (int id : current)
        chosen.append(sizeOf(id) ? id : -1); // a cache that vanished frees its place
    for (int id : std::as_const(top)) {
        if (chosen.contains(id))
            continue;
        const quint64 size = *sizeOf(id);
        const auto vacant = std::find(chosen.begin(), chosen.end(), -1);
        if (vacant != chosen.end()) {
            *vacant = id;
            continue;
        }
        if (chosen.size() < count) {
            chosen.append(id);
            continue;
        }
        // Replace the smallest charted cache outside the top, if this one is clearly larger.
        qsizetype smallest = -1;
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            if (top.contains(chosen.at(i)))
                continue;
            if (smallest < 0 || *sizeOf(chosen.at(i)) < *sizeOf(chosen.at(smallest)))
                smallest = i;
        }
        if (smallest < 0)
            continue;
        const quint64 old = *sizeOf(chosen.at(smallest));
        if (double(size) > double(old) * 1.05 || (old == 0 && size > 0))
            chosen[smallest] = id;
    }
    chosen.removeAll(-1);
    // Fewer places than before (the count was lowered): the smallest go.
    while (chosen.size() > count) {
        const auto smallest = std::min_element(chosen.begin(), chosen.end(),
                                               [&](int a, int b) { return *sizeOf(a) < *sizeOf(b); });
        chosen.erase(smallest);
    }
    return chosen;
}
} // namespace

SlabHistoryModel::SlabHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_samples(capacityFor(m_historySeconds))
{}

const QList<QColor>& SlabHistoryModel::colors()
{
    // Distinguishable on light and dark backgrounds (Tableau 10 and two more).
    static const QList<QColor> palette{
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
        QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
        QColor(0xba, 0xb0, 0xac), QColor(0x1f, 0x9e, 0x89), QColor(0x8c, 0x6b, 0xb1),
    };
    return palette;
}

int SlabHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int SlabHistoryModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const bool pinnedExtra = m_pinnedId >= 0 && !m_slots.contains(m_pinnedId);
    return FirstSeriesColumn + int(m_slots.size()) + (pinnedExtra ? 1 : 0);
}

QStringList SlabHistoryModel::chartedCaches() const
{
    QStringList names;
    for (int id : m_slots)
        names.append(m_names.at(id));
    if (m_pinnedId >= 0 && !m_slots.contains(m_pinnedId))
        names.append(m_names.at(m_pinnedId));
    return names;
}

std::optional<quint64> SlabHistoryModel::bytesOf(const Sample& sample, int id) const
{
    if (id < 0 || id >= sample.pages.size() || sample.pages.at(id) == kAbsent)
        return std::nullopt;
    return quint64(sample.pages.at(id)) * m_pageSize;
}

std::optional<quint64> SlabHistoryModel::bytesAt(int row, const QString& name) const
{
    return bytesOf(m_samples.at(row), m_ids.value(name, -1));
}

QVariant SlabHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sample& sample = m_samples.at(index.row());
    if (index.column() == TimeColumn)
        return chartTimeCell(sample.msecs, role);
    const int slot = index.column() - FirstSeriesColumn;
    const int id = slot < m_slots.size() ? m_slots.at(slot) : m_pinnedId;
    const auto bytes = bytesOf(sample, id);
    switch (role) {
    case Qt::DisplayRole:
        return bytes ? Units::formatBytes(*bytes) : tr("absent");
    case ChartRoles::RawValueRole:
        return bytes ? QVariant(qint64(*bytes)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SlabHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn)
        return chartTimeHeader(role, tr("When the sample was taken (local time)"));
    const int slot = section - FirstSeriesColumn;
    const bool pinned = slot >= m_slots.size();
    const QString& name = m_names.at(pinned ? m_pinnedId : m_slots.at(slot));
    switch (role) {
    case Qt::DisplayRole:
        return pinned ? tr("%1 (selected)").arg(name) : name;
    case Qt::ToolTipRole:
        return pinned
                   ? tr("Memory held by the selected cache %1 (slabs × pages per slab × page size), in bytes")
                         .arg(name)
                   : tr("Memory held by %1, one of the %2 largest slab caches (slabs × pages per slab × page "
                        "size), in bytes")
                         .arg(name)
                         .arg(m_topCount);
    case Qt::DecorationRole:
        return pinned ? kPinnedColor : colors().at(slot % colors().size());
    case ChartRoles::SeriesKeyRole:
        return name;
    case ChartRoles::UnitRole:
        return QVariant::fromValue(ValueUnit::Bytes);
    default:
        return {};
    }
}

SlabHistoryModel::Columns SlabHistoryModel::columnsFor(const Sample& newest) const
{
    QList<std::pair<int, quint64>> ranked;
    for (int id = 0; id < newest.pages.size(); ++id) {
        if (const auto bytes = bytesOf(newest, id))
            ranked.append({id, *bytes});
    }
    // Only the first topCount() places matter.
    const qsizetype wanted = std::min<qsizetype>(m_topCount, ranked.size());
    std::partial_sort(
        ranked.begin(), ranked.begin() + wanted, ranked.end(), [this](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : m_names.at(a.first) < m_names.at(b.first);
        });
    ranked.resize(wanted);
    Columns columns;
    columns.charted = chooseSlots(m_slots, ranked, m_topCount, [&](int id) { return bytesOf(newest, id); });
    columns.pinnedId = m_ids.value(m_pinned, -1);
    return columns;
}

void SlabHistoryModel::applyColumns()
{
    const Columns columns =
        m_samples.isEmpty() ? Columns{{}, m_ids.value(m_pinned, -1)} : columnsFor(m_samples.last());
    if (columns.charted == m_slots && columns.pinnedId == m_pinnedId)
        return;
    beginResetModel();
    m_slots = columns.charted;
    m_pinnedId = columns.pinnedId;
    endResetModel();
}

void SlabHistoryModel::addSample(qint64 msecsSinceEpoch, const SlabInfo& info, quint64 pageSize)
{
    if (!m_samples.isEmpty() && msecsSinceEpoch < m_samples.last().msecs)
        clear();
    if (pageSize != m_pageSize && !m_samples.isEmpty())
        clear(); // pages of another size cannot share a history
    m_pageSize = pageSize == 0 ? 4096 : pageSize;

    Sample sample;
    sample.msecs = msecsSinceEpoch;
    for (const SlabInfo::Cache& cache : info.caches) {
        if (!m_ids.contains(cache.name)) {
            m_ids.insert(cache.name, int(m_names.size()));
            m_names.append(cache.name);
        }
    }
    sample.pages.fill(kAbsent, m_names.size());
    for (const SlabInfo::Cache& cache : info.caches) {
        const quint64 pages = cache.pagesPerSlab != 0 && cache.numSlabs > (kAbsent - 1) / cache.pagesPerSlab
                                  ? kAbsent - 1
                                  : cache.numSlabs * cache.pagesPerSlab;
        sample.pages[m_ids.value(cache.name)] = quint32(pages);
    }

    // The ring is full: its oldest row goes first (in the model's view too).
    if (m_samples.isFull()) {
        beginRemoveRows({}, 0, 0);
        m_samples.removeFirst();
        endRemoveRows();
    }
    // A change of columns is a reset (rare: the largest caches change slowly); otherwise one new row.
    const Columns columns = columnsFor(sample);
    if (columns.charted != m_slots || columns.pinnedId != m_pinnedId) {
        beginResetModel();
        m_samples.append(std::move(sample));
        m_slots = columns.charted;
        m_pinnedId = columns.pinnedId;
        endResetModel();
    } else {
        const int row = int(m_samples.size());
        beginInsertRows({}, row, row);
        m_samples.append(std::move(sample));
        endInsertRows();
    }
    trim();
}

void SlabHistoryModel::clear()
{
    beginResetModel();
    m_samples.clear();
    m_ids.clear();
    m_names.clear();
    m_slots.clear();
    m_pinnedId = -1;
    endResetModel();
}

void SlabHistoryModel::setHistorySeconds(int seconds)
{
    m_historySeconds = std::max(10, seconds);
    const qsizetype capacity = capacityFor(m_historySeconds);
    if (m_samples.size() > capacity) {
        beginRemoveRows({}, 0, int(m_samples.size() - capacity) - 1);
        m_samples.removeFirst(m_samples.size() - capacity);
        endRemoveRows();
    }
    m_samples.setCapacity(capacity);
    trim();
}

void SlabHistoryModel::setTopCount(int count)
{
    count = std::clamp(count, 1, int(colors().size()));
    if (count == m_topCount)
        return;
    m_topCount = count;
    applyColumns();
}

void SlabHistoryModel::setPinnedCache(const QString& name)
{
    if (name == m_pinned)
        return;
    m_pinned = name;
    applyColumns();
}

void SlabHistoryModel::trim()
{
    if (m_samples.isEmpty())
        return;
    const qint64 oldestKept = m_samples.last().msecs - qint64(m_historySeconds) * 1000;
    int drop = 0;
    while (drop < m_samples.size() && m_samples.at(drop).msecs < oldestKept)
        ++drop;
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_samples.removeFirst(drop);
    endRemoveRows();
}

} // namespace kaleido
