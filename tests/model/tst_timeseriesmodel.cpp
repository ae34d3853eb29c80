// SPDX-License-Identifier: GPL-2.0-or-later
#include "chartroles.h"
#include "timeseriesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kaleido;

namespace {
QList<TimeSeriesDefinition> tenSeries()
{
    QList<TimeSeriesDefinition> series;
    for (int i = 0; i < 10; ++i)
        series.append({QStringLiteral("s%1").arg(i), QStringLiteral("Series %1").arg(i),
                       QStringLiteral("Explanation %1").arg(i), QColor(Qt::red), ValueUnit::Count});
    return series;
}

QList<std::optional<double>> sample(double base)
{
    QList<std::optional<double>> values;
    for (int i = 0; i < 10; ++i)
        values.append(base + i);
    return values;
}
} // namespace

class TestTimeSeriesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenSeriesAtTenHertzForAnHourUseConstantMemory()
    {
        // No QAbstractItemModelTester here: it re-checks the whole model on every signal (quadratic over 72
        // 000 samples); the other tests run the same insert/remove paths under it.
        TimeSeriesModel model(tenSeries());
        model.setHistorySeconds(3600);
        const qint64 start = 1'700'000'000'000;
        qint64 t = start;
        for (int i = 0; i < 36'600; ++i, t += 100) // an hour and a minute: the span is full, rows start to go
            model.addSample(t, sample(i));
        const qsizetype rowsAfterOneHour = model.allocatedRows();
        QVERIFY(rowsAfterOneHour <= model.capacity());
        for (int i = 36'600; i < 72'000; ++i, t += 100)
            model.addSample(t, sample(i));
        // A second hour costs no memory: the ring reuses its rows.
        QCOMPARE(model.allocatedRows(), rowsAfterOneHour);
        QCOMPARE(model.rowCount(), 36'001); // newest − 3600 s … newest, every 100 ms
        QCOMPARE(model.timeAt(model.rowCount() - 1), t - 100);
        QCOMPARE(model.timeAt(0), t - 100 - 3'600'000);
        QCOMPARE(model.index(model.rowCount() - 1, 1).data(ChartRoles::RawValueRole).toLongLong(), 71'999);
        QCOMPARE(model.index(model.rowCount() - 1, 10).data(ChartRoles::RawValueRole).toLongLong(), 72'008);
    }

    void samplesFasterThanTheFastestRefreshStayBounded()
    {
        TimeSeriesModel model(tenSeries());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistorySeconds(10);
        for (int i = 0; i < 1000; ++i) // 1 000 samples in one second
            model.addSample(i, sample(i));
        QCOMPARE(model.rowCount(), int(model.capacity()));
        QCOMPARE(model.timeAt(model.rowCount() - 1), 999);
        QCOMPARE(model.timeAt(0), 1000 - model.capacity());
    }

    void shorteningTheHistoryDropsRowsInOneRemoval()
    {
        TimeSeriesModel model(tenSeries());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistorySeconds(60);
        for (int i = 0; i <= 60; ++i)
            model.addSample(qint64(i) * 1000, sample(i));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setHistorySeconds(10);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.timeAt(0), 50'000);
    }

    void missingValuesAndUnits()
    {
        QList<TimeSeriesDefinition> series{
            {QStringLiteral("bytes"), QStringLiteral("Bytes"), QString(), QColor(Qt::blue), ValueUnit::Bytes},
            {QStringLiteral("rate"), QStringLiteral("Rate"), QString(), QColor(Qt::green), ValueUnit::Count}};
        TimeSeriesModel model(series);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(1000, {std::optional<double>(3.0 * 1024 * 1024), std::nullopt});
        model.addSample(2000, {std::optional<double>(1024), std::optional<double>(2.5)});
        QCOMPARE(model.headerData(1, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>(),
                 ValueUnit::Bytes);
        QCOMPARE(model.headerData(2, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString(),
                 QStringLiteral("rate"));
        QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("MiB")));
        QVERIFY(!model.index(0, 2).data(ChartRoles::RawValueRole).isValid());
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("not reported"));
        QCOMPARE(model.index(1, 2).data(ChartRoles::RawValueRole).toDouble(), 2.5);
        QCOMPARE(model.index(1, 1).data(ChartRoles::RawValueRole).typeId(), QMetaType::LongLong);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeriesModel)
#include "tst_timeseriesmodel.moc"
