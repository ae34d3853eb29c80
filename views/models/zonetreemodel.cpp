// SPDX-License-Identifier: GPL-2.0-or-later
#include "zonetreemodel.h"

#include "units.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kaleido {

namespace {

struct ColumnInfo
{
    const char* title;
    const char* explanation;
};

// clang-format off
constexpr ColumnInfo columns[ZoneTreeModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Zone"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "A NUMA node (CPUs and the memory closest to them) and its zones: ranges of physical memory kept apart because some devices can only reach part of it. DMA is the first 16 MiB, DMA32 the first 4 GiB, Normal the rest; Movable holds only pages that can be moved. Zones in italics have no memory.")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Free"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Memory the buddy allocator can hand out now (\"pages free\" in /proc/zoneinfo).")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Min"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "The min watermark: below it an allocating task must first reclaim memory itself (direct reclaim, a stall); only urgent kernel allocations may dip lower.")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Low"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "The low watermark: when free memory falls below it the kernel wakes kswapd, which reclaims memory in the background.")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "High"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "The high watermark: kswapd reclaims until free memory is above it again, then goes back to sleep.")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Managed"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Memory the buddy allocator manages: the present pages minus what was set aside at boot (the kernel image, page tables of struct page, firmware areas).")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Present"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "RAM that really exists within the zone's range.")},
    {QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "Spanned"),
     QT_TRANSLATE_NOOP("kaleido::ZoneTreeModel", "The zone's range from its first to its last page frame, holes included.")},
};
// clang-format on

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::ZoneTreeModel", text);
}

constexpr quintptr kNodeId = 0; ///< internal id of node rows; zone rows hold their node's row + 1

std::optional<quint64> fieldFor(const ZoneInfo::Zone& zone, int column)
{
    switch (column) {
    case ZoneTreeModel::FreeColumn:
        return zone.freePages();
    case ZoneTreeModel::MinColumn:
        return zone.min();
    case ZoneTreeModel::LowColumn:
        return zone.low();
    case ZoneTreeModel::HighColumn:
        return zone.high();
    case ZoneTreeModel::ManagedColumn:
        return zone.managed();
    case ZoneTreeModel::PresentColumn:
        return zone.present();
    case ZoneTreeModel::SpannedColumn:
        return zone.spanned();
    default:
        return std::nullopt;
    }
}

bool isSummed(int column)
{
    return column == ZoneTreeModel::FreeColumn || column == ZoneTreeModel::ManagedColumn ||
           column == ZoneTreeModel::PresentColumn || column == ZoneTreeModel::SpannedColumn;
}

} // namespace

ZoneTreeModel::ZoneTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

QString ZoneTreeModel::columnTitle(int column)
{
    return column >= 0 && column < ColumnCount ? translated(columns[column].title) : QString();
}

QString ZoneTreeModel::columnExplanation(int column)
{
    return column >= 0 && column < ColumnCount ? translated(columns[column].explanation) : QString();
}

void ZoneTreeModel::setSample(const ZonesSamplePtr& sample)
{
    QList<NodeRow> nodes;
    for (const ZoneKey& key : sample->zones()) {
        auto node =
            std::find_if(nodes.begin(), nodes.end(), [&](const NodeRow& n) { return n.node == key.node; });
        if (node == nodes.end()) {
            nodes.append(NodeRow{key.node, {}, {}});
            node = nodes.end() - 1;
        }
        ZoneRow row;
        row.key = key;
        if (const ZoneInfo::Zone* zone = sample->zone(key)) {
            for (int c = FreeColumn; c < ColumnCount; ++c)
                row.figures.values[c] = fieldFor(*zone, c);
            row.populated = zone->isPopulated();
        } else if (const BuddyInfo::Zone* buddy = sample->buddy(key)) {
            // zoneinfo failed: the free pages are still known from the free lists.
            row.figures.values[FreeColumn] = buddy->freePages();
            row.populated = true;
        }
        for (int c = FreeColumn; c < ColumnCount; ++c) {
            if (isSummed(c) && row.figures.values[c])
                node->figures.values[c] = node->figures.values[c].value_or(0) + *row.figures.values[c];
        }
        node->zones.append(std::move(row));
    }

    m_pageSize = sample->pageSize;
    if (!sameShape(nodes, m_nodes)) {
        beginResetModel();
        m_nodes = std::move(nodes);
        endResetModel();
        return;
    }
    m_nodes = std::move(nodes);
    if (m_nodes.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, ColumnCount - 1));
    for (int n = 0; n < m_nodes.size(); ++n) {
        const QModelIndex parent = index(n, 0);
        if (!m_nodes.at(n).zones.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(int(m_nodes.at(n).zones.size()) - 1, ColumnCount - 1, parent));
    }
}

