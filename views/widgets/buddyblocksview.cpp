// SPDX-License-Identifier: GPL-2.0-or-later
#include "buddyblocksview.h"

#include "units.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace kaleido {

namespace {

int log2(qint64 value)
{
    int bits = 0;
    while (value > 1) {
        value >>= 1;
        ++bits;
    }
    return bits;
}

} // namespace

BuddyBlocksView::BuddyBlocksView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("buddyBlocksView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(
        tr("The arena at the top, each row below it half the size: grey blocks were split, pale ones are "
           "free, coloured ones are allocated (hatched: bytes wasted inside the block). Click an "
           "allocated block to free it."));
}

void BuddyBlocksView::setSimulator(const BuddySimulator* simulator)
{
    m_simulator = simulator;
    updateGeometry();
    update();
}

int BuddyBlocksView::rowCount() const
{
    if (!m_simulator)
        return 1;
    qint64 smallest = m_simulator->arenaSize();
    for (const auto& block : m_simulator->blocks())
        smallest = std::min(smallest, block.size);
    return log2(m_simulator->arenaSize() / smallest) + 1;
}

int BuddyBlocksView::rowHeight() const
{
    return fontMetrics().height() * 2 + 6;
}

QSize BuddyBlocksView::sizeHint() const
{
    return {600, rowCount() * rowHeight() + 2};
}

QSize BuddyBlocksView::minimumSizeHint() const
{
    return {200, rowCount() * rowHeight() + 2};
}

QRectF BuddyBlocksView::cellRect(qint64 offset, qint64 size, int row) const
{
    const double scale = double(width() - 1) / double(m_simulator->arenaSize());
    return QRectF(offset * scale, row * rowHeight(), size * scale, rowHeight() - 4);
}

int BuddyBlocksView::allocationAt(const QPoint& position) const
{
    if (!m_simulator)
        return 0;
    for (const auto& block : m_simulator->blocks()) {
        const int row = log2(m_simulator->arenaSize() / block.size);
        if (block.used() && cellRect(block.offset, block.size, row).contains(position))
            return block.id;
    }
    return 0;
}

void BuddyBlocksView::paintEvent(QPaintEvent*)
{
    if (!m_simulator)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QColor splitColor = pal.color(QPalette::Mid);
    const QColor freeColor = pal.color(QPalette::Base);
    const QColor usedColor = pal.color(QPalette::Highlight);
    const QColor usedText = pal.color(QPalette::HighlightedText);
    const qint64 arena = m_simulator->arenaSize();

    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        const qint64 size = arena >> row;
        for (qint64 offset = 0; offset < arena; offset += size) {
            // The leaf covering this cell decides: larger leaf → nothing here; same size → the leaf; smaller
            // → this cell was split.
            const BuddySimulator::Block* leaf = nullptr;
            for (const auto& block : m_simulator->blocks()) {
                if (block.offset <= offset && offset < block.offset + block.size) {
                    leaf = &block;
                    break;
                }
            }
            if (!leaf || leaf->size > size)
                continue;
            const QRectF cell = cellRect(offset, size, row);
            QString text;
            if (leaf->size < size) {
                painter.fillRect(cell, splitColor);
                text = tr("split %1").arg(Units::formatBytes(quint64(size)));
                painter.setPen(pal.color(QPalette::Text));
            } else if (!leaf->used()) {
                painter.fillRect(cell, freeColor);
                text = tr("free %1").arg(Units::formatBytes(quint64(size)));
                painter.setPen(pal.color(QPalette::Text));
            } else {
                painter.fillRect(cell, usedColor);
                const double wasteFraction = double(leaf->waste()) / double(leaf->size);
                QRectF waste = cell;
                waste.setLeft(cell.right() - cell.width() * wasteFraction);
                painter.fillRect(waste, QBrush(usedText, Qt::BDiagPattern));
                text = tr("#%1: %2 B of %3\n%4 B wasted")
                           .arg(leaf->id)
                           .arg(leaf->requested)
                           .arg(Units::formatBytes(quint64(size)))
                           .arg(leaf->waste());
                painter.setPen(usedText);
            }
            // The full label where it fits, the short one (number or size) where not, nothing in a sliver.
            const QRectF inner = cell.adjusted(3, 1, -3, -1);
            const int flags = Qt::AlignCenter | Qt::TextWordWrap;
            if (painter.boundingRect(inner, flags, text).width() > inner.width() ||
                painter.boundingRect(inner, flags, text).height() > inner.height())
                text = leaf->used() && leaf->size == size ? tr("#%1").arg(leaf->id)
                                                          : Units::formatBytes(quint64(size));
            if (painter.fontMetrics().horizontalAdvance(text) <= inner.width())
                painter.drawText(inner, flags, text);
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawRect(cell);
        }
    }
}

void BuddyBlocksView::mousePressEvent(QMouseEvent* event)
{
    if (const int id = allocationAt(event->position().toPoint()))
        emit freeRequested(id);
}

bool BuddyBlocksView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const int id = allocationAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tr("Allocation #%1: click to free it").arg(id), this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace kaleido
