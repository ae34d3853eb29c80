// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddyinfo.h"
#include "pagesize.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestBuddyinfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/buddyinfo; free pages summed by hand as
    // Σ blocks × 2^order (and checked against "pages free" of the same zone in zoneinfo where the capture
    // agrees).
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("zones");
        QTest::addColumn<QString>("lastZone");
        QTest::addColumn<QList<quint64>>("lastBlocks");
        QTest::addColumn<quint64>("lastFreePages");
        QTest::addColumn<quint64>("dma32FreePages");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 3 << QStringLiteral("Normal")
                                   << QList<quint64>{470, 622, 977, 275, 54, 3, 31, 26, 12, 102, 151}
                                   << quint64(224014) << quint64(772852);
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 2 << QStringLiteral("DMA32")
                                    << QList<quint64>{2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 222} << quint64(229310)
                                    << quint64(229310);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, zones);
        QFETCH(QString, lastZone);
        QFETCH(QList<quint64>, lastBlocks);
        QFETCH(quint64, lastFreePages);
        QFETCH(quint64, dma32FreePages);

        const auto info = readBuddyinfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->zones.size(), zones);
        QCOMPARE(info->orderCount(), 11); // MAX_ORDER 11 on both x86-64 kernels — read, not assumed
        QCOMPARE(info->zones.constFirst().zone, QStringLiteral("DMA"));
        const BuddyInfo::Zone& last = info->zones.constLast();
        QCOMPARE(last.node, 0);
        QCOMPARE(last.zone, lastZone);
        QCOMPARE(last.freeBlocks, lastBlocks);
        QCOMPARE(last.freePages(), lastFreePages);
        QCOMPARE(info->find(0, u"DMA32")->freePages(), dma32FreePages);
        QVERIFY(!info->find(1, u"DMA32"));
        QCOMPARE(pagesToBytes(last.freePagesAtOrder(10), 4096), lastBlocks.at(10) * 1024 * 4096);
        // Bytes per order with an injected page size: 64 KiB pages (arm64) make every block 16 times larger.
        QCOMPARE(last.freeBytesAtOrder(10, 65536), lastBlocks.at(10) * 1024 * 65536);
        QCOMPARE(last.freeBytes(4096), lastFreePages * 4096);
        QCOMPARE(last.freeBytes(), lastFreePages * systemPageSize());
    }

    void unusableFreeSpaceIndex()
    {
        // 6.18 Normal (hand-summed above): 224014 free pages; orders 9 and 10 hold 102×512 + 151×1024 =
        // 206848, order 10 alone 154624.
        const auto info = readBuddyinfo(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(info.ok());
        const BuddyInfo::Zone* normal = info->find(0, u"Normal");
        QVERIFY(normal);
        QCOMPARE(normal->unusableFreeSpaceIndex(0), 0.0);
        QCOMPARE(normal->freePagesAtOrAbove(9), quint64(206848));
        QCOMPARE(normal->unusableFreeSpaceIndex(9), (224014.0 - 206848.0) / 224014.0);
        QCOMPARE(normal->unusableFreeSpaceIndex(10), (224014.0 - 154624.0) / 224014.0);
        // Beyond the largest order nothing is usable.
        QCOMPARE(normal->unusableFreeSpaceIndex(11), 1.0);
        // The index never decreases with the order.
        for (int k = 1; k < normal->orderCount(); ++k)
            QVERIFY(normal->unusableFreeSpaceIndex(k) >= normal->unusableFreeSpaceIndex(k - 1));
    }

    void emptyZoneCountsAsUnusable()
    {
        const auto info = parseBuddyinfo("Node 0, zone  Movable 0 0 0\n");
        QVERIFY(info.ok());
        QCOMPARE(info->zones.constFirst().freePages(), quint64(0));
        QCOMPARE(info->zones.constFirst().unusableFreeSpaceIndex(0), 1.0); // as the kernel's debugfs does
    }

    void orderCountComesFromTheLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("orders");
        QTest::addColumn<quint64>("freePages");
        // arm64 with 64 KiB pages has 14 orders; a configuration with MAX_ORDER 13, a tiny one with 3.
        QTest::newRow("14 orders") << QByteArray("Node 0, zone Normal 1 0 0 0 0 0 0 0 0 0 0 0 0 2\n") << 14
                                   << quint64(1 + 2 * 8192);
        QTest::newRow("3 orders") << QByteArray("Node 0, zone Normal 1 1 1") << 3 << quint64(7);
        QTest::newRow("1 order") << QByteArray("Node 3, zone DMA 5\n") << 1 << quint64(5);
    }
    void orderCountComesFromTheLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, orders);
        QFETCH(quint64, freePages);
        const auto info = parseBuddyinfo(input);
        QVERIFY(info.ok());
        QCOMPARE(info->orderCount(), orders);
        QCOMPARE(info->zones.constFirst().freePages(), freePages);
    }

    void severalNodes()
    {
        const auto info = parseBuddyinfo("Node 0, zone   Normal 1 2\nNode 1, zone   Normal 3 4\n");
        QVERIFY(info.ok());
        QCOMPARE(info->zones.size(), 2);
        QCOMPARE(info->find(1, u"Normal")->freePages(), quint64(3 + 8));
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("skippedLine");
        QTest::newRow("truncated header") << QByteArray("Node 0, zone DMA 1 2\nNode 0, zo") << 2;
        QTest::newRow("no counts") << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone Normal\n") << 2;
        QTest::newRow("word among counts")
            << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone Normal 1 x 3\n") << 2;
        QTest::newRow("negative") << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone Normal -1\n") << 2;
        QTest::newRow("garbage") << QByteArray("Node 0, zone DMA 1 2\n\x7f"
                                               "ELF\n")
                                 << 2;
        // 2^63 blocks of order 1 are 2^64 pages: more than 64 bits can count.
        QTest::newRow("pages overflow")
            << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone N 0 9223372036854775808\n") << 2;
        QTest::newRow("sum overflow")
            << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone N 18446744073709551615 1\n") << 2;
        QTest::newRow("number overflow")
            << QByteArray("Node 0, zone DMA 1 2\nNode 0, zone N 99999999999999999999\n") << 2;
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, skippedLine);
        const auto info = parseBuddyinfo(input);
        QVERIFY(info.ok());
        QCOMPARE(info->zones.size(), 1);
        QCOMPARE(info->zones.constFirst().freePages(), quint64(1 + 2 * 2));
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->skippedLines.constFirst().line, skippedLine);
        QCOMPARE(info->skippedLines.constFirst().kind, ErrorKind::Malformed);
    }

    void hugeButValidCounts()
    {
        // The largest count that still fits: every helper must stay exact or saturate, never wrap.
        const auto info = parseBuddyinfo("Node 0, zone N 18446744073709551615\n");
        QVERIFY(info.ok());
        QCOMPARE(info->zones.constFirst().freePages(), std::numeric_limits<quint64>::max());
        QCOMPARE(pagesToBytes(info->zones.constFirst().freePages(), 4096),
                 std::numeric_limits<quint64>::max());
        QCOMPARE(info->zones.constFirst().unusableFreeSpaceIndex(0), 0.0);
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("\n\n");
        QTest::newRow("other file") << QByteArray("MemTotal: 1 kB\n");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto info = parseBuddyinfo(input);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Malformed);
    }

    void liveKernel()
    {
        const auto info = readBuddyinfo(KernelFs());
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QVERIFY(info->orderCount() >= 1);
        quint64 free = 0;
        for (const BuddyInfo::Zone& z : info->zones)
            free += z.freePages();
        QVERIFY(free > 0);
        QVERIFY(systemPageSize() >= 4096);
        QCOMPARE(systemPageSize() & (systemPageSize() - 1), quint64(0)); // a power of two
    }
};

QTEST_GUILESS_MAIN(TestBuddyinfo)
#include "tst_buddyinfo.moc"
