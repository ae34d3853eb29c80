// SPDX-License-Identifier: GPL-2.0-or-later
#include "timeserieschart.h"

#include "chartroles.h"
#include "units.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemModel>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QIODevice>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QToolTip>
#include <QVBoxLayout>

namespace kaleido {

namespace {
double rawValue(const QAbstractItemModel* model, int row, int column, bool* ok)
{
    const QVariant v = model->index(row, column).data(ChartRoles::RawValueRole);
    *ok = v.isValid();
    return v.toDouble();
}

ValueUnit unitOf(const QAbstractItemModel* model, int column)
{
    return model->headerData(column, Qt::Horizontal, ChartRoles::UnitRole).value<ValueUnit>();
}

/// A round upper bound for an axis from 0 to @p max, and the tick count for steps of 1, 2, 2.5 or 5 × 10ⁿ.
std::pair<double, int> niceAxis(double max)
{
    if (!(max > 0))
        return {1, 2};
    const double rawStep = max / 5;
    const double magnitude = std::pow(10, std::floor(std::log10(rawStep)));
    double step = 10 * magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= rawStep) {
            step = factor * magnitude;
            break;
        }
    }
    const double top = std::ceil(max * 1.02 / step) * step;
    return {top, int(std::lround(top / step)) + 1};
}

/**
 * Thins a series to at most three points (its minimum and maximum in time order, and the newest) per bucket
 * of bucketMs — about a pixel column — so an hour at 10 Hz paints as fast as a minute; spikes stay visible.
 * bucketMs 0 keeps every point. add() returns the points of the open bucket, which replace the ones it
 * returned before (tailSize()).
 */
class Decimator
{
public:
    explicit Decimator(qint64 bucketMs = 0)
        : m_bucketMs(bucketMs)
    {}
    qsizetype tailSize() const { return m_tail.size(); }
    /// Adds a sample; returns true when it opened a new bucket (the previous tail stays as it is).
    bool add(QPointF point)
    {
        const qint64 bucket = m_bucketMs > 0 ? qint64(std::floor(point.x() / double(m_bucketMs))) : 0;
        if (m_bucketMs == 0 || m_tail.isEmpty() || bucket != m_bucket) {
            m_bucket = bucket;
            m_min = m_max = point;
            m_tail = {point};
            return true;
        }
        if (point.y() < m_min.y())
            m_min = point;
        if (point.y() >= m_max.y())
            m_max = point;
        // The extremes in time order, then the newest sample, so the line always reaches the present.
        m_tail = m_min.x() <= m_max.x() ? QList<QPointF>{m_min, m_max} : QList<QPointF>{m_max, m_min};
        if (m_tail.constLast() != point)
            m_tail.append(point);
        if (m_tail.at(0) == m_tail.at(1))
            m_tail.removeFirst();
        return false;
    }
    const QList<QPointF>& tail() const { return m_tail; }

private:
    qint64 m_bucketMs;
    qint64 m_bucket = 0;
    QPointF m_min;
    QPointF m_max;
    QList<QPointF> m_tail;
};

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

/// The Qt Charts view with its axes, one QLineSeries per model column, and the hover cursor.
class ChartCanvas : public QChartView
{
public:
    explicit ChartCanvas(TimeSeriesChart* owner)
        : QChartView(new QChart)
        , m_owner(owner)
    {
        setRenderHint(QPainter::Antialiasing);
        setMouseTracking(true);
        chart()->legend()->hide(); // the page shows a legend table with values and explanations
        chart()->setMargins(QMargins(4, 4, 4, 4));
        chart()->setBackgroundRoundness(0);
        xAxis->setFormat(QStringLiteral("HH:mm:ss"));
        xAxis->setTickCount(5);
        yAxis->setLabelFormat(QStringLiteral("%.3g"));
        yAxis->setMin(0);
        yAxis->setTickCount(6);
        chart()->addAxis(xAxis, Qt::AlignBottom);
        chart()->addAxis(yAxis, Qt::AlignLeft);
        cursor = new QGraphicsLineItem;
        cursor->setZValue(100);
        cursor->hide();
        scene()->addItem(cursor);
    }

