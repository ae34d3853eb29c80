// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaleido {

/**
 * /proc/pagetypeinfo (root only, mode 0400): the buddy free lists split by migrate type, and how many page
 * blocks of each type every zone has:
 * @code
 * Page block order: 9
 * Pages per block:  512
 *
 * Free pages count per migrate type at order       0      1      2 …     10
 * Node    0, zone    DMA32, type    Unmovable      1      1      0 …      0
 * Node    0, zone    DMA32, type      Movable      1      1      1 …    222
 *
 * Number of blocks type     Unmovable      Movable  Reclaimable   HighAtomic      Isolate
 * Node 0, zone    DMA32           46          452            6            0            0
 * @endcode
 * The orders come from the table's header, the migrate types (Unmovable, Movable, Reclaimable, HighAtomic,
 * CMA, Isolate — depending on the configuration) from the rows and from the block table's header. Despite its
 * title, the first table counts free blocks of each order, as /proc/buddyinfo does. Kernels with page_owner
 * add a "Number of mixed blocks" table; every such table is kept.
 */
struct PageTypeInfo
{
    struct FreeList
    {
        int node = 0;
        QString zone;
        QString type;              ///< migrate type, e.g. "Movable"
        QList<quint64> freeBlocks; ///< index = order
    };

    struct BlockTable
    {
        struct Row
        {
            int node = 0;
            QString zone;
            QList<quint64> counts; ///< aligned with BlockTable::types
        };
        QString title;     ///< "Number of blocks type", "Number of mixed blocks"
        QStringList types; ///< the column headers
        QList<Row> rows;

        /// The count of @p type in node/zone; nullopt when either is not in the table.
        std::optional<quint64> count(int node, QStringView zone, QStringView type) const;
    };

    std::optional<int> pageBlockOrder;
    std::optional<quint64> pagesPerBlock;
    QList<int> orders; ///< the orders named in the free-list header (0 … n−1)
    QList<FreeList> freeLists;
    QList<BlockTable> blockTables;
    /// Lines that could not be parsed (Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    /// The migrate types in order of first appearance in the free lists.
    QStringList migrateTypes() const;
    const FreeList* findFreeList(int node, QStringView zone, QStringView type) const;
    /// "Number of blocks type", the table every kernel prints; nullptr when it is missing.
    const BlockTable* blockCounts() const;
};

/// Parses the bytes of /proc/pagetypeinfo. Fails (Malformed) only when nothing at all could be read.
Result<PageTypeInfo> parsePagetypeinfo(QByteArrayView data,
                                       const QString& path = QStringLiteral("/proc/pagetypeinfo"));

/// Reads and parses /proc/pagetypeinfo below @p fs's root; PermissionDenied for users other than root.
Result<PageTypeInfo> readPagetypeinfo(const KernelFs& fs);

} // namespace kaleido
