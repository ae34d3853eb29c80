// SPDX-License-Identifier: GPL-2.0-or-later
#include "processtree.h"

namespace kaleido {

ProcessTree::ProcessTree(const ProcessSnapshot& snapshot)
{
    const QList<TaskSample>& processes = snapshot.processes;
    const qsizetype n = processes.size();
    QList<qsizetype> parent(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        const TaskSample& p = processes.at(i);
        if (p.ppid > 0 && p.ppid != p.pid)
            parent[i] = snapshot.indexOf(p.ppid);
    }

    // Children lists in one flat array (counting sort by parent); processes are sorted by PID, so each
    // parent's children come out in PID order.
    m_childStart.fill(0, n + 1);
    for (qsizetype i = 0; i < n; ++i) {
        if (parent.at(i) >= 0)
            ++m_childStart[parent.at(i) + 1];
    }
    for (qsizetype i = 0; i < n; ++i)
        m_childStart[i + 1] += m_childStart.at(i);
    m_childList.resize(m_childStart.at(n));
    QList<qsizetype> fill = m_childStart;
    for (qsizetype i = 0; i < n; ++i) {
        if (parent.at(i) >= 0)
            m_childList[fill[parent.at(i)]++] = i;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (parent.at(i) < 0)
            m_roots.append(i);
    }

    // Depth-first without recursion (a deep chain of forks must not overflow the stack).
    QList<bool> visited(n, false);
    auto walk = [&](qsizetype root, bool lastRoot) {
        QList<Row> stack{{root, 0, lastRoot}};
        while (!stack.isEmpty()) {
            const Row row = stack.takeLast();
            if (visited.at(row.index))
                continue;
            visited[row.index] = true;
            m_rows.append(row);
            const qsizetype begin = m_childStart.at(row.index);
            const qsizetype end = m_childStart.at(row.index + 1);
            for (qsizetype c = end - 1; c >= begin; --c)
                stack.append({m_childList.at(c), row.depth + 1, c == end - 1});
        }
    };
    for (qsizetype r = 0; r < m_roots.size(); ++r)
        walk(m_roots.at(r), r == m_roots.size() - 1);
    // Only a hand-made tree can hold a parent cycle; its members become roots so nothing is lost.
    for (qsizetype i = 0; i < n; ++i) {
        if (!visited.at(i)) {
            m_roots.append(i);
            walk(i, true);
        }
    }
}

QList<qsizetype> ProcessTree::children(qsizetype index) const
{
    if (index < 0 || index + 1 >= m_childStart.size())
        return {};
    return m_childList.mid(m_childStart.at(index), m_childStart.at(index + 1) - m_childStart.at(index));
}

} // namespace kaleido
