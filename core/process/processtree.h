// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "processsnapshot.h"

#include <QList>

namespace kaleido {

/**
 * The parent → children structure of a snapshot's processes, as pstree draws it:
 * @code
 * init(1)
 * ├─bash(812)
 * │ └─vim(900)
 * kthreadd(2)
 * └─kworker/0:1(11)
 * @endcode
 * Roots are processes whose parent is 0 (init and kthreadd) or is not in the snapshot (outside this PID
 * namespace, or not captured). Children are ordered by PID. Indices refer to ProcessSnapshot::processes.
 */
class ProcessTree
{
public:
    struct Row
    {
        qsizetype index = 0; ///< into ProcessSnapshot::processes
        int depth = 0;
        bool lastSibling = false; ///< the last child of its parent (or the last root)
    };

    explicit ProcessTree(const ProcessSnapshot& snapshot);

    const QList<qsizetype>& roots() const { return m_roots; }
    /// Children of the process at @p index, by PID.
    QList<qsizetype> children(qsizetype index) const;
    /// Every process once, parents before their children, depth-first.
    const QList<Row>& rows() const { return m_rows; }

private:
    QList<qsizetype> m_roots;
    QList<qsizetype> m_childStart; ///< children of i are m_childList[m_childStart[i] .. m_childStart[i+1])
    QList<qsizetype> m_childList;
    QList<Row> m_rows;
};

} // namespace kaleido
