// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorymaptotalsline.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTreeView>

namespace kaleido {

MemoryMapTotalsLine::MemoryMapTotalsLine(QTreeView* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("totalsLine"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView* header = view->header();
    connect(header, &QHeaderView::sectionResized, this, qOverload<>(&QWidget::update));
    connect(header, &QHeaderView::sectionMoved, this, qOverload<>(&QWidget::update));
    connect(header, &QHeaderView::geometriesChanged, this, qOverload<>(&QWidget::update));
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    setToolTip(tr("Totals over every area of the process, as pmap -X prints them under its ==== line"));
}

void MemoryMapTotalsLine::setCell(Cell cell)
{
    m_cell = std::move(cell);
    update();
}

void MemoryMapTotalsLine::setShown(bool shown)
{
    m_shown = shown;
    update();
}

QSize MemoryMapTotalsLine::sizeHint() const
{
    return {200, fontMetrics().height() + 8};
}

void MemoryMapTotalsLine::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().alternateBase());
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, width(), 0);
    const QAbstractItemModel* model = m_view->model();
    if (!model || !m_shown)
        return;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    QHeaderView* header = m_view->header();
    // Where the view's columns start, in this widget's coordinates.
    const int left =
        m_view->viewport()->mapTo(window(), QPoint(0, 0)).x() - mapTo(window(), QPoint(0, 0)).x();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = cell(column, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const QRect r(left + header->sectionViewportPosition(column) + 4, 0, header->sectionSize(column) - 8,
                      height());
        if (r.right() < 0 || r.left() > width())
            continue;
        const auto alignment =
            Qt::Alignment(model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt());
        p.drawText(r, int((alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter),
                   p.fontMetrics().elidedText(text, Qt::ElideRight, r.width()));
    }
}

} // namespace kaleido
