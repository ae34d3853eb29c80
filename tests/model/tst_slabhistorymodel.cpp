// SPDX-License-Identifier: GPL-2.0-or-later
// The chart model of Memory ▸ Slab: the largest caches over time under the ChartRoles contract, which caches
// are charted (and when that changes), the selected cache, and the history kept in constant memory.
#include "chartroles.h"
#include "slabhistorymodel.h"
#include "slabinfo.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

namespace {

/// A slabinfo with one-page slabs; @p caches maps name → slabs (so bytes = slabs × 4096).
SlabInfo sample(const QList<std::pair<const char*, quint64>>& caches)
{
    SlabInfo info;
    for (const auto& [name, slabs] : caches) {
        SlabInfo::Cache cache;
        cache.name = QString::fromLatin1(name);
        cache.objSize = 64;
        cache.objPerSlab = 64;
        cache.pagesPerSlab = 1;
        cache.numSlabs = cache.activeSlabs = slabs;
        cache.numObjs = cache.activeObjs = slabs * 64;
        info.caches.append(cache);
    }
    return info;
}

qint64 rawAt(const SlabHistoryModel& model, int row, int column)
{
    return model.index(row, column).data(ChartRoles::RawValueRole).toLongLong();
}

} // namespace

class TestSlabHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsTheLargestCaches()
    {
        SlabHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopCount(2);
        model.addSample(1'000, sample({{"a", 10}, {"b", 30}, {"c", 20}, {"d", 1}}), 4096);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.chartedCaches(), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        // The ChartRoles contract: time, then bytes with the unit, key and colour in the header.
        QCOMPARE(rawAt(model, 0, 0), 1'000);
        QCOMPARE(rawAt(model, 0, 1), 30 * 4096);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"b");
        QCOMPARE(model.headerData(1, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(), u"b");
        QCOMPARE(model.headerData(1, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>(),
                 ValueUnit::Bytes);
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::DecorationRole).value<QColor>().isValid());
        QVERIFY(!model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // Same caches in front: one new row, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addSample(2'000, sample({{"a", 10}, {"b", 31}, {"c", 21}, {"d", 1}}), 4096);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);

        // a passes c by less than 5 %: c stays; by more: a takes c's column (b keeps its own), with its past.
        model.addSample(3'000, sample({{"a", 22}, {"b", 31}, {"c", 21}, {"d", 1}}), 4096);
        QCOMPARE(model.chartedCaches(), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(resets.size(), 0);
        model.addSample(4'000, sample({{"a", 40}, {"b", 31}, {"c", 21}, {"d", 1}}), 4096);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.chartedCaches(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(rawAt(model, 0, 2), 10 * 4096); // a's first sample, from before it was charted
        QCOMPARE(rawAt(model, 3, 2), 40 * 4096);

        // A vanished cache frees its column; it reads as "not reported" where it was absent.
        model.addSample(5'000, sample({{"a", 40}, {"c", 21}, {"d", 1}}), 4096);
        QCOMPARE(model.chartedCaches(), (QStringList{QStringLiteral("c"), QStringLiteral("a")}));
        QVERIFY(!model.bytesAt(4, QStringLiteral("b")));
        QCOMPARE(*model.bytesAt(3, QStringLiteral("b")), 31u * 4096);
    }

    void theSelectedCacheIsChartedToo()
    {
        SlabHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopCount(1);
        model.addSample(1'000, sample({{"big", 100}, {"small", 1}}), 4096);
        model.addSample(2'000, sample({{"big", 100}, {"small", 2}}), 4096);
        QCOMPARE(model.columnCount(), 2);
        model.setPinnedCache(QStringLiteral("small"));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"small (selected)");
        QCOMPARE(rawAt(model, 0, 2), 4096);
        QCOMPARE(rawAt(model, 1, 2), 2 * 4096);
        // Selecting a cache that is charted anyway adds nothing.
        model.setPinnedCache(QStringLiteral("big"));
        QCOMPARE(model.columnCount(), 2);
        model.setPinnedCache(QString());
        QCOMPARE(model.columnCount(), 2);
        // More places.
        model.setTopCount(2);
        QCOMPARE(model.chartedCaches(), (QStringList{QStringLiteral("big"), QStringLiteral("small")}));
        model.setTopCount(1);
        QCOMPARE(model.chartedCaches(), QStringList{QStringLiteral("big")});
    }

    void historyIsBoundedInTime()
    {
        const auto info = readSlabinfo(KernelFs(test::fixtureRoot(QStringLiteral("linux-6.18-host"))));
        QVERIFY(info.ok());
        {
            // Old rows fall off the front, under the model tester.
            SlabHistoryModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setHistorySeconds(20);
            for (int i = 0; i < 30; ++i)
                model.addSample(qint64(i) * 1000, *info, 4096);
            QCOMPARE(model.rowCount(), 21);
            QCOMPARE(model.timeAt(0), 9'000);
            model.setHistorySeconds(10); // shortening drops at once
            QCOMPARE(model.rowCount(), 11);
            // Samples faster than ten a second are kept at ten a second of history at most.
            for (int i = 0; i < 300; ++i)
                model.addSample(30'000 + qint64(i), *info, 4096);
            QCOMPARE(model.rowCount(), 10 * 10 + 1);
            QCOMPARE(model.timeAt(model.rowCount() - 1), 30'299);
            // The clock was set back: a new history.
            model.addSample(5, *info, 4096);
            QCOMPARE(model.rowCount(), 1);
            model.clear();
            QCOMPARE(model.rowCount(), 0);
            QCOMPARE(model.columnCount(), 1);
        }

        // An hour at 10 Hz keeps only the last minute: 601 rows, whatever ran before.
        SlabHistoryModel model;
        model.setHistorySeconds(60);
        for (int i = 0; i < 36'000; ++i)
            model.addSample(qint64(i) * 100, *info, 4096);
        QCOMPARE(model.rowCount(), 601);
        QCOMPARE(model.timeAt(0), 35'999 * 100 - 60'000);
        QCOMPARE(model.columnCount(), 1 + 8);
        QCOMPARE(model.chartedCaches().constFirst(), u"ext4_inode_cache");
        QCOMPARE(rawAt(model, 600, 1), 88653824);
    }
};

QTEST_GUILESS_MAIN(TestSlabHistoryModel)
#include "tst_slabhistorymodel.moc"
