// SPDX-License-Identifier: GPL-2.0-or-later
#include "oomscoremodel.h"

#include "units.h"

#include <algorithm>
#include <limits>

namespace kaleido {

OomScoreModel::OomScoreModel(KernelFs fs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fs(std::move(fs))
    , m_users(m_fs)
{}

int OomScoreModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OomScoreModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OomScoreModel::isExempt(const OomEntry& entry)
{
    return entry.pid == 1 || entry.adjustment == -1000 || entry.score == 0;
}

int OomScoreModel::rowOfPid(qint32 pid) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), pid,
                                     [](const Row& row, qint32 p) { return row.entry.pid < p; });
    return it != m_rows.cend() && it->entry.pid == pid ? int(it - m_rows.cbegin()) : -1;
}

std::optional<int> OomScoreModel::rank(int row) const
{
    const int r = m_rows.at(row).rank;
    return r > 0 ? std::optional<int>(r) : std::nullopt;
}

qint32 OomScoreModel::firstVictim() const
{
    for (const Row& row : m_rows) {
        if (row.rank == 1)
            return row.entry.pid;
    }
    return 0;
}

QVariant OomScoreModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const OomEntry& e = row.entry;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RankColumn:
            return row.rank > 0 ? QVariant(row.rank) : QVariant(tr("never"));
        case PidColumn:
            return e.pid;
        case NameColumn:
            return e.name;
        case UserColumn:
            return m_users.userName(e.uid);
        case ScoreColumn:
            return e.score ? QVariant(*e.score) : QVariant(tr("unreadable"));
        case AdjustmentColumn:
            return e.adjustment ? QVariant(*e.adjustment) : QVariant(tr("unreadable"));
        case RssColumn:
            return Units::formatBytes(e.rssBytes);
        case SwapColumn:
            return e.swapBytes ? Units::formatBytes(*e.swapBytes) : tr("unreadable");
        }
        return {};
    case SortRole:
        switch (column) {
        case RankColumn:
            return row.rank > 0 ? row.rank : std::numeric_limits<int>::max();
        case PidColumn:
            return e.pid;
        case NameColumn:
            return e.name;
        case UserColumn:
            return m_users.userName(e.uid);
        case ScoreColumn:
            return e.score.value_or(-1);
        case AdjustmentColumn:
            return e.adjustment.value_or(-1001);
        case RssColumn:
            return e.rssBytes;
        case SwapColumn:
            return qint64(e.swapBytes.value_or(0));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == RankColumn && row.rank == 0) {
            if (e.pid == 1)
                return tr("Process 1 (init) is never chosen: the system cannot run without it.");
            if (e.adjustment == -1000)
                return tr("oom_score_adj is −1000: the OOM killer never chooses this process.");
            return tr("An OOM score of 0: the kernel does not consider this process.");
        }
        if (column == RankColumn && row.rank == 1)
            return tr("If memory ran out now, the kernel would end this process first.");
        if ((column == ScoreColumn && !e.score) || (column == AdjustmentColumn && !e.adjustment) ||
            (column == SwapColumn && !e.swapBytes))
            return tr("The file could not be read (the process may have exited, or belongs to someone else "
                      "and the system hides it).");
        if (column == UserColumn)
            return tr("uid %1").arg(e.uid);
        return {};
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == UserColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case PidRole:
        return e.pid;
    case StartTimeRole:
        return e.startTime;
    case UidRole:
        return e.uid;
    default:
        return {};
    }
}

QVariant OomScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank");
        case PidColumn:
            return tr("PID");
        case NameColumn:
            return tr("Name");
        case UserColumn:
            return tr("User");
        case ScoreColumn:
            return tr("OOM score");
        case AdjustmentColumn:
            return tr("Adjustment");
        case RssColumn:
            return tr("Resident");
        case SwapColumn:
            return tr("Swap");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr(
                "The order in which the OOM killer would choose: 1 goes first. Ties in the score are broken "
                "by memory, then by age (the younger first). Click a header to sort by that column.");
        case PidColumn:
            return tr("The process ID");
        case NameColumn:
            return tr("The command name the kernel keeps for the process (/proc/PID/comm)");
        case UserColumn:
            return tr("The user the process runs as (its effective user)");
        case ScoreColumn:
            return tr("/proc/PID/oom_score: the kernel's badness of the process right now, shown as (1000 + "
                      "badness) × 2/3, so 0 … 2000 and about 666 for a small process without adjustment; the "
                      "highest is chosen first");
        case AdjustmentColumn:
            return tr("/proc/PID/oom_score_adj, −1000 … 1000: added to the badness in thousandths of memory; "
                      "−1000 means never chosen. Double-click a row (or use Adjust…) to change it.");
        case RssColumn:
            return tr("Resident memory: the process's pages in RAM, the largest part of its badness");
        case SwapColumn:
            return tr(
                "Its pages in swap (VmSwap in /proc/PID/status): they count towards the badness like RAM");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant(section == NameColumn || section == UserColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                       : Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

void OomScoreModel::apply(QList<OomEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const OomEntry& a, const OomEntry& b) { return a.pid < b.pid; });

    // Rows of processes that are gone (or whose PID was reused) go; both lists are sorted by PID.
    QList<int> gone;
    {
        qsizetype j = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            const OomEntry& old = m_rows[i].entry;
            while (j < entries.size() && entries[j].pid < old.pid)
                ++j;
            if (!(j < entries.size() && entries[j].pid == old.pid && entries[j].startTime == old.startTime))
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

    // The rest update in place; new processes are inserted where their PID belongs.
    int i = 0;
    for (qsizetype j = 0; j < entries.size();) {
        if (i < m_rows.size() && m_rows[i].entry.pid == entries[j].pid) {
            m_rows[i].entry = std::move(entries[j]);
            ++i;
            ++j;
            continue;
        }
        const qsizetype from = j;
        while (j < entries.size() && (i >= m_rows.size() || entries[j].pid < m_rows[i].entry.pid))
            ++j;
        const int count = int(j - from);
        beginInsertRows({}, i, i + count - 1);
        m_rows.insert(i, count, Row());
        for (int k = 0; k < count; ++k)
            m_rows[i + k].entry = std::move(entries[from + k]);
        endInsertRows();
        i += count;
    }

    rank();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void OomScoreModel::rank()
{
    QList<int> order;
    order.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].rank = 0;
        if (!isExempt(m_rows[i].entry) && m_rows[i].entry.score)
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const OomEntry& x = m_rows[a].entry;
        const OomEntry& y = m_rows[b].entry;
        if (*x.score != *y.score)
            return *x.score > *y.score;
        const quint64 xMemory = x.rssBytes + x.swapBytes.value_or(0);
        const quint64 yMemory = y.rssBytes + y.swapBytes.value_or(0);
        if (xMemory != yMemory)
            return xMemory > yMemory;
        if (x.startTime != y.startTime)
            return x.startTime > y.startTime;
        return x.pid > y.pid;
    });
    for (qsizetype r = 0; r < order.size(); ++r)
        m_rows[order[r]].rank = int(r) + 1;
}

void OomScoreModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace kaleido
