// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"
#include "kernelfs.h"
#include "operationresult.h"

#include <QList>

namespace kaleido::privileged {

/**
 * A process as the client saw it: its PID and its start time (field 22 of /proc/PID/stat, clock ticks since
 * boot). The start time guards against PID reuse: if the PID now names a different process, nothing is done.
 */
struct ProcessTarget
{
    qint32 pid = 0;
    quint64 startTime = 0;
};

Checked<ProcessTarget> validateProcessTarget(qint32 pid, quint64 startTime);
Checked<int> validateSignal(int signal);        ///< 1…SIGRTMAX
Checked<int> validateNice(int nice);            ///< -20…19
Checked<int> validateOomScoreAdj(int value);    ///< -1000…1000
Checked<QList<int>> validateAffinity(const QList<int>& cpus, int possibleCpus); ///< non-empty, 0…possible-1, deduplicated, sorted

/// Signals, priorities, OOM adjustment and CPU affinity for any process; /proc is read below @p fs's root.
class ProcessControl
{
public:
    explicit ProcessControl(KernelFs fs = KernelFs());

    /// Whether @p target still names the process the client meant (same start time), or why not.
    Checked<ProcessTarget> resolve(const ProcessTarget& target) const;

    OperationResult sendSignal(const ProcessTarget& target, int signal) const;
    OperationResult renice(const ProcessTarget& target, int nice) const;
    OperationResult setOomScoreAdj(const ProcessTarget& target, int value) const;
    OperationResult setAffinity(const ProcessTarget& target, const QList<int>& cpus) const;

private:
    KernelFs m_fs;
};

} // namespace kaleido::privileged
