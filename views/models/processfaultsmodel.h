// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processsnapshot.h"
#include "usernames.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace kaleido {

/**
 * Processes by page-fault rate (Memory ▸ Faults & OOM): one row per user-space process of the latest
 * snapshot, with its minor and major faults per second since the snapshot before, and its resident memory.
 *
 * Rates come from the minflt and majflt fields of /proc/PID/stat over the CLOCK_MONOTONIC time between two
 * snapshots. A process is the same process when its PID and start time are the same, so a reused PID starts
 * over. A process seen for the first time has no rate yet (Waiting); a counter smaller than before (the
 * kernel folds an exiting thread's faults into the process, and a read can race with that) gives no rate for
 * that interval (WentBackwards), never a negative one. Kernel threads are left out: they take no user page
 * faults. Rows keep the snapshot's PID order; sort through a proxy on SortRole, which orders by value.
 */
class ProcessFaultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PidColumn,
        NameColumn,
        UserColumn,
        MinorColumn,
        MajorColumn,
        RssColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole =
            Qt::UserRole + 40, ///< numbers for numeric columns (−1 when there is no rate), text otherwise
        PidRole,
        StartTimeRole,
        UidRole,
    };
    enum class RateState : quint8
    {
        Rate,          ///< a rate over the last interval
        Waiting,       ///< first seen in the latest snapshot: a rate needs a second one
        WentBackwards, ///< the counter went backwards: no rate for this interval
    };

    explicit ProcessFaultsModel(KernelFs fs = KernelFs(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Applies the next snapshot: rows of vanished processes go, new ones come, the rest are updated in
    /// place.
    void apply(const ProcessSnapshot& snapshot);
    void clear();

    /// The row of @p pid, or −1.
    int rowOfPid(qint32 pid) const;
    std::optional<double> minorRate(int row) const;
    std::optional<double> majorRate(int row) const;
    RateState minorState(int row) const { return m_rows.at(row).minorState; }
    RateState majorState(int row) const { return m_rows.at(row).majorState; }
    quint64 rssBytes(int row) const { return m_rows.at(row).rssBytes; }
    /// Seconds between the last two snapshots (0 before two).
    double intervalSeconds() const { return m_interval; }

    static QString stateText(RateState state);

private:
    struct Row
    {
        qint32 pid = 0;
        quint64 startTime = 0;
        quint32 uid = 0;
        QString name;
        quint64 minFlt = 0;
        quint64 majFlt = 0;
        quint64 rssBytes = 0;
        double minorRate = 0;
        double majorRate = 0;
        RateState minorState = RateState::Waiting;
        RateState majorState = RateState::Waiting;
    };
    static Row rowFor(const TaskSample& task, qint64 pageSize);

    KernelFs m_fs;
    UserNames m_users;
    QList<Row> m_rows; ///< by PID, as the snapshot
    qint64 m_lastNs = 0;
    bool m_haveSnapshot = false;
    double m_interval = 0;
};

} // namespace kaleido
