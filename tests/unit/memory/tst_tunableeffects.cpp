// SPDX-License-Identifier: GPL-2.0-or-later
// What the memory tunables move (Memory ▸ Tunables' live figures): the zones' watermarks summed and
// recomputed from min_free_kbytes and watermark_scale_factor, the cache figures drop_caches frees, KSM's
// savings, and the CommitLimit formula on the captured kernels with other overcommit settings. Expected
// numbers are worked out by hand from the fixture files in the comments.
#include "overcommit.h"
#include "testutils.h"
#include "tunableeffects.h"

#include <QTest>

using namespace kaleido;

namespace {

ZoneInfo fixtureZoneinfo(const QString& kernel)
{
    const auto zoneinfo = parseZoneinfo(test::readFixture(kernel, QStringLiteral("/proc/zoneinfo")));
    return zoneinfo ? *zoneinfo : ZoneInfo();
}

// "Node 0, zone NAME" with the zone fields the watermark code reads.
QByteArray zoneText(const char* name, quint64 managed, quint64 min = 0, quint64 low = 0, quint64 high = 0,
                    quint64 boost = 0)
{
    return QByteArray("Node 0, zone ") + name + "\n  pages free     100\n        boost    " +
           QByteArray::number(boost) + "\n        min      " + QByteArray::number(min) +
           "\n        low      " + QByteArray::number(low) + "\n        high     " +
           QByteArray::number(high) + "\n        spanned  " + QByteArray::number(managed) +
           "\n        present  " + QByteArray::number(managed) + "\n        managed  " +
           QByteArray::number(managed) + "\n        protection: (0, 0)\n";
}

VmSysctls overcommitSysctls(quint64 ratio, quint64 kbytes)
{
    VmSysctls vm;
    vm.attributes.directory = QStringLiteral("/proc/sys/vm");
    for (const auto& [name, value] : {std::pair<const char*, quint64>{"overcommit_memory", 2},
                                      {"overcommit_ratio", ratio},
                                      {"overcommit_kbytes", kbytes}}) {
        KernelAttribute a;
        a.name = QString::fromLatin1(name);
        a.path = QStringLiteral("/proc/sys/vm/") + a.name;
        a.text = QByteArray::number(value);
        vm.attributes.items.append(a);
    }
    return vm;
}

} // namespace

