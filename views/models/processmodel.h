// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processframe.h"
#include "processnode.h"
#include "usernames.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace kaleido {

/**
 * The process table as a tree model, fed one ProcessFrame per refresh.
 *
 * Layouts: Flat (every process a top-level row), Tree (children under their parent, as pstree; kernel threads
 * end up under kthreadd) and Sessions (session → process group → process, for teaching job control). In every
 * layout a process with more than one thread has its threads beneath it.
 *
 * A refresh never resets the model: new tasks are inserted, re-parented ones moved (beginMoveRows), exited
 * ones kept for one more refresh (DyingRole, a red background) and then removed, and changed rows reported
 * with dataChanged merged into contiguous ranges. Selections and expanded rows therefore survive refreshes
 * and re-sorting (sort and filter with ProcessFilterModel). Only setLayout() and the first frame reset.
 */
class ProcessModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Layout
    {
        Flat,
        Tree,
        Sessions
    };
    Q_ENUM(Layout)

    enum Role
    {
        SortRole = Qt::UserRole + 200, ///< the raw value (numbers as numbers)
        PidRole,                       ///< qint32; 0 on session/group rows
        TidRole,
        StartTimeRole,    ///< quint64 clock ticks after boot
        UidRole,          ///< quint32
        KindRole,         ///< int(ProcessNode::Kind)
        KernelThreadRole, ///< bool
        FreshRole,        ///< bool: appeared on the last refresh
        DyingRole,        ///< bool: gone on the last refresh, shown once more
        FilterTextRole,   ///< name, command line and user, lower case, for find
    };

    explicit ProcessModel(KernelFs fs = KernelFs(), QObject* parent = nullptr);
    ~ProcessModel() override;

    Layout layout() const { return m_layout; }
    /// Rebuilds the rows in another layout (a reset; the view restores its selection by PID).
    void setLayout(Layout layout);

    /// Applies the next frame of a ProcessFeed. Frames must come in order, each once.
    void apply(const ProcessFramePtr& frame);
    const ProcessFramePtr& frame() const { return m_frame; }
    /// How long the last apply() took, in nanoseconds.
    qint64 lastApplyNs() const { return m_lastApplyNs; }

    int processCount() const { return int(m_processes.size()); }
    int threadCount() const { return int(m_threads.size()); }
    /// The index of a live process's row (column 0), or invalid.
    QModelIndex indexOfPid(qint32 pid) const;
    const ProcessNode* node(const QModelIndex& index) const;
    /// The PIDs of all live descendants of @p pid, from the latest frame (for "end process tree").
    QList<qint32> descendantsOf(qint32 pid) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Node = ProcessNode;

    QList<Node*>& childrenOf(Node* parent) { return parent ? parent->children : m_roots; }
    const QList<Node*>& childrenOf(const Node* parent) const { return parent ? parent->children : m_roots; }
    QModelIndex indexOf(const Node* node, int column = 0) const;
    Node* desiredParent(const Node* process);
    Node* groupNode(Node::Kind kind, qint32 id, Node* parent);
    void insertAdded(const QList<Node*>& added);
    void removeNodes(const QList<Node*>& doomed);
    void insertNode(Node* node, Node* parent);
    void moveNode(Node* node, Node* parent);
    void removeNode(Node* node);
    void renumber(Node* parent, int from);
    void destroy(Node* node);
    bool isAncestor(const Node* ancestor, const Node* node) const;
    void rebuild();
    void markChanged(Node* node);
    void markDying(Node* node);
    void emitChanges();
    void applyThreads(Node* process, const ProcessSnapshot& snapshot, const TaskSample& task, quint64 sequence,
                      const ProcessDiff& diff);
    void applyLazy(const QList<LazyValues>& lazy);
    static void copyDelta(Node* node, const TaskDelta* delta);

    KernelFs m_fs;
    UserNames m_users;
    Layout m_layout = Layout::Tree;
    ProcessFramePtr m_frame;
    QList<Node*> m_roots;
    QHash<qint32, Node*> m_processes; ///< live processes by PID (dying ones are not here)
    QHash<qint32, Node*> m_threads;   ///< live thread rows by TID
    QHash<qint64, Node*> m_groups;    ///< session/process-group rows by kind and id
    QList<Node*> m_dying;             ///< shown once more, removed on the next frame
    QList<Node*> m_fresh;             ///< highlighted on this frame only
    QList<Node*> m_changed;           ///< rows to report in emitChanges()
    qint64 m_lastApplyNs = 0;
    bool m_quiet = false;             ///< building inside a reset: no row signals
};

} // namespace kaleido
