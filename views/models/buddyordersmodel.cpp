// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddyordersmodel.h"

#include "units.h"

#include <QCoreApplication>
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
constexpr ColumnInfo columns[BuddyOrdersModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "Order"),
     QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "The buddy allocator keeps free memory in blocks of 2^order contiguous pages, one free list per order. A request is served from the smallest order that fits; a larger block is split in two \"buddies\", and two free buddies are merged again.")},
    {QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "Free blocks"),
     QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "How many free blocks of this order the zone has now (/proc/buddyinfo).")},
    {QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "Free memory"),
     QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "The memory in those blocks: blocks × 2^order pages × the page size.")},
    {QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "Share of free"),
     QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "The part of the zone's free memory that sits in blocks of this order.")},
    {QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "Unusable index"),
     QT_TRANSLATE_NOOP("kaleido::BuddyOrdersModel", "Unusable free space index for an allocation of this order: the part of the free memory that sits in blocks too small for it.\nindex(j) = (F − Σ_{i≥j} n_i·2^i) / F, where n_i is the number of free blocks of order i and F = Σ_i n_i·2^i all free pages.\n0: every free page could serve it. Near 1: memory is free, but in pieces too small (external fragmentation), so the kernel has to compact or reclaim first. As in the kernel's debugfs extfrag/unusable_index, a zone with nothing free counts as 1.")},
};
// clang-format on

QString translated(const char* text)
{
    return QCoreApplication::translate("kaleido::BuddyOrdersModel", text);
}

} // namespace

BuddyOrdersModel::BuddyOrdersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    rebuild(); // the reason there are no rows yet
}

QString BuddyOrdersModel::blockSizeText(int order, quint64 pageSize)
{
    const quint64 bytes = pagesToBytes(quint64(1) << std::clamp(order, 0, 62), pageSize);
    const Units::Scale scale = Units::byteScaleFor(double(bytes));
    const auto divisor = quint64(scale.divisor);
    if (divisor == 0 || bytes % divisor != 0)
        return Units::formatBytes(bytes);
    return QCoreApplication::translate("kaleido::Units", "%1 %2")
        .arg(QLocale().toString(bytes / divisor), scale.symbol);
}

QString BuddyOrdersModel::orderLabel(int order, quint64 pageSize)
{
    return tr("order %1 · %2").arg(order).arg(blockSizeText(order, pageSize));
}

QString BuddyOrdersModel::columnTitle(int column)
{
    return column >= 0 && column < ColumnCount ? translated(columns[column].title) : QString();
}

QString BuddyOrdersModel::columnExplanation(int column)
{
    return column >= 0 && column < ColumnCount ? translated(columns[column].explanation) : QString();
}

void BuddyOrdersModel::setZone(const ZoneKey& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    rebuild();
}

void BuddyOrdersModel::setSample(const ZonesSamplePtr& sample)
{
    m_sample = sample;
    rebuild();
}

