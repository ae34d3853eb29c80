// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace kaleido {

class CgroupLimit;

/**
 * Runs one lab workload as the user: in a process group of its own (so Stop ends it and everything it
 * forked), with oom_score_adj 1000 when it is memory-hungry (the OOM killer takes it before anything of the
 * teacher's), and under memory.max: where systemd manages the cgroups, in a transient scope that systemd-run
 * asks for (systemd's tree is its own); elsewhere in a cgroup v2 group that Kaleido makes itself
 * (CgroupLimit) and that the child enters between fork and exec. Commands go to the workload's standard input
 * one line at a time; its standard output comes back line by line.
 */
class LabRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool memoryHungry = false;
        qint64 memoryMaxBytes = 0; ///< > 0: run under this memory.max (memory-hungry workloads)
        bool requireLimit = false; ///< refuse to run the workload without its memory.max (the OOM lab)
    };

    /// How a memory limit is applied here.
    enum class LimitRoute
    {
        None,         ///< not at all (see LimitSupport::reason)
        SystemdScope, ///< systemd-run --scope -p MemoryMax=…: systemd manages the cgroups
        Cgroup,       ///< a cgroup v2 group made directly under /sys/fs/cgroup: no systemd manager
    };
    /// Exit status of a child that could not enter its cgroup and so did not run the workload.
    static constexpr int CgroupMoveFailedExitCode = 122;

    /// Whether a memory limit can be applied here, and if not, why (one plain sentence).
    struct LimitSupport
    {
        bool available = false;
        QString reason;
        LimitRoute route = LimitRoute::None;
    };

    explicit LabRunner(QObject* parent = nullptr);
    ~LabRunner() override; ///< stops the workload

    /// The workload program @p name (e.g. "kaleido-lab-paging"): $KALEIDO_LABS_DIR, next to the application,
    /// the installed libexec directory, then the build tree. Empty if none has it.
    static QString workloadPath(const QString& name);
    /// Where systemd manages the cgroups (/run/systemd/system exists): checks systemd-run, the user manager's
    /// socket and the memory controller in the user's delegated subtree. Elsewhere: CgroupLimit::placement().
    static LimitSupport memoryLimitSupport();
    /// Every process whose process group is @p pgid (scans /proc).
    static QList<qint32> processesInGroup(qint32 pgid);

    bool start(const QString& program, const QStringList& arguments, const Options& options);
    bool isRunning() const;
    qint32 pid() const;
    QString errorString() const { return m_error; }
    /// What happened to the memory limit of the current run: applied, or why not.
    QString limitNote() const { return m_limitNote; }
    bool limitApplied() const { return m_limitApplied; }
    LimitRoute limitRoute() const { return m_limitRoute; }
    /// The directory of the current run's own cgroup (Cgroup route), kept after the group is removed.
    QString limitGroupDirectory() const { return m_groupDirectory; }
    /// The group's memory.events as read when the workload ended, just before the group was removed.
    QByteArray finalMemoryEvents() const { return m_finalEvents; }
    /// The signal that ended the workload (SIGKILL from the OOM killer), 0 if it exited or runs.
    int exitSignal() const { return m_exitSignal; }
    QStringList output() const { return m_output; }

    /// Sends @p signal (e.g. SIGSTOP) to the workload process itself, as kill(2) does.
    bool sendSignal(int signal);
    /// Sends @p command and a newline to the workload's standard input.
    bool send(const QString& command);
    /// Ends the workload's whole process group (SIGTERM, then SIGKILL after @p graceMs) and waits for it.
    void stop(int graceMs = 1000);

signals:
    void started(qint32 pid);
    void lineReceived(const QString& line);
    void finished(const QString& description);

private:
    void readLines();
    QString describeEnd(int code, bool crashed);
    /// Reads the group's memory.events once and removes the group (Cgroup route), retrying for @p waitMs.
    void releaseGroup(int waitMs);

    QProcess* m_process;
    qint32 m_pgid = 0;
    QByteArray m_pending;
    QStringList m_output;
    QString m_error;
    QString m_limitNote;
    bool m_limitApplied = false;
    LimitRoute m_limitRoute = LimitRoute::None;
    std::unique_ptr<CgroupLimit> m_cgroup;
    QString m_groupDirectory;
    QByteArray m_finalEvents;
    bool m_eventsRead = false;
    int m_exitSignal = 0;
    bool m_stopping = false;
};

} // namespace kaleido
