// SPDX-License-Identifier: GPL-2.0-or-later
#include "processfaultsmodel.h"

#include "units.h"

#include <QLocale>

namespace kaleido {

namespace {
bool userSpace(const TaskSample& task)
{
    return !task.kernelThread;
}

/// One counter's rate over @p seconds (> 0), into @p rate and @p state.
void rateOf(quint64 before, quint64 after, double seconds, double& rate, ProcessFaultsModel::RateState& state)
{
    if (after < before) {
        rate = 0;
        state = ProcessFaultsModel::RateState::WentBackwards;
        return;
    }
    rate = double(after - before) / seconds;
    state = ProcessFaultsModel::RateState::Rate;
}
} // namespace

ProcessFaultsModel::ProcessFaultsModel(KernelFs fs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fs(std::move(fs))
    , m_users(m_fs)
{}

int ProcessFaultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessFaultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProcessFaultsModel::rowOfPid(qint32 pid) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), pid,
                                     [](const Row& row, qint32 p) { return row.pid < p; });
    return it != m_rows.cend() && it->pid == pid ? int(it - m_rows.cbegin()) : -1;
}

std::optional<double> ProcessFaultsModel::minorRate(int row) const
{
    const Row& r = m_rows.at(row);
    return r.minorState == RateState::Rate ? std::optional<double>(r.minorRate) : std::nullopt;
}

std::optional<double> ProcessFaultsModel::majorRate(int row) const
{
    const Row& r = m_rows.at(row);
    return r.majorState == RateState::Rate ? std::optional<double>(r.majorRate) : std::nullopt;
}

QString ProcessFaultsModel::stateText(RateState state)
{
    switch (state) {
    case RateState::Rate:
        return {};
    case RateState::Waiting:
        return tr("new");
    case RateState::WentBackwards:
        return tr("reset");
    }
    return {};
}

QVariant ProcessFaultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const bool isRate = column == MinorColumn || column == MajorColumn;
    const RateState state = column == MinorColumn ? row.minorState : row.majorState;
    const double rate = column == MinorColumn ? row.minorRate : row.majorRate;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PidColumn:
            return row.pid;
        case NameColumn:
            return row.name;
        case UserColumn:
            return m_users.userName(row.uid);
        case MinorColumn:
        case MajorColumn:
            return state == RateState::Rate ? Units::formatRate(rate, tr("faults/s")) : stateText(state);
        case RssColumn:
            return Units::formatBytes(row.rssBytes);
        }
        return {};
    case SortRole:
        switch (column) {
        case PidColumn:
            return row.pid;
        case NameColumn:
            return row.name;
        case UserColumn:
            return m_users.userName(row.uid);
        case MinorColumn:
        case MajorColumn:
            return state == RateState::Rate ? rate : -1.0;
        case RssColumn:
            return row.rssBytes;
        }
        return {};
    case Qt::ToolTipRole:
        if (isRate && state == RateState::Waiting)
            return tr("Kaleido has seen this process in one refresh only: its rate needs a second one.");
        if (isRate && state == RateState::WentBackwards)
            return tr(
                "The kernel's count went backwards (it adds an exiting thread's faults to its process, "
                "and a read can catch it midway): no rate for this interval, the next one has it again.");
        if (column == UserColumn)
            return tr("uid %1").arg(row.uid);
        return {};
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == UserColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case PidRole:
        return row.pid;
    case StartTimeRole:
        return row.startTime;
    case UidRole:
        return row.uid;
    default:
        return {};
    }
}