void ZoneTreeModel::clear()
{
    if (m_nodes.isEmpty())
        return;
    beginResetModel();
    m_nodes.clear();
    endResetModel();
}

bool ZoneTreeModel::sameShape(const QList<NodeRow>& a, const QList<NodeRow>& b)
{
    if (a.size() != b.size())
        return false;
    for (int n = 0; n < a.size(); ++n) {
        if (a.at(n).node != b.at(n).node || a.at(n).zones.size() != b.at(n).zones.size())
            return false;
        for (int z = 0; z < a.at(n).zones.size(); ++z) {
            if (a.at(n).zones.at(z).key != b.at(n).zones.at(z).key ||
                a.at(n).zones.at(z).populated != b.at(n).zones.at(z).populated)
                return false;
        }
    }
    return true;
}

ZoneKey ZoneTreeModel::zoneAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kNodeId)
        return {};
    return m_nodes.at(int(index.internalId() - 1)).zones.at(index.row()).key;
}

QModelIndex ZoneTreeModel::indexOf(const ZoneKey& key) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        const auto& zones = m_nodes.at(n).zones;
        for (int z = 0; z < zones.size(); ++z) {
            if (zones.at(z).key == key)
                return createIndex(z, NameColumn, quintptr(n) + 1);
        }
    }
    return {};
}

ZoneKey ZoneTreeModel::largestZone() const
{
    ZoneKey best;
    quint64 most = 0;
    for (const NodeRow& node : m_nodes) {
        for (const ZoneRow& zone : node.zones) {
            const quint64 managed = zone.figures.values[ManagedColumn].value_or(0);
            if (!best.isValid() || managed > most) {
                best = zone.key;
                most = managed;
            }
        }
    }
    return best;
}

QModelIndex ZoneTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_nodes.size() ? createIndex(row, column, kNodeId) : QModelIndex();
    if (parent.internalId() != kNodeId || parent.row() >= m_nodes.size())
        return {};
    if (row >= m_nodes.at(parent.row()).zones.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ZoneTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kNodeId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kNodeId);
}

int ZoneTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != kNodeId)
        return 0;
    return int(m_nodes.at(parent.row()).zones.size());
}

int ZoneTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ZoneTreeModel::figureData(const Figures& figures, int column, int role) const
{
    const std::optional<quint64> pages = figures.values[column];
    switch (role) {
    case Qt::DisplayRole:
        return pages ? Units::formatBytes(pagesToBytes(*pages, m_pageSize)) : QString();
    case SortRole:
        return pages ? QVariant(*pages) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!pages)
            return tr("Not reported by this kernel.");
        const QString count = QLocale().toString(*pages);
        return tr("%1 pages of %2 = %3")
            .arg(count, Units::formatBytes(m_pageSize), Units::formatBytes(pagesToBytes(*pages, m_pageSize)));
    }
    default:
        return {};
    }
}

QVariant ZoneTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (index.internalId() == kNodeId) {
        const NodeRow& node = m_nodes.at(index.row());
        const bool populated =
            std::any_of(node.zones.cbegin(), node.zones.cend(), [](const ZoneRow& z) { return z.populated; });
        switch (role) {
        case NodeRole:
            return node.node;
        case ZoneRole:
            return QString();
        case PopulatedRole:
            return populated;
        default:
            break;
        }
        if (column == NameColumn) {
            switch (role) {
            case Qt::DisplayRole:
                return tr("Node %1").arg(node.node);
            case SortRole:
                return node.node;
            case Qt::ToolTipRole:
                return tr("NUMA node %1: its CPUs reach this memory fastest. The figures are the sums of its "
                          "zones.")
                    .arg(node.node);
            default:
                return {};
            }
        }
        if (!isSummed(column))
            return {};
        return figureData(node.figures, column, role);
    }

    const ZoneRow& zone = m_nodes.at(int(index.internalId() - 1)).zones.at(index.row());
    switch (role) {
    case NodeRole:
        return zone.key.node;
    case ZoneRole:
        return zone.key.zone;
    case PopulatedRole:
        return zone.populated;
    case Qt::FontRole:
        if (!zone.populated) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default:
        break;
    }
    if (column == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return zone.key.zone;
        case Qt::ToolTipRole:
            if (!zone.populated)
                return tr("Zone %1 of node %2 has no memory: the kernel lists it, but no RAM lies in its "
                          "range (Movable, for instance, stays empty unless kernelcore= or movablecore= is "
                          "given).")
                    .arg(zone.key.zone)
                    .arg(zone.key.node);
            return tr("Zone %1 of node %2: select it to see its free lists, watermarks and migrate types.")
                .arg(zone.key.zone)
                .arg(zone.key.node);
        default:
            return {};
        }
    }
    return figureData(zone.figures, column, role);
}

QVariant ZoneTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        return columnExplanation(section);
    case Qt::TextAlignmentRole:
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace kaleido
