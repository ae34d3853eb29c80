// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelfs.h"
#include "processcontrol.h"

#include <QString>

#include <optional>

namespace kaleido {

/**
 * A process a view offers to act on, as its latest snapshot saw it. The start time (field 22 of
 * /proc/PID/stat) makes sure an action reaches this process and not a later one that got the same PID.
 */
struct ProcessActionTarget
{
    qint32 pid = 0;
    quint64 startTime = 0;
    QString name; ///< the command name, for messages
    quint32 uid = 0;
    bool kernelThread = false; ///< PF_KTHREAD (ProcStat::isKernelThread()): signals mean nothing to it

    privileged::ProcessTarget processTarget() const { return {pid, startTime}; }
};

/// The process @p pid as it is now (stat and status below @p fs's root); nullopt when it cannot be read.
std::optional<ProcessActionTarget> readProcessActionTarget(const KernelFs& fs, qint32 pid);

/// "process 4242 (sleep)", translated.
QString describeTarget(const ProcessActionTarget& target);

} // namespace kaleido