QVariant ProcessFaultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PidColumn:
            return tr("PID");
        case NameColumn:
            return tr("Name");
        case UserColumn:
            return tr("User");
        case MinorColumn:
            return tr("Minor faults");
        case MajorColumn:
            return tr("Major faults");
        case RssColumn:
            return tr("Resident");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case PidColumn:
            return tr("The process ID. Click a header to sort by that column.");
        case NameColumn:
            return tr("The command name the kernel keeps for the process (/proc/PID/comm)");
        case UserColumn:
            return tr("The user the process runs as (its effective user)");
        case MinorColumn:
            return tr(
                "Minor page faults per second since the last refresh: pages the kernel could map at once, "
                "without waiting for the disk — first touches of new memory, copy-on-write, cached file "
                "pages (minflt in /proc/PID/stat)");
        case MajorColumn:
            return tr(
                "Major page faults per second since the last refresh: pages the process had to wait for "
                "while the kernel read them from a file or from swap (majflt in /proc/PID/stat)");
        case RssColumn:
            return tr("Resident memory: the process's pages in RAM now (/proc/PID/statm)");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant(section == NameColumn || section == UserColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                       : Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

ProcessFaultsModel::Row ProcessFaultsModel::rowFor(const TaskSample& task, qint64 pageSize)
{
    Row row;
    row.pid = task.pid;
    row.startTime = task.startTime;
    row.uid = task.uid;
    row.name = QString::fromUtf8(task.comm());
    row.minFlt = task.minFlt;
    row.majFlt = task.majFlt;
    row.rssBytes = task.rssPages * quint64(pageSize);
    return row;
}

void ProcessFaultsModel::apply(const ProcessSnapshot& snapshot)
{
    const double seconds = m_haveSnapshot ? double(snapshot.monotonicNs - m_lastNs) / 1e9 : 0;
    const bool timed = seconds > 0;
    const QList<TaskSample>& tasks = snapshot.processes;

    // 1. Rows whose process is not in the snapshot (exited, or its PID now names another process) go.
    // Both lists are sorted by PID, so one walk finds them.
    QList<int> gone;
    {
        qsizetype j = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row& row = m_rows[i];
            while (j < tasks.size() && tasks[j].pid < row.pid)
                ++j;
            const bool kept = j < tasks.size() && tasks[j].pid == row.pid &&
                              tasks[j].startTime == row.startTime && userSpace(tasks[j]);
            if (!kept)
                gone.append(i);
        }
    }
    for (qsizetype k = gone.size() - 1; k >= 0;) {
        const int last = gone[k];
        int first = last;
        while (k > 0 && gone[k - 1] == first - 1)
            first = gone[--k];
        --k;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }

    // 2. What is left is a subsequence of the snapshot: update it in place and insert the new processes.
    int i = 0;
    for (qsizetype j = 0; j < tasks.size();) {
        const TaskSample& task = tasks[j];
        if (!userSpace(task)) {
            ++j;
            continue;
        }
        if (i < m_rows.size() && m_rows[i].pid == task.pid) {
            Row& row = m_rows[i];
            if (timed) {
                rateOf(row.minFlt, task.minFlt, seconds, row.minorRate, row.minorState);
                rateOf(row.majFlt, task.majFlt, seconds, row.majorRate, row.majorState);
            } else {
                row.minorState = row.majorState = RateState::Waiting;
                row.minorRate = row.majorRate = 0;
            }
            row.minFlt = task.minFlt;
            row.majFlt = task.majFlt;
            row.rssBytes = task.rssPages * quint64(snapshot.pageSize);
            row.uid = task.uid;
            const QByteArrayView comm = task.comm();
            if (row.name.size() != comm.size() || row.name != QString::fromUtf8(comm))
                row.name = QString::fromUtf8(comm);
            ++i;
            ++j;
            continue;
        }
        // A run of new processes, inserted at once.
        QList<Row> fresh;
        while (j < tasks.size() && (i >= m_rows.size() || tasks[j].pid < m_rows[i].pid)) {
            if (userSpace(tasks[j]))
                fresh.append(rowFor(tasks[j], snapshot.pageSize));
            ++j;
        }
        if (fresh.isEmpty())
            continue;
        beginInsertRows({}, i, i + int(fresh.size()) - 1);
        m_rows.insert(i, fresh.size(), Row());
        for (qsizetype k = 0; k < fresh.size(); ++k)
            m_rows[i + k] = std::move(fresh[k]);
        endInsertRows();
        i += int(fresh.size());
    }

    // An untimed snapshot (the clock did not advance) becomes the new baseline, counters and time together.
    m_interval = timed ? seconds : 0;
    m_lastNs = snapshot.monotonicNs;
    m_haveSnapshot = true;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, RssColumn));
}

void ProcessFaultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_haveSnapshot = false;
    m_lastNs = 0;
    m_interval = 0;
    endResetModel();
}

} // namespace kaleido
