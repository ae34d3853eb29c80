// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunableeffects.h"

#include <algorithm>
#include <limits>

namespace kaleido {

namespace {

constexpr quint64 kMax = std::numeric_limits<quint64>::max();

quint64 addSaturating(quint64 a, quint64 b)
{
    return a > kMax - b ? kMax : a + b;
}

bool isHighmem(const QString& zone)
{
    return zone == u"HighMem";
}

bool isMovable(const QString& zone)
{
    return zone == u"Movable";
}

/// The kernel's mult_frac(x, n, d): x × n / d without overflowing x × n.
quint64 multFrac(quint64 x, quint64 n, quint64 d)
{
    return (x / d) * n + ((x % d) * n) / d;
}

/// (a × b) / c in 128 bits, as the kernel's u64 product of two page counts cannot overflow but ours might.
quint64 mulDiv(quint64 a, quint64 b, quint64 c)
{
    if (c == 0)
        return 0;
    __extension__ using Wide = unsigned __int128; // GCC and Clang; the product of two page counts needs it
    const Wide product = static_cast<Wide>(a) * b;
    const Wide quotient = product / c;
    return quotient > kMax ? kMax : static_cast<quint64>(quotient);
}

quint64 smallCapMinimum(quint64 managed)
{
    return std::clamp<quint64>(managed / 1024, 32, 128); // SWAP_CLUSTER_MAX … 128
}

} // namespace

TunableTopic tunableTopic(QStringView key)
{
    if (key.startsWith(u"vm.overcommit_"))
        return TunableTopic::Overcommit;
    if (key == u"vm.swappiness")
        return TunableTopic::Swap;
    if (key == u"vm.min_free_kbytes" || key == u"vm.watermark_scale_factor")
        return TunableTopic::Watermarks;
    if (key == u"vm.drop_caches")
        return TunableTopic::Caches;
    if (key == u"vm.compact_memory")
        return TunableTopic::Compaction;
    if (key.startsWith(u"thp.khugepaged."))
        return TunableTopic::Khugepaged;
    if (key.startsWith(u"thp."))
        return TunableTopic::TransparentHugepages;
    if (key.startsWith(u"ksm."))
        return TunableTopic::Ksm;
    if (key == u"kernel.printk.console_loglevel")
        return TunableTopic::ConsoleLog;
    return TunableTopic::None;
}

WatermarkTotals sumWatermarks(const ZoneInfo& zoneinfo)
{
    WatermarkTotals totals;
    for (const ZoneInfo::Zone& zone : zoneinfo.zones) {
        if (!zone.isPopulated())
            continue;
        ++totals.zones;
        totals.freePages = addSaturating(totals.freePages, zone.freePages().value_or(0));
        totals.managedPages = addSaturating(totals.managedPages, zone.managed().value_or(0));
        totals.boostPages = addSaturating(totals.boostPages, zone.boost().value_or(0));
        totals.minPages = addSaturating(totals.minPages, zone.min().value_or(0));
        totals.lowPages = addSaturating(totals.lowPages, zone.low().value_or(0));
        totals.highPages = addSaturating(totals.highPages, zone.high().value_or(0));
        if (const auto promo = zone.field("promo"))
            totals.promoPages = addSaturating(totals.promoPages.value_or(0), *promo);
    }
    return totals;
}

QList<ZoneWatermarks> computeZoneWatermarks(const ZoneInfo& zoneinfo, quint64 minFreeKbytes,
                                            quint64 scaleFactor, quint64 pageSize, MovableZoneRule rule)
{
    const quint64 pageKiB = std::max<quint64>(pageSize / 1024, 1);
    const quint64 pagesMin = minFreeKbytes / pageKiB;
    const auto leftOut = [rule](const QString& zone) {
        return isHighmem(zone) || (rule == MovableZoneRule::SmallCap && isMovable(zone));
    };

    quint64 lowmemPages = 0;
    for (const ZoneInfo::Zone& zone : zoneinfo.zones) {
        if (!leftOut(zone.name))
            lowmemPages = addSaturating(lowmemPages, zone.managed().value_or(0));
    }

    QList<ZoneWatermarks> result;
    result.reserve(zoneinfo.zones.size());
    for (const ZoneInfo::Zone& zone : zoneinfo.zones) {
        ZoneWatermarks w;
        w.node = zone.node;
        w.zone = zone.name;
        w.managedPages = zone.managed().value_or(0);
        const quint64 share = mulDiv(pagesMin, w.managedPages, lowmemPages);
        w.min = leftOut(zone.name) ? smallCapMinimum(w.managedPages) : share;
        const quint64 step = std::max(share / 4, multFrac(w.managedPages, scaleFactor, 10000));
        w.low = addSaturating(w.min, step);
        w.high = addSaturating(w.low, step);
        w.promo = addSaturating(w.high, step);
        result.append(w);
    }
    return result;
}

WatermarkTotals sumComputedWatermarks(const ZoneInfo& zoneinfo, const QList<ZoneWatermarks>& computed)
{
    WatermarkTotals totals;
    for (const ZoneWatermarks& w : computed) {
        const ZoneInfo::Zone* zone = zoneinfo.find(w.node, w.zone);
        if (!zone || !zone->isPopulated())
            continue;
        ++totals.zones;
        totals.freePages = addSaturating(totals.freePages, zone->freePages().value_or(0));
        totals.managedPages = addSaturating(totals.managedPages, w.managedPages);
        totals.minPages = addSaturating(totals.minPages, w.min);
        totals.lowPages = addSaturating(totals.lowPages, w.low);
        totals.highPages = addSaturating(totals.highPages, w.high);
        if (zone->field("promo"))
            totals.promoPages = addSaturating(totals.promoPages.value_or(0), w.promo);
    }
    return totals;
}

MovableZoneRule inferMovableZoneRule(const ZoneInfo& zoneinfo, quint64 minFreeKbytes, quint64 pageSize)
{
    const auto proportional =
        computeZoneWatermarks(zoneinfo, minFreeKbytes, 0, pageSize, MovableZoneRule::Proportional);
    for (qsizetype i = 0; i < zoneinfo.zones.size(); ++i) {
        const ZoneInfo::Zone& zone = zoneinfo.zones.at(i);
        if (!isMovable(zone.name))
            continue;
        const auto printed = zone.min();
        if (!printed)
            continue;
        const quint64 min = *printed - std::min(*printed, zone.boost().value_or(0));
        const quint64 capped = smallCapMinimum(zone.managed().value_or(0));
        const quint64 share = proportional.at(i).min;
        if (min == capped && min != share)
            return MovableZoneRule::SmallCap;
        if (min == share && min != capped)
            return MovableZoneRule::Proportional;
    }
    return MovableZoneRule::SmallCap;
}

std::optional<CacheFigures> cacheFigures(const MemInfo& meminfo)
{
    const auto cached = meminfo.value("Cached");
    const auto buffers = meminfo.value("Buffers");
    const auto reclaimable = meminfo.value("SReclaimable");
    const auto free = meminfo.value("MemFree");
    if (!cached || !buffers || !reclaimable || !free)
        return std::nullopt;
    return CacheFigures{*cached, *buffers, *reclaimable, *free};
}

qint64 signedChange(quint64 before, quint64 after)
{
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    if (after >= before)
        return qint64(std::min(after - before, limit));
    return -qint64(std::min(before - after, limit));
}

KsmSavings ksmSavings(quint64 pagesShared, quint64 pagesSharing, quint64 pagesUnshared, quint64 pagesVolatile,
                      quint64 pageSize)
{
    const auto bytes = [pageSize](quint64 pages) {
        return pageSize != 0 && pages > kMax / pageSize ? kMax : pages * pageSize;
    };
    KsmSavings s;
    s.sharedBytes = bytes(pagesShared);
    s.savedBytes = bytes(pagesSharing);
    s.unsharedBytes = bytes(pagesUnshared);
    s.volatileBytes = bytes(pagesVolatile);
    if (pagesShared != 0)
        s.sharingRatio = double(pagesSharing) / double(pagesShared);
    if (pagesSharing != 0)
        s.unsharedRatio = double(pagesUnshared) / double(pagesSharing);
    return s;
}

} // namespace kaleido
