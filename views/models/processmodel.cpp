// SPDX-License-Identifier: GPL-2.0-or-later
#include "processmodel.h"

#include "benchprobe.h"
#include "processcolumns.h"
#include "processtree.h"

#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace kaleido {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("kaleido::ProcessModel", text);
}

constexpr int detached = -1;

qint64 groupKey(ProcessNode::Kind kind, qint32 id)
{
    return (qint64(kind) << 32) | quint32(id);
}

} // namespace

ProcessModel::ProcessModel(KernelFs fs, QObject* parent)
    : QAbstractItemModel(parent)
    , m_fs(std::move(fs))
    , m_users(m_fs)
{
}

ProcessModel::~ProcessModel()
{
    for (Node* node : std::as_const(m_roots))
        destroy(node);
}

// ---- structure ----------------------------------------------------------------------------------------------

QModelIndex ProcessModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* p = parent.isValid() ? static_cast<const Node*>(parent.internalPointer()) : nullptr;
    return createIndex(row, column, childrenOf(p).at(row));
}

QModelIndex ProcessModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = static_cast<const Node*>(child.internalPointer());
    return node->parent ? createIndex(node->parent->row, 0, node->parent) : QModelIndex();
}

int ProcessModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* p = parent.isValid() ? static_cast<const Node*>(parent.internalPointer()) : nullptr;
    return int(childrenOf(p).size());
}

int ProcessModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ProcessColumns::Count;
}

bool ProcessModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex ProcessModel::indexOf(const Node* node, int column) const
{
    return node ? createIndex(node->row, column, const_cast<Node*>(node)) : QModelIndex();
}

QModelIndex ProcessModel::indexOfPid(qint32 pid) const
{
    return indexOf(m_processes.value(pid));
}

const ProcessNode* ProcessModel::node(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? static_cast<const Node*>(index.internalPointer()) : nullptr;
}

QList<qint32> ProcessModel::descendantsOf(qint32 pid) const
{
    QList<qint32> result;
    if (!m_frame)
        return result;
    const ProcessSnapshot& snapshot = m_frame->snapshot;
    const qsizetype start = snapshot.indexOf(pid);
    if (start < 0)
        return result;
    const ProcessTree tree(snapshot);
    QList<qsizetype> pending = tree.children(start);
    while (!pending.isEmpty()) {
        const qsizetype index = pending.takeLast();
        result.append(snapshot.processes.at(index).pid);
        pending.append(tree.children(index));
    }
    return result;
}

// ---- data ---------------------------------------------------------------------------------------------------

QVariant ProcessModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n)
        return {};
    const int column = index.column();
    if (!n->isTask()) {
        const bool session = n->kind == Node::Kind::Session;
        switch (role) {
        case Qt::DisplayRole:
            if (column == ProcessColumns::Name) {
                const Node* leader = m_processes.value(n->groupId);
                const QString name = leader ? QString::fromUtf8(leader->task.comm()) : QString();
                if (n->groupId == 0)
                    return translate("No session (kernel threads)");
                if (session)
                    return name.isEmpty() ? translate("Session %1").arg(n->groupId)
                                          : translate("Session %1 (%2)").arg(n->groupId).arg(name);
                return name.isEmpty() ? translate("Process group %1").arg(n->groupId)
                                      : translate("Process group %1 (%2)").arg(n->groupId).arg(name);
            }
            if (column == ProcessColumns::Session && session)
                return n->groupId;
            if (column == ProcessColumns::ProcessGroup && !session)
                return n->groupId;
            return {};
        case SortRole:
            return n->groupId;
        case Qt::ToolTipRole:
            return session ? translate("A session: the processes started from one login or terminal. Its "
                                       "leader called setsid(); the session ends when the leader exits.")
                           : translate("A process group: a job a shell started (a pipeline counts as one). "
                                       "Ctrl+C and Ctrl+Z go to every process of the terminal's foreground "
                                       "group.");
        case KindRole:
            return int(n->kind);
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        return ProcessColumns::display(*n, column, m_users, m_frame.get());
    case SortRole:
        return ProcessColumns::sortValue(*n, column, m_users);
    case Qt::TextAlignmentRole:
        return ProcessColumns::isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole:
        if (n->dying)
            return QColor(220, 40, 40, 60);
        if (n->fresh)
            return QColor(40, 180, 40, 60);
        return {};
    case Qt::ToolTipRole:
        if (n->dying)
            return translate("This process exited since the last refresh; its row goes on the next one.");
        if (n->fresh)
            return n->kind == Node::Kind::Thread ? translate("This thread started since the last refresh.")
                                                  : translate("This process started since the last refresh.");
        if (column == ProcessColumns::Name || column == ProcessColumns::CommandLine)
            return n->commandLine.isEmpty() ? ProcessColumns::display(*n, ProcessColumns::CommandLine, m_users,
                                                                      m_frame.get())
                                            : n->commandLine;
        return ProcessColumns::explanation(column);
    case PidRole:
        return n->task.pid;
    case TidRole:
        return n->task.tid;
    case StartTimeRole:
        return n->task.startTime;
    case UidRole:
        return n->task.uid;
    case KindRole:
        return int(n->kind);
    case KernelThreadRole:
        return n->task.kernelThread;
    case FreshRole:
        return n->fresh;
    case DyingRole:
        return n->dying;
    case FilterTextRole:
        return QString(QString::fromUtf8(n->task.comm()) + QLatin1Char('\n') + n->commandLine + QLatin1Char('\n') +
                       m_users.userName(n->task.uid))
            .toLower();
    default:
        return {};
    }
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ProcessColumns::Count)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ProcessColumns::title(section);
    case Qt::ToolTipRole:
        return ProcessColumns::explanation(section);
    case Qt::TextAlignmentRole:
        return ProcessColumns::isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

