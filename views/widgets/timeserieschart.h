// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <utility>

class QIODevice;

namespace kaleido {

class ChartCanvas;

/**
 * Draws a time-series table model (see ChartRoles: column 0 time, one series per further column) as a live
 * line chart, with the values under the mouse, a visible time window, freezing, and export of what is
 * visible.
 *
 * This is Kaleido's only Qt Charts code: everything about the charting library stays in timeserieschart.cpp.
 */
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);
    ~TimeSeriesChart() override;

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }

    void setSeriesVisible(int column, bool visible);
    bool isSeriesVisible(int column) const;

    /// Seconds of history on screen, counted back from the newest sample; 0 shows the whole history.
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }

    /// A frozen chart keeps its picture while the model goes on recording; unfreezing catches up.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    /// Rows of the model inside the visible time window, as [first, last]; {-1, -1} when empty.
    std::pair<int, int> visibleRows() const;

    /// Writes the visible rows of the visible series as CSV (RFC 4180, raw values with their unit in the
    /// header).
    bool exportCsv(QIODevice* device) const;
    /// A picture of the chart as it is on screen.
    QImage toImage() const;

    /// The top of the value axis, in the raw unit of the series (bytes, counts).
    double valueAxisTop() const;

    /// Points currently drawn, over all series (for tests and the status of the page).
    int pointCount() const;
    /// The points drawn for the series in model column @p column (x: msecs, y: value in the axis' unit); long
    /// histories are thinned to their minimum and maximum per pixel column.
    QList<QPointF> drawnPoints(int column) const;

    /// The text shown for the sample nearest @p msecs (time, then "label: value" per visible series).
    QString describeSampleNear(qint64 msecs) const;

Q_SIGNALS:
    /// The chart drew new points (or was rebuilt).
    void updated();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void appendRows(int first, int last);
    void dropOldPoints();
    void updateAxes();
    void applyPalette();
    int firstRowAtOrAfter(double msecs) const;
    /// The y axis follows the largest visible value in the time window. A monotonic queue of (time, largest
    /// value of the row over the visible series) keeps that maximum up to date in O(1) per new sample,
    /// instead of re-reading every visible row (36 000 rows × 10 series at 10 Hz for an hour) on each
    /// refresh.
    void pushWindowMax(int first, int last);
    /// Width of the plot in pixels (at least 200), which sets how finely long histories are thinned.
    int plotWidth() const;
    /// The thinning bucket for @p rows samples on screen: 0 (every point) or about a pixel column.
    qint64 bucketMsFor(int rows) const;
    void recomputeWindowMax();

    QPointer<QAbstractItemModel> m_model;
    ChartCanvas* m_canvas = nullptr;
    int m_windowSeconds = 600;
    bool m_frozen = false;
    std::deque<std::pair<double, double>> m_windowMax;
    QTimer m_resizeRebuild;
};

} // namespace kaleido
