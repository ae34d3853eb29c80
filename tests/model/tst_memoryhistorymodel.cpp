// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartroles.h"
#include "memoryhistorymodel.h"
#include "memtestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

class TestMemoryHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsFollowTheSeries()
    {
        MemoryHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 1 + int(memorySeries().size()));
        QCOMPARE(model.headerData(0, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(), QStringLiteral("time"));
        for (int c = 1; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 40); // a sentence
            QVERIFY(model.headerData(c, Qt::Horizontal, Qt::DecorationRole).value<QColor>().isValid());
            QCOMPARE(model.headerData(c, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>(),
                     ValueUnit::Bytes);
        }
    }

    void samplesBecomeRowsWithRawBytes()
    {
        MemoryHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addSample(1'000'000, test::meminfoSample(9'000'000));
        model.addSample(1'001'000, test::meminfoSample(8'000'000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);

        const int available = 1 + 1; // MemAvailable is the second series
        QCOMPARE(model.headerData(available, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                 QStringLiteral("MemAvailable"));
        QCOMPARE(model.index(0, 0).data(ChartRoles::RawValueRole).toLongLong(), 1'000'000);
        QCOMPARE(model.index(1, available).data(ChartRoles::RawValueRole).toLongLong(), 8'000'000LL * 1024);
        QVERIFY(model.index(1, available).data().toString().contains(QStringLiteral("GiB")));

        const int swapUsed = 1 + 8;
        QCOMPARE(model.headerData(swapUsed, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                 QStringLiteral("SwapUsed"));
        QCOMPARE(model.index(0, swapUsed).data(ChartRoles::RawValueRole).toLongLong(), 500'000LL * 1024);
    }

    void valuesTheKernelDidNotReportAreInvalid()
    {
        MemoryHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(1000, test::meminfoSample(5, /*withSwap=*/false));
        const int swapUsed = 1 + 8;
        QVERIFY(!model.index(0, swapUsed).data(ChartRoles::RawValueRole).isValid());
        QVERIFY(!model.valueAt(0, 8).has_value());
        QCOMPARE(model.index(0, swapUsed).data().toString(), QStringLiteral("not reported"));
    }

    void oldSamplesFallOffByTime()
    {
        MemoryHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistorySeconds(60);
        for (int i = 0; i <= 120; ++i) // one sample a second for two minutes
            model.addSample(qint64(i) * 1000, test::meminfoSample(quint64(i)));
        QCOMPARE(model.rowCount(), 61); // t = 60 … 120 s
        QCOMPARE(model.timeAt(0), 60'000);
        QCOMPARE(model.timeAt(model.rowCount() - 1), 120'000);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setHistorySeconds(10); // shortening drops the excess at once, in one removal
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.timeAt(0), 110'000);
    }

    void clockGoingBackwardsStartsANewHistory()
    {
        MemoryHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(50'000, test::meminfoSample(1));
        model.addSample(51'000, test::meminfoSample(2));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.addSample(10'000, test::meminfoSample(3));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.timeAt(0), 10'000);
    }
};

QTEST_GUILESS_MAIN(TestMemoryHistoryModel)
#include "tst_memoryhistorymodel.moc"
