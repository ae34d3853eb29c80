// SPDX-License-Identifier: GPL-2.0-or-later
#include "overcommit.h"
#include "resultcompare.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

namespace {

// A VmSysctls with the given values, as if read from /proc/sys/vm.
VmSysctls sysctls(quint64 mode, quint64 ratio, quint64 kbytes, quint64 admin = 8192, quint64 user = 131072)
{
    VmSysctls vm;
    vm.attributes.directory = QStringLiteral("/proc/sys/vm");
    auto add = [&](const char* name, quint64 value) {
        KernelAttribute a;
        a.name = QString::fromLatin1(name);
        a.path = QStringLiteral("/proc/sys/vm/") + a.name;
        a.text = QByteArray::number(value);
        vm.attributes.items.append(a);
    };
    add("overcommit_memory", mode);
    add("overcommit_ratio", ratio);
    add("overcommit_kbytes", kbytes);
    add("admin_reserve_kbytes", admin);
    add("user_reserve_kbytes", user);
    return vm;
}

} // namespace

class TestOvercommit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // CommitLimit computed from meminfo + sysctls + hugetlb must equal the kernel's own, on both captures.
    // By hand: 6.18: 24684084 kB = 6171021 pages, × 50 / 100 = 3085510 pages (rounded down) = 12342040 kB;
    //          6.1:    981476 kB =  245369 pages, × 50 / 100 =  122684 pages = 490736 kB. No swap, no
    //          hugetlb.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<quint64>("commitLimitKiB");
        QTest::addColumn<quint64>("committedKiB");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << quint64(12342040)
                                   << quint64(905184);
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << quint64(490736) << quint64(3656);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(quint64, commitLimitKiB);
        QFETCH(quint64, committedKiB);
        const auto o = readOvercommit(KernelFs(test::fixtureRoot(kernel)), 4096);
        QVERIFY2(o.ok(), qPrintable(o.error().message()));
        QCOMPARE(o->mode, VmSysctls::OvercommitMode::Heuristic);
        QCOMPARE(o->hugetlbSource, Overcommit::HugetlbSource::Pools);
        QCOMPARE(o->inputs.hugetlbBytes, quint64(0));
        QCOMPARE(o->inputs.swapTotalBytes, quint64(0));
        QCOMPARE(o->commitLimit, commitLimitKiB * 1024);
        QCOMPARE(o->kernelCommitLimit, commitLimitKiB * 1024);
        QVERIFY(o->agreesWithKernel());
        QCOMPARE(o->committedAs, committedKiB * 1024);
        QCOMPARE(o->adminReserveBytes, quint64(8192) * 1024);
    }

    void formula_data()
    {
        QTest::addColumn<quint64>("memTotalKiB");
        QTest::addColumn<quint64>("swapKiB");
        QTest::addColumn<quint64>("hugetlbKiB");
        QTest::addColumn<quint64>("ratio");
        QTest::addColumn<quint64>("kbytes");
        QTest::addColumn<quint64>("expectedKiB");
        // (1000 pages − 0) × 50 / 100 = 500 pages, + 256 swap pages.
        QTest::newRow("ratio and swap") << quint64(4000) << quint64(1024) << quint64(0) << quint64(50)
                                        << quint64(0) << quint64(2000 + 1024);
        // 10 × 2 MiB huge pages = 5120 pages held back: (262144 − 5120) × 50 / 100 = 128512 pages.
        QTest::newRow("hugetlb subtracted") << quint64(1048576) << quint64(0) << quint64(20480) << quint64(50)
                                            << quint64(0) << quint64(128512 * 4);
        // overcommit_kbytes replaces the ratio and ignores hugetlb; it is rounded down to pages.
        QTest::newRow("kbytes") << quint64(1048576) << quint64(4096) << quint64(20480) << quint64(50)
                                << quint64(102403) << quint64(102400 + 4096);
        // The kernel divides after multiplying: 3 pages × 50 / 100 = 1 page.
        QTest::newRow("rounding") << quint64(12) << quint64(0) << quint64(0) << quint64(50) << quint64(0)
                                  << quint64(4);
        QTest::newRow("ratio above 100")
            << quint64(4000) << quint64(0) << quint64(0) << quint64(150) << quint64(0) << quint64(6000);
        QTest::newRow("hugetlb above RAM")
            << quint64(4000) << quint64(8) << quint64(8000) << quint64(50) << quint64(0) << quint64(8);
    }
    void formula()
    {
        QFETCH(quint64, memTotalKiB);
        QFETCH(quint64, swapKiB);
        QFETCH(quint64, hugetlbKiB);
        QFETCH(quint64, ratio);
        QFETCH(quint64, kbytes);
        QFETCH(quint64, expectedKiB);
        CommitLimitInputs in;
        in.pageSize = 4096;
        in.memTotalBytes = memTotalKiB * 1024;
        in.swapTotalBytes = swapKiB * 1024;
        in.hugetlbBytes = hugetlbKiB * 1024;
        in.overcommitRatio = ratio;
        in.overcommitKbytes = kbytes;
        QCOMPARE(computeCommitLimit(in), expectedKiB * 1024);
    }

    void computedFromTheThreeSources()
    {
        const auto meminfo = parseMeminfo("MemTotal: 1048576 kB\nSwapTotal: 4096 kB\nHugetlb: 20480 kB\n"
                                          "HugePages_Total: 10\nHugepagesize: 2048 kB\n"
                                          "CommitLimit: 518144 kB\nCommitted_AS: 100000 kB\n");
        QVERIFY(meminfo.ok());
        const VmSysctls vm = sysctls(2, 50, 0);
        // Without the pools, meminfo's Hugetlb is used; the kernel's CommitLimit agrees (128512 + 1024
        // pages).
        auto o = computeOvercommit(*meminfo, vm, nullptr, 4096);
        QVERIFY(o.ok());
        QCOMPARE(o->hugetlbSource, Overcommit::HugetlbSource::MeminfoHugetlb);
        QCOMPARE(o->commitLimit, quint64(518144) * 1024);
        QVERIFY(o->agreesWithKernel());

        // Pools of two sizes, as read from /sys/kernel/mm/hugepages.
        HugeTlb pools;
        for (const auto& [size, count] :
             {std::pair<quint64, quint64>{2048 * 1024, 8}, {1024 * 1024 * 1024, 0}}) {
            HugeTlbPool pool;
            pool.pageSizeBytes = size;
            KernelAttribute nr;
            nr.name = QStringLiteral("nr_hugepages");
            nr.text = QByteArray::number(count);
            pool.attributes.items.append(nr);
            pools.pools.append(pool);
        }
        o = computeOvercommit(*meminfo, vm, &pools, 4096);
        QCOMPARE(o->hugetlbSource, Overcommit::HugetlbSource::Pools);
        QCOMPARE(o->inputs.hugetlbBytes, quint64(16) * 1024 * 1024);
        QVERIFY(
            !o->agreesWithKernel()); // 8 pages in the pools but meminfo says 10: they disagree, and we say so

        // Old kernels without a Hugetlb line: HugePages_Total × Hugepagesize.
        const auto old = parseMeminfo("MemTotal: 1048576 kB\nHugePages_Total: 10\nHugepagesize: 2048 kB\n");
        o = computeOvercommit(*old, vm, nullptr, 4096);
        QCOMPARE(o->hugetlbSource, Overcommit::HugetlbSource::MeminfoHugePages);
        QCOMPARE(o->inputs.hugetlbBytes, quint64(20480) * 1024);
        QVERIFY(!o->kernelCommitLimit.has_value());
        QVERIFY(!o->agreesWithKernel());
    }

    void missingInputsFail()
    {
        const auto meminfo = parseMeminfo("MemFree: 10 kB\n");
        QCOMPARE(computeOvercommit(*meminfo, sysctls(0, 50, 0), nullptr, 4096).error().kind,
                 ErrorKind::Malformed);
        const auto ok = parseMeminfo("MemTotal: 10 kB\n");
        VmSysctls empty;
        empty.attributes.directory = QStringLiteral("/proc/sys/vm");
        const auto noSysctls = computeOvercommit(*ok, empty, nullptr, 4096);
        QCOMPARE(noSysctls.error().kind, ErrorKind::Absent);
        QCOMPARE(noSysctls.error().path, QStringLiteral("/proc/sys/vm/overcommit_memory"));
    }

    void strictModeVerdict()
    {
        // CommitLimit 518144 kB, Committed_AS 100000 kB, admin reserve 8192 kB, user reserve 131072 kB.
        const auto meminfo = parseMeminfo("MemTotal: 1048576 kB\nSwapTotal: 4096 kB\nHugetlb: 20480 kB\n"
                                          "CommitLimit: 518144 kB\nCommitted_AS: 100000 kB\n");
        const auto o = computeOvercommit(*meminfo, sysctls(2, 50, 0), nullptr, 4096);
        QVERIFY(o.ok());
        const quint64 KiB = 1024;
        const auto never = VmSysctls::OvercommitMode::Never;

        // Root: refused once Committed_AS + request reaches CommitLimit.
        QVERIFY(!o->check((518144 - 100000 - 4) * KiB, never, true).refused);
        QVERIFY(o->check((518144 - 100000) * KiB, never, true).refused);
        // A user also leaves admin_reserve_kbytes alone.
        QVERIFY(!o->check((518144 - 100000 - 8192 - 4) * KiB, never, false).refused);
        QVERIFY(o->check((518144 - 100000 - 8192) * KiB, never, false).refused);
        // A big process keeps min(total_vm / 32, user_reserve) back: 3.2 GiB / 32 = 100 MiB < 128 MiB.
        const quint64 vsz = 3276800 * KiB;
        const auto v = o->check((518144 - 100000 - 102400 - 4) * KiB, never, true, vsz);
        QVERIFY(!v.refused);
        QCOMPARE(v.limitBytes, (518144 - 102400) * KiB);
        QVERIFY(o->check((518144 - 100000 - 102400) * KiB, never, true, vsz).refused);
        // Requests are whole pages: one byte counts as 4 KiB.
        QCOMPARE(o->check(1, never, true).requestBytes, 4 * KiB);
        QCOMPARE(o->check(1, never, true).comparedBytes, (100000 + 4) * KiB);
    }

    void otherModesVerdict()
    {
        const auto meminfo =
            parseMeminfo("MemTotal: 1048576 kB\nSwapTotal: 4096 kB\nCommitted_AS: 99999999 kB\n");
        const auto o = computeOvercommit(*meminfo, sysctls(0, 50, 0), nullptr, 4096);
        QVERIFY(o.ok());
        const quint64 KiB = 1024;
        // Mode 0 ignores Committed_AS; only a single request above RAM + swap fails.
        QVERIFY(!o->check((1048576 + 4096) * KiB, VmSysctls::OvercommitMode::Heuristic, false).refused);
        QVERIFY(o->check((1048576 + 4096 + 4) * KiB, VmSysctls::OvercommitMode::Heuristic, false).refused);
        QVERIFY(
            !o->check(std::numeric_limits<quint64>::max() - 4096, VmSysctls::OvercommitMode::Always, false)
                 .refused);
        // Mode 2 with Committed_AS far above the limit refuses anything.
        QVERIFY(o->check(4096, VmSysctls::OvercommitMode::Never, true).refused);
    }

    void reservesLargerThanTheLimit()
    {
        // Found by fuzz_overcommit: reserves beyond the limit made the kernel's signed "allowed" arithmetic
        // overflow here. The kernel refuses then (allowed ≤ 0), and so must this.
        const auto meminfo = parseMeminfo("MemTotal: 8 kB\nCommitted_AS: 0 kB\n");
        const auto o = computeOvercommit(*meminfo,
                                         sysctls(2, 50, 0, std::numeric_limits<quint64>::max() / 1024,
                                                 std::numeric_limits<quint64>::max() / 1024),
                                         nullptr, 1);
        QVERIFY(o.ok());
        const auto v =
            o->check(0, VmSysctls::OvercommitMode::Never, false, std::numeric_limits<quint64>::max());
        QVERIFY(v.refused);
        QCOMPARE(v.limitBytes, quint64(0));
        QVERIFY(o->check(std::numeric_limits<quint64>::max(), VmSysctls::OvercommitMode::Heuristic, false)
                    .refused);
    }

    void modeTexts()
    {
        QCOMPARE(overcommitModeName(VmSysctls::OvercommitMode::Never), QStringLiteral("never"));
        QVERIFY(
            overcommitModeMeaning(VmSysctls::OvercommitMode::Never).contains(QStringLiteral("CommitLimit")));
        QVERIFY(overcommitModeMeaning(VmSysctls::OvercommitMode::Heuristic) !=
                overcommitModeMeaning(VmSysctls::OvercommitMode::Always));
    }

    void liveKernel()
    {
        // The live kernel's CommitLimit must match the formula exactly: all inputs are read within
        // microseconds and none of them changes unless someone resizes swap or the hugetlb pools.
        const auto o = readOvercommit(KernelFs());
        QVERIFY2(o.ok(), qPrintable(o.error().message()));
        QVERIFY(o->kernelCommitLimit.has_value());
        QCOMPARE(o->commitLimit, *o->kernelCommitLimit);
    }
};

QTEST_GUILESS_MAIN(TestOvercommit)
#include "tst_overcommit.moc"