    QDateTimeAxis* xAxis = new QDateTimeAxis;
    QValueAxis* yAxis = new QValueAxis;
    QList<QLineSeries*> series;  // index = model column - 1
    QList<Decimator> decimators; // index = model column - 1
    qint64 bucketMs = 0;         // 0: every sample is a point
    QGraphicsLineItem* cursor = nullptr;
    Units::Scale scale;
    double maxRaw = 0;

protected:
    void mouseMoveEvent(QMouseEvent* event) override
    {
        QChartView::mouseMoveEvent(event);
        const QPointF pos = event->position();
        const QRectF plot = chart()->plotArea();
        if (!plot.contains(pos) || series.isEmpty()) {
            hideCursor();
            return;
        }
        const auto msecs = qint64(chart()->mapToValue(pos, series.constFirst()).x());
        const QString text = m_owner->describeSampleNear(msecs);
        if (text.isEmpty()) {
            hideCursor();
            return;
        }
        cursor->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        cursor->setLine(pos.x(), plot.top(), pos.x(), plot.bottom());
        cursor->show();
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    bool viewportEvent(QEvent* event) override
    {
        // Over the plot the values follow the mouse; the static help would cover them.
        if (event->type() == QEvent::ToolTip && cursor->isVisible())
            return true;
        return QChartView::viewportEvent(event);
    }
    void leaveEvent(QEvent* event) override
    {
        QChartView::leaveEvent(event);
        hideCursor();
    }

private:
    void hideCursor()
    {
        cursor->hide();
        QToolTip::hideText();
    }
    TimeSeriesChart* m_owner;
};

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new ChartCanvas(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    m_canvas->setToolTip(
        tr("Move the mouse over the chart to read the values of every shown series at that time"));
    m_resizeRebuild.setSingleShot(true);
    m_resizeRebuild.setInterval(250);
    connect(&m_resizeRebuild, &QTimer::timeout, this, [this] {
        if (!m_frozen)
            rebuild();
    });
    setMinimumSize(320, 200);
    applyPalette();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) {
                    if (!m_frozen)
                        appendRows(first, last);
                });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (!m_frozen)
                dropOldPoints();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimeSeriesChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimeSeriesChart::rebuild);
    }
    rebuild();
}

void TimeSeriesChart::rebuild()
{
    QChart* chart = m_canvas->chart();
    QList<bool> visibility;
    for (QLineSeries* s : std::as_const(m_canvas->series))
        visibility.append(s->isVisible());
    chart->removeAllSeries(); // deletes them
    m_canvas->series.clear();
    m_canvas->decimators.clear();
    m_canvas->bucketMs = 0;
    m_windowMax.clear();
    m_canvas->maxRaw = 0;
    if (!m_model) {
        Q_EMIT updated();
        return;
    }

    const int columns = m_model->columnCount();
    const int rows = m_model->rowCount();
    for (int c = 1; c < columns; ++c) {
        for (int r = 0; r < rows; ++r) {
            bool ok = false;
            const double v = rawValue(m_model, r, c, &ok);
            if (ok)
                m_canvas->maxRaw = std::max(m_canvas->maxRaw, v);
        }
    }
    m_canvas->scale = unitOf(m_model, 1) == ValueUnit::Bytes ? Units::byteScaleFor(m_canvas->maxRaw)
                                                             : Units::Scale{1, QString()};
    m_canvas->yAxis->setTitleText(unitOf(m_model, 1) == ValueUnit::PerSecond ? tr("per second")
                                                                             : m_canvas->scale.symbol);
    m_canvas->bucketMs = bucketMsFor(rows);

    for (int c = 1; c < columns; ++c) {
        auto* series = new QLineSeries;
        series->setName(m_model->headerData(c, Qt::Horizontal).toString());
        QPen pen(m_model->headerData(c, Qt::Horizontal, Qt::DecorationRole).value<QColor>());
        pen.setWidthF(2);
        series->setPen(pen);
        Decimator decimator(m_canvas->bucketMs);
        QList<QPointF> points;
        points.reserve(m_canvas->bucketMs > 0 ? 3 * plotWidth() + 6 : rows);
        for (int r = 0; r < rows; ++r) {
            bool ok = false;
            const double v = rawValue(m_model, r, c, &ok);
            if (!ok)
                continue;
            const qsizetype before = decimator.tailSize();
            if (!decimator.add({rawValue(m_model, r, 0, &ok), v / m_canvas->scale.divisor}))
                points.resize(points.size() - before);
            points.append(decimator.tail());
        }
        m_canvas->decimators.append(decimator);
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(m_canvas->xAxis);
        series->attachAxis(m_canvas->yAxis);
        if (c - 1 < visibility.size())
            series->setVisible(visibility.at(c - 1));
        m_canvas->series.append(series);
    }
    recomputeWindowMax();
    updateAxes();
    Q_EMIT updated();
}

