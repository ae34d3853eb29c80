// SPDX-License-Identifier: GPL-2.0-or-later
#include "migratetypesmodel.h"

#include "buddyordersmodel.h"
#include "units.h"

#include <QLocale>

#include <algorithm>

namespace kaleido {

MigrateTypesModel::MigrateTypesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    rebuild(); // the reason there are no rows yet
}

QString MigrateTypesModel::typeExplanation(QStringView type)
{
    if (type == u"Unmovable")
        return tr(
            "Pages that stay where they are once allocated: most kernel memory (slab caches, page tables, "
            "kernel stacks). They are kept together so they do not pin down blocks that compaction could "
            "otherwise empty.");
    if (type == u"Movable")
        return tr("Pages that can be moved by changing the mappings that point to them: the memory of "
                  "processes and the page cache. Compaction moves them to build large free blocks.");
    if (type == u"Reclaimable")
        return tr("Pages that cannot be moved but can be freed when memory runs short, such as the caches of "
                  "file names and inodes.");
    if (type == u"HighAtomic")
        return tr("A small reserve for large allocations that cannot wait for reclaim (atomic, high order); "
                  "the kernel sets blocks aside for it after such an allocation has failed.");
    if (type == u"CMA")
        return tr(
            "Blocks of the contiguous memory allocator: they take only movable pages, so the area can be "
            "emptied when a driver needs one large contiguous buffer.");
    if (type == u"Isolate")
        return tr("Blocks taken out of use for a moment, while memory is being taken offline or a contiguous "
                  "range is being gathered.");
    return {};
}

void MigrateTypesModel::setZone(const ZoneKey& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    rebuild();
}

void MigrateTypesModel::setSample(const ZonesSamplePtr& sample)
{
    m_sample = sample;
    rebuild();
}

void MigrateTypesModel::clear()
{
    m_sample.reset();
    rebuild();
}

void MigrateTypesModel::rebuild()
{
    QList<Row> rows;
    qsizetype orders = 0;
    std::optional<int> blockOrder;
    std::optional<quint64> perBlock;
    QString reason;
    const PageTypeInfo* info = m_sample && m_sample->pageTypes ? &*m_sample->pageTypes : nullptr;
    if (!m_zone.isValid()) {
        reason = tr("Select a zone to see its free lists by migrate type.");
    } else if (!info) {
        reason = m_sample && m_sample->pageTypesError
                     ? tr("The migrate types could not be read: %1").arg(m_sample->pageTypesError->message())
                     : tr("/proc/pagetypeinfo has not been read.");
    } else {
        blockOrder = info->pageBlockOrder;
        perBlock = info->pagesPerBlock;
        const PageTypeInfo::BlockTable* blocks = info->blockCounts();
        for (const PageTypeInfo::FreeList& list : info->freeLists) {
            if (list.node != m_zone.node || list.zone != m_zone.zone)
                continue;
            Row row;
            row.type = list.type;
            row.freeBlocks = list.freeBlocks;
            if (blocks)
                row.pageBlocks = blocks->count(list.node, list.zone, list.type);
            orders = std::max(orders, list.freeBlocks.size());
            rows.append(std::move(row));
        }
        if (rows.isEmpty()) {
            const ZoneInfo::Zone* zone = m_sample->zone(m_zone);
            reason = zone && !zone->isPopulated()
                         ? tr("Zone %1 has no memory, so it has no free lists.").arg(m_zone.zone)
                         : tr("/proc/pagetypeinfo lists nothing for zone %1 of node %2.")
                               .arg(m_zone.zone)
                               .arg(m_zone.node);
        }
    }
    for (Row& row : rows)
        row.freeBlocks.resize(orders, 0); // a short line: the orders it lacks have no free blocks
    m_emptyReason = reason;
    m_pageBlockOrder = blockOrder;
    m_pagesPerBlock = perBlock;
    if (m_sample)
        m_pageSize = m_sample->pageSize;

    const bool sameShape = orders == m_orderCount && rows.size() == m_rows.size() &&
                           std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                      [](const Row& a, const Row& b) { return a.type == b.type; });
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        m_orderCount = orders;
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MigrateTypesModel::rowOf(QStringView type) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).type == type)
            return r;
    }
    return -1;
}

quint64 MigrateTypesModel::freeBlocks(int row, int order) const
{
    return m_rows.at(row).freeBlocks.value(order);
}

