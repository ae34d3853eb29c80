// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "pagesize.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * /proc/buddyinfo: the buddy allocator's free lists, one line per zone, the number of free blocks of
 * 2^0, 2^1, … 2^(n−1) pages:
 * @code
 * Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      1      3
 * Node 0, zone   Normal    470    622    977    275     54      3     31     26     12    102    151
 * @endcode
 * The number of orders is the kernel's MAX_ORDER (NR_PAGE_ORDERS since 6.8): 11 on x86-64 6.1 and 6.18, other
 * values on other architectures and configurations. It is read from each line, never assumed.
 */
struct BuddyInfo
{
    struct Zone
    {
        int node = 0;
        QString zone;              ///< DMA, DMA32, Normal, Movable, …
        QList<quint64> freeBlocks; ///< index = order: free blocks of 2^order contiguous pages

        int orderCount() const { return int(freeBlocks.size()); }
        /// Free pages held in blocks of @p order (blocks × 2^order).
        quint64 freePagesAtOrder(int order) const;
        /// All free pages of the zone.
        quint64 freePages() const;
        /// Bytes free in blocks of @p order; the page size defaults to this machine's (tests pass their own).
        quint64 freeBytesAtOrder(int order, quint64 pageSize = systemPageSize()) const;
        quint64 freeBytes(quint64 pageSize = systemPageSize()) const;
        /// Free pages in blocks of @p order or larger: what an allocation of 2^order pages can use.
        quint64 freePagesAtOrAbove(int order) const;
        /**
         * The unusable free space index for an allocation of 2^@p order pages: the fraction of free memory
         * that sits in blocks too small for it, (free − free in blocks ≥ order) / free, from 0 (all usable)
         * to 1. As the kernel's debugfs extfrag/unusable_index does, a zone without free memory counts as 1.
         */
        double unusableFreeSpaceIndex(int order) const;
    };

    QList<Zone> zones;
    /// Lines that could not be parsed (Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    /// The largest number of orders on any line.
    int orderCount() const;
    const Zone* find(int node, QStringView zone) const;
};

/// Bytes of one page count, saturating instead of wrapping.
quint64 pagesToBytes(quint64 pages, quint64 pageSize);

/**
 * Parses the bytes of /proc/buddyinfo. A line whose block counts would overflow 64 bits as pages is
 * Malformed. Fails (Malformed) only when no line describes a zone.
 */
Result<BuddyInfo> parseBuddyinfo(QByteArrayView data,
                                 const QString& path = QStringLiteral("/proc/buddyinfo"));

/// Reads and parses /proc/buddyinfo below @p fs's root.
Result<BuddyInfo> readBuddyinfo(const KernelFs& fs);

} // namespace kaleido
