// SPDX-License-Identifier: GPL-2.0-or-later
// The live figures beside each tunable, read from the captured kernels and from hand-made trees that change
// between two samples. Numbers are worded in the C locale (no group separators).
#include "testutils.h"
#include "tunablelivefigures.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace kaleido;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString valueOf(const LiveFigures& figures, const QString& id)
{
    const LiveFigure* f = figures.find(id);
    return f ? f->value : QStringLiteral("(no %1)").arg(id);
}

QString changeOf(const LiveFigures& figures, const QString& id)
{
    const LiveFigure* f = figures.find(id);
    return f ? f->change : QStringLiteral("(no %1)").arg(id);
}

QByteArray meminfo(quint64 cachedKiB, quint64 freeKiB)
{
    return "MemTotal: 4194304 kB\nMemFree: " + QByteArray::number(freeKiB) +
           " kB\nBuffers: 1024 kB\nCached: " + QByteArray::number(cachedKiB) +
           " kB\nSwapTotal: 1048576 kB\nSwapFree: 786432 kB\nSwapCached: 2048 kB\nSReclaimable: 65536 kB\n"
           "CommitLimit: 3145728 kB\nCommitted_AS: 3500000 kB\nAnonHugePages: 4096 kB\n";
}

} // namespace

class TestTunableLiveFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // 6.18: MemTotal 24684084 kB (23.5 GiB), ratio 50, no swap, no hugetlb: CommitLimit 12342040 kB (11.8
    // GiB) computed and reported; Committed_AS 905184 kB (884 MiB); mode 0, so the gauge's limit is not
    // enforced.
    void overcommitOn618()
    {
        TunableLiveFigures live(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 4096);
        const LiveFigures f = live.sample(TunableTopic::Overcommit);
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u'\n')));
        QCOMPARE(valueOf(f, QStringLiteral("overcommit.mode")), u"0, heuristic");
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.Committed_AS")), u"884 MiB");
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.CommitLimit")), u"11.8 GiB");
        QCOMPARE(valueOf(f, QStringLiteral("overcommit.computed")), u"11.8 GiB");
        QVERIFY(!f.find(QStringLiteral("overcommit.headroom"))); // only in strict mode
        QVERIFY(f.notes.contains(
            u"CommitLimit = (RAM 23.5 GiB − huge pages 0 B) × 50 / 100 + swap 0 B = 11.8 GiB."));
        QVERIFY(f.notes.contains(u"The kernel's CommitLimit is exactly this."));
        QVERIFY(f.notes.join(u' ').contains(u"Mode 0 does not enforce CommitLimit"));
        QVERIFY(f.gauge.has_value());
        QCOMPARE(f.gauge->value, quint64(905184) * 1024);
        QCOMPARE(f.gauge->limit, quint64(12342040) * 1024);
        QVERIFY(!f.gauge->enforced);
    }

    // Strict mode on a hand-made tree: Committed_AS above CommitLimit, enforced, no headroom.
    void overcommitStrictAndOverTheLimit()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("proc/meminfo")), meminfo(1048576, 1048576));
        for (const auto& [name, value] : {std::pair{"overcommit_memory", "2"},
                                          {"overcommit_ratio", "50"},
                                          {"overcommit_kbytes", "0"},
                                          {"admin_reserve_kbytes", "8192"},
                                          {"user_reserve_kbytes", "131072"}})
            writeFile(root.filePath(QStringLiteral("proc/sys/vm/") + QLatin1StringView(name)), value);
        TunableLiveFigures live(KernelFs(root.path()), 4096);
        const LiveFigures f = live.sample(TunableTopic::Overcommit);
        // (4 GiB × 50 / 100) + 1 GiB swap = 3 GiB, as the file says.
        QCOMPARE(valueOf(f, QStringLiteral("overcommit.computed")), u"3.00 GiB");
        QCOMPARE(valueOf(f, QStringLiteral("overcommit.mode")), u"2, strict");
        QCOMPARE(valueOf(f, QStringLiteral("overcommit.headroom")), u"none: over by 346 MiB");
        QVERIFY(f.gauge && f.gauge->enforced);
        QVERIFY(f.notes.join(u' ').contains(u"Mode 2 enforces CommitLimit"));
    }

    // 6.18: the zones' watermarks (DMA + DMA32 + Normal) and what min_free_kbytes 67584 and scale factor 10
    // give, which is the same; 6.1: the same sums but each zone two pages apart.
    void watermarks()
    {
        TunableLiveFigures live(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 4096);
        LiveFigures f = live.sample(TunableTopic::Watermarks);
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u'\n')));
        QCOMPARE(valueOf(f, QStringLiteral("zones.min")), u"16894 pages (66.0 MiB)");
        QCOMPARE(valueOf(f, QStringLiteral("zones.low")), u"21117 pages (82.5 MiB)");
        QCOMPARE(valueOf(f, QStringLiteral("zones.high")), u"25340 pages (99.0 MiB)");
        QCOMPARE(valueOf(f, QStringLiteral("zones.promo")), u"29563 pages (115 MiB)");
        QCOMPARE(valueOf(f, QStringLiteral("zones.computed")), u"min 16894 · low 21117 · high 25340 pages");
        QCOMPARE(valueOf(f, QStringLiteral("zone.0.DMA32")),
                 u"free 772852 · min 6788 · low 8485 · high 10182 pages");
        QVERIFY(!f.find(QStringLiteral("zone.0.Movable"))); // empty
        QVERIFY(f.find(QStringLiteral("vmstat.allocstall")));
        QVERIFY(f.notes.join(u' ').contains(u"exactly what min_free_kbytes"));

        TunableLiveFigures old(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))), 4096);
        f = old.sample(TunableTopic::Watermarks);
        QCOMPARE(valueOf(f, QStringLiteral("zones.min")), u"11263 pages (44.0 MiB)");
        QCOMPARE(valueOf(f, QStringLiteral("zones.computed")), u"min 11263 · low 14078 · high 16893 pages");
        QVERIFY(!f.find(QStringLiteral("zones.promo")));
        QVERIFY(f.notes.join(u' ').contains(u"other managed page counts"));
    }

    void hugepagesAndKsm()
    {
        TunableLiveFigures live(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 4096);
        LiveFigures f = live.sample(TunableTopic::TransparentHugepages);
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u'\n')));
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.AnonHugePages")), u"0 B");
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.FileHugePages")), u"38.0 MiB");
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.thp_fault_alloc")), u"6058");
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.thp_fault_fallback")), u"0");
        QCOMPARE(valueOf(f, QStringLiteral("khugepaged.full_scans")), u"12");
        QCOMPARE(valueOf(f, QStringLiteral("khugepaged.pages_collapsed")), u"0");
        QVERIFY(f.find(QStringLiteral("buddy.huge")));

        f = live.sample(TunableTopic::Khugepaged);
        QCOMPARE(valueOf(f, QStringLiteral("khugepaged.full_scans")), u"12");
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.thp_collapse_alloc")), u"0");
        QVERIFY(f.find(QStringLiteral("vmstat.thp_scan_exceed_none_pte")));
        QVERIFY(!f.find(QStringLiteral("vmstat.thp_fault_alloc")));

        f = live.sample(TunableTopic::Ksm);
        QCOMPARE(valueOf(f, QStringLiteral("ksm.run")), u"stopped");
        QCOMPARE(valueOf(f, QStringLiteral("ksm.pages_sharing")), u"0 pages (0 B)");
        QCOMPARE(valueOf(f, QStringLiteral("ksm.general_profit")), u"0 B");
        QCOMPARE(valueOf(f, QStringLiteral("ksm.full_scans")), u"0");
        QCOMPARE(valueOf(f, QStringLiteral("ksm.saved")), u"0 B");

        // 6.1 has no general_profit and says so.
        TunableLiveFigures old(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.1-debian"))), 4096);
        f = old.sample(TunableTopic::Ksm);
        QVERIFY(!f.find(QStringLiteral("ksm.general_profit")));
        QVERIFY(f.notes.join(u' ').contains(u"general_profit"));
        f = old.sample(TunableTopic::TransparentHugepages);
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.thp_fault_alloc")), u"0");
    }

    void swapAndCachesAndConsole()
    {
        TunableLiveFigures live(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))), 4096);
        LiveFigures f = live.sample(TunableTopic::Swap);
        QCOMPARE(valueOf(f, QStringLiteral("swap.used")), u"0 B");
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.pswpout")), u"0 pages (0 B)");
        QVERIFY(!f.gauge); // no swap, nothing to fill
        QVERIFY(f.notes.join(u' ').contains(u"no swap"));

        f = live.sample(TunableTopic::Caches);
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.Cached")), u"2.20 GiB");
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.Buffers")), u"25.1 MiB");
        QCOMPARE(valueOf(f, QStringLiteral("meminfo.SReclaimable")), u"188 MiB");
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.drop_pagecache")), u"1");
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.drop_slab")), u"2");

        f = live.sample(TunableTopic::ConsoleLog);
        QCOMPARE(valueOf(f, QStringLiteral("printk.console")), u"4");
        QCOMPARE(valueOf(f, QStringLiteral("printk.boot")), u"7");

        f = live.sample(TunableTopic::Compaction);
        QCOMPARE(valueOf(f, QStringLiteral("vmstat.compact_stall")), u"0");
        QVERIFY(f.find(QStringLiteral("buddy.huge")));
    }

    // Each sample of the same topic says what moved since the previous one; another topic starts afresh.
    void changesBetweenSamples()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("proc/meminfo")), meminfo(1048576, 1048576));
        writeFile(root.filePath(QStringLiteral("proc/vmstat")), "pswpin 10\npswpout 20\n");
        TunableLiveFigures live(KernelFs(root.path()), 4096);
        LiveFigures f = live.sample(TunableTopic::Swap);
        QCOMPARE(valueOf(f, QStringLiteral("swap.used")), u"256 MiB of 1.00 GiB (25.0 %)");
        QCOMPARE(changeOf(f, QStringLiteral("vmstat.pswpout")), QString());
        QVERIFY(f.gauge && f.gauge->value == quint64(262144) * 1024 &&
                f.gauge->limit == quint64(1048576) * 1024);

        writeFile(root.filePath(QStringLiteral("proc/vmstat")), "pswpin 10\npswpout 28\n");
        f = live.sample(TunableTopic::Swap);
        QCOMPARE(changeOf(f, QStringLiteral("vmstat.pswpout")), u"+8 pages");
        QCOMPARE(changeOf(f, QStringLiteral("vmstat.pswpin")), QString());

        f = live.sample(TunableTopic::Caches);
        QCOMPARE(changeOf(f, QStringLiteral("meminfo.Cached")), QString());
        writeFile(root.filePath(QStringLiteral("proc/meminfo")), meminfo(1048576 - 2048, 1048576 + 2048));
        f = live.sample(TunableTopic::Caches);
        QCOMPARE(changeOf(f, QStringLiteral("meminfo.Cached")), u"−2.00 MiB");
        QCOMPARE(changeOf(f, QStringLiteral("meminfo.MemFree")), u"+2.00 MiB");
    }

    // drop_caches: the figures just before and just after the drop.
    void cacheDropBeforeAndAfter()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("proc/meminfo")), meminfo(2097152, 524288));
        TunableLiveFigures live(KernelFs(root.path()), 4096);
        QVERIFY(live.sample(TunableTopic::Caches).notes.join(u' ').contains(u"Run a drop here"));

        live.beginCacheDrop();
        writeFile(root.filePath(QStringLiteral("proc/meminfo")), meminfo(524288, 2097152));
        live.finishCacheDrop(QStringLiteral("3"), true);
        QVERIFY(live.lastCacheDrop().has_value());
        QCOMPARE(live.lastCacheDrop()->value, u"3");
        QCOMPARE(live.lastCacheDrop()->before.cached, quint64(2097152) * 1024);
        QCOMPARE(live.lastCacheDrop()->after.cached, quint64(524288) * 1024);
        const LiveFigures f = live.sample(TunableTopic::Caches);
        QCOMPARE(valueOf(f, QStringLiteral("drop.Cached")), u"2.00 GiB → 512 MiB (−1.50 GiB)");
        QCOMPARE(valueOf(f, QStringLiteral("drop.MemFree")), u"512 MiB → 2.00 GiB (+1.50 GiB)");
        QCOMPARE(valueOf(f, QStringLiteral("drop.Buffers")), u"1.00 MiB → 1.00 MiB (no change)");

        // A failed drop leaves the last record alone.
        live.beginCacheDrop();
        live.finishCacheDrop(QStringLiteral("1"), false);
        QCOMPARE(live.lastCacheDrop()->value, u"3");
    }

    void missingSourcesAreSaid()
    {
        QTemporaryDir root;
        TunableLiveFigures live(KernelFs(root.path()), 4096);
        for (TunableTopic topic : {TunableTopic::Overcommit, TunableTopic::Watermarks, TunableTopic::Ksm,
                                   TunableTopic::TransparentHugepages, TunableTopic::ConsoleLog}) {
            const LiveFigures f = live.sample(topic);
            QVERIFY(!f.errors.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTunableLiveFigures)
#include "tst_tunablelivefigures.moc"
