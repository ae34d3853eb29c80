// SPDX-License-Identifier: GPL-2.0-or-later
#include "modulegraph.h"

#include "loadedmodulesmodel.h"

#include <QSet>

namespace kaleido {

bool ModuleGraph::isSafeName(const QString& name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

void ModuleGraph::addNode(const Node& node)
{
    if (m_index.contains(node.name))
        return;
    m_index.insert(node.name, m_nodes.size());
    m_nodes.append(node);
}

const ModuleGraph::Node* ModuleGraph::node(const QString& name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_nodes[*it];
}

ModuleGraph ModuleGraph::fromSnapshot(const LoadedModulesSnapshot& snapshot)
{
    ModuleGraph graph;
    for (const auto& row : snapshot.rows) {
        if (row.builtIn || !isSafeName(row.name))
            continue;
        graph.addNode({row.name, int(LoadedModulesModel::stateOf(row)), true});
    }
    for (const auto& row : snapshot.rows) {
        if (row.builtIn || !graph.node(row.name))
            continue;
        for (const QString& holder : row.module.holders)
            if (graph.node(holder))
                graph.m_edges.append({holder, row.name, true});
    }
    return graph;
}

void ModuleGraph::addDependencies(const QString& module, const QStringList& depends)
{
    if (!isSafeName(module))
        return;
    addNode({module, int(LoadedModulesModel::State::Unknown), false});
    for (const QString& dependency : depends) {
        if (!isSafeName(dependency))
            continue;
        bool known = false;
        for (const Edge& e : std::as_const(m_edges))
            known = known || (e.from == module && e.to == dependency);
        if (known)
            continue;
        addNode({dependency, int(LoadedModulesModel::State::Unknown), false});
        m_edges.append({module, dependency, false});
    }
}

ModuleGraph ModuleGraph::neighbourhood(const QString& module) const
{
    ModuleGraph result;
    if (!node(module))
        return result;
    QSet<QString> keep{module};
    auto walk = [&](bool upwards) {
        QStringList queue{module};
        QSet<QString> seen{module};
        while (!queue.isEmpty()) {
            const QString current = queue.takeFirst();
            for (const Edge& e : m_edges) {
                const QString& from = upwards ? e.to : e.from;
                const QString& to = upwards ? e.from : e.to;
                if (from == current && !seen.contains(to)) {
                    seen.insert(to);
                    keep.insert(to);
                    queue.append(to);
                }
            }
        }
    };
    walk(true);  // users, their users…
    walk(false); // what it uses…
    for (const Node& n : m_nodes)
        if (keep.contains(n.name))
            result.addNode(n);
    for (const Edge& e : m_edges)
        if (keep.contains(e.from) && keep.contains(e.to))
            result.m_edges.append(e);
    return result;
}

QByteArray ModuleGraph::toDot(const QHash<QString, QSizeF>& nodeSizesInInches) const
{
    QByteArray dot = "digraph modules {\n"
                     "  graph [rankdir=TB, nodesep=0.25, ranksep=0.45, pack=8, packmode=\"array_u\"];\n"
                     "  node [shape=box, fixedsize=true];\n"
                     "  edge [arrowhead=none];\n";
    for (const Node& n : m_nodes) {
        const QSizeF size = nodeSizesInInches.value(n.name, QSizeF(1.0, 0.3));
        dot += "  \"" + n.name.toLatin1() + "\" [width=" + QByteArray::number(size.width(), 'f', 3) +
               ", height=" + QByteArray::number(size.height(), 'f', 3) + (n.live ? "" : ", style=dashed") +
               "];\n";
    }
    for (const Edge& e : m_edges)
        dot += "  \"" + e.from.toLatin1() + "\" -> \"" + e.to.toLatin1() + "\"" +
               (e.fromHolders ? "" : " [style=dashed]") + ";\n";
    dot += "}\n";
    return dot;
}

} // namespace kaleido