void BuddyOrdersModel::rebuild()
{
    QList<quint64> blocks;
    quint64 freePages = 0;
    QString reason;
    if (!m_zone.isValid()) {
        reason = tr("Select a zone to see its free lists.");
    } else if (!m_sample) {
        reason = tr("Nothing has been read yet.");
    } else if (m_sample->buddyinfoError) {
        reason = tr("The free lists could not be read: %1").arg(m_sample->buddyinfoError->message());
    } else if (const BuddyInfo::Zone* buddy = m_sample->buddy(m_zone)) {
        blocks = buddy->freeBlocks;
        freePages = buddy->freePages();
    } else {
        const ZoneInfo::Zone* zone = m_sample->zone(m_zone);
        reason =
            zone && !zone->isPopulated()
                ? tr("Zone %1 has no memory, so the buddy allocator has no free lists for it.")
                      .arg(m_zone.zone)
                : tr("/proc/buddyinfo has no line for zone %1 of node %2.").arg(m_zone.zone).arg(m_zone.node);
    }
    m_emptyReason = reason;
    if (m_sample)
        m_pageSize = m_sample->pageSize;

    if (blocks.size() != m_blocks.size()) {
        beginResetModel();
        m_blocks = std::move(blocks);
        m_freePages = freePages;
        endResetModel();
        return;
    }
    m_blocks = std::move(blocks);
    m_freePages = freePages;
    if (!m_blocks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

quint64 BuddyOrdersModel::bytesAt(int order) const
{
    if (order < 0 || order >= m_blocks.size())
        return 0;
    BuddyInfo::Zone zone;
    zone.freeBlocks = m_blocks;
    return zone.freeBytesAtOrder(order, m_pageSize);
}

double BuddyOrdersModel::unusableIndexAt(int order) const
{
    BuddyInfo::Zone zone;
    zone.freeBlocks = m_blocks;
    return zone.unusableFreeSpaceIndex(order);
}

quint64 BuddyOrdersModel::maxBlocks() const
{
    return m_blocks.isEmpty() ? 0 : *std::max_element(m_blocks.cbegin(), m_blocks.cend());
}

quint64 BuddyOrdersModel::maxBytes() const
{
    quint64 most = 0;
    for (int order = 0; order < m_blocks.size(); ++order)
        most = std::max(most, bytesAt(order));
    return most;
}

int BuddyOrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BuddyOrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuddyOrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int order = index.row();
    if (role == OrderRole)
        return order;
    const quint64 blocks = m_blocks.at(order);
    const quint64 bytes = bytesAt(order);
    const quint64 freeBytes = pagesToBytes(m_freePages, m_pageSize);
    const double share = freeBytes ? double(bytes) / double(freeBytes) : 0.0;
    const double unusable = unusableIndexAt(order);
    const QString blockSize = blockSizeText(order, m_pageSize);

    if (role == Qt::TextAlignmentRole)
        return index.column() == OrderColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case OrderColumn:
        if (role == Qt::DisplayRole)
            return orderLabel(order, m_pageSize);
        if (role == SortRole)
            return order;
        if (role == Qt::ToolTipRole) {
            const QString pages = QLocale().toString(quint64(1) << std::min(order, 62));
            return tr("Order %1: blocks of 2^%1 = %2 contiguous pages (%3).")
                .arg(order)
                .arg(pages, blockSize);
        }
        return {};
    case BlocksColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(blocks);
        if (role == SortRole)
            return blocks;
        if (role == Qt::ToolTipRole)
            return tr("%1 free blocks of %2 each").arg(QLocale().toString(blocks), blockSize);
        return {};
    case BytesColumn:
        if (role == Qt::DisplayRole)
            return Units::formatBytes(bytes);
        if (role == SortRole)
            return bytes;
        if (role == Qt::ToolTipRole)
            return tr("%1 blocks × %2 = %3")
                .arg(QLocale().toString(blocks), blockSize, Units::formatBytes(bytes));
        return {};
    case ShareColumn:
        if (role == Qt::DisplayRole)
            return QString(QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %"));
        if (role == SortRole)
            return share;
        if (role == Qt::ToolTipRole)
            return columnExplanation(ShareColumn);
        return {};
    case UnusableColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(unusable, 'f', 3);
        if (role == SortRole)
            return unusable;
        if (role == Qt::ToolTipRole) {
            if (m_freePages == 0)
                return tr("Nothing is free in this zone, so nothing of %1 can be allocated from it: the "
                          "index is 1.")
                    .arg(blockSize);
            const QString percent = QLocale().toString(unusable * 100, 'f', 1);
            return tr("%1 % of the free memory is in blocks smaller than %2, too small for an allocation of "
                      "order %3.")
                .arg(percent, blockSize)
                .arg(order);
        }
        return {};
    default:
        return {};
    }
}

QVariant BuddyOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        return columnExplanation(section);
    default:
        return {};
    }
}

} // namespace kaleido
