// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Zones: the node → zone tree and the facts of one zone, on captured kernels and hand-made zoneinfo.
#include "units.h"
#include "zonefactsmodel.h"
#include "zonetestdata.h"
#include "zonetreemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

class TestZoneTreeModel : public QObject
{
    Q_OBJECT

private:
    static QVariant sortValue(const ZoneFactsModel& facts, const char* key)
    {
        const int row = facts.rowOf(QString::fromLatin1(key));
        return row < 0 ? QVariant(QStringLiteral("missing row")) // fails every QCOMPARE against a number
                       : facts.index(row, ZoneFactsModel::PagesColumn).data(ZoneFactsModel::SortRole);
    }

private Q_SLOTS:
    // Expected values read by hand from tests/fixtures/<kernel>/proc/zoneinfo.
    void capturedKernels_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QString>("largest");
        QTest::addColumn<quint64>("nodeFree");
        QTest::addColumn<quint64>("nodeManaged");
        QTest::addColumn<QString>("emptyZone");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host")
                                   << QStringList{QStringLiteral("DMA"), QStringLiteral("DMA32"),
                                                  QStringLiteral("Normal"), QStringLiteral("Movable"),
                                                  QStringLiteral("Device")}
                                   << QStringLiteral("Normal") << quint64(3840 + 772'852 + 224'007)
                                   << quint64(3840 + 772'915 + 1'146'880) << QStringLiteral("Movable");
        // Debian's kernel in a VM with less than 4 GiB: Normal exists but holds nothing.
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian")
                                    << QStringList{QStringLiteral("DMA"), QStringLiteral("DMA32"),
                                                   QStringLiteral("Normal"), QStringLiteral("Movable"),
                                                   QStringLiteral("Device")}
                                    << QStringLiteral("DMA32") << quint64(3808 + 229'310)
                                    << quint64(3840 + 241'529) << QStringLiteral("Normal");
    }
    void capturedKernels()
    {
        QFETCH(QString, kernel);
        QFETCH(QStringList, zones);
        QFETCH(QString, largest);
        QFETCH(quint64, nodeFree);
        QFETCH(quint64, nodeManaged);
        QFETCH(QString, emptyZone);

        const ZonesSamplePtr sample = test::fixtureSample(kernel);
        QVERIFY(sample->zoneinfo && sample->buddyinfo && sample->pageTypes);
        ZoneTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSample(sample);

        QCOMPARE(model.rowCount(), 1);
        const QModelIndex node = model.index(0, ZoneTreeModel::NameColumn);
        QCOMPARE(node.data().toString(), QStringLiteral("Node 0"));
        QCOMPARE(node.data(ZoneTreeModel::NodeRole).toInt(), 0);
        QVERIFY(!model.zoneAt(node).isValid());
        QCOMPARE(model.index(0, ZoneTreeModel::FreeColumn).data(ZoneTreeModel::SortRole).toULongLong(),
                 nodeFree);
        QCOMPARE(model.index(0, ZoneTreeModel::ManagedColumn).data(ZoneTreeModel::SortRole).toULongLong(),
                 nodeManaged);
        QVERIFY(!model.index(0, ZoneTreeModel::MinColumn).data(ZoneTreeModel::SortRole).isValid());

        QStringList names;
        for (int z = 0; z < model.rowCount(node); ++z)
            names.append(model.index(z, 0, node).data().toString());
        QCOMPARE(names, zones);
        QCOMPARE(model.largestZone(), (ZoneKey{0, largest}));

        const QModelIndex empty = model.indexOf(ZoneKey{0, emptyZone});
        QVERIFY(empty.isValid());
        QCOMPARE(empty.data(ZoneTreeModel::PopulatedRole).toBool(), false);
        QVERIFY(empty.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(empty.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no memory")));
        const QModelIndex dma = model.indexOf(ZoneKey{0, QStringLiteral("DMA")});
        QCOMPARE(dma.data(ZoneTreeModel::PopulatedRole).toBool(), true);
        QCOMPARE(model.zoneAt(dma), (ZoneKey{0, QStringLiteral("DMA")}));
        // DMA spans 4095 pages on both kernels: 16 MiB minus one 4 KiB page.
        QCOMPARE(
            dma.siblingAtColumn(ZoneTreeModel::SpannedColumn).data(ZoneTreeModel::SortRole).toULongLong(),
            4095ULL);
        QCOMPARE(dma.siblingAtColumn(ZoneTreeModel::SpannedColumn).data().toString(),
                 QStringLiteral("16.0 MiB"));
        QVERIFY(dma.siblingAtColumn(ZoneTreeModel::SpannedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("4,095 pages")));
    }

    void twoNodesWithSeveralZones()
    {
        ZoneTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSample(test::sampleFrom(test::twoNodeZoneinfo(), test::twoNodeBuddyinfo()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Node 1"));
        const QModelIndex normal1 = model.indexOf(ZoneKey{1, QStringLiteral("Normal")});
        QCOMPARE(normal1.parent(), model.index(1, 0));
        QCOMPARE(
            normal1.siblingAtColumn(ZoneTreeModel::HighColumn).data(ZoneTreeModel::SortRole).toULongLong(),
            14'250ULL);
        QCOMPARE(model.largestZone(), (ZoneKey{1, QStringLiteral("Normal")}));
        QCOMPARE(model.index(1, ZoneTreeModel::FreeColumn).data(ZoneTreeModel::SortRole).toULongLong(),
                 1'499'136ULL);
        // A zone row has no children; a node row's children do not go below one level.
        QCOMPARE(model.rowCount(normal1), 0);
        QVERIFY(!model.indexOf(ZoneKey{2, QStringLiteral("Normal")}).isValid());
    }

    void sameZonesOnlyChangeData()
    {
        ZoneTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSample(test::sampleFrom(test::twoNodeZoneinfo(), test::twoNodeBuddyinfo()));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSample(test::sampleFrom(test::twoNodeZoneinfo(4096), test::twoNodeBuddyinfo()));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 3); // the node rows and each node's zones
        const QModelIndex normal0 = model.indexOf(ZoneKey{0, QStringLiteral("Normal")});
        QCOMPARE(
            normal0.siblingAtColumn(ZoneTreeModel::FreeColumn).data(ZoneTreeModel::SortRole).toULongLong(),
            4096ULL);

        // A zone that appears (memory hot-plugged into a new node) changes the shape: one reset.
        model.setSample(test::sampleFrom(
            test::twoNodeZoneinfo() + test::zoneBlock(2, "Normal", 10, 1, 2, 3, 100, 100, 90, "(0, 0)"),
            test::twoNodeBuddyinfo()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void zoneinfoFailingStillListsTheBuddyZones()
    {
        ZoneTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSample(test::sampleFrom("this is not zoneinfo\n", test::twoNodeBuddyinfo()));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex normal0 = model.indexOf(ZoneKey{0, QStringLiteral("Normal")});
        QCOMPARE(
            normal0.siblingAtColumn(ZoneTreeModel::FreeColumn).data(ZoneTreeModel::SortRole).toULongLong(),
            2048ULL); // summed from the free lists
        QVERIFY(!normal0.siblingAtColumn(ZoneTreeModel::MinColumn).data(ZoneTreeModel::SortRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headersExplainEveryColumn()
    {
        ZoneTreeModel model;
        for (int c = 0; c < ZoneTreeModel::ColumnCount; ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY2(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 40,
                     qPrintable(model.headerData(c, Qt::Horizontal).toString()));
        }
    }

    void factsOfAZone_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<quint64>("min");
        QTest::addColumn<quint64>("protectionDma32");
        QTest::addColumn<quint64>("protectionNormal");
        QTest::addColumn<bool>("hasPromo");
        QTest::newRow("6.18 host") << QStringLiteral("linux-6.18-host") << quint64(33) << quint64(3019)
                                   << quint64(7499) << true;
        QTest::newRow("6.1 debian") << QStringLiteral("linux-6.1-debian") << quint64(178) << quint64(932)
                                    << quint64(932) << false;
    }
    void factsOfAZone()
    {
        QFETCH(QString, kernel);
        QFETCH(quint64, min);
        QFETCH(quint64, protectionDma32);
        QFETCH(quint64, protectionNormal);
        QFETCH(bool, hasPromo);

        ZoneFactsModel facts;
        QAbstractItemModelTester tester(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(facts.rowCount(), 0); // no zone, no sample
        facts.setSample(test::fixtureSample(kernel));
        QCOMPARE(facts.rowCount(), 0);
        facts.setZone(ZoneKey{0, QStringLiteral("DMA")});
        QVERIFY(facts.rowCount() > 10);

        QCOMPARE(sortValue(facts, "min").toULongLong(), min);
        QCOMPARE(sortValue(facts, "spanned").toULongLong(), 4095ULL);
        QCOMPARE(sortValue(facts, "present").toULongLong(), 3998ULL);
        QCOMPARE(sortValue(facts, "managed").toULongLong(), 3840ULL);
        QCOMPARE(sortValue(facts, "holes").toULongLong(), 97ULL);     // 4095 − 3998
        QCOMPARE(sortValue(facts, "reserved").toULongLong(), 158ULL); // 3998 − 3840
        QCOMPARE(facts.rowOf(QStringLiteral("promo")) >= 0, hasPromo);
        // The protection against each higher zone, named after it; none against DMA itself.
        QCOMPARE(sortValue(facts, "protection:DMA32").toULongLong(), protectionDma32);
        QCOMPARE(sortValue(facts, "protection:Normal").toULongLong(), protectionNormal);
        QCOMPARE(facts.rowOf(QStringLiteral("protection:DMA")), -1);
        const int normal = facts.rowOf(QStringLiteral("protection:Normal"));
        QCOMPARE(facts.index(normal, ZoneFactsModel::FactColumn).data().toString(),
                 QStringLiteral("Protection from Normal"));
        QVERIFY(facts.index(normal, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("lowmem_reserve")));
        // min in bytes, with its unit.
        const int minRow = facts.rowOf(QStringLiteral("min"));
        QCOMPARE(facts.index(minRow, ZoneFactsModel::ValueColumn).data().toString(),
                 Units::formatBytes(min * 4096));
        QVERIFY(facts.index(minRow, ZoneFactsModel::ValueColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("KiB")));
        // DMA has far more free than its high watermark on both captures.
        const int pressure = facts.rowOf(QStringLiteral("pressure"));
        QCOMPARE(facts.index(pressure, ZoneFactsModel::ValueColumn).data().toString(),
                 ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::AboveHigh));
        // DMA starts at page frame 1: physical address 4 KiB.
        const int pfn = facts.rowOf(QStringLiteral("start_pfn"));
        QCOMPARE(sortValue(facts, "start_pfn").toULongLong(), 1ULL);
        QCOMPARE(facts.index(pfn, ZoneFactsModel::ValueColumn).data().toString(), QStringLiteral("4.00 KiB"));
        QVERIFY(facts.index(pfn, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0x1000")));
        for (int r = 0; r < facts.rowCount(); ++r)
            QVERIFY2(facts.index(r, 0).data(Qt::ToolTipRole).toString().size() > 30,
                     qPrintable(facts.index(r, 0).data().toString()));
    }

    void pressureAgainstTheWatermarks()
    {
        ZoneFactsModel facts;
        QAbstractItemModelTester tester(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        facts.setZone(ZoneKey{0, QStringLiteral("Normal")});
        QSignalSpy reset(&facts, &QAbstractItemModel::modelReset);
        const auto pressureWith = [&](quint64 free) {
            facts.setSample(test::sampleFrom(test::twoNodeZoneinfo(free), test::twoNodeBuddyinfo()));
            return facts.index(facts.rowOf(QStringLiteral("pressure")), ZoneFactsModel::ValueColumn)
                .data()
                .toString();
        };
        // min 9000, low 11 250, high 13 500
        QCOMPARE(pressureWith(20'000), ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::AboveHigh));
        QCOMPARE(pressureWith(12'000), ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::AboveLow));
        QCOMPARE(pressureWith(10'000), ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::AboveMin));
        QCOMPARE(pressureWith(9000), ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::AtOrBelowMin));
        QCOMPARE(reset.count(), 1); // the first sample; later ones only change values

        facts.setZone(ZoneKey{1, QStringLiteral("Movable")});
        QCOMPARE(facts.index(facts.rowOf(QStringLiteral("pressure")), ZoneFactsModel::ValueColumn)
                     .data()
                     .toString(),
                 ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::Empty));
    }

    void missingFieldsAreSaidToBeMissing()
    {
        // An old or unusual layout: no high, no managed, no boost, no protection line.
        const QByteArray zoneinfo = "Node 0, zone   Normal\n"
                                    "  pages free     1000\n"
                                    "        min      10\n"
                                    "        low      20\n"
                                    "        spanned  5000\n"
                                    "        present  4000\n"
                                    "      nr_free_pages 1000\n";
        const QByteArray buddyinfo = "Node 0, zone   Normal   1000 0 0 0 0 0 0 0 0 0 0\n";
        ZoneFactsModel facts;
        QAbstractItemModelTester tester(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        facts.setSample(test::sampleFrom(zoneinfo, buddyinfo));
        facts.setZone(ZoneKey{0, QStringLiteral("Normal")});
        const int high = facts.rowOf(QStringLiteral("high"));
        QVERIFY(high >= 0);
        QCOMPARE(facts.index(high, ZoneFactsModel::ValueColumn).data().toString(),
                 QStringLiteral("not reported"));
        QVERIFY(!facts.index(high, ZoneFactsModel::PagesColumn).data(ZoneFactsModel::SortRole).isValid());
        QCOMPARE(facts.index(facts.rowOf(QStringLiteral("managed")), ZoneFactsModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("not reported"));
        QCOMPARE(facts.rowOf(QStringLiteral("reserved")), -1); // present − managed cannot be known
        QCOMPARE(facts.rowOf(QStringLiteral("boost")), -1);
        QCOMPARE(sortValue(facts, "holes").toULongLong(), 1000ULL);
        QCOMPARE(facts.index(facts.rowOf(QStringLiteral("pressure")), ZoneFactsModel::ValueColumn)
                     .data()
                     .toString(),
                 ZoneFactsModel::pressureText(ZoneFactsModel::Pressure::Unknown));
        const int protection = facts.rowOf(QStringLiteral("protection"));
        QVERIFY(protection >= 0);
        QVERIFY(facts.index(protection, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no protection")));

        ZoneTreeModel tree;
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSample(test::sampleFrom(zoneinfo, buddyinfo));
        const QModelIndex normal = tree.indexOf(ZoneKey{0, QStringLiteral("Normal")});
        QVERIFY(!normal.siblingAtColumn(ZoneTreeModel::HighColumn).data(ZoneTreeModel::SortRole).isValid());
        QCOMPARE(normal.siblingAtColumn(ZoneTreeModel::HighColumn).data().toString(), QString());
        QCOMPARE(normal.siblingAtColumn(ZoneTreeModel::HighColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Not reported by this kernel."));
    }
};

QTEST_GUILESS_MAIN(TestZoneTreeModel)
#include "tst_zonetreemodel.moc"
