// SPDX-License-Identifier: GPL-2.0-or-later
// Memory ▸ Zones: free memory against the watermarks over time, in bounded buffers.
#include "chartroles.h"
#include "ringbuffer.h"
#include "zonehistorymodel.h"
#include "zonetestdata.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

namespace {

ZonesSample sampleAt(qint64 msecs, quint64 normalFree)
{
    auto sample =
        test::sampleFrom(test::twoNodeZoneinfo(normalFree), test::twoNodeBuddyinfo(), {}, 4096, msecs);
    return *sample;
}

const ZoneKey normal0{0, QStringLiteral("Normal")};
const ZoneKey dma0{0, QStringLiteral("DMA")};

} // namespace

class TestZoneHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringBufferKeepsTheNewest()
    {
        RingBuffer<int> ring(3);
        QVERIFY(ring.isEmpty());
        QVERIFY(!ring.append(1));
        QVERIFY(!ring.append(2));
        QVERIFY(!ring.append(3));
        QVERIFY(ring.isFull());
        QVERIFY(ring.append(4)); // 1 goes
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.first(), 2);
        QCOMPARE(ring.last(), 4);
        ring.removeFirst(2);
        QCOMPARE(ring.size(), 1);
        QCOMPARE(ring.first(), 4);
        QVERIFY(!ring.append(5));
        QVERIFY(!ring.append(6));
        QCOMPARE((QList<int>{ring.at(0), ring.at(1), ring.at(2)}), (QList<int>{4, 5, 6}));
        ring.setCapacity(2);
        QCOMPARE((QList<int>{ring.at(0), ring.at(1)}), (QList<int>{5, 6}));
        ring.removeFirst(10);
        QVERIFY(ring.isEmpty());
    }

    void ringBufferGrowsAfterRemovalsWithoutLosingOrder()
    {
        // Space freed at the front while the storage is still growing must not be overwritten out of order.
        RingBuffer<int> ring(10);
        for (int i = 0; i < 5; ++i)
            ring.append(i);
        ring.removeFirst(2); // 2 3 4
        for (int i = 5; i < 12; ++i)
            ring.append(i); // 2 … 11: ten elements, none dropped
        QCOMPARE(ring.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(ring.at(i), i + 2);
        QVERIFY(ring.append(12));
        QCOMPARE(ring.first(), 3);
        QCOMPARE(ring.last(), 12);
    }

    void followsTheChartContract()
    {
        ZoneHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(0, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                 QStringLiteral("time"));
        const QStringList keys{QStringLiteral("free"), QStringLiteral("min"), QStringLiteral("low"),
                               QStringLiteral("high")};
        for (int c = 1; c < model.columnCount(); ++c) {
            QCOMPARE(model.headerData(c, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                     keys.at(c - 1));
            QCOMPARE(model.headerData(c, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>(),
                     ValueUnit::Bytes);
            QVERIFY(model.headerData(c, Qt::Horizontal, Qt::DecorationRole).value<QColor>().isValid());
            QVERIFY(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 30);
        }
    }

    void recordsEveryZoneAndShowsTheSelectedOne()
    {
        ZoneHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(normal0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 5; ++i)
            model.addSample(sampleAt(1'000'000 + i * 1000, 10'000 + quint64(i)));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(model.index(0, ZoneHistoryModel::TimeColumn).data(ChartRoles::RawValueRole).toLongLong(),
                 1'000'000);
        QCOMPARE(model.index(4, ZoneHistoryModel::FreeColumn).data(ChartRoles::RawValueRole).toLongLong(),
                 10'004LL * 4096);
        QCOMPARE(model.index(4, ZoneHistoryModel::MinColumn).data(ChartRoles::RawValueRole).toLongLong(),
                 9000LL * 4096);
        QCOMPARE(model.index(4, ZoneHistoryModel::HighColumn).data(ChartRoles::RawValueRole).toLongLong(),
                 13'500LL * 4096);
        QVERIFY(
            model.index(4, ZoneHistoryModel::FreeColumn).data().toString().endsWith(QStringLiteral("MiB")));

        // Another zone has its own history, recorded all along.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setZone(dma0);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, ZoneHistoryModel::FreeColumn).data(ChartRoles::RawValueRole).toLongLong(),
                 2784LL * 4096);
        QCOMPARE(model.sampleCount(ZoneKey{1, QStringLiteral("Normal")}), 5);
        model.setZone(ZoneKey{7, QStringLiteral("Normal")});
        QCOMPARE(model.rowCount(), 0);
    }

    void missingValuesAreInvalid()
    {
        ZoneHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(normal0);
        model.addSample(
            *test::sampleFrom("Node 0, zone Normal\n  pages free 10\n        min 1\n        low 2\n",
                              "Node 0, zone Normal 10 0 0 0 0 0 0 0 0 0 0\n"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, ZoneHistoryModel::HighColumn).data(ChartRoles::RawValueRole).isValid());
        QCOMPARE(model.index(0, ZoneHistoryModel::HighColumn).data().toString(),
                 QStringLiteral("not reported"));
        // A sample without zoneinfo adds nothing.
        model.addSample(*test::sampleFrom("garbage\n", "Node 0, zone Normal 10 0 0 0 0 0 0 0 0 0 0\n", {},
                                          4096, 2'000'000));
        QCOMPARE(model.rowCount(), 1);
    }

    void memoryStaysBoundedAtTenSamplesASecond()
    {
        // Ten samples a second for twice the history: each zone keeps at most capacity() samples.
        ZoneHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistorySeconds(10);
        QCOMPARE(model.capacity(), 101);
        model.setZone(normal0);
        int most = 0;
        for (int i = 0; i < 200; ++i) {
            model.addSample(sampleAt(qint64(i) * 100, quint64(i)));
            most = std::max(most, model.rowCount());
        }
        QCOMPARE(most, 101);
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(model.timeAt(0), 9900); // 19.9 s − 10 s
        QCOMPARE(model.sampleCount(ZoneKey{1, QStringLiteral("Normal")}), 101);

        // Faster than the buffers were sized for (every millisecond): the capacity still holds.
        model.clear();
        for (int i = 0; i < 300; ++i)
            model.addSample(sampleAt(1'000'000 + i, quint64(i)));
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(model.timeAt(100), 1'000'299);
    }

    void oldSamplesFallOffByTime()
    {
        ZoneHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(normal0);
        model.setHistorySeconds(30);
        for (int i = 0; i <= 60; ++i)
            model.addSample(sampleAt(qint64(i) * 1000, quint64(i)));
        QCOMPARE(model.rowCount(), 31); // 30 … 60 s
        QCOMPARE(model.timeAt(0), 30'000);
        model.setHistorySeconds(10);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.timeAt(0), 50'000);
    }

    void clockSetBackStartsAgain()
    {
        ZoneHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZone(normal0);
        model.addSample(sampleAt(5000, 1));
        model.addSample(sampleAt(6000, 2));
        model.addSample(sampleAt(1000, 3));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.timeAt(0), 1000);
    }
};

QTEST_GUILESS_MAIN(TestZoneHistoryModel)
#include "tst_zonehistorymodel.moc"
