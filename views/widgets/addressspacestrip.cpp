// SPDX-License-Identifier: GPL-2.0-or-later
#include "addressspacestrip.h"

#include "units.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

namespace kaleido {

namespace {

using Mapping = MemoryMapModel::Mapping;

constexpr int kMargin = 6;
constexpr int kBarHeight = 28;
constexpr int kMarkerHeight = 4;
constexpr double kMinClusterWidth = 4;
/// A gap wider than this share of all areas' units becomes a break.
constexpr double kBreakShare = 1.0 / 32;

QString hex(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

} // namespace

AddressSpaceStrip::AddressSpaceStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("addressSpaceStrip"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(QString()); // tooltips are per position, see event()
}

AddressSpaceStrip::~AddressSpaceStrip() = default;

QSize AddressSpaceStrip::sizeHint() const
{
    const int line = fontMetrics().height();
    return {600, line + 2 + kBarHeight + 1 + kMarkerHeight + 1 + line + 2};
}

QSize AddressSpaceStrip::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

QRect AddressSpaceStrip::barRect() const
{
    const int top = fontMetrics().height() + 2;
    return {kMargin, top, std::max(1, width() - 2 * kMargin), kBarHeight};
}

void AddressSpaceStrip::setMappings(const QList<Mapping>& mappings)
{
    m_mappings = mappings;
    rebuildLayout();
    update();
}

void AddressSpaceStrip::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    rebuildLayout();
    update();
}

void AddressSpaceStrip::setSelectedRows(const QList<int>& rows)
{
    if (rows == m_selected)
        return;
    m_selected = rows;
    std::sort(m_selected.begin(), m_selected.end());
    update();
}

void AddressSpaceStrip::setChangedRows(const QList<QPair<int, MemoryMapModel::Change::Type>>& rows)
{
    m_changed = rows;
    update();
}

double AddressSpaceStrip::unitsOf(quint64 bytes) const
{
    return m_scale == Scale::Linear ? double(bytes) : std::sqrt(double(bytes));
}

void AddressSpaceStrip::rebuildLayout()
{
    const qsizetype n = m_mappings.size();
    m_unitOffset.assign(size_t(n), 0);
    m_unitLength.assign(size_t(n), 0);
    m_clusters.clear();
    m_breaks.clear();
    if (n == 0) {
        placeAndPaintCache();
        return;
    }
    double total = 0;
    for (qsizetype row = 0; row < n; ++row) {
        m_unitLength[size_t(row)] = unitsOf(m_mappings.at(row).size());
        total += m_unitLength[size_t(row)];
    }
    const double threshold = std::max(total * kBreakShare, unitsOf(1 << 20));

    Cluster cluster;
    cluster.firstRow = 0;
    double offset = 0;
    for (qsizetype row = 0; row < n; ++row) {
        const Mapping& m = m_mappings.at(row);
        if (row > 0) {
            const quint64 previousEnd = m_mappings.at(row - 1).end;
            const quint64 gap = m.start > previousEnd ? m.start - previousEnd : 0;
            const double gapUnits = unitsOf(gap);
            if (gap > 0 && gapUnits > threshold) {
                cluster.lastRow = int(row - 1);
                cluster.units = offset;
                m_clusters.push_back(cluster);
                m_breaks.push_back(Break{previousEnd, m.start, 0, 0});
                cluster = Cluster();
                cluster.firstRow = int(row);
                offset = 0;
            } else {
                offset += gapUnits; // a small gap stays, to scale
            }
        }
        m_unitOffset[size_t(row)] = offset;
        offset += m_unitLength[size_t(row)];
    }
    cluster.lastRow = int(n - 1);
    cluster.units = offset;
    m_clusters.push_back(cluster);
    m_layoutWidth = -1;
    placeAndPaintCache();
}

void AddressSpaceStrip::placeAndPaintCache()
{
    const QRect bar = barRect();
    m_layoutWidth = width();
    const qsizetype n = m_mappings.size();
    m_x0.assign(size_t(n), 0);
    m_x1.assign(size_t(n), 0);
    m_runs.clear();
    if (n == 0 || m_clusters.empty())
        return;

    // Breaks get a fixed width; the clusters share the rest, each at least kMinClusterWidth.
    const double widthAll = bar.width();
    const auto breaks = double(m_breaks.size());
    double breakWidth = 0;
    if (!m_breaks.empty()) {
        breakWidth = std::clamp(widthAll * 0.3 / breaks, 3.0, 40.0);
        if (breakWidth * breaks > widthAll * 0.5)
            breakWidth = std::max(1.0, widthAll * 0.5 / breaks);
    }
    const double available = std::max(1.0, widthAll - breakWidth * breaks);
    const auto clusterCount = double(m_clusters.size());
    std::vector<char> pinned(m_clusters.size(), 0);
    double scale = 0;
    if (available <= clusterCount * kMinClusterWidth) {
        for (Cluster& c : m_clusters)
            c.width = available / clusterCount;
    } else {
        // Clusters too small for the common scale are pinned at the minimum; repeat until none is added.
        for (;;) {
            double freeWidth = available;
            double freeUnits = 0;
            for (size_t i = 0; i < m_clusters.size(); ++i) {
                if (pinned[i])
                    freeWidth -= kMinClusterWidth;
                else
                    freeUnits += m_clusters[i].units;
            }
            scale = freeUnits > 0 ? freeWidth / freeUnits : 0;
            bool added = false;
            for (size_t i = 0; i < m_clusters.size(); ++i) {
                if (!pinned[i] && m_clusters[i].units * scale < kMinClusterWidth) {
                    pinned[i] = 1;
                    added = true;
                }
            }
            if (!added)
                break;
        }
        for (size_t i = 0; i < m_clusters.size(); ++i)
            m_clusters[i].width = pinned[i] ? kMinClusterWidth : m_clusters[i].units * scale;
    }

    double x = bar.left();
    for (size_t i = 0; i < m_clusters.size(); ++i) {
        Cluster& c = m_clusters[i];
        c.x = x;
        const double perUnit = c.units > 0 ? c.width / c.units : 0;
        for (int row = c.firstRow; row <= c.lastRow; ++row) {
            m_x0[size_t(row)] = x + m_unitOffset[size_t(row)] * perUnit;
            m_x1[size_t(row)] = m_x0[size_t(row)] + m_unitLength[size_t(row)] * perUnit;
        }
        if (c.units <= 0) { // only empty areas: still visible
            for (int row = c.firstRow; row <= c.lastRow; ++row) {
                m_x0[size_t(row)] = x;
                m_x1[size_t(row)] = x + c.width;
            }
        }
        x += c.width;
        if (i < m_breaks.size()) {
            m_breaks[i].x = x;
            m_breaks[i].width = breakWidth;
            x += breakWidth;
        }
    }

    // Pixel runs: a pixel takes the kind covering most of it; equal neighbours merge into one rectangle.
    std::array<double, MemoryMapModel::kindCount> coverage{};
    int pixel = INT_MIN;
    auto appendRun = [this](int x0, int x1, int kind) {
        if (!m_runs.empty() && m_runs.back().x1 == x0 && m_runs.back().kind == kind)
            m_runs.back().x1 = x1;
        else
            m_runs.push_back(Run{x0, x1, kind});
    };
    auto flush = [&] {
        if (pixel == INT_MIN)
            return;
        int best = -1;
        for (int k = 0; k < MemoryMapModel::kindCount; ++k) {
            if (coverage[size_t(k)] > 0 && (best < 0 || coverage[size_t(k)] > coverage[size_t(best)]))
                best = k;
        }
        if (best >= 0)
            appendRun(pixel, pixel + 1, best);
        coverage.fill(0);
        pixel = INT_MIN;
    };
    auto cover = [&](int px, int kind, double amount) {
        if (px != pixel) {
            flush();
            pixel = px;
        }
        coverage[size_t(kind)] += amount;
    };
    for (qsizetype row = 0; row < n; ++row) {
        const int kind = int(m_mappings.at(row).kind);
        const double x0 = m_x0[size_t(row)];
        double x1 = m_x1[size_t(row)];
        if (x1 <= x0)
            x1 = x0 + 1e-9; // an empty area still counts where it is
        const int first = int(std::floor(x0));
        const int last = int(std::ceil(x1)) - 1; // the pixel holding the last bit
        if (first >= last) {
            cover(first, kind, x1 - x0);
            continue;
        }
        cover(first, kind, first + 1 - x0);
        if (last - first > 1) {
            flush();
            appendRun(first + 1, last, kind);
        }
        cover(last, kind, x1 - last);
    }
    flush();
}

void AddressSpaceStrip::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeAndPaintCache();
}

