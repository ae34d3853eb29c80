// SPDX-License-Identifier: GPL-2.0-or-later
#include "asnobody.h"
#include "buddyinfo.h"
#include "pagetypeinfo.h"
#include "testutils.h"

#include <QTest>

using namespace kaleido;

class TestPagetypeinfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/pagetypeinfo.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("freeLists");
        QTest::addColumn<QList<quint64>>("dma32Movable");
        QTest::addColumn<QList<quint64>>("dma32Blocks"); // Unmovable Movable Reclaimable HighAtomic Isolate
        QTest::addColumn<int>("blockRows");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << 15
                                   << QList<quint64>{1, 1, 4, 2, 5, 4, 3, 3, 4, 2, 751}
                                   << QList<quint64>{2, 1526, 0, 0, 0} << 3;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << 10
                                    << QList<quint64>{1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 222}
                                    << QList<quint64>{46, 452, 6, 0, 0} << 2;
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(int, freeLists);
        QFETCH(QList<quint64>, dma32Movable);
        QFETCH(QList<quint64>, dma32Blocks);
        QFETCH(int, blockRows);

        const auto info = readPagetypeinfo(KernelFs(test::fixtureRoot(kernel)));
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->pageBlockOrder, 9);
        QCOMPARE(info->pagesPerBlock, quint64(512));
        QCOMPARE(info->orders, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(info->freeLists.size(), freeLists);
        const QStringList types{QStringLiteral("Unmovable"), QStringLiteral("Movable"),
                                QStringLiteral("Reclaimable"), QStringLiteral("HighAtomic"),
                                QStringLiteral("Isolate")};
        QCOMPARE(info->migrateTypes(), types);
        const auto* movable = info->findFreeList(0, u"DMA32", u"Movable");
        QVERIFY(movable);
        QCOMPARE(movable->freeBlocks, dma32Movable);

        QCOMPARE(info->blockTables.size(), 1);
        const auto* blocks = info->blockCounts();
        QVERIFY(blocks);
        QCOMPARE(blocks->title, QStringLiteral("Number of blocks type"));
        QCOMPARE(blocks->types, types);
        QCOMPARE(blocks->rows.size(), blockRows);
        for (qsizetype i = 0; i < types.size(); ++i)
            QCOMPARE(blocks->count(0, u"DMA32", types.at(i)), dma32Blocks.at(i));
        QCOMPARE(blocks->count(0, u"DMA", u"Movable"), quint64(7));
        QVERIFY(!blocks->count(0, u"DMA", u"CMA").has_value());
        QVERIFY(!blocks->count(5, u"DMA", u"Movable").has_value());
    }

    void freeListsAddUpToBuddyinfo_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host");
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian");
    }
    void freeListsAddUpToBuddyinfo()
    {
        // Both files were captured in the same moment: per zone and order, the migrate types sum to
        // buddyinfo.
        QFETCH(QString, kernel);
        const KernelFs fs(test::fixtureRoot(kernel));
        const auto types = readPagetypeinfo(fs);
        const auto buddy = readBuddyinfo(fs);
        QVERIFY(types.ok() && buddy.ok());
        for (const BuddyInfo::Zone& zone : buddy->zones) {
            QList<quint64> sum(zone.orderCount(), 0);
            for (const PageTypeInfo::FreeList& list : types->freeLists) {
                if (list.node != zone.node || list.zone != zone.zone)
                    continue;
                for (qsizetype k = 0; k < list.freeBlocks.size() && k < sum.size(); ++k)
                    sum[k] += list.freeBlocks.at(k);
            }
            QCOMPARE(sum, zone.freeBlocks);
        }
    }

    void mixedBlocksTableAndCma()
    {
        // page_owner kernels add "Number of mixed blocks"; CMA kernels a CMA column.
        const QByteArray text = "Page block order: 10\nPages per block:  1024\n\n"
                                "Free pages count per migrate type at order       0      1\n"
                                "Node    0, zone   Normal, type          CMA      5      6\n"
                                "\n"
                                "Number of blocks type     Unmovable      Movable          CMA\n"
                                "Node 0, zone   Normal            1            2            3\n"
                                "Number of mixed blocks    Unmovable      Movable          CMA\n"
                                "Node 0, zone   Normal            0            1            0\n";
        const auto info = parsePagetypeinfo(text);
        QVERIFY(info.ok());
        QVERIFY(info->skippedLines.isEmpty());
        QCOMPARE(info->pageBlockOrder, 10);
        QCOMPARE(info->orders.size(), 2);
        QCOMPARE(info->migrateTypes(), QStringList{QStringLiteral("CMA")});
        QCOMPARE(info->blockTables.size(), 2);
        QCOMPARE(info->blockCounts()->count(0, u"Normal", u"CMA"), quint64(3));
        QCOMPARE(info->blockTables.at(1).title, QStringLiteral("Number of mixed blocks"));
        QCOMPARE(info->blockTables.at(1).count(0, u"Normal", u"Movable"), quint64(1));
    }

    void badLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("truncated row") << QByteArray("Node    0, zone   Normal, type    Mov");
        QTest::newRow("no type") << QByteArray("Node    0, zone   Normal      1      2\n");
        QTest::newRow("word in counts")
            << QByteArray("Node    0, zone   Normal, type    Movable      1      x\n");
        QTest::newRow("garbage") << QByteArray("%%%\n");
        QTest::newRow("overflow") << QByteArray("Node 0, zone N, type M 18446744073709551616\n");
    }
    void badLinesAreSkipped()
    {
        QFETCH(QByteArray, tail);
        const QByteArray text = "Page block order: 9\nFree pages count per migrate type at order 0 1\n"
                                "Node    0, zone   Normal, type    Unmovable      1      2\n" +
                                tail;
        const auto info = parsePagetypeinfo(text);
        QVERIFY(info.ok());
        QCOMPARE(info->freeLists.size(), 1);
        QCOMPARE(info->skippedLines.size(), 1);
        QCOMPARE(info->skippedLines.constFirst().line, 4);
    }

    void zoneRowBeforeHeaderIsMalformed()
    {
        const auto info = parsePagetypeinfo("Page block order: 9\nNode 0, zone DMA 1 2\n");
        QVERIFY(info.ok());
        QCOMPARE(info->skippedLines.size(), 1);
        QVERIFY(!info->pagesPerBlock.has_value());
    }

    void nothingUsableIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("hello\nworld\n");
        QTest::newRow("bad order") << QByteArray("Page block order: many\n");
    }
    void nothingUsableIsAnError()
    {
        QFETCH(QByteArray, input);
        const auto info = parsePagetypeinfo(input);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Malformed);
    }

    void rootOnly()
    {
        // /proc/pagetypeinfo is 0400 root: another user gets PermissionDenied, not an empty result.
        const int status = test::runAsNobody([] {
            const auto info = readPagetypeinfo(KernelFs());
            if (info.ok())
                return 1;
            return info.error().kind == ErrorKind::PermissionDenied ? 0 : 2;
        });
        QCOMPARE(status, 0);
    }

    void liveKernelAsRoot()
    {
        if (geteuid() != 0)
            QSKIP("/proc/pagetypeinfo needs root");
        const auto info = readPagetypeinfo(KernelFs());
        QVERIFY2(info.ok(), qPrintable(info.error().message()));
        QVERIFY(info->skippedLines.isEmpty());
        QVERIFY(info->pageBlockOrder.has_value());
        QCOMPARE(*info->pagesPerBlock, quint64(1) << *info->pageBlockOrder);
        QVERIFY(info->migrateTypes().contains(QStringLiteral("Movable")));
        QVERIFY(info->blockCounts());
    }
};

QTEST_GUILESS_MAIN(TestPagetypeinfo)
#include "tst_pagetypeinfo.moc"
