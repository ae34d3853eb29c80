// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddyorderbars.h"

#include "buddyordersmodel.h"
#include "units.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kaleido {

namespace {

constexpr int kPadding = 6;

/// Green for 0 (every free page usable), through yellow, to red for 1 (none usable).
QColor unusableColor(double index)
{
    const double t = std::clamp(index, 0.0, 1.0);
    return QColor::fromHsvF(float((1.0 - t) * 120.0 / 360.0), 0.5f, 0.9f);
}

} // namespace

BuddyOrderBars::BuddyOrderBars(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("buddyOrderBars"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setToolTip(
        tr("The buddy allocator's free blocks of the selected zone, one row per order; hover a bar for the "
           "exact figures and a heading for what it means"));
    setAccessibleName(tr("Free blocks per order"));
}

void BuddyOrderBars::setModel(BuddyOrdersModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        const auto changed = [this] {
            updateGeometry();
            update();
        };
        connect(m_model, &QAbstractItemModel::modelReset, this, changed);
        connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    }
    updateGeometry();
    update();
}

QString BuddyOrderBars::rowLabel(int order) const
{
    if (!m_model || order < 0 || order >= m_model->rowCount())
        return {};
    return m_model->index(order, BuddyOrdersModel::OrderColumn).data().toString();
}

BuddyOrderBars::Geometry BuddyOrderBars::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    QFont bold = font(); // the headings are bold
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    g.rowHeight = fm.height() + kPadding;
    g.headerHeight = fm.height() + kPadding + 2;
    int labelWidth = boldFm.horizontalAdvance(BuddyOrdersModel::columnTitle(BuddyOrdersModel::OrderColumn));
    for (int order = 0; m_model && order < m_model->rowCount(); ++order)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(rowLabel(order)));
    labelWidth += 2 * kPadding;
    const int unusableWidth =
        std::max(boldFm.horizontalAdvance(BuddyOrdersModel::columnTitle(BuddyOrdersModel::UnusableColumn)),
                 fm.horizontalAdvance(QStringLiteral("0.000")) * 3) +
        2 * kPadding;
    const int rest = std::max(2 * fm.horizontalAdvance(QStringLiteral("0000000 · 999 MiB")),
                              width() - labelWidth - unusableWidth);
    g.left[LabelPart] = 0;
    g.width[LabelPart] = labelWidth;
    g.left[BlocksPart] = labelWidth;
    g.width[BlocksPart] = rest / 2;
    g.left[BytesPart] = labelWidth + rest / 2;
    g.width[BytesPart] = rest - rest / 2;
    g.left[UnusablePart] = labelWidth + rest;
    g.width[UnusablePart] = unusableWidth;
    return g;
}

QSize BuddyOrderBars::sizeHint() const
{
    const Geometry g = geometry();
    const int rows = m_model && m_model->rowCount() > 0 ? m_model->rowCount() : 3;
    return {g.left[UnusablePart] + g.width[UnusablePart], g.headerHeight + rows * g.rowHeight + kPadding};
}

QSize BuddyOrderBars::minimumSizeHint() const
{
    const Geometry g = geometry();
    const int rows = m_model && m_model->rowCount() > 0 ? m_model->rowCount() : 3;
    return {g.width[LabelPart] + g.width[UnusablePart] +
                2 * fontMetrics().horizontalAdvance(QStringLiteral("0000000")),
            g.headerHeight + rows * g.rowHeight + kPadding};
}

bool BuddyOrderBars::hit(const QPoint& pos, int* part, int* order) const
{
    const Geometry g = geometry();
    *part = -1;
    for (int p = 0; p < PartCount; ++p) {
        if (pos.x() >= g.left[p] && pos.x() < g.left[p] + g.width[p])
            *part = p;
    }
    if (*part < 0 || pos.y() < 0)
        return false;
    if (pos.y() < g.headerHeight) {
        *order = -1;
        return true;
    }
    *order = (pos.y() - g.headerHeight) / g.rowHeight;
    return m_model && *order < m_model->rowCount();
}

