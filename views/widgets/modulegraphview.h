// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "graphlayout.h"
#include "modulegraph.h"

#include <QGraphicsView>
#include <QHash>
#include <QSizeF>
#include <QStringList>

class QGraphicsRectItem;
class QGraphicsScene;

namespace kaleido {

/**
 * Draws a ModuleGraph as graphviz laid it out (PlainLayout): one box per module coloured by its state, holder
 * edges as graphviz's splines with an arrow at the module being used, dashed ones for static dependencies;
 * numbered badges for the current unload order. Clicking a box selects the module (moduleClicked()).
 */
class ModuleGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ModuleGraphView(QWidget* parent = nullptr);

    /// Node sizes in inches for toDot(), from this view's font.
    QHash<QString, QSizeF> nodeSizes(const ModuleGraph& graph) const;

    void showLayout(const ModuleGraph& graph, const PlainLayout& layout);
    /// Replaces the drawing with a message (dot missing or failed, nothing to draw).
    void showMessage(const QString& message);
    void setSelectedModule(const QString& module);
    /// Badges 1, 2, 3… on the modules of @p order (empty: none).
    void setUnloadOrder(const QStringList& order);

    int nodeCount() const { return int(m_boxes.size()); }
    int edgeCount() const { return m_edgeCount; }
    int badgeCount() const { return m_badgeCount; }
    QString message() const { return m_message; }
    QString selectedModule() const { return m_selected; }

Q_SIGNALS:
    void moduleClicked(const QString& module);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void decorate();
    void fit();

    QGraphicsScene* m_scene;
    ModuleGraph m_graph;
    PlainLayout m_layout;
    QHash<QString, QGraphicsRectItem*> m_boxes;
    QList<QGraphicsItem*> m_badges;
    QStringList m_order;
    QString m_selected;
    QString m_message;
    int m_edgeCount = 0;
    int m_badgeCount = 0;
};

} // namespace kaleido
