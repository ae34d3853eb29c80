// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "zonessample.h"

#include <QAbstractTableModel>
#include <QList>

namespace kaleido {

/**
 * The buddy allocator's free lists of one zone, a row per order, from /proc/buddyinfo: how many free blocks
 * of 2^order contiguous pages there are, the memory they hold, their share of the zone's free memory, and the
 * unusable free space index of that order: the part of the free memory that sits in blocks too small for an
 * allocation of that order,
 *
 *     index(j) = (F − Σ_{i≥j} n_i·2^i) / F,   F = Σ_i n_i·2^i,
 *
 * with n_i the free blocks of order i (0 for order 0; a zone with nothing free counts as 1, as the kernel's
 * debugfs extfrag/unusable_index does). The number of orders comes from the line (11 on x86-64; other
 * architectures and configurations have more or fewer).
 */
class BuddyOrdersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OrderColumn,
        BlocksColumn,
        BytesColumn,
        ShareColumn,
        UnusableColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 440, ///< the raw number: order, blocks, bytes, share (0…1), index (0…1)
        OrderRole,                     ///< int, on every column
    };

    explicit BuddyOrdersModel(QObject* parent = nullptr);

    ZoneKey zone() const { return m_zone; }
    void setZone(const ZoneKey& zone);
    void setSample(const ZonesSamplePtr& sample);

    quint64 pageSize() const { return m_pageSize; }
    /// All free pages of the zone (the sum over the orders).
    quint64 freePages() const { return m_freePages; }
    quint64 blocksAt(int order) const { return m_blocks.value(order); }
    quint64 bytesAt(int order) const;
    double unusableIndexAt(int order) const;
    quint64 maxBlocks() const;
    quint64 maxBytes() const;

    /// Why there are no rows, in one sentence; empty when there are.
    QString emptyReason() const { return m_emptyReason; }

    /// "order 3 · 32 KiB"
    static QString orderLabel(int order, quint64 pageSize);
    /// The size of one block of @p order: "4 KiB", "2 MiB" (exact, as block sizes are powers of two).
    static QString blockSizeText(int order, quint64 pageSize);
    static QString columnTitle(int column);
    static QString columnExplanation(int column);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    ZoneKey m_zone;
    ZonesSamplePtr m_sample;
    QList<quint64> m_blocks; ///< index = order
    quint64 m_freePages = 0;
    quint64 m_pageSize = 4096;
    QString m_emptyReason;
};

} // namespace kaleido