void TimeSeriesChart::appendRows(int first, int last)
{
    if (m_canvas->series.size() != m_model->columnCount() - 1 ||
        (m_canvas->bucketMs == 0 && m_model->rowCount() > 4 * plotWidth())) {
        rebuild(); // new columns, or too many points to draw one by one: thin them from now on
        return;
    }
    double newMax = m_canvas->maxRaw;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        for (int r = first; r <= last; ++r) {
            bool ok = false;
            const double v = rawValue(m_model, r, c, &ok);
            if (ok)
                newMax = std::max(newMax, v);
        }
    }
    // A value in a larger unit (MiB → GiB) rescales every point: rebuild instead of mixing units.
    if (unitOf(m_model, 1) == ValueUnit::Bytes &&
        Units::byteScaleFor(newMax).divisor != m_canvas->scale.divisor) {
        rebuild();
        return;
    }
    m_canvas->maxRaw = newMax;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        QLineSeries* series = m_canvas->series.at(c - 1);
        Decimator& decimator = m_canvas->decimators[c - 1];
        for (int r = first; r <= last; ++r) {
            bool ok = false;
            const double v = rawValue(m_model, r, c, &ok);
            if (!ok)
                continue;
            const qsizetype before = decimator.tailSize();
            const bool opened = decimator.add({rawValue(m_model, r, 0, &ok), v / m_canvas->scale.divisor});
            const QList<QPointF>& tail = decimator.tail();
            if (opened) {
                series->append(tail);
                continue;
            }
            // The open bucket's points change in place, grow or shrink (one to three points).
            const int start = series->count() - int(before);
            for (qsizetype i = 0; i < tail.size(); ++i) {
                if (i < before)
                    series->replace(start + int(i), tail.at(i));
                else
                    series->append(tail.at(i));
            }
            if (tail.size() < before)
                series->removePoints(start + int(tail.size()), int(before - tail.size()));
        }
    }
    pushWindowMax(first, last);
    updateAxes();
    Q_EMIT updated();
}

void TimeSeriesChart::dropOldPoints()
{
    if (m_model->rowCount() == 0) {
        rebuild();
        return;
    }
    bool ok = false;
    const double oldest = rawValue(m_model, 0, 0, &ok);
    for (QLineSeries* series : std::as_const(m_canvas->series)) {
        int drop = 0;
        while (drop < series->count() && series->at(drop).x() < oldest)
            ++drop;
        if (drop > 0)
            series->removePoints(0, drop);
    }
    updateAxes();
}

