// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "usernames.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace kaleido {

/// One process as the OOM ranking sees it: its identity from the process snapshot, and what its oom files
/// say.
struct OomEntry
{
    qint32 pid = 0;
    quint64 startTime = 0;
    QString name;
    quint32 uid = 0;
    quint64 rssBytes = 0;
    std::optional<quint64> swapBytes; ///< VmSwap of /proc/PID/status
    std::optional<qint64> score;      ///< /proc/PID/oom_score
    std::optional<qint32> adjustment; ///< /proc/PID/oom_score_adj
};

/**
 * The OOM killer's ranking (Memory ▸ Faults & OOM): one row per user-space process, with its oom_score, its
 * oom_score_adj, resident memory and swap, and its rank — 1 for the process the kernel would end first if
 * memory ran out now. Processes the kernel never chooses (oom_score_adj −1000, init, a score of 0) have no
 * rank.
 *
 * Ties in oom_score (the file rounds) are ranked by resident memory plus swap, the bulk of what the kernel
 * weighs, and then the younger process first: the kernel walks the processes oldest first and keeps the last
 * of equal badness. Rows keep PID order; sort through a proxy on SortRole.
 */
class OomScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        PidColumn,
        NameColumn,
        UserColumn,
        ScoreColumn,
        AdjustmentColumn,
        RssColumn,
        SwapColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 60, ///< numbers for numeric columns (no rank sorts last), text otherwise
        PidRole,
        StartTimeRole,
        UidRole,
    };

    explicit OomScoreModel(KernelFs fs = KernelFs(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows with @p entries (any order); rows of processes still there stay where they are.
    void apply(QList<OomEntry> entries);
    void clear();

    int rowOfPid(qint32 pid) const;
    const OomEntry& entry(int row) const { return m_rows.at(row).entry; }
    /// 1 for the first victim; nullopt when the kernel never chooses it.
    std::optional<int> rank(int row) const;
    /// The PID of rank 1, or 0.
    qint32 firstVictim() const;
    /// Whether the kernel never chooses this process.
    static bool isExempt(const OomEntry& entry);

private:
    struct Row
    {
        OomEntry entry;
        int rank = 0; ///< 0: none
    };
    void rank();

    KernelFs m_fs;
    UserNames m_users;
    QList<Row> m_rows; ///< by PID
};

} // namespace kaleido