int AddressSpaceStrip::paintedRunCount() const
{
    return int(m_runs.size());
}

int AddressSpaceStrip::breakCount() const
{
    return int(m_breaks.size());
}

int AddressSpaceStrip::rowAt(qreal x) const
{
    if (m_mappings.isEmpty())
        return -1;
    // Rows are laid out left to right in address order: the first whose right edge lies beyond x.
    const qreal left = std::floor(x);
    const qreal right = left + 1;
    const auto it = std::upper_bound(m_x1.cbegin(), m_x1.cend(), left);
    int best = -1;
    double bestOverlap = 0;
    for (auto i = it; i != m_x1.cend(); ++i) {
        const auto row = size_t(i - m_x1.cbegin());
        if (m_x0[row] >= right)
            break;
        const double overlap = std::min<double>(m_x1[row], right) - std::max<double>(m_x0[row], left);
        if (best < 0 || overlap > bestOverlap) {
            best = int(row);
            bestOverlap = overlap;
        }
    }
    return best;
}

QRectF AddressSpaceStrip::rectOfRow(int row) const
{
    if (row < 0 || size_t(row) >= m_x0.size())
        return {};
    const QRect bar = barRect();
    return QRectF(m_x0[size_t(row)], bar.top(), std::max(1.0, m_x1[size_t(row)] - m_x0[size_t(row)]),
                  bar.height());
}

