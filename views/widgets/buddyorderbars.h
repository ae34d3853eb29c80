// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "buddyordersmodel.h"

#include <QPointer>
#include <QWidget>

namespace kaleido {

/**
 * The free lists of one zone as bars, a row per order (labelled with its block size, "order 3 · 32 KiB"): the
 * number of free blocks, the memory they hold, and the unusable free space index of that order (0 to 1). The
 * count and memory bars are scaled to the largest order; hovering a cell shows the exact figures, hovering a
 * heading what it means. Without rows it says why (BuddyOrdersModel::emptyReason()).
 */
class BuddyOrderBars : public QWidget
{
    Q_OBJECT
public:
    explicit BuddyOrderBars(QWidget* parent = nullptr);

    void setModel(BuddyOrdersModel* model);
    BuddyOrdersModel* model() const { return m_model; }

    /// The text at the start of row @p order ("order 3 · 32 KiB"); empty when there is no such row.
    QString rowLabel(int order) const;
    /// The tooltip shown over @p pos (a heading, a cell or the empty text), as the user would see it.
    QString toolTipAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum Part
    {
        LabelPart,
        BlocksPart,
        BytesPart,
        UnusablePart,
        PartCount
    };
    struct Geometry
    {
        int rowHeight = 0;
        int headerHeight = 0;
        int left[PartCount] = {};
        int width[PartCount] = {};
    };
    Geometry geometry() const;
    /// The part and order (−1 for the heading row) under @p pos; false when outside every cell.
    bool hit(const QPoint& pos, int* part, int* order) const;

    QPointer<BuddyOrdersModel> m_model;
};

} // namespace kaleido
