// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace kaleido {

/**
 * Runs one lab workload as the user: in a process group of its own (so Stop ends it and everything it
 * forked), with oom_score_adj 1000 when it is memory-hungry (the OOM killer takes it before anything of the
 * teacher's), and, where the user's systemd manager delegates the memory controller, in a transient scope
 * with memory.max. Commands go to the workload's standard input one line at a time; its standard output comes
 * back line by line.
 */
class LabRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool memoryHungry = false;
        qint64 memoryMaxBytes = 0; ///< > 0: ask for a scope with this memory.max (memory-hungry workloads)
    };

    /// Whether a memory limit can be applied here, and if not, why (one plain sentence).
    struct LimitSupport
    {
        bool available = false;
        QString reason;
    };

    explicit LabRunner(QObject* parent = nullptr);
    ~LabRunner() override; ///< stops the workload

    /// The workload program @p name (e.g. "kaleido-lab-paging"): $KALEIDO_LABS_DIR, next to the application,
    /// the installed libexec directory, then the build tree. Empty if none has it.
    static QString workloadPath(const QString& name);
    /// Checks systemd-run, the user manager's socket and the memory controller in the user's delegated
    /// subtree.
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

    QProcess* m_process;
    qint32 m_pgid = 0;
    QByteArray m_pending;
    QStringList m_output;
    QString m_error;
    QString m_limitNote;
    bool m_limitApplied = false;
    bool m_stopping = false;
};

} // namespace kaleido
