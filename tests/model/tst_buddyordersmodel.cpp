// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Zones: the free lists per order with the unusable free space index, and the migrate-type
// breakdown, on captured kernels and on hand-made files with other order counts.
#include "buddyordersmodel.h"
#include "migratetypesmodel.h"
#include "units.h"
#include "zonetestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace kaleido;

namespace {

QByteArray normalZone(quint64 free)
{
    return test::zoneBlock(0, "Normal", free, 100, 125, 150, 1'000'000, 1'000'000, 990'000, "(0, 0)");
}

/// The unusable free space index, computed here from its definition: free pages in blocks below @p order over
/// all free pages (1 when nothing is free).
double expectedIndex(const QList<quint64>& blocks, int order)
{
    quint64 all = 0;
    quint64 below = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        all += blocks.at(i) << i;
        if (i < order)
            below += blocks.at(i) << i;
    }
    return all == 0 ? 1.0 : double(below) / double(all);
}

} // namespace

class TestBuddyOrdersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/buddyinfo.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QList<quint64>>("blocks");
        QTest::addColumn<quint64>("freePages");
        QTest::newRow("6.18 host, Normal")
            << QStringLiteral("linux-6.18-host") << QStringLiteral("Normal")
            << QList<quint64>{470, 622, 977, 275, 54, 3, 31, 26, 12, 102, 151} << quint64(224'014);
        QTest::newRow("6.1 debian, DMA32")
            << QStringLiteral("linux-6.1-debian") << QStringLiteral("DMA32")
            << QList<quint64>{2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 222} << quint64(229'310);
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, zone);
        QFETCH(QList<quint64>, blocks);
        QFETCH(quint64, freePages);

        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.emptyReason().isEmpty()); // nothing selected yet
        model.setSample(test::fixtureSample(kernel));
        model.setZone(ZoneKey{0, zone});
        QCOMPARE(model.rowCount(), 11);
        QVERIFY(model.emptyReason().isEmpty());
        QCOMPARE(model.freePages(), freePages);
        for (int order = 0; order < 11; ++order) {
            QCOMPARE(model.index(order, BuddyOrdersModel::BlocksColumn)
                         .data(BuddyOrdersModel::SortRole)
                         .toULongLong(),
                     blocks.at(order));
            QCOMPARE(model.index(order, BuddyOrdersModel::BytesColumn)
                         .data(BuddyOrdersModel::SortRole)
                         .toULongLong(),
                     (blocks.at(order) << order) * 4096);
            QCOMPARE(model.index(order, BuddyOrdersModel::UnusableColumn)
                         .data(BuddyOrdersModel::SortRole)
                         .toDouble(),
                     expectedIndex(blocks, order));
        }
        QCOMPARE(model.index(0, BuddyOrdersModel::OrderColumn).data().toString(),
                 QStringLiteral("order 0 · 4 KiB"));
        QCOMPARE(model.index(3, BuddyOrdersModel::OrderColumn).data().toString(),
                 QStringLiteral("order 3 · 32 KiB"));
        QCOMPARE(model.index(10, BuddyOrdersModel::OrderColumn).data().toString(),
                 QStringLiteral("order 10 · 4 MiB"));
        QCOMPARE(model.index(10, BuddyOrdersModel::BytesColumn).data().toString(),
                 Units::formatBytes(blocks.at(10) * 1024 * 4096));
        QCOMPARE(model.maxBlocks(), *std::max_element(blocks.cbegin(), blocks.cend()));
        // The shares add up to the whole free memory.
        double shares = 0;
        for (int order = 0; order < 11; ++order)
            shares +=
                model.index(order, BuddyOrdersModel::ShareColumn).data(BuddyOrdersModel::SortRole).toDouble();
        QVERIFY(qFuzzyCompare(shares, 1.0));
    }

    void exactIndexWithElevenOrders()
    {
        // 256 + 128·2 + 64·4 + 32·8 = 1024 pages in orders 0…3, and one 1024-page block: 2048 pages free.
        const QList<quint64> blocks{256, 128, 64, 32, 0, 0, 0, 0, 0, 0, 1};
        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(test::sampleFrom(
            normalZone(2048), "Node 0, zone   Normal    256    128     64     32 0 0 0 0 0 0 1\n"));
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.freePages(), 2048ULL);
        const QList<double> expected{0.0, 0.125, 0.25, 0.375, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        for (int order = 0; order < 11; ++order) {
            QCOMPARE(model.unusableIndexAt(order), expected.at(order));
            QCOMPARE(expectedIndex(blocks, order), expected.at(order)); // the definition agrees
        }
        QCOMPARE(model.index(3, BuddyOrdersModel::UnusableColumn).data().toString(), QStringLiteral("0.375"));
        QCOMPARE(model.index(3, BuddyOrdersModel::ShareColumn).data().toString(), QStringLiteral("12.5 %"));
        QVERIFY(
            model.index(4, BuddyOrdersModel::UnusableColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("50.0 % of the free memory is in blocks smaller than 64 KiB")));
        // The formula is in the column's tooltip.
        QVERIFY(model.headerData(BuddyOrdersModel::UnusableColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("(F − Σ_{i≥j} n_i·2^i) / F")));
    }

    void exactIndexWithThirteenOrders()
    {
        // A kernel with MAX_ORDER 13 (e.g. a larger CONFIG_ARCH_FORCE_MAX_ORDER): 1024 pages in orders 0…3
        // and one order-8 block of 256 pages, 1280 pages free.
        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(
            test::sampleFrom(normalZone(1280), "Node 0, zone   Normal 256 128 64 32 0 0 0 0 1 0 0 0 0\n"));
        QCOMPARE(model.rowCount(), 13);
        const QList<double> expected{0.0, 0.2, 0.4, 0.6, 0.8, 0.8, 0.8, 0.8, 0.8, 1.0, 1.0, 1.0, 1.0};
        for (int order = 0; order < 13; ++order)
            QCOMPARE(model.unusableIndexAt(order), expected.at(order));
        QCOMPARE(model.index(12, BuddyOrdersModel::OrderColumn).data().toString(),
                 QStringLiteral("order 12 · 16 MiB"));
        QCOMPARE(model.index(12, BuddyOrdersModel::UnusableColumn).data().toString(),
                 QStringLiteral("1.000"));
    }

    void fourteenOrdersWithLargePages()
    {
        // arm64 with 64 KiB pages has 14 orders: the largest block is 2^13 × 64 KiB = 512 MiB.
        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(test::sampleFrom(normalZone(8192 + 3),
                                         "Node 0, zone   Normal 1 1 0 0 0 0 0 0 0 0 0 0 0 1\n", {}, 65536));
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.index(13, BuddyOrdersModel::OrderColumn).data().toString(),
                 QStringLiteral("order 13 · 512 MiB"));
        QCOMPARE(model.index(0, BuddyOrdersModel::OrderColumn).data().toString(),
                 QStringLiteral("order 0 · 64 KiB"));
        QCOMPARE(model.bytesAt(13), 512ULL << 20);
        QCOMPARE(model.unusableIndexAt(13), 3.0 / 8195.0);
    }

    void orderCountChangeResetsSameCountOnlyChangesData()
    {
        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(test::sampleFrom(normalZone(1), "Node 0, zone Normal 1 0 0 0 0 0 0 0 0 0 0\n"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSample(test::sampleFrom(normalZone(3), "Node 0, zone Normal 1 1 0 0 0 0 0 0 0 0 0\n"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        model.setSample(test::sampleFrom(normalZone(3), "Node 0, zone Normal 1 1 0 0 0 0 0 0 0 0 0 0 0\n"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 13);
    }

    void nothingFreeCountsAsUnusable()
    {
        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(test::sampleFrom(normalZone(0), "Node 0, zone Normal 0 0 0 0 0 0 0 0 0 0 0\n"));
        QCOMPARE(model.rowCount(), 11);
        for (int order = 0; order < 11; ++order)
            QCOMPARE(model.unusableIndexAt(order), 1.0);
        QVERIFY(model.index(0, BuddyOrdersModel::UnusableColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Nothing is free")));
        QCOMPARE(model.index(0, BuddyOrdersModel::ShareColumn).data(BuddyOrdersModel::SortRole).toDouble(),
                 0.0);
    }

    void zonesWithoutFreeListsSayWhy()
    {
        BuddyOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSample(test::fixtureSample(QStringLiteral("linux-6.1-debian")));
        model.setZone(ZoneKey{0, QStringLiteral("DMA32")});
        QCOMPARE(model.rowCount(), 11);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")}); // present 0 in this VM
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.emptyReason().contains(QStringLiteral("has no memory")),
                 qPrintable(model.emptyReason()));

        model.setSample(test::sampleFrom(test::twoNodeZoneinfo(), "garbage\n"));
        model.setZone(ZoneKey{0, QStringLiteral("DMA")});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.emptyReason().contains(QStringLiteral("could not be read")),
                 qPrintable(model.emptyReason()));
    }

    void migrateTypes_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<quint64>>("movable");
        QTest::addColumn<QList<quint64>>("pageBlocks");
        // Read by hand from tests/fixtures/<kernel>/proc/pagetypeinfo.
        const QStringList types{QStringLiteral("Unmovable"), QStringLiteral("Movable"),
                                QStringLiteral("Reclaimable"), QStringLiteral("HighAtomic"),
                                QStringLiteral("Isolate")};
        QTest::newRow("6.18 host, Normal")
            << QStringLiteral("linux-6.18-host") << QStringLiteral("Normal") << types
            << QList<quint64>{329, 90, 538, 134, 2, 1, 3, 1, 1, 101, 151}
            << QList<quint64>{70, 2071, 99, 0, 0};
        QTest::newRow("6.1 debian, DMA32")
            << QStringLiteral("linux-6.1-debian") << QStringLiteral("DMA32") << types
            << QList<quint64>{1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 222} << QList<quint64>{46, 452, 6, 0, 0};
    }
    void migrateTypes()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, zone);
        QFETCH(QStringList, types);
        QFETCH(QList<quint64>, movable);
        QFETCH(QList<quint64>, pageBlocks);

        MigrateTypesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ZonesSamplePtr sample = test::fixtureSample(kernel);
        model.setSample(sample);
        model.setZone(ZoneKey{0, zone});
        QVERIFY(model.hasData());
        QCOMPARE(model.orderCount(), 11);
        QCOMPARE(model.columnCount(), 1 + 11 + 2);
        QCOMPARE(model.pageBlockOrder(), std::optional<int>(9));
        QCOMPARE(model.pagesPerBlock(), std::optional<quint64>(512));
        QStringList rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.append(model.index(r, MigrateTypesModel::TypeColumn).data().toString());
        QCOMPARE(rows, types);
        const int movableRow = model.rowOf(u"Movable");
        for (int order = 0; order < 11; ++order)
            QCOMPARE(model.index(movableRow, MigrateTypesModel::FirstOrderColumn + order)
                         .data(MigrateTypesModel::SortRole)
                         .toULongLong(),
                     movable.at(order));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, model.pageBlocksColumn()).data(MigrateTypesModel::SortRole).toULongLong(),
                     pageBlocks.at(r));
        // The types together hold the zone's free lists: per order they add up to buddyinfo's blocks (both
        // files were captured moments apart, and these lines agree).
        const BuddyInfo::Zone* buddy = sample->buddy(ZoneKey{0, zone});
        QVERIFY(buddy);
        if (kernel == QStringLiteral("linux-6.18-host")) {
            for (int order = 0; order < 11; ++order) {
                quint64 sum = 0;
                for (int r = 0; r < model.rowCount(); ++r)
                    sum += model.freeBlocks(r, order);
                QCOMPARE(sum, buddy->freeBlocks.at(order));
            }
        }
        QCOMPARE(model.index(movableRow, model.bytesColumn()).data(MigrateTypesModel::SortRole).toULongLong(),
                 model.freeBytes(movableRow));
        QCOMPARE(model.headerData(MigrateTypesModel::FirstOrderColumn + 3, Qt::Horizontal).toString(),
                 QStringLiteral("3\n32 KiB"));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(Qt::ToolTipRole).toString().size() > 40);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    void migrateTypesNeverShowWhatWasNotRead()
    {
        MigrateTypesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(test::fixtureSample(QStringLiteral("linux-6.18-host")));
        QVERIFY(model.hasData());

        // A sample without pagetypeinfo (a normal user): no rows, no zeros.
        model.setSample(test::sampleFrom(test::twoNodeZoneinfo(), test::twoNodeBuddyinfo()));
        QVERIFY(!model.hasData());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.emptyReason().isEmpty());

        // A read that failed says so.
        auto failed = std::make_shared<ZonesSample>(
            *test::sampleFrom(test::twoNodeZoneinfo(), test::twoNodeBuddyinfo()));
        failed->pageTypesError =
            Error{ErrorKind::PermissionDenied, QStringLiteral("/proc/pagetypeinfo"), 0, {}};
        model.setSample(failed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.emptyReason().contains(QStringLiteral("/proc/pagetypeinfo")),
                 qPrintable(model.emptyReason()));

        model.setSample(test::fixtureSample(QStringLiteral("linux-6.18-host")));
        QVERIFY(model.hasData());
        model.clear();
        QVERIFY(!model.hasData());
        QCOMPARE(model.rowCount(), 0);
    }

    void migrateTypesWithCmaAndThirteenOrders()
    {
        // Single blanks between the numbers: the kernel pads them, the parser must not depend on it.
        const QByteArray pagetypeinfo =
            "Page block order: 10\n"
            "Pages per block:  1024\n"
            "\n"
            "Free pages count per migrate type at order 0 1 2 3 4 5 6 7 8 9 10 11 12\n"
            "Node    0, zone   Normal, type    Unmovable 5 0 0 0 0 0 0 0 0 0 0 0 0\n"
            "Node    0, zone   Normal, type      Movable 1 2 3 4 5 6 7 8 9 10 11 12 13\n"
            "Node    0, zone   Normal, type          CMA 0 0 0 0 0 0 0 0 0 0 0 0 2\n"
            "\n"
            "Number of blocks type     Unmovable      Movable          CMA\n"
            "Node 0, zone   Normal            3           40            8\n";
        MigrateTypesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(ZoneKey{0, QStringLiteral("Normal")});
        model.setSample(
            test::sampleFrom(normalZone(1), "Node 0, zone Normal 1 0 0 0 0 0 0 0 0 0 0 0 0\n", pagetypeinfo));
        QCOMPARE(model.orderCount(), 13);
        QCOMPARE(model.rowCount(), 3);
        const int cma = model.rowOf(u"CMA");
        QCOMPARE(cma, 2);
        QCOMPARE(model.freeBlocks(cma, 12), 2ULL);
        QCOMPARE(model.freeBytes(cma), 2ULL * 4096 * 4096); // two blocks of 2^12 pages
        QCOMPARE(model.pageBlocks(cma), std::optional<quint64>(8));
        QCOMPARE(model.pagesPerBlock(), std::optional<quint64>(1024));
        QVERIFY(model.index(cma, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("contiguous")));
    }
};

QTEST_GUILESS_MAIN(TestBuddyOrdersModel)
#include "tst_buddyordersmodel.moc"