// ---- tree surgery -------------------------------------------------------------------------------------------

bool ProcessModel::isAncestor(const Node* ancestor, const Node* node) const
{
    for (const Node* p = node; p; p = p->parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

void ProcessModel::renumber(Node* parent, int from)
{
    QList<Node*>& list = childrenOf(parent);
    for (qsizetype i = from; i < list.size(); ++i)
        list[i]->row = int(i);
}

void ProcessModel::insertNode(Node* node, Node* parent)
{
    QList<Node*>& list = childrenOf(parent);
    const int row = int(list.size());
    if (!m_quiet)
        beginInsertRows(indexOf(parent), row, row);
    node->parent = parent;
    node->row = row;
    list.append(node);
    if (!m_quiet)
        endInsertRows();
}

void ProcessModel::moveNode(Node* node, Node* parent)
{
    if (node->parent == parent)
        return;
    if (parent && isAncestor(node, parent))
        parent = nullptr; // would make a cycle (an inconsistent snapshot): keep it at the top for this refresh
    if (node->parent == parent)
        return;
    Node* source = node->parent;
    const int sourceRow = node->row;
    const int destinationRow = int(childrenOf(parent).size());
    if (!m_quiet && !beginMoveRows(indexOf(source), sourceRow, sourceRow, indexOf(parent), destinationRow))
        return;
    childrenOf(source).removeAt(sourceRow);
    renumber(source, sourceRow);
    node->parent = parent;
    node->row = int(childrenOf(parent).size());
    childrenOf(parent).append(node);
    if (!m_quiet)
        endMoveRows();
}

void ProcessModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row;
    if (!m_quiet)
        beginRemoveRows(indexOf(parent), row, row);
    childrenOf(parent).removeAt(row);
    renumber(parent, row);
    if (!m_quiet)
        endRemoveRows();
    destroy(node);
}

void ProcessModel::destroy(Node* node)
{
    for (Node* child : std::as_const(node->children))
        destroy(child);
    switch (node->kind) {
    case Node::Kind::Process:
        if (m_processes.value(node->task.pid) == node)
            m_processes.remove(node->task.pid);
        break;
    case Node::Kind::Thread:
        if (m_threads.value(node->task.tid) == node)
            m_threads.remove(node->task.tid);
        break;
    case Node::Kind::Session:
    case Node::Kind::ProcessGroup:
        m_groups.remove(groupKey(node->kind, node->groupId));
        break;
    }
    if (node->changed)
        m_changed.removeOne(node);
    if (node->fresh)
        m_fresh.removeOne(node);
    if (node->dying)
        m_dying.removeOne(node);
    delete node;
}

ProcessNode* ProcessModel::groupNode(Node::Kind kind, qint32 id, Node* parent)
{
    const qint64 key = groupKey(kind, id);
    if (Node* existing = m_groups.value(key)) {
        moveNode(existing, parent); // a process group whose leader moved to another session (rare)
        return existing;
    }
    auto* group = new Node;
    group->kind = kind;
    group->groupId = id;
    m_groups.insert(key, group);
    insertNode(group, parent);
    return group;
}

ProcessNode* ProcessModel::desiredParent(const Node* process)
{
    switch (m_layout) {
    case Layout::Flat:
        return nullptr;
    case Layout::Tree: {
        Node* parent = process->task.ppid > 0 ? m_processes.value(process->task.ppid) : nullptr;
        return parent == process ? nullptr : parent;
    }
    case Layout::Sessions:
        return groupNode(Node::Kind::ProcessGroup, process->task.pgrp,
                         groupNode(Node::Kind::Session, process->task.session, nullptr));
    }
    return nullptr;
}

void ProcessModel::markChanged(Node* node)
{
    if (node->changed || m_quiet)
        return;
    node->changed = true;
    m_changed.append(node);
}

void ProcessModel::emitChanges()
{
    if (m_changed.isEmpty())
        return;
    std::sort(m_changed.begin(), m_changed.end(), [](const Node* a, const Node* b) {
        return a->parent != b->parent ? std::less<const Node*>()(a->parent, b->parent) : a->row < b->row;
    });
    const int lastColumn = ProcessColumns::Count - 1;
    qsizetype i = 0;
    while (i < m_changed.size()) {
        Node* first = m_changed[i];
        qsizetype j = i + 1;
        while (j < m_changed.size() && m_changed[j]->parent == first->parent &&
               m_changed[j]->row == m_changed[j - 1]->row + 1)
            ++j;
        Node* last = m_changed[j - 1];
        Q_EMIT dataChanged(indexOf(first, 0), indexOf(last, lastColumn));
        i = j;
    }
    for (Node* node : std::as_const(m_changed))
        node->changed = false;
    m_changed.clear();
}

// ---- refresh ------------------------------------------------------------------------------------------------

void ProcessModel::copyDelta(Node* node, const TaskDelta* delta)
{
    node->cpuPercent = delta ? delta->cpuPercent : 0;
    node->minorFaultsPerSecond = delta ? delta->minorFaultsPerSecond : 0;
    node->majorFaultsPerSecond = delta ? delta->majorFaultsPerSecond : 0;
}

void ProcessModel::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    rebuild();
}

