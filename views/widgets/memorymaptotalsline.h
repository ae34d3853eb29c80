// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QVariant>
#include <QWidget>

#include <functional>

class QTreeView;

namespace kaleido {

/**
 * The totals under a table's columns, as `pmap -X` prints them under its "====" line: one bold cell under
 * each column that has a sum, aligned as the column, following the header's sections as they are resized,
 * moved or scrolled. The cells come from a function (MemoryMapModel::totalData() or
 * MemoryMapGroupModel::totalData()).
 */
class MemoryMapTotalsLine : public QWidget
{
    Q_OBJECT
public:
    using Cell = std::function<QVariant(int column, int role)>;

    MemoryMapTotalsLine(QTreeView* view, QWidget* parent = nullptr);

    void setCell(Cell cell);
    QVariant cell(int column, int role) const { return m_cell ? m_cell(column, role) : QVariant(); }
    /// Whether there is a map whose totals to show (nothing is drawn otherwise).
    void setShown(bool shown);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QTreeView* m_view;
    Cell m_cell;
    bool m_shown = false;
};

} // namespace kaleido
