// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "loadedmodulessnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace kaleido {

/**
 * Which loaded module uses which: an edge holder → module for every entry of a /proc/modules holders list
 * (live), optionally with modinfo's static `depends` (a module → what it needs). Laid out by graphviz
 * (toDot() + GraphLayout), never by hand.
 */
class ModuleGraph
{
public:
    struct Node
    {
        QString name;
        int state = 0;    ///< LoadedModulesModel::State as int
        bool live = true; ///< false: only named by a static dependency (not loaded)
    };
    struct Edge
    {
        QString from;            ///< the user (holder)
        QString to;              ///< the module it uses
        bool fromHolders = true; ///< false: only from modinfo depends (drawn dashed)
    };

    /// Every loaded module of @p snapshot (built-in rows are left out) and its holder edges.
    static ModuleGraph fromSnapshot(const LoadedModulesSnapshot& snapshot);

    /// Adds modinfo's `depends` of @p module as static edges (kept once when the kernel also lists them).
    void addDependencies(const QString& module, const QStringList& depends);

    /// @p module, everything that uses it (transitively) and everything it uses (transitively).
    ModuleGraph neighbourhood(const QString& module) const;

    const QList<Node>& nodes() const { return m_nodes; }
    const QList<Edge>& edges() const { return m_edges; }
    const Node* node(const QString& name) const;
    bool isEmpty() const { return m_nodes.isEmpty(); }

    /**
     * The graph in graphviz's DOT language, for `dot -Tplain`: box nodes of the given sizes (inches; a node
     * without one gets 1 × 0.3), no arrowheads (the view draws its own); unconnected parts are packed side by
     * side in rows, so a whole graph of many unrelated modules stays readable in a narrow pane. Names are
     * quoted; a name outside [A-Za-z0-9_-] is left out.
     */
    QByteArray toDot(const QHash<QString, QSizeF>& nodeSizesInInches = {}) const;

    static bool isSafeName(const QString& name);

private:
    void addNode(const Node& node);
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, qsizetype> m_index;
};

} // namespace kaleido
