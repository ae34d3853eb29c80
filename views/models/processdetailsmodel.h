// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processdetails.h"

#include <QAbstractItemModel>

namespace kaleido {

class ProcessDetailsReader;

/**
 * Everything the kernel shows about one process, as a two-level tree: sections (status, memory, users and
 * groups, capabilities, signals, scheduling, limits, open files, environment, namespaces, control groups,
 * ancestors, children), each with Field | Value rows whose tooltips explain them in plain words.
 *
 * The process is named by its PID and start time, so a PID that a new process reuses is noticed. refresh()
 * reads it again and updates the rows in place: dataChanged for values that changed, row insertions and
 * removals for rows that come and go (descriptors, children), never a reset. When the process has exited
 * the rows keep their last values and stateText() says so.
 */
class ProcessDetailsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        ValueColumn,
        ColumnCount
    };

    enum Role
    {
        KeyRole =
            Qt::UserRole + 100, ///< QString: the row's stable key ("SigBlk", "fd:3"); sections have none
        PidRole,                ///< qint32: the process a row names (ancestors, children), else 0
        SectionRole,            ///< int ProcessDetails::Section of the row or section
    };

    enum class State
    {
        NoProcess,  ///< pid 0: nothing selected
        Live,       ///< the process exists and the rows are current
        Exited,     ///< the process has gone; the rows keep the last values
        PidReused,  ///< the process has gone and its PID names another process now
        Unreadable, ///< the process's files cannot be read at all (stateText() says why)
    };
    Q_ENUM(State)

    explicit ProcessDetailsModel(KernelFs fs = KernelFs(), QObject* parent = nullptr);

    /**
     * Shows the process @p pid that started at @p startTime (clock ticks after boot, stat field 22); 0 takes
     * whichever process has that PID now. pid 0 clears the model. Resets the model.
     */
    void setProcess(qint32 pid, quint64 startTime);
    /// Reads the process again and updates the rows in place. Does nothing unless state() is Live.
    void refresh();

    qint32 pid() const { return m_pid; }
    quint64 startTime() const { return m_startTime; }
    /// The command name, also after the process has exited.
    QString processName() const { return m_details.name; }
    State state() const { return m_state; }
    /// One sentence about the state: empty while Live, "This process has exited…" afterwards.
    QString stateText() const;

    ProcessDetailsReader* reader() const { return m_reader; }

    QModelIndex sectionIndex(ProcessDetails::Section section, int column = FieldColumn) const;
    /// The row with @p key in @p section, or an invalid index.
    QModelIndex findRow(ProcessDetails::Section section, const QString& key, int column = ValueColumn) const;
    /// The value text of that row, or a null string.
    QString value(ProcessDetails::Section section, const QString& key) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(kaleido::ProcessDetailsModel::State state);

private:
    void apply(const ProcessDetails& next);
    void applyRows(ProcessDetails::Section section, const QList<ProcessDetails::Row>& next);
    void setGone(const Error& error);

    ProcessDetailsReader* m_reader;
    qint32 m_pid = 0;
    quint64 m_startTime = 0;
    State m_state = State::NoProcess;
    QString m_stateDetail; ///< the new owner of a reused PID, or why the process is unreadable
    bool m_hasData = false;
    ProcessDetails m_details;
};

} // namespace kaleido
