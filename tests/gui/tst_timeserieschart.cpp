// SPDX-License-Identifier: GPL-2.0-or-later
#include "timeserieschart.h"
#include "timeseriesmodel.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace kaleido;

namespace {
QList<TimeSeriesDefinition> twoRates()
{
    return {{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("first"), QColor(Qt::red),
             ValueUnit::Count},
            {QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("second"), QColor(Qt::blue),
             ValueUnit::Count}};
}
} // namespace

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAxisFollowsTheLargestVisibleValueInTheWindow()
    {
        TimeSeriesModel model(twoRates());
        TimeSeriesChart chart;
        chart.setModel(&model);
        chart.setWindowSeconds(10);
        model.addSample(0, {std::optional<double>(900.0), std::optional<double>(10.0)}); // a peak at t = 0
        for (int i = 1; i <= 5; ++i)
            model.addSample(i * 1000, {std::optional<double>(40.0), std::optional<double>(20.0)});
        QCOMPARE(chart.valueAxisTop(), 1000.0); // the peak is visible: a round top above 900

        for (int i = 6; i <= 12; ++i) // the peak leaves the 10 s window
            model.addSample(i * 1000, {std::optional<double>(40.0), std::optional<double>(20.0)});
        QCOMPARE(chart.valueAxisTop(), 50.0); // a round top above 40

        chart.setSeriesVisible(1, false); // only B (20) is left
        QCOMPARE(chart.valueAxisTop(), 25.0);
        chart.setSeriesVisible(1, true);
        chart.setWindowSeconds(0); // the whole history: the peak is back
        QCOMPARE(chart.valueAxisTop(), 1000.0);
    }

    void aLaterSmallerPeakTakesOverWhenTheBiggerOneLeaves()
    {
        TimeSeriesModel model(twoRates());
        TimeSeriesChart chart;
        chart.setModel(&model);
        chart.setWindowSeconds(10);
        model.addSample(0, {std::optional<double>(500.0), std::nullopt});
        model.addSample(5000, {std::optional<double>(300.0), std::nullopt});
        model.addSample(9000, {std::optional<double>(10.0), std::nullopt});
        QCOMPARE(chart.valueAxisTop(), 600.0);
        model.addSample(12'000, {std::optional<double>(10.0), std::nullopt}); // t = 0 leaves; 300 remains
        QCOMPARE(chart.valueAxisTop(), 400.0);
        model.addSample(16'000, {std::optional<double>(10.0), std::nullopt}); // 300 leaves too
        QCOMPARE(chart.valueAxisTop(), 12.0);
    }

    void longHistoriesAreThinnedButKeepTheirSpikes()
    {
        TimeSeriesModel model(twoRates());
        model.setHistorySeconds(3600);
        TimeSeriesChart chart;
        chart.resize(800, 400);
        chart.setWindowSeconds(3600);
        chart.setModel(&model);
        for (int i = 0; i < 36'000; ++i) { // an hour at 10 Hz, with one spike in series A
            const double a = i == 20'000 ? 5000.0 : 100.0 + (i % 7);
            model.addSample(qint64(i) * 100, {std::optional<double>(a), std::optional<double>(50.0)});
        }
        const QList<QPointF> a = chart.drawnPoints(1);
        QVERIFY2(a.size() < 4000, qPrintable(QString::number(a.size()))); // not 36 000
        QVERIFY(a.size() > 200);
        const auto peak =
            std::max_element(a.cbegin(), a.cend(), [](QPointF l, QPointF r) { return l.y() < r.y(); });
        QCOMPARE(peak->y(), 5000.0);
        QCOMPARE(peak->x(), 2'000'000.0);
        const auto low =
            std::min_element(a.cbegin(), a.cend(), [](QPointF l, QPointF r) { return l.y() < r.y(); });
        QCOMPARE(low->y(), 100.0);
        QVERIFY(std::is_sorted(a.cbegin(), a.cend(), [](QPointF l, QPointF r) { return l.x() < r.x(); }));
        QCOMPARE(a.constLast().x(), 3'599'900.0); // the newest sample is always drawn
        QCOMPARE(chart.valueAxisTop(), 6000.0);
    }

    void exportKeepsFractionalRates()
    {
        TimeSeriesModel model(twoRates());
        TimeSeriesChart chart;
        chart.setModel(&model);
        model.addSample(1000, {std::optional<double>(2.5), std::optional<double>(7.0)});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(chart.exportCsv(&buffer));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("time,a,b"));
        QVERIFY2(lines.at(1).trimmed().endsWith(",2.5,7"), lines.at(1).constData());
        QVERIFY(chart.describeSampleNear(1000).contains(QStringLiteral("A: 2.5")));
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
