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
 * /proc/zoneinfo: per memory zone its free pages, watermarks, sizes, lowmem protection, counters and per-CPU
 * page lists; the first populated zone of each node also carries the node's counters ("per-node stats"):
 * @code
 * Node 0, zone    DMA32
 *   per-node stats
 *       nr_inactive_anon 176
 *   pages free     229310
 *         boost    0
 *         min      11085
 *         low      13856
 *         high     16627
 *         spanned  258016
 *         present  258016
 *         managed  241529
 *         cma      0
 *         protection: (0, 0, 0, 0, 0)
 *       nr_free_pages 229310
 *       numa_hit     12121
 *   pagesets
 *     cpu: 0
 *               count: 396
 *               high:  6928
 *               batch: 63
 *   vm stats threshold: 16
 *   node_unreclaimable:  0
 *   start_pfn:           4096
 * @endcode
 * All counts are pages. Lines differ between versions (6.x added "promo", 6.7 "high_min"/"high_max", 6.18
 * "nr_free_pages_blocks"), empty zones ("present 0") stop after "protection:", so every key is kept as
 * written. Zone fields are told from counters by indentation before "protection:" (8 blanks vs fewer, which
 * also covers kernels that printed counters first) and by position after it.
 */
struct ZoneInfo
{
    struct Value
    {
        QByteArray name;
        quint64 value = 0;
    };

    struct Pageset
    {
        int cpu = 0;
        QList<Value> values; ///< count, high, batch, high_min, high_max, … (names without the colon)
        std::optional<quint64> vmStatsThreshold;

        std::optional<quint64> value(QByteArrayView name) const;
    };

    struct Zone
    {
        int node = 0;
        QString name;
        /// "free" (the "pages free" line), boost, min, low, high, promo, spanned, present, managed, cma,
        /// node_unreclaimable, start_pfn and any other zone-level key, in file order.
        QList<Value> fields;
        /// Pages this zone keeps back from allocations that could have used a higher zone, one per zone index
        /// (the lowmem reserve). Empty when the kernel printed no "protection:" line.
        QList<quint64> protection;
        /// The per-zone vm counters (nr_free_pages, nr_zone_inactive_anon, …, numa_hit, …).
        QList<Value> stats;
        QList<Pageset> pagesets;

        std::optional<quint64> field(QByteArrayView name) const;
        std::optional<quint64> stat(QByteArrayView name) const;

        std::optional<quint64> freePages() const { return field("free"); }
        std::optional<quint64> boost() const { return field("boost"); }
        std::optional<quint64> min() const { return field("min"); }
        std::optional<quint64> low() const { return field("low"); }
        std::optional<quint64> high() const { return field("high"); }
        std::optional<quint64> spanned() const { return field("spanned"); }
        std::optional<quint64> present() const { return field("present"); }
        std::optional<quint64> managed() const { return field("managed"); }
        std::optional<quint64> cma() const { return field("cma"); }
        std::optional<quint64> startPfn() const { return field("start_pfn"); }
        /// A zone with no pages present (e.g. Movable without movablecore=) is listed but empty.
        bool isPopulated() const { return present().value_or(0) > 0; }
    };

    struct Node
    {
        int id = 0;
        QList<Value> stats; ///< the "per-node stats" block
        std::optional<quint64> stat(QByteArrayView name) const;
    };

    QList<Node> nodes;
    QList<Zone> zones;
    /// Lines that could not be parsed (Malformed, with line number); the other lines are still used.
    QList<Error> skippedLines;

    const Zone* find(int node, QStringView zone) const;
    const Node* findNode(int id) const;
};

/// Parses the bytes of /proc/zoneinfo. Fails (Malformed) only when no zone header is found.
Result<ZoneInfo> parseZoneinfo(QByteArrayView data, const QString& path = QStringLiteral("/proc/zoneinfo"));

/// Reads and parses /proc/zoneinfo below @p fs's root.
Result<ZoneInfo> readZoneinfo(const KernelFs& fs);

} // namespace kaleido