void TimeSeriesChart::updateAxes()
{
    const auto [first, last] = visibleRows();
    if (first < 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_canvas->xAxis->setRange(QDateTime::fromMSecsSinceEpoch(now - 60000),
                                  QDateTime::fromMSecsSinceEpoch(now));
        m_canvas->yAxis->setRange(0, 1);
        return;
    }
    bool ok = false;
    const qint64 newest = qint64(rawValue(m_model, last, 0, &ok));
    const qint64 from = m_windowSeconds > 0 ? newest - qint64(m_windowSeconds) * 1000
                                            : qint64(rawValue(m_model, first, 0, &ok));
    m_canvas->xAxis->setRange(QDateTime::fromMSecsSinceEpoch(from),
                              QDateTime::fromMSecsSinceEpoch(std::max(newest, from + 1000)));

    const double firstTime = rawValue(m_model, first, 0, &ok);
    while (!m_windowMax.empty() && m_windowMax.front().first < firstTime)
        m_windowMax.pop_front();
    const double top = m_windowMax.empty() ? 0 : m_windowMax.front().second;
    const auto [axisTop, ticks] = niceAxis(top / m_canvas->scale.divisor);
    m_canvas->yAxis->setRange(0, axisTop);
    m_canvas->yAxis->setTickCount(ticks);
    // Whole numbers from 1000 up ("125000", not "1.25e+05"); three significant digits below.
    m_canvas->yAxis->setLabelFormat(axisTop >= 1000 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
}

int TimeSeriesChart::firstRowAtOrAfter(double msecs) const
{
    // Rows are ordered by time (the ChartRoles contract), so a binary search finds the row.
    bool ok = false;
    int lo = 0;
    int hi = m_model->rowCount() - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (rawValue(m_model, mid, 0, &ok) < msecs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int TimeSeriesChart::plotWidth() const
{
    return std::max(200, int(m_canvas->chart()->plotArea().width()));
}

qint64 TimeSeriesChart::bucketMsFor(int rows) const
{
    if (!m_model || rows <= 2 * plotWidth())
        return 0;
    bool ok = false;
    const qint64 span = m_windowSeconds > 0
                            ? qint64(m_windowSeconds) * 1000
                            : qint64(rawValue(m_model, rows - 1, 0, &ok) - rawValue(m_model, 0, 0, &ok));
    return std::max<qint64>(1, span / plotWidth());
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Thinned points were sized for the old width; redo them once the resizing settles.
    if (m_canvas->bucketMs > 0)
        m_resizeRebuild.start();
}

void TimeSeriesChart::pushWindowMax(int first, int last)
{
    for (int r = first; r <= last; ++r) {
        bool ok = false;
        double rowMax = 0;
        for (int c = 1; c < m_model->columnCount(); ++c) {
            if (!isSeriesVisible(c))
                continue;
            const double v = rawValue(m_model, r, c, &ok);
            if (ok)
                rowMax = std::max(rowMax, v);
        }
        while (!m_windowMax.empty() && m_windowMax.back().second <= rowMax)
            m_windowMax.pop_back();
        m_windowMax.emplace_back(rawValue(m_model, r, 0, &ok), rowMax);
    }
}

void TimeSeriesChart::recomputeWindowMax()
{
    m_windowMax.clear();
    const auto [first, last] = visibleRows();
    if (first >= 0)
        pushWindowMax(first, last);
}

std::pair<int, int> TimeSeriesChart::visibleRows() const
{
    if (!m_model || m_model->rowCount() == 0)
        return {-1, -1};
    const int last = m_model->rowCount() - 1;
    if (m_windowSeconds <= 0)
        return {0, last};
    bool ok = false;
    return {firstRowAtOrAfter(rawValue(m_model, last, 0, &ok) - double(m_windowSeconds) * 1000), last};
}

void TimeSeriesChart::setSeriesVisible(int column, bool visible)
{
    if (column >= 1 && column - 1 < m_canvas->series.size()) {
        m_canvas->series.at(column - 1)->setVisible(visible);
        recomputeWindowMax();
        updateAxes();
    }
}

bool TimeSeriesChart::isSeriesVisible(int column) const
{
    return column >= 1 && column - 1 < m_canvas->series.size() &&
           m_canvas->series.at(column - 1)->isVisible();
}

void TimeSeriesChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(0, seconds);
    if (m_model && (m_canvas->bucketMs > 0 || bucketMsFor(m_model->rowCount()) > 0)) {
        rebuild(); // the thinning follows the span on screen
        return;
    }
    if (m_model)
        recomputeWindowMax();
    updateAxes();
}

void TimeSeriesChart::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    if (!frozen)
        rebuild(); // catch up with everything recorded meanwhile
}

double TimeSeriesChart::valueAxisTop() const
{
    return m_canvas->yAxis->max() * m_canvas->scale.divisor;
}

int TimeSeriesChart::pointCount() const
{
    int count = 0;
    for (const QLineSeries* series : std::as_const(m_canvas->series))
        count += series->count();
    return count;
}

QList<QPointF> TimeSeriesChart::drawnPoints(int column) const
{
    if (column < 1 || column - 1 >= m_canvas->series.size())
        return {};
    return m_canvas->series.at(column - 1)->points();
}

QString TimeSeriesChart::describeSampleNear(qint64 msecs) const
{
    const auto [first, last] = visibleRows();
    if (first < 0)
        return {};
    bool ok = false;
    int best = std::clamp(firstRowAtOrAfter(double(msecs)), first, last);
    if (best > first &&
        double(msecs) - rawValue(m_model, best - 1, 0, &ok) < rawValue(m_model, best, 0, &ok) - double(msecs))
        --best;
    const auto time = QDateTime::fromMSecsSinceEpoch(qint64(rawValue(m_model, best, 0, &ok)));
    QStringList lines{QLocale().toString(time.time(), QLocale::LongFormat)};
    for (int c = 1; c < m_model->columnCount(); ++c) {
        if (!isSeriesVisible(c))
            continue;
        const double v = rawValue(m_model, best, c, &ok);
        lines.append(tr("%1: %2").arg(m_model->headerData(c, Qt::Horizontal).toString(),
                                      ok ? formatChartValue(*m_model, c, v) : tr("not reported")));
    }
    return lines.join(QLatin1Char('\n'));
}

bool TimeSeriesChart::exportCsv(QIODevice* device) const
{
    if (!m_model || !device->isWritable())
        return false;
    QList<int> columns;
    QStringList header{QStringLiteral("time")};
    for (int c = 1; c < m_model->columnCount(); ++c) {
        if (!isSeriesVisible(c))
            continue;
        columns.append(c);
        const QString key = m_model->headerData(c, Qt::Horizontal, ChartRoles::SeriesKeyRole).toString();
        const ValueUnit unit = unitOf(m_model, c);
        header.append(csvField(unit == ValueUnit::Bytes       ? key + QStringLiteral("_bytes")
                               : unit == ValueUnit::PerSecond ? key + QStringLiteral("_per_second")
                                                              : key));
    }
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    const auto [first, last] = visibleRows();
    for (int r = first; first >= 0 && r <= last; ++r) {
        bool ok = false;
        const auto time = QDateTime::fromMSecsSinceEpoch(qint64(rawValue(m_model, r, 0, &ok)));
        QStringList fields{time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs)};
        for (int c : std::as_const(columns)) {
            const QVariant v = m_model->index(r, c).data(ChartRoles::RawValueRole);
            if (!v.isValid())
                fields.append(QString());
            else if (v.typeId() == QMetaType::Double || unitOf(m_model, c) == ValueUnit::PerSecond)
                fields.append(QString::number(v.toDouble(), 'g', 15)); // rates are fractional
            else
                fields.append(QString::number(v.toLongLong()));
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return device->write(out) == out.size();
}

QImage TimeSeriesChart::toImage() const
{
    return m_canvas->grab().toImage();
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void TimeSeriesChart::applyPalette()
{
    // Follow the system palette (dark themes included) instead of a Qt Charts theme.
    const QPalette pal = palette();
    QChart* chart = m_canvas->chart();
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    m_canvas->setBackgroundBrush(pal.brush(QPalette::Base));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_canvas->xAxis), static_cast<QAbstractAxis*>(m_canvas->yAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
}

} // namespace kaleido
