// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "memorymapmodel.h"

#include <QList>
#include <QWidget>

#include <vector>

namespace kaleido {

/**
 * A process's address space as one horizontal strip: the areas of a MemoryMapModel laid out by address and
 * coloured by kind (code, data, heap, stack, anonymous, file-backed, shared, guard, vdso/vvar).
 *
 * Areas close together form a cluster drawn to scale (linear, or by the square root of the size so small
 * areas stay visible beside huge reservations); the unmapped space between clusters — terabytes between the
 * program and its libraries — is drawn as a short break labelled with its size. Every cluster is at least a
 * few pixels wide, so [vsyscall] is never lost. Areas narrower than a pixel are merged with their neighbours
 * (the pixel takes the colour of the kind that covers most of it), so painting costs the width in pixels, not
 * the number of areas: 20 000 areas paint as fast as 20.
 *
 * A click selects the area under the mouse (rowClicked()); setSelectedRows() outlines rows selected
 * elsewhere; setChangedRows() marks areas that changed since a snapshot under the strip. Each area has a
 * tooltip; so has each break.
 */
class AddressSpaceStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Scale
    {
        Linear,     ///< width proportional to size
        SquareRoot, ///< width proportional to the square root of the size
    };
    Q_ENUM(Scale)

    explicit AddressSpaceStrip(QWidget* parent = nullptr);
    ~AddressSpaceStrip() override;

    /// The areas, in address order (MemoryMapModel::mappings()).
    void setMappings(const QList<MemoryMapModel::Mapping>& mappings);
    const QList<MemoryMapModel::Mapping>& mappings() const { return m_mappings; }

    void setScale(Scale scale);
    Scale scale() const { return m_scale; }

    /// Outlines these rows (of the model the mappings came from).
    void setSelectedRows(const QList<int>& rows);
    const QList<int>& selectedRows() const { return m_selected; }
    /// Marks these rows under the strip in the colour of their change.
    void setChangedRows(const QList<QPair<int, MemoryMapModel::Change::Type>>& rows);

    /// The row drawn at @p x (widget coordinates), or -1 (a gap, a break, outside). Within a pixel holding
    /// several areas, the one covering most of it.
    int rowAt(qreal x) const;
    /// Where @p row is drawn (widget coordinates); empty for an unknown row.
    QRectF rectOfRow(int row) const;
    /// The bar's rectangle.
    QRect barRect() const;
    /// The tooltip shown at @p x.
    QString toolTipAt(qreal x) const;
    /// How many filled rectangles a paint draws (after merging sub-pixel neighbours).
    int paintedRunCount() const;
    /// How many gaps are drawn as labelled breaks.
    int breakCount() const;

    /// A row of colour swatches naming each kind, with a tooltip explaining it.
    static QWidget* createLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user clicked the area of @p row.
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Cluster
    {
        int firstRow = 0;
        int lastRow = 0; ///< inclusive
        double units = 0;
        double x = 0;     ///< left edge, pixels
        double width = 0; ///< pixels
    };
    struct Break
    {
        quint64 start = 0; ///< the unmapped range
        quint64 end = 0;
        double x = 0;
        double width = 0;
    };
    struct Run
    {
        int x0 = 0;
        int x1 = 0; ///< exclusive
        int kind = 0;
    };

    void rebuildLayout();      ///< units and clusters (on new mappings or scale)
    void placeAndPaintCache(); ///< pixels and runs (also on resize)
    double unitsOf(quint64 bytes) const;
    int breakAt(qreal x) const;

    QList<MemoryMapModel::Mapping> m_mappings;
    Scale m_scale = Scale::SquareRoot;
    std::vector<double> m_unitOffset; ///< per row: units from its cluster's start
    std::vector<double> m_unitLength;
    std::vector<double> m_x0; ///< per row, pixels
    std::vector<double> m_x1;
    std::vector<Cluster> m_clusters;
    std::vector<Break> m_breaks;
    std::vector<Run> m_runs;
    QList<int> m_selected;
    QList<QPair<int, MemoryMapModel::Change::Type>> m_changed;
    int m_layoutWidth = -1;
};

} // namespace kaleido
