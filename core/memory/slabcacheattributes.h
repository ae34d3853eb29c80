// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelattributes.h"
#include "kernelfs.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace kaleido {

/**
 * A count from a SLUB attribute file: the total, then per NUMA node (only nodes with a non-zero count).
 * @code
 * 2266 N0=2266
 * @endcode
 */
struct SlabCount
{
    quint64 total = 0;
    QList<std::pair<int, quint64>> perNode; ///< (node, count)
};

/// Parses "2266 N0=2266 N1=12" or "0"; nullopt when it is not that shape.
std::optional<SlabCount> parseSlabCount(QByteArrayView text);

/**
 * One slab cache as SLUB shows it in /sys/kernel/slab/<cache>/ (files mode 0400, root only):
 * object_size, slab_size, objs_per_slab, order, objects, slabs, total_objects, partial, aliases, align,
 * reclaim_account, hwcache_align, destroy_by_rcu, cache_dma.
 *
 * SLUB merges caches with compatible sizes and flags. A mergeable cache's directory is named by a unique id
 * (":A-0000064": a = SLAB_ACCOUNT, d = DMA, … then the slot size) and every cache name it serves is a symlink
 * to it; /proc/slabinfo shows only the first of those names, `aliases` counts the others.
 */
struct SlabCacheAttributes
{
    QString directory; ///< "kmalloc-64", or ":A-0000064" for a mergeable cache
    QStringList names; ///< the cache names served: the symlinks to it, or the directory's own name
    KernelAttributes attributes;

    /// The directory is a unique id, so the cache is (or may become) shared by several names.
    bool isMergeable() const { return directory.startsWith(QLatin1Char(':')); }

    std::optional<quint64> number(const QString& name) const;
    std::optional<SlabCount> count(const QString& name) const;

    std::optional<quint64> objectSize() const { return number(QStringLiteral("object_size")); }
    std::optional<quint64> slabSize() const { return number(QStringLiteral("slab_size")); }
    std::optional<quint64> objsPerSlab() const { return number(QStringLiteral("objs_per_slab")); }
    std::optional<quint64> order() const { return number(QStringLiteral("order")); }
    std::optional<quint64> aliases() const { return number(QStringLiteral("aliases")); }
    std::optional<quint64> align() const { return number(QStringLiteral("align")); }
    std::optional<quint64> reclaimAccount() const { return number(QStringLiteral("reclaim_account")); }
    std::optional<SlabCount> objects() const { return count(QStringLiteral("objects")); }
    std::optional<SlabCount> slabs() const { return count(QStringLiteral("slabs")); }
    std::optional<SlabCount> totalObjects() const { return count(QStringLiteral("total_objects")); }

    /// Bytes lost to per-object padding and metadata: (slab_size − object_size) × total_objects.
    std::optional<quint64> paddingBytes() const;
};

/// The slab caches of /sys/kernel/slab (SLUB only; SLAB kernels before 6.8 have no such directory).
struct SlabSysfs
{
    QList<SlabCacheAttributes> caches;

    /// The cache serving @p name, found by directory or by any of its names.
    const SlabCacheAttributes* find(QStringView name) const;
};

/// The attribute files the reader takes from every cache directory.
QStringList slabAttributeNames();

/**
 * Builds one cache from its directory, the names that point to it and its attribute files (pure; the reader
 * gathers the inputs).
 */
SlabCacheAttributes makeSlabCache(const QString& directory, const QStringList& names,
                                  KernelAttributes attributes);

/**
 * Reads /sys/kernel/slab: every cache directory (or only those serving one of @p only) with its names and the
 * attributes of slabAttributeNames(). Absent without SLUB, PermissionDenied when the attributes are
 * root-only.
 */
Result<SlabSysfs> readSlabSysfs(const KernelFs& fs, const QStringList& only = {});

} // namespace kaleido
