// SPDX-License-Identifier: GPL-2.0-or-later
// Transparent huge pages, hugetlb pools and the "[selected] option" lists they use.
#include "choicelist.h"
#include "hugetlb.h"
#include "resultcompare.h"
#include "testutils.h"
#include "transparenthugepages.h"

#include <QTest>

using namespace kaleido;

class TestHugepages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choiceLists_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("selected");
        QTest::newRow("enabled") << QByteArray("always [madvise] never\n")
                                 << QStringList{QStringLiteral("always"), QStringLiteral("madvise"),
                                                QStringLiteral("never")}
                                 << 1;
        QTest::newRow("first") << QByteArray("[always] madvise never")
                               << QStringList{QStringLiteral("always"), QStringLiteral("madvise"),
                                              QStringLiteral("never")}
                               << 0;
        QTest::newRow("plus sign") << QByteArray("always defer [defer+madvise] madvise never")
                                   << QStringList{QStringLiteral("always"), QStringLiteral("defer"),
                                                  QStringLiteral("defer+madvise"), QStringLiteral("madvise"),
                                                  QStringLiteral("never")}
                                   << 2;
        QTest::newRow("single") << QByteArray("[none]") << QStringList{QStringLiteral("none")} << 0;
        QTest::newRow("none selected") << QByteArray("always madvise never") << QStringList() << -1;
        QTest::newRow("two selected") << QByteArray("[always] [never]") << QStringList() << -1;
        QTest::newRow("empty brackets") << QByteArray("[] never") << QStringList() << -1;
        QTest::newRow("half bracket") << QByteArray("[always never") << QStringList() << -1;
        QTest::newRow("nested") << QByteArray("[[always]] never") << QStringList() << -1;
        QTest::newRow("empty") << QByteArray() << QStringList() << -1;
        QTest::newRow("a number") << QByteArray("1\n") << QStringList() << -1;
    }
    void choiceLists()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, options);
        QFETCH(int, selected);
        const auto list = parseChoiceList(text);
        QCOMPARE(list.has_value(), selected >= 0);
        if (list) {
            QCOMPARE(list->options, options);
            QCOMPARE(list->selected, selected);
            QCOMPARE(list->selectedOption(), options.at(selected));
        }
    }

    // Expected values read by hand from tests/fixtures/<kernel>/sys/kernel/mm/transparent_hugepage/.
    void thpCapturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("enabled");
        QTest::addColumn<int>("topLevelFiles");
        QTest::addColumn<quint64>("fullScans");
        QTest::addColumn<int>("sizes");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << QStringLiteral("madvise") << 7
                                   << quint64(12) << 9;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << QStringLiteral("always") << 5
                                    << quint64(1) << 0;
    }
    void thpCapturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, enabled);
        QFETCH(int, topLevelFiles);
        QFETCH(quint64, fullScans);
        QFETCH(int, sizes);

        const auto thp = readTransparentHugepages(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(thp.ok(), qPrintable(thp.error().message()));
        QCOMPARE(thp->settings.items.size(), topLevelFiles);
        QCOMPARE(thp->enabled()->selectedOption(), enabled);
        QCOMPARE(thp->enabled()->options.size(), 3);
        QCOMPARE(thp->defrag()->selectedOption(), QStringLiteral("madvise"));
        QCOMPARE(thp->defrag()->options.size(), 5);
        QCOMPARE(thp->shmemEnabled()->selectedOption(), QStringLiteral("never"));
        QCOMPARE(thp->shmemEnabled()->options.size(), 6);
        QCOMPARE(thp->hpagePmdSize(), quint64(2097152));
        QCOMPARE(thp->useZeroPage(), quint64(1));
        QCOMPARE(thp->choice(QStringLiteral("use_zero_page")).error().kind, ErrorKind::Malformed);

        QCOMPARE(thp->khugepaged.items.size(), 9);
        QCOMPARE(thp->khugepaged.number(QStringLiteral("pages_to_scan")), quint64(4096));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("scan_sleep_millisecs")), quint64(10000));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("alloc_sleep_millisecs")), quint64(60000));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("full_scans")), fullScans);
        QCOMPARE(thp->khugepaged.number(QStringLiteral("pages_collapsed")), quint64(0));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("max_ptes_none")), quint64(511));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("max_ptes_swap")), quint64(64));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("max_ptes_shared")), quint64(256));
        QCOMPARE(thp->khugepaged.number(QStringLiteral("defrag")), quint64(1));
        QCOMPARE(thp->sizes.size(), sizes);
    }

    void thpPerSizeOn618()
    {
        const auto thp =
            readTransparentHugepages(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(thp.ok());
        QCOMPARE(thp->sizes.constFirst().sizeBytes, quint64(8 * 1024));
        QCOMPARE(thp->sizes.constLast().sizeBytes, quint64(2048 * 1024));
        // 8 kB is shmem/file-only: no "enabled", fewer stats.
        const auto& small = thp->sizes.constFirst();
        QCOMPARE(small.choice(QStringLiteral("enabled")).error().kind, ErrorKind::Absent);
        QCOMPARE(small.choice(QStringLiteral("shmem_enabled"))->selectedOption(), QStringLiteral("never"));
        QVERIFY(small.hasStats);
        QCOMPARE(small.stats.items.size(), 11);
        const auto& pmd = thp->sizes.constLast();
        QCOMPARE(pmd.directory, QStringLiteral("hugepages-2048kB"));
        QCOMPARE(pmd.choice(QStringLiteral("enabled"))->selectedOption(), QStringLiteral("inherit"));
        QCOMPARE(pmd.choice(QStringLiteral("shmem_enabled"))->selectedOption(), QStringLiteral("inherit"));
        QCOMPARE(pmd.stats.items.size(), 18);
        QCOMPARE(pmd.stats.number(QStringLiteral("anon_fault_alloc")), quint64(6058));
        QCOMPARE(thp->settings.number(QStringLiteral("shrink_underused")), quint64(1));
    }

    // tests/fixtures/<kernel>/sys/kernel/mm/hugepages/: two pools, both empty, on both kernels.
    void hugetlbCapturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host");
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian");
    }
    void hugetlbCapturedKernels()
    {
        QFETCH(QString, kernel);
        const auto hugetlb = readHugeTlb(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(hugetlb.ok(), qPrintable(hugetlb.error().message()));
        QCOMPARE(hugetlb->pools.size(), 2);
        QCOMPARE(hugetlb->pools.at(0).pageSizeBytes, quint64(2) * 1024 * 1024);
        QCOMPARE(hugetlb->pools.at(1).pageSizeBytes, quint64(1024) * 1024 * 1024);
        for (const HugeTlbPool& pool : hugetlb->pools) {
            QCOMPARE(pool.nrHugepages(), quint64(0));
            QCOMPARE(pool.freeHugepages(), quint64(0));
            QCOMPARE(pool.resvHugepages(), quint64(0));
            QCOMPARE(pool.surplusHugepages(), quint64(0));
            QCOMPARE(pool.nrOvercommitHugepages(), quint64(0));
        }
        QCOMPARE(hugetlb->pools.at(1).attributes.text(QStringLiteral("demote_size")), QByteArray("2048kB"));
        QCOMPARE(hugetlb->totalBytes(), quint64(0));
        QVERIFY(hugetlb->find(2 * 1024 * 1024));
        QVERIFY(!hugetlb->find(4096));
    }

    void directoryNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<quint64>("bytes"); // 0: not a pool directory
        QTest::newRow("2 MiB") << QByteArray("hugepages-2048kB") << quint64(2097152);
        QTest::newRow("1 GiB") << QByteArray("hugepages-1048576kB") << quint64(1073741824);
        QTest::newRow("16 kB mTHP") << QByteArray("hugepages-16kB") << quint64(16384);
        QTest::newRow("zero") << QByteArray("hugepages-0kB") << quint64(0);
        QTest::newRow("no unit") << QByteArray("hugepages-2048") << quint64(0);
        QTest::newRow("MB") << QByteArray("hugepages-2MB") << quint64(0);
        QTest::newRow("empty number") << QByteArray("hugepages-kB") << quint64(0);
        QTest::newRow("overflow") << QByteArray("hugepages-18014398509481984kB") << quint64(0);
        QTest::newRow("other") << QByteArray("khugepaged") << quint64(0);
    }
    void directoryNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(quint64, bytes);
        const auto size = parseHugepagesDirectoryName(name);
        QCOMPARE(size.has_value(), bytes != 0);
        if (size)
            QCOMPARE(*size, bytes);
    }

    void absentWithoutTheFeature()
    {
        const KernelFs nothing(QStringLiteral("/nonexistent-kaleido-root"));
        QCOMPARE(readTransparentHugepages(nothing).error().kind, ErrorKind::Absent);
        QCOMPARE(readHugeTlb(nothing).error().kind, ErrorKind::Absent);
    }

    void liveKernel()
    {
        const auto thp = readTransparentHugepages(KernelFs());
        if (!thp.ok() && thp.error().kind == ErrorKind::Absent)
            QSKIP("this kernel has no THP");
        QVERIFY2(thp.ok(), qPrintable(thp.error().message()));
        QVERIFY(thp->enabled().ok());
        QVERIFY(thp->defrag().ok());
        const quint64 pmd = *thp->hpagePmdSize();
        QCOMPARE(pmd & (pmd - 1), quint64(0)); // a power of two
        // Multi-size THP offers powers of two from two base pages up to the PMD size.
        for (const auto& size : thp->sizes) {
            QCOMPARE(size.sizeBytes & (size.sizeBytes - 1), quint64(0));
            QVERIFY(size.sizeBytes <= pmd);
        }
        const auto hugetlb = readHugeTlb(KernelFs());
        if (hugetlb.ok()) {
            for (const HugeTlbPool& pool : hugetlb->pools)
                QVERIFY(*pool.freeHugepages() <= *pool.nrHugepages());
        }
    }
};

QTEST_GUILESS_MAIN(TestHugepages)
#include "tst_hugepages.moc"