int AddressSpaceStrip::breakAt(qreal x) const
{
    for (size_t i = 0; i < m_breaks.size(); ++i) {
        if (x >= m_breaks[i].x && x < m_breaks[i].x + m_breaks[i].width)
            return int(i);
    }
    return -1;
}

QString AddressSpaceStrip::toolTipAt(qreal x) const
{
    if (const int b = breakAt(x); b >= 0) {
        const Break& gap = m_breaks[size_t(b)];
        return tr("Unmapped address space: %1 to %2, %3 (drawn shortened).")
            .arg(hex(gap.start), hex(gap.end), Units::formatBytes(gap.end - gap.start));
    }
    const int row = rowAt(x);
    if (row < 0) {
        if (m_mappings.isEmpty())
            return tr("No areas to show.");
        return tr("Unmapped.");
    }
    const Mapping& m = m_mappings.at(row);
    QStringList lines;
    lines.append((m.path.isEmpty() ? tr("anonymous memory") : m.path) + QStringLiteral(" (") +
                 MemoryMapModel::kindName(m.kind) + QLatin1Char(')'));
    lines.append(tr("%1 to %2, %3, %4")
                     .arg(hex(m.start), hex(m.end), Units::formatBytes(m.size()),
                          MemoryMapModel::permissionText(m.permissions)));
    lines.append(tr("Resident %1, proportional %2, swapped %3")
                     .arg(Units::formatBytes(m.values[MemoryMapModel::Rss]),
                          Units::formatBytes(m.values[MemoryMapModel::Pss]),
                          Units::formatBytes(m.values[MemoryMapModel::Swap])));
    // Several areas in this pixel: say so.
    const qreal left = std::floor(x);
    int count = 0;
    quint64 bytes = 0;
    for (auto i = std::upper_bound(m_x1.cbegin(), m_x1.cend(), left); i != m_x1.cend(); ++i) {
        const auto r = size_t(i - m_x1.cbegin());
        if (m_x0[r] >= left + 1)
            break;
        ++count;
        bytes += m_mappings.at(qsizetype(r)).size();
    }
    if (count > 1)
        lines.append(tr("This pixel holds %1 areas, %2 in all; a click selects the one covering most of it.")
                         .arg(count)
                         .arg(Units::formatBytes(bytes)));
    return lines.join(QLatin1Char('\n'));
}

bool AddressSpaceStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = barRect()
                                     .adjusted(0, -fontMetrics().height(), 0, fontMetrics().height() + 6)
                                     .contains(help->pos())
                                 ? toolTipAt(help->pos().x())
                                 : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void AddressSpaceStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int row = rowAt(event->position().x());
    if (row >= 0)
        Q_EMIT rowClicked(row);
    event->accept();
}