void ProcessModel::rebuild()
{
    beginResetModel();
    m_quiet = true;
    // Every process node keeps only its thread rows; processes that already exited go now.
    const QList<Node*> all = m_processes.values() + m_dying;
    for (Node* process : all) {
        process->children.removeIf([](const Node* child) { return child->kind != Node::Kind::Thread; });
        process->parent = nullptr;
        process->row = detached;
    }
    for (Node* group : std::as_const(m_groups))
        delete group;
    m_groups.clear();
    m_roots.clear();
    while (!m_dying.isEmpty())
        destroy(m_dying.constFirst());
    QList<Node*> processes = m_processes.values();
    std::sort(processes.begin(), processes.end(),
              [](const Node* a, const Node* b) { return a->task.pid < b->task.pid; });
    insertAdded(processes);
    m_quiet = false;
    endResetModel();
}

void ProcessModel::insertAdded(const QList<Node*>& added)
{
    // New processes whose parent is new as well go under it at once, without signals (the parent is not in
    // the tree yet, so nobody can see them); the others are inserted into their parent, a run of
    // neighbours in one signal. A fork storm of thousands is a few signals, not thousands.
    QList<Node*> tops;
    tops.reserve(added.size());
    for (Node* node : added)
        node->adding = true;
    for (Node* node : added) {
        Node* parent = desiredParent(node);
        if (parent && parent->adding && parent != node && !isAncestor(node, parent)) {
            node->parent = parent;
            node->row = int(parent->children.size());
            parent->children.append(node);
            continue;
        }
        if (parent && (parent == node || isAncestor(node, parent)))
            parent = nullptr; // a cycle in an inconsistent snapshot: at the top for this refresh
        node->parent = parent;
        tops.append(node);
    }
    std::stable_sort(tops.begin(), tops.end(),
                     [](const Node* a, const Node* b) { return std::less<const Node*>()(a->parent, b->parent); });
    qsizetype i = 0;
    while (i < tops.size()) {
        Node* parent = tops[i]->parent;
        qsizetype j = i + 1;
        while (j < tops.size() && tops[j]->parent == parent)
            ++j;
        QList<Node*>& list = childrenOf(parent);
        const int first = int(list.size());
        if (!m_quiet)
            beginInsertRows(indexOf(parent), first, first + int(j - i) - 1);
        for (qsizetype k = i; k < j; ++k) {
            tops[k]->row = int(list.size());
            list.append(tops[k]);
        }
        if (!m_quiet)
            endInsertRows();
        i = j;
    }
    for (Node* node : added)
        node->adding = false;
}

