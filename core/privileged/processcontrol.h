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

/// The translation context of every message about processes.
inline constexpr char processControlTranslationContext[] = "kaleido::privileged::ProcessControl";

/// PID_MAX_LIMIT on 64-bit kernels: no PID is larger (kernel.pid_max cannot be set higher).
inline constexpr qint32 pidMaxLimit = 4'194'304;
/// The largest CONFIG_NR_CPUS any architecture allows; more possible CPUs than this are not believed.
inline constexpr int maximumCpus = 8192;

/// pid in 1…pidMaxLimit and a start time (0 is refused: without it PID reuse could not be detected).
Checked<ProcessTarget> validateProcessTarget(qint32 pid, quint64 startTime);
Checked<int> validateSignal(int signal);     ///< 1…SIGRTMAX
Checked<int> validateNice(int nice);         ///< -20…19
Checked<int> validateOomScoreAdj(int value); ///< -1000…1000
/// Non-empty, each in 0…possibleCpus − 1; returned deduplicated and sorted.
Checked<QList<int>> validateAffinity(const QList<int>& cpus, int possibleCpus);

/// How many CPUs this kernel can ever have (the highest in /sys/devices/system/cpu/possible, plus one); on
/// the live system without that file, sysconf(_SC_NPROCESSORS_CONF). 0 when unknown.
int possibleCpuCount(const KernelFs& fs = KernelFs());

/// CPUs as the kernel lists them: {0,1,2,3,6} → "0-3,6".
QString formatCpuList(const QList<int>& cpus);

/**
 * Signals, priorities, OOM adjustment and CPU affinity for any process; /proc is read below @p fs's root.
 *
 * Every operation validates its arguments (Rejected), refuses to act unless @p fs is the live system
 * (Rejected: a captured tree's PIDs name nothing here), then checks the start time (Failed with ESRCH when
 * the process exited or the PID was reused). Nice values and affinity belong to threads in Linux: renice and
 * setAffinity apply to every thread in /proc/PID/task, as "the process" in the GUI means all of them.
 * oldValue/newValue: the nice value, the OOM score adjustment, the CPU list ("0-3,6") of the main thread.
 */
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
