// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kaleido {

class SlabCacheModel;

/**
 * The kmalloc() size classes: which slab caches are size classes (kmalloc-192, kmalloc-cg-1k, …), the
 * requests each serves, and their explanation for the page beside the slab table.
 */
class KmallocClasses
{
    Q_DECLARE_TR_FUNCTIONS(kaleido::KmallocClasses)

public:
    /// Which set of kmalloc() caches a size class belongs to; each set has one cache per size.
    enum class Variant
    {
        Normal,      ///< kmalloc-N: ordinary requests
        Cgroup,      ///< kmalloc-cg-N: requests with __GFP_ACCOUNT, charged to the caller's memory cgroup
        Reclaimable, ///< kmalloc-rcl-N: requests with __GFP_RECLAIMABLE, counted as SReclaimable
        Dma,         ///< dma-kmalloc-N: requests with GFP_DMA, from the lowest 16 MiB (ZONE_DMA)
        Random,      ///< kmalloc-rnd-NN-N: one of the copies chosen by the caller's address (hardening)
    };

    /// A kmalloc size-class cache, recognised by its name.
    struct Name
    {
        Variant variant = Variant::Normal;
        quint64 size = 0; ///< the slot size the name promises: 8 … 8192 (more on SLAB kernels)
        quint64 smallestRequest =
            0;         ///< the smallest request served here: one more than the next smaller class
        int copy = -1; ///< Random: the copy number NN
    };

    /**
     * "kmalloc-192", "kmalloc-cg-1k", "kmalloc-rcl-8k", "dma-kmalloc-96", "kmalloc-rnd-03-64" → the class;
     * nullopt for any other cache (also "kmalloc_buckets", which is no size class). Sizes are bytes or
     * "k"/"M" multiples.
     */
    static std::optional<Name> parseName(QStringView name);

    /// The smallest request the class of @p size serves (1 for the smallest class). The classes below 512
    /// bytes are not all powers of two: 8, 16, 32, 64, 96, 128, 192, 256, then doubling.
    static quint64 smallestRequest(quint64 size);

    /// "ordinary requests", "requests charged to the caller's memory cgroup", … — one phrase per variant.
    static QString variantDescription(Variant variant);

    /**
     * The explanation of the kmalloc size classes as rich text, for a panel beside the slab table: how a
     * request is rounded up to its class and what that wastes, the variants, and what happens above the
     * largest class. With @p selectedCache naming a kmalloc cache of @p model, it starts with that class: the
     * sizes it serves, the waste in the worst and the average case, and the same size in every variant with
     * the figures of the last sample.
     */
    static QString explanationHtml(const SlabCacheModel* model, const QString& selectedCache = {});
};

} // namespace kaleido