void ProcessModel::removeNodes(const QList<Node*>& doomed)
{
    // A node inside another doomed node goes with it.
    QList<Node*> sorted;
    sorted.reserve(doomed.size());
    for (Node* node : doomed) {
        bool inside = false;
        for (const Node* p = node->parent; p && !inside; p = p->parent)
            inside = p->dying;
        if (!inside)
            sorted.append(node);
    }
    // By parent, highest row first: each run of neighbours is one signal and one renumbering.
    std::sort(sorted.begin(), sorted.end(), [](const Node* a, const Node* b) {
        return a->parent != b->parent ? std::less<const Node*>()(a->parent, b->parent) : a->row > b->row;
    });
    qsizetype i = 0;
    while (i < sorted.size()) {
        Node* parent = sorted[i]->parent;
        const int last = sorted[i]->row;
        qsizetype j = i + 1;
        while (j < sorted.size() && sorted[j]->parent == parent && sorted[j]->row == sorted[j - 1]->row - 1)
            ++j;
        const int first = sorted[j - 1]->row;
        if (!m_quiet)
            beginRemoveRows(indexOf(parent), first, last);
        childrenOf(parent).remove(first, last - first + 1);
        renumber(parent, first);
        if (!m_quiet)
            endRemoveRows();
        for (qsizetype k = i; k < j; ++k)
            destroy(sorted[k]);
        i = j;
    }
}

void ProcessModel::markDying(Node* node)
{
    node->dying = true;
    node->cpuPercent = 0;
    node->minorFaultsPerSecond = 0;
    node->majorFaultsPerSecond = 0;
    if (m_processes.value(node->task.pid) == node)
        m_processes.remove(node->task.pid);
    for (Node* child : std::as_const(node->children)) {
        if (child->kind == Node::Kind::Thread && m_threads.value(child->task.tid) == child)
            m_threads.remove(child->task.tid);
    }
    m_dying.append(node);
    markChanged(node);
}

void ProcessModel::apply(const ProcessFramePtr& frame)
{
    if (!frame)
        return;
    QElapsedTimer timer;
    timer.start();
    const bool first = m_roots.isEmpty() && m_processes.isEmpty();
    if (first) {
        beginResetModel();
        m_quiet = true;
    }
    m_frame = frame;
    const ProcessSnapshot& snapshot = frame->snapshot;
    const TaskDiff& diff = frame->diff.processes;
    const bool haveDeltas = diff.deltas.size() == snapshot.processes.size();
    const quint64 sequence = frame->sequence;

    // 1. Last refresh's highlights end; last refresh's exited processes go.
    for (Node* node : std::as_const(m_fresh)) {
        node->fresh = false;
        markChanged(node);
    }
    m_fresh.clear();
    emitChanges();
    removeNodes(std::exchange(m_dying, {}));

    // 2. Match this frame's processes to their rows: same PID and same start time is the same process.
    QList<Node*> nodes(snapshot.processes.size(), nullptr);
    for (qsizetype i = 0; i < snapshot.processes.size(); ++i) {
        const TaskSample& task = snapshot.processes[i];
        Node* node = m_processes.value(task.pid);
        if (node && node->task.startTime != task.startTime) {
            markDying(node); // the PID was reused: the old process exited, this is a new one
            node = nullptr;
        }
        if (node)
            node->seen = sequence;
        nodes[i] = node;
    }
    QList<Node*> gone;
    for (Node* node : std::as_const(m_processes)) {
        if (node->seen != sequence)
            gone.append(node);
    }
    for (Node* node : std::as_const(gone))
        markDying(node);

    // 3. New processes get nodes; known ones take the new numbers.
    QList<Node*> added;
    for (qsizetype i = 0; i < snapshot.processes.size(); ++i) {
        const TaskSample& task = snapshot.processes[i];
        const TaskDelta* delta = haveDeltas ? &diff.deltas[i] : nullptr;
        const QString commandLine = frame->commandLines.value(i);
        Node* node = nodes[i];
        if (!node) {
            node = new Node;
            node->kind = Node::Kind::Process;
            node->task = task;
            node->seen = sequence;
            node->commandLine = commandLine;
            copyDelta(node, delta);
            m_processes.insert(task.pid, node);
            nodes[i] = node;
            added.append(node);
            continue;
        }
        const bool changed = (delta && delta->changes != TaskChange::None) || !delta ||
                             node->cpuPercent != delta->cpuPercent ||
                             node->minorFaultsPerSecond != delta->minorFaultsPerSecond ||
                             node->majorFaultsPerSecond != delta->majorFaultsPerSecond ||
                             node->commandLine != commandLine;
        node->task = task;
        if (changed) {
            copyDelta(node, delta);
            node->commandLine = commandLine;
            markChanged(node);
        }
    }

    // 4. Into the tree: new ones (parents before their children), then the re-parented ones move.
    insertAdded(added);
    if (!first) {
        for (Node* node : std::as_const(added))
            node->fresh = true;
        m_fresh = added;
    }
    if (m_layout != Layout::Flat) {
        for (qsizetype i = 0; i < nodes.size(); ++i)
            moveNode(nodes[i], desiredParent(nodes[i]));
    }

    // 5. Thread rows under each process.
    for (qsizetype i = 0; i < nodes.size(); ++i)
        applyThreads(nodes[i], snapshot, snapshot.processes[i], sequence, frame->diff);

    // 6. Session and process-group rows left empty go.
    if (m_layout == Layout::Sessions) {
        for (const Node::Kind kind : {Node::Kind::ProcessGroup, Node::Kind::Session}) {
            QList<Node*> empty;
            for (Node* group : std::as_const(m_groups)) {
                if (group->kind == kind && group->children.isEmpty())
                    empty.append(group);
            }
            for (Node* group : std::as_const(empty))
                removeNode(group);
        }
    }

    applyLazy(frame->lazy);
    emitChanges();
    if (first) {
        m_quiet = false;
        endResetModel();
    }
    m_lastApplyNs = timer.nsecsElapsed();
    bench::record("modelUpdate", m_lastApplyNs);
}