void AddressSpaceStrip::paintEvent(QPaintEvent*)
{
    if (m_layoutWidth != width())
        placeAndPaintCache();
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRect bar = barRect();
    p.fillRect(bar, palette().base());

    if (m_mappings.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(bar, Qt::AlignCenter, tr("No process shown"));
        return;
    }

    std::array<QColor, MemoryMapModel::kindCount> colours;
    for (int k = 0; k < MemoryMapModel::kindCount; ++k)
        colours[size_t(k)] = MemoryMapModel::kindColor(MemoryMapModel::Kind(k));
    for (const Run& run : m_runs)
        p.fillRect(QRect(run.x0, bar.top(), run.x1 - run.x0, bar.height()), colours[size_t(run.kind)]);

    // Breaks: a pale band with two slanted strokes; the size of the gap below, the largest gaps labelled
    // first.
    const QFontMetrics fm = fontMetrics();
    const QColor mid = palette().color(QPalette::Mid);
    const int labelTop = bar.bottom() + 1 + kMarkerHeight + 1;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(mid, 1));
    for (const Break& b : m_breaks) {
        const QRectF band(b.x, bar.top(), b.width, bar.height());
        p.fillRect(band, palette().window());
        const double cx = b.x + b.width / 2;
        const double dx = std::min(3.0, b.width / 3);
        p.drawLine(QPointF(cx - dx - 2, bar.bottom()), QPointF(cx - dx + 2, bar.top()));
        p.drawLine(QPointF(cx + dx - 2, bar.bottom()), QPointF(cx + dx + 2, bar.top()));
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    std::vector<size_t> bySize(m_breaks.size());
    for (size_t i = 0; i < bySize.size(); ++i)
        bySize[i] = i;
    std::sort(bySize.begin(), bySize.end(), [this](size_t a, size_t b) {
        return m_breaks[a].end - m_breaks[a].start > m_breaks[b].end - m_breaks[b].start;
    });
    std::vector<std::pair<int, int>> taken; // label extents already drawn
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (size_t i : bySize) {
        const Break& b = m_breaks[i];
        const QString label = Units::formatBytes(b.end - b.start);
        const int w = fm.horizontalAdvance(label);
        const int left = std::clamp(int(b.x + b.width / 2) - w / 2, 0, std::max(0, width() - w));
        const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [&](const std::pair<int, int>& t) {
            return left < t.second + 6 && left + w + 6 > t.first;
        });
        if (overlaps)
            continue;
        p.drawText(QRect(left, labelTop, w, fm.height()), Qt::AlignCenter, label);
        taken.emplace_back(left, left + w);
    }

    // The first address of each cluster above the bar, where there is room.
    p.setPen(palette().color(QPalette::PlaceholderText));
    int labelRight = INT_MIN;
    for (const Cluster& c : m_clusters) {
        const QString label = QString::number(m_mappings.at(c.firstRow).start, 16);
        const int w = fm.horizontalAdvance(label);
        const int left = std::min(int(c.x), width() - w);
        if (left > labelRight + 8) {
            p.drawText(QRect(left, 0, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
            labelRight = left + w;
        }
    }

    // Changed areas: a coloured tick under the bar.
    for (const auto& [row, type] : std::as_const(m_changed)) {
        const QRectF r = rectOfRow(row);
        if (r.isEmpty())
            continue;
        QColor colour = MemoryMapModel::changeColor(type);
        colour.setAlpha(255);
        const double w = std::max(3.0, r.width());
        p.fillRect(QRectF(r.center().x() - w / 2, bar.bottom() + 1, w, kMarkerHeight), colour);
    }

    // Selected areas: outlined, at least a few pixels wide so one sub-pixel area still shows.
    if (!m_selected.isEmpty()) {
        const QColor highlight = palette().color(QPalette::Highlight);
        p.setPen(QPen(highlight, 2));
        p.setBrush(Qt::NoBrush);
        double runLeft = -1;
        double runRight = -1;
        auto drawRun = [&] {
            if (runLeft < 0)
                return;
            double w = runRight - runLeft;
            double l = runLeft;
            if (w < 5) {
                l -= (5 - w) / 2;
                w = 5;
            }
            p.drawRect(QRectF(l, bar.top() + 1, w, bar.height() - 2));
        };
        for (int row : std::as_const(m_selected)) {
            const QRectF r = rectOfRow(row);
            if (r.isEmpty())
                continue;
            if (runLeft >= 0 && r.left() <= runRight + 1) {
                runRight = std::max(runRight, r.right());
                continue;
            }
            drawRun();
            runLeft = r.left();
            runRight = r.right();
        }
        drawRun();
    }
}

QWidget* AddressSpaceStrip::createLegend(QWidget* parent)
{
    auto* legend = new QWidget(parent);
    legend->setObjectName(QStringLiteral("addressSpaceLegend"));
    auto* layout = new QHBoxLayout(legend);
    layout->setContentsMargins(kMargin, 0, kMargin, 0);
    layout->setSpacing(12);
    const int side = legend->fontMetrics().ascent();
    for (int k = 0; k < MemoryMapModel::kindCount; ++k) {
        const auto kind = MemoryMapModel::Kind(k);
        QPixmap swatch(side, side);
        swatch.fill(MemoryMapModel::kindColor(kind));
        auto* entry = new QWidget(legend);
        auto* entryLayout = new QHBoxLayout(entry);
        entryLayout->setContentsMargins(0, 0, 0, 0);
        entryLayout->setSpacing(4);
        auto* icon = new QLabel(entry);
        icon->setPixmap(swatch);
        auto* text = new QLabel(MemoryMapModel::kindName(kind), entry);
        entryLayout->addWidget(icon);
        entryLayout->addWidget(text);
        entry->setToolTip(MemoryMapModel::kindExplanation(kind));
        layout->addWidget(entry);
    }
    layout->addStretch();
    return legend;
}

} // namespace kaleido
