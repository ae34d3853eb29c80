// SPDX-License-Identifier: GPL-2.0-or-later
#include "tunablelivefigures.h"

#include "buddyinfo.h"
#include "ksm.h"
#include "meminfo.h"
#include "overcommit.h"
#include "printklevels.h"
#include "transparenthugepages.h"
#include "units.h"
#include "vmstat.h"
#include "zoneinfo.h"

#include <QLocale>

#include <bit>
#include <cmath>
#include <span>

namespace kaleido {

namespace {

/// A /proc/vmstat counter Kaleido explains.
struct CounterText
{
    const char* name;
    const char* meaning;
};

QString number(quint64 n)
{
    return QLocale().toString(n);
}

QString bytes(quint64 n)
{
    return Units::formatBytes(n);
}

QString source(const QString& meaning, const QString& file)
{
    return TunableLiveFigures::tr("%1 From %2.").arg(meaning, file);
}

QString modeName(VmSysctls::OvercommitMode mode)
{
    switch (mode) {
    case VmSysctls::OvercommitMode::Heuristic:
        return TunableLiveFigures::tr("0, heuristic");
    case VmSysctls::OvercommitMode::Always:
        return TunableLiveFigures::tr("1, always");
    case VmSysctls::OvercommitMode::Never:
        break;
    }
    return TunableLiveFigures::tr("2, strict");
}

quint64 valueOr(const Result<quint64>& result, quint64 fallback = 0)
{
    return result ? *result : fallback;
}

/// Reads one number file such as /proc/sys/vm/min_free_kbytes.
std::optional<quint64> readNumber(const KernelFs& fs, const QString& path)
{
    const auto text = fs.readFile(path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const quint64 value = text->trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

} // namespace

const LiveFigure* LiveFigures::find(const QString& id) const
{
    for (const LiveFigure& f : figures) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

TunableLiveFigures::TunableLiveFigures(KernelFs fs, quint64 pageSize)
    : m_fs(std::move(fs))
    , m_pageSize(pageSize == 0 ? 4096 : pageSize)
{}

QString TunableLiveFigures::formatValue(Kind kind, quint64 raw) const
{
    switch (kind) {
    case Kind::Count:
        return number(raw);
    case Kind::Bytes:
        return bytes(raw);
    case Kind::Pages:
        return tr("%1 pages (%2)").arg(number(raw), bytes(pagesToBytes(raw, m_pageSize)));
    }
    return number(raw);
}

QString TunableLiveFigures::formatChange(Kind kind, qint64 change) const
{
    const QString sign = change > 0 ? QStringLiteral("+") : QStringLiteral("−");
    const quint64 magnitude = change > 0 ? quint64(change) : quint64(-(change + 1)) + 1;
    switch (kind) {
    case Kind::Count:
        return sign + number(magnitude);
    case Kind::Bytes:
        return sign + bytes(magnitude);
    case Kind::Pages:
        return sign + tr("%1 pages").arg(number(magnitude));
    }
    return {};
}

void TunableLiveFigures::add(LiveFigures& out, const QString& id, const QString& label, Kind kind,
                             quint64 raw, const QString& toolTip, const QString& shownValue)
{
    LiveFigure figure;
    figure.id = id;
    figure.label = label;
    figure.value = shownValue.isEmpty() ? formatValue(kind, raw) : shownValue;
    figure.toolTip = toolTip;
    const auto previous = m_previous.constFind(id);
    if (previous != m_previous.cend() && *previous != raw)
        figure.change = formatChange(kind, signedChange(*previous, raw));
    m_current.insert(id, raw);
    out.figures.append(figure);
}

LiveFigures TunableLiveFigures::sample(TunableTopic topic)
{
    if (topic != m_topic)
        m_previous.clear();
    m_topic = topic;
    m_current.clear();
    LiveFigures out;
    out.topic = topic;
    switch (topic) {
    case TunableTopic::Overcommit:
        sampleOvercommit(out);
        break;
    case TunableTopic::Swap:
        sampleSwap(out);
        break;
    case TunableTopic::Watermarks:
        sampleWatermarks(out);
        break;
    case TunableTopic::Caches:
        sampleCaches(out);
        break;
    case TunableTopic::Compaction:
        sampleCompaction(out);
        break;
    case TunableTopic::TransparentHugepages:
        sampleHugepages(out, false);
        break;
    case TunableTopic::Khugepaged:
        sampleHugepages(out, true);
        break;
    case TunableTopic::Ksm:
        sampleKsm(out);
        break;
    case TunableTopic::ConsoleLog:
        sampleConsoleLog(out);
        break;
    case TunableTopic::None:
        break;
    }
    m_previous = m_current;
    return out;
}

void TunableLiveFigures::sampleOvercommit(LiveFigures& out)
{
    const auto o = readOvercommit(m_fs, m_pageSize);
    if (!o) {
        out.errors.append(o.error().message());
        return;
    }
    const QString meminfo = QStringLiteral("/proc/meminfo");
    const bool enforced = o->mode == VmSysctls::OvercommitMode::Never;
    add(out, QStringLiteral("overcommit.mode"), tr("Mode"), Kind::Count, quint64(o->mode),
        overcommitModeMeaning(o->mode), modeName(o->mode));
    if (o->committedAs)
        add(out, QStringLiteral("meminfo.Committed_AS"), QStringLiteral("Committed_AS"), Kind::Bytes,
            *o->committedAs,
            source(tr("Memory promised to all processes: their private writable mappings, touched or not."),
                   meminfo));
    if (o->kernelCommitLimit)
        add(out, QStringLiteral("meminfo.CommitLimit"), tr("CommitLimit (kernel)"), Kind::Bytes,
            *o->kernelCommitLimit,
            source(tr("The most the kernel would promise in strict mode, as it reports it."), meminfo));
    add(out, QStringLiteral("overcommit.computed"), tr("CommitLimit (computed)"), Kind::Bytes, o->commitLimit,
        tr("Worked out by Kaleido from MemTotal, the huge page pools, SwapTotal and the overcommit settings, "
           "with the kernel's rounding to whole pages."));
    if (enforced && o->committedAs && o->kernelCommitLimit) {
        const quint64 limit = *o->kernelCommitLimit;
        const quint64 used = *o->committedAs;
        add(out, QStringLiteral("overcommit.headroom"), tr("Headroom"), Kind::Bytes,
            limit > used ? limit - used : 0,
            tr("What may still be promised before requests are refused (root keeps admin_reserve_kbytes "
               "more: %1).")
                .arg(bytes(o->adminReserveBytes)),
            limit >= used ? QString() : tr("none: over by %1").arg(bytes(used - limit)));
    }
    add(out, QStringLiteral("meminfo.MemTotal"), QStringLiteral("MemTotal"), Kind::Bytes,
        o->inputs.memTotalBytes, source(tr("All RAM the kernel manages."), meminfo));
    add(out, QStringLiteral("overcommit.hugetlb"), tr("Huge page pools"), Kind::Bytes, o->inputs.hugetlbBytes,
        tr("Memory set aside in hugetlbfs pools (/sys/kernel/mm/hugepages); it cannot be promised to "
           "ordinary allocations, so the ratio leaves it out."));
    add(out, QStringLiteral("meminfo.SwapTotal"), QStringLiteral("SwapTotal"), Kind::Bytes,
        o->inputs.swapTotalBytes, source(tr("All swap space."), meminfo));

    // The formula with this machine's numbers.
    const QString result = bytes(o->commitLimit);
    if (o->inputs.overcommitKbytes != 0) {
        out.notes.append(
            tr("CommitLimit = overcommit_kbytes %1 + swap %2 = %3.")
                .arg(bytes(o->inputs.overcommitKbytes * 1024), bytes(o->inputs.swapTotalBytes), result));
    } else {
        out.notes.append(tr("CommitLimit = (RAM %1 − huge pages %2) × %3 / 100 + swap %4 = %5.")
                             .arg(bytes(o->inputs.memTotalBytes), bytes(o->inputs.hugetlbBytes))
                             .arg(o->inputs.overcommitRatio)
                             .arg(bytes(o->inputs.swapTotalBytes), result));
    }
    if (o->kernelCommitLimit) {
        if (o->agreesWithKernel())
            out.notes.append(tr("The kernel's CommitLimit is exactly this."));
        else
            out.notes.append(
                tr("The kernel reports %1, %2 apart: a pool or swap changed between the reads, "
                   "or the kernel counts huge pages differently.")
                    .arg(bytes(*o->kernelCommitLimit),
                         bytes(quint64(std::llabs(signedChange(o->commitLimit, *o->kernelCommitLimit))))));
    }
    switch (o->mode) {
    case VmSysctls::OvercommitMode::Heuristic:
        out.notes.append(
            tr("Mode 0 does not enforce CommitLimit: Committed_AS may grow past it. Only a single "
               "request larger than RAM plus swap (%1) is refused.")
                .arg(bytes(o->inputs.memTotalBytes + o->inputs.swapTotalBytes)));
        break;
    case VmSysctls::OvercommitMode::Always:
        out.notes.append(
            tr("Mode 1 does not enforce CommitLimit and refuses nothing: when memory really runs "
               "out, the OOM killer ends a process."));
        break;
    case VmSysctls::OvercommitMode::Never:
        out.notes.append(tr("Mode 2 enforces CommitLimit: a request that would take Committed_AS to it fails "
                            "with ENOMEM (processes without CAP_SYS_ADMIN stop %1 earlier).")
                             .arg(bytes(o->adminReserveBytes)));
        break;
    }
    if (o->committedAs) {
        LiveGauge gauge;
        gauge.title = tr("Committed_AS against CommitLimit");
        gauge.value = *o->committedAs;
        gauge.limit = o->kernelCommitLimit.value_or(o->commitLimit);
        gauge.valueLabel = QStringLiteral("Committed_AS");
        gauge.limitLabel = QStringLiteral("CommitLimit");
        gauge.enforced = enforced;
        out.gauge = gauge;
    }
}

void TunableLiveFigures::sampleSwap(LiveFigures& out)
{
    const QString meminfoPath = QStringLiteral("/proc/meminfo");
    const QString vmstatPath = QStringLiteral("/proc/vmstat");
    if (const auto meminfo = readMeminfo(m_fs)) {
        const quint64 total = meminfo->value("SwapTotal").value_or(0);
        const quint64 used = meminfo->swapUsed().value_or(0);
        add(out, QStringLiteral("swap.used"), tr("Swap in use"), Kind::Bytes, used,
            source(tr("SwapTotal − SwapFree: program memory written out to swap."), meminfoPath),
            total == 0
                ? bytes(used)
                : tr("%1 of %2 (%3 %)")
                      .arg(bytes(used), bytes(total), QLocale().toString(100.0 * used / total, 'f', 1)));
        if (const auto cached = meminfo->value("SwapCached"))
            add(out, QStringLiteral("meminfo.SwapCached"), QStringLiteral("SwapCached"), Kind::Bytes, *cached,
                source(tr("Pages both in swap and in memory: read back, or about to be written out."),
                       meminfoPath));
        if (total == 0)
            out.notes.append(tr("This system has no swap, so swappiness has nothing to act on: only file "
                                "cache can be reclaimed, and program memory stays in RAM."));
        else
            out.gauge =
                LiveGauge{tr("Swap in use"), used, total, tr("used"), QStringLiteral("SwapTotal"), true};
    } else {
        out.errors.append(meminfo.error().message());
    }
    const auto vmstat = readVmstat(m_fs);
    if (!vmstat) {
        out.errors.append(vmstat.error().message());
        return;
    }
    const CounterText counters[] = {
        {"pswpin", QT_TR_NOOP("Pages read back in from swap since boot.")},
        {"pswpout", QT_TR_NOOP("Pages written out to swap since boot.")},
        {"pgsteal_anon", QT_TR_NOOP("Program (anonymous) pages reclaimed since boot: swapped out.")},
        {"pgsteal_file", QT_TR_NOOP("File pages reclaimed since boot: dropped from the page cache.")},
    };
    for (const CounterText& c : counters) {
        if (const auto value = vmstat->value(c.name))
            add(out, QStringLiteral("vmstat.") + QLatin1StringView(c.name), QLatin1StringView(c.name),
                Kind::Pages, *value, source(tr(c.meaning), vmstatPath));
    }
    out.notes.append(
        tr("Higher swappiness moves reclaim from pgsteal_file towards pgsteal_anon and pswpout."));
}

void TunableLiveFigures::sampleWatermarks(LiveFigures& out)
{
    const QString zoneinfoPath = QStringLiteral("/proc/zoneinfo");
    const auto zoneinfo = readZoneinfo(m_fs);
    if (!zoneinfo) {
        out.errors.append(zoneinfo.error().message());
        return;
    }
    const WatermarkTotals totals = sumWatermarks(*zoneinfo);
    const QString zones = totals.zones == 1 ? tr("1 zone") : tr("%1 zones").arg(totals.zones);
    add(out, QStringLiteral("zones.min"), tr("min, all zones"), Kind::Pages, totals.minPages,
        source(
            tr("Below min, a program that needs memory must reclaim it itself (direct reclaim); only urgent "
               "kernel allocations may go lower. Summed over %1.")
                .arg(zones),
            zoneinfoPath));
    add(out, QStringLiteral("zones.low"), tr("low, all zones"), Kind::Pages, totals.lowPages,
        source(tr("Below low, kswapd wakes up to reclaim memory in the background."), zoneinfoPath));
    add(out, QStringLiteral("zones.high"), tr("high, all zones"), Kind::Pages, totals.highPages,
        source(tr("Above high, kswapd goes back to sleep."), zoneinfoPath));
    if (totals.promoPages)
        add(out, QStringLiteral("zones.promo"), tr("promo, all zones"), Kind::Pages, *totals.promoPages,
            source(tr("How far kswapd reclaims when pages are moved up from slower memory tiers."),
                   zoneinfoPath));
    if (totals.boostPages != 0)
        add(out, QStringLiteral("zones.boost"), tr("boost, all zones"), Kind::Pages, totals.boostPages,
            source(tr("A temporary raise of the watermarks after fragmentation (watermark_boost_factor)."),
                   zoneinfoPath));
    add(out, QStringLiteral("zones.free"), tr("Free, these zones"), Kind::Pages, totals.freePages,
        source(tr("Free pages of the same zones, to compare with the watermarks."), zoneinfoPath));

    const auto minFree = readNumber(m_fs, QStringLiteral("/proc/sys/vm/min_free_kbytes"));
    const auto scale = readNumber(m_fs, QStringLiteral("/proc/sys/vm/watermark_scale_factor"));
    if (minFree && scale) {
        const MovableZoneRule rule = inferMovableZoneRule(*zoneinfo, *minFree, m_pageSize);
        const auto computed = computeZoneWatermarks(*zoneinfo, *minFree, *scale, m_pageSize, rule);
        const WatermarkTotals sums = sumComputedWatermarks(*zoneinfo, computed);
        // Zone by zone: on 6.1 the sums can agree while each zone is two pages off.
        bool same = true;
        for (const ZoneWatermarks& w : computed) {
            const ZoneInfo::Zone* zone = zoneinfo->find(w.node, w.zone);
            if (!zone || !zone->isPopulated())
                continue;
            const quint64 boost = zone->boost().value_or(0);
            same = same && zone->min() == w.min + boost && zone->low() == w.low + boost &&
                   zone->high() == w.high + boost;
        }
        add(out, QStringLiteral("zones.computed"), tr("Computed from the settings"), Kind::Pages,
            sums.minPages,
            tr("min_free_kbytes %1 KiB is %2 pages, shared out over the zones in proportion to their managed "
               "pages; each step up to low and high is the larger of a quarter of min and managed × "
               "watermark_scale_factor (%3) / 10000.")
                .arg(number(*minFree), number(*minFree / std::max<quint64>(m_pageSize / 1024, 1)))
                .arg(*scale),
            tr("min %1 · low %2 · high %3 pages")
                .arg(number(sums.minPages), number(sums.lowPages), number(sums.highPages)));
        out.notes.append(
            same ? tr("The kernel's watermarks are exactly what min_free_kbytes and watermark_scale_factor "
                      "give.")
                 : tr("The kernel computed its watermarks when the zones had other managed page counts "
                      "(memory "
                      "freed after boot or hot-plugged); writing either setting recomputes them as shown."));
        for (const ZoneWatermarks& w : computed) {
            const ZoneInfo::Zone* zone = zoneinfo->find(w.node, w.zone);
            if (!zone || !zone->isPopulated())
                continue;
            add(out, QStringLiteral("zone.%1.%2").arg(w.node).arg(w.zone),
                tr("Node %1, %2").arg(w.node).arg(w.zone), Kind::Pages, zone->min().value_or(0),
                tr("This zone's free pages and watermarks, as %1 prints them; %2 pages managed.")
                    .arg(zoneinfoPath, number(w.managedPages)),
                tr("free %1 · min %2 · low %3 · high %4 pages")
                    .arg(number(zone->freePages().value_or(0)), number(zone->min().value_or(0)),
                         number(zone->low().value_or(0)), number(zone->high().value_or(0))));
        }
    }

    const auto vmstat = readVmstat(m_fs);
    if (!vmstat) {
        out.errors.append(vmstat.error().message());
        return;
    }
    const QString vmstatPath = QStringLiteral("/proc/vmstat");
    const CounterText counters[] = {
        {"pgscan_kswapd", QT_TR_NOOP("Pages kswapd examined for reclaim in the background since boot.")},
        {"pgscan_direct", QT_TR_NOOP("Pages programs examined for reclaim themselves since boot.")},
        {"kswapd_low_wmark_hit_quickly", QT_TR_NOOP("Times kswapd found the zones back above low at once.")},
        {"kswapd_high_wmark_hit_quickly",
         QT_TR_NOOP("Times kswapd reached high quickly and went back to sleep.")},
    };
    for (const CounterText& c : counters) {
        if (const auto value = vmstat->value(c.name))
            add(out, QStringLiteral("vmstat.") + QLatin1StringView(c.name), QLatin1StringView(c.name),
                c.name[0] == 'p' ? Kind::Pages : Kind::Count, *value, source(tr(c.meaning), vmstatPath));
    }
    if (const auto stalls = vmstat->sumWithPrefix("allocstall_"))
        add(out, QStringLiteral("vmstat.allocstall"), QStringLiteral("allocstall"), Kind::Count, *stalls,
            source(tr("Times a program had to reclaim memory itself since boot (all allocstall_ counters)."),
                   vmstatPath));
}

void TunableLiveFigures::sampleCaches(LiveFigures& out)
{
    const QString meminfoPath = QStringLiteral("/proc/meminfo");
    const auto meminfo = readMeminfo(m_fs);
    if (!meminfo) {
        out.errors.append(meminfo.error().message());
    } else if (const auto figures = cacheFigures(*meminfo)) {
        add(out, QStringLiteral("meminfo.Cached"), QStringLiteral("Cached"), Kind::Bytes, figures->cached,
            source(tr("File contents kept in memory (page cache), shared memory included; 1 drops the clean "
                      "file pages."),
                   meminfoPath));
        add(out, QStringLiteral("meminfo.Buffers"), QStringLiteral("Buffers"), Kind::Bytes, figures->buffers,
            source(tr("Cache of block devices, mostly file system metadata; 1 drops it."), meminfoPath));
        add(out, QStringLiteral("meminfo.SReclaimable"), QStringLiteral("SReclaimable"), Kind::Bytes,
            figures->sReclaimable,
            source(tr("Kernel caches that can be freed, mostly directory entries and inodes; 2 drops them."),
                   meminfoPath));
        add(out, QStringLiteral("meminfo.MemFree"), QStringLiteral("MemFree"), Kind::Bytes, figures->memFree,
            source(tr("Memory not used for anything: what a drop gives back."), meminfoPath));
    } else {
        out.errors.append(tr("%1 lacks Cached, Buffers, SReclaimable or MemFree.").arg(meminfoPath));
    }
    if (const auto vmstat = readVmstat(m_fs)) {
        const QString vmstatPath = QStringLiteral("/proc/vmstat");
        if (const auto n = vmstat->value("drop_pagecache"))
            add(out, QStringLiteral("vmstat.drop_pagecache"), QStringLiteral("drop_pagecache"), Kind::Count,
                *n, source(tr("Times the page cache was dropped since boot, by anyone."), vmstatPath));
        if (const auto n = vmstat->value("drop_slab"))
            add(out, QStringLiteral("vmstat.drop_slab"), QStringLiteral("drop_slab"), Kind::Count, *n,
                source(tr("Times dentries and inodes were dropped since boot, by anyone."), vmstatPath));
    }
    if (m_lastDrop) {
        const CacheDropRecord& d = *m_lastDrop;
        const auto row = [&](const char* id, const QString& label, quint64 before, quint64 after) {
            LiveFigure f;
            f.id = QStringLiteral("drop.") + QLatin1StringView(id);
            f.label = tr("%1 at the last drop").arg(label);
            const qint64 change = signedChange(before, after);
            f.value = tr("%1 → %2 (%3)")
                          .arg(bytes(before), bytes(after),
                               change == 0 ? tr("no change") : formatChange(Kind::Bytes, change));
            f.toolTip = tr("Just before and just after Kaleido wrote %1 to drop_caches at %2.")
                            .arg(d.value, QLocale().toString(d.when.time(), QStringLiteral("HH:mm:ss")));
            out.figures.append(f);
        };
        row("Cached", QStringLiteral("Cached"), d.before.cached, d.after.cached);
        row("Buffers", QStringLiteral("Buffers"), d.before.buffers, d.after.buffers);
        row("SReclaimable", QStringLiteral("SReclaimable"), d.before.sReclaimable, d.after.sReclaimable);
        row("MemFree", QStringLiteral("MemFree"), d.before.memFree, d.after.memFree);
        out.notes.append(tr("Last drop: %1 at %2.")
                             .arg(d.value, QLocale().toString(d.when.time(), QStringLiteral("HH:mm:ss"))));
    } else {
        out.notes.append(tr("Run a drop here to see Cached, Buffers and SReclaimable before and after it."));
    }
}

void TunableLiveFigures::beginCacheDrop()
{
    m_dropBefore.reset();
    if (const auto meminfo = readMeminfo(m_fs))
        m_dropBefore = cacheFigures(*meminfo);
}

void TunableLiveFigures::finishCacheDrop(const QString& value, bool done)
{
    const auto before = m_dropBefore;
    m_dropBefore.reset();
    if (!done || !before)
        return;
    const auto meminfo = readMeminfo(m_fs);
    if (!meminfo)
        return;
    const auto after = cacheFigures(*meminfo);
    if (!after)
        return;
    m_lastDrop = CacheDropRecord{value, QDateTime::currentDateTime(), *before, *after};
}

void TunableLiveFigures::addHugeBlocks(LiveFigures& out)
{
    const auto buddy = readBuddyinfo(m_fs);
    if (!buddy)
        return;
    quint64 hugeBytes = 2 * 1024 * 1024;
    if (const auto thp = readTransparentHugepages(m_fs)) {
        if (const auto size = thp->hpagePmdSize())
            hugeBytes = *size;
    }
    const quint64 pages = std::max<quint64>(hugeBytes / m_pageSize, 1);
    const int order = int(std::bit_width(pages) - 1);
    quint64 usable = 0;
    quint64 free = 0;
    for (const BuddyInfo::Zone& zone : buddy->zones) {
        usable += zone.freePagesAtOrAbove(order);
        free += zone.freePages();
    }
    add(out, QStringLiteral("buddy.huge"), tr("Free in %1 blocks").arg(bytes(hugeBytes)), Kind::Pages, usable,
        source(
            tr("Free memory in blocks large enough for a huge page (order %1 and up); the rest of the free "
               "memory is too scattered for one.")
                .arg(order),
            QStringLiteral("/proc/buddyinfo")),
        tr("%1 of %2 free")
            .arg(bytes(pagesToBytes(usable, m_pageSize)), bytes(pagesToBytes(free, m_pageSize))));
}

void TunableLiveFigures::sampleCompaction(LiveFigures& out)
{
    addHugeBlocks(out);
    const auto vmstat = readVmstat(m_fs);
    if (!vmstat) {
        out.errors.append(vmstat.error().message());
        return;
    }
    const QString vmstatPath = QStringLiteral("/proc/vmstat");
    const CounterText counters[] = {
        {"compact_stall", QT_TR_NOOP("Times a program waited while memory was compacted for it.")},
        {"compact_success", QT_TR_NOOP("Of those, compactions that made the block it wanted.")},
        {"compact_fail", QT_TR_NOOP("Of those, compactions that did not.")},
        {"compact_daemon_wake", QT_TR_NOOP("Times kcompactd, the background compactor, woke up.")},
        {"compact_migrate_scanned", QT_TR_NOOP("Pages compaction looked at to move.")},
        {"compact_free_scanned", QT_TR_NOOP("Free pages compaction looked at as places to move pages to.")},
        {"compact_isolated", QT_TR_NOOP("Pages compaction took aside to move.")},
    };
    for (const CounterText& c : counters) {
        if (const auto value = vmstat->value(c.name))
            add(out, QStringLiteral("vmstat.") + QLatin1StringView(c.name), QLatin1StringView(c.name),
                QByteArrayView(c.name).endsWith("scanned") || QByteArrayView(c.name).endsWith("isolated")
                    ? Kind::Pages
                    : Kind::Count,
                *value, source(tr(c.meaning), vmstatPath));
    }
    out.notes.append(
        tr("A compaction run shows as more memory in large free blocks; the compact_ counters count "
           "the kernel's own runs (writing compact_memory is not counted as a stall)."));
}

void TunableLiveFigures::sampleHugepages(LiveFigures& out, bool khugepaged)
{
    const QString meminfoPath = QStringLiteral("/proc/meminfo");
    const QString vmstatPath = QStringLiteral("/proc/vmstat");
    const QString khugepagedPath = QStringLiteral("/sys/kernel/mm/transparent_hugepage/khugepaged");
    const auto thp = readTransparentHugepages(m_fs);
    const auto addKhugepaged = [&] {
        if (!thp)
            return;
        if (const auto n = thp->khugepaged.number(QStringLiteral("pages_collapsed")))
            add(out, QStringLiteral("khugepaged.pages_collapsed"),
                QStringLiteral("khugepaged pages_collapsed"), Kind::Count, *n,
                source(tr("Huge pages khugepaged made by merging small pages since boot."), khugepagedPath));
        if (const auto n = thp->khugepaged.number(QStringLiteral("full_scans")))
            add(out, QStringLiteral("khugepaged.full_scans"), QStringLiteral("khugepaged full_scans"),
                Kind::Count, *n,
                source(tr("Times khugepaged went over all memory it may merge since boot."), khugepagedPath));
    };
    if (!thp)
        out.errors.append(thp.error().message());

    if (khugepaged)
        addKhugepaged();
    if (const auto meminfo = readMeminfo(m_fs)) {
        const CounterText fields[] = {
            {"AnonHugePages", QT_TR_NOOP("Program memory backed by transparent huge pages now.")},
            {"ShmemHugePages", QT_TR_NOOP("Shared memory and tmpfs held in huge pages now.")},
            {"ShmemPmdMapped", QT_TR_NOOP("Of those, mapped into programs as whole huge pages.")},
            {"FileHugePages", QT_TR_NOOP("File cache held in huge pages now.")},
        };
        for (const CounterText& f : fields) {
            if (khugepaged && QByteArrayView(f.name) != "AnonHugePages")
                continue;
            if (const auto value = meminfo->value(f.name))
                add(out, QStringLiteral("meminfo.") + QLatin1StringView(f.name), QLatin1StringView(f.name),
                    Kind::Bytes, *value, source(tr(f.meaning), meminfoPath));
        }
    } else {
        out.errors.append(meminfo.error().message());
    }
    const auto vmstat = readVmstat(m_fs);
    if (vmstat) {
        static const CounterText faults[] = {
            {"thp_fault_alloc", QT_TR_NOOP("Huge pages given to programs at a page fault since boot.")},
            {"thp_fault_fallback", QT_TR_NOOP("Page faults that wanted a huge page and got small pages.")},
            {"thp_fault_fallback_charge",
             QT_TR_NOOP("Of those, because the memory cgroup's limit had no room for a huge page.")},
            {"thp_collapse_alloc", QT_TR_NOOP("Huge pages khugepaged allocated to merge small pages into.")},
            {"thp_collapse_alloc_failed",
             QT_TR_NOOP("Times khugepaged could not get a huge page to merge into.")},
            {"thp_split_page", QT_TR_NOOP("Huge pages split back into small pages.")},
            {"thp_deferred_split_page", QT_TR_NOOP("Partly unmapped huge pages queued to be split later.")},
            {"thp_file_alloc", QT_TR_NOOP("Huge pages allocated for shared memory and tmpfs.")},
            {"thp_file_fallback", QT_TR_NOOP("Times shared memory wanted a huge page and took small pages.")},
            {"thp_file_mapped", QT_TR_NOOP("Shared memory or file huge pages mapped into programs.")},
            {"thp_zero_page_alloc",
             QT_TR_NOOP("Times the huge zero page was set up for reads of untouched memory.")},
            {"compact_stall",
             QT_TR_NOOP("Times a program waited while memory was compacted (defrag at work).")},
        };
        static const CounterText scans[] = {
            {"thp_collapse_alloc", QT_TR_NOOP("Huge pages khugepaged allocated to merge small pages into.")},
            {"thp_collapse_alloc_failed",
             QT_TR_NOOP("Times khugepaged could not get a huge page to merge into.")},
            {"thp_scan_exceed_none_pte",
             QT_TR_NOOP("Ranges khugepaged left alone: more pages missing than max_ptes_none allows.")},
            {"thp_scan_exceed_swap_pte",
             QT_TR_NOOP("Ranges khugepaged left alone: more pages in swap than max_ptes_swap allows.")},
            {"thp_scan_exceed_share_pte",
             QT_TR_NOOP("Ranges khugepaged left alone: more shared pages than max_ptes_shared allows.")},
        };
        for (const CounterText& c : khugepaged ? std::span<const CounterText>(scans) : std::span(faults)) {
            if (const auto value = vmstat->value(c.name))
                add(out, QStringLiteral("vmstat.") + QLatin1StringView(c.name), QLatin1StringView(c.name),
                    Kind::Count, *value, source(tr(c.meaning), vmstatPath));
        }
    } else {
        out.errors.append(vmstat.error().message());
    }
    if (!khugepaged) {
        addKhugepaged();
        addHugeBlocks(out);
        out.notes.append(
            tr("thp_fault_alloc counts faults that got a huge page, thp_fault_fallback those that did "
               "not; AnonHugePages is how much program memory is in huge pages now."));
    } else {
        out.notes.append(
            tr("khugepaged works in the background: pages_collapsed and full_scans grow with each "
               "pass; a shorter pause or more pages per pass make them grow faster."));
    }
}

void TunableLiveFigures::sampleKsm(LiveFigures& out)
{
    const auto ksm = readKsm(m_fs);
    if (!ksm) {
        out.errors.append(ksm.error().message());
        return;
    }
    const QString path = QStringLiteral("/sys/kernel/mm/ksm");
    const auto run = ksm->run();
    if (run) {
        const QString state = *run == Ksm::Run::Running   ? tr("running")
                              : *run == Ksm::Run::Stopped ? tr("stopped")
                                                          : tr("unmerging");
        add(out, QStringLiteral("ksm.run"), tr("ksmd"), Kind::Count, quint64(*run),
            source(tr("Whether the merging thread runs."), path + QStringLiteral("/run")), state);
    }
    const quint64 shared = valueOr(ksm->value(QStringLiteral("pages_shared")));
    const quint64 sharing = valueOr(ksm->value(QStringLiteral("pages_sharing")));
    const quint64 unshared = valueOr(ksm->value(QStringLiteral("pages_unshared")));
    const quint64 volatilePages = valueOr(ksm->value(QStringLiteral("pages_volatile")));
    const CounterText pages[] = {
        {"pages_shared", QT_TR_NOOP("Merged pages kept: one for each set of identical pages.")},
        {"pages_sharing", QT_TR_NOOP("Further pages now pointing at those: the memory saved.")},
        {"pages_unshared", QT_TR_NOOP("Pages scanned again and again without a twin: effort without gain.")},
        {"pages_volatile", QT_TR_NOOP("Pages that change too often to be merged.")},
    };
    for (const CounterText& c : pages) {
        const QString name = QLatin1StringView(c.name);
        if (const auto value = ksm->value(name))
            add(out, QStringLiteral("ksm.") + name, name, Kind::Pages, *value,
                source(tr(c.meaning), path + QLatin1Char('/') + name));
    }
    const KsmSavings savings = ksmSavings(shared, sharing, unshared, volatilePages, m_pageSize);
    add(out, QStringLiteral("ksm.saved"), tr("Memory saved"), Kind::Bytes, savings.savedBytes,
        tr("pages_sharing × the page size: the copies merging made unnecessary."));
    if (const auto profit = ksm->signedValue(QStringLiteral("general_profit"))) {
        const quint64 magnitude = *profit < 0 ? quint64(-(*profit + 1)) + 1 : quint64(*profit);
        // Offset by 2^63 so that the unsigned change tracking keeps the order of signed values.
        add(out, QStringLiteral("ksm.general_profit"), QStringLiteral("general_profit"), Kind::Bytes,
            quint64(*profit) ^ (quint64(1) << 63),
            source(
                tr("The memory saved less what KSM's own bookkeeping costs; negative when merging costs more "
                   "than it saves."),
                path + QStringLiteral("/general_profit")),
            *profit < 0 ? QStringLiteral("−") + bytes(magnitude) : bytes(magnitude));
    } else {
        out.notes.append(tr("This kernel does not report general_profit (Linux 6.4 and later do)."));
    }
    if (const auto scans = ksm->value(QStringLiteral("full_scans")))
        add(out, QStringLiteral("ksm.full_scans"), QStringLiteral("full_scans"), Kind::Count, *scans,
            source(tr("Times ksmd went over all mergeable memory."), path + QStringLiteral("/full_scans")));
    if (savings.sharingRatio)
        out.notes.append(
            tr("Each kept page stands in for %1 others on average; a high number means merging pays.")
                .arg(QLocale().toString(*savings.sharingRatio, 'f', 1)));
    if (run && *run != Ksm::Run::Running && sharing == 0)
        out.notes.append(
            tr("ksmd is not running and nothing is merged. Only memory that programs marked with "
               "madvise(MADV_MERGEABLE) (or prctl(PR_SET_MEMORY_MERGE)) is ever merged."));
}

void TunableLiveFigures::sampleConsoleLog(LiveFigures& out)
{
    const auto levels = readPrintkLevels(m_fs);
    if (!levels) {
        out.errors.append(levels.error().message());
        return;
    }
    const QString path = QStringLiteral("/proc/sys/kernel/printk");
    add(out, QStringLiteral("printk.console"), tr("Console level"), Kind::Count, quint64(levels->console),
        source(tr("Messages more important than this reach the console."), path));
    add(out, QStringLiteral("printk.default"), tr("Default message level"), Kind::Count,
        quint64(levels->defaultMessage), source(tr("The level of a message that names none."), path));
    add(out, QStringLiteral("printk.minimum"), tr("Lowest console level allowed"), Kind::Count,
        quint64(levels->minimumConsole), source(tr("The console level cannot be set below this."), path));
    add(out, QStringLiteral("printk.boot"), tr("Console level at boot"), Kind::Count,
        quint64(levels->defaultConsole),
        source(tr("What the console level was when the kernel started."), path));
    out.notes.append(tr("This setting changes no memory figure; it sits here with the other kernel settings "
                        "Kaleido can change."));
}

} // namespace kaleido