class TestTunableEffects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topics()
    {
        QCOMPARE(tunableTopic(u"vm.overcommit_memory"), TunableTopic::Overcommit);
        QCOMPARE(tunableTopic(u"vm.overcommit_kbytes"), TunableTopic::Overcommit);
        QCOMPARE(tunableTopic(u"vm.swappiness"), TunableTopic::Swap);
        QCOMPARE(tunableTopic(u"vm.min_free_kbytes"), TunableTopic::Watermarks);
        QCOMPARE(tunableTopic(u"vm.watermark_scale_factor"), TunableTopic::Watermarks);
        QCOMPARE(tunableTopic(u"vm.drop_caches"), TunableTopic::Caches);
        QCOMPARE(tunableTopic(u"vm.compact_memory"), TunableTopic::Compaction);
        QCOMPARE(tunableTopic(u"thp.enabled"), TunableTopic::TransparentHugepages);
        QCOMPARE(tunableTopic(u"thp.khugepaged.pages_to_scan"), TunableTopic::Khugepaged);
        QCOMPARE(tunableTopic(u"ksm.run"), TunableTopic::Ksm);
        QCOMPARE(tunableTopic(u"kernel.printk.console_loglevel"), TunableTopic::ConsoleLog);
        QCOMPARE(tunableTopic(u"vm.dirty_ratio"), TunableTopic::None);
    }

    // 6.18 host: DMA 33/41/49 (promo 57), DMA32 6788/8485/10182 (11879), Normal 10073/12591/15109 (17627);
    // the empty Movable and Device zones are left out. Free pages as printed.
    void watermarkSumsOn618()
    {
        const ZoneInfo zoneinfo = fixtureZoneinfo(QStringLiteral("linux-6.18-host"));
        QCOMPARE(zoneinfo.zones.size(), 5);
        const WatermarkTotals totals = sumWatermarks(zoneinfo);
        QCOMPARE(totals.zones, 3);
        QCOMPARE(totals.minPages, quint64(33 + 6788 + 10073));
        QCOMPARE(totals.lowPages, quint64(41 + 8485 + 12591));
        QCOMPARE(totals.highPages, quint64(49 + 10182 + 15109));
        QCOMPARE(totals.promoPages, std::optional<quint64>(57 + 11879 + 17627));
        QCOMPARE(totals.managedPages, quint64(3840 + 772915 + 1146880));
        QCOMPARE(totals.boostPages, quint64(0));
        quint64 free = 0;
        for (const auto& zone : zoneinfo.zones)
            free += zone.isPopulated() ? *zone.freePages() : 0;
        QCOMPARE(totals.freePages, free);
        // The minimums add up to min_free_kbytes (67584 KiB = 16896 pages) less the rounding of each share.
        QCOMPARE(totals.minPages * 4, quint64(67584 - 8));
    }

    // 6.1 guest: DMA 178/222/266, DMA32 11085/13856/16627; no promo line on 6.1.
    void watermarkSumsOn61()
    {
        const WatermarkTotals totals = sumWatermarks(fixtureZoneinfo(QStringLiteral("linux-6.1-debian")));
        QCOMPARE(totals.zones, 2);
        QCOMPARE(totals.minPages, quint64(178 + 11085));
        QCOMPARE(totals.lowPages, quint64(222 + 13856));
        QCOMPARE(totals.highPages, quint64(266 + 16627));
        QVERIFY(!totals.promoPages.has_value());
    }

    // 6.18: min_free_kbytes 67584 → 16896 pages over 3840 + 772915 + 1146880 = 1923635 managed pages (Movable
    // left out): DMA 16896 × 3840 / 1923635 = 33, DMA32 6788, Normal 10073; steps max(min / 4, managed × 10 /
    // 10000) = 8, 1697, 2518. The empty Movable zone gets the small cap, 32; Device 0. All as printed.
    void computedWatermarksMatchThe618Kernel()
    {
        const ZoneInfo zoneinfo = fixtureZoneinfo(QStringLiteral("linux-6.18-host"));
        QCOMPARE(inferMovableZoneRule(zoneinfo, 67584, 4096), MovableZoneRule::SmallCap);
        const auto computed = computeZoneWatermarks(zoneinfo, 67584, 10, 4096, MovableZoneRule::SmallCap);
        QCOMPARE(computed.size(), zoneinfo.zones.size());
        for (qsizetype i = 0; i < computed.size(); ++i) {
            const auto& zone = zoneinfo.zones.at(i);
            QCOMPARE(computed.at(i).zone, zone.name);
            QCOMPARE(computed.at(i).min, *zone.min());
            QCOMPARE(computed.at(i).low, *zone.low());
            QCOMPARE(computed.at(i).high, *zone.high());
            QCOMPARE(computed.at(i).promo, *zone.field("promo"));
        }
        QCOMPARE(computed.at(0).min, quint64(33));
        QCOMPARE(computed.at(2).high, quint64(15109));
        QCOMPARE(computed.at(3).min, quint64(32)); // Movable, empty
        const WatermarkTotals sums = sumComputedWatermarks(zoneinfo, computed);
        QCOMPARE(sums.minPages, quint64(16894));
        QCOMPARE(sums.lowPages, quint64(21117));
        QCOMPARE(sums.highPages, quint64(25340));
        QCOMPARE(sums.promoPages, std::optional<quint64>(29563));
    }

    // 6.1: min_free_kbytes 45056 → 11264 pages over 3840 + 241529 = 245369 pages: DMA 176, DMA32 11087, steps
    // 44 and 2771. The kernel printed 178 and 11085: it split the minimum when DMA32 had fewer managed pages
    // (before the boot-time memory was freed), so each zone differs by two pages while the sums agree.
    void computedWatermarksOn61()
    {
        const ZoneInfo zoneinfo = fixtureZoneinfo(QStringLiteral("linux-6.1-debian"));
        QCOMPARE(inferMovableZoneRule(zoneinfo, 45056, 4096), MovableZoneRule::Proportional);
        const auto computed = computeZoneWatermarks(zoneinfo, 45056, 10, 4096, MovableZoneRule::Proportional);
        QCOMPARE(computed.at(0).min, quint64(176));
        QCOMPARE(computed.at(0).low, quint64(220));
        QCOMPARE(computed.at(0).high, quint64(264));
        QCOMPARE(computed.at(1).min, quint64(11087));
        QCOMPARE(computed.at(1).low, quint64(13858));
        QCOMPARE(computed.at(1).high, quint64(16629));
        QCOMPARE(computed.at(3).min, quint64(0)); // Movable, empty: no small cap before 6.3
        const WatermarkTotals sums = sumComputedWatermarks(zoneinfo, computed);
        const WatermarkTotals printed = sumWatermarks(zoneinfo);
        QCOMPARE(sums.minPages, printed.minPages);
        QCOMPARE(sums.lowPages, printed.lowPages);
        QCOMPARE(sums.highPages, printed.highPages);
        QVERIFY(!sums.promoPages.has_value());
    }

    // What writing the settings would do on the 6.18 host.
    void computedWatermarksForOtherSettings()
    {
        const ZoneInfo zoneinfo = fixtureZoneinfo(QStringLiteral("linux-6.18-host"));
        // watermark_scale_factor 100 (1 %): DMA32's step becomes 772915 × 100 / 10000 = 7729 (> 6788 / 4).
        auto computed = computeZoneWatermarks(zoneinfo, 67584, 100, 4096, MovableZoneRule::SmallCap);
        QCOMPARE(computed.at(1).min, quint64(6788));
        QCOMPARE(computed.at(1).low, quint64(6788 + 7729));
        QCOMPARE(computed.at(1).high, quint64(6788 + 2 * 7729));
        // DMA: max(33 / 4, 3840 × 100 / 10000 = 38) = 38.
        QCOMPARE(computed.at(0).low, quint64(33 + 38));
        // min_free_kbytes 128 (the floor): 32 pages → DMA 0, DMA32 12, Normal 19.
        computed = computeZoneWatermarks(zoneinfo, 128, 10, 4096, MovableZoneRule::SmallCap);
        QCOMPARE(computed.at(0).min, quint64(0));
        QCOMPARE(computed.at(1).min, quint64(12));
        QCOMPARE(computed.at(2).min, quint64(19));
        QCOMPARE(computed.at(1).low, quint64(12 + 772)); // the scale factor's step dominates
    }

    void computedWatermarksHandMade()
    {
        // HighMem and a populated Movable zone take the small cap; only Normal shares min_free_kbytes.
        const auto zoneinfo =
            parseZoneinfo(QByteArray(zoneText("Normal", 100000) + zoneText("HighMem", 500000) +
                                     zoneText("Movable", 50000, 48, 48, 48, 0)));
        QVERIFY(zoneinfo.ok());
        // 4000 KiB = 1000 pages, all on Normal: step max(250, 100) = 250.
        auto computed = computeZoneWatermarks(*zoneinfo, 4000, 10, 4096, MovableZoneRule::SmallCap);
        QCOMPARE(computed.at(0).min, quint64(1000));
        QCOMPARE(computed.at(0).low, quint64(1250));
        QCOMPARE(computed.at(1).min, quint64(128)); // 500000 / 1024 = 488, capped at 128
        // HighMem's step still comes from its would-be share: 1000 × 500000 / 100000 / 4 = 1250 > 500.
        QCOMPARE(computed.at(1).low, quint64(128 + 1250));
        QCOMPARE(computed.at(2).min, quint64(48)); // 50000 / 1024
        QCOMPARE(inferMovableZoneRule(*zoneinfo, 4000, 4096), MovableZoneRule::SmallCap);

        // Before 6.3 Movable shares the minimum: 1000 × 50000 / 150000 = 333.
        computed = computeZoneWatermarks(*zoneinfo, 4000, 10, 4096, MovableZoneRule::Proportional);
        QCOMPARE(computed.at(0).min, quint64(666));
        QCOMPARE(computed.at(2).min, quint64(333));
        const auto old = parseZoneinfo(
            QByteArray(zoneText("Normal", 100000) + zoneText("Movable", 50000, 333 + 7, 0, 0, 7)));
        QCOMPARE(inferMovableZoneRule(*old, 4000, 4096), MovableZoneRule::Proportional); // boost taken off

        // Pages of 64 KiB: 4000 KiB is 62 pages.
        computed = computeZoneWatermarks(*zoneinfo, 4000, 10, 65536, MovableZoneRule::SmallCap);
        QCOMPARE(computed.at(0).min, quint64(62));
        // No lowmem at all (nonsense input) must not divide by zero.
        const auto highOnly = parseZoneinfo(zoneText("HighMem", 0));
        QCOMPARE(computeZoneWatermarks(*highOnly, 4000, 10, 4096, MovableZoneRule::SmallCap).at(0).low,
                 quint64(32));
        // The sum counts boost in, as printed.
        const auto boosted = parseZoneinfo(zoneText("Normal", 1000, 20, 25, 30, 5));
        QCOMPARE(sumWatermarks(*boosted).minPages, quint64(20));
        QCOMPARE(sumWatermarks(*boosted).boostPages, quint64(5));
    }

    void cacheFiguresAndChanges()
    {
        // 6.18: Cached 2311808 kB, Buffers 25688 kB, SReclaimable 192468 kB, MemFree 20992288 kB.
        const auto meminfo = parseMeminfo(
            test::readFixture(QStringLiteral("linux-6.18-host"), QStringLiteral("/proc/meminfo")));
        QVERIFY(meminfo.ok());
        const auto figures = cacheFigures(*meminfo);
        QVERIFY(figures.has_value());
        QCOMPARE(figures->cached, quint64(2311808) * 1024);
        QCOMPARE(figures->buffers, quint64(25688) * 1024);
        QCOMPARE(figures->sReclaimable, quint64(192468) * 1024);
        QCOMPARE(figures->memFree, quint64(20992288) * 1024);
        QVERIFY(!cacheFigures(*parseMeminfo("MemFree: 1 kB\nCached: 2 kB\nBuffers: 3 kB\n")).has_value());

        QCOMPARE(signedChange(5000, 1000), qint64(-4000));
        QCOMPARE(signedChange(1000, 5000), qint64(4000));
        QCOMPARE(signedChange(0, std::numeric_limits<quint64>::max()), std::numeric_limits<qint64>::max());
        QCOMPARE(signedChange(std::numeric_limits<quint64>::max(), 0), -std::numeric_limits<qint64>::max());
    }

    void ksm()
    {
        // 100 pages kept, 900 further mappings of them, 300 scanned without a match.
        const KsmSavings s = ksmSavings(100, 900, 300, 7, 4096);
        QCOMPARE(s.sharedBytes, quint64(409600));
        QCOMPARE(s.savedBytes, quint64(3686400));
        QCOMPARE(s.unsharedBytes, quint64(1228800));
        QCOMPARE(s.volatileBytes, quint64(28672));
        QCOMPARE(s.sharingRatio, std::optional<double>(9.0));
        QCOMPARE(*s.unsharedRatio, 300.0 / 900.0);
        const KsmSavings none = ksmSavings(0, 0, 0, 0, 4096);
        QVERIFY(!none.sharingRatio && !none.unsharedRatio);
    }

    // The CommitLimit formula on the captured kernels' meminfo with other settings than they had.
    void commitLimitWithOtherSettings_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<quint64>("ratio");
        QTest::addColumn<quint64>("kbytes");
        QTest::addColumn<quint64>("expectedKiB");
        // 6.18: MemTotal 24684084 kB = 6171021 pages; × 80 / 100 = 4936816 pages = 19747264 kB.
        QTest::newRow("6.18 ratio 80")
            << QStringLiteral("linux-6.18-host") << quint64(80) << quint64(0) << quint64(19747264);
        // overcommit_kbytes replaces the ratio: 4 GiB, no swap.
        QTest::newRow("6.18 kbytes") << QStringLiteral("linux-6.18-host") << quint64(0) << quint64(4194304)
                                     << quint64(4194304);
        // 6.1: 981476 kB = 245369 pages; × 100 / 100 = 245369 pages = 981476 kB.
        QTest::newRow("6.1 ratio 100")
            << QStringLiteral("linux-6.1-debian") << quint64(100) << quint64(0) << quint64(981476);
        // kbytes not a whole number of pages is rounded down: 1000003 kB → 250000 pages.
        QTest::newRow("6.1 kbytes") << QStringLiteral("linux-6.1-debian") << quint64(0) << quint64(1000003)
                                    << quint64(1000000);
    }
    void commitLimitWithOtherSettings()
    {
        QFETCH(QString, kernel);
        QFETCH(quint64, ratio);
        QFETCH(quint64, kbytes);
        QFETCH(quint64, expectedKiB);
        const auto meminfo = parseMeminfo(test::readFixture(kernel, QStringLiteral("/proc/meminfo")));
        QVERIFY(meminfo.ok());
        const auto o = computeOvercommit(*meminfo, overcommitSysctls(ratio, kbytes), nullptr, 4096);
        QVERIFY2(o.ok(), qPrintable(o.error().message()));
        QCOMPARE(o->commitLimit, expectedKiB * 1024);
        QVERIFY(!o->agreesWithKernel()); // the capture's kernel had ratio 50
    }
};

QTEST_GUILESS_MAIN(TestTunableEffects)
#include "tst_tunableeffects.moc"
