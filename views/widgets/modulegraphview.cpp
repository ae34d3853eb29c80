// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulegraphview.h"

#include "loadedmodulesmodel.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainterPath>
#include <QResizeEvent>
#include <QtMath>

namespace kaleido {

namespace {

constexpr qreal pointsPerInch = 72.0;
constexpr int nameKey = 0;

QColor fillFor(int state, bool live)
{
    if (!live)
        return QColor(0xee, 0xee, 0xee);
    switch (LoadedModulesModel::State(state)) {
    case LoadedModulesModel::State::Live:
        return QColor(0xc8, 0xe6, 0xc9); // green
    case LoadedModulesModel::State::Loading:
        return QColor(0xbb, 0xde, 0xfb); // blue
    case LoadedModulesModel::State::Unloading:
        return QColor(0xff, 0xe0, 0xb2); // orange
    case LoadedModulesModel::State::Permanent:
        return QColor(0xd7, 0xcc, 0xc8); // brown-grey
    default:
        return QColor(0xf5, 0xf5, 0xf5);
    }
}

} // namespace

ModuleGraphView::ModuleGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("moduleGraphView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setToolTip(tr("Which module uses which: an arrow points from a module to one it uses (its holder "
                  "relation). Green: live; blue: loading; orange: unloading; brown: permanent. Numbers: the "
                  "order in which to unload. Click a module to select it."));
}

QHash<QString, QSizeF> ModuleGraphView::nodeSizes(const ModuleGraph& graph) const
{
    const QFontMetricsF metrics(font());
    QHash<QString, QSizeF> sizes;
    for (const auto& node : graph.nodes()) {
        const qreal width = metrics.horizontalAdvance(node.name) + 16;
        const qreal height = metrics.height() + 8;
        sizes.insert(node.name, QSizeF(width / pointsPerInch, height / pointsPerInch));
    }
    return sizes;
}

void ModuleGraphView::showMessage(const QString& message)
{
    m_scene->clear();
    m_boxes.clear();
    m_badges.clear();
    m_edgeCount = 0;
    m_badgeCount = 0;
    m_message = message;
    auto* text = m_scene->addText(message);
    text->setTextWidth(360);
    m_scene->setSceneRect(text->boundingRect());
}

void ModuleGraphView::showLayout(const ModuleGraph& graph, const PlainLayout& layout)
{
    m_scene->clear();
    m_boxes.clear();
    m_badges.clear();
    m_message.clear();
    m_graph = graph;
    m_layout = layout;
    m_edgeCount = 0;

    const QPen edgePen(palette().color(QPalette::Text), 1.2);
    for (const PlainLayout::Edge& edge : layout.edges) {
        if (edge.points.size() < 4)
            continue;
        QPainterPath path(edge.points.first());
        for (qsizetype i = 1; i + 2 < edge.points.size(); i += 3)
            path.cubicTo(edge.points[i], edge.points[i + 1], edge.points[i + 2]);
        QPen pen = edgePen;
        if (edge.dashed)
            pen.setStyle(Qt::DashLine);
        auto* item = m_scene->addPath(path, pen);
        item->setZValue(0);
        // Arrowhead along the last segment's tangent, at the module being used.
        const QPointF tip = edge.points.last();
        QPointF from = edge.points[edge.points.size() - 2];
        if (from == tip)
            from = edge.points.first();
        const qreal angle = qAtan2(tip.y() - from.y(), tip.x() - from.x());
        const qreal size = 7;
        QPolygonF head;
        head << tip << tip - QPointF(size * qCos(angle - 0.4), size * qSin(angle - 0.4))
             << tip - QPointF(size * qCos(angle + 0.4), size * qSin(angle + 0.4));
        m_scene->addPolygon(head, edgePen, QBrush(edgePen.color()))->setZValue(0);
        ++m_edgeCount;
    }

    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
        const ModuleGraph::Node* node = graph.node(it.key());
        auto* box = m_scene->addRect(it.value(), QPen(QColor(0x42, 0x42, 0x42), 1),
                                     fillFor(node ? node->state : -1, node ? node->live : true));
        box->setData(nameKey, it.key());
        box->setZValue(1);
        box->setToolTip(node && !node->live
                            ? tr("%1 (not loaded; a static dependency from modinfo)").arg(it.key())
                            : it.key());
        auto* label = new QGraphicsSimpleTextItem(it.key(), box);
        label->setFont(font());
        label->setBrush(QColor(0x21, 0x21, 0x21));
        const QRectF text = label->boundingRect();
        label->setPos(it.value().center() - QPointF(text.width() / 2, text.height() / 2));
        m_boxes.insert(it.key(), box);
    }
    m_scene->setSceneRect(QRectF(QPointF(0, 0), layout.size).adjusted(-12, -12, 12, 12));
    decorate();
    fit();
}

void ModuleGraphView::fit()
{
    // Small graphs are enlarged up to 1.5×, large ones shrunk down to 0.7× (then scrolled).
    resetTransform();
    const QRectF scene = sceneRect();
    const QSizeF view = viewport()->size();
    if (scene.isEmpty() || view.isEmpty() || !m_message.isEmpty())
        return;
    const qreal factor = qBound(0.7, qMin(view.width() / scene.width(), view.height() / scene.height()), 1.5);
    scale(factor, factor);
}

void ModuleGraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void ModuleGraphView::setSelectedModule(const QString& module)
{
    m_selected = module;
    decorate();
    if (auto* box = m_boxes.value(module))
        ensureVisible(box);
}

void ModuleGraphView::setUnloadOrder(const QStringList& order)
{
    m_order = order;
    decorate();
}

void ModuleGraphView::decorate()
{
    for (QGraphicsItem* badge : std::as_const(m_badges)) {
        m_scene->removeItem(badge);
        delete badge;
    }
    m_badges.clear();
    m_badgeCount = 0;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QPen pen = it.value()->pen();
        const bool selected = it.key() == m_selected;
        pen.setWidthF(selected ? 3 : 1);
        pen.setColor(selected ? palette().color(QPalette::Highlight) : QColor(0x42, 0x42, 0x42));
        it.value()->setPen(pen);
    }
    if (m_order.size() < 2)
        return;
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        QGraphicsRectItem* box = m_boxes.value(m_order[i]);
        if (!box)
            continue;
        const QPointF corner = box->rect().topRight();
        const qreal r = 8;
        auto* badge = m_scene->addEllipse(QRectF(corner - QPointF(r, r), QSizeF(2 * r, 2 * r)),
                                          QPen(Qt::white, 1), QColor(0xc6, 0x28, 0x28));
        badge->setZValue(3);
        badge->setToolTip(tr("Unload step %1 of %2").arg(i + 1).arg(m_order.size()));
        auto* number = new QGraphicsSimpleTextItem(QString::number(i + 1), badge);
        QFont small = font();
        small.setBold(true);
        small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.8));
        number->setFont(small);
        number->setBrush(Qt::white);
        const QRectF b = number->boundingRect();
        number->setPos(corner - QPointF(b.width() / 2, b.height() / 2));
        m_badges.append(badge);
        ++m_badgeCount;
    }
}

void ModuleGraphView::mousePressEvent(QMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->pos())) {
        while (item && item->data(nameKey).isNull())
            item = item->parentItem();
        if (item) {
            const QString module = item->data(nameKey).toString();
            setSelectedModule(module);
            Q_EMIT moduleClicked(module);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace kaleido
