// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/**
 * /proc/slabinfo (root only, mode 0400): the kernel's slab caches, one line each.
 * @code
 * slabinfo - version: 2.1
 * # name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit>
 * <batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail> kmalloc-cg-4k         68 88
 * 4096    8    8 : tunables    0    0    0 : slabdata     11     11      0
 * @endcode
 * Columns are mapped by the names in the "# name" header, so added or reordered columns (the old SLAB
 * allocator's "globalstat"/"cpustat" sections) keep their meaning; the 2.1 layout above is assumed only when
 * that header is missing. objsize is the slot size including alignment and metadata (SLUB's s->size), not the
 * object's own size (see SlabCacheAttributes for that). The tunables are 0 under SLUB.
 */
struct SlabInfo
{
    struct Cache
    {
        QString name;
        quint64 activeObjs = 0;
        quint64 numObjs = 0;
        quint64 objSize = 0; ///< bytes per object slot
        quint64 objPerSlab = 0;
        quint64 pagesPerSlab = 0;
        quint64 limit = 0;
        quint64 batchCount = 0;
        quint64 sharedFactor = 0;
        quint64 activeSlabs = 0;
        quint64 numSlabs = 0;
        quint64 sharedAvail = 0;
        /// Columns this parser does not know, as "name" → value, in file order.
        QList<std::pair<QByteArray, quint64>> extra;

        /// Memory held by the cache: num_slabs × pagesperslab × page size (slabtop's CACHE SIZE). Saturates.
        quint64 cacheBytes(quint64 pageSize) const;
        /// active_objs / num_objs in percent (slabtop's USE); 0 for an empty cache.
        double usePercent() const;
        /**
         * Estimated internal fragmentation: slab bytes − num_objs × objsize, the space at the end of each
         * slab that holds no object slot. 0 when the counts are inconsistent (they are read at slightly
         * different moments, so num_objs × objsize may exceed the slabs on a busy cache).
         */
        quint64 leftoverBytes(quint64 pageSize) const;
    };

    QString version; ///< "2.1"
    QList<Cache> caches;
    /// Lines that could not be parsed (Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    const Cache* find(QStringView name) const;
};

/// Parses the bytes of /proc/slabinfo. Fails (Malformed) only when no cache line and no header could be read.
Result<SlabInfo> parseSlabinfo(QByteArrayView data, const QString& path = QStringLiteral("/proc/slabinfo"));

/// Reads and parses /proc/slabinfo below @p fs's root; PermissionDenied for users other than root.
Result<SlabInfo> readSlabinfo(const KernelFs& fs);

} // namespace kaleido