quint64 MigrateTypesModel::freeBytes(int row) const
{
    BuddyInfo::Zone zone;
    zone.freeBlocks = m_rows.at(row).freeBlocks;
    return zone.freeBytes(m_pageSize);
}

std::optional<quint64> MigrateTypesModel::pageBlocks(int row) const
{
    return m_rows.at(row).pageBlocks;
}

int MigrateTypesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrateTypesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : pageBlocksColumn() + 1;
}

QVariant MigrateTypesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    if (role == TypeRole)
        return row.type;
    if (role == Qt::TextAlignmentRole)
        return column == TypeColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == TypeColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.type;
        if (role == Qt::ToolTipRole) {
            const QString explanation = typeExplanation(row.type);
            return explanation.isEmpty() ? tr("A migrate type this version of Kaleido does not describe.")
                                         : explanation;
        }
        return {};
    }
    if (column < bytesColumn()) {
        const int order = column - FirstOrderColumn;
        const quint64 blocks = row.freeBlocks.at(order);
        if (role == Qt::DisplayRole)
            return QLocale().toString(blocks);
        if (role == SortRole)
            return blocks;
        if (role == Qt::ToolTipRole) {
            const quint64 blockBytes = pagesToBytes(quint64(1) << std::min(order, 62), m_pageSize);
            const quint64 total =
                blocks > 0 && blockBytes > ~quint64(0) / blocks ? ~quint64(0) : blocks * blockBytes;
            return tr("%1 free %2 blocks of order %3 (%4 each): %5")
                .arg(QLocale().toString(blocks), row.type)
                .arg(order)
                .arg(BuddyOrdersModel::blockSizeText(order, m_pageSize), Units::formatBytes(total));
        }
        return {};
    }
    if (column == bytesColumn()) {
        const quint64 bytes = freeBytes(index.row());
        if (role == Qt::DisplayRole)
            return Units::formatBytes(bytes);
        if (role == SortRole)
            return bytes;
        if (role == Qt::ToolTipRole)
            return tr("Free memory on the %1 free lists of all orders").arg(row.type);
        return {};
    }
    // Page blocks.
    if (!row.pageBlocks)
        return role == Qt::DisplayRole ? QVariant(tr("not reported")) : QVariant();
    if (role == Qt::DisplayRole)
        return QLocale().toString(*row.pageBlocks);
    if (role == SortRole)
        return *row.pageBlocks;
    if (role == Qt::ToolTipRole) {
        const quint64 pages = m_pagesPerBlock.value_or(0) * *row.pageBlocks;
        return tr("%1 page blocks of the zone are marked %2 (%3), free or not")
            .arg(QLocale().toString(*row.pageBlocks), row.type,
                 Units::formatBytes(pagesToBytes(pages, m_pageSize)));
    }
    return {};
}

QVariant MigrateTypesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TypeColumn) {
        if (role == Qt::DisplayRole)
            return tr("Migrate type");
        if (role == Qt::ToolTipRole)
            return tr(
                "The kernel sorts free memory by how the pages will be used, so that pages that can never "
                "move do not end up scattered over every block and large free blocks can still be made. "
                "Hover a type for what it holds.");
        return {};
    }
    if (section < bytesColumn()) {
        const int order = section - FirstOrderColumn;
        const QString size = BuddyOrdersModel::blockSizeText(order, m_pageSize);
        if (role == Qt::DisplayRole)
            return tr("%1\n%2").arg(order).arg(size);
        if (role == Qt::ToolTipRole)
            return tr("Free blocks of order %1 (%2 each) on each migrate type's free list")
                .arg(order)
                .arg(size);
        return {};
    }
    if (section == bytesColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Free memory");
        if (role == Qt::ToolTipRole)
            return tr("The memory on the type's free lists, all orders together");
        return {};
    }
    if (role == Qt::DisplayRole)
        return tr("Page blocks");
    if (role == Qt::ToolTipRole) {
        const QString pages = m_pagesPerBlock ? QLocale().toString(*m_pagesPerBlock) : tr("several");
        return tr("How many page blocks of the zone (%1 pages each) carry this type, whether their pages are "
                  "free or in use. The kernel takes blocks from another type when one runs out "
                  "(\"fallback\"), "
                  "which is how unmovable pages end up in movable blocks.")
            .arg(pages);
    }
    return {};
}

} // namespace kaleido
