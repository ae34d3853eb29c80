// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "buddysimulator.h"

#include <QWidget>

namespace kaleido {

/**
 * Draws a BuddySimulator as rows of blocks, the whole arena at the top and each row below it half the size:
 * a grey cell is a block that was split, a pale one is free, a coloured one is allocated, with its wasted
 * bytes hatched. Clicking an allocated block asks to free it.
 */
class BuddyBlocksView : public QWidget
{
    Q_OBJECT
public:
    explicit BuddyBlocksView(QWidget* parent = nullptr);

    void setSimulator(const BuddySimulator* simulator);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The allocation number of the block at @p position, 0 if none (for tests and clicks).
    int allocationAt(const QPoint& position) const;

signals:
    void freeRequested(int id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowCount() const;
    int rowHeight() const;
    QRectF cellRect(qint64 offset, qint64 size, int row) const;

    const BuddySimulator* m_simulator = nullptr;
};

} // namespace kaleido