void ProcessModel::applyThreads(Node* process, const ProcessSnapshot& snapshot, const TaskSample& task,
                                quint64 sequence, const ProcessDiff& diff)
{
    const std::span<const TaskSample> threads =
        snapshot.hasThreads ? snapshot.threadsOf(task) : std::span<const TaskSample>();
    const bool show = threads.size() > 1; // a single thread is the process itself
    const bool haveDeltas = diff.threads.deltas.size() == snapshot.threads.size();
    if (show) {
        for (size_t k = 0; k < threads.size(); ++k) {
            const TaskSample& thread = threads[k];
            const qsizetype index = task.firstThread + qsizetype(k);
            const TaskDelta* delta = haveDeltas ? &diff.threads.deltas[index] : nullptr;
            Node* node = m_threads.value(thread.tid);
            if (node && (node->task.startTime != thread.startTime || node->parent != process))
                node = nullptr; // a reused TID; the stale row is removed below
            if (!node) {
                node = new Node;
                node->kind = Node::Kind::Thread;
                node->task = thread;
                node->seen = sequence;
                copyDelta(node, delta);
                if (Node* stale = m_threads.value(thread.tid); stale && stale->parent != process)
                    m_threads.remove(thread.tid);
                m_threads.insert(thread.tid, node);
                insertNode(node, process);
                if (!m_quiet) {
                    node->fresh = true;
                    m_fresh.append(node);
                }
                continue;
            }
            node->seen = sequence;
            const bool changed = !delta || delta->changes != TaskChange::None ||
                                 node->cpuPercent != delta->cpuPercent ||
                                 node->minorFaultsPerSecond != delta->minorFaultsPerSecond ||
                                 node->majorFaultsPerSecond != delta->majorFaultsPerSecond;
            node->task = thread;
            if (changed) {
                copyDelta(node, delta);
                markChanged(node);
            }
        }
    }
    // Threads that ended (or all of them, when threads are no longer sampled or only one is left).
    for (qsizetype row = process->children.size() - 1; row >= 0; --row) {
        Node* child = process->children[row];
        if (child->kind == Node::Kind::Thread && (!show || child->seen != sequence))
            removeNode(child);
    }
}

void ProcessModel::applyLazy(const QList<LazyValues>& lazy)
{
    for (const LazyValues& values : lazy) {
        Node* node = m_processes.value(values.pid);
        if (!node || node->task.startTime != values.startTime)
            continue;
        const bool changed = node->lazyRead != values.read || node->pss != values.pss ||
                             node->swap != values.swap || node->oomScore != values.oomScore ||
                             node->oomScoreAdj != values.oomScoreAdj || node->cgroup != values.cgroup ||
                             node->namespaces != values.namespaces;
        if (!changed)
            continue;
        node->lazyRead = values.read;
        node->pss = values.pss;
        node->swap = values.swap;
        node->oomScore = values.oomScore;
        node->oomScoreAdj = values.oomScoreAdj;
        node->cgroup = values.cgroup;
        node->namespaces = values.namespaces;
        markChanged(node);
    }
}

} // namespace kaleido
