// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "meminfo.h"
#include "zoneinfo.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kaleido {

/**
 * What the memory tunables move, computed from the kernel's own files (pure functions; Memory ▸ Tunables
 * shows them beside each setting). The CommitLimit formula is computeCommitLimit() in overcommit.h.
 */

/// The group of live figures a tunable (a key of privileged::tunableTable()) affects.
enum class TunableTopic
{
    None,
    Overcommit,           ///< vm.overcommit_*: CommitLimit, Committed_AS
    Swap,                 ///< vm.swappiness: swap in use, pages swapped in and out
    Watermarks,           ///< vm.min_free_kbytes, vm.watermark_scale_factor: the zones' min/low/high
    Caches,               ///< vm.drop_caches: Cached, Buffers, SReclaimable
    Compaction,           ///< vm.compact_memory: the compact_* counters
    TransparentHugepages, ///< thp.enabled, thp.defrag, thp.shmem_enabled
    Khugepaged,           ///< thp.khugepaged.*
    Ksm,                  ///< ksm.*
    ConsoleLog,           ///< kernel.printk.console_loglevel
};

/// The topic of @p key ("vm.swappiness" → Swap); None for keys it does not know.
TunableTopic tunableTopic(QStringView key);

/// The zones' watermarks added up, as /proc/zoneinfo prints them (pages; boost included, as the kernel
/// compares free pages with these sums of the watermark and the zone's boost).
struct WatermarkTotals
{
    int zones = 0; ///< populated zones (present pages > 0): empty zones have watermarks but no memory
    quint64 freePages = 0;
    quint64 managedPages = 0;
    quint64 boostPages = 0;
    quint64 minPages = 0;
    quint64 lowPages = 0;
    quint64 highPages = 0;
    std::optional<quint64> promoPages; ///< 6.0+ kernels print a "promo" watermark (memory tiering)
};

/// Sums the watermarks of the populated zones of @p zoneinfo.
WatermarkTotals sumWatermarks(const ZoneInfo& zoneinfo);

/// How the kernel sets the Movable zone's minimum: like other zones (in proportion to its size) before
/// Linux 6.3, or, from "mm: cap zone movable's min wmark to small value" on, like HighMem (managed / 1024,
/// clamped to 32…128 pages) and left out of the memory min_free_kbytes is spread over.
enum class MovableZoneRule
{
    Proportional,
    SmallCap,
};

/// One zone's watermarks as __setup_per_zone_wmarks() sets them (pages, without boost).
struct ZoneWatermarks
{
    int node = 0;
    QString zone;
    quint64 managedPages = 0;
    quint64 min = 0;
    quint64 low = 0;
    quint64 high = 0;
    quint64 promo = 0;
};

/**
 * The watermarks the kernel sets for every zone of @p zoneinfo (in file order) from @p minFreeKbytes and
 * @p scaleFactor and the zones' managed pages, as mm/page_alloc.c's __setup_per_zone_wmarks() does whenever
 * min_free_kbytes or watermark_scale_factor is written:
 *   pages_min = min_free_kbytes / (page size in KiB);
 *   share     = pages_min × managed / (managed pages of all zones but HighMem (and Movable, SmallCap));
 *   min       = share (HighMem, and Movable under SmallCap: clamp(managed / 1024, 32, 128));
 *   step      = max(share / 4, managed × watermark_scale_factor / 10000);
 *   low = min + step, high = low + step, promo = high + step.
 * The printed values add the zone's boost. They differ from these when managed pages changed since the
 * kernel last computed them (memory freed after boot, hot-plugged, ballooned).
 */
QList<ZoneWatermarks> computeZoneWatermarks(const ZoneInfo& zoneinfo, quint64 minFreeKbytes,
                                            quint64 scaleFactor, quint64 pageSize, MovableZoneRule rule);

/// The sums of computeZoneWatermarks() over populated zones, comparable with sumWatermarks().
WatermarkTotals sumComputedWatermarks(const ZoneInfo& zoneinfo, const QList<ZoneWatermarks>& computed);

/**
 * Which MovableZoneRule @p zoneinfo was computed with: the rule whose minimum for the Movable zones matches
 * the printed one (less boost). SmallCap, the current kernels' rule, when no Movable zone tells them apart.
 */
MovableZoneRule inferMovableZoneRule(const ZoneInfo& zoneinfo, quint64 minFreeKbytes, quint64 pageSize);

/// The page cache figures drop_caches frees (bytes, from /proc/meminfo).
struct CacheFigures
{
    quint64 cached = 0;       ///< Cached: file pages in the page cache (1 drops the clean ones)
    quint64 buffers = 0;      ///< Buffers: block-device cache
    quint64 sReclaimable = 0; ///< SReclaimable: slab that can be freed, mostly dentries and inodes (2)
    quint64 memFree = 0;      ///< MemFree: what the drop gives back
};

/// The figures of @p meminfo; nullopt when one of the four fields is missing.
std::optional<CacheFigures> cacheFigures(const MemInfo& meminfo);

/// after − before, as a signed number of bytes (saturating at the qint64 range).
qint64 signedChange(quint64 before, quint64 after);

/// The KSM counters in bytes and what they mean together.
struct KsmSavings
{
    quint64 sharedBytes = 0;   ///< pages_shared: the merged pages kept
    quint64 savedBytes = 0;    ///< pages_sharing: the further mappings of them, memory that is saved
    quint64 unsharedBytes = 0; ///< pages_unshared: scanned again and again without a match
    quint64 volatileBytes = 0; ///< pages_volatile: changing too fast to merge
    /// pages_sharing / pages_shared: how many mappings each kept page replaces (higher is better); nullopt
    /// when nothing is shared.
    std::optional<double> sharingRatio;
    /// pages_unshared / pages_sharing: scanning effort per saved page (higher is wasted work); nullopt when
    /// nothing is saved.
    std::optional<double> unsharedRatio;
};

KsmSavings ksmSavings(quint64 pagesShared, quint64 pagesSharing, quint64 pagesUnshared, quint64 pagesVolatile,
                      quint64 pageSize);

} // namespace kaleido
