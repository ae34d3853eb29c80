// SPDX-License-Identifier: GPL-2.0-or-later
// The cost of a live chart at its worst supported load: 10 series sampled at 10 Hz with an hour on screen
// (36 000 points a series). Measures, in the same run, one refresh of the chart (append a sample, follow the
// axis, repaint) against the floor: QPainter drawing the same points as plain polylines into an image of the
// same size. Also reports the history's memory after one hour and after two (it must not grow).
#include "timeserieschart.h"
#include "timeseriesmodel.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace kaleido;

namespace {
constexpr int seriesCount = 10;
constexpr int samplesPerHour = 36'000;

QList<std::optional<double>> sampleAt(int i)
{
    QList<std::optional<double>> values;
    for (int s = 0; s < seriesCount; ++s)
        values.append(1e9 * (s + 1) + 1e8 * std::sin(i / 300.0 + s));
    return values;
}
} // namespace

class BenchChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hourAtTenHertz()
    {
        QList<TimeSeriesDefinition> series;
        for (int s = 0; s < seriesCount; ++s)
            series.append({QStringLiteral("s%1").arg(s), QStringLiteral("S%1").arg(s), QString(),
                           QColor::fromHsv(s * 36, 200, 200), ValueUnit::Bytes});
        TimeSeriesModel model(series);
        model.setHistorySeconds(3600);
        qint64 t = 1'700'000'000'000;
        int i = 0;
        for (; i < samplesPerHour + 600; ++i, t += 100) // one hour and a minute: the span is full
            model.addSample(t, sampleAt(i));
        const qsizetype rowsAfterOneHour = model.allocatedRows();

        TimeSeriesChart chart;
        chart.resize(900, 500);
        chart.show(); // laid out: the plot's width sets how finely the hour is thinned
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setWindowSeconds(3600);
        QElapsedTimer attach;
        attach.start();
        chart.setModel(&model);
        const double attachMs = attach.nsecsElapsed() / 1e6;
        QVERIFY(chart.pointCount() > 0);
        const int pointsAttached = chart.pointCount();

        constexpr int ticks = 10;
        QElapsedTimer refresh;
        refresh.start();
        for (int k = 0; k < ticks; ++k, ++i, t += 100) {
            model.addSample(t, sampleAt(i));
            const QImage image = chart.toImage();
            QVERIFY(!image.isNull());
        }
        const double refreshMs = refresh.nsecsElapsed() / 1e6 / ticks;

        // Two floors, painted with the same pen and antialiasing into an image of the same size: the points
        // the chart draws as plain polylines (what Qt Charts adds), and every sample (what thinning saves).
        auto paintFloor = [&](const QList<QPolygonF>& lines) {
            QElapsedTimer timer;
            timer.start();
            for (int k = 0; k < ticks; ++k) {
                QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                for (int s = 0; s < seriesCount; ++s) {
                    painter.setPen(QPen(QColor::fromHsv(s * 36, 200, 200), 2));
                    painter.drawPolyline(lines.at(s));
                }
            }
            return timer.nsecsElapsed() / 1e6 / ticks;
        };
        const double xScale = 900.0 / (3600.0 * 1000);
        QList<QPolygonF> drawn(seriesCount);
        QList<QPolygonF> every(seriesCount);
        for (int s = 0; s < seriesCount; ++s) {
            const QList<QPointF> points = chart.drawnPoints(s + 1);
            const double t0 = points.isEmpty() ? 0 : points.constFirst().x();
            for (const QPointF& p : points)
                drawn[s].append(QPointF((p.x() - t0) * xScale, 500 - p.y() * 40));
            for (int r = 0; r < model.rowCount(); ++r)
                every[s].append(QPointF((model.timeAt(r) - t0) * xScale, 500 - *model.valueAt(r, s) / 2.4e7));
        }
        const double drawnFloorMs = paintFloor(drawn);
        const double everyFloorMs = paintFloor(every);

        chart.setModel(nullptr); // the second hour checks the history's memory only
        for (; i < 2 * samplesPerHour; ++i, t += 100)
            model.addSample(t, sampleAt(i));
        QCOMPARE(model.allocatedRows(), rowsAfterOneHour);

        qInfo("chart: %d series x %d samples drawn as %d points; attach %.0f ms; one refresh (append + "
              "repaint) "
              "%.1f ms against %.1f ms for the same points as plain polylines (ratio %.2fx) and %.1f ms for "
              "every "
              "sample unthinned; history %.1f MiB after one hour and after two",
              seriesCount, samplesPerHour, pointsAttached, attachMs, refreshMs, drawnFloorMs,
              refreshMs / drawnFloorMs, everyFloorMs,
              double(rowsAfterOneHour) * (1 + seriesCount) * sizeof(double) / (1 << 20));
    }
};

QTEST_MAIN(BenchChart)
#include "bench_chart.moc"