QString BuddyOrderBars::toolTipAt(const QPoint& pos) const
{
    if (!m_model)
        return toolTip();
    if (m_model->rowCount() == 0)
        return m_model->emptyReason();
    int part = -1;
    int order = -1;
    if (!hit(pos, &part, &order))
        return toolTip();
    static constexpr int columns[PartCount] = {BuddyOrdersModel::OrderColumn, BuddyOrdersModel::BlocksColumn,
                                               BuddyOrdersModel::BytesColumn,
                                               BuddyOrdersModel::UnusableColumn};
    if (order < 0)
        return BuddyOrdersModel::columnExplanation(columns[part]);
    const QModelIndex index = m_model->index(order, columns[part]);
    if (part == BytesPart) {
        const QString share = m_model->index(order, BuddyOrdersModel::ShareColumn).data().toString();
        return tr("%1\n%2 of the zone's free memory").arg(index.data(Qt::ToolTipRole).toString(), share);
    }
    return index.data(Qt::ToolTipRole).toString();
}

bool BuddyOrderBars::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void BuddyOrderBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!m_model || m_model->rowCount() == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kPadding, kPadding, -kPadding, -kPadding),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_model ? m_model->emptyReason() : tr("No zone selected."));
        return;
    }

    const Geometry g = geometry();
    const int rows = m_model->rowCount();
    const quint64 maxBlocks = std::max<quint64>(1, m_model->maxBlocks());
    const quint64 maxBytes = std::max<quint64>(1, m_model->maxBytes());
    const QColor text = pal.color(QPalette::Text);
    // Light enough for the figures written over them in the text colour.
    const QColor blocksColor(0x6f, 0xa8, 0xdc);
    const QColor bytesColor(0x7c, 0xc4, 0x7c);

    // Headings.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    static constexpr int columns[PartCount] = {BuddyOrdersModel::OrderColumn, BuddyOrdersModel::BlocksColumn,
                                               BuddyOrdersModel::BytesColumn,
                                               BuddyOrdersModel::UnusableColumn};
    for (int p = 0; p < PartCount; ++p) {
        const QRect cell(g.left[p] + kPadding, 0, g.width[p] - 2 * kPadding, g.headerHeight);
        painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, BuddyOrdersModel::columnTitle(columns[p]));
    }
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, g.headerHeight - 1, width(), g.headerHeight - 1);

    const auto bar = [&](const QRect& cell, double fraction, const QColor& color, const QString& label) {
        const QRect track = cell.adjusted(0, 2, 0, -2);
        const int length =
            fraction > 0 ? std::max(1, int(std::lround(track.width() * std::min(fraction, 1.0)))) : 0;
        QColor faint = color;
        faint.setAlphaF(0.12f);
        painter.fillRect(track, faint);
        painter.fillRect(QRect(track.left(), track.top(), length, track.height()), color);
        painter.setPen(text);
        painter.drawText(track.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
    };

    for (int order = 0; order < rows; ++order) {
        const int top = g.headerHeight + order * g.rowHeight;
        if (order % 2 == 1)
            painter.fillRect(QRect(0, top, width(), g.rowHeight), pal.color(QPalette::AlternateBase));
        painter.setPen(text);
        painter.drawText(
            QRect(g.left[LabelPart] + kPadding, top, g.width[LabelPart] - 2 * kPadding, g.rowHeight),
            Qt::AlignVCenter | Qt::AlignLeft, rowLabel(order));

        const quint64 blocks = m_model->blocksAt(order);
        const quint64 bytes = m_model->bytesAt(order);
        const double unusable = m_model->unusableIndexAt(order);
        const auto cell = [&](int part) {
            return QRect(g.left[part] + kPadding / 2, top, g.width[part] - kPadding, g.rowHeight);
        };
        bar(cell(BlocksPart), double(blocks) / double(maxBlocks), blocksColor, QLocale().toString(blocks));
        bar(cell(BytesPart), double(bytes) / double(maxBytes), bytesColor, Units::formatBytes(bytes));
        bar(cell(UnusablePart), unusable, unusableColor(unusable), QLocale().toString(unusable, 'f', 3));
    }
}

} // namespace kaleido
